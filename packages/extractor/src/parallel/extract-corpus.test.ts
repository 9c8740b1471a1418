import { describe, expect, it } from 'vitest';
import { extractMentions } from '../recognize/pipeline.ts';
import { createExtractionPool, extractCorpus, orderForLanes } from './extract-corpus.ts';

const DOCUMENTS = [
  { id: 'baoxing', text: '宝兴县坚持以大熊猫国家公园建设为主线,扎实做好“六稳”工作,全面落实“六保”任务。' },
  { id: 'empty', text: '' },
  { id: 'chaozhou', text: '潮州市推进碧桂园智能卫浴产业园一期项目建成投产,深化“放管服”改革。' },
  { id: 'fengyang', text: '总投资110亿元的福莱特光伏玻璃项目签约推进。凤阳县实施《关于加快构建“4+6”现代服务业体系的意见》。' },
];

function expected() {
  return DOCUMENTS.map((d) => ({ id: d.id, ...extractMentions(d.text) }));
}

describe('extractCorpus', () => {
  it('extracts small inputs in-process, in document order', async () => {
    const results = await extractCorpus(DOCUMENTS);
    expect(results).toEqual(expected());
    expect(results[0]?.mentions.some((m) => m.text === '六稳')).toBe(true);
  });

  it('gives the same results from worker threads, in document order', async () => {
    const results = await extractCorpus(DOCUMENTS, { workers: 2, minParallelChars: 0 });
    expect(results.map((r) => r.id)).toEqual(['baoxing', 'empty', 'chaozhou', 'fengyang']);
    expect(results).toEqual(expected());
  }, 120_000);

  it('keeps a pool of workers that load once and extract several batches', async () => {
    const pool = createExtractionPool({ workers: 1, useCallingThread: false });
    try {
      await pool.ready;
      expect(pool.threads).toBe(1);
      expect(await pool.extract(DOCUMENTS.slice(0, 2))).toEqual(expected().slice(0, 2));
      expect(await pool.extract(DOCUMENTS.slice(2))).toEqual(expected().slice(2));
    } finally {
      await pool.close();
    }
  }, 120_000);

  it('extracts documents too large for a worker heap on the calling thread', async () => {
    const big = { id: 'big', text: '凤阳县推进福莱特光伏玻璃项目建设,扎实做好“六稳”工作。'.repeat(11_000) };
    const documents = [DOCUMENTS[0] ?? { id: 'x', text: '' }, big];
    const pool = createExtractionPool({ workers: 1, useCallingThread: false });
    const results = await pool.extract(documents).finally(() => pool.close());
    expect(results.map((r) => r.id)).toEqual(['baoxing', 'big']);
    expect(results[1]?.mentions.length).toBeGreaterThan(10_000);
    expect(results[1]?.mentions.every((m) => big.text.slice(m.start, m.end) === m.text)).toBe(true);
  }, 120_000);
});

describe('orderForLanes', () => {
  it('puts larger size classes first and keeps input order inside a class', () => {
    const texts = ['a'.repeat(3000), 'b'.repeat(100), 'c'.repeat(2500), 'd'.repeat(120), 'e'.repeat(5000), ''];
    const order = orderForLanes(texts.map((text) => ({ text })));
    // 5000 (4096–8191), then 3000 and 2500 (2048–4095) in input order, then 100 and 120 (64–127), then the empty text.
    expect(order.map((d) => d.index)).toEqual([4, 0, 2, 1, 3, 5]);
    expect(order.map((d) => d.length)).toEqual([5000, 3000, 2500, 100, 120, 0]);
  });
});
