/**
 * Pure operations on the workspace's subgraph: removing hidden nodes, the part
 * drawn under the legend's filter, and the ids a path highlights.
 */
import type { PathResponse, Subgraph } from '@reportgraph/graph-api/contract';

export const EMPTY_SUBGRAPH: Subgraph = { nodes: [], edges: [], truncated: false };

export function removeNodes(subgraph: Subgraph, ids: Iterable<string>): Subgraph {
  const drop = new Set(ids);
  if (drop.size === 0) return subgraph;
  return {
    nodes: subgraph.nodes.filter((n) => !drop.has(n.id)),
    edges: subgraph.edges.filter((e) => !drop.has(e.source) && !drop.has(e.target)),
    truncated: subgraph.truncated,
  };
}

/** What the canvas shows: nodes of the hidden kinds and their edges left out. */
export function selectVisible(subgraph: Subgraph, hiddenKinds: readonly string[]): Subgraph {
  if (hiddenKinds.length === 0) return subgraph;
  const hidden = new Set(hiddenKinds);
  return removeNodes(
    subgraph,
    subgraph.nodes.filter((n) => hidden.has(n.kind)).map((n) => n.id),
  );
}

/** Node and edge ids on the found shortest paths. */
export function listPathElementIds(path: PathResponse): string[] {
  const onPath = new Set(path.paths.flat());
  const ids = new Set<string>(onPath);
  for (const e of path.edges) {
    if (onPath.has(e.source) && onPath.has(e.target)) ids.add(e.id);
  }
  return [...ids];
}

export function addUnique(list: readonly string[], ...ids: string[]): string[] {
  return [...new Set([...list, ...ids])];
}

export function without(list: readonly string[], ...ids: string[]): string[] {
  const drop = new Set(ids);
  return list.filter((x) => !drop.has(x));
}
