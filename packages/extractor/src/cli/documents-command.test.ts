import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { HIDDEN_YEAR_PLAN, MULTI_REPORT_FILE } from '../corpus/corpus.fixtures.ts';
import { runCommand } from './documents-command.ts';

async function capture(args: string[]): Promise<{ code: number; out: string }> {
  const chunks: string[] = [];
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    chunks.push(String(chunk));
    return true;
  });
  try {
    const code = await runCommand(args);
    return { code, out: chunks.join('') };
  } finally {
    spy.mockRestore();
  }
}

describe('kg documents', () => {
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'reportgraph-documents-'));
    await writeFile(join(dir, 'portal.txt'), MULTI_REPORT_FILE);
    await writeFile(join(dir, 'plan.txt'), HIDDEN_YEAR_PLAN);
    await writeFile(join(dir, 'empty.txt'), '');
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('prints a table of documents and the skipped files', async () => {
    const { code, out } = await capture([dir]);
    expect(code).toBe(0);
    expect(out).toMatch(/baoxing-2021\s+2021年宝兴县政府工作报告\s+四川省 雅安市 宝兴县 \[511827, county\]\s+2021 \(title\)/);
    expect(out).toMatch(/wuhai-2005-plan .*2005 \(inferred\)\s+work-plan/);
    expect(out).toContain('skipped 1 file(s):');
    expect(out).toContain(`${join(dir, 'empty.txt')}: empty file (0 bytes) [EMPTY_FILE]`);
  });

  it('prints JSON without the document text', async () => {
    const { code, out } = await capture(['--json', dir]);
    expect(code).toBe(0);
    const parsed = JSON.parse(out) as { documents: Array<Record<string, unknown>>; skipped: Array<Record<string, unknown>> };
    expect(parsed.documents.map((d) => d.id)).toEqual(['wuhai-2005-plan', 'baoxing-2021', 'puer-2021']);
    expect(parsed.documents[0]).not.toHaveProperty('text');
    expect(parsed.documents[1]).toMatchObject({ chars: 64, region: { code: '511827' }, year: 2021, yearSource: 'title' });
    expect(parsed.skipped).toEqual([{ path: join(dir, 'empty.txt'), reason: 'empty file (0 bytes)', code: 'EMPTY_FILE' }]);
  });

  it('rejects unknown options', async () => {
    const spy = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    expect(await runCommand(['--frobnicate'])).toBe(2);
    spy.mockRestore();
  });
});
