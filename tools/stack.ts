/**
 * The steps shared by the run command (tools/start.ts) and the integration global setup
 * (tests/global-setup.ts): build the graph from data/ and load it (through the extractor's
 * own CLI, `pnpm kg build` / `pnpm kg load`), and build the explorer (`vite build`).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const EXPLORER_DIR = path.join(ROOT, 'packages', 'explorer');
export const EXPLORER_DIST = path.join(EXPLORER_DIR, 'dist');
const KG_CLI = path.join(ROOT, 'packages', 'extractor', 'src', 'cli.ts');
const VITE = path.join(EXPLORER_DIR, 'node_modules', '.bin', 'vite');

export type Log = (line: string) => void;

export interface Neo4jTarget {
  uri: string;
  user: string;
  password: string;
}

/** A build or load step that exited non-zero; `output` holds the end of what it printed. */
export class StepFailedError extends Error {
  readonly code = 'STEP_FAILED';
  constructor(
    readonly step: string,
    readonly output: string,
  ) {
    super(`${step} failed${output ? `:\n${output}` : ''}`);
    this.name = 'StepFailedError';
  }
}

const running = new Set<ChildProcess>();

/** Kill the build steps still running (Ctrl-C during start-up). */
export function killRunningSteps(): void {
  for (const child of running) child.kill('SIGTERM');
}

interface StepOptions {
  log: Log;
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Print the step's standard output when it succeeds (summaries). */
  echo?: boolean;
}

function runStep(step: string, command: string, args: string[], { log, cwd = ROOT, env, echo = false }: StepOptions): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env: env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    running.add(child);
    let stdout = '';
    let all = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
      all = (all + chunk).slice(-20_000);
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      all = (all + chunk).slice(-20_000);
    });
    child.once('error', (error) => {
      running.delete(child);
      reject(new StepFailedError(step, error.message));
    });
    child.once('exit', (code, signal) => {
      running.delete(child);
      if (code === 0) {
        if (echo) for (const line of stdout.trimEnd().split('\n')) if (line) log(line);
        resolve(stdout);
      } else {
        const tail = all.trim().split('\n').slice(-60).join('\n');
        reject(new StepFailedError(`${step} (${signal ?? `exit code ${code}`})`, tail));
      }
    });
  });
}

/** `pnpm kg build --out FILE`: read data/, extract, write the graph JSON. */
export async function buildGraphFile({ out, log }: { out: string; log: Log }): Promise<void> {
  log('Building the graph from data/ …');
  await runStep('kg build', process.execPath, ['--import', 'tsx', KG_CLI, 'build', '--out', out], { log, echo: true });
}

/** `pnpm kg load --graph FILE` into the given Neo4j (idempotent MERGE). */
export async function loadGraphFile({ graph, neo4j, log }: { graph: string; neo4j: Neo4jTarget; log: Log }): Promise<void> {
  log(`Loading the graph into ${neo4j.uri} …`);
  const env = { ...process.env, NEO4J_URI: neo4j.uri, NEO4J_USER: neo4j.user, NEO4J_PASSWORD: neo4j.password };
  await runStep('kg load', process.execPath, ['--import', 'tsx', KG_CLI, 'load', '--graph', graph], { log, env, echo: true });
}

/** `vite build` of the explorer into packages/explorer/dist. */
export async function buildExplorer({ log }: { log: Log }): Promise<string> {
  log('Building the explorer …');
  await runStep('vite build', VITE, ['build', '--logLevel', 'warn'], { log, cwd: EXPLORER_DIR });
  return EXPLORER_DIST;
}
