/**
 * The graph vocabulary shared by the extractor, the API and the explorer:
 * entity types, Neo4j labels and relationship types. Pure data, no imports.
 */

/** The seven entity types of `annotation-guide.md`, in the guide's order. */
export const ENTITY_TYPES = ['slogan', 'policy', 'project', 'company', 'park', 'organization', 'region'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/** Neo4j label of each entity type; every entity node also carries `Entity`. */
export const ENTITY_LABELS = {
  slogan: 'Slogan',
  policy: 'Policy',
  project: 'Project',
  company: 'Company',
  park: 'Park',
  organization: 'Organization',
  region: 'Region',
} as const satisfies Record<EntityType, string>;
export type EntityLabel = (typeof ENTITY_LABELS)[EntityType];

export const NODE_LABELS = {
  report: 'Report',
  entity: 'Entity',
  ...ENTITY_LABELS,
} as const;
export type NodeLabel = (typeof NODE_LABELS)[keyof typeof NODE_LABELS];

/** Relationship types of the graph model (see README "Graph model"). */
export const REL_TYPES = {
  issuedBy: 'ISSUED_BY',
  mentions: 'MENTIONS',
  partOf: 'PART_OF',
  coOccurs: 'CO_OCCURS',
  investsIn: 'INVESTS_IN',
  builds: 'BUILDS',
  takesPartIn: 'TAKES_PART_IN',
  locatedIn: 'LOCATED_IN',
} as const;
export type RelType = (typeof REL_TYPES)[keyof typeof REL_TYPES];
export const REL_TYPE_VALUES = Object.values(REL_TYPES) as RelType[];

/** Kinds of document found in the corpus. */
export const REPORT_KINDS = ['government-work-report', 'work-plan', 'news-report', 'other'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

/** Administrative levels of the gazetteer, top down. */
export const REGION_LEVELS = ['province', 'city', 'county', 'town', 'village', 'area'] as const;
export type RegionLevel = (typeof REGION_LEVELS)[number];

export function isEntityType(value: string): value is EntityType {
  return (ENTITY_TYPES as readonly string[]).includes(value);
}
