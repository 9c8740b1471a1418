import { describe, expect, it } from 'vitest';
import { toEvidence } from './projects.ts';

describe('toEvidence', () => {
  it('pairs offsets with sentences when each sentence has one mention', () => {
    const { evidence, offsets } = toEvidence({ sentences: ['甲。', '乙。'], sentenceIndexes: [2, 5], starts: [10, 40], ends: [14, 44] });
    expect(evidence).toEqual([
      { sentence: '甲。', sentenceIndex: 2, start: 10, end: 14 },
      { sentence: '乙。', sentenceIndex: 5, start: 40, end: 44 },
    ]);
    expect(offsets).toHaveLength(2);
  });

  it('keeps all offsets but does not guess the pairing otherwise', () => {
    const { evidence, offsets } = toEvidence({ sentences: ['甲。'], sentenceIndexes: [2], starts: [10, 12], ends: [14, 16] });
    expect(evidence).toEqual([{ sentence: '甲。', sentenceIndex: 2, start: null, end: null }]);
    expect(offsets).toEqual([
      { start: 10, end: 14 },
      { start: 12, end: 16 },
    ]);
  });
});
