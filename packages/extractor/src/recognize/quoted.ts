/**
 * Recognisers for marked spans: 《…》 document titles (policy) and “…” quoted formulas
 * (slogan, or policy for named campaigns; nothing for honours, brands, events, jargon).
 */
import type { Candidate } from './candidate.ts';
import { PRIORITY } from './candidate.ts';
import {
  AREA_HEADS,
  CAMPAIGN_DESTINATIONS,
  HONOUR_ENDINGS,
  NATIONAL_POLICIES,
  NATIONAL_SLOGANS,
  PLACE_PROGRAMME_PREFIXES,
  PROGRAMME_ENDINGS_QUOTED,
  PROVINCE_ABBREVIATION_CHARS,
  QUOTE_EXCLUDING_FOLLOWERS,
  QUOTE_EXCLUDING_LEADERS,
  QUOTED_JARGON,
  QUOTED_NATIONAL_SLOGANS,
} from './lexicons.ts';
import type { TextView } from './text-view.ts';
import { parseChineseNumber } from '../text/chinese-number.ts';
import { lookupFrequency, lookupTag } from './tokenizer.ts';
import { isPlaceName } from './lexicon-matches.ts';
import { isHan } from './text-view.ts';

const MAX_TITLE = 120;
/** jieba's frequency from which a quoted string is an ordinary word (红黑榜 at 3 is still a formula). */
const COMMON_WORD_FREQUENCY = 5;
const MAX_QUOTE = 60;

/** A title is a policy document when it names a kind of document, plan or rule. */
const POLICY_TITLE = /(意见|规划|纲要|条例|办法|方案|计划|通知|决定|规定|法|细则|标准|制度|行动|草案|建议|政策|措施|指南|指引|目录|清单|公约|章程|报告|决议|战略|要点|守则|准则|规则|协议|体系|实施|工程|若干|批复|函)(\(.*\))?$|意见|规划|纲要|条例|办法|方案/;

