/**
 * Head-driven recognisers: a name ends in a head word (…项目, …产业园, …集团, …大学,
 * …战略, …经济带) and starts where the left scan stops. The head decides the type;
 * a specific element (a proper or unknown word) separates names from generic phrases.
 */
import type { EntityType } from '../vocabulary.ts';
import { collectLeftPieces, FACILITY_BUILD_VERBS, joinPieceWords, leftScan, listPieceWords, scanNameLeft, type NamePiece } from './boundary.ts';
import type { Candidate } from './candidate.ts';
import { PRIORITY } from './candidate.ts';
import {
  AREA_HEADS,
  COMPANY_HEADS,
  GENERIC_NAMES,
  GENERIC_WORDS,
  INDUSTRY_WORDS,
  LEFT_BOUNDARY_TAGS,
  LEFT_BOUNDARY_WORDS,
  ORGANIZATION_HEADS,
  PARK_HEADS,
  PROJECT_HEADS,
  REGION_ALIASES,
} from './lexicons.ts';
import type { Quote } from './quoted.ts';
import type { TextView } from './text-view.ts';
import { createPhraseMatcher, hanRunStart, isHan, isPunct, isSpecificTag } from './text-view.ts';
import { isGazetteerName, loadRegionNames } from './region-names.ts';
import { isKnownPlace, isPlaceName } from './lexicon-matches.ts';
import { lookupFrequency, SegmentedToken } from './tokenizer.ts';

type HeadKind = EntityType | 'institution';

/** A year given to a campaign: 营商环境优化年, 作风改进提升年, 某某攻坚年. */
const CAMPAIGN_YEAR_HEADS = ['攻坚年', '提升年', '建设年', '优化年', '推进年', '落实年', '突破年', '改进年'];
const CAMPAIGN_YEARS: ReadonlySet<string> = new Set(CAMPAIGN_YEAR_HEADS);
/** Policy heads: programme words. */
const POLICY_HEADS = [
  '战略', '行动计划', '三年行动方案', '行动方案', '三年行动', '行动', '计划', '攻坚战', '专项斗争', '条例', '规划纲要', '纲要',
  '责任制', '长制', '馆制', '承诺制', '新政', '普查', '框架协议', '十年禁渔政策', '禁渔政策', '一体化', '清单制度', '准入制度',
  '制度', '条例', '协定', '发展规划', '实施方案', '五年行动', '规划',
  ...CAMPAIGN_YEAR_HEADS,
];
const CONJUNCTIONS = /[和与及、]/;
const PROGRAMME_END = /(行动|工程|计划|战略|运动|攻坚战|方案|制度)$/;
/** 战略定力, 战略基点, 战略机遇: 战略 qualifying the noun after it is "strategic", not a strategy's head. */
const STRATEGY_AS_MODIFIER = /^(基点|定力|支点|支撑|机遇|地位|意义|高度|布局|眼光|思维|性|合作|部署|储备|腹地|要地|通道|节点|举措|决策|高地|对接|定位|目标|伙伴)/;

/**
 * 分类处理和限塑行动, 增品种、提品质、创品牌行动: a short task joined to the task before it shares
 * the head with it; the head names the whole bundle of work, not a programme of the last task.
 */
function isSharedHeadConjunct(text: string, start: number, left: string): boolean {
  if (left.length > 4 || !CONJUNCTIONS.test(text[start - 1] ?? '')) return false;
  return !PROGRAMME_END.test(text.slice(Math.max(0, start - 7), start - 1));
}

/** Scopes that a campaign covers as a class (重点行业, 重点区域). */
const GENERIC_SCOPE = /^(行业|区域|领域|流域|地区|部位)/;
/** Counted documents joined into a formula: 一办法一条例, 两规划一方案. */
const COUNTED_DOCUMENTS = /^[省市州县区]?([一二两三四五][\u4e00-\u9fff]{1,3}[一二两三四五][\u4e00-\u9fff]{1,3})$/;
/** Aims that make an 工程 a programme, not a construction work (强基, 振兴, 引领, 培育 …). */
const PROGRAMME_WORK_AIMS = /(强基|强县|强市|强省|强镇|振兴|引领|育才|引才|兴业|富民|上市)$/;
/** Verbs that put a named system into force (落实居住证制度); systems being built or improved (建立…制度) are generic. */
const SYSTEM_IN_FORCE = /(落实|实施|实行|启动|推行|执行)(统一的)?$/;
/** Words that end an unquoted legal title on its left (贯彻|某某条例); 促进 and adverbs stay inside it. */
const LEGAL_TITLE_STOPS = new Set(['贯彻', '深入贯彻', '落实', '执行', '严格执行', '实施', '遵守', '学习', '宣传', '修订', '制定', '出台', '颁布', '印发', '认真', '全面', '的', '和', '与', '及', '按照', '根据', '依据']);
/** An unquoted legal title opens with the level or place that issued it (自治区…条例, 某省…条例). */
const LEGAL_TITLE_ISSUER = /^(自治区|省|市|县|州|[\u4e00-\u9fff]{2,6}?(省|市|县|自治区|自治州))/;

/** 焦作市…, 某县…: the first piece is a full city, county or province name from the gazetteer. */
function opensWithNamedPlace(pieces: NamePiece[]): boolean {
  const first = pieces[0]?.word ?? '';
  return first.length >= 3 && /[省市县]$/.test(first) && loadRegionNames().fullNames.has(first) && pieces.length >= 2;
}

/** Institutions: an organization, or a project where the clause says it is being built. */
const INSTITUTION_HEADS = ['大学', '学院', '职业技术学院', '职业学院', '医院', '中医院', '中学', '附中', '学校', '实验学校', '书院', '幼儿园', '小学', '博物馆', '纪念馆', '党史馆', '一中', '二中', '三中', '四中', '五中', '六中', '七中', '八中', '民中'];

const HEAD_KINDS = new Map<string, HeadKind>();
for (const head of PROJECT_HEADS) HEAD_KINDS.set(head, 'project');
for (const head of ['一期', '二期', '三期', '四期', '五期', '六期']) HEAD_KINDS.set(head, 'project');
for (const head of PARK_HEADS) HEAD_KINDS.set(head, 'park');
for (const head of COMPANY_HEADS) HEAD_KINDS.set(head, 'company');
for (const head of ORGANIZATION_HEADS) HEAD_KINDS.set(head, 'organization');
for (const head of POLICY_HEADS) HEAD_KINDS.set(head, 'policy');
for (const head of AREA_HEADS) HEAD_KINDS.set(head, 'region');
for (const head of INSTITUTION_HEADS) HEAD_KINDS.set(head, 'institution');
// Heads shared by several lists: the organization reading wins for research centres.
for (const head of ['创新中心', '研究中心', '技术中心', '工程技术研究中心']) HEAD_KINDS.set(head, 'organization');
/** Works named by what is done to a named feature: 板桥河综合治理, 午门遗址加固 (a project without 项目). */
const WORK_HEADS = ['水环境综合治理', '水环境治理', '综合治理', '环境治理', '生态治理', '环境整治', '综合整治', '提升改造', '改造提升', '加固', '修缮', '改造', '整体提升', '生态修复'];
for (const head of WORK_HEADS) HEAD_KINDS.set(head, 'project');
/** Extensions of a named facility: 凤阳港新增泊位, 明巢高速小岗出口连接线. */
for (const head of ['新增泊位', '出口连接线', '连接线']) HEAD_KINDS.set(head, 'project');
/** Links, waterways and services named only by the stretch they run (甲至乙城际列车, 甲江乙地至丙地三级航道, 甲至乙国际航班); a kind otherwise (内河航道). */
const ROUTE_ONLY_HEADS: ReadonlySet<string> = new Set(['城际列车', '渡改桥', '防火通道', '航班', '国际航班', '航道', '航线']);
for (const head of ROUTE_ONLY_HEADS) HEAD_KINDS.set(head, 'project');
/** Town sites renewed under a proper name (某某历史文化街区, 某某街菜市场, 某某货场): a project only where the clause builds or renews one. */
const TOWN_SITE_HEADS: ReadonlySet<string> = new Set(['街区', '菜市场', '货场']);
for (const head of TOWN_SITE_HEADS) HEAD_KINDS.set(head, 'project');
const WORK_HEAD_SET = new Set(WORK_HEADS);
/** A named feature: the stem ends in a road, river, hill, gate, relic … */
/** Objects of a work that are a condition or a process, not a place or facility (市场秩序, 安全, 雨污分流). */
const CONDITION_OBJECT_END = /(秩序|安全|分流)$/;
const FEATURE_END = /[河路街巷山桥湖门楼城塔寺庙陵址渠湾岛港塘溪沟峡洞阁殿坊]$/;

const matchHeads = createPhraseMatcher(HEAD_KINDS.keys());
type HeadMatch = ReturnType<typeof matchHeads>[number];

/** Facility heads specific enough that a plain-word stem still names one thing (燃灯水库, 白蕉大道). */
const FACILITY_HEADS = new Set(['跨江通道', '过江通道', '跨海通道', '国家文化公园', '铁路支线', '立交桥', '水质净化厂', '净水厂', '新增泊位', '出口连接线', '连接线', '一期', '二期', '三期', '四期', '五期', '六期', '高速公路', '高速', '铁路', '高铁', '城际铁路', '大道', '大桥', '特大桥', '隧道', '快速路', '电站', '水电站', '水库', '电厂', '热电厂', '泵站', '大闸', '机场', '码头', '泊位', '高架桥', '大剧院', '酒店', '迎宾馆', '廊桥', '景区', '博物馆', '纪念馆', '党史馆', '湿地公园', '公园', '小镇', '新城', '综合体', '商业广场', '广场', '大厦', '体育馆', '体育场', '班列', '快线', '专线', '号线', '水系', '水厂', '风景道', '风情园', '起步区', '文旅城']);
/** Company heads that are also industry nouns (科技, 能源 …): the word before must look like a brand. */
/** What follows a sector figure (投资完成, 增加值增长): a statistic, never a firm's name. */
const STATISTIC_AFTER = /^(完成[\d.]|增长[\d.]|增速|增加值|同比|总额|占比|比重)/;
/** Openings that describe a park by the regions it joins (省际, 跨境, 飞地), leaving no name. */
const RELATIONAL_PARK = /^(省际|市际|县际|区际|跨省|跨市|跨县|跨区域|跨境|区域|飞地|异地|共建)/;
const WEAK_COMPANY_HEADS = new Set(['科技', '能源', '化工', '农业', '物流', '投资', '保险', '食品', '材料', '新材料', '生物', '医药', '电子', '汽车', '石油', '石化', '建材', '电气', '机电', '光电', '光伏', '电力', '传媒', '地产', '文旅', '玻璃', '陶瓷', '服饰', '纺织', '航空', '纳米', '钢铁', '证券', '实业', '牧业', '茶业', '酒业', '纸业', '乳业', '食品', '环保科技', '耐火', '涂料', '炭素', '轮胎', '电器', '重工', '合作社', '股份合作社', '专业合作社']);
const INSTITUTION_OR_ORG = new Set<HeadKind>(['organization', 'institution']);
const COOPERATIVE_FORMS = new Set(['合作社', '股份合作社', '专业合作社']);
/** Openings that make a cooperative a kind (农民专业合作社, 供销合作社, 村级股份合作社). */
const COOPERATIVE_KIND_OPENING = /^(农民|供销|农村|农业|村级|集体|新型|各类|专业|股份)/;
/** Nouns that turn an industry head into a trade or product phrase (电子化学品, 材料产业链, 科技合作). */
const TRADE_CONTINUATION = /^(革命|指标|协定|协议|化学品|产业链|产业|行业|领域|合作|交流|贸易|加工|创新|人才|服务|水平|实力|成果|体系|能力|资源|支撑|发展|强省|强市|强县|大省|大市)/;
/** Heads of registered legal names, which keep generic words (小岗产业发展投资有限公司). */
const LEGAL_FORM_HEADS = new Set(['有限公司', '有限责任公司', '股份有限公司', '集团有限公司', '集团公司']);
const SCOPE_OPENING = /^全(疆|省|市|县|区|州|盟|旗|国|域|镇|乡|村)/;
const PARK_TRADE_HEADS = new Set(['科技', '新材料', '材料', '光电', '文旅', '传媒']);
const PARK_HEAD_AFTER = /^(产业园|工业园|科技园|园区|产业基|基地|小镇)/;
const GOAL_VERB_OPENING = /^做[精强优大实活细好特深美新]/;
/** 协议总投资, 最具投资价值: a total or a superlative makes 投资 an amount or a quality, not a firm. */
const INVESTMENT_MEASURE = /总$|^最/;
const INVESTMENT_KIND = /^(技改|技术改造|固定资产|民间|基建|基础设施|社会|有效|招商|产业|工业|项目|外商|境外|对外)$/;
const LONE_LEVEL = /^(省|市|县|区|州|盟|旗)$/;
const INSTITUTION_AFTER = /^[\u4e00-\u9fff]{0,4}?(研究院|设计院|研究所|科学院|学院|大学|学会|协会|研究中心)/;

