import type { ReportKind } from '../vocabulary.ts';
import { parseChineseNumber } from '../text/chinese-number.ts';

/** The year of a document and how it was found. */
export interface YearFinding {
  year: number | null;
  source: 'title' | 'body' | 'inferred' | null;
  note?: string;
}

const YEAR = '((?:19|20)\\d{2})';
const TITLE_YEAR = new RegExp(`${YEAR}\\s*年`);
/** "2021年2月2日在普洱市第四届人民代表大会第五次会议上": the date the report was delivered. */
const DELIVERY_DATE = new RegExp(`${YEAR}年\\d{1,2}月(?:\\d{1,2}日)?在[^。\\n]{0,40}(?:人民代表大会|人大)`);
/** "二、2020年工作安排", "2021年主要工作", "2021年政府工作的总体要求": the year the report plans for. */
const PLAN_YEAR = new RegExp(`${YEAR}年(?:的)?(?:工作安排|主要工作|重点工作|工作任务|工作重点|政府工作|主要任务|工作建议)`);
/** A year written with placeholders, as some reprint sites do: "20*年", "20××年". */
/** "2021年宝兴县政府工作报告" opening the text without being a title line of its own. */
const OPENING_TITLE = new RegExp(`^[^。\\n]{0,20}?${YEAR}年[^。\\n]{0,30}?(?:政府工作报告|工作计划|工作要点)`);
const HIDDEN_YEAR = /(?:19|20)[*＊×xX?？□○]{1,2}年/;

/** Plenary sessions of the CPC Central Committee (year, month), by committee and session. */
const PLENUMS: Record<number, ReadonlyArray<readonly [number, number]>> = {
  15: [[1997, 9], [1998, 2], [1998, 10], [1999, 9], [2000, 10], [2001, 9], [2002, 11]],
  16: [[2002, 11], [2003, 2], [2003, 10], [2004, 9], [2005, 10], [2006, 10], [2007, 10]],
  17: [[2007, 10], [2008, 2], [2008, 10], [2009, 9], [2010, 10], [2011, 10], [2012, 11]],
  18: [[2012, 11], [2013, 2], [2013, 11], [2014, 10], [2015, 10], [2016, 10], [2017, 10]],
  19: [[2017, 10], [2018, 1], [2018, 2], [2019, 10], [2020, 10], [2021, 11], [2022, 10]],
  20: [[2022, 10], [2023, 2], [2024, 7], [2025, 10]],
};
/** The latest Central Committee plenum the text cites: 十六届三中、四中全会 → committee 16, session 4. */
export function findLatestPlenum(text: string): { committee: number; session: number; cited: string } | null {
  let best: { committee: number; session: number; cited: string } | null = null;
  const pattern = /(十[五六七八九]|二十)届((?:[一二三四五六七]中(?:全会)?[、,，和及与]?)+)全会/g;
  for (const match of text.matchAll(pattern)) {
    const committee = parseChineseNumber(match[1] ?? '');
    if (!committee || !PLENUMS[committee]) continue;
    for (const s of (match[2] ?? '').matchAll(/([一二三四五六七])中/g)) {
      const session = parseChineseNumber(s[1] ?? '') ?? 0;
      if (!best || committee > best.committee || (committee === best.committee && session > best.session)) {
        best = { committee, session, cited: match[0] };
      }
    }
  }
  return best;
}

interface Constraint {
  allows: (year: number) => boolean;
  /** window: a closed range of years; lower: from a year on; cycle: every fifth year. */
  shape: 'window' | 'lower' | 'cycle';
  note: string;
}

function plenumConstraint(text: string, kind: ReportKind): Constraint | null {
  const latest = findLatestPlenum(text);
  if (!latest) return null;
  const sessions = PLENUMS[latest.committee] ?? [];
  const held = sessions[latest.session - 1];
  if (!held) return null;
  const next = sessions[latest.session] ?? PLENUMS[latest.committee + 1]?.[0];
  const [heldYear, heldMonth] = held;
  const annual = kind === 'government-work-report' || kind === 'work-plan';
  // Annual reports and plans are delivered in January–March; they cite the latest plenum held before.
  const from = annual ? (heldMonth >= 3 ? heldYear + 1 : heldYear) : heldYear;
  const to = next ? next[0] : Number.POSITIVE_INFINITY;
  const nextNote = next ? ` and not the next one (${next[0]}-${String(next[1]).padStart(2, '0')})` : '';
  return {
    allows: (year) => year >= from && year <= to,
    shape: Number.isFinite(to) ? 'window' : 'lower',
    note: `cites ${latest.cited} (latest plenum: ${heldYear}-${String(heldMonth).padStart(2, '0')})${nextNote}${annual ? ', and annual reports are delivered early in the year' : ''}`,
  };
}

