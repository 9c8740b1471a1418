export { createApp } from './app.ts';
export type { CreateAppOptions } from './app.ts';
export { createNeo4jDriver } from './driver.ts';
export type { Neo4jConnection } from './driver.ts';
export { parseApiEnv, InvalidEnvError } from './env.ts';
export type { ApiEnv } from './env.ts';
export { buildOpenApiDocument, ENDPOINTS } from './openapi.ts';
export {
  ApiError,
  BadRequestError,
  NotFoundError,
  PayloadTooLargeError,
  UnsupportedMediaTypeError,
  WriteRefusedError,
  CypherError,
  QueryTimeoutError,
  Neo4jUnavailableError,
  InternalError,
} from './errors.ts';
export { assertReadOnlyCypher } from './cypher-guard.ts';
export { toPinyinKeys } from './search-index.ts';