const HONOUR_BEFORE = /(获批|获评|评为|荣获|入选|认定为|授予)$/;
const TITLE_SOUGHT_BEFORE = /(创建|争创|创成|申创)[^，。；,;！？!?\n]*$/;
const PARK_GOAL_BEFORE = /(打造|建成|争创|申报|申报设立|申建|创建|成为|做[精强优大实活细好特深美新])(全国|全省|全市|全区|全州)?$/;
const HONOUR_PARK = /第.批|星级|优秀|先进|国家级慢|示范片区|美丽乡村/;
/** 入选…, 被命名为…, 评为…: what follows is a title conferred (guide rule 4), also when 命名为 opens the candidate. */
const TITLE_CONFERRED_BEFORE = /(命名为|入选|评为|获评)[^，。；、,;]{0,8}$/;
/** 全省首个…, 唯一一个…: a zone ranked first or only among its kind is a title won, not a named zone. */
const RANKED_TITLE_BEFORE = /(首个|唯一一个|第一个)[^，。；、,;]{0,8}$/;

/** Words that, right after a head, show the head is used as a verb or generic noun (计划实施, 行动起来). */
/** 化 after a firm head makes a process (公司化工作, 集团化发展), not a trade (化工, 化肥). */
const FIRM_PROCESS_AFTER = /^化(?:工作|发展|运营|运作|改革|改制|经营|管理|转型|[，,。；、])/;
const HEAD_FOLLOWERS_REJECT = /^(定位|机遇|意义|目标|部署|支撑|性|实施|投资|开工|完成|建设的|起来|方案|资金|用地|谋划|储备|库|包|前期|手续|审批|招商|管理|规划|人员|工作|单位|企业|力度|水平|能力|体系|机制|覆盖|主体|体制)/;

/** Facility heads that are named in use as often as in construction. */
const CUED_FACILITY_HEADS = new Set(['热源厂', '机场', '养殖场', '屠宰场', '风情园', '风情街', '商业街', '购物公园', '起步区', '文旅城', '庄园', '交易市场', '度假村', '中心', '平台', '基地', '公园', '湿地公园', '广场', '商业广场', '景区', '小镇', '酒店', '综合体', '大厦']);

/** Construction cues that make a named institution a project (guide rule 10). */
const CONSTRUCTION_CUE = /(落地|启动|开馆|开园|完成|开业|开建|打造|建成|新建|改建|扩建|续建|建设|开工|竣工|完工|投入使用|投入运营|试运营|正式运营|投用|投运|迁建|改造|落成|动工|封顶|主体完工|提升改造|加快|推进|修缮)/;

const IRRIGATION_REBUILD = /灌区续建配套(?:与|和|及)?节水(?:配套)?改造(?:项目|工程)?/g;
const WATER_FEATURE_END = /[河湖江渠库]$/;

/** 面向某地辐射中心: a centre that radiates or leads is a role a city plays (guide: generic words), not a facility's trade. */
const ROLE_VERB_BEFORE_CENTRE = /^(辐射|引领|带动|示范|集散)$/;

/** Scheduled lines (中欧班列, 铁海快线): a project where the clause opens, launches or builds one, a service in use otherwise. */
const SERVICE_LINE_HEADS: ReadonlySet<string> = new Set(['班列', '快线', '专线']);
const SERVICE_LINE_CUE = new RegExp(`${CONSTRUCTION_CUE.source}|开通|通车|开行|首航|首发|通航`);

/** A part of a facility (停机坪, 城区段) and the rebuilding done to it, right after the facility's name. */
const ROUTE_REBUILT_AFTER = /^(?:[\u4e00-\u9fff]{2,4}段)?(?:扩能|拓宽|提质|升级|改扩建|改建|扩建|改线)(?:改造)?工程/;
const PART_REBUILT_AFTER = /^(?:[\u4e00-\u9fff]{0,3}?[坪段站楼区线])?(?:改扩建|扩建|改线|迁建)/;

/** A count closing the clause after a facility (…3个以上, …3座,): the facility is a kind being counted. */
const COUNTED_BEFORE = /(?:\d+|[一二两三四五六七八九十百几]+)[个项批]([\u4e00-\u9fff]{0,2})$/;
const COUNTED_AFTER = /^[\d一二两三四五六七八九十]+[个座所家处](以上|左右)?(?=$|[，,。；;、])/;

const NUMBER_FIRST_PROJECT = /^[\d.]+((万|亿|千)?(吨|吉瓦|兆瓦|千瓦|平方米|立方米)|(万|亿|千)(台|套|件|头|只|片|锭|辆))(?![\u4e00-\u9fff]*[等和及、])[\u4e00-\u9fff]{2,}$/;

const MAX_NAME = { project: 24, park: 18, company: 12, organization: 18, policy: 22, region: 12, institution: 16, slogan: 12 } as const;

/** Proposes candidates from name heads. */
/** National and provincial road codes: G345, S95, G329改线. */
const ROAD_CODE = /(?<![A-Za-z0-9])[GS]\d{1,4}(?:[\u4e00-\u9fff]{0,4}(?:连接线|支线|改线|改扩建|扩建|段))?(?![A-Za-z0-9])/g;

/** 甲高速一期工程顺接乙大桥: an undertaking word closes the name before it, it never opens a facility's name. */
const UNDERTAKING_WORDS: ReadonlySet<string> = new Set(['工程', '项目']);
/** 合作建设某某医养中心: build words jieba tags as verbal nouns (vn) still open the clause before a centre's name. */
const CENTRE_CLAUSE_WORDS: ReadonlySet<string> = new Set(['工程', '项目', '建设', '新建', '共建', '筹建']);

export function recognizeHeadedNames(view: TextView): Candidate[] {
  const { text } = view;
  const out: Candidate[] = [];
  ROAD_CODE.lastIndex = 0;
  for (let m = ROAD_CODE.exec(text); m; m = ROAD_CODE.exec(text)) out.push(make('project', m.index, m.index + m[0].length, 'road-code'));
  for (const match of matchHeads(text)) readHeadedName(view, match, out);
  // 明巢高速 + 小岗出口连接线: an extension of a facility named just before it is one project.
  for (const c of [...out]) {
    if (c.type !== 'project' || !/(连接线|新增泊位)$/.test(text.slice(c.start, c.end))) continue;
    const facility = out.find((o) => o.end === c.start && o.type === 'project' && o !== c);
    if (facility) out.push(make('project', facility.start, c.end, 'project-extension'));
  }
  // 某河灌区续建配套与节水改造: the national irrigation works, named by the river or lake whose district is rebuilt.
  IRRIGATION_REBUILD.lastIndex = 0;
  for (let m = IRRIGATION_REBUILD.exec(text); m; m = IRRIGATION_REBUILD.exec(text)) {
    const first = scanNameLeft(view, m.index, leftScan({ maxChars: 6, stopAtVerbs: true }))[0];
    if (first && WATER_FEATURE_END.test(text.slice(first.start, m.index)) && m.index - first.start >= 2) out.push(make('project', first.start, m.index + m[0].length, 'project-work'));
  }
  // 某某分拨中心项目: a named centre followed by 项目 is one project at its full extent (guide: longest extent).
  for (const c of [...out]) {
    if (c.type === 'project' && c.rule === 'project-head' && text.slice(c.end - 2, c.end + 2) === '中心项目') out.push(make('project', c.start, c.end + 2, 'project-head'));
  }
  // 某机场停机坪改扩建, 某铁路城区段改线: the rebuilding of a part of a named facility is the project, named at its full extent.
  for (const c of [...out]) {
    if (c.type !== 'project' || c.rule !== 'project-head' || !endsWithFacilityHead(text.slice(c.start, c.end))) continue;
    const rebuild = PART_REBUILT_AFTER.exec(text.slice(c.end, c.end + 8));
    if (rebuild) out.push(make('project', c.start, c.end + rebuild[0].length, 'facility-part-rebuilt'));
  }
  // 甲至乙铁路扩能改造工程, 国道某线某段改建工程: the rebuilding works of a named route are the project, at their full extent.
  for (const c of [...out]) {
    if (c.type !== 'project' || !(c.rule === 'road-code' || endsWithRouteHead(text.slice(c.start, c.end)))) continue;
    const rebuild = ROUTE_REBUILT_AFTER.exec(text.slice(c.end, c.end + 14));
    if (rebuild) out.push(make('project', c.start, c.end + rebuild[0].length, 'route-rebuilt'));
  }
  // 岚溪(翠关)淮水大桥: a parenthesised alternative name belongs to the facility's name.
  for (const c of [...out]) {
    if (c.type !== 'project') continue;
    const start = findBracketedNameStart(view, c.start);
    if (start >= 0) out.push(make('project', start, c.end, 'bracketed-name'));
  }
  return out;
}


/** The name a head closes (the head's kind decides how far left it reaches and how it is judged), pushed to `out`. */
function readHeadedName(view: TextView, match: HeadMatch, out: Candidate[]): void {
  const { text, boundaryAt } = view;
  const kind = HEAD_KINDS.get(match.phrase);
  if (!kind) return;
  // The head must end on a token boundary unless the next character cannot continue a word.
  const nextChar = text[match.end];
  if (!boundaryAt[match.end] && isHan(nextChar) && !isHeadStart(text, match.end)) return;
  const following = text.slice(match.end, match.end + 6);
  if (kind === 'policy' && HEAD_FOLLOWERS_REJECT.test(following) && !(match.phrase === '普查' && following.startsWith('工作'))) return;
  // 新时代中长期铁路规划: a route named in a plan's title is the plan, not an undertaking.
  if (kind === 'project' && /^规划(?!建设|研究|论证|选址|设计|前期|布局|审批|实施|落地)/.test(following)) return;
  if (kind === 'policy' && match.phrase.endsWith('制度') && /^(改革|建设|体系|化|性|环境)/.test(following)) return;
  if (kind === 'policy' && match.phrase === '计划' && /^[\u4e00-\u9fff]{0,2}(实施|完成|投资|新建|建设|开工|引进|安排|生产)/.test(following)) return;
  if (kind === 'company' && LEGAL_FORM_HEADS.has(match.phrase)) {
    const legalStart = findLegalNameStart(view, match.start);
    if (legalStart >= 0) {
      out.push(make('company', legalStart, match.end, 'company-legal'));
      return;
    }
  }
  const pieces = scanNameLeft(view, match.start, leftScan({
    maxChars: MAX_NAME[kind],
    keepNumbers: kind !== 'region',
    allowNamePunct: kind === 'park',
    // Institution names hold words jieba tags as verbs (警察职业学院): only boundary words end them.
    stopAtVerbs: kind === 'project' || kind === 'park' || kind === 'region' || kind === 'organization' || kind === 'company',
    strongOnly: kind === 'policy',
    keepOrdinals: kind === 'region',
    // 某某分拨中心, 某县全民健身中心: the field word right before a centre names its trade, even where jieba tags it a verb.
    keepVerbBeforeHead: kind === 'company' || (kind === 'project' && match.phrase === '中心' && !ROLE_VERB_BEFORE_CENTRE.test(text.slice(match.start - 2, match.start))),
    stopWords: kind === 'project' && FACILITY_HEADS.has(match.phrase) ? UNDERTAKING_WORDS : kind === 'project' && match.phrase === '中心' ? CENTRE_CLAUSE_WORDS : undefined,
  }));
  const legal = match.phrase === '条例' || match.phrase === '协定' ? scanLegalTitle(view, match.start) : -1;
  if (legal >= 0) {
    out.push(make('policy', legal, match.end, 'policy-head'));
    return;
  }
  const named = kind === 'park' && NATIONAL_ZONE_HEADS.has(match.phrase) ? dropClauseBeforePark(view, extendOverNationalDesignation(view, joinFieldPair(view, pieces), match.start)) : kind === 'park' ? dropClauseBeforePark(view, joinFieldPair(view, pieces)) : kind === 'project' && ROUTE_HEADS.has(match.phrase) ? extendRouteLeft(view, pieces, match.start) : kind === 'project' && (FACILITY_HEADS.has(match.phrase) || CUED_FACILITY_HEADS.has(match.phrase)) && match.phrase !== '平台' ? extendOverQuotedName(view, pieces) : pieces;
  if (ROUTE_ONLY_HEADS.has(match.phrase) && !named.some((p) => ROUTE_LINKS.has(p.word))) return;
  const candidate = judgeName(view, kind, named, match.start, match.end, match.phrase);
  if (candidate) out.push(...candidate);
}

