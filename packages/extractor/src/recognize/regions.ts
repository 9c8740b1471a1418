/**
 * Region recogniser: gazetteer names on token boundaries, short names only where the
 * document (or jieba's place tag) supports them, well-known areas, rivers and lakes,
 * villages and communities by suffix, and extensions such as 流域 or …段.
 */
import type { Candidate } from './candidate.ts';
import { PRIORITY } from './candidate.ts';
import { listPieceWords } from './boundary.ts';
import { COMPANY_HEADS, GENERIC_AREAS, GENERIC_WORDS, LEFT_BOUNDARY_WORDS, ORGANIZATION_HEADS, PARK_HEADS, PROJECT_HEADS, REGION_ALIASES, WORLD_REGIONS } from './lexicons.ts';
import { isPlaceName, PROVINCE_ABBREVIATIONS } from './lexicon-matches.ts';
import { isGazetteerName, loadRegionNames, type RegionNameSource } from './region-names.ts';
import type { TextView } from './text-view.ts';
import { createCodeTrie, createPhraseMatcher, findTrieChild, isHan, isHanCode, type CodeTrie } from './text-view.ts';
import { parseChineseNumber } from '../text/chinese-number.ts';
import type { Token } from './tokenizer.ts';
import { lookupFrequency } from './tokenizer.ts';

const ALIASES = new Set([...REGION_ALIASES, ...WORLD_REGIONS]);
ALIASES.delete('中国');
const MAX_TOKENS = 3;
/** Common words that are also short names of some county or town: never bare. */
const SHORT_NAME_STOPLIST = new Set(['新建', '大城', '天门', '大关', '江南', '资源', '合作', '和县', '城区', '新区', '开发', '发展', '建设', '中心', '东方', '长安', '新华', '和平', '人民', '胜利', '解放', '光明', '团结', '城关', '江南', '江北', '河东', '河西', '城东', '城西', '城南', '城北', '高新', '经开', '新城', '老城', '矿区', '林区', '郊区', '市中', '市辖', '白云', '青山', '朝阳', '永安', '太平', '文化', '红星', '前进', '东风', '向阳', '民主', '幸福', '和谐', '振兴', '复兴', '富民', '安全', '平安', '工业', '农业', '商业', '海港', '港口', '机场', '园区', '宝山']);
/** Rivers, lakes, springs and bays by their head (guide rule 8); mountains mostly name scenic spots and facilities, so only lists of them count. */
const RIVER = /^[\u4e00-\u9fff]{1,3}([河江湖泉]|海湾)$/;
const RIVER_FACILITY_FOLLOWER = /^(广场|公园|大桥|大厦|花园|小区|路|街|大道|跨[江河]|隧道)/;
const RIVER_OFFICE_AFTER = /^([(（][湖江河库][)）])?长(?!江|城|沙|白|寿|安|春|治|期|远|足|效)/;
/** 一条江 (a count), 河长巡河 (an office), 黑臭河, 跨江: river-shaped words that name no river. */
const NOT_A_RIVER_NAME = /黑臭|^[一二三四五六七八九十两几每]?[条个座处]|^[河湖江]长|[跨过越][江河]$/;
const RIVER_STOP = new Set(['林田湖', '田湖', '河湖', '江湖', '运河', '内河', '小河', '大河', '界河', '护城河', '河', '江', '湖', '黑臭河', '母亲河', '幸福河', '美丽河湖', '温泉', '清泉', '矿泉', '源泉', '海湾']);
const VILLAGE = /^[\u4e00-\u9fff]{2,3}(村|社区|嘎查)$/;
const VILLAGE_GENERIC = /(第|批|贫困|居家|智慧|完整|老旧|星级|无疫|健康|数字|整洁|薄弱|软弱|涣散|示范|样板|行政|文明|重点|空壳|涉农|自然|中心|新农|美丽|试点|特色|传统|旅游|集体|城中|城郊|边境|易地|安置|搬迁|少数|民族|先进|卫生|宜居|生态|绿色|和谐|幸福|农村|城市|乡村|全国|省级|市级|县级|各|每|本|该|个|所|多|全|新|老|一|二|三|这|那|此|其|村|镇|乡|街道)/;

/** Finds region mentions. */
export function recognizeRegions(view: TextView, names: RegionNameSource = loadRegionNames()): Candidate[] {
  const { text } = view;
  const out: Candidate[] = [];
  const fullMatches = findFullNames(view, names);
  const inDocument = collectDocumentNames(fullMatches.map((m) => text.slice(m.start, m.end)));
  out.push(...fullMatches);
  findLookupWords(view, names, inDocument, out);
  findSuffixedPlaces(view, out);
  findTowns(view, out);
  findHeadedTownPairs(view, out);
  findUnknownDivisions(view, out);
  findVillages(view, out);
  findStemMentions(view, out);
  findPlaceRivers(view, names, out);
  findProvincePairs(view, out);
  findCountedPlaceLists(view, out);
  findNamedNewTowns(view, out);
  findTownStemLists(view, names, out);
  findRiversBesideRivers(view, out);
  findTaggedMountains(view, out);
  findMountainsBeforeAreaWords(view, out);
  findCityBynames(view, out);
  findShoreBelts(text, out);
  extendMainStream(view, out);
  extendRiverReaches(text, out);
  return dropPlacesOpeningFacilityNames(view, dropPlacesNamingTerms(text, dropRouteEnds(text, dropPlacesOnlyInTitles(text, extendRegions(view, out)))));
}

/** Gazetteer names, short names and aliases over one to `MAX_TOKENS` tokens, longest first, kept where the text supports them. */
function findLookupWords(view: TextView, names: RegionNameSource, inDocument: DocumentNames, out: Candidate[]): void {
  const { text, tokens } = view;
  const lookupTrie = getLookupTrie(names);
  for (let i = 0; i < tokens.length; i++) {
    let matched = 0;
    const firstToken = tokens[i] as Token;
    if (!isHanCode(firstToken.word.charCodeAt(0))) continue;
    // One walk of the lookup trie from the token's start marks which of the next token ends close a lookup word.
    const endsWord = walkLookupTrie(lookupTrie, text, firstToken.start, Math.min(text.length, firstToken.start + 8));
    if (endsWord === 0 && !firstToken.word.endsWith('流域')) continue;
    // Asked for every candidate token, not in the rarely taken k === 1 branch, where optimised code would deopt on it.
    const isRiverOrLakeArea = namesRiverOrLakeArea(firstToken.word);
    for (let k = Math.min(MAX_TOKENS, tokens.length - i); k >= 1 && matched === 0; k--) {
      const first = firstToken;
      const last = tokens[i + k - 1];
      if (!last) continue;
      if (last.end - first.start < 2 || last.end - first.start > 8) continue;
      // 长江流域, 洞庭湖区: jieba keeps the area word in one token with the river or lake.
      if (k === 1 && isRiverOrLakeArea) {
        out.push({ type: 'region', start: first.start, end: first.end, rule: 'alias', priority: PRIORITY.region });
        matched = 1;
        continue;
      }
      if ((endsWord & (1 << (last.end - first.start))) === 0) continue;
      const word = k === 1 ? first.word : text.slice(first.start, last.end);
      const kind = judgeLookupWord(view, i, k, word, classifyRegionWord(word, k === 1 ? first.tag : 'x', names, inDocument), out);
      if (kind) {
        out.push({ type: 'region', start: first.start, end: last.end, rule: kind, priority: PRIORITY.region });
        matched = k;
      }
    }
    if (matched > 0) i += matched - 1;
  }
}

/** 流域 after a river, 区 after a lake (洞庭湖区). */
const RIVER_OR_LAKE_AREA_END = /(流域|(?<=湖)区)$/;

/** One path for every word (no rarely taken branch for optimised code to deopt on). */
function namesRiverOrLakeArea(word: string): boolean {
  const stem = word.replace(RIVER_OR_LAKE_AREA_END, '');
  return ALIASES.has(stem) && stem !== word;
}

const HAN_OR_OPENING_QUOTE = /[\u4e00-\u9fff“]/;

/** The kind of a lookup word over tokens `i` to `i + k`, or null where its neighbours make it part of a longer name. */
function judgeLookupWord(view: TextView, i: number, k: number, word: string, kind: string | null, out: Candidate[]): string | null {
  if (kind === null) return null;
  const { text, tokens } = view;
  const start = (tokens[i] as Token).start;
  const end = (tokens[i + k - 1] as Token).end;
  // Read on every call, not only in the rarely taken branch below, where optimised code would deopt on it.
  const closesQuote = text[end] === '”';
  // 昭乌达哲里木路: a short name glued to single unknown characters is part of a longer name.
  if (kind === 'short-name' && (isGluedChar(tokens[i - 1]) || isGluedChar(tokens[i + k]))) return null;
  // 神木垒, 皇故城: a two-character name right after a lone noun character ends a longer name.
  // A quoted brand closing on the place it names (“源味武川”) still names the place.
  if (kind === 'short-name' && end - start === 2 && isGluedNounChar(tokens[i - 1]) && !closesQuote) return null;
  // 湘江树图, 天河国云: a name glued to an unknown two-character word opens a longer name (a firm's).
  if ((kind === 'short-name' || kind === 'alias') && isUnknownPair(tokens[i + k]) && !HAN_OR_OPENING_QUOTE.test(text[start - 1] ?? '')) return null;
  // 滨湖东路, 珠海大道: a place name opening a street's name is part of that name.
  if (STREET_AFTER.test(text.slice(end, end + 3))) return null;
  if (kind === 'short-name' && opensLongerName(view, i, i + k, word, out)) return null;
  // 某某区委, 某某县政府: a place naming its government organ is part of the organ's name (guide rule 1).
  if (kind === 'short-name' && GOVERNMENT_ORGAN_AFTER.test(text.slice(end, end + 4))) return null;
  return kind;
}

