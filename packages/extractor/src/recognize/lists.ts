/**
 * Coordinated lists closed by a type cue: “A、B、C等企业” names companies, “A、B等N个项目”
 * names projects (guide rule 7: a bare company name in a list of projects is a company).
 * The cue after 等 supplies the type the items lack; the items are cut at the list's
 * separators, the first one also at the verb or preposition that opens the list.
 */
import type { EntityType } from '../vocabulary.ts';
import { extendOverMiddleDot, leftScan, NAME_VERBS, scanNameLeft } from './boundary.ts';
import type { Candidate } from './candidate.ts';
import { PRIORITY } from './candidate.ts';
import { COMPANY_HEADS, GENERIC_NAMES, GENERIC_WORDS, INDUSTRY_WORDS, LEFT_BOUNDARY_WORDS, PARK_HEADS, PROJECT_HEADS } from './lexicons.ts';
import { isPlaceName } from './lexicon-matches.ts';
import { ELEMENTS_ONLY } from './names.ts';
import type { TextView } from './text-view.ts';
import { isHan } from './text-view.ts';
import { lookupFrequency } from './tokenizer.ts';

/** What follows 等 (with an optional count and up to a dozen qualifying characters) and the type it gives. */
const COMPANY_CUE = /^等(?:一批|[\d一二三四五六七八九十两几多]+家|多家|)[^，。；：！？,;:\n]{0,12}?(?:企业|公司|厂商|集团|龙头|知名品牌|合作伙伴)/;
const PROJECT_CUE = /^等(?:一批|[\d一二三四五六七八九十两几多百]+[个项批]|)[^，。；：！？,;:\n、]{0,8}?项目/;

