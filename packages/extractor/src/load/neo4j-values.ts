/**
 * The one place where values cross between JavaScript and Neo4j. JavaScript
 * numbers reach Neo4j as floats, so integral values (years, counts, offsets,
 * amounts in yuan) are sent as Neo4j Integers; Integers read back become numbers.
 */
import neo4j from 'neo4j-driver';
import type { Integer } from 'neo4j-driver';
import type { Properties, PropertyValue } from '../graph/graph-types.ts';

type Neo4jPropertyValue = string | number | boolean | Integer | string[] | Array<number | Integer>;

function toNeo4jValue(value: PropertyValue): Neo4jPropertyValue {
  if (typeof value === 'number') return Number.isInteger(value) ? neo4j.int(value) : value;
  if (Array.isArray(value) && value.length > 0 && typeof value[0] === 'number') {
    const numbers = value as number[];
    // A list must be homogeneous: all Integers, or all floats when any value has a fraction.
    return numbers.every(Number.isInteger) ? numbers.map((n) => neo4j.int(n)) : numbers;
  }
  return value;
}

/** An integral count (LIMIT, batch sizes) as a Neo4j Integer: Cypher refuses `10000.0` there. */
export function toNeo4jInteger(value: number): Integer {
  return neo4j.int(value);
}

/** Graph JSON properties → driver parameters. */
export function toNeo4jProperties(properties: Properties): Record<string, Neo4jPropertyValue> {
  const converted: Record<string, Neo4jPropertyValue> = {};
  for (const [key, value] of Object.entries(properties)) converted[key] = toNeo4jValue(value);
  return converted;
}

/** A value read from Neo4j → plain JavaScript (Integers to numbers, lists and maps recursively). */
export function toPlainValue(value: unknown): unknown {
  if (neo4j.isInt(value)) return (value as Integer).toNumber();
  if (Array.isArray(value)) return value.map(toPlainValue);
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>);
    return Object.fromEntries(entries.map(([key, v]) => [key, toPlainValue(v)]));
  }
  return value;
}
