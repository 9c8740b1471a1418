/**
 * `loadGraph(driver, graph, options)` — writes a graph JSON into Neo4j.
 *
 * Idempotent and incremental: each report carries a digest of everything that
 * came from it; a report whose digest changed (or `--report ID`) has its
 * relationships deleted and written again, unchanged reports are left alone,
 * reports no longer in the graph are removed, and entities left without any
 * mention are deleted. Writes are `UNWIND $rows …` batches, grouped by label
 * and relationship type because those cannot be parameters.
 */
import type { Driver } from 'neo4j-driver';
import { digestReport } from '../graph/digest-report.ts';
import type { GraphJson, GraphNode, GraphRelationship } from '../graph/graph-types.ts';
import { ENTITY_LABELS, NODE_LABELS, REL_TYPES, REL_TYPE_VALUES } from '../vocabulary.ts';
import type { RelType } from '../vocabulary.ts';
import { toNeo4jInteger, toNeo4jProperties, toPlainValue } from './neo4j-values.ts';

/** Name of the full-text index over entity names and aliases (CJK analyzer). */
export const ENTITY_FULLTEXT_INDEX = 'entity_names';

export interface LoadProgress {
  phase: 'reset' | 'schema' | 'delete' | 'nodes' | 'relationships' | 'cleanup';
  done: number;
  total: number;
}

export interface LoadGraphOptions {
  /** Delete everything first. */
  reset?: boolean;
  /** Load only these reports (and the entities they touch); others stay as they are. */
  reports?: readonly string[];
  /** Rows per transaction. */
  batchSize?: number;
  /** Transactions writing relationships at the same time (deadlocks between them are retried). */
  concurrency?: number;
  database?: string;
  onProgress?: (progress: LoadProgress) => void;
}

export interface LoadResult {
  /** Reports whose relationships were (re)written. */
  reportsWritten: string[];
  /** Reports already loaded with the same content. */
  reportsUnchanged: string[];
  /** Reports deleted because they are no longer in the graph. */
  reportsRemoved: string[];
  /** Reports asked for (`reports`) that are neither in the graph nor in the database. */
  reportsUnknown: string[];
  nodesWritten: number;
  relationshipsWritten: number;
  entitiesRemoved: number;
}

export class LoadGraphError extends Error {
  readonly code = 'LOAD_GRAPH_INVALID';
  constructor(message: string) {
    super(message);
    this.name = 'LoadGraphError';
  }
}

const DEFAULT_BATCH_SIZE = 5000;
const DEFAULT_CONCURRENCY = 2;
const DELETE_BATCH_SIZE = 10_000;
/** Relationship types that come from a report and carry its id in `report`. */
const REPORT_REL_TYPES: readonly RelType[] = REL_TYPE_VALUES.filter((type) => type !== REL_TYPES.partOf);
const ENTITY_REL_TYPES: readonly RelType[] = REPORT_REL_TYPES.filter((type) => type !== REL_TYPES.mentions && type !== REL_TYPES.issuedBy);
const ENTITY_LABEL_VALUES: readonly string[] = Object.values(ENTITY_LABELS);

/** Named, so that existing ones are recognised and skipped. Entity labels share one `Entity.id` constraint. */
const SCHEMA_STATEMENTS: ReadonlyArray<readonly [name: string, statement: string]> = [
  ['report_id', 'CREATE CONSTRAINT report_id IF NOT EXISTS FOR (n:Report) REQUIRE n.id IS UNIQUE'],
  ['entity_id', 'CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE'],
  ['entity_name', 'CREATE INDEX entity_name IF NOT EXISTS FOR (n:Entity) ON (n.name)'],
  ['entity_type', 'CREATE INDEX entity_type IF NOT EXISTS FOR (n:Entity) ON (n.type)'],
  ['report_year', 'CREATE INDEX report_year IF NOT EXISTS FOR (n:Report) ON (n.year)'],
  ['region_code', 'CREATE INDEX region_code IF NOT EXISTS FOR (n:Region) ON (n.code)'],
  ['mentions_year', 'CREATE INDEX mentions_year IF NOT EXISTS FOR ()-[r:MENTIONS]-() ON (r.year)'],
  ...ENTITY_REL_TYPES.map((type) => {
    const name = `${type.toLowerCase()}_report`;
    return [name, `CREATE INDEX ${name} IF NOT EXISTS FOR ()-[r:${type}]-() ON (r.report)`] as const;
  }),
  [
    ENTITY_FULLTEXT_INDEX,
    `CREATE FULLTEXT INDEX ${ENTITY_FULLTEXT_INDEX} IF NOT EXISTS FOR (n:Entity) ON EACH [n.name, n.aliases] OPTIONS { indexConfig: { \`fulltext.analyzer\`: 'cjk' } }`,
  ],
];
const READ_SCHEMA_NAMES = 'SHOW INDEXES YIELD name RETURN name';
const AWAIT_INDEXES = 'CALL db.awaitIndexes(300)';

