/** Looking nodes up by their `id` property (entities and reports). */
import type { GraphNode } from './contract.ts';
import { nodeFromRow } from './graph-elements.ts';
import { readRows } from './neo4j/read.ts';
import type { Driver } from 'neo4j-driver';
import { NotFoundError } from './errors.ts';

// Both branches use the unique-id indexes of :Entity and :Report.
const FIND_NODES_QUERY = `
UNWIND $ids AS id
CALL (id) {
  MATCH (n:Entity {id: id}) RETURN n
  UNION
  MATCH (n:Report {id: id}) RETURN n
}
RETURN id, elementId(n) AS eid, labels(n) AS labels, properties(n) AS props`;

export interface FoundNode {
  eid: string;
  node: GraphNode;
}

/** Nodes by id; ids that name no node are absent from the map. */
export async function findNodes(driver: Driver, ids: readonly string[]): Promise<Map<string, FoundNode>> {
  const rows = await readRows(driver, FIND_NODES_QUERY, { ids: [...new Set(ids)] });
  const found = new Map<string, FoundNode>();
  for (const row of rows) {
    const id = String(row['id']);
    if (!found.has(id)) found.set(id, { eid: String(row['eid']), node: nodeFromRow(row) });
  }
  return found;
}

/** One node by id, or NotFoundError naming it. */
export async function findNodeOrThrow(driver: Driver, id: string, what = 'node'): Promise<FoundNode> {
  const found = (await findNodes(driver, [id])).get(id);
  if (!found) throw new NotFoundError(`no ${what} with id '${id}'`);
  return found;
}
