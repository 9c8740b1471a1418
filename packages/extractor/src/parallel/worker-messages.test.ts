import { describe, expect, it } from 'vitest';
import { extractMentions } from '../recognize/pipeline.ts';
import { packExtraction, unpackExtraction } from './worker-messages.ts';

describe('packExtraction / unpackExtraction', () => {
  it('gives back the extraction exactly, property order included', () => {
    const text = '宝兴县坚持以大熊猫国家公园建设为主线，扎实做好“六稳”工作。凤阳县实施《关于加快构建“4+6”现代服务业体系的意见》。';
    const result = extractMentions(text);
    expect(result.mentions.some((m) => m.canonical !== m.text)).toBe(true);
    expect(JSON.stringify(unpackExtraction(packExtraction(result), text))).toBe(JSON.stringify(result));
  });

  it('packs an empty extraction', () => {
    const result = extractMentions('');
    expect(unpackExtraction(packExtraction(result), '')).toEqual(result);
  });
});