/**
 * “船山时间谷”钟表小镇, 岚州“智造谷”未来体验中心: a quoted name right before a kind word and a facility
 * head is the facility's own name (a place may open it). Quoted counts (“一塔一阁”) are formulas, not names;
 * a quoted service before 平台 is a brand.
 */
function extendOverQuotedName(view: TextView, pieces: NamePiece[]): NamePiece[] {
  const { text } = view;
  const at = pieces[0]?.start ?? -1;
  if (at < 0 || text[at - 1] !== '”') return pieces;
  const open = text.lastIndexOf('“', at - 2);
  const inner = text.slice(open + 1, at - 1);
  if (open < 0 || !/^[\u4e00-\u9fff]{2,8}$/.test(inner) || /[一二三四五六七八九十百千两双]/.test(inner)) return pieces;
  const quoted: NamePiece = new SegmentedToken(inner, open, at, 'nz');
  const place = scanNameLeft(view, open, leftScan({ maxChars: 4, stopAtVerbs: true }));
  const placeName = joinPieceWords(place);
  if (place.length > 0 && isPlaceName(placeName)) return [...place, quoted, ...pieces];
  return [quoted, ...pieces];
}

/** Heads of lines and works that run between two places (A至B高铁, A至B段改移工程). */
const ROUTE_HEADS: ReadonlySet<string> = new Set([...ROUTE_ONLY_HEADS, '铁路支线', '高速公路', '高速', '铁路', '高铁', '城际铁路', '轻轨', '公路', '快速路', '快速通道', '隧道', '大桥', '工程', '项目', '专线', '快线']);
const NATIONAL_ZONE_HEADS = new Set(['示范区', '试验区']);
/** Verbs that act on a zone (提升园区, 建设某园): inside a zone's name they open the clause, never the name. */
const PARK_CLAUSE_VERBS = new Set(['提升', '建设', '打造', '构建', '盘活', '优化', '壮大', '发展']);

/**
 * 乾务镇提升某某工业园, 产业体系做精现代农业产业园: a verb acting on the zone (or 做 + a quality) ends the
 * subject or clause before it; the zone's name starts after the verb. In 飞地园区某某产业园 the inner 园区
 * closes another zone.
 */
function dropClauseBeforePark(view: TextView, pieces: NamePiece[]): NamePiece[] {
  const first = pieces[0];
  if (!first) return pieces;
  const left = view.text.slice(first.start, (pieces[pieces.length - 1] as NamePiece).end);
  const goal = left.search(/做[精强优大实活细好特深美新](?!.*做[精强优大实活细好特深美新])/);
  const afterGoal = goal >= 0 ? pieces.filter((p) => p.start >= first.start + goal + 2) : pieces;
  for (let i = afterGoal.length - 1; i >= 0; i--) {
    const piece = afterGoal[i] as NamePiece;
    if ((piece.tag === 'v' && PARK_CLAUSE_VERBS.has(piece.word)) || piece.word === '建设' || piece.word === '园区') return afterGoal.slice(i + 1);
  }
  return afterGoal;
}
const PLACE_PIECE_TAGS = new Set(['ns', 'x', 'nr', 'j']);

/**
 * 甲州国家自主创新示范区: a national designation given to a named place is the zone's name, verbs
 * (创新, 可持续发展) and all. Without a place before 国家 (创建国家全域旅游示范区) it is a title sought or won.
 */
function extendOverNationalDesignation(view: TextView, pieces: NamePiece[], headStart: number): NamePiece[] {
  const { text } = view;
  const from = Math.max(0, headStart - 14);
  const at = text.lastIndexOf('国家', headStart - 2);
  if (at < from || !/^[\u4e00-\u9fff]+$/.test(text.slice(at, headStart)) || (pieces[0]?.start ?? headStart) <= at) return pieces;
  const place = scanNameLeft(view, at, leftScan({ maxChars: 6, stopAtVerbs: true }));
  if (place.length === 0 || !place.every((p) => PLACE_PIECE_TAGS.has(p.tag) && !GENERIC_WORDS.has(p.word)) || text.slice((place[0] as NamePiece).start, at).length < 2) return pieces;
  return [...place, new SegmentedToken(text.slice(at, headStart), at, headStart, 'nz')];
}

const ROUTE_LINKS = new Set(['至', '到', '经']);

/**
 * 广州至珠海(澳门)高铁, G552孤家坳至罗甸董架段改移工程: the scan stops at 至 and at brackets, but a
 * route names both ends; each end (a place of 2–8 characters, an alternative in brackets after it) joins the name.
 */
function extendRouteLeft(view: TextView, pieces: NamePiece[], headStart: number): NamePiece[] {
  const { text } = view;
  let extended = pieces;
  let linked = false;
  for (let hop = 0; hop < 3; hop++) {
    const at = extended[0]?.start ?? headStart;
    const bracket = /[(（][\u4e00-\u9fff]{2,6}[)）]$/.exec(text.slice(Math.max(0, at - 8), at));
    if (bracket) {
      const open = at - bracket[0].length;
      const place = dropCutToken(view, scanNameLeft(view, open, leftScan({ maxChars: 8, stopAtVerbs: true, keepNumbers: true })));
      if (!isRouteEnd(place, open)) break;
      extended = [...place, new SegmentedToken(bracket[0], open, at, 'x'), ...extended];
      continue;
    }
    const link = text[at - 1] ?? '';
    if (!ROUTE_LINKS.has(link) || at === headStart) break;
    const place = dropCutToken(view, scanNameLeft(view, at - 1, leftScan({ maxChars: 8, stopAtVerbs: true, keepNumbers: true })));
    if (!isRouteEnd(place, at - 1)) break;
    extended = [...place, new SegmentedToken(link, at - 1, at, 'p'), ...extended];
    linked = true;
  }
  // jieba may glue the link to the next place (青州 至岚海): the link is inside a piece.
  if (!linked && extended !== pieces) linked = extended.some((p) => p.word.length > 1 && ROUTE_LINKS.has(p.word[0] as string));
  return linked ? extended : pieces;
}

/** The scan's length limit may cut a word (完|成): a piece that starts inside a token is no part of the name. */
function dropCutToken(view: TextView, pieces: NamePiece[]): NamePiece[] {
  const first = pieces[0];
  if (!first || view.tokens[view.tokenAt[first.start] ?? -1]?.start === first.start) return pieces;
  return pieces.slice(1);
}

/** One end of a route: 2–8 characters of names (places, unknown words, a road code), ending at `end`. */
function isRouteEnd(place: NamePiece[], end: number): boolean {
  const first = place[0];
  const last = place[place.length - 1];
  if (!first || !last || last.end !== end || end - first.start < 2) return false;
  if (!/^[\u4e00-\u9fffGS]/.test(first.word)) return false;
  return place.every((p) => !GENERIC_WORDS.has(p.word) && !LEFT_BOUNDARY_WORDS.has(p.word)) && (isSpecificPiece(last) || isPlaceName(last.word) || last.word.length === 1);
}

/**
 * 大数据与信息安全产业园: two fields joined by 与 name one zone; the scan stopped at 与, so the
 * field before it (and its place) joins the name. A place right before 与 is a partner, not a field.
 */
function joinFieldPair(view: TextView, pieces: NamePiece[]): NamePiece[] {
  const first = pieces[0];
  if (!first || view.text[first.start - 1] !== '与') return pieces;
  const left = scanNameLeft(view, first.start - 1, leftScan({ maxChars: 8, stopAtVerbs: true }));
  const field = left[left.length - 1];
  if (!field || !field.tag.startsWith('n') || field.tag === 'ns' || isPlaceName(field.word) || /[区园港城]$/.test(field.word) || first.start - 1 - (left[0] as NamePiece).start < 2) return pieces;
  return [...left, new SegmentedToken('与', first.start - 1, first.start, 'p'), ...pieces];
}