/** Rivers, lakes, villages and communities by suffix, on token boundaries. */
function findSuffixedPlaces(view: TextView, out: Candidate[]): void {
  const { text, tokens } = view;
  for (let i = 0; i < tokens.length; i++) {
    if (!endsInSuffix(text, tokens[i]) && !endsInSuffix(text, tokens[i + 1])) continue;
    for (let k = 1; k <= 2 && i + k <= tokens.length; k++) {
      const first = tokens[i];
      const last = tokens[i + k - 1];
      if (!first || !last) continue;
      if (SUFFIX_LAST_CODES[text.charCodeAt(last.end - 1)] !== 1) continue;
      const word = text.slice(first.start, last.end);
      const riverShaped = isRiverShapedWord(view, out, i, k, word);
      const start = riverShaped ? findRiverStart(text, first, last, k, word) : findVillageStart(view, out, i, k, word);
      // One push for rivers and villages: a village's own push, first reached late, would deopt the optimised code.
      if (start >= 0) out.push({ type: 'region', start, end: last.end, rule: riverShaped ? 'river' : 'village', priority: PRIORITY.region - 5 });
      if (riverShaped || start >= 0) break;
    }
  }
}

const RIVER_HEAD_OR_ONE_CHAR = /(海湾|.)$/;

function isRiverShapedWord(view: TextView, out: Candidate[], i: number, k: number, word: string): boolean {
  const { text, tokens } = view;
  const first = tokens[i] as Token;
  const last = tokens[i + k - 1] as Token;
  // Read on every call, not only past the rarely passed RIVER test, where optimised code would deopt on them.
  const oneCharThenWord = k === 2 && first.word.length === 1;
  const placeTagged = k === 1 && first.tag === 'ns';
  if (!RIVER.test(word) || RIVER_STOP.has(word) || NOT_A_RIVER_NAME.test(word)) return false;
  if (word.length < 3 && !((oneCharThenWord || placeTagged) && followsRiver(text, out, first.start))) return false;
  if (oneCharThenWord && ALIASES.has(last.word)) return false;
  return isPlaceStem(listPieceWords(tokens, i, i + k), word.replace(RIVER_HEAD_OR_ONE_CHAR, ''), first.tag);
}

const SPRING_WORD_AFTER = /^[水源眼井]/;
const RIVER_HEAD_END = /[河江]$/;
const LENGTH_EPITHET = /^(千里|万里|百里)/;

/** Where the river a river-shaped word names starts, or -1 where the word is an office or opens a facility's name. */
function findRiverStart(text: string, first: Token, last: Token, k: number, word: string): number {
  if (word.endsWith('泉') && SPRING_WORD_AFTER.test(text[last.end] ?? '')) return -1;
  // 压实河(湖)长责任: 河长 is an office; 凤阳山河: 山河 is a common word, not a river's head.
  if (RIVER_OFFICE_AFTER.test(text.slice(last.end, last.end + 5)) || (k === 2 && last.word.length >= 2 && RIVER_HEAD_END.test(last.word) && lookupFrequency(last.word) > 300)) return -1;
  // 滨河广场, 沿河公园, 某河跨江通道: a river-shaped word that opens a facility name is not a river (guide rule 1).
  if (RIVER_FACILITY_FOLLOWER.test(text.slice(last.end, last.end + 2))) return -1;
  // 千里淮河, 八百里洞庭湖: a length epithet is not part of the river's name.
  const epithet = LENGTH_EPITHET.exec(word);
  return epithet && word.length - 2 >= 2 ? first.start + 2 : first.start;
}

const TWO_CHAR_VILLAGE = /^[\u4e00-\u9fff]{2}(村|社区)$/;
const VILLAGE_SUFFIX = /(村|社区|嘎查)$/;

/** Where the village or community the tokens from `i` name starts, or -1 where they name none. */
function findVillageStart(view: TextView, out: readonly Candidate[], i: number, k: number, word: string): number {
  const { text, tokens } = view;
  const first = tokens[i] as Token;
  const last = tokens[i + k - 1] as Token;
  // Read on every call, not only on the rare village path below, where optimised code would deopt on it.
  const nounBefore = i > 0 && (tokens[i - 1] as Token).tag === 'n';
  const { start } = first;
  const hanBefore = isHan(text[start - 1]);
  const lastWord = last.word;
  const villageShape = k === 1 ? TWO_CHAR_VILLAGE.test(word) : (lastWord === '村' || lastWord === '社区' || lastWord === '嘎查');
  if (!villageShape || !VILLAGE.test(word) || VILLAGE_GENERIC.test(word.slice(0, word.length - (word.endsWith('社区') ? 2 : 1)))) return -1;
  // Every test below is asked of every village-shaped word, not only past the one before, where optimised code would deopt.
  const villageStem = isVillageStem(word.replace(VILLAGE_SUFFIX, ''));
  const twoTokens = k > 1;
  const firstIsBoundary = LEFT_BOUNDARY_WORDS.has(first.word);
  const firstTagRejected = TOWN_STEM_TAGS_REJECT.has(first.tag);
  // 熊猫老家入口社区: a two-token stem glued to a noun before it is part of a longer name.
  const foundPlaceEndsBefore = out.some((c) => c.end === start);
  const glued = twoTokens && nounBefore && hanBefore && !foundPlaceEndsBefore;
  if (!villageStem || (twoTokens && (firstIsBoundary || firstTagRejected)) || glued) return -1;
  return start;
}

/** A facility's head closing a name that a place opens (某乡卫生院, 某江四级航道, 某地世界地质公园). */
const FACILITY_NAME_AFTER = /^[\u4e00-\u9fff\d]{0,8}?(卫生院|自来水厂|水厂|机场|航道|火车站|高铁站|景区|地质公园|综合体|服务社|小镇|无水港)/;

/** 某河沿线景区: the area along or round a place is no part of a facility's name. */
const AREA_ROUND_PLACE = /^(沿线|沿岸|两岸|周边|流域|境内|全域)/;

/**
 * 某乡卫生院, 某湖自来水厂: a place met only where it opens a facility's name is part of that
 * name (guide rule 1); a verb between them (某县新建机场) makes a clause, not a name.
 */
function dropPlacesOpeningFacilityNames(view: TextView, found: Candidate[]): Candidate[] {
  const { text, tokens, tokenAt } = view;
  return found.filter((c) => {
    if (c.type !== 'region') return true;
    const head = FACILITY_NAME_AFTER.exec(text.slice(c.end, c.end + 14));
    if (!head || AREA_ROUND_PLACE.test(text.slice(c.end, c.end + 2))) return true;
    const name = text.slice(c.start, c.end);
    if (text.indexOf(name) !== c.start || text.indexOf(name, c.end) >= 0) return true;
    const headStart = c.end + head[0].length - (head[1] as string).length;
    for (let at = c.end; at < headStart; ) {
      const token = tokens[tokenAt[at] ?? -1];
      if (!token) return true;
      if (token.tag === 'v' || token.tag === 'p' || token.tag === 'c') return true;
      at = token.end;
    }
    return false;
  });
}

/** 非洲猪瘟 (a disease), 中央某某工作座谈会 (a central meeting): the place is part of a fixed term's name (guide rule 1). */
function dropPlacesNamingTerms(text: string, found: Candidate[]): Candidate[] {
  return found.filter((c) => c.type !== 'region' || !(text.startsWith('猪瘟', c.end) || (text.startsWith('工作座谈会', c.end) && text.slice(c.start - 2, c.start) === '中央')));
}

/** Mountains are regions (guide rule 8): jieba tags a known mountain's name (某某山) as a place in one token. */
function findTaggedMountains(view: TextView, out: Candidate[]): void {
  for (const token of view.tokens) {
    if (token.word.length < 3 || !token.word.endsWith('山') || !isHan(token.word[0]) || token.tag !== 'ns') continue;
    if (out.some((c) => c.start < token.end && c.end > token.start)) continue;
    // 某山公园: a mountain opening a facility's name is part of that name (guide rule 1).
    if (RIVER_FACILITY_FOLLOWER.test(view.text.slice(token.end, token.end + 2))) continue;
    out.push({ type: 'region', start: token.start, end: token.end, rule: 'mountain', priority: PRIORITY.region - 5 });
  }
}

/** Words after a mountain's name that speak of the land round it (某山周边, 某山区域, 某山北麓). */
const MOUNTAIN_AREA_AFTER = /^(周边|区域|一带|[东西南北]麓)/;
/** Tags jieba gives an unknown or personal name; a common noun (矿山, 高山) is no mountain's name. */
const MOUNTAIN_NAME_TAGS = new Set(['x', 'nr', 'nz', 'nrt']);

/**
 * 某某山周边, 某某山区域: the land round a mountain is only spoken of by the mountain's name,
 * so an unknown …山 word there is a mountain (guide rule 8); jieba may split it (某某|山).
 */
