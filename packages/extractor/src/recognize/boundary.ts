/**
 * Finding where a name starts, walking left from its head over jieba tokens until an
 * action verb, a function word, punctuation or a count (“12个”) ends it.
 */
import { GENERIC_WORDS, LEFT_BOUNDARY_TAGS, LEFT_BOUNDARY_WORDS, ORDINAL_OPENER } from './lexicons.ts';
import type { TextView } from './text-view.ts';
import { isPunct } from './text-view.ts';
import { isGazetteerName, loadRegionNames } from './region-names.ts';
import { SegmentedToken } from './tokenizer.ts';

export interface NamePiece {
  word: string;
  start: number;
  end: number;
  tag: string;
}

/**
 * The words of `pieces[from..to)`, listed or run together. Loops, not `map(…)`: optimised code builds
 * `map`'s array in another elements kind than the interpreter, and the next call on that array deopts.
 */
export function listPieceWords(pieces: readonly NamePiece[], from = 0, to = pieces.length): string[] {
  const words: string[] = [];
  for (let i = from; i < to; i++) words.push((pieces[i] as NamePiece).word);
  return words;
}

export function joinPieceWords(pieces: readonly NamePiece[], from = 0, to = pieces.length): string {
  let joined = '';
  for (let i = from; i < to; i++) joined += (pieces[i] as NamePiece).word;
  return joined;
}

/** The last of `pieces`, read without stepping past the end (a read optimised code had not met before deopts it). */
function lastPiece(pieces: readonly NamePiece[]): NamePiece | undefined {
  return pieces.length > 0 ? pieces[pieces.length - 1] : undefined;
}

const ENUMERATOR = /^[(（][一二三四五六七八九十\d]+[)）]$/;
const COUNT_WORDS = new Set(['个', '家', '座', '所', '条', '项', '批', '处', '套', '户', '次', '名', '只', '台', '亩', '公里', '千米', '米']);
const NUMBER = /^[\d.,%０-９一二三四五六七八九十百千万亿两几多余]+$/;
/** Characters allowed inside names although they are punctuation. */
const NAME_PUNCT = /[·\-()（）]/;

/**
 * Pieces of text (tokens, cut at `limit`) to the left of `headStart`, nearest first,
 * stopping at punctuation or after `maxChars` characters.
 */
export function collectLeftPieces(view: TextView, headStart: number, maxChars: number, allowNamePunct = false): NamePiece[] {
  const pieces: NamePiece[] = [];
  const { text, tokens, tokenAt } = view;
  let pos = headStart;
  const floor = Math.max(0, headStart - maxChars);
  while (pos > floor) {
    const ch = text[pos - 1];
    if (isPunct(ch) && !(allowNamePunct && ch !== undefined && NAME_PUNCT.test(ch))) break;
    const index = tokenAt[pos - 1] ?? -1;
    if (index < 0) break;
    const token = tokens[index];
    if (!token) break;
    // The length limit never cuts a word in two (完|成G552…): a word that starts before the floor stays out.
    if (token.start < floor) break;
    const start = token.start;
    // A whole token is its own piece: its part of speech is looked up only if a rule asks for it.
    pieces.push(pos === token.end ? token : new SegmentedToken(text.slice(start, pos), start, pos));
    pos = start;
  }
  return pieces;
}

export interface LeftScanOptions {
  maxChars: number;
  /** Stop at multi-character verbs that are not name-internal (推进, 面向, 督促 …). */
  stopAtVerbs: boolean;
  /** Use only the strong boundary words (policies keep 发展, 提升, 建设 inside their names). */
  strongOnly: boolean;
  /** Extra words that end the name (besides the shared boundary words). */
  stopWords: ReadonlySet<string> | undefined;
  /** Keep numbers with units (10万吨) inside the name. */
  keepNumbers: boolean;
  allowNamePunct: boolean;
  /** Scan across enumeration words (一是 …) instead of stopping there (callers that reject such names whole). */
  keepOrdinals: boolean;
  /** With `stopAtVerbs`: a verb right before the head belongs to the name (西部钻探公司). */
  keepVerbBeforeHead: boolean;
}

/**
 * Options for `scanNameLeft` with every field set, in one order: callers that passed objects of
 * different shapes made V8 recompile the scan again and again.
 */
export function leftScan(options: Partial<LeftScanOptions> & { maxChars: number }): LeftScanOptions {
  return {
    maxChars: options.maxChars,
    stopAtVerbs: options.stopAtVerbs ?? false,
    strongOnly: options.strongOnly ?? false,
    stopWords: options.stopWords,
    keepNumbers: options.keepNumbers ?? false,
    allowNamePunct: options.allowNamePunct ?? false,
    keepOrdinals: options.keepOrdinals ?? false,
    keepVerbBeforeHead: options.keepVerbBeforeHead ?? false,
  };
}

