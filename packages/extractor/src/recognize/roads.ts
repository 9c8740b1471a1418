/**
 * Numbered roads and road sections: 国道318, 省道217雅安至泸定段, G5京昆高速, and a
 * road's section in brackets after its name (翠屏高速(岭口至翠屏段)).
 */
import { leftScan, scanNameLeft } from './boundary.ts';
import type { Candidate } from './candidate.ts';
import { PRIORITY } from './candidate.ts';
import { isPlaceName } from './lexicon-matches.ts';
import { findItemStart, NOT_STREET_NAME } from './lists.ts';
import type { TextView } from './text-view.ts';

/** The rebuilding works that close a road's stretch (改建工程, 提质改造工程). */
const ROAD_WORKS = '(?:改建|扩建|改扩建|改线|改造提升|提质改造|升级改造|拓宽改造|改造)';

/**
 * 国道/省道/县道 + number, optionally a section "A至B段" of 2–4-character places right after it, or a
 * stretch closed by its works (省道S101某某大桥至某某路改建工程, 国道212线某某段改建工程).
 */
const NUMBERED_ROAD = new RegExp(
  `(?:国道|省道|县道)\\s?[GSXgsx]?\\d{1,4}(?:线)?(?:[\\u4e00-\\u9fff]{2,4}(?:至|到)[\\u4e00-\\u9fff]{2,4}段(?:${ROAD_WORKS}?工程)?|[\\u4e00-\\u9fff]{2,4}?(?:过境|绕城)?段${ROAD_WORKS}工程|[\\u4e00-\\u9fff]{2,8}(?:至|到)[\\u4e00-\\u9fff]{2,14}?(?:段)?(?:改建|扩建|改扩建|新建|提质改造|升级改造|拓宽改造)?(?:工程|项目))?`,
  'g',
);
/** A bracketed section right after a road or railway name. */
const BRACKETED_SECTION = /^[(（][\u4e00-\u9fff]{2,6}(?:至|到|—|-)[\u4e00-\u9fff]{2,6}段[)）]/;
const ROAD_END = /(高速|高速公路|铁路|高铁|公路|快速路|国家文化公园|(?:国道|省道)\s?[GSXgsx]?\d{1,4}线?)$/;
/** A bracketed stretch named by one place: 长征国家文化公园(湖南段). */
const PLACE_SECTION = /^[(（][\u4e00-\u9fff]{2,4}段[)）]/;
/** A stretch glued to the route and named by one place, maybe with its bypass or urban part and its works: 某某铁路某州段, 省道217线某某绕城段改建工程. */
const GLUED_PLACE_SECTION = new RegExp(`^([\\u4e00-\\u9fff]{2,5}?)(?:绕城|城区|过境|市区)?段(?:${ROAD_WORKS}工程)?`);
/** Works glued to a route, named by it: 某某铁路增建二线, 某某铁路专用线, 某某铁路某县站, 某某高速甲至乙段. */
const GLUED_ROUTE_WORKS = /^(?:增建二线|增建复线|复线|专用线|联络线|([\u4e00-\u9fff]{2,3})站(?!前)|[\u4e00-\u9fff]{2,4}至[\u4e00-\u9fff]{2,6}?段)/;
/** An extension line of a facility: 某某大桥及西延线. */
const EXTENSION_LINE = /^[及和][东西南北]?(?:延线|延长线|连接线|支线)(?![\u4e00-\u9fff])/;

export function recognizeNumberedRoads(view: TextView): Candidate[] {
  const out: Candidate[] = [];
  for (const m of view.text.matchAll(NUMBERED_ROAD)) {
    const start = m.index ?? 0;
    out.push({ type: 'project', start, end: start + m[0].length, rule: 'numbered-road', priority: PRIORITY.suffix });
  }
  return out;
}

