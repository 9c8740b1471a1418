import { pinyin } from 'pinyin-pro';
import type { Gazetteer } from '../gazetteer/gazetteer.ts';
import { deriveShortNameStem } from '../gazetteer/derive-short-names.ts';
import type { GazetteerRegion } from '../types.ts';
import type { ReportKind } from '../vocabulary.ts';

/**
 * Standard romanisations of places whose names come from Mongolian, Uyghur, Kazakh or Tibetan
 * (the national rules transliterate the original name, not the Chinese characters), for
 * prefecture-level places and capitals. Everything else is romanised as Hanyu Pinyin.
 */
const STANDARD_ROMANISATIONS: Readonly<Record<string, string>> = {
  呼和浩特: 'hohhot', 鄂尔多斯: 'ordos', 呼伦贝尔: 'hulunbuir', 巴彦淖尔: 'bayannur', 乌兰察布: 'ulanqab',
  锡林郭勒: 'xilingol', 阿拉善: 'alxa', 兴安: 'hinggan', 乌鲁木齐: 'urumqi', 克拉玛依: 'karamay',
  吐鲁番: 'turpan', 哈密: 'kumul', 喀什: 'kashgar', 和田: 'hotan', 阿克苏: 'aksu', 阿勒泰: 'altay', 伊犁: 'ili',
  博尔塔拉: 'bortala', 巴音郭楞: 'bayingolin', 克孜勒苏: 'kizilsu', 拉萨: 'lhasa', 日喀则: 'shigatse',
  昌都: 'qamdo', 林芝: 'nyingchi', 那曲: 'nagqu', 阿里: 'ngari', 山南: 'shannan',
};

const LEVEL_WORDS: Record<string, string> = { 区: 'district', 县: 'county', 市: 'city', 旗: 'banner' };

/** ASCII slug of a Chinese name: standard romanisation where one exists, else toneless pinyin. */
export function romanizeName(name: string): string {
  const standard = STANDARD_ROMANISATIONS[name];
  if (standard) return standard;
  const syllables = pinyin(name, { toneType: 'none', type: 'array', v: true, nonZh: 'consecutive' });
  return syllables.join('').toLowerCase().replace(/[^a-z0-9]+/g, '');
}

/**
 * Slug of a region: its short name romanised (宝兴县 → baoxing, 呼和浩特市 → hohhot). A county
 * that shares its short name with its own parent city gets its level word
 * (克拉玛依区 in 克拉玛依市 → karamay-district) so the two never collide.
 */
export function slugifyRegion(gazetteer: Gazetteer, region: GazetteerRegion): string {
  const short = deriveShortNameStem(region.name, region.level) ?? region.name;
  const base = romanizeName(short);
  const parent = gazetteer.getParent(region);
  const parentShort = parent ? (deriveShortNameStem(parent.name, parent.level) ?? parent.name) : null;
  if (parentShort === short) {
    const word = LEVEL_WORDS[region.name.slice(-1)] ?? region.level;
    return `${base}-${word}`;
  }
  return base;
}

/** The kind part of an id: none for work reports, `plan`, or the news topic (`congress`, `news`). */
export function kindSuffix(kind: ReportKind, newsTopic: string | null): string | null {
  switch (kind) {
    case 'government-work-report':
      return null;
    case 'work-plan':
      return 'plan';
    case 'news-report':
      return newsTopic ?? 'news';
    case 'other':
      return 'doc';
  }
}

/**
 * The readable id of a document: `<region>-<year>[-<kind>]`, e.g. `baoxing-2021`,
 * `wuhai-2005-plan`, `wuhai-2021-congress`; the source file name stands in for an unknown region.
 */
export function slugifyDocumentId(input: {
  regionSlug: string | null;
  year: number | null;
  kind: ReportKind;
  newsTopic?: string | null;
  source: string;
}): string {
  const fileStem = input.source.split(/[\\/]/).pop()?.replace(/\.[^.]*$/, '') ?? 'document';
  const base = input.regionSlug ?? (romanizeName(fileStem) || 'document');
  const parts = [base, input.year === null ? null : String(input.year), kindSuffix(input.kind, input.newsTopic ?? null)];
  return parts.filter((p): p is string => p !== null && p !== '').join('-');
}

/** Makes ids unique in document order: a repeated id gets `-2`, `-3` … */
export function disambiguateIds(ids: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return ids.map((id) => {
    const n = (seen.get(id) ?? 0) + 1;
    seen.set(id, n);
    return n === 1 ? id : `${id}-${n}`;
  });
}
