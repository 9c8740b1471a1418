/**
 * graph-api over real HTTP against a real Neo4j: every endpoint's answer checked against
 * what Neo4j holds, every error path, the read-only Cypher guard.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  CypherResponseSchema,
  HealthSchema,
  NeighborsResponseSchema,
  NodeDetailsSchema,
  PathResponseSchema,
  ProjectTraceSchema,
  ReportDetailsSchema,
  ReportsResponseSchema,
  SearchResponseSchema,
  SimilarRegionsResponseSchema,
  SubgraphResponseSchema,
  ThemeMatrixResponseSchema,
  ErrorBodySchema,
} from '../packages/graph-api/src/contract.ts';
import { ENDPOINTS } from '../packages/graph-api/src/openapi.ts';
import { runReadOnlyCypher } from '../packages/graph-api/src/routes/cypher.ts';
import { closeServer, connect, getJson, listen, postJson, queryRows, seg, startApiStack, type ApiStack } from './api-stack.fixtures.ts';

/** 乌海市; its id (gazetteer code) is looked up in beforeAll. */
let WUHAI = 'region:1503';
const BAOXING = 'region:511827';
const FANGGUANFU = 'slogan:放管服';
const LIUWEN = 'slogan:六稳';
const HAIBOWAN = 'project:黄河海勃湾水利枢纽工程';

function injectedString(key: string): string | undefined {
  try {
    const value = (inject as (k: string) => unknown)(key);
    return typeof value === 'string' ? value : undefined;
  } catch {
    return undefined;
  }
}

let stack: ApiStack;
let base: string;

beforeAll(async () => {
  stack = await startApiStack();
  base = stack.baseUrl;
  const [wuhai] = await queryRows(stack.driver, "MATCH (r:Region {name: '乌海市'}) RETURN r.id AS id");
  WUHAI = String(wuhai?.['id']);
});

afterAll(async () => {
  await stack?.close();
});

/** Expect the standard error body with `code`, and (for 400s) a detail naming `param`. */
function expectError(res: { status: number; body: unknown }, status: number, code: string, param?: string): void {
  expect(res.status).toBe(status);
  const body = ErrorBodySchema.parse(res.body);
  expect(body.error.code).toBe(code);
  expect(JSON.stringify(res.body)).not.toMatch(/\bat .*\.ts:\d+/); // no stack traces
  if (param) {
    expect(body.error.message).toContain(param);
    expect(body.error.details).toEqual(expect.arrayContaining([expect.objectContaining({ param })]));
  }
}

describe('GET /api/health', () => {
  it('says Neo4j is up and counts nodes per label as Neo4j does', async () => {
    const res = await getJson(base, '/api/health');
    expect(res.status).toBe(200);
    const body = HealthSchema.parse(res.body);
    expect(body).toMatchObject({ status: 'ok', neo4j: { up: true } });
    const [row] = await queryRows(stack.driver, 'MATCH (r:Report) WITH count(r) AS reports MATCH (s:Slogan) RETURN reports, count(s) AS slogans');
    expect(body.counts['Report']).toBe(row?.['reports']);
    expect(body.counts['Slogan']).toBe(row?.['slogans']);
    expect(body.counts['Entity']).toBeGreaterThan(0);
  });

  it('sends security headers and no open CORS', async () => {
    const res = await fetch(`${base}/api/health`, { headers: { origin: 'http://evil.example' } });
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    expect(res.headers.get('x-powered-by')).toBeNull();
  });
});