/** Quoted events: dates such as 8·11, anniversaries, festivals. */
const EVENT_SHAPE = /^\d{1,2}[·.]\d{1,2}$|周年|\d{4}年|^\d{1,2}月\d{1,2}日|^(五一|七一|八一|十一|国庆|春节|元旦|端午|中秋|清明|两会)$/;
const CAMPAIGN_INTO = new RegExp(`^[\\u4e00-\\u9fff]{2,6}进(${CAMPAIGN_DESTINATIONS.join('|')})$`);
/** Formula shapes: numerals, numbered bundles, plus-joined and listed catchphrases. */
const NUMERAL_START = /^[一二三四五六七八九十两双百千万半多\d]/;
const FORMULA_MARK = /[+＋、，,]/;
const HONOUR_QUALIFIER = /^(全国|国家|中国|世界|全球|亚洲|全省|全市|首批|首届|第.届|\d{4}|[^“”]{1,4}省|[^“”]{1,4}自治区|自治区|省级|市级|县级|国家级|自治区级|[^“”]{2,3}市)/;
/** 新 opening a quote is the adjective "new" (新基建), far more often than 新疆. */
const LEADING_PROVINCE_ABBREVIATIONS = PROVINCE_ABBREVIATION_CHARS.replace('新', '');
/** Programmes named "<field>兴<province>" (科技兴蒙) or "<province abbr><field>" (湘就业). */
const PROVINCE_PROGRAMME = new RegExp(`^[\\u4e00-\\u9fff]{2}兴[${PROVINCE_ABBREVIATION_CHARS}]$|^[${LEADING_PROVINCE_ABBREVIATIONS}][\\u4e00-\\u9fff]{2}$`);
/** Generic nouns after a quote that make a campaign out of a plain quoted name (not a formula). */
/** A named package of measures counted by articles: 实体经济十条, 人才新政9条 (not a bare 十条). */
const POLICY_PACKAGE = /^[\u4e00-\u9fff]{2,}[一二三四五六七八九十百两\d]+条$/;
const PROGRAMME_FOLLOWER = /^(等|和|及)?[一二三两四五六七八九十\d]*[项大]?[\u4e00-\u9fff]{0,4}?(工程|行动|活动|实践活动|专项行动|计划|系列举措|系列政策|战略)/;
/** A place and a trade trained or brought in by a programme: 某省技工, 某地菜师傅, 某地英才 (guide rule 5). */
const PLACE_TRADE = /^([\u4e00-\u9fff]{1,4}?)(技工|菜师傅|师傅|家政|工匠|英才|月嫂)$/;
/** “某地英才”等47名: a count of people names those brought in, a label of persons (neither programme nor formula). */
const PEOPLE_COUNT_AFTER = /^等?[\d一二三四五六七八九十百千万]+[名人位]/;
/** “十五分钟…服务圈”, 15分钟生活圈: the reach of a service in minutes describes it (guide rule 4). */
const SERVICE_RADIUS = /^[一二三四五六七八九十\d]+分钟[\u4e00-\u9fff]*圈$/;
const CONTEST_OR_TRAINING_AFTER = /^等[\u4e00-\u9fff]{0,4}?(评选|比赛|大赛|竞赛|技能培训)/;
/** Quoted names of undertakings: “粤港跨境直通快线”. */
const PROJECT_QUOTE = /(项目|工程|快线|专线|班列|高速|铁路|大桥|机场|步道|绿道|栈道)$/;
/** Quoted names of places and facilities (“未来教室”, “某某谷”): a project only when 项目 follows. */
const FACILITY_QUOTE = /(园|谷|岛|坊|市场|教室|中心|广场|公园|小镇|街区|驿站|食堂|之家|圣地|服务圈)$/;
/** Quoted names of institutions, information systems, platforms and observance days or weeks (“某某研究智库”, “某某经济日”): names of things, not formulas. */
const INSTITUTION_QUOTE = /(系统|平台|智库|联盟|银行|研究院|研究所|协会|商会|学会|基金会|[^\d一二三四五六七八九十]日|促进周|宣传周|活动周)$/;
/** 全国“某某示范县”, 全省“某某10快县”: a nationwide or provincewide ranking before a plain quote makes it an honour or title. */
const RANKING_SCOPE_BEFORE = /(全国|全省|全市|全区|全县|全州)$/;
/** 75万名“某地群众”: a count of people before the quote makes it a label of those persons. */
const PEOPLE_COUNT_BEFORE = /[\d一二三四五六七八九十百千万]+[名位]$/;
/** “某某科普旅游带”: a named belt is a place (guide rule 8). */
const BELT_QUOTE = /(旅游带|文化带|城市带)$/;
/** “某某优化年”, “基层减负年”: a theme year is a named campaign (guide rule 5); 周年 and 百年 are dates. */
const THEME_YEAR = /^[\u4e00-\u9fff]{3,}[^周百千万一二三四五六七八九十]年$/;
/** “零容忍”的态度, “敢叫日月换新天”的气概: a quote describing a manner or resolve, not a formula. */
const MANNER_AFTER = /^的(态度|气概|韧劲|决心|勇气|劲头|干劲|拼劲|狠劲|闯劲|姿态|魄力|气魄|豪情|胸怀|硬措施|意识|能力|本领|[\u4e00-\u9fff]{0,2}思维)/;
/** 成为…的: the quote after it is what something becomes, a metaphor. */
const BECOMING_BEFORE = /(成为|变成|化为)[^，。；、]{0,8}的$/;
/** “数字政府”, “智能政府”, “数字治理”: a digital programme for government or governance is a named programme (guide rule 5). */
const DIGITAL_GOVERNANCE = /^(数字|智慧|智能|数智)(政府|政务|治理|乡村|社会|机关)$/;
/** “两委”: counted committees are government organs, neither formula nor organization. */
const COUNTED_COMMITTEES = /^[两三四五六]委$/;
/** “四上”企业, “三甲”医院, “三级”城管: a two-character numeral grade before the kind of body it grades is a class label, not a formula (guide rule 4). */
const GRADED_BODY_AFTER = /^(企业|[中西]?医院|单位|班子|城管)/;
/** “某某”案例奖, “某某”金奖: a quote before a prize is the prize's name, an honour (guide rule 4). */
const PRIZE_AFTER = /^[\u4e00-\u9fff]{0,3}奖(?![励补惩金])/;
/** “万企帮万村”, “万名群众评作风”, “百名博士进企业”: a hundred, thousand or ten thousand actors doing something is a campaign. */
const MASS_CAMPAIGN = /^[百千万](?:名|家|户|企|人)?[\u4e00-\u9fff]{0,3}?[进入帮评联助访送扶包结][\u4e00-\u9fff]{1,4}$/;
/** “零感染”, “十六连调”, “三下降”: a quoted outcome (none of something, N rises in a row, N falls) is a description like 五连涨 (guide rule 4). */
const OUTCOME_DESCRIPTION = /^零[\u4e00-\u9fff]{1,2}$|^[一二两三四五六七八九十]+连[\u4e00-\u9fff]{1,2}$|^[一二两三四五六七八九十]+(下降|上升|减少|增长)$/;
/** “十百千计划”, “千企连千兵计划”: a plan titled by counts is a named programme (guide rule 5); “七大计划” counts plans, a formula. */
const COUNTED_PLAN = /^[一二三四五六七八九十两双百千万\d][\u4e00-\u9fff]*[^大个项类]计划$/;
/** A bundle formula names two or more counted parts (一桥八路): a place-kind ending does not make it an honour. */
const COUNTED_BUNDLE = /^[一二三四五六七八九十两双百千万\d][\u4e00-\u9fff]*[一二三四五六七八九十两双百千万\d]/;

/** 某满意·某如意, 观天探地•世界唯一: two short phrases joined by a middle dot. */
const DOT_PAIRED_PHRASES = /^[\u4e00-\u9fff]{2,6}[·•][\u4e00-\u9fff]{2,6}$/;

const HONOURS = new Set(HONOUR_ENDINGS);
const JARGON = QUOTED_JARGON;
const POLICIES = new Set(NATIONAL_POLICIES);
const SLOGANS = new Set(NATIONAL_SLOGANS);

export interface MarkedSpans {
  candidates: Candidate[];
  /** Spans inside 《》 or “” (contents), so other recognisers can respect them. */
  quotedSpans: Array<{ start: number; end: number }>;
  /** The “…” (or "…") quotes, paired once for every recogniser that reads them. */
  quotes: Quote[];
}

/** Finds 《…》 titles and “…” quotes and classifies them. */
export function recognizeMarkedSpans(view: TextView): MarkedSpans {
  const candidates: Candidate[] = [];
  const quotedSpans: Array<{ start: number; end: number }> = [];
  const quotes = findQuotes(view.text);
  recognizeTitles(view, candidates, quotedSpans);
  recognizeQuotes(view, quotes, candidates, quotedSpans);
  recognizeGlossaryHeadings(view.text, candidates, quotedSpans);
  return { candidates, quotedSpans, quotes };
}

