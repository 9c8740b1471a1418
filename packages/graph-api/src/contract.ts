/**
 * The HTTP contract between graph-api and the explorer: zod schemas for
 * requests and responses. Imports only zod and the graph vocabulary, so the
 * explorer can use it without pulling in server code.
 *
 * Query schemas parse what Express gives (`string | string[]`); list
 * parameters accept `a,b,c` or repeated keys (`?types=a&types=b`).
 */
import { z } from 'zod';
import { ENTITY_TYPES, REL_TYPE_VALUES } from '@reportgraph/extractor/vocabulary';

export const EntityTypeSchema = z.enum(ENTITY_TYPES);
export const NodeKindSchema = z.enum([...ENTITY_TYPES, 'report']);
export type NodeKind = z.infer<typeof NodeKindSchema>;
export const RelTypeSchema = z.enum(REL_TYPE_VALUES as [string, ...string[]]);

/** Limits shared by server and explorer. */
export const LIMITS = {
  neighborsDefault: 300,
  neighborsMax: 2000,
  subgraphIdsMax: 500,
  pathMaxHops: 6,
  cypherRowCap: 5000,
  cypherTimeoutMs: 5000,
  cypherQueryMaxChars: 10_000,
  bodyMaxBytes: 100_000,
} as const;

/** A comma-separated (or repeated) query parameter parsed into a list of `item`. */
function csvListSchema<T extends z.ZodType<unknown, string>>(item: T) {
  return z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform((value) =>
      value === undefined
        ? undefined
        : (Array.isArray(value) ? value : [value])
            .flatMap((s) => s.split(','))
            .map((s) => s.trim())
            .filter(Boolean),
    )
    .transform((list) => (list && list.length > 0 ? list : undefined))
    .pipe(z.array(item).optional());
}

/** A required single-valued string parameter with messages that name it. */
function requiredStringSchema(name: string) {
  return z.string({
    error: (issue) => (issue.input === undefined ? `${name} is required` : `${name} must be given once, as a string`),
  });
}

// ---------------------------------------------------------------- graph elements

/** A node as drawn by the explorer: an entity or a report. */
export const GraphNodeSchema = z.object({
  id: z.string(),
  kind: NodeKindSchema,
  label: z.string(),
  aliases: z.array(z.string()).default([]),
  mentionCount: z.number().int().nonnegative().default(0),
  reportCount: z.number().int().nonnegative().default(0),
  /** Remaining node properties: region `code`/`level`, slogan `expansion`, report `year`/`kind`/`source`, … */
  properties: z.record(z.string(), z.unknown()).default({}),
});
export type GraphNode = z.infer<typeof GraphNodeSchema>;

/**
 * An edge as drawn by the explorer. Relationships of one type between the same two
 * nodes (e.g. CO_OCCURS from several reports) are merged into one edge:
 * `weight` sums their `weight` (or MENTIONS `count`), `properties.reports` lists the reports,
 * `properties.sentences` up to three evidence sentences (empty in neighbourhoods, which stay light:
 * `/api/subgraph?ids=a,b` gives them), `properties.years`, `properties.relationships` (merged count).
 */
export const GraphEdgeSchema = z.object({
  /** `${type}|${source}|${target}` — stable across requests. */
  id: z.string(),
  type: RelTypeSchema,
  source: z.string(),
  target: z.string(),
  weight: z.number().default(1),
  properties: z.record(z.string(), z.unknown()).default({}),
});
export type GraphEdge = z.infer<typeof GraphEdgeSchema>;

export const SubgraphSchema = z.object({
  nodes: z.array(GraphNodeSchema),
  edges: z.array(GraphEdgeSchema),
  /** True when the element cap cut the result short. */
  truncated: z.boolean().default(false),
});
export type Subgraph = z.infer<typeof SubgraphSchema>;

// ---------------------------------------------------------------- errors