function fiveYearPlanConstraint(text: string): Constraint | null {
  const clause = /[^。；;]{0,30}(?:计划|规划)[”"’]?的?(最后一年|收官之年|开局之年|第一年)/.exec(text);
  if (!clause) return null;
  const last = clause[1] === '最后一年' || clause[1] === '收官之年';
  // Five-year plans run 2001–2005, 2006–2010, …: the last year ends in 0 or 5, the first in 1 or 6.
  return {
    allows: (year) => year % 5 === (last ? 0 : 1),
    shape: 'cycle',
    note: `calls the year the ${last ? 'last' : 'first'} year of a five-year plan ("${clause[0].trim()}"), so it ends in ${last ? '0 or 5' : '1 or 6'}`,
  };
}

function pandemicConstraint(text: string): Constraint | null {
  const match = /新冠|新型冠状病毒|常态化疫情防控/.exec(text);
  return match ? { allows: (year) => year >= 2020, shape: 'lower', note: `mentions ${match[0]} (COVID-19, 2020 on)` } : null;
}

function localCongressConstraint(text: string, kind: ReportKind): Constraint | null {
  if (kind !== 'news-report') return null;
  const match = /(?:中国共产党|中共)[\u4e00-\u9fff]{2,12}[市县区州盟旗]第[一二三四五六七八九十]+次代表大会/.exec(text);
  // Local party congresses (province, city, county) meet in a nationwide five-year cycle: 2016, 2021, 2026 …
  return match
    ? { allows: (year) => year % 5 === 1, shape: 'cycle', note: `reports on ${match[0]}, and local party congresses meet in the national five-year cycle (…2016, 2021, 2026)` }
    : null;
}

/**
 * Infers a year from dated references when the text states none (or hides it as "20*年"):
 * the latest Central Committee plenum cited, the position in a five-year plan, COVID-era terms,
 * the cycle of local party congresses. Returns the single year all clues allow, or the earliest
 * when the clues leave only a cycle with a lower bound; otherwise null.
 */
export function inferYear(text: string, kind: ReportKind, latestYear: number): YearFinding {
  const constraints = [
    plenumConstraint(text, kind),
    fiveYearPlanConstraint(text),
    pandemicConstraint(text),
    localCongressConstraint(text, kind),
  ].filter((c): c is Constraint => c !== null);
  if (constraints.length === 0) return { year: null, source: null };
  const years: number[] = [];
  for (let y = 1990; y <= latestYear; y += 1) if (constraints.every((c) => c.allows(y))) years.push(y);
  const [first] = years;
  if (first === undefined) return { year: null, source: null, note: `clues contradict each other: ${constraints.map((c) => c.note).join('; ')}` };
  const unique = years.length === 1;
  const shapes = new Set(constraints.map((c) => c.shape));
  const cycleFromBound = shapes.has('cycle') && (shapes.has('lower') || shapes.has('window'));
  if (!unique && !cycleFromBound) {
    return { year: null, source: null, note: `clues allow ${first}–${years[years.length - 1]}: ${constraints.map((c) => c.note).join('; ')}` };
  }
  const choice = unique ? 'the only year consistent with all' : `the earliest of the years consistent with all (${years.slice(0, 3).join(', ')}…)`;
  return { year: first, source: 'inferred', note: `${first} is ${choice}: ${constraints.map((c) => c.note).join('; ')}.` };
}

/**
 * The year of a document: from its title, else from the body (delivery date, the year the
 * plan is for), else inferred from dated references (see `inferYear`).
 */
export function detectYear(input: { title: string | null; text: string; kind: ReportKind; latestYear?: number }): YearFinding {
  const latestYear = input.latestYear ?? new Date().getFullYear();
  const fromTitle = input.title ? TITLE_YEAR.exec(input.title) : null;
  if (fromTitle?.[1]) return { year: Number(fromTitle[1]), source: 'title' };
  const head = input.text.slice(0, 3000);
  if (!HIDDEN_YEAR.test(head)) {
    const fromBody = OPENING_TITLE.exec(head) ?? DELIVERY_DATE.exec(head) ?? PLAN_YEAR.exec(input.text);
    if (fromBody?.[1]) return { year: Number(fromBody[1]), source: 'body' };
  }
  const inferred = inferYear(input.text, input.kind, latestYear);
  if (HIDDEN_YEAR.test(head) && inferred.note) {
    const hidden = HIDDEN_YEAR.exec(head)?.[0] ?? '';
    return { ...inferred, note: `The text hides its year ("${hidden}"). ${inferred.note}` };
  }
  return inferred;
}
