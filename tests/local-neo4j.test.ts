/**
 * The local Neo4j launcher's Node side: what it does without starting a second server
 * (the global setup's Neo4j already proves a real start, RETURN 1 and stop).
 */
import { createServer } from 'node:net';
import { describe, expect, inject, it } from 'vitest';
import { createNeo4jDriver } from '../packages/graph-api/src/driver.ts';
import { LocalNeo4jError, findFreePort, resolveNeo4j, startLocalNeo4j } from '../tools/local-neo4j.mjs';

describe('local Neo4j launcher', () => {
  it('uses NEO4J_URI as given and starts nothing', async () => {
    const running = await resolveNeo4j({ neo4jUri: 'neo4j+s://graph.example:7687', neo4jUser: 'analyst', neo4jPassword: 'secret' });
    expect(running).toMatchObject({ uri: 'neo4j+s://graph.example:7687', user: 'analyst', password: 'secret', external: true });
    await running.stop();
  });

  it('refuses a port that is already taken, saying what to do', async () => {
    const port = await findFreePort();
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(port, '127.0.0.1', resolve));
    try {
      const error = await startLocalNeo4j({ port, ephemeral: true, log: () => undefined }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(LocalNeo4jError);
      expect((error as LocalNeo4jError).code).toBe('PORT_IN_USE');
      expect((error as LocalNeo4jError).message).toContain(`Port ${port}`);
      expect((error as LocalNeo4jError).message).toContain('NEO4J_URI');
    } finally {
      await new Promise<void>((resolve) => blocker.close(() => resolve()));
    }
  });

  it('the Neo4j of the global setup is Neo4j 5.26 and answers over Bolt with auth disabled', async () => {
    const driver = createNeo4jDriver({ uri: inject('neo4jUri'), user: inject('neo4jUser'), password: inject('neo4jPassword') });
    try {
      const { records } = await driver.executeQuery('RETURN 1 AS one, $text AS text', { text: '放管服' });
      expect(Number(records[0]?.get('one'))).toBe(1);
      expect(records[0]?.get('text')).toBe('放管服');
      const info = await driver.getServerInfo();
      if (!inject('neo4jExternal')) expect(info.agent).toMatch(/^Neo4j\/5\.26\./);
    } finally {
      await driver.close();
    }
  });
});
