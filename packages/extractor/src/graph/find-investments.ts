/**
 * Investment figures written in reports: 总投资4.8亿元, 计划投资1.2万亿元, 投资3000万元.
 */

export interface InvestmentFigure {
  /** Amount in yuan; undefined for foreign currencies (the text is kept). */
  amountCny: number | undefined;
  /** The figure as written, e.g. `总投资4.8亿元`. */
  text: string;
  /** Offsets of `text` relative to the searched string. */
  start: number;
  end: number;
}

const DIGITS = '[0-9０-９]+(?:[.．,，][0-9０-９]+)?';
const INVESTMENT_PATTERN = new RegExp(
  `(总投资额?|投资总额|计划投资|预计投资|累计投资|完成投资|拟投资|总投入|投资额?)(?:约|达到?|近|超过?|逾|共计|合计|为|高达|分别为)?\\s*(${DIGITS})\\s*(?:余|多)?\\s*(万亿元|亿元|万元|亿美元|万美元|亿|万|元)`,
  'g',
);

const UNIT_FACTORS: Record<string, number | undefined> = {
  万亿元: 1e12,
  亿元: 1e8,
  亿: 1e8,
  万元: 1e4,
  万: 1e4,
  元: 1,
};

/** A bare amount continuing a list after an investment figure: 总投资50亿元的A、20亿元的B. */
const LISTED_AMOUNT_PATTERN = new RegExp(`、\\s*(${DIGITS})\\s*(万亿元|亿元|万元)(?=的)`, 'y');
const CLAUSE_END = /[，,；;。！？!?]/;

function toFigure(text: string, digits: string, unit: string, start: number): InvestmentFigure {
  const value = Number(digits.normalize('NFKC').replace(/[,，]/g, '').replace('．', '.'));
  const factor = UNIT_FACTORS[unit];
  return {
    // Round away float noise: 4.8 * 1e8 is 479999999.99999994.
    amountCny: factor !== undefined && Number.isFinite(value) ? Math.round(value * factor) : undefined,
    text,
    start,
    end: start + text.length,
  };
}

/** Every investment figure in `text`, in order, with the bare amounts listed after one in its clause. */
export function findInvestments(text: string): InvestmentFigure[] {
  const figures: InvestmentFigure[] = [];
  for (const match of text.matchAll(INVESTMENT_PATTERN)) {
    const [whole, , digits = '', unit = ''] = match;
    figures.push(toFigure(whole, digits, unit, match.index));
    // 总投资50亿元的南玻面板、20亿元的韵达产业园: each later amount of the clause belongs to the name after it.
    for (let at = match.index + whole.length; at < text.length && !CLAUSE_END.test(text[at] ?? ''); at += 1) {
      if (text[at] !== '、') continue;
      LISTED_AMOUNT_PATTERN.lastIndex = at;
      const listed = LISTED_AMOUNT_PATTERN.exec(text);
      if (!listed) continue;
      const [listedWhole, listedDigits = '', listedUnit = ''] = listed;
      const offset = listedWhole.indexOf(listedDigits);
      figures.push(toFigure(listedWhole.slice(offset), listedDigits, listedUnit, at + offset));
    }
  }
  return figures.sort((a, b) => a.start - b.start).filter((f, i, all) => i === 0 || f.start !== all[i - 1]?.start);
}
