/** The extractor's Neo4j driver: one per process, created by the entry point and closed there. */
import neo4j from 'neo4j-driver';
import type { Driver } from 'neo4j-driver';

export interface Neo4jConnection {
  uri: string;
  user?: string;
  /** The local server runs without auth; any basic auth is accepted there. */
  password?: string;
}

export function connectNeo4j({ uri, user = 'neo4j', password = '' }: Neo4jConnection): Driver {
  return neo4j.driver(uri, neo4j.auth.basic(user, password), { maxConnectionPoolSize: 10 });
}
