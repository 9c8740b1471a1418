import { describe, expect, it } from 'vitest';
import { BAOXING_BODY, MULTI_REPORT_FILE, PUER_BODY } from './corpus.fixtures.ts';
import { isBoilerplateLine, splitIntoDocuments, stripBoilerplate } from './split-documents.ts';

describe('splitIntoDocuments', () => {
  it('cuts one document per 【…】 header, keeping the title and leaving the header out of the text', () => {
    const spans = splitIntoDocuments(MULTI_REPORT_FILE);
    expect(spans.map((s) => s.headerTitle)).toEqual(['2021年宝兴县政府工作报告', '普洱市政府工作报告']);
    expect(spans.map((s) => s.headerLabel)).toEqual(['宝兴县招商', '普洱招商']);
    expect(spans.map((s) => MULTI_REPORT_FILE.slice(s.start, s.end))).toEqual([BAOXING_BODY, PUER_BODY]);
  });

  it('drops the date line, separators and page furniture (点我投稿, 联系我们, 企业入驻)', () => {
    const texts = splitIntoDocuments(MULTI_REPORT_FILE).map((s) => MULTI_REPORT_FILE.slice(s.start, s.end));
    for (const text of texts) {
      expect(text).not.toMatch(/2025-07-08|点我投稿|联系我们|企业入驻|【/);
    }
  });

  it('keeps a file without headers as one document with its offsets unchanged', () => {
    const file = '政府工作计划\n时间:2022-02-11 12:15:00\n各位代表!我市经济社会发展正处于关键时期。\n';
    expect(splitIntoDocuments(file)).toEqual([{ start: 0, end: file.trimEnd().length, headerTitle: null, headerLabel: null }]);
  });

  it('does not take a bracketed heading inside a report for a document header', () => {
    const file = '各位代表:现在我代表市人民政府报告工作。\n【经济发展】\n全市生产总值增长6%。';
    expect(splitIntoDocuments(file)).toHaveLength(1);
  });

  it('handles CRLF line ends and returns nothing for furniture only', () => {
    const crlf = MULTI_REPORT_FILE.replace(/\n/g, '\r\n');
    expect(splitIntoDocuments(crlf).map((s) => crlf.slice(s.start, s.end))).toEqual([BAOXING_BODY, PUER_BODY]);
    expect(splitIntoDocuments('-\n2025-07-08\n- 联系我们\n')).toEqual([]);
  });
});

describe('stripBoilerplate', () => {
  it('trims furniture at the edges only', () => {
    const text = '-\n正文第一段。\n2025-07-08\n正文第二段。\n2025-07-08\n- 企业入驻';
    const { start, end } = stripBoilerplate(text);
    expect(text.slice(start, end)).toBe('正文第一段。\n2025-07-08\n正文第二段。');
  });

  it('recognises furniture lines but not short report sentences', () => {
    expect(isBoilerplateLine('有想补充的信息?点我投稿')).toBe(true);
    expect(isBoilerplateLine('2025-07-08')).toBe(true);
    expect(isBoilerplateLine('——')).toBe(true);
    expect(isBoilerplateLine('二、2020年工作安排')).toBe(false);
    expect(isBoilerplateLine('加强与企业联系,做好企业入驻园区服务工作,推动项目尽快落地见效并形成新的增长点。')).toBe(false);
  });
});
