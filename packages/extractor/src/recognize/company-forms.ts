/**
 * Company names built by fixed formation rules rather than by a head word:
 * a bank's branch (建行某某省分行, 某某银行某某支行) and an investment platform's short
 * name (文旅投, 城建投) where the clause lists or names it as a partner.
 */
import type { Candidate } from './candidate.ts';
import { PRIORITY } from './candidate.ts';
import { GENERIC_WORDS } from './lexicons.ts';
import { isKnownPlace } from './lexicon-matches.ts';
import { isGazetteerName, loadRegionNames } from './region-names.ts';
import type { TextView } from './text-view.ts';

/** Short names of the national banks (general knowledge) and any …银行 name. */
const BANK = '(?:工行|农行|中行|建行|交行|农发行|国开行|进出口银行|邮储|[\\u4e00-\\u9fff]{2,6}?银行)';
/** Bank + region + branch level: 农发行某某省分行, 某某银行某某市支行. */
const BANK_BRANCH = new RegExp(`${BANK}([\\u4e00-\\u9fff]{0,7}?)(?:分行|支行|营业部)`, 'g');
/** Where the region part may end in an administrative level. */
const LEADING_TAGS = new Set(['v', 'vn', 'vd', 'd', 'p', 'c', 'u', 'uj', 'r', 'ad']);
const LEVEL_SUFFIX = /(省|市|州|县|区|自治区|盟|旗)$/;

/** Sector stems of investment platforms: 文旅投, 城建投, 交投, 产投 (a stem + 投). */
const PLATFORM = /([\u4e00-\u9fff]{1,2})投(?=[和、及与等,，。；]|平台|集团|公司)/g;
const PLATFORM_BEFORE = /[与由和及、托入引对]$/;
const PLATFORM_LIST_AFTER = /^、[\u4e00-\u9fff]{1,2}投/;
const PLATFORM_STEMS = /^(文旅|城建|城投|交通|交|产|产业|农|农业|工|工业|科|科技|金|金融|水|水务|能|能源|国|国资|建|旅|旅游|文|文化|城|城市|轨道|高速|港|港口|发|发展|康|康养|数|数字|物|物流|资|资本|创|创新)$/;

/** A region's state farm group (云南农垦, 黑龙江农垦): place + 农垦, unless the sector or its reform is meant. */
const STATE_FARM = /农垦(集团)?/g;
const STATE_FARM_SECTOR_AFTER = /^(改革|系统|体制|事业|经济|职工|企业|农场|区域)/;

function recognizeStateFarms(view: TextView, names: ReturnType<typeof loadRegionNames>): Candidate[] {
  const { text } = view;
  const out: Candidate[] = [];
  STATE_FARM.lastIndex = 0;
  for (let m = STATE_FARM.exec(text); m; m = STATE_FARM.exec(text)) {
    const end = m.index + m[0].length;
    if (STATE_FARM_SECTOR_AFTER.test(text.slice(end, end + 2))) continue;
    const place = view.tokens[view.tokenAt[m.index - 1] ?? -1];
    if (!place || place.end !== m.index || place.word.length < 2) continue;
    if (!isKnownPlace(place.word, names)) continue;
    out.push({ type: 'company', start: place.start, end, rule: 'state-farm', priority: PRIORITY.suffix });
  }
  return out;
}

/** A region's sector group (某省林产业集团, 某市茶产业集团): place + sector + 产业集团, a state platform's form. */
const SECTOR_GROUP = /产业集团/g;

function recognizeSectorGroups(view: TextView, names: ReturnType<typeof loadRegionNames>): Candidate[] {
  const { text, tokens, tokenAt } = view;
  const out: Candidate[] = [];
  SECTOR_GROUP.lastIndex = 0;
  for (let m = SECTOR_GROUP.exec(text); m; m = SECTOR_GROUP.exec(text)) {
    const sectorIndex = tokenAt[m.index - 1] ?? -1;
    const sector = tokens[sectorIndex];
    const place = tokens[sectorIndex - 1];
    if (!sector || sector.end !== m.index || sector.word.length > 2 || !/^[\u4e00-\u9fff]+$/.test(sector.word) || GENERIC_WORDS.has(sector.word)) continue;
    if (!place || place.end !== sector.start || place.word.length < 2 || !isKnownPlace(place.word, names)) continue;
    out.push({ type: 'company', start: place.start, end: m.index + m[0].length, rule: 'sector-group', priority: PRIORITY.suffix });
  }
  return out;
}

