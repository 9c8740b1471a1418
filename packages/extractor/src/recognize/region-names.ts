/**
 * Region names for recognition, read from the shared gazetteer (`../gazetteer/`, the one
 * source of truth for places): official names of provinces, cities and counties with the
 * short names the gazetteer accepts (宝兴县 → 宝兴; common-word stems such as 资源 are
 * already rejected there), and official town names (灵关镇) from the town index with their
 * stems derived by the gazetteer's own rule. Town stems only count where the document also
 * uses the full name (the region recogniser checks that).
 */
import { deriveShortNameStem } from '../gazetteer/derive-short-names.ts';
import { listTownsWithCounty, loadGazetteer } from '../gazetteer/gazetteer.ts';
import type { RegionLevel } from '../vocabulary.ts';

/** What the region recogniser needs: official full names and their short forms. */
export interface RegionNameSource {
  /** Official name → level (the highest level when several regions share it). */
  fullNames: ReadonlyMap<string, RegionLevel>;
  /** Short name → the official names it abbreviates. */
  shortNames: ReadonlyMap<string, readonly string[]>;
  /** Town stem (灵关 of 灵关镇) → the codes of the counties that have a town of that stem. */
  townStemCounties: ReadonlyMap<string, readonly string[]>;
}

const LEVEL_ORDER: readonly RegionLevel[] = ['province', 'city', 'county', 'town', 'village', 'area'];

let cached: RegionNameSource | undefined;

/** Builds (once) the recogniser's view of the shared gazetteer and town index. */
export function loadRegionNames(): RegionNameSource {
  if (cached) return cached;
  const gazetteer = loadGazetteer();
  const fullNames = new Map<string, RegionLevel>();
  const shortNames = new Map<string, string[]>();
  const addShort = (short: string, official: string) => {
    const list = shortNames.get(short);
    if (!list) shortNames.set(short, [official]);
    else if (!list.includes(official)) list.push(official);
  };
  for (const entry of gazetteer.names.values()) {
    if (entry.form !== 'official' || entry.risk === 'common-word' || entry.name.length < 2) continue;
    const levels = entry.regions.map((r) => LEVEL_ORDER.indexOf(r.level));
    fullNames.set(entry.name, LEVEL_ORDER[Math.min(...levels)] ?? 'county');
  }
  for (const entry of gazetteer.names.values()) {
    if (entry.form !== 'short' || entry.risk === 'common-word') continue;
    for (const region of entry.regions) addShort(entry.name, region.name);
  }
  // 西盟佤族自治县 → 西盟县, 湘西土家族苗族自治州 → 湘西州: the stem with the bare level word is the usual short form.
  for (const [short, officials] of shortNames) {
    for (const official of officials) {
      const level = /自治([县州旗])$/.exec(official)?.[1];
      if (level && !fullNames.has(short + level)) fullNames.set(short + level, fullNames.get(official) ?? 'county');
    }
  }
  const townStemCounties = new Map<string, string[]>();
  for (const { name, countyCode } of listTownsWithCounty()) {
    if (name.length < 3 || !/(镇|乡|街道|苏木)$/.test(name)) continue;
    const stem = deriveShortNameStem(name, 'town');
    if (stem && stem !== name && !gazetteer.rejectedShortNames.has(stem)) {
      const counties = townStemCounties.get(stem);
      if (!counties) townStemCounties.set(stem, [countyCode]);
      else if (!counties.includes(countyCode)) counties.push(countyCode);
    }
    if (fullNames.has(name)) continue;
    fullNames.set(name, 'town');
    if (stem && stem !== name && !gazetteer.rejectedShortNames.has(stem)) addShort(stem, name);
  }
  cached = { fullNames, shortNames, townStemCounties };
  return cached;
}

/** Whether `word` is an official name or a derived short name in the gazetteer. */
export function isGazetteerName(word: string, names: RegionNameSource = loadRegionNames()): boolean {
  return names.fullNames.has(word) || names.shortNames.has(word);
}
