/**
 * Worker thread of `extractCorpus`: loads the recognisers (dictionaries, gazetteer) once, then
 * extracts one document per message. Messages: in `{ index, text }`, out `{ index, result }` (packed,
 * see `worker-messages.ts`) or `{ index, error }`; `{ ready: true }` once loaded.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { extractMentions } from '../recognize/pipeline.ts';
import { adoptWordTable } from '../recognize/tokenizer.ts';
import { warmUpExtraction } from './warm-up.ts';
import { packExtraction, type WorkerReply, type WorkerSetup, type WorkerTask } from './worker-messages.ts';

const port = parentPort;
if (!port) throw new Error('extract-worker.ts must run as a worker thread');

const setup = workerData as WorkerSetup | null;
if (setup?.wordTable) adoptWordTable(setup.wordTable);
// Warm up: loads jieba's dictionaries, the gazetteer and the recognisers' lazy tables in this thread.
warmUpExtraction();
port.postMessage({ ready: true } satisfies WorkerReply);

port.on('message', (task: WorkerTask) => {
  try {
    const result = packExtraction(extractMentions(task.text));
    port.postMessage({ index: task.index, result } satisfies WorkerReply, [result.sentences.buffer, result.mentions.buffer]);
  } catch (error) {
    port.postMessage({ index: task.index, error: error instanceof Error ? error.message : String(error) } satisfies WorkerReply);
  }
});
