/**
 * A small graph in the README model for graph-api tests: four reports of three regions,
 * slogans shared by some of them, a project traced over two years. Loaded with the
 * extractor's own `loadGraph`.
 */
import type { GraphJson, GraphNode, GraphRelationship, Properties } from '../packages/extractor/src/graph/graph-types.ts';

function region(code: string, name: string, level: string, path: string[]): GraphNode {
  return {
    id: `region:${code}`,
    labels: ['Entity', 'Region'],
    properties: { id: `region:${code}`, type: 'region', name, aliases: [], mentionCount: 0, reportCount: 0, code, level, path },
  };
}

function entity(type: string, label: string, name: string, extra: Properties = {}): GraphNode {
  return {
    id: `${type}:${name}`,
    labels: ['Entity', label],
    properties: { id: `${type}:${name}`, type, name, aliases: [], mentionCount: 0, reportCount: 0, ...extra },
  };
}

function report(id: string, title: string, year: number, chars: number): GraphNode {
  return {
    id,
    labels: ['Report'],
    properties: { id, title, year, kind: 'government-work-report', source: 'fixture.txt', chars, yearSource: 'title' },
  };
}

const nodes: GraphNode[] = [
  region('15', '内蒙古自治区', 'province', ['内蒙古自治区']),
  region('1503', '乌海市', 'city', ['内蒙古自治区', '乌海市']),
  region('51', '四川省', 'province', ['四川省']),
  region('5118', '雅安市', 'city', ['四川省', '雅安市']),
  region('511827', '宝兴县', 'county', ['四川省', '雅安市', '宝兴县']),
  region('14', '山西省', 'province', ['山西省']),
  region('1401', '太原市', 'city', ['山西省', '太原市']),
  report('wuhai-2020', '2020年乌海市政府工作报告', 2020, 9000),
  report('wuhai-2021', '2021年乌海市政府工作报告', 2021, 9500),
  report('baoxing-2021', '2021年宝兴县政府工作报告', 2021, 7000),
  report('taiyuan-2020', '2020年太原市政府工作报告', 2020, 12000),
  entity('slogan', 'Slogan', '六稳', { expansion: ['稳就业', '稳金融', '稳外贸', '稳外资', '稳投资', '稳预期'] }),
  entity('slogan', 'Slogan', '六保'),
  entity('slogan', 'Slogan', '放管服', { aliases: ['放管服改革'] }),
  entity('slogan', 'Slogan', '黄河流域生态保护和高质量发展'),
  entity('slogan', 'Slogan', '乡村振兴'),
  entity('policy', 'Policy', '关于新时代推进西部大开发形成新格局的指导意见'),
  entity('project', 'Project', '黄河海勃湾水利枢纽工程'),
  entity('company', 'Company', '中国电建集团'),
  entity('park', 'Park', '乌海经济开发区'),
  entity('organization', 'Organization', '宝兴县人民政府'),
  // 宝兴 is the short name found in text; the gazetteer entity keeps it as an alias
];
const baoxing = nodes.find((n) => n.id === 'region:511827');
if (baoxing) baoxing.properties.aliases = ['宝兴'];

const partOf: GraphRelationship[] = [
  ['1503', '15'],
  ['5118', '51'],
  ['511827', '5118'],
  ['1401', '14'],
].map(([child, parent]): GraphRelationship => ({ type: 'PART_OF', from: `region:${child}`, to: `region:${parent}`, properties: {} }));

interface MentionSpec {
  report: string;
  entity: string;
  count: number;
  sentences: string[];
  extra?: Properties;
}

const YEAR_OF: Record<string, number> = { 'wuhai-2020': 2020, 'wuhai-2021': 2021, 'baoxing-2021': 2021, 'taiyuan-2020': 2020 };

function mention({ report: reportId, entity: entityId, count, sentences, extra = {} }: MentionSpec): GraphRelationship {
  const starts = sentences.map((_, i) => 100 * (i + 1));
  const ends = sentences.map((_, i) => 100 * (i + 1) + 4);
  return {
    type: 'MENTIONS',
    from: reportId,
    to: entityId,
    properties: {
      report: reportId,
      year: YEAR_OF[reportId] ?? 2020,
      count,
      sentences,
      sentenceIndexes: sentences.map((_, i) => i + 3),
      starts,
      ends,
      ...extra,
    },
  };
}

