/**
 * A cheap signature of the loaded graph (node and relationship counts from the count store,
 * and the loader's per-report digests), re-read about every `checkEveryMs`. Caches key their
 * entries on it, so a (re)load invalidates them; a failed check forgets the signature, so
 * nothing is served from cache while Neo4j is down.
 */
import type { Driver } from 'neo4j-driver';
import { createHash } from 'node:crypto';
import { readRows, num, strList } from './neo4j/read.ts';

const GRAPH_SIGNATURE_QUERY = `
CALL () { MATCH (n) RETURN count(n) AS nodes }
CALL () { MATCH ()-[r]->() RETURN count(r) AS rels }
CALL () { MATCH (r:Report) WITH r ORDER BY r.id RETURN collect(coalesce(r.digest, r.id)) AS digests }
RETURN nodes, rels, digests`;

export interface GraphVersion {
  /** The current signature; rejects when Neo4j is unreachable. */
  current(): Promise<string>;
  /** Forget the last signature (next call re-reads it). */
  reset(): void;
}

/** How many check periods an old signature may still be used while a newer one is read. */
const MAX_STALE_CHECKS = 3;

export function createGraphVersion(driver: Driver, checkEveryMs = 1000): GraphVersion {
  let checkedAt = 0;
  let value: string | null = null;
  let inFlight: Promise<string> | null = null;

  async function check(): Promise<string> {
    try {
      const [row] = await readRows(driver, GRAPH_SIGNATURE_QUERY);
      value = row ? `${num(row, 'nodes')}:${num(row, 'rels')}:${hashStrings(strList(row['digests']))}` : '0:0';
      checkedAt = Date.now();
      return value;
    } catch (err) {
      value = null;
      checkedAt = 0;
      throw err;
    } finally {
      inFlight = null;
    }
  }

  return {
    current() {
      const age = Date.now() - checkedAt;
      if (value !== null && age < checkEveryMs) return Promise.resolve(value);
      inFlight ??= check();
      // Slightly old: answer with it and let the check run in the background, so requests do
      // not queue behind a Neo4j round trip every second. Too old (the check hangs): wait.
      if (value !== null && age < checkEveryMs * MAX_STALE_CHECKS) {
        inFlight.catch(() => undefined);
        return Promise.resolve(value);
      }
      return inFlight;
    },
    reset() {
      value = null;
      checkedAt = 0;
    },
  };
}

function hashStrings(values: string[]): string {
  return createHash('sha1').update(values.join('\n')).digest('hex').slice(0, 12);
}
