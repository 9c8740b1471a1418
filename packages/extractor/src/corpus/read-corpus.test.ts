import { chmod, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GB18030_REPORT, HIDDEN_YEAR_PLAN, MULTI_REPORT_FILE } from './corpus.fixtures.ts';
import { DEFAULT_CORPUS_DIR, readCorpus } from './read-corpus.ts';

const isRoot = process.getuid?.() === 0;

describe('readCorpus on a temporary directory', () => {
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'reportgraph-corpus-'));
    await mkdir(join(dir, 'more'));
    await writeFile(join(dir, 'a-portal.txt'), MULTI_REPORT_FILE);
    await writeFile(join(dir, 'b-gb18030.txt'), iconv.encode(GB18030_REPORT, 'gb18030'));
    await writeFile(join(dir, 'c-empty.txt'), '');
    await writeFile(join(dir, 'd-image.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
    await writeFile(join(dir, 'more', 'e-plan.txt'), HIDDEN_YEAR_PLAN);
    await writeFile(join(dir, 'f-latin1.txt'), iconv.encode('résumé café naïve — déjà vu, plain Latin-1 text', 'win1252'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('reads a directory argument recursively: splits, decodes GB18030, and names what it skipped', async () => {
    const { documents, skipped } = await readCorpus([dir]);
    expect(documents.map((d) => [d.id, d.source, d.encoding])).toEqual([
      ['baoxing-2021', 'a-portal.txt', 'utf-8'],
      ['puer-2021', 'a-portal.txt', 'utf-8'],
      ['hohhot-2020', 'b-gb18030.txt', 'gb18030'],
      ['wuhai-2005-plan', join('more', 'e-plan.txt'), 'utf-8'],
    ]);
    expect(documents[2]?.text).toBe(GB18030_REPORT.trimEnd());
    expect(skipped.map((s) => [s.path.replace(dir, '<dir>'), s.code])).toEqual([
      [join('<dir>', 'c-empty.txt'), 'EMPTY_FILE'],
      [join('<dir>', 'd-image.png'), 'BINARY_FILE'],
      [join('<dir>', 'f-latin1.txt'), 'UNKNOWN_ENCODING'],
    ]);
  });

  it('reads single files and goes on past missing or unreadable paths', async () => {
    const { documents, skipped } = await readCorpus([join(dir, 'c-empty.txt'), join(dir, 'missing.txt'), join(dir, 'a-portal.txt', 'x'), join(dir, 'b-gb18030.txt')]);
    expect(documents.map((d) => d.id)).toEqual(['hohhot-2020']);
    expect(skipped.map((s) => s.code)).toEqual(['NOT_FOUND', 'UNREADABLE', 'EMPTY_FILE']);
    expect(skipped[2]?.path).toBe(join(dir, 'c-empty.txt'));
  });

  it.skipIf(isRoot)('names a file it has no permission to read', async () => {
    const locked = join(dir, 'locked.txt');
    await writeFile(locked, HIDDEN_YEAR_PLAN);
    await chmod(locked, 0o000);
    const { skipped } = await readCorpus([locked]);
    expect(skipped).toEqual([{ path: locked, reason: 'permission denied (EACCES)', code: 'UNREADABLE' }]);
    await chmod(locked, 0o600);
  });
});

describe('readCorpus on the shipped corpus (data/)', () => {
  it('finds the fourteen documents with the ids the evaluation uses', async () => {
    const { documents, skipped } = await readCorpus();
    expect(skipped).toEqual([]);
    expect(documents.map((d) => d.id)).toEqual([
      'wuhai-2020',
      'hohhot-2020',
      'wuhai-2021-congress',
      'baoxing-2021',
      'puer-2021',
      'doumen-2021',
      'chaozhou-2021',
      'karamay-district-2021',
      'hunan-2021',
      'hengyang-2021',
      'zhongzhan-2021',
      'fengyang-2021',
      'pingtang-2021',
      'wuhai-2005-plan',
    ]);
    const byId = new Map(documents.map((d) => [d.id, d]));
    expect(byId.get('baoxing-2021')?.region?.path).toEqual(['四川省', '雅安市', '宝兴县']);
    expect(byId.get('karamay-district-2021')?.region?.code).toBe('650203');
    expect(byId.get('wuhai-2005-plan')).toMatchObject({ year: 2005, yearSource: 'inferred', kind: 'work-plan' });
    expect(byId.get('wuhai-2021-congress')).toMatchObject({ year: 2021, yearSource: 'inferred', kind: 'news-report' });
    // Document text is the original characters: it sits verbatim at its offset in the source file.
    for (const doc of documents) {
      const source = await readFile(join(DEFAULT_CORPUS_DIR, doc.source), 'utf8');
      expect(source.slice(doc.sourceOffset, (doc.sourceOffset ?? 0) + doc.text.length)).toBe(doc.text);
      expect(doc.text).not.toMatch(/点我投稿|联系我们|^【/);
    }
  });
});
