/** `pnpm kg load [--reset] [--report ID]... [--graph FILE]` — write the graph JSON into Neo4j. */
import { parseArgs } from 'node:util';
import { readEnv } from '../env.ts';
import { connectNeo4j } from '../load/connect-neo4j.ts';
import { DEFAULT_GRAPH_FILE, readGraphFile } from '../load/graph-file.ts';
import { loadGraph } from '../load/load-graph.ts';
import type { LoadProgress } from '../load/load-graph.ts';

const USAGE = 'usage: pnpm kg load [--reset] [--report ID]... [--graph FILE]';
const PROGRESS_EVERY_MS = 1000;

/** Progress lines on stderr: at most one a second per phase, and the last of each phase. */
function createProgressPrinter(onResetDone: () => void): (progress: LoadProgress) => void {
  let lastAt = 0;
  return ({ phase, done, total }) => {
    if (phase === 'reset') onResetDone();
    const now = Date.now();
    if (done < total && now - lastAt < PROGRESS_EVERY_MS) return;
    lastAt = now;
    const percent = total > 0 ? ` (${Math.round((done / total) * 100)}%)` : '';
    process.stderr.write(`load: ${phase} ${done}/${total}${percent}\n`);
  };
}

export async function runCommand(args: string[]): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args,
      options: {
        reset: { type: 'boolean', default: false },
        report: { type: 'string', multiple: true },
        graph: { type: 'string', default: DEFAULT_GRAPH_FILE },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }));
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n${USAGE}\n`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }

  const env = readEnv();
  const graph = await readGraphFile(values.graph);
  const driver = connectNeo4j({ uri: env.neo4jUri, user: env.neo4jUser, password: env.neo4jPassword });
  try {
    const started = performance.now();
    let resetDoneAt = started;
    const result = await loadGraph(driver, graph, {
      reset: values.reset,
      reports: values.report,
      onProgress: createProgressPrinter(() => {
        resetDoneAt = performance.now();
      }),
    });
    const finished = performance.now();
    const seconds = (finished - started) / 1000;
    // Throughput without the time spent emptying the database for --reset.
    const rate = result.relationshipsWritten / Math.max((finished - resetDoneAt) / 1000, 1e-3);
    for (const id of result.reportsUnknown) process.stderr.write(`load: report ${id} is neither in the graph nor in the database\n`);
    const scope = values.report ? `report${values.report.length > 1 ? 's' : ''} ${values.report.join(', ')} of` : '';
    process.stdout.write(
      [
        `loaded ${scope} ${values.graph === DEFAULT_GRAPH_FILE ? 'the graph' : values.graph} (${graph.summary.documents} documents) into ${env.neo4jUri} in ${seconds.toFixed(2)} s${values.reset ? ` (reset ${((resetDoneAt - started) / 1000).toFixed(2)} s)` : ''}`.replace('  ', ' '),
        `  reports written ${result.reportsWritten.length}, unchanged ${result.reportsUnchanged.length}, removed ${result.reportsRemoved.length}`,
        `  nodes written ${result.nodesWritten}, relationships written ${result.relationshipsWritten} (${Math.round(rate)} rel/s), entities removed ${result.entitiesRemoved}`,
      ].join('\n') + '\n',
    );
    return result.reportsUnknown.length > 0 ? 1 : 0;
  } finally {
    await driver.close();
  }
}
