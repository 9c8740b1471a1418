import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../gazetteer/gazetteer.ts';
import { buildDocuments } from './build-documents.ts';
import { CorpusFileError, decodeBytes } from './decode-bytes.ts';
import { splitIntoDocuments } from './split-documents.ts';

/** Strings made of the pieces corpus files are made of, so that headers and furniture do occur. */
const corpusLike = fc
  .array(
    fc.oneof(
      fc.constantFrom('\n', '\r\n', '-\n', '2025-07-08\n', '【宝兴县招商】2021年宝兴县政府工作报告\n', '【】\n', '- 联系我们\n', '点我投稿', '20*年', '十六届四中全会', '宝兴', '。'),
      fc.string({ unit: 'grapheme', maxLength: 20 }),
      fc.string({ unit: 'binary', maxLength: 10 }),
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(''));

describe('corpus functions on arbitrary input', () => {
  it('split spans stay inside the text, in order, without overlap', () => {
    fc.assert(
      fc.property(corpusLike, (text) => {
        let last = 0;
        for (const span of splitIntoDocuments(text)) {
          expect(span.start).toBeGreaterThanOrEqual(last);
          expect(span.end).toBeGreaterThan(span.start);
          expect(span.end).toBeLessThanOrEqual(text.length);
          last = span.end;
        }
      }),
      { numRuns: 300 },
    );
  });

  it('building documents never throws and keeps the text verbatim', () => {
    const gazetteer = loadGazetteer();
    fc.assert(
      fc.property(corpusLike, (text) => {
        for (const doc of buildDocuments(gazetteer, [{ source: 'x.txt', text, encoding: 'utf-8' }])) {
          expect(text.slice(doc.sourceOffset, (doc.sourceOffset ?? 0) + doc.text.length)).toBe(doc.text);
          expect(doc.id).toMatch(/^[a-z0-9-]+$/);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('decoding any bytes either succeeds or fails with a CorpusFileError', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        try {
          decodeBytes(bytes);
        } catch (error) {
          expect(error).toBeInstanceOf(CorpusFileError);
        }
      }),
      { numRuns: 500 },
    );
  });
});
