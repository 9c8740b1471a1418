/**
 * Unquoted mentions found through lexicons of general knowledge (national formulas,
 * campaigns, well-known companies) and through numeral patterns (三大攻坚战).
 */
import type { EntityType } from '../vocabulary.ts';
import type { Candidate } from './candidate.ts';
import { PRIORITY } from './candidate.ts';
import { CAMPAIGN_DESTINATIONS, NATIONAL_POLICIES, PROVINCE_ABBREVIATION_CHARS, NATIONAL_PROJECTS, NATIONAL_SLOGANS, PLACE_PROGRAMME_PREFIXES, WELL_KNOWN_COMPANIES, WELL_KNOWN_ORGANIZATIONS } from './lexicons.ts';
import { leftScan, scanNameLeft } from './boundary.ts';
import { isGazetteerName, loadRegionNames, type RegionNameSource } from './region-names.ts';
import type { TextView } from './text-view.ts';
import { createCodeTrie, createPhraseMatcher, findTrieChild, hanRunStart, isHan, type CodeTrie } from './text-view.ts';
import { parseChineseNumber } from '../text/chinese-number.ts';
import { lookupFrequency, lookupTag } from './tokenizer.ts';

const LEXICON_TYPES = new Map<string, EntityType>();
for (const word of NATIONAL_SLOGANS) LEXICON_TYPES.set(word, 'slogan');
for (const word of NATIONAL_POLICIES) LEXICON_TYPES.set(word, 'policy');
for (const word of NATIONAL_PROJECTS) LEXICON_TYPES.set(word, 'project');
for (const word of WELL_KNOWN_COMPANIES) LEXICON_TYPES.set(word, 'company');
for (const word of WELL_KNOWN_ORGANIZATIONS) LEXICON_TYPES.set(word, 'organization');
const matchLexicon = createPhraseMatcher(LEXICON_TYPES.keys());
/**
 * A known national name keeps its own type when it is quoted as a whole: “雪亮工程” is a project and
 * “优质粮食工程” a programme, where the quote's shape alone would read them the other way round.
 */
const NATIONAL_NAME_PRIORITY = PRIORITY.quoted + 1;

/** Numbered campaigns and lines: 三大攻坚战, 五大振兴, 三条控制线, 五级书记抓脱贫; ranked tasks 精一强二优三 (guide). */
const NUMERAL_FORMULA = /(?![第十])[\u4e00-\u9fff]一(?![第十])[\u4e00-\u9fff]二(?![第十])[\u4e00-\u9fff]三|[一二三四五六七八九十两]大(?:攻坚战|战役|保卫战|攻坚行动|振兴)|[一二三四五六七八九十两]条(?:控制线|底线|红线|防线)|[一二三四五六七八九十]级书记抓[\u4e00-\u9fff]{2}|[两三四五六]色(?:旅游|文化)/g;
/** N things acted on together: 四水同治, 六网会战, 三量齐升 (guide rule 3); a list before it names the things, it stays outside (总量、质量、均量三量齐升). */
const JOINT_ACTION_FORMULA = /[两三四五六七八九十](?![年个大项])[\u4e00-\u9fff](?:同治|会战|齐升|共治|联创|同创|并举)/g;
const MAX_LIST_ITEM = 8;

/**
 * 蓝天、碧水、净土三大保卫战, 乡村产业、人才、文化、生态、组织五大振兴: a 、-list right before a counted
 * formula with as many items as the count spells out the formula and belongs to it. Returns the list's start.
 */
function extendOverCountedList(view: TextView, formulaStart: number): number {
  const { text } = view;
  const count = parseChineseNumber(text[formulaStart] ?? '');
  if (!count) return formulaStart;
  let items = 0;
  let end = formulaStart;
  for (;;) {
    const start = hanRunStart(text, end, MAX_LIST_ITEM);
    if (start === end) return formulaStart;
    items++;
    if (text[start - 1] === '、') {
      end = start - 1;
      continue;
    }
    // The first item starts where the clause's verb ends (划定|生态保护红线、…).
    const first = scanNameLeft(view, end, leftScan({ maxChars: MAX_LIST_ITEM, stopAtVerbs: true }))[0];
    return items === count && items > 1 && first ? first.start : formulaStart;
  }
}