describe('GET /api/search', () => {
  it('finds 放管服 by its pinyin initials fgf', async () => {
    const res = await getJson(base, '/api/search?q=fgf');
    expect(res.status).toBe(200);
    const body = SearchResponseSchema.parse(res.body);
    expect(body.hits[0]).toMatchObject({ id: FANGGUANFU, label: '放管服', kind: 'slogan', matchedBy: 'initials' });
    expect(body.hits[0]!.mentionCount).toBeGreaterThan(0);
  });

  it('finds 宝兴县 by full pinyin baoxing', async () => {
    const body = SearchResponseSchema.parse((await getJson(base, '/api/search?q=baoxing')).body);
    const hit = body.hits.find((h) => h.id === BAOXING);
    expect(hit).toMatchObject({ label: '宝兴县', kind: 'region', matchedBy: 'pinyin' });
  });

  it('finds Chinese substrings, ranks the exact name first and reports counts per type', async () => {
    const body = SearchResponseSchema.parse((await getJson(base, '/api/search?q=' + encodeURIComponent('六稳'))).body);
    expect(body.hits[0]).toMatchObject({ id: LIUWEN, matchedBy: 'name' });
    const [row] = await queryRows(stack.driver, 'MATCH (n:Entity {id: $id}) RETURN n.mentionCount AS m, n.reportCount AS r', { id: LIUWEN });
    expect(body.hits[0]).toMatchObject({ mentionCount: row?.['m'], reportCount: row?.['r'] });
    const all = await queryRows(stack.driver, "MATCH (n:Entity) WHERE n.name CONTAINS '六稳' OR any(a IN n.aliases WHERE a CONTAINS '六稳') RETURN count(n) AS c");
    expect(body.total).toBeGreaterThanOrEqual(Number(all[0]?.['c']));
    expect(Object.values(body.typeCounts).reduce((a, b) => a + b, 0)).toBe(body.total);
    for (const hit of body.hits) expect(hit.label.includes('六稳') || hit.aliases.some((a) => a.includes('六稳')) || hit.matchedBy !== 'name').toBe(true);
  });

  it('matches aliases', async () => {
    const [row] = await queryRows(
      stack.driver,
      "MATCH (n:Entity) WHERE size(n.aliases) > 0 AND NOT n.name CONTAINS n.aliases[0] RETURN n.id AS id, n.aliases[0] AS alias ORDER BY n.mentionCount DESC LIMIT 1",
    );
    expect(row).toBeDefined();
    const body = SearchResponseSchema.parse((await getJson(base, `/api/search?limit=200&q=${encodeURIComponent(String(row!['alias']))}`)).body);
    expect(body.hits.find((h) => h.id === row!['id'])).toMatchObject({ matchedBy: 'alias' });
  });

  it('filters by type and limits', async () => {
    const body = SearchResponseSchema.parse((await getJson(base, '/api/search?q=' + encodeURIComponent('市') + '&types=region&limit=3')).body);
    expect(body.hits.length).toBeGreaterThan(0);
    expect(body.hits.length).toBeLessThanOrEqual(3);
    for (const hit of body.hits) expect(hit.kind).toBe('region');
  });

  it.each([
    ['', 'q'],
    ['?q=', 'q'],
    [`?q=${'长'.repeat(101)}`, 'q'],
    ['?q=fgf&types=slogan,bogus', 'types'],
    ['?q=fgf&limit=0', 'limit'],
    ['?q=fgf&limit=abc', 'limit'],
    ['?q=fgf&limit=201', 'limit'],
  ])('400 for %s naming %s', async (query, param) => {
    expectError(await getJson(base, `/api/search${query}`), 400, 'bad_request', param);
  });
});

describe('GET /api/nodes/:id', () => {
  it('gives the node, its mentions by report and year as in Neo4j', async () => {
    const res = await getJson(base, `/api/nodes/${seg(FANGGUANFU)}`);
    expect(res.status).toBe(200);
    const body = NodeDetailsSchema.parse(res.body);
    expect(body.node).toMatchObject({ id: FANGGUANFU, kind: 'slogan', label: '放管服' });
    const rows = await queryRows(stack.driver, 'MATCH (r:Report)-[m:MENTIONS]->(:Entity {id: $id}) RETURN r.id AS id, m.count AS count', { id: FANGGUANFU });
    expect(body.mentions.map((m) => m.report.id).sort()).toEqual(rows.map((r) => r['id']).sort());
    const total = rows.reduce((s, r) => s + Number(r['count']), 0);
    expect(body.byYear.reduce((s, y) => s + y.count, 0)).toBe(total);
    expect(body.relationCounts['MENTIONS']).toBe(rows.length);
    expect(body.mentions[0]!.sentences.some((s) => s.includes('放管服'))).toBe(true);
  });

  it('404 for an unknown id', async () => {
    expectError(await getJson(base, `/api/nodes/${seg('slogan:不存在的口号')}`), 404, 'not_found');
  });

  it('400 for an overlong id naming id', async () => {
    expectError(await getJson(base, `/api/nodes/${'x'.repeat(301)}`), 400, 'bad_request', 'id');
  });
});

