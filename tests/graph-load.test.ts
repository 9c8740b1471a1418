/**
 * The corpus graph loaded into a real Neo4j: counts, evidence, idempotence and
 * incremental reloads. On the shared database every change is undone at the end.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildGraph } from '../packages/extractor/src/graph/build-graph.ts';
import { loadGraph } from '../packages/extractor/src/load/load-graph.ts';
import { extractCorpus } from '../packages/extractor/src/parallel/extract-corpus.ts';
import { openCorpusGraph, queryRows } from './corpus-graph.fixtures.ts';
import type { CorpusGraph } from './corpus-graph.fixtures.ts';

const COUNT_LABELS = `
MATCH (n) UNWIND labels(n) AS label
RETURN label, count(*) AS count`;
const COUNT_REL_TYPES = `
MATCH ()-[r]->()
RETURN type(r) AS type, count(*) AS count`;
const FANGGUANFU_REPORTS = `
MATCH (s:Slogan {name: '放管服'})<-[m:MENTIONS]-(r:Report)-[:ISSUED_BY]->(g:Region)
RETURN r.id AS report, g.name AS region, m.count AS count, m.sentences AS sentences`;
// Entities named by two reports of 乌海 of different years.
const WUHAI_TWO_YEARS = `
MATCH (r1:Report)-[:ISSUED_BY]->(:Region {name: '乌海市'})<-[:ISSUED_BY]-(r2:Report)
WHERE r1.year < r2.year
MATCH (r1)-[m1:MENTIONS]->(e:Entity)<-[m2:MENTIONS]-(r2)
WHERE NOT e:Region
RETURN e.id AS id, e.name AS name, r1.id AS report1, r1.year AS year1, m1 {.*} AS mentions1,
       r2.id AS report2, r2.year AS year2, m2 {.*} AS mentions2
ORDER BY e.mentionCount DESC, e.id LIMIT 20`;
// Every relationship that came from a report, by element id, to see what a reload touched.
const REPORT_RELS = `
MATCH (a)-[r]->(b) WHERE r.report IS NOT NULL
RETURN r.report AS report, elementId(r) AS elementId, type(r) AS type, a.id AS from, b.id AS to`;

type Counts = Record<string, number>;

async function readCounts(corpus: CorpusGraph): Promise<{ labels: Counts; types: Counts }> {
  const labels: Counts = {};
  for (const row of await queryRows(corpus.driver, COUNT_LABELS)) labels[String(row.label)] = Number(row.count);
  const types: Counts = {};
  for (const row of await queryRows(corpus.driver, COUNT_REL_TYPES)) types[String(row.type)] = Number(row.count);
  return { labels, types };
}

async function readReportRels(corpus: CorpusGraph): Promise<Map<string, string[]>> {
  const byReport = new Map<string, string[]>();
  for (const row of await queryRows(corpus.driver, REPORT_RELS)) {
    const list = byReport.get(String(row.report)) ?? [];
    list.push(`${String(row.elementId)} ${String(row.type)} ${String(row.from)}->${String(row.to)}`);
    byReport.set(String(row.report), list);
  }
  for (const list of byReport.values()) list.sort();
  return byReport;
}

describe('the corpus graph in Neo4j', () => {
  let corpus: CorpusGraph;

  beforeAll(async () => {
    corpus = await openCorpusGraph();
  });

  afterAll(async () => {
    // Leave the database with the corpus graph, as it was.
    await loadGraph(corpus.driver, corpus.graph);
    await corpus.close();
  });

  it('holds every node and relationship of the graph JSON, counted per label and type', async () => {
    const { labels, types } = await readCounts(corpus);
    expect(labels).toEqual(corpus.graph.summary.nodesByLabel);
    expect(types).toEqual(corpus.graph.summary.relationshipsByType);
    expect(labels.Report).toBe(corpus.documents.length);
    for (const label of ['Slogan', 'Policy', 'Project', 'Region']) expect(labels[label] ?? 0).toBeGreaterThan(0);
  });

  it('has 放管服 mentioned by several reports of different regions, with sentences that contain it', async () => {
    const rows = await queryRows(corpus.driver, FANGGUANFU_REPORTS);
    expect(new Set(rows.map((r) => r.report)).size).toBeGreaterThanOrEqual(3);
    expect(new Set(rows.map((r) => r.region)).size).toBeGreaterThanOrEqual(3);
    for (const row of rows) expect((row.sentences as string[]).some((s) => s.includes('放管服'))).toBe(true);
  });

  it('gives an entity named in two 乌海 reports of different years two MENTIONS whose evidence really contains it', async () => {
    const rows = await queryRows(corpus.driver, WUHAI_TWO_YEARS);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(Number(row.year1)).toBeLessThan(Number(row.year2));
      for (const [reportId, mentions] of [
        [row.report1, row.mentions1],
        [row.report2, row.mentions2],
      ] as Array<[string, { starts: number[]; ends: number[]; sentences: string[]; count: number; year: number }]>) {
        const document = corpus.documents.find((d) => d.id === reportId);
        expect(document).toBeDefined();
        expect(mentions.starts).toHaveLength(mentions.count);
        expect(mentions.year).toBe(document?.year);
        mentions.starts.forEach((start, i) => {
          const surface = document?.text.slice(start, mentions.ends[i]) ?? '';
          expect(surface.length).toBeGreaterThan(0);
          // The evidence sentence holding this mention is in the report and contains the surface text.
          const sentence = mentions.sentences.find((s) => s.includes(surface));
          expect(sentence, `${String(row.name)}: "${surface}" in ${reportId}`).toBeDefined();
          expect(document?.text.includes(String(sentence).replace(/^…|…$/g, ''))).toBe(true);
        });
      }
    }
  });

  it('changes nothing when the same graph is loaded again', async () => {
    const before = await readCounts(corpus);
    const relsBefore = await readReportRels(corpus);
    const result = await loadGraph(corpus.driver, corpus.graph);
    expect(result.reportsWritten).toEqual([]);
    expect(result.reportsRemoved).toEqual([]);
    expect(await readCounts(corpus)).toEqual(before);
    expect(await readReportRels(corpus)).toEqual(relsBefore);
  });

  it('replaces only the edges of a report whose text changed, and restores it when loaded back', async () => {
    const target = corpus.documents.find((d) => d.id.startsWith('wuhai-2020')) ?? corpus.documents[0];
    if (!target) throw new Error('no document');
    const before = await readCounts(corpus);
    const relsBefore = await readReportRels(corpus);

    // Drop the first half of the report and add a sentence naming a new park.
    const changedText = `${target.text.slice(Math.floor(target.text.length / 2))}\n深化“放管服”改革，加快建设乌海金沙湾测试产业园。`;
    const changedDocuments = corpus.documents.map((d) => (d === target ? { ...d, text: changedText } : d));
    const [changedExtraction] = await extractCorpus([{ id: target.id, text: changedText }], { workers: 1 });
    const extractions = corpus.extractions.map((x, i) => (corpus.documents[i] === target && changedExtraction ? changedExtraction : x));
    const changedGraph = buildGraph(changedDocuments, extractions);

    const result = await loadGraph(corpus.driver, changedGraph, { reports: [target.id] });
    expect(result.reportsWritten).toEqual([target.id]);
    const relsAfter = await readReportRels(corpus);
    for (const [report, rels] of relsBefore) {
      if (report === target.id) expect(relsAfter.get(report)).not.toEqual(rels);
      else expect(relsAfter.get(report), `edges of ${report}`).toEqual(rels);
    }
    const [mention] = await queryRows(
      corpus.driver,
      `MATCH (:Report {id: $report})-[m:MENTIONS]->(:Slogan {name: '放管服'}) RETURN m.sentences AS sentences`,
      { report: target.id },
    );
    expect((mention?.sentences as string[]).some((s) => s.includes('乌海金沙湾测试产业园'))).toBe(true);
    // The database now holds the target's relationships from the changed graph and every other report's from the
    // loaded one (`corpus.graph`, possibly the global setup's build from another moment's recognizer: compare with
    // what was loaded, not with a rebuild).
    const changedCounts = await readCounts(corpus);
    const expectedTypes: Counts = {};
    const countRel = (type: string): void => {
      expectedTypes[type] = (expectedTypes[type] ?? 0) + 1;
    };
    for (const rel of corpus.graph.relationships) if (rel.type !== 'PART_OF' && rel.properties.report !== target.id) countRel(rel.type);
    for (const rel of changedGraph.relationships) if (rel.properties.report === target.id) countRel(rel.type);
    // PART_OF: what the regions still in the database need, each edge one of the two graphs has.
    expectedTypes.PART_OF = changedCounts.types.PART_OF ?? 0;
    expect(changedCounts.types).toEqual(expectedTypes);
    const knownPartOf = new Set(
      [...corpus.graph.relationships, ...changedGraph.relationships].filter((r) => r.type === 'PART_OF').map((r) => `${r.from}->${r.to}`),
    );
    const partOf = await queryRows(corpus.driver, 'MATCH (a:Region)-[:PART_OF]->(b:Region) RETURN a.id AS from, b.id AS to');
    expect(partOf.length).toBeGreaterThan(0);
    for (const row of partOf) expect(knownPartOf.has(`${String(row.from)}->${String(row.to)}`), `${String(row.from)}->${String(row.to)}`).toBe(true);

    // Loading the corpus graph again puts the report back as it was; entities only the change named are gone.
    const restore = await loadGraph(corpus.driver, corpus.graph);
    expect(restore.reportsWritten).toEqual([target.id]);
    expect(await readCounts(corpus)).toEqual(before);
    const restored = await readReportRels(corpus);
    for (const [report, rels] of relsBefore) {
      if (report !== target.id) expect(restored.get(report)).toEqual(rels);
      else expect(restored.get(report)?.length).toBe(rels.length);
    }
  });
});
