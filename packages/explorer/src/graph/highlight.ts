/**
 * Splits an evidence sentence around the occurrences of an entity's name and
 * aliases so the details panel can mark them. Pure.
 */
export interface TextPart {
  text: string;
  hit: boolean;
}

export function splitHighlights(sentence: string, terms: readonly string[]): TextPart[] {
  const needles = [...new Set(terms.filter((t) => t.length > 0))].sort((a, b) => b.length - a.length);
  const parts: TextPart[] = [];
  let plain = '';
  let i = 0;
  while (i < sentence.length) {
    const needle = needles.find((t) => sentence.startsWith(t, i));
    if (needle) {
      if (plain) parts.push({ text: plain, hit: false });
      plain = '';
      parts.push({ text: needle, hit: true });
      i += needle.length;
    } else {
      plain += sentence[i];
      i += 1;
    }
  }
  if (plain) parts.push({ text: plain, hit: false });
  return parts;
}
