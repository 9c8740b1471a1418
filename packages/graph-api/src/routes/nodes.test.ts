import { describe, expect, it } from 'vitest';
import type { GraphEdge, GraphNode } from '../contract.ts';
import { fitNeighborhood } from './nodes.ts';

function node(id: string): GraphNode {
  return { id, kind: 'slogan', label: id, aliases: [], mentionCount: 0, reportCount: 0, properties: {} };
}
function edge(source: string, target: string, weight: number): GraphEdge {
  return { id: `CO_OCCURS|${source}|${target}`, type: 'CO_OCCURS', source, target, weight, properties: {} };
}

describe('fitNeighborhood', () => {
  const center = node('c');
  const ranked = ['a', 'b', 'd'].map(node);
  const edges = [edge('c', 'a', 5), edge('a', 'b', 4), edge('c', 'b', 3), edge('c', 'd', 1)];

  it('keeps everything that fits', () => {
    const fitted = fitNeighborhood(center, ranked, edges, 100);
    expect(fitted.nodes.map((n) => n.id)).toEqual(['c', 'a', 'b', 'd']);
    expect(fitted.edges).toHaveLength(4);
    expect(fitted.truncated).toBe(false);
  });

  it('adds nodes in rank order, each with its strongest link into the drawn set, within the cap', () => {
    const fitted = fitNeighborhood(center, ranked, edges, 5);
    expect(fitted.nodes.map((n) => n.id)).toEqual(['c', 'a', 'b']);
    expect(fitted.edges.map((e) => e.id)).toEqual(['CO_OCCURS|c|a', 'CO_OCCURS|a|b']);
    expect(fitted.truncated).toBe(true);
  });

  it('never returns an edge to a node it left out', () => {
    const fitted = fitNeighborhood(center, ranked, edges, 3);
    const ids = new Set(fitted.nodes.map((n) => n.id));
    for (const e of fitted.edges) expect(ids.has(e.source) && ids.has(e.target)).toBe(true);
    expect(fitted.nodes.length + fitted.edges.length).toBeLessThanOrEqual(3);
  });
});
