/** Configuration of the API server: the only file that reads process.env. */
import { z } from 'zod';

const ApiEnvSchema = z.object({
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  /** A Neo4j of the user's own; unset means the local one on NEO4J_PORT. */
  NEO4J_URI: z.string().min(1).optional(),
  NEO4J_PORT: z.coerce.number().int().min(1).max(65535).default(7687),
  NEO4J_USER: z.string().default('neo4j'),
  NEO4J_PASSWORD: z.string().default(''),
  /** The built explorer to serve at `/` (default: packages/explorer/dist when it exists). */
  STATIC_DIR: z.string().min(1).optional(),
});

export interface ApiEnv {
  host: string;
  port: number;
  neo4jUri: string;
  neo4jUser: string;
  neo4jPassword: string;
  staticDir: string | undefined;
}

export class InvalidEnvError extends Error {
  readonly code = 'invalid_env';
}

/** Parse the environment, or throw InvalidEnvError saying which variable is wrong. */
export function parseApiEnv(env: NodeJS.ProcessEnv = process.env): ApiEnv {
  const result = ApiEnvSchema.safeParse(env);
  if (!result.success) {
    const problems = result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new InvalidEnvError(`invalid environment for graph-api: ${problems}`);
  }
  const e = result.data;
  return {
    host: e.HOST,
    port: e.PORT,
    neo4jUri: e.NEO4J_URI ?? `bolt://127.0.0.1:${e.NEO4J_PORT}`,
    neo4jUser: e.NEO4J_USER,
    neo4jPassword: e.NEO4J_PASSWORD,
    staticDir: e.STATIC_DIR,
  };
}
