/** Node details, neighbourhoods, induced subgraphs and shortest paths. */
import { Router } from 'express';
import neo4j, { type Driver } from 'neo4j-driver';
import { sendCachedBody, toCachedBody } from '../cached-response.ts';
import {
  LIMITS,
  NeighborsQuerySchema,
  NodeIdParamsSchema,
  PathQuerySchema,
  SubgraphQuerySchema,
  type GraphEdge,
  type GraphNode,
  type NeighborsQuery,
  type NeighborsResponse,
  type NodeDetails,
  type NodeMention,
  type PathResponse,
  type SubgraphResponse,
} from '../contract.ts';
import type { ApiContext } from '../context.ts';
import { findNodeOrThrow, findNodes } from '../find-nodes.ts';
import { INDUCED_EDGES_QUERY, edgeFromRow, nodeFromRow } from '../graph-elements.ts';
import { NotFoundError } from '../errors.ts';
import { num, numOrNull, readRows, str, strList, strOrNull } from '../neo4j/read.ts';
import { parseInput } from '../request.ts';

const NODE_MENTIONS_QUERY = `
MATCH (rep:Report)-[m:MENTIONS]->(n) WHERE elementId(n) = $eid
OPTIONAL MATCH (rep)-[:ISSUED_BY]->(g:Region)
WITH rep, m, head(collect(g)) AS g
RETURN rep.id AS id, coalesce(rep.title, rep.id) AS title, rep.year AS year, g.id AS regionId, g.name AS regionName,
  coalesce(m.count, 1) AS count, coalesce(m.sentences, [])[..10] AS sentences
ORDER BY rep.year IS NULL, rep.year, rep.id`;

const NODE_RELATION_COUNTS_QUERY = `
MATCH (n)-[r]-() WHERE elementId(n) = $eid
RETURN type(r) AS type, count(r) AS count`;

/** Filters shared by the neighbour queries: relationship types and neighbour kinds. */
const NEIGHBOR_FILTER = `($rels IS NULL OR type(r) IN $rels)
  AND ($kinds IS NULL OR (m:Report AND 'report' IN $kinds) OR (m:Entity AND m.type IN $kinds))`;

const NEIGHBORS_DEPTH1_QUERY = `
MATCH (c)-[r]-(m) WHERE elementId(c) = $eid AND m <> c AND ${NEIGHBOR_FILTER}
WITH m, sum(coalesce(r.weight, r.count, 1)) AS w
ORDER BY w DESC, coalesce(m.mentionCount, 0) DESC, m.id
LIMIT $max
RETURN elementId(m) AS eid, labels(m) AS labels, properties(m) AS props, 1 AS hop`;

const NEIGHBORS_DEPTH2_QUERY = `
MATCH (c)-[r]-(m) WHERE elementId(c) = $eid AND m <> c AND ${NEIGHBOR_FILTER}
WITH c, m, sum(coalesce(r.weight, r.count, 1)) AS w
ORDER BY w DESC, coalesce(m.mentionCount, 0) DESC, m.id
LIMIT $max
WITH c, collect(m) AS first
CALL (c, first) {
  UNWIND first AS f
  MATCH (f)-[r]-(m) WHERE m <> c AND NOT m IN first AND ${NEIGHBOR_FILTER}
  WITH m, sum(coalesce(r.weight, r.count, 1)) AS w
  ORDER BY w DESC, coalesce(m.mentionCount, 0) DESC, m.id
  LIMIT $max
  RETURN collect(m) AS second
}
UNWIND [n IN first | {n: n, hop: 1}] + [n IN second | {n: n, hop: 2}] AS item
WITH item.n AS m, item.hop AS hop
RETURN elementId(m) AS eid, labels(m) AS labels, properties(m) AS props, hop`;

/** All shortest paths up to N hops; N is a literal because Cypher does not take it as a parameter. */
function toPathQuery(maxHops: number, withRelFilter: boolean): string {
  const filter = withRelFilter ? 'WHERE all(r IN relationships(p) WHERE type(r) IN $rels)' : '';
  return `
MATCH (a) WHERE elementId(a) = $from
MATCH (b) WHERE elementId(b) = $to
MATCH p = allShortestPaths((a)-[*..${maxHops}]-(b))
${filter}
RETURN [n IN nodes(p) | {eid: elementId(n), labels: labels(n), props: properties(n)}] AS nodes,
  [r IN relationships(p) | {type: type(r), source: coalesce(startNode(r).id, elementId(startNode(r))), target: coalesce(endNode(r).id, elementId(endNode(r)))}] AS rels
LIMIT 10`;
}

