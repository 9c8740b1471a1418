/**
 * The real stack for API tests: a Neo4j (the shared one from the global setup when it
 * provides one, else an ephemeral one of our own on 7692) holding the corpus graph, and the
 * API on a free 127.0.0.1 port.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { inject } from 'vitest';
import { createApp } from '../packages/graph-api/src/app.ts';
import { createNeo4jDriver } from '../packages/graph-api/src/driver.ts';
import { readRows } from '../packages/graph-api/src/neo4j/read.ts';
import { loadGraph } from '../packages/extractor/src/load/load-graph.ts';
import { buildGraph } from '../packages/extractor/src/graph/build-graph.ts';
import { readCorpus } from '../packages/extractor/src/corpus/read-corpus.ts';
import { extractCorpus } from '../packages/extractor/src/parallel/extract-corpus.ts';
import { startLocalNeo4j, type LocalNeo4j } from '../tools/local-neo4j.mjs';

/** neo4j-driver is a dependency of the packages, not of the root. */
type Driver = Parameters<typeof createApp>[0]['driver'];

export type { LocalNeo4j };

/** An ephemeral Neo4j of our own, started with the project's launcher. */
export async function startEphemeralNeo4j(port: number): Promise<LocalNeo4j> {
  return startLocalNeo4j({ port, ephemeral: true, heap: '768m', pageCache: '128m' });
}

export function connect(uri: string): Driver {
  return createNeo4jDriver({ uri });
}

function injected(key: string): unknown {
  try {
    return (inject as (k: string) => unknown)(key);
  } catch {
    return undefined;
  }
}

export interface ApiStack {
  baseUrl: string;
  driver: Driver;
  close(): Promise<void>;
}

/** Serve `createApp({ driver })` on a free port. */
export async function listen(driver: Driver, staticDir?: string): Promise<{ baseUrl: string; server: Server }> {
  const server = createServer(createApp({ driver, ...(staticDir ? { staticDir } : {}) }));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { baseUrl: `http://127.0.0.1:${port}`, server };
}

export async function closeServer(server: Server): Promise<void> {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
}

/** Port of our own Neo4j when the global setup provides none. */
export const OWN_NEO4J_PORT = 7692;

const COUNT_REPORTS = 'MATCH (r:Report) RETURN count(r) AS reports';

/** Read, extract, build and load the corpus of data/ (idempotent: an unchanged graph loads nothing). */
export async function loadCorpusGraph(driver: Driver): Promise<void> {
  const { documents } = await readCorpus();
  const extractions = await extractCorpus(documents, { workers: 1 });
  await loadGraph(driver, buildGraph(documents, extractions));
}

/**
 * The API over the corpus graph: on the global setup's Neo4j when it provides one (loading the
 * corpus only if it holds no report yet), else on an ephemeral Neo4j of our own.
 */
export async function startApiStack(): Promise<ApiStack> {
  const sharedUri = injected('neo4jUri');
  const own = typeof sharedUri === 'string' ? null : await startEphemeralNeo4j(OWN_NEO4J_PORT);
  const uri = own ? own.uri : String(sharedUri);
  const user = injected('neo4jUser');
  const password = injected('neo4jPassword');
  const driver = createNeo4jDriver({
    uri,
    ...(typeof user === 'string' ? { user } : {}),
    ...(typeof password === 'string' ? { password } : {}),
  });
  const [row] = await readRows(driver, COUNT_REPORTS);
  if (own || row?.['reports'] === 0) await loadCorpusGraph(driver);
  const { baseUrl, server } = await listen(driver);
  return {
    baseUrl,
    driver,
    async close() {
      await closeServer(server);
      await driver.close();
      if (own) await own.stop();
    },
  };
}

/** Rows of a read query as plain objects (Integers as numbers), to check API answers against Neo4j. */
export async function queryRows(driver: Driver, cypher: string, params: Record<string, unknown> = {}): Promise<Record<string, unknown>[]> {
  return readRows(driver, cypher, params);
}

export async function getJson(baseUrl: string, path: string): Promise<{ status: number; body: any; headers: Headers }> {
  const res = await fetch(baseUrl + path);
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : null, headers: res.headers };
}

export async function postJson(
  baseUrl: string,
  path: string,
  body: unknown,
  contentType = 'application/json',
): Promise<{ status: number; body: any }> {
  const res = await fetch(baseUrl + path, {
    method: 'POST',
    headers: { 'content-type': contentType },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : null };
}

/** `path` with `id` URL-encoded as a path segment. */
export function seg(id: string): string {
  return encodeURIComponent(id);
}
