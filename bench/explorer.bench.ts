/**
 * Explorer benchmark (prints figures; asserts nothing).
 *   npx tsx bench/explorer.bench.ts [--url http://127.0.0.1:8080] [--dist DIR] [--runs 3]
 * Without --url it builds nothing: it serves the explorer build (`--dist`, default packages/explorer/dist;
 * run `npx vite build packages/explorer` first) from a small static server on 127.0.0.1; /api calls then
 * fail, which does not affect the timings.
 * Prints: first contentful / largest contentful paint of the app shell; time to draw and lay out synthetic
 * subgraphs of 500 and 2,000 elements through the workspace's own path (element mapping, canvas, fcose layout,
 * paint); the JS bundle size gzip.
 */
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import { readFile, readdir, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Subgraph } from '../packages/graph-api/src/contract.ts';
import '../tests/explorer-cy.ts';
import { launchChromium } from '../tests/support/browser.ts';
import { NODE_KINDS } from '../packages/explorer/src/graph/type-styles.ts';

const DEFAULT_DIST = fileURLToPath(new URL('../packages/explorer/dist/', import.meta.url));
const TARGET_LAYOUT_MS = 1500;
const TARGET_BUNDLE_BYTES = 400 * 1024;

function parseArgs(argv: string[]): { url: string | null; dist: string; runs: number } {
  const get = (name: string) => {
    const i = argv.indexOf(name);
    return i >= 0 ? (argv[i + 1] ?? null) : null;
  };
  return { url: get('--url'), dist: get('--dist') ?? DEFAULT_DIST, runs: Number(get('--runs') ?? 3) };
}

const MIME: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.png': 'image/png' };