/** 天雅高速 + (芦山至宝兴段): the bracketed section belongs to the road's name; so does an extension line joined by 及. */
export function deriveRoadSections(view: TextView, candidates: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const c of candidates) {
    if (c.type !== 'project' || !ROAD_END.test(view.text.slice(c.start, c.end))) continue;
    const section = BRACKETED_SECTION.exec(view.text.slice(c.end, c.end + 16)) ?? PLACE_SECTION.exec(view.text.slice(c.end, c.end + 8));
    if (section) out.push({ type: 'project', start: c.start, end: c.end + section[0].length, rule: 'road-section', priority: c.priority + 1 });
    const works = GLUED_ROUTE_WORKS.exec(view.text.slice(c.end, c.end + 14));
    if (works && (!works[1] || isPlaceName(works[1]))) out.push({ type: 'project', start: c.start, end: c.end + works[0].length, rule: 'road-works', priority: c.priority + 1 });
    const glued = GLUED_PLACE_SECTION.exec(view.text.slice(c.end, c.end + 10));
    if (glued && isPlaceName(glued[1] as string) && view.boundaryAt[c.end]) {
      out.push({ type: 'project', start: c.start, end: c.end + glued[0].length, rule: 'road-section', priority: c.priority + 1 });
    }
  }
  for (const c of candidates) {
    if (c.type !== 'project' || c.end - c.start < 3) continue;
    const line = EXTENSION_LINE.exec(view.text.slice(c.end, c.end + 5));
    if (line) out.push({ type: 'project', start: c.start, end: c.end + line[0].length, rule: 'extension-line', priority: c.priority + 1 });
  }
  return out;
}

/** A road or corridor extended in one direction: 某某路西延长线, 某某通道西延线, 某某高速北延线. */
const GLUED_EXTENSION = /^[东西南北]延(?:长)?线/;
const EXTENDED_ROAD_END = /(路|大道|通道|高速|公路|铁路|大桥|隧道)$/;

/** The extension line is a construction of its own, named by the road it extends (the stem stays whole). */
export function recognizeExtensionLines(view: TextView): Candidate[] {
  const out: Candidate[] = [];
  const { text } = view;
  for (let at = text.indexOf('延'); at >= 0; at = text.indexOf('延', at + 1)) {
    const line = GLUED_EXTENSION.exec(text.slice(at - 1, at + 3));
    if (!line || at < 3) continue;
    const headStart = at - 1;
    const road = EXTENDED_ROAD_END.exec(text.slice(Math.max(0, headStart - 2), headStart));
    if (!road) continue;
    // The scan starts before the road word, which jieba may tag as a verb or adverb (通道/v, 高速/d).
    const roadStart = headStart - road[0].length;
    const start = scanNameLeft(view, roadStart, leftScan({ maxChars: 8 }))[0]?.start ?? roadStart;
    if (roadStart - start < 2) continue;
    out.push({ type: 'project', start, end: headStart + line[0].length, rule: 'extension-line', priority: PRIORITY.suffix + 1 });
  }
  return out;
}

/** The list's last item names the kind of route: 甲至乙、丙至丁高速公路 (a stretch may pass a third place: 甲至乙至丙, 甲经乙至丙). */
const ROUTE_SEGMENT_TAIL = /^([\u4e00-\u9fff]{2,5}?)(高速公路|城际铁路|高速|铁路|轨道交通)/;
const ROUTE_SEGMENT_ITEM = /^[\u4e00-\u9fff]{2,5}(?:[至经][\u4e00-\u9fff]{2,5})*至[\u4e00-\u9fff]{2,5}(?:\([\u4e00-\u9fff]{1,6}段\))?/;
const SEGMENT_BREAK = /[，。；：！？,;:\n“”《》、]/;
const MAX_SEGMENT_ITEMS = 16;
/** How far back the walks look for an item's start (see findItemStart): an earlier item, the stretch before the tail's 至. */
const MAX_SEGMENT_CHARS = 23;
const MAX_TAIL_ITEM_CHARS = 13;

/**
 * Each stretch of a list closed by 高速公路 or 铁路 is a route of its own (guide rule 9: list items take the
 * shared head's type); the earlier items keep their bare form, as written.
 */
export function recognizeRouteSegmentLists(view: TextView): Candidate[] {
  const out: Candidate[] = [];
  const { text } = view;
  for (let at = text.indexOf('至'); at >= 0; at = text.indexOf('至', at + 1)) {
    const tail = ROUTE_SEGMENT_TAIL.exec(text.slice(at + 1, at + 12));
    if (!tail) continue;
    const itemStart = findSegmentItemStart(text, at);
    if (itemStart < 0 || text[itemStart - 1] !== '、') continue;
    out.push({ type: 'project', start: itemStart, end: at + 1 + tail[0].length, rule: 'route-segment-list', priority: PRIORITY.suffix + 1 });
    out.push(...collectEarlierSegments(view, itemStart - 1));
  }
  return out;
}

