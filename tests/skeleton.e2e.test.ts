/**
 * The walking skeleton end to end, through every package: the corpus graph built from data/
 * and loaded into the real Neo4j of the global setup, the real API serving the built explorer
 * on a free port, and Debian's Chromium typing 放管服 and seeing the node on the canvas.
 */
import { mkdir, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createApp } from '../packages/graph-api/src/app.ts';
import { createNeo4jDriver } from '../packages/graph-api/src/driver.ts';
import { launchChromium } from './support/browser.ts';

const ARTIFACTS = fileURLToPath(new URL('../artifacts/', import.meta.url));
const SCREENSHOT = `${ARTIFACTS}skeleton-fangguanfu.png`;

/** The part of the explorer's Cytoscape instance (`window.__cy`) this test reads. */
interface DrawnNode {
  data(key: string): unknown;
  renderedPosition(): { x: number; y: number };
}
interface DrawnGraph {
  nodes(): { length: number; filter(fn: (node: DrawnNode) => boolean): { length: number; [index: number]: DrawnNode | undefined } };
  width(): number;
  height(): number;
}

let driver: ReturnType<typeof createNeo4jDriver>;
let server: Server;
let baseUrl: string;
let browser: Browser;

beforeAll(async () => {
  driver = createNeo4jDriver({ uri: inject('neo4jUri'), user: inject('neo4jUser'), password: inject('neo4jPassword') });
  server = createServer(createApp({ driver, staticDir: inject('explorerDist') }));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await launchChromium();
  await mkdir(ARTIFACTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  if (server) {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
  await driver?.close();
});

describe('walking skeleton', () => {
  it('loaded the reports, their 《…》 titles and “…” slogans into Neo4j', async () => {
    const { records } = await driver.executeQuery(
      `MATCH (r:Report)-[m:MENTIONS]->(s:Slogan {name: $name})
       RETURN count(DISTINCT r) AS reports, sum(m.count) AS mentions`,
      { name: '放管服' },
    );
    expect(Number(records[0]?.get('reports'))).toBeGreaterThan(0);
    expect(Number(records[0]?.get('mentions'))).toBeGreaterThan(0);

    // The first health query may hit its time limit while Cypher plans it on a busy 2-core machine.
    let body: { neo4j: { up: boolean }; counts: Record<string, number> } = { neo4j: { up: false }, counts: {} };
    await expect
      .poll(
        async () => {
          const health = await fetch(`${baseUrl}/api/health`);
          body = (await health.json()) as typeof body;
          return health.status;
        },
        { timeout: 30_000, interval: 1000 },
      )
      .toBe(200);
    expect(body.neo4j.up).toBe(true);
    expect(body.counts.Report).toBeGreaterThanOrEqual(14);
    expect(body.counts.Policy).toBeGreaterThan(0);
    expect(body.counts.Slogan).toBeGreaterThan(0);
  });

  it('searches 放管服 over HTTP and answers a bad query with a JSON 400', async () => {
    const res = await fetch(`${baseUrl}/api/search?q=${encodeURIComponent('放管服')}`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { hits: { id: string; label: string; kind: string }[] };
    expect(body.hits.map((hit) => hit.label)).toContain('放管服');
    expect(body.hits.find((hit) => hit.label === '放管服')?.kind).toBe('slogan');

    const bad = await fetch(`${baseUrl}/api/search?q=`);
    expect(bad.status).toBe(400);
    expect(bad.headers.get('content-type')).toContain('application/json');
    const error = (await bad.json()) as { error: { code: string; message: string } };
    expect(error.error.code).toEqual(expect.any(String));
    expect(error.error.message).toMatch(/q/);
  });

  it('types 放管服 in the explorer and sees the node drawn on the Cytoscape canvas', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(baseUrl);

    await page.fill('[data-testid=search-input]', '放管服');
    const hit = page.locator('[data-testid=search-hit]').first();
    await hit.waitFor();
    expect(await hit.textContent()).toContain('放管服');
    await page.keyboard.press('Enter');

    await page.waitForFunction(() => {
      const cy = (globalThis as unknown as { __cy?: DrawnGraph }).__cy;
      return (cy?.nodes().filter((node) => node.data('label') === '放管服').length ?? 0) > 0;
    });
    await page.waitForSelector('[data-testid=graph-canvas][data-layout-running="false"]');

    // The node sits inside the visible canvas, and the canvas says how many nodes it draws.
    const drawn = await page.evaluate(() => {
      const cy = (globalThis as unknown as { __cy?: DrawnGraph }).__cy;
      const node = cy?.nodes().filter((n) => n.data('label') === '放管服')[0];
      return node && cy ? { position: node.renderedPosition(), width: cy.width(), height: cy.height(), count: cy.nodes().length } : null;
    });
    expect(drawn).not.toBeNull();
    expect(drawn?.position.x).toBeGreaterThanOrEqual(0);
    expect(drawn?.position.x).toBeLessThanOrEqual(drawn?.width ?? 0);
    expect(drawn?.position.y).toBeGreaterThanOrEqual(0);
    expect(drawn?.position.y).toBeLessThanOrEqual(drawn?.height ?? 0);
    const nodeCount = Number(await page.getAttribute('[data-testid=graph-canvas]', 'data-node-count'));
    expect(nodeCount).toBe(drawn?.count);
    expect(nodeCount).toBeGreaterThan(0);

    await page.screenshot({ path: SCREENSHOT });
    expect((await stat(SCREENSHOT)).size).toBeGreaterThan(10_000);
    expect(pageErrors).toEqual([]);
    await page.close();
  });
});
