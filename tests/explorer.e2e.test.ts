/**
 * The explorer end to end: Debian's Chromium (playwright-core) against the real stack —
 * the Neo4j of the global setup loaded with the corpus, the real API serving the built
 * explorer. Screenshots of each view go to artifacts/.
 */
import { mkdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createNeo4jDriver } from '../packages/graph-api/src/driver.ts';
import { closeServer, listen } from './api-stack.fixtures.ts';
import './explorer-cy.ts';
import { launchChromium } from './support/browser.ts';

const ARTIFACTS = fileURLToPath(new URL('../artifacts/', import.meta.url));

let driver: ReturnType<typeof createNeo4jDriver>;
let server: Server;
let baseUrl: string;
let distDir: string;
let browser: Browser;

beforeAll(async () => {
  distDir = inject('explorerDist');
  driver = createNeo4jDriver({ uri: inject('neo4jUri'), user: inject('neo4jUser'), password: inject('neo4jPassword') });
  ({ baseUrl, server } = await listen(driver, distDir));
  browser = await launchChromium();
  await mkdir(ARTIFACTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  if (server) await closeServer(server);
  await driver?.close();
});

/** Uncaught errors in any page of the current test: there must be none. */
let pageErrors: string[] = [];
beforeEach(() => {
  pageErrors = [];
});
afterEach(() => {
  expect(pageErrors).toEqual([]);
});

async function openPage(query = ''): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, acceptDownloads: true });
  const page = await context.newPage();
  page.on('pageerror', (e) => pageErrors.push(e.message));
  await page.goto(`${baseUrl}/${query}`);
  return page;
}

function drawnLabels(page: Page): Promise<string[]> {
  return page.evaluate(() => globalThis.__cy?.nodes().map((n) => String(n.data('label'))) ?? []);
}

async function waitForLayout(page: Page): Promise<void> {
  await page.waitForSelector('[data-layout-running="false"]');
  await page.waitForTimeout(200);
}

describe('explorer: graph workspace', () => {
  it('searches 放管服, draws it, expands it on double-click, shows evidence and exports a PNG', async () => {
    const page = await openPage();
    await page.fill('[data-testid=search-input]', '放管服');
    const hit = page.locator('[data-testid=search-hit]').first();
    await hit.waitFor();
    expect(await hit.textContent()).toContain('放管服');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => globalThis.__cy?.nodes().some((n) => n.data('label') === '放管服') === true);
    expect(await drawnLabels(page)).toContain('放管服');
    const id = await page.evaluate(() => globalThis.__cy?.nodes().filter((n) => n.data('label') === '放管服')[0]?.id() ?? '');
    expect(new URL(page.url()).searchParams.getAll('sel')).toEqual([id]);

    // Details: a sentence that contains 放管服, highlighted.
    const sentence = page.locator('[data-testid=evidence-sentence]').filter({ hasText: '放管服' }).first();
    await sentence.waitFor();
    expect(await sentence.locator('mark').first().textContent()).toContain('放管服');

    // Double-click the node on the canvas: its neighbours are drawn.
    await waitForLayout(page);
    const before = await page.evaluate(() => globalThis.__cy?.nodes().length ?? 0);
    const point = await page.evaluate((nodeId: string) => {
      const cy = globalThis.__cy;
      const node = cy?.getElementById(nodeId);
      const box = cy?.container()?.getBoundingClientRect();
      if (!node || !box) return null;
      const p = node.renderedPosition();
      return { x: box.left + p.x, y: box.top + p.y };
    }, id);
    expect(point).not.toBeNull();
    await page.mouse.dblclick(point?.x ?? 0, point?.y ?? 0);
    await page.waitForFunction((n: number) => (globalThis.__cy?.nodes().length ?? 0) > n, before);
    await waitForLayout(page);
    const after = await page.evaluate(() => ({ nodes: globalThis.__cy?.nodes().length ?? 0, edges: globalThis.__cy?.edges().length ?? 0 }));
    expect(after.nodes).toBeGreaterThan(before);
    expect(after.edges).toBeGreaterThan(0);
    expect(new URL(page.url()).searchParams.getAll('x')).toContain(id);
    await page.screenshot({ path: `${ARTIFACTS}explorer-graph.png` });

    // PNG export of the canvas.
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=export-png]')]);
    const file = `${ARTIFACTS}explorer-export.png`;
    await download.saveAs(file);
    const png = await readFile(file);
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(png.length).toBeGreaterThan(5_000);

    // The URL restores the canvas: open it in a fresh page.
    const shared = await openPage(new URL(page.url()).search);
    await shared.waitForFunction((n: number) => (globalThis.__cy?.nodes().length ?? 0) >= n, after.nodes);
    expect(await drawnLabels(shared)).toContain('放管服');
    await shared.context().close();

    // Back: the canvas returns to the state before the expansion.
    await page.goBack();
    await page.waitForFunction(() => globalThis.__cy?.nodes().length === 1);
    expect(new URL(page.url()).searchParams.getAll('x')).toEqual([]);
    expect(await drawnLabels(page)).toEqual(['放管服']);
    await page.context().close();
  });
});