describe('GET /api/nodes/:id/neighbors', () => {
  it('returns the depth-1 neighbourhood with edges between drawn nodes only', async () => {
    const res = await getJson(base, `/api/nodes/${seg(LIUWEN)}/neighbors`);
    expect(res.status).toBe(200);
    const body = NeighborsResponseSchema.parse(res.body);
    expect(body.center).toBe(LIUWEN);
    const ids = new Set(body.nodes.map((n) => n.id));
    expect(ids.has(LIUWEN)).toBe(true);
    for (const e of body.edges) expect(ids.has(e.source) && ids.has(e.target)).toBe(true);
    const reports = await queryRows(stack.driver, 'MATCH (r:Report)-[:MENTIONS]->(:Entity {id: $id}) RETURN r.id AS id', { id: LIUWEN });
    for (const r of reports) expect(ids.has(String(r['id']))).toBe(true);
    expect(body.nodes.length + body.edges.length).toBeLessThanOrEqual(300);
  });

  it('sends an ETag, answers 304 to If-None-Match and gzip to clients that accept it', async () => {
    const url = `${base}/api/nodes/${seg(LIUWEN)}/neighbors?limit=50`;
    const first = await fetch(url, { headers: { 'accept-encoding': 'gzip' } });
    expect(first.status).toBe(200);
    expect(first.headers.get('content-encoding')).toBe('gzip');
    NeighborsResponseSchema.parse(await first.json());
    const etag = first.headers.get('etag');
    expect(etag).toBeTruthy();
    const again = await fetch(url, { headers: { 'if-none-match': etag! } });
    expect(again.status).toBe(304);
  });

  it('caps the elements and says it truncated', async () => {
    const body = NeighborsResponseSchema.parse((await getJson(base, `/api/nodes/${seg(LIUWEN)}/neighbors?limit=5`)).body);
    expect(body.nodes.length + body.edges.length).toBeLessThanOrEqual(5);
    expect(body.truncated).toBe(true);
  });

  it('filters by neighbour kind and relationship type', async () => {
    const byKind = NeighborsResponseSchema.parse((await getJson(base, `/api/nodes/${seg(LIUWEN)}/neighbors?types=report`)).body);
    expect(byKind.nodes.filter((n) => n.id !== LIUWEN).every((n) => n.kind === 'report')).toBe(true);
    expect(byKind.nodes.length).toBeGreaterThan(1);
    const byRel = NeighborsResponseSchema.parse((await getJson(base, `/api/nodes/${seg(LIUWEN)}/neighbors?rels=CO_OCCURS`)).body);
    expect(byRel.edges.every((e) => e.type === 'CO_OCCURS')).toBe(true);
  });

  it('reaches further at depth 2', async () => {
    const one = NeighborsResponseSchema.parse((await getJson(base, `/api/nodes/${seg(HAIBOWAN)}/neighbors?depth=1&limit=2000`)).body);
    const two = NeighborsResponseSchema.parse((await getJson(base, `/api/nodes/${seg(HAIBOWAN)}/neighbors?depth=2&limit=2000`)).body);
    expect(two.nodes.length).toBeGreaterThan(one.nodes.length);
    const oneIds = new Set(one.nodes.map((n) => n.id));
    const [row] = await queryRows(
      stack.driver,
      'MATCH (:Project {id: $id})--(m)--(x) WHERE NOT (x)--(:Project {id: $id}) AND x.id <> $id RETURN x.id AS id LIMIT 1',
      { id: HAIBOWAN },
    );
    if (row) expect(two.nodes.some((n) => !oneIds.has(n.id))).toBe(true);
  });

  it.each([
    ['depth=3', 'depth'],
    ['depth=x', 'depth'],
    ['limit=0', 'limit'],
    ['limit=2001', 'limit'],
    ['types=bogus', 'types'],
    ['rels=LIKES', 'rels'],
  ])('400 for %s naming %s', async (query, param) => {
    expectError(await getJson(base, `/api/nodes/${seg(LIUWEN)}/neighbors?${query}`), 400, 'bad_request', param);
  });

  it('404 for an unknown id', async () => {
    expectError(await getJson(base, `/api/nodes/${seg('slogan:无此')}/neighbors`), 404, 'not_found');
  });
});

