import iconv from 'iconv-lite';

/** Why a file was not taken into the corpus; stable codes for programs, `reason` for people. */
export type SkipCode = 'EMPTY_FILE' | 'BINARY_FILE' | 'UNKNOWN_ENCODING' | 'UNREADABLE' | 'NOT_FOUND' | 'NO_DOCUMENTS';

/** A corpus file that cannot become documents. */
export class CorpusFileError extends Error {
  override readonly name = 'CorpusFileError';
  constructor(
    readonly code: SkipCode,
    message: string,
  ) {
    super(message);
  }
}

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

export interface DecodedText {
  text: string;
  encoding: TextEncoding;
  /** Invalid UTF-8 sequences replaced by U+FFFD in an otherwise UTF-8 file (a damaged byte or two). */
  replacedSequences?: number;
}

const SAMPLE_BYTES = 64 * 1024;
/** Share of control characters (other than tab, CR, LF, FF) above which text is taken for binary. */
const MAX_CONTROL_SHARE = 0.05;
/** GB18030 decodes almost any byte string; accept it only when the result reads as text. */
const MAX_REPLACEMENT_SHARE = 0.001;
const MIN_CJK_SHARE_GB = 0.2;
/** Up to this share of damaged characters a file still counts as UTF-8 (GB18030 read as UTF-8 is nearly all damage). */
const MAX_UTF8_DAMAGE_SHARE = 0.01;

function hasUtf16Bom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

function isControlByte(byte: number): boolean {
  return (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c) || byte === 0x7f;
}

/** NUL bytes, or more than a few percent of control bytes, in the first 64 KiB. */
export function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if (isControlByte(byte)) control += 1;
  }
  return sample.length > 0 && control / sample.length > MAX_CONTROL_SHARE;
}

function countMatching(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0;
}

/**
 * Decodes a corpus file: UTF-8 (with or without BOM), UTF-16 with a BOM, else GB18030 when the
 * result reads as Chinese text. Throws `CorpusFileError` for empty, binary or undecodable input.
 */
export function decodeBytes(bytes: Uint8Array): DecodedText {
  const utf16 = hasUtf16Bom(bytes);
  if (utf16) {
    const text = new TextDecoder(utf16).decode(bytes);
    if (text.trim() === '') throw new CorpusFileError('EMPTY_FILE', 'empty file (only a byte-order mark or whitespace)');
    return { text, encoding: utf16 };
  }
  if (bytes.length === 0) throw new CorpusFileError('EMPTY_FILE', 'empty file (0 bytes)');
  if (looksBinary(bytes)) throw new CorpusFileError('BINARY_FILE', 'binary file (NUL or control bytes)');
  let decoded: DecodedText;
  try {
    // fatal: a single invalid sequence makes it not UTF-8; ignoreBOM false strips a leading BOM.
    decoded = { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    // A UTF-8 file with a damaged byte or two stays UTF-8: read as GB18030 it would turn into
    // plausible-looking but wrong Chinese characters.
    const lossy = new TextDecoder('utf-8').decode(bytes);
    const invalid = countMatching(lossy, /\uFFFD/g);
    if (invalid / (lossy.length || 1) <= MAX_UTF8_DAMAGE_SHARE) {
      decoded = { text: lossy, encoding: 'utf-8', replacedSequences: invalid };
    } else {
      const text = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), 'gb18030');
      const visible = text.replace(/\s/g, '').length || 1;
      const replacements = countMatching(text, /\uFFFD/g);
      const cjk = countMatching(text, /[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]/g);
      if (replacements / visible > MAX_REPLACEMENT_SHARE || cjk / visible < MIN_CJK_SHARE_GB) {
        throw new CorpusFileError('UNKNOWN_ENCODING', 'not UTF-8, and not readable as GB18030 either');
      }
      decoded = { text, encoding: 'gb18030' };
    }
  }
  if (decoded.text.trim() === '') throw new CorpusFileError('EMPTY_FILE', 'empty file (only whitespace)');
  return decoded;
}
