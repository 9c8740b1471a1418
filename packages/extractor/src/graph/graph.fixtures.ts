/** Small Chinese documents with hand-placed mentions, for the graph build tests. */
import type { GazetteerRegion, Mention, Sentence, SourceDocument } from '../types.ts';
import type { EntityType } from '../vocabulary.ts';
import type { DocumentExtraction } from './graph-types.ts';
import type { RegionResolver } from './resolve-entities.ts';

const REGIONS: GazetteerRegion[] = [
  { code: '15', name: '内蒙古自治区', level: 'province', path: ['内蒙古自治区'], pathCodes: ['15'] },
  { code: '1503', name: '乌海市', level: 'city', path: ['内蒙古自治区', '乌海市'], pathCodes: ['15', '1503'] },
  { code: '150302', name: '海勃湾区', level: 'county', path: ['内蒙古自治区', '乌海市', '海勃湾区'], pathCodes: ['15', '1503', '150302'] },
  { code: '511827', name: '宝兴县', level: 'county', path: ['四川省', '雅安市', '宝兴县'], pathCodes: ['51', '5118', '511827'] },
  { code: '511827102', name: '灵关镇', level: 'town', path: ['四川省', '雅安市', '宝兴县', '灵关镇'], pathCodes: ['51', '5118', '511827', '511827102'] },
];

export function findFixtureRegion(name: string): GazetteerRegion {
  const region = REGIONS.find((r) => r.name === name);
  if (!region) throw new Error(`no fixture region ${name}`);
  return region;
}

/** Official name or the name without its level suffix (宝兴 → 宝兴县). */
export const resolveFixtureRegion: RegionResolver = (name) =>
  REGIONS.find((r) => r.name === name || r.name.replace(/(自治区|市|区|县|镇)$/, '') === name) ?? null;

export function makeDocument(id: string, text: string, regionName: string | null, year: number | null): SourceDocument {
  return {
    id,
    title: `${year ?? ''}年${regionName ?? ''}政府工作报告`,
    source: `${id}.txt`,
    text,
    region: regionName ? findFixtureRegion(regionName) : null,
    year,
    yearSource: year === null ? null : 'title',
    kind: 'government-work-report',
  };
}

/** Sentences end at 。！？ (inclusive). */
export function splitFixtureSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i += 1) {
    if ('。！？'.includes(text[i] ?? '') || i === text.length - 1) {
      sentences.push({ index: sentences.length, start, end: i + 1 });
      start = i + 1;
    }
  }
  return sentences;
}

/** Every occurrence of `surface` in `text` as a mention of `type`. */
export function extractFixture(text: string, names: ReadonlyArray<readonly [EntityType, string]>): DocumentExtraction {
  const sentences = splitFixtureSentences(text);
  const mentions: Mention[] = [];
  for (const [type, surface] of names) {
    for (let at = text.indexOf(surface); at >= 0; at = text.indexOf(surface, at + surface.length)) {
      const sentence = sentences.find((s) => at >= s.start && at < s.end)?.index ?? 0;
      mentions.push({ type, text: surface, canonical: surface, start: at, end: at + surface.length, sentence });
    }
  }
  mentions.sort((a, b) => a.start - b.start);
  return { sentences, mentions };
}

export const WUHAI_2020 =
  '内蒙古久泰新材料有限公司（以下简称“久泰新材料”）投资建设久泰新材料年产100万吨煤制乙二醇项目，总投资4.8亿元。' +
  '久泰新材料年产100万吨煤制乙二醇项目开工建设。深化“放管服”改革，做好“六稳”工作。在乌海高新区建设黄河海勃湾水利枢纽工程。';
export const WUHAI_2021 =
  '久泰新材料年产100万吨煤制乙二醇项目建成投产，乌海高新区位于海勃湾区。深化“放管服”改革，落实“六保”任务。';
export const BAOXING_2021 = '深入推进“放管服”改革。宝兴工业园汉白玉项目签约落地，宝兴县汉白玉产业加快发展。';

const WUHAI_NAMES = [
  ['company', '内蒙古久泰新材料有限公司'],
  ['company', '久泰新材料'],
  ['project', '久泰新材料年产100万吨煤制乙二醇项目'],
  ['project', '黄河海勃湾水利枢纽工程'],
  ['park', '乌海高新区'],
  ['slogan', '放管服'],
  ['slogan', '六稳'],
  ['slogan', '六保'],
  ['region', '海勃湾区'],
] as const satisfies ReadonlyArray<readonly [EntityType, string]>;

/** Three small reports: 乌海 2020 and 2021, 宝兴 2021. */
export function makeFixtureCorpus(): { documents: SourceDocument[]; extractions: DocumentExtraction[] } {
  const wuhai2020 = extractFixture(WUHAI_2020, WUHAI_NAMES);
  // 久泰新材料 inside the full company name is part of that name, not a mention of its own.
  wuhai2020.mentions = wuhai2020.mentions.filter((m) => WUHAI_2020.slice(m.start - 3, m.start) !== '内蒙古');
  const wuhai2021 = extractFixture(WUHAI_2021, WUHAI_NAMES);
  const baoxing = extractFixture(BAOXING_2021, [
    ['slogan', '放管服'],
    ['park', '宝兴工业园'],
    ['project', '宝兴工业园汉白玉项目'],
    ['region', '宝兴'],
  ]);
  // 宝兴 inside 宝兴工业园 is part of the park's name, not a separate region mention; keep only the stand-alone one (宝兴县…).
  baoxing.mentions = baoxing.mentions.filter((m) => m.type !== 'region' || BAOXING_2021.slice(m.start, m.start + 3) === '宝兴县');
  baoxing.mentions = baoxing.mentions.filter((m) => !(m.type === 'park' && BAOXING_2021.slice(m.start, m.end + 3).endsWith('汉白玉')));
  return {
    documents: [
      makeDocument('wuhai-2020', WUHAI_2020, '乌海市', 2020),
      makeDocument('wuhai-2021', WUHAI_2021, '乌海市', 2021),
      makeDocument('baoxing-2021', BAOXING_2021, '宝兴县', 2021),
    ],
    extractions: [wuhai2020, wuhai2021, baoxing],
  };
}
