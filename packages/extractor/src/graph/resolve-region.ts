/**
 * The default region resolver of the graph build: provinces, cities and
 * counties through the gazetteer (official and short names, the issuing region
 * as context), towns by official name inside the issuing region's province.
 */
import { isWithin, loadGazetteer, loadTownIndex } from '../gazetteer/gazetteer.ts';
import type { GazetteerRegion } from '../types.ts';
import type { RegionResolver } from './resolve-entities.ts';

export function createGazetteerRegionResolver(): RegionResolver {
  const gazetteer = loadGazetteer();
  const cache = new Map<string, GazetteerRegion | null>();
  return (name, context) => {
    const cacheKey = `${context?.code ?? ''}|${name}`;
    const cached = cache.get(cacheKey);
    if (cached !== undefined) return cached;
    let region = gazetteer.resolve(name, { regions: context ? [context] : [] })?.region ?? null;
    if (!region && /(镇|乡|街道|苏木)$/.test(name)) {
      // Town names repeat across China: accept only one inside the issuing region's province.
      const province = context ? gazetteer.getByCode(context.pathCodes[0] ?? '') : undefined;
      const towns = (loadTownIndex().get(name) ?? []).filter((town) => province !== undefined && isWithin(town, province));
      const inside = context ? towns.filter((town) => isWithin(town, context)) : [];
      region = (inside.length === 1 ? inside[0] : towns.length === 1 ? towns[0] : undefined) ?? null;
    }
    cache.set(cacheKey, region);
    return region;
  };
}
