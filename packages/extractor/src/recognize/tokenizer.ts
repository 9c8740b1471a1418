/**
 * The one module that talks to nodejieba. It loads the dictionary once, adds the
 * domain words that must stay whole (heads such as 产业园, boundary verbs), and keeps a
 * word → part-of-speech table read from jieba's own dictionary, so that recognisers
 * get tags without a second (slower) `tag` pass over the text.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { TOKENIZER_USER_WORDS } from './lexicons.ts';
import { addWordIfAbsent, buildWordTable, findWordEntry, internString, TAG_SLOTS, type WordTable } from './word-table.ts';

type Nodejieba = typeof import('nodejieba');

const require = createRequire(import.meta.url);

/** A word of the segmented text with its offsets and part of speech (`x` for words jieba does not know). */
export interface Token {
  word: string;
  start: number;
  end: number;
  tag: string;
}

let jieba: Nodejieba | undefined;
let words: WordTable | undefined;
// jieba's keyword-extraction IDF table is never used here; a one-line stand-in saves ~20 MB per thread.
const IDF_STUB = fileURLToPath(new URL('./jieba-idf-stub.utf8', import.meta.url));

function requireJieba(): Nodejieba & { DEFAULT_DICT: string } {
  return require('nodejieba') as Nodejieba & { DEFAULT_DICT: string };
}

/**
 * The word → part-of-speech and frequency table read from jieba's dictionary, with the user
 * words added; built once per process (worker threads adopt it, see `adoptWordTable`).
 */
export function loadWordTable(): WordTable {
  if (words) return words;
  const table = buildWordTable(readFileSync(requireJieba().DEFAULT_DICT, 'utf8'));
  for (const [word, tag] of TOKENIZER_USER_WORDS) addWordIfAbsent(table, word, tag);
  words = table;
  return table;
}

/** Uses a table built by another thread (its arrays are shared memory) instead of reading the dictionary again. */
export function adoptWordTable(table: WordTable): void {
  words ??= { ...table, tags: table.tags.map(internString) };
}

/**
 * Loads the jieba dictionaries and the user words. Idempotent; returns the milliseconds
 * spent (0 when already loaded) so that benchmarks can report load time separately.
 */
export function initTokenizer(): number {
  if (jieba) return 0;
  const started = performance.now();
  const loaded = requireJieba();
  loaded.load({ idfDict: IDF_STUB });
  loadWordTable();
  for (const [word, tag] of TOKENIZER_USER_WORDS) loaded.insertWord(word, tag);
  jieba = loaded;
  return performance.now() - started;
}

function getJieba(): Nodejieba {
  if (!jieba) initTokenizer();
  return jieba as Nodejieba;
}

/** Part of speech of a dictionary word, `x` when jieba does not know it. */
export function lookupTag(word: string): string {
  const table = loadWordTable();
  const entry = findWordEntry(table, word);
  return entry === undefined ? 'x' : (table.tags[entry % TAG_SLOTS] as string);
}

/** Dictionary frequency of a word, 0 when unknown. */
export function lookupFrequency(word: string): number {
  const entry = findWordEntry(loadWordTable(), word);
  return entry === undefined ? 0 : Math.floor(entry / TAG_SLOTS);
}

/** Segments `text` (HMM on, so unknown names come out whole) into tokens with offsets. */
export function tokenize(text: string): Token[] {
  // Read once: documents arrive as flat, sliced or concatenated strings, and a second
  // `text.length` in optimised code deoptimised on every new string representation.
  const length = text.length;
  if (length === 0) return [];
  const words = getJieba().cut(text, true);
  // jieba returns the input cut into consecutive pieces: offsets are running lengths.
  const tokens: Token[] = new Array(words.length);
  let offset = 0;
  let consecutive = true;
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as string;
    if (text.charCodeAt(offset) !== word.charCodeAt(0)) {
      consecutive = false;
      break;
    }
    const end = offset + word.length;
    tokens[i] = new SegmentedToken(word, offset, end);
    offset = end;
  }
  return consecutive && offset === length ? tokens : locateWords(text, words);
}

/**
 * A word of the text whose part of speech is looked up on first use: most tokens (and name pieces)
 * are never asked, and the lookup in the 350 000-word table is the costly part of building them.
 */
export class SegmentedToken implements Token {
  #tag: string | undefined;
  /** `tag` fixes the part of speech of a piece that is no dictionary word (a quoted name, a cut token). */
  constructor(
    readonly word: string,
    readonly start: number,
    readonly end: number,
    tag?: string,
  ) {
    this.#tag = tag;
  }
  get tag(): string {
    if (this.#tag === undefined) this.#tag = lookupTag(this.word);
    return this.#tag;
  }
}

/** The slow path for a cut that is not the text split in order: finds each word after the previous one. */
function locateWords(text: string, words: readonly string[]): Token[] {
  const tokens: Token[] = [];
  let offset = 0;
  for (const word of words) {
    let start = offset;
    if (text.startsWith(word, offset) === false) {
      const found = text.indexOf(word, offset);
      if (found < 0) continue;
      start = found;
    }
    const end = start + word.length;
    // Same class as the fast path: recognisers that meet one token shape stay monomorphic.
    tokens.push(new SegmentedToken(word, start, end));
    offset = end;
  }
  return tokens;
}
