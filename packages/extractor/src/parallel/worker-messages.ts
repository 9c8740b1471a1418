import type { ExtractionResult } from '../recognize/pipeline.ts';
import type { WordTable } from '../recognize/word-table.ts';
import type { Mention } from '../types.ts';
import { ENTITY_TYPES } from '../vocabulary.ts';

/** What a worker starts with (`workerData`): the calling thread's dictionary table, in shared memory. */
export interface WorkerSetup {
  wordTable: WordTable | null;
}

/** One document for a worker. */
export interface WorkerTask {
  index: number;
  text: string;
}

/**
 * A document's extraction as it crosses threads: numbers in typed arrays that are transferred,
 * not copied, and the canonical names in one string; mention texts are slices of the document,
 * which the calling thread has. Structured cloning of ~350 objects per document costs more.
 */
export interface PackedExtraction {
  /** Per sentence: start, end (the index is the position). */
  sentences: Int32Array<ArrayBuffer>;
  /** Per mention: type index, start, end, sentence, length of the canonical name. */
  mentions: Int32Array<ArrayBuffer>;
  /** The mentions' canonical names, one after another. */
  canonicals: string;
}

/** What a worker sends back: readiness, a result, or an error for one document. */
export type WorkerReply =
  | { ready: true }
  | { index: number; result: PackedExtraction }
  | { index: number; error: string };

const SENTENCE_FIELDS = 2;
const MENTION_FIELDS = 5;

/** A document's extraction in the packed form a worker sends. */
export function packExtraction({ sentences, mentions }: ExtractionResult): PackedExtraction {
  const packedSentences = new Int32Array(sentences.length * SENTENCE_FIELDS);
  sentences.forEach((s, i) => {
    packedSentences[i * SENTENCE_FIELDS] = s.start;
    packedSentences[i * SENTENCE_FIELDS + 1] = s.end;
  });
  const packedMentions = new Int32Array(mentions.length * MENTION_FIELDS);
  mentions.forEach((m, i) => {
    const at = i * MENTION_FIELDS;
    packedMentions[at] = ENTITY_TYPES.indexOf(m.type);
    packedMentions[at + 1] = m.start;
    packedMentions[at + 2] = m.end;
    packedMentions[at + 3] = m.sentence;
    packedMentions[at + 4] = m.canonical.length;
  });
  return { sentences: packedSentences, mentions: packedMentions, canonicals: mentions.map((m) => m.canonical).join('') };
}

/** The extraction of `text` back from its packed form (objects as `extractMentions` builds them). */
export function unpackExtraction(packed: PackedExtraction, text: string): ExtractionResult {
  const sentences = [];
  for (let i = 0; i * SENTENCE_FIELDS < packed.sentences.length; i++) {
    const at = i * SENTENCE_FIELDS;
    sentences.push({ index: i, start: packed.sentences[at] as number, end: packed.sentences[at + 1] as number });
  }
  const mentions: Mention[] = [];
  let canonicalStart = 0;
  for (let at = 0; at < packed.mentions.length; at += MENTION_FIELDS) {
    const start = packed.mentions[at + 1] as number;
    const end = packed.mentions[at + 2] as number;
    const canonicalEnd = canonicalStart + (packed.mentions[at + 4] as number);
    mentions.push({
      type: ENTITY_TYPES[packed.mentions[at] as number] ?? 'region',
      text: text.slice(start, end),
      canonical: packed.canonicals.slice(canonicalStart, canonicalEnd),
      start,
      end,
      sentence: packed.mentions[at + 3] as number,
    });
    canonicalStart = canonicalEnd;
  }
  return { sentences, mentions };
}
