/** Region similarity by shared themes, and the region × theme matrix. */
import { Router } from 'express';
import type { Driver } from 'neo4j-driver';
import {
  NodeIdParamsSchema,
  SimilarRegionsQuerySchema,
  ThemeMatrixQuerySchema,
  type EntityTypeSchema,
  type RegionRef,
  type SharedTheme,
  type SimilarRegion,
  type SimilarRegionsResponse,
  type ThemeMatrixResponse,
} from '../contract.ts';
import type { z } from 'zod';
import type { ApiContext } from '../context.ts';
import { findNodeOrThrow } from '../find-nodes.ts';
import { NotFoundError } from '../errors.ts';
import { num, readRows, str, strOrNull } from '../neo4j/read.ts';
import { parseInput } from '../request.ts';
import { VersionedCache } from '../versioned-cache.ts';

type EntityType = z.infer<typeof EntityTypeSchema>;

const ISSUING_REGIONS_QUERY = `
MATCH (:Report)-[:ISSUED_BY]->(g:Region)
RETURN DISTINCT g.id AS id, g.name AS name, g.level AS level
ORDER BY id`;

const REGION_THEME_COUNTS_QUERY = `
MATCH (rep:Report)-[:ISSUED_BY]->(g:Region)
MATCH (rep)-[m:MENTIONS]->(t:Entity) WHERE t.type IN $types
RETURN g.id AS regionId, t.id AS themeId, t.name AS themeName, t.type AS kind, sum(coalesce(m.count, 1)) AS count`;

interface Theme {
  id: string;
  label: string;
  kind: EntityType;
}

/** Which region mentions which theme how often, for one set of theme types. */
interface RegionThemes {
  regions: RegionRef[];
  themes: Map<string, Theme>;
  /** regionId → themeId → mentions */
  counts: Map<string, Map<string, number>>;
  /** themeId → number of regions mentioning it */
  df: Map<string, number>;
}

async function fetchRegionThemes(driver: Driver, types: EntityType[]): Promise<RegionThemes> {
  const [regionRows, countRows] = await Promise.all([
    readRows(driver, ISSUING_REGIONS_QUERY),
    readRows(driver, REGION_THEME_COUNTS_QUERY, { types }),
  ]);
  const regions = regionRows.map((row) => ({ id: str(row, 'id'), label: str(row, 'name', str(row, 'id')), level: strOrNull(row, 'level') }));
  const themes = new Map<string, Theme>();
  const counts = new Map<string, Map<string, number>>();
  const df = new Map<string, number>();
  for (const row of countRows) {
    const regionId = str(row, 'regionId');
    const themeId = str(row, 'themeId');
    themes.set(themeId, { id: themeId, label: str(row, 'themeName', themeId), kind: str(row, 'kind') as EntityType });
    const perRegion = counts.get(regionId) ?? new Map<string, number>();
    if (!perRegion.has(themeId)) df.set(themeId, (df.get(themeId) ?? 0) + 1);
    perRegion.set(themeId, (perRegion.get(themeId) ?? 0) + num(row, 'count'));
    counts.set(regionId, perRegion);
  }
  return { regions, themes, counts, df };
}

/** ln((N+1)/df): a theme every region uses weighs little, one used by a single region most. */
export function computeIdf(regionCount: number, df: number): number {
  return Math.log((regionCount + 1) / Math.max(1, df));
}

