/**
 * `buildGraph(documents, extractions)` — the graph as plain data: resolved
 * entities, reports, and every relation with the evidence it came from.
 * Pure and deterministic: the same input gives the same JSON, ids included.
 */
import { pinyin } from 'pinyin-pro';
import type { GazetteerRegion, Sentence, SourceDocument } from '../types.ts';
import { ENTITY_LABELS, NODE_LABELS, REGION_LEVELS, REL_TYPES } from '../vocabulary.ts';
import type { RegionLevel, RelType } from '../vocabulary.ts';
import { findInvestments } from './find-investments.ts';
import { findSentenceRelations, isOutputFigureAfter } from './find-relations.ts';
import type { RelationFinding, ResolvedMention } from './find-relations.ts';
import { findStageWords, sortStages } from './find-stages.ts';
import type { ProjectStage } from './find-stages.ts';
import type { DocumentExtraction, GraphJson, GraphNode, GraphRelationship, GraphSummary, Properties } from './graph-types.ts';
import { resolveEntities } from './resolve-entities.ts';
import { createGazetteerRegionResolver } from './resolve-region.ts';
import type { RegionResolver, ResolvedEntity } from './resolve-entities.ts';
import { digestReport } from './digest-report.ts';
import { findSloganExpansion } from './slogan-expansions.ts';

export interface BuildGraphOptions {
  /** Ties region mentions to the gazetteer (宝兴 → 宝兴县, code 511827); defaults to the project's gazetteer. */
  resolveRegion?: RegionResolver;
}

/** Evidence sentences longer than this are cut to a window around the mention. */
const MAX_EVIDENCE_CHARS = 300;
/** Evidence sentences kept on CO_OCCURS and typed relations (MENTIONS keeps them all). */
const MAX_PAIR_SENTENCES = 3;
const MIN_PREFIX_CHARS = 2;
/** A company named in another report heads a project's name only under a name this long (中核城建, not 华瀛). */
const MIN_CORPUS_COMPANY_CHARS = 4;

interface MentionsAccumulator {
  entityId: string;
  count: number;
  sentenceIndexes: number[];
  sentences: string[];
  starts: number[];
  ends: number[];
  investmentCny?: number;
  investmentText?: string;
  investmentSentence?: string;
  stages: Set<ProjectStage>;
}

interface PairAccumulator {
  type: RelType;
  from: string;
  to: string;
  count: number;
  cues: Set<string>;
  sentenceIndexes: number[];
  sentences: string[];
  starts: number[];
  ends: number[];
}

function cutEvidence(text: string, sentence: Sentence | undefined, focusStart: number, focusEnd: number): string {
  const start = sentence?.start ?? Math.max(0, focusStart - 60);
  const end = sentence?.end ?? Math.min(text.length, focusEnd + 60);
  if (end - start <= MAX_EVIDENCE_CHARS) return text.slice(start, end).trim();
  const half = Math.max(0, Math.floor((MAX_EVIDENCE_CHARS - (focusEnd - focusStart)) / 2));
  const from = Math.max(start, focusStart - half);
  const to = Math.min(end, Math.max(focusEnd + half, from + MAX_EVIDENCE_CHARS));
  return `${from > start ? '…' : ''}${text.slice(from, to).trim()}${to < end ? '…' : ''}`;
}

function toLevel(code: string, fallback: RegionLevel): RegionLevel {
  const byLength: Record<number, RegionLevel> = { 2: 'province', 4: 'city', 6: 'county', 9: 'town', 12: 'village' };
  return byLength[code.length] ?? fallback;
}

