/**
 * The corpus graph in a real Neo4j for the graph-load and README-query tests: the shared
 * Neo4j of the integration global setup when it provides one, else an ephemeral one of our
 * own on port 7691. The corpus is built here (read, extract, build) and loaded; loading is
 * idempotent, so on the shared database that load changes nothing.
 */
import { inject } from 'vitest';
import { readCorpus } from '../packages/extractor/src/corpus/read-corpus.ts';
import { buildGraph } from '../packages/extractor/src/graph/build-graph.ts';
import type { DocumentExtraction, GraphJson } from '../packages/extractor/src/graph/graph-types.ts';
import { connectNeo4j } from '../packages/extractor/src/load/connect-neo4j.ts';
import { readGraphFile } from '../packages/extractor/src/load/graph-file.ts';
import { loadGraph } from '../packages/extractor/src/load/load-graph.ts';
import { toPlainValue } from '../packages/extractor/src/load/neo4j-values.ts';
import { extractCorpus } from '../packages/extractor/src/parallel/extract-corpus.ts';
import type { SourceDocument } from '../packages/extractor/src/types.ts';
import { startLocalNeo4j } from '../tools/local-neo4j.mjs';
import type { LocalNeo4j } from '../tools/local-neo4j.mjs';

const OWN_NEO4J_PORT = 7691;

/** neo4j-driver is a dependency of the extractor, not of the root. */
type Driver = ReturnType<typeof connectNeo4j>;


function injected(key: string): unknown {
  try {
    return (inject as (k: string) => unknown)(key);
  } catch {
    return undefined;
  }
}

export interface CorpusGraph {
  driver: Driver;
  documents: SourceDocument[];
  extractions: DocumentExtraction[];
  graph: GraphJson;
  /** True when this is the shared database of the global setup (tests must restore it). */
  shared: boolean;
  close(): Promise<void>;
}

export async function openCorpusGraph(): Promise<CorpusGraph> {
  const sharedUri = injected('neo4jUri');
  let own: LocalNeo4j | null = null;
  if (typeof sharedUri !== 'string') own = await startLocalNeo4j({ port: OWN_NEO4J_PORT, ephemeral: true, heap: '1g', pageCache: '256m' });
  const driver =
    typeof sharedUri === 'string'
      ? connectNeo4j({ uri: sharedUri, user: String(injected('neo4jUser') ?? 'neo4j'), password: String(injected('neo4jPassword') ?? '') })
      : connectNeo4j({ uri: (own as LocalNeo4j).uri });
  const { documents } = await readCorpus();
  const extractions = await extractCorpus(documents, { workers: 1 });
  // The graph the global setup loaded, when it says which; else the same build done here.
  const graphFile = injected('graphFile');
  const graph = typeof graphFile === 'string' && injected('corpusLoaded') === true ? await readGraphFile(graphFile) : buildGraph(documents, extractions);
  await loadGraph(driver, graph);
  return {
    driver,
    documents,
    extractions,
    graph,
    shared: own === null,
    async close() {
      await driver.close();
      if (own) await own.stop();
    },
  };
}

/** Rows of a query as plain objects (Integers as numbers). */
export async function queryRows(driver: Driver, cypher: string, params: Record<string, unknown> = {}): Promise<Record<string, unknown>[]> {
  const { records } = await driver.executeQuery(cypher, params);
  return records.map((record) => toPlainValue(record.toObject()) as Record<string, unknown>);
}