const PATH_QUERIES = new Map<string, string>();
for (let hops = 1; hops <= LIMITS.pathMaxHops; hops += 1) {
  PATH_QUERIES.set(`${hops}:false`, toPathQuery(hops, false));
  PATH_QUERIES.set(`${hops}:true`, toPathQuery(hops, true));
}

/** Edges among the given nodes, strongest first. */
async function fetchInducedEdges(
  driver: Driver,
  eids: string[],
  rels: string[] | undefined,
  sentences = 3,
): Promise<GraphEdge[]> {
  if (eids.length === 0) return [];
  const rows = await readRows(driver, INDUCED_EDGES_QUERY, { eids, rels: rels ?? null, sentences: neo4j.int(sentences) });
  return rows.map((row) => edgeFromRow(row, sentences));
}

/**
 * Neighbourhoods hold hundreds of edges and evidence sentences would be most of their bytes:
 * they carry none (`/api/subgraph?ids=a,b` gives an edge's sentences).
 */
const NEIGHBOR_EDGE_SENTENCES = 0;

/**
 * Fit a ranked neighbourhood into `limit` elements: the centre, then each neighbour in rank
 * order with its strongest edge to a node already in, then the remaining edges by weight.
 */
export function fitNeighborhood(
  center: GraphNode,
  ranked: GraphNode[],
  edges: GraphEdge[],
  limit: number,
): { nodes: GraphNode[]; edges: GraphEdge[]; truncated: boolean } {
  const nodes: GraphNode[] = [center];
  const inSet = new Set([center.id]);
  const chosenEdges: GraphEdge[] = [];
  const chosenEdgeIds = new Set<string>();
  let budget = limit - 1;
  let truncated = false;
  const edgesByNode = new Map<string, GraphEdge[]>();
  for (const edge of edges) {
    for (const end of [edge.source, edge.target]) {
      const list = edgesByNode.get(end) ?? [];
      list.push(edge);
      edgesByNode.set(end, list);
    }
  }
  for (const node of ranked) {
    if (inSet.has(node.id)) continue;
    if (budget < 2) {
      truncated = true;
      break;
    }
    // edges arrive sorted by weight, so the first link into the set is the strongest
    const link = (edgesByNode.get(node.id) ?? []).find(
      (e) => inSet.has(e.source === node.id ? e.target : e.source) && e.source !== e.target,
    );
    if (!link) {
      truncated = true;
      continue;
    }
    nodes.push(node);
    inSet.add(node.id);
    chosenEdges.push(link);
    chosenEdgeIds.add(link.id);
    budget -= 2;
  }
  for (const edge of edges) {
    if (chosenEdgeIds.has(edge.id) || !inSet.has(edge.source) || !inSet.has(edge.target)) continue;
    if (budget < 1) {
      truncated = true;
      break;
    }
    chosenEdges.push(edge);
    chosenEdgeIds.add(edge.id);
    budget -= 1;
  }
  return { nodes, edges: chosenEdges, truncated };
}

async function fetchNeighbors(driver: Driver, id: string, query: NeighborsQuery): Promise<NeighborsResponse> {
  const center = await findNodeOrThrow(driver, id);
  const params = {
    eid: center.eid,
    rels: query.rels ?? null,
    kinds: query.types ?? null,
    // each neighbour costs a node and an edge; one more than fits tells that the cap cut
    max: neo4j.int(query.depth === 1 ? Math.floor((query.limit - 1) / 2) + 1 : query.limit),
  };
  const rows = await readRows(driver, query.depth === 1 ? NEIGHBORS_DEPTH1_QUERY : NEIGHBORS_DEPTH2_QUERY, params);
  const ranked = rows.map((row) => ({ eid: String(row['eid']), node: nodeFromRow(row) }));
  const candidates = ranked.slice(0, query.limit);
  const edges = await fetchInducedEdges(
    driver,
    [center.eid, ...candidates.map((c) => c.eid)],
    query.rels,
    NEIGHBOR_EDGE_SENTENCES,
  );
  const fitted = fitNeighborhood(
    center.node,
    candidates.map((c) => c.node),
    edges,
    query.limit,
  );
  return { center: center.node.id, ...fitted };
}

