import { describe, expect, it } from 'vitest';
import { escapeCsvField, toEvidenceCsv, toSubgraphCsv, toSubgraphJson } from './export-data.ts';
import { splitHighlights } from './highlight.ts';

const subgraph = {
  nodes: [
    { id: 'slogan:放管服', kind: 'slogan' as const, label: '放管服', aliases: ['放管服改革'], mentionCount: 3, reportCount: 0, properties: {} },
    { id: 'region:150300', kind: 'region' as const, label: '乌海市', aliases: [], mentionCount: 9, reportCount: 0, properties: {} },
  ],
  edges: [{ id: 'c1', type: 'CO_OCCURS', source: 'slogan:放管服', target: 'region:150300', weight: 2, properties: {} }],
  truncated: false,
};

describe('exports', () => {
  it('escapes commas, quotes and formula starts in CSV fields', () => {
    expect(escapeCsvField('深化“放管服”改革,优化营商环境')).toBe('"深化“放管服”改革,优化营商环境"');
    expect(escapeCsvField('say "hi"')).toBe('"say ""hi"""');
    expect(escapeCsvField('=SUM(A1)')).toBe("'=SUM(A1)");
    expect(escapeCsvField(null)).toBe('');
  });

  it('writes the subgraph as CSV with node and edge rows', () => {
    const lines = toSubgraphCsv(subgraph).replace(/^\ufeff/, '').trim().split('\r\n');
    expect(lines[0]).toBe('element,id,type,label,aliases,mentions,source,sourceLabel,target,targetLabel,weight');
    expect(lines[1]).toBe('node,slogan:放管服,slogan,放管服,放管服改革,3,,,,,');
    expect(lines[3]).toBe('edge,c1,CO_OCCURS,,,,slogan:放管服,放管服,region:150300,乌海市,2');
  });

  it('writes the subgraph as JSON that reads back', () => {
    expect(JSON.parse(toSubgraphJson(subgraph))).toEqual({ nodes: subgraph.nodes, edges: subgraph.edges });
  });

  it('writes evidence sentences as CSV', () => {
    const csv = toEvidenceCsv([{ entity: '放管服', reportId: 'r1', reportTitle: '2020年乌海市政府工作报告', year: 2020, sentence: '深化“放管服”改革。' }]);
    expect(csv).toContain('放管服,r1,2020年乌海市政府工作报告,2020,深化“放管服”改革。');
  });
});

describe('splitHighlights', () => {
  it('marks every occurrence of the name and aliases, longest first', () => {
    expect(splitHighlights('深化放管服改革,放管服', ['放管服', '放管服改革'])).toEqual([
      { text: '深化', hit: false },
      { text: '放管服改革', hit: true },
      { text: ',', hit: false },
      { text: '放管服', hit: true },
    ]);
    expect(splitHighlights('没有命中', ['放管服'])).toEqual([{ text: '没有命中', hit: false }]);
  });
});
