import { describe, expect, it } from 'vitest';
import { findInvestments } from './find-investments.ts';
import { findStageWords, sortStages } from './find-stages.ts';
import { normalizeName } from './normalize-name.ts';
import { findSloganExpansion } from './slogan-expansions.ts';

describe('findInvestments', () => {
  it('reads 亿元, 万元 and 元 into yuan, with the text as written', () => {
    const text = '总投资4.8亿元的乙二醇项目，计划投资3000万元，投资２５０元，总投资约1.2万亿元。';
    expect(findInvestments(text).map((f) => [f.text, f.amountCny])).toEqual([
      ['总投资4.8亿元', 480_000_000],
      ['计划投资3000万元', 30_000_000],
      ['投资２５０元', 250],
      ['总投资约1.2万亿元', 1_200_000_000_000],
    ]);
  });

  it('reads the bare amounts listed after a figure in the same clause (总投资50亿元的A、20亿元的B)', () => {
    const text = '总投资50亿元的蓝川面板、20亿元的青禾物流园、8000万元的松石科技等项目开工，其中、3亿元的不算。';
    expect(findInvestments(text).map((f) => [f.text, f.amountCny, text.slice(f.end, f.end + 3)])).toEqual([
      ['总投资50亿元', 5_000_000_000, '的蓝川'],
      ['20亿元', 2_000_000_000, '的青禾'],
      ['8000万元', 80_000_000, '的松石'],
    ]);
  });

  it('keeps foreign currency figures without a yuan amount', () => {
    const [figure] = findInvestments('项目总投资5亿美元。');
    expect(figure).toMatchObject({ text: '总投资5亿美元', amountCny: undefined });
  });
});

describe('findStageWords', () => {
  it('maps synonyms to one stage, in life-cycle order', () => {
    const stages = findStageWords('该项目去年签约，今年动工，明年建成投产并投入使用。').map((w) => w.stage);
    expect(sortStages(stages)).toEqual(['签约', '开工', '建成', '投产', '投用']);
  });
});

describe('normalizeName and slogan expansions', () => {
  it('folds full width, spaces and quotes', () => {
    expect(normalizeName('“ 放管服 ”')).toBe('放管服');
    expect(normalizeName('规划（２０２１－２０３５年）')).toBe('规划(2021-2035年)');
  });

  it('knows national formulas however the list marks are written', () => {
    expect(findSloganExpansion('双随机、一公开')).toHaveLength(3);
    expect(findSloganExpansion('三去一降一补')).toEqual(['去产能', '去库存', '去杠杆', '降成本', '补短板']);
    expect(findSloganExpansion('乌海特色')).toBeUndefined();
  });
});
