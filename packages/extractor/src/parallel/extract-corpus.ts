import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { extractMentions } from '../recognize/pipeline.ts';
import type { Mention, Sentence, SourceDocument } from '../types.ts';
import { loadWordTable } from '../recognize/tokenizer.ts';
import { warmUpExtraction } from './warm-up.ts';
import { unpackExtraction, type WorkerReply, type WorkerSetup, type WorkerTask } from './worker-messages.ts';

/** Entities and sentences of one document, in the order of the input documents. */
export interface DocumentExtraction {
  id: string;
  sentences: Sentence[];
  mentions: Mention[];
}

export interface ExtractionPoolOptions {
  /**
   * Threads extracting in parallel; default: the machine's available parallelism.
   * The calling thread is one of them unless `useCallingThread` is false: each thread holds its
   * own jieba dictionaries and recognisers (~300 MB), so this saves one copy.
   */
  workers?: number;
  /** Let the calling thread extract too (default true); false = `workers` worker threads. */
  useCallingThread?: boolean;
  /**
   * Old-generation heap limit of each worker thread in MB (default 256). A worker's live heap is
   * ~30 MB; left alone, V8 lets extraction garbage grow it by ~200 MB over a large corpus.
   * Documents too large for that budget are extracted on the calling thread instead.
   */
  maxWorkerHeapMb?: number;
}

export interface ExtractCorpusOptions extends ExtractionPoolOptions {
  /**
   * Below this many characters in total the corpus is extracted in-process: starting a worker
   * (and loading its dictionaries) costs more than it saves. Default 2 000 000.
   */
  minParallelChars?: number;
}

/** Worker threads that have loaded the recognisers once and extract any number of batches. */
export interface ExtractionPool {
  /** Threads extracting, the calling thread included when it takes part. */
  readonly threads: number;
  /** Resolves once every thread has loaded its dictionaries. */
  readonly ready: Promise<void>;
  /** Extracts documents across the threads; results in document order. One batch at a time. */
  extract(documents: readonly Pick<SourceDocument, 'id' | 'text'>[]): Promise<DocumentExtraction[]>;
  close(): Promise<void>;
}

/** A worker failed to start or crashed. */
export class WorkerPoolError extends Error {
  override readonly name = 'WorkerPoolError';
  readonly code = 'WORKER_FAILED';
}

export const DEFAULT_MIN_PARALLEL_CHARS = 2_000_000;
export const DEFAULT_MAX_WORKER_HEAP_MB = 256;
/** Documents longer than this go to the calling thread, whose heap is not limited. */
const LARGE_DOCUMENT_CHARS = 300_000;
const WORKER_URL = new URL('./extract-worker.ts', import.meta.url);

/**
 * Worker threads do not inherit the TypeScript loader of the parent (tsx, vitest), and on
 * Node 20 `execArgv: ['--import', 'tsx']` does not apply to the worker's entry module
 * (nodejs/node#47747, privatenumber/tsx#354). So the worker starts from a small script that
 * registers tsx's ESM hooks first and then imports the TypeScript entry.
 */
