/**
 * Graph build and Neo4j load benchmark (prints figures; asserts nothing).
 *
 *   npx tsx bench/load.bench.ts              # ephemeral local Neo4j on port 7691
 *   NEO4J_URI=bolt://… npx tsx bench/load.bench.ts   # a Neo4j of your own — it is RESET
 *
 * For the corpus and for 50× the corpus (documents repeated with distinct ids): build time
 * (`buildGraph`, extraction timed apart), load time and throughput (relationships/s) of a
 * load into an empty database, and the time of a second, idempotent load.
 * Options: --times N (default 50), --batch N (rows per transaction, default 5000).
 * Targets: ≥ 20,000 relationships/s; corpus build + load < 10 s (Neo4j start-up not counted).
 */
import { readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { readCorpus } from '../packages/extractor/src/corpus/read-corpus.ts';
import { readEnv } from '../packages/extractor/src/env.ts';
import { buildGraph } from '../packages/extractor/src/graph/build-graph.ts';
import type { DocumentExtraction, GraphJson } from '../packages/extractor/src/graph/graph-types.ts';
import { connectNeo4j } from '../packages/extractor/src/load/connect-neo4j.ts';
import { loadGraph } from '../packages/extractor/src/load/load-graph.ts';
import { extractCorpus } from '../packages/extractor/src/parallel/extract-corpus.ts';
import type { SourceDocument } from '../packages/extractor/src/types.ts';
import { startLocalNeo4j } from '../tools/local-neo4j.mjs';
import type { LocalNeo4j } from '../tools/local-neo4j.mjs';

const BENCH_NEO4J_PORT = 7691;
const EMPTY_GRAPH: GraphJson = {
  version: 1,
  nodes: [],
  relationships: [],
  summary: { documents: 0, nodes: 0, relationships: 0, nodesByLabel: {}, relationshipsByType: {} },
};
const TARGET_RELS_PER_SECOND = 20_000;
const TARGET_CORPUS_SECONDS = 10;

/** CPU seconds the Neo4j JVM has used so far (Linux /proc), when it is ours. */
function readServerCpuSeconds(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    // utime and stime, in clock ticks (100 per second on Linux).
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return undefined;
  }
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(2)} s`;
}

async function timed<T>(run: () => Promise<T> | T): Promise<{ value: T; ms: number }> {
  const started = performance.now();
  const value = await run();
  return { value, ms: performance.now() - started };
}

function repeatCorpus(documents: SourceDocument[], extractions: DocumentExtraction[], times: number) {
  const repeatedDocuments: SourceDocument[] = [];
  const repeatedExtractions: DocumentExtraction[] = [];
  for (let copy = 0; copy < times; copy += 1) {
    documents.forEach((document, index) => {
      repeatedDocuments.push(copy === 0 ? document : { ...document, id: `${document.id}-copy${copy}` });
      repeatedExtractions.push(extractions[index] ?? { sentences: [], mentions: [] });
    });
  }
  return { documents: repeatedDocuments, extractions: repeatedExtractions };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { times: { type: 'string', default: '50' }, batch: { type: 'string', default: '5000' } },
  });
  const times = Number(values.times);
  const batchSize = Number(values.batch);
  const env = readEnv();
  const useOwn = !env.neo4jUriGiven;
  let own: LocalNeo4j | null = null;
  if (useOwn) own = await startLocalNeo4j({ port: BENCH_NEO4J_PORT, ephemeral: true, heap: '2g', pageCache: '512m' });
  const uri = own?.uri ?? env.neo4jUri;
  const driver = connectNeo4j({ uri, user: env.neo4jUser, password: env.neo4jPassword });
  try {
    // Figures depend on what else the machine is doing: say so.
    const describeLoad = (): string => `load average ${loadavg().map((n) => n.toFixed(1)).join(' ')} on ${availableParallelism()} cores`;
    console.log(`neo4j ${uri}; ${describeLoad()}`);
    const read = await timed(() => readCorpus());
    const { documents } = read.value;
    const extract = await timed(() => extractCorpus(documents));
    console.log(`corpus: ${documents.length} documents, ${documents.reduce((n, d) => n + d.text.length, 0)} chars; read ${seconds(read.ms)}, extract ${seconds(extract.ms)}`);

    const runCase = async (name: string, docs: SourceDocument[], extractions: DocumentExtraction[]): Promise<{ buildMs: number; loadMs: number }> => {
      const build = await timed(() => buildGraph(docs, extractions));
      const graph: GraphJson = build.value;
      // Empty the database first, timed apart: the figure is for a load into an empty database.
      const reset = await timed(() => loadGraph(driver, EMPTY_GRAPH, { reset: true }));
      const cpuBefore = readServerCpuSeconds(own?.pid);
      const clientBefore = process.cpuUsage();
      const first = await timed(() => loadGraph(driver, graph, { batchSize }));
      const client = process.cpuUsage(clientBefore);
      const cpuAfter = readServerCpuSeconds(own?.pid);
      const serverCpu = cpuBefore !== undefined && cpuAfter !== undefined ? cpuAfter - cpuBefore : undefined;
      const again = await timed(() => loadGraph(driver, graph, { batchSize }));
      const rels = first.value.relationshipsWritten;
      const rate = rels / (first.ms / 1000);
      console.log(
        [
          `${name}: ${docs.length} documents → ${graph.summary.nodes} nodes, ${graph.summary.relationships} relationships`,
          `  build ${seconds(build.ms)} (reset of the previous content ${seconds(reset.ms)}, not counted)`,
          `  load into empty db ${seconds(first.ms)}: ${first.value.nodesWritten} nodes, ${rels} relationships → ${Math.round(rate)} rel/s (target ≥ ${TARGET_RELS_PER_SECOND})`,
          `  cpu of that load: client ${((client.user + client.system) / 1e6).toFixed(2)} s, Neo4j ${serverCpu === undefined ? 'unknown (not our server)' : `${serverCpu.toFixed(2)} s → ${Math.round(rels / serverCpu)} rel per Neo4j cpu-second`}`,
          `  load again (unchanged) ${seconds(again.ms)}: ${again.value.reportsWritten.length} reports rewritten`,
        ].join('\n'),
      );
      return { buildMs: build.ms, loadMs: first.ms };
    };

    const corpus = await runCase('corpus', documents, extract.value);
    const total = (extract.ms + corpus.buildMs + corpus.loadMs) / 1000;
    console.log(`  corpus extract + build + load ${total.toFixed(2)} s (target < ${TARGET_CORPUS_SECONDS} s)`);
    const repeated = repeatCorpus(documents, extract.value, times);
    await runCase(`${times}× corpus`, repeated.documents, repeated.extractions);
    console.log(`done; ${describeLoad()}`);
    // Leave the corpus graph behind, not the 50× one.
    await loadGraph(driver, EMPTY_GRAPH, { reset: true });
    await loadGraph(driver, buildGraph(documents, extract.value), { batchSize });
  } finally {
    await driver.close();
    if (own) await own.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
