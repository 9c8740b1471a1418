#!/usr/bin/env node
// What `npm start` and `npm test` run on any machine with Node 20: install the workspace's
// dependencies with the pinned pnpm, then hand over to tools/start.ts (through tsx) or
// tools/test.mjs. Plain ESM JavaScript: nothing is installed yet when it starts.
//
//   node tools/bootstrap.mjs start|test [args…]

import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const PNPM = 'pnpm@10.34.8';
const INSTALL_STAMP = path.join(ROOT, 'node_modules', '.reportgraph-install');

const COMMANDS = {
  start: ['--import', 'tsx', path.join(ROOT, 'tools', 'start.ts')],
  test: [path.join(ROOT, 'tools', 'test.mjs')],
};

function log(line) {
  process.stderr.write(`${line}\n`);
}

function assertNode() {
  const major = Number(process.versions.node.split('.')[0]);
  if (major < 20) {
    log(`reportgraph needs Node 20 or newer; this is Node ${process.versions.node}.`);
    process.exit(1);
  }
}

/** What decides whether node_modules is current: the lockfile, every package.json, pnpm settings. */
function installInputsDigest() {
  const hash = createHash('sha256');
  const files = ['pnpm-lock.yaml', 'pnpm-workspace.yaml', '.npmrc', 'package.json'];
  for (const entry of readdirSync(path.join(ROOT, 'packages'), { withFileTypes: true })) {
    if (entry.isDirectory()) files.push(path.join('packages', entry.name, 'package.json'));
  }
  for (const file of files) {
    const full = path.join(ROOT, file);
    hash.update(`${file}\0`);
    if (existsSync(full)) hash.update(readFileSync(full));
  }
  hash.update(process.versions.node);
  return hash.digest('hex');
}

function isInstallCurrent(digest) {
  try {
    return readFileSync(INSTALL_STAMP, 'utf8').trim() === digest;
  } catch {
    return false;
  }
}

function install() {
  const digest = installInputsDigest();
  if (isInstallCurrent(digest)) return;
  log(`Installing dependencies (npx ${PNPM} install --frozen-lockfile) …`);
  // nodejieba's install script runs `npx node-pre-gyp`; machines configured with yes=false would
  // make that prompt and fail, so say yes explicitly (the project .npmrc says so too).
  const env = { ...process.env, npm_config_yes: 'true' };
  const result = spawnSync('npx', ['--yes', PNPM, 'install', '--frozen-lockfile', '--config.confirm-modules-purge=false'], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (result.error) {
    log(`Could not run npx (${result.error.message}); it comes with Node 20's npm.`);
    process.exit(1);
  }
  if (result.status !== 0) {
    log(`Installing dependencies failed (exit ${result.status}).`);
    process.exit(result.status ?? 1);
  }
  writeFileSync(INSTALL_STAMP, `${digest}\n`);
}

function main() {
  const [command, ...rest] = process.argv.slice(2);
  const script = command ? COMMANDS[/** @type {keyof typeof COMMANDS} */ (command)] : undefined;
  if (!script) {
    log('usage: node tools/bootstrap.mjs start|test [args…]');
    process.exit(2);
  }
  assertNode();
  install();

  const child = spawn(process.execPath, [...script, ...rest], { cwd: ROOT, stdio: 'inherit' });
  // Pass signals on and wait: the child shuts down (stopping Neo4j) and we exit with its code.
  // (A terminal's Ctrl-C reaches the child directly too; its shutdown is idempotent.)
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.on(signal, () => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    });
  }
  child.once('exit', (code, signal) => {
    process.exit(code ?? (signal === 'SIGINT' ? 130 : 1));
  });
}

main();
