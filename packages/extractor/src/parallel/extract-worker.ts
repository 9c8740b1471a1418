/**
 * Worker thread of `extractCorpus`: loads the recognisers (dictionaries, gazetteer) once, then
 * extracts one document per message. Messages: in `{ index, text }`, out `{ index, result }`
 * or `{ index, error }`; `{ ready: true }` once loaded.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { extractMentions } from '../recognize/pipeline.ts';
import { adoptWordTable } from '../recognize/tokenizer.ts';
import type { WorkerReply, WorkerSetup, WorkerTask } from './worker-messages.ts';

const port = parentPort;
if (!port) throw new Error('extract-worker.ts must run as a worker thread');

const setup = workerData as WorkerSetup | null;
if (setup?.wordTable) adoptWordTable(setup.wordTable);
// Warm up: the first call loads jieba's dictionaries and the gazetteer in this thread.
extractMentions('宝兴县推进“六稳”工作。');
port.postMessage({ ready: true } satisfies WorkerReply);

port.on('message', (task: WorkerTask) => {
  try {
    port.postMessage({ index: task.index, result: extractMentions(task.text) } satisfies WorkerReply);
  } catch (error) {
    port.postMessage({ index: task.index, error: error instanceof Error ? error.message : String(error) } satisfies WorkerReply);
  }
});
