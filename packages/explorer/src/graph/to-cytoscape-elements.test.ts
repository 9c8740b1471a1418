import { describe, expect, it } from 'vitest';
import cytoscape from 'cytoscape';
import type { Subgraph } from '@reportgraph/graph-api/contract';
import { computeEdgeWidth, mergeSubgraphs, shortenLabel, toCytoscapeElements } from './to-cytoscape-elements.ts';

const subgraph: Subgraph = {
  nodes: [
    { id: 'slogan:放管服', kind: 'slogan', label: '放管服', aliases: ['放管服改革'], mentionCount: 12, reportCount: 0, properties: {} },
    { id: 'report:2020-wuhai', kind: 'report', label: '2020年乌海市政府工作报告', aliases: [], mentionCount: 0, reportCount: 0, properties: {} },
    { id: 'region:150300', kind: 'region', label: '乌海市', aliases: ['乌海'], mentionCount: 40, reportCount: 0, properties: {} },
    { id: 'slogan:放管服', kind: 'slogan', label: '放管服', aliases: [], mentionCount: 12, reportCount: 0, properties: {} },
  ],
  edges: [
    { id: 'm1', type: 'MENTIONS', source: 'report:2020-wuhai', target: 'slogan:放管服', weight: 3, properties: {} },
    { id: 'i1', type: 'ISSUED_BY', source: 'report:2020-wuhai', target: 'region:150300', weight: 1, properties: {} },
    { id: 'dangling', type: 'CO_OCCURS', source: 'slogan:放管服', target: 'slogan:六稳', weight: 2, properties: {} },
    { id: 'm1', type: 'MENTIONS', source: 'report:2020-wuhai', target: 'slogan:放管服', weight: 3, properties: {} },
  ],
  truncated: false,
};

describe('toCytoscapeElements', () => {
  it('maps nodes with their kind as class and edges with their relationship type', () => {
    const elements = toCytoscapeElements(subgraph);
    const node = elements.find((e) => e.data.id === 'slogan:放管服');
    expect(node).toMatchObject({ group: 'nodes', classes: 'slogan', data: { label: '放管服', short: '放管服', kind: 'slogan', mentionCount: 12 } });
    const edge = elements.find((e) => e.data.id === 'm1');
    expect(edge).toMatchObject({ group: 'edges', classes: 'mentions', data: { source: 'report:2020-wuhai', target: 'slogan:放管服', type: 'MENTIONS', weight: 3 } });
  });

  it('drops duplicate nodes and edges and edges whose ends are missing', () => {
    const ids = toCytoscapeElements(subgraph).map((e) => e.data.id);
    expect(ids).toEqual(['slogan:放管服', 'report:2020-wuhai', 'region:150300', 'm1', 'i1']);
  });

  it('keeps edges to nodes that are already drawn', () => {
    const ids = toCytoscapeElements(subgraph, new Set(['slogan:六稳'])).map((e) => e.data.id);
    expect(ids).toContain('dangling');
  });

  it('gives elements Cytoscape accepts, headless', () => {
    const cy = cytoscape({ headless: true, elements: toCytoscapeElements(subgraph) });
    expect(cy.nodes().length).toBe(3);
    expect(cy.edges().length).toBe(2);
    expect(cy.getElementById('slogan:放管服').connectedEdges().length).toBe(1);
  });

  it('shortens long Chinese labels by characters and widens edges with weight', () => {
    expect(shortenLabel('黄河海勃湾水利枢纽工程配套生态治理项目', 8)).toBe('黄河海勃湾水利…');
    expect(shortenLabel('六稳', 8)).toBe('六稳');
    expect(computeEdgeWidth(1)).toBeLessThan(computeEdgeWidth(10));
    expect(computeEdgeWidth(1e9)).toBeLessThanOrEqual(8);
  });
});

describe('mergeSubgraphs', () => {
  it('unions nodes and edges by id', () => {
    const merged = mergeSubgraphs(subgraph, {
      nodes: [{ id: 'slogan:六稳', kind: 'slogan', label: '六稳', aliases: [], mentionCount: 5, reportCount: 0, properties: {} }],
      edges: [],
      truncated: true,
    });
    expect(merged.nodes.map((n) => n.id)).toEqual(['slogan:放管服', 'report:2020-wuhai', 'region:150300', 'slogan:六稳']);
    expect(merged.edges.map((e) => e.id)).toEqual(['m1', 'i1', 'dangling']);
    expect(merged.truncated).toBe(true);
  });
});