function recognizeTitles(view: TextView, out: Candidate[], spans: Array<{ start: number; end: number }>): void {
  const { text } = view;
  for (let open = text.indexOf('《'); open >= 0; open = text.indexOf('《', open + 1)) {
    const limit = Math.min(text.length, open + MAX_TITLE);
    let close = -1;
    for (let i = open + 1; i < limit; i++) {
      const ch = text[i];
      if (ch === '》') {
        close = i;
        break;
      }
      if (ch === '《' || ch === '\n' || ch === '。') break;
    }
    if (close < 0) continue;
    let start = open + 1;
    let end = close;
    while (start < end && /\s/.test(text[start] as string)) start++;
    while (end > start && /\s/.test(text[end - 1] as string)) end--;
    if (end - start < 2) continue;
    spans.push({ start, end });
    const title = text.slice(start, end);
    if (POLICY_TITLE.test(title)) out.push({ type: 'policy', start, end, rule: 'title', priority: PRIORITY.title });
  }
}

const MAX_GLOSSARY_TERM = 30;

/**
 * A numbered glossary entry “8.一平台、三机制:” defines the formula it heads: a heading built on numerals is
 * one slogan, listed parts and all (guide rule 2: a marked formula; the heading is marked by its number and colon).
 */
function recognizeGlossaryHeadings(text: string, out: Candidate[], spans: Array<{ start: number; end: number }>): void {
  for (let dot = text.indexOf('.'); dot >= 0; dot = text.indexOf('.', dot + 1)) {
    if (!isEntryNumberBefore(text, dot)) continue;
    const start = dot + 1;
    const limit = Math.min(text.length, start + MAX_GLOSSARY_TERM);
    let end = -1;
    for (let i = start; i < limit; i++) {
      const ch = text[i];
      if (ch === ':' || ch === '：') {
        end = i;
        break;
      }
      if (ch === '。' || ch === '“' || ch === '”' || ch === '\n' || ch === '，' || ch === ',') break;
    }
    if (end < start + 2) continue;
    const term = text.slice(start, end);
    if (!NUMERAL_START.test(term) || /^\d/.test(term) || JARGON.has(term)) continue;
    spans.push({ start, end });
    out.push({ type: 'slogan', start, end, rule: 'quote-glossary', priority: PRIORITY.quoted });
  }
}

/** One or two digits opening a line or following a space: the number of a list entry, not a decimal. */
function isEntryNumberBefore(text: string, dot: number): boolean {
  let i = dot - 1;
  const firstDigit = i;
  while (i >= 0 && i > firstDigit - 2 && /\d/.test(text[i] as string)) i--;
  if (i === firstDigit) return false;
  return i < 0 || /\s/.test(text[i] as string);
}

/** The positions of a quote's opening and closing marks. */
export interface Quote {
  open: number;
  close: number;
}

function findQuotes(text: string): Quote[] {
  const quotes: Quote[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch !== '“' && ch !== '"') continue;
    const limit = Math.min(text.length, i + MAX_QUOTE + 1);
    let close = -1;
    for (let j = i + 1; j < limit; j++) {
      const c = text[j];
      if (c === '”' || c === '"') {
        close = j;
        break;
      }
      if (c === '“' || c === '\n' || c === '。' || c === '《' || c === '》') break;
    }
    if (close < 0) continue;
    quotes.push({ open: i, close });
    i = close;
  }
  return quotes;
}

function recognizeQuotes(view: TextView, quotes: Quote[], out: Candidate[], spans: Array<{ start: number; end: number }>): void {
  const { text } = view;
  for (let q = 0; q < quotes.length; q++) {
    const quote = quotes[q] as Quote;
    const start = quote.open + 1;
    const end = quote.close;
    spans.push({ start, end });
    // A chain “A”“B”等… shares what follows the last quote of the chain.
    let last = quote;
    for (let k = q + 1; k < quotes.length; k++) {
      const next = quotes[k] as Quote;
      const gap = text.slice(last.close + 1, next.open);
      if (!/^[、和与及,，]?$/.test(gap)) break;
      last = next;
    }
    if (isTaskLabelChain(text, quotes, q)) continue;
    const programme = findProgrammeAroundQuote(view, quote);
    if (programme) {
      out.push({ type: 'policy', start: programme.start, end: programme.end, rule: 'quote-in-programme', priority: PRIORITY.quoted });
      continue;
    }
    const pairEnd = findSingleCharacterPairEnd(quotes, q);
    if (pairEnd) {
      out.push({ type: 'slogan', start, end: pairEnd, rule: 'quote-pair', priority: PRIORITY.quoted });
      continue;
    }
    // 获评“某某之都”“某某目的地”: a quote inside a chain shares the words before the chain's first quote.
    const chainOpen = findChainOpen(text, quotes, q);
    const before = text.slice(Math.max(0, chainOpen - 8), chainOpen);
    const after = text.slice(last.close + 1, Math.min(text.length, last.close + 16));
    const directAfter = text.slice(quote.close + 1, Math.min(text.length, quote.close + 16));
    const candidate = classifyQuote(text.slice(start, end), before, after, directAfter);
    if (!candidate) continue;
    if (candidate.extendTo) {
      out.push({ type: candidate.type, start: quote.open, end: quote.close + 1 + candidate.extendTo, rule: 'quote+head', priority: PRIORITY.quoted });
    } else {
      out.push({ type: candidate.type, start, end, rule: 'quote', priority: PRIORITY.quoted });
    }
  }
}

