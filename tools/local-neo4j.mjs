#!/usr/bin/env node
// The project's own local Neo4j: builds tools/neo4j-launcher with Maven when needed, runs it with
// Java and waits until it answered RETURN 1 over Bolt. Plain ESM JavaScript so that it runs before
// dependencies are installed (no tsx).
//
//   node tools/local-neo4j.mjs [--ephemeral] [--port N] [--data-dir DIR] [--heap 2g] [--page-cache 1g]
//
// prints `NEO4J_READY bolt://127.0.0.1:N` and stays in the foreground until Ctrl-C.

import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const LAUNCHER_DIR = path.join(ROOT, 'tools', 'neo4j-launcher');
const TARGET_DIR = path.join(LAUNCHER_DIR, 'target');
const BUILD_STAMP = path.join(TARGET_DIR, '.build-stamp');
const BUILD_LOCK = path.join(TARGET_DIR, '.build-lock');
const MAIN_CLASS = 'reportgraph.neo4j.LocalNeo4j';
const READY_PREFIX = 'NEO4J_READY ';

/** Default persistent store of the local Neo4j (git-ignored). */
export const DEFAULT_DATA_DIR = path.join(ROOT, '.neo4j', 'data');
export const DEFAULT_PORT = 7687;
export const DEFAULT_HEAP = '2g';
export const DEFAULT_PAGE_CACHE = '1g';

const INSTALL_HINT =
  'Install Java 17 (e.g. `apt-get install -y openjdk-17-jdk-headless`) and Maven (`apt-get install -y maven`), ' +
  'or set NEO4J_URI (with NEO4J_USER and NEO4J_PASSWORD) to use a Neo4j server of your own.';

/** A failure to provide the local Neo4j; `code` is stable. */
export class LocalNeo4jError extends Error {
  /**
   * @param {'JAVA_MISSING' | 'MAVEN_MISSING' | 'BUILD_FAILED' | 'PORT_IN_USE' | 'START_FAILED' | 'START_TIMEOUT'} code
   * @param {string} message
   */
  constructor(code, message) {
    super(message);
    this.name = 'LocalNeo4jError';
    this.code = code;
  }
}

/**
 * @typedef {object} LocalNeo4jOptions
 * @property {number} [port] Bolt port on 127.0.0.1 (default 7687)
 * @property {string} [dataDir] persistent Neo4j home (default `.neo4j/data` at the repo root)
 * @property {boolean} [ephemeral] fresh temporary store, deleted when Neo4j stops
 * @property {string} [heap] JVM -Xmx (default 2g)
 * @property {string} [pageCache] Neo4j page cache (default 1g)
 * @property {number} [readyTimeoutMs] how long to wait for NEO4J_READY (default 180 s)
 * @property {string[]} [javaOptions] extra JVM options, after the defaults (so they win)
 * @property {(line: string) => void} [log] progress and Neo4j errors (default: stderr)
 */

/**
 * @typedef {object} RunningNeo4j
 * @property {string} uri bolt URI
 * @property {string} user
 * @property {string} password
 * @property {boolean} external true when NEO4J_URI was given and nothing was started
 * @property {() => Promise<void>} stop stops the local Neo4j (no-op for an external one)
 */

/**
 * Builds the launcher if needed, starts Neo4j and resolves once it answered RETURN 1 over Bolt.
 * @param {LocalNeo4jOptions} [options]
 * @returns {Promise<{ uri: string, pid: number, stop: () => Promise<void>, exited: Promise<{ code: number | null, signal: string | null }> }>}
 */
