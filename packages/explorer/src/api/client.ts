/**
 * The explorer's only door to the API: relative `/api/...` requests whose
 * answers are parsed with the contract's zod schemas. Failures become an
 * `ApiError` with a stable code the page can explain.
 */
import {
  CypherResponseSchema,
  ErrorBodySchema,
  HealthSchema,
  NeighborsResponseSchema,
  NodeDetailsSchema,
  PathResponseSchema,
  ProjectTraceSchema,
  ReportDetailsSchema,
  ReportsResponseSchema,
  SearchResponseSchema,
  SimilarRegionsResponseSchema,
  SubgraphResponseSchema,
  ThemeMatrixResponseSchema,
} from '@reportgraph/graph-api/contract';
import type {
  CypherResponse,
  Health,
  NeighborsResponse,
  NodeDetails,
  PathResponse,
  ProjectTrace,
  ReportDetails,
  ReportsResponse,
  SearchResponse,
  SimilarRegionsResponse,
  SubgraphResponse,
  ThemeMatrixResponse,
} from '@reportgraph/graph-api/contract';
import type { z } from 'zod';

/** Codes of the API's error bodies, plus the explorer's own for failures without one. */
export type ApiErrorCode = string | 'api_unreachable' | 'bad_response' | 'aborted';

export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    readonly code: ApiErrorCode,
    message: string,
    readonly status: number | null = null,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

/** Dispatched on `window` when a request finds the API or Neo4j down, so the status badge re-checks. */
export const API_FAILURE_EVENT = 'reportgraph:api-failure';

function signalOutage(error: ApiError): ApiError {
  if ((error.code === 'api_unreachable' || error.code === 'neo4j_unavailable') && typeof window !== 'undefined') {
    window.dispatchEvent(new Event(API_FAILURE_EVENT));
  }
  return error;
}

export function isAbortError(error: unknown): boolean {
  return error instanceof ApiError && error.code === 'aborted';
}

/** A sentence a person can act on, for any failure. */
export function describeError(error: unknown): string {
  if (error instanceof ApiError) {
    switch (error.code) {
      case 'api_unreachable':
        return 'The API cannot be reached — is the reportgraph server running?';
      case 'neo4j_unavailable':
        return `Neo4j is unavailable (503): ${error.message}`;
      case 'write_refused':
        return error.message;
      default:
        return error.status ? `${error.message} (${error.status} ${error.code})` : error.message;
    }
  }
  return error instanceof Error ? error.message : String(error);
}

export interface RequestOptions {
  signal?: AbortSignal | undefined;
}

async function requestJson<S extends z.ZodType>(path: string, schema: S, init: RequestInit = {}): Promise<z.infer<S>> {
  let response: Response;
  try {
    response = await fetch(path, { ...init, headers: { accept: 'application/json', ...init.headers } });
  } catch (error) {
    if (init.signal?.aborted) throw new ApiError('aborted', 'The request was cancelled');
    throw signalOutage(new ApiError('api_unreachable', error instanceof Error ? error.message : String(error)));
  }
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    if (init.signal?.aborted) throw new ApiError('aborted', 'The request was cancelled');
    // A proxy answering 502/504 for a stopped server has no JSON body.
    if (response.status === 502 || response.status === 504) {
      throw signalOutage(new ApiError('api_unreachable', `The API did not answer (${response.status})`, response.status));
    }
    throw new ApiError('bad_response', `The API answered ${response.status} without JSON`, response.status);
  }
  if (!response.ok) {
    const parsed = ErrorBodySchema.safeParse(body);
    if (parsed.success) {
      throw signalOutage(new ApiError(parsed.data.error.code, parsed.data.error.message, response.status, parsed.data.error.details));
    }
    throw new ApiError('bad_response', `The API answered ${response.status}`, response.status);
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    throw new ApiError('bad_response', `Unexpected answer from ${path.split('?')[0]}: ${parsed.error.issues[0]?.message ?? 'invalid'}`, response.status, parsed.error.issues);
  }
  return parsed.data;
}

function withQuery(path: string, query: Record<string, string | number | readonly string[] | undefined>): string {
  const p = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined) continue;
    if (Array.isArray(value)) {
      if (value.length > 0) p.set(key, value.join(','));
    } else {
      p.set(key, String(value));
    }
  }
  const s = p.toString();
  return s ? `${path}?${s}` : path;
}

