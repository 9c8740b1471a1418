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
  [/投资|投建|出资|注资|增资|控股/g, REL_TYPES.investsIn],
  [/建设|承建|兴建|新建|建成|开工|实施|打造|代建|施工|运营/g, REL_TYPES.builds],
  [/参与|参建|合作|签约|签订|落地|落户|入驻|引进|共建|携手/g, REL_TYPES.takesPartIn],
];
const LOCATION_CUE = /位于|坐落于|坐落在|落户|落地|选址|建在|布局在|入驻|坐落/;
const CLAUSE_BREAK = /[，,；;。！？!?]/;
const MAX_CUE_GAP = 20;
const MAX_LOCATION_GAP = 20;

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

  for (const project of sorted.filter((m) => m.type === 'project')) {
    for (const company of sorted.filter((m) => m.type === 'company')) {
      if (company.start >= project.start && company.end <= project.end) {
        add(REL_TYPES.builds, company, project, 'name');
        continue;
      }
      if (overlaps(company, project)) continue;
      if (company.end <= project.start) {
        // 久泰集团投资建设年产100万吨乙二醇项目
        // 久泰集团、君禾铜业投资建设P: only companies may stand between, and no clause break.
        const gap = text.slice(company.end, project.start);
        const between = sorted.some((m) => m.start >= company.end && m.end <= project.start && m.type !== 'company');
        if (gap.length > MAX_CUE_GAP || CLAUSE_BREAK.test(gap) || between) continue;
        for (const { type, cue } of findCompanyCues(gap)) add(type, company, project, cue);
      } else {
        // 乙二醇项目由久泰集团投资建设
        const gap = text.slice(project.end, company.start);
        if (gap.length > 8 || CLAUSE_BREAK.test(gap) || !/由|与|和/.test(gap)) continue;
        const after = text.slice(company.end, company.end + 10).split(CLAUSE_BREAK)[0] ?? '';
        for (const { type, cue } of findCompanyCues(after)) add(type, company, project, cue);
      }
    }
  }

  for (const place of sorted.filter((m) => m.type === 'project' || m.type === 'park')) {
    for (const container of sorted.filter((m) => m.type === 'park' || m.type === 'region')) {
      if (overlaps(place, container) || place.entityId === container.entityId) continue;
      if (place.end <= container.start) {
        // 汉白玉产业园位于灵关镇
        const gap = text.slice(place.end, container.start);
        const cue = gap.match(LOCATION_CUE)?.[0];
        if (cue && gap.length <= MAX_LOCATION_GAP && !CLAUSE_BREAK.test(gap)) add(REL_TYPES.locatedIn, place, container, cue);
      } else {
        // 在宝兴工业园建设汉白玉博物馆项目
        const before = text.slice(Math.max(0, container.start - 2), container.start);
        const gap = text.slice(container.end, place.start);
        const cue = before.match(/在|于/)?.[0];
        if (cue && gap.length <= MAX_LOCATION_GAP && !CLAUSE_BREAK.test(gap)) add(REL_TYPES.locatedIn, place, container, cue);
      }
    }
  }
  return findings;
}
