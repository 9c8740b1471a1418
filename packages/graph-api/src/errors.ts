/**
 * API errors: one class per failure, each with a stable `code` and HTTP status.
 * `toApiError` maps anything thrown (zod, Neo4j, body-parser) to one of them, so the
 * error middleware is the only place that chooses a status.
 */
import { LIMITS, type ErrorCode } from './contract.ts';

export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly details: unknown;
  constructor(code: ErrorCode, status: number, message: string, details?: unknown) {
    super(message);
    this.name = new.target.name;
    this.code = code;
    this.status = status;
    this.details = details;
  }
}

export interface ParamIssue {
  /** The parameter, e.g. `types`. */
  param: string;
  /** Full path inside the parameter, e.g. `types.1`. */
  path: string;
  message: string;
}

export class BadRequestError extends ApiError {
  constructor(message: string, details?: ParamIssue[]) {
    super('bad_request', 400, message, details);
  }
}

export class NotFoundError extends ApiError {
  constructor(message: string) {
    super('not_found', 404, message);
  }
}

export class PayloadTooLargeError extends ApiError {
  constructor(limitBytes: number) {
    super('payload_too_large', 413, `request body exceeds the limit of ${limitBytes} bytes`);
  }
}

export class UnsupportedMediaTypeError extends ApiError {
  constructor(message: string) {
    super('unsupported_media_type', 415, message);
  }
}

export class WriteRefusedError extends ApiError {
  constructor(message: string) {
    super('write_refused', 403, message);
  }
}

export class CypherError extends ApiError {
  constructor(message: string, neo4jCode?: string) {
    super('cypher_error', 400, message, neo4jCode ? { neo4jCode } : undefined);
  }
}

export class QueryTimeoutError extends ApiError {
  constructor(timeoutMs: number) {
    super('query_timeout', 504, `the query did not finish within ${timeoutMs} ms`);
  }
}

export class Neo4jUnavailableError extends ApiError {
  constructor() {
    super('neo4j_unavailable', 503, 'Neo4j is unreachable; the API retries on the next request once it is back');
  }
}

export class InternalError extends ApiError {
  constructor() {
    super('internal', 500, 'internal error');
  }
}

/** Neo4j driver error codes meaning "no server to talk to right now". */
const UNAVAILABLE_CODES = new Set(['ServiceUnavailable', 'SessionExpired']);

/** True when `err` says Neo4j cannot be reached (refused, closed, timed out connecting). */
export function isNeo4jUnavailable(err: unknown): boolean {
  if (!(err instanceof Error)) return false;
  const code = (err as { code?: unknown }).code;
  if (typeof code === 'string' && UNAVAILABLE_CODES.has(code)) return true;
  return /ECONNREFUSED|ECONNRESET|connection.*(closed|refused)|Failed to connect|acquisition timed out/i.test(err.message);
}

function neo4jCodeOf(err: unknown): string | undefined {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('Neo.') ? code : undefined;
}

/** Map anything thrown to an ApiError; unknown failures become a bare 500. */
export function toApiError(err: unknown): ApiError {
  if (err instanceof ApiError) return err;
  if (isNeo4jUnavailable(err)) return new Neo4jUnavailableError();
  const neo4jCode = neo4jCodeOf(err);
  if (neo4jCode) {
    if (/TransactionTimedOut|Transaction\.Terminated|TransactionMarkedAsFailed.*timeout/i.test(neo4jCode)) {
      return new QueryTimeoutError(LIMITS.cypherTimeoutMs);
    }
    // a database still starting, or a cluster member not ready: as good as unreachable for now
    if (/DatabaseUnavailable|NotALeader/.test(neo4jCode)) return new Neo4jUnavailableError();
    if (neo4jCode === 'Neo.ClientError.Statement.AccessMode' || /Forbidden/.test(neo4jCode)) {
      return new WriteRefusedError('the query tried to write; only reading is allowed');
    }
    if (neo4jCode.startsWith('Neo.ClientError.')) {
      return new CypherError((err as Error).message, neo4jCode);
    }
  }
  // body-parser errors carry `type` and `status`
  const bodyErr = err as { type?: unknown; status?: unknown; limit?: unknown } | null;
  if (bodyErr && typeof bodyErr.type === 'string') {
    if (bodyErr.type === 'entity.too.large') return new PayloadTooLargeError(Number(bodyErr.limit) || 0);
    if (bodyErr.type === 'entity.parse.failed') return new BadRequestError('request body is not valid JSON');
    if (bodyErr.type === 'encoding.unsupported' || bodyErr.type === 'charset.unsupported') {
      return new UnsupportedMediaTypeError('unsupported body encoding or charset');
    }
  }
  return new InternalError();
}
