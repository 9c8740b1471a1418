import { beforeAll, describe, expect, it } from 'vitest';
import { extractMentions } from './pipeline.ts';
import { RECOGNITION_FIXTURES } from './recognize.fixtures.ts';
import { initTokenizer } from './tokenizer.ts';

beforeAll(() => {
  initTokenizer();
});

function found(text: string): string[] {
  return extractMentions(text).mentions.map((m) => `${m.type}:${m.text}`);
}

describe('extractMentions — annotation guide rules', () => {
  for (const fixture of RECOGNITION_FIXTURES) {
    it(fixture.name, () => {
      const pairs = found(fixture.text);
      for (const expected of fixture.expected) expect(pairs).toContain(expected);
      for (const absent of fixture.absent ?? []) {
        if (absent.includes(':')) expect(pairs).not.toContain(absent);
        else expect(pairs.map((p) => p.slice(p.indexOf(':') + 1))).not.toContain(absent);
      }
    });
  }

  it('gives offsets into the original text, sentence indexes and canonical names', () => {
    const text = '第一句话。\n扎实做好“六稳”工作，深入实施乡村振兴战略。';
    const { sentences, mentions } = extractMentions(text);
    expect(sentences.length).toBe(2);
    const sixStable = mentions.find((m) => m.text === '六稳');
    expect(sixStable).toMatchObject({ type: 'slogan', canonical: '六稳', sentence: 1 });
    for (const m of mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it('keeps original full-width characters in the surface text', () => {
    const text = '落实＂放管服＂改革。';
    const m = extractMentions(text).mentions.find((x) => x.type === 'slogan');
    expect(m?.text).toBe('放管服');
    expect(text.slice(m?.start, m?.end)).toBe('放管服');
  });

  it('returns nothing for empty text', () => {
    expect(extractMentions('').mentions).toEqual([]);
  });
});
