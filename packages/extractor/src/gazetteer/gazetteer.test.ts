import { describe, expect, it } from 'vitest';
import { deriveShortNameStem } from './derive-short-names.ts';
import { loadGazetteer, loadTownIndex } from './gazetteer.ts';

describe('deriveShortNameStem', () => {
  it('strips unit suffixes and ethnic names by general rules', () => {
    expect(deriveShortNameStem('宝兴县', 'county')).toBe('宝兴');
    expect(deriveShortNameStem('呼和浩特市', 'city')).toBe('呼和浩特');
    expect(deriveShortNameStem('内蒙古自治区', 'province')).toBe('内蒙古');
    expect(deriveShortNameStem('广西壮族自治区', 'province')).toBe('广西');
    expect(deriveShortNameStem('新疆维吾尔自治区', 'province')).toBe('新疆');
    expect(deriveShortNameStem('克拉玛依区', 'county')).toBe('克拉玛依');
    expect(deriveShortNameStem('黔南布依族苗族自治州', 'city')).toBe('黔南');
    expect(deriveShortNameStem('锡林郭勒盟', 'city')).toBe('锡林郭勒');
    expect(deriveShortNameStem('阿克苏地区', 'city')).toBe('阿克苏');
    expect(deriveShortNameStem('东乡族自治县', 'county')).toBe('东乡');
    expect(deriveShortNameStem('杭锦旗', 'county')).toBe('杭锦');
  });

  it('leaves names that would shrink below two characters or lose a direction', () => {
    expect(deriveShortNameStem('和县', 'county')).toBeNull();
    expect(deriveShortNameStem('城区', 'county')).toBeNull();
    expect(deriveShortNameStem('巴林左旗', 'county')).toBeNull();
  });
});

describe('loadGazetteer', () => {
  const gazetteer = loadGazetteer();

  it('resolves official and short names to the same region with code, level and path', () => {
    for (const name of ['宝兴县', '宝兴']) {
      const resolved = gazetteer.resolve(name);
      expect(resolved?.region).toMatchObject({
        code: '511827',
        name: '宝兴县',
        level: 'county',
        path: ['四川省', '雅安市', '宝兴县'],
        pathCodes: ['51', '5118', '511827'],
      });
    }
    expect(gazetteer.resolve('呼和浩特')?.region).toMatchObject({ code: '1501', level: 'city', path: ['内蒙古自治区', '呼和浩特市'] });
    expect(gazetteer.resolve('内蒙古')?.region).toMatchObject({ code: '15', level: 'province' });
    expect(gazetteer.resolve('广西')?.region.name).toBe('广西壮族自治区');
  });

  it('does not treat common words as short names', () => {
    for (const word of ['资源', '合作', '和平', '朝阳', '城关', '公安', '比如']) {
      expect(gazetteer.lookupShort(word)).toEqual([]);
      expect(gazetteer.resolve(word)).toBeNull();
    }
    expect(gazetteer.rejectedShortNames.get('资源')).toMatch(/generic/);
    expect(gazetteer.nameRisk('城区')).toBe('common-word');
    expect(gazetteer.nameRisk('和县')).toBe('boundary');
  });

  it('leaves out placeholder rows and hangs their counties off the province', () => {
    expect(gazetteer.lookupOfficial('市辖区')).toEqual([]);
    expect(gazetteer.lookupOfficial('省直辖县级行政区划')).toEqual([]);
    expect(gazetteer.resolve('东城区')?.region.path).toEqual(['北京市', '东城区']);
    const jiyuan = gazetteer.resolve('济源市')?.region;
    expect(jiyuan?.path).toEqual(['河南省', '济源市']);
    expect(jiyuan && gazetteer.getParent(jiyuan)?.name).toBe('河南省');
  });

  it('lists all candidates of an ambiguous name and prefers the one consistent with context', () => {
    expect(gazetteer.isAmbiguousShortName('克拉玛依')).toBe(true);
    expect(gazetteer.resolve('克拉玛依')?.region.name).toBe('克拉玛依市');
    expect(gazetteer.resolve('河南')?.region.name).toBe('河南省');
    const chaoyang = gazetteer.lookupOfficial('朝阳区');
    expect(chaoyang.length).toBe(2);
    const changchun = gazetteer.resolve('长春市')?.region;
    expect(changchun).toBeDefined();
    const inJilin = gazetteer.resolve('朝阳区', { regions: changchun ? [changchun] : [] });
    expect(inJilin?.ambiguous).toBe(true);
    expect(inJilin?.region.path).toEqual(['吉林省', '长春市', '朝阳区']);
    const beijing = gazetteer.resolve('北京')?.region;
    expect(gazetteer.resolve('朝阳区', { regions: beijing ? [beijing] : [] })?.region.path).toEqual(['北京市', '朝阳区']);
  });

  it('gives the hierarchy for PART_OF: county → city → province', () => {
    const edges = gazetteer.listPartOfEdges();
    const baoxing = edges.find((e) => e.child.code === '511827');
    expect(baoxing?.parent.name).toBe('雅安市');
    expect(edges.find((e) => e.child.code === '5118')?.parent.name).toBe('四川省');
    expect(edges.some((e) => e.child.level === 'province')).toBe(false);
  });

  it('loads towns on demand by official name', () => {
    const towns = loadTownIndex().get('穆坪镇') ?? [];
    expect(towns.map((t) => t.path)).toContainEqual(['四川省', '雅安市', '宝兴县', '穆坪镇']);
  });
});
