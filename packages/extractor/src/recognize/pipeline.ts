/**
 * The recognition pipeline: prepares the text once, runs every recogniser, derives
 * nested and coordinated names, and resolves overlaps into the final mentions.
 */
import { findSentenceIndex, splitSentences } from '../text/sentences.ts';
import type { Mention, Sentence } from '../types.ts';
import type { EntityType } from '../vocabulary.ts';
import { extendOverMiddleDot, scanNameLeft } from './boundary.ts';
import type { Candidate } from './candidate.ts';
import { PRIORITY } from './candidate.ts';
import { recognizeCompanyForms } from './company-forms.ts';
import { recognizeLexiconMentions } from './lexicon-matches.ts';
import { recognizeCountedBuildingLists, recognizeCuedLists, recognizeExpansionLists, recognizeFramedLists, recognizeUpgradedSites } from './lists.ts';
import { GENERIC_NAMES, GENERIC_WORDS, LEFT_BOUNDARY_WORDS } from './lexicons.ts';
import { recognizeCapacityItems, recognizeCompanySubjects, recognizeHeadedNames, recognizeInstituteAbbreviations, recognizeQualifiedQuoteProjects } from './names.ts';
import { recognizeMarkedSpans } from './quoted.ts';
import { recognizeMountainLists, recognizeRegions } from './regions.ts';
import { deriveRoadSections, recognizeExtensionLines, recognizeNumberedRoads } from './roads.ts';
import { isPlaceName } from './lexicon-matches.ts';
import { createTextView, isHan, type TextView } from './text-view.ts';
import { lookupFrequency } from './tokenizer.ts';

export interface ExtractionResult {
  sentences: Sentence[];
  mentions: Mention[];
}

/** Inner types that stay when nested in an outer entity (guide rule 1, slogans in titles). */
const NESTING_ALLOWED = new Set(['slogan>project', 'policy>project', 'company>project', 'company>park', 'organization>project', 'organization>park', 'slogan>policy', 'company>organization']);

/**
 * Finds the entities of a document. Pure: same text, same result; never throws on any
 * string; every mention satisfies `text.slice(start, end) === mention.text`.
 */
export function extractMentions(text: string): ExtractionResult {
  if (typeof text !== 'string' || text.length === 0) return { sentences: splitSentences(''), mentions: [] };
  const view = createTextView(text);
  const sentences = splitSentences(view.text);
  const marked = recognizeMarkedSpans(view);
  const candidates: Candidate[] = [
    ...marked.candidates,
    ...recognizeLexiconMentions(view),
    ...recognizeHeadedNames(view),
    ...recognizeCapacityItems(view),
    ...recognizeQualifiedQuoteProjects(view),
    ...recognizeCompanySubjects(view),
    ...recognizeInstituteAbbreviations(view),
    ...recognizeCompanyForms(view),
    ...recognizeRegions(view),
    ...recognizeMountainLists(view),
    ...recognizeCuedLists(view),
    ...recognizeCountedBuildingLists(view),
    ...recognizeFramedLists(view),
    ...recognizeExpansionLists(view),
    ...recognizeUpgradedSites(view),
    ...recognizeNumberedRoads(view),
    ...recognizeExtensionLines(view),
  ];
  const withDerived = [...candidates.filter((c) => !isGenericReading(view.text.slice(c.start, c.end), c.type) && !isListKind(view.text, c)), ...deriveCompanies(view, candidates), ...deriveCoordinated(view, candidates), ...deriveRoadSections(view, candidates)];
  const resolved = resolveBySentence(withDerived, marked.quotedSpans, sentences);
  const mentions: Mention[] = resolved.map((c) => {
    const surface = text.slice(c.start, c.end);
    return {
      type: c.type,
      text: surface,
      canonical: toCanonicalName(view.text.slice(c.start, c.end)),
      start: c.start,
      end: c.end,
      sentence: findSentenceIndex(sentences, c.start),
    };
  });
  return { sentences, mentions };
}

