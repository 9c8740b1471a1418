import { describe, expect, it } from 'vitest';
import { parseChineseNumber } from './chinese-number.ts';

describe('parseChineseNumber', () => {
  it('reads digits and numerals up to 九十九, round tens included', () => {
    expect(['5', '五', '两', '十', '十五', '二十', '二十一', '九十九'].map(parseChineseNumber)).toEqual([5, 5, 2, 10, 15, 20, 21, 99]);
  });
  it('gives null for what is no number', () => {
    expect(['', '一二', '十十', '百', '第五'].map(parseChineseNumber)).toEqual([null, null, null, null, null]);
  });
});
