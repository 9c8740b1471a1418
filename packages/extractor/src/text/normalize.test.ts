import { describe, expect, it } from 'vitest';
import { normalizeText } from './normalize.ts';
import { findSentenceIndex, splitSentences } from './sentences.ts';

describe('normalizeText', () => {
  it('folds full-width ASCII and keeps the length', () => {
    const text = '（一）ＡＢＣ１２３，“4+6”　体系';
    const normal = normalizeText(text);
    expect(normal.length).toBe(text.length);
    expect(normal).toBe('(一)ABC123,“4+6” 体系');
  });

  it('unifies middle dots and corner quotes', () => {
    expect(normalizeText('平安•法治「平塘」')).toBe('平安·法治“平塘”');
  });

  it('returns the same string when nothing folds, and keeps lone surrogates', () => {
    const plain = '宝兴县推进乡村振兴abc';
    expect(normalizeText(plain)).toBe(plain);
    const odd = '\ud800，\udfff';
    expect(normalizeText(odd)).toBe('\ud800,\udfff');
  });

  it('folds a text longer than one conversion chunk', () => {
    const text = '，'.repeat(20000) + '宝兴';
    expect(normalizeText(text)).toBe(','.repeat(20000) + '宝兴');
  });
});

describe('splitSentences', () => {
  it('covers the text with consecutive spans and finds the sentence of an offset', () => {
    const text = '第一句。第二句！“第三句。”最后';
    const sentences = splitSentences(text);
    expect(sentences.map((s) => text.slice(s.start, s.end))).toEqual(['第一句。', '第二句！', '“第三句。”', '最后']);
    expect(findSentenceIndex(sentences, text.indexOf('最后'))).toBe(3);
  });
});
