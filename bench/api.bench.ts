/**
 * Load test of graph-api on the corpus graph: 50 connections against /api/search and
 * /api/nodes/:id/neighbors?depth=1; prints req/s and p50/p99 latency.
 *
 *   npx tsx bench/api.bench.ts            # local ephemeral Neo4j on 7692, loads out/graph/graph.json
 *   npx tsx bench/api.bench.ts --uri bolt://127.0.0.1:7687   # a Neo4j that already holds the graph
 *
 * Options: --duration S (default 10), --connections N (default 50).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { existsSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createNeo4jDriver } from '../packages/graph-api/src/driver.ts';
import { parseApiEnv } from '../packages/graph-api/src/env.ts';
import { readRows } from '../packages/graph-api/src/neo4j/read.ts';
import { loadGraph } from '../packages/extractor/src/load/load-graph.ts';
import { DEFAULT_GRAPH_FILE, readGraphFile } from '../packages/extractor/src/load/graph-file.ts';

interface AutocannonResult {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number; average: number; max: number };
  non2xx: number;
  errors: number;
  timeouts: number;
}
interface AutocannonOptions {
  url: string;
  connections: number;
  duration: number;
  requests?: Array<{ method: 'GET'; path: string }>;
  headers?: Record<string, string>;
}
const autocannon = createRequire(import.meta.url)('autocannon') as (options: AutocannonOptions) => Promise<AutocannonResult>;

const BENCH_NEO4J_PORT = 7692;
const SERVER_ENTRY = fileURLToPath(new URL('../packages/graph-api/src/server.ts', import.meta.url));

/** The API in its own process (as `npm start` runs it), so the load generator does not share its event loop. */
async function startApiServer(neo4jUri: string): Promise<{ url: string; process: ChildProcess }> {
  const child = spawn(process.execPath, ['--import', 'tsx', SERVER_ENTRY], {
    env: { ...process.env, HOST: '127.0.0.1', PORT: '0', NEO4J_URI: neo4jUri },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const lines = createInterface({ input: child.stdout! });
  for await (const line of lines) {
    const match = /at (http:\/\/127\.0\.0\.1:\d+)/.exec(line);
    if (match) return { url: match[1]!, process: child };
  }
  throw new Error('the API server exited before listening');
}

/** CPU time (ms) the process has used so far, from /proc (Linux); null elsewhere. */
function readCpuMs(pid: number): number | null {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    // utime and stime are fields 14 and 15 of stat, in clock ticks (100 per second on Linux)
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return null;
  }
}

const NEIGHBOR_IDS_QUERY = `
MATCH (n:Entity) WHERE n.mentionCount > 0
RETURN n.id AS id ORDER BY n.mentionCount DESC, n.id LIMIT 20`;

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { duration: { type: 'string', default: '10' }, connections: { type: 'string', default: '50' }, uri: { type: 'string' } } });
  const duration = Number(values.duration);
  const connections = Number(values.connections);
  const env = parseApiEnv();
  let stopNeo4j: (() => Promise<void>) | null = null;
  let uri = values.uri ?? null;
  if (!uri) {
    if (!existsSync(DEFAULT_GRAPH_FILE)) throw new Error(`no graph at ${DEFAULT_GRAPH_FILE}: run \`npm run kg build\` first, or pass --uri`);
    const launcher = (await import(new URL('../tools/local-neo4j.mjs', import.meta.url).href)) as {
      startLocalNeo4j(o: { port: number; ephemeral: boolean }): Promise<{ uri: string; stop(): Promise<void> }>;
    };
    const neo4j = await launcher.startLocalNeo4j({ port: BENCH_NEO4J_PORT, ephemeral: true });
    stopNeo4j = () => neo4j.stop();
    uri = neo4j.uri;
  }
  const driver = createNeo4jDriver({ uri, user: env.neo4jUser, password: env.neo4jPassword });
  try {
    if (stopNeo4j) {
      const started = performance.now();
      await loadGraph(driver, await readGraphFile(DEFAULT_GRAPH_FILE), { reset: true });
      console.log(`loaded ${DEFAULT_GRAPH_FILE} in ${Math.round(performance.now() - started)} ms`);
    }
    const [counts] = await readRows(driver, 'MATCH (n) WITH count(n) AS nodes MATCH ()-[r]->() RETURN nodes, count(r) AS rels');
    console.log(`graph: ${String(counts?.['nodes'])} nodes, ${String(counts?.['rels'])} relationships`);
    const ids = (await readRows(driver, NEIGHBOR_IDS_QUERY)).map((r) => String(r['id']));
    if (ids.length === 0) throw new Error('the graph is empty');

    const api = await startApiServer(uri);
    const url = api.url;
    const neighborsPath = (id: string) => `/api/nodes/${encodeURIComponent(id)}/neighbors?depth=1`;
    const searchPath = (q: string) => `/api/search?q=${encodeURIComponent(q)}`;
    // warm up: build the search index, fill the neighbourhood cache once
    for (const id of ids) await fetch(url + neighborsPath(id));
    await fetch(url + searchPath('fgf'));

    // browsers send Accept-Encoding: gzip; curl and plain clients do not — both are measured
    const gzip = { 'accept-encoding': 'gzip' };
    const runs: Array<{ name: string; requests: string[]; headers?: Record<string, string> }> = [
      { name: `neighbors depth=1, top node (${ids[0]})`, requests: [neighborsPath(ids[0]!)] },
      { name: `neighbors depth=1, top node, gzip`, requests: [neighborsPath(ids[0]!)], headers: gzip },
      { name: `neighbors depth=1, ${ids.length} nodes in turn`, requests: ids.map(neighborsPath) },
      { name: `neighbors depth=1, ${ids.length} nodes in turn, gzip`, requests: ids.map(neighborsPath), headers: gzip },
      { name: 'search fgf', requests: [searchPath('fgf')] },
      { name: 'search 放管服, baoxing, 乌海, 项目, lw in turn', requests: ['放管服', 'baoxing', '乌海', '项目', 'lw'].map(searchPath) },
    ];
    console.log(`\n${connections} connections, ${duration} s per run, load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}\n`);
    console.log('| run | req/s | p50 ms | p99 ms | max ms | non-2xx | server CPU µs/req |');
    console.log('|---|---:|---:|---:|---:|---:|---:|');
    for (const run of runs) {
      const cpuBefore = readCpuMs(api.process.pid!);
      const result = await autocannon({
        url,
        connections,
        duration,
        requests: run.requests.map((path) => ({ method: 'GET', path })),
        ...(run.headers ? { headers: run.headers } : {}),
      });
      const cpuAfter = readCpuMs(api.process.pid!);
      const cpuPerRequest = cpuBefore === null || cpuAfter === null ? 'n/a' : Math.round(((cpuAfter - cpuBefore) * 1000) / result.requests.total);
      console.log(
        `| ${run.name} | ${Math.round(result.requests.average)} | ${result.latency.p50} | ${result.latency.p99} | ${result.latency.max} | ${result.non2xx + result.errors} | ${cpuPerRequest} |`,
      );
    }
    api.process.kill('SIGTERM');
  } finally {
    await driver.close();
    if (stopNeo4j) await stopNeo4j();
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
