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
/** A CJK ideograph. */
export function isHan(ch: string | undefined): boolean {
  return ch !== undefined && HAN.test(ch);
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

interface TrieNode {
  children: Map<string, TrieNode>;
  phrase: string | null;
}

/** Builds a matcher for many literal phrases (a character trie): at each offset, the longest phrase starting there. */
export function createPhraseMatcher(phrases: Iterable<string>): (text: string, from?: number, to?: number) => Array<{ start: number; end: number; phrase: string }> {
  const root: TrieNode = { children: new Map(), phrase: null };
  for (const phrase of phrases) {
    if (!phrase) continue;
    let node = root;
    for (const ch of phrase) {
      let child = node.children.get(ch);
      if (!child) {
        child = { children: new Map(), phrase: null };
        node.children.set(ch, child);
      }
      node = child;
    }
    node.phrase = phrase;
  }
  return (text, from = 0, to = text.length) => {
    const found: Array<{ start: number; end: number; phrase: string }> = [];
    for (let i = from; i < to; i++) {
      let node = root.children.get(text[i] as string);
      if (!node) continue;
      let best: string | null = null;
      let j = i + 1;
      for (;;) {
        if (node.phrase !== null) best = node.phrase;
        if (j >= to) break;
        const next: TrieNode | undefined = node.children.get(text[j] as string);
        if (!next) break;
        node = next;
        j++;
      }
      if (best !== null) found.push({ start: i, end: i + best.length, phrase: best });
    }
    return found;
  };
}