/** Where the chain of quotes (“A”“B”, “A”、“B”) that ends with quote `q` opens. */
function findChainOpen(text: string, quotes: Quote[], q: number): number {
  let first = q;
  while (first > 0 && /^[、和与及,，]?$/.test(text.slice((quotes[first - 1] as Quote).close + 1, (quotes[first] as Quote).open))) first--;
  return (quotes[first] as Quote).open;
}

/** A plain tail naming a plan or works programme after a quote: “某某”培育计划, “某某”留守儿童关爱工程 (more than the bare programme word; “某某”改造工程 is construction). */
const PROGRAMME_TAIL = /^(?![等和及]|改造|建设|改扩建)[\u4e00-\u9fff]{2,12}?(行动计划|计划|工程)(?=$|[^\u4e00-\u9fff]|[等和及])/;
/** A quote that is itself the measure package: 某某“十条意见”, 稳楼市“十七条” (a place before “某某工程” is where it runs). */
const PROGRAMME_QUOTE = /[一二三四五六七八九十百\d]条(意见)?$/;
/** Verbs that open the clause naming a programme; the name starts after them. */
const PROGRAMME_LEAD_VERBS = new Set(['实施', '启动', '出台', '落实', '推进', '开展', '制定', '深化', '加快', '推行', '印发', '完善', '建立', '设立', '推动', '深入', '全面', '组织', '积极', '持续', '继续', '大力', '着力', '编制', '执行', '贯彻', '完成']);
const MAX_PROGRAMME_PREFIX = 8;

/**
 * 实施外贸企业“某某”培育计划, 出台支持实体经济“十条意见”: a quoted part inside a programme's name belongs to the
 * longer name, which is the policy (guide: names at their longest specific extent, rule 5).
 */
function findProgrammeAroundQuote(view: TextView, quote: Quote): { start: number; end: number } | null {
  const { text } = view;
  const content = text.slice(quote.open + 1, quote.close);
  if (!/^[\u4e00-\u9fff\w+＋]{2,12}$/.test(content)) return null;
  const start = findProgrammePrefixStart(view, quote.open);
  // A quoted formula before a generic noun stays the slogan (guide rule 2: “5080”学前教育攻坚工程).
  const isFormula = NUMERAL_START.test(content) || FORMULA_MARK.test(content) || /[A-Za-z0-9]/.test(content);
  const tail = isFormula ? null : PROGRAMME_TAIL.exec(text.slice(quote.close + 1, quote.close + 20));
  // “某某”整治工程 alone: a two-character task before the programme word is generic unless a qualifier opens the name.
  if (tail && (tail[0].length - (tail[1] as string).length >= 3 || start < quote.open)) return { start, end: quote.close + 1 + tail[0].length };
  if (start < quote.open && PROGRAMME_QUOTE.test(content) && /^(?:$|[^\u4e00-\u9fff]|[等和及])/.test(text[quote.close + 1] ?? '')) return { start, end: quote.close + 1 };
  return null;
}

/** Walks back over the words before a quote that qualify the programme (外贸中小微企业, 稳楼市), stopping at punctuation or a lead verb. */
function findProgrammePrefixStart(view: TextView, open: number): number {
  let start = open;
  let index = view.tokenAt[open - 1] ?? -1;
  while (index >= 0) {
    const token = view.tokens[index];
    if (!token || token.end !== start || !/^[\u4e00-\u9fff]+$/.test(token.word) || PROGRAMME_LEAD_VERBS.has(token.word) || token.word === '的') break;
    if (open - token.start > MAX_PROGRAMME_PREFIX) break;
    start = token.start;
    index--;
  }
  // A one-character remnant (省, 等) qualifies nothing.
  return open - start >= 2 ? start : open;
}

/** “亲”“清”, “人”“物”同防: two touching one-character quotes spell one formula; returns its end (before the last ”), or 0. */
function findSingleCharacterPairEnd(quotes: Quote[], q: number): number {
  const quote = quotes[q] as Quote;
  const next = quotes[q + 1];
  if (quote.close - quote.open !== 2 || !next || next.open !== quote.close + 1 || next.close - next.open !== 2) return 0;
  // “慢”“静”“闹”: a run of three or more lists qualities, it is no pair.
  const previous = quotes[q - 1];
  const following = quotes[q + 2];
  if (previous && previous.close + 1 === quote.open) return 0;
  return following && following.open === next.close + 1 ? 0 : next.close;
}

/** A one-character action verb opening a task label (抓招商, 落项目, 提效益). */
const TASK_VERB = /^[抓落促引降提稳强补优育招建扩保兴防惠增减调去]$/;
const TASK_LABEL = /^[\u4e00-\u9fff]{3}$/;

/**
 * “抓招商”“落项目”“促联合”: a run of three or more quoted verb + common-noun labels lists work
 * tasks, not formulas (guide rule 4, jargon). The run is the chain of quotes touching each other.
 */
