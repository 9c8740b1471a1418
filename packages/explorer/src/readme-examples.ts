import readme from '../../../README.md?raw';
import { FALLBACK_CYPHER_EXAMPLES, parseCypherExamples } from './cypher-examples.ts';
import type { CypherExample } from './cypher-examples.ts';

const parsed = parseCypherExamples(readme);

/** The README's example queries, bundled at build time. */
export const CYPHER_EXAMPLES: readonly CypherExample[] = parsed.length > 0 ? parsed : FALLBACK_CYPHER_EXAMPLES;
