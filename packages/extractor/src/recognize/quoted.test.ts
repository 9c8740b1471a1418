import { describe, expect, it } from 'vitest';
import { classifyQuote } from './quoted.ts';

describe('classifyQuote', () => {
  it('reads numeral and plus-joined formulas as slogans', () => {
    expect(classifyQuote('六稳', '扎实做好', '工作', '工作')?.type).toBe('slogan');
    expect(classifyQuote('12338', '县委', '工作思路', '工作思路')?.type).toBe('slogan');
    expect(classifyQuote('互联网+政务服务', '推进', '改革', '改革')?.type).toBe('slogan');
    expect(classifyQuote('双随机、一公开', '完善', '监管', '监管')?.type).toBe('slogan');
  });

  it('drops events, jargon, honours, brands and apps', () => {
    expect(classifyQuote('8·11', '接踵而至的', '系列特大暴雨灾害', '系列特大暴雨灾害')).toBeNull();
    expect(classifyQuote('僵尸企业', '处置', '出清任务', '出清任务')).toBeNull();
    expect(classifyQuote('全国文明城市', '荣获', '称号', '称号')).toBeNull();
    expect(classifyQuote('健康码', '推行', '系列举措', '系列举措')).toBeNull();
    expect(classifyQuote('窑上田', '培育', '等农产品区域公共品牌', '等农产品区域公共品牌')).toBeNull();
  });

  it('reads named campaigns as policies', () => {
    expect(classifyQuote('河长制', '深入实施', '', '')?.type).toBe('policy');
    expect(classifyQuote('光盘行动', '深入开展', '实践活动', '实践活动')?.type).toBe('policy');
    expect(classifyQuote('科技兴蒙', '', '行动深入实施', '行动深入实施')?.type).toBe('policy');
  });

  it('types article-counted packages, quoted 政策 names, 大美+place and 系列政策 programmes as policy', () => {
    expect(classifyQuote('省数字经济八条', '落实', '等政策', '等政策')?.type).toBe('policy');
    expect(classifyQuote('县稳岗15条', '落实', '，', '，')?.type).toBe('policy');
    expect(classifyQuote('市扶持小微企业政策', '落实', '等', '等')?.type).toBe('policy');
    expect(classifyQuote('大美宝兴', '建设', '。', '。')?.type).toBe('policy');
    expect(classifyQuote('青松英才', '优化升级', '系列政策，遴选', '系列政策，遴选')?.type).toBe('policy');
    expect(classifyQuote('三个十条', '落实', '，', '，')?.type).toBe('slogan');
  });
});