const enc = encodeURIComponent;

/** `GET /api/health`; a degraded server answers 503 with the same body, which is returned, not thrown. */
export async function fetchHealth(options: RequestOptions = {}): Promise<Health> {
  let response: Response;
  try {
    response = await fetch('/api/health', { signal: options.signal ?? null, headers: { accept: 'application/json' } });
  } catch (error) {
    if (options.signal?.aborted) throw new ApiError('aborted', 'The request was cancelled');
    throw new ApiError('api_unreachable', error instanceof Error ? error.message : String(error));
  }
  const body: unknown = await response.json().catch(() => null);
  const parsed = HealthSchema.safeParse(body);
  if (!parsed.success) throw new ApiError(response.status >= 502 ? 'api_unreachable' : 'bad_response', `The API answered ${response.status}`, response.status);
  return parsed.data;
}

export function fetchSearch(q: string, opts: { types?: readonly string[]; limit?: number } & RequestOptions = {}): Promise<SearchResponse> {
  return requestJson(withQuery('/api/search', { q, types: opts.types, limit: opts.limit }), SearchResponseSchema, { signal: opts.signal ?? null });
}

export function fetchNodeDetails(id: string, options: RequestOptions = {}): Promise<NodeDetails> {
  return requestJson(`/api/nodes/${enc(id)}`, NodeDetailsSchema, { signal: options.signal ?? null });
}

export function fetchNeighbors(id: string, opts: { depth?: 1 | 2; limit?: number; types?: readonly string[]; rels?: readonly string[] } & RequestOptions = {}): Promise<NeighborsResponse> {
  return requestJson(
    withQuery(`/api/nodes/${enc(id)}/neighbors`, { depth: opts.depth, limit: opts.limit, types: opts.types, rels: opts.rels }),
    NeighborsResponseSchema,
    { signal: opts.signal ?? null },
  );
}

export function fetchSubgraph(ids: readonly string[], options: RequestOptions = {}): Promise<SubgraphResponse> {
  return requestJson(withQuery('/api/subgraph', { ids }), SubgraphResponseSchema, { signal: options.signal ?? null });
}

export function fetchPath(from: string, to: string, opts: { maxHops?: number } & RequestOptions = {}): Promise<PathResponse> {
  return requestJson(withQuery('/api/path', { from, to, maxHops: opts.maxHops }), PathResponseSchema, { signal: opts.signal ?? null });
}

export function fetchSimilarRegions(id: string, opts: { types?: readonly string[]; limit?: number } & RequestOptions = {}): Promise<SimilarRegionsResponse> {
  return requestJson(withQuery(`/api/regions/${enc(id)}/similar`, { types: opts.types, limit: opts.limit }), SimilarRegionsResponseSchema, {
    signal: opts.signal ?? null,
  });
}

export function fetchThemeMatrix(opts: { regions?: readonly string[]; types?: readonly string[]; top?: number } & RequestOptions = {}): Promise<ThemeMatrixResponse> {
  return requestJson(withQuery('/api/themes/matrix', { regions: opts.regions, types: opts.types, top: opts.top }), ThemeMatrixResponseSchema, {
    signal: opts.signal ?? null,
  });
}

export function fetchProjectTrace(id: string, options: RequestOptions = {}): Promise<ProjectTrace> {
  return requestJson(`/api/projects/${enc(id)}/trace`, ProjectTraceSchema, { signal: options.signal ?? null });
}

export function fetchReports(options: RequestOptions = {}): Promise<ReportsResponse> {
  return requestJson('/api/reports', ReportsResponseSchema, { signal: options.signal ?? null });
}

export function fetchReportDetails(id: string, options: RequestOptions = {}): Promise<ReportDetails> {
  return requestJson(`/api/reports/${enc(id)}`, ReportDetailsSchema, { signal: options.signal ?? null });
}

export function postCypher(query: string, params: Record<string, unknown> = {}, options: RequestOptions = {}): Promise<CypherResponse> {
  return requestJson('/api/cypher', CypherResponseSchema, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, params }),
    signal: options.signal ?? null,
  });
}
