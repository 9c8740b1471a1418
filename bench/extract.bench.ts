/**
 * Extraction benchmark: load times, throughput (MB/s of UTF-8 text, and per core) for the corpus
 * and for the corpus repeated 50×, single-thread and with worker threads, and peak RSS.
 *
 *   npx tsx bench/extract.bench.ts [--scale 50] [--workers N] [--runs N] [--only load,single-1x,...]
 *
 * Each case runs in its own child process so that its peak RSS (process.resourceUsage().maxRSS,
 * which counts worker threads: they live in the same process) is its own.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { readCorpus } from '../packages/extractor/src/corpus/read-corpus.ts';
import { loadGazetteer } from '../packages/extractor/src/gazetteer/gazetteer.ts';
import { createExtractionPool, extractCorpus } from '../packages/extractor/src/parallel/extract-corpus.ts';
import { warmUpExtraction } from '../packages/extractor/src/parallel/warm-up.ts';
import type { SourceDocument } from '../packages/extractor/src/types.ts';

interface CaseResult {
  name: string;
  megabytes: number;
  /** Seconds of extraction after dictionaries are loaded. */
  seconds: number;
  /** Seconds including worker start-up and dictionary loading, where that differs. */
  wallSeconds: number;
  threads: number;
  /** CPU seconds (all threads) spent in extraction after load: throughput per core regardless of load on the machine. */
  cpuSeconds: number;
  maxRssMb: number;
  mentions: number;
  loads?: Record<string, number>;
}

const MB = 1_000_000;