/** A count before a generic head (四大园区, “六大园区”, 十大工业项目) names no single thing. */
const COUNTED_GENERIC = /^[“"]?[一二三四五六七八九十百千两\d]+[大个项类批][\u4e00-\u9fff]{0,8}?(园区|项目|产业园|工业园|开发区|基地|公园|景区|小区|学校)[”"]?$/;
/** A technique is not an undertaking: 物联网技术, 遥感技术 in a list of projects. */
const TECHNIQUE = /技术$/;

/** Projects qualified only by administrative levels: 省州重大项目, 市县重点工程. */
const LEVEL_QUALIFIED_GENERIC = /^[省市州县区乡镇村级]+(重大|重点|民生|产业|基础设施|建设)*(项目|工程)$/;

/** The words right after 等 close a list: they name the kind of its items (等新城主干道项目), not one undertaking. */
const LIST_CLOSER = /等[\d一二三四五六七八九十两百几多]*[个项批座所处条]?$/;

function isListKind(text: string, c: Candidate): boolean {
  return (c.type === 'project' || c.type === 'park') && LIST_CLOSER.test(text.slice(Math.max(0, c.start - 5), c.start));
}

/** A scale target (千亿级示范区, 百亿级产业园) describes what a place should become, not a named zone. */
const SCALE_TARGET = /^[十百千万]+亿级/;

function isGenericReading(surface: string, type: EntityType): boolean {
  if (COUNTED_GENERIC.test(surface) || LEVEL_QUALIFIED_GENERIC.test(surface)) return true;
  if ((type === 'project' || type === 'park') && SCALE_TARGET.test(surface)) return true;
  // 某某4大片区: a count glued before the head counts areas, the last item of a list is no name.
  if (type === 'park' && /[\d一二三四五六七八九十两]+大[\u4e00-\u9fff]{1,3}$/.test(surface)) return true;
  return type === 'project' && TECHNIQUE.test(surface);
}

