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
    const resolution = gazetteer.resolve(name, { regions: context ? [context] : [] });
    let region = resolution?.region ?? null;
    // A county far from the issuing region is trusted only by its unique official name:
    // 西湖, 滨江 or 河口 in a 广东 report are a lake, a riverside and a river mouth, not counties of 浙江 or 山东.
    const province = context?.pathCodes[0];
    if (region && (region.level === 'county' || region.level === 'town') && province !== undefined && region.pathCodes[0] !== province) {
      const isUniqueOfficial = region.name === name && (resolution?.candidates.length ?? 0) <= 1;
      if (!isUniqueOfficial) region = null;
    }
    if (!region && /(镇|乡|街道|苏木)$/.test(name)) {
      // Town names repeat across China: accept only one inside the issuing region's province.
      const provinceRegion = province !== undefined ? gazetteer.getByCode(province) : undefined;
      const towns = (loadTownIndex().get(name) ?? []).filter((town) => provinceRegion !== undefined && isWithin(town, provinceRegion));
      const inside = context ? towns.filter((town) => isWithin(town, context)) : [];
      region = (inside.length === 1 ? inside[0] : towns.length === 1 ? towns[0] : undefined) ?? null;
    }
    cache.set(cacheKey, region);
    return region;
  };
}