function findMountainsBeforeAreaWords(view: TextView, out: Candidate[]): void {
  const { text, tokens } = view;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (!token.word.endsWith('山') || !MOUNTAIN_AREA_AFTER.test(text.slice(token.end, token.end + 2))) continue;
    const opener = token.word === '山' ? tokens[i - 1] : token;
    if (!opener || !MOUNTAIN_NAME_TAGS.has(opener.tag)) continue;
    const start = opener.start;
    const word = text.slice(start, token.end);
    if (word.length < 2 || word.length > 4 || !/^[\u4e00-\u9fff]+$/.test(word) || lookupFrequency(word) > 50) continue;
    out.push({ type: 'region', start, end: token.end, rule: 'mountain', priority: PRIORITY.region - 5 });
  }
}

/** A count, size, age, direction or kind opening a …城 word makes a kind of town (三城, 大城, 旧城, 古城), not a city's by-name. */
const NOT_A_BYNAME_OPENER = /^[一二三四五六七八九十两百千万大小新旧古老东西南北中内外上下前后绕都故府石花之县省京山江]/;

/** A …城 word this frequent in jieba's dictionary is a common word, no by-name. */
const BYNAME_MAX_FREQUENCY = 600;

/** 沿海经济带: a belt along the coast, a river or the border is a named belt (guide rule 8); jieba splits it as 沿海经济/带上. */
const SHORE_BELT = /沿[海江边]$/;

function findShoreBelts(text: string, out: Candidate[]): void {
  for (let at = text.indexOf('经济带'); at >= 0; at = text.indexOf('经济带', at + 3)) {
    // 沿江、沿海经济带: a shared head joins two kinds of belt, no one named belt.
    if (SHORE_BELT.test(text.slice(at - 2, at)) && text[at - 3] !== '、' && text[at + 3] !== '、' && !isInsideQuote(text, at)) {
      out.push({ type: 'region', start: at - 2, end: at + 3, rule: 'shore-belt', priority: PRIORITY.region });
    }
  }
}

/** “打造沿海经济带上的…城市”: a belt inside a quoted goal is part of that formula (guide rule 1). */
function isInsideQuote(text: string, at: number): boolean {
  return text.lastIndexOf('“', at) > text.lastIndexOf('”', at);
}

/**
 * 在某城大地, 凝聚某城众志: jieba knows a city's two-character by-name ending in 城 as a rare place word;
 * standing after a verb, a preposition or a particle it names the city (guide: a named place).
 * Glued after a noun (生态某城, 塞外某城) it is part of a longer phrase.
 */
function findCityBynames(view: TextView, out: Candidate[]): void {
  const { tokens } = view;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (token.word.length !== 2 || token.word[1] !== '城' || token.tag !== 'ns' || NOT_A_BYNAME_OPENER.test(token.word)) continue;
    if (lookupFrequency(token.word) >= BYNAME_MAX_FREQUENCY) continue;
    const before = tokens[i - 1];
    if (before && isHan(before.word[0]) && !/^[vpu]/.test(before.tag)) continue;
    const next = tokens[i + 1];
    if (next && opensEntityHead(next.word)) continue;
    if (out.some((c) => c.start < token.end && c.end > token.start)) continue;
    out.push({ type: 'region', start: token.start, end: token.end, rule: 'city-byname', priority: PRIORITY.region - 5 });
  }
}

/** A road, line or crossing right after a route's end points (某甲至某乙段, …至某乙大桥). */
const ROUTE_HEAD_AFTER = /^[\u4e00-\u9fff]{0,8}?(段|高速|公路|铁路|高铁|城际|轻轨|轨道|渡改桥|大桥|隧道|通道|快速路)/;
/** A flight between the two places (某甲至某乙国际航班): foreign city names run longer. */
const FLIGHT_AFTER = /^[\u4e00-\u9fff]{0,12}?(航班|航线)/;
/** A road or line whose section a place names (高速公路某地段, 国道110线某地段, 特高压(某地段)). */
const ROUTE_BEFORE_SECTION = /(公路|高速|铁路|国道|省道|县道|[\dA-Z一二三四五六七八九十]线|特高压)[(（]?$/;

/**
 * 某甲至某乙高速, 公路某地段: the end points and sections of a route are part of the route's
 * name, not places of their own (guide rule 1); elsewhere in the passage the place still counts.
 */
function dropRouteEnds(text: string, found: Candidate[]): Candidate[] {
  return found.filter((c) => {
    if (c.type !== 'region') return true;
    const after = text.slice(c.end, c.end + 16);
    if (after.startsWith('段')) return !ROUTE_BEFORE_SECTION.test(text.slice(Math.max(0, c.start - 4), c.start));
    if (after.startsWith('至')) return !ROUTE_HEAD_AFTER.test(after.slice(1)) && !FLIGHT_AFTER.test(after.slice(1));
    if (text[c.start - 1] === '至') return !ROUTE_HEAD_AFTER.test(after) && !FLIGHT_AFTER.test(after);
    return true;
  });
}

/**
 * 创作《某河交响曲》: a place inside a title is part of the title's name (guide rule 1),
 * unless the passage also names it outside titles.
 */
function dropPlacesOnlyInTitles(text: string, found: Candidate[]): Candidate[] {
  if (!text.includes('《')) return found;
  const titles: Array<[number, number]> = [];
  for (let open = text.indexOf('《'); open >= 0; open = text.indexOf('《', open + 1)) {
    const close = text.indexOf('》', open);
    if (close < 0) break;
    titles.push([open, close]);
  }
  const inTitle = (at: number, end: number) => titles.some(([open, close]) => open < at && end <= close);
  return found.filter((c) => {
    if (!inTitle(c.start, c.end)) return true;
    const name = text.slice(c.start, c.end);
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) if (!inTitle(at, at + name.length)) return true;
    return false;
  });
}

/** Characters after 村 that make it part of another word (村民, 村级, 村集体 …). */
const VILLAGE_WORD_AFTER = new Set([...'民级庄集委务干部落里组容貌寨史规约头口']);
const TOWN_END = /(镇|乡|街道|苏木)$/;

/** 十八洞村: two numerals and a name character, not a count of villages (十二个村, 二十多村). */
const NUMBERED_VILLAGE_STEM = /^[一二三四五六七八九十]{2}[^个余多几条家座批类项处户组名位所级星大小村镇乡万千百年届次一二三四五六七八九十]$/;

function isNumberedVillage(view: TextView, headStart: number, headEnd: number): boolean {
  const { text, boundaryAt } = view;
  if (headStart < 3 || text[headStart] !== '村') return false;
  if (!NUMBERED_VILLAGE_STEM.test(text.slice(headStart - 3, headStart))) return false;
  if (/[\u4e00-\u9fff0-9]/.test(text[headStart - 4] ?? '') && !boundaryAt[headStart - 3]) return false;
  return !isHan(text[headEnd]) || Boolean(boundaryAt[headEnd]);
}

/**
 * Villages and communities by shape: two characters before 村/社区/嘎查 that start on a word
 * boundary (after punctuation, a list mark or a town name: 白蕉镇昭信村, 红星村、莲江村).
 */
