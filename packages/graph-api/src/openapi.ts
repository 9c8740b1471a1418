/**
 * The OpenAPI 3.1 document, generated from the contract schemas. Schemas are inlined:
 * naming components needs `.openapi()`, which zod-to-openapi 9 patches onto
 * ZodType.prototype, and zod 4.6 schemas no longer inherit from it.
 */
import { OpenAPIRegistry, OpenApiGeneratorV31 } from '@asteasolutions/zod-to-openapi';
import type { z } from 'zod';
import * as c from './contract.ts';

type Method = 'get' | 'post';

interface Endpoint {
  method: Method;
  path: string;
  summary: string;
  params?: z.ZodObject;
  query?: z.ZodObject;
  body?: z.ZodType;
  response: z.ZodType;
  /** Error statuses besides 400 and 503. */
  errors?: number[];
}

const ERROR_DESCRIPTIONS: Record<number, string> = {
  400: 'Bad parameter (details name it) or bad Cypher',
  403: 'The Cypher query writes or calls a procedure that is not allowed',
  404: 'Unknown id',
  413: 'Request body too large',
  415: 'Request body is not JSON',
  503: 'Neo4j is unreachable',
  504: 'The query timed out',
};

/** Every endpoint: the README "API" section lists the same ones. */
export const ENDPOINTS: Endpoint[] = [
  { method: 'get', path: '/api/health', summary: 'Status, Neo4j up/down and node counts per label (503 with the same body while Neo4j is down)', response: c.HealthSchema },
  { method: 'get', path: '/api/search', summary: 'Search names, aliases, pinyin and pinyin initials', query: c.SearchQuerySchema, response: c.SearchResponseSchema },
  { method: 'get', path: '/api/nodes/{id}', summary: 'A node with its aliases and mentions by report and year', params: c.NodeIdParamsSchema, response: c.NodeDetailsSchema, errors: [404] },
  { method: 'get', path: '/api/nodes/{id}/neighbors', summary: 'Neighbourhood of a node at depth 1 or 2, capped', params: c.NodeIdParamsSchema, query: c.NeighborsQuerySchema, response: c.NeighborsResponseSchema, errors: [404] },
  { method: 'get', path: '/api/subgraph', summary: 'The subgraph induced by the given nodes', query: c.SubgraphQuerySchema, response: c.SubgraphResponseSchema, errors: [404] },
  { method: 'get', path: '/api/path', summary: 'Shortest paths between two nodes as a subgraph', query: c.PathQuerySchema, response: c.PathResponseSchema, errors: [404] },
  { method: 'get', path: '/api/regions/{id}/similar', summary: 'Regions ranked by shared themes, IDF-weighted', params: c.NodeIdParamsSchema, query: c.SimilarRegionsQuerySchema, response: c.SimilarRegionsResponseSchema, errors: [404] },
  { method: 'get', path: '/api/themes/matrix', summary: 'Region × theme mention counts', query: c.ThemeMatrixQuerySchema, response: c.ThemeMatrixResponseSchema, errors: [404] },
  { method: 'get', path: '/api/projects/{id}/trace', summary: 'A project through the reports that mention it, by year', params: c.NodeIdParamsSchema, response: c.ProjectTraceSchema, errors: [404] },
  { method: 'get', path: '/api/reports', summary: 'All reports with metadata and entity counts', response: c.ReportsResponseSchema },
  { method: 'get', path: '/api/reports/{id}', summary: 'One report with entity counts and its most mentioned entities', params: c.NodeIdParamsSchema, response: c.ReportDetailsSchema, errors: [404] },
  { method: 'post', path: '/api/cypher', summary: 'Read-only Cypher (5 s timeout, 5,000 rows) with the nodes and edges found in the rows', body: c.CypherRequestSchema, response: c.CypherResponseSchema, errors: [403, 413, 415, 504] },
];

let cached: object | null = null;

/** The OpenAPI 3.1 document (built once). */
export function buildOpenApiDocument(): object {
  if (cached) return cached;
  const registry = new OpenAPIRegistry();
  const errorContent = { 'application/json': { schema: c.ErrorBodySchema } };
  for (const e of ENDPOINTS) {
    const statuses = [...new Set([400, 503, ...(e.errors ?? [])])].sort();
    const responses: Record<number, { description: string; content: object }> = {
      200: { description: 'OK', content: { 'application/json': { schema: e.response } } },
    };
    for (const status of statuses) {
      if (e.path === '/api/health' && status !== 503) continue;
      responses[status] = {
        description: ERROR_DESCRIPTIONS[status] ?? 'Error',
        content: e.path === '/api/health' ? { 'application/json': { schema: c.HealthSchema } } : errorContent,
      };
    }
    registry.registerPath({
      method: e.method,
      path: e.path,
      summary: e.summary,
      request: {
        ...(e.params ? { params: e.params } : {}),
        ...(e.query ? { query: e.query } : {}),
        ...(e.body ? { body: { content: { 'application/json': { schema: e.body } } } } : {}),
      },
      responses,
    });
  }
  cached = new OpenApiGeneratorV31(registry.definitions).generateDocument({
    openapi: '3.1.0',
    info: {
      title: 'reportgraph API',
      version: '0.1.0',
      description: 'Knowledge graph of Chinese government work reports over Neo4j. List parameters take `a,b,c` or repeated keys.',
    },
    servers: [{ url: '/' }],
  });
  return cached;
}
