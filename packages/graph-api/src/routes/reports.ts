/** Reports: metadata and entity counts. */
import { Router } from 'express';
import { NodeIdParamsSchema, type ReportDetails, type ReportSummary, type ReportsResponse } from '../contract.ts';
import type { ApiContext } from '../context.ts';
import { NotFoundError } from '../errors.ts';
import { num, numOrNull, readRows, str, strOrNull, type Row } from '../neo4j/read.ts';
import { parseInput } from '../request.ts';

const REPORT_FIELDS = `
  OPTIONAL MATCH (r)-[:ISSUED_BY]->(g:Region)
  WITH r, head(collect(g)) AS g
  RETURN r.id AS id, coalesce(r.title, r.id) AS title, r.year AS year, r.yearSource AS yearSource, r.kind AS kind,
    r.source AS source, r.chars AS chars, g.id AS regionId, g.name AS regionName, g.level AS regionLevel,
    COLLECT { MATCH (r)-[:MENTIONS]->(e) RETURN e.type } AS types,
    COUNT { (r)-[:MENTIONS]->() } AS entityCount,
    reduce(s = 0, c IN COLLECT { MATCH (r)-[m:MENTIONS]->() RETURN coalesce(m.count, 1) } | s + c) AS mentionCount`;

const REPORTS_QUERY = `
MATCH (r:Report)
${REPORT_FIELDS}
ORDER BY regionId, year, id`;

const REPORT_QUERY = `
MATCH (r:Report {id: $id})
${REPORT_FIELDS}`;

const REPORT_TOP_ENTITIES_QUERY = `
MATCH (r:Report {id: $id})-[m:MENTIONS]->(e:Entity)
WITH e.type AS type, e, coalesce(m.count, 1) AS count
ORDER BY count DESC, e.id
WITH type, collect({id: e.id, label: coalesce(e.name, e.id), count: count})[..10] AS top
RETURN type, top`;

function toSummary(row: Row): ReportSummary {
  const entityCounts: Record<string, number> = {};
  for (const type of Array.isArray(row['types']) ? row['types'] : []) {
    if (typeof type === 'string') entityCounts[type] = (entityCounts[type] ?? 0) + 1;
  }
  const regionId = strOrNull(row, 'regionId');
  return {
    id: str(row, 'id'),
    title: str(row, 'title'),
    year: numOrNull(row, 'year'),
    yearSource: strOrNull(row, 'yearSource'),
    kind: str(row, 'kind', 'other'),
    source: str(row, 'source'),
    chars: numOrNull(row, 'chars'),
    region: regionId
      ? { id: regionId, label: str(row, 'regionName', regionId), level: strOrNull(row, 'regionLevel') }
      : null,
    entityCount: num(row, 'entityCount'),
    mentionCount: num(row, 'mentionCount'),
    entityCounts,
  };
}

export function createReportRoutes(ctx: ApiContext): Router {
  const router = Router();
  router.get('/reports', async (_req, res) => {
    const rows = await readRows(ctx.driver, REPORTS_QUERY);
    const body: ReportsResponse = { reports: rows.map(toSummary) };
    res.json(body);
  });
  router.get('/reports/:id', async (req, res) => {
    const { id } = parseInput(NodeIdParamsSchema, req.params, 'params');
    const [rows, topRows] = await Promise.all([
      readRows(ctx.driver, REPORT_QUERY, { id }),
      readRows(ctx.driver, REPORT_TOP_ENTITIES_QUERY, { id }),
    ]);
    const row = rows[0];
    if (!row) throw new NotFoundError(`no report with id '${id}'`);
    const topEntities: ReportDetails['topEntities'] = {};
    for (const top of topRows) {
      topEntities[str(top, 'type')] = (Array.isArray(top['top']) ? (top['top'] as Row[]) : []).map((e) => ({
        id: str(e, 'id'),
        label: str(e, 'label'),
        count: num(e, 'count'),
      }));
    }
    const body: ReportDetails = { report: toSummary(row), topEntities };
    res.json(body);
  });
  return router;
}
