/**
 * Stage words of a project's life: signed, started, under construction,
 * finished, in production. Synonyms map to one stage.
 */

/** Stages in life-cycle order. */
export const PROJECT_STAGES = ['签约', '开工', '在建', '完工', '竣工', '建成', '投产', '投用', '通车', '达产'] as const;
export type ProjectStage = (typeof PROJECT_STAGES)[number];

const STAGE_WORDS: Record<string, ProjectStage> = {
  签约: '签约',
  签订: '签约',
  开工: '开工',
  开建: '开工',
  动工: '开工',
  在建: '在建',
  续建: '在建',
  完工: '完工',
  竣工: '竣工',
  建成: '建成',
  投产: '投产',
  试生产: '投产',
  投入生产: '投产',
  投用: '投用',
  投入使用: '投用',
  交付使用: '投用',
  投运: '投用',
  投入运营: '投用',
  通车: '通车',
  达产: '达产',
};

const STAGE_PATTERN = new RegExp(
  Object.keys(STAGE_WORDS)
    .sort((a, b) => b.length - a.length)
    .join('|'),
  'g',
);

export interface StageWord {
  stage: ProjectStage;
  word: string;
  start: number;
  end: number;
}

/** Stage words in `text`, in order (offsets relative to `text`). */
export function findStageWords(text: string): StageWord[] {
  const words: StageWord[] = [];
  for (const match of text.matchAll(STAGE_PATTERN)) {
    const stage = STAGE_WORDS[match[0]];
    if (stage) words.push({ stage, word: match[0], start: match.index, end: match.index + match[0].length });
  }
  return words;
}

/** Distinct stages in life-cycle order. */
export function sortStages(stages: Iterable<ProjectStage>): ProjectStage[] {
  const set = new Set(stages);
  return PROJECT_STAGES.filter((stage) => set.has(stage));
}
