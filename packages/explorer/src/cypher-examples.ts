/**
 * Example Cypher queries offered one click away in the Cypher view. They are
 * read from the README's ```cypher blocks at build time, so the README and the
 * explorer show the same examples; each block is titled by the heading above it (or, without one,
 * by the text line above it).
 */
export interface CypherExample {
  title: string;
  query: string;
}

const FENCE_RE = /^```\s*cypher\s*$/i;

function cleanTitle(line: string): string {
  return line
    .trim()
    .replace(/^[-*]\s+/, '')
    .replace(/^#+\s+/, '')
    .replace(/[:：]\s*$/, '')
    .replaceAll('`', '')
    .replace(/\*\*/g, '')
    .trim();
}

export function parseCypherExamples(markdown: string): CypherExample[] {
  const lines = markdown.split(/\r?\n/);
  const examples: CypherExample[] = [];
  let heading = '';
  let text = '';
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i] ?? '';
    if (FENCE_RE.test(line.trim())) {
      const body: string[] = [];
      i += 1;
      while (i < lines.length && !(lines[i] ?? '').trim().startsWith('```')) {
        body.push(lines[i] ?? '');
        i += 1;
      }
      const query = body.join('\n').trim();
      if (query) {
        // A block may hold several queries separated by blank lines, each preceded by `// title`.
        for (const chunk of query.split(/\n\s*\n/)) {
          const chunkLines = chunk.split('\n');
          const comment = chunkLines[0]?.match(/^\s*\/\/\s*(.+)$/);
          const q = (comment ? chunkLines.slice(1) : chunkLines).join('\n').trim();
          if (q) examples.push({ title: comment?.[1]?.trim() || heading || text || q.split('\n')[0] || q, query: q });
        }
      }
      heading = '';
      text = '';
    } else if (/^#{1,6}\s/.test(line)) {
      heading = cleanTitle(line);
      text = '';
    } else if (line.trim()) {
      text = cleanTitle(line);
    }
  }
  return examples;
}

/** Used when the README holds no examples, so the view is never empty. */
export const FALLBACK_CYPHER_EXAMPLES: readonly CypherExample[] = [
  { title: '五个口号', query: 'MATCH (s:Slogan) RETURN s LIMIT 5' },
  {
    title: '提及“放管服”的报告',
    query: "MATCH (r:Report)-[m:MENTIONS]->(s:Slogan {name: '放管服'})\nRETURN r.title AS report, r.year AS year, m.count AS mentions\nORDER BY year",
  },
];
