import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../gazetteer/gazetteer.ts';
import { createGazetteerRegionResolver } from './resolve-region.ts';

describe('createGazetteerRegionResolver', () => {
  const resolveRegion = createGazetteerRegionResolver();
  const gazetteer = loadGazetteer();
  const baoxing = gazetteer.lookupOfficial('宝兴县')[0] ?? null;
  const chaozhou = gazetteer.lookupOfficial('潮州市')[0] ?? null;

  it('ties short and official names to one gazetteer region', () => {
    expect(resolveRegion('宝兴', baoxing)?.code).toBe('511827');
    expect(resolveRegion('宝兴县', baoxing)?.code).toBe('511827');
    expect(resolveRegion('乌海', null)?.name).toBe('乌海市');
  });

  it('finds a town of the issuing county by its official name', () => {
    const town = resolveRegion('灵关镇', baoxing);
    expect(town?.level).toBe('town');
    expect(town?.pathCodes).toContain('511827');
  });

  it('does not tie a bare short name to a county of another province', () => {
    expect(resolveRegion('西湖', chaozhou)).toBeNull();
    expect(resolveRegion('湖北', chaozhou)?.level).toBe('province');
  });
});
