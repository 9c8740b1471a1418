/**
 * Entity resolution: one node per real thing across all documents. Mentions are
 * keyed by type and normalised name, regions by their gazetteer code; then
 * aliases the text itself ties together are merged (“以下简称”, a company's short
 * name inside its full name in the same document).
 */
import type { GazetteerRegion, Mention, SourceDocument } from '../types.ts';
import type { EntityType } from '../vocabulary.ts';
import type { DocumentExtraction } from './graph-types.ts';
import { normalizeName } from './normalize-name.ts';

/** Ties a region name to the gazetteer, preferring regions near `context` (the issuing region). */
export type RegionResolver = (name: string, context: GazetteerRegion | null) => GazetteerRegion | null;

export interface ResolvedEntity {
  id: string;
  type: EntityType;
  name: string;
  /** Surface forms and normalised forms seen, with how often. */
  variants: Map<string, number>;
  region: GazetteerRegion | undefined;
}

export interface Resolution {
  entities: Map<string, ResolvedEntity>;
  /** For each document, the entity id of each mention (same order as its mentions; '' when dropped). */
  mentionEntityIds: string[][];
}

// （以下简称“稀土集团”） / (简称:包钢) / （下称“平台公司”）
const SHORT_NAME_PATTERN = /[（(]\s*(?:以下|下文)?(?:简称|下称)\s*[:：]?\s*[“"'‘「]?([^”"'’」）)，,、]{2,20})[”"'’」]?\s*[）)]/g;
// 久泰新材料 in 内蒙古久泰新材料有限公司: a place before it and only legal-form words after it.
const LEGAL_FORM_SUFFIX = /^(?:[（(]集团[）)]|[（(]中国[）)]|集团|股份|有限|责任|公司|实业|控股|总公司)*$/;
const MAX_PLACE_PREFIX_CHARS = 6;
const PLACE_SUFFIX = /(省|市|县|区|旗|州|盟)$/;
// Regions and slogans are never tied by these rules: regions go through the gazetteer, slogans are formulas.
const TIEABLE_TYPES: ReadonlySet<EntityType> = new Set(['policy', 'project', 'company', 'park', 'organization']);
const PROJECT_SUFFIX = '项目';
const MIN_PROJECT_BASE_CHARS = 4;

interface InitialKey {
  key: string;
  type: EntityType;
  name: string;
  region: GazetteerRegion | undefined;
}

function toInitialKey(mention: Mention, document: SourceDocument, resolveRegion: RegionResolver | undefined): InitialKey | undefined {
  const name = normalizeName(mention.canonical || mention.text);
  if (name.length === 0) return undefined;
  if (mention.type === 'region') {
    const region = resolveRegion?.(name, document.region) ?? undefined;
    if (region) return { key: `region:${region.code}`, type: 'region', name: region.name, region };
  }
  return { key: `${mention.type}:${name}`, type: mention.type, name, region: undefined };
}

function addCandidate(candidates: Map<string, Set<string>>, short: string, full: string): void {
  if (short === full) return;
  const targets = candidates.get(short) ?? new Set<string>();
  targets.add(full);
  candidates.set(short, targets);
}

/** Short-name ties written in one document: `…公司（以下简称“X”）` and company names inside longer company names. */
function findAliasTies(
  document: SourceDocument,
  mentions: Mention[],
  keys: (InitialKey | undefined)[],
  candidates: Map<string, Set<string>>,
  resolveRegion: RegionResolver | undefined,
): void {
  for (const match of document.text.matchAll(SHORT_NAME_PATTERN)) {
    const short = normalizeName(match[1] ?? '');
    if (short.length < 2) continue;
    // The full name is the mention ending right before the parenthesis.
    let full: InitialKey | undefined;
    mentions.forEach((mention, index) => {
      const key = keys[index];
      if (!key || !TIEABLE_TYPES.has(key.type)) return;
      const gap = document.text.slice(mention.end, match.index);
      if (mention.end <= match.index && gap.trim().length === 0 && (!full || key.name.length > full.name.length)) full = key;
    });
    if (!full || full.name === short) continue;
    for (const type of TIEABLE_TYPES) addCandidate(candidates, `${type}:${short}`, full.key);
  }

  const companyNames = new Set<string>();
  keys.forEach((key) => {
    if (key?.type === 'company') companyNames.add(key.name);
  });
  for (const short of companyNames) {
    for (const full of companyNames) {
      const at = full.indexOf(short);
      if (short.length < 2 || full.length <= short.length || at < 0 || at > MAX_PLACE_PREFIX_CHARS) continue;
      if (at > 0 && !isPlaceName(full.slice(0, at), document, resolveRegion)) continue;
      // 大唐 inside 大唐汉方医药 is another business; 伊利 inside 伊利集团 is the same one.
      if (!LEGAL_FORM_SUFFIX.test(full.slice(at + short.length))) continue;
      addCandidate(candidates, `company:${short}`, `company:${full}`);
    }
  }
}