const mentions: MentionSpec[] = [
  { report: 'wuhai-2020', entity: 'slogan:六稳', count: 3, sentences: ['扎实做好“六稳”工作。'] },
  { report: 'wuhai-2020', entity: 'slogan:六保', count: 2, sentences: ['全面落实“六保”任务。'] },
  { report: 'wuhai-2020', entity: 'slogan:放管服', count: 2, sentences: ['深化“放管服”改革，优化营商环境。'] },
  { report: 'wuhai-2020', entity: 'slogan:黄河流域生态保护和高质量发展', count: 4, sentences: ['推动黄河流域生态保护和高质量发展。'] },
  {
    report: 'wuhai-2020',
    entity: 'project:黄河海勃湾水利枢纽工程',
    count: 1,
    sentences: ['黄河海勃湾水利枢纽工程开工建设，总投资4.8亿元。'],
    extra: { investmentCny: 480_000_000, investmentText: '总投资4.8亿元', stages: ['开工'] },
  },
  { report: 'wuhai-2020', entity: 'region:1503', count: 5, sentences: ['乌海市经济运行总体平稳。'] },
  { report: 'wuhai-2020', entity: 'park:乌海经济开发区', count: 1, sentences: ['乌海经济开发区加快发展。'] },
  { report: 'wuhai-2021', entity: 'slogan:六稳', count: 1, sentences: ['坚持做好“六稳”工作。'] },
  { report: 'wuhai-2021', entity: 'slogan:黄河流域生态保护和高质量发展', count: 2, sentences: ['落实黄河流域生态保护和高质量发展战略。'] },
  { report: 'wuhai-2021', entity: 'policy:关于新时代推进西部大开发形成新格局的指导意见', count: 1, sentences: ['贯彻《关于新时代推进西部大开发形成新格局的指导意见》。'] },
  {
    report: 'wuhai-2021',
    entity: 'project:黄河海勃湾水利枢纽工程',
    count: 2,
    sentences: ['中国电建集团承建的黄河海勃湾水利枢纽工程建成。', '黄河海勃湾水利枢纽工程投产发电。'],
    extra: { stages: ['建成', '投产'] },
  },
  { report: 'wuhai-2021', entity: 'company:中国电建集团', count: 1, sentences: ['中国电建集团承建的黄河海勃湾水利枢纽工程建成。'] },
  { report: 'baoxing-2021', entity: 'slogan:六稳', count: 1, sentences: ['统筹做好“六稳”工作。'] },
  { report: 'baoxing-2021', entity: 'slogan:六保', count: 1, sentences: ['全面落实“六保”任务。'] },
  { report: 'baoxing-2021', entity: 'slogan:乡村振兴', count: 3, sentences: ['全面推进乡村振兴。'] },
  { report: 'baoxing-2021', entity: 'policy:关于新时代推进西部大开发形成新格局的指导意见', count: 1, sentences: ['抢抓西部大开发机遇。'] },
  { report: 'baoxing-2021', entity: 'region:511827', count: 4, sentences: ['宝兴县生态优势突出。'] },
  { report: 'baoxing-2021', entity: 'organization:宝兴县人民政府', count: 1, sentences: ['宝兴县人民政府工作报告。'] },
  { report: 'taiyuan-2020', entity: 'slogan:六稳', count: 2, sentences: ['做好“六稳”工作。'] },
  { report: 'taiyuan-2020', entity: 'slogan:放管服', count: 3, sentences: ['持续深化“放管服”改革。'] },
  { report: 'taiyuan-2020', entity: 'slogan:黄河流域生态保护和高质量发展', count: 1, sentences: ['融入黄河流域生态保护和高质量发展。'] },
  { report: 'taiyuan-2020', entity: 'slogan:乡村振兴', count: 1, sentences: ['实施乡村振兴战略。'] },
];

function issued(reportId: string, code: string): GraphRelationship {
  return { type: 'ISSUED_BY', from: reportId, to: `region:${code}`, properties: { report: reportId, year: YEAR_OF[reportId] ?? 2020 } };
}

function coOccurs(reportId: string, from: string, to: string, weight: number, sentence: string): GraphRelationship {
  return {
    type: 'CO_OCCURS',
    from,
    to,
    properties: { report: reportId, year: YEAR_OF[reportId] ?? 2020, weight, sentences: [sentence], sentenceIndexes: [3], starts: [10], ends: [14] },
  };
}

function typed(type: GraphRelationship['type'], reportId: string, from: string, to: string, sentence: string): GraphRelationship {
  return {
    type,
    from,
    to,
    properties: { report: reportId, year: YEAR_OF[reportId] ?? 2020, count: 1, sentence, sentences: [sentence], sentenceIndexes: [3], starts: [0], ends: [6], cues: ['承建'] },
  };
}

const relationships: GraphRelationship[] = [
  ...partOf,
  issued('wuhai-2020', '1503'),
  issued('wuhai-2021', '1503'),
  issued('baoxing-2021', '511827'),
  issued('taiyuan-2020', '1401'),
  ...mentions.map(mention),
  coOccurs('wuhai-2020', 'slogan:六稳', 'slogan:六保', 1, '扎实做好“六稳”工作，全面落实“六保”任务。'),
  coOccurs('baoxing-2021', 'slogan:六稳', 'slogan:六保', 1, '统筹做好“六稳”工作，全面落实“六保”任务。'),
  coOccurs('wuhai-2021', 'company:中国电建集团', 'project:黄河海勃湾水利枢纽工程', 1, '中国电建集团承建的黄河海勃湾水利枢纽工程建成。'),
  coOccurs('taiyuan-2020', 'slogan:放管服', 'slogan:乡村振兴', 1, '深化“放管服”改革，推进乡村振兴。'),
  typed('BUILDS', 'wuhai-2021', 'company:中国电建集团', 'project:黄河海勃湾水利枢纽工程', '中国电建集团承建的黄河海勃湾水利枢纽工程建成。'),
  typed('LOCATED_IN', 'wuhai-2020', 'project:黄河海勃湾水利枢纽工程', 'region:1503', '乌海市黄河海勃湾水利枢纽工程开工建设。'),
  typed('LOCATED_IN', 'wuhai-2020', 'park:乌海经济开发区', 'region:1503', '乌海经济开发区加快发展。'),
];

// mentionCount / reportCount as the builder computes them
for (const node of nodes) {
  const own = mentions.filter((m) => m.entity === node.id);
  if (own.length > 0) {
    node.properties.mentionCount = own.reduce((sum, m) => sum + m.count, 0);
    node.properties.reportCount = own.length;
  }
}

const nodesByLabel: Record<string, number> = {};
for (const node of nodes) for (const label of node.labels) nodesByLabel[label] = (nodesByLabel[label] ?? 0) + 1;
const relationshipsByType: Record<string, number> = {};
for (const rel of relationships) relationshipsByType[rel.type] = (relationshipsByType[rel.type] ?? 0) + 1;

export const API_FIXTURE_GRAPH: GraphJson = {
  version: 1,
  nodes,
  relationships,
  summary: { documents: 4, nodes: nodes.length, relationships: relationships.length, nodesByLabel, relationshipsByType },
};