/** Returns the pieces of the name left of its head (in text order) after cutting at the first boundary. */
export function scanNameLeft(view: TextView, headStart: number, options: LeftScanOptions): NamePiece[] {
  const { stopAtVerbs, stopWords, keepNumbers, allowNamePunct, keepOrdinals, keepVerbBeforeHead } = options;
  const pieces = collectLeftPieces(view, headStart, options.maxChars, allowNamePunct);
  const fallenApart = findFallenApartName(view, pieces);
  if (fallenApart) return fallenApart;
  const boundaries = options.strongOnly ? POLICY_BOUNDARY_WORDS : LEFT_BOUNDARY_WORDS;
  const kept: NamePiece[] = [];
  // A name jieba glued to the word before it (用/p 好四川/x, 以鑫诚): cut off after the loop, at one site for both cases.
  let gluedName: NamePiece | undefined;
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i] as NamePiece;
    const word = piece.word;
    // Compared once per piece, not in the rarely taken branches below, where optimised code would deopt on it.
    const unknownWord = piece.tag === 'x';
    let opensNameAfterBuildVerb = false;
    if (stopWords?.has(word)) break;
    // 一是, 其次: an enumeration opens the clause, the name starts after it.
    if (!keepOrdinals && ORDINAL_OPENER.test(word)) break;
    // 明中都博物馆, 钛锆新材料产业园: a capital 都, or an adjective character that forms a common compound with the next
    // piece (新材料), stays inside the name. It is kept by the one push below: a push of its own, rarely reached, would deopt.
    const insideName = isCapitalInName(piece, pieces[i + 1], boundaries) ||
      (boundaries.has(word) && isAdjectiveCompound(word, kept[kept.length - 1]) && continuesName(pieces[i + 1], boundaries));
    if (!insideName) {
      if (boundaries.has(word)) {
        // A verb that also lives inside names (煤田开发项目, 保护利用设施) continues the name when a content word precedes it.
        if (!(NAME_VERBS.has(word) && continuesName(pieces[i + 1], boundaries) && !opensClauseWithVerbs(pieces, i + 1))) break;
      }
      // jieba splits some boundary verbs into single characters (用/p 好/a): the pair ends the name.
      const before = pieces[i + 1]?.word;
      if (before?.length === 1 && boundaries.has(before + word[0])) {
        // 用/p 好四川/x: a glued name keeps only what follows the verb's second character.
        if (word.length >= 3 && unknownWord) gluedName = piece;
        if (word.length === 1 || unknownWord) break;
      }
      // jieba tags some place names as adverbs (大连/d): a gazetteer name is never a boundary.
      if (LEFT_BOUNDARY_TAGS.has(piece.tag) && !isKeptFunctionWord(word) && !isGazetteerName(word)) break;
      // A merged token that ends in a boundary verb (大力支持) ends the name.
      // A noun compound ending in a name-internal verb (公共服务) is no verb phrase.
      if (word.length >= 3 && endsWithBoundary(word, boundaries) && !(piece.tag === 'n' && GENERIC_WORDS.has(word))) break;
      // jieba glues function characters to unknown names (以鑫诚, 和官塘镇): keep only the name part.
      if (unknownWord && word.length >= 3 && FUNCTION_CHARS.has(word[0] as string)) {
        gluedName = piece;
        break;
      }
      if (stopAtVerbs && piece.tag === 'v' && word.length >= 2 && !NAME_VERBS.has(word) && !(keepVerbBeforeHead && i === 0)) {
        // 开建如意/v大酒店: right after a building verb, a word jieba tags as a verb opens the name instead of ending it.
        // It is kept by the one push below, then the name ends.
        if (!(kept.length > 0 && BUILD_VERBS.has(pieces[i + 1]?.word ?? ''))) break;
        opensNameAfterBuildVerb = true;
      } else if (endsNameAtPunctOrCount(pieces, i, kept, allowNamePunct, keepNumbers)) {
        break;
      }
      // Verbs that are not part of the boundary list but start a clause (v + object) end the name when they stand first.
    }
    kept.push(piece);
    if (opensNameAfterBuildVerb) break;
  }
  if (gluedName !== undefined) kept.push(new SegmentedToken(gluedName.word.slice(1), gluedName.start + 1, gluedName.end, 'x'));
  kept.reverse();
  // (六)和林格尔新区: a bracketed section number opens the paragraph, not the name.
  const closing = kept.findIndex((p) => p.word === ')' || p.word === '）');
  if (closing > 0 && ENUMERATOR.test(joinPieceWords(kept, 0, closing + 1))) kept.splice(0, closing + 1);
  // Names do not start with a count or a lone unit.
  while (kept.length > 0 && COUNT_WORDS.has((kept[0] as NamePiece).word)) kept.shift();
  return kept;
}

