const DIGITS: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

/** Arabic digits or a Chinese numeral up to 九十九 (五, 两, 十五, 二十, 二十一); null for anything else. */
export function parseChineseNumber(text: string): number | null {
  if (/^\d+$/.test(text)) return Number(text);
  if (text.length === 1) return DIGITS[text] ?? null;
  const match = /^([二三四五六七八九]?)十([一二三四五六七八九]?)$/.exec(text);
  if (!match) return null;
  return (match[1] ? (DIGITS[match[1]] ?? 1) : 1) * 10 + (match[2] ? (DIGITS[match[2]] ?? 0) : 0);
}
