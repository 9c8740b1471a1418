import { describe, expect, it } from 'vitest';
import { parseCypherExamples } from './cypher-examples.ts';
import { CYPHER_EXAMPLES } from './readme-examples.ts';


describe('parseCypherExamples', () => {
  it('takes each cypher block with the line above it as title', () => {
    const md = [
      '## Cypher examples',
      '',
      '### Slogans shared by two cities',
      '',
      'Two regions, one slogan:',
      '',
      '```cypher',
      'MATCH (a:Region)<-[:ISSUED_BY]-(:Report)-[:MENTIONS]->(s:Slogan)',
      'RETURN s',
      '```',
      '',
      '```sh',
      'npm start',
      '```',
      '```cypher',
      '// 五个口号',
      'MATCH (s:Slogan) RETURN s LIMIT 5',
      '',
      '// 报告',
      'MATCH (r:Report) RETURN r',
      '```',
    ].join('\n');
    expect(parseCypherExamples(md)).toEqual([
      { title: 'Slogans shared by two cities', query: 'MATCH (a:Region)<-[:ISSUED_BY]-(:Report)-[:MENTIONS]->(s:Slogan)\nRETURN s' },
      { title: '五个口号', query: 'MATCH (s:Slogan) RETURN s LIMIT 5' },
      { title: '报告', query: 'MATCH (r:Report) RETURN r' },
    ]);
  });

  it('bundles at least one example from the README', () => {
    expect(CYPHER_EXAMPLES.length).toBeGreaterThan(0);
    for (const e of CYPHER_EXAMPLES) expect(e.query).toMatch(/\b(MATCH|RETURN|CALL|WITH)\b/i);
    // Titled by the README's headings, not by their first line of Cypher.
    for (const e of CYPHER_EXAMPLES) expect(e.title).not.toMatch(/^(MATCH|RETURN|CALL|WITH)\b/);
  });
});