describe('GET /api/subgraph', () => {
  it('returns the nodes and the relationships among them, and lists missing ids', async () => {
    const [report] = await queryRows(stack.driver, 'MATCH (r:Report)-[:MENTIONS]->(:Entity {id: $id}) RETURN r.id AS id LIMIT 1', { id: LIUWEN });
    const ids = [LIUWEN, FANGGUANFU, String(report!['id']), 'slogan:没有这个'];
    const res = await getJson(base, `/api/subgraph?ids=${ids.map(encodeURIComponent).join(',')}`);
    expect(res.status).toBe(200);
    const body = SubgraphResponseSchema.parse(res.body);
    expect(body.nodes.map((n) => n.id).sort()).toEqual(ids.slice(0, 3).sort());
    expect(body.missing).toEqual(['slogan:没有这个']);
    expect(body.edges.some((e) => e.type === 'MENTIONS' && e.source === report!['id'] && e.target === LIUWEN)).toBe(true);
    const [count] = await queryRows(
      stack.driver,
      'MATCH (a)-[r]->(b) WHERE a.id IN $ids AND b.id IN $ids RETURN count(DISTINCT [type(r), a.id, b.id]) AS c',
      { ids },
    );
    expect(body.edges).toHaveLength(Number(count!['c']));
  });

  it('accepts repeated ids parameters', async () => {
    const body = SubgraphResponseSchema.parse((await getJson(base, `/api/subgraph?ids=${seg(LIUWEN)}&ids=${seg(FANGGUANFU)}`)).body);
    expect(body.nodes).toHaveLength(2);
  });

  it('400 without ids, 404 when no id exists', async () => {
    expectError(await getJson(base, '/api/subgraph'), 400, 'bad_request', 'ids');
    expectError(await getJson(base, `/api/subgraph?ids=${seg('slogan:无')}`), 404, 'not_found');
  });
});

describe('GET /api/path', () => {
  it('finds shortest paths between a slogan and a region as a subgraph', async () => {
    const res = await getJson(base, `/api/path?from=${seg(FANGGUANFU)}&to=${seg(WUHAI)}&maxHops=4`);
    expect(res.status).toBe(200);
    const body = PathResponseSchema.parse(res.body);
    expect(body.found).toBe(true);
    const [row] = await queryRows(
      stack.driver,
      'MATCH (a:Entity {id: $from}), (b:Entity {id: $to}) MATCH p = shortestPath((a)-[*..4]-(b)) RETURN length(p) AS hops',
      { from: FANGGUANFU, to: WUHAI },
    );
    expect(body.hops).toBe(row!['hops']);
    const ids = new Set(body.nodes.map((n) => n.id));
    for (const path of body.paths) {
      expect(path[0]).toBe(FANGGUANFU);
      expect(path[path.length - 1]).toBe(WUHAI);
      expect(path).toHaveLength(body.hops! + 1);
      for (const id of path) expect(ids.has(id)).toBe(true);
      for (let i = 0; i + 1 < path.length; i += 1) {
        const [a, b] = [path[i], path[i + 1]];
        expect(body.edges.some((e) => (e.source === a && e.target === b) || (e.source === b && e.target === a))).toBe(true);
      }
    }
  });

  it('answers found: false when no path fits in maxHops', async () => {
    const body = PathResponseSchema.parse((await getJson(base, `/api/path?from=${seg(FANGGUANFU)}&to=${seg(BAOXING)}&maxHops=1`)).body);
    expect(body).toMatchObject({ found: false, hops: null, paths: [], nodes: [] });
  });

  it.each([
    [`to=${seg(WUHAI)}`, 'from'],
    [`from=${seg(FANGGUANFU)}`, 'to'],
    [`from=${seg(FANGGUANFU)}&to=${seg(WUHAI)}&maxHops=7`, 'maxHops'],
    [`from=${seg(FANGGUANFU)}&to=${seg(WUHAI)}&maxHops=0`, 'maxHops'],
    [`from=${seg(FANGGUANFU)}&to=${seg(WUHAI)}&rels=NOPE`, 'rels'],
  ])('400 for %s naming %s', async (query, param) => {
    expectError(await getJson(base, `/api/path?${query}`), 400, 'bad_request', param);
  });

  it('404 naming the unknown end', async () => {
    const res = await getJson(base, `/api/path?from=${seg('slogan:无')}&to=${seg(WUHAI)}`);
    expectError(res, 404, 'not_found');
    expect(res.body.error.message).toContain('from');
  });
});

