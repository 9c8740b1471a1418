import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** A dictionary entry of jieba's general dictionary: frequency and part-of-speech tag. */
export interface DictionaryEntry {
  frequency: number;
  tag: string;
}

/** Proper-noun tags of jieba's dictionary: place, person, other proper name. */
const PROPER_NOUN_TAGS = new Set(['ns', 'nr', 'nrt', 'nrfg', 'nz']);
/** Plain nouns (and verbal nouns) — jieba also tags some real places so (合肥 n, 仙桃 n). */
const NOUN_TAGS = new Set(['n', 'vn']);

function locateJiebaDictionary(): string | null {
  try {
    const require = createRequire(import.meta.url);
    return join(dirname(require.resolve('nodejieba/package.json')), 'submodules/cppjieba/dict/jieba.dict.utf8');
  } catch {
    return null;
  }
}

/**
 * Looks the given words up in jieba's general dictionary (read as plain data; no segmentation).
 * Returns only the words found. An absent dictionary yields an empty map.
 */
export function readDictionaryEntries(words: ReadonlySet<string>): Map<string, DictionaryEntry> {
  const found = new Map<string, DictionaryEntry>();
  const path = locateJiebaDictionary();
  if (!path) return found;
  let content: string;
  try {
    content = readFileSync(path, 'utf8');
  } catch {
    return found;
  }
  for (const line of content.split('\n')) {
    const space = line.indexOf(' ');
    if (space <= 0) continue;
    const word = line.slice(0, space);
    if (!words.has(word)) continue;
    const [frequency, tag] = line.slice(space + 1).split(' ');
    found.set(word, { frequency: Number(frequency), tag: (tag ?? '').trim() });
  }
  return found;
}

/**
 * Why a county-level stem is too common a word to be a bare short name, or null.
 * Grammatical words (v, a, d, m, f, t, s …: 比如, 平定, 当阳) and frequent plain nouns
 * (公安 n 2800, 运河 n 1170) are rejected; very frequent proper nouns too (武功 nr 7887, 友谊 nr 1499).
 * County-level cities keep their plain-noun stems (仙桃 n, 石首 n are how people name them).
 */
export function explainCommonWord(entry: DictionaryEntry | undefined, isCountyLevelCity: boolean): string | null {
  if (!entry) return null;
  const { tag, frequency } = entry;
  const label = `jieba: ${tag} ${frequency}`;
  if (PROPER_NOUN_TAGS.has(tag)) return frequency >= 1000 && tag !== 'ns' ? `frequent proper noun (${label})` : null;
  if (NOUN_TAGS.has(tag)) return !isCountyLevelCity && frequency >= 200 ? `common noun (${label})` : null;
  return frequency >= 200 ? `common word (${label})` : null;
}
