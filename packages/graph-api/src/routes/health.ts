/** Health: is Neo4j up, and how many nodes per label. */
import { Router } from 'express';
import { NODE_LABELS } from '@reportgraph/extractor/vocabulary';
import type { Health } from '../contract.ts';
import type { ApiContext } from '../context.ts';
import { isNeo4jUnavailable } from '../errors.ts';
import { num, readRows, str } from '../neo4j/read.ts';

// One count-store lookup per label; the labels come from the vocabulary, not from requests.
const LABEL_COUNTS_QUERY = Object.values(NODE_LABELS)
  .map((label) => `MATCH (n:${label}) RETURN '${label}' AS label, count(n) AS count`)
  .join('\nUNION ALL\n');

const HEALTH_TIMEOUT_MS = 3000;

export function createHealthRoutes(ctx: ApiContext): Router {
  const router = Router();
  router.get('/health', async (_req, res) => {
    try {
      const rows = await readRows(ctx.driver, LABEL_COUNTS_QUERY, {}, { timeoutMs: HEALTH_TIMEOUT_MS });
      const counts: Record<string, number> = {};
      for (const row of rows) counts[str(row, 'label')] = num(row, 'count');
      const body: Health = { status: 'ok', neo4j: { up: true }, counts };
      res.json(body);
    } catch (err) {
      const message = isNeo4jUnavailable(err) ? 'Neo4j is unreachable' : 'Neo4j did not answer the health query';
      const body: Health = { status: 'degraded', neo4j: { up: false, message }, counts: {} };
      res.status(503).json(body);
    }
  });
  return router;
}