// Relationships first, in batches: one DETACH DELETE of thousands of dense nodes can exceed the transaction memory.
const DELETE_ALL_RELS_BATCH = 'MATCH ()-[r]->() WITH r LIMIT $limit DELETE r RETURN count(*) AS deleted';
const DELETE_ALL_NODES_BATCH = 'MATCH (n) WITH n LIMIT $limit DETACH DELETE n RETURN count(*) AS deleted';
const READ_REPORT_DIGESTS = 'MATCH (r:Report) RETURN r.id AS id, r.digest AS digest';
const READ_REPORT_ENDPOINTS = 'UNWIND $ids AS id MATCH (:Report {id: id})-[]->(e:Entity) RETURN DISTINCT e.id AS id';
const DELETE_REPORT_OWN_RELS_BATCH =
  'MATCH (r:Report)-[rel]->() WHERE r.id IN $ids WITH rel LIMIT $limit DELETE rel RETURN count(*) AS deleted';
const DELETE_REPORT_RELS_BATCH: Readonly<Record<string, string>> = Object.fromEntries(
  ENTITY_REL_TYPES.map((type) => [
    type,
    `MATCH ()-[rel:${type}]->() WHERE rel.report IN $ids WITH rel LIMIT $limit DELETE rel RETURN count(*) AS deleted`,
  ]),
);
const DELETE_REPORTS = 'MATCH (r:Report) WHERE r.id IN $ids DETACH DELETE r';
// Both return each node's element id: relationships then find their ends by it, not by the `id` index.
const MERGE_REPORTS = 'UNWIND $rows AS row MERGE (n:Report {id: row.id}) SET n = row.properties RETURN row.id AS id, elementId(n) AS elementId';
// A dynamic label ($(…), Neo4j 5.26): one query, planned once, for every entity label.
const MERGE_ENTITIES =
  'UNWIND $rows AS row MERGE (n:Entity {id: row.id}) SET n = row.properties, n:$(row.label) RETURN row.id AS id, elementId(n) AS elementId';
// Relationship types stay literal, one query per type: a dynamic type costs the server about a tenth more per row.
// Ends by element id (a direct seek): about an eighth less server time per row than two lookups in the `id` index.
const CREATE_RELS: Readonly<Record<string, string>> = Object.fromEntries(
  REPORT_REL_TYPES.map((type) => [
    type,
    `UNWIND $rows AS row MATCH (a) WHERE elementId(a) = row.from MATCH (b) WHERE elementId(b) = row.to CREATE (a)-[r:${type}]->(b) SET r = row.properties`,
  ]),
);
const MERGE_PART_OF =
  'UNWIND $rows AS row MATCH (a:Entity {id: row.from}) MATCH (b:Entity {id: row.to}) MERGE (a)-[r:PART_OF]->(b) SET r = row.properties';
const SET_REPORT_DIGESTS = 'UNWIND $rows AS row MATCH (r:Report {id: row.id}) SET r.digest = row.digest';
// Entities nothing points to any more: no mention, not an issuer, not a parent of another region.
const DELETE_ORPHAN_ENTITIES_BATCH = `
MATCH (e:Entity)
WHERE NOT EXISTS { ()-[:MENTIONS|ISSUED_BY]->(e) } AND NOT EXISTS { (:Entity)-[:PART_OF]->(e) }
WITH e LIMIT $limit
DETACH DELETE e
RETURN count(*) AS deleted`;

function reportOf(rel: GraphRelationship): string | undefined {
  const report = rel.properties.report;
  return typeof report === 'string' ? report : undefined;
}

/** The digest `buildGraph` put on the report, or one computed here for graphs made by hand. */
function readDigest(node: GraphNode | undefined, rels: readonly GraphRelationship[]): string {
  const digest = node?.properties.digest;
  return typeof digest === 'string' ? digest : digestReport(node, rels);
}

function chunk<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
  return chunks;
}

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

/** Check what cannot be a Cypher parameter (labels, types) before it goes into a query. */
function validateGraph(graph: GraphJson): void {
  for (const node of graph.nodes) {
    const [first, second] = node.labels;
    const isReport = first === NODE_LABELS.report && node.labels.length === 1;
    const isEntity = first === NODE_LABELS.entity && second !== undefined && ENTITY_LABEL_VALUES.includes(second) && node.labels.length === 2;
    if (!isReport && !isEntity) throw new LoadGraphError(`node ${node.id} has unknown labels ${node.labels.join(':')}`);
  }
  for (const rel of graph.relationships) {
    if (!REL_TYPE_VALUES.includes(rel.type)) throw new LoadGraphError(`relationship ${rel.from}->${rel.to} has unknown type ${rel.type}`);
    if (rel.type !== REL_TYPES.partOf && reportOf(rel) === undefined) {
      throw new LoadGraphError(`relationship ${rel.type} ${rel.from}->${rel.to} has no report`);
    }
  }
}

