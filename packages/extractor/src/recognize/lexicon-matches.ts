/**
 * Unquoted mentions found through lexicons of general knowledge (national formulas,
 * campaigns, well-known companies) and through numeral patterns (三大攻坚战).
 */
import type { EntityType } from '../vocabulary.ts';
import type { Candidate } from './candidate.ts';
import { PRIORITY } from './candidate.ts';
import { NATIONAL_POLICIES, NATIONAL_SLOGANS, PLACE_PROGRAMME_PREFIXES, WELL_KNOWN_COMPANIES } from './lexicons.ts';
import { loadRegionNames, type RegionNameSource } from './region-names.ts';
import type { TextView } from './text-view.ts';
import { createCodeTrie, createPhraseMatcher, findTrieChild, isHan, type CodeTrie } from './text-view.ts';
import { lookupFrequency, lookupTag } from './tokenizer.ts';

const LEXICON_TYPES = new Map<string, EntityType>();
for (const word of NATIONAL_SLOGANS) LEXICON_TYPES.set(word, 'slogan');
for (const word of NATIONAL_POLICIES) LEXICON_TYPES.set(word, 'policy');
for (const word of WELL_KNOWN_COMPANIES) LEXICON_TYPES.set(word, 'company');
const matchLexicon = createPhraseMatcher(LEXICON_TYPES.keys());

/** Numbered campaigns: 三大攻坚战, 蓝天、碧水、净土三大保卫战, 五级书记抓脱贫. */
const NUMERAL_FORMULA = /(?:[\u4e00-\u9fff]{2}、){1,4}[\u4e00-\u9fff]{2}[一二三四五六七八九十两]大保卫战|[一二三四五六七八九十两]大(?:攻坚战|战役|保卫战|攻坚行动)|[一二三四五六七八九十]级书记抓[\u4e00-\u9fff]{2}/g;

const matchPlacePrefix = createPhraseMatcher(PLACE_PROGRAMME_PREFIXES);
const PROVINCE_ABBREVIATIONS = new Set([...'湘粤川黔滇桂琼闽赣皖苏浙鲁豫冀晋蒙辽吉黑陕甘青宁新藏渝沪京津鄂疆']);

/** A place name as used after 平安/美丽/健康 …: a short or full official name, or a well-known alias. */
export function isPlaceName(word: string, names: RegionNameSource = loadRegionNames()): boolean {
  if (word.length < 2 || word.length > 5) return false;
  if (names.fullNames.has(word)) return true;
  if (names.shortNames.has(word)) return lookupTag(word) === 'ns' || lookupFrequency(word) <= 50;
  return word === '中国' || word.length === 1 && PROVINCE_ABBREVIATIONS.has(word);
}

let placeTrie: { source: RegionNameSource; trie: CodeTrie } | undefined;

/**
 * Bit `n` set when `text.slice(from, from + n)` (n ≤ 5) is a name `isPlaceName` may accept: one walk
 * of a trie of the names instead of a slice and two map lookups for every length.
 */
function findPlaceNameLengths(text: string, from: number, names: RegionNameSource): number {
  if (placeTrie?.source !== names) {
    const words = new Set<string>(['中国']);
    for (const name of names.fullNames.keys()) if (name.length <= 5) words.add(name);
    for (const name of names.shortNames.keys()) if (name.length <= 5) words.add(name);
    placeTrie = { source: names, trie: createCodeTrie(words) };
  }
  const { trie } = placeTrie;
  const to = Math.min(text.length, from + 5);
  if (from >= to) return 0;
  let bits = 0;
  for (let j = from + 1, node = trie.root[text.charCodeAt(from)] as number; node !== 0; j++) {
    if (trie.terminal[node] === 1) bits |= 1 << (j - from);
    if (j >= to) break;
    node = findTrieChild(trie, node, text.charCodeAt(j));
  }
  return bits;
}

/** 平安乌海, 健康凤阳, 法治潮州 (guide rule 5): a programme prefix joined to a place name. */
function recognizePlaceProgrammes(view: TextView, out: Candidate[]): void {
  const { text, boundaryAt } = view;
  const names = loadRegionNames();
  for (const m of matchPlacePrefix(text)) {
    if (isHan(text[m.start - 1]) && !boundaryAt[m.start]) continue;
    const nameLengths = findPlaceNameLengths(text, m.end, names);
    let matched = 0;
    for (let len = 4; len >= 2 && !matched; len--) {
      // Near the end of the text the slice is shorter than `len`: it is that shorter word that is tested.
      if ((nameLengths & (1 << Math.min(len, text.length - m.end))) === 0) continue;
      const place = text.slice(m.end, m.end + len);
      if (!isPlaceName(place, names)) continue;
      const after = text[m.end + len];
      // 健康宝兴建设 yes; 美丽乡村 no (not a place); 平安乌海市民 no (word continues).
      if (isHan(after) && !boundaryAt[m.end + len] && !/[建行工计战]/.test(after ?? "")) continue;
      matched = len;
    }
    if (matched) {
      let end = m.end + matched;
      if (text.startsWith('行动', end)) end += 2;
      out.push({ type: 'policy', start: m.start, end, rule: 'place-programme', priority: PRIORITY.lexicon });
    }
  }
}

export function recognizeLexiconMentions(view: TextView): Candidate[] {
  const { text, boundaryAt } = view;
  const out: Candidate[] = [];
  let lastEnd = -1;
  for (const m of matchLexicon(text)) {
    if (m.start < lastEnd) continue;
    const type = LEXICON_TYPES.get(m.phrase);
    if (!type) continue;
    // Short entries need token boundaries (六稳 yes, 三农 inside 三农村 no).
    const aligned = boundaryAt[m.start] === 1 && boundaryAt[m.end] === 1;
    const looseOk = m.phrase.length >= 4 || !isHan(text[m.end]) || !isHan(text[m.start - 1]);
    if (!aligned && !looseOk) continue;
    if (type === 'company' && !aligned) continue;
    out.push({ type, start: m.start, end: m.end, rule: 'lexicon', priority: PRIORITY.lexicon });
    lastEnd = m.end;
  }
  recognizePlaceProgrammes(view, out);
  NUMERAL_FORMULA.lastIndex = 0;
  for (let m = NUMERAL_FORMULA.exec(text); m; m = NUMERAL_FORMULA.exec(text)) {
    out.push({ type: 'slogan', start: m.index, end: m.index + m[0].length, rule: 'numeral-formula', priority: PRIORITY.lexicon });
  }
  return out;
}