/** Every non-2xx answer under /api (except a degraded /api/health, see HealthSchema). */
export const ErrorBodySchema = z.object({
  error: z.object({
    /** Stable machine-readable code: bad_request, not_found, payload_too_large, write_refused, neo4j_unavailable, query_timeout, cypher_error, internal. */
    code: z.string(),
    message: z.string(),
    /** For bad_request: the zod issues, each with `path` naming the parameter. */
    details: z.unknown().optional(),
  }),
});
export type ErrorBody = z.infer<typeof ErrorBodySchema>;

export const ErrorCodeSchema = z.enum([
  'bad_request',
  'not_found',
  'payload_too_large',
  'unsupported_media_type',
  'write_refused',
  'cypher_error',
  'query_timeout',
  'neo4j_unavailable',
  'internal',
]);
export type ErrorCode = z.infer<typeof ErrorCodeSchema>;

// ---------------------------------------------------------------- health

/** `GET /api/health` — 200 when Neo4j answers, 503 (same body, status `degraded`) when it does not. */
export const HealthSchema = z.object({
  status: z.enum(['ok', 'degraded']),
  neo4j: z.object({ up: z.boolean(), message: z.string().optional() }),
  /** Node count per label (Report, Entity, Slogan, …). */
  counts: z.record(z.string(), z.number()).default({}),
});
export type Health = z.infer<typeof HealthSchema>;

// ---------------------------------------------------------------- search

export const SearchQuerySchema = z.object({
  q: requiredStringSchema('q').trim().min(1, 'q must not be empty').max(100, 'q must be at most 100 characters'),
  types: csvListSchema(NodeKindSchema),
  limit: z.coerce.number().int().min(1).max(200).default(20),
});
export type SearchQuery = z.infer<typeof SearchQuerySchema>;

export const MatchedBySchema = z.enum(['id', 'name', 'alias', 'pinyin', 'initials']);
export type MatchedBy = z.infer<typeof MatchedBySchema>;

export const SearchHitSchema = z.object({
  id: z.string(),
  kind: NodeKindSchema,
  label: z.string(),
  aliases: z.array(z.string()).default([]),
  mentionCount: z.number().int().nonnegative(),
  reportCount: z.number().int().nonnegative().default(0),
  /** Why it matched: the name, an alias, full pinyin or pinyin initials. */
  matchedBy: MatchedBySchema.optional(),
  /** The name or alias that matched. */
  matchedText: z.string().optional(),
  /** Ranking score (higher first): exact > prefix > substring; name > alias > pinyin > initials; then mentions. */
  score: z.number().optional(),
});
export type SearchHit = z.infer<typeof SearchHitSchema>;

export const SearchResponseSchema = z.object({
  query: z.string(),
  hits: z.array(SearchHitSchema),
  /** Number of matches before `limit`. */
  total: z.number().int().nonnegative().default(0),
  /** Matches per kind before `limit` (for facet chips). */
  typeCounts: z.record(z.string(), z.number().int()).default({}),
});
export type SearchResponse = z.infer<typeof SearchResponseSchema>;

// ---------------------------------------------------------------- nodes

export const NodeIdParamsSchema = z.object({
  id: z.string().min(1, 'id must not be empty').max(300, 'id must be at most 300 characters'),
});
export type NodeIdParams = z.infer<typeof NodeIdParamsSchema>;

export const ReportRefSchema = z.object({
  id: z.string(),
  title: z.string(),
  year: z.number().int().nullable(),
  /** Issuing region, when known. */
  regionId: z.string().nullable().default(null),
  regionName: z.string().nullable().default(null),
});
export type ReportRef = z.infer<typeof ReportRefSchema>;

export const NodeMentionSchema = z.object({
  report: ReportRefSchema,
  count: z.number().int().nonnegative(),
  /** Up to ten evidence sentences. */
  sentences: z.array(z.string()).default([]),
});
export type NodeMention = z.infer<typeof NodeMentionSchema>;