export function rankSimilarRegions(data: RegionThemes, regionId: string, limit: number, themesPerRegion: number): SimilarRegion[] {
  const n = data.regions.length;
  const idf = (themeId: string) => computeIdf(n, data.df.get(themeId) ?? 1);
  const mine = data.counts.get(regionId) ?? new Map<string, number>();
  const norm = (themes: Map<string, number>) => Math.sqrt([...themes.keys()].reduce((s, t) => s + idf(t) ** 2, 0));
  const myNorm = norm(mine);
  const results: SimilarRegion[] = [];
  for (const region of data.regions) {
    if (region.id === regionId) continue;
    const theirs = data.counts.get(region.id);
    if (!theirs || myNorm === 0) continue;
    const shared: SharedTheme[] = [];
    let dot = 0;
    for (const [themeId, count] of mine) {
      const otherCount = theirs.get(themeId);
      if (otherCount === undefined) continue;
      const weight = idf(themeId);
      dot += weight ** 2;
      const theme = data.themes.get(themeId)!;
      shared.push({ id: themeId, label: theme.label, kind: theme.kind, idf: round(weight), count, otherCount });
    }
    if (shared.length === 0) continue;
    const theirNorm = norm(theirs);
    const score = theirNorm === 0 ? 0 : dot / (myNorm * theirNorm);
    shared.sort((a, b) => b.idf - a.idf || b.count + b.otherCount - (a.count + a.otherCount) || a.id.localeCompare(b.id));
    results.push({ region, score: round(score), sharedCount: shared.length, sharedThemes: shared.slice(0, themesPerRegion) });
  }
  results.sort((a, b) => b.score - a.score || b.sharedCount - a.sharedCount || a.region.id.localeCompare(b.region.id));
  return results.slice(0, limit);
}

function round(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}

export function createRegionRoutes(ctx: ApiContext): Router {
  const router = Router();
  const { driver } = ctx;
  const cache = new VersionedCache<RegionThemes>(20, 5 * 60_000);

  async function loadRegionThemes(types: EntityType[]): Promise<RegionThemes> {
    const version = await ctx.graphVersion.current();
    const key = [...types].sort().join(',');
    const cached = cache.get(key, version);
    if (cached) return cached;
    const data = await fetchRegionThemes(driver, types);
    cache.set(key, version, data);
    return data;
  }

  router.get('/regions/:id/similar', async (req, res) => {
    const { id } = parseInput(NodeIdParamsSchema, req.params, 'params');
    const query = parseInput(SimilarRegionsQuerySchema, req.query, 'query');
    const found = await findNodeOrThrow(driver, id, 'region');
    if (found.node.kind !== 'region') throw new NotFoundError(`no region with id '${id}'`);
    const data = await loadRegionThemes(query.types);
    const level = found.node.properties['level'];
    const body: SimilarRegionsResponse = {
      region: { id: found.node.id, label: found.node.label, level: typeof level === 'string' ? level : null },
      types: query.types,
      regionCount: data.regions.length,
      themeCount: data.counts.get(id)?.size ?? 0,
      results: rankSimilarRegions(data, id, query.limit, query.themes),
    };
    res.json(body);
  });

  router.get('/themes/matrix', async (req, res) => {
    const query = parseInput(ThemeMatrixQuerySchema, req.query, 'query');
    const data = await loadRegionThemes(query.types);
    let regions = data.regions;
    if (query.regions) {
      const byId = new Map(data.regions.map((r) => [r.id, r]));
      const unknown = query.regions.filter((r) => !byId.has(r));
      if (unknown.length > 0) throw new NotFoundError(`no region with reports for id(s) ${unknown.join(', ')}`);
      regions = [...new Set(query.regions)].map((r) => byId.get(r)!);
    }
    const totals = new Map<string, { total: number; regionCount: number }>();
    for (const region of regions) {
      for (const [themeId, count] of data.counts.get(region.id) ?? []) {
        const t = totals.get(themeId) ?? { total: 0, regionCount: 0 };
        t.total += count;
        t.regionCount += 1;
        totals.set(themeId, t);
      }
    }
    const themes = [...totals.entries()]
      .sort((a, b) => b[1].total - a[1].total || b[1].regionCount - a[1].regionCount || a[0].localeCompare(b[0]))
      .slice(0, query.top)
      .map(([themeId, t]) => ({ ...data.themes.get(themeId)!, total: t.total, regionCount: t.regionCount }));
    const counts = regions.map((region) => {
      const perRegion = data.counts.get(region.id);
      return themes.map((t) => perRegion?.get(t.id) ?? 0);
    });
    const body: ThemeMatrixResponse = { regions, themes, counts };
    res.json(body);
  });

  return router;
}
