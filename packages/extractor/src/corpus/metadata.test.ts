import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../gazetteer/gazetteer.ts';
import { buildDocuments } from './build-documents.ts';
import { HIDDEN_YEAR_PLAN, MID_DOCUMENT_FILE, MULTI_REPORT_FILE } from './corpus.fixtures.ts';
import { detectKind } from './detect-kind.ts';
import { detectYear, findLatestPlenum } from './detect-year.ts';
import { disambiguateIds, romanizeName, slugifyDocumentId, slugifyRegion } from './document-id.ts';
import { resolveIssuingRegion } from './issuing-region.ts';

const gazetteer = loadGazetteer();

describe('detectYear', () => {
  it('takes the year from the title, else from the delivery date or the plan year in the body', () => {
    expect(detectYear({ title: '2021年宝兴县政府工作报告', text: '各位代表', kind: 'government-work-report' })).toEqual({ year: 2021, source: 'title' });
    expect(detectYear({ title: '普洱市政府工作报告', text: '2021年2月2日在普洱市第四届人民代表大会第五次会议上 各位代表', kind: 'government-work-report' }))
      .toEqual({ year: 2021, source: 'body' });
    expect(detectYear({ title: null, text: MID_DOCUMENT_FILE, kind: 'government-work-report' })).toEqual({ year: 2020, source: 'body' });
  });

  it('infers a hidden year ("20*年") from the plenums cited and the five-year-plan position, and says how', () => {
    const found = detectYear({ title: '政府工作计划', text: HIDDEN_YEAR_PLAN, kind: 'work-plan', latestYear: 2022 });
    expect(found.year).toBe(2005);
    expect(found.source).toBe('inferred');
    expect(found.note).toContain('20*年');
    expect(found.note).toContain('十六届三中、四中全会');
    expect(found.note).toContain('last year of a five-year plan');
  });

  it('dates a news report on a city party congress by the congress cycle and COVID-era wording', () => {
    const text = '中国共产党乌海市第八次代表大会于9月25日至9月28日胜利召开。该市将毫不放松抓好常态化疫情防控。';
    expect(detectYear({ title: null, text, kind: 'news-report', latestYear: 2025 })).toMatchObject({ year: 2021, source: 'inferred' });
  });

  it('leaves the year null when nothing dates the text', () => {
    expect(detectYear({ title: '政府工作计划', text: '20*年是关键之年。各位代表,让我们努力奋斗!', kind: 'work-plan' })).toMatchObject({ year: null, source: null });
  });

  it('reads the latest plenum from lists of sessions', () => {
    expect(findLatestPlenum('全面贯彻党的十九大和十九届二中、三中、四中、五中全会精神')).toMatchObject({ committee: 19, session: 5 });
  });
});

describe('detectKind', () => {
  it('tells reports, plans and news apart', () => {
    expect(detectKind({ title: '2021年宝兴县政府工作报告', text: '' })).toBe('government-work-report');
    expect(detectKind({ title: '政府工作计划', text: '各位代表' })).toBe('work-plan');
    expect(detectKind({ title: null, text: MID_DOCUMENT_FILE })).toBe('government-work-report');
    expect(detectKind({ title: null, text: '乌海市第八次代表大会胜利召开。该市将推进产业转型,该市还将推进城市转型。' })).toBe('news-report');
  });
});

describe('resolveIssuingRegion', () => {
  it('resolves the 【…招商】 label to the gazetteer: 宝兴县 → 四川省 雅安市 宝兴县', () => {
    const { region, source } = resolveIssuingRegion(gazetteer, { headerLabel: '宝兴县招商', title: '2021年宝兴县政府工作报告', text: '' });
    expect(source).toBe('header');
    expect(region).toEqual({
      code: '511827',
      name: '宝兴县',
      level: 'county',
      path: ['四川省', '雅安市', '宝兴县'],
      pathCodes: ['51', '5118', '511827'],
    });
  });

  it('prefers the most specific place in a title and the most named place in a body', () => {
    expect(resolveIssuingRegion(gazetteer, { headerLabel: null, title: '(内蒙古)2020年呼和浩特市人民政府工作报告(全文)', text: '' }).region?.code).toBe('1501');
    expect(resolveIssuingRegion(gazetteer, { headerLabel: '衡阳招商', title: '衡阳市政府工作报告', text: '' }).region?.name).toBe('衡阳市');
    const fromBody = resolveIssuingRegion(gazetteer, { headerLabel: null, title: null, text: MID_DOCUMENT_FILE });
    expect(fromBody).toMatchObject({ source: 'body', region: { code: '1503', level: 'city' } });
  });
});

describe('document ids', () => {
  it('romanises short names, with standard names for minority-language places', () => {
    expect(romanizeName('宝兴')).toBe('baoxing');
    expect(romanizeName('普洱')).toBe('puer');
    expect(romanizeName('呼和浩特')).toBe('hohhot');
    expect(romanizeName('绿春')).toBe('lvchun');
  });

  it('adds the level word when a county shares its short name with its city', () => {
    const karamay = gazetteer.resolve('克拉玛依区')?.region;
    const city = gazetteer.resolve('克拉玛依市')?.region;
    expect(karamay && slugifyRegion(gazetteer, karamay)).toBe('karamay-district');
    expect(city && slugifyRegion(gazetteer, city)).toBe('karamay');
  });

  it('builds <region>-<year>[-<kind>] and disambiguates repeats', () => {
    expect(slugifyDocumentId({ regionSlug: 'wuhai', year: 2005, kind: 'work-plan', source: 'x.txt' })).toBe('wuhai-2005-plan');
    expect(slugifyDocumentId({ regionSlug: 'wuhai', year: 2021, kind: 'news-report', newsTopic: 'congress', source: 'x.txt' })).toBe('wuhai-2021-congress');
    expect(slugifyDocumentId({ regionSlug: null, year: null, kind: 'other', source: 'dir/报告.txt' })).toBe('baogao-doc');
    expect(disambiguateIds(['a-2021', 'b-2021', 'a-2021'])).toEqual(['a-2021', 'b-2021', 'a-2021-2']);
  });
});

describe('buildDocuments', () => {
  it('turns a multi-report file into documents with ids, titles, regions, years and source offsets', () => {
    const docs = buildDocuments(gazetteer, [{ source: 'portal.txt', text: MULTI_REPORT_FILE, encoding: 'utf-8' }]);
    expect(docs.map((d) => [d.id, d.title, d.region?.code, d.year, d.yearSource, d.kind])).toEqual([
      ['baoxing-2021', '2021年宝兴县政府工作报告', '511827', 2021, 'title', 'government-work-report'],
      ['puer-2021', '普洱市政府工作报告', '5308', 2021, 'body', 'government-work-report'],
    ]);
    for (const doc of docs) expect(MULTI_REPORT_FILE.slice(doc.sourceOffset, (doc.sourceOffset ?? 0) + doc.text.length)).toBe(doc.text);
  });
});
