import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractMentions } from './pipeline.ts';
import { initTokenizer } from './tokenizer.ts';

beforeAll(() => {
  initTokenizer();
});

function checkOffsets(text: string): void {
  const { mentions, sentences } = extractMentions(text);
  for (const m of mentions) {
    expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(m.sentence).toBeGreaterThanOrEqual(0);
    expect(m.sentence).toBeLessThan(sentences.length);
  }
}

const REPORT_PIECES = ['“', '”', '《', '》', '、', '，', '。', '六稳', '项目', '产业园', '集团', '宝兴县', '宝兴', '大学', '战略', '“4+6”', '8·11', '（', '）', '\n', ' ', '黄河', '经济带', '推进', '的'];

describe('extractMentions never throws and every offset slices back', () => {
  it('on random Unicode strings', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => checkOffsets(text)), { numRuns: 300 });
  });

  it('on report-like strings built from the words rules react to', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...REPORT_PIECES), { maxLength: 80 }), (parts) => checkOffsets(parts.join(''))), { numRuns: 300 });
  });

  it('on punctuation only', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...'“”《》、，。；：！？()（）【】…—·"\''), { maxLength: 200 }), (parts) => checkOffsets(parts.join(''))), { numRuns: 200 });
  });

  it('on a 1 MB string', () => {
    const unit = '推进“六稳”工作，建设宝兴县汉白玉产业园项目。《关于加快“4+6”发展的意见》\n';
    const text = unit.repeat(Math.ceil(1_000_000 / unit.length)).slice(0, 1_000_000);
    checkOffsets(text);
  });
});
