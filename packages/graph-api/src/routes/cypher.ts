/** Read-only Cypher: guard, READ transaction, timeout, row cap, and the graph found in the rows. */
import { Router } from 'express';
import neo4j, { type Driver, type Node, type Path, type Record as Neo4jRecord, type Relationship } from 'neo4j-driver';
import { CypherRequestSchema, LIMITS, type CypherResponse, type GraphEdge, type GraphNode } from '../contract.ts';
import type { ApiContext } from '../context.ts';
import { assertReadOnlyCypher } from '../cypher-guard.ts';
import { isNeo4jUnavailable, QueryTimeoutError, UnsupportedMediaTypeError } from '../errors.ts';
import { toGraphNode, nodeFromRow } from '../graph-elements.ts';
import { readRows, strList, type Row } from '../neo4j/read.ts';
import { nodeIdOf, toCypherParams, toPlain } from '../neo4j/to-plain.ts';
import { parseInput } from '../request.ts';

const NODES_BY_ELEMENT_ID_QUERY = `
MATCH (n) WHERE elementId(n) IN $eids
RETURN elementId(n) AS eid, labels(n) AS labels, properties(n) AS props`;

interface RawResult {
  keys: string[];
  records: Neo4jRecord[];
  truncated: boolean;
}

async function runReadOnlyOnce(driver: Driver, query: string, params: Record<string, unknown>): Promise<RawResult> {
  const session = driver.session({ defaultAccessMode: neo4j.session.READ });
  let timer: NodeJS.Timeout | undefined;
  let timedOut = false;
  try {
    const tx = await session.beginTransaction({ timeout: LIMITS.cypherTimeoutMs });
    const work = (async (): Promise<RawResult> => {
      const result = tx.run(query, toCypherParams(params) as Record<string, unknown>);
      const keys = (await result.keys()).map(String);
      const records: Neo4jRecord[] = [];
      let truncated = false;
      for await (const record of result) {
        if (records.length >= LIMITS.cypherRowCap) {
          truncated = true;
          break;
        }
        records.push(record);
      }
      return { keys, records, truncated };
    })();
    work.catch(() => undefined);
    // The server enforces the transaction timeout; this guards against a server that does not.
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        timedOut = true;
        reject(new QueryTimeoutError(LIMITS.cypherTimeoutMs));
      }, LIMITS.cypherTimeoutMs + 2000);
    });
    const out = await Promise.race([work, deadline]);
    if (tx.isOpen()) await tx.rollback().catch(() => undefined);
    return out;
  } finally {
    clearTimeout(timer);
    const closing = session.close().catch(() => undefined);
    if (!timedOut) await closing;
  }
}

/** Run `query` in a READ transaction with the timeout and row cap (one retry if the connection died). */
export async function runReadOnlyCypher(driver: Driver, query: string, params: Record<string, unknown>): Promise<RawResult> {
  try {
    return await runReadOnlyOnce(driver, query, params);
  } catch (err) {
    if (!isNeo4jUnavailable(err)) throw err;
    return runReadOnlyOnce(driver, query, params);
  }
}

/** Every node and relationship anywhere inside `value`. */
function collectGraphValues(value: unknown, nodes: Map<string, Node>, rels: Map<string, Relationship>): void {
  if (value === null || typeof value !== 'object') return;
  if (neo4j.isNode(value)) {
    const node = value as Node;
    nodes.set(node.elementId, node);
  } else if (neo4j.isRelationship(value)) {
    const rel = value as Relationship;
    rels.set(rel.elementId, rel);
  } else if (neo4j.isPath(value)) {
    const path = value as Path;
    nodes.set(path.start.elementId, path.start);
    for (const segment of path.segments) {
      nodes.set(segment.end.elementId, segment.end);
      rels.set(segment.relationship.elementId, segment.relationship);
    }
  } else if (Array.isArray(value)) {
    for (const item of value) collectGraphValues(item, nodes, rels);
  } else if (!neo4j.isInt(value)) {
    for (const item of Object.values(value)) collectGraphValues(item, nodes, rels);
  }
}

