import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { GB18030_REPORT } from './corpus.fixtures.ts';
import { CorpusFileError, decodeBytes } from './decode-bytes.ts';

function codeOf(bytes: Uint8Array): string | undefined {
  try {
    decodeBytes(bytes);
    return undefined;
  } catch (error) {
    return error instanceof CorpusFileError ? error.code : 'OTHER';
  }
}

describe('decodeBytes', () => {
  it('reads UTF-8, with and without a byte-order mark', () => {
    const utf8 = new TextEncoder().encode('宝兴县政府工作报告');
    expect(decodeBytes(utf8)).toEqual({ text: '宝兴县政府工作报告', encoding: 'utf-8' });
    expect(decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8])).text).toBe('宝兴县政府工作报告');
  });

  it('falls back to GB18030 for Chinese text that is not UTF-8', () => {
    const bytes = iconv.encode(GB18030_REPORT, 'gb18030');
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    expect(decodeBytes(bytes)).toEqual({ text: GB18030_REPORT, encoding: 'gb18030' });
  });

  it('keeps a UTF-8 file with one damaged byte as UTF-8 instead of reading it as GB18030', () => {
    const good = new TextEncoder().encode('宝兴县坚持以大熊猫国家公园建设为主线,扎实做好“六稳”工作,全面落实“六保”任务。'.repeat(40));
    const damaged = new Uint8Array([...good.subarray(0, 99), 0xff, ...good.subarray(100)]);
    const decoded = decodeBytes(damaged);
    expect(decoded.encoding).toBe('utf-8');
    expect(decoded.replacedSequences).toBeGreaterThan(0);
    expect(decoded.text).toContain('大熊猫国家公园');
  });

  it('reads UTF-16 with a byte-order mark', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('呼和浩特市', 'utf16le')]);
    expect(decodeBytes(bytes)).toEqual({ text: '呼和浩特市', encoding: 'utf-16le' });
  });

  it('rejects empty, whitespace-only, binary and undecodable input with a stable code', () => {
    expect(codeOf(new Uint8Array())).toBe('EMPTY_FILE');
    expect(codeOf(new TextEncoder().encode(' \n\t\n'))).toBe('EMPTY_FILE');
    expect(codeOf(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]))).toBe('BINARY_FILE');
    expect(codeOf(new Uint8Array(Array.from({ length: 200 }, (_, i) => (i * 37) % 32 || 1)))).toBe('BINARY_FILE');
    expect(codeOf(iconv.encode('résumé café naïve — déjà vu, more Latin-1 text', 'win1252'))).toBe('UNKNOWN_ENCODING');
  });
});
