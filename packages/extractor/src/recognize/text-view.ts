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
  for (let index = 0; index < tokens.length; index++) {
    const { start, end } = tokens[index] as Token;
    for (let at = start; at < end; at++) tokenAt[at] = index;
    boundaryAt[start] = 1;
    boundaryAt[end] = 1;
  }
  return { original, text, tokens, tokenAt, boundaryAt };
}

const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;
/** A CJK ideograph (for a longer string: whether it holds one). */
export function isHan(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  if (ch.length === 1) return isHanCode(ch.charCodeAt(0));
  return HAN.test(ch);
}

/** Where the run of CJK ideographs ending at `end` starts, looking back at most `maxLength` characters. */
export function hanRunStart(text: string, end: number, maxLength: number): number {
  let start = end;
  while (start > 0 && end - start < maxLength && isHan(text[start - 1])) start--;
  return start;
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
    const { root, terminal, phraseOf } = trie;
    for (let i = from; i < to; i++) {
      let node = root[text.charCodeAt(i)] as number;
      if (node === 0) continue;
      let best = 0;
      let j = i + 1;
      for (;;) {
        if (terminal[node] === 1) best = node;
        if (j >= to) break;
        node = findTrieChild(trie, node, text.charCodeAt(j));
        if (node === 0) break;
        j++;
      }
      const phrase = phraseOf[best];
      if (best !== 0 && phrase) found.push({ start: i, end: i + phrase.length, phrase });
    }
    return found;
  };
}

/**
 * A trie of code units: `root[code]` is the first-level node (0 for none); deeper edges sit in
 * one open-addressing hash table keyed by (node, code) — typed arrays instead of a Map per node,
 * because the matchers walk an edge at nearly every offset of every document.
 */
export interface CodeTrie {
  root: Int32Array;
  /** Edge table: slot → parent node, code unit and child node (child 0 = empty slot). */
  edgeParent: Int32Array;
  edgeCode: Uint16Array;
  edgeChild: Int32Array;
  /** Table size − 1 (the size is a power of two). */
  edgeMask: number;
  /** 32 − log2(table size): a hash's top bits pick the first slot. */
  edgeShift: number;
  /**
   * A bit per hash value (eight per slot) set for every edge: most probes ask for an edge that
   * does not exist, and one bit read in this small array answers them without touching the table.
   */
  edgeFilter: Int32Array;
  filterShift: number;
  /** The phrase ending at a node, or null. Node 0 is unused. */
  phraseOf: Array<string | null>;
  /** 1 where a phrase ends at the node: a small array to test before reading `phraseOf`. */
  terminal: Uint8Array;
}

function hashEdge(node: number, code: number): number {
  return Math.imul(Math.imul(node, 0x85ebca6b) ^ code, 0x9e3779b1);
}

/** The child of `node` along code unit `code`, 0 when there is none. */
export function findTrieChild(trie: CodeTrie, node: number, code: number): number {
  const hash = hashEdge(node, code);
  const bit = hash >>> trie.filterShift;
  if (((trie.edgeFilter[bit >>> 5] as number) & (1 << (bit & 31))) === 0) return 0;
  const { edgeParent, edgeCode, edgeChild, edgeMask } = trie;
  for (let slot = hash >>> trie.edgeShift; ; slot = (slot + 1) & edgeMask) {
    const child = edgeChild[slot] as number;
    if (child === 0 || (edgeParent[slot] === node && edgeCode[slot] === code)) return child;
  }
}

export function createCodeTrie(phrases: Iterable<string>): CodeTrie {
  const root = new Int32Array(0x10000);
  const edges = new Map<number, Map<number, number>>();
  const phraseOf: Array<string | null> = [null];
  let edgeCount = 0;
  for (const phrase of phrases) {
    if (!phrase) continue;
    let node = root[phrase.charCodeAt(0)] as number;
    if (node === 0) {
      node = phraseOf.length;
      phraseOf.push(null);
      root[phrase.charCodeAt(0)] = node;
    }
    for (let k = 1; k < phrase.length; k++) {
      const code = phrase.charCodeAt(k);
      let map = edges.get(node);
      if (!map) {
        map = new Map();
        edges.set(node, map);
      }
      let child = map.get(code);
      if (child === undefined) {
        child = phraseOf.length;
        phraseOf.push(null);
        map.set(code, child);
        edgeCount++;
      }
      node = child;
    }
    phraseOf[node] = phrase;
  }
  let bits = 4;
  while (1 << bits < edgeCount * 2) bits++;
  const size = 1 << bits;
  const trie: CodeTrie = {
    root,
    edgeParent: new Int32Array(size),
    edgeCode: new Uint16Array(size),
    edgeChild: new Int32Array(size),
    edgeMask: size - 1,
    edgeShift: 32 - bits,
    edgeFilter: new Int32Array(size / 4),
    filterShift: 32 - (bits + 3),
    phraseOf,
    terminal: Uint8Array.from(phraseOf, (phrase) => (phrase === null ? 0 : 1)),
  };
  for (const [node, map] of edges) {
    for (const [code, child] of map) {
      const hash = hashEdge(node, code);
      const bit = hash >>> trie.filterShift;
      trie.edgeFilter[bit >>> 5] = (trie.edgeFilter[bit >>> 5] as number) | (1 << (bit & 31));
      let slot = hash >>> trie.edgeShift;
      while (trie.edgeChild[slot] !== 0) slot = (slot + 1) & trie.edgeMask;
      trie.edgeParent[slot] = node;
      trie.edgeCode[slot] = code;
      trie.edgeChild[slot] = child;
    }
  }
  return trie;
}