function createBootstrapScript(): string {
  const require = createRequire(import.meta.url);
  // The CommonJS build is what `require.resolve` finds; its ES module twin sits beside it.
  const tsxApi = pathToFileURL(require.resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs')).href;
  return [
    `import(${JSON.stringify(tsxApi)})`,
    `  .then(({ register }) => { register(); return import(${JSON.stringify(WORKER_URL.href)}); })`,
    '  .catch((error) => { throw error; });',
  ].join('\n');
}

function extractInProcess(documents: readonly Pick<SourceDocument, 'id' | 'text'>[]): DocumentExtraction[] {
  return documents.map((doc) => ({ id: doc.id, ...extractMentions(doc.text) }));
}

interface Batch {
  documents: readonly Pick<SourceDocument, 'id' | 'text'>[];
  results: Array<DocumentExtraction | undefined>;
  queue: Array<{ index: number }>;
  /** Documents only the calling thread extracts (too large for a worker's heap limit). */
  ownQueue: Array<{ index: number }>;
  pending: number;
  failed: boolean;
  resolve: () => void;
  reject: (error: Error) => void;
}

/**
 * Starts worker threads that each load the recognisers once (see `extract-worker.ts`), for
 * extracting large corpora. Close it when done.
 */
export function createExtractionPool(options: ExtractionPoolOptions = {}): ExtractionPool {
  const threads = Math.max(1, options.workers ?? availableParallelism());
  const useCallingThread = options.useCallingThread ?? true;
  const workerCount = useCallingThread ? threads - 1 : threads;
  const bootstrap = createBootstrapScript();
  const workers: Worker[] = [];
  let batch: Batch | null = null;
  let startupError: Error | null = null;
  let chain: Promise<unknown> = Promise.resolve();
  let closing = false;

  const fail = (error: Error): void => {
    startupError ??= error;
    if (batch && !batch.failed) {
      batch.failed = true;
      batch.reject(error);
    }
  };
  const complete = (b: Batch, index: number, result: { sentences: Sentence[]; mentions: Mention[] }): void => {
    b.results[index] = { id: b.documents[index]?.id ?? '', ...result };
    b.pending -= 1;
    if (b.pending === 0) b.resolve();
  };
  const inFlight = new Map<Worker, number>();
  // A second task waits in each worker's inbox while the queue is long, so that a worker does not
  // idle while the calling thread, busy with a document of its own, cannot answer its reply.
  const feed = (worker: Worker): void => {
    for (let sent = inFlight.get(worker) ?? 0; batch && (sent === 0 || (sent < 2 && batch.queue.length > threads)); sent++) {
      const next = batch.queue.shift();
      if (!next) break;
      worker.postMessage({ index: next.index, text: batch.documents[next.index]?.text ?? '' } satisfies WorkerTask);
      inFlight.set(worker, sent + 1);
    }
  };

  const readiness: Array<Promise<void>> = [];
  // Built here once and shared: the workers read the dictionary table from this thread's memory.
  const wordTable = workerCount > 0 ? loadWordTable() : null;
  for (let i = 0; i < workerCount; i += 1) {
    const worker = new Worker(bootstrap, {
      eval: true,
      workerData: { wordTable } satisfies WorkerSetup,
      resourceLimits: { maxOldGenerationSizeMb: options.maxWorkerHeapMb ?? DEFAULT_MAX_WORKER_HEAP_MB },
    });
    workers.push(worker);
    readiness.push(
      new Promise<void>((resolve, reject) => {
        worker.on('error', (error) => {
          const wrapped = new WorkerPoolError(`extraction worker failed: ${error.message}`);
          reject(wrapped);
          fail(wrapped);
        });
        worker.on('exit', (code) => {
          if (closing) return;
          const gone = new WorkerPoolError(`extraction worker exited unexpectedly (code ${code})`);
          reject(gone);
          fail(gone);
        });
        worker.on('message', (reply: WorkerReply) => {
          if ('ready' in reply) {
            resolve();
            return;
          }
          const current = batch;
          if (!current) return;
          if ('error' in reply) fail(new WorkerPoolError(`extraction failed for document ${current.documents[reply.index]?.id}: ${reply.error}`));
          else {
            inFlight.set(worker, (inFlight.get(worker) ?? 1) - 1);
            complete(current, reply.index, unpackExtraction(reply.result, current.documents[reply.index]?.text ?? ''));
            feed(worker);
          }
        });
      }),
    );
  }
  if (useCallingThread) warmUpExtraction();
  const ready = Promise.all(readiness).then(() => undefined);
  ready.catch(() => undefined); // reported through extract()

  const runBatch = async (documents: readonly Pick<SourceDocument, 'id' | 'text'>[]): Promise<DocumentExtraction[]> => {
    await ready;
    if (startupError) throw startupError;
    if (documents.length === 0) return [];
    const order = orderForLanes(documents);
    const done = new Promise<void>((resolve, reject) => {
      batch = {
        documents,
        results: new Array(documents.length),
        queue: order.filter((d) => d.length <= LARGE_DOCUMENT_CHARS || workers.length === 0),
        ownQueue: workers.length === 0 ? [] : order.filter((d) => d.length > LARGE_DOCUMENT_CHARS),
        pending: documents.length,
        failed: false,
        resolve,
        reject,
      };
    });
    const current = batch as unknown as Batch;
    for (const worker of workers) feed(worker);
    // The calling thread is a lane too; it yields between documents so worker replies get handled.
    const takeNext = (): { index: number } | undefined => current.ownQueue.shift() ?? (useCallingThread ? current.queue.shift() : undefined);
    for (let next = takeNext(); next && !current.failed; next = takeNext()) {
      complete(current, next.index, extractMentions(documents[next.index]?.text ?? ''));
      await new Promise<void>((resume) => setImmediate(resume));
    }
    try {
      await done;
    } finally {
      batch = null;
    }
    return current.results.map((r, i) => r ?? { id: documents[i]?.id ?? '', sentences: [], mentions: [] });
  };

  return {
    threads,
    ready,
    extract: (documents) => {
      const run = chain.then(() => runBatch(documents));
      chain = run.catch(() => undefined);
      return run;
    },
    close: async () => {
      closing = true;
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}

/**
 * Runs `extractMentions` over documents: across worker threads when the corpus is large (each
 * thread loads the dictionaries once), in-process when it is small. Results in document order.
 */
export async function extractCorpus(
  documents: readonly Pick<SourceDocument, 'id' | 'text'>[],
  options: ExtractCorpusOptions = {},
): Promise<DocumentExtraction[]> {
  const totalChars = documents.reduce((sum, d) => sum + d.text.length, 0);
  const threads = Math.max(1, Math.min(options.workers ?? availableParallelism(), documents.length));
  if (threads <= 1 || totalChars < (options.minParallelChars ?? DEFAULT_MIN_PARALLEL_CHARS)) {
    return extractInProcess(documents);
  }
  const pool = createExtractionPool({ ...options, workers: threads });
  try {
    return await pool.extract(documents);
  } finally {
    await pool.close();
  }
}

/**
 * Longest documents first, so that no thread is left with a big one at the end; but by size
 * class (powers of two), in input order within a class. An exact sort put copies and near-copies
 * of one report in a row: each thread optimised its recognisers for that one text and
 * deoptimised and recompiled them at every change of document.
 */
export function orderForLanes(documents: readonly Pick<SourceDocument, 'text'>[]): { index: number; length: number }[] {
  const order = documents.map((doc, index) => ({ index, length: doc.text.length, sizeClass: Math.clz32(doc.text.length) }));
  // Array.prototype.sort is stable: equal size classes keep their input order.
  order.sort((a, b) => a.sizeClass - b.sizeClass);
  return order.map(({ index, length }) => ({ index, length }));
}
