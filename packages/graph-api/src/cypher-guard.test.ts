import { describe, expect, it } from 'vitest';
import { assertReadOnlyCypher, blankLiteralsAndComments } from './cypher-guard.ts';

const REFUSED = [
  "CREATE (n:Slogan {name: '放管服'})",
  "MATCH (n {id: 'slogan:放管服'}) MERGE (n)-[:X]->(m)",
  'MATCH (n) DETACH DELETE n',
  'MATCH (n) delete n',
  "MATCH (n) SET n.name = '改'",
  'MATCH (n) REMOVE n.name',
  'DROP INDEX foo',
  "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line",
  "CALL db.createLabel('X')",
  "CALL db.index.fulltext.createNodeIndex('x', ['A'], ['b'])",
  'CALL dbms.listConfig()',
  'CALL apoc.create.node(["X"], {})',
  'MATCH (n) CALL { WITH n RETURN n.id AS i } IN TRANSACTIONS RETURN i',
  'UNWIND [1] AS x FOREACH (y IN [x] | CREATE (:X))',
  'USE system SHOW USERS',
  'MATCH (n) WITH n /* ok */ SET n.x = 1',
  "CALL `db`.`createLabel`('X')",
  'CALL\n  dbms.security.createUser("x", "y")',
];

const ALLOWED = [
  "MATCH (n:Slogan {name: '放管服'}) RETURN n",
  "MATCH (n) WHERE n.name = 'CREATE (x)' RETURN n // DELETE everything",
  'MATCH (n) RETURN n.set, n.`delete` AS d, {create: 1} AS m LIMIT 5',
  'MATCH (r:Report)-[m:MENTIONS]->(e) RETURN r.id, count(e) ORDER BY count(e) DESC',
  'CALL db.labels() YIELD label RETURN label',
  'MATCH (n) CALL (n) { RETURN n.id AS i } RETURN i LIMIT 3',
  'RETURN $set AS x',
  'MATCH (a)-[:CREATED_BY]->(b) RETURN a',
];

describe('assertReadOnlyCypher', () => {
  it.each(REFUSED)('refuses %s', (query) => {
    expect(() => assertReadOnlyCypher(query)).toThrowError(/not allowed/);
  });
  it.each(ALLOWED)('allows %s', (query) => {
    expect(() => assertReadOnlyCypher(query)).not.toThrow();
  });
});

describe('blankLiteralsAndComments', () => {
  it('blanks strings, backticks and comments but keeps length', () => {
    const q = "MATCH (n) WHERE n.a = 'CREATE' AND n.`SET` = \"x\" // DELETE\nRETURN n";
    const out = blankLiteralsAndComments(q);
    expect(out).toHaveLength(q.length);
    expect(out).not.toMatch(/CREATE|SET|DELETE/);
    expect(out).toMatch(/RETURN n$/);
  });
});