/** The start of “Name(Alt)” ending right before `at`, or -1: both names 2–4 Han characters, the first a name. */
function findBracketedNameStart(view: TextView, at: number): number {
  const { text } = view;
  if (text[at - 1] !== ')' && text[at - 1] !== '）') return -1;
  const inner = /[(（]([\u4e00-\u9fff]{2,4})$/.exec(text.slice(Math.max(0, at - 7), at - 1));
  if (!inner) return -1;
  const open = at - 1 - inner[0].length;
  const pieces = scanNameLeft(view, open, leftScan({ maxChars: 4, stopAtVerbs: true }));
  const start = pieces[0]?.start ?? -1;
  if (start < 0 || open - start < 2 || !/^[\u4e00-\u9fff]+$/.test(text.slice(start, open))) return -1;
  return start;
}

/** Units of capacity that make “brand + number + unit + product” an industrial undertaking. */
const CAPACITY_UNIT = '(?:吨|吉瓦|兆瓦|千瓦|GW|MW|台|套|件|头|只|片|平方米|立方米|锭|辆|千瓦时)';

/** A quoted formula qualified by at least four characters of works before 项目: “某某”综合开发项目. */
const QUALIFIED_QUOTE_PROJECT = /^[\u4e00-\u9fff]{4,12}?项目/;

/**
 * “某某”综合开发项目, “某某”信息通信基础设施建设项目: the quote and its works form one project, quote marks
 * kept; the formula inside stays a name of its own. A short generic noun (“某某”企业项目) adds no undertaking.
 */
export function recognizeQualifiedQuoteProjects(view: TextView, quotes: readonly Quote[]): Candidate[] {
  const { text } = view;
  const out: Candidate[] = [];
  for (const { open, close } of quotes) {
    if (text[open] !== '“' || text[close] !== '”' || close - open > 14 || close - open < 3) continue;
    const works = QUALIFIED_QUOTE_PROJECT.exec(text.slice(close + 1, close + 15));
    if (!works || /[等和及的]/.test(works[0]) || isCountedKind(text, open)) continue;
    out.push({ type: 'project', start: open, end: close + 1 + works[0].length, rule: 'quote-works-project', priority: PRIORITY.suffix + 1 });
  }
  return out;
}

/**
 * 金宇硅业10万吨工业硅, 瞩日能源3.5吉瓦高效太阳能光伏组件: a list item or clause subject made of a
 * brand, a capacity and a product is a project even without 项目 (the brand is a company of its own).
 */
const CAPACITY_ITEM = new RegExp(
  `(\\d+(?:\\.\\d+)?)(万|亿|千)?${CAPACITY_UNIT}([\\u4e00-\\u9fffA-Za-z\\-]{2,14}?)(?=[、，,；;。]|等|及|项目|建设|建成|开工|投产|签约|落地|顺利|加快|有序|正式|相继|全面|达产|落户)`,
  'g',
);
const CAPACITY_BRAND_REJECT = /能力|量|[近约达超共]$|新增|新建|建成|实现|达到|完成|累计|产能|形成|具备|拥有|全年|年均|总投资|扩大|规模|生产|产量|销量|增加|增长|超过|其中|全市|全县|全区|全省|我市|我县|我区|[省市县区镇乡村]$|^[省市县区]/;
const CAPACITY_PRODUCT_REJECT = /(产能|规模|以上|左右|能力|目标|任务|生产|产量)$/;

export function recognizeCapacityItems(view: TextView): Candidate[] {
  const { text } = view;
  const out: Candidate[] = [];
  CAPACITY_ITEM.lastIndex = 0;
  for (let m = CAPACITY_ITEM.exec(text); m; m = CAPACITY_ITEM.exec(text)) {
    const product = m[3] as string;
    if (CAPACITY_PRODUCT_REJECT.test(product) || /^公里/.test(product) || /^[\d.]/.test(text[m.index - 1] ?? '')) continue;
    const brandEnd = text.slice(m.index - 2, m.index) === '年产' ? m.index - 2 : m.index;
    // The brand is the name run left of the capacity, cut at verbs and punctuation (抓好|金宇硅业).
    const pieces = scanNameLeft(view, brandEnd, leftScan({ maxChars: 8, stopAtVerbs: true }));
    if (pieces.length === 0) continue;
    const start = (pieces[0] as NamePiece).start;
    const brand = text.slice(start, brandEnd);
    if (brand.length < 2 || brand.length > 6 || !/^[\u4e00-\u9fff]+$/.test(brand) || CAPACITY_BRAND_REJECT.test(brand) || GENERIC_WORDS.has(brand) || pieces.every((p) => GENERIC_WORDS.has(p.word) || INDUSTRY_WORDS.has(p.word))) continue;
    const previous = text[start - 1] ?? '';
    if (isHan(previous) && !['的', '和', '及', '与'].includes(previous) && view.tokens[view.tokenAt[start - 1] ?? -1]?.tag !== 'v') continue;
    out.push({ type: 'project', start, end: m.index + m[0].length, rule: 'capacity-item', priority: PRIORITY.derived });
  }
  return out;
}

/** What a river work does to the water (思茅河治理, 某江流域污染综合整治, 某河水环境综合治理). */
const WATER_WORK_TAIL = /[河江湖沟渠溪](?:流域)?(?:水环境|水生态环境|水生态|生态环境|生态|污染|环境)?(?:综合)?$/;
const WATER_WORK_VERBS = ['治理', '整治'];
const WATER_WORK_PHASE = /^(?:[一二三四五六七八九十]期)?(?:工程|项目)?/;
const WATER_STEM_REJECT = /^(全|各|主要|重点|城市|城区|内|大|小|中小|沿)/;

/**
 * 加快实施某某河水环境治理: a work on a local stream is a project without 项目 (guide rule 6: planned or under way).
 * The stream's name runs back to a verb or a list mark; a stream the dictionary knows as one word (黄河, 护城河) is a region or a kind.
 */
export function recognizeWaterWorks(view: TextView): Candidate[] {
  const { text } = view;
  const out: Candidate[] = [];
  for (const verb of WATER_WORK_VERBS) {
    for (let at = text.indexOf(verb); at >= 0; at = text.indexOf(verb, at + verb.length)) {
      const tail = WATER_WORK_TAIL.exec(text.slice(Math.max(0, at - 12), at));
      if (!tail) continue;
      const water = at - tail[0].length;
      const start = findStreamNameStart(view, water);
      if (start < 0) continue;
      const single = view.tokens[view.tokenAt[start] ?? -1];
      if (single && single.start === start && single.end === water + 1 && single.tag !== 'x') continue;
      const phase = WATER_WORK_PHASE.exec(text.slice(at + verb.length, at + verb.length + 5))?.[0] ?? '';
      out.push({ type: 'project', start, end: at + verb.length + phase.length, rule: 'water-work', priority: PRIORITY.derived });
    }
  }
  return out;
}

/** The nearest token start left of the water character that follows a verb, a conjunction or a punctuation mark, or -1. */
function findStreamNameStart(view: TextView, water: number): number {
  const { text } = view;
  for (let from = water - 1; from >= Math.max(0, water - 4); from--) {
    const token = view.tokens[view.tokenAt[from] ?? -1];
    if (!token || token.start !== from || !isHan(text[from])) continue;
    const before = view.tokens[view.tokenAt[from - 1] ?? -1];
    const opens = from === 0 || isPunct(text[from - 1]) || ['和', '及', '与'].includes(text[from - 1] as string) || Boolean(before && before.end === from && /^v/.test(before.tag));
    if (!opens) continue;
    const stem = text.slice(from, water);
    return WATER_STEM_REJECT.test(stem) || GENERIC_WORDS.has(stem) ? -1 : from;
  }
  return -1;
}

/** A clause opening with an unknown name followed by what only a business does (营收, 产能, 投产 …). */
const COMPANY_SUBJECT = /(?<=^|[，。；,;]|企业)([\u4e00-\u9fff]{2,5}?)(?=营收|营业收入|实现产值|产值突破|产能|具备|建成投产|投产|落户|签约落地|入驻|成功上市|上市|总部|自主研发|获批)/g;
const SUBJECT_REJECT = /企业|公司|集团|全|规上|工业|行业|产业|我|本|各|该|其|新增|年|月|项目|园区|片区|基地|县|市|省|区|镇|乡|村|这|那|个|家|批|多|部分|一|二|三|四|五|六|七|八|九|十|两|几|总|共|主要|重点|龙头|骨干/;
const SUBJECT_FUNCTION_TAGS = new Set(['v', 'vn', 'vd', 'd', 'ad', 'p', 'c', 'u', 'uj', 'r', 'm', 'q', 'a', 't', 'f']);
const UNKNOWN_PIECE_TAGS = new Set(['x', 'nz', 'nrt', 'nt', 'nr', 'nrfg', 'j']);

/** 倍耐力具备全系列…, 龙蟒佰利联营收超百亿元: the unknown subject of a business verb is a company. */
export function recognizeCompanySubjects(view: TextView): Candidate[] {
  const { text, tokens, tokenAt, boundaryAt } = view;
  const out: Candidate[] = [];
  COMPANY_SUBJECT.lastIndex = 0;
  for (let m = COMPANY_SUBJECT.exec(text); m; m = COMPANY_SUBJECT.exec(text)) {
    const brand = m[1] as string;
    const start = m.index;
    const end = start + brand.length;
    if (SUBJECT_REJECT.test(brand) || lookupFrequency(brand) > 0 || GENERIC_WORDS.has(brand) || isGazetteerName(brand) || !boundaryAt[start]) continue;
    let unknownPieces = 0;
    for (let at = start; at < end; ) {
      const token = tokens[tokenAt[at] ?? -1];
      if (!token) break;
      if (token.end <= end && SUBJECT_FUNCTION_TAGS.has(token.tag) && token.word.length > 1 || /^(再|新|又|将|已|要|也|都|还|更|均)$/.test(token.word)) { unknownPieces = 0; break; }
      if (token.word.length === 1 || UNKNOWN_PIECE_TAGS.has(token.tag) || lookupFrequency(token.word) < 50) unknownPieces++;
      at = token.end;
    }
    if (unknownPieces === 0) continue;
    out.push({ type: 'company', start, end, rule: 'company-subject', priority: PRIORITY.derived });
  }
  return out;
}

/**
 * Research institutes named by abbreviation: a ministry's numbered institute (…部一所) and an
 * academy's institute (中科院…所, 中国科学院…研究所 short forms).
 */
const INSTITUTE_ABBREVIATION = /(?:[\u4e00-\u9fff]{1,4}部[一二三四五六七八九十]所|(?:中科院|中国科学院|中国工程院|社科院)[\u4e00-\u9fff]{2,6}?所)(?![\u4e00-\u9fff]*?(?:长|属|有|在|以|得))/g;

/** 国家应用数学中心, 国家技术转移西南中心: a national centre named by its field (国家医学中心 with a bare field is a kind). */
const NATIONAL_CENTRE = /国家(?!级)([\u4e00-\u9fff]{4,8}?)中心(?!城市|项目|工程|认定|建设)/g;
const NATIONAL_CENTRE_HONOUR = /(争创|申报|创建|申建|争取|获批|获评|评为|荣获|入选|认定为|授予)$/;

export function recognizeInstituteAbbreviations(view: TextView): Candidate[] {
  const { text, boundaryAt } = view;
  const out: Candidate[] = [];
  NATIONAL_CENTRE.lastIndex = 0;
  for (let m = NATIONAL_CENTRE.exec(text); m; m = NATIONAL_CENTRE.exec(text)) {
    const end = m.index + m[0].length;
    if (!boundaryAt[m.index] || /[、，,和与及]/.test(m[1] as string) || NATIONAL_CENTRE_HONOUR.test(text.slice(Math.max(0, m.index - 3), m.index))) continue;
    // 某企业内蒙古国家某某中心: an owner's name before 国家 makes it a facility of that owner, not the national centre.
    if (view.tokens[view.tokenAt[m.index - 1] ?? -1]?.tag.startsWith('n')) continue;
    // 同步建设国家某某创新中心: a centre being built is a project (guide rule 10).
    const type = isBeingBuilt(text, m.index, end) ? 'project' : 'organization';
    out.push({ type, start: m.index, end, rule: 'national-centre', priority: PRIORITY.suffix });
  }
  INSTITUTE_ABBREVIATION.lastIndex = 0;
  for (let m = INSTITUTE_ABBREVIATION.exec(text); m; m = INSTITUTE_ABBREVIATION.exec(text)) {
    let start = m.index;
    // The ministry's name starts on a word boundary after punctuation or a function word (与公安部一所 …).
    while (start < m.index + m[0].length - 3 && !boundaryAt[start]) start++;
    const name = text.slice(start, m.index + m[0].length);
    if (/^(所|部)/.test(name) || LEFT_BOUNDARY_WORDS.has(name.slice(0, 2))) continue;
    out.push({ type: 'organization', start, end: m.index + m[0].length, rule: 'institute-abbreviation', priority: PRIORITY.suffix });
  }
  NUMBERED_INSTITUTE.lastIndex = 0;
  for (let m = NUMBERED_INSTITUTE.exec(text); m; m = NUMBERED_INSTITUTE.exec(text)) {
    const ownerEnd = m.index;
    // The group's short name ends in a proper or rare word (中电/nt); a plain noun before a count is a count (学校12所).
    const last = view.tokens[view.tokenAt[ownerEnd - 1] ?? -1];
    if (!last || last.end !== ownerEnd || !(NUMBERED_OWNER_TAGS.has(last.tag) || lookupFrequency(last.word) < 50) || GENERIC_WORDS.has(last.word)) continue;
    // 敬老院25所, 科技园5所幼儿园: a number of facilities counted by 所, not a group's numbered institute.
    if (COUNTED_FACILITY_END.test(last.word)) continue;
    const pieces = scanNameLeft(view, ownerEnd, leftScan({ maxChars: 4, stopAtVerbs: true }));
    const start = pieces[0]?.start ?? -1;
    if (start < 0 || ownerEnd - start < 2) continue;
    out.push({ type: 'organization', start, end: m.index + m[0].length, rule: 'institute-numbered', priority: PRIORITY.suffix });
  }
  return out;
}

/** An institution whose name carries a bracketed field or place before its head: 某某(黄花菜)研究院, 某某(双创)中心. */
const BRACKETED_INSTITUTE = /([\u4e00-\u9fff]{2,4})[(（][\u4e00-\u9fff]{2,4}[)）](研究院|研究所|研究中心|服务中心|中心|学院|协会|商会|联合会|联盟|智库)/g;

export function recognizeBracketedInstitutes(view: TextView): Candidate[] {
  const { text, boundaryAt } = view;
  const out: Candidate[] = [];
  BRACKETED_INSTITUTE.lastIndex = 0;
  for (let m = BRACKETED_INSTITUTE.exec(text); m; m = BRACKETED_INSTITUTE.exec(text)) {
    const stemEnd = m.index + (m[1] as string).length;
    let start = stemEnd - 2;
    while (start > m.index && !boundaryAt[start]) start--;
    // 县级配送(分拨)中心: a stem naming a level or an administrative unit makes a kind of centre, not one.
    if (!boundaryAt[start] || /[省市县区镇乡级]/.test(m[1] as string)) continue;
    const end = m.index + m[0].length;
    const type = isBeingBuilt(text, start, end) ? 'project' : 'organization';
    out.push({ type, start, end, rule: 'bracketed-institute', priority: PRIORITY.suffix });
  }
  return out;
}

const REGION_ALIAS_SET: ReadonlySet<string> = new Set(REGION_ALIASES);

/** The start of an unquoted legal title or agreement ending at `headStart` (自治区促进民族团结进步条例), or -1. */
function scanLegalTitle(view: TextView, headStart: number): number {
  const pieces = collectLeftPieces(view, headStart, 18);
  let start = -1;
  for (const piece of pieces) {
    if (LEGAL_TITLE_STOPS.has(piece.word) || LEFT_BOUNDARY_TAGS.has(piece.tag) && piece.tag !== 'd') break;
    start = piece.start;
  }
  if (start < 0) return -1;
  const title = view.text.slice(start, headStart);
  // 中欧投资协定: an agreement is named by the parties that sign it.
  if (view.text.startsWith('协定', headStart)) return title.length >= 3 && view.tokens[view.tokenAt[start] ?? -1]?.tag === 'ns' ? start : -1;
  return title.length >= 6 && LEGAL_TITLE_ISSUER.test(title) ? start : -1;
}

/** 中电48所: a group's short name and the number of one of its research institutes. */
const NUMBERED_INSTITUTE = /(?<=[\u4e00-\u9fff])\d{1,3}所(?![有属在以得长])/g;
const COUNTED_FACILITY_END = /[院园校馆站室所堂]$/;
const NUMBERED_OWNER_TAGS = new Set(['nt', 'j', 'x', 'nz']);

/**
 * 组建小岗产业发展投资有限公司: a registered legal name keeps its generic words (产业, 发展, 投资);
 * it starts at the leftmost specific word of the run before the legal form, -1 when there is none.
 */
function findLegalNameStart(view: TextView, headStart: number): number {
  let start = -1;
  for (const piece of collectLeftPieces(view, headStart, 14)) {
    if (!isHan(piece.word[0]) || piece.tag === 'v' || LEFT_BOUNDARY_TAGS.has(piece.tag) || piece.word.length === 1 && FUNCTION_CHAR.test(piece.word)) break;
    if (isSpecificPiece(piece)) start = piece.start;
  }
  return start;
}
const FUNCTION_CHAR = /[的和与及等在对把将从向为由]/;

/** The name opens on (or right after) a lone level word: 省体育产业集团, 县文旅集团. */
function isLevelOnlyOwner(view: TextView, from: number): boolean {
  const first = view.tokens[view.tokenAt[from] ?? -1];
  // jieba may glue the level to an unknown short name (县文旅/x).
  if (first && first.start === from && (LONE_LEVEL.test(first.word) || (first.tag === 'x' && LONE_LEVEL.test(first.word[0] ?? '')))) return true;
  const before = view.tokens[view.tokenAt[from - 1] ?? -1];
  return Boolean(before && before.end === from && LONE_LEVEL.test(before.word));
}

/** Another head begins here (the name goes on: 产业园 + 项目). */
function isHeadStart(text: string, at: number): boolean {
  return matchHeads(text, at, Math.min(text.length, at + 8)).some((m) => m.start === at);
}

/** The rest of a 、-list closed by a sector cue (…、农林水利等领域). */
const SECTOR_LIST_AFTER = /^(?:、[\u4e00-\u9fff]{1,8})*、?[\u4e00-\u9fff]{0,8}等(?:重点|重大|新兴|传统|优势)?(?:领域|行业|产业|门类|方面)/;

/** A stem made only of chemical-element characters (金 and 银 excluded: they open many brands). */
export const ELEMENTS_ONLY = /^[锂铍硼氮氟钠镁铝硅磷硫钾钙钛钒铬锰铁钴镍铜锌镓锗砷硒铷锶钇锆铌钼钌铑钯镉铟锡锑碲铯钡镧铈镨钕钐铕钆铽镝钬铒铥镱镥铪钽钨铼锇铱铂汞铊铅铋钍铀]{1,4}(合金)?$/;

const ADMIN_LEVEL = /^(省|市|县|区|州|旗|镇|乡|街道|盟)$/;

/**
 * An owner named by its level, alone (省|体育产业集团) or before a short sector stem (市|公交集团, 县|文旅集团):
 * the government's own firm, which leaves no name (guide rule 6).
 */
function isLevelOwnedFirm(view: TextView, from: number, stem: string): boolean {
  if (isLevelOnlyOwner(view, from)) return true;
  // jieba may glue the level to the sector (市公交), so it is also looked for as a character.
  const { text } = view;
  const levelAt = /^[市县区州旗]/.test(stem) ? from : /[市县区州旗]/.test(text[from - 1] ?? '') ? from - 1 : -1;
  if (levelAt < 0) return false;
  // 宝兴县文旅集团: the level closes a place's name, which is the firm's specific part.
  if ([2, 3, 4].some((k) => levelAt - k >= 0 && isGazetteerName(text.slice(levelAt - k, levelAt + 1)))) return false;
  const sector = text.slice(levelAt + 1, from + stem.length);
  return sector.length >= 2 && sector.length <= 3 && !/[A-Za-z\d]/.test(sector);
}
/** Levels that rank zones (省级示范园, 全国…基地) and the counts that make a head a class (5家…产业园, 功能区19个). */
const ZONE_LEVEL = /^(省级|市级|县级|区级|州级|镇级|乡级|村级|国家级|自治区级|全国|全省|全市)/;
const COUNT_BEFORE = /[\d一二三四五六七八九十两几多]+[家个](?:省级|市级|县级|国家级|自治区级)?(?:以上)?$/;
const COUNT_AFTER = /^[\d一二三四五六七八九十两]+[个家]/;

/** A name found before a head, with what judging it needs: its left part, its words, how specific it is. */
interface HeadedName {
  view: TextView;
  kind: HeadKind;
  pieces: NamePiece[];
  start: number;
  headStart: number;
  headEnd: number;
  head: string;
  name: string;
  left: string;
  words: string[];
  specific: boolean;
  allGeneric: boolean;
  adminOnly: boolean;
}

function judgeName(view: TextView, kind: HeadKind, pieces: NamePiece[], headStart: number, headEnd: number, head: string): Candidate[] | null {
  const { text } = view;
  if (pieces.length === 0) return null;
  const start = (pieces[0] as NamePiece).start;
  const name = text.slice(start, headEnd);
  const left = text.slice(start, headStart);
  if (GENERIC_NAMES.has(name) || left.length === 0) return null;
  const words = listPieceWords(pieces);
  // Unknown names fall apart into single characters (灵/关): two in a row are a specific element.
  const specific = pieces.some((p) => isSpecificPiece(p)) || pieces.some((p, i) => i > 0 && p.word.length === 1 && (pieces[i - 1] as NamePiece).word.length === 1 && isHan(p.word) && isHan((pieces[i - 1] as NamePiece).word) && !GENERIC_WORDS.has(p.word) && !GENERIC_WORDS.has((pieces[i - 1] as NamePiece).word));
  // 73万台大数据服务器项目: a capacity and a product name the undertaking.
  const capacityFirst = (head === '项目' || head === '工程') && NUMBER_FIRST_PROJECT.test(left);
  // 2号线 after 地铁1号线: a bare line number where the passage speaks of a metro.
  const lineNumber = head === '号线' && /^\d{1,2}$/.test(left) && /地铁|轨道交通/.test(text.slice(Math.max(0, start - 40), start));
  if (kind === 'project' && (capacityFirst || lineNumber)) return [make('project', start, headEnd, capacityFirst ? 'project-capacity' : 'project-line')];
  if ((/^[\d.]/.test(left) && head !== '号线') || !isHan(left[0]) && !/^[A-Z\d“]/.test(left)) return null;
  const allGeneric = words.every((w) => GENERIC_WORDS.has(w) || LEFT_BOUNDARY_WORDS.has(w) || /^[\d.]+$/.test(w));
  // A name whose only specific part is an administrative level: 市人民医院, 县中医医院 (guide rule 6).
  const adminOnly = ADMIN_LEVEL.test(words[0] ?? '') && pieces.slice(1).every((p) => GENERIC_WORDS.has(p.word));

  return JUDGE_BY_KIND[kind]?.({ view, kind, pieces, start, headStart, headEnd, head, name, left, words, specific, allGeneric, adminOnly }) ?? null;
}

const JUDGE_BY_KIND: Partial<Record<HeadKind, (headed: HeadedName) => Candidate[] | null>> = {
  policy: judgePolicyName,
  project: judgeProjectName,
  park: judgeParkName,
  company: judgeCompanyName,
  organization: judgeOrganizationName,
  institution: judgeInstitutionName,
  region: judgeAreaName,
};

/** A policy, programme or campaign title before its head (…规划, …行动, …制). */
function judgePolicyName(headed: HeadedName): Candidate[] | null {
  const { view, pieces, start, headStart, headEnd, head, name, left, specific, allGeneric } = headed;
  const { text } = view;
  // 州一办法一条例: counted documents form a formula (guide rule 3); a one-character level before it is no part of it.
  const bundle = COUNTED_DOCUMENTS.exec(name);
  if (bundle) return [make('slogan', headEnd - (bundle[1] as string).length, headEnd, 'policy-bundle')];
  // 房屋安全隐患排查整治专项行动, 某某隐患排查专项行动: a sweep for hazards is a routine task; a clean-up of a named field (某某资源专项整治行动) is a campaign.
  if (head === '行动' && /(排查整治|隐患排查)(专项)?$/.test(left)) return null;
  // 三大攻坚战, 第四大攻坚战: a counted bundle of battles is a formula (guide rule 3), the slogan reading covers it.
  if (/^第?[一二三四五六七八九十两\d]+大$/.test(left)) return null;
  if (head === '战略' && STRATEGY_AS_MODIFIER.test(text.slice(headEnd, headEnd + 2))) return null;
  // 国家省市重大战略, 国家重大战略: the levels that issue strategies, with no field, name none of them.
  if (/^(国家|中央|[省市州县区])+(重大|重要)?(发展)?(战略)?$/.test(left)) return null;
  // 老旧小区改造三年行动: a dated action plan names a programme even over generic words.
  // 出台三年行动计划, “…”行动计划: a duration or the programme word alone names nothing.
  if (/^([一二三四五六七八九十两\d]+年|年度|专项)?(行动)?$/.test(left)) return null;
  if (head === '行动' && isSharedHeadConjunct(text, start, left)) return null;
  // 重点行业减污降碳行动, 重点区域…攻坚行动: a campaign over the key sectors or areas in general names none of them.
  if (text.slice(start - 2, start) === '重点' && GENERIC_SCOPE.test(left)) return null;
  // 公安基层基础攻坚年: a year's campaign is named by its title, generic words or not.
  if (CAMPAIGN_YEARS.has(head)) return left.length >= 2 && !/^[\d一二三四五六七八九十两几这那每各本该其]/.test(left) ? [make('policy', start, headEnd, 'policy-head')] : null;
  // “四基”攻关突破行动: generic words after a quoted formula are its noun, the quote is the entity (guide: “放管服”改革).
  if (text[start - 1] === '”') return null;
  // 产业大升级行动: an action titled “X大Y” names a campaign even over generic words.
  if (allGeneric && head === '行动' && /^[\u4e00-\u9fff]{2,}大[\u4e00-\u9fff]{2}$/.test(left)) return [make('policy', start, headEnd, 'policy-head')];
  // 应急管理体系和能力建设三年提升行动: a dated plan's title joins its fields with 和.
  if (/[三五]年[\u4e00-\u9fff]{0,2}$/.test(left) && /[和与及]/.test(text[start - 1] ?? '')) {
    const field = scanNameLeft(view, start - 1, leftScan({ maxChars: 10, strongOnly: true }))[0];
    if (field && start - 1 - field.start >= 2) return [make('policy', field.start, headEnd, 'policy-head')];
  }
  if (allGeneric && left.length >= 4 && /^(三年行动|五年行动|行动计划|三年行动方案|行动方案)$/.test(head) && !/^[\d一二三四五六七八九十两几这那每各本该其]/.test(left)) return [make('policy', start, headEnd, 'policy-head')];
  // 绿色化提标示范专项行动: a special campaign titled by four or more characters of aims is named, even over generic words.
  if (allGeneric && head === '行动' && left.endsWith('专项') && left.length >= 6 && !/^[\d一二三四五六七八九十两几这那每各本该其]/.test(left)) return [make('policy', start, headEnd, 'policy-head')];
  // 企业投资项目承诺制, 告知承诺制: a pledge system is a named reform even over generic words (guide rule 5: 河长制).
  if (head === '承诺制' && left.length >= 2) return [make('policy', start, headEnd, 'policy-head')];
  if (left.length < 2 || allGeneric) return null;
  // 图书馆、文化馆总分馆制: the system is 总分馆制, whatever kind of hall it is applied to.
  if (head === '馆制' && left.endsWith('总分')) return [make('policy', headStart - 2, headEnd, 'policy-head')];
  if (head === '长制' || head === '馆制') return [make('policy', start, headEnd, 'policy-head')];
  if (head.endsWith('制度') && !SYSTEM_IN_FORCE.test(text.slice(Math.max(0, start - 6), start)) && (head === '制度' || !specific)) return null;
  if (head === '普查' && !/^第[一二三四五六七八九十]+次/.test(left)) return null;
  // 某某发展规划, 对接某地实施方案: a plan is named by a specific field or place, never by a list (…等发展规划).
  if ((head === '发展规划' || head === '实施方案' || head === '协定') && (!specific || left.includes('等'))) return null;
  // 某市国土空间总体规划, 某市干线路网规划: a bare plan is named only by the city or county that issues it.
  if (head === '规划' && !opensWithNamedPlace(pieces)) return null;
  const regionPair = (REGION_ALIAS_SET.has(left) || loadRegionNames().shortNames.has(left)) && /^[\u4e00-\u9fff]{2,3}$/.test(left);
  if (head === '一体化' && !regionPair && !(pieces.length === 1 && /^[\u4e00-\u9fff]{2}$/.test(left) && specific)) return null;
  return [make('policy', start, headEnd, 'policy-head')];
}

/** A works or facility named before its head (…工程, …项目, …医院 being built). */
function judgeProjectName(headed: HeadedName): Candidate[] | null {
  const { pieces, start, headEnd, head, left, specific, allGeneric, adminOnly } = headed;
  const { text } = headed.view;
  // 美丽乡村中心村, 中心镇, 中心城区: 中心 qualifies the settlement that follows, it heads no facility.
  if (head === '中心' && /^(村|镇|城区|城市)/.test(text.slice(headEnd, headEnd + 2))) return null;
  // 4个山水林田湖草生态修复项目, 54个应用研发项目: a kind of project counted by the clause names no single one (guide: 51个抢险救灾工程).
  if (isCountedKind(text, start)) return null;
  if (TITLE_CONFERRED_BEFORE.test(text.slice(Math.max(0, start - 12), start))) return null;
  // 打造珠海产业交通中心, 打造辽西蔬菜生产基地: a place's hub or base aimed at is the role the place is to play, not a facility.
  if (/(中心|基地)$/.test(head) && /打造[^，。；、,;]{0,6}$/.test(text.slice(Math.max(0, start - 8), start)) && pieces[0] && pieces[0].word !== '中国' && isPlaceName(pieces[0].word)) return null;
  // 某省第四季度重大项目, 省重项目: the key projects of a level or period are a class (guide: 重点项目 is generic).
  if (head === '项目' && /(重大|重点|[省市县区]重)$/.test(left)) return null;
  // 县域经济强基工程, 全民技能振兴工程: an 工程 named by what it strengthens or fosters is a programme.
  if (head === '工程' && left.length >= 2 && PROGRAMME_WORK_AIMS.test(left) && !isSharedHeadConjunct(text, start, left)) return [make('policy', start, headEnd, 'programme-work')];
  if (adminOnly || allGeneric || left.length < 2) return null;
  // 全国第一期试点: an ordinal (第一期) counts rounds, it is no phase of a facility.
  if (/期$/.test(head) && left.endsWith('第')) return null;
  if (WORK_HEAD_SET.has(head)) {
    // The work names its object: a named feature (…河, …路, …遗址) possibly followed by generic words (地质环境).
    const named = pieces.filter((p) => !GENERIC_WORDS.has(p.word) && !/^(地质|水|环境|生态|宫城内|内|城内)$/.test(p.word));
    const object = joinPieceWords(named);
    if (object.length < 3 || !(FEATURE_END.test(object) || specific) || adminOnly || allGeneric || /段|^市政|^城市/.test(left)) return null;
    // 旅游市场秩序综合治理, 普铁安全环境整治, 雨污分流改造: a work on a condition or a process is a campaign, not a named works (guide rule 5).
    if (CONDITION_OBJECT_END.test(object)) return null;
    // 官塘镇馒头山地质环境治理: a leading town or county stands on its own, the work starts after it.
    const leading = pieces.findIndex((p) => /[镇乡县区市]$/.test(p.word) && loadRegionNames().fullNames.has(p.word));
    const from = leading >= 0 && leading < pieces.length - 1 ? (pieces[leading + 1] as NamePiece).start : start;
    return [make('project', from, headEnd, 'project-work')];
  }
  // 大熊猫国家公园: a national park is a named area (the region reading), not a facility.
  if (head === '公园' && left.endsWith('国家')) return null;
  // 长征国家文化公园 bare is the area too; with a bracketed stretch (…(某段)) it is the stretch being built.
  if (head === '国家文化公园' && !/[(（]/.test(text[headEnd] ?? '')) return [make('region', start, headEnd, 'national-park')];
  if (!specific && !(FACILITY_HEADS.has(head) && left.length <= 4) && !hasInnerFacility(pieces) && !hasNamedFeature(pieces)) return null;
  // Heads that also name places in use (中心, 平台, 公园 …) make a project only where the clause says it is built (guide rule 6).
  if ((CUED_FACILITY_HEADS.has(head) || TOWN_SITE_HEADS.has(head)) && !CONSTRUCTION_CUE.test(clauseAround(text, start, headEnd)) && !isJointlyBuiltPlaceFacility(headed)) return null;
  if (SERVICE_LINE_HEADS.has(head) && !SERVICE_LINE_CUE.test(clauseAround(text, start, headEnd))) return null;
  // 游客中心, 广电中心, 残疾人康复中心: a centre named only by common words is a kind of centre (guide: generic words).
  if ((head === '中心' || TOWN_SITE_HEADS.has(head)) && !pieces.some(isProperPiece)) return null;
  // 区域性文旅康养中心, 省域航空副中心: a centre scoped to a region is a role the city plays, not a facility.
  if (head === '中心' && (/^(区域|省域)/.test(left) || left.endsWith('副'))) return null;
  // 建成运营某某酒店3个以上, 治理病险水库3座: a facility counted by the clause is a kind of facility, not one named work.
  if (COUNTED_AFTER.test(text.slice(headEnd, headEnd + 8))) return null;
  return [make('project', start, headEnd, 'project-head')];
}

/** 与某县共建某山生态农产品供应基地: a facility built jointly is one project when a place or proper name opens it (钛合金中试基地 is a kind). */
const PROPER_NAME_TAGS: ReadonlySet<string> = new Set(['ns', 'nr', 'x']);

function isJointlyBuiltPlaceFacility(headed: HeadedName): boolean {
  const first = headed.pieces[0];
  return first !== undefined && headed.view.text.slice(first.start - 2, first.start) === '共建' && first.word.length >= 2 && (PROPER_NAME_TAGS.has(first.tag) || isPlaceName(first.word));
}

/** A park or zone named before its head (…产业园, …示范区). */
function judgeParkName(headed: HeadedName): Candidate[] | null {
  const { pieces, start, headEnd, head, left, allGeneric, adminOnly } = headed;
  const { text } = headed.view;
  // 。数字经济产业园基础设施持续完善: a sentence about one zone names it by its trade, common words and all (as dev annotates).
  if (allGeneric && isZoneSubject(text, start, headEnd, left, head)) return [make('park', start, headEnd, 'park-subject')];
  if (adminOnly || allGeneric || HONOUR_PARK.test(left)) return null;
  if (TITLE_CONFERRED_BEFORE.test(text.slice(Math.max(0, start - 12), start)) || /^(命名为|入选|评为)/.test(left)) return null;
  if (head.endsWith('区') && RANKED_TITLE_BEFORE.test(text.slice(Math.max(0, start - 12), start))) return null;
  // 某市西部大工业基地, 某地老工业基地: an industrial base is named by its place; 特色冶金工业基地 is a kind.
  if (head === '工业基地' && !pieces.some((p) => isPlaceName(p.word))) return null;
  // 争创省级健康促进示范县、慢病防控示范区: a demonstration title sought or won is an honour (guide rule 4).
  if (head === '示范区' && TITLE_SOUGHT_BEFORE.test(text.slice(Math.max(0, start - 30), start))) return null;
  // 打造夜间经济集聚区, 申报设立国家某某综合试验区: a zone aimed at or applied for, named only by common words, is a goal, not a name.
  if ((head.endsWith('区') || head === '产业园') && PARK_GOAL_BEFORE.test(text.slice(Math.max(0, start - 8), start)) && !left.includes('国家公园') && !pieces.some(isZoneNamingPiece)) return null;
  // 省级电商示范园, 5家市级以上现代农业产业园, 生态功能区19个: a class of zones by level or count, not one named zone.
  if (!pieces.some((p) => isSpecificPiece(p) && !ZONE_LEVEL.test(p.word)) && (ZONE_LEVEL.test(left) || COUNT_BEFORE.test(text.slice(Math.max(0, start - 8), start)) || COUNT_AFTER.test(text.slice(headEnd, headEnd + 4)))) return null;
  // 化工园区封闭化管理: one sector word before 园区 names the kind of zone.
  if (head === '园区' && pieces.length === 1 && !isSpecificPiece(pieces[0] as NamePiece)) return null;
  // 省际产业合作园区, 跨境合作区: a relation between regions is a kind of park, not a name.
  if (RELATIONAL_PARK.test(left)) return null;
  if (/[一二三四五六七八九十\d]期/.test(left)) return [make('project', start, headEnd, 'park-phase')];
  // 某某家具产业园项目: a park name followed by 项目 is the project (guide: …产业园项目 → project).
  if (text.startsWith('项目', headEnd)) return [make('project', start, headEnd + 2, 'project-head')];
  return [make('park', start, headEnd, 'park-head')];
}

/** A firm named before its head (…公司, …集团, …合作社), cut to its specific part. */
function judgeCompanyName(headed: HeadedName): Candidate[] | null {
  const { view, pieces, start, headStart, headEnd, head, left, allGeneric } = headed;
  const { text } = view;
  if (allGeneric || /公司|集团|银行/.test(left)) return null;
  // 民宿公司化工作, 集团化发展: 化 turns the firm head into a process (corporatisation), naming no firm.
  if (FIRM_PROCESS_AFTER.test(text.slice(headEnd, headEnd + 3)) && (head === '公司' || head === '集团')) return null;
  // 房地产: the head is the tail of a sector word, not a company head.
  const covering = view.tokens[view.tokenAt[headStart] ?? -1];
  if (covering && covering.start < headStart && INDUSTRY_WORDS.has(covering.word)) return null;
  // 有限 + 公司: the head is the tail of a legal form (…有限公司), matched on its own.
  if (/(有限|责任)$/.test(left) && head === '公司') return null;
  let from = start;
  // Company names are short: keep at most a place prefix and four characters of brand.
  const kept = pieces.filter((p) => !GENERIC_WORDS.has(p.word) || isSpecificPiece(p));
  // 某村土地股份合作社: a cooperative's trade word (土地, 林果) belongs to its name; 农民合作社, 供销合作社 are kinds.
  if (COOPERATIVE_FORMS.has(head) && COOPERATIVE_KIND_OPENING.test(left)) return null;
  if (kept.length !== pieces.length && !COOPERATIVE_FORMS.has(head)) {
    const lastGeneric = pieces.findLastIndex((p) => GENERIC_WORDS.has(p.word) && !isSpecificPiece(p));
    from = pieces[lastGeneric + 1]?.start ?? headStart;
  }
  const stem = text.slice(from, headStart);
  // 省体育产业集团, 市公交集团: a level, alone or with a sector, names the government's own firm, as 市人民医院 names its hospital (guide rule 6).
  if (isLevelOwnedFirm(view, from, stem)) return null;
  // 能力贷等科技金融: a list's 等 never sits inside a company name.
  if (stem.length < 2 || stem.length > 8 || !(isHan(stem[0]) || isLatinFirmInitials(stem, head)) || GENERIC_NAMES.has(stem + head) || stem.includes('等')) return null;
  // 全疆农牧业, 全省粮油: a scope word opens a sector, not a firm.
  if (SCOPE_OPENING.test(stem)) return null;
  // 做精农业, 做优生态旅游: a 做 + quality verb phrase sets a goal for a sector, not a firm.
  if (GOAL_VERB_OPENING.test(stem)) return null;
  // 技改投资, 固定资产投资: a kind of investment being counted, not an investment firm.
  if (head === '投资' && (INVESTMENT_KIND.test(stem) || INVESTMENT_MEASURE.test(stem))) return null;
  // 粮油公司, 投融资公司: a sector or activity before a firm head names a kind of firm.
  const stemPieces = pieces.filter((p) => p.start >= from);
  // 冷/链 + 食品: jieba may split the sector word, so the stem is also checked whole.
  if (INDUSTRY_WORDS.has(stem) || stemPieces.every((p) => INDUSTRY_WORDS.has(p.word) || GENERIC_WORDS.has(p.word))) return null;
  // 某某新材料产业园, 某某科技工业园: a trade word before a park head names the park's trade, not a firm.
  if (PARK_TRADE_HEADS.has(head) && PARK_HEAD_AFTER.test(text.slice(headEnd, headEnd + 3))) return null;
  // 某某玻璃设计研究院: the industry head belongs to an institution named right after.
  if (WEAK_COMPANY_HEADS.has(head) && INSTITUTION_AFTER.test(text.slice(headEnd, headEnd + 8))) return null;
  // 冷链物流, 智慧能源: a sector word before an industry head names a trade, not a firm.
  if (WEAK_COMPANY_HEADS.has(head) && pieces.filter((p) => p.start >= from).every((p) => INDUSTRY_WORDS.has(p.word) || GENERIC_WORDS.has(p.word))) return null;
  if (WEAK_COMPANY_HEADS.has(head)) {
    // 高纯湿电子化学品, 钛锆材料产业链: an industry head followed by a noun describes a product, not a firm.
    if (/^协[定议]/.test(text.slice(headEnd, headEnd + 2)) || (TRADE_CONTINUATION.test(text.slice(headEnd, headEnd + 3)) && !isHeadStart(text, headEnd))) return null;
    // 城建投资完成20亿元, 农业增加值增长: a sector figure being reported, not a firm.
    if (STATISTIC_AFTER.test(text.slice(headEnd, headEnd + 4))) return null;
    // 农业科学院, 科技学院: the industry word belongs to an institution's name.
    if (matchHeads(text, headEnd, Math.min(text.length, headEnd + 8)).some((m) => m.start === headEnd && INSTITUTION_OR_ORG.has(HEAD_KINDS.get(m.phrase) ?? 'project'))) return null;
    // 冷链物流、农林水利等领域: an item of a list of sectors names a trade, not a firm.
    if (SECTOR_LIST_AFTER.test(text.slice(headEnd, headEnd + 40))) return null;
    // 高科技农业、绿色农业: the next item qualifies the same head with a common word, so the list names sectors.
    if (isSectorSiblingAfter(view, headEnd, head)) return null;
    // 钛锆新材料, 铜铝材料: chemical elements before a materials head name a material, not a firm.
    if (ELEMENTS_ONLY.test(stem)) return null;
    const before = pieces[pieces.length - 1] as NamePiece;
    // 某某林果专业合作社: a cooperative's legal form follows its trade, so only its length is checked.
    const cooperative = COOPERATIVE_FORMS.has(head);
    // 股份 + 合作社: the longer form (股份合作社) is the head and judges the name.
    if (head === '合作社' && /(股份|专业)$/.test(stem)) return null;
    if (cooperative ? stem.length > 8 : !(isSpecificPiece(before) || before.word.length === 1) || stem.length > 4) return null;
  }
  return [make('company', from, headEnd, 'company-head')];
}

/** Tags of common qualifiers (绿色, 精细, 休闲) that make 某某农业 a sector rather than a firm. */
const QUALIFIER_TAGS = new Set(['a', 'ad', 'an', 'b', 'v', 'vn', 'n']);

/** 、 + one common qualifier word + the same trade head right after a head (…农业、绿色农业). */
function isSectorSiblingAfter(view: TextView, headEnd: number, head: string): boolean {
  if (view.text[headEnd] !== '、') return false;
  const token = view.tokens[view.tokenAt[headEnd + 1] ?? -1];
  if (!token || token.start !== headEnd + 1 || !view.text.startsWith(head, token.end)) return false;
  return QUALIFIER_TAGS.has(token.tag) && lookupFrequency(token.word) >= COMMON_QUALIFIER_FREQUENCY;
}
const COMMON_QUALIFIER_FREQUENCY = 500;

/** An institution or body named before its head (…研究院, …中心). */
function judgeOrganizationName(headed: HeadedName): Candidate[] | null {
  const { start, headStart, headEnd, left, specific, allGeneric, adminOnly } = headed;
  const { text } = headed.view;
  const joined = INSTITUTION_THEN_VERB.exec(left);
  if (joined) return judgeNameAfterVerb(headed, start + joined.index + joined[0].length);
  if (adminOnly || allGeneric || !specific) return null;
  // 获批河南省制造业创新中心: a status conferred on something else, not an institution's name.
  if (HONOUR_BEFORE.test(text.slice(Math.max(0, start - 3), start))) return null;
  // 加快某某创新中心建设, 新建某某检测实验室: an institution being built is a project (guide rule 10).
  if (isBeingBuilt(text, start, headEnd)) return withParentInstitution(text, start, headStart, make('project', start, headEnd, 'organization-project'));
  return [make('organization', start, headEnd, 'organization-head')];
}

/** A school or hospital named before its head: the organization, or the project that builds it. */
function judgeInstitutionName(headed: HeadedName): Candidate[] | null {
  const { view, pieces, start, headStart, headEnd, head, left, specific, allGeneric, adminOnly } = headed;
  const { text } = view;
  // 某学院升级某大学: the institution renamed or upgraded ends the name before the verb; the new name starts after it.
  const renamed = INSTITUTION_THEN_VERB.exec(left);
  if (renamed) return judgeNameAfterVerb(headed, start + renamed.index + renamed[0].length);
  // 第三中学: a numbered school is one school (a level word before the number makes it generic again).
  // 某民中 (民族中学): only a place opens the abbreviation; 居民中, 农民中 are people.
  if (head === '民中' && !isKnownPlace(left)) return null;
  // 某一中 with a one-character stem (铁一中): the stem abbreviates the school's owner, unless it is a level or a count.
  const numbered = /^第[一二三四五六七八九十]+$/.test(left) || NUMBERED_SCHOOL.test(head) && /^[\u4e00-\u9fff]$/.test(left) && !/[省市县区州旗镇乡村届第和与及]/.test(left);
  if (adminOnly || (allGeneric || !(specific || hasContentWord(pieces))) && !numbered || isVerbBeforeLevel(view, start, left)) return null;
  // 中小学幼儿园, 中等职业学校: a stem that names a kind of schooling makes a class of schools, not one (guide: generic words).
  if (SCHOOL_KIND.test(left)) return null;
  // Followed by a construction head (扩建, 新校区 …) the project recogniser covers the longer name; this is the organization.
  const after = text.slice(headEnd, headEnd + 8);
  // 获评省级某某传承学校: a title conferred on schools is an honour, not a school's name (guide rule 4).
  if (/^(培育单位|称号|奖)/.test(after) || HONOUR_BEFORE.test(text.slice(Math.max(0, start - 3), start))) return null;
  // 某某学校新建工程: the school is an organization inside the project that builds it.
  const work = /^(新建|迁建)(工程|项目)|^建设工程/.exec(after);
  if (work) return [make('organization', start, headEnd, 'institution-org'), make('project', start, headEnd + work[0].length, 'institution-work')];
  if (/^(改扩建|扩建|新校区|校区|教师周转房|周转房|学生宿舍|食堂|宿舍楼|医技楼|门诊楼|门急诊|急诊楼|住院楼|住院部|教学楼|实训楼|图书馆|体育馆|综合楼|新院|院区|分院|迁建|[一二三四五]期|建设一期|建设项目|项目)/.test(after)) {
    const org = make('organization', start, headEnd, 'institution-org');
    // 朱村中心学校教学楼 建成投用: the building is the project, the school an organization inside it.
    const building = /^[\u4e00-\u9fff]{0,4}?(楼|馆|房|堂|舍)/.exec(after);
    if (building && /^(教师|周转|学生|食堂|宿舍|医技|门诊|门急诊|急诊|住院|教学|实训|综合|图书|体育)/.test(after) && CONSTRUCTION_CUE.test(clauseAround(text, start, headEnd))) {
      return [org, make('project', start, headEnd + building[0].length, 'institution-building')];
    }
    return [org];
  }
  const clause = clauseAround(text, start, headEnd);
  // 支持某某学校建设: 建设 right after the name builds it, whoever supports it.
  const built = /^建设(?!成)/.test(after) || CONSTRUCTION_CUE.test(clause) && !isPartner(text, start, headEnd);
  if (built) return withParentInstitution(text, start, headStart, make('project', start, headEnd, 'institution-project'));
  return [make('organization', start, headEnd, 'institution-org')];
}

/** An area named before its head (…经济带, …口岸, …组团). */
function judgeAreaName(headed: HeadedName): Candidate[] | null {
  const { pieces, start, headEnd, head, left, specific, allGeneric } = headed;
  const { text } = headed.view;
  if (/^[一二三四五六七八九十两几这那每各个]/.test(left) || /[“”"、，,]/.test(left)) return null;
  if (!specific && !/^[\u4e00-\u9fff]{2,}$/.test(left)) return null;
  // 航空口岸, 一级水源保护区: a port or reserve described by its kind has no name.
  if (!specific && /口岸|保护区|通道|组团|产业带/.test(head)) return null;
  // 公路客货运输口岸: a port named by its mode of transport is a kind of port.
  if (head === '口岸' && /^(公路|铁路|航空|水运|陆路|水路|客货|货运|客运)/.test(left)) return null;
  // 井岸四大组团: a count before the head closes a list of places, it names none.
  if (/[一二三四五六七八九十两\d][大个]$/.test(left)) return null;
  // 南北通道: directions name no place; 城际(伶仃洋通道): a bracketed alternative belongs to the name before it.
  if (/^[东西南北中上下内外]+$/.test(left) || (head === '通道' && (/[(（]/.test(text[start - 1] ?? '') || /[跨过越][江河海]$|防火|消防|应急|救援/.test(left)))) return null;
  if (allGeneric) return null;
  // 自治区丝绸之路经济带: a bare level word is the speaker's own government, it opens no area's name.
  const level = /^(自治区|自治州|省|市|县|区|州|旗)(?=[\u4e00-\u9fff]{2})/.exec(left)?.[0];
  if (level && pieces[0]?.word === level) return [make('region', start + level.length, headEnd, 'area-head')];
  return [make('region', start, headEnd, 'area-head')];
}

/** The name after the verb that ends an institution's name inside the stretch before the head. */
function judgeNameAfterVerb(headed: HeadedName, from: number): Candidate[] | null {
  const { view, kind, pieces, headStart, headEnd, head } = headed;
  const rest = pieces.filter((p) => p.start >= from);
  return rest.length > 0 && rest[0]?.start === from ? judgeName(view, kind, rest, headStart, headEnd, head) : null;
}

/**
 * An institution head followed by a verb that renames or upgrades it (学院升级为, 学校更名), or
 * that has it build something with a partner (研究院共建…中心): the verb ends its name.
 */
const INSTITUTION_THEN_VERB = /(大学|学院|学校|医院|中学|研究院|研究所)(升级为|升级|升格为|升格|更名为|更名|改名为|转设为|转设|改建为|合并为|并入|共建|联建)/;

const NUMBERED_SCHOOL = /^[一二三四五六七八]中$/;

/**
 * Verbs that build or rebuild a facility (新建, 改扩建), never the opening of its name. Before a level every
 * building verb is the clause's verb, 建设 and 改建 too; 开发 is not one here, 开发区 being a zone.
 */
const BUILD_VERBS_BEFORE_LEVEL: ReadonlySet<string> = new Set([...FACILITY_BUILD_VERBS, '改建', '改扩建', '迁建', '筹建', '建设']);

const SCHOOL_KIND = /^(?:中小学|中等职业|高等职业|职业|特殊教育|公办|民办|普通|寄宿制|义务教育|义教|阶段|普惠性|普惠|中职|高职)+$/;

/** A level and the generic words of a public hospital or school after it (区人民医院, 县第一中学). */
const LEVEL_THEN_GENERIC = /^([\u4e00-\u9fff]+?)[省市州县区旗](人民|中医|妇幼保健|第[一二三四五六七八九十]+)?$/;

/** 建成区人民医院, 做强区人民医院: a verb or a common word before the level is no place, the name is only a level (guide rule 6). */
function isVerbBeforeLevel(view: TextView, start: number, left: string): boolean {
  const match = LEVEL_THEN_GENERIC.exec(left);
  const prefix = match?.[1];
  // 新建县人民医院: a building verb before the level is the clause's verb even where it also spells a place.
  if (prefix && BUILD_VERBS_BEFORE_LEVEL.has(prefix)) return true;
  if (!match || !prefix || prefix.length < 2 || [prefix, left.slice(0, prefix.length + 1)].some((word) => isKnownPlace(word))) return false;
  const first = view.tokens[view.tokenAt[start] ?? -1];
  return first?.tag === 'v' || lookupFrequency(prefix) > 1000;
}

/** Verbs that build what follows them in the clause (not 推进/加快, which also drive cooperation). */
const BUILD_BEFORE = /(新建|开工建设|同步建设|规划建设|开建|扩建|迁建|筹建|建成了)[^，。；！？]*$/;
/** 某某科创中心建成投用: completion said right after the name. */
const BUILT_AFTER = /^(建成投用|建成投运|建成运营|投入使用|主体完工|竣工)/;
/** 与兰州大学等高等院校…合作: a partner named after 与/同/依托, or followed by a kind of institution, is no construction. */
const PARTNER_BEFORE = /(与|同|跟|依托|联合|携手|支持|对接)$/;
const PARTNER_AFTER = /^(等(高等院校|高校|院校|科研院所|科研机构|单位|机构)|合作|签约|共建|签订)/;

function isPartner(text: string, start: number, end: number): boolean {
  return PARTNER_BEFORE.test(text.slice(Math.max(0, start - 2), start)) || PARTNER_AFTER.test(text.slice(end, end + 8));
}

/** Whether the clause builds the institution text[start, end): 建设 right after it, or a build verb before it. */
function isBeingBuilt(text: string, start: number, end: number): boolean {
  if (isPartner(text, start, end)) return false;
  if (/^(建设|项目|工程)(?!成)/.test(text.slice(end, end + 3))) return true;
  if (BUILT_AFTER.test(text.slice(end, end + 4))) return true;
  return BUILD_BEFORE.test(text.slice(Math.max(0, start - 30), start).split(/[，,。；;！？]/).pop() ?? '');
}

/** Parent institutions inside a longer institution's name (某某干部学院 in 某某干部学院某地分院, 某某大学 in 某某大学附属中学). */
const PARENT_INSTITUTION = /(大学|学院|研究院|科学院)/g;

/** The project plus, where a university or academy opens its name, that parent as an organization (guide rule 1). */
function withParentInstitution(text: string, start: number, headStart: number, project: Candidate): Candidate[] {
  const left = text.slice(start, headStart);
  let parentEnd = -1;
  PARENT_INSTITUTION.lastIndex = 0;
  for (let m = PARENT_INSTITUTION.exec(left); m; m = PARENT_INSTITUTION.exec(left)) {
    if (m.index >= 2 && m.index + m[0].length < left.length) parentEnd = start + m.index + m[0].length;
  }
  if (parentEnd < 0) return [project];
  return [project, { type: 'organization', start, end: parentEnd, rule: 'parent-institution', priority: PRIORITY.suffix + 1 }];
}

/** 红军广场改扩建项目: a facility named inside the name (a content word before a facility head) makes it specific. */
function hasInnerFacility(pieces: NamePiece[]): boolean {
  for (let i = 1; i < pieces.length; i++) {
    const word = (pieces[i] as NamePiece).word;
    if (!FACILITY_HEADS.has(word) || CUED_FACILITY_HEADS.has(word) && word !== '广场') continue;
    const before = pieces[i - 1] as NamePiece;
    if (before.word.length >= 2 && NOUN_TAGS.has(before.tag) && !GENERIC_WORDS.has(before.word)) return true;
  }
  return false;
}

/** 尖峰/山 + 中央公园: a word and a landform character jieba splits off (山, 河, 湖 …) name a feature. */
function hasNamedFeature(pieces: NamePiece[]): boolean {
  for (let i = 1; i < pieces.length; i++) {
    const before = pieces[i - 1] as NamePiece;
    if (/^[山河湖岛湾江溪峰岭]$/.test((pieces[i] as NamePiece).word) && before.word.length >= 2 && NOUN_TAGS.has(before.tag) && !GENERIC_WORDS.has(before.word)) return true;
  }
  return false;
}

/** A content word that is not generic (石鼓 in 石鼓书院): enough specificity before a strong institution head. */
function hasContentWord(pieces: NamePiece[]): boolean {
  if (/^[\d一二三四五六七八九十两省市县区]/.test(pieces[0]?.word ?? '')) return false;
  return pieces.some((p) => p.word.length >= 2 && NOUN_TAGS.has(p.tag) && lookupFrequency(p.word) < 5000 && isHan(p.word[0]) && !GENERIC_WORDS.has(p.word) && !LEFT_BOUNDARY_WORDS.has(p.word) && !INSTITUTION_KIND_WORDS.has(p.word));
}

const NOUN_TAGS = new Set(['n', 'nr', 'ns', 'nz', 'nt', 'x', 'j', 'nrt', 'nrfg', 'ng']);

/** Words that describe a kind of institution, not a particular one (职业学院, 实验学校, 民办学校). */
const INSTITUTION_KIND_WORDS = new Set(['职业', '技术', '民办', '公办', '国际', '外国语', '实验', '示范', '普通', '高等', '高级', '中等', '师范', '特殊', '教育', '寄宿', '农村', '乡镇', '社区', '中心', '附属', '人民', '中医', '妇幼', '专科', '综合', '重点', '骨干', '新建', '在建', '警察', '护理', '特教', '三甲', '二甲', '义务', '阶段', '传承', '农区', '牧区', '山区', '卫生', '医学', '艺术', '体育', '科技', '理工', '财经', '工业', '农业', '工商', '商贸', '交通', '电力', '信息', '定点']);

/** A place, or a word too rare to be a common noun (福润, 国贸): what makes a centre one centre. */
function isProperPiece(piece: NamePiece): boolean {
  if (GENERIC_WORDS.has(piece.word) || LEFT_BOUNDARY_WORDS.has(piece.word)) return false;
  if (piece.tag === 'ns' || isKnownPlace(piece.word) || /\d|[A-Za-z“”]/.test(piece.word)) return true;
  // 仓储分拣中心: a rare verb names the centre's activity (a trade term), not the centre itself.
  return lookupFrequency(piece.word) < 100 && !/^(v|vn|vd|a|ad|d)$/.test(piece.tag);
}

const SUBJECT_ZONE_HEADS = new Set(['产业园', '产业园区', '科技园', '科技园区', '工业园']);

/** A zone opening its sentence, named by at least four characters of trade, with something said of it (not 建设, a topic). */
function isZoneSubject(text: string, start: number, headEnd: number, left: string, head: string): boolean {
  if (!SUBJECT_ZONE_HEADS.has(head) || left.length < 4 || ZONE_LEVEL.test(left)) return false;
  if (start > 0 && !/[。；;！？\n]/.test(text[start - 1] as string)) return false;
  return /^[\u4e00-\u9fff]/.test(text.slice(headEnd, headEnd + 1)) && !/^(建设|等|和|与|及|发展)/.test(text.slice(headEnd, headEnd + 2));
}

/** A zone's naming element: a place, a proper or unknown word, a number; not a level, 国家, or a domain term (nz). */
function isZoneNamingPiece(piece: NamePiece): boolean {
  if (GENERIC_WORDS.has(piece.word) || LEFT_BOUNDARY_WORDS.has(piece.word) || ZONE_LEVEL.test(piece.word) || piece.word === '国家') return false;
  if (isKnownPlace(piece.word) || /\d|[A-Za-z“”]/.test(piece.word)) return true;
  return piece.tag !== 'nz' && isSpecificTag(piece.tag) && !isPunct(piece.word[0]);
}

function isSpecificPiece(piece: NamePiece): boolean {
  if (GENERIC_WORDS.has(piece.word) || LEFT_BOUNDARY_WORDS.has(piece.word)) return false;
  if (piece.tag === 'x') return !isPunct(piece.word[0]);
  if (isSpecificTag(piece.tag)) return !isPunct(piece.word[0]) && (piece.tag === 'ns' || lookupFrequency(piece.word) < 3000);
  // Numbers with units (10万吨, 1号) are specific for projects.
  return /\d/.test(piece.word);
}

function isCountedKind(text: string, start: number): boolean {
  const count = COUNTED_BEFORE.exec(text.slice(Math.max(0, start - 8), start));
  if (!count) return false;
  const between = count[1] as string;
  return between === '' || GENERIC_WORDS.has(between) || LEFT_BOUNDARY_WORDS.has(between);
}

/** Whether a name ends in one of the route heads (…铁路, …公路, …大桥), not counting the bare 工程 and 项目. */
function endsWithRouteHead(name: string): boolean {
  for (const head of ROUTE_HEADS) if (head !== '工程' && head !== '项目' && name.endsWith(head)) return true;
  return false;
}

/** Whether a name ends in one of the facility heads (…机场, …铁路). */
function endsWithFacilityHead(name: string): boolean {
  for (const head of FACILITY_HEADS) if (name.endsWith(head)) return true;
  return false;
}

/** The clause (between commas/full stops) around a span, without the span itself. */
function clauseAround(text: string, start: number, end: number): string {
  let from = start;
  while (from > 0 && !/[，,。；;！!？?\n]/.test(text[from - 1] as string) && start - from < 30) from--;
  let to = end;
  while (to < text.length && !/[，,。；;！!？?\n]/.test(text[to] as string) && to - end < 30) to++;
  return text.slice(from, start) + text.slice(end, to);
}

/** ABB公司, DBS集团: a firm known by its Latin initials before a firm head. */
function isLatinFirmInitials(stem: string, head: string): boolean {
  return /^[A-Z]{2,6}$/.test(stem) && (head === '公司' || head === '集团');
}

function make(type: EntityType, start: number, end: number, rule: string): Candidate {
  return { type, start, end, rule, priority: PRIORITY.suffix };
}

/** The verbs that put a named undertaking on the agenda right before its name (实施某某项目, 推进某某工程). */
const UNDERTAKING_CUE = /(?:加快推进|加快实施|加快建设|积极推进|开工建设|启动实施|全面完成|推进|实施|启动|建成|完成|推动|开工|新建)$/;
/** What may follow a named undertaking: punctuation, or a word on its progress. */
const UNDERTAKING_FOLLOWER = /^(?:[，,、。；;）)]|建设|开工|前期|有序|建成|竣工|投产|加快|顺利|全面|基本|落地|签约|开始|完成|进展|正式|相继)/;
/** The numeral of a phase (一期, 二期): a phase belongs to one particular undertaking, never to a class of them. */
const PHASE_NUMERAL = /[一二三四五六七八九]/;
/** Words that show a clause, a count or a class rather than one name. */
const UNDERTAKING_SPAN_REJECT = /[等和与及的个项批座条家所\d]|重点|重大|一批|各类|相关|这些|系列|其他|省级|市级|县级/;
/** Physical works right before 工程 (…航道拓宽工程, …矿山生态修复工程): the 工程 builds something, it is no programme. */
const PHYSICAL_WORKS_BEFORE = /(?:修复|防护|拓宽|扩建|改建|新建|迁建|续建|引水|调水|治理|整治|加固|疏浚|清淤|连通|防洪|护岸|绿化)$/;

/**
 * 实施钨钢精密刀具产业化项目, 、某某生态修复工程，: between a cue verb (or a list comma) and a following pause,
 * a name of six or more characters opened by a proper or unknown word and closed by 项目/工程 is one
 * project, whatever verbs it holds (guide: the longest extent of a named undertaking). A name closed by a
 * phase (建设某某服务平台一期) needs no proper opening word: the phase itself marks one undertaking.
 */
export function recognizeCuedUndertakings(view: TextView): Candidate[] {
  const { text, tokens, tokenAt, boundaryAt } = view;
  const out: Candidate[] = [];
  for (const head of ['项目', '工程', '期']) {
    for (let found = text.indexOf(head); found >= 0; found = text.indexOf(head, found + head.length)) {
      const phased = head === '期';
      if (phased && !PHASE_NUMERAL.test(text[found - 1] ?? '')) continue;
      const at = phased ? found - 1 : found;
      const end = at + 2;
      if (!UNDERTAKING_FOLLOWER.test(text.slice(end, end + 2))) continue;
      const from = hanRunStart(text, at, 24);
      const start = cuedNameStart(text, from, text.slice(from, at));
      if (start < 0) continue;
      if (end - start < 6 || end - start > 24 || UNDERTAKING_SPAN_REJECT.test(text.slice(start, at)) || !boundaryAt[start]) continue;
      const first = tokens[tokenAt[start] as number];
      if (!first || first.start !== start || !phased && GENERIC_WORDS.has(first.word) || LEFT_BOUNDARY_WORDS.has(first.word)) continue;
      const physical = head === '工程' && PHYSICAL_WORKS_BEFORE.test(text.slice(start, at)) && namesItsObject(text.slice(start, at - 2));
      if (!phased && !physical && !(isSpecificTag(first.tag) && lookupFrequency(first.word) < 3000 || first.tag === 'ns')) continue;
      out.push({ type: 'project', start, end, rule: 'cued-undertaking', priority: PRIORITY.weak });
    }
  }
  return out;
}

/** 滩区综合治理工程 names a kind of works; 散货港区航道拓宽工程 names its object in four characters or more. */
function namesItsObject(object: string): boolean {
  return object.replace(/综合|生态|环境/g, '').length >= 4;
}

/** Where the name starts in a clause running from `from`: after its opening cue verb, or at a list comma's clause start. */
function cuedNameStart(text: string, from: number, clause: string): number {
  for (let len = 4; len >= 2; len--) {
    if (UNDERTAKING_CUE.test(clause.slice(0, len))) return from + len;
  }
  return text[from - 1] === '、' || /[。；;]/.test(text[from - 1] ?? '。') ? from : -1;
}