/** 国家脱贫攻坚普查: a census of a programme is named like the national censuses (第七次全国人口普查), a policy with the issuer before it. */
function programmeCensusExtent(text: string, start: number, end: number): { start: number; end: number } | undefined {
  if (text.slice(end, end + 2) !== '普查') return undefined;
  const issuer = text.slice(start - 2, start);
  return { start: issuer === '国家' || issuer === '全国' ? start - 2 : start, end: end + 2 };
}

const matchPlacePrefix = createPhraseMatcher(PLACE_PROGRAMME_PREFIXES);
const POLICY_WORK_AFTER = /^([\d０-９.]|修复|制度)/;
/** One-character abbreviations of the provinces (湘, 粤, 沪 …). */
export const PROVINCE_ABBREVIATIONS: ReadonlySet<string> = new Set([...PROVINCE_ABBREVIATION_CHARS]);

/** A place name as used after 平安/美丽/健康 …: a short or full official name, or a well-known alias. */
export function isPlaceName(word: string, names: RegionNameSource = loadRegionNames()): boolean {
  if (word.length < 2 || word.length > 5) return false;
  if (names.fullNames.has(word)) return true;
  if (names.shortNames.has(word)) return lookupTag(word) === 'ns' || lookupFrequency(word) <= 50;
  return word === '中国' || word.length === 1 && PROVINCE_ABBREVIATIONS.has(word);
}

/** Any place the gazetteer or the place-name list knows, whatever its tag or frequency (宝兴, 雅安市, 中国). */
export function isKnownPlace(word: string, names: RegionNameSource = loadRegionNames()): boolean {
  return isGazetteerName(word, names) || isPlaceName(word, names);
}

let placeTrie: { source: RegionNameSource; trie: CodeTrie } | undefined;

/**
 * Bit `n` set when `text.slice(from, from + n)` (n ≤ 5) is a name `isPlaceName` may accept: one walk
 * of a trie of the names instead of a slice and two map lookups for every length.
 */
function findPlaceNameLengths(text: string, from: number, names: RegionNameSource): number {
  if (placeTrie?.source !== names) {
    const words = new Set<string>(['中国']);
    for (const name of names.fullNames.keys()) if (name.length <= 5) words.add(name);
    for (const name of names.shortNames.keys()) if (name.length <= 5) words.add(name);
    placeTrie = { source: names, trie: createCodeTrie(words) };
  }
  const { trie } = placeTrie;
  const to = Math.min(text.length, from + 5);
  if (from >= to) return 0;
  let bits = 0;
  for (let j = from + 1, node = trie.root[text.charCodeAt(from)] as number; node !== 0; j++) {
    if (trie.terminal[node] === 1) bits |= 1 << (j - from);
    if (j >= to) break;
    node = findTrieChild(trie, node, text.charCodeAt(j));
  }
  return bits;
}

/** A common noun starts at `at` (乡村, 能力), so the words before it qualify that noun. */
function isAttributeOfNoun(view: TextView, at: number): boolean {
  const token = view.tokens[view.tokenAt[at] ?? -1];
  return token !== undefined && token.start === at && token.word.length >= 2 && (token.tag === 'n' || token.tag === 'nz');
}

/** The rest of a campaign's title after its place (…持续提升行动, …专项行动), up to a word boundary. */
const PROGRAMME_TITLE_REST = /^[\u4e00-\u9fff]{0,6}?(?:三年行动计划|行动计划|专项行动|行动)/;

/** 健康某省持续提升行动: a place programme titles the campaign that follows it (longest extent). */
function extendOverProgrammeTitle(view: TextView, end: number): number {
  const rest = PROGRAMME_TITLE_REST.exec(view.text.slice(end, end + 12));
  return rest && view.boundaryAt[end + rest[0].length] ? end + rest[0].length : end;
}

/** 平安乌海, 健康凤阳, 法治潮州 (guide rule 5): a programme prefix joined to a place name. */
function recognizePlaceProgrammes(view: TextView, out: Candidate[]): void {
  const { text, boundaryAt } = view;
  const names = loadRegionNames();
  for (const m of matchPlacePrefix(text)) {
    if (isHan(text[m.start - 1]) && !boundaryAt[m.start]) continue;
    // 幸福新某地: "new" before the place belongs to the programme's name (guide rule 5).
    const placeEnd = placeProgrammeEnd(view, m.end, names) || (text[m.end] === '新' ? placeProgrammeEnd(view, m.end + 1, names) : 0);
    if (placeEnd) out.push({ type: 'policy', start: m.start, end: extendOverProgrammeTitle(view, placeEnd), rule: 'place-programme', priority: PRIORITY.lexicon });
  }
}

