/**
 * API subgraphs → Cytoscape element definitions. Pure: no Cytoscape instance,
 * so it is tested headless and reused by the canvas, the exports and the bench.
 */
import type { ElementDefinition } from 'cytoscape';
import type { GraphEdge, GraphNode, Subgraph } from '@reportgraph/graph-api/contract';

export interface NodeData {
  id: string;
  kind: string;
  label: string;
  /** The label as drawn: long names shortened so the canvas stays legible. */
  short: string;
  mentionCount: number;
  /** Node diameter in px, growing with the log of the mention count. */
  size: number;
}

export interface EdgeData {
  id: string;
  source: string;
  target: string;
  type: string;
  weight: number;
  /** Line width in px, growing with the log of the weight. */
  width: number;
}

const MAX_LABEL_CHARS = 14;

export function shortenLabel(label: string, max = MAX_LABEL_CHARS): string {
  const chars = Array.from(label);
  return chars.length <= max ? label : `${chars.slice(0, max - 1).join('')}…`;
}

export function computeNodeSize(mentionCount: number): number {
  return Math.round(26 + Math.min(34, 8 * Math.log2(1 + Math.max(0, mentionCount))));
}

export function computeEdgeWidth(weight: number): number {
  return Math.round((1 + Math.min(7, 1.6 * Math.log2(1 + Math.max(0, weight)))) * 10) / 10;
}

export function toNodeElement(node: GraphNode): ElementDefinition & { data: NodeData } {
  return {
    group: 'nodes',
    data: {
      id: node.id,
      kind: node.kind,
      label: node.label,
      short: shortenLabel(node.label),
      mentionCount: node.mentionCount,
      size: computeNodeSize(node.mentionCount),
    },
    classes: node.kind,
  };
}

export function toEdgeElement(edge: GraphEdge): ElementDefinition & { data: EdgeData } {
  return {
    group: 'edges',
    data: {
      id: edge.id,
      source: edge.source,
      target: edge.target,
      type: edge.type,
      weight: edge.weight,
      width: computeEdgeWidth(edge.weight),
    },
    classes: edge.type.toLowerCase(),
  };
}

/**
 * Maps a subgraph to elements: nodes first, duplicates dropped, and edges whose
 * ends are not in the subgraph (nor in `knownNodeIds`, the nodes already drawn) left out,
 * since Cytoscape refuses dangling edges.
 */
export function toCytoscapeElements(subgraph: Pick<Subgraph, 'nodes' | 'edges'>, knownNodeIds: ReadonlySet<string> = new Set()): ElementDefinition[] {
  const nodeIds = new Set<string>();
  const elements: ElementDefinition[] = [];
  for (const node of subgraph.nodes) {
    if (nodeIds.has(node.id)) continue;
    nodeIds.add(node.id);
    elements.push(toNodeElement(node));
  }
  const edgeIds = new Set<string>();
  for (const edge of subgraph.edges) {
    if (edgeIds.has(edge.id)) continue;
    const hasSource = nodeIds.has(edge.source) || knownNodeIds.has(edge.source);
    const hasTarget = nodeIds.has(edge.target) || knownNodeIds.has(edge.target);
    if (!hasSource || !hasTarget) continue;
    edgeIds.add(edge.id);
    elements.push(toEdgeElement(edge));
  }
  return elements;
}

/** Union of two subgraphs by id; the later copy of a node or edge wins. */
export function mergeSubgraphs(a: Subgraph, b: Subgraph): Subgraph {
  const nodes = new Map<string, GraphNode>();
  for (const n of [...a.nodes, ...b.nodes]) nodes.set(n.id, n);
  const edges = new Map<string, GraphEdge>();
  for (const e of [...a.edges, ...b.edges]) edges.set(e.id, e);
  return { nodes: [...nodes.values()], edges: [...edges.values()], truncated: a.truncated || b.truncated };
}
