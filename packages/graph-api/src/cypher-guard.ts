/**
 * Server-side refusal of writing Cypher, before it reaches Neo4j. The READ access-mode
 * transaction is the second line of defence; this one also catches what READ mode lets
 * through (LOAD CSV reads files, procedures with side effects, admin commands).
 */
import { WriteRefusedError } from './errors.ts';

/** Clauses and commands that write, administer or touch the file system. */
const FORBIDDEN_KEYWORDS = [
  'CREATE',
  'MERGE',
  'DELETE',
  'DETACH',
  'SET',
  'REMOVE',
  'DROP',
  'FOREACH',
  'LOAD',
  'TRANSACTIONS',
  'GRANT',
  'REVOKE',
  'DENY',
  'ALTER',
  'RENAME',
  'START',
  'STOP',
  'TERMINATE',
  'USE',
  'ENABLE',
  'DEALLOCATE',
  'REALLOCATE',
  'IMPERSONATE',
] as const;

/** Procedures that only read the graph or its schema. Everything else is refused. */
const ALLOWED_PROCEDURES = new Set([
  'db.labels',
  'db.relationshiptypes',
  'db.propertykeys',
  'db.schema.visualization',
  'db.schema.nodetypeproperties',
  'db.schema.reltypeproperties',
  'db.index.fulltext.querynodes',
  'db.index.fulltext.queryrelationships',
  'db.ping',
]);

/**
 * The query with string literals, backtick-quoted names and comments blanked out,
 * so keywords inside them do not count.
 */
export function blankLiteralsAndComments(query: string): string {
  let out = '';
  let i = 0;
  while (i < query.length) {
    const c = query[i]!;
    const next = query[i + 1];
    if (c === '/' && next === '/') {
      const end = query.indexOf('\n', i);
      const stop = end === -1 ? query.length : end;
      out += ' '.repeat(stop - i);
      i = stop;
    } else if (c === '/' && next === '*') {
      const end = query.indexOf('*/', i + 2);
      const stop = end === -1 ? query.length : end + 2;
      out += ' '.repeat(stop - i);
      i = stop;
    } else if (c === "'" || c === '"' || c === '`') {
      let j = i + 1;
      while (j < query.length) {
        if (query[j] === '\\' && c !== '`') j += 2;
        else if (query[j] === c) {
          // `` inside backticks and '' inside strings escape the quote
          if (query[j + 1] === c) j += 2;
          else break;
        } else j += 1;
      }
      const stop = Math.min(j + 1, query.length);
      // keep the quotes so the token boundary stays visible; blank the content
      out += c + ' '.repeat(Math.max(0, stop - i - 2)) + (stop - i >= 2 ? c : '');
      i = stop;
    } else {
      out += c;
      i += 1;
    }
  }
  return out;
}

/** Throws WriteRefusedError when `query` writes or calls a procedure outside the read list. */
export function assertReadOnlyCypher(query: string): void {
  const code = blankLiteralsAndComments(query);
  const wordPattern = /[A-Za-z_][A-Za-z0-9_]*/g;
  for (const match of code.matchAll(wordPattern)) {
    const word = match[0].toUpperCase();
    if (!(FORBIDDEN_KEYWORDS as readonly string[]).includes(word)) continue;
    const at = match.index;
    const before = code.slice(0, at).trimEnd().slice(-1);
    const after = code.slice(at + match[0].length).trimStart()[0];
    // n.set, :Create (a label), {create: 1} (a map key), $set (a parameter) are names, not clauses
    if (before === '.' || before === ':' || before === '$' || after === ':') continue;
    throw new WriteRefusedError(`${word} is not allowed: the Cypher endpoint is read-only`);
  }
  for (const match of code.matchAll(/\bCALL\b\s*/gi)) {
    const before = code.slice(0, match.index).trimEnd().slice(-1);
    if (before === '.' || before === ':' || before === '$') continue;
    const rest = code.slice(match.index + match[0].length);
    // CALL { … } and CALL (x) { … } are subqueries, checked by the keyword scan above
    if (rest.startsWith('{') || rest.startsWith('(')) continue;
    const name = /^[A-Za-z_][A-Za-z0-9_.]*/.exec(rest)?.[0];
    if (!name || !ALLOWED_PROCEDURES.has(name.toLowerCase())) {
      throw new WriteRefusedError(
        `procedure ${name ?? '(quoted name)'} is not allowed: the Cypher endpoint only calls ${[...ALLOWED_PROCEDURES].join(', ')}`,
      );
    }
  }
}
