import { describe, expect, it } from 'vitest';
import { PathResponseSchema, SubgraphSchema } from '@reportgraph/graph-api/contract';
import { listPathElementIds, removeNodes, selectVisible } from './workspace-model.ts';
import { toHeatColor } from './heat-color.ts';
import { buildLayoutOptions } from './layouts.ts';

const subgraph = SubgraphSchema.parse({
  nodes: [
    { id: 'slogan:放管服', kind: 'slogan', label: '放管服' },
    { id: 'region:1503', kind: 'region', label: '乌海市' },
    { id: 'report:wuhai-2020', kind: 'report', label: '2020年乌海市政府工作报告' },
  ],
  edges: [
    { id: 'MENTIONS|report:wuhai-2020|slogan:放管服', type: 'MENTIONS', source: 'report:wuhai-2020', target: 'slogan:放管服', weight: 2 },
    { id: 'ISSUED_BY|report:wuhai-2020|region:1503', type: 'ISSUED_BY', source: 'report:wuhai-2020', target: 'region:1503' },
  ],
});

describe('workspace model', () => {
  it('removes hidden nodes with their edges', () => {
    const sg = removeNodes(subgraph, ['report:wuhai-2020']);
    expect(sg.nodes.map((n) => n.id)).toEqual(['slogan:放管服', 'region:1503']);
    expect(sg.edges).toEqual([]);
  });

  it('leaves out the kinds switched off in the legend', () => {
    const sg = selectVisible(subgraph, ['region']);
    expect(sg.nodes.map((n) => n.kind)).toEqual(['slogan', 'report']);
    expect(sg.edges.map((e) => e.type)).toEqual(['MENTIONS']);
  });

  it('lists the nodes and edges on a found path', () => {
    const path = PathResponseSchema.parse({ ...subgraph, found: true, hops: 2, paths: [['slogan:放管服', 'report:wuhai-2020', 'region:1503']] });
    expect(listPathElementIds(path).sort()).toEqual(
      ['slogan:放管服', 'report:wuhai-2020', 'region:1503', 'MENTIONS|report:wuhai-2020|slogan:放管服', 'ISSUED_BY|report:wuhai-2020|region:1503'].sort(),
    );
  });
});

describe('heat colours and layouts', () => {
  it('keeps empty cells white and darkens with the count, with readable text', () => {
    expect(toHeatColor(0, 10).background).toBe('#ffffff');
    expect(toHeatColor(10, 10)).toEqual({ background: 'rgb(8,48,107)', color: '#ffffff' });
    expect(toHeatColor(1, 100).color).toBe('#10223a');
  });

  it('lays out incrementally with fcose only in proof quality, and without animation for big graphs', () => {
    expect(buildLayoutOptions('fcose', { incremental: true, fixed: [], elementCount: 50 })).toMatchObject({ name: 'fcose', randomize: false, quality: 'proof', animate: true });
    expect(buildLayoutOptions('fcose', { incremental: false, fixed: [], elementCount: 2000 })).toMatchObject({ randomize: true, animate: false, quality: 'default' });
    expect(buildLayoutOptions('concentric', { incremental: false, fixed: [], elementCount: 10 }).name).toBe('concentric');
  });
});
