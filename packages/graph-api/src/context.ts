/** What every route needs, built once per app by `createApp`. */
import type { Driver } from 'neo4j-driver';
import type { CachedBody } from './cached-response.ts';
import type { GraphVersion } from './graph-version.ts';
import type { SearchIndex } from './search-index.ts';
import type { VersionedCache } from './versioned-cache.ts';

export interface ApiContext {
  driver: Driver;
  graphVersion: GraphVersion;
  searchIndex: SearchIndex;
  /** Serialised JSON responses of read endpoints (UTF-8, ready to send), keyed by request. */
  responseCache: VersionedCache<CachedBody>;
}
