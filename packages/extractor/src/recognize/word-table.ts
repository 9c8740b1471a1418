/**
 * jieba's dictionary (word → frequency and part of speech) as one open-addressing hash table in
 * typed arrays over shared memory: each word's code units once in `chars`, and per slot the word's
 * offset, length and packed entry. A Map of its 350 000 words costs ~30 MB of heap in every
 * extraction thread; this table is ~11 MB once, and worker threads adopt the calling thread's copy.
 */

/** The table's arrays (views over SharedArrayBuffers) and the tag names its entries index. */
export interface WordTable {
  /** Code units of every word, one after another. */
  chars: Uint16Array;
  /** Per slot: offset of the word in `chars`, -1 for an empty slot. */
  slotStart: Int32Array;
  slotLength: Uint16Array;
  /** Per slot: `frequency * TAG_SLOTS + tag index`. */
  slotEntry: Int32Array;
  /** Part-of-speech tags by index. */
  tags: string[];
  /** Code units of `chars` in use (the rest is spare room for added words). */
  used: Int32Array;
}

export const TAG_SLOTS = 128;
/** Room for words added after the dictionary (the tokenizer's own user words). */
const SPARE_CHARS = 16_384;
const SPARE_WORDS = 4_096;

function createShared<T>(Kind: { new (buffer: SharedArrayBuffer): T; BYTES_PER_ELEMENT: number }, length: number): T {
  return new Kind(new SharedArrayBuffer(length * Kind.BYTES_PER_ELEMENT));
}

function hashRange(source: string, from: number, to: number): number {
  let hash = 0x811c9dc5;
  for (let i = from; i < to; i++) hash = Math.imul(hash ^ source.charCodeAt(i), 0x01000193);
  return Math.imul(hash ^ (hash >>> 15), 0x2c1b3c6d);
}

/** The slot holding `source.slice(from, to)`, or the empty slot where it would go as `-(slot + 1)`. */
function probeRange(table: WordTable, source: string, from: number, to: number): number {
  const { chars, slotStart, slotLength } = table;
  const mask = slotStart.length - 1;
  const length = to - from;
  for (let slot = hashRange(source, from, to) & mask; ; slot = (slot + 1) & mask) {
    const start = slotStart[slot] as number;
    if (start < 0) return -(slot + 1);
    if (slotLength[slot] !== length) continue;
    let k = 0;
    while (k < length && chars[start + k] === source.charCodeAt(from + k)) k++;
    if (k === length) return slot;
  }
}

/**
 * The same text as an internalized string, as every property key is. Tags read from the dictionary file
 * (or copied to a worker) are plain strings while the literals they are compared with are internalized;
 * mixing both at one `=== 'n'` deopts optimised code ("wrong instance type").
 */
export function internString(text: string): string {
  return Object.keys({ [text]: 0 })[0] as string;
}

function indexTag(table: WordTable, tag: string): number {
  let index = table.tags.indexOf(tag);
  if (index < 0) {
    index = table.tags.length;
    if (index >= TAG_SLOTS) throw new Error(`too many part-of-speech tags (${tag})`);
    table.tags.push(internString(tag));
  }
  return index;
}

/** Sets the entry of `source.slice(from, to)`, adding the word when it is new; `onlyIfNew` keeps an existing entry. */
function putRange(table: WordTable, source: string, from: number, to: number, frequency: number, tag: string, onlyIfNew: boolean): void {
  let slot = probeRange(table, source, from, to);
  if (slot >= 0 && onlyIfNew) return;
  if (slot < 0) {
    slot = -slot - 1;
    const start = table.used[0] as number;
    if (start + (to - from) > table.chars.length) throw new Error('word table full');
    for (let k = from; k < to; k++) table.chars[start + k - from] = source.charCodeAt(k);
    table.used[0] = start + (to - from);
    table.slotStart[slot] = start;
    table.slotLength[slot] = to - from;
  }
  table.slotEntry[slot] = frequency * TAG_SLOTS + indexTag(table, tag);
}

/** Calls `visit(wordStart, wordEnd, frequencyStart, lineEnd)` for every `word frequency tag` line. */
function forEachDictionaryLine(content: string, visit: (first: number, second: number, lineStart: number, lineEnd: number) => void): void {
  for (let lineStart = 0; lineStart < content.length; ) {
    let lineEnd = content.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = content.length;
    const first = content.indexOf(' ', lineStart);
    const second = first < 0 || first >= lineEnd ? -1 : content.indexOf(' ', first + 1);
    if (first > lineStart && first < lineEnd && second >= 0 && second < lineEnd) visit(first, second, lineStart, lineEnd);
    lineStart = lineEnd + 1;
  }
}

/** Builds the table from jieba's dictionary file content (`word frequency tag` per line; a later line wins). */
export function buildWordTable(content: string): WordTable {
  let words = 0;
  let wordChars = 0;
  forEachDictionaryLine(content, (first, _second, lineStart) => {
    words++;
    wordChars += first - lineStart;
  });
  let slots = 16;
  while (slots < (words + SPARE_WORDS) * 2) slots *= 2;
  const table: WordTable = {
    chars: createShared(Uint16Array, wordChars + SPARE_CHARS),
    slotStart: createShared(Int32Array, slots).fill(-1),
    slotLength: createShared(Uint16Array, slots),
    slotEntry: createShared(Int32Array, slots),
    tags: [],
    used: createShared(Int32Array, 1),
  };
  forEachDictionaryLine(content, (first, second, lineStart, lineEnd) => {
    putRange(table, content, lineStart, first, Number(content.slice(first + 1, second)), content.slice(second + 1, lineEnd).trim(), false);
  });
  return table;
}

/** Adds a word with frequency 0 unless the table already has it. */
export function addWordIfAbsent(table: WordTable, word: string, tag: string): void {
  putRange(table, word, 0, word.length, 0, tag, true);
}

/** The packed entry of `word`, or undefined when the dictionary does not know it. */
export function findWordEntry(table: WordTable, word: string): number | undefined {
  const slot = probeRange(table, word, 0, word.length);
  return slot < 0 ? undefined : (table.slotEntry[slot] as number);
}