function findVillages(view: TextView, out: Candidate[]): void {
  const { text, tokens, tokenAt, boundaryAt } = view;
  const pattern = /村|社区|嘎查/g;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    const headStart = m.index;
    const headEnd = headStart + m[0].length;
    if (m[0] === '村' && VILLAGE_WORD_AFTER.has(text[headEnd] as string)) continue;
    // 东风村、罗家坝村: in a list of villages a three-character stem is as good as a two-character one.
    const longStem = text.slice(headStart - 3, headStart);
    const listed = headStart >= 7 && text[headStart - 4] === '、' && /(村|社区)$/.test(text.slice(headStart - 7, headStart - 4)) && /^[\u4e00-\u9fff]{3}$/.test(longStem);
    if ((listed && boundaryAt[headStart - 3] && !VILLAGE_GENERIC.test(longStem) && isVillageStem(longStem)) || isNumberedVillage(view, headStart, headEnd)) {
      out.push({ type: 'region', start: headStart - 3, end: headEnd, rule: 'village', priority: PRIORITY.region - 5 });
      continue;
    }
    const stemStart = headStart - 2;
    if (stemStart < 0) continue;
    const stem = text.slice(stemStart, headStart);
    const afterTown = TOWN_END.test(text.slice(Math.max(0, stemStart - 2), stemStart));
    // 白马镇荣源村: right after a town found on its own, jieba's split does not matter.
    const afterFoundTown = afterTown && out.some((c) => c.end === stemStart && c.type === 'region');
    // 某镇幸福村, 某乡新华村: right after a town even a word-like stem names the village; only a title word (示范村) does not.
    const genericStem = afterFoundTown ? VILLAGE_TITLE_STEM.test(stem) : VILLAGE_GENERIC.test(stem) || !isVillageStem(stem);
    if (!/^[\u4e00-\u9fff]{2}$/.test(stem) || genericStem) continue;
    // 某村等: jieba glues 等 to the head, but it closes the name all the same.
    if (isHan(text[headEnd]) && !boundaryAt[headEnd] && text[headEnd] !== '等') continue;
    const before = text[stemStart - 1];
    const headToken = tokens[tokenAt[headStart] ?? -1];
    if (!afterFoundTown && (!headToken || headToken.start < stemStart)) continue;
    // 的农村: a particle, preposition, conjunction or pronoun cannot open a village's name.
    const stemToken = tokens[tokenAt[stemStart] ?? -1];
    if (stemToken && stemToken.word.length === 1 && /^(u|p|c|r)/.test(stemToken.tag)) continue;
    // 下放村(社区): a verb or other function word standing as the stem makes a clause, not a name.
    if (!afterFoundTown && stemToken && stemToken.start === stemStart && stemToken.end === headStart && TOWN_STEM_TAGS_REJECT.has(stemToken.tag)) continue;
    if (!(afterTown || before === undefined || /[、，。；：,;:\s“”"（(]/.test(before))) continue;
    if (!afterFoundTown && !boundaryAt[stemStart]) continue;
    out.push({ type: 'region', start: stemStart, end: headEnd, rule: 'village', priority: PRIORITY.region - 5 });
  }
}

/** Stems that make a village a title or a count, even right after a town (某镇示范村, 某乡各村). */
const VILLAGE_TITLE_STEM = /(第|批|贫困|示范|样板|重点|试点|文明|先进|卫生|宜居|美丽|特色|传统|旅游|生态|绿色|星级|无疫|整洁|薄弱|软弱|涣散|空壳|行政|自然|中心|集体|城中|城郊|易地|安置|搬迁|农村|城市|乡村|全国|省级|市级|县级|各|每|本|该|个|所|多|全|一|二|三|这|那|此|其|村|镇|乡|街道)/;

/** Characters after 镇/乡 that make it part of another word (镇域, 乡镇, 乡愁 …). */
const TOWN_WORD_AFTER = new Set([...'域级村镇乡愁土亲情音韵里贤风']);
const TOWN_STEM_TAGS_REJECT = new Set(['v', 'vn', 'vd', 'a', 'ad', 'an', 'd', 'p', 'c', 'r', 'm', 'q', 'u', 'f']);
/** Stems that with 镇/乡 make a generic word (城乡, 小镇, 建制镇 …). */
const TOWN_STEM_GENERIC = /^(城|小|古|集|家|故|回|返|下|同|异|他|本|全|各|每|该|乡|镇|村|县|市|区|省|建制|重点|中心|试点|特色|示范|贫困|集镇|城镇|边境|民族|欠发达|所在|沿线|周边|建设|美丽|宜居|文明|卫生|生态|旅游|农业|工业|商贸|一|二|三|四|五|六|七|八|九|十|两|几|百|千|万)/;

/**
 * Towns by shape: a two-character stem before 镇/乡/街道 that starts on a word boundary after
 * punctuation, a conjunction or a county name (罗岭县梅溪镇, 、竹坪乡), and is not a common word.
 */
function findTowns(view: TextView, out: Candidate[]): void {
  const { text, tokens, tokenAt, boundaryAt } = view;
  const pattern = /街道|镇|乡/g;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    const headStart = m.index;
    const headEnd = headStart + m[0].length;
    const stemStart = headStart - 2;
    if (stemStart < 0) continue;
    const stem = text.slice(stemStart, headStart);
    if (!/^[\u4e00-\u9fff]{2}$/.test(stem) || TOWN_STEM_GENERIC.test(stem) || VILLAGE_GENERIC.test(stem) || !isVillageStem(stem) || lookupFrequency(stem) > 300) continue;
    if (m[0] !== '街道' && TOWN_WORD_AFTER.has(text[headEnd] as string)) continue;
    const headToken = tokens[tokenAt[headStart] ?? -1];
    if (!headToken || (headToken.start !== stemStart && headToken.start !== headStart) || headToken.end > headEnd + 1) continue;
    if (!boundaryAt[stemStart]) continue;
    const stemToken = tokens[tokenAt[stemStart] ?? -1];
    if (stemToken && stemToken.end === headStart && TOWN_STEM_TAGS_REJECT.has(stemToken.tag)) continue;
    const before = text[stemStart - 1];
    const afterCounty = /[县区市旗]$/.test(text.slice(Math.max(0, stemStart - 1), stemStart)) && out.some((c) => c.end === stemStart);
    if (!(afterCounty || before === undefined || /[、，。；：,;:\s“”"（(和与及在到]/.test(before) || followsVerbWord(view, stemStart))) continue;
    out.push({ type: 'region', start: stemStart, end: headEnd, rule: 'town', priority: PRIORITY.region - 5 });
  }
}

const HEADED_TOWN = /^([\u4e00-\u9fff]{2,3}?)(街道|镇|乡)/;

/** The headed town (甲镇, 乙街道) of a 2–3 character stem starting at `start` and ending on a word boundary. */
function readHeadedTown(view: TextView, start: number): { start: number; end: number } | null {
  const m = HEADED_TOWN.exec(view.text.slice(start, start + 5));
  if (!m) return null;
  const stem = m[1] as string;
  const end = start + m[0].length;
  if (TOWN_STEM_GENERIC.test(stem) || VILLAGE_GENERIC.test(stem) || !view.boundaryAt[start] || TOWN_WORD_AFTER.has(view.text[end] as string)) return null;
  return { start, end };
}

/**
 * 甲镇、乙镇卫生院; 建成甲山镇、乙镇: two headed towns joined by 、 vouch for each other, even with
 * stems the tokenizer reads as words. The first must start after punctuation or a verb.
 */
function findHeadedTownPairs(view: TextView, out: Candidate[]): void {
  const { text } = view;
  for (let mark = text.indexOf('、'); mark >= 0; mark = text.indexOf('、', mark + 1)) {
    const right = readHeadedTown(view, mark + 1);
    if (!right) continue;
    let left: { start: number; end: number } | null = null;
    for (const length of [4, 5]) {
      const candidate = readHeadedTown(view, mark - length);
      const before = text[mark - length - 1];
      if (candidate?.end === mark && (before === undefined || /[、，。；：,;:\s“”"（(和与及在到]/.test(before) || followsVerbWord(view, mark - length))) left = candidate;
    }
    if (!left) continue;
    for (const item of [left, right]) {
      if (out.some((c) => c.start < item.end && item.start < c.end)) continue;
      out.push({ type: 'region', start: item.start, end: item.end, rule: 'town-pair', priority: PRIORITY.region - 5 });
    }
  }
}

/** 支持|某某镇, 推动|某某乡: a two-character verb ends its own word, so the town's name starts right after it. */
function followsVerbWord(view: TextView, at: number): boolean {
  const previous = view.tokens[(view.tokenAt[at - 1] ?? -1)];
  return previous !== undefined && previous.end === at && previous.word.length === 2 && previous.tag === 'v';
}

const DIVISION_TAGS = new Set(['x', 'nr', 'nrt', 'nrfg', 'nz', 'ns', 'g', 'ng', 'zg']);
const FUNCTION_TAGS = new Set(['v', 'vn', 'vg', 'vd', 'a', 'ad', 'an', 'd', 'p', 'c', 'u', 'uj', 'ul', 'uz', 'r', 'm', 'q', 'f', 't', 'b', 'k', 'y']);
/** Characters after 省/市/县/区 that make the head part of another word (市场, 县城, 区域 …). */
const DIVISION_WORD_AFTER = new Set([...'场城域长内外际民情况属直界划位级']);

/**
 * Divisions missing from the gazetteer by shape (a new or renamed county, a foreign district):
 * a stem of 2–4 characters that jieba does not know, built of unknown pieces, before
 * 省/市/县/区, starting after punctuation or a function word (与枫晟省…, 恒琨澜依区“十三五”).
 */
function findUnknownDivisions(view: TextView, out: Candidate[]): void {
  const { text, tokens, tokenAt, boundaryAt } = view;
  const pattern = /[省市县区]/g;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    const headStart = m.index;
    const headEnd = headStart + 1;
    const next = text[headEnd];
    if (next !== undefined && (DIVISION_WORD_AFTER.has(next) || (isHan(next) && !boundaryAt[headEnd] && !'委政'.includes(next)))) continue;
    // 友好区县, 各省市: the head opens a common word with the next division character.
    if (next !== undefined && '省市县区'.includes(next) && lookupFrequency(text.slice(headStart, headEnd + 1)) > 0) continue;
    // 株洲两市, 五县: a counted head closes a list, not a name.
    if (/[\d一二三四五六七八九十两个大]/.test(text[headStart - 1] ?? '')) continue;
    // 库区, 小区, 楼市, 节省: the head closes a common word with the character before it.
    if (lookupFrequency(text.slice(headStart - 1, headEnd)) > 0) continue;
    for (let length = 4; length >= 2; length--) {
      const stemStart = headStart - length;
      if (stemStart < 0 || !boundaryAt[stemStart]) continue;
      const stem = text.slice(stemStart, headStart);
      if (!/^[\u4e00-\u9fff]+$/.test(stem) || lookupFrequency(stem) > 0 || VILLAGE_GENERIC.test(stem) || TOWN_STEM_GENERIC.test(stem)) continue;
      const before = text[stemStart - 1];
      if (!(before === undefined || /[、，。；：,;:\s“”"（(与和及在向对把将了的是为]/.test(before))) continue;
      // Every piece of the stem is unknown to jieba (single characters, names, unlisted words).
      let unknown = true;
      for (let at = stemStart; at < headStart && unknown; ) {
        const token = tokens[tokenAt[at] ?? -1];
        if (!token) { unknown = false; break; }
        const piece = text.slice(Math.max(token.start, stemStart), Math.min(token.end, headStart));
        unknown = !FUNCTION_TAGS.has(token.tag) && (at > stemStart && piece.length === 1 || (piece.length === 1 || DIVISION_TAGS.has(token.tag)) && lookupFrequency(piece) < 2000 && !GENERIC_WORDS.has(piece) && !LEFT_BOUNDARY_WORDS.has(piece));
        at = token.end;
      }
      if (!unknown) continue;
      if (GENERIC_AREAS.has(text.slice(stemStart, headEnd)) || out.some((c) => c.start < headEnd && stemStart < c.end)) break;
      out.push({ type: 'region', start: stemStart, end: headEnd, rule: 'division-shape', priority: PRIORITY.region - 5 });
      break;
    }
  }
}

/** The longest stems a town list item may have (蜂桶寨, 临淮关): town names are short. */
const TOWN_LIST_STEM_LENGTHS = [4, 3, 2] as const;
/** 塘边 (30) and 白藤 (21) are rare words in jieba's dictionary; 通州 (306) or 大桥 (3288) are everyday ones. */
const TOWN_STEM_MAX_FREQUENCY = 50;

/**
 * 大塘、牙舟、塘边城镇; 灵关、穆坪司法所: bare names joined by 、 that are all stems of towns in one
 * county are those towns. Each name alone could be a word or a person; all of them naming towns of
 * the same county is the gazetteer's evidence. Stems jieba knows as words are left out.
 */
function findTownStemLists(view: TextView, names: RegionNameSource, out: Candidate[]): void {
  const { text, boundaryAt } = view;
  const found = new Set<number>();
  for (let mark = text.indexOf('、'); mark >= 0; mark = text.indexOf('、', mark + 1)) {
    const left = findTownStem(text, mark, -1, names, boundaryAt);
    const right = left && findTownStem(text, mark + 1, 1, names, boundaryAt);
    if (!left || !right || !left.counties.some((c) => right.counties.includes(c))) continue;
    for (const item of [left, right]) {
      if (found.has(item.start) || out.some((c) => c.start < item.end && item.start < c.end)) continue;
      found.add(item.start);
      out.push({ type: 'region', start: item.start, end: item.end, rule: 'town-list', priority: PRIORITY.region - 10 });
    }
  }
}

interface TownStemAt {
  start: number;
  end: number;
  counties: readonly string[];
}

/** The town stem ending at `at` (direction -1) or starting there (1), on word boundaries, that jieba does not know as a word. */
function findTownStem(text: string, at: number, direction: -1 | 1, names: RegionNameSource, boundaryAt: TextView['boundaryAt']): TownStemAt | null {
  for (const length of TOWN_LIST_STEM_LENGTHS) {
    const start = direction === 1 ? at : at - length;
    const end = start + length;
    if (start < 0 || end > text.length || !boundaryAt[start] || !boundaryAt[end]) continue;
    const stem = text.slice(start, end);
    const counties = names.townStemCounties.get(stem);
    if (!counties || !/^[\u4e00-\u9fff]+$/.test(stem) || SHORT_NAME_STOPLIST.has(stem) || lookupFrequency(stem) > TOWN_STEM_MAX_FREQUENCY) continue;
    return { start, end, counties };
  }
  return null;
}

/**
 * The stem of a town or village found by shape stands for it elsewhere in the document
 * (柏嘉镇 … 完成柏嘉省级…, 岚岗村 … 视察岚岗), where it starts on a word boundary and is not glued to a longer word.
 */
function findStemMentions(view: TextView, out: Candidate[]): void {
  const { text, boundaryAt } = view;
  const stems = new Map<string, string>();
  for (const c of out) if (c.rule === 'town' || c.rule === 'division-shape' || c.rule === 'village') {
    const name = text.slice(c.start, c.end);
    // “四好村”: a quoted or counted village is a title, its stem no place.
    if (c.rule === 'village' && (text[c.start - 1] === '“' || /^[一二三四五六七八九十两的]/.test(name))) continue;
    const head = /(街道|社区|[镇乡省市县区村])$/.exec(name)?.[0] ?? '';
    stems.set(name.slice(0, name.length - head.length), head[0] ?? '');
  }
  for (const [stem, head] of stems) {
    if (stem.length < 2 || stem.length > 4 || lookupFrequency(stem) > 0) continue;
    for (let at = text.indexOf(stem); at >= 0; at = text.indexOf(stem, at + stem.length)) {
      const end = at + stem.length;
      if (/[镇乡街]/.test(text[end] ?? '') || text[end] === head || STREET_AFTER.test(text.slice(end, end + 3)) || !boundaryAt[at] || (isHan(text[end]) && !boundaryAt[end])) continue;
      if (isHan(text[at - 1]) && !LEFT_BOUNDARY_WORDS.has(text[at - 1] as string) && lookupFrequency(text.slice(at - 1, at + 1)) > 0) continue;
      out.push({ type: 'region', start: at, end, rule: 'town-stem', priority: PRIORITY.region - 10 });
    }
  }
}

/**
 * 思茅河, 克拉玛依河: a gazetteer name glued to 河/江 names the river, however jieba splits it,
 * unless 河/江 opens a common word (河西, 河道, 江山).
 */
function findPlaceRivers(view: TextView, names: RegionNameSource, out: Candidate[]): void {
  const { text, tokens } = view;
  for (const token of tokens) {
    const head = text[token.end];
    if ((head !== '河' && head !== '江') || token.word.length < 2) continue;
    if (!isGazetteerName(token.word, names)) continue;
    if (isHan(text[token.end + 1]) && lookupFrequency(text.slice(token.end, token.end + 2)) >= 100) continue;
    if (SHORT_NAME_STOPLIST.has(token.word)) continue;
    if (RIVER_FACILITY_FOLLOWER.test(text.slice(token.end + 1, token.end + 3))) continue;
    out.push({ type: 'region', start: token.start, end: token.end + 1, rule: 'river', priority: PRIORITY.region - 5 });
  }
}

/**
 * 韩江新城, 如意新城: a new town named by a specific stem is a district; where the passage builds
 * it the project reading (a facility head) outranks this one.
 */
const NEW_TOWN_BUILT_AFTER = /^(建设|开发)/;
/** 开发如意新城, 拉开…新城建设, 打造…的…新城: the passage builds the town (the project's reading). */
const NEW_TOWN_BUILT_BEFORE = /(开发|建设|打造|拉开|新建|开工)[^，。；：,;:]{0,12}$/;
function findNamedNewTowns(view: TextView, out: Candidate[]): void {
  const { text, boundaryAt } = view;
  for (let at = text.indexOf('新城'); at >= 0; at = text.indexOf('新城', at + 2)) {
    if (/^[区市镇]/.test(text[at + 2] ?? '') || NEW_TOWN_BUILT_AFTER.test(text.slice(at + 2, at + 4))) continue;
    for (let length = 2; length <= 3; length++) {
      const start = at - length;
      const stem = text.slice(start, at);
      if (start < 0 || !boundaryAt[start] || !/^[\u4e00-\u9fff]+$/.test(stem) || /^[与和及在以把对向从]/.test(stem)) continue;
      if (NEW_TOWN_BUILT_BEFORE.test(text.slice(Math.max(0, start - 14), start))) break;
      if (GENERIC_WORDS.has(stem) || LEFT_BOUNDARY_WORDS.has(stem) || (lookupFrequency(stem) > 500 && !isPlaceName(stem))) continue;
      if (isHan(text[start - 1]) && !LEFT_BOUNDARY_WORDS.has(text[start - 1] as string) && lookupFrequency(text.slice(start - 1, start + 1)) > 0) continue;
      out.push({ type: 'region', start, end: at + 2, rule: 'new-town', priority: PRIORITY.region - 5 });
      break;
    }
  }
}

/** 以韩江和北溪作为轴线: a two-character stream word (…溪, …水) joined to a river found beside it is a river too. */
function findRiversBesideRivers(view: TextView, out: Candidate[]): void {
  const { text } = view;
  for (const c of [...out]) {
    if (c.type !== 'region' || !/[江河溪水]$/.test(text.slice(c.start, c.end))) continue;
    const link = text[c.end] ?? '';
    if (!'和与及、'.includes(link) || link === '') continue;
    const stream = text.slice(c.end + 1, c.end + 3);
    if (!/^[\u4e00-\u9fff][溪水]$/.test(stream) || isHan(text[c.end + 3]) && view.boundaryAt[c.end + 3] === 0) continue;
    if (lookupFrequency(stream) > 300 || GENERIC_WORDS.has(stream)) continue;
    out.push({ type: 'region', start: c.end + 1, end: c.end + 3, rule: 'river', priority: PRIORITY.region - 5 });
  }
}

/** A count closing a list of places: 5县, 四大组团, 等32个地块, 四城. */
const COUNTED_PLACE_HEAD = /(等)?([1-9]\d*|[一二三四五六七八九十两]+)[个大]?(县|区|市|旗|组团|地块|城|乡镇|镇|乡)(?![市区县镇乡])/g;
/** Heads that count towns: a town may be named after a mill or a yard (某厂镇), so no item is a facility. */
const COUNTED_TOWN_HEAD = /^(乡镇|镇|乡)$/;
/** Items that name a facility, not a place (中医院 in a list of plots). */
const FACILITY_ITEM = /[院校馆站厂场园所局]$|中心$/;

/**
 * 思茅、镇沅、宁洱、景谷、西盟5县; 白藤、白蕉、尖峰南、井岸四大组团: the count and the head say
 * every item is a place (guide rule 9, annotating what is literally there). Without 等 the
 * count must match the items, so a stray list before a count proposes nothing.
 */
function findCountedPlaceLists(view: TextView, out: Candidate[]): void {
  const { text, tokens, tokenAt } = view;
  COUNTED_PLACE_HEAD.lastIndex = 0;
  for (let m = COUNTED_PLACE_HEAD.exec(text); m; m = COUNTED_PLACE_HEAD.exec(text)) {
    const count = parseChineseNumber(m[2] as string) ?? 0;
    const items: Array<{ start: number; end: number }> = [];
    // 尖峰南“四大组团”: a quoted count closes the list just the same.
    let end = text[m.index - 1] === '“' && text[m.index + m[0].length] === '”' ? m.index - 1 : m.index;
    for (;;) {
      const start = findListItemStart(view, end);
      if (start < 0) break;
      items.unshift({ start, end });
      if (text[start - 1] !== '、') break;
      end = start - 1;
    }
    if (items.length < 2 || (m[1] ? count < items.length : count !== items.length)) continue;
    const first = items[0] as { start: number; end: number };
    // The first item must start a word: after punctuation or a whole token (推进|白藤).
    const token = tokens[tokenAt[first.start] ?? -1];
    if (!token || token.start !== first.start) continue;
    const isFacility = (word: string): boolean => !COUNTED_TOWN_HEAD.test(m[3] as string) && FACILITY_ITEM.test(word);
    const words = items.map((item) => text.slice(item.start, item.end)).filter((word) => !isFacility(word));
    // 产业、人才、资金3个…: common words are a list of topics, not of places.
    if (words.some((word) => GENERIC_WORDS.has(word) || LEFT_BOUNDARY_WORDS.has(word) || (lookupFrequency(word) > 500 && !isPlaceName(word)))) continue;
    for (const item of items) {
      if (isFacility(text.slice(item.start, item.end))) continue;
      out.push({ type: 'region', start: item.start, end: item.end, rule: 'counted-list', priority: PRIORITY.region - 5 });
    }
  }
}

/**
 * Start of the list item ending at `end`: back to a 、 when one is near, else over whole tokens
 * that are no verb or function word (推动|东府城); -1 when no 2–4 character item fits.
 */
function findListItemStart(view: TextView, end: number): number {
  const { text, tokens, tokenAt } = view;
  const comma = text.lastIndexOf('、', end - 1);
  if (comma >= 0 && end - comma - 1 >= 2 && end - comma - 1 <= 4 && /^[\u4e00-\u9fff]+$/.test(text.slice(comma + 1, end))) return comma + 1;
  let start = end;
  for (let index = tokenAt[end - 1] ?? -1; index >= 0; index--) {
    const token = tokens[index] as Token;
    if (token.end > end || end - token.start > 4 || !isHan(token.word[0]) || FUNCTION_TAGS.has(token.tag) && token.end - token.start > 1 || LEFT_BOUNDARY_WORDS.has(token.word)) break;
    start = token.start;
  }
  return end - start >= 2 && /^[\u4e00-\u9fff]+$/.test(text.slice(start, end)) ? start : -1;
}

/** 湘赣边: 边 after a province pair names the border area the provinces share (not 边区, 边境, 边界). */
const BORDER_AREA_AFTER = /^边(?![区境界疆防])/;

/** 沪滇, 川渝, 宁蒙陕甘: two to four province abbreviations standing together name the provinces' joint area. */
function findProvincePairs(view: TextView, out: Candidate[]): void {
  const { tokens } = view;
  for (let i = 0; i < tokens.length; i++) {
    if (opensProvinceRun((tokens[i] as Token).word)) i = pushProvincePair(view, out, i);
  }
}

/** A token a province pair can start with: abbreviations (沪, 川渝) or abbreviations glued to 边 (湘赣边). */
function opensProvinceRun(word: string): boolean {
  return isPairableToken(word) || word.endsWith('边');
}

function isPairableToken(word: string): boolean {
  return word.length <= 3 && isProvinceAbbreviationRun(word);
}

/**
 * The province pair opened by token `i`, if any, pushed to `out`; returns the index to resume from.
 * Every test is evaluated on every call (no branch first reached after optimisation, so no deopt).
 */
function pushProvincePair(view: TextView, out: Candidate[], i: number): number {
  const { text, tokens } = view;
  let end = i;
  let chars = '';
  while (end < tokens.length && isPairableToken((tokens[end] as Token).word)) {
    chars += (tokens[end] as Token).word;
    end++;
  }
  // 湘赣边, 陕边: the tokenizer may glue 边 to the last abbreviation.
  const stop = tokens[end];
  const stem = (stop === undefined ? '' : stop.word).slice(0, -1);
  const gluedBorder = stop !== undefined && isGluedBorderArea(text, stop, stem);
  chars += gluedBorder ? stem : '';
  if (chars.length < 2) return i;
  const first = tokens[i] as Token;
  const pairEnd = first.start + chars.length;
  const borderAfter = BORDER_AREA_AFTER.test(text.slice(pairEnd, pairEnd + 2));
  const borderArea = gluedBorder || borderAfter;
  end += borderArea ? 1 : 0;
  // 湘赣边区域…: a lone character after the pair makes it part of a longer name, but for 边 (the border area, 湘赣边).
  const next = tokens[end];
  const glued = (next !== undefined && next.word.length === 1 && isHan(next.word) && !borderArea) || PROVINCE_ABBREVIATIONS.has(text[first.start - 1] ?? '');
  if (chars.length <= 4 && new Set(chars).size === chars.length && !ALIASES.has(chars) && !glued) {
    out.push({ type: 'region', start: first.start, end: pairEnd + (borderArea ? 1 : 0), rule: 'province-pair', priority: PRIORITY.region - 5 });
  }
  return end > i ? end - 1 : i;
}

/** Whether a token of at most three characters is province abbreviations glued to a 边 that names their border area. */
function isGluedBorderArea(text: string, token: Token, stem: string): boolean {
  const borderAfter = BORDER_AREA_AFTER.test(text.slice(token.end - 1, token.end + 1));
  return token.word.length <= 3 && token.word.endsWith('边') && isProvinceAbbreviationRun(stem) && borderAfter;
}

/** 1 at the code unit of each province abbreviation but 新 (which mostly means "new"). */
const PAIRABLE_ABBREVIATION_CODES = new Uint8Array(0x10000);
for (const ch of PROVINCE_ABBREVIATIONS) if (ch !== '新') PAIRABLE_ABBREVIATION_CODES[ch.charCodeAt(0)] = 1;

/** Every character a pairable province abbreviation (a token scan: no array or string per token). */
function isProvinceAbbreviationRun(word: string): boolean {
  for (let k = 0; k < word.length; k++) if (PAIRABLE_ABBREVIATION_CODES[word.charCodeAt(k)] !== 1) return false;
  return true;
}

const SUFFIX_LAST_CODES = new Uint8Array(0x10000);
for (const ch of '河江湖泉湾村区查') SUFFIX_LAST_CODES[ch.charCodeAt(0)] = 1;

/** Whether a token ends in the last character of a river, lake, village or community suffix. */
function endsInSuffix(text: string, token: Token | undefined): boolean {
  return token !== undefined && SUFFIX_LAST_CODES[text.charCodeAt(token.end - 1)] === 1;
}
let lookupTrieCache: { source: RegionNameSource; trie: CodeTrie } | undefined;

/** Every word the token pass can accept, in one trie, so that each token start costs one short walk. */
function getLookupTrie(names: RegionNameSource): CodeTrie {
  if (lookupTrieCache?.source === names) return lookupTrieCache.trie;
  const words = new Set<string>(ALIASES);
  for (const name of names.fullNames.keys()) if (name.length < 3) words.add(name);
  for (const name of names.shortNames.keys()) words.add(name);
  lookupTrieCache = { source: names, trie: createCodeTrie(words) };
  return lookupTrieCache.trie;
}

/** Bit `n` set when `text.slice(from, from + n)` is a lookup word (n < 31). */
function walkLookupTrie(trie: CodeTrie, text: string, from: number, to: number): number {
  let node = trie.root[text.charCodeAt(from)] as number;
  let bits = 0;
  for (let j = from + 1; node !== 0; j++) {
    if (trie.terminal[node] === 1) bits |= 1 << (j - from);
    if (j >= to) break;
    node = findTrieChild(trie, node, text.charCodeAt(j));
  }
  return bits;
}

let fullNameMatcher: ReturnType<typeof createPhraseMatcher> | undefined;
let matcherSource: RegionNameSource | undefined;

/** 巩固城乡, 向城镇转移: a one-character town name before 城乡/城镇 is the common word after a verb or a preposition. */
function isCityAndCountryside(phrase: string, previous: string | undefined): boolean {
  if (!/^[\u4e00-\u9fff](城乡|城镇)$/.test(phrase)) return false;
  return /^[向在到从对为和与及把将往]/.test(phrase) || lookupFrequency((previous ?? '') + (phrase[0] as string)) > 20;
}

/**
 * Official full names (3+ characters) anywhere in the text, unless the first character
 * belongs to a word running in from the left (事项城市 is not 项城市).
 */
function findFullNames(view: TextView, names: RegionNameSource): Candidate[] {
  if (!fullNameMatcher || matcherSource !== names) {
    fullNameMatcher = createPhraseMatcher([...names.fullNames.keys()].filter((n) => n.length >= 3));
    matcherSource = names;
  }
  const { text } = view;
  const out: Candidate[] = [];
  let lastEnd = -1;
  for (const m of fullNameMatcher(text)) {
    if (m.start < lastEnd) continue;
    const previous = text[m.start - 1];
    // 32项城市精细化: a count word after a number is not the start of a name.
    if (/[\d一二三四五六七八九十百千两几]/.test(previous ?? '') && /^[项个条家座批名次所]/.test(m.phrase)) continue;
    if (GENERIC_AREAS.has(m.phrase)) continue;
    if (isCityAndCountryside(m.phrase, previous)) continue;
    if (isHan(previous) && !view.boundaryAt[m.start]) {
      // 提高城镇化: a name cutting through words at both ends is no name.
      if (!view.boundaryAt[m.end] && isHan(text[m.end])) continue;
      const crossing = (previous as string) + (text[m.start] as string);
      if (lookupFrequency(crossing) > 20 && !LEFT_BOUNDARY_WORDS.has(crossing)) continue;
    }
    const next = text.slice(m.end, m.end + 2);
    // 县城, 市场, 区域 …: the suffix character starts another word.
    if (next && lookupFrequency(text.slice(m.end - 1, m.end + 1)) > 200 && !view.boundaryAt[m.end]) continue;
    // 友好区县: the head joins the next division character into 区县, 省市 … (a count of divisions).
    if (/^[省市县区]/.test(next) && lookupFrequency(text.slice(m.end - 1, m.end + 1)) > 0 && !view.boundaryAt[m.end]) continue;
    out.push({ type: 'region', start: m.start, end: m.end, rule: 'full-name', priority: PRIORITY.region });
    lastEnd = m.end;
  }
  return out;
}

/** The full names found in the passage, and the stems of those that end in a town or division head. */
interface DocumentNames {
  names: Set<string>;
  headedStems: Set<string>;
}

function collectDocumentNames(found: readonly string[]): DocumentNames {
  const names = new Set(found);
  const headedStems = new Set<string>();
  for (const name of names) if (/[镇乡区县市]$/.test(name)) headedStems.add(name.slice(0, -1));
  return { names, headedStems };
}

function classifyRegionWord(word: string, tag: string, names: RegionNameSource, inDocument: DocumentNames): string | null {
  if (GENERIC_AREAS.has(word)) return null;
  if (ALIASES.has(word)) return 'alias';
  const level = names.fullNames.get(word);
  if (level) return word.length < 3 && level !== 'province' && level !== 'city' ? null : word.length >= 3 ? null : 'full-name';
  const officials = names.shortNames.get(word);
  if (!officials || SHORT_NAME_STOPLIST.has(word)) return null;
  if (officials.some((o) => inDocument.names.has(o))) return 'short-name';
  // 斗门镇 … 斗门: a town or district named with the same stem elsewhere in the passage supports the bare stem.
  if (inDocument.headedStems.has(word)) return 'short-name';
  const frequency = lookupFrequency(word);
  const levels = findOfficialLevels(officials, names);
  // 焦作, 张家界: jieba knows some city names as rare nouns or person names; a rare word still names the city.
  if (tag !== 'ns' && frequency > 50) return levels.provinceOrCity && frequency <= 300 && tag !== 'v' ? 'short-name' : null;
  if (levels.provinceOrCity) return frequency < 20000 || tag === 'ns' ? 'short-name' : null;
  // A county's short name stands alone when jieba knows it only as a rare word or a place.
  if (levels.county && (frequency <= 20 || (tag === 'ns' && frequency < 2000))) return 'short-name';
  return null;
}

interface OfficialLevels {
  provinceOrCity: boolean;
  county: boolean;
}

/** Per short name's list of official names (fixed once loaded): the token pass asks for the same lists again and again. */
let officialLevelsCache: { source: RegionNameSource; levels: WeakMap<readonly string[], OfficialLevels> } | undefined;

function findOfficialLevels(officials: readonly string[], names: RegionNameSource): OfficialLevels {
  if (officialLevelsCache?.source !== names) officialLevelsCache = { source: names, levels: new WeakMap() };
  let levels = officialLevelsCache.levels.get(officials);
  if (!levels) {
    levels = measureOfficialLevels(officials, names);
    officialLevelsCache.levels.set(officials, levels);
  }
  return levels;
}

function measureOfficialLevels(officials: readonly string[], names: RegionNameSource): OfficialLevels {
  let provinceOrCity = false;
  let county = false;
  for (const official of officials) {
    const level = names.fullNames.get(official);
    if (level === 'province' || level === 'city') provinceOrCity = true;
    if (level === 'county') county = true;
  }
  return { provinceOrCity, county };
}

const GLUED_TAGS = new Set(['nr', 'nrt', 'nrfg', 'x', 'zg', 'ng', 'j']);
function isGluedChar(token: { word: string; tag: string } | undefined): boolean {
  return token !== undefined && token.word.length === 1 && isHan(token.word) && GLUED_TAGS.has(token.tag) && !LEFT_BOUNDARY_WORDS.has(token.word);
}

/** 淮河濠河大堤: a two-character river right after another river's name. */
function followsRiver(text: string, found: Candidate[], at: number): boolean {
  if (/[河江]/.test(text[at - 1] ?? '') && found.some((c) => c.end === at && c.type === 'region')) return true;
  // 甲河、乙河流域: a one-character stem listed beside another river is a river too.
  return (text[at - 1] === '、' && /[河江]/.test(text[at - 2] ?? '') && found.some((c) => c.end === at - 1 && c.type === 'region')) || LISTED_RIVER_AFTER.test(text.slice(at + 2, at + 7));
}

const LISTED_RIVER_AFTER = /^、[\u4e00-\u9fff]{1,3}[河江](?![长])/;

function isUnknownPair(token: Token | undefined): boolean {
  if (token === undefined || token.tag !== 'x' || token.word.length !== 2 || LEFT_BOUNDARY_WORDS.has(token.word) || token.word[0] === '等') return false;
  return isHan(token.word[0]) && isHan(token.word[1]) && lookupFrequency(token.word) === 0;
}

const GOVERNMENT_ORGAN_AFTER = /^[省市县区旗州](委|政府|人大|政协)/;
const STREET_AFTER = /^[东西南北中]?(路|大道|大街|街|巷)/;

const NAME_PIECE_TAGS = new Set(['n', 'nz', 'ns', 'nr', 'nrt', 'nrfg', 'nt', 'j']);
/** 孟连(勐阿)边合区: an alternative name in brackets with the name running on after it. */
const BRACKETED_ALTERNATIVE = /^[(（][\u4e00-\u9fff]{1,6}[)）][\u4e00-\u9fff]/;

/**
 * Whether the short name tokens[from, to) opens a longer name and does not stand on its own
 * (guide rule 1): glued to a noun (金湾机场, 厦门国际石材展) and met nowhere else in the passage,
 * or followed by a bracketed alternative inside the name. An item of a list of places (成都、重庆产业) stands on its own.
 */
function opensLongerName(view: TextView, from: number, to: number, word: string, found: Candidate[]): boolean {
  const { text, tokens } = view;
  const start = (tokens[from] as Token).start;
  const end = (tokens[to - 1] as Token).end;
  if (BRACKETED_ALTERNATIVE.test(text.slice(end, end + 9))) return true;
  const next = tokens[to];
  // A single noun character (东洲岛, 合江套) more likely closes the place's own name.
  if (!next || next.word.length < 2 || !NAME_PIECE_TAGS.has(next.tag) || !isHan(next.word[0])) return false;
  if (text[start - 1] === '、' && found.some((c) => c.end === start - 1 && c.type === 'region')) return false;
  // 湖北黄冈, 斗门司马山: a province or county before a place inside it stands on its own.
  if (next.tag === 'ns' && isGazetteerName(next.word)) return false;
  // 驰援湖北任务, 某市数字人民币试点: a province or city before a word that heads no name (任务, not 大学 or 集团) stands on its own; “广东老字号” opens a quoted label.
  // 某市国际石材展, 甲地乙地航线: 国际 opens an event's or a zone's name, a route word closes a route's name.
  if (isProvinceOrCityShortName(word) && !opensEntityHead(next.word) && !NAME_RUNS_ON_AFTER_PLACE.has(next.word) && text[start - 1] !== '“') return false;
  // 某市国际马拉松赛, 某地国际茶文化节: an event is no entity, so the place in its name stands on its own (guide rule 4; dev tags places in honours and brands).
  if (next.word === '国际' && namesAnEvent(text, end)) return false;
  return text.indexOf(word) === start && text.indexOf(word, end) < 0;
}

const ENTITY_HEADS: readonly string[] = [...ORGANIZATION_HEADS, ...COMPANY_HEADS, ...PARK_HEADS, ...PROJECT_HEADS];

const NAME_RUNS_ON_AFTER_PLACE = new Set(['国际', '航线', '航班']);

/** A phrase closing on an event's head: a festival, race, fair, forum or congress. */
const EVENT_PHRASE = /^[\u4e00-\u9fff]{1,12}?(节|赛|展|展会|博览会|交易会|洽谈会|论坛|峰会|大会|运动会|音乐季)(?=[等和及与暨]|[^\u4e00-\u9fff]|$)/;

/** Whether the words from `at` to the next punctuation or 暨 name an event. */
function namesAnEvent(text: string, at: number): boolean {
  return EVENT_PHRASE.test(text.slice(at, at + 16).split('暨')[0] as string);
}

function isProvinceOrCityShortName(word: string): boolean {
  const names = loadRegionNames();
  return names.shortNames.get(word)?.some((o) => names.fullNames.get(o) === 'province' || names.fullNames.get(o) === 'city') ?? false;
}

/** Whether a word is, or opens, the head of an organization, company, park or project name. */
function opensEntityHead(word: string): boolean {
  return ENTITY_HEADS.some((head) => head.startsWith(word) || word.startsWith(head));
}

function isGluedNounChar(token: Token | undefined): boolean {
  // 国道209线武川至…: a road or facility word closes the name before the place instead.
  return token !== undefined && token.word.length === 1 && isHan(token.word) && (token.tag === 'n' || token.tag === 'ng') && !LEFT_BOUNDARY_WORDS.has(token.word) && !'线路街道桥站港'.includes(token.word);
}

function isPlaceStem(words: string[], stem: string, tag: string): boolean {
  if (stem.length === 0) return false;
  if (words.some((w) => LEFT_BOUNDARY_WORDS.has(w) || GENERIC_WORDS.has(w))) return false;
  if (words.length === 1) return tag === 'ns' || tag === 'x' || tag === 'nr' || tag === 'nz';
  // 选聘护河(库)员: a verb opening the stem makes a clause, not a river's name.
  // 最美河湖: an adjective opening it makes a title or a description.
  return isHan(stem[0]) && !((words[0] as string).length >= 2 && /^(v|d|p|c|a)/.test(tag));
}

function isVillageStem(stem: string): boolean {
  return !LEFT_BOUNDARY_WORDS.has(stem) && !GENERIC_WORDS.has(stem) && lookupFrequency(stem) < 2000;
}

/** Aliases of single provinces or basins, where …地区 is only a description. */
const ALIASES_WITHOUT_AREA = new Set(['内蒙古', '广西', '宁夏', '新疆', '西藏']);
const QUOTED_BELT = /^“[^“”]{1,6}”[\u4e00-\u9fff]{0,6}?(经济带|旅游带|文化带|生态带|风光带|产业带|发展带|都市圈|经济圈|城市群|城镇群|生活圈|文化圈)/;
const AREA_EXTENSION = new RegExp(`^(${['经济带', '经济圈', '城市群', '都市圈', '经济区', '城镇群', '城市圈'].join('|')})`);

/** 长江 + 流域, 黄河 + 乌海段: the area named after a river or region. */
/** Direction characters after a two-character directional area (粤东|西北) that it does not name yet. */
function countFurtherDirections(text: string, start: number, end: number): number {
  if (end - start !== 2 || !'东西南北'.includes(text[end - 1] as string)) return 0;
  let count = 0;
  while (count < 2 && '东西南北'.includes(text[end + count] ?? '') && !text.slice(start + 1, end + count).includes(text[end + count] as string)) count++;
  // 粤东西部: a trailing 部 or 方 makes the directions a plain word, not part of the area.
  return /[部方面侧]/.test(text[end + count] ?? '') ? 0 : count;
}

function extendRegions(view: TextView, found: Candidate[]): Candidate[] {
  const { text } = view;
  for (const c of found) {
    const after = text.slice(c.end, c.end + 8);
    const area = AREA_EXTENSION.exec(after);
    if (area && (c.rule === 'alias' || c.rule === 'short-name' || c.rule === 'full-name')) {
      c.end += (area[0] as string).length;
      continue;
    }
    // 粤东 + 西北: the other directions after a province's directional area join it (粤东西北, 湘西北).
    if (c.rule === 'alias') c.end += countFurtherDirections(text, c.start, c.end);
    // 成渝地区, 粤港澳地区 (and 成渝地区双城经济圈): a multi-region alias with 地区 names one area.
    if (c.rule === 'alias' && after.startsWith('地区') && !ALIASES_WITHOUT_AREA.has(text.slice(c.start, c.end))) {
      c.end += 2 + (AREA_EXTENSION.exec(after.slice(2))?.[0].length ?? 0);
      continue;
    }
    // 长三角区域: 区域 after a multi-region alias names the same area as 地区 does (not 洞庭湖 + 区域).
    if (c.rule === 'alias' && after.startsWith('区域') && !ALIASES_WITHOUT_AREA.has(text.slice(c.start, c.end)) && !/[江河湖山海水岭]$/.test(text.slice(c.start, c.end))) {
      c.end += 2;
      continue;
    }
    // 黄河“几”字弯都市圈: a quoted epithet and an area head after the name make one named belt.
    const belt = QUOTED_BELT.exec(text.slice(c.end, c.end + 16));
    if (belt && (c.rule === 'alias' || c.rule === 'river' || c.rule === 'short-name' || c.rule === 'full-name')) {
      c.end += belt[0].length;
      continue;
    }
    if (c.rule !== 'alias' && c.rule !== 'river') continue;
    const m = /^(流域|岸线[\u4e00-\u9fff]{2,3}段|[\u4e00-\u9fff]{2}段)/.exec(after);
    if (m) c.end += (m[0] as string).length;
    else c.end = findRiverSectionEnd(view, found, c.end);
    c.end += measureWaterArea(text, c.start, c.end);
  }
  return found;
}

/**
 * 珠江西岸, 洞庭湖区: a bank of a river or the area round a lake is one named area (guide rule 8),
 * unless the word runs on (西岸线 is a shore works word, 湖区域 is 湖 + 区域).
 */
function measureWaterArea(text: string, start: number, end: number): number {
  const last = text[end - 1] ?? '';
  const after = text.slice(end, end + 3);
  if (/[江河]/.test(last) && /^[东西南北]岸(?![线边堤])/.test(after)) return 2;
  if (last === '湖' && /^区(?![域块划])/.test(after) && end - start >= 2) return 1;
  return 0;
}

/** 长江干流湖南段: a river's main or side stream with a place and 段 names one stretch. */
function extendMainStream(view: TextView, found: Candidate[]): void {
  const { text } = view;
  for (const c of found) {
    if ((c.rule !== 'alias' && c.rule !== 'river') || !/^[干支]流/.test(text.slice(c.end, c.end + 2))) continue;
    const place = found.find((o) => o.start === c.end + 2 && o.type === 'region' && text[o.end] === '段');
    if (place) c.end = place.end + 1;
  }
}

const RIVER_REACH_AFTER = /^[上中下]游/;
const MOUNTAIN_SIDE_AFTER = /^山?[东西南北]麓/;

/** 黄河上游, 贺兰山东麓: a reach of a river or a side of a mountain is one named area (guide rule 8, longest extent). */
function extendRiverReaches(text: string, found: Candidate[]): void {
  for (const c of found) {
    if (c.type !== 'region') continue;
    const after = text.slice(c.end, c.end + 3);
    const reach = /[河江]$/.test(text.slice(c.start, c.end)) ? RIVER_REACH_AFTER.exec(after) : null;
    const side = reach ?? MOUNTAIN_SIDE_AFTER.exec(after);
    if (side && (side[0].length === 2 || text[c.end - 1] !== '山')) c.end += side[0].length;
  }
}

/** 段 closing a stretch from one point to another (巴彦路至云中路段), within one clause. */
const STRETCH_SECTION = /^[\u4e00-\u9fff]{2,12}?至[\u4e00-\u9fff]{2,12}?段/;

/**
 * The end of a river's section named right after it (guide rule 8: the stretch is one region):
 * a place found there and 段 (青川河柳林区段), or a stretch between two points and 段; else `end`.
 */
function findRiverSectionEnd(view: TextView, found: Candidate[], end: number): number {
  const { text } = view;
  const place = found.find((o) => o.start === end && o.type === 'region' && text[o.end] === '段');
  if (place) return place.end + 1;
  const stretch = STRETCH_SECTION.exec(text.slice(end, end + 26));
  return stretch ? end + stretch[0].length : end;
}

/** 以九华山、凤凰山等自然山脊为廊道: named mountains in a list closed by a word for mountains (guide rule 8). */
const MOUNTAIN_LIST = /((?:[\u4e00-\u9fff]{1,3}山、)+[\u4e00-\u9fff]{1,3}山)等(?:[\u4e00-\u9fff]{0,2})(?:山脊|山体|山脉|山峰|名山|山地|山岭)/g;
const MOUNTAIN_ITEM = /([\u4e00-\u9fff]{1,3}山)(?:、|$)/g;
const MOUNTAIN_LEADER = /^(以|和|与|及|在|对|把|将|依托|保护|围绕|推进|加强|实施|包括|涵盖)/;

export function recognizeMountainLists(view: TextView): Candidate[] {
  const { text } = view;
  const out: Candidate[] = [];
  MOUNTAIN_LIST.lastIndex = 0;
  for (let m = MOUNTAIN_LIST.exec(text); m; m = MOUNTAIN_LIST.exec(text)) {
    const list = m[1] as string;
    MOUNTAIN_ITEM.lastIndex = 0;
    for (let item = MOUNTAIN_ITEM.exec(list); item; item = MOUNTAIN_ITEM.exec(list)) {
      let name = item[1] as string;
      let start = m.index + item.index;
      // The first item may carry the word that opens the list (以九华山): drop it.
      const leader = MOUNTAIN_LEADER.exec(name);
      if (leader && name.length - leader[0].length >= 2) { start += leader[0].length; name = name.slice(leader[0].length); }
      if (name.length < 2 || GENERIC_WORDS.has(name) || /^(高山|大山|深山|青山|名山|荒山|山)$/.test(name)) continue;
      out.push({ type: 'region', start, end: start + name.length, rule: 'mountain-list', priority: PRIORITY.suffix });
    }
  }
  return out;
}
