/**
 * Normalisation for matching. The result has exactly the same length as the input
 * (one UTF-16 unit in, one out), so an offset into the normalised text is an offset
 * into the original: recognisers match on the normalised form and slice the original.
 */

const FULLWIDTH_START = 0xff01;
const FULLWIDTH_END = 0xff5e;
const FULLWIDTH_OFFSET = 0xfee0;

/** Characters folded to one form: middle dots, spaces, dashes and quote variants. */
const FOLD: Record<string, string> = {
  '\u3000': ' ',
  '\u00a0': ' ',
  '\t': ' ',
  '\r': ' ',
  '\u2022': '·',
  '\u30fb': '·',
  '\u2027': '·',
  '\u00b7': '·',
  '\u2014': '-',
  '\u2013': '-',
  '\u2015': '-',
  '\u301c': '~',
  '\u2018': '‘',
  '\u201c': '“',
  '\u201d': '”',
  '\u300c': '“',
  '\u300d': '”',
  '\u300e': '“',
  '\u300f': '”',
  '\u3008': '《',
  '\u3009': '》',
};

/** Folds full-width ASCII to half width and unifies dots, spaces and quote variants; keeps length. */
export function normalizeText(text: string): string {
  // Built from slices of the input between folded characters: no copy at all when nothing folds.
  let folded = '';
  let copiedTo = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // Fast path: ASCII, and everything between the last folded mark (U+30FB) and the full-width block (CJK ideographs).
    if (code < 0x80 || (code > 0x30fb && code < FULLWIDTH_START) || code > FULLWIDTH_END) continue;
    // Keep full-width （）and ，；： as their half-width forms: all boundaries treat both alike.
    const replacement = code >= FULLWIDTH_START ? code - FULLWIDTH_OFFSET : FOLD_CODES.get(code);
    if (replacement === undefined || replacement === code) continue;
    folded += text.slice(copiedTo, i) + String.fromCharCode(replacement);
    copiedTo = i + 1;
  }
  return copiedTo === 0 ? text : folded + text.slice(copiedTo);
}

const FOLD_CODES = new Map<number, number>(Object.entries(FOLD).map(([from, to]) => [from.charCodeAt(0), to.charCodeAt(0)]));
