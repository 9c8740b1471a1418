/** Search by Chinese substring, pinyin, initials and alias. */
import { Router } from 'express';
import { SearchQuerySchema } from '../contract.ts';
import type { ApiContext } from '../context.ts';
import { parseInput } from '../request.ts';
import { sendCachedBody, toCachedBody } from '../cached-response.ts';

export function createSearchRoutes(ctx: ApiContext): Router {
  const router = Router();
  router.get('/search', async (req, res) => {
    const query = parseInput(SearchQuerySchema, req.query, 'query');
    const version = await ctx.graphVersion.current();
    const key = `search|${query.q}|${query.types?.join(',') ?? ''}|${query.limit}`;
    const cached = ctx.responseCache.get(key, version);
    if (cached !== undefined) return sendCachedBody(req, res, cached);
    const body = toCachedBody(await ctx.searchIndex.search(query));
    ctx.responseCache.set(key, version, body);
    sendCachedBody(req, res, body);
  });
  return router;
}