/** Write `graph` into Neo4j. See the module comment for what is replaced and what is kept. */
export async function loadGraph(driver: Driver, graph: GraphJson, options: LoadGraphOptions = {}): Promise<LoadResult> {
  validateGraph(graph);
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const report = options.onProgress ?? (() => undefined);
  const session = driver.session({ database: options.database });
  try {
    const run = async (query: string, params: Record<string, unknown> = {}): Promise<Record<string, unknown>[]> => {
      const result = await session.executeWrite((tx) => tx.run(query, params));
      return result.records.map((record) => toPlainValue(record.toObject()) as Record<string, unknown>);
    };
    const runUntilDone = async (query: string, params: Record<string, unknown>): Promise<number> => {
      let total = 0;
      for (;;) {
        const [row] = await run(query, { ...params, limit: toNeo4jInteger(DELETE_BATCH_SIZE) });
        const deleted = Number(row?.deleted ?? 0);
        total += deleted;
        if (deleted < DELETE_BATCH_SIZE) return total;
      }
    };

    if (options.reset) {
      const deleted = (await runUntilDone(DELETE_ALL_RELS_BATCH, {})) + (await runUntilDone(DELETE_ALL_NODES_BATCH, {}));
      report({ phase: 'reset', done: deleted, total: deleted });
    }
    const existing = new Set((await session.run(READ_SCHEMA_NAMES)).records.map((record) => String(record.get('name'))));
    const missing = SCHEMA_STATEMENTS.filter(([name]) => !existing.has(name));
    if (missing.length > 0) {
      // All in one schema transaction: one commit instead of a dozen.
      await session.executeWrite(async (tx) => {
        for (const [, statement] of missing) await tx.run(statement);
      });
    }
    report({ phase: 'schema', done: missing.length, total: missing.length });

    const reportNodes = new Map(graph.nodes.filter((n) => n.labels[0] === NODE_LABELS.report).map((n) => [n.id, n]));
    const relsByReport = groupBy(
      graph.relationships.filter((rel) => rel.type !== REL_TYPES.partOf),
      (rel) => reportOf(rel) ?? '',
    );
    const selected = options.reports ? [...new Set(options.reports)] : [...reportNodes.keys()];
    const digests = new Map(selected.map((id) => [id, readDigest(reportNodes.get(id), relsByReport.get(id) ?? [])]));

    const loaded = new Map<string, string | null>();
    for (const row of await run(READ_REPORT_DIGESTS)) loaded.set(String(row.id), row.digest === null || row.digest === undefined ? null : String(row.digest));
    const removed = selected.filter((id) => !reportNodes.has(id) && loaded.has(id));
    if (!options.reports) removed.push(...[...loaded.keys()].filter((id) => !reportNodes.has(id)));
    const changed = selected.filter((id) => reportNodes.has(id) && loaded.get(id) !== digests.get(id));
    const unchanged = selected.filter((id) => reportNodes.has(id) && loaded.get(id) === digests.get(id));

    // Entities the replaced reports pointed to before: their counts may change or they may go.
    const replaced = [...changed.filter((id) => loaded.has(id)), ...removed];
    const formerEndpoints = new Set<string>();
    for (const ids of chunk(replaced, batchSize)) {
      for (const row of await run(READ_REPORT_ENDPOINTS, { ids })) formerEndpoints.add(String(row.id));
    }
    let deletedRels = 0;
    for (const ids of chunk(replaced, 500)) {
      deletedRels += await runUntilDone(DELETE_REPORT_OWN_RELS_BATCH, { ids });
      for (const type of ENTITY_REL_TYPES) deletedRels += await runUntilDone(DELETE_REPORT_RELS_BATCH[type] ?? '', { ids });
    }
    if (removed.length > 0) await run(DELETE_REPORTS, { ids: removed });
    report({ phase: 'delete', done: deletedRels, total: deletedRels });

    // Nodes: everything on a full load; on a partial load the reports, what their relationships touch, and their region ancestors.
    const changedSet = new Set(changed);
    const relsToWrite = changed.flatMap((id) => relsByReport.get(id) ?? []);
    let nodes: GraphNode[];
    let partOf = graph.relationships.filter((rel) => rel.type === REL_TYPES.partOf);
    if (options.reports) {
      const wanted = new Set<string>([...changed, ...formerEndpoints]);
      for (const rel of relsToWrite) {
        wanted.add(rel.from);
        wanted.add(rel.to);
      }
      const parentOf = new Map(partOf.map((rel) => [rel.from, rel.to]));
      for (const id of [...wanted]) for (let parent = parentOf.get(id); parent && !wanted.has(parent); parent = parentOf.get(parent)) wanted.add(parent);
      nodes = graph.nodes.filter((node) => wanted.has(node.id));
      partOf = partOf.filter((rel) => wanted.has(rel.from));
    } else {
      nodes = graph.nodes;
    }

    const nodeRows = (group: readonly GraphNode[]) =>
      group.map((node) => {
        const properties = toNeo4jProperties(node.properties);
        // A changed report gets its digest only once its relationships are in (a crash in between means "reload me").
        const digest = digests.get(node.id);
        if (node.labels[0] === NODE_LABELS.report) {
          if (changedSet.has(node.id)) delete properties.digest;
          else if (digest !== undefined) properties.digest = digest;
        }
        return { id: node.id, label: node.labels[1] ?? null, properties };
      });
    let nodesDone = 0;
    // Node id → element id of the node just written (every end of a relationship written below is among them).
    const elementIds = new Map<string, string>();
    const [reportGroup, entityGroup] = [nodes.filter((n) => n.labels[0] === NODE_LABELS.report), nodes.filter((n) => n.labels[0] !== NODE_LABELS.report)];
    for (const [query, group] of [
      [MERGE_REPORTS, reportGroup],
      [MERGE_ENTITIES, entityGroup],
    ] as const) {
      for (const batch of chunk(group, batchSize)) {
        for (const row of await run(query, { rows: nodeRows(batch) })) elementIds.set(String(row.id), String(row.elementId));
        nodesDone += batch.length;
        report({ phase: 'nodes', done: nodesDone, total: nodes.length });
      }
    }

    const relTotal = relsToWrite.length + partOf.length;
    let relsDone = 0;
    // New relationships of changed reports go in over a few sessions at once: the server does the work, the client waits.
    const writeRels = async (query: string, rels: readonly GraphRelationship[], concurrency: number, byElementId: boolean): Promise<void> => {
      // An end missing from the written nodes matches nothing, as a missing id would.
      const endOf = (id: string): string | null => (byElementId ? (elementIds.get(id) ?? null) : id);
      const batches = chunk(rels, batchSize);
      let next = 0;
      const work = async (): Promise<void> => {
        const writer = driver.session({ database: options.database });
        try {
          for (let batch = batches[next++]; batch; batch = batches[next++]) {
            const rows = batch.map((rel) => ({ from: endOf(rel.from), to: endOf(rel.to), properties: toNeo4jProperties(rel.properties) }));
            await writer.executeWrite((tx) => tx.run(query, { rows }));
            relsDone += batch.length;
            report({ phase: 'relationships', done: relsDone, total: relTotal });
          }
        } finally {
          await writer.close();
        }
      };
      await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, batches.length)) }, work));
    };
    // MERGE of shared PART_OF edges stays in one session: two MERGEs of the same edge at once could both create it.
    await writeRels(MERGE_PART_OF, partOf, 1, false);
    for (const [type, rels] of groupBy(relsToWrite, (rel) => rel.type)) {
      const query = CREATE_RELS[type];
      if (!query) throw new LoadGraphError(`no query for relationship type ${type}`);
      await writeRels(query, rels, options.concurrency ?? DEFAULT_CONCURRENCY, true);
    }
    for (const batch of chunk(changed, batchSize)) {
      await run(SET_REPORT_DIGESTS, { rows: batch.map((id) => ({ id, digest: digests.get(id) })) });
    }

    let entitiesRemoved = 0;
    if (replaced.length > 0) {
      // Deleting a region can orphan its parent: repeat until nothing more goes.
      for (let removedNow = -1; removedNow !== 0; ) {
        removedNow = await runUntilDone(DELETE_ORPHAN_ENTITIES_BATCH, {});
        entitiesRemoved += removedNow;
      }
    }
    report({ phase: 'cleanup', done: entitiesRemoved, total: entitiesRemoved });
    await session.run(AWAIT_INDEXES);

    return {
      reportsWritten: changed,
      reportsUnchanged: unchanged,
      reportsRemoved: removed,
      reportsUnknown: selected.filter((id) => !reportNodes.has(id) && !loaded.has(id)),
      nodesWritten: nodes.length,
      relationshipsWritten: relTotal,
      entitiesRemoved,
    };
  } finally {
    await session.close();
  }
}