/** The end of the place name starting at `from` that completes a place programme, or 0. */
function placeProgrammeEnd(view: TextView, from: number, names: ReturnType<typeof loadRegionNames>): number {
  const { text, boundaryAt } = view;
  const nameLengths = findPlaceNameLengths(text, from, names);
  for (let len = 4; len >= 2; len--) {
    // Near the end of the text the slice is shorter than `len`: it is that shorter word that is tested.
    if ((nameLengths & (1 << Math.min(len, text.length - from))) === 0) continue;
    const place = text.slice(from, from + len);
    if (!isPlaceName(place, names)) continue;
    const after = text[from + len];
    // 健康宝兴建设 yes; 美丽乡村 no (not a place); 平安乌海市民 no (word continues).
    if (isHan(after) && !boundaryAt[from + len] && !/[建行工计战]/.test(after ?? "")) continue;
    // 美丽宜居乡村, 创新策源能力: a noun right after makes the pair an attribute of that noun, not a programme.
    if (isAttributeOfNoun(view, from + len)) continue;
    return from + len;
  }
  return 0;
}

/** 蓝天、碧水、净土保卫战: the bare items before a shared campaign head are campaigns too (guide rule 9). */
const SHARED_CAMPAIGN_ITEMS = /((?:[\u4e00-\u9fff]{2}、)+)[\u4e00-\u9fff]{2}保卫战$/;

function recognizeSharedCampaignItems(text: string, out: Candidate[]): void {
  for (let at = text.indexOf('保卫战'); at >= 0; at = text.indexOf('保卫战', at + 3)) {
    const list = SHARED_CAMPAIGN_ITEMS.exec(text.slice(Math.max(0, at - 15), at + 3));
    if (!list) continue;
    let start = at - 2 - (list[1] as string).length;
    for (const item of (list[1] as string).split('、').filter(Boolean)) {
      out.push({ type: 'policy', start, end: start + item.length, rule: 'shared-campaign', priority: PRIORITY.lexicon });
      start += item.length + 1;
    }
  }
}

const CAMPAIGN_DESTINATION = new RegExp(`^进(${CAMPAIGN_DESTINATIONS.join('|')})`);

/** 文化进万家, 戏曲进校园: something carried into a kind of place by a word of its own (进, not 推进) is a named campaign. */
function recognizeCampaignsInto(view: TextView, out: Candidate[]): void {
  const { text, tokens, tokenAt, boundaryAt } = view;
  for (let at = text.indexOf('进'); at >= 0; at = text.indexOf('进', at + 1)) {
    if (tokens[tokenAt[at] ?? -1]?.start !== at) continue;
    const destination = CAMPAIGN_DESTINATION.exec(text.slice(at, at + 6));
    if (!destination || !boundaryAt[at + destination[0].length]) continue;
    const subject = scanNameLeft(view, at, leftScan({ maxChars: 6, stopAtVerbs: true }));
    const start = subject[0]?.start ?? at;
    if (at - start < 2 || !/^[\u4e00-\u9fff]+$/.test(text.slice(start, at))) continue;
    out.push({ type: 'policy', start, end: at + destination[0].length, rule: 'campaign-into', priority: PRIORITY.lexicon });
  }
}

/** 出台某某实施意见, 修订完善某某奖励办法: a document issued without 《》 is named by its title all the same. */
const ISSUED_DOCUMENT = /(?:出台|印发|制定实施|制定|制订|颁布|修订完善|修订|发布)了?([\u4e00-\u9fff]{4,20}?(?:实施意见|意见|实施方案|工作方案|办法|若干措施|细则))/g;
/** 编制某某产品保护与开发利用规划: a plan being drawn up is named by its title; short ones (国土空间规划) are kinds of plan. */
const DRAFTED_PLAN = /(?:编制完成|编制)了?([\u4e00-\u9fff]{6,28}?规划)/g;
/** Titles made of a quantifier or reference only (相关意见, 一系列办法) name no document; 制订完善 is one verb. */
const UNNAMED_TITLE = /^(完善|相关|有关|一系列|系列|配套|具体|若干|一批|多项|各项|专项|系统)/;
/** 编制国土空间总体规划, 编制全县某某修复规划: a plan named by its national kind or by the whole jurisdiction only names no particular plan. */
const KIND_OF_PLAN = /^(国土空间|全县|全市|全区|全省|全州)/;

