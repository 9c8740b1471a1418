/**
 * The one place where Neo4j values become plain JSON: Integers → numbers (strings
 * beyond 2^53), temporal values → ISO strings, nodes/relationships/paths → tagged objects.
 */
import neo4j, { type Integer, type Node, type Path, type Point, type Record as Neo4jRecord, type Relationship } from 'neo4j-driver';

/** A Neo4j Integer (or JS number/bigint/null) as a JS number; null stays null. */
export function toNumber(value: unknown): number | null {
  if (value === null || value === undefined) return null;
  if (neo4j.isInt(value)) return (value as Integer).toNumber();
  if (typeof value === 'bigint') return Number(value);
  if (typeof value === 'number') return value;
  return null;
}

/** Like toNumber, 0 for null. */
export function toCount(value: unknown): number {
  return toNumber(value) ?? 0;
}

function isTemporal(value: unknown): boolean {
  return (
    neo4j.isDate(value as object) ||
    neo4j.isDateTime(value as object) ||
    neo4j.isLocalDateTime(value as object) ||
    neo4j.isLocalTime(value as object) ||
    neo4j.isTime(value as object) ||
    neo4j.isDuration(value as object)
  );
}

/** Stable id of a node: its `id` property, else its element id. */
export function nodeIdOf(node: Node): string {
  const id = node.properties['id'];
  return typeof id === 'string' ? id : node.elementId;
}

/**
 * Any value from a record as plain JSON. `idOf` maps element ids to node ids for
 * relationship endpoints (falls back to the element id).
 */
export function toPlain(value: unknown, idOf: (elementId: string) => string = (e) => e): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'bigint') return Number.isSafeInteger(Number(value)) ? Number(value) : value.toString();
  if (neo4j.isInt(value)) {
    const int = value as Integer;
    return int.inSafeRange() ? int.toNumber() : int.toString();
  }
  if (Array.isArray(value)) return value.map((v) => toPlain(v, idOf));
  if (typeof value !== 'object') return String(value);
  if (neo4j.isNode(value)) {
    const node = value as Node;
    return { $type: 'node', id: nodeIdOf(node), labels: node.labels, properties: toPlain(node.properties, idOf) };
  }
  if (neo4j.isRelationship(value)) {
    const rel = value as Relationship;
    return {
      $type: 'relationship',
      type: rel.type,
      source: idOf(rel.startNodeElementId),
      target: idOf(rel.endNodeElementId),
      properties: toPlain(rel.properties, idOf),
    };
  }
  if (neo4j.isPath(value)) {
    const path = value as Path;
    const nodes = [path.start, ...path.segments.map((s) => s.end)];
    return {
      $type: 'path',
      nodes: nodes.map((n) => toPlain(n, idOf)),
      relationships: path.segments.map((s) => toPlain(s.relationship, idOf)),
    };
  }
  if (isTemporal(value)) return String(value);
  if (neo4j.isPoint(value as object)) {
    const p = value as Point;
    return { srid: toPlain(p.srid), x: p.x, y: p.y, ...(p.z === undefined ? {} : { z: p.z }) };
  }
  if (ArrayBuffer.isView(value)) return Array.from(value as unknown as ArrayLike<number>);
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = toPlain(v, idOf);
  return out;
}

/** Record fields as a plain object. */
export function toPlainObject(record: Neo4jRecord): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of record.keys) out[String(key)] = toPlain(record.get(key));
  return out;
}

/**
 * JSON request params for Cypher: whole numbers become Neo4j Integers so that
 * `LIMIT $n` and integer comparisons behave as in Cypher (JS numbers arrive as floats).
 */
export function toCypherParams(value: unknown): unknown {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return neo4j.int(value);
  if (Array.isArray(value)) return value.map(toCypherParams);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = toCypherParams(v);
    return out;
  }
  return value;
}