/** Characters that can never sit inside a list item. */
const ITEM_BREAK = /[，。；：！？,;:\n、（）()《》“”"]/;
/** Item words that show the item is a kind, not a name (龙头企业、规上企业、重点项目). */
const GENERIC_ITEM = /^(其他|其它|相关|有关|各类|各种|特色|重点|重大|一批|多个|若干|部分|省|市|县|区|全省|全市|全县|全区|国内外|国内|国外|国际|国家|省级|市级|县级|大型|中小|民营|国有|外资|本地|骨干|龙头|知名|优质|规上|规模以上|高新技术|科技型|专精特新|上市)/;
/** Heads that belong to other recognisers: an item ending in one is not a bare company. */
const NON_COMPANY_HEAD = /(项目|工程|园|园区|区|中心|基地|平台|大学|学院|医院|学校|协会|商会|研究院|路|街|村|镇|乡|县|市|省)$/;
/** Product and industry words that make a list item of a project list an undertaking, not a bare company. */
const UNDERTAKING_WORD = /\d|高铁|高速|铁路|机场|码头|隧道|桥|生产线|组件|玻璃|面板|改造|利用|治理|整治|建设|工程|项目|基地|中心|平台|产业|制造|研发|加工|物流|仓储|城|广场|路|线|站|厂|园|馆|楼|期/;

/** Words in the cue that make the items kinds of things (industries, products, sectors). */
/** 真武宫, 黄尚书府, 氢燃料发动机: heritage sites, landscapes and products end a list item that is no firm. */
const NOT_FIRM_END = /[宫府山江镇道寺庙塔阁湖河桥街巷城村院亭池泉洞谷岛湾峰岭坊祠堂居机器剂品料材件片屏板管泵阀油气]$/;
const KIND_CUE = /行业|产业|领域|产品|门类|医院|学校|投资项目|民生|基础设施|新基建|基建|交通|水利|市政|指标|导向/;
/** Last characters of venue and building nouns (音乐厅, 群艺馆, 体育场). */
const VENUE_END = /[厅馆场楼站室所院]$/;
/** Tourist resorts and scenic areas: zones by head, undertakings when listed as projects. */
const RESORT_END = /(度假区|旅游区|景区|风景区)$/;
/** Heads of industrial zones, which stay parks inside a list of projects (guide: 韵达产业园 in …等51个项目). */
const INDUSTRIAL_PARK_END = /(产业园|工业园|物流园|科技园|软件园|创业园|产业园区|工业园区|物流园区|科技园区|开发区|高新区|经开区)$/;
const MAX_ITEM = 12;
/** Project items name a product line and may run longer (硅谷智能双玻组件和显示光学贴合生产线). */
const MAX_PROJECT_ITEM = 20;
const MAX_ITEMS = 12;

/** How many items pass `test`; a count, not `filter(…).length`, so no short-lived array of varying elements kind. */
function countWhere<T>(items: readonly T[], test: (item: T) => boolean): number {
  let count = 0;
  for (const item of items) if (test(item)) count++;
  return count;
}

/** Finds list items typed by a closing cue. */
export function recognizeCuedLists(view: TextView): Candidate[] {
  const { text } = view;
  const out: Candidate[] = [];
  for (let at = text.indexOf('等'); at >= 0; at = text.indexOf('等', at + 1)) {
    if (at === 0 || IN_WORD_DENG.test(text.slice(at, at + 2))) continue;
    const after = text.slice(at, at + 24);
    const companyCue = COMPANY_CUE.exec(after);
    const projectCue = companyCue ? null : PROJECT_CUE.exec(after);
    if (!companyCue && !projectCue) {
      out.push(...collectKindItems(view, at, after));
      continue;
    }
    const cue: 'company' | 'project' = companyCue ? 'company' : 'project';
    // 危化、煤矿等重点行业企业 / 双氰胺等下游产品项目: the items are industries or products, not names.
    const cueText = (companyCue ?? projectCue)?.[0] ?? '';
    // 精实测控等12个智能制造产业项目: an 产业项目 cue still names undertakings; only items that are
    // dictionary words (电子信息、生物医药等产业项目) are then read as industries.
    const industryProjects = cue === 'project' && /产业项目$/.test(cueText) && !KIND_CUE.test(cueText.replace(/产业项目$/, '项目'));
    if (KIND_CUE.test(cueText) && !industryProjects) continue;
    const items = collectItems(view, at, cue === 'project' ? MAX_PROJECT_ITEM : MAX_ITEM).flatMap((i) => splitJoinedItem(view, i));
    // 产业、人才、消费扶贫等25个项目: two items that are generic words show the list names fields of work.
    if (cue === 'project' && countWhere(items, (i) => isGenericWordItem(view.text.slice(i.start, i.end))) >= 2) continue;
    // 葡萄种植、庭院经济等扶贫项目 / 休闲观光、生态旅游等项目: most items only common words name kinds of activity.
    const commonItems = countWhere(items, (i) => isCommonWordsOnly(view, i.start, i.end));
    const kindList = cue === 'project' && commonItems >= 2 && commonItems * 2 >= items.length;
    // 石材产业、装饰建材等企业: one item naming a trade shows the list names trades, not firms.
    if (cue === 'company' && items.some((i) => TRADE_ITEM_END.test(view.text.slice(i.start, i.end)))) continue;
    for (const item of items) {
      if (industryProjects && lookupFrequency(view.text.slice(item.start, item.end)) > 0) continue;
      const type = classifyItem(view, item.start, item.end, cue);
      if (!type || kindList && type === 'project' && isCommonWordsOnly(view, item.start, item.end)) continue;
      // 某某度假区、某某基地等重大项目加快建设: a resort or base listed among projects is an undertaking, not a zone.
      const resort = type === 'project' && (RESORT_END.test(view.text.slice(item.start, item.end)) || /基地$/.test(view.text.slice(item.start, item.end)));
      out.push({ type, start: item.start, end: item.end, rule: `list-${cue}`, priority: resort ? PRIORITY.suffix + 1 : PRIORITY.derived });
      const brandEnd = cue === 'project' && type === 'project' ? findProductBrandEnd(view, item.start, item.end) : -1;
      if (brandEnd > 0 && isOwnedProduct(view, item.start, brandEnd, item.end)) {
        out.push({ type: 'company', start: item.start, end: brandEnd, rule: 'list-product-brand', priority: PRIORITY.derived });
      }
    }
  }
  return out;
}

/** An item that jieba splits into dictionary words only, none tagged as a name or place (生态旅游, 氢燃料电池). */
function isCommonWordsOnly(view: TextView, start: number, end: number): boolean {
  for (let at = start; at < end; ) {
    const token = view.tokens[view.tokenAt[at] ?? -1];
    if (!token || token.start < start || token.end > end) return false;
    if (lookupFrequency(token.word) === 0 || RARE_NAME_TAGS.has(token.tag) || isPlaceName(token.word)) return false;
    at = token.end;
  }
  return true;
}

function isGenericWordItem(item: string): boolean {
  return GENERIC_WORDS.has(item) || INDUSTRY_WORDS.has(item) || item.length === 2 && lookupFrequency(item) > 0;
}

/** Items before 等 + a kind of facility, route, building or works take that kind (guide rule 9). */
function collectKindItems(view: TextView, at: number, after: string): Candidate[] {
  const facilityCue = FACILITY_CUE.exec(after);
  if (facilityCue) return collectFacilityItems(view, at, facilityCue[0]);
  if (ROUTE_CUE.test(after)) return collectRouteItems(view, at);
  if (BUILDING_CUE.test(after)) return collectBuildingItems(view, at);
  if (SITE_WORKS_CUE.test(after)) return collectSiteItems(view, at);
  return [];
}

/** Cues that name the kind of facility the items are: 等14宗水利工程, 等道路16条, 等6条道路, 等旅游景区. */
const FACILITY_CUE = /^等(?:[\d一二三四五六七八九十两几多]+[宗个项处件][^，。；：！？,;:\n、]{0,4}?工程|(?:[\d一二三四五六七八九十两几多]+条|一批)?[\u4e00-\u9fff]{0,6}?(?:道路|断头路|干道)|(?:[\d一二三四五六七八九十两几多]+[个处家])?(?:旅游|重点|[\dA]+级)?(?:景区|景点))/;
/** What a facility item ends in, by cue: roads end in a road word; works and sights are named otherwise. */
const ROAD_ITEM_END = /[路街道桥巷](?:延伸|延长线)?$/;

/** 甲乙、丙丁等高速公路: a cue naming the kind of route, whose items are routes named by their ends' first characters. */
const ROUTE_CUE = /^等(?:[\d一二三四五六七八九十两几]+条)?(?:高速公路|高速|城际铁路|铁路)/;
/** A route item: two to six characters, or a name already ending in a route word (某某环线). */
const ROUTE_ITEM = /^[\u4e00-\u9fff]{2,6}$/;

/** Items of a route list are routes (guide rule 9: list items take the shared head's type), unless a word or a place. */
function collectRouteItems(view: TextView, at: number): Candidate[] {
  const out: Candidate[] = [];
  for (const item of collectItems(view, at, MAX_ITEM)) {
    const text = view.text.slice(item.start, item.end);
    if (!ROUTE_ITEM.test(text) || GENERIC_WORDS.has(text) || GENERIC_NAMES.has(text) || GENERIC_ITEM.test(text) || isPlaceName(text)) continue;
    if (lookupFrequency(text) > 0 && !/(高速|环线|铁路|线)$/.test(text)) continue;
    out.push({ type: 'project', start: item.start, end: item.end, rule: 'list-route', priority: PRIORITY.derived });
  }
  return out;
}

/**
 * Cues that count buildings of one kind: 等5所幼儿园, 等十大公园, 等7个安置小区, 等7处过滤装置, 等停车场.
 * The head's kind decides: the items are those buildings being built, opened or upgraded (guide rule 6),
 * even when an item is a bare name (A、B等7个安置小区) or ends in another head (某某科技园5所幼儿园).
 */
const BUILDING_KINDS = '(?:幼儿园|中小学|小学|中学|学校|公园|安置小区|小区|停车场|装置|泵房|泵站|水库|码头|教学点|文保单位|文物保护单位|净水厂|水厂|污水处理厂)';
const BUILDING_CUE = new RegExp(`^等(?:[\\d一二三四五六七八九十两几多]+[所个座处家件]|[一二三四五六七八九十]大)?[\\u4e00-\\u9fff]{0,6}?${BUILDING_KINDS}(?![\\u4e00-\\u9fff]*[园区]?(?:项目|工程))`);
/** The same count without 等 right after the last item: A、B、C5所幼儿园; digits or numerals, not both (项五3座水库). */
const COUNTED_BUILDINGS = new RegExp(`(?<=[\\u4e00-\\u9fff])(?<!等)(?:\\d+|[一二三四五六七八九十两]+)[所个座处][\\u4e00-\\u9fff]{0,6}?${BUILDING_KINDS}`, 'g');

/** Items that name a town, a street or a community (甲镇, 乙街道), never one building. */
const TOWN_ITEM_END = /(镇|乡|街道|社区)$/;

/** Items of a building list: any name that is no generic word, place or kind. */
function collectBuildingItems(view: TextView, at: number): Candidate[] {
  const out: Candidate[] = [];
  for (const found of collectItems(view, at, MAX_ITEM)) {
    const item = { start: extendOverMiddleDot(view, found.start), end: found.end };
    const text = view.text.slice(item.start, item.end).replace('·', '');
    if (GENERIC_WORDS.has(text) || INDUSTRY_WORDS.has(text) || isMadeOfGenericWords(view, item.start, item.end)) continue;
    // 中小学、幼儿园等学校: a word ending in a building noun is a kind of building.
    if (lookupFrequency(text) > 0 && VENUE_END.test(text)) continue;
    // 甲街道、乙镇12个老旧小区: a town or street names where the counted buildings stand (guide rule 6).
    if (TOWN_ITEM_END.test(text)) continue;
    if (!classifyItem(view, item.start, item.end, 'project') && !isBareName(text)) continue;
    out.push({ type: 'project', start: item.start, end: item.end, rule: 'list-building', priority: PRIORITY.suffix + 1 });
  }
  return out;
}

/** 风云, 同仁: a two- to four-character name that a counted building head gives its kind, even a place's name. */
function isBareName(text: string): boolean {
  return /^[\u4e00-\u9fff]{2,4}$/.test(text) && !GENERIC_ITEM.test(text);
}

/** Counted building lists without 等 (A、B、C5所幼儿园): only a list of two or more items counts. */
export function recognizeCountedBuildingLists(view: TextView): Candidate[] {
  const out: Candidate[] = [];
  COUNTED_BUILDINGS.lastIndex = 0;
  for (let m = COUNTED_BUILDINGS.exec(view.text); m; m = COUNTED_BUILDINGS.exec(view.text)) {
    if (!view.text.slice(Math.max(0, m.index - MAX_ITEM - 1), m.index).includes('、')) continue;
    const items = collectBuildingItems(view, m.index);
    if (items.length >= 2) out.push(...items);
  }
  return out;
}

/** Items of a facility list are undertakings whatever their shape (an unknown word is no firm here). */
function collectFacilityItems(view: TextView, at: number, cue: string): Candidate[] {
  const roads = /道路|断头路/.test(cue);
  const out: Candidate[] = [];
  for (const found of collectItems(view, at, MAX_ITEM)) {
    const item = { start: extendOverMiddleDot(view, found.start), end: found.end };
    const text = view.text.slice(item.start, item.end).replace('·', '');
    if (roads && !ROAD_ITEM_END.test(text)) continue;
    // 问题河涌、中小型水库等水利工程: a dictionary word or a generic item names a kind of work.
    if (!roads && lookupFrequency(text) > 0) continue;
    if (!classifyItem(view, item.start, item.end, 'project') || isMadeOfGenericWords(view, item.start, item.end) || /[改造治理整治加固建设]$/.test(text)) continue;
    out.push({ type: 'project', start: item.start, end: item.end, rule: 'list-facility', priority: PRIORITY.derived });
  }
  return out;
}

/** 甲楼、乙祠等文化地标工程: an uncounted works cue; only items named like a site or building are taken. */
const SITE_WORKS_CUE = /^等[\u4e00-\u9fff]{0,6}?工程/;

/** Items of a works list that end like a site (楼, 祠, 馆 …) are each a works (guide rule 9: items take the head's type). */
function collectSiteItems(view: TextView, at: number): Candidate[] {
  const out: Candidate[] = [];
  const items = collectItems(view, at, MAX_ITEM);
  // 甲路、乙大道北延等管网工程: two or more named streets before a works cue are each a works.
  const streets = items.filter((item) => isNamedStreet(view.text.slice(item.start, item.end)));
  if (streets.length >= 2) {
    return streets.map((item) => ({ type: 'project', start: item.start, end: item.end, rule: 'list-street-works', priority: PRIORITY.derived }));
  }
  for (const item of items) {
    const text = view.text.slice(item.start, item.end);
    if (!/^[\u4e00-\u9fff]{3,8}$/.test(text) || !SITE_END.test(text) || lookupFrequency(text) > 0) continue;
    if (isMadeOfGenericWords(view, item.start, item.end) || !classifyItem(view, item.start, item.end, 'project')) continue;
    out.push({ type: 'project', start: item.start, end: item.end, rule: 'list-site-works', priority: PRIORITY.derived });
  }
  return out;
}

/** Items that end like a street but name a kind of road or a figurative way. */
export const NOT_STREET_NAME = /(公路|道路|铁路|马路|干道|通道|步道|绿道|栈道|之路|小巷|街巷|街道|商业街|步行街|背街)(?:延伸|[东西南北]延(?:长)?线?)?$/;

/** A street's own name (not a dictionary word such as 村道), possibly extended one way (某某大道北延). */
const NAMED_STREET = /^[\u4e00-\u9fff]{2,6}(?:路|街|大道)(?:延伸|[东西南北]延(?:长)?线?)?$/;

/** Kinds of street (主干路, 美食街, 乡村大道), which a named street's dictionary frequency cannot tell apart (中山路). */
const KIND_OF_STREET = /^(?:主干|次干|支|干|小|老|美食|商业|步行|特色|休闲|景观|乡村|农村|城市|城区|市政|背)(?:路|街|大道)/;

function isNamedStreet(text: string): boolean {
  return NAMED_STREET.test(text) && !NOT_STREET_NAME.test(text) && !KIND_OF_STREET.test(text) && !GENERIC_ITEM.test(text);
}

/** 改造提升朱毛旧居、陈云旧居: the objects of an upgrade verb, when they are named sites, are projects. */
const UPGRADED_SITES = /(?:改造提升|提升改造|修缮提升|提升修缮|修缮|保护修缮|考古发掘|恢复展示|保护展示|复建|加快建设|新建)([^，。；：！？,;:\n“”《》()（）]{3,40}?)(?=[，。；,;！\n]|$)/g;
/** Last characters of sites and buildings (旧居, 皇陵, 宣教园, 古寺, 城门). */
const SITE_END = /[居陵园寨城馆寺庙塔楼址阁殿祠堂宫府门]$/;
/** After a plain building verb (加快建设, 新建) only a heritage site's end marks a name: gates, relics, towers. */
const HERITAGE_END = /[门址阁殿祠塔陵]$/;

export function recognizeUpgradedSites(view: TextView): Candidate[] {
  const out: Candidate[] = [];
  UPGRADED_SITES.lastIndex = 0;
  for (let m = UPGRADED_SITES.exec(view.text); m; m = UPGRADED_SITES.exec(view.text)) {
    let at = m.index + m[0].length - (m[1] as string).length;
    // 修缮A、B、C等红色文物点: the list ends at 等, whatever kind follows.
    for (const part of ((m[1] as string).split('等')[0] ?? '').split('、')) {
      const start = at;
      at += part.length + 1;
      if (!/^[\u4e00-\u9fff]{3,8}$/.test(part) || !SITE_END.test(part) || lookupFrequency(part) > 0) continue;
      if (/(?:加快建设|新建)$/.test(m[0].slice(0, m[0].length - (m[1] as string).length)) && !HERITAGE_END.test(part)) continue;
      if (!view.boundaryAt[start] || isMadeOfGenericWords(view, start, start + part.length) || !classifyItem(view, start, start + part.length, 'project')) continue;
      out.push({ type: 'project', start, end: start + part.length, rule: 'upgraded-site', priority: PRIORITY.derived });
    }
  }
  return out;
}

/**
 * Lists framed by a preposition and a partner or leader cue: “以A、B、C为龙头”, “与A、B、C合作”.
 * Two or more 、-separated items that are no place, kind or other headed name are companies.
 */
const FRAMED_LIST = /(?<=[以与同])([^，。；：！？,;:\n“”《》()（）]{2,60}?)(?=为龙头|为引领|为主体|合作|战略合作|签约|深度合作)/g;

export function recognizeFramedLists(view: TextView): Candidate[] {
  return collectFirmListItems(view, FRAMED_LIST, 'company', 'list-framed');
}

/**
 * Lists a directive verb opens and a production verb closes: “指导A、B扩能增产”, “推动A、B技改扩产”.
 * Only a firm expands output, so items that look like firm names are companies.
 */
const EXPANSION_LIST = /(?<=指导|帮助|支持|推动|督促|促进|鼓励|服务|协调|助推)([^，。；：！？,;:\n“”《》()（）]{2,60}?)(?=扩能增产|增产扩能|扩能|扩产|增资扩产|技改扩产|技改扩能|技术改造|达产达效|满负荷生产|复工复产)/g;

export function recognizeExpansionLists(view: TextView): Candidate[] {
  // Firm-shaped items only: a brand or unknown name, or a trade-word head (易达光伏); never places or kinds.
  return collectFirmListItems(view, EXPANSION_LIST, 'project', 'list-expansion');
}

/**
 * “支持A、B实施智能化改造”, “鼓励A、B开拓市场”: only a firm carries out its own upgrade or opens a
 * market, so every item that is no place, kind or headed facility is a company.
 */
const UPGRADE_LIST = /(?<=支持|推动|鼓励|引导|帮助|指导)([^，。；：！？,;:\n“”《》()（）]{2,40}?)(?=(?:实施|开展)(?:技术改造|智能化改造|数字化改造|技改)|开拓[\u4e00-\u9fff]{0,6}市场|稳产满产|稳产增产)/g;

export function recognizeUpgradeLists(view: TextView): Candidate[] {
  return collectFirmListItems(view, UPGRADE_LIST, 'company', 'list-upgrade');
}

/**
 * The 、-separated items of each `pattern` match (group 1) that `classifyItem` reads as companies
 * under `mode`; a match with 的/和/及/等/在 inside, or an item out of length, is no plain list.
 */
function collectFirmListItems(view: TextView, pattern: RegExp, mode: 'company' | 'project', rule: string): Candidate[] {
  const { text } = view;
  const out: Candidate[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    const body = m[1] as string;
    if (!body.includes('、') || /[的和及等在]/.test(body)) continue;
    const parts = body.split('、');
    if (parts.length < 2 || parts.some((p) => p.length < 2 || p.length > MAX_ITEM)) continue;
    // 与沿线地区产业、基础设施、体制机制合作: a generic item shows the list names fields of cooperation, not firms.
    if (parts.some((p) => GENERIC_WORDS.has(p) || GENERIC_NAMES.has(p))) continue;
    let at = m.index;
    for (const part of parts) {
      if (classifyItem(view, at, at + part.length, mode) === 'company' && !/[省市县区]$/.test(part)) {
        out.push({ type: 'company', start: at, end: at + part.length, rule, priority: PRIORITY.derived });
      }
      at += part.length + 1;
    }
  }
  return out;
}

const NAME_HEAD_END = new RegExp(`(${[...PROJECT_HEADS, ...PARK_HEADS].sort((a, b) => b.length - a.length).join('|')})$`);

/**
 * 某某小镇和某某文旅城等项目: an item that joins two headed names with 和/及/与 is two items.
 * The left part must end in a project or park head, so 双玻组件和贴合生产线 stays one product line.
 */
function splitJoinedItem(view: TextView, item: { start: number; end: number }): Array<{ start: number; end: number }> {
  const { text, tokens, tokenAt } = view;
  for (let at = item.start + 3; at < item.end - 3; at++) {
    const token = tokens[tokenAt[at] ?? -1];
    // jieba may glue the conjunction to an unknown name (和祥生): a token starting with it will do.
    if (!token || token.start !== at) continue;
    // 某某二路以及某某大桥: 以及 never sits inside a name, whatever ends the part before it.
    if (token.word === '以及') return [{ start: item.start, end: at }, { start: at + 2, end: item.end }];
    if (!/^[和及与]/.test(token.word)) continue;
    // 某某二三期和某某二期: a phase closes a project name as its head does (guide: …期 → project).
    if (!NAME_HEAD_END.test(text.slice(item.start, at)) && !/[一二三四五六七八九十\d]期$/.test(text.slice(item.start, at))) continue;
    return [{ start: item.start, end: at }, { start: at + 1, end: item.end }];
  }
  return [item];
}

/** Items of the 、-list ending at `end` (exclusive), nearest last. */
function collectItems(view: TextView, end: number, maxItem: number): Array<{ start: number; end: number }> {
  const { text } = view;
  const items: Array<{ start: number; end: number }> = [];
  let itemEnd = end;
  for (let n = 0; n < MAX_ITEMS; n++) {
    let start = findItemStart(text, itemEnd, maxItem);
    if (itemEnd - start > maxItem) {
      // Too long to be one item: the first item of the list, cut at its opening verb.
      start = firstItemStart(view, itemEnd, maxItem);
      if (start >= 0 && itemEnd - start >= 2) items.push({ start, end: itemEnd });
      break;
    }
    const separator = text[start - 1];
    if (separator === '、') {
      // 规划布局、加快推进某某等一批水库: an item opening with an action verb starts the list at that verb.
      if (opensWithActionVerb(view, start)) {
        const cut = firstItemStart(view, itemEnd, maxItem);
        if (cut > start && itemEnd - cut >= 2) items.push({ start: cut, end: itemEnd });
        break;
      }
      items.push({ start, end: itemEnd });
      itemEnd = start - 1;
      continue;
    }
    // The first item: the clause may run in from the left (成功引进丰瑞菌业), so cut at the opening word.
    const cut = firstItemStart(view, itemEnd, maxItem);
    if (cut >= 0 && itemEnd - cut >= 2) items.push({ start: cut, end: itemEnd });
    break;
  }
  return items;
}

/** The start of the item ending at `end`: right after the nearest break, or `maxItem + 1` characters back when no break comes first. */
export function findItemStart(text: string, end: number, maxItem: number, breaks: RegExp = ITEM_BREAK): number {
  let start = end;
  while (start > 0 && end - start <= maxItem && !breaks.test(text[start - 1] as string)) start--;
  return start;
}

function opensWithActionVerb(view: TextView, start: number): boolean {
  const token = view.tokens[view.tokenAt[start] ?? -1];
  return token !== undefined && token.start === start && token.word.length >= 2 && LEFT_BOUNDARY_WORDS.has(token.word) && !NAME_VERBS.has(token.word);
}

function firstItemStart(view: TextView, end: number, maxItem = MAX_ITEM): number {
  const pieces = scanNameLeft(view, end, leftScan({ maxChars: MAX_ITEM, stopAtVerbs: true, stopWords: LIST_OPENERS }));
  let start = pieces[0]?.start ?? -1;
  // 推进 冠宇软包聚合物锂电池扩产等…项目: jieba reads verbs inside an unknown name (扩产, 组装), so the
  // scan stops early; when the clause opens with a list-opening verb, the item is all that follows it.
  const opened = findOpenedItemStart(view, end, maxItem);
  if (opened >= 0 && (start < 0 || opened < start)) start = opened;
  // jieba glues a preposition to an unknown name (以龙 蟒佰利联): drop it.
  if (start >= 0 && end - start >= 4 && OPENING_CHARS.has(view.text[start] as string)) return start + 1;
  return start;
}

/** The start of the item after a clause-opening verb (推进/推动/支持…) right after a clause break; -1 when there is none. */
function findOpenedItemStart(view: TextView, end: number, maxItem: number): number {
  const { text, tokens, tokenAt } = view;
  let clause = end;
  while (clause > 0 && end - clause <= maxItem + 4 && !ITEM_BREAK.test(text[clause - 1] as string)) clause--;
  if (clause > 0 && !ITEM_BREAK.test(text[clause - 1] as string)) return -1;
  const opener = tokens[tokenAt[clause] ?? -1];
  if (!opener || opener.start !== clause || !(LEFT_BOUNDARY_WORDS.has(opener.word) || LIST_OPENERS.has(opener.word)) || opener.word.length < 2) return -1;
  const start = opener.end;
  if (end - start < 3 || end - start > maxItem || !isHan(text[start])) return -1;
  // The rest holds no further boundary word (推进A建设和B…): one name only.
  for (let at = start; at < end; ) {
    const t = tokens[tokenAt[at] ?? -1];
    if (!t) return -1;
    if (t.start >= start && (LEFT_BOUNDARY_WORDS.has(t.word) || LIST_OPENERS.has(t.word)) && t.word.length >= 2) return -1;
    at = t.end;
  }
  return start;
}

/** Words that open a list of names besides the shared boundary words. */
const LIST_OPENERS: ReadonlySet<string> = new Set(['累计', '先后', '陆续', '成功', '如', '像', '包括', '其中', '以', '有', '引进', '签约', '培育', '扶持', '招引', '吸引', '落户']);

const OPENING_CHARS = new Set([...'以与和及将把对在从向为由']);
const BRAND_TAGS = new Set(['x', 'nz', 'nt', 'nr', 'nrt', 'nrfg', 'j', 'eng']);
const COMPANY_HEAD_END = new RegExp(`(${[...COMPANY_HEADS].sort((a, b) => b.length - a.length).join('|')})$`);

function classifyItem(view: TextView, start: number, end: number, cue: 'company' | 'project'): EntityType | null {
  const item = view.text.slice(start, end);
  if (item.length < 2 || item.length > (cue === 'project' ? MAX_PROJECT_ITEM : MAX_ITEM) || !isHan(item[0])) return null;
  if (GENERIC_NAMES.has(item) || GENERIC_WORDS.has(item) || LEFT_BOUNDARY_WORDS.has(item) || GENERIC_ITEM.test(item)) return null;
  if (isPlaceName(item)) return null;
  // 群艺馆、音乐厅等项目: a dictionary word for a kind of venue names no particular one.
  if (cue === 'project' && lookupFrequency(item) > 0 && VENUE_END.test(item)) return null;
  if (/[\d]/.test(item) && cue === 'company') return null;
  // 石材产业、装饰建材等企业: sectors and kinds of firm before 等企业 name the trades, not firms.
  if (cue === 'company') return NON_COMPANY_HEAD.test(item) || KIND_OF_FIRM_END.test(item) || isMadeOfGenericWords(view, start, end) ? null : 'company';
  // 某某产业园等项目: an industrial park keeps its head's type in a list of projects.
  if (INDUSTRIAL_PARK_END.test(item) && item.length >= 5) return 'park';
  // A project list: brand-like items are companies (卡恒电器, 德力工业玻璃), the rest undertakings.
  if (isFirmShaped(view, start, end)) return findProductBrandEnd(view, start, end) > 0 ? 'project' : 'company';
  // 公共文化服务中心等项目: an item made only of generic and sector words names a kind of facility.
  if (isMadeOfGenericWords(view, start, end)) return null;
  if (isWorkOnCommonObject(view, start, end)) return null;
  // 头部企业, 上下游配套企业: kinds of firms, not undertakings.
  if (/(企业|产业|行业)$/.test(item)) return null;
  return item.length >= 3 ? 'project' : null;
}

const KIND_OF_FIRM_END = /(企业|产业|行业)$/;
const TRADE_ITEM_END = /(产业|行业)$/;
/** 资质等级建筑业企业, 同等条件: 等 inside a word, not a list's closing 等. */
const IN_WORD_DENG = /^等[级次同]/;

/** Words that go on a firm's name before its trade head (德力工业玻璃, 华泰尔环保科技). */
const FIRM_NAME_WORDS = new Set(['工业', '实业', '环保', '新型', '特种', '精密', '国际', '股份']);
/** Heads only a firm's name ends in (润泰新能源科技), never a product. */
const FIRM_ONLY_HEAD = /(科技|集团|公司|股份|实业|控股|合作社)$/;
/** Name tags jieba gives real names; a common word it so tags (智慧/nr) is frequent. */
const RARE_NAME_TAGS = new Set(['nz', 'ns', 'nr', 'nrt', 'nrfg', 'nt', 'j']);

/**
 * 大众电动汽车、三安半导体、华瀛LNG等项目: a brand of two or more characters followed by a product
 * (common words, the last one may be unknown) names the brand's undertaking; the brand is a company
 * (guide rule 1). Returns the brand's end, or -1 when the item is a bare firm name (卡恒电器,
 * 德力工业玻璃: brand + trade head) or the tail is no product.
 */
function findProductBrandEnd(view: TextView, start: number, end: number): number {
  const { tokens, tokenAt } = view;
  let index = tokenAt[end - 1] ?? -1;
  let tailStart = end;
  for (let token = tokens[index]; token && token.start >= start + 2 && token.end <= end; token = tokens[--index]) {
    const last = token.end === end;
    const common = token.word.length >= 2 && lookupFrequency(token.word) > 0 && !(RARE_NAME_TAGS.has(token.tag) && lookupFrequency(token.word) < 1000);
    if (!common && !(last && token.word.length >= 2)) break;
    tailStart = token.start;
  }
  if (tailStart === end || tailStart - start > 4) return -1;
  const tail = view.text.slice(tailStart, end);
  if (tail.length < 3 || COMPANY_HEADS.includes(tail) || FIRM_ONLY_HEAD.test(tail) || GENERIC_WORDS.has(view.text.slice(start, tailStart))) return -1;
  const head = COMPANY_HEAD_END.exec(tail)?.[0] ?? '';
  if (head && FIRM_NAME_WORDS.has(tail.slice(0, tail.length - head.length)) || FIRM_NAME_WORDS.has(tail.slice(0, 2))) return -1;
  return tailStart;
}

/** An item of a project list shaped like a firm's name: a brand or unknown name, or a trade head after a name. */
function isFirmShaped(view: TextView, start: number, end: number): boolean {
  const item = view.text.slice(start, end);
  const first = view.tokens[view.tokenAt[start] ?? -1];
  const brandStart = first !== undefined && first.start === start && BRAND_TAGS.has(first.tag) && !isPlaceName(first.word);
  const headLength = COMPANY_HEAD_END.exec(item)?.[0].length ?? 0;
  // 钛合金新材料: chemical elements before a materials head name a material.
  if (item.length <= 8 && headLength > 0 && item.length - headLength >= 2 && !ELEMENTS_ONLY.test(item.slice(0, item.length - headLength))) return true;
  return (brandStart || isUnknownName(view, start, end)) && !UNDERTAKING_WORD.test(item) && !NOT_FIRM_END.test(item) && item.length <= 6;
}

/** Works, routes and places: a tail or brand with one of these is no firm's product line. */
const NOT_PRODUCT_TAIL = /治理|整治|改造|修复|利用|建设|工程|项目|公路|道路|旅游|景区|保护|环境|技术|合作|实验室|中心|花园|国际|生产线|基地|期|[路街桥河湖江城站]/;

/** 华菱涟钢薄板深加工: the brand before a product is a firm when the product is no work and the brand no place. */
function isOwnedProduct(view: TextView, start: number, brandEnd: number, end: number): boolean {
  const brand = view.text.slice(start, brandEnd);
  if (isPlaceName(brand) || NOT_FIRM_END.test(brand) || /[省市县区镇乡村河湖江路]/.test(brand) || /^[和及与]/.test(brand)) return false;
  if (isFirmShaped(view, start, end)) return true;
  // 中日 + 氢能合作, 农作物 + 品种改良技术: a common word before a work names no owner.
  return lookupFrequency(brand) === 0 && !NOT_PRODUCT_TAIL.test(view.text.slice(brandEnd, end));
}

/** What is done to an object: 某某河综合治理, 某某片区改造. */
const WORK_END = /(?:综合治理|治理|综合整治|整治|改造|修复)$/;

/**
 * 地质灾害综合治理、河道流域综合治理等项目: a work whose object is only common words (every piece a
 * dictionary word of two or more characters) is a kind of work; a named feature (某某河, 枫江) keeps it named.
 */
function isWorkOnCommonObject(view: TextView, start: number, end: number): boolean {
  const work = WORK_END.exec(view.text.slice(start, end));
  if (!work) return false;
  const objectEnd = end - work[0].length;
  if (objectEnd - start < 2) return true;
  for (let at = start; at < objectEnd; ) {
    const token = view.tokens[view.tokenAt[at] ?? -1];
    if (!token || token.start < start || token.end > objectEnd) return false;
    if (token.word.length < 2 || lookupFrequency(token.word) === 0 || BRAND_TAGS.has(token.tag) || token.tag === 'ns' || isPlaceName(token.word)) return false;
    at = token.end;
  }
  return true;
}

function isMadeOfGenericWords(view: TextView, start: number, end: number): boolean {
  for (let at = start; at < end; ) {
    const token = view.tokens[view.tokenAt[at] ?? -1];
    if (!token || token.start < start || token.end > end) return false;
    if (!GENERIC_WORDS.has(token.word) && !INDUSTRY_WORDS.has(token.word) && !GENERIC_PIECES.has(token.word)) return false;
    at = token.end;
  }
  return true;
}

/** Facility nouns that jieba keeps whole and that name a kind of place (服务中心, 活动中心). */
const GENERIC_PIECES: ReadonlySet<string> = new Set(['服务中心', '活动中心', '文化中心', '服务站', '综合体']);

/** 中汇/睿/能: an item jieba does not know as a word, falling apart into single characters or unknown pieces. */
function isUnknownName(view: TextView, start: number, end: number): boolean {
  const item = view.text.slice(start, end);
  // 真武宫, 黄尚书府, 国通之山: heritage sites and landscapes are undertakings, not firms.
  if (lookupFrequency(item) > 0 || /[省市县区镇乡村之]/.test(item)) return false;
  let singles = 0;
  for (let at = start; at < end; ) {
    const token = view.tokens[view.tokenAt[at] ?? -1];
    if (!token) return false;
    if (token.word.length === 1 || BRAND_TAGS.has(token.tag)) singles++;
    else if (lookupFrequency(token.word) > 5000) return false;
    at = token.end;
  }
  return singles > 0;
}

/** Rules whose company or institution names are reliable enough to type their list mates. */
const MATE_TRIGGER_RULES = new Set(['company-head', 'lexicon', 'institution-org', 'organization-head', 'company-legal']);

/**
 * 中创空天、中南大学、株硬集团等…: where one item of a 、-list is a headed company or institution,
 * the other items that look like firm names (a brand, an unknown name, a firm head) are companies.
 */
export function deriveListMates(view: TextView, candidates: Candidate[]): Candidate[] {
  const { text } = view;
  const out: Candidate[] = [];
  const listEnds = new Set<number>();
  for (const c of candidates) {
    if ((c.type !== 'company' && c.type !== 'organization') || !MATE_TRIGGER_RULES.has(c.rule)) continue;
    if (text[c.start - 1] !== '、' && text[c.end] !== '、') continue;
    const end = cutAtPredicate(view, findListEnd(text, c.end));
    if (listEnds.has(end)) continue;
    listEnds.add(end);
    for (const listed of collectItems(view, end, MAX_ITEM)) {
      const item = { start: findEnumeratedStart(text, listed.start), end: listed.end };
      if (item.start < c.end && c.start < item.end) continue;
      // 休闲农业、绿色农业: a sector or generic word beside a firm is no firm, whatever its shape.
      if (classifyItem(view, item.start, item.end, 'project') !== 'company' || classifyItem(view, item.start, item.end, 'company') !== 'company') continue;
      out.push({ type: 'company', start: item.start, end: item.end, rule: 'list-mate', priority: PRIORITY.derived });
    }
  }
  return out;
}

/** 津沧重工、沧海盐化开拓中亚市场: the last item ends where the clause's verb starts (at least two characters in). */
function cutAtPredicate(view: TextView, end: number): number {
  let itemStart = end;
  while (itemStart > 0 && view.text[itemStart - 1] !== '、' && end - itemStart <= MAX_ITEM) itemStart--;
  if (view.text[itemStart - 1] !== '、') return end;
  for (let at = itemStart + 2; at < end; ) {
    const token = view.tokens[view.tokenAt[at] ?? -1];
    if (!token) return end;
    if (token.start === at && token.tag.startsWith('v') && token.word.length >= 2) return at;
    at = token.end;
  }
  return end;
}

/** The end of the last item of the 、-list that goes on at `at` (where 等 or a break closes it). */
function findListEnd(text: string, at: number): number {
  let end = at;
  while (text[end] === '、') {
    let next = end + 1;
    while (next < text.length && next - end <= MAX_ITEM + 1 && !ITEM_BREAK.test(text[next] as string) && text[next] !== '等') next++;
    end = next;
  }
  return end;
}

/** (4)中创空天、…: after an enumeration mark or a colon the whole stretch is the first item (no verb opens it). */
function findEnumeratedStart(text: string, start: number): number {
  let at = start;
  while (at > 0 && start - at < 3 && !ITEM_BREAK.test(text[at - 1] as string)) at--;
  return at < start && /[)）:：]/.test(text[at - 1] ?? '') ? at : start;
}