/** `GET /api/nodes/:id` */
export const NodeDetailsSchema = z.object({
  node: GraphNodeSchema,
  /** Reports mentioning this entity, by year (oldest first, unknown year last). */
  mentions: z.array(NodeMentionSchema),
  /** Mention counts summed per year (`year: null` for reports of unknown year). */
  byYear: z.array(z.object({ year: z.number().int().nullable(), count: z.number().int().nonnegative() })),
  /** Number of relationships per type touching this node (both directions). */
  relationCounts: z.record(z.string(), z.number().int().nonnegative()),
});
export type NodeDetails = z.infer<typeof NodeDetailsSchema>;

/** `GET /api/nodes/:id/neighbors` */
export const NeighborsQuerySchema = z.object({
  depth: z.coerce
    .number()
    .int()
    .refine((d) => d === 1 || d === 2, 'depth must be 1 or 2')
    .default(1),
  /** Keep only neighbours of these kinds (the centre node is always kept). */
  types: csvListSchema(NodeKindSchema),
  /** Follow only these relationship types. */
  rels: csvListSchema(RelTypeSchema),
  /** Cap on nodes + edges returned. */
  limit: z.coerce.number().int().min(1).max(LIMITS.neighborsMax).default(LIMITS.neighborsDefault),
});
export type NeighborsQuery = z.infer<typeof NeighborsQuerySchema>;

export const NeighborsResponseSchema = SubgraphSchema.extend({
  center: z.string(),
});
export type NeighborsResponse = z.infer<typeof NeighborsResponseSchema>;

/** `GET /api/subgraph?ids=a,b,c` — the nodes and every relationship among them. */
export const SubgraphQuerySchema = z.object({
  ids: csvListSchema(z.string().min(1).max(300)).pipe(
    z
      .array(z.string(), { error: (issue) => (issue.input === undefined ? 'ids is required' : undefined) })
      .min(1, 'ids must name at least one node')
      .max(LIMITS.subgraphIdsMax, `ids may name at most ${LIMITS.subgraphIdsMax} nodes`),
  ),
});
export type SubgraphQuery = z.infer<typeof SubgraphQuerySchema>;

export const SubgraphResponseSchema = SubgraphSchema.extend({
  /** Requested ids that name no node. */
  missing: z.array(z.string()).default([]),
});
export type SubgraphResponse = z.infer<typeof SubgraphResponseSchema>;

/** `GET /api/path?from=&to=&maxHops=` — all shortest paths (up to 10) as one subgraph. */
export const PathQuerySchema = z.object({
  from: requiredStringSchema('from').min(1, 'from must not be empty').max(300),
  to: requiredStringSchema('to').min(1, 'to must not be empty').max(300),
  maxHops: z.coerce.number().int().min(1).max(LIMITS.pathMaxHops).default(4),
  /** Follow only these relationship types (default: all). */
  rels: csvListSchema(RelTypeSchema),
});
export type PathQuery = z.infer<typeof PathQuerySchema>;

export const PathResponseSchema = SubgraphSchema.extend({
  found: z.boolean(),
  /** Number of relationships on a shortest path (null when none found). */
  hops: z.number().int().nullable(),
  /** Each path as its node ids from `from` to `to`. */
  paths: z.array(z.array(z.string())),
});
export type PathResponse = z.infer<typeof PathResponseSchema>;

// ---------------------------------------------------------------- regions and themes

/** Entity types that count as "themes" by default. */
export const DEFAULT_THEME_TYPES = ['slogan', 'policy'] as const;

/** `GET /api/regions/:id/similar?types=slogan,policy&limit=` */
export const SimilarRegionsQuerySchema = z.object({
  types: csvListSchema(EntityTypeSchema).transform((t) => t ?? [...DEFAULT_THEME_TYPES]),
  limit: z.coerce.number().int().min(1).max(100).default(10),
  /** How many shared themes to list per region. */
  themes: z.coerce.number().int().min(1).max(200).default(20),
});
export type SimilarRegionsQuery = z.infer<typeof SimilarRegionsQuerySchema>;

