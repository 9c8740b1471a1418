import { describe, expect, it } from 'vitest';
import { SearchQuerySchema } from './contract.ts';
import { SearchIndex, toPinyinKeys } from './search-index.ts';

const ROWS = [
  { id: 'slogan:放管服', labels: ['Entity', 'Slogan'], type: 'slogan', name: '放管服', aliases: ['放管服改革'], mentionCount: 17, reportCount: 6 },
  { id: 'region:511827', labels: ['Entity', 'Region'], type: 'region', name: '宝兴县', aliases: ['宝兴'], mentionCount: 63, reportCount: 2 },
  { id: 'region:150300', labels: ['Entity', 'Region'], type: 'region', name: '乌海市', aliases: [], mentionCount: 59, reportCount: 3 },
  { id: 'slogan:六稳', labels: ['Entity', 'Slogan'], type: 'slogan', name: '六稳', aliases: [], mentionCount: 24, reportCount: 5 },
  { id: 'slogan:六保', labels: ['Entity', 'Slogan'], type: 'slogan', name: '六保', aliases: [], mentionCount: 22, reportCount: 4 },
  { id: 'policy:放宽市场准入', labels: ['Entity', 'Policy'], type: 'policy', name: '放宽市场准入', aliases: [], mentionCount: 1, reportCount: 1 },
  { id: 'wuhai-2020', labels: ['Report'], type: 'report', name: '2020年乌海市政府工作报告', aliases: [], mentionCount: 120, reportCount: 1 },
];

function search(q: string, extra: Record<string, string> = {}) {
  const index = new SearchIndex(null as never, null as never);
  index.replaceEntries(ROWS, 'v1');
  return index.searchLoaded(SearchQuerySchema.parse({ q, ...extra }));
}

describe('toPinyinKeys', () => {
  it('gives toneless pinyin, syllable starts and initials', () => {
    expect(toPinyinKeys('宝兴县')).toEqual({ pinyin: 'baoxingxian', syllableStarts: [0, 3, 7], initials: 'bxx' });
    expect(toPinyinKeys('“六稳”').initials).toBe('lw');
  });
});

describe('SearchIndex', () => {
  it('finds 放管服 by initials fgf', () => {
    expect(search('fgf').hits[0]).toMatchObject({ id: 'slogan:放管服', matchedBy: 'initials' });
  });

  it('finds 宝兴县 by full pinyin, exact alias pinyin first', () => {
    expect(search('baoxing').hits[0]).toMatchObject({ id: 'region:511827', matchedBy: 'pinyin', matchedText: '宝兴' });
    expect(search('Bao Xing').hits[0]?.id).toBe('region:511827');
  });

  it('matches pinyin only at syllable starts', () => {
    expect(search('xing').hits.map((h) => h.id)).toEqual(['region:511827']);
    expect(search('ing').hits).toEqual([]);
  });

  it('ranks exact name before prefix and substring, and counts per type', () => {
    const result = search('放');
    expect(result.hits.map((h) => h.id)).toEqual(['slogan:放管服', 'policy:放宽市场准入']);
    expect(result.typeCounts).toEqual({ slogan: 1, policy: 1 });
    expect(search('乌海市').hits.map((h) => h.id)).toEqual(['region:150300', 'wuhai-2020']);
  });

  it('matches aliases and filters by type', () => {
    expect(search('放管服改革').hits[0]).toMatchObject({ id: 'slogan:放管服', matchedBy: 'alias' });
    expect(search('乌海', { types: 'report' }).hits.map((h) => h.id)).toEqual(['wuhai-2020']);
  });

  it('finds by id and respects limit', () => {
    expect(search('slogan:六稳').hits[0]).toMatchObject({ id: 'slogan:六稳', matchedBy: 'id' });
    const limited = search('六', { limit: '1' });
    expect(limited.hits).toHaveLength(1);
    expect(limited.total).toBe(2);
  });
});