function isTaskLabelChain(text: string, quotes: Quote[], q: number): boolean {
  let first = q;
  while (first > 0 && (quotes[first - 1] as Quote).close + 1 === (quotes[first] as Quote).open) first--;
  let last = q;
  while (last + 1 < quotes.length && (quotes[last] as Quote).close + 1 === (quotes[last + 1] as Quote).open) last++;
  if (last - first < 2) return false;
  for (let k = first; k <= last; k++) {
    const quote = quotes[k] as Quote;
    const c = text.slice(quote.open + 1, quote.close);
    if (!TASK_LABEL.test(c) || !TASK_VERB.test(c[0] as string) || lookupFrequency(c.slice(1)) < 300 || lookupFrequency(c) > 0) return false;
  }
  return true;
}

interface QuoteClass {
  type: Candidate['type'];
  /** When set, the entity runs from the opening quote through this many characters after the closing one. */
  extendTo?: number;
}

/** Decides what a quoted string is, from its shape and the words around it. */
export function classifyQuote(content: string, before: string, after: string, directAfter: string): QuoteClass | null {
  const c = content.trim();
  if (c.length < 2 || c.length > MAX_QUOTE) return null;
  // Two-character quoted words are plain words (“上岗”, “红利”) unless built on a numeral or listed.
  if (c.length === 2 && !NUMERAL_START.test(c) && !POLICIES.has(c) && !/[A-Za-z0-9+]/.test(c)) return null;
  if (/^[\u4e00-\u9fff]{1,2}圈$/.test(c)) return null;
  if (SERVICE_RADIUS.test(c)) return null;
  if (/^[\s\p{P}\p{S}]*$/u.test(c)) return null;
  if (EVENT_SHAPE.test(c)) return null;
  if (OUTCOME_DESCRIPTION.test(c)) return null;
  if (JARGON.has(c)) return null;
  if (SLOGANS.has(c) || QUOTED_NATIONAL_SLOGANS.has(c)) return { type: 'slogan' };
  if (COUNTED_COMMITTEES.test(c)) return null;
  if (c.length === 2 && NUMERAL_START.test(c) && GRADED_BODY_AFTER.test(directAfter)) return null;
  if (PRIZE_AFTER.test(directAfter) && !FORMULA_MARK.test(c)) return null;
  // “十年禁渔”: a national campaign stays a policy although it opens with a numeral.
  if (POLICIES.has(c)) return { type: 'policy' };
  if (/^\*+$/.test(c) || c.includes('*')) return null;

  // A quoted name followed by an area head names a place: “西南云大”城镇群.
  for (const head of AREA_HEADS) {
    // A quoted list of qualities (“生态保护第一、国家代表性…”国家公园) describes the area, it does not name it.
    if (directAfter.startsWith(head) && !/[、，,]/.test(c)) return { type: 'region', extendTo: head.length };
    // “一个城市群”: one of a kind is a description; “两大产业带” falls through to the formulas.
    if (c.endsWith(head) && /^[一二三四五六七八九十两]个/.test(c)) return null;
    if (c.endsWith(head) && c.length > head.length + 1 && !NUMERAL_START.test(c)) return { type: 'region' };
  }
  // “小三角”区域: a quoted nickname before 区域 names the area (“某地好茶”区域公用品牌 is a brand, guide rule 4).
  // Tested in this order so that each test meets most quotes (its type feedback exists before the function is optimised).
  if (/^[\u4e00-\u9fff]{2,6}$/.test(c) && !NUMERAL_START.test(c) && /^区域(?!(公用|公共)?品牌)/.test(directAfter)) return { type: 'region' };
  // “企业特派员”制度: the quote names an institutional system.
  const systemHead = /^(制度|制)(?![\u4e00-\u9fff])|^(制度|制)(?=[的和与及、，,。；;])/.exec(directAfter);
  // “揭榜挂帅”制: a bare 制 after a catchphrase names its method, the formula itself is the slogan (like “放管服”改革).
  if (systemHead && (systemHead[1] ?? systemHead[2]) === '制' && c.length >= 4) return { type: 'slogan' };
  // “红黑榜”制度: a quoted ranking list is the formula, the 制度 publishing it is its generic noun (like “好差评”制度).
  if (systemHead && c.endsWith('榜')) return { type: 'slogan' };
  if (systemHead && !NUMERAL_START.test(c) && !FORMULA_MARK.test(c)) return { type: 'policy', extendTo: (systemHead[1] ?? systemHead[2] ?? '').length };

  // “百名博士进企业”: something carried into a kind of place is a named campaign, not an honour of the place.
  if (CAMPAIGN_INTO.test(c) || MASS_CAMPAIGN.test(c)) return { type: 'policy' };
  // A package of policy measures counted by articles (“省科创十二条”, 人才新政9条) is a named policy.
  if (POLICY_PACKAGE.test(c) && !NUMERAL_START.test(c)) return { type: 'policy' };
  if (COUNTED_PLAN.test(c)) return { type: 'policy' };
  const isFormula = NUMERAL_START.test(c) || FORMULA_MARK.test(c) || /[A-Za-z0-9]/.test(c);
  const isList = /[、，,]/.test(c);

  if (!isList) {
    const unlisted = classifyUnlistedQuote(c, before, after, directAfter, isFormula);
    if (unlisted !== undefined) return unlisted;
  }
  // “十大重点产业项目”: a count of generic projects names no formula (the guide's 十大产业项目).
  if (COUNTED_PROJECTS.test(c)) return null;

  if (!isFormula) {
    const plain = classifyPlainQuote(c, after, directAfter, isList);
    if (plain !== undefined) return plain;
  }
  // “山、水、沙、城”, “基础、产业、开放”: a list of everyday nouns names kinds of things, not a formula (guide rule 4).
  if (isList && listsCommonNouns(c)) return null;
  // “茶、菜、畜、果”四大主导产业: a list counted by what follows names the members of a class, not a formula.
  if (isList && countsListedItems(c, directAfter)) return null;
  // “某地老家、多彩某地”靓丽品牌: a listed slogan of a brand is the brand's wording (a 服务品牌 names a work style).
  if (isList && /^[\u4e00-\u9fff]{0,4}品牌/.test(directAfter) && !/^服务品牌/.test(directAfter)) return null;
  return { type: 'slogan' };
}

