/** A project's trace through the reports that mention it. */
import { Router } from 'express';
import { NodeIdParamsSchema, type Evidence, type LinkedEntity, type ProjectTrace, type TraceEntry } from '../contract.ts';
import type { ApiContext } from '../context.ts';
import { NotFoundError } from '../errors.ts';
import { kindOf, nodeFromRow } from '../graph-elements.ts';
import { num, numOrNull, readRows, str, strList, strOrNull, type Row } from '../neo4j/read.ts';
import { parseInput } from '../request.ts';

const PROJECT_TRACE_QUERY = `
MATCH (p:Project {id: $id})
OPTIONAL MATCH (rep:Report)-[m:MENTIONS]->(p)
WITH p, rep, m
OPTIONAL MATCH (rep)-[:ISSUED_BY]->(g:Region)
WITH p, rep, m, head(collect(g)) AS g
RETURN elementId(p) AS eid, labels(p) AS labels, properties(p) AS props,
  rep.id AS reportId, coalesce(rep.title, rep.id) AS title, coalesce(m.year, rep.year) AS year,
  g.id AS regionId, g.name AS regionName,
  m.count AS count, m.sentences AS sentences, m.sentenceIndexes AS sentenceIndexes, m.starts AS starts, m.ends AS ends,
  m.investmentCny AS investmentCny, m.investmentText AS investmentText, m.stages AS stages,
  COLLECT {
    MATCH (c)-[r:INVESTS_IN|BUILDS|TAKES_PART_IN]->(p) WHERE r.report = rep.id
    RETURN {id: c.id, label: coalesce(c.name, c.id), labels: labels(c), type: c.type, rel: type(r), sentence: r.sentence}
  } AS companies,
  COLLECT {
    MATCH (p)-[r:LOCATED_IN]->(l) WHERE r.report = rep.id
    RETURN {id: l.id, label: coalesce(l.name, l.id), labels: labels(l), type: l.type, rel: type(r), sentence: r.sentence}
  } AS locations
ORDER BY year IS NULL, year, reportId`;

function toLinked(items: unknown): LinkedEntity[] {
  if (!Array.isArray(items)) return [];
  return (items as Row[]).map((item) => ({
    id: str(item, 'id'),
    label: str(item, 'label'),
    kind: kindOf(strList(item['labels']), item),
    rel: str(item, 'rel'),
    sentence: strOrNull(item, 'sentence'),
  }));
}

function toNumbers(value: unknown): number[] {
  return Array.isArray(value) ? value.filter((v): v is number => typeof v === 'number') : [];
}

/**
 * MENTIONS keeps one entry per evidence sentence (`sentences`, `sentenceIndexes`) and one per
 * mention (`starts`, `ends`); offsets are paired with sentences only when those counts agree.
 */
export function toEvidence(row: Row): { evidence: Evidence[]; offsets: { start: number; end: number }[] } {
  const sentences = strList(row['sentences']);
  const indexes = toNumbers(row['sentenceIndexes']);
  const starts = toNumbers(row['starts']);
  const ends = toNumbers(row['ends']);
  const offsets = starts.map((start, i) => ({ start, end: ends[i] ?? start })).filter((o) => o.end >= o.start);
  const paired = offsets.length === sentences.length;
  const evidence = sentences.map((sentence, i) => ({
    sentence,
    sentenceIndex: indexes[i] ?? null,
    start: paired ? offsets[i]!.start : null,
    end: paired ? offsets[i]!.end : null,
  }));
  return { evidence, offsets };
}

export function createProjectRoutes(ctx: ApiContext): Router {
  const router = Router();
  router.get('/projects/:id/trace', async (req, res) => {
    const { id } = parseInput(NodeIdParamsSchema, req.params, 'params');
    const rows = await readRows(ctx.driver, PROJECT_TRACE_QUERY, { id });
    const first = rows[0];
    if (!first) throw new NotFoundError(`no project with id '${id}'`);
    const entries: TraceEntry[] = rows
      .filter((row) => typeof row['reportId'] === 'string')
      .map((row) => ({
        report: {
          id: str(row, 'reportId'),
          title: str(row, 'title'),
          year: numOrNull(row, 'year'),
          regionId: strOrNull(row, 'regionId'),
          regionName: strOrNull(row, 'regionName'),
        },
        year: numOrNull(row, 'year'),
        count: num(row, 'count'),
        ...toEvidence(row),
        investmentCny: numOrNull(row, 'investmentCny'),
        investmentText: strOrNull(row, 'investmentText'),
        stages: strList(row['stages']),
        companies: toLinked(row['companies']),
        locations: toLinked(row['locations']),
      }));
    const body: ProjectTrace = { project: nodeFromRow(first), entries };
    res.json(body);
  });
  return router;
}
