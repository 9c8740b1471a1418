/**
 * The recognition pipeline: prepares the text once, runs every recogniser, derives
 * nested and coordinated names, and resolves overlaps into the final mentions.
 */
import { findSentenceIndex, splitSentences } from '../text/sentences.ts';
import type { Mention, Sentence } from '../types.ts';
import type { EntityType } from '../vocabulary.ts';
import { extendOverMiddleDot, leftScan, scanNameLeft } from './boundary.ts';
import type { Candidate } from './candidate.ts';
import { PRIORITY } from './candidate.ts';
import { recognizeCompanyForms } from './company-forms.ts';
import { recognizeLexiconMentions } from './lexicon-matches.ts';
import { deriveListMates, recognizeCountedBuildingLists, recognizeCuedLists, recognizeExpansionLists, recognizeFramedLists, recognizeUpgradeLists, recognizeUpgradedSites } from './lists.ts';
import { GENERIC_NAMES, GENERIC_WORDS, INDUSTRY_WORDS, LEFT_BOUNDARY_WORDS, PROVINCE_ABBREVIATION_CHARS } from './lexicons.ts';
import { ELEMENTS_ONLY, recognizeCapacityItems, recognizeCompanySubjects, recognizeCuedUndertakings, recognizeHeadedNames, recognizeBracketedInstitutes, recognizeInstituteAbbreviations, recognizeQualifiedQuoteProjects, recognizeWaterWorks } from './names.ts';
import { recognizeMarkedSpans } from './quoted.ts';
import { recognizeMountainLists, recognizeRegions } from './regions.ts';
import { deriveRoadSections, recognizeCuedStreetLists, recognizeExtensionLines, recognizeNumberedRoads, recognizeRouteSegmentLists } from './roads.ts';
import { isPlaceName } from './lexicon-matches.ts';
import { createTextView, isHan, type TextView } from './text-view.ts';
import { lookupFrequency, lookupTag } from './tokenizer.ts';

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
    ...recognizeCuedUndertakings(view),
    ...recognizeCapacityItems(view),
    ...recognizeWaterWorks(view),
    ...recognizeQualifiedQuoteProjects(view, marked.quotes),
    ...recognizeCompanySubjects(view),
    ...recognizeInstituteAbbreviations(view),
    ...recognizeBracketedInstitutes(view),
    ...recognizeCompanyForms(view),
    ...recognizeRegions(view),
    ...recognizeMountainLists(view),
    ...recognizeCuedLists(view),
    ...recognizeCountedBuildingLists(view),
    ...recognizeFramedLists(view),
    ...recognizeExpansionLists(view),
    ...recognizeUpgradeLists(view),
    ...recognizeUpgradedSites(view),
    ...recognizeNumberedRoads(view),
    ...recognizeExtensionLines(view),
    ...recognizeRouteSegmentLists(view),
    ...recognizeCuedStreetLists(view),
  ];
  const kept = candidates.filter((c) => !isGenericReading(view.text.slice(c.start, c.end), c.type) && !isListKind(view.text, c) && !isTownListWork(view.text, c, candidates));
  const withDerived = [...kept, ...deriveCompanies(view, candidates), ...deriveListMates(view, candidates), ...deriveCoordinated(view, kept), ...deriveRoadSections(view, candidates)];
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
  if ((c.type === 'project' || c.type === 'park') && LEVEL_KIND.test(text.slice(c.start, c.end)) && COUNT_AFTER_NAME.test(text.slice(c.end, c.end + 4))) return true;
  return (c.type === 'project' || c.type === 'park') && LIST_CLOSER.test(text.slice(Math.max(0, c.start - 5), c.start));
}

const TOWN_NAME = /(?:镇|乡|街道)$/;

/**
 * 甲镇、乙镇卫生院: a work or facility after a list of towns is the towns' own (like 市人民医院, guide
 * rule 6), so the towns stay places and neither a headed name nor a shared head is read.
 */
function isTownListWork(text: string, c: Candidate, candidates: Candidate[]): boolean {
  if ((c.type !== 'project' && c.type !== 'park') || text[c.start - 1] !== '、') return false;
  const isTown = (o: Candidate): boolean => o.type === 'region' && TOWN_NAME.test(text.slice(o.start, o.end));
  return candidates.some((o) => o.start === c.start && o.end < c.end && isTown(o)) && candidates.some((o) => o.end === c.start - 1 && isTown(o));
}

