/**
 * Read queries: a READ access-mode session and an explicit transaction per query,
 * results converted to plain JSON rows. No driver-level retry loop (executeRead retries
 * for up to 30 s): while Neo4j is down a request fails fast with 503; a single retry covers
 * pooled connections that died with a restarted server.
 */
import neo4j, { type Driver } from 'neo4j-driver';
import { isNeo4jUnavailable } from '../errors.ts';
import { toPlainObject } from './to-plain.ts';

export type Row = Record<string, unknown>;

export interface ReadOptions {
  /** Server-side transaction timeout. */
  timeoutMs?: number;
}

const DEFAULT_TIMEOUT_MS = 10_000;

async function runReadOnce(driver: Driver, cypher: string, params: Record<string, unknown>, timeoutMs: number): Promise<Row[]> {
  const session = driver.session({ defaultAccessMode: neo4j.session.READ });
  try {
    const tx = await session.beginTransaction({ timeout: timeoutMs });
    try {
      const result = await tx.run(cypher, params);
      await tx.commit();
      return result.records.map(toPlainObject);
    } finally {
      if (tx.isOpen()) await tx.rollback().catch(() => undefined);
    }
  } finally {
    await session.close().catch(() => undefined);
  }
}

/** Run one read query and return its rows as plain objects. */
export async function readRows(
  driver: Driver,
  cypher: string,
  params: Record<string, unknown> = {},
  options: ReadOptions = {},
): Promise<Row[]> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  try {
    return await runReadOnce(driver, cypher, params, timeoutMs);
  } catch (err) {
    if (!isNeo4jUnavailable(err)) throw err;
    return runReadOnce(driver, cypher, params, timeoutMs);
  }
}

/** Values of `row[key]` as a string, or `fallback`. */
export function str(row: Row, key: string, fallback = ''): string {
  const v = row[key];
  return typeof v === 'string' ? v : v === null || v === undefined ? fallback : String(v);
}

export function strOrNull(row: Row, key: string): string | null {
  const v = row[key];
  return typeof v === 'string' ? v : null;
}

export function num(row: Row, key: string): number {
  const v = row[key];
  return typeof v === 'number' ? v : 0;
}

export function numOrNull(row: Row, key: string): number | null {
  const v = row[key];
  return typeof v === 'number' ? v : null;
}

export function strList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}