/**
 * A quote that is no list: honours, brands, products, descriptions and metaphors are no entity (null);
 * some shapes name a region, policy, slogan or project; undefined when none of them decides.
 */
function classifyUnlistedQuote(c: string, before: string, after: string, directAfter: string, isFormula: boolean): QuoteClass | null | undefined {
  const leaderWindow = before.replace(/.*[，。；：、,;:！!？?]/, '');
  // Two halves, each too large for V8 to inline: a deopt in one recompiles only that half.
  const byHonourOrNeighbours = classifyQuoteByHonourOrNeighbours(c, before, leaderWindow, directAfter, isFormula);
  if (byHonourOrNeighbours !== undefined) return byHonourOrNeighbours;
  return classifyQuoteByClauseOrShape(c, leaderWindow, after, directAfter, isFormula);
}

/** Honours and titles awarded, and words before or right after the quote that exclude it. */
function classifyQuoteByHonourOrNeighbours(c: string, before: string, leaderWindow: string, directAfter: string, isFormula: boolean): QuoteClass | null | undefined {
  if (HONOUR_QUALIFIER.test(c) && !NUMERAL_START.test(c)) return null;
  for (const ending of HONOURS) if (c.endsWith(ending) && c.length > ending.length && !COUNTED_BUNDLE.test(c) && !isPlaceProgramme(c)) return null;
  // 荣获“三无”县称号, 创建“六进”工作: a numbered formula inside an honour stays the slogan (guide rule 2); the honour is the rest.
  const isFormulaInHonour = NUMERAL_START.test(c) && !/^[^，。；]{0,4}[节会赛展]/.test(directAfter);
  if (!isFormulaInHonour) for (const leader of QUOTE_EXCLUDING_LEADERS) if (leaderWindow.endsWith(leader) || leaderWindow.includes(leader)) return null;
  if (RANKING_SCOPE_BEFORE.test(leaderWindow) && !NUMERAL_START.test(c)) return null;
  if (PEOPLE_COUNT_BEFORE.test(before)) return null;
  if (!isFormula && INSTITUTION_QUOTE.test(c)) return null;
  if (!isFormula && c.length >= 5 && BELT_QUOTE.test(c)) return { type: 'region' };
  for (const follower of QUOTE_EXCLUDING_FOLLOWERS) if (directAfter.startsWith(follower)) return null;
  return undefined;
}

/** Brands, products, apps, descriptions and metaphors by the clause after the quote or by the quote's own shape. */
function classifyQuoteByClauseOrShape(c: string, leaderWindow: string, after: string, directAfter: string, isFormula: boolean): QuoteClass | null | undefined {
  // “某某名菜”“某某小视频”等评选活动, “某某雕刻”等技能培训: entries of a contest or a trade taught, not formulas.
  if (CONTEST_OR_TRAINING_AFTER.test(after)) return null;
  const clause = after.replace(/[，。；：,;:！!？?].*$/s, '');
  // “某满意·某如意”营商环境品牌: two phrases paired by a middle dot are a catchphrase, the brand is what it promotes.
  if (/^(等)?[^，。；]{0,8}品牌/.test(clause) && !/服务品牌/.test(clause) && !DOT_PAIRED_PHRASES.test(c)) return null;
  if (/^[^，。；]{0,10}(平台|APP|小程序|公众号)/.test(clause)) return null;
  // “一非三贷” counts two kinds of lending: a bundle formula, unlike the product 农保贷.
  if (/[码贷卡宝券]$/.test(c) && c.length <= 6 && !COUNTED_BUNDLE.test(c)) return null;
  if (/通$/.test(c) && c.length >= 5) return null;
  // “某地模式”: a place's model of work is a named programme, like 某地基层治理模式 in running text (guide rule 5).
  if (c.endsWith('模式') && isPlaceName(c.slice(0, -2))) return { type: 'policy' };
  if (/[式型]$/.test(c) && c.length <= 4 && !isFormula) return null;
  if (/(节|会|赛|展)$/.test(c) && !isFormula) return null;
  if (ADOPTING_BEFORE.test(leaderWindow) && /^.{2,4}经验$/.test(c) && isPlaceName(c.slice(0, -2))) return { type: 'slogan' };
  if (isJargonShape(c)) return null;
  if (MANNER_AFTER.test(directAfter)) return null;
  // “永不落幕”的展会, “家门口”的服务: a short plain phrase qualifying a noun with 的 describes it (guide rule 4).
  if (!isFormula && c.length <= 4 && directAfter.startsWith('的')) return null;
  // 成为百姓的“致富花”, 成为造福人民的“幸福河”: what something becomes is a metaphor for it (guide rule 4).
  if (BECOMING_BEFORE.test(leaderWindow)) return null;
  if (!isFormula && /^(产业)?发展模式/.test(directAfter)) return null;
  // “某某展示园”项目, “某某不止于菜”项目: a plain quoted name before 项目 names the undertaking.
  if (!isFormula && directAfter.startsWith('项目') && c.length >= 4) return { type: 'project' };
  if (!isFormula && FACILITY_QUOTE.test(c)) return null;
  if (!isFormula && isDescriptivePhrase(c)) return null;
  return undefined;
}