async function serveDist(dist: string): Promise<{ url: string; server: Server }> {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/')).replace(/^(\.\.[/\\])+/, '');
    if (path.startsWith('/api/')) {
      res.writeHead(503, { 'content-type': 'application/json' }).end(JSON.stringify({ error: { code: 'neo4j_unavailable', message: 'benchmark server has no API' } }));
      return;
    }
    const file = join(dist, path === '/' ? 'index.html' : path);
    readFile(file).then(
      (body) => res.writeHead(200, { 'content-type': MIME[extname(file)] ?? 'application/octet-stream' }).end(body),
      () => res.writeHead(404).end('not found'),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no address');
  return { url: `http://127.0.0.1:${address.port}/`, server };
}

/** A clustered synthetic graph of about `elements` nodes + edges (40 % nodes), deterministic. */
export function makeSyntheticSubgraph(elements: number): Subgraph {
  let seed = 42;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const nodeCount = Math.round(elements * 0.4);
  const edgeCount = elements - nodeCount;
  const clusters = Math.max(3, Math.round(nodeCount / 40));
  const nodes = Array.from({ length: nodeCount }, (_, i) => ({
    id: `n${i}`,
    kind: NODE_KINDS[i % NODE_KINDS.length] ?? 'slogan',
    label: `节点${i}号示范项目`,
    aliases: [],
    mentionCount: Math.floor(random() * 50),
    reportCount: 1,
    properties: {},
  }));
  const edges = [];
  const seen = new Set<string>();
  while (edges.length < edgeCount) {
    const a = Math.floor(random() * nodeCount);
    // Mostly inside a cluster, sometimes across.
    const b = random() < 0.85 ? (Math.floor(a / (nodeCount / clusters)) * Math.floor(nodeCount / clusters) + Math.floor(random() * (nodeCount / clusters))) % nodeCount : Math.floor(random() * nodeCount);
    const key = `${Math.min(a, b)}-${Math.max(a, b)}`;
    if (a === b || seen.has(key)) continue;
    seen.add(key);
    edges.push({ id: `e${edges.length}`, type: 'CO_OCCURS', source: `n${a}`, target: `n${b}`, weight: 1 + Math.floor(random() * 5), properties: {} });
  }
  return { nodes, edges, truncated: false };
}

async function sumGzip(dir: string): Promise<{ total: number; initial: number; files: { name: string; raw: number; gzip: number }[] }> {
  const assets = join(dir, 'assets');
  const html = await readFile(join(dir, 'index.html'), 'utf8');
  const files = [];
  for (const name of (await readdir(assets)).filter((f) => f.endsWith('.js') || f.endsWith('.css'))) {
    const body = await readFile(join(assets, name));
    files.push({ name, raw: (await stat(join(assets, name))).size, gzip: gzipSync(body, { level: 9 }).length });
  }
  const js = files.filter((f) => f.name.endsWith('.js'));
  return {
    total: js.reduce((s, f) => s + f.gzip, 0),
    initial: files.filter((f) => html.includes(f.name)).reduce((s, f) => s + f.gzip, 0),
    files,
  };
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? Number.NaN;
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  if (!(await stat(join(args.dist, 'index.html')).catch(() => null))) {
    throw new Error(`no explorer build in ${args.dist}: run \`npx vite build packages/explorer\` first`);
  }
  const served = args.url ? null : await serveDist(args.dist);
  const url = args.url ?? served?.url ?? '';
  const browser = await launchChromium();
  try {
    console.log(`explorer bench — ${url} — ${args.runs} runs each (median, min–max)`);
    const paints: { fcp: number; lcp: number }[] = [];
    for (let i = 0; i < args.runs; i += 1) {
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
      const page = await context.newPage();
      await page.goto(url, { waitUntil: 'load' });
      await page.waitForSelector('.app-header');
      await page.waitForTimeout(300);
      paints.push(
        await page.evaluate(async () => {
          const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN;
          const lcp = await new Promise<number>((resolve) => {
            new PerformanceObserver((list) => {
              const entries = list.getEntries();
              resolve(entries[entries.length - 1]?.startTime ?? Number.NaN);
            }).observe({ type: 'largest-contentful-paint', buffered: true } as never);
            setTimeout(() => resolve(Number.NaN), 1000);
          });
          return { fcp, lcp };
        }),
      );
      await context.close();
    }
    const fcps = paints.map((p) => p.fcp);
    const lcps = paints.map((p) => p.lcp);
    console.log(`first contentful paint   ${median(fcps).toFixed(0)} ms (${Math.min(...fcps).toFixed(0)}–${Math.max(...fcps).toFixed(0)})`);
    console.log(`largest contentful paint ${median(lcps).toFixed(0)} ms (${Math.min(...lcps).toFixed(0)}–${Math.max(...lcps).toFixed(0)})`);

    for (const size of [500, 2000]) {
      const subgraph = makeSyntheticSubgraph(size);
      const times: number[] = [];
      const layoutTimes: number[] = [];
      for (let i = 0; i < args.runs; i += 1) {
        const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
        const page = await context.newPage();
        await page.goto(url, { waitUntil: 'load' });
        await page.waitForFunction(() => globalThis.__cy !== undefined && globalThis.__explorer !== undefined);
        const timing = (
          await page.evaluate(async (sg) => {
            const cy = globalThis.__cy;
            const explorer = globalThis.__explorer;
            if (!cy || !explorer) throw new Error('no canvas');
            const raf = (globalThis as unknown as { requestAnimationFrame(cb: () => void): number }).requestAnimationFrame;
            const t0 = performance.now();
            const laidOut = new Promise<void>((resolve) => cy.one('layoutstop', resolve));
            // The app's own path: elements mapped, added, styled, laid out by the canvas.
            explorer.showSubgraph(sg);
            await laidOut;
            const layout = performance.now() - t0;
            // Two frames: the laid-out graph has been painted.
            await new Promise<void>((r) => raf(() => raf(r)));
            return { total: performance.now() - t0, layout };
          }, subgraph)
        );
        times.push(timing.total);
        layoutTimes.push(timing.layout);
        await context.close();
      }
      const n = subgraph.nodes.length;
      const verdict = size === 2000 ? (median(times) < TARGET_LAYOUT_MS ? ' — target < 1500 ms met' : ' — target < 1500 ms MISSED') : '';
      console.log(
        `draw + fcose layout + paint ${String(size).padStart(5)} elements (${n} nodes, ${size - n} edges): ${median(times).toFixed(0)} ms (${Math.min(...times).toFixed(0)}–${Math.max(...times).toFixed(0)}; laid out at ${median(layoutTimes).toFixed(0)} ms)${verdict}`,
      );
    }
  } finally {
    await browser.close();
    served?.server.close();
  }

  const bundle = await sumGzip(args.dist);
  for (const f of bundle.files) console.log(`  ${f.name.padEnd(36)} ${(f.raw / 1024).toFixed(1).padStart(7)} KB raw ${(f.gzip / 1024).toFixed(1).padStart(7)} KB gzip`);
  console.log(`JS bundle gzip: ${(bundle.total / 1024).toFixed(1)} KB total, ${(bundle.initial / 1024).toFixed(1)} KB loaded on first paint (JS+CSS) — target < 400 KB ${bundle.total < TARGET_BUNDLE_BYTES ? 'met' : 'MISSED'}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
