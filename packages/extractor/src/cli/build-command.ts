/** `pnpm kg build [PATH...] [--out FILE]` — read the corpus, extract, build the graph JSON. */
import { relative } from 'node:path';
import { parseArgs } from 'node:util';
import { readCorpus } from '../corpus/read-corpus.ts';
import { buildGraph } from '../graph/build-graph.ts';
import { DEFAULT_GRAPH_FILE, writeGraphFile } from '../load/graph-file.ts';
import { extractCorpus } from '../parallel/extract-corpus.ts';

const USAGE = 'usage: pnpm kg build [PATH...] [--out FILE]   (default: data/ → out/graph/graph.json)';

function formatCounts(counts: Record<string, number>): string {
  return Object.entries(counts)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([key, count]) => `${key} ${count}`)
    .join(', ');
}

export async function runCommand(args: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        out: { type: 'string', default: DEFAULT_GRAPH_FILE },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n${USAGE}\n`);
    return 2;
  }
  if (parsed.values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }

  const timings: string[] = [];
  let mark = performance.now();
  const lap = (name: string): void => {
    const now = performance.now();
    timings.push(`${name} ${Math.round(now - mark)} ms`);
    mark = now;
  };
  const started = mark;

  const { documents, skipped } = await readCorpus(parsed.positionals);
  lap('read');
  for (const file of skipped) process.stderr.write(`build: skipped ${file.path}: ${file.reason}\n`);
  if (documents.length === 0) {
    process.stderr.write('build: no documents found\n');
    return 1;
  }
  const extractions = await extractCorpus(documents);
  lap('extract');
  const graph = buildGraph(documents, extractions);
  lap('build');
  await writeGraphFile(parsed.values.out, graph);
  lap('write');

  const { summary } = graph;
  const total = Math.round(performance.now() - started);
  process.stdout.write(
    [
      `built ${relative(process.cwd(), parsed.values.out) || parsed.values.out} from ${summary.documents} documents (${skipped.length} files skipped) in ${total} ms (${timings.join(', ')})`,
      `  nodes ${summary.nodes}: ${formatCounts(summary.nodesByLabel)}`,
      `  relationships ${summary.relationships}: ${formatCounts(summary.relationshipsByType)}`,
    ].join('\n') + '\n',
  );
  return 0;
}
