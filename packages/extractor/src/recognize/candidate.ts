import type { EntityType } from '../vocabulary.ts';

/** A proposed entity span before overlaps are resolved. */
export interface Candidate {
  type: EntityType;
  start: number;
  end: number;
  /** Which rule proposed it (for debugging and for overlap priorities). */
  rule: string;
  /** Higher wins when two candidates cross. */
  priority: number;
}

export const PRIORITY = {
  title: 100,
  quoted: 90,
  lexicon: 80,
  suffix: 60,
  derived: 50,
  region: 40,
  weak: 20,
} as const;