export const RegionRefSchema = z.object({
  id: z.string(),
  label: z.string(),
  level: z.string().nullable().default(null),
});
export type RegionRef = z.infer<typeof RegionRefSchema>;

export const SharedThemeSchema = z.object({
  id: z.string(),
  label: z.string(),
  kind: EntityTypeSchema,
  /** IDF weight ln((N+1)/df): N regions with reports, df of them mention the theme. */
  idf: z.number(),
  /** Mentions in the reports of the queried region / of the similar region. */
  count: z.number().int().nonnegative(),
  otherCount: z.number().int().nonnegative(),
});
export type SharedTheme = z.infer<typeof SharedThemeSchema>;

export const SimilarRegionSchema = z.object({
  region: RegionRefSchema,
  /** IDF-weighted cosine similarity of the two regions' theme sets, 0..1. */
  score: z.number(),
  sharedCount: z.number().int().nonnegative(),
  /** Shared themes, most distinctive (highest idf) first. */
  sharedThemes: z.array(SharedThemeSchema),
});
export type SimilarRegion = z.infer<typeof SimilarRegionSchema>;

export const SimilarRegionsResponseSchema = z.object({
  region: RegionRefSchema,
  types: z.array(EntityTypeSchema),
  /** Number of regions that issued reports (N of the IDF). */
  regionCount: z.number().int().nonnegative(),
  /** Distinct themes mentioned by the queried region's reports. */
  themeCount: z.number().int().nonnegative(),
  results: z.array(SimilarRegionSchema),
});
export type SimilarRegionsResponse = z.infer<typeof SimilarRegionsResponseSchema>;

/** `GET /api/themes/matrix?regions=&types=&top=` */
export const ThemeMatrixQuerySchema = z.object({
  /** Region ids (default: every region that issued a report). */
  regions: csvListSchema(z.string().min(1).max(300)),
  types: csvListSchema(EntityTypeSchema).transform((t) => t ?? [...DEFAULT_THEME_TYPES]),
  /** Number of themes (columns), the most mentioned across the chosen regions. */
  top: z.coerce.number().int().min(1).max(200).default(30),
});
export type ThemeMatrixQuery = z.infer<typeof ThemeMatrixQuerySchema>;

export const ThemeMatrixResponseSchema = z.object({
  regions: z.array(RegionRefSchema),
  themes: z.array(
    z.object({
      id: z.string(),
      label: z.string(),
      kind: EntityTypeSchema,
      total: z.number().int().nonnegative(),
      /** Number of chosen regions mentioning it. */
      regionCount: z.number().int().nonnegative(),
    }),
  ),
  /** counts[i][j]: mentions of themes[j] in the reports of regions[i]. */
  counts: z.array(z.array(z.number().int().nonnegative())),
});
export type ThemeMatrixResponse = z.infer<typeof ThemeMatrixResponseSchema>;

// ---------------------------------------------------------------- projects

export const EvidenceSchema = z.object({
  sentence: z.string(),
  /** Sentence number in the report, when known. */
  sentenceIndex: z.number().int().nullable(),
  /** Mention offsets into the report text, when known. */
  start: z.number().int().nullable(),
  end: z.number().int().nullable(),
});
export type Evidence = z.infer<typeof EvidenceSchema>;

export const LinkedEntitySchema = z.object({
  id: z.string(),
  label: z.string(),
  kind: NodeKindSchema,
  /** The relationship linking it to the project (INVESTS_IN, BUILDS, TAKES_PART_IN, LOCATED_IN). */
  rel: RelTypeSchema,
  sentence: z.string().nullable().default(null),
});
export type LinkedEntity = z.infer<typeof LinkedEntitySchema>;