/** A quote built on no numeral or mark: programme and project shapes, paired tasks, idioms; undefined when none decides. */
function classifyPlainQuote(c: string, after: string, directAfter: string, isList: boolean): QuoteClass | null | undefined {
  if (DIGITAL_GOVERNANCE.test(c) || THEME_YEAR.test(c)) return { type: 'policy' };
  if (PROJECT_QUOTE.test(c) && c.length >= 5) return { type: 'project' };
  for (const ending of PROGRAMME_ENDINGS_QUOTED) if (c.endsWith(ending) && c.length > ending.length + 1) return { type: 'policy' };
  if (PROVINCE_PROGRAMME.test(c)) return { type: 'policy' };
  const trade = PLACE_TRADE.exec(c);
  if (trade && isPlaceName(trade[1] as string)) return PEOPLE_COUNT_AFTER.test(directAfter) ? null : { type: 'policy' };
  for (const prefix of PLACE_PROGRAMME_PREFIXES) {
    if (c.startsWith(prefix) && c.length - prefix.length >= 2 && c.length - prefix.length <= 4 && isPlaceLike(c.slice(prefix.length))) return { type: 'policy' };
  }
  if (isPlaceProgramme(c)) return { type: 'policy' };
  // “控棉增饲”行动: two paired verb-object tasks are a catchphrase formula, the 行动 after it is its generic noun (like “放管服”改革).
  if (isPairedTasks(c)) return { type: 'slogan' };
  if (!isList && PROGRAMME_FOLLOWER.test(after) && c.length >= 4) return { type: 'policy' };
  // “南征北战”, “蓄水池”: a common dictionary word or idiom in quotes is a figure of speech, not a formula.
  if (lookupFrequency(c) >= COMMON_WORD_FREQUENCY) return null;
  return undefined;
}

/** “绿满某地”, “欢乐某地”: a two-character aim joined to a place names that place's programme (guide rule 5: 平安乌海, 美丽衡阳). */
function isPlaceProgramme(c: string): boolean {
  return /^[\u4e00-\u9fff]{4,5}$/.test(c) && !NUMERAL_START.test(c) && isPlaceName(c.slice(2)) && !isPlaceName(c.slice(0, 2));
}

/** 控X增Y, 破零倍增: not an idiom; a verb opening a two-character non-word, then a verb (or verb word) opening the second pair. */
function isPairedTasks(c: string): boolean {
  if (!/^[\u4e00-\u9fff]{4}$/.test(c) || lookupTag(c[0] as string) !== 'v' || lookupFrequency(c.slice(0, 2)) >= COMMON_WORD_FREQUENCY || lookupFrequency(c) >= COMMON_WORD_FREQUENCY) return false;
  return lookupTag(c[2] as string) === 'v' || lookupTag(c.slice(2)) === 'v';
}

/** A count of projects made only of generic words: 十大重点产业项目, 五个重大项目. */
const COUNTED_PROJECTS = /^[一二三四五六七八九十百两\d]+[大个项批类]?(重点|重大|产业|民生|基础设施|招商|建设|实事|工业|农业)*项目$/;
/** A three-character noun for a kind of product, food or platform: 平价菜, 储备肉, 畜牧云 (guide rule 4). */
const PRODUCT_NOUN = /^[\u4e00-\u9fff]{2}[菜肉粮米油蛋奶果茶酒鱼云链仓]$/;
/** A place joined to a make or brand word: 某地制造, 某地好物 (a label, not a formula). */
const PLACE_LABEL = /^(.{2,4})(制造|智造|创造|好物|优品|品牌|出品)$/;
/** A superlative description of a place: 最美县城, 最特小镇. */
const SUPERLATIVE_PLACE = /^最[\u4e00-\u9fff]{1,2}(县城|城市|乡村|小镇|城区|县|市|镇|村)$/;

/** A kind of economy, enclave or circle: 能人经济, 科创飞地, 人才生态圈 (jargon like 飞地经济, guide rule 4). */
const KIND_OF_ECONOMY = /^[\u4e00-\u9fff]{1,4}(经济|飞地|生态圈|朋友圈|生活圈)$/;
/** Short jargon by its last character: 菜篮子 or 卡脖子 (a figure, guide rule 4), 标准地 or 洼地 (a kind of land), 非农化 (a trend), 就医难 (a difficulty), 断链点 (a weak spot), 轻骑兵 (a role), 某某杯 (a contest). */
const JARGON_SUFFIXED = /^[\u4e00-\u9fff]{2}[化难点处兵员子键]$|^[\u4e00-\u9fff]{2,5}地$|^[\u4e00-\u9fff]{2,4}杯$/;
/** A place's own speed or experience: 某地速度, 某地经验 (a description, unlike the national 枫桥经验). */
const PLACE_DESCRIPTION = /^(.{2,4})(速度|经验|样板|范例|现象|效应|力量)$/;
/** Certificates and labels issued to something: 某某产品认证, 某某登记证 (an honour, guide rule 4). */
const CERTIFICATE = /(认证|登记证|许可证|证书)$/;
/** Hard and soft links, powers and settings: 硬联通, 软环境 (jargon). */
const HARD_SOFT_TERM = /^[硬软][\u4e00-\u9fff]{2}$/;
/** A regional positioning title: 中部匠都, 西部陆港 (an aspiration, like 桥头堡 or 增长极). */
const POSITIONING_TITLE = /^(中部|西部|东部|南部|北部|中西部|东北|西南|西北|华中|华南|华东|华北)[\u4e00-\u9fff]{1,2}(之都|都|港|谷|城|枢纽|高地)$/;

