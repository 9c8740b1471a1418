import type { RegionLevel } from '../vocabulary.ts';

/**
 * The 56 recognised ethnic groups (with and without 族, as they appear inside the names of
 * autonomous areas such as 博尔塔拉蒙古自治州 or 巴里坤哈萨克自治县), plus 各族.
 * Longest first so that 蒙古族 is stripped before 蒙古.
 */
const ETHNIC_GROUPS = [
  '汉', '蒙古', '回', '藏', '维吾尔', '苗', '彝', '壮', '布依', '朝鲜', '满', '侗', '瑶', '白', '土家',
  '哈尼', '哈萨克', '傣', '黎', '傈僳', '佤', '畲', '高山', '拉祜', '水', '东乡', '纳西', '景颇', '柯尔克孜',
  '土', '达斡尔', '仫佬', '羌', '布朗', '撒拉', '毛南', '仡佬', '锡伯', '阿昌', '普米', '塔吉克', '怒',
  '乌孜别克', '俄罗斯', '鄂温克', '德昂', '保安', '裕固', '京', '塔塔尔', '独龙', '鄂伦春', '赫哲', '门巴',
  '珞巴', '基诺',
];
const ETHNIC_NAMES = [...ETHNIC_GROUPS.map((g) => `${g}族`), ...ETHNIC_GROUPS.filter((g) => g.length >= 2), '各族']
  .sort((a, b) => b.length - a.length);

/**
 * Generic words that are also the stem of an official name (资源县, 合作市, 朝阳区, 新城区 …).
 * A bare occurrence of these in a report almost never means the place, so they are not short names.
 * General vocabulary, not taken from the corpus.
 */
export const GENERIC_SHORT_NAME_STOPLIST: ReadonlySet<string> = new Set([
  '资源', '合作', '和平', '东方', '朝阳', '向阳', '红旗', '光明', '前进', '新华', '新城', '新区', '新市', '城关',
  '城中', '城东', '城西', '城南', '城北', '城厢', '市中', '东区', '西区', '南区', '北区', '中区', '矿区', '郊区',
  '江北', '江南', '河东', '河西', '青山', '东山', '西山', '南山', '北山', '太平', '平安', '复兴', '新兴', '古城',
  '老城', '港口', '港北', '港南', '海港', '民主', '团结', '胜利', '解放', '安全', '发展', '建设', '文化', '长青',
])

const UNIT_SUFFIXES: Record<Exclude<RegionLevel, 'village' | 'area'>, readonly string[]> = {
  province: ['特别行政区', '自治区', '省', '市'],
  city: ['自治州', '地区', '盟', '市'],
  county: ['自治县', '自治旗', '林区', '特区', '新区', '县', '区', '市', '旗'],
  town: ['民族乡', '街道', '镇', '乡', '苏木'],
};

/** Banner names such as 巴林左旗 keep their direction; a bare 巴林左 is not a name anyone uses. */
const DIRECTION_ENDINGS = ['左', '右', '前', '中', '后'];

function stripEthnicNames(stem: string): string {
  let current = stem;
  for (let changed = true; changed; ) {
    changed = false;
    for (const ethnic of ETHNIC_NAMES) {
      if (current.endsWith(ethnic) && current.length > ethnic.length) {
        current = current.slice(0, -ethnic.length);
        changed = true;
        break;
      }
    }
  }
  return current;
}

/**
 * Raw short-name stem of an official name by the general rules (strip the unit suffix 省/市/县/区/旗/盟/
 * 地区/自治区/自治州/自治县 and the ethnic names in front of 自治…). Returns null when nothing ≥ 2
 * characters is left, or the name is a placeholder row. Does not consult any stop-list.
 */
export function deriveShortNameStem(name: string, level: RegionLevel): string | null {
  if (level === 'village' || level === 'area') return null;
  for (const suffix of UNIT_SUFFIXES[level]) {
    if (!name.endsWith(suffix) || name.length <= suffix.length) continue;
    let stem = name.slice(0, -suffix.length);
    // 卡蒲毛南族乡 → 卡蒲: an ethnic township drops its ethnic names as an autonomous county does.
    if (suffix.startsWith('自治') || (level === 'town' && stem.endsWith('族'))) {
      const withoutEthnic = stripEthnicNames(stem);
      // 东乡族自治县, 鄂伦春自治旗: the ethnic name is the whole stem, so it is the short name.
      stem = withoutEthnic === stem || withoutEthnic.length < 2 ? stem.replace(/族$/, '') : withoutEthnic;
    }
    if (suffix === '旗' && DIRECTION_ENDINGS.some((d) => stem.endsWith(d))) return null;
    return stem.length >= 2 ? stem : null;
  }
  return null;
}
