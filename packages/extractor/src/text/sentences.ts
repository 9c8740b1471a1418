import type { Sentence } from '../types.ts';

/** Sentence ends: full stops, question and exclamation marks, semicolons and line breaks. */
const SENTENCE_END = /[。！？!?；;\n]+/g;
/** Closing marks that belong to the sentence they end. */
const TRAILING_CLOSERS = /^[”’"'）)》」』]+/;

/**
 * Splits a text into sentences (spans of the original text, ends exclusive). Every
 * character belongs to exactly one sentence, so any offset maps to a sentence index.
 */
export function splitSentences(text: string): Sentence[] {
  // Read once: a second `text.length` deoptimised whenever a text of another string representation came.
  const length = text.length;
  const sentences: Sentence[] = [];
  let start = 0;
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(text); m; m = SENTENCE_END.exec(text)) {
    let end = m.index + m[0].length;
    const closers = TRAILING_CLOSERS.exec(text.slice(end, end + 4));
    if (closers) end += closers[0].length;
    if (end > start) sentences.push({ index: sentences.length, start, end });
    start = end;
    SENTENCE_END.lastIndex = Math.max(SENTENCE_END.lastIndex, end);
  }
  if (start < length || sentences.length === 0) sentences.push({ index: sentences.length, start, end: length });
  return sentences;
}

/** Index of the sentence holding `offset` (binary search over sorted spans). */
export function findSentenceIndex(sentences: readonly Sentence[], offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((sentences[mid] as Sentence).start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
