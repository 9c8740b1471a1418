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
  let units: Uint16Array | undefined;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // Fast path: ASCII, and everything between the last folded mark (U+30FB) and the full-width block (CJK ideographs).
    if (code < 0x80 || (code > 0x30fb && code < FULLWIDTH_START) || code > FULLWIDTH_END) continue;
    let replacement: number | undefined;
    if (code >= FULLWIDTH_START) {
      // Keep full-width （）and ，；： as their half-width forms: all boundaries treat both alike.
      replacement = code - FULLWIDTH_OFFSET;
    } else {
      replacement = FOLD_CODES.get(code);
    }
    if (replacement !== undefined) {
      if (!units) {
        units = new Uint16Array(text.length);
        for (let k = 0; k < text.length; k++) units[k] = text.charCodeAt(k);
      }
      units[i] = replacement;
    }
  }
  return units ? fromCodeUnits(units) : text;
}

/** Code units back to a string, exactly (a TextDecoder would replace lone surrogates). */
function fromCodeUnits(units: Uint16Array): string {
  const parts: string[] = [];
  for (let k = 0; k < units.length; k += 8192) parts.push(String.fromCharCode(...units.subarray(k, k + 8192)));
  return parts.join('');
}

const FOLD_CODES = new Map<number, number>(Object.entries(FOLD).map(([from, to]) => [from.charCodeAt(0), to.charCodeAt(0)]));
