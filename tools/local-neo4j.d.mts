/** Types of tools/local-neo4j.mjs (plain JavaScript so that it runs before dependencies are installed). */

export declare const DEFAULT_DATA_DIR: string;
export declare const DEFAULT_PORT: number;
export declare const DEFAULT_HEAP: string;
export declare const DEFAULT_PAGE_CACHE: string;

export type LocalNeo4jErrorCode =
  | 'JAVA_MISSING'
  | 'MAVEN_MISSING'
  | 'BUILD_FAILED'
  | 'PORT_IN_USE'
  | 'START_FAILED'
  | 'START_TIMEOUT';

/** A failure to provide the local Neo4j; `code` is stable. */
export declare class LocalNeo4jError extends Error {
  constructor(code: LocalNeo4jErrorCode, message: string);
  readonly code: LocalNeo4jErrorCode;
}

export interface LocalNeo4jOptions {
  /** Bolt port on 127.0.0.1 (default 7687). */
  port?: number;
  /** Persistent Neo4j home (default `.neo4j/data` at the repo root). */
  dataDir?: string;
  /** Fresh temporary store, deleted when Neo4j stops. */
  ephemeral?: boolean;
  /** JVM -Xmx (default 2g). */
  heap?: string;
  /** Neo4j page cache (default 1g). */
  pageCache?: string;
  /** How long to wait for NEO4J_READY (default 180 s). */
  readyTimeoutMs?: number;
  /** Extra JVM options, after the defaults (so they win). */
  javaOptions?: string[];
  /** Progress and Neo4j error lines (default: stderr). */
  log?: (line: string) => void;
}

export interface LocalNeo4j {
  uri: string;
  pid: number;
  /** SIGTERM, then waits for the JVM to exit (SIGKILL after 60 s). Idempotent. */
  stop(): Promise<void>;
  /** Settles when the JVM has exited, for whatever reason. */
  exited: Promise<{ code: number | null; signal: string | null }>;
}

export interface RunningNeo4j {
  uri: string;
  user: string;
  password: string;
  /** True when `neo4jUri` was given and nothing was started. */
  external: boolean;
  stop(): Promise<void>;
}

export interface ResolveNeo4jOptions extends LocalNeo4jOptions {
  neo4jUri?: string | undefined;
  neo4jUser?: string | undefined;
  neo4jPassword?: string | undefined;
}

/** Builds the launcher if needed, starts Neo4j and resolves once it answered RETURN 1 over Bolt. */
export declare function startLocalNeo4j(options?: LocalNeo4jOptions): Promise<LocalNeo4j>;

/** Uses the server named by `neo4jUri` when given; otherwise starts the local Neo4j. */
export declare function resolveNeo4j(options?: ResolveNeo4jOptions): Promise<RunningNeo4j>;

/** Compiles tools/neo4j-launcher when its pom or Java sources are newer than the last build. */
export declare function buildLauncherIfNeeded(options?: { log?: (line: string) => void }): Promise<void>;

/** A TCP port on 127.0.0.1 that was free a moment ago. */
export declare function findFreePort(): Promise<number>;
