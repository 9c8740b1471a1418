import { describe, expect, it } from 'vitest';
import { buildGraph } from './build-graph.ts';
import { extractFixture, makeDocument, makeFixtureCorpus, resolveFixtureRegion } from './graph.fixtures.ts';
import type { GraphJson, GraphRelationship } from './graph-types.ts';

function buildFixtureGraph(): GraphJson {
  const { documents, extractions } = makeFixtureCorpus();
  return buildGraph(documents, extractions, { resolveRegion: resolveFixtureRegion });
}

function findRels(graph: GraphJson, type: string, from?: string, to?: string): GraphRelationship[] {
  return graph.relationships.filter((r) => r.type === type && (from === undefined || r.from === from) && (to === undefined || r.to === to));
}

const PROJECT = 'project:久泰新材料年产100万吨煤制乙二醇项目';
const COMPANY = 'company:内蒙古久泰新材料有限公司';

describe('buildGraph', () => {
  it('gives the same JSON, ids included, for the same input', () => {
    expect(JSON.stringify(buildFixtureGraph())).toBe(JSON.stringify(buildFixtureGraph()));
  });

  it('merges a company short name tied by 以下简称 into the full name and keeps it as an alias', () => {
    const graph = buildFixtureGraph();
    const company = graph.nodes.find((n) => n.id === COMPANY);
    expect(company?.labels).toEqual(['Entity', 'Company']);
    expect(company?.properties.aliases).toContain('久泰新材料');
    expect(graph.nodes.find((n) => n.id === 'company:久泰新材料')).toBeUndefined();
    expect(company?.properties.reportCount).toBe(2);
  });

  it('ties regions to the gazetteer with PART_OF up to the province', () => {
    const graph = buildFixtureGraph();
    const baoxing = graph.nodes.find((n) => n.id === 'region:511827');
    expect(baoxing?.properties).toMatchObject({ name: '宝兴县', code: '511827', level: 'county' });
    expect(baoxing?.properties.aliases).toContain('宝兴');
    expect(findRels(graph, 'PART_OF', 'region:511827', 'region:5118')).toHaveLength(1);
    expect(findRels(graph, 'PART_OF', 'region:5118', 'region:51')).toHaveLength(1);
    expect(graph.nodes.find((n) => n.id === 'region:51')?.properties).toMatchObject({ name: '四川省', level: 'province' });
    expect(findRels(graph, 'ISSUED_BY', 'wuhai-2020', 'region:1503')[0]?.properties).toMatchObject({ report: 'wuhai-2020', year: 2020 });
  });

  it('records MENTIONS per report with counts, years and evidence sentences that contain the mention', () => {
    const graph = buildFixtureGraph();
    const mentions = findRels(graph, 'MENTIONS', undefined, 'slogan:放管服');
    expect(mentions.map((m) => m.from).sort()).toEqual(['baoxing-2021', 'wuhai-2020', 'wuhai-2021']);
    const { documents } = makeFixtureCorpus();
    for (const rel of graph.relationships.filter((r) => r.type === 'MENTIONS')) {
      const doc = documents.find((d) => d.id === rel.from);
      const { starts, ends, sentences } = rel.properties as { starts: number[]; ends: number[]; sentences: string[] };
      const surface = doc?.text.slice(starts[0], ends[0]) ?? '';
      expect(surface.length).toBeGreaterThan(0);
      expect(sentences.some((s) => s.includes(surface))).toBe(true);
      expect(rel.properties.year).toBe(doc?.year);
    }
  });

  it('puts the investment figure and the stage words of each year on the project mentions', () => {
    const graph = buildFixtureGraph();
    const in2020 = findRels(graph, 'MENTIONS', 'wuhai-2020', PROJECT)[0]?.properties;
    expect(in2020).toMatchObject({ investmentCny: 480_000_000, investmentText: '总投资4.8亿元', stages: ['开工'] });
    const in2021 = findRels(graph, 'MENTIONS', 'wuhai-2021', PROJECT)[0]?.properties;
    expect(in2021?.stages).toEqual(['建成', '投产']);
  });

  it('finds company → project relations by cue verbs and by the company name inside the project name', () => {
    const graph = buildFixtureGraph();
    expect(findRels(graph, 'INVESTS_IN', COMPANY, PROJECT)[0]?.properties).toMatchObject({ report: 'wuhai-2020', year: 2020 });
    const builds = findRels(graph, 'BUILDS', COMPANY, PROJECT);
    expect(builds.map((r) => r.properties.report).sort()).toEqual(['wuhai-2020', 'wuhai-2021']);
    expect(String(builds[0]?.properties.sentence)).toContain('久泰新材料');
  });

  it('ties a project to a company named in another report when the company heads its name, but not a daily output', () => {
    const first = '青禾能源集团在乌海投资兴业。';
    const second = '青禾能源集团光伏组件项目建成，日产5000吨水泥项目开工。';
    const graph = buildGraph(
      [makeDocument('wuhai-2020', first, '乌海市', 2020), makeDocument('wuhai-2021', second, '乌海市', 2021)],
      [
        extractFixture(first, [['company', '青禾能源集团']]),
        extractFixture(second, [['project', '青禾能源集团光伏组件项目'], ['company', '日产'], ['project', '日产5000吨水泥项目']]),
      ],
      { resolveRegion: resolveFixtureRegion },
    );
    const builds = findRels(graph, 'BUILDS');
    expect(builds.map((r) => `${r.from}->${r.to}:${String(r.properties.report)}`)).toEqual(['company:青禾能源集团->project:青禾能源集团光伏组件项目:wuhai-2021']);
    expect(builds[0]?.properties.cues).toEqual(['name']);
  });

  it('makes X and X项目 one project across reports, but keeps a short X apart', () => {
    const first = '青禾智慧冷链物流园开工建设，发电项目投产。';
    const second = '青禾智慧冷链物流园项目建成投用，发电能力提升。';
    const graph = buildGraph(
      [makeDocument('wuhai-2020', first, '乌海市', 2020), makeDocument('wuhai-2021', second, '乌海市', 2021)],
      [
        extractFixture(first, [['project', '青禾智慧冷链物流园'], ['project', '发电项目']]),
        extractFixture(second, [['project', '青禾智慧冷链物流园项目'], ['project', '发电']]),
      ],
      { resolveRegion: resolveFixtureRegion },
    );
    const mentions = findRels(graph, 'MENTIONS', undefined, 'project:青禾智慧冷链物流园项目');
    expect(mentions.map((r) => r.from).sort()).toEqual(['wuhai-2020', 'wuhai-2021']);
    expect(graph.nodes.find((n) => n.id === 'project:青禾智慧冷链物流园项目')?.properties.aliases).toContain('青禾智慧冷链物流园');
    expect(graph.nodes.some((n) => n.id === 'project:发电')).toBe(true);
  });

  it('finds LOCATED_IN from 位于, 在…, and a park or region heading the name', () => {
    const graph = buildFixtureGraph();
    expect(findRels(graph, 'LOCATED_IN', 'project:黄河海勃湾水利枢纽工程', 'park:乌海高新区')[0]?.properties.cues).toEqual(['在']);
    expect(findRels(graph, 'LOCATED_IN', 'park:乌海高新区', 'region:150302')[0]?.properties.cues).toEqual(['位于']);
    expect(findRels(graph, 'LOCATED_IN', 'project:宝兴工业园汉白玉项目', 'region:511827')[0]?.properties.cues).toEqual(['prefix']);
  });

  it('gives each project of one sentence its own investment figure', () => {
    const text = '总投资50亿元的蓝川面板项目、20亿元的青禾物流园项目开工，松石隧道项目总投资3亿元，白杨水库项目建成。';
    const graph = buildGraph(
      [makeDocument('wuhai-2021', text, '乌海市', 2021)],
      [extractFixture(text, [['project', '蓝川面板项目'], ['project', '青禾物流园项目'], ['project', '松石隧道项目'], ['project', '白杨水库项目']])],
      { resolveRegion: resolveFixtureRegion },
    );
    const investmentOf = (id: string): unknown => findRels(graph, 'MENTIONS', 'wuhai-2021', id)[0]?.properties.investmentCny;
    expect(investmentOf('project:蓝川面板项目')).toBe(5_000_000_000);
    expect(investmentOf('project:青禾物流园项目')).toBe(2_000_000_000);
    expect(investmentOf('project:松石隧道项目')).toBe(300_000_000);
    expect(investmentOf('project:白杨水库项目')).toBeUndefined();
  });

  it('places by a heading park only under a park-like name, and never by a river named after a place', () => {
    const text = '宝兴与青禾、宝兴工业园深化合作，青禾汇能光伏项目、宝兴江至东河水库、宝兴工业园石材项目加快建设。';
    const extraction = extractFixture(text, [
      ['park', '青禾'],
      ['park', '宝兴工业园'],
      ['project', '青禾汇能光伏项目'],
      ['project', '宝兴江至东河水库'],
      ['project', '宝兴工业园石材项目'],
      ['region', '宝兴'],
    ]);
    // Only the stand-alone names are mentions of their own, not the heads of the project names.
    const firstComma = text.indexOf('，');
    extraction.mentions = extraction.mentions.filter((m) => m.type === 'project' || m.start < firstComma);
    const graph = buildGraph([makeDocument('baoxing-2021', text, '宝兴县', 2021)], [extraction], { resolveRegion: resolveFixtureRegion });
    expect(findRels(graph, 'LOCATED_IN', 'project:青禾汇能光伏项目')).toEqual([]);
    expect(findRels(graph, 'LOCATED_IN', 'project:宝兴江至东河水库')).toEqual([]);
    expect(findRels(graph, 'LOCATED_IN', 'project:宝兴工业园石材项目', 'park:宝兴工业园')[0]?.properties.cues).toEqual(['prefix']);
  });

  it('does not place a project in a distant region that only heads a company name inside it', () => {
    const text = '乌海青禾康养公司等企业康养项目加快推进，宝兴石材公司汉白玉项目投产，宝兴与乌海深化合作。';
    const extraction = extractFixture(text, [
      ['company', '乌海青禾康养公司'],
      ['project', '乌海青禾康养公司等企业康养项目'],
      ['company', '宝兴石材公司'],
      ['project', '宝兴石材公司汉白玉项目'],
      ['region', '宝兴'],
      ['region', '乌海'],
    ]);
    // Only the stand-alone place names are region mentions (宝兴与乌海…), not the heads of other names.
    const standAlone = text.lastIndexOf('宝兴');
    extraction.mentions = extraction.mentions.filter((m) => m.type !== 'region' || m.start >= standAlone);
    const graph = buildGraph([makeDocument('baoxing-2021', text, '宝兴县', 2021)], [extraction], { resolveRegion: resolveFixtureRegion });
    expect(findRels(graph, 'LOCATED_IN', 'project:乌海青禾康养公司等企业康养项目')).toEqual([]);
    // A region of the report's own county heading the name still places it.
    expect(findRels(graph, 'LOCATED_IN', 'project:宝兴石材公司汉白玉项目', 'region:511827')[0]?.properties.cues).toEqual(['prefix']);
    expect(findRels(graph, 'BUILDS', 'company:乌海青禾康养公司', 'project:乌海青禾康养公司等企业康养项目')).toHaveLength(1);
  });

  it('links entities of one sentence by CO_OCCURS, one relationship per pair and report', () => {
    const graph = buildFixtureGraph();
    const rels = findRels(graph, 'CO_OCCURS', 'slogan:六稳', 'slogan:放管服');
    expect(rels).toHaveLength(1);
    expect(rels[0]?.properties).toMatchObject({ report: 'wuhai-2020', weight: 1 });
    expect((rels[0]?.properties.sentences as string[])[0]).toContain('放管服');
  });

  it('adds the well-known expansion to national slogans', () => {
    const graph = buildFixtureGraph();
    expect(graph.nodes.find((n) => n.id === 'slogan:六稳')?.properties.expansion).toEqual(['稳就业', '稳金融', '稳外贸', '稳外资', '稳投资', '稳预期']);
    expect(graph.nodes.find((n) => n.id === 'slogan:放管服')?.properties).toMatchObject({ pinyin: 'fangguanfu', initials: 'fgf' });
  });

  it('puts report and year on every relationship that comes from a report, and counts them in the summary', () => {
    const graph = buildFixtureGraph();
    for (const rel of graph.relationships.filter((r) => r.type !== 'PART_OF')) {
      expect(typeof rel.properties.report).toBe('string');
      expect(typeof rel.properties.year).toBe('number');
    }
    expect(graph.summary.relationships).toBe(graph.relationships.length);
    expect(graph.summary.nodesByLabel.Report).toBe(3);
    const ids = new Set(graph.nodes.map((n) => n.id));
    for (const rel of graph.relationships) {
      expect(ids.has(rel.from)).toBe(true);
      expect(ids.has(rel.to)).toBe(true);
    }
  });
});