/** Punctuation, a count after a number, or a number with nothing or a count after it (left to right) ends the name. */
function endsNameAtPunctOrCount(pieces: readonly NamePiece[], i: number, kept: readonly NamePiece[], allowNamePunct: boolean, keepNumbers: boolean): boolean {
  const word = (pieces[i] as NamePiece).word;
  if (isPunct(word[word.length - 1]) && !allowNamePunct) return true;
  // A count before the name ends it: 实施…项目12个 / 3个…项目 → the count is not part of the name.
  if (COUNT_WORDS.has(word)) {
    const previous = pieces[i + 1];
    if (previous && NUMBER.test(previous.word)) return true;
  }
  if (NUMBER.test(word) && !keepNumbers) {
    const next = lastPiece(kept);
    if (!next || COUNT_WORDS.has(next.word)) return true;
  }
  return false;
}

/** 藏寨·神木垒: a name joined by a middle dot starts before the dot; returns the start of the whole name. */
export function extendOverMiddleDot(view: TextView, start: number): number {
  if (view.text[start - 1] !== '·') return start;
  const pieces = scanNameLeft(view, start - 1, leftScan({ maxChars: 6, stopAtVerbs: true }));
  const first = pieces[0];
  return first && start - 1 - first.start >= 2 && /^[\u4e00-\u9fff]+$/.test(view.text.slice(first.start, start - 1)) ? first.start : start;
}

/**
 * 、达/瓦/更/扎 + 景区: an unknown name that jieba breaks into three or more single characters,
 * whatever their tags, fills the whole stretch between a list mark or punctuation and the head.
 */
function findFallenApartName(view: TextView, pieces: NamePiece[]): NamePiece[] | null {
  let run = 0;
  while (run < pieces.length && (pieces[run] as NamePiece).word.length === 1 && /[\u4e00-\u9fff]/.test((pieces[run] as NamePiece).word)) run++;
  if (run < 3 || run > 5) return null;
  const first = pieces[run - 1] as NamePiece;
  const before = view.text[first.start - 1];
  if (before !== undefined && !/[、，,；;：:。\s“”"（(]/.test(before)) return null;
  if (hasFunctionChar(pieces, run)) return null;
  return pieces.slice(0, run).reverse();
}

const FUNCTION_LIKE_CHAR = /[一二三四五六七八九十百千万亿两几个多每各其该本这那等再又也都就才已将要]/;

function hasFunctionChar(pieces: readonly NamePiece[], count: number): boolean {
  for (let i = 0; i < count; i++) {
    const char = (pieces[i] as NamePiece).word;
    if (FUNCTION_CHARS.has(char) || FUNCTION_LIKE_CHAR.test(char)) return true;
  }
  return false;
}

/** The piece left of a name-internal verb belongs to the name: a content word, not a boundary or a function word. */
function continuesName(previous: NamePiece | undefined, boundaries: ReadonlySet<string>): boolean {
  if (!previous || previous.word.length < 1 || isPunct(previous.word[previous.word.length - 1])) return false;
  if (boundaries.has(previous.word) || LEFT_BOUNDARY_TAGS.has(previous.tag) || ORDINAL_OPENER.test(previous.word)) return false;
  if (previous.tag === 'v' && !NAME_VERBS.has(previous.word) && !(boundaries === POLICY_BOUNDARY_WORDS && POLICY_LINK_VERBS.has(previous.word))) return false;
  // 乾务镇提升富山工业园: a town or county with its level word before the verb is the clause's subject.
  if (/[镇乡县区市旗]$/.test(previous.word) && previous.word.length >= 3 && loadRegionNames().fullNames.has(previous.word)) return false;
  return !NUMBER.test(previous.word) && !COUNT_WORDS.has(previous.word);
}

/** 提质改造甲路: a run of name-internal verbs with nothing before it opens the clause (it is the predicate, not part of the name). */
function opensClauseWithVerbs(pieces: readonly NamePiece[], from: number): boolean {
  const previous = pieces[from];
  return previous !== undefined && NAME_VERBS.has(previous.word) && !continuesName(pieces[from + 1], STRONG_BOUNDARY_WORDS);
}

/** Compounds of an adjective character and a noun that name a field or kind of thing (新材料, 新能源). */
const ADJECTIVE_COMPOUNDS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['新', new Set(['材料', '能源', '技术', '产品', '工艺', '装备', '型', '兴', '媒体', '业态', '经济', '农村', '基建', '动能', '时代', '突破'])],
  ['高质量', new Set(['发展'])],
]);