function toEdges(rels: Iterable<Relationship>, idOf: (eid: string) => string): GraphEdge[] {
  const edges = new Map<string, GraphEdge>();
  for (const rel of rels) {
    const source = idOf(rel.startNodeElementId);
    const target = idOf(rel.endNodeElementId);
    const id = `${rel.type}|${source}|${target}`;
    const props = toPlain(rel.properties) as Row;
    const weight = typeof props['weight'] === 'number' ? props['weight'] : typeof props['count'] === 'number' ? props['count'] : 1;
    const edge = edges.get(id) ?? { id, type: rel.type, source, target, weight: 0, properties: { reports: [], years: [], relationships: 0, sentences: [] } };
    edge.weight += weight;
    const p = edge.properties as { reports: string[]; years: number[]; relationships: number; sentences: string[] };
    p.relationships += 1;
    if (typeof props['report'] === 'string' && !p.reports.includes(props['report'])) p.reports.push(props['report']);
    if (typeof props['year'] === 'number' && !p.years.includes(props['year'])) p.years.push(props['year']);
    for (const s of [...strList(props['sentences']), ...strList([props['sentence']])]) {
      if (p.sentences.length < 3 && !p.sentences.includes(s)) p.sentences.push(s);
    }
    edges.set(id, edge);
  }
  return [...edges.values()];
}

export function createCypherRoutes(ctx: ApiContext): Router {
  const router = Router();
  router.post('/cypher', async (req, res) => {
    if (req.body === undefined) throw new UnsupportedMediaTypeError('send the query as JSON with Content-Type: application/json');
    const { query, params } = parseInput(CypherRequestSchema, req.body, 'body');
    assertReadOnlyCypher(query);
    const started = performance.now();
    const raw = await runReadOnlyCypher(ctx.driver, query, params);

    const nodes = new Map<string, Node>();
    const rels = new Map<string, Relationship>();
    for (const record of raw.records) collectGraphValues(record.keys.map((k) => record.get(k)), nodes, rels);
    const graphNodes = new Map<string, GraphNode>();
    const idByEid = new Map<string, string>();
    for (const [eid, node] of nodes) {
      const id = nodeIdOf(node);
      idByEid.set(eid, id);
      graphNodes.set(id, toGraphNode(node.labels, toPlain(node.properties) as Row, eid));
    }
    // relationships whose end nodes are not in the rows: fetch those nodes so the edges can be drawn
    const missing = [...rels.values()]
      .flatMap((r) => [r.startNodeElementId, r.endNodeElementId])
      .filter((eid) => !idByEid.has(eid));
    if (missing.length > 0) {
      for (const row of await readRows(ctx.driver, NODES_BY_ELEMENT_ID_QUERY, { eids: [...new Set(missing)] })) {
        const node = nodeFromRow(row);
        idByEid.set(String(row['eid']), node.id);
        graphNodes.set(node.id, node);
      }
    }
    const idOf = (eid: string) => idByEid.get(eid) ?? eid;
    const edges = toEdges(rels.values(), idOf);
    const nodeList = [...graphNodes.values()].slice(0, LIMITS.neighborsMax);
    const room = Math.max(0, LIMITS.neighborsMax - nodeList.length);
    const body: CypherResponse = {
      columns: raw.keys,
      rows: raw.records.map((record) => record.keys.map((k) => toPlain(record.get(k), idOf))),
      rowCount: raw.records.length,
      truncated: raw.truncated,
      graph: {
        nodes: nodeList,
        edges: edges.slice(0, room),
        truncated: graphNodes.size > nodeList.length || edges.length > room,
      },
      elapsedMs: Math.round((performance.now() - started) * 10) / 10,
    };
    res.json(body);
  });
  return router;
}
