/**
 * Global setup of the `integration` project: one real stack for all cross-package tests.
 * Starts an ephemeral local Neo4j on a free port (or uses NEO4J_URI), builds the graph from
 * data/ and loads it, builds the explorer into packages/explorer/dist, and provides what the
 * tests need through `inject(...)`. Teardown stops Neo4j (its store is deleted).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { parseToolsEnv } from '../tools/env.ts';
import { findFreePort, resolveNeo4j, type RunningNeo4j } from '../tools/local-neo4j.mjs';
import { buildExplorer, buildGraphFile, killRunningSteps, loadGraphFile } from '../tools/stack.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Bolt URI of the Neo4j loaded with the corpus graph. */
    neo4jUri: string;
    neo4jUser: string;
    neo4jPassword: string;
    /** True when NEO4J_URI named a server of the user's own. */
    neo4jExternal: boolean;
    /** The corpus graph (data/) is loaded into that Neo4j. */
    corpusLoaded: boolean;
    /** The built explorer (index.html + assets), to serve with `createApp({ staticDir })`. */
    explorerDist: string;
    /** The graph JSON that was loaded (`pnpm kg build` output). */
    graphFile: string;
  }
}

function log(line: string): void {
  process.stderr.write(`[global-setup] ${line}\n`);
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const env = parseToolsEnv();
  const workDir = await mkdtemp(path.join(tmpdir(), 'reportgraph-test-'));
  const graphFile = path.join(workDir, 'graph.json');
  let neo4j: RunningNeo4j | undefined;
  const started = performance.now();

  const teardown = async (): Promise<void> => {
    killRunningSteps();
    await neo4j?.stop();
    await rm(workDir, { recursive: true, force: true });
  };

  try {
    const port = env.neo4jUri ? 0 : await findFreePort();
    const [resolved, , explorerDist] = await Promise.all([
      resolveNeo4j({
        neo4jUri: env.neo4jUri,
        neo4jUser: env.neo4jUser,
        neo4jPassword: env.neo4jPassword,
        port,
        ephemeral: true,
        heap: '1g',
        pageCache: '512m',
        log,
      }).then((running) => {
        neo4j = running;
        log(running.external ? `using Neo4j at ${running.uri} (NEO4J_URI)` : `ephemeral Neo4j up at ${running.uri}`);
        return running;
      }),
      buildGraphFile({ out: graphFile, log }),
      buildExplorer({ log }),
    ]);
    await loadGraphFile({ graph: graphFile, neo4j: resolved, log });
    log(`stack ready in ${((performance.now() - started) / 1000).toFixed(1)} s`);

    project.provide('neo4jUri', resolved.uri);
    project.provide('neo4jUser', resolved.user);
    project.provide('neo4jPassword', resolved.password);
    project.provide('neo4jExternal', resolved.external);
    project.provide('corpusLoaded', true);
    project.provide('explorerDist', explorerDist);
    project.provide('graphFile', graphFile);
  } catch (error) {
    await teardown();
    throw error;
  }
  return teardown;
}