export async function startLocalNeo4j(options = {}) {
  const {
    port = DEFAULT_PORT,
    dataDir = DEFAULT_DATA_DIR,
    ephemeral = false,
    heap = DEFAULT_HEAP,
    pageCache = DEFAULT_PAGE_CACHE,
    readyTimeoutMs = 180_000,
    javaOptions = [],
    log = (line) => process.stderr.write(`${line}\n`),
  } = options;

  assertJava();
  await buildLauncherIfNeeded({ log });
  if (await isPortInUse(port)) {
    throw new LocalNeo4jError(
      'PORT_IN_USE',
      `Port ${port} on 127.0.0.1 is already in use (another Neo4j still running?). ` +
        'Stop it, choose another port (NEO4J_PORT) or set NEO4J_URI to use that server.',
    );
  }

  const args = [
    `-Xmx${heap}`,
    '-XX:+ExitOnOutOfMemoryError',
    // One collector only: a GC chosen in javaOptions replaces this one.
    ...(javaOptions.some((option) => /^-XX:\+Use\w+GC$/.test(option)) ? [] : ['-XX:+UseG1GC']),
    // What Neo4j's own start script opens, so the page cache and Netty need no fallbacks.
    '--add-opens=java.base/java.nio=ALL-UNNAMED',
    '--add-opens=java.base/java.io=ALL-UNNAMED',
    '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
    '-Dio.netty.tryReflectionSetAccessible=true',
    '-Dlog4j2.disable.jmx=true',
    ...javaOptions,
    '-cp',
    [path.join(TARGET_DIR, 'classes'), path.join(TARGET_DIR, 'dependency', '*')].join(path.delimiter),
    MAIN_CLASS,
    '--port',
    String(port),
    ...(ephemeral ? ['--ephemeral'] : ['--data-dir', dataDir]),
    '--page-cache',
    pageCache,
    '--exit-on-stdin-eof',
  ];
  if (!ephemeral) mkdirSync(dataDir, { recursive: true });

  // Own process group: a Ctrl-C in the terminal reaches us, and we stop Neo4j last, after the
  // things that use it. If we die without cleanup, the launcher sees EOF on stdin and exits.
  const child = spawn('java', args, { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'], detached: true });
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  let stderrTail = '';
  let ready = false;

  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk) => {
    stderrTail = (stderrTail + chunk).slice(-16_000);
    if (ready) for (const line of chunk.split('\n')) if (line.trim()) log(`[neo4j] ${line}`);
  });

  const killOnExit = () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
  };
  process.once('exit', killOnExit);

  const uri = await new Promise((resolve, reject) => {
    let stdoutBuffer = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(
        new LocalNeo4jError(
          'START_TIMEOUT',
          `Neo4j did not become ready on port ${port} within ${Math.round(readyTimeoutMs / 1000)} s.` +
            formatTail(stderrTail),
        ),
      );
    }, readyTimeoutMs);
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk) => {
      stdoutBuffer += chunk;
      let newline;
      while ((newline = stdoutBuffer.indexOf('\n')) >= 0) {
        const line = stdoutBuffer.slice(0, newline).trim();
        stdoutBuffer = stdoutBuffer.slice(newline + 1);
        if (!ready && line.startsWith(READY_PREFIX)) {
          ready = true;
          clearTimeout(timer);
          resolve(line.slice(READY_PREFIX.length).trim());
        }
      }
    });
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(new LocalNeo4jError('START_FAILED', `Could not run java: ${error.message}. ${INSTALL_HINT}`));
    });
    void exited.then(({ code, signal }) => {
      if (ready) return;
      clearTimeout(timer);
      reject(
        new LocalNeo4jError(
          'START_FAILED',
          `Neo4j exited before it was ready (${signal ?? `exit code ${code}`}).` + formatTail(stderrTail),
        ),
      );
    });
  });

  let stopping;
  void exited.then(({ code, signal }) => {
    if (!stopping) log(`Neo4j exited unexpectedly (${signal ?? `exit code ${code}`}).${formatTail(stderrTail)}`);
  });
  const stop = () => {
    stopping ??= (async () => {
      process.removeListener('exit', killOnExit);
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timeout = new Promise((resolve) => setTimeout(() => resolve('timeout'), 60_000).unref());
      if ((await Promise.race([exited, timeout])) === 'timeout') {
        log('Neo4j did not stop within 60 s of SIGTERM; killing it.');
        child.kill('SIGKILL');
        await exited;
      }
    })();
    return stopping;
  };
  return { uri, pid: child.pid ?? -1, stop, exited };
}

/**
 * Uses the server named by `neo4jUri` when given; otherwise starts the local Neo4j.
 * @param {LocalNeo4jOptions & { neo4jUri?: string, neo4jUser?: string, neo4jPassword?: string }} [options]
 * @returns {Promise<RunningNeo4j>}
 */
export async function resolveNeo4j(options = {}) {
  const { neo4jUri, neo4jUser = 'neo4j', neo4jPassword = '', ...local } = options;
  if (neo4jUri) {
    return { uri: neo4jUri, user: neo4jUser, password: neo4jPassword, external: true, stop: async () => {} };
  }
  const started = await startLocalNeo4j(local);
  // Auth is disabled on the local server; the driver may send any basic auth.
  return { uri: started.uri, user: 'neo4j', password: 'neo4j', external: false, stop: started.stop };
}

/** A TCP port on 127.0.0.1 that was free a moment ago. */
export function findFreePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** @param {number} port */
function isPortInUse(port) {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    socket.setTimeout(1000);
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('timeout', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', () => resolve(false));
  });
}

function assertJava() {
  const result = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (result.error || result.status !== 0) {
    throw new LocalNeo4jError('JAVA_MISSING', `Java was not found on PATH. ${INSTALL_HINT}`);
  }
  const match = /version "(\d+)(?:\.(\d+))?/.exec(result.stderr ?? '');
  const major = match ? Number(match[1] === '1' ? match[2] : match[1]) : 0;
  if (major && major < 17) {
    throw new LocalNeo4jError('JAVA_MISSING', `Java ${major} found; Neo4j 5.26 needs Java 17 or newer. ${INSTALL_HINT}`);
  }
}

/** Newest modification time of the launcher's sources (pom and Java files). */
function newestSourceMtime() {
  let newest = statSync(path.join(LAUNCHER_DIR, 'pom.xml')).mtimeMs;
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else newest = Math.max(newest, statSync(full).mtimeMs);
    }
  };
  walk(path.join(LAUNCHER_DIR, 'src'));
  return newest;
}

