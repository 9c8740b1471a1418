import type { Gazetteer } from '../gazetteer/gazetteer.ts';
import { isWithin } from '../gazetteer/gazetteer.ts';
import type { GazetteerRegion } from '../types.ts';
import type { RegionLevel } from '../vocabulary.ts';

/** The issuing region of a document and where it was read from. */
export interface IssuingRegion {
  region: GazetteerRegion | null;
  source: 'header' | 'title' | 'body' | null;
}

/** A region name found in a string, by longest match. */
export interface RegionNameHit {
  name: string;
  start: number;
  regions: GazetteerRegion[];
  form: 'official' | 'short';
}

const MAX_NAME_LENGTH = 16;
/** Web-portal channel words after the place in a 【…】 label: 【宝兴县招商】, 【潮州新闻】. */
const CHANNEL_SUFFIX = /(?:招商|新闻|资讯|要闻|动态|政务|发布|频道|专题|报告)+$/;

/**
 * Region names in `text` by longest match, skipping names that are common words. Short names
 * only count when not glued into a longer run of name characters on the left (a crude boundary).
 */
export function findRegionNames(gazetteer: Gazetteer, text: string): RegionNameHit[] {
  const hits: RegionNameHit[] = [];
  let i = 0;
  while (i < text.length) {
    let found: RegionNameHit | null = null;
    for (let length = Math.min(MAX_NAME_LENGTH, text.length - i); length >= 2; length -= 1) {
      const name = text.slice(i, i + length);
      const entry = gazetteer.names.get(name);
      if (!entry || entry.risk === 'common-word') continue;
      found = { name, start: i, regions: entry.regions, form: entry.form };
      break;
    }
    if (found) {
      hits.push(found);
      i += found.name.length;
    } else i += 1;
  }
  return hits;
}

/** The administrative level a text speaks from: 全县/县委 → county, 全市/市委 → city, 全省 → province. */
export function detectSelfLevel(text: string): RegionLevel | null {
  const counts: Array<[RegionLevel, number]> = [
    ['county', text.match(/全县|我县|县委|县政府|县人大|全旗|旗委|我区|区委|区政府/g)?.length ?? 0],
    ['city', text.match(/全市|我市|市委|市政府|市人大|全州|州委|全盟|盟委/g)?.length ?? 0],
    ['province', text.match(/全省|我省|省委|省政府|省人大/g)?.length ?? 0],
  ];
  counts.sort((a, b) => b[1] - a[1]);
  const [top] = counts;
  return top && top[1] > 0 ? top[0] : null;
}

/** Picks the most specific region among hits that are consistent (each inside the next). */
function pickMostSpecific(gazetteer: Gazetteer, hits: RegionNameHit[], level: RegionLevel | null): GazetteerRegion | null {
  const known: GazetteerRegion[] = [];
  for (const hit of hits) {
    const resolved = gazetteer.resolve(hit.name, { regions: known, level: level ?? undefined });
    if (resolved) known.push(resolved.region);
  }
  if (known.length === 0) return null;
  // The deepest region that all other hits contain (内蒙古 + 呼和浩特市 → 呼和浩特市).
  const sorted = [...known].sort((a, b) => b.pathCodes.length - a.pathCodes.length);
  return sorted.find((r) => known.every((o) => isWithin(r, o) || isWithin(o, r))) ?? sorted[0] ?? null;
}

/** The region most often named in the body, at the level the text speaks from. */
function pickFromBody(gazetteer: Gazetteer, text: string): GazetteerRegion | null {
  const level = detectSelfLevel(text);
  const tally = new Map<string, { region: GazetteerRegion; count: number }>();
  const known: GazetteerRegion[] = [];
  for (const hit of findRegionNames(gazetteer, text)) {
    const resolved = gazetteer.resolve(hit.name, { regions: known, level: level ?? undefined });
    if (!resolved) continue;
    const entry = tally.get(resolved.region.code) ?? { region: resolved.region, count: 0 };
    entry.count += 1;
    tally.set(resolved.region.code, entry);
  }
  const ranked = [...tally.values()].sort((a, b) => {
    const levelA = a.region.level === level ? 1 : 0;
    const levelB = b.region.level === level ? 1 : 0;
    return levelB - levelA || b.count - a.count || a.region.code.localeCompare(b.region.code);
  });
  return ranked[0]?.region ?? null;
}

/**
 * The region that issued a document: the place in a `【…】` header label, else the places named
 * in the title (most specific wins), else the place the body names most at the level it speaks
 * from (全市 → a city).
 */
export function resolveIssuingRegion(
  gazetteer: Gazetteer,
  doc: { headerLabel: string | null; title: string | null; text: string },
): IssuingRegion {
  const titleHits = doc.title ? findRegionNames(gazetteer, doc.title) : [];
  const fromTitle = pickMostSpecific(gazetteer, titleHits, null);
  if (doc.headerLabel) {
    const label = doc.headerLabel.replace(CHANNEL_SUFFIX, '');
    const resolved = gazetteer.resolve(label, { regions: fromTitle ? [fromTitle] : [] });
    if (resolved) {
      // 【衡阳招商】衡阳市政府工作报告: a title region inside or equal to the label's wins.
      const region = fromTitle && isWithin(fromTitle, resolved.region) ? fromTitle : resolved.region;
      return { region, source: 'header' };
    }
  }
  if (fromTitle) return { region: fromTitle, source: 'title' };
  const fromBody = pickFromBody(gazetteer, doc.text);
  return fromBody ? { region: fromBody, source: 'body' } : { region: null, source: null };
}