/** 制定都要征求…意见: an adverb shows a clause, not a title. */
function hasAdverb(view: TextView, start: number, end: number): boolean {
  for (let at = start; at < end; ) {
    const token = view.tokens[view.tokenAt[at] ?? -1];
    if (!token) return false;
    if (token.tag === 'd') return true;
    at = token.end;
  }
  return false;
}

function recognizeIssuedDocuments(view: TextView, out: Candidate[]): void {
  recognizeTitlesAfterVerb(view, ISSUED_DOCUMENT, null, out);
  recognizeTitlesAfterVerb(view, DRAFTED_PLAN, KIND_OF_PLAN, out);
}

/** Titles (group 1 of `pattern`) after the verb that issues them; `kindOnly` marks titles that name only a kind of document. */
function recognizeTitlesAfterVerb(view: TextView, pattern: RegExp, kindOnly: RegExp | null, out: Candidate[]): void {
  const { text, boundaryAt } = view;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    const title = m[1] as string;
    const end = m.index + m[0].length;
    const start = end - title.length;
    if (UNNAMED_TITLE.test(title) || kindOnly?.test(title) || !boundaryAt[end] || !boundaryAt[start] || hasAdverb(view, start, end)) continue;
    out.push({ type: 'policy', start, end, rule: 'issued-document', priority: PRIORITY.lexicon });
  }
}

/** 京蒙扶贫协作, 粤桂协作: two paired provinces name their part of the national 东西部扶贫协作 (guide rule 5). */
const PAIRED_COOPERATION = /^(扶贫协作|协作帮扶|东西部协作)/;

function recognizePairedCooperation(view: TextView, out: Candidate[]): void {
  const { text, boundaryAt } = view;
  for (let at = text.indexOf('协作'); at >= 0; at = text.indexOf('协作', at + 2)) {
    const headStart = text[at - 1] === '贫' && text[at - 2] === '扶' ? at - 2 : at;
    const head = PAIRED_COOPERATION.exec(text.slice(headStart, headStart + 5));
    const start = headStart - 2;
    if (!head || start < 0 || !boundaryAt[start]) continue;
    if (!PROVINCE_ABBREVIATIONS.has(text[start] as string) || !PROVINCE_ABBREVIATIONS.has(text[start + 1] as string)) continue;
    out.push({ type: 'policy', start, end: headStart + head[0].length, rule: 'paired-cooperation', priority: PRIORITY.lexicon });
  }
}

/** 促进消费25条措施, 某地区承接产业转移24条扶持政策: a counted set of measures is a named document (guide: 人才新政9条). */
const COUNTED_MEASURES_AFTER = /^(扶持|支持|具体)?(措施|政策|举措)/;
const COUNT_BEFORE = /(\d+|[一二三四五六七八九十]+)$/;
/** The verb that puts the measures into force ends the title on its left (落实|某某10条措施). */
const MEASURES_CUE = /.*(落实|出台|贯彻|执行|用足用活|用好|制定|印发|实施|兑现|推出)/;
const MAX_MEASURES_TITLE = 24;

function recognizeCountedMeasures(text: string, out: Candidate[]): void {
  for (let at = text.indexOf('条'); at >= 0; at = text.indexOf('条', at + 1)) {
    const kind = COUNTED_MEASURES_AFTER.exec(text.slice(at + 1, at + 5));
    const count = kind && COUNT_BEFORE.exec(text.slice(Math.max(0, at - 4), at));
    if (!kind || !count) continue;
    const countStart = at - count[0].length;
    let start = hanRunStart(text, countStart, MAX_MEASURES_TITLE);
    const cue = MEASURES_CUE.exec(text.slice(start, countStart));
    if (cue) start += cue[0].length;
    else if (isHan(text[start - 1]) || text[start - 1] === '《' || text[start - 1] === '“') continue;
    // 落实省促进消费25条措施: the level that issued the measures is no part of their title.
    if (/^[省市县区州][\u4e00-\u9fff]{4}/.test(text.slice(start, countStart))) start++;
    if (countStart - start < 4 || /^[的和与及等]/.test(text[start] ?? '')) continue;
    out.push({ type: 'policy', start, end: at + 1 + kind[0].length, rule: 'counted-measures', priority: PRIORITY.lexicon });
  }
}