/** 建成国家森林公园3个: a level and a kind counted after it are a class of facilities, not one. */
const LEVEL_KIND = /^(?:国家|国家级|省级|市级|县级|自治区级)/;
const COUNT_AFTER_NAME = /^[\d一二三四五六七八九十两]+[个座处所家]/;

/** A scale target (千亿级示范区, 百亿级产业园) describes what a place should become, not a named zone. */
const SCALE_TARGET = /^[十百千万]+亿级/;

function isGenericReading(surface: string, type: EntityType): boolean {
  if (COUNTED_GENERIC.test(surface) || LEVEL_QUALIFIED_GENERIC.test(surface)) return true;
  if ((type === 'project' || type === 'park') && SCALE_TARGET.test(surface)) return true;
  // 某某4大片区: a count glued before the head counts areas, the last item of a list is no name.
  if (type === 'park' && /[\d一二三四五六七八九十两]+大[\u4e00-\u9fff]{1,3}$/.test(surface)) return true;
  // 新材料两大产业基地, 番茄、肉羊三大原料基地: a count after the last item sums a list of trades, no one site.
  if ((type === 'project' || type === 'park') && LIST_SUM_BASE.test(surface)) return true;
  // 大型商业综合体, 公园二期: a size class or a bare kind of facility with its phase names no one undertaking.
  if (type === 'project' && (SIZE_CLASS.test(surface) || BARE_KIND_PHASE.test(surface))) return true;
  // 某某等企业康养项目: a span running over 等 and a kind of firm names the firms' projects, not one.
  if (type === 'project' && FIRMS_LIST_INSIDE.test(surface)) return true;
  // 旅游九大工程, 某某十大工程: a count of works is a bundle of programmes, no one undertaking (like the guide's 十大产业项目).
  if (type === 'project' && COUNTED_WORKS.test(surface)) return true;
  // 县县通高速, 村村通客车: a coverage goal for every unit of a level names no one undertaking.
  if (type === 'project' && COVERAGE_GOAL.test(surface)) return true;
  // 54个应用研发项目, 更多研发项目: a kind of research work is no named undertaking.
  if (type === 'project' && RESEARCH_KIND.test(surface)) return true;
  return type === 'project' && TECHNIQUE.test(surface);
}

const LIST_SUM_BASE = /^[\u4e00-\u9fff]{1,4}[两三四五六七八九十]大[\u4e00-\u9fff]{0,4}(基地|园区|产业园|示范区|集聚区)$/;

const RESEARCH_KIND = /^多?(研发|科研|应用研发|技术研发)项目$/;

const COVERAGE_GOAL = /^([省市州县区乡镇村组户])\1通/;

const COUNTED_WORKS = /[一二三四五六七八九十百两\d]+大[\u4e00-\u9fff]{0,4}工程$/;

const SIZE_CLASS = /^(?:大型|中型|小型|中小型|大中型)/;
const BARE_KIND_PHASE = /^(?:公园|园区|项目|工程|厂房|基地|小区|新城|广场)[一二三四五六七八九十]+期$/;
const FIRMS_LIST_INSIDE = /等[\d一二三四五六七八九十两几多]*[家个]?(?:企业|公司|单位)/;