export const TraceEntrySchema = z.object({
  report: ReportRefSchema,
  year: z.number().int().nullable(),
  count: z.number().int().nonnegative(),
  /** One entry per evidence sentence (offsets paired when the report has one mention per sentence). */
  evidence: z.array(EvidenceSchema),
  /** Every mention's offsets into the report text. */
  offsets: z.array(z.object({ start: z.number().int(), end: z.number().int() })),
  investmentCny: z.number().nullable(),
  investmentText: z.string().nullable(),
  stages: z.array(z.string()),
  /** Companies investing in, building or taking part in the project, per this report. */
  companies: z.array(LinkedEntitySchema),
  /** Parks and regions the project lies in, per this report. */
  locations: z.array(LinkedEntitySchema),
});
export type TraceEntry = z.infer<typeof TraceEntrySchema>;

/** `GET /api/projects/:id/trace` — ordered by year (unknown year last). */
export const ProjectTraceSchema = z.object({
  project: GraphNodeSchema,
  entries: z.array(TraceEntrySchema),
});
export type ProjectTrace = z.infer<typeof ProjectTraceSchema>;

// ---------------------------------------------------------------- reports

export const ReportSummarySchema = z.object({
  id: z.string(),
  title: z.string(),
  year: z.number().int().nullable(),
  yearSource: z.string().nullable(),
  /** One of REPORT_KINDS. */
  kind: z.string(),
  source: z.string(),
  chars: z.number().int().nonnegative().nullable(),
  region: RegionRefSchema.nullable(),
  /** Distinct entities mentioned, and the sum of their mention counts. */
  entityCount: z.number().int().nonnegative(),
  mentionCount: z.number().int().nonnegative(),
  /** Distinct entities mentioned, per type. */
  entityCounts: z.record(z.string(), z.number().int().nonnegative()),
});
export type ReportSummary = z.infer<typeof ReportSummarySchema>;

/** `GET /api/reports` — ordered by region then year. */
export const ReportsResponseSchema = z.object({
  reports: z.array(ReportSummarySchema),
});
export type ReportsResponse = z.infer<typeof ReportsResponseSchema>;

/** `GET /api/reports/:id` */
export const ReportDetailsSchema = z.object({
  report: ReportSummarySchema,
  /** The most mentioned entities of each type in this report (up to 10 per type). */
  topEntities: z.record(
    z.string(),
    z.array(z.object({ id: z.string(), label: z.string(), count: z.number().int().nonnegative() })),
  ),
});
export type ReportDetails = z.infer<typeof ReportDetailsSchema>;

// ---------------------------------------------------------------- cypher

/** `POST /api/cypher` — read-only Cypher; values go in `params`, never into the query text. */
export const CypherRequestSchema = z.object({
  query: requiredStringSchema('query')
    .trim()
    .min(1, 'query must not be empty')
    .max(LIMITS.cypherQueryMaxChars, `query must be at most ${LIMITS.cypherQueryMaxChars} characters`),
  params: z.record(z.string(), z.unknown()).default({}),
});
export type CypherRequest = z.infer<typeof CypherRequestSchema>;

/**
 * Row values as plain JSON. Nodes become `{ $type: 'node', id, labels, properties }`,
 * relationships `{ $type: 'relationship', type, source, target, properties }`, paths
 * `{ $type: 'path', nodes, relationships }`; `id`/`source`/`target` are the node `id` property
 * (element id when a node has none). Integers are numbers; temporal values ISO strings.
 */
export const CypherResponseSchema = z.object({
  columns: z.array(z.string()),
  rows: z.array(z.array(z.unknown())),
  rowCount: z.number().int().nonnegative(),
  /** True when the row cap stopped reading. */
  truncated: z.boolean(),
  /** Nodes and relationships found anywhere in the rows, ready to draw. */
  graph: SubgraphSchema,
  elapsedMs: z.number().nonnegative(),
});
export type CypherResponse = z.infer<typeof CypherResponseSchema>;
