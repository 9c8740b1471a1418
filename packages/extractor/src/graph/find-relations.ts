/**
 * Typed relations found by patterns inside one sentence: a company invests in,
 * builds or takes part in a project; a project or park lies in a park or region.
 */
import type { EntityType, RelType } from '../vocabulary.ts';
import { REL_TYPES } from '../vocabulary.ts';

/** A mention after resolution: which entity it names, and where. */
export interface ResolvedMention {
  entityId: string;
  type: EntityType;
  text: string;
  start: number;
  end: number;
  sentence: number;
}

export interface RelationFinding {
  type: RelType;
  from: string;
  to: string;
  sentence: number;
  /** Evidence span in the report text, covering both mentions. */
  start: number;
  end: number;
  /** The word that signalled the relation (投资, 位于, …) or `name` / `prefix` for name rules. */
  cue: string;
}

const COMPANY_CUES: ReadonlyArray<readonly [RegExp, RelType]> = [
  [/投资|投建|出资|注资|增资|合资|控股|收购|并购|兼并/g, REL_TYPES.investsIn],
  [/建设|承建|兴建|新建|建成|开工|实施|打造|代建|施工|运营|中标|承接|承担|总承包|开发/g, REL_TYPES.builds],
  [/参与|参建|合作|签约|签订|落地|落户|入驻|引进|共建|携手|联手|牵手|联合/g, REL_TYPES.takesPartIn],
];
const LOCATION_CUE = /位于|坐落于|坐落在|落户|落地|选址|建在|布局在|入驻|坐落/;
/** Short cues between a project and the place right after it: 项目在灵关镇开工, 项目于工业园建成. */
const NEAR_LOCATION_CUE = /^(?:在|于|落户|落地|入驻|位于|建在|选址)$/;
/** What may stand between a name and the one it qualifies (久泰集团的乙二醇项目, 京东“亚洲一号”物流园). */
const ADJACENT_GAP = /^(?:的|“|"|「|『)?$/;
const CLAUSE_BREAK = /[，,；;。！？!?]/;
const MAX_CUE_GAP = 20;
const MAX_LOCATION_GAP = 20;

/** What joins the projects of one list: 发电、焦化和煤焦油深加工项目. */
const LIST_JOINT = /^(?:、|和|及|以及|与)$/;

/** 日产5000吨水泥项目 is a daily output, not 日产's project (包钢200万吨特种钢项目 is 包钢's). */
export function isOutputFigureAfter(companyName: string, rest: string): boolean {
  return /^[日月年]?产$|^[日月年]$/.test(companyName) && /^[0-9０-９]/.test(rest);
}

function overlaps(a: ResolvedMention, b: ResolvedMention): boolean {
  return a.start < b.end && b.start < a.end;
}

function findCompanyCues(gap: string): Array<{ type: RelType; cue: string }> {
  const found: Array<{ type: RelType; cue: string }> = [];
  for (const [pattern, type] of COMPANY_CUES) {
    const match = gap.match(pattern);
    if (match?.[0]) found.push({ type, cue: match[0] });
  }
  return found;
}

/**
 * Relations within one sentence. `mentions` are the sentence's resolved mentions;
 * `text` is the whole report text (offsets point into it).
 */
export function findSentenceRelations(text: string, mentions: readonly ResolvedMention[]): RelationFinding[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  const findings: RelationFinding[] = [];
  const add = (type: RelType, from: ResolvedMention, to: ResolvedMention, cue: string): void => {
    if (from.entityId === to.entityId) return;
    if (findings.some((f) => f.type === type && f.from === from.entityId && f.to === to.entityId && f.cue === cue)) return;
    findings.push({
      type,
      from: from.entityId,
      to: to.entityId,
      sentence: from.sentence,
      start: Math.min(from.start, to.start),
      end: Math.max(from.end, to.end),
      cue,
    });
  };

  const projects = sorted.filter((m) => m.type === 'project');
  /** The projects listed with `project` (after it, or before it when `backward`), joined by 、/和/及 only. */
  const listedWith = (project: ResolvedMention, backward: boolean): ResolvedMention[] => {
    const list: ResolvedMention[] = [];
    let current = project;
    for (;;) {
      const next = backward
        ? projects.filter((p) => p.end <= current.start).at(-1)
        : projects.find((p) => p.start >= current.end);
      if (!next) return list;
      const joint = backward ? text.slice(next.end, current.start) : text.slice(current.end, next.start);
      if (!LIST_JOINT.test(joint)) return list;
      list.push(next);
      current = next;
    }
  };
  const addListed = (type: RelType, company: ResolvedMention, project: ResolvedMention, cue: string, backward: boolean): void => {
    add(type, company, project, cue);
    for (const listed of listedWith(project, backward)) if (listed.entityId !== company.entityId) add(type, company, listed, cue);
  };

  for (const project of projects) {
    for (const company of sorted.filter((m) => m.type === 'company')) {
      if (company.start >= project.start && company.end <= project.end) {
        if (!isOutputFigureAfter(company.text, text.slice(company.end, project.end))) add(REL_TYPES.builds, company, project, 'name');
        continue;
      }
      if (overlaps(company, project)) continue;
      if (company.end <= project.start) {
        // 久泰集团投资建设年产100万吨乙二醇项目
        // 久泰集团、君禾铜业投资建设P: only companies may stand between, and no clause break.
        const gap = text.slice(company.end, project.start);
        const between = sorted.some((m) => m.start >= company.end && m.end <= project.start && m.type !== 'company');
        if (gap.length > MAX_CUE_GAP || CLAUSE_BREAK.test(gap) || between) continue;
        const cues = findCompanyCues(gap);
        // 神华集团总投资52亿元的发电、焦化项目: the cue reaches every project of the list.
        for (const { type, cue } of cues) addListed(type, company, project, cue, false);
        // 引进久泰集团乙二醇项目: a company right before a project names the one who builds it.
        const next = sorted.find((m) => m.start >= company.end && m.entityId !== company.entityId);
        if (cues.length === 0 && next === project && ADJACENT_GAP.test(gap)) add(REL_TYPES.builds, company, project, 'adjacent');
      } else {
        // 乙二醇项目由久泰集团投资建设
        const gap = text.slice(project.end, company.start);
        if (gap.length > 8 || CLAUSE_BREAK.test(gap) || !/由|与|和/.test(gap)) continue;
        const after = text.slice(company.end, company.end + 10).split(CLAUSE_BREAK)[0] ?? '';
        // 云岭大桥、青石隧道项目由蓝川路桥公司承建: the whole list before 由.
        for (const { type, cue } of findCompanyCues(after)) addListed(type, company, project, cue, true);
      }
    }
  }

  for (const place of sorted.filter((m) => m.type === 'project' || m.type === 'park')) {
    for (const container of sorted.filter((m) => m.type === 'park' || m.type === 'region')) {
      if (overlaps(place, container) || place.entityId === container.entityId) continue;
      if (place.end <= container.start) {
        // 汉白玉产业园位于灵关镇
        const gap = text.slice(place.end, container.start);
        // 汉白玉项目在灵关镇开工: a bare 在 only right before the place.
        const isNear = NEAR_LOCATION_CUE.test(gap) && place.type === 'project' && text[container.end] !== '等';
        const cue = gap.match(LOCATION_CUE)?.[0] ?? (isNear ? gap : undefined);
        if (cue && gap.length <= MAX_LOCATION_GAP && !CLAUSE_BREAK.test(gap)) add(REL_TYPES.locatedIn, place, container, cue);
      } else {
        // 在宝兴工业园建设汉白玉博物馆项目
        const before = text.slice(Math.max(0, container.start - 2), container.start);
        const gap = text.slice(container.end, place.start);
        const cue = before.match(/在|于/)?.[0];
        if (cue && gap.length <= MAX_LOCATION_GAP && !CLAUSE_BREAK.test(gap)) {
          add(REL_TYPES.locatedIn, place, container, cue);
        } else if (ADJACENT_GAP.test(gap) && !sorted.some((m) => m !== container && m !== place && m.start >= container.end && m.end <= place.start)) {
          // 宝兴工业园汉白玉博物馆项目, 灵关镇的石材项目: a park or region right before the name.
          add(REL_TYPES.locatedIn, place, container, 'adjacent');
        }
      }
    }
  }
  return findings;
}
