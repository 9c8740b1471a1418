/**
 * Configuration of the run and test commands (`npm start`, the integration global setup),
 * parsed once from the environment. No other file under tools/ or tests/support reads `process.env`.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

const SizeSchema = z.string().regex(/^\d+[kmgKMG]?$/, 'must be a size such as 512m or 2g');

const ToolsEnvSchema = z.object({
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  /** A Neo4j of the user's own (server, cluster, Aura): nothing local is started. */
  NEO4J_URI: z
    .string()
    .regex(/^(bolt|neo4j)(\+s|\+ssc)?:\/\/\S+$/, 'must look like bolt://host:7687 or neo4j+s://host')
    .optional(),
  NEO4J_USER: z.string().default('neo4j'),
  NEO4J_PASSWORD: z.string().default(''),
  NEO4J_PORT: z.coerce.number().int().min(1).max(65535).default(7687),
  NEO4J_DATA_DIR: z.string().min(1).optional(),
  NEO4J_HEAP: SizeSchema.default('2g'),
  NEO4J_PAGE_CACHE: SizeSchema.default('1g'),
});

export interface ToolsEnv {
  host: string;
  port: number;
  neo4jUri: string | undefined;
  neo4jUser: string;
  neo4jPassword: string;
  /** Bolt port of the local Neo4j started by `npm start`. */
  neo4jPort: number;
  /** Persistent home of the local Neo4j (absolute). */
  neo4jDataDir: string;
  neo4jHeap: string;
  neo4jPageCache: string;
}

export class InvalidToolsEnvError extends Error {
  readonly code = 'INVALID_ENV';
  constructor(message: string) {
    super(message);
    this.name = 'InvalidToolsEnvError';
  }
}

/** Parse the environment, or throw InvalidToolsEnvError naming each wrong variable. */
export function parseToolsEnv(env: NodeJS.ProcessEnv = process.env): ToolsEnv {
  const parsed = ToolsEnvSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');
    throw new InvalidToolsEnvError(`invalid environment: ${problems}`);
  }
  const e = parsed.data;
  return {
    host: e.HOST,
    port: e.PORT,
    neo4jUri: e.NEO4J_URI,
    neo4jUser: e.NEO4J_USER,
    neo4jPassword: e.NEO4J_PASSWORD,
    neo4jPort: e.NEO4J_PORT,
    neo4jDataDir: path.resolve(ROOT, e.NEO4J_DATA_DIR ?? path.join('.neo4j', 'data')),
    neo4jHeap: e.NEO4J_HEAP,
    neo4jPageCache: e.NEO4J_PAGE_CACHE,
  };
}
