/**
 * Numbered roads and road sections: 国道318, 省道217雅安至泸定段, G5京昆高速, and a
 * road's section in brackets after its name (翠屏高速(岭口至翠屏段)).
 */
import { leftScan, scanNameLeft } from './boundary.ts';
import type { Candidate } from './candidate.ts';
import { PRIORITY } from './candidate.ts';
import { isPlaceName } from './lexicon-matches.ts';
import type { TextView } from './text-view.ts';

/**
 * 国道/省道/县道 + number, optionally a section "A至B段" of 2–4-character places right after it, or a
 * stretch between two landmarks closed by its works (省道S101某某大桥至某某路改建工程).
 */
const NUMBERED_ROAD = /(?:国道|省道|县道)\s?[GSXgsx]?\d{1,4}(?:线)?(?:[\u4e00-\u9fff]{2,4}(?:至|到)[\u4e00-\u9fff]{2,4}段|[\u4e00-\u9fff]{2,8}(?:至|到)[\u4e00-\u9fff]{2,8}?(?:段)?(?:改建|扩建|改扩建|新建|提质改造|升级改造|拓宽改造)?(?:工程|项目))?/g;
/** A bracketed section right after a road or railway name. */
const BRACKETED_SECTION = /^[(（][\u4e00-\u9fff]{2,6}(?:至|到|—|-)[\u4e00-\u9fff]{2,6}段[)）]/;
const ROAD_END = /(高速|高速公路|铁路|高铁|公路|快速路|国家文化公园|(?:国道|省道)\s?[GSXgsx]?\d{1,4}线?)$/;
/** A bracketed stretch named by one place: 长征国家文化公园(湖南段). */
const PLACE_SECTION = /^[(（][\u4e00-\u9fff]{2,4}段[)）]/;
/** A stretch glued to the route and named by one place, maybe with its bypass or urban part: 某某铁路某州段, 省道217线某某绕城段. */
const GLUED_PLACE_SECTION = /^([\u4e00-\u9fff]{2,5}?)(?:绕城|城区|过境|市区)?段/;
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
