/**
 * The run command (`npm start`, after tools/bootstrap.mjs installed dependencies): starts the
 * local Neo4j (unless NEO4J_URI), builds the graph from data/ and loads it, builds the explorer,
 * and serves API + explorer on one URL. Ctrl-C stops everything, Neo4j last.
 */
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import { createApp } from '../packages/graph-api/src/app.ts';
import { createNeo4jDriver } from '../packages/graph-api/src/driver.ts';
import { parseToolsEnv } from './env.ts';
import { resolveNeo4j, type RunningNeo4j } from './local-neo4j.mjs';
import { ROOT, buildExplorer, buildGraphFile, killRunningSteps, loadGraphFile } from './stack.ts';

/** neo4j-driver is a dependency of the packages, not of the root. */
type Driver = ReturnType<typeof createNeo4jDriver>;

const GRAPH_FILE = path.join(ROOT, 'out', 'graph', 'graph.json');

function log(line: string): void {
  process.stderr.write(`${line}\n`);
}

let neo4j: RunningNeo4j | undefined;
let driver: Driver | undefined;
let server: Server | undefined;
let stopping: Promise<void> | undefined;

function stopEverything(reason: string): Promise<void> {
  stopping ??= (async () => {
    log(`\n${reason}: stopping …`);
    killRunningSteps();
    if (server) {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server?.close(() => resolve()));
    }
    await driver?.close().catch(() => undefined);
    if (neo4j && !neo4j.external) log('Stopping Neo4j …');
    await neo4j?.stop();
    log('Stopped.');
  })();
  return stopping;
}

async function main(): Promise<void> {
  const env = parseToolsEnv();
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      void stopEverything(signal).finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
    });
  }

  if (!env.neo4jUri) log(`Starting the local Neo4j on 127.0.0.1:${env.neo4jPort} (data in ${path.relative(ROOT, env.neo4jDataDir)}) …`);
  // Independent steps side by side: Neo4j's start-up, the graph build and the explorer build.
  const [resolved] = await Promise.all([
    resolveNeo4j({
      neo4jUri: env.neo4jUri,
      neo4jUser: env.neo4jUser,
      neo4jPassword: env.neo4jPassword,
      port: env.neo4jPort,
      dataDir: env.neo4jDataDir,
      heap: env.neo4jHeap,
      pageCache: env.neo4jPageCache,
      log,
    }).then((running) => {
      neo4j = running;
      log(running.external ? `Using Neo4j at ${running.uri} (NEO4J_URI).` : `Neo4j is up at ${running.uri}.`);
      return running;
    }),
    buildGraphFile({ out: GRAPH_FILE, log }),
    buildExplorer({ log }),
  ]);
  if (stopping) return;

  await loadGraphFile({ graph: GRAPH_FILE, neo4j: resolved, log });
  if (stopping) return;

  driver = createNeo4jDriver({ uri: resolved.uri, user: resolved.user, password: resolved.password });
  const app = createApp({ driver, staticDir: path.join(ROOT, 'packages', 'explorer', 'dist') });
  server = createServer(app);
  await new Promise<void>((resolve, reject) => {
    server?.once('error', reject);
    server?.listen(env.port, env.host, () => resolve());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : env.port;
  const host = env.host.includes(':') ? `[${env.host}]` : env.host;
  const url = `http://${host}:${port}`;
  // Let Neo4j plan the health and search queries once, so the first page load answers quickly.
  await fetch(`${url}/api/health`).catch(() => undefined);
  await fetch(`${url}/api/search?q=${encodeURIComponent('放管服')}`).catch(() => undefined);
  log('');
  process.stdout.write(`reportgraph is running at ${url}  (API: ${url}/api/health) — Ctrl-C stops it\n`);
}

main().catch(async (error: unknown) => {
  log(`start: ${error instanceof Error ? error.message : String(error)}`);
  await stopEverything('error');
  process.exit(1);
});