/** The start of the stretch ending at the tail's 至, which a break must open within reach; -1 when none does. */
function findSegmentItemStart(text: string, zhiAt: number): number {
  const start = findItemStart(text, zhiAt, MAX_TAIL_ITEM_CHARS, SEGMENT_BREAK);
  return start > 0 && zhiAt - start >= 2 && zhiAt - start <= MAX_TAIL_ITEM_CHARS ? start : -1;
}

function collectEarlierSegments(view: TextView, separatorAt: number): Candidate[] {
  const out: Candidate[] = [];
  const { text } = view;
  let end = separatorAt;
  for (let count = 0; count < MAX_SEGMENT_ITEMS && text[end] === '、'; count++) {
    let start = findItemStart(text, end, MAX_SEGMENT_CHARS, SEGMENT_BREAK);
    const opensList = text[start - 1] !== '、';
    if (opensList) start = skipOpeningVerbs(view, start, end);
    const item = ROUTE_SEGMENT_ITEM.exec(text.slice(start, end));
    if (!item) break;
    const rest = text.slice(start + item[0].length, end);
    if (rest !== '' && !/^\([^()]{1,6}\)$/.test(rest)) break;
    out.push({ type: 'project', start, end: start + item[0].length, rule: 'route-segment-list', priority: PRIORITY.suffix + 1 });
    if (opensList) break;
    end = start - 1;
  }
  return out;
}

/** 加快推进甲至乙: the verbs that open the list are not part of its first item. */
function skipOpeningVerbs(view: TextView, start: number, end: number): number {
  let at = start;
  while (at < end) {
    const token = view.tokens[view.tokenAt[at] as number];
    if (!token || token.start !== at || !/^[vd]/.test(token.tag)) break;
    at = token.end;
  }
  return at;
}

/**
 * 拉通甲路、乙路; 对甲路、乙街沿街立面进行改造: two or more named streets listed right after a building or
 * upgrade verb are each a works (guide: a project is a construction named when said to be built; dev
 * annotates 甲大道、乙大道完成升级改造 and 甲路、乙路等道路建成通车 item by item).
 */
const CUED_STREET_LIST = /(?:拉通|打通|贯通|建设了|建设|新建|续建|改建|扩建|改造|营造|建成|修建|对)((?:(?:(?![路街巷])[\u4e00-\u9fff]){2,6}(?:路|街|大道|巷)(?:延伸|[东西南北]延(?:长)?线?)?、)+(?:(?![路街巷])[\u4e00-\u9fff]){2,6}(?:路|街|大道|巷)(?:延伸|[东西南北]延(?:长)?线?)?)(?![\u4e00-\u9fff]{0,2}(?:公路|道路|铁路))/g;

/**
 * 提质改造甲路等城市主次干道; 。乙路实现通车: one named street that a works verb takes as its object before a
 * closing 等, or that opens a clause saying it is open to traffic, is a works too (as dev annotates street lists).
 */
const CUED_SINGLE_STREET = /(?:拉通|打通|贯通|新建|续建|改建|扩建|改造|修建)((?:(?![路街巷])[\u4e00-\u9fff]){2,6}(?:路|街|大道))(?=等)|(?<=^|[，,。；;：:\n])((?:(?![路街巷])[\u4e00-\u9fff]){2,6}(?:路|街|大道))(?=(?:建成|实现|正式|全线|顺利)*通车)/g;

export function recognizeCuedStreetLists(view: TextView): Candidate[] {
  const out: Candidate[] = [];
  CUED_SINGLE_STREET.lastIndex = 0;
  for (let m = CUED_SINGLE_STREET.exec(view.text); m; m = CUED_SINGLE_STREET.exec(view.text)) {
    const street = (m[1] ?? m[2]) as string;
    if (NOT_STREET_NAME.test(street)) continue;
    const start = m.index + m[0].length - street.length;
    out.push({ type: 'project', start, end: start + street.length, rule: 'cued-single-street', priority: PRIORITY.derived });
  }
  CUED_STREET_LIST.lastIndex = 0;
  for (let m = CUED_STREET_LIST.exec(view.text); m; m = CUED_STREET_LIST.exec(view.text)) {
    const items = (m[1] as string).split('、');
    if (items.some((item) => NOT_STREET_NAME.test(item))) continue;
    let at = m.index + m[0].length - (m[1] as string).length;
    for (const item of items) {
      out.push({ type: 'project', start: at, end: at + item.length, rule: 'cued-street-list', priority: PRIORITY.derived });
      at += item.length + 1;
    }
  }
  return out;
}