describe('GET /api/regions/:id/similar', () => {
  it("lists regions like 乌海市 with shared themes both really mention, distinctive themes weighing more", async () => {
    const res = await getJson(base, `/api/regions/${seg(WUHAI)}/similar?types=slogan,policy&limit=10`);
    expect(res.status).toBe(200);
    const body = SimilarRegionsResponseSchema.parse(res.body);
    expect(body.region).toMatchObject({ id: WUHAI, label: '乌海市' });
    expect(body.results.length).toBeGreaterThan(0);
    const scores = body.results.map((r) => r.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    for (const result of body.results) {
      expect(result.sharedThemes.length).toBeGreaterThan(0);
      const rows = await queryRows(
        stack.driver,
        `MATCH (:Region {id: $a})<-[:ISSUED_BY]-(:Report)-[:MENTIONS]->(t:Entity)<-[:MENTIONS]-(:Report)-[:ISSUED_BY]->(:Region {id: $b})
         WHERE t.type IN ['slogan', 'policy'] RETURN DISTINCT t.id AS id`,
        { a: WUHAI, b: result.region.id },
      );
      const reallyShared = new Set(rows.map((r) => r['id']));
      expect(result.sharedCount).toBe(reallyShared.size);
      for (const theme of result.sharedThemes) expect(reallyShared.has(theme.id)).toBe(true);
    }
    // a theme mentioned by more regions weighs no more than one mentioned by fewer
    const themes = body.results.flatMap((r) => r.sharedThemes);
    const liuwen = themes.find((t) => t.id === LIUWEN);
    if (liuwen) expect(Math.min(...themes.map((t) => t.idf))).toBeCloseTo(liuwen.idf, 5);
  });

  it('404 for an unknown region and for a non-region id', async () => {
    expectError(await getJson(base, `/api/regions/${seg('region:000000')}/similar`), 404, 'not_found');
    expectError(await getJson(base, `/api/regions/${seg(LIUWEN)}/similar`), 404, 'not_found');
  });

  it.each([
    ['types=report', 'types'],
    ['limit=0', 'limit'],
    ['themes=1000', 'themes'],
  ])('400 for %s naming %s', async (query, param) => {
    expectError(await getJson(base, `/api/regions/${seg(WUHAI)}/similar?${query}`), 400, 'bad_request', param);
  });
});

describe('GET /api/themes/matrix', () => {
  it('counts mentions per region and theme as Neo4j does', async () => {
    const res = await getJson(base, '/api/themes/matrix?types=slogan&top=10');
    expect(res.status).toBe(200);
    const body = ThemeMatrixResponseSchema.parse(res.body);
    expect(body.themes.length).toBeLessThanOrEqual(10);
    expect(body.counts).toHaveLength(body.regions.length);
    for (const row of body.counts) expect(row).toHaveLength(body.themes.length);
    const i = body.regions.findIndex((r) => r.id === WUHAI);
    const j = body.themes.findIndex((t) => t.id === LIUWEN);
    expect(i).toBeGreaterThanOrEqual(0);
    expect(j).toBeGreaterThanOrEqual(0);
    const [row] = await queryRows(
      stack.driver,
      'MATCH (:Region {id: $r})<-[:ISSUED_BY]-(:Report)-[m:MENTIONS]->(:Entity {id: $t}) RETURN sum(m.count) AS c',
      { r: WUHAI, t: LIUWEN },
    );
    expect(body.counts[i]![j]).toBe(row!['c']);
    expect(body.themes.every((t) => t.kind === 'slogan')).toBe(true);
  });

  it('restricts to the given regions', async () => {
    const body = ThemeMatrixResponseSchema.parse((await getJson(base, `/api/themes/matrix?regions=${seg(WUHAI)}`)).body);
    expect(body.regions.map((r) => r.id)).toEqual([WUHAI]);
  });

  it('400 for bad top and types, 404 for an unknown region', async () => {
    expectError(await getJson(base, '/api/themes/matrix?top=0'), 400, 'bad_request', 'top');
    expectError(await getJson(base, '/api/themes/matrix?types=nope'), 400, 'bad_request', 'types');
    expectError(await getJson(base, `/api/themes/matrix?regions=${seg('region:000000')}`), 404, 'not_found');
  });
});

describe('GET /api/projects/:id/trace', () => {
  it('traces 黄河海勃湾水利枢纽工程 through its reports by year with evidence', async () => {
    const res = await getJson(base, `/api/projects/${seg(HAIBOWAN)}/trace`);
    expect(res.status).toBe(200);
    const body = ProjectTraceSchema.parse(res.body);
    expect(body.project).toMatchObject({ id: HAIBOWAN, kind: 'project' });
    const rows = await queryRows(stack.driver, 'MATCH (r:Report)-[m:MENTIONS]->(:Project {id: $id}) RETURN r.id AS id, m.count AS count', { id: HAIBOWAN });
    expect(body.entries.map((e) => e.report.id).sort()).toEqual(rows.map((r) => r['id']).sort());
    const years = body.entries.map((e) => e.year ?? Infinity);
    expect([...years].sort((a, b) => a - b)).toEqual(years);
    for (const entry of body.entries) {
      expect(entry.evidence.length).toBeGreaterThan(0);
      expect(entry.evidence.some((e) => e.sentence.includes('海勃湾'))).toBe(true);
      expect(entry.offsets.length).toBe(entry.count);
      for (const o of entry.offsets) expect(o.end).toBeGreaterThan(o.start);
    }
    const linked = await queryRows(stack.driver, 'MATCH (c)-[r:INVESTS_IN|BUILDS|TAKES_PART_IN]->(:Project {id: $id}) RETURN c.id AS id, r.report AS report', { id: HAIBOWAN });
    for (const l of linked) {
      const entry = body.entries.find((e) => e.report.id === l['report']);
      expect(entry?.companies.map((c) => c.id)).toContain(l['id']);
    }
    const located = await queryRows(stack.driver, 'MATCH (:Project {id: $id})-[r:LOCATED_IN]->(l) RETURN l.id AS id, r.report AS report', { id: HAIBOWAN });
    for (const l of located) {
      expect(body.entries.find((e) => e.report.id === l['report'])?.locations.map((c) => c.id)).toContain(l['id']);
    }
  });

  it('404 for an unknown project and for an id that is not a project', async () => {
    expectError(await getJson(base, `/api/projects/${seg('project:无此项目')}/trace`), 404, 'not_found');
    expectError(await getJson(base, `/api/projects/${seg(LIUWEN)}/trace`), 404, 'not_found');
  });
});

describe('GET /api/reports and /api/reports/:id', () => {
  it('lists every report with metadata and entity counts', async () => {
    const body = ReportsResponseSchema.parse((await getJson(base, '/api/reports')).body);
    const rows = await queryRows(stack.driver, 'MATCH (r:Report) RETURN r.id AS id, COUNT { (r)-[:MENTIONS]->() } AS entities');
    expect(body.reports).toHaveLength(rows.length);
    for (const row of rows) {
      const report = body.reports.find((r) => r.id === row['id']);
      expect(report?.entityCount).toBe(row['entities']);
      expect(Object.values(report!.entityCounts).reduce((a, b) => a + b, 0)).toBe(row['entities']);
    }
  });

  it('gives one report with its most mentioned entities', async () => {
    const [row] = await queryRows(stack.driver, 'MATCH (r:Report)-[:ISSUED_BY]->(:Region {id: $id}) RETURN r.id AS id, r.title AS title LIMIT 1', { id: WUHAI });
    const res = await getJson(base, `/api/reports/${seg(String(row!['id']))}`);
    expect(res.status).toBe(200);
    const body = ReportDetailsSchema.parse(res.body);
    expect(body.report).toMatchObject({ id: row!['id'], title: row!['title'], region: { id: WUHAI } });
    const slogans = body.topEntities['slogan'] ?? [];
    expect(slogans.length).toBeGreaterThan(0);
    const counts = slogans.map((s) => s.count);
    expect([...counts].sort((a, b) => b - a)).toEqual(counts);
  });

  it('404 for an unknown report', async () => {
    expectError(await getJson(base, '/api/reports/no-such-report'), 404, 'not_found');
  });
});

describe('POST /api/cypher', () => {
  it('runs a read query with parameters and returns rows and the graph found in them', async () => {
    const res = await postJson(base, '/api/cypher', {
      query: 'MATCH (r:Report)-[m:MENTIONS]->(s:Slogan {name: $name}) RETURN s, m, r.id AS report, m.count AS count LIMIT $n',
      params: { name: '放管服', n: 2 },
    });
    expect(res.status).toBe(200);
    const body = CypherResponseSchema.parse(res.body);
    expect(body.columns).toEqual(['s', 'm', 'report', 'count']);
    expect(body.rowCount).toBeGreaterThan(0);
    expect(body.rowCount).toBeLessThanOrEqual(2);
    const [s, m, report, count] = body.rows[0]!;
    expect(s).toMatchObject({ $type: 'node', id: FANGGUANFU, labels: expect.arrayContaining(['Slogan']) });
    expect(m).toMatchObject({ $type: 'relationship', type: 'MENTIONS', source: report, target: FANGGUANFU });
    expect(typeof count).toBe('number');
    expect(body.graph.nodes.map((n) => n.id)).toEqual(expect.arrayContaining([FANGGUANFU, report as string]));
    expect(body.graph.edges.some((e) => e.type === 'MENTIONS' && e.target === FANGGUANFU)).toBe(true);
  });

  it('returns paths as nodes and edges', async () => {
    const body = CypherResponseSchema.parse(
      (await postJson(base, '/api/cypher', { query: 'MATCH p = (:Region)-[:PART_OF]->(:Region) RETURN p LIMIT 3' })).body,
    );
    expect(body.rows[0]![0]).toMatchObject({ $type: 'path' });
    expect(body.graph.edges.every((e) => e.type === 'PART_OF')).toBe(true);
    expect(body.graph.edges.length).toBeGreaterThan(0);
  });

  it('caps rows at 5,000', async () => {
    const body = CypherResponseSchema.parse((await postJson(base, '/api/cypher', { query: 'UNWIND range(1, 6000) AS x RETURN x' })).body);
    expect(body.rowCount).toBe(5000);
    expect(body.truncated).toBe(true);
  });

  it.each([
    "CREATE (:Slogan {id: 'slogan:新口号', name: '新口号'})",
    "MERGE (:Slogan {id: 'slogan:新口号'})",
    'MATCH (n:Slogan) DETACH DELETE n',
    'MATCH (n:Slogan) DELETE n',
    "MATCH (n:Slogan) SET n.name = '改'",
    'MATCH (n:Slogan) REMOVE n.name',
    "CALL db.createLabel('Hacked')",
    "CALL db.createProperty('hacked')",
    "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line",
    'CALL dbms.listConfig()',
    'MATCH (n) CALL (n) { SET n.x = 1 } IN TRANSACTIONS RETURN 1',
    'FOREACH (x IN [1] | CREATE (:X))',
  ])('refuses %s and writes nothing', async (query) => {
    const before = await queryRows(stack.driver, 'MATCH (n) RETURN count(n) AS c');
    expectError(await postJson(base, '/api/cypher', { query }), 403, 'write_refused');
    const after = await queryRows(stack.driver, 'MATCH (n) RETURN count(n) AS c');
    expect(after).toEqual(before);
  });

  it('runs queries in a READ transaction, so Neo4j itself refuses writes the guard would miss', async () => {
    await expect(runReadOnlyCypher(stack.driver, "CREATE (:Slogan {id: 'slogan:不该写入'})", {})).rejects.toMatchObject({
      code: 'Neo.ClientError.Statement.AccessMode',
    });
    expect(await queryRows(stack.driver, "MATCH (n {id: 'slogan:不该写入'}) RETURN n")).toEqual([]);
  });

  it('400 for bad Cypher, a missing query and bad params; 415 without JSON; 413 for a huge body', async () => {
    expectError(await postJson(base, '/api/cypher', { query: 'MATCH (n RETURN n' }), 400, 'cypher_error');
    expectError(await postJson(base, '/api/cypher', {}), 400, 'bad_request', 'query');
    expectError(await postJson(base, '/api/cypher', { query: 'RETURN 1', params: [1] }), 400, 'bad_request', 'params');
    expectError(await postJson(base, '/api/cypher', '{"query": ', 'application/json'), 400, 'bad_request');
    expectError(await postJson(base, '/api/cypher', 'RETURN 1', 'text/plain'), 415, 'unsupported_media_type');
    expectError(await postJson(base, '/api/cypher', { query: `RETURN '${'长'.repeat(60_000)}'` }), 413, 'payload_too_large');
  });

  it('stops a query after the 5 s timeout', async () => {
    const res = await postJson(base, '/api/cypher', {
      query: 'UNWIND range(1, 2000000000) AS x WITH x WHERE x % 1000000007 = -1 RETURN count(x)',
    });
    expectError(res, 504, 'query_timeout');
  }, 30_000);
});

describe('the rest of /api', () => {
  it('serves an OpenAPI 3.1 document listing every endpoint', async () => {
    const res = await getJson(base, '/api/openapi.json');
    expect(res.status).toBe(200);
    expect(res.body.openapi).toBe('3.1.0');
    for (const endpoint of ENDPOINTS) expect(res.body.paths[endpoint.path]?.[endpoint.method]).toBeDefined();
    const params = res.body.paths['/api/nodes/{id}/neighbors'].get.parameters.map((p: { name: string }) => p.name);
    expect(params).toEqual(expect.arrayContaining(['id', 'depth', 'types', 'rels', 'limit']));
  });

  it('answers unknown endpoints with a JSON 404', async () => {
    expectError(await getJson(base, '/api/nothing-here'), 404, 'not_found');
  });
});

describe('static explorer', () => {
  it('serves index.html at / and for client routes, JSON under /api', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'reportgraph-static-'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>reportgraph</title><div id="root"></div>');
    const { baseUrl, server } = await listen(stack.driver, dir);
    try {
      const root = await fetch(`${baseUrl}/`);
      expect(root.status).toBe(200);
      expect(await root.text()).toContain('<title>reportgraph</title>');
      const deep = await fetch(`${baseUrl}/regions/compare`);
      expect(deep.status).toBe(200);
      expect(deep.headers.get('content-type')).toContain('text/html');
      expectError(await getJson(baseUrl, '/api/nope'), 404, 'not_found');
    } finally {
      await closeServer(server);
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the built explorer under the CSP', () => {
  it('loads index.html whose scripts are same-origin files, not inline code', async (context) => {
    const dist = injectedString('explorerDist');
    if (!dist) return context.skip();
    const { baseUrl, server } = await listen(stack.driver, dist);
    try {
      const page = await fetch(`${baseUrl}/`);
      const html = await page.text();
      const csp = page.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toContain('unsafe-eval');
      const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
      expect(scripts.length).toBeGreaterThan(0);
      for (const [, attrs, body] of scripts) {
        expect(body!.trim()).toBe(''); // inline code would be blocked by script-src 'self'
        const src = /src="([^"]+)"/.exec(attrs!)?.[1];
        expect(src).toBeDefined();
        const asset = await fetch(new URL(src!, `${baseUrl}/`));
        expect(asset.status).toBe(200);
        expect(asset.headers.get('content-type')).toMatch(/javascript/);
      }
    } finally {
      await closeServer(server);
    }
  });
});

describe('Neo4j unreachable', () => {
  it('answers 503 with a clear message, and health says degraded', async () => {
    const driver = connect('bolt://127.0.0.1:9');
    const { baseUrl, server } = await listen(driver);
    try {
      const res = await getJson(baseUrl, `/api/nodes/${seg(LIUWEN)}`);
      expectError(res, 503, 'neo4j_unavailable');
      expect(res.body.error.message).toMatch(/Neo4j/);
      expectError(await getJson(baseUrl, '/api/search?q=fgf'), 503, 'neo4j_unavailable');
      const health = await getJson(baseUrl, '/api/health');
      expect(health.status).toBe(503);
      expect(HealthSchema.parse(health.body)).toMatchObject({ status: 'degraded', neo4j: { up: false } });
    } finally {
      await closeServer(server);
      await driver.close();
    }
  });
});