/** A platform a government founds (组建/成立 + place + trade words + 集团/公司): 组建某县文旅投资集团. */
const FOUNDED_FIRM = /(?:组建|成立)([\u4e00-\u9fff]{3,16}?(?:[(（]集团[)）]公司|集团|公司))/g;
/** Words that join or qualify rather than name: the match ran past one name (组建某市集团和公司). */
const FOUNDED_FIRM_BREAK = /[的和与及等或]/;

/** The length of the place opening a founded firm's name, a token or the start of one (普洱|茶 in 普洱茶投资公司); 0 if none. */
function foundedFirmPlaceLength(view: TextView, start: number, name: string, names: ReturnType<typeof loadRegionNames>): number {
  const token = view.tokens[view.tokenAt[start] ?? -1];
  if (!token || token.start !== start) return 0;
  const lengths = [token.word.length, 3, 2].filter((n) => n >= 2 && n <= token.word.length && name.length - n >= 3);
  return lengths.find((n) => isKnownPlace(name.slice(0, n), names)) ?? 0;
}

function recognizeFoundedFirms(view: TextView, names: ReturnType<typeof loadRegionNames>): Candidate[] {
  const { text } = view;
  const out: Candidate[] = [];
  FOUNDED_FIRM.lastIndex = 0;
  for (let m = FOUNDED_FIRM.exec(text); m; m = FOUNDED_FIRM.exec(text)) {
    const name = m[1] as string;
    const start = m.index + m[0].length - name.length;
    // A place opens the name (a placeless 组建教育集团 names a kind, not a firm).
    if (foundedFirmPlaceLength(view, start, name, names) === 0 || FOUNDED_FIRM_BREAK.test(name)) continue;
    out.push({ type: 'company', start, end: start + name.length, rule: 'founded-firm', priority: PRIORITY.suffix });
  }
  return out;
}

export function recognizeCompanyForms(view: TextView): Candidate[] {
  const { text } = view;
  const out: Candidate[] = [];
  const names = loadRegionNames();
  BANK_BRANCH.lastIndex = 0;
  for (let m = BANK_BRANCH.exec(text); m; m = BANK_BRANCH.exec(text)) {
    const region = m[1] as string;
    const bare = region.replace(LEVEL_SUFFIX, '');
    // The middle is a place (or nothing): 云南省, 普洱市, 宁洱; anything else is no branch name.
    if (region.length > 0 && !(isKnownPlace(region, names) || isGazetteerName(bare, names))) continue;
    let start = m.index;
    // The generic …银行 match runs in from the left (加快建设银行): drop leading verbs and function words.
    const shortBank = /^(工行|农行|中行|建行|交行|农发行|国开行|进出口银行|邮储)/.test(m[0]);
    while (!shortBank && start < m.index + m[0].length - 4) {
      const token = view.tokens[view.tokenAt[start] ?? -1];
      if (!token || token.start !== start || !LEADING_TAGS.has(token.tag)) break;
      start = token.end;
    }
    if (m.index + m[0].length - start < 4) continue;
    out.push({ type: 'company', start, end: m.index + m[0].length, rule: 'bank-branch', priority: PRIORITY.lexicon + 1 });
  }
  PLATFORM.lastIndex = 0;
  for (let m = PLATFORM.exec(text); m; m = PLATFORM.exec(text)) {
    const stem = m[1] as string;
    let start = m.index;
    let core = stem;
    // One character of a two-character match may belong to the word before (依托文旅投 → 托|文旅? no: 文旅).
    if (stem.length === 2 && !PLATFORM_STEMS.test(stem) && PLATFORM_STEMS.test(stem.slice(1))) { start += 1; core = stem.slice(1); }
    if (!PLATFORM_STEMS.test(core) || GENERIC_WORDS.has(core + '投')) continue;
    // 发挥城建投、文旅投等平台: the first of a list of platforms needs no partner cue before it.
    const listed = view.boundaryAt[start] === 1 && PLATFORM_LIST_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 4));
    if (!listed && !PLATFORM_BEFORE.test(text.slice(Math.max(0, start - 1), start))) continue;
    out.push({ type: 'company', start, end: m.index + m[0].length, rule: 'platform-short', priority: PRIORITY.suffix });
  }
  out.push(...recognizeStateFarms(view, names), ...recognizeSectorGroups(view, names), ...recognizeFoundedFirms(view, names));
  return out;
}
