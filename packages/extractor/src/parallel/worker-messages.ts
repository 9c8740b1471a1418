import type { WordTable } from '../recognize/word-table.ts';
import type { Mention, Sentence } from '../types.ts';

/** What a worker starts with (`workerData`): the calling thread's dictionary table, in shared memory. */
export interface WorkerSetup {
  wordTable: WordTable | null;
}

/** One document for a worker. */
export interface WorkerTask {
  index: number;
  text: string;
}

/** What a worker sends back: readiness, a result, or an error for one document. */
export type WorkerReply =
  | { ready: true }
  | { index: number; result: { sentences: Sentence[]; mentions: Mention[] } }
  | { index: number; error: string };