/**
 * 伊利现代智慧健康谷 and 伊利现代智慧健康谷项目, named anywhere in the corpus, are one project (the one with 项目).
 * Short bases stay apart: 发电 is not 发电项目.
 */
function tieProjectSuffixes(initialKeys: ReadonlyArray<ReadonlyArray<InitialKey | undefined>>, candidates: Map<string, Set<string>>): void {
  const projectNames = new Set<string>();
  for (const keys of initialKeys) for (const key of keys) if (key?.type === 'project') projectNames.add(key.name);
  for (const name of projectNames) {
    const base = name.slice(0, -PROJECT_SUFFIX.length);
    if (name.endsWith(PROJECT_SUFFIX) && base.length >= MIN_PROJECT_BASE_CHARS && projectNames.has(base)) {
      addCandidate(candidates, `project:${base}`, `project:${name}`);
    }
  }
}

function isPlaceName(name: string, document: SourceDocument, resolveRegion: RegionResolver | undefined): boolean {
  return PLACE_SUFFIX.test(name) || (resolveRegion?.(name, document.region) ?? null) !== null;
}

/**
 * Alias key → the key it stands for. A short name tied to two different things
 * (伊利 inside two unrelated full names) stays on its own.
 */
function resolveAliases(candidates: Map<string, Set<string>>): Map<string, string> {
  const resolved = new Map<string, string>();
  const resolving = new Set<string>();
  const resolveKey = (key: string): string => {
    const known = resolved.get(key);
    if (known !== undefined) return known;
    const targets = candidates.get(key);
    if (!targets || resolving.has(key)) return key;
    resolving.add(key);
    const finals = new Set([...targets].map(resolveKey));
    resolving.delete(key);
    const only = finals.size === 1 ? [...finals][0] : undefined;
    const result = only !== undefined && only !== key ? only : key;
    resolved.set(key, result);
    return result;
  };
  for (const key of [...candidates.keys()].sort()) resolveKey(key);
  return resolved;
}

/** Resolve every mention of every document to one entity. Pure and deterministic. */
export function resolveEntities(
  documents: readonly SourceDocument[],
  extractions: readonly DocumentExtraction[],
  resolveRegion?: RegionResolver,
): Resolution {
  const initialKeys = documents.map((document, index) =>
    (extractions[index]?.mentions ?? []).map((mention) => toInitialKey(mention, document, resolveRegion)),
  );

  const candidates = new Map<string, Set<string>>();
  documents.forEach((document, index) => {
    findAliasTies(document, extractions[index]?.mentions ?? [], initialKeys[index] ?? [], candidates, resolveRegion);
  });
  tieProjectSuffixes(initialKeys, candidates);
  const aliasOf = resolveAliases(candidates);

  const entities = new Map<string, ResolvedEntity>();
  const namesByKey = new Map<string, InitialKey>();
  for (const keys of initialKeys) for (const key of keys) if (key && !namesByKey.has(key.key)) namesByKey.set(key.key, key);

  const mentionEntityIds = documents.map((_, docIndex) => {
    const mentions = extractions[docIndex]?.mentions ?? [];
    const keys = initialKeys[docIndex] ?? [];
    return mentions.map((mention, index) => {
      const key = keys[index];
      if (!key) return '';
      const id = aliasOf.get(key.key) ?? key.key;
      let entity = entities.get(id);
      if (!entity) {
        const target = namesByKey.get(id) ?? key;
        entity = { id, type: target.type, name: target.name, variants: new Map(), region: target.region };
        entities.set(id, entity);
      }
      for (const variant of new Set([mention.text.trim(), key.name])) {
        if (variant) entity.variants.set(variant, (entity.variants.get(variant) ?? 0) + 1);
      }
      return id;
    });
  });
  return { entities, mentionEntityIds };
}