function isBuildCurrent() {
  try {
    return statSync(BUILD_STAMP).mtimeMs >= newestSourceMtime();
  } catch {
    return false;
  }
}

/**
 * Compiles the launcher and copies its dependencies into target/ when the pom or Java sources
 * are newer than the last build. Serialised across processes by a lock directory.
 * @param {{ log?: (line: string) => void }} [options]
 */
export async function buildLauncherIfNeeded({ log = (line) => process.stderr.write(`${line}\n`) } = {}) {
  if (isBuildCurrent()) return;
  mkdirSync(TARGET_DIR, { recursive: true });
  await acquireLock();
  try {
    if (isBuildCurrent()) return; // someone else built it while we waited
    const mvn = spawnSync('mvn', ['-v'], { encoding: 'utf8' });
    if (mvn.error || mvn.status !== 0) {
      throw new LocalNeo4jError('MAVEN_MISSING', `Maven (mvn) was not found on PATH. ${INSTALL_HINT}`);
    }
    log('Building the local Neo4j launcher with Maven (first run downloads Neo4j 5.26 from Maven Central)…');
    const startedAt = Date.now();
    const output = await run('mvn', [
      '-q',
      '-B',
      '-Dstyle.color=never',
      '-f',
      path.join(LAUNCHER_DIR, 'pom.xml'),
      'compile',
      'dependency:copy-dependencies',
    ]);
    if (output.code !== 0) {
      throw new LocalNeo4jError('BUILD_FAILED', `Building tools/neo4j-launcher failed (mvn exit ${output.code}).${formatTail(output.text)}`);
    }
    writeFileSync(BUILD_STAMP, `${new Date().toISOString()}\n`);
    log(`Built the Neo4j launcher in ${((Date.now() - startedAt) / 1000).toFixed(1)} s.`);
  } finally {
    rmSync(BUILD_LOCK, { recursive: true, force: true });
  }
}

async function acquireLock() {
  const deadline = Date.now() + 15 * 60_000;
  for (;;) {
    try {
      mkdirSync(BUILD_LOCK);
      return;
    } catch (error) {
      if (/** @type {NodeJS.ErrnoException} */ (error).code !== 'EEXIST') throw error;
      // A lock older than 15 minutes belongs to a build that died.
      try {
        if (Date.now() - statSync(BUILD_LOCK).mtimeMs > 15 * 60_000) rmSync(BUILD_LOCK, { recursive: true, force: true });
      } catch {
        // vanished meanwhile
      }
      if (Date.now() > deadline) throw new LocalNeo4jError('BUILD_FAILED', `Timed out waiting for ${BUILD_LOCK}`);
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
}

/**
 * @param {string} command
 * @param {string[]} args
 * @returns {Promise<{ code: number, text: string }>}
 */
function run(command, args) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let text = '';
    const collect = (chunk) => {
      text = (text + chunk).slice(-32_000);
    };
    child.stdout.setEncoding('utf8').on('data', collect);
    child.stderr.setEncoding('utf8').on('data', collect);
    child.once('error', (error) => resolve({ code: 127, text: error.message }));
    child.once('exit', (code) => resolve({ code: code ?? 1, text }));
  });
}

/** @param {string} text */
function formatTail(text) {
  const trimmed = text.trim();
  return trimmed ? `\n--- output ---\n${trimmed.split('\n').slice(-40).join('\n')}` : '';
}

/** @param {string[]} argv */
function parseCliArgs(argv) {
  /** @type {LocalNeo4jOptions} */
  const options = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const next = argv[++i];
      if (next === undefined) throw new Error(`${arg} needs a value`);
      return next;
    };
    if (arg === '--ephemeral') options.ephemeral = true;
    else if (arg === '--port') options.port = Number(value());
    else if (arg === '--data-dir') options.dataDir = path.resolve(value());
    else if (arg === '--heap') options.heap = value();
    else if (arg === '--page-cache') options.pageCache = value();
    else throw new Error(`unknown argument ${arg}`);
  }
  if (options.port !== undefined && !(Number.isInteger(options.port) && options.port > 0 && options.port < 65536)) {
    throw new Error('--port needs a port number');
  }
  return options;
}

async function main() {
  let options;
  try {
    options = parseCliArgs(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(
      `${/** @type {Error} */ (error).message}\nusage: node tools/local-neo4j.mjs [--ephemeral] [--port N] [--data-dir DIR] [--heap 2g] [--page-cache 1g]\n`,
    );
    process.exit(2);
  }
  try {
    const neo4j = await startLocalNeo4j(options);
    process.stdout.write(`${READY_PREFIX}${neo4j.uri}\n`);
    process.stderr.write('Neo4j is running; Ctrl-C stops it.\n');
    let shuttingDown = false;
    const shutdown = async () => {
      shuttingDown = true;
      await neo4j.stop();
      process.exit(0);
    };
    process.once('SIGINT', shutdown);
    process.once('SIGTERM', shutdown);
    void neo4j.exited.then(() => {
      if (!shuttingDown) process.exit(1);
    });
  } catch (error) {
    process.stderr.write(`${/** @type {Error} */ (error).message}\n`);
    process.exit(1);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await main();
}
