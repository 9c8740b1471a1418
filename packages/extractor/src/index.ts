export { ENTITY_TYPES, ENTITY_LABELS, NODE_LABELS, REL_TYPES, REL_TYPE_VALUES, REPORT_KINDS, REGION_LEVELS, isEntityType } from './vocabulary.ts';
export type { EntityType, EntityLabel, NodeLabel, RelType, ReportKind, RegionLevel } from './vocabulary.ts';
export type { GazetteerRegion, SourceDocument, Sentence, Mention, SkippedFile } from './types.ts';