/** Name used to merge mentions: no spaces or quote marks, width folded. */
export function toCanonicalName(surface: string): string {
  return surface.replace(/[\s“”"‘’'《》]/g, '');
}

const CAPACITY_BRAND = /^([\u4e00-\u9fff]{2,7}?)(?:年(?:产|加工|周转|处理|屠宰|出栏))?[\d.]+(?:万|亿|千)?(?:吨|吉瓦|兆瓦|千瓦|GW|MW|台|套|件|头|只|片|平方米|立方米|锭|辆)/;
/** Leading words that describe the undertaking, not its owner (新建10万吨, 年产…, 总投资…). */
const CAPACITY_NOT_BRAND = /新增|新建|改建|扩建|建设|实施|年产|总投资|投资|产能|规模|全市|全县|全区|全省|我市|我县|我区|[省市县区镇乡村]$|^[省市县区]/;
const OOV_TAGS = new Set(['x', 'nz', 'nt', 'j', 'eng']);
/** A product code after a brand (5G, GIS): the brand is a firm's, not a place's or a sector's. */
const PRODUCT_CODE = /^\d+[A-Z]|^[A-Z]{2,4}(?![\dA-Za-z])/;
const PRODUCT_AFTER = /^\d+[A-Z]|^[A-Z]{2,4}(?![\dA-Za-z])|^(车灯|生猪|养殖|涂料|特种|气体|隔膜|纤维|有机硅|轮胎|整机|针状焦|碳纤维|石英|电缆|面板|组件|双玻)|^[\u4e00-\u9fff]{0,2}[\d.]+(万|亿|千)?(吨|千瓦|吉瓦|兆瓦|GW|MW|台|套|头|只|平方米|立方米|件|片|条)|^(光伏|玻璃|新材料|新能源|锂电|电池|智能|科技|铜|铝|硅|钢|化工|生物|医药|食品|乳|电子|装备|汽车|服务器|数据|人工智能|现代|高端|绿色|年产|节能|轻质|高效|环保|精密|新型|特种|有机|无机|碳|氢|储能|风电|光电|半导体|芯片|显示|材料|机械|重工|纺织|服装|家居|家电|[\u4e00-\u9fff]{2}(内蒙古|国家|省|基因|检测))/;

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
      if (!brand || brand.start !== c.start) continue;
      if (!OOV_TAGS.has(brand.tag) || brand.word.length < 2 || !isHan(brand.word[0]) || GENERIC_WORDS.has(brand.word) || isPlaceName(brand.word)) {
        // 芯/茂/微 + 5G产业园: an unknown brand in pieces before a product word.
        const brandEnd = findBrandRunEnd(view, index, c.end);
        if (brandEnd > 0) out.push(makeOwner(view, c.start, extendOverFirmWordAt(view, brandEnd, c.end), 'company-in-park'));
        else if (brand.word.length === 1 && isCoinedBrandBeforeFirmPark(view, index)) out.push(makeOwner(view, c.start, (tokens[index + 1] as (typeof tokens)[number]).end, 'company-in-park'));
        else {
          const owner = findFirmWordOwner(view, index, c.end);
          if (owner) out.push(makeOwner(view, owner.start, owner.end, 'company-in-park'));
        }
        continue;
      }
      const end = extendOverFirmWord(view, index, c.end);
      if (end > brand.end || PRODUCT_CODE.test(text.slice(end, end + 6)) || isCoinedBrandBeforeFirmPark(view, index)) out.push({ type: ownerType(text.slice(c.start, end)), start: c.start, end, rule: 'company-in-park', priority: PRIORITY.derived });
      continue;
    }
    // Institutions being built (某某检测实验室) are named by place and field, not by an owner.
    if (c.type !== 'project' && c.type !== 'company' || c.rule === 'organization-project' || c.rule === 'institution-project') continue;
    if (c.rule === 'company-head') out.push(...findBareFirmNames(view, c));
    if (c.rule === 'lexicon') {
      // 中车 + 时代电气, 富士康 + 工业富联: a known group's name goes on into its subsidiary's.
      const end = findSubsidiaryEnd(view, c.end);
      if (end > c.end) out.push({ type: 'company', start: c.start, end, rule: 'company-subsidiary', priority: PRIORITY.lexicon });
      continue;
    }
    // 包钢200万吨特种钢项目: the brand before a capacity is a company, whatever jieba makes of it.
    const capacity = c.type === 'project' ? CAPACITY_BRAND.exec(text.slice(c.start, c.end)) : null;
    if (capacity) {
      const brand = withoutTrailingPlace(capacity[1] as string);
      // 日产5000吨: a rate of output opens the name, there is no owner.
      if (/^[日月]产/.test(brand)) continue;
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
      // 四川 + 锦鑫瑞 + 电缆…项目: a place opening the owner's name stays in it.
      const placed = c.type === 'project' && isPlaceName(word) ? findPlacedBrandEnd(view, firstIndex, c.end) : -1;
      if (placed > 0) {
        out.push(makeOwner(view, c.start, placed, 'company-in-project'));
        continue;
      }
      const brandEnd = c.type === 'project' ? findBrandRunEnd(view, firstIndex, c.end) : -1;
      if (brandEnd > 0) out.push(makeOwner(view, c.start, extendOverFirmWordAt(view, brandEnd, c.end), 'company-in-project'));
      continue;
    }
    if (c.type === 'project') {
      // An item of a project list (冠宇软包…扩产等一批项目) opens with its owner whatever product follows.
      const listItem = c.rule === 'list-project' && first.tag === 'x' && lookupFrequency(word) === 0 && !isLandformName(word, text[first.end] ?? '');
      const end = extendOverFirmWord(view, firstIndex, c.end);
      if (c.end - first.end < 4 || (!listItem && end === first.end && !PRODUCT_AFTER.test(text.slice(first.end, first.end + 6)) && !isRegionalUnitAfter(text, first.end))) continue;
      out.push(makeOwner(view, first.start, end, 'company-in-project'));
    }
    // A legal name opens with its place (小岗…有限公司): that word alone names no firm.
    if (c.rule !== 'company-legal') shortForms.add(word);
  }
  if (shortForms.size === 0) return out;
  for (const token of findTokensSpelled(view, shortForms)) {
    if (token.tag !== 'x' || !boundaryAt[token.start] || !boundaryAt[token.end]) continue;
    out.push({ type: 'company', start: token.start, end: token.end, rule: 'company-short', priority: PRIORITY.weak });
  }
  return out;
}

