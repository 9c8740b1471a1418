/** Entry point: `tsx packages/graph-api/src/server.ts` serves API (and explorer) on HOST:PORT. */
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { createApp } from './app.ts';
import { createNeo4jDriver } from './driver.ts';
import { parseApiEnv } from './env.ts';

const DEFAULT_STATIC_DIR = fileURLToPath(new URL('../../explorer/dist/', import.meta.url));

async function main(): Promise<void> {
  const env = parseApiEnv();
  const staticDir = env.staticDir ?? (existsSync(DEFAULT_STATIC_DIR) ? DEFAULT_STATIC_DIR : undefined);
  const driver = createNeo4jDriver({ uri: env.neo4jUri, user: env.neo4jUser, password: env.neo4jPassword });
  const server = createServer(createApp({ driver, ...(staticDir ? { staticDir } : {}) }));
  server.on('error', (err) => {
    console.error(`graph-api: cannot listen on ${env.host}:${env.port}: ${err.message}`);
    void driver.close().finally(() => process.exit(1));
  });
  server.listen(env.port, env.host, () => {
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : env.port;
    console.log(`reportgraph API${staticDir ? ' and explorer' : ''} at http://${env.host}:${port} (Neo4j ${env.neo4jUri})`);
  });
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`graph-api: ${signal}, shutting down`);
    server.close();
    server.closeAllConnections();
    void driver.close().finally(() => process.exit(0));
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