function readArgs(argv: string[]): { scale: number; workers: number; runs: number; only: string[] | null; child: string | null } {
  const value = (flag: string): string | undefined => {
    const i = argv.indexOf(flag);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  return {
    scale: Number(value('--scale') ?? 50),
    workers: Number(value('--workers') ?? Math.max(2, availableParallelism())),
    runs: Math.max(1, Number(value('--runs') ?? 1)),
    only: value('--only')?.split(',') ?? null,
    child: value('--case') ?? null,
  };
}

function bytesOf(documents: readonly Pick<SourceDocument, 'text'>[]): number {
  return documents.reduce((sum, d) => sum + Buffer.byteLength(d.text, 'utf8'), 0);
}

function repeatCorpus(documents: readonly SourceDocument[], times: number): SourceDocument[] {
  return Array.from({ length: times }, (_, k) => documents.map((d) => ({ ...d, id: `${d.id}#${k}` }))).flat();
}

function cpuSecondsSince(start: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1e6;
}

function maxRssMb(): number {
  return process.resourceUsage().maxRSS / 1024;
}

async function runCase(name: string, scale: number, workers: number): Promise<CaseResult> {
  if (name === 'load') {
    let t = performance.now();
    loadGazetteer();
    const gazetteer = (performance.now() - t) / 1000;
    t = performance.now();
    warmUpExtraction();
    const dictionaries = (performance.now() - t) / 1000;
    t = performance.now();
    const { documents } = await readCorpus();
    const corpusRead = (performance.now() - t) / 1000;
    const megabytes = bytesOf(documents) / MB;
    return { name, megabytes, seconds: 0, wallSeconds: 0, threads: 1, cpuSeconds: 0, maxRssMb: maxRssMb(), mentions: 0, loads: { corpusRead, gazetteer, dictionaries } };
  }
  const { documents: seeds } = await readCorpus();
  const times = name.endsWith('-1x') ? 1 : scale;
  const documents = times === 1 ? seeds : repeatCorpus(seeds, times);
  const megabytes = bytesOf(documents) / MB;
  let t: number;
  if (name.startsWith('single')) {
    warmUpExtraction(); // load outside the timing, as each pool thread does
    t = performance.now();
    const cpu = process.cpuUsage();
    const results = await extractCorpus(documents, { workers: 1 });
    const seconds = (performance.now() - t) / 1000;
    const cpuSeconds = cpuSecondsSince(cpu);
    const mentions = results.reduce((sum, r) => sum + r.mentions.length, 0);
    return { name, megabytes, seconds, wallSeconds: seconds, threads: 1, cpuSeconds, maxRssMb: maxRssMb(), mentions };
  }
  // Workers: the calling thread is one of the threads (one copy of the dictionaries fewer).
  t = performance.now();
  const pool = createExtractionPool({ workers });
  await pool.ready;
  const readyAt = performance.now();
  const cpu = process.cpuUsage();
  const results = await pool.extract(documents);
  const end = performance.now();
  const cpuSeconds = cpuSecondsSince(cpu);
  await pool.close();
  const mentions = results.reduce((sum, r) => sum + r.mentions.length, 0);
  return { name, megabytes, seconds: (end - readyAt) / 1000, wallSeconds: (end - t) / 1000, threads: pool.threads, cpuSeconds, maxRssMb: maxRssMb(), mentions };
}

function runChild(name: string, scale: number, workers: number): CaseResult {
  const require = createRequire(import.meta.url);
  const tsx = pathToFileURL(require.resolve('tsx')).href;
  const self = fileURLToPath(import.meta.url);
  const child = spawnSync(process.execPath, ['--import', tsx, self, '--case', name, '--scale', String(scale), '--workers', String(workers)], {
    encoding: 'utf8',
    maxBuffer: 16 * MB,
  });
  const line = child.stdout.split('\n').find((l) => l.startsWith('{'));
  if (child.status !== 0 || !line) throw new Error(`case ${name} failed (exit ${child.status}):\n${child.stderr}`);
  return JSON.parse(line) as CaseResult;
}

function formatRow(r: CaseResult): string {
  const rate = r.seconds > 0 ? r.megabytes / r.seconds : 0;
  const wallRate = r.wallSeconds > 0 ? r.megabytes / r.wallSeconds : 0;
  return [
    r.name.padEnd(12),
    `${r.megabytes.toFixed(2).padStart(7)} MB`,
    `${r.threads} thread(s)`.padEnd(12),
    `${r.seconds.toFixed(2).padStart(7)} s`,
    `${rate.toFixed(2).padStart(6)} MB/s`,
    `${(rate / r.threads).toFixed(2).padStart(6)} MB/s/core`,
    `wall ${r.wallSeconds.toFixed(2).padStart(7)} s (${wallRate.toFixed(2)} MB/s)`,
    `CPU ${r.cpuSeconds.toFixed(1).padStart(6)} s = ${(r.cpuSeconds > 0 ? r.megabytes / r.cpuSeconds : 0).toFixed(2)} MB per CPU-second`,
    `peak RSS ${r.maxRssMb.toFixed(0).padStart(5)} MB`,
    `${r.mentions} mentions`,
  ].join('  ');
}

/** Runs of one case: the median per-core rate (the run with the median time) and the range, as one line. */
function summarizeRuns(results: readonly CaseResult[]): string {
  const perCore = results.map((r) => r.megabytes / r.seconds / r.threads).sort((a, b) => a - b);
  const median = perCore[Math.floor((perCore.length - 1) / 2)] as number;
  const first = results[0] as CaseResult;
  return `${first.name.padEnd(12)} median of ${results.length} runs ${median.toFixed(2)} MB/s/core (range ${(perCore[0] as number).toFixed(2)}–${(perCore[perCore.length - 1] as number).toFixed(2)})`;
}

async function main(): Promise<void> {
  const args = readArgs(process.argv.slice(2));
  if (args.child) {
    process.stdout.write(`${JSON.stringify(await runCase(args.child, args.scale, args.workers))}\n`);
    return;
  }
  const cases = ['load', 'single-1x', 'workers-1x', `single-${args.scale}x`, `workers-${args.scale}x`].filter(
    (c) => !args.only || args.only.includes(c),
  );
  console.log(`extraction benchmark — node ${process.version}, ${availableParallelism()} core(s), ${args.workers} worker(s), scale ${args.scale}×`);
  for (const name of cases) {
    const results: CaseResult[] = [];
    for (let run = 0; run < args.runs; run++) {
      const result = runChild(name, args.scale, args.workers);
      results.push(result);
      if (result.loads) {
        const l = result.loads;
        console.log(
          `load          corpus read ${l.corpusRead?.toFixed(2)} s  gazetteer ${l.gazetteer?.toFixed(2)} s  dictionaries+recognisers ${l.dictionaries?.toFixed(2)} s  peak RSS ${result.maxRssMb.toFixed(0)} MB  (corpus ${result.megabytes.toFixed(2)} MB)`,
        );
      } else console.log(formatRow(result));
    }
    if (args.runs > 1 && name !== 'load') console.log(summarizeRuns(results));
  }
  console.log('MB = 10^6 bytes of UTF-8 document text; s = extraction after load; wall includes worker start-up and loading;');
  console.log('MB per CPU-second = per-core throughput measured in CPU time (all threads), which holds when other processes share the cores.');
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
