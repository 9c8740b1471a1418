import { z } from 'zod';
import type { Mention, Sentence } from '../types.ts';
import { REL_TYPE_VALUES } from '../vocabulary.ts';
import type { RelType } from '../vocabulary.ts';

/** What the recogniser found in one document: its sentences and the mentions in them. */
export interface DocumentExtraction {
  sentences: Sentence[];
  mentions: Mention[];
}

/** A Neo4j-storable property value: no nulls, no maps, homogeneous lists. */
export type PropertyValue = string | number | boolean | string[] | number[];
export type Properties = Record<string, PropertyValue>;

export interface GraphNode {
  id: string;
  /** `['Report']` or `['Entity', <type label>]`. */
  labels: string[];
  properties: Properties;
}

export interface GraphRelationship {
  type: RelType;
  from: string;
  to: string;
  properties: Properties;
}

export interface GraphSummary {
  documents: number;
  nodes: number;
  relationships: number;
  nodesByLabel: Record<string, number>;
  relationshipsByType: Record<string, number>;
}

/** The whole graph as plain data: what `pnpm kg build` writes and `pnpm kg load` reads. */
export interface GraphJson {
  version: 1;
  nodes: GraphNode[];
  relationships: GraphRelationship[];
  summary: GraphSummary;
}

const PropertyValueSchema = z.union([z.string(), z.number(), z.boolean(), z.array(z.string()), z.array(z.number())]);
const PropertiesSchema = z.record(z.string(), PropertyValueSchema);

/** Shape check for a graph JSON file read from disk. */
export const GraphJsonSchema = z.object({
  version: z.literal(1),
  nodes: z.array(z.object({ id: z.string(), labels: z.array(z.string()).min(1), properties: PropertiesSchema })),
  relationships: z.array(
    z.object({
      type: z.enum(REL_TYPE_VALUES as [RelType, ...RelType[]]),
      from: z.string(),
      to: z.string(),
      properties: PropertiesSchema,
    }),
  ),
  summary: z.object({
    documents: z.number(),
    nodes: z.number(),
    relationships: z.number(),
    nodesByLabel: z.record(z.string(), z.number()),
    relationshipsByType: z.record(z.string(), z.number()),
  }),
});
