/**
 * Name normalisation for resolution: the same name written with full-width or
 * half-width characters, spaces or quotes gives one key.
 */

const QUOTES = /[“”‘’"'「」『』《》〈〉〔〕【】]/g;
const SPACES = /[\s\u00a0\u3000]+/g;
const TRAILING_PUNCTUATION = /^[、，,。.;；:：!！?？·\-—]+|[、，,。.;；:：!！?？·\-—]+$/g;

/** `“ 放管服 ”` → `放管服`; `（２０２１－２０３５年）` → `(2021-2035年)`. */
export function normalizeName(name: string): string {
  return name
    .normalize('NFKC')
    .replace(SPACES, '')
    .replace(QUOTES, '')
    .replace(/[－–—]/g, '-')
    .replace(TRAILING_PUNCTUATION, '')
    .trim();
}