function toPinyin(name: string, pattern: 'pinyin' | 'first'): string {
  return pinyin(name, { toneType: 'none', type: 'array', pattern })
    .join('')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/** Clause spans of a sentence (split at commas, semicolons, colons), in report offsets. */
function splitClauses(text: string, sentence: Sentence): Array<{ start: number; end: number }> {
  const clauses: Array<{ start: number; end: number }> = [];
  let start = sentence.start;
  for (let i = sentence.start; i < sentence.end; i += 1) {
    if ('，,；;：:'.includes(text[i] ?? '')) {
      clauses.push({ start, end: i + 1 });
      start = i + 1;
    }
  }
  if (start < sentence.end) clauses.push({ start, end: sentence.end });
  return clauses;
}

/** Build the graph of a corpus. `extractions[i]` belongs to `documents[i]`. */
export function buildGraph(
  documents: readonly SourceDocument[],
  extractions: readonly DocumentExtraction[],
  options: BuildGraphOptions = {},
): GraphJson {
  const resolveRegion = options.resolveRegion ?? createGazetteerRegionResolver();
  const { entities, mentionEntityIds } = resolveEntities(documents, extractions, resolveRegion);
  const regionNodes = new Map<string, GazetteerRegion>();
  const relationships: GraphRelationship[] = [];
  const reportNodes: GraphNode[] = [];
  const mentionsByEntity = new Map<string, Array<{ report: string; year: number | null; count: number }>>();

  const addRegionChain = (region: GazetteerRegion): string => {
    region.pathCodes.forEach((code, index) => {
      const id = `region:${code}`;
      if (regionNodes.has(id)) return;
      const path = region.path.slice(0, index + 1);
      const pathCodes = region.pathCodes.slice(0, index + 1);
      const isSelf = index === region.pathCodes.length - 1;
      regionNodes.set(id, {
        code,
        name: path[path.length - 1] ?? code,
        level: isSelf ? region.level : toLevel(code, REGION_LEVELS[index] ?? 'area'),
        path,
        pathCodes,
      });
      const parentCode = region.pathCodes[index - 1];
      if (parentCode !== undefined) {
        relationships.push({ type: REL_TYPES.partOf, from: id, to: `region:${parentCode}`, properties: { source: 'gazetteer' } });
      }
    });
    return `region:${region.code}`;
  };
  for (const entity of [...entities.values()].sort((a, b) => a.id.localeCompare(b.id))) {
    if (entity.region) addRegionChain(entity.region);
  }
  for (const document of documents) if (document.region) addRegionChain(document.region);

  const prefixIndex = buildPrefixIndex(entities, regionNodes);
  const corpusCompanyNames = [...entities.values()]
    .filter((entity) => entity.type === 'company')
    .sort((a, b) => compareStrings(a.id, b.id))
    .flatMap((entity) => namesOf(entity).filter((name) => name.length >= MIN_CORPUS_COMPANY_CHARS).map((name) => ({ name, companyId: entity.id })));

  documents.forEach((document, docIndex) => {
    const extraction = extractions[docIndex] ?? { sentences: [], mentions: [] };
    const ids = mentionEntityIds[docIndex] ?? [];
    const { text } = document;
    const report = document.id;
    const yearProps: Properties = document.year === null ? {} : { year: document.year };
    const sentenceByIndex = new Map(extraction.sentences.map((s) => [s.index, s]));
    // Most sentences are short enough to keep whole: cut each once and share the string.
    const wholeSentences = new Map<number, string>();
    const evidenceOf = (sentenceIndex: number, focusStart: number, focusEnd: number): string => {
      const sentence = sentenceByIndex.get(sentenceIndex);
      if (!sentence || sentence.end - sentence.start > MAX_EVIDENCE_CHARS) return cutEvidence(text, sentence, focusStart, focusEnd);
      let whole = wholeSentences.get(sentenceIndex);
      if (whole === undefined) {
        whole = text.slice(sentence.start, sentence.end).trim();
        wholeSentences.set(sentenceIndex, whole);
      }
      return whole;
    };

    const reportProps: Properties = {
      id: report,
      title: document.title,
      kind: document.kind,
      source: document.source,
      chars: text.length,
      ...yearProps,
    };
    if (document.yearSource) reportProps.yearSource = document.yearSource;
    if (document.yearNote) reportProps.yearNote = document.yearNote;
    if (document.region) {
      reportProps.region = document.region.name;
      reportProps.regionCode = document.region.code;
      const regionId = addRegionChain(document.region);
      relationships.push({ type: REL_TYPES.issuedBy, from: report, to: regionId, properties: { report, ...yearProps } });
    }
    reportNodes.push({ id: report, labels: [NODE_LABELS.report], properties: reportProps });

    // Resolved mentions, without duplicates of the same entity at the same place.
    const seen = new Set<string>();
    const resolved: ResolvedMention[] = [];
    extraction.mentions.forEach((mention, index) => {
      const entityId = ids[index];
      const entity = entityId ? entities.get(entityId) : undefined;
      if (!entityId || !entity) return;
      const key = `${entityId}|${mention.start}|${mention.end}`;
      if (seen.has(key)) return;
      seen.add(key);
      resolved.push({ entityId, type: entity.type, text: mention.text, start: mention.start, end: mention.end, sentence: mention.sentence });
    });
    resolved.sort((a, b) => a.start - b.start || a.end - b.end || a.entityId.localeCompare(b.entityId));

    const mentionsAcc = new Map<string, MentionsAccumulator>();
    for (const mention of resolved) {
      let acc = mentionsAcc.get(mention.entityId);
      if (!acc) {
        acc = { entityId: mention.entityId, count: 0, sentenceIndexes: [], sentences: [], starts: [], ends: [], stages: new Set() };
        mentionsAcc.set(mention.entityId, acc);
      }
      acc.count += 1;
      acc.starts.push(mention.start);
      acc.ends.push(mention.end);
      if (!acc.sentenceIndexes.includes(mention.sentence)) {
        acc.sentenceIndexes.push(mention.sentence);
        acc.sentences.push(evidenceOf(mention.sentence, mention.start, mention.end));
      }
    }

    const pairs = new Map<string, PairAccumulator>();
    const addPair = (type: RelType, from: string, to: string, cue: string, sentence: number, start: number, end: number): void => {
      const key = `${type}|${from}|${to}`;
      let acc = pairs.get(key);
      if (!acc) {
        acc = { type, from, to, count: 0, cues: new Set(), sentenceIndexes: [], sentences: [], starts: [], ends: [] };
        pairs.set(key, acc);
      }
      if (cue) acc.cues.add(cue);
      if (acc.sentenceIndexes.includes(sentence) && type === REL_TYPES.coOccurs) return;
      acc.count += 1;
      if (!acc.sentenceIndexes.includes(sentence)) acc.sentenceIndexes.push(sentence);
      if (acc.sentences.length < MAX_PAIR_SENTENCES) {
        const evidence = evidenceOf(sentence, start, end);
        if (!acc.sentences.includes(evidence)) {
          acc.sentences.push(evidence);
          acc.starts.push(start);
          acc.ends.push(end);
        }
      }
    };

    const bySentence = new Map<number, ResolvedMention[]>();
    for (const mention of resolved) {
      const list = bySentence.get(mention.sentence) ?? [];
      list.push(mention);
      bySentence.set(mention.sentence, list);
    }

    for (const [sentenceIndex, mentions] of bySentence) {
      const sentence = sentenceByIndex.get(sentenceIndex);
      // CO_OCCURS: every pair of distinct entities in the sentence, directed by id so that one pair is one relationship.
      const firstById = new Map<string, ResolvedMention>();
      for (const mention of mentions) if (!firstById.has(mention.entityId)) firstById.set(mention.entityId, mention);
      const distinct = [...firstById.keys()].sort();
      for (let i = 0; i < distinct.length; i += 1) {
        for (let j = i + 1; j < distinct.length; j += 1) {
          const a = firstById.get(distinct[i] ?? '');
          const b = firstById.get(distinct[j] ?? '');
          if (!a || !b) continue;
          addPair(REL_TYPES.coOccurs, a.entityId, b.entityId, '', sentenceIndex, Math.min(a.start, b.start), Math.max(a.end, b.end));
        }
      }

      for (const finding of findSentenceRelations(text, mentions)) addFinding(addPair, finding);

      if (!sentence) continue;
      const projects = mentions.filter((m) => m.type === 'project');
      if (projects.length === 0) continue;
      const sentenceText = text.slice(sentence.start, sentence.end);

      for (const figure of findInvestments(sentenceText)) {
        const start = sentence.start + figure.start;
        const end = sentence.start + figure.end;
        const project = findInvestedProject(text, projects, start, end);
        const acc = project ? mentionsAcc.get(project.entityId) : undefined;
        if (!project || !acc || acc.investmentText !== undefined) continue;
        if (figure.amountCny !== undefined) acc.investmentCny = figure.amountCny;
        acc.investmentText = figure.text;
        acc.investmentSentence = cutEvidence(text, sentence, Math.min(start, project.start), Math.max(end, project.end));
      }

      const clauses = splitClauses(text, sentence);
      const clauseOf = (offset: number): number => clauses.findIndex((c) => offset >= c.start && offset < c.end);
      for (const word of findStageWords(sentenceText)) {
        let clause = clauseOf(sentence.start + word.start);
        // A stage word in a clause without a project belongs to the projects of the nearest clause before it.
        for (; clause >= 0; clause -= 1) {
          const span = clauses[clause];
          const inClause = span ? projects.filter((p) => p.start >= span.start && p.start < span.end) : [];
          if (inClause.length === 0) continue;
          for (const project of inClause) mentionsAcc.get(project.entityId)?.stages.add(word.stage);
          break;
        }
      }
    }

    // Name rules: a company inside a project's name, a park or region heading a project's or park's name.
    const firstMention = new Map<string, ResolvedMention>();
    for (const mention of resolved) if (!firstMention.has(mention.entityId)) firstMention.set(mention.entityId, mention);
    // Companies of this report, and those of other reports under a name long enough to be unambiguous.
    const companyNames = [
      ...[...firstMention.values()]
        .filter((m) => m.type === 'company')
        .flatMap((m) => companyNamesOf(entities.get(m.entityId)).map((name) => ({ name, companyId: m.entityId }))),
      ...corpusCompanyNames.filter(({ companyId }) => !firstMention.has(companyId)),
    ];
    for (const mention of firstMention.values()) {
      const entity = entities.get(mention.entityId);
      if (!entity || (entity.type !== 'project' && entity.type !== 'park')) continue;
      if (entity.type === 'project') {
        const companies = new Set(companyNames.filter(({ name }) => isCompanyInName(entity.name, name)).map(({ companyId }) => companyId));
        for (const companyId of companies) {
          addPair(REL_TYPES.builds, companyId, entity.id, 'name', mention.sentence, mention.start, mention.end);
        }
      }
      const container = findContainerByPrefix(entity, prefixIndex, regionNodes, entities, document.region);
      // 上海九泽等企业康养项目 in a 普洱 report: the distant region heads a company's name, not the project's place.
      const containerRegion = container ? regionNodes.get(container) : undefined;
      const isInCompanyName =
        containerRegion !== undefined &&
        sharedPathLength(containerRegion, document.region) === 0 &&
        companyNames.some(({ name }) => name.startsWith(containerRegion.name.slice(0, 2)) && name.length > 2 && isCompanyInName(entity.name, name));
      if (container && !isInCompanyName) addPair(REL_TYPES.locatedIn, entity.id, container, 'prefix', mention.sentence, mention.start, mention.end);
    }

    for (const acc of [...mentionsAcc.values()].sort((a, b) => a.entityId.localeCompare(b.entityId))) {
      const properties: Properties = {
        report,
        ...yearProps,
        count: acc.count,
        sentences: acc.sentences,
        sentenceIndexes: acc.sentenceIndexes,
        starts: acc.starts,
        ends: acc.ends,
      };
      if (acc.investmentCny !== undefined) properties.investmentCny = acc.investmentCny;
      if (acc.investmentText !== undefined) properties.investmentText = acc.investmentText;
      if (acc.investmentSentence !== undefined) properties.investmentSentence = acc.investmentSentence;
      if (acc.stages.size > 0) properties.stages = sortStages(acc.stages);
      relationships.push({ type: REL_TYPES.mentions, from: report, to: acc.entityId, properties });
      const list = mentionsByEntity.get(acc.entityId) ?? [];
      list.push({ report, year: document.year, count: acc.count });
      mentionsByEntity.set(acc.entityId, list);
    }

    for (const acc of pairs.values()) {
      const properties: Properties = { report, ...yearProps, sentences: acc.sentences, sentenceIndexes: acc.sentenceIndexes, starts: acc.starts, ends: acc.ends };
      if (acc.type === REL_TYPES.coOccurs) {
        properties.weight = acc.count;
      } else {
        properties.count = acc.count;
        properties.sentence = acc.sentences[0] ?? '';
        properties.cues = [...acc.cues].sort();
      }
      relationships.push({ type: acc.type, from: acc.from, to: acc.to, properties });
    }
  });

  const nodes = [...reportNodes, ...toEntityNodes(entities, regionNodes, mentionsByEntity)];
  nodes.sort((a, b) => compareStrings(a.id, b.id));
  const sorted = sortRelationships(relationships);
  addReportDigests(reportNodes, sorted);
  return { version: 1, nodes, relationships: sorted, summary: summarizeGraph(documents.length, nodes, sorted) };
}

/**
 * `digest` on each report: a fingerprint of the report node and every relationship that came
 * from it, so the loader can skip reports that have not changed.
 */
function addReportDigests(reportNodes: GraphNode[], relationships: readonly GraphRelationship[]): void {
  const relsByReport = new Map<string, GraphRelationship[]>();
  for (const rel of relationships) {
    const report = rel.properties.report;
    if (typeof report !== 'string') continue;
    const list = relsByReport.get(report);
    if (list) list.push(rel);
    else relsByReport.set(report, [rel]);
  }
  for (const node of reportNodes) node.properties.digest = digestReport(node, relsByReport.get(node.id) ?? []);
}

/** By type, from, to, report: a key per relationship, compared once each. */
function sortRelationships(relationships: readonly GraphRelationship[]): GraphRelationship[] {
  const keyed = relationships.map((rel) => ({ rel, key: `${rel.type}\u0000${rel.from}\u0000${rel.to}\u0000${String(rel.properties.report ?? '')}` }));
  keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return keyed.map(({ rel }) => rel);
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function addFinding(
  addPair: (type: RelType, from: string, to: string, cue: string, sentence: number, start: number, end: number) => void,
  finding: RelationFinding,
): void {
  addPair(finding.type, finding.from, finding.to, finding.cue, finding.sentence, finding.start, finding.end);
}

/**
 * The project an investment figure belongs to: the one it directly precedes
 * (总投资8亿元的P项目) or directly follows (P项目，总投资8亿元). A figure summing
 * a list (P等总投资50亿元的18个项目, 投资超60亿元，P…) belongs to none.
 */
function findInvestedProject(text: string, projects: readonly ResolvedMention[], start: number, end: number): ResolvedMention | undefined {
  const after = projects.find((p) => p.start >= end && /^的?$/.test(text.slice(end, p.start)));
  if (after) return /^的?\d+个/.test(text.slice(end, end + 6)) ? undefined : after;
  return projects.find((p) => p.end <= start && /^[，,：:（(]?$/.test(text.slice(p.end, start)));
}

function namesOf(entity: ResolvedEntity | undefined): string[] {
  if (!entity) return [];
  return [...new Set([entity.name, ...entity.variants.keys()])];
}

/** A company's name and its longer variants (short forms of two characters are too ambiguous inside other names). */
function companyNamesOf(entity: ResolvedEntity | undefined): string[] {
  if (!entity) return [];
  return namesOf(entity).filter((name) => name === entity.name || name.length >= 3);
}

/** 久泰新材料 heads 久泰新材料年产100万吨煤制乙二醇项目 (possibly after a place name: 内蒙古久泰…). */
function isCompanyInName(projectName: string, companyName: string): boolean {
  const at = projectName.indexOf(companyName);
  if (companyName.length < 2 || at < 0 || at > 3 || projectName.length <= companyName.length) return false;
  return !isOutputFigureAfter(companyName, projectName.slice(at + companyName.length));
}

type PrefixIndex = Map<string, string[]>;

/** How the name of a park ends (宝兴工业园, 乌海高新区, 物流基地, 临空港, 智造谷). */
const PARK_SUFFIX = /(?:园|园区|区|基地|港|城|谷|带|小镇|中心|示范区)$/;

/** Names of parks and regions (with their short forms) → entity ids, for the prefix rule. */
function buildPrefixIndex(entities: Map<string, ResolvedEntity>, regionNodes: Map<string, GazetteerRegion>): PrefixIndex {
  const index: PrefixIndex = new Map();
  const add = (name: string, id: string): void => {
    if (name.length < MIN_PREFIX_CHARS) return;
    const ids = index.get(name) ?? [];
    if (!ids.includes(id)) ids.push(id);
    index.set(name, ids);
  };
  for (const entity of entities.values()) {
    // Regions only from the gazetteer: 湘江新区 is not in the river 湘江.
    if (entity.region) for (const name of namesOf(entity)) add(name, entity.id);
    // A park heads a name only under a park's name (中核汇能光伏项目 is not in a park 中核).
    if (entity.type === 'park') for (const name of namesOf(entity)) if (PARK_SUFFIX.test(name)) add(name, entity.id);
  }
  for (const [id, region] of regionNodes) add(region.name, id);
  return index;
}

/** The park or region whose name heads `entity`'s name (宝兴工业园汉白玉项目 → 宝兴工业园), longest first. */
function findContainerByPrefix(
  entity: ResolvedEntity,
  index: PrefixIndex,
  regionNodes: Map<string, GazetteerRegion>,
  entities: Map<string, ResolvedEntity>,
  context: GazetteerRegion | null,
): string | undefined {
  for (let length = entity.name.length - MIN_PREFIX_CHARS; length >= MIN_PREFIX_CHARS; length -= 1) {
    // 澜沧江至大中河水库: a river named after a place runs through many places.
    if (entity.name[length] === '江') continue;
    const ids = (index.get(entity.name.slice(0, length)) ?? []).filter((id) => {
      const region = regionNodes.get(id);
      // A county or town name heading a name points there only inside the issuing region's province (惠民镇… is not 惠民县).
      const isLocal = !region || region.level === 'province' || region.level === 'city' || sharedPathLength(region, context) > 0;
      return id !== entity.id && isLocal;
    });
    if (ids.length === 0) continue;
    if (ids.length === 1) return ids[0];
    // Two regions share a short name (two 朝阳区): take the one nearest the issuing region.
    const scored = ids
      .map((id) => ({ id, shared: sharedPathLength(regionNodes.get(id) ?? entities.get(id)?.region, context) }))
      .sort((a, b) => b.shared - a.shared || compareStrings(a.id, b.id));
    const [first, second] = scored;
    if (first && first.shared > 0 && (!second || second.shared < first.shared)) return first.id;
    return undefined;
  }
  return undefined;
}

function sharedPathLength(region: GazetteerRegion | undefined, context: GazetteerRegion | null): number {
  if (!region || !context) return 0;
  let shared = 0;
  while (shared < region.pathCodes.length && region.pathCodes[shared] === context.pathCodes[shared]) shared += 1;
  return shared;
}

function toEntityNodes(
  entities: Map<string, ResolvedEntity>,
  regionNodes: Map<string, GazetteerRegion>,
  mentionsByEntity: Map<string, Array<{ report: string; year: number | null; count: number }>>,
): GraphNode[] {
  const nodes: GraphNode[] = [];
  const ids = new Set([...entities.keys(), ...regionNodes.keys()]);
  for (const id of ids) {
    const entity = entities.get(id);
    const region = regionNodes.get(id) ?? entity?.region;
    const type = entity?.type ?? 'region';
    const name = region?.name ?? entity?.name ?? id;
    const mentions = mentionsByEntity.get(id) ?? [];
    if (entity && mentions.length === 0 && !region) continue;
    const aliases = [...(entity?.variants.keys() ?? [])].filter((v) => v !== name).sort(compareStrings);
    const years = [...new Set(mentions.map((m) => m.year).filter((y): y is number => y !== null))].sort((a, b) => a - b);
    const properties: Properties = {
      id,
      type,
      name,
      aliases,
      mentionCount: mentions.reduce((sum, m) => sum + m.count, 0),
      reportCount: mentions.length,
      years,
      pinyin: toPinyin(name, 'pinyin'),
      initials: toPinyin(name, 'first'),
    };
    if (region) {
      properties.code = region.code;
      properties.level = region.level;
      properties.path = region.path;
      properties.pathCodes = region.pathCodes;
    }
    if (type === 'slogan') {
      const expansion = findSloganExpansion(name);
      if (expansion) properties.expansion = [...expansion];
    }
    nodes.push({ id, labels: [NODE_LABELS.entity, ENTITY_LABELS[type]], properties });
  }
  return nodes;
}

function summarizeGraph(documents: number, nodes: readonly GraphNode[], relationships: readonly GraphRelationship[]): GraphSummary {
  const nodesByLabel: Record<string, number> = {};
  for (const node of nodes) for (const label of node.labels) nodesByLabel[label] = (nodesByLabel[label] ?? 0) + 1;
  const relationshipsByType: Record<string, number> = {};
  for (const rel of relationships) relationshipsByType[rel.type] = (relationshipsByType[rel.type] ?? 0) + 1;
  return { documents, nodes: nodes.length, relationships: relationships.length, nodesByLabel, relationshipsByType };
}
