/**
 * Configuration of the extractor CLI, parsed once from the environment.
 * No other file of the extractor reads `process.env`.
 */
import { z } from 'zod';

const EnvSchema = z.object({
  NEO4J_URI: z
    .string()
    .regex(/^(bolt|neo4j)(\+s|\+ssc)?:\/\/\S+$/, 'NEO4J_URI must look like bolt://host:7687 or neo4j+s://host')
    .optional(),
  NEO4J_PORT: z.coerce.number().int().min(1).max(65535).default(7687),
  NEO4J_USER: z.string().default('neo4j'),
  NEO4J_PASSWORD: z.string().default(''),
});

export interface ExtractorEnv {
  /** `NEO4J_URI`, else the local Neo4j on `NEO4J_PORT`. */
  neo4jUri: string;
  /** True when `NEO4J_URI` names a server of the user's own (nothing local is started). */
  neo4jUriGiven: boolean;
  neo4jUser: string;
  neo4jPassword: string;
}

export class EnvError extends Error {
  readonly code = 'ENV_INVALID';
  constructor(message: string) {
    super(message);
    this.name = 'EnvError';
  }
}

export function readEnv(env: NodeJS.ProcessEnv = process.env): ExtractorEnv {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');
    throw new EnvError(`invalid environment: ${problems}`);
  }
  const { NEO4J_URI, NEO4J_PORT, NEO4J_USER, NEO4J_PASSWORD } = parsed.data;
  return { neo4jUri: NEO4J_URI ?? `bolt://127.0.0.1:${NEO4J_PORT}`, neo4jUriGiven: NEO4J_URI !== undefined, neo4jUser: NEO4J_USER, neo4jPassword: NEO4J_PASSWORD };
}
