/**
 * Every Cypher block of the README's "Example Cypher queries" section, run against the
 * loaded corpus: each must answer, with rows that make sense for its question.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCorpusGraph, queryRows } from './corpus-graph.fixtures.ts';
import type { CorpusGraph } from './corpus-graph.fixtures.ts';

type Row = Record<string, unknown>;

interface ReadmeQuery {
  title: string;
  cypher: string;
}

/** `### title` headings and the ```cypher block under each, in the README section. */
function readReadmeQueries(): ReadmeQuery[] {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
  const start = readme.indexOf('## Example Cypher queries');
  if (start < 0) throw new Error('README has no "Example Cypher queries" section');
  const end = readme.indexOf('\n## ', start + 1);
  const section = readme.slice(start, end < 0 ? undefined : end);
  const queries: ReadmeQuery[] = [];
  let title = '';
  for (const part of section.split(/^```/m).entries()) {
    const [index, text] = part;
    if (index % 2 === 0) {
      const headings = [...text.matchAll(/^### (.+)$/gm)];
      title = headings.at(-1)?.[1]?.trim() ?? title;
    } else if (text.startsWith('cypher\n')) {
      queries.push({ title, cypher: text.slice('cypher\n'.length).trim() });
    }
  }
  return queries;
}

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : []);

/** What a sensible answer looks like, per README heading. */
const CHECKS: Record<string, (rows: Row[], corpus: CorpusGraph) => void> = {
  'Regions that share a slogan': (rows) => {
    for (const row of rows) expect(strings(row.regions)).toHaveLength(Number(row.regionCount));
    for (const row of rows) expect(Number(row.regionCount)).toBeGreaterThanOrEqual(2);
    // National formulas are shared by most of the corpus' regions.
    expect(Number(rows[0]?.regionCount)).toBeGreaterThanOrEqual(5);
  },
  'Slogans found in only one region': (rows, corpus) => {
    const issuers = new Set(corpus.documents.map((d) => d.region?.name));
    for (const row of rows) {
      expect(issuers.has(String(row.region))).toBe(true);
      expect(Number(row.slogans)).toBeGreaterThan(0);
    }
  },
  'A project traced across reports, year by year, with its sentences': (rows) => {
    expect(rows.length).toBeGreaterThanOrEqual(2);
    expect(new Set(rows.map((r) => r.project)).size).toBe(1);
    const project = String(rows[0]?.project);
    for (const row of rows) expect(strings(row.sentences).some((s) => s.includes(project))).toBe(true);
    const years = rows.map((r) => Number(r.year));
    expect(years).toEqual([...years].sort((a, b) => a - b));
  },
  'Companies linked to a park': (rows) => {
    for (const row of rows) expect(strings(row.throughProjects).length + strings(row.sameSentence).length).toBeGreaterThan(0);
  },
  'The themes most often named together': (rows) => {
    for (const row of rows) {
      expect(row.theme).not.toBe(row.otherTheme);
      expect(Number(row.sentences)).toBeGreaterThanOrEqual(Number(row.reports));
    }
  },
  'Mentions rolled up the region hierarchy': (rows, corpus) => {
    const provinces = new Set(corpus.documents.map((d) => d.region?.path[0]));
    expect(rows.length).toBeGreaterThanOrEqual(3);
    for (const row of rows) expect(provinces.has(String(row.province))).toBe(true);
    expect(rows.map((r) => r.province)).toContain('内蒙古自治区');
  },
  'Everything reported from within one province': (rows, corpus) => {
    const expected = corpus.documents.filter((d) => d.region?.path[0] === '内蒙古自治区').length;
    expect(rows).toHaveLength(expected);
    expect(rows.map((r) => r.region)).toEqual(expect.arrayContaining(['乌海市', '呼和浩特市']));
  },
  'What 乌海 kept naming over the years': (rows) => {
    for (const row of rows) expect(strings(row.years).length).toBeGreaterThanOrEqual(2);
    expect(rows.map((r) => r.name)).toContain('放管服');
  },
  'National formulas and what they stand for': (rows) => {
    const liuwen = rows.find((r) => r.slogan === '六稳');
    expect(strings(liuwen?.expansion)).toEqual(['稳就业', '稳金融', '稳外贸', '稳外资', '稳投资', '稳预期']);
    expect(rows.find((r) => r.slogan === '放管服')?.regions).toBeGreaterThanOrEqual(3);
  },
  'Investment figures of projects': (rows) => {
    for (const row of rows) {
      expect(String(row.asWritten)).toMatch(/投资/);
      expect(Number(row.yi)).toBeGreaterThan(0);
    }
  },
  'Full-text search over names and aliases': (rows) => {
    expect(rows.map((r) => r.id)).toContain('region:511827');
  },
};

describe('README example Cypher queries', () => {
  const queries = readReadmeQueries();
  let corpus: CorpusGraph;

  beforeAll(async () => {
    corpus = await openCorpusGraph();
  });

  afterAll(async () => {
    await corpus.close();
  });

  it('has at least eight, each with a check', () => {
    expect(queries.length).toBeGreaterThanOrEqual(8);
    expect(queries.map((q) => q.title).sort()).toEqual(Object.keys(CHECKS).sort());
  });

  for (const query of queries) {
    it(`answers "${query.title}"`, async () => {
      const rows = await queryRows(corpus.driver, query.cypher);
      expect(rows.length, query.cypher).toBeGreaterThan(0);
      CHECKS[query.title]?.(rows, corpus);
    });
  }
});