/** “舌尖上的安全”, “最有价值的资料库”: a noun phrase joined by 的, with no 是 to make it a statement. */
const MODIFIED_NOUN_PHRASE = /^[^的是]{2,8}的[^的是]{2,10}$/;

/** A description rather than a formula (guide rule 4): a 的-phrase that does not open with a verb (打造…的…城市 is a goal). */
function isDescriptivePhrase(c: string): boolean {
  return MODIFIED_NOUN_PHRASE.test(c) && !lookupTag(c.slice(0, 2)).startsWith('v');
}

/** Quoted jargon and labels recognised by shape (guide rule 4): not entities even when quoted. */
function isJargonShape(c: string): boolean {
  if (NUMERAL_START.test(c) || FORMULA_MARK.test(c)) return false;
  if (PRODUCT_NOUN.test(c) || SUPERLATIVE_PLACE.test(c)) return true;
  if (KIND_OF_ECONOMY.test(c) || HARD_SOFT_TERM.test(c) || POSITIONING_TITLE.test(c)) return true;
  if (JARGON_SUFFIXED.test(c) || CERTIFICATE.test(c) || isNounWithNounHead(c) || isOneCharTaskOnNoun(c)) return true;
  const label = PLACE_LABEL.exec(c) ?? PLACE_DESCRIPTION.exec(c);
  return (label !== null && isPlaceName(label[1] as string)) || isPlaceWithCommonNoun(c);
}

/** 某地群众, 某地油茶, 某地府治: a place before a plain noun names its people, a product or a seat (a label, guide rule 4); a trade or programme word makes a programme. */
function isPlaceWithCommonNoun(c: string): boolean {
  if (!/^[\u4e00-\u9fff]{4}$/.test(c) || !isPlaceName(c.slice(0, 2)) || lookupTag(c.slice(2)) !== 'n') return false;
  return !PLACE_TRADE.test(c) && !PROGRAMME_ENDINGS_QUOTED.some((ending) => c.endsWith(ending));
}

/** 无人船, 城市病, 油气网: a noun word before a one-character noun head names a kind of thing (guide rule 4), unlike 网上办 or 公转铁. */
function isNounWithNounHead(c: string): boolean {
  if (!/^[\u4e00-\u9fff]{3}$/.test(c)) return false;
  const modifier = c.slice(0, 2);
  return lookupFrequency(modifier) >= COMMON_WORD_FREQUENCY && lookupTag(modifier).startsWith('n') && lookupTag(c[2] as string).startsWith('n');
}

/** 抓招商, 补短板, 微心愿: one verb or noun character before a noun word is a task or a thing described (guide rule 4, like 卡脖子), not a coined formula. */
function isOneCharTaskOnNoun(c: string): boolean {
  if (!/^[\u4e00-\u9fff]{3}$/.test(c)) return false;
  const head = lookupTag(c[0] as string);
  return (head === 'v' || head === 'n') && lookupTag(c.slice(1)) === 'n';
}

/** 学习“某地经验”, 推广“某地经验”: a place's experience held up to be learnt or spread is a named work method. */
const ADOPTING_BEFORE = /(学习|推广|借鉴|复制)$/;

/** A count after a quoted list, unless it counts campaigns (“A、B、C”三大行动 spells out a formula). */
const LIST_COUNT_AFTER = /^([一二三四五六七八九十两]|\d+)[大类个项](?!(?:专项)?(?:行动|战役|攻坚战|保卫战|工程|振兴|攻坚))/;

/** The words after a quoted list open with a count equal to the number of its items (“A、B、C”三大…). */
function countsListedItems(list: string, after: string): boolean {
  const count = LIST_COUNT_AFTER.exec(after)?.[1];
  if (!count) return false;
  return list.split(/[、，,]/).length === parseChineseNumber(count);
}

/** jieba's frequency from which a listed item is an everyday word (碧水 at 88 is not). */
const EVERYDAY_WORD_FREQUENCY = 500;

/** Every item is an everyday word and most are nouns or noun morphemes (茶, 果, 产业), unlike verbs (追赶、领先、跨越). */
function listsCommonNouns(list: string): boolean {
  const items = list.split(/[、，,]/);
  if (items.some((item) => lookupFrequency(item) < EVERYDAY_WORD_FREQUENCY)) return false;
  const nouns = items.filter((item) => /^(n|zg|ng)/.test(lookupTag(item))).length;
  return nouns * 2 > items.length;
}

/** A place name (official, short or alias) after a programme prefix. */
function isPlaceLike(rest: string): boolean {
  return isHan(rest[rest.length - 1]) && isPlaceName(rest.replace(/行动$/, ''));
}
