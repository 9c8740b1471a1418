import { describe, expect, it } from 'vitest';
import { computeIdf, rankSimilarRegions } from './regions.ts';

const theme = (id: string) => ({ id, label: id.split(':')[1] ?? id, kind: 'slogan' as const });

function regionThemes(perRegion: Record<string, Record<string, number>>) {
  const counts = new Map(Object.entries(perRegion).map(([r, t]) => [r, new Map(Object.entries(t))]));
  const df = new Map<string, number>();
  for (const t of counts.values()) for (const id of t.keys()) df.set(id, (df.get(id) ?? 0) + 1);
  return {
    regions: Object.keys(perRegion).map((id) => ({ id, label: id, level: null })),
    themes: new Map([...df.keys()].map((id) => [id, theme(id)])),
    counts,
    df,
  };
}

describe('rankSimilarRegions', () => {
  const data = regionThemes({
    wuhai: { 'slogan:六稳': 3, 'slogan:放管服': 2, 'slogan:黄河': 4 },
    taiyuan: { 'slogan:六稳': 2, 'slogan:放管服': 3, 'slogan:黄河': 1 },
    baoxing: { 'slogan:六稳': 1, 'slogan:乡村振兴': 2 },
    other: { 'slogan:六稳': 1 },
  });

  it('weighs themes every region uses least', () => {
    expect(computeIdf(4, 4)).toBeLessThan(computeIdf(4, 2));
    expect(computeIdf(4, 4)).toBeGreaterThan(0);
  });

  it('ranks regions sharing distinctive themes first and lists the shared themes, rarest first', () => {
    const results = rankSimilarRegions(data, 'wuhai', 10, 20);
    // cosine: baoxing's own distinctive theme (乡村振兴) makes it less like wuhai than `other`
    expect(results.map((r) => r.region.id)).toEqual(['taiyuan', 'other', 'baoxing']);
    expect(results[0]!.sharedThemes.map((t) => t.id).slice(-1)).toEqual(['slogan:六稳']);
    expect(results[0]!.sharedThemes.map((t) => t.id).sort()).toEqual(['slogan:六稳', 'slogan:放管服', 'slogan:黄河'].sort());
    expect(results[0]!.sharedThemes.find((t) => t.id === 'slogan:放管服')).toMatchObject({ count: 2, otherCount: 3 });
    expect(results[0]!.score).toBeGreaterThan(results[1]!.score);
    expect(results[0]!.score).toBeLessThanOrEqual(1);
  });
});