/** Name used to merge mentions: no spaces or quote marks, width folded. */
export function toCanonicalName(surface: string): string {
  return surface.replace(/[\s“”"‘’'《》]/g, '');
}

const CAPACITY_BRAND = /^([\u4e00-\u9fff]{2,6}?)(?:年产)?[\d.]+(?:万|亿|千)?(?:吨|吉瓦|兆瓦|千瓦|GW|MW|台|套|件|头|只|片|平方米|立方米|锭|辆)/;
/** Leading words that describe the undertaking, not its owner (新建10万吨, 年产…, 总投资…). */
const CAPACITY_NOT_BRAND = /新增|新建|改建|扩建|建设|实施|年产|总投资|投资|产能|规模|全市|全县|全区|全省|我市|我县|我区|[省市县区镇乡村]$|^[省市县区]/;
const OOV_TAGS = new Set(['x', 'nz', 'nt', 'j', 'eng']);
const PRODUCT_AFTER = /^[\u4e00-\u9fff]{0,2}[\d.]+(万|亿|千)?(吨|千瓦|吉瓦|兆瓦|GW|MW|台|套|头|只|平方米|立方米|件|片|条)|^(光伏|玻璃|新材料|新能源|锂电|电池|智能|科技|铜|铝|硅|钢|化工|生物|医药|食品|乳|电子|装备|汽车|服务器|数据|人工智能|现代|高端|绿色|年产|节能|轻质|高效|环保|精密|新型|特种|有机|无机|碳|氢|储能|风电|光电|半导体|芯片|显示|材料|机械|重工|纺织|服装|家居|家电|[\u4e00-\u9fff]{2}(内蒙古|国家|省|基因|检测))/;

/**
 * A company name at the front of a project name is a company of its own (guide rule 1):
 * 福莱特光伏玻璃项目 → 福莱特; and the distinctive part of a company with a head
 * (多氟多新能源公司 → 多氟多) where it also stands alone.
 */
function deriveCompanies(view: TextView, candidates: Candidate[]): Candidate[] {
  const { text, tokens, tokenAt, boundaryAt } = view;
  const out: Candidate[] = [];
  const shortForms = new Set<string>();
  for (const c of candidates) {
    if (c.type === 'park') {
      // 万魔声学产业园: an unknown brand and a firm-name word open the park's name; that firm is a company of its own.
      const index = tokenAt[c.start] ?? -1;
      const brand = tokens[index];
      if (!brand || brand.start !== c.start || !OOV_TAGS.has(brand.tag) || brand.word.length < 2 || !isHan(brand.word[0]) || GENERIC_WORDS.has(brand.word) || isPlaceName(brand.word)) continue;
      const end = extendOverFirmWord(view, index, c.end);
      if (end > brand.end) out.push({ type: 'company', start: c.start, end, rule: 'company-in-park', priority: PRIORITY.derived });
      continue;
    }
    if (c.type !== 'project' && c.type !== 'company') continue;
    // 包钢200万吨特种钢项目: the brand before a capacity is a company, whatever jieba makes of it.
    const capacity = c.type === 'project' ? CAPACITY_BRAND.exec(text.slice(c.start, c.end)) : null;
    if (capacity) {
      const brand = capacity[1] as string;
      if (!GENERIC_WORDS.has(brand) && !isPlaceName(brand) && !CAPACITY_NOT_BRAND.test(brand) && view.boundaryAt[c.start + brand.length]) {
        out.push({ type: 'company', start: c.start, end: c.start + brand.length, rule: 'company-before-capacity', priority: PRIORITY.derived });
        shortForms.add(brand);
        continue;
      }
    }
    const firstIndex = tokenAt[c.start] ?? -1;
    const first = tokens[firstIndex];
    if (!first || first.start !== c.start || first.end >= c.end) continue;
    const word = first.word;
    if (!OOV_TAGS.has(first.tag) || word.length < 2 || word.length > 4 || !isHan(word[0]) || GENERIC_WORDS.has(word) || isPlaceName(word)) {
      // 旷/视 + 人工智能…平台: unknown names fall apart into single characters or rare words.
      const brandEnd = c.type === 'project' ? findBrandRunEnd(view, firstIndex, c.end) : -1;
      if (brandEnd > 0) out.push({ type: 'company', start: c.start, end: brandEnd, rule: 'company-in-project', priority: PRIORITY.derived });
      continue;
    }
    if (c.type === 'project') {
      // An item of a project list (冠宇软包…扩产等一批项目) opens with its owner whatever product follows.
      const listItem = c.rule === 'list-project' && first.tag === 'x' && lookupFrequency(word) === 0;
      const end = extendOverFirmWord(view, firstIndex, c.end);
      if (c.end - first.end < 4 || (!listItem && end === first.end && !PRODUCT_AFTER.test(text.slice(first.end, first.end + 6)))) continue;
      out.push({ type: 'company', start: first.start, end, rule: 'company-in-project', priority: PRIORITY.derived });
    }
    shortForms.add(word);
  }
  if (shortForms.size === 0) return out;
  for (const token of tokens) {
    if (!shortForms.has(token.word) || token.tag !== 'x' || !boundaryAt[token.start] || !boundaryAt[token.end]) continue;
    out.push({ type: 'company', start: token.start, end: token.end, rule: 'company-short', priority: PRIORITY.weak });
  }
  return out;
}

/**
 * The end of a leading brand made of unknown pieces (single characters, out-of-vocabulary or
 * rare words) of 2–5 characters, followed by a product or sector word; -1 when there is none.
 */
function findBrandRunEnd(view: TextView, firstIndex: number, limit: number): number {
  const { text, tokens } = view;
  const start = tokens[firstIndex]?.start ?? -1;
  let end = -1;
  let singles = 0;
  for (let j = firstIndex; j < tokens.length; j++) {
    const t = tokens[j] as (typeof tokens)[number];
    if (t.end > limit - 4 || t.end - start > 5 || !isHan(t.word[0])) break;
    const single = t.word.length === 1;
    const unknown = OOV_TAGS.has(t.tag) || single || lookupFrequency(t.word) < 30;
    if (!unknown || GENERIC_WORDS.has(t.word) || LEFT_BOUNDARY_WORDS.has(t.word)) break;
    if (single) singles++;
    end = t.end;
  }
  if (end < 0 || end - start < 2) return -1;
  const brand = text.slice(start, end);
  // One known word alone is not a brand here (the first-token rule covers out-of-vocabulary words).
  if (singles === 0 && tokens[firstIndex]?.end === end) return -1;
  if (GENERIC_WORDS.has(brand) || isPlaceName(brand) || lookupFrequency(brand) > 0 || !PRODUCT_AFTER.test(text.slice(end, end + 6))) return -1;
  return end;
}

/** Trade words that firms carry in their names (万魔声学, 久泰新材料): after a brand inside a longer name they belong to the company. */
const FIRM_NAME_WORDS = new Set(['声学', '光电', '智造', '新材料', '分子生物', '生物科技', '微电子', '精工', '精密', '车联', '机器人', '智能科技', '电子科技', '股份', '演艺', '传媒', '文旅']);

/** The end of the company whose brand is token `brandIndex`: over one following firm-name word when more of the name follows. */
function extendOverFirmWord(view: TextView, brandIndex: number, limit: number): number {
  const brand = view.tokens[brandIndex] as (typeof view.tokens)[number];
  const next = view.tokens[brandIndex + 1];
  if (!next || next.start !== brand.end || next.end >= limit || !FIRM_NAME_WORDS.has(next.word)) return brand.end;
  return next.end;
}

const PHASE = /^[一二三四五六七八九十\d]+期$/;

/** 出居沟、土巴沟电站: a bare list item before a headed name shares its head's type (guide rule 9). */
function deriveCoordinated(view: TextView, candidates: Candidate[]): Candidate[] {
  const { text } = view;
  const out: Candidate[] = [];
  for (const c of candidates) {
    if (c.type !== 'project' && c.type !== 'park' && c.type !== 'region') continue;
    if (!c.rule.endsWith('-head')) continue;
    let end = c.start - 1;
    while (end > 0 && text[end] === '、') {
      const pieces = scanNameLeft(view, end, { maxChars: 6 });
      if (pieces.length === 0) break;
      // A name that runs on past the limit (红色文化教育培训基地) is no short item.
      if ((scanNameLeft(view, end, { maxChars: 12 })[0]?.start ?? end) < (pieces[0]?.start ?? end)) break;
      const start = extendOverMiddleDot(view, pieces[0]?.start ?? end);
      const item = text.slice(start, end).replace('·', '');
      // 沿江、沿海经济带: before an area head only a rare word or a place is a name.
      if (c.type === 'region' && (/^[沿环]|^[东西南北中]+$/.test(item) || (lookupFrequency(item) > 300 && !isPlaceName(item)))) break;
      if (item.length < 2 || item.length > (start < (pieces[0]?.start ?? end) ? 8 : 5) || PHASE.test(item) || GENERIC_NAMES.has(item) || !/^[\u4e00-\u9fff]+$/.test(item) || pieces.every((p) => GENERIC_WORDS.has(p.word) || LEFT_BOUNDARY_WORDS.has(p.word))) break;
      // A region reading of the item or inside it (平江、华容电厂) gives way to the shared head's type.
      if (candidates.some((o) => o.start < end && start < o.end && !(o.type === 'region' && o.start >= start && o.end <= end))) break;
      out.push({ type: c.type, start, end, rule: 'coordinated', priority: PRIORITY.derived });
      end = start - 1;
    }
  }
  return out;
}

/** Overlaps are resolved sentence by sentence (no name runs across a sentence end), keeping the work linear in the text. */
function resolveBySentence(candidates: Candidate[], quotedSpans: Array<{ start: number; end: number }>, sentences: Sentence[]): Candidate[] {
  const groups = new Map<number, Candidate[]>();
  for (const c of candidates) {
    const index = findSentenceIndex(sentences, c.start);
    const group = groups.get(index);
    if (group) group.push(c);
    else groups.set(index, [c]);
  }
  const quotesBySentence = new Map<number, Array<{ start: number; end: number }>>();
  for (const q of quotedSpans) {
    const index = findSentenceIndex(sentences, q.start);
    const group = quotesBySentence.get(index);
    if (group) group.push(q);
    else quotesBySentence.set(index, [q]);
  }
  const out: Candidate[] = [];
  for (const index of [...groups.keys()].sort((a, b) => a - b)) {
    const nearby = [index - 1, index, index + 1].flatMap((i) => quotesBySentence.get(i) ?? []);
    out.push(...resolveOverlaps(groups.get(index) ?? [], nearby));
  }
  return out;
}

function contains(outer: Candidate, inner: Candidate): boolean {
  return outer.start <= inner.start && inner.end <= outer.end && (outer.end - outer.start) > (inner.end - inner.start);
}

/** Keeps one reading per span and drops nested or crossing candidates the guide does not annotate. */
function resolveOverlaps(candidates: Candidate[], quotedSpans: Array<{ start: number; end: number }>): Candidate[] {
  // One candidate per span: the highest priority.
  const bySpan = new Map<string, Candidate>();
  for (const c of candidates) {
    if (c.end <= c.start) continue;
    const key = `${c.start}:${c.end}`;
    const existing = bySpan.get(key);
    if (!existing || c.priority > existing.priority) bySpan.set(key, c);
  }
  let list = [...bySpan.values()].sort((a, b) => a.start - b.start || b.end - a.end || b.priority - a.priority);

  // Candidates that cut through a quote (start or end inside it, but not both) are dropped.
  list = list.filter((c) => c.rule.startsWith('quote') || c.rule === 'title' || !quotedSpans.some((q) => crosses(c, q)));

  // Crossing candidates: the higher priority (then the longer) wins.
  const kept: Candidate[] = [];
  for (const c of [...list].sort((a, b) => b.priority - a.priority || (b.end - b.start) - (a.end - a.start))) {
    if (kept.some((k) => k.start < c.end && c.start < k.end && !contains(k, c) && !contains(c, k))) continue;
    kept.push(c);
  }
  // Nesting: an inner candidate survives only where the guide annotates nested names.
  const result = kept.filter((inner) => {
    for (const outer of kept) {
      if (outer === inner || !contains(outer, inner)) continue;
      if (outer.rule === 'title' && inner.type !== 'slogan') return false;
      if (!NESTING_ALLOWED.has(`${inner.type}>${outer.type}`)) return false;
    }
    return true;
  });
  return result.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Rules whose names stay valid at a quote's edge (a province opening an honour, a programme opening a quote). */
const EDGE_RULES = new Set(['full-name', 'short-name', 'alias', 'policy-head']);

function crosses(c: { start: number; end: number; rule?: string }, q: { start: number; end: number }): boolean {
  // A gazetteer name starting or ending exactly at the quote's edge (“广东省教育强市”) lies inside it.
  const edge = c.rule !== undefined && EDGE_RULES.has(c.rule);
  const startsInside = edge ? c.start >= q.start && c.start < q.end : c.start > q.start && c.start < q.end;
  const endsInside = edge ? c.end > q.start && c.end <= q.end : c.end > q.start && c.end < q.end;
  return startsInside !== endsInside;
}

export type { EntityType };