/** The park head a single firm builds and names (工业园, 物流园, 开发区 are mostly named by places). */
const FIRM_PARK_HEADS = new Set(['产业园']);

/**
 * 韵达 + 产业园: a coined word jieba does not know, right before the park head a firm builds, is the
 * firm's brand (guide rule 1); places, landforms, trades and province-abbreviation pairs (粤X合作) are not.
 */
function isCoinedBrandBeforeFirmPark(view: TextView, brandIndex: number): boolean {
  const { text, tokens } = view;
  const first = tokens[brandIndex];
  // jieba coins the word (韵达/x) or, in some contexts, leaves it in two single characters (韵 + 达).
  const pieces = first && first.word.length === 1 && tokens[brandIndex + 1]?.word.length === 1 && first.tag !== 'v' ? 2 : 1;
  const next = tokens[brandIndex + pieces];
  if (!first || !next || !FIRM_PARK_HEADS.has(next.word) || pieces === 1 && first.tag !== 'x') return false;
  const brand = text.slice(first.start, next.start);
  if (brand.length < 2 || brand.length > 4 || !isHan(brand[0]) || PROVINCE_ABBREVIATION_CHARS.includes(brand[0] as string) || lookupFrequency(brand) > 0) return false;
  return !GENERIC_WORDS.has(brand) && !INDUSTRY_WORDS.has(brand) && !isPlaceName(brand) && !isLandformName(brand, text[next.start] ?? '');
}

/** 东拉山 + 旅游公路, 邓池 + 沟…小镇: a word ending in (or going on into) a landform names a place, not an owner. */
const LANDFORM_CHAR = /[山河湖岛湾江溪峰岭沟谷洞泉寨]/;
function isLandformName(word: string, next: string): boolean {
  return LANDFORM_CHAR.test(word.slice(-1)) || LANDFORM_CHAR.test(next);
}

/** Name tags jieba gives rare proper words (比亚迪/nr, 华菱/nz): a brand when rare and no place. */
const NAME_TAGS = new Set(['nr', 'nrt', 'nrfg', 'nz', 'ns']);
/** Proper-word tags without places (粤港澳/ns is a region, not a brand). */
const PROPER_TAGS = new Set(['nr', 'nrt', 'nrfg', 'nz']);
/** 中 opens many state-firm short names (中晶, 中锂): a brand's first piece although a generic word. */
const STATE_FIRM_PREFIX = '中';

/** A rare proper or rare plain word that can be (part of) a brand. */
function isRareBrandWord(word: string, tag: string): boolean {
  const frequency = lookupFrequency(word);
  if (NAME_TAGS.has(tag) && frequency < 300) return !isPlaceName(word);
  return frequency < 50;
}