export function createNodeRoutes(ctx: ApiContext): Router {
  const router = Router();
  const { driver } = ctx;

  router.get('/nodes/:id', async (req, res) => {
    const { id } = parseInput(NodeIdParamsSchema, req.params, 'params');
    const found = await findNodeOrThrow(driver, id);
    const [mentionRows, relRows] = await Promise.all([
      readRows(driver, NODE_MENTIONS_QUERY, { eid: found.eid }),
      readRows(driver, NODE_RELATION_COUNTS_QUERY, { eid: found.eid }),
    ]);
    const mentions: NodeMention[] = mentionRows.map((row) => ({
      report: {
        id: str(row, 'id'),
        title: str(row, 'title'),
        year: numOrNull(row, 'year'),
        regionId: strOrNull(row, 'regionId'),
        regionName: strOrNull(row, 'regionName'),
      },
      count: num(row, 'count'),
      sentences: strList(row['sentences']),
    }));
    const byYearMap = new Map<number | null, number>();
    for (const m of mentions) byYearMap.set(m.report.year, (byYearMap.get(m.report.year) ?? 0) + m.count);
    const byYear = [...byYearMap.entries()]
      .map(([year, count]) => ({ year, count }))
      .sort((a, b) => (a.year ?? Infinity) - (b.year ?? Infinity));
    const relationCounts: Record<string, number> = {};
    for (const row of relRows) relationCounts[str(row, 'type')] = num(row, 'count');
    const body: NodeDetails = { node: found.node, mentions, byYear, relationCounts };
    res.json(body);
  });

  router.get('/nodes/:id/neighbors', async (req, res) => {
    const { id } = parseInput(NodeIdParamsSchema, req.params, 'params');
    const query = parseInput(NeighborsQuerySchema, req.query, 'query');
    const version = await ctx.graphVersion.current();
    const key = `neighbors|${id}|${query.depth}|${query.types?.join(',') ?? ''}|${query.rels?.join(',') ?? ''}|${query.limit}`;
    const cached = ctx.responseCache.get(key, version);
    if (cached !== undefined) return sendCachedBody(req, res, cached);
    const body = toCachedBody(await fetchNeighbors(driver, id, query));
    ctx.responseCache.set(key, version, body);
    sendCachedBody(req, res, body);
  });

  router.get('/subgraph', async (req, res) => {
    const { ids } = parseInput(SubgraphQuerySchema, req.query, 'query');
    const found = await findNodes(driver, ids);
    const missing = ids.filter((id) => !found.has(id));
    if (found.size === 0) throw new NotFoundError(`no node with any of the ids ${ids.join(', ')}`);
    const nodes = [...found.values()];
    const edges = await fetchInducedEdges(
      driver,
      nodes.map((n) => n.eid),
      undefined,
    );
    const room = Math.max(0, LIMITS.neighborsMax - nodes.length);
    const body: SubgraphResponse = {
      nodes: nodes.map((n) => n.node),
      edges: edges.slice(0, room),
      truncated: edges.length > room,
      missing,
    };
    res.json(body);
  });

  router.get('/path', async (req, res) => {
    const query = parseInput(PathQuerySchema, req.query, 'query');
    const found = await findNodes(driver, [query.from, query.to]);
    const from = found.get(query.from);
    const to = found.get(query.to);
    if (!from) throw new NotFoundError(`no node with id '${query.from}' (from)`);
    if (!to) throw new NotFoundError(`no node with id '${query.to}' (to)`);
    if (from.eid === to.eid) {
      const body: PathResponse = { nodes: [from.node], edges: [], truncated: false, found: true, hops: 0, paths: [[from.node.id]] };
      return void res.json(body);
    }
    const cypher = PATH_QUERIES.get(`${query.maxHops}:${query.rels !== undefined}`)!;
    const rows = await readRows(driver, cypher, { from: from.eid, to: to.eid, rels: query.rels ?? null });
    const nodes = new Map<string, { eid: string; node: GraphNode }>();
    const wanted = new Set<string>();
    const paths: string[][] = [];
    for (const row of rows) {
      const pathNodes = (Array.isArray(row['nodes']) ? row['nodes'] : []) as Record<string, unknown>[];
      const ids: string[] = [];
      for (const item of pathNodes) {
        const node = nodeFromRow(item);
        ids.push(node.id);
        if (!nodes.has(node.id)) nodes.set(node.id, { eid: String(item['eid']), node });
      }
      paths.push(ids);
      for (const rel of (Array.isArray(row['rels']) ? row['rels'] : []) as Record<string, unknown>[]) {
        wanted.add(`${String(rel['type'])}|${String(rel['source'])}|${String(rel['target'])}`);
      }
    }
    const edges = (
      await fetchInducedEdges(
        driver,
        [...nodes.values()].map((n) => n.eid),
        query.rels,
      )
    ).filter((e) => wanted.has(e.id));
    const body: PathResponse = {
      nodes: [...nodes.values()].map((n) => n.node),
      edges,
      truncated: false,
      found: paths.length > 0,
      hops: paths[0] ? paths[0].length - 1 : null,
      paths,
    };
    res.json(body);
  });

  return router;
}