function isAdjectiveCompound(word: string, next: NamePiece | undefined): boolean {
  if (!next) return false;
  const nouns = ADJECTIVE_COMPOUNDS.get(word);
  return nouns !== undefined && [...nouns].some((noun) => next.word.startsWith(noun));
}

/** Verbs that start or finish building one facility (新建, 建成): what follows them is that facility. */
export const FACILITY_BUILD_VERBS = ['开建', '新建', '建成', '扩建', '续建'] as const;

/** Verbs after which a verb-tagged word opens a name (开建如意大酒店); 加快, 推进 and 建设 also take kinds of works. */
const BUILD_VERBS: ReadonlySet<string> = new Set([...FACILITY_BUILD_VERBS, '开发', '开工', '开工建设']);

const FUNCTION_CHARS = new Set([...'以和与及的等在对把将从向为由被让使给同跟或']);

/** Verbs that occur inside names of projects and programmes (污水提升泵站, 恢复展示). */
export const NAME_VERBS: ReadonlySet<string> = new Set([
  '提升', '改造', '治理', '整治', '恢复', '展示', '保护', '利用', '开发', '配套', '研发', '生产', '制造', '加工',
  '养殖', '屠宰', '检测', '认证', '计算', '接待', '孵化', '贴合', '显示', '储能', '发电', '供热', '供水', '处理',
  '修复', '监测', '培训', '仓储', '迁建', '加固', '转型', '升级', '创新', '创业', '融合', '示范', '引领', '共享',
  '交易', '运营', '增效', '提质', '承接', '转移', '振兴', '崛起', '开放', '发展', '引才', '下乡', '培育', '稳岗',
  '扩岗', '支持', '激励', '增收', '参保', '登记', '改革', '协同', '合作', '防治', '防控', '保障', '提高', '深加工',
  '综合利用', '冶炼', '种植', '育种', '物流', '服务', '建设', '更新', '振兴', '管理',
  '产销', '展销', '集散', '储运', '批发', '研学', '康养', '体验', '通用', '扩容',
  '扩建', '改扩建', '创意', '休闲', '旅游',
]);

/** Boundary words that end a name even inside policy names (strong action verbs and scope words). */
const STRONG_BOUNDARY_WORDS: ReadonlySet<string> = new Set([...LEFT_BOUNDARY_WORDS].filter((w) => !NAME_VERBS.has(w)));

/** 促进就业十条, 科技创新促进高质量发展三年行动计划: policy titles open with or link their fields by 促进. */
const POLICY_LINK_VERBS: ReadonlySet<string> = new Set(['促进']);
const POLICY_BOUNDARY_WORDS: ReadonlySet<string> = new Set([...STRONG_BOUNDARY_WORDS].filter((w) => !POLICY_LINK_VERBS.has(w)));

function endsWithBoundary(word: string, boundaries: ReadonlySet<string>): boolean {
  for (let i = 1; i <= word.length - 2; i++) if (boundaries.has(word.slice(i))) return true;
  return false;
}

/** 明中都博物馆, 新都汇: jieba tags 都 (capital) as the adverb “all”; between content words it is part of the name. */
function isCapitalInName(piece: NamePiece, previous: NamePiece | undefined, boundaries: ReadonlySet<string>): boolean {
  // Asked on every call (of no piece but for 都), not only past the rare 都 test, where optimised code would deopt on it.
  const previousTag = previous?.tag;
  const previousIsNounOrPronoun = previousTag === 'n' || previousTag === 'r';
  return continuesName(piece.word === '都' ? previous : undefined, boundaries) && !previousIsNounOrPronoun;
}

/** Function words that can sit inside names (e.g. 之 in 长江之星, 自然 in 自然博物馆). */
function isKeptFunctionWord(word: string): boolean {
  // jieba tags 自然 as an adverb, but inside names it is nature (自然科普教育基地).
  // It tags phases and expressways as adverbs too (鹤港/高速/d 一期/d 工程).
  return word === '之' || word === '第' || word === '自然' || word === '高速' || /^[一二三四五六七八九十]期$/.test(word);
}