/** 实施服务业创新发展十大工程: a counted bundle of programmes titled by its field (not quoted) is a named programme (dev: …六大专项行动). */
const PROGRAMME_BUNDLE_CUE = /.*(实施|推进|启动)/;
const MAX_BUNDLE_TITLE = 14;

function recognizeTitledProgrammeBundles(text: string, out: Candidate[]): void {
  for (let at = text.indexOf('大工程'); at >= 0; at = text.indexOf('大工程', at + 3)) {
    const countStart = at - 1;
    if (!/[二三四五六七八九十]/.test(text[countStart] ?? '')) continue;
    const start = hanRunStart(text, countStart, MAX_BUNDLE_TITLE);
    const cue = PROGRAMME_BUNDLE_CUE.exec(text.slice(start, countStart));
    if (!cue || countStart - start - cue[0].length < 4) continue;
    out.push({ type: 'policy', start: start + cue[0].length, end: at + 3, rule: 'titled-programme-bundle', priority: PRIORITY.lexicon });
  }
}

/** 12345政务服务热线: a public hotline number is a formula like 12338 (guide: slogan examples). */
const HOTLINE_NUMBER = /(?<!\d)\d{5,6}$/;

function recognizeHotlineNumbers(text: string, out: Candidate[]): void {
  for (let at = text.indexOf('热线'); at >= 0; at = text.indexOf('热线', at + 2)) {
    const before = /(政务服务|政府服务|便民服务|服务)?$/.exec(text.slice(Math.max(0, at - 4), at));
    const numberEnd = at - (before?.[0].length ?? 0);
    const number = HOTLINE_NUMBER.exec(text.slice(Math.max(0, numberEnd - 7), numberEnd));
    if (number) out.push({ type: 'slogan', start: numberEnd - number[0].length, end: numberEnd, rule: 'hotline-number', priority: PRIORITY.lexicon });
  }
}

export function recognizeLexiconMentions(view: TextView): Candidate[] {
  const { text, boundaryAt } = view;
  const out: Candidate[] = [];
  let lastEnd = -1;
  for (const m of matchLexicon(text)) {
    if (m.start < lastEnd) continue;
    const type = LEXICON_TYPES.get(m.phrase);
    if (!type) continue;
    // Short entries need token boundaries (六稳 yes, 三农 inside 三农村 no).
    const aligned = boundaryAt[m.start] === 1 && boundaryAt[m.end] === 1;
    const looseOk = m.phrase.length >= 4 || !isHan(text[m.end]) || !isHan(text[m.start - 1]);
    if (!aligned && !looseOk) continue;
    if ((type === 'company' || type === 'organization') && !aligned) continue;
    // 退耕还林12万亩, 天然林保护修复: a quantity of the work or a longer noun, not the programme itself.
    if (type === 'policy' && POLICY_WORK_AFTER.test(text.slice(m.end, m.end + 2))) continue;
    const census = type === 'policy' ? programmeCensusExtent(text, m.start, m.end) : undefined;
    out.push({ type, start: census?.start ?? m.start, end: census?.end ?? m.end, rule: 'lexicon', priority: NATIONAL_NAME_PRIORITY });
    lastEnd = census?.end ?? m.end;
  }
  recognizePlaceProgrammes(view, out);
  recognizeSharedCampaignItems(text, out);
  recognizeHotlineNumbers(text, out);
  recognizeCampaignsInto(view, out);
  recognizeIssuedDocuments(view, out);
  recognizePairedCooperation(view, out);
  recognizeCountedMeasures(text, out);
  recognizeTitledProgrammeBundles(text, out);
  NUMERAL_FORMULA.lastIndex = 0;
  for (let m = NUMERAL_FORMULA.exec(text); m; m = NUMERAL_FORMULA.exec(text)) {
    out.push({ type: 'slogan', start: extendOverCountedList(view, m.index), end: m.index + m[0].length, rule: 'numeral-formula', priority: PRIORITY.lexicon });
  }
  JOINT_ACTION_FORMULA.lastIndex = 0;
  for (let m = JOINT_ACTION_FORMULA.exec(text); m; m = JOINT_ACTION_FORMULA.exec(text)) {
    out.push({ type: 'slogan', start: m.index, end: m.index + m[0].length, rule: 'numeral-formula', priority: PRIORITY.lexicon });
  }
  return out;
}