/** 中核克拉玛依 + 100MW: the site's place name after the owner is no part of the owner's name. */
function withoutTrailingPlace(brand: string): string {
  for (let cut = 2; cut <= brand.length - 2; cut++) {
    if (isPlaceName(brand.slice(cut))) return brand.slice(0, cut);
  }
  return brand;
}

/** Company heads that end a subsidiary's name after a group's (时代电气). */
const SUBSIDIARY_HEADS = new Set(['电气', '电子', '科技', '股份', '控股', '能源', '化工', '材料', '新材料', '重工', '汽车', '智能', '电力', '石化']);
const SUBSIDIARY_TAGS = new Set(['x', 'j', 'nz']);
const NOT_NAME_TAGS = /^(v|p|c|u|d|r|m|q|f)/;

/** The end of one or two words after a known company that finish a subsidiary's name (an unknown word or a company head last), else `at`. */
function findSubsidiaryEnd(view: TextView, at: number): number {
  const { tokens, tokenAt } = view;
  const first = tokenAt[at] ?? -1;
  if (first < 0 || tokens[first]?.start !== at) return at;
  let end = at;
  for (let j = first; j < first + 2 && j < tokens.length; j++) {
    const t = tokens[j] as (typeof tokens)[number];
    if (!isHan(t.word[0]) || t.end - at > 5 || GENERIC_WORDS.has(t.word) && t.word.length === 1 || LEFT_BOUNDARY_WORDS.has(t.word) || NOT_NAME_TAGS.test(t.tag)) break;
    if (t.word.length >= 2 && (SUBSIDIARY_TAGS.has(t.tag) || SUBSIDIARY_HEADS.has(t.word))) end = t.end;
  }
  // 万达 + 世界潮人 + 文化旅游项目: words going on into a longer name belong to that name, not to a subsidiary.
  const next = tokens[tokenAt[end] ?? -1];
  if (end > at && next && next.start === end && next.tag === 'n' && isHan(next.word[0])) return at;
  return end;
}

/** Short names of universities and institutes (上海交大, 岭南师大, 某某研究所): the owner is an organization. */
const INSTITUTION_SHORT_NAME = /(大学|交大|师大|科大|工大|农大|医大|理工|学院|研究院|研究所)$/;

function ownerType(name: string): EntityType {
  return INSTITUTION_SHORT_NAME.test(name) ? 'organization' : 'company';
}

/** The owner named at the front of a project or park (guide rule 1). */
function makeOwner(view: TextView, start: number, end: number, rule: string): Candidate {
  return { type: ownerType(view.text.slice(start, end)), start, end, rule, priority: PRIORITY.derived };
}

/** 某某古茶公司 … 某某古茶为龙头: a firm named with 公司 once is named by its bare name later in the passage. */
function findBareFirmNames(view: TextView, firm: Candidate): Candidate[] {
  const { text, boundaryAt } = view;
  const stem = text.slice(firm.start, firm.end - 2);
  if (!text.endsWith('公司', firm.end) || stem.length < 3 || stem.length > 6 || GENERIC_WORDS.has(stem) || isPlaceName(stem)) return [];
  const out: Candidate[] = [];
  for (let at = text.indexOf(stem); at >= 0; at = text.indexOf(stem, at + 1)) {
    const end = at + stem.length;
    if (!boundaryAt[at] || !boundaryAt[end] || text.startsWith('公司', end)) continue;
    out.push({ type: 'company', start: at, end, rule: 'company-short', priority: PRIORITY.weak });
  }
  return out;
}

