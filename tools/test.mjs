#!/usr/bin/env node
// The test command (`npm test`, after tools/bootstrap.mjs installed dependencies):
// Chromium for the browser tests, both typechecks, then `vitest run` with the unit and the
// integration project (whose global setup starts an ephemeral Neo4j, loads the corpus graph and
// builds the explorer, and stops Neo4j at the end). Exits non-zero when anything failed.
//
//   node tools/test.mjs [vitest args…]

import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureChromium } from './ensure-chromium.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const TSC = path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
const VITEST = path.join(ROOT, 'node_modules', 'vitest', 'vitest.mjs');
const ARTIFACTS = path.join(ROOT, 'artifacts');
const VITEST_JSON = path.join(ARTIFACTS, 'vitest-results.json');

/** @type {Set<import('node:child_process').ChildProcess>} */
const children = new Set();
let interrupted = false;

function log(line) {
  process.stderr.write(`${line}\n`);
}

/**
 * @param {string} name
 * @param {string[]} args node arguments
 * @returns {Promise<{ name: string, ok: boolean, seconds: number }>}
 */
function runNode(name, args) {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
    children.add(child);
    child.once('error', (error) => {
      children.delete(child);
      log(`${name}: ${error.message}`);
      resolve({ name, ok: false, seconds: (Date.now() - started) / 1000 });
    });
    child.once('exit', (code) => {
      children.delete(child);
      resolve({ name, ok: code === 0, seconds: (Date.now() - started) / 1000 });
    });
  });
}

/** Counts from vitest's JSON report, or null when it wrote none. */
function readVitestCounts() {
  try {
    const report = JSON.parse(readFileSync(VITEST_JSON, 'utf8'));
    return {
      passed: report.numPassedTests ?? 0,
      failed: report.numFailedTests ?? 0,
      skipped: (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0),
      total: report.numTotalTests ?? 0,
    };
  } catch {
    return null;
  }
}

async function main() {
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => {
      interrupted = true;
      for (const child of children) child.kill(signal);
    });
  }
  const vitestArgs = process.argv.slice(2);
  const results = [];

  try {
    ensureChromium({ log });
    results.push({ name: 'chromium', ok: true, seconds: 0 });
  } catch (error) {
    log(error instanceof Error ? error.message : String(error));
    results.push({ name: 'chromium', ok: false, seconds: 0 });
  }

  log('Typechecking (tsc --noEmit: node packages, tests and tools; the explorer) …');
  results.push(
    ...(await Promise.all([
      runNode('typecheck', [TSC, '-p', 'tsconfig.json', '--noEmit']),
      runNode('typecheck explorer', [TSC, '-p', path.join('packages', 'explorer', 'tsconfig.json'), '--noEmit']),
    ])),
  );

  if (!interrupted) {
    mkdirSync(ARTIFACTS, { recursive: true });
    rmSync(VITEST_JSON, { force: true });
    log('Running vitest (unit, then Neo4j-backed and browser tests against an ephemeral Neo4j) …');
    results.push(
      await runNode('vitest', [
        VITEST,
        'run',
        '--reporter=default',
        '--reporter=json',
        `--outputFile.json=${VITEST_JSON}`,
        ...vitestArgs,
      ]),
    );
  }

  log('');
  for (const { name, ok, seconds } of results) log(`${ok ? 'ok  ' : 'FAIL'}  ${name}${seconds ? ` (${seconds.toFixed(1)} s)` : ''}`);
  const counts = readVitestCounts();
  const failedSteps = results.filter((step) => !step.ok).length;
  if (counts) {
    // The plain closing line CI reads: 'N passed, N failed, N skipped'.
    process.stdout.write(`tests: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped\n`);
  }
  const ok = failedSteps === 0 && !interrupted && counts !== null && counts.total > 0;
  if (counts && counts.total === 0) log('vitest ran no test.');
  process.exit(ok ? 0 : 1);
}

await main();
