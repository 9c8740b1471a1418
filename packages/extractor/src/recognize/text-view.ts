/**
 * A read-only view of one document prepared once for all recognisers: the normalised
 * text, its tokens, a token index by offset and cheap character-class tests.
 */
import { normalizeText } from '../text/normalize.ts';
import { tokenize, type Token } from './tokenizer.ts';

export interface TextView {
  /** The original text (mentions slice this). */
  original: string;
  /** Same length as `original`, full/half width folded. */
  text: string;
  tokens: Token[];
  /** For each offset, the index of the token covering it (-1 for none). */
  tokenAt: Int32Array;
  /** 1 where a token ends exactly at that offset (token boundary before offset). */
  boundaryAt: Uint8Array;
}

export function createTextView(original: string): TextView {
  const text = normalizeText(original);
  const tokens = tokenize(text);
  const tokenAt = new Int32Array(text.length + 1).fill(-1);
  const boundaryAt = new Uint8Array(text.length + 1);
  boundaryAt[0] = 1;
  boundaryAt[text.length] = 1;
  tokens.forEach((token, index) => {
    tokenAt.fill(index, token.start, token.end);
    boundaryAt[token.start] = 1;
    boundaryAt[token.end] = 1;
  });
  return { original, text, tokens, tokenAt, boundaryAt };
}

const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;
/** A CJK ideograph (for a longer string: whether it holds one). */
export function isHan(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  if (ch.length === 1) return isHanCode(ch.charCodeAt(0));
  return HAN.test(ch);
}

/** A CJK ideograph, by UTF-16 code unit. */
export function isHanCode(code: number): boolean {
  return (code >= 0x3400 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff);
}

const PUNCT = /[\s，。、；：！？,.;:!?“”"‘’'《》()（）【】\[\]{}<>〈〉…·—\-~/\\|*#&^%$@=+_`]/;
/** Punctuation or whitespace (names never run across these, except the few a rule allows). */
export function isPunct(ch: string | undefined): boolean {
  return ch === undefined || PUNCT.test(ch);
}

/** Parts of speech that mark a proper or unknown word: a name's specific element. */
const SPECIFIC_TAGS = new Set(['ns', 'nr', 'nrt', 'nrfg', 'nz', 'nt', 'x', 'eng', 'j', 'nrf']);

export function isSpecificTag(tag: string): boolean {
  return SPECIFIC_TAGS.has(tag);
}

/**
 * Builds a matcher for many literal phrases (a character trie over UTF-16 code units): at
 * each offset, the longest phrase starting there. The root is a dense table indexed by
 * code unit, so the common case (no phrase starts here) costs one array read.
 */
export function createPhraseMatcher(phrases: Iterable<string>): (text: string, from?: number, to?: number) => Array<{ start: number; end: number; phrase: string }> {
  const trie = createCodeTrie(phrases);
  return (text, from = 0, to = text.length) => {
    const found: Array<{ start: number; end: number; phrase: string }> = [];
    const { root, children, phraseOf } = trie;
    for (let i = from; i < to; i++) {
      let node = root[text.charCodeAt(i)] as number;
      if (node === 0) continue;
      let best: string | null = null;
      let j = i + 1;
      for (;;) {
        const phrase = phraseOf[node];
        if (phrase !== null && phrase !== undefined) best = phrase;
        if (j >= to) break;
        const next = children[node]?.get(text.charCodeAt(j));
        if (next === undefined) break;
        node = next;
        j++;
      }
      if (best !== null) found.push({ start: i, end: i + best.length, phrase: best });
    }
    return found;
  };
}

/** A trie of code units: `root[code]` is the first-level node (0 for none), deeper edges in per-node maps. */
export interface CodeTrie {
  root: Int32Array;
  children: Array<Map<number, number> | undefined>;
  /** The phrase ending at a node, or null. Node 0 is unused. */
  phraseOf: Array<string | null>;
}

export function createCodeTrie(phrases: Iterable<string>): CodeTrie {
  const root = new Int32Array(0x10000);
  const children: Array<Map<number, number> | undefined> = [undefined];
  const phraseOf: Array<string | null> = [null];
  for (const phrase of phrases) {
    if (!phrase) continue;
    let node = root[phrase.charCodeAt(0)] as number;
    if (node === 0) {
      node = phraseOf.length;
      phraseOf.push(null);
      children.push(undefined);
      root[phrase.charCodeAt(0)] = node;
    }
    for (let k = 1; k < phrase.length; k++) {
      const code = phrase.charCodeAt(k);
      let map = children[node];
      if (!map) {
        map = new Map();
        children[node] = map;
      }
      let child = map.get(code);
      if (child === undefined) {
        child = phraseOf.length;
        phraseOf.push(null);
        children.push(undefined);
        map.set(code, child);
      }
      node = child;
    }
    phraseOf[node] = phrase;
  }
  return { root, children, phraseOf };
}