/** The tokens whose word is one of `words`, in text order (found by searching the text, not by visiting every token). */
function findTokensSpelled(view: TextView, words: ReadonlySet<string>): TextView['tokens'] {
  const { text, tokens, tokenAt } = view;
  const found: TextView['tokens'] = [];
  for (const word of words) {
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
      const token = tokens[tokenAt[at] ?? -1];
      if (token && token.start === at && token.word === word) found.push(token);
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * The end of a leading brand made of unknown pieces (single characters, out-of-vocabulary or
 * rare words) of 2–5 characters, followed by a product or sector word; -1 when there is none.
 */
function findBrandRunEnd(view: TextView, firstIndex: number, limit: number): number {
  const { tokens } = view;
  const start = tokens[firstIndex]?.start ?? -1;
  let best = -1;
  let singles = 0;
  for (let j = firstIndex; j < tokens.length; j++) {
    const t = tokens[j] as (typeof tokens)[number];
    if (t.end > limit - 2 || t.end - start > 5 || !isHan(t.word[0])) break;
    const single = t.word.length === 1;
    const statePrefix = j === firstIndex && t.word === STATE_FIRM_PREFIX;
    // 做 + 优做 + 强: a common verb opens a clause, never a brand.
    if (j === firstIndex && single && t.tag === 'v' && lookupFrequency(t.word) > 10000) return -1;
    const unknown = OOV_TAGS.has(t.tag) || single || isRareBrandWord(t.word, t.tag);
    if (!statePrefix && (!unknown || GENERIC_WORDS.has(t.word) || LEFT_BOUNDARY_WORDS.has(t.word))) break;
    if (single) singles++;
    if (t.end - start >= 2 && isBrandBefore(view, start, t.end, singles === 0 && j === firstIndex)) best = t.end;
  }
  return best;
}

/** 博奥 + 内蒙古国家基因检测中心: a place right after a brand names the firm's regional unit. */
function isRegionalUnitAfter(text: string, at: number): boolean {
  // Two-character place names are too often ordinary words (大桥, 铅锌): only longer ones count.
  for (let len = 3; len <= 4; len++) if (isPlaceName(text.slice(at, at + len)) && /^[\u4e00-\u9fff]{4}/.test(text.slice(at + len))) return true;
  return false;
}

/**
 * 珠海 + 宋城 + 演艺 + 度假区: an unknown word (which may also spell a place) followed by a firm-name word
 * is a company, after the site's place if one opens the name; null when there is none.
 */
function findFirmWordOwner(view: TextView, index: number, limit: number): { start: number; end: number } | null {
  const { tokens } = view;
  let brand = tokens[index];
  const next = tokens[index + 1];
  if (brand && next && isPlaceName(brand.word) && next.tag === 'x') brand = next;
  if (!brand || brand.tag !== 'x' || brand.word.length < 2 || !isHan(brand.word[0])) return null;
  const end = extendOverFirmWordAt(view, brand.end, limit);
  return end > brand.end ? { start: brand.start, end } : null;
}

/** The end of an unknown brand token right after the place token `placeIndex`, before a product word; -1 when there is none. */
function findPlacedBrandEnd(view: TextView, placeIndex: number, limit: number): number {
  const brand = view.tokens[placeIndex + 1];
  if (!brand || brand.tag !== 'x' || brand.word.length < 2 || !isHan(brand.word[0]) || brand.end > limit - 2) return -1;
  return PRODUCT_AFTER.test(view.text.slice(brand.end, brand.end + 6)) ? brand.end : -1;
}

/** Whether text[start, end) reads as a brand before the product or sector word that follows it. */
function isBrandBefore(view: TextView, start: number, end: number, oneWord: boolean): boolean {
  const { text, tokens, tokenAt } = view;
  const brand = text.slice(start, end);
  if (GENERIC_WORDS.has(brand) || isPlaceName(brand) || INDUSTRY_WORDS.has(brand) || ELEMENTS_ONLY.test(brand)) return false;
  const word = tokens[tokenAt[start] ?? -1];
  // One dictionary word alone is a brand only when a rare proper word (比亚迪, 巨星); a compound must be unknown as a whole.
  if (oneWord ? !word || !PROPER_TAGS.has(word.tag) || !isRareBrandWord(word.word, word.tag) : lookupFrequency(brand) > 0) return false;
  return PRODUCT_AFTER.test(text.slice(end, end + 6)) || extendOverFirmWordAt(view, end, text.length) > end || isRegionalUnitAfter(text, end);
}

/** Trade words that firms carry in their names (万魔声学, 久泰新材料): after a brand inside a longer name they belong to the company. */
const FIRM_NAME_WORDS = new Set(['声学', '光电', '智造', '新材料', '新能源', '分子生物', '生物科技', '微电子', '精工', '精密', '车联', '机器人', '智能科技', '电子科技', '股份', '演艺', '传媒', '文旅', '石材']);

/** The end of the company whose brand is token `brandIndex`: over one following firm-name word when more of the name follows. */
function extendOverFirmWord(view: TextView, brandIndex: number, limit: number): number {
  const brand = view.tokens[brandIndex] as (typeof view.tokens)[number];
  return extendOverFirmWordAt(view, brand.end, limit);
}

const SECTOR_PARK = /^(新材料|新能源|光电|微电子|机器人|文旅|传媒)(产业园|工业园|科技园|园区|产业基地|基地|小镇)|^新能源汽车/;

/** The end of a firm-name word starting at `at` (jieba may split it: 新/材料), or `at` when none ends before `limit`. */
function extendOverFirmWordAt(view: TextView, at: number, limit: number): number {
  // 某某新材料产业园: a sector word before a park head names the park's trade, not the firm.
  if (SECTOR_PARK.test(view.text.slice(at, at + 8))) return at;
  for (const word of FIRM_NAME_WORDS) {
    const end = at + word.length;
    if (end < limit && view.boundaryAt[end] && view.text.startsWith(word, at)) return end;
  }
  return at;
}

const PHASE = /^[一二三四五六七八九十\d]+期$/;
/** jieba's frequency from which a plain noun is a common word (牛油果 at 8; 北溪, a place, is tagged ns). */
const COMMON_NOUN_FREQUENCY = 8;

/** 出居沟、土巴沟电站: a bare list item before a headed name shares its head's type (guide rule 9). */
function deriveCoordinated(view: TextView, candidates: Candidate[]): Candidate[] {
  const { text } = view;
  const out: Candidate[] = [];
  for (const c of candidates) {
    if (c.type !== 'project' && c.type !== 'park' && c.type !== 'region') continue;
    // 甲河、乙沟生态治理: a work on a named feature shares its head like any headed name.
    if (!c.rule.endsWith('-head') && c.rule !== 'project-work') continue;
    let end = c.start - 1;
    while (end > 0 && text[end] === '、') {
      const pieces = scanNameLeft(view, end, leftScan({ maxChars: 6 }));
      if (pieces.length === 0) break;
      // A name that runs on past the limit (红色文化教育培训基地) is no short item.
      if ((scanNameLeft(view, end, leftScan({ maxChars: 12 }))[0]?.start ?? end) < (pieces[0]?.start ?? end)) break;
      const start = extendOverMiddleDot(view, pieces[0]?.start ?? end);
      const item = text.slice(start, end).replace('·', '');
      // 沿江、沿海经济带: before an area head only a rare word or a place is a name.
      if (c.type === 'region' && (/^[沿环]|^[东西南北中]+$/.test(item) || (lookupFrequency(item) > 300 && !isPlaceName(item)))) break;
      // 机场、某某高速, 示范园、田园综合体: a common noun of the dictionary is a kind of thing, not a name sharing the head.
      if (c.type === 'project' && lookupTag(item) === 'n' && lookupFrequency(item) >= COMMON_NOUN_FREQUENCY) break;
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
    const nearby: Array<{ start: number; end: number }> = [];
    for (let i = index - 1; i <= index + 1; i++) for (const q of quotesBySentence.get(i) ?? []) nearby.push(q);
    for (const c of resolveOverlaps(groups.get(index) ?? [], nearby)) out.push(c);
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
    // A tail of a longer name of its own type (锂… in 中锂…二期) blocks nothing the longer name holds.
    const blocks = (k: Candidate) => k.start < c.end && c.start < k.end && !contains(k, c) && !contains(c, k) && !kept.some((o) => o.type === k.type && contains(o, k) && contains(o, c));
    if (kept.some(blocks)) continue;
    kept.push(c);
  }
  // Nesting: an inner candidate survives only where the guide annotates nested names.
  const result = kept.filter((inner) => {
    for (const outer of kept) {
      if (outer === inner || !contains(outer, inner)) continue;
      if (outer.rule === 'title' && inner.type !== 'slogan') return false;
      // 某某(双创)中心: a numbered formula in an institution's bracket still stands as the slogan (guide rule 3).
      if (outer.rule === 'bracketed-institute' && inner.type === 'slogan') continue;
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
