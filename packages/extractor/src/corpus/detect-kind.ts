import type { ReportKind } from '../vocabulary.ts';

/** Phrases of a report read to a people's congress (first person, addressed to the deputies). */
const REPORT_MARKERS = /各位代表|我代表[^。]{0,10}人民政府|请予审议|请予审查|政府工作(?:的)?总体要求|今年政府工作|过去一年|本届政府/g;
/** Phrases of journalism about a place (third person, events reported). */
const NEWS_MARKERS = /记者|据了解|据悉|报道|胜利召开|隆重开幕|闭幕|该市|该县|该区|该省|日前|近日|通讯员/g;

function count(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0;
}

/**
 * What kind of document this is: the title decides when it names the genre (政府工作报告,
 * 工作计划/要点); otherwise the voice of the text (a report addresses 各位代表; news speaks of 该市).
 */
export function detectKind(input: { title: string | null; text: string }): ReportKind {
  const title = input.title ?? '';
  if (/政府工作报告/.test(title)) return 'government-work-report';
  if (/工作计划|工作要点|工作安排|计划$|规划$/.test(title)) return 'work-plan';
  if (/报道|新闻|综述|访谈|记者/.test(title)) return 'news-report';
  const report = count(input.text, REPORT_MARKERS);
  const news = count(input.text, NEWS_MARKERS);
  if (report === 0 && news === 0) return 'other';
  return report >= news ? 'government-work-report' : 'news-report';
}

/** What a news report is about, for ids and titles: a party congress or something else. */
export function detectNewsTopic(text: string): { topic: 'congress' | 'news'; phrase: string | null } {
  const congress = /(?:中国共产党|中共)?[\u4e00-\u9fff]{2,12}第[一二三四五六七八九十]+次(?:党员)?代表大会/.exec(text.slice(0, 2000));
  return congress ? { topic: 'congress', phrase: congress[0] } : { topic: 'news', phrase: null };
}
