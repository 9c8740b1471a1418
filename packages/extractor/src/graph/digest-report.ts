import { createHash } from 'node:crypto';
import type { GraphNode, GraphRelationship } from './graph-types.ts';

/**
 * A fingerprint of everything that comes from one report: its node (without its own
 * digest) and its relationships, in graph order.
 */
export function digestReport(node: GraphNode | undefined, rels: readonly GraphRelationship[]): string {
  const hash = createHash('sha256');
  if (node) {
    const { digest: _digest, ...properties } = node.properties;
    hash.update(JSON.stringify({ id: node.id, labels: node.labels, properties }));
  }
  for (const rel of rels) hash.update(JSON.stringify(rel));
  return hash.digest('hex').slice(0, 32);
}
