/**
 * graph-api while its Neo4j goes away and comes back: 503 with a clear message while it is
 * down, normal answers again once it is back on the same port, without restarting the API.
 * Uses an ephemeral Neo4j of its own so the shared one is untouched.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { loadGraph } from '../packages/extractor/src/load/load-graph.ts';
import { API_FIXTURE_GRAPH } from './api.fixtures.ts';
import { findFreePort } from '../tools/local-neo4j.mjs';
import { closeServer, connect, getJson, listen, seg, startEphemeralNeo4j, type LocalNeo4j } from './api-stack.fixtures.ts';

/** Poll `path` until it answers `status` (or give up after `timeoutMs`). */
async function waitForStatus(baseUrl: string, path: string, status: number, timeoutMs = 30_000): Promise<{ status: number; body: any }> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const res = await getJson(baseUrl, path);
    if (res.status === status || Date.now() > deadline) return res;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

const cleanups: Array<() => Promise<void>> = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined);
});

describe('Neo4j stop and restart', () => {
  it('answers 503 while Neo4j is down and recovers when it is back on the same port', async () => {
    const port = await findFreePort();
    let neo4j: LocalNeo4j = await startEphemeralNeo4j(port);
    cleanups.push(() => neo4j.stop());
    const driver = connect(neo4j.uri);
    cleanups.push(() => driver.close());
    await loadGraph(driver, API_FIXTURE_GRAPH, { reset: true });
    const { baseUrl, server } = await listen(driver);
    cleanups.push(() => closeServer(server));

    const node = `/api/nodes/${seg('slogan:六稳')}`;
    const neighbors = `/api/nodes/${seg('slogan:六稳')}/neighbors`;
    expect((await getJson(baseUrl, node)).status).toBe(200);
    expect((await getJson(baseUrl, neighbors)).status).toBe(200); // now cached
    expect((await getJson(baseUrl, '/api/search?q=fgf')).status).toBe(200);

    await neo4j.stop();
    const down = await waitForStatus(baseUrl, node, 503);
    expect(down.status).toBe(503);
    expect(down.body.error).toMatchObject({ code: 'neo4j_unavailable', message: expect.stringContaining('Neo4j is unreachable') });
    // cached answers are not served while Neo4j is down
    expect((await waitForStatus(baseUrl, neighbors, 503)).status).toBe(503);
    expect((await waitForStatus(baseUrl, '/api/search?q=fgf', 503)).status).toBe(503);
    const health = await getJson(baseUrl, '/api/health');
    expect(health.status).toBe(503);
    expect(health.body).toMatchObject({ status: 'degraded', neo4j: { up: false } });

    neo4j = await startEphemeralNeo4j(port);
    // ephemeral: the new server starts empty, load the graph again through the same driver
    await loadGraph(driver, API_FIXTURE_GRAPH, { reset: true });
    const back = await waitForStatus(baseUrl, node, 200);
    expect(back.status).toBe(200);
    expect(back.body.node).toMatchObject({ id: 'slogan:六稳', label: '六稳' });
    expect((await waitForStatus(baseUrl, neighbors, 200)).status).toBe(200);
    const search = await waitForStatus(baseUrl, '/api/search?q=fgf', 200);
    expect(search.body.hits[0]).toMatchObject({ id: 'slogan:放管服' });
    expect((await getJson(baseUrl, '/api/health')).body).toMatchObject({ status: 'ok', neo4j: { up: true } });
  }, 240_000);
});
