import { describe, expect, it } from 'vitest';
import type { EntityType } from '../vocabulary.ts';
import { findSentenceRelations } from './find-relations.ts';
import type { RelationFinding, ResolvedMention } from './find-relations.ts';

/** Mentions of one invented sentence: each surface at its first place in `text`. */
function mentionsOf(text: string, names: ReadonlyArray<readonly [EntityType, string]>): ResolvedMention[] {
  return names.map(([type, surface]) => {
    const start = text.indexOf(surface);
    if (start < 0) throw new Error(`${surface} is not in ${text}`);
    return { entityId: `${type}:${surface}`, type, text: surface, start, end: start + surface.length, sentence: 0 };
  });
}

function describeFindings(findings: readonly RelationFinding[]): string[] {
  return findings.map((f) => `${f.from} -${f.type}(${f.cue})-> ${f.to}`).sort();
}

describe('findSentenceRelations', () => {
  it('reads 投资建设 between a company and a project as both INVESTS_IN and BUILDS', () => {
    const text = '青禾能源集团投资建设年产5万吨石墨负极材料项目。';
    const found = findSentenceRelations(text, mentionsOf(text, [['company', '青禾能源集团'], ['project', '年产5万吨石墨负极材料项目']]));
    expect(describeFindings(found)).toEqual([
      'company:青禾能源集团 -BUILDS(建设)-> project:年产5万吨石墨负极材料项目',
      'company:青禾能源集团 -INVESTS_IN(投资)-> project:年产5万吨石墨负极材料项目',
    ]);
    const [first] = found;
    expect(text.slice(first?.start, first?.end)).toBe('青禾能源集团投资建设年产5万吨石墨负极材料项目');
  });

  it('reads 由…承建 after the project', () => {
    const text = '云岭大桥项目由蓝川路桥公司承建，年底通车。';
    const found = findSentenceRelations(text, mentionsOf(text, [['project', '云岭大桥项目'], ['company', '蓝川路桥公司']]));
    expect(describeFindings(found)).toEqual(['company:蓝川路桥公司 -BUILDS(承建)-> project:云岭大桥项目']);
  });

  it('reads 与…签约 as taking part, and every company of a list before the cue', () => {
    const text = '与星河科技、远帆物流签约智慧物流园项目。';
    const found = findSentenceRelations(
      text,
      mentionsOf(text, [['company', '星河科技'], ['company', '远帆物流'], ['project', '智慧物流园项目']]),
    );
    expect(describeFindings(found)).toEqual([
      'company:星河科技 -TAKES_PART_IN(签约)-> project:智慧物流园项目',
      'company:远帆物流 -TAKES_PART_IN(签约)-> project:智慧物流园项目',
    ]);
  });

  it('reads a company right before a project (引进…公司…项目) as its builder', () => {
    const text = '引进松石新材料公司的碳纤维复合材料项目，带动就业500人。';
    const found = findSentenceRelations(text, mentionsOf(text, [['company', '松石新材料公司'], ['project', '碳纤维复合材料项目']]));
    expect(describeFindings(found)).toEqual(['company:松石新材料公司 -BUILDS(adjacent)-> project:碳纤维复合材料项目']);
  });

  it('does not link across a clause break or through another project', () => {
    const text = '松石新材料公司完成技改，碳纤维项目投产；白杨集团推进风电场项目和光伏电站项目。';
    const found = findSentenceRelations(
      text,
      mentionsOf(text, [['company', '松石新材料公司'], ['project', '碳纤维项目'], ['company', '白杨集团'], ['project', '风电场项目'], ['project', '光伏电站项目']]),
    );
    expect(describeFindings(found).filter((f) => f.includes('碳纤维') || f.includes('光伏电站'))).toEqual([]);
  });

  it('places a project by 落户…园区, by 在 right after it, and by a park or region right before it', () => {
    const text = '金穗食品加工项目落户东岭工业园，青石大道项目在北湖镇开工，东岭工业园智能仓储项目建成。';
    const mentions = mentionsOf(text, [
      ['project', '金穗食品加工项目'],
      ['park', '东岭工业园'],
      ['project', '青石大道项目'],
      ['region', '北湖镇'],
      ['project', '智能仓储项目'],
    ]);
    const second = text.lastIndexOf('东岭工业园');
    mentions.push({ entityId: 'park:东岭工业园', type: 'park', text: '东岭工业园', start: second, end: second + 5, sentence: 0 });
    expect(describeFindings(findSentenceRelations(text, mentions))).toEqual([
      'project:智能仓储项目 -LOCATED_IN(adjacent)-> park:东岭工业园',
      'project:金穗食品加工项目 -LOCATED_IN(落户)-> park:东岭工业园',
      'project:青石大道项目 -LOCATED_IN(在)-> region:北湖镇',
    ]);
  });

  it('does not place a park by a bare 在 before a list of places', () => {
    const text = '推动南山园区在上海等地建设科创飞地。';
    const found = findSentenceRelations(text, mentionsOf(text, [['park', '南山园区'], ['region', '上海']]));
    expect(found).toEqual([]);
  });
  it('carries a cue to every project of a list joined by 、 or 和 (X总投资…的A、B和C项目)', () => {
    const text = '加快青禾集团总投资52亿元的热电、焦化和煤焦油深加工项目建设，开工建设紫岩水库项目。';
    const found = findSentenceRelations(
      text,
      mentionsOf(text, [['company', '青禾集团'], ['project', '热电'], ['project', '焦化'], ['project', '煤焦油深加工项目'], ['project', '紫岩水库项目']]),
    );
    expect(describeFindings(found)).toEqual([
      'company:青禾集团 -INVESTS_IN(投资)-> project:热电',
      'company:青禾集团 -INVESTS_IN(投资)-> project:焦化',
      'company:青禾集团 -INVESTS_IN(投资)-> project:煤焦油深加工项目',
    ]);
  });

  it('reads X投资N亿元建设Y and 由X与Y共同投资 as investing', () => {
    const text = '白杨能源投资12亿元建设风电场项目，云岭隧道项目由蓝川路桥公司与远帆建工共同投资。';
    const found = findSentenceRelations(
      text,
      mentionsOf(text, [['company', '白杨能源'], ['project', '风电场项目'], ['project', '云岭隧道项目'], ['company', '蓝川路桥公司'], ['company', '远帆建工']]),
    );
    expect(describeFindings(found)).toEqual([
      'company:白杨能源 -BUILDS(建设)-> project:风电场项目',
      'company:白杨能源 -INVESTS_IN(投资)-> project:风电场项目',
      'company:蓝川路桥公司 -INVESTS_IN(投资)-> project:云岭隧道项目',
      'company:远帆建工 -INVESTS_IN(投资)-> project:云岭隧道项目',
    ]);
  });

  it('reads the list before 由…承建 and a takeover (收购) as investing', () => {
    const text = '云岭大桥、青石隧道项目由蓝川路桥公司承建。远帆集团收购北湖矿业技改项目。';
    const found = findSentenceRelations(
      text,
      mentionsOf(text, [['project', '云岭大桥'], ['project', '青石隧道项目'], ['company', '蓝川路桥公司'], ['company', '远帆集团'], ['project', '北湖矿业技改项目']]),
    );
    expect(describeFindings(found)).toEqual([
      'company:蓝川路桥公司 -BUILDS(承建)-> project:云岭大桥',
      'company:蓝川路桥公司 -BUILDS(承建)-> project:青石隧道项目',
      'company:远帆集团 -INVESTS_IN(收购)-> project:北湖矿业技改项目',
    ]);
  });

  it('reads X与Y签约Z项目 and X携手Y共建Z as both taking part', () => {
    const text = '星河科技与远帆物流签约智慧物流园项目，松石集团携手青禾能源共建零碳产业园项目。';
    const found = findSentenceRelations(
      text,
      mentionsOf(text, [['company', '星河科技'], ['company', '远帆物流'], ['project', '智慧物流园项目'], ['company', '松石集团'], ['company', '青禾能源'], ['project', '零碳产业园项目']]),
    );
    expect(describeFindings(found)).toEqual([
      'company:星河科技 -TAKES_PART_IN(签约)-> project:智慧物流园项目',
      'company:松石集团 -TAKES_PART_IN(携手)-> project:零碳产业园项目',
      'company:远帆物流 -TAKES_PART_IN(签约)-> project:智慧物流园项目',
      'company:青禾能源 -TAKES_PART_IN(共建)-> project:零碳产业园项目',
    ]);
  });

  it('reads a company heading a project name, but not an output word (日产5000吨)', () => {
    const text = '争取青钢200万吨特种钢项目和日产5000吨水泥项目落地。';
    const found = findSentenceRelations(
      text,
      mentionsOf(text, [['project', '青钢200万吨特种钢项目'], ['company', '青钢'], ['project', '日产5000吨水泥项目'], ['company', '日产']]),
    );
    expect(describeFindings(found)).toEqual(['company:青钢 -BUILDS(name)-> project:青钢200万吨特种钢项目']);
  });
});
