/**
 * The HTTP contract between graph-api and the explorer: zod schemas for
 * requests and responses. Imports only zod and the graph vocabulary, so the
 * explorer can use it without pulling in server code.
 */
import { z } from 'zod';
import { ENTITY_TYPES, REL_TYPE_VALUES } from '@reportgraph/extractor/vocabulary';

export const EntityTypeSchema = z.enum(ENTITY_TYPES);
export const NodeKindSchema = z.enum([...ENTITY_TYPES, 'report']);
export const RelTypeSchema = z.enum(REL_TYPE_VALUES as [string, ...string[]]);

/** A node as drawn by the explorer: an entity or a report. */
export const GraphNodeSchema = z.object({
  id: z.string(),
  kind: NodeKindSchema,
  label: z.string(),
  aliases: z.array(z.string()).default([]),
  mentionCount: z.number().int().nonnegative().default(0),
  properties: z.record(z.string(), z.unknown()).default({}),
});
export type GraphNode = z.infer<typeof GraphNodeSchema>;

export const GraphEdgeSchema = z.object({
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
  truncated: z.boolean().default(false),
});
export type Subgraph = z.infer<typeof SubgraphSchema>;

export const ErrorBodySchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    details: z.unknown().optional(),
  }),
});
export type ErrorBody = z.infer<typeof ErrorBodySchema>;

export const HealthSchema = z.object({
  status: z.enum(['ok', 'degraded']),
  neo4j: z.object({ up: z.boolean(), message: z.string().optional() }),
  counts: z.record(z.string(), z.number()).default({}),
});
export type Health = z.infer<typeof HealthSchema>;

export const SearchQuerySchema = z.object({
  q: z.string().trim().min(1, 'q must not be empty').max(100, 'q must be at most 100 characters'),
  types: z
    .string()
    .optional()
    .transform((s) => (s ? s.split(',').map((t) => t.trim()).filter(Boolean) : undefined))
    .pipe(z.array(NodeKindSchema).optional()),
  limit: z.coerce.number().int().min(1).max(200).default(20),
});
export type SearchQuery = z.infer<typeof SearchQuerySchema>;

export const SearchHitSchema = z.object({
  id: z.string(),
  kind: NodeKindSchema,
  label: z.string(),
  aliases: z.array(z.string()).default([]),
  mentionCount: z.number().int().nonnegative(),
  reportCount: z.number().int().nonnegative().default(0),
  /** Why it matched: name, alias, pinyin or initials. */
  matchedBy: z.string().optional(),
});
export type SearchHit = z.infer<typeof SearchHitSchema>;

export const SearchResponseSchema = z.object({
  query: z.string(),
  hits: z.array(SearchHitSchema),
});
export type SearchResponse = z.infer<typeof SearchResponseSchema>;