describe('explorer: regions', () => {
  it('shows a heatmap with 乌海市 and 呼和浩特市, similar regions and the sentences of a cell', async () => {
    const page = await openPage('?view=regions');
    const heatmap = page.locator('[data-testid=heatmap]');
    await heatmap.waitFor();
    const rows = await page.locator('[data-testid=heatmap-region]').allTextContents();
    expect(rows).toContain('乌海市');
    expect(rows).toContain('呼和浩特市');
    expect(await page.locator('[data-testid=heatmap-cell]:not([disabled])').count()).toBeGreaterThan(0);

    await page.locator('[data-testid=heatmap-region]', { hasText: '乌海市' }).click();
    const similar = page.locator('[data-testid=similar-region]');
    await similar.first().waitFor();
    expect(await similar.count()).toBeGreaterThan(0);
    expect(new URL(page.url()).searchParams.get('region')).toBeTruthy();

    const cell = page.locator('tr', { has: page.locator('[data-testid=heatmap-region]', { hasText: '乌海市' }) }).locator('[data-testid=heatmap-cell]:not([disabled])').first();
    const label = await cell.getAttribute('aria-label');
    await cell.click();
    const sentences = page.locator('[data-testid=cell-sentences] [data-testid=evidence-sentence]');
    await sentences.first().waitFor();
    const theme = label?.split(' × ')[1]?.split(':')[0] ?? '';
    expect(theme).not.toBe('');
    expect((await sentences.first().textContent()) ?? '').toContain(theme.slice(0, 2));
    await page.screenshot({ path: `${ARTIFACTS}explorer-regions.png`, fullPage: true });
    await page.context().close();
  });
});

describe('explorer: project trace', () => {
  it('traces a project across at least two reports', async () => {
    const page = await openPage('?view=trace');
    const first = page.locator('[data-testid=top-project]').first();
    await first.waitFor();
    await first.click();
    const entries = page.locator('[data-testid=trace-entry]');
    await entries.first().waitFor();
    const reports = new Set(await entries.evaluateAll((els) => els.map((e) => e.getAttribute('data-report'))));
    expect(reports.size).toBeGreaterThanOrEqual(2);
    expect(await page.locator('[data-testid=trace-entry] [data-testid=evidence-sentence]').count()).toBeGreaterThanOrEqual(2);
    expect(new URL(page.url()).searchParams.get('project')).toBeTruthy();
    await page.screenshot({ path: `${ARTIFACTS}explorer-trace.png` });
    await page.context().close();
  });
});

describe('explorer: cypher', () => {
  it('runs a read query and draws it, and shows the refusal of a write', async () => {
    const page = await openPage('?view=cypher');
    await page.fill('[data-testid=cypher-editor]', 'MATCH (s:Slogan) RETURN s LIMIT 5');
    await page.click('[data-testid=cypher-run]');
    await page.waitForFunction(() => globalThis.__cy?.nodes().length === 5);
    expect(await page.textContent('[data-testid=cypher-summary]')).toContain('5 rows');
    await waitForLayout(page);
    await page.screenshot({ path: `${ARTIFACTS}explorer-cypher.png` });
    await page.click('[data-testid=cypher-tab-table]');
    expect(await page.locator('[data-testid=cypher-table] tbody tr').count()).toBe(5);

    await page.fill('[data-testid=cypher-editor]', 'CREATE (n)');
    await page.click('[data-testid=cypher-run]');
    const refused = page.locator('[data-testid=cypher-refused]');
    await refused.waitFor();
    expect(await refused.getAttribute('data-testid')).toBe('cypher-refused');
    expect(await refused.locator('[data-error-code]').getAttribute('data-error-code')).toBe('write_refused');
    await page.screenshot({ path: `${ARTIFACTS}explorer-cypher-refused.png` });

    await page.fill('[data-testid=cypher-editor]', 'MATCH (n RETURN n');
    await page.click('[data-testid=cypher-run]');
    const bad = page.locator('[data-testid=cypher-error]');
    await bad.waitFor();
    expect(await page.locator('[data-testid=cypher-refused]').count()).toBe(0);
    expect(await bad.getAttribute('data-error-code')).not.toBe('write_refused');
    expect((await bad.textContent())?.length ?? 0).toBeGreaterThan(10);
    await page.context().close();
  });
});

/** A 127.0.0.1 port with nothing listening on it. */
async function findClosedPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

describe('explorer: failures', () => {
  it('says so in the page when Neo4j is down (503)', async () => {
    const deadDriver = createNeo4jDriver({ uri: `bolt://127.0.0.1:${await findClosedPort()}`, user: 'neo4j', password: '' });
    const own = await listen(deadDriver, distDir);
    try {
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
      const page = await context.newPage();
      await page.goto(`${own.baseUrl}/`);
      const badge = page.locator('[data-testid=health-error][data-error-code=neo4j_unavailable]');
      await badge.waitFor();
      expect(await badge.textContent()).toContain('Neo4j down');
      await page.fill('[data-testid=search-input]', '六稳');
      const alert = page.locator('[data-testid=search-results] [data-testid=error]');
      await alert.waitFor();
      expect(await alert.getAttribute('data-error-code')).toBe('neo4j_unavailable');
      await page.screenshot({ path: `${ARTIFACTS}explorer-neo4j-down.png` });
      await context.close();
    } finally {
      await closeServer(own.server);
      await deadDriver.close();
    }
  });

  it('says so in the page when the API cannot be reached', async () => {
    const own = await listen(driver, distDir);
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${own.baseUrl}/`);
    await page.waitForSelector('[data-testid=health]');
    await closeServer(own.server);
    await page.fill('[data-testid=search-input]', '六稳');
    const alert = page.locator('[data-testid=error][data-error-code=api_unreachable]');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('cannot be reached');
    await page.screenshot({ path: `${ARTIFACTS}explorer-api-down.png` });
    await context.close();
  });
});
