import type { EntityType, RegionLevel, ReportKind } from './vocabulary.ts';

/** A place resolved to the gazetteer of administrative divisions. */
export interface GazetteerRegion {
  /** Administrative code, e.g. 511827 for 宝兴县. */
  code: string;
  /** Official name, e.g. 宝兴县. */
  name: string;
  level: RegionLevel;
  /** Official names from the province down to this region, e.g. [四川省, 雅安市, 宝兴县]. */
  path: string[];
  /** Codes along the same path. */
  pathCodes: string[];
}

/** One report (or other document) cut out of a corpus file. */
export interface SourceDocument {
  /** Readable, stable slug, e.g. `baoxing-2021`. */
  id: string;
  title: string;
  /** Corpus file it came from, relative to the corpus root. */
  source: string;
  /** Document text, boilerplate removed; offsets of mentions point into it. */
  text: string;
  region: GazetteerRegion | null;
  year: number | null;
  /** How the year was found: from the title, the body, inferred from content, or not at all. */
  yearSource: 'title' | 'body' | 'inferred' | null;
  /** A short human sentence explaining an inferred year. */
  yearNote?: string;
  kind: ReportKind;
  /** Offset of `text` in the decoded source file (documents cut from a multi-report file start later). */
  sourceOffset?: number;
  /** Encoding the source file was decoded from (utf-8, gb18030 …). */
  encoding?: string;
  /** Where the title came from: a `【…】` header line, the first line of the file, or made up from metadata. */
  titleSource?: 'header' | 'first-line' | 'derived';
  /** Where the issuing region was read: header label, title, or the body (most named at its level). */
  regionSource?: 'header' | 'title' | 'body' | null;
}

/** A sentence span in a document's text. */
export interface Sentence {
  index: number;
  start: number;
  end: number;
}

/** One occurrence of an entity in a document. `text === doc.text.slice(start, end)`. */
export interface Mention {
  type: EntityType;
  text: string;
  /** Normalised name used to resolve mentions to one node. */
  canonical: string;
  start: number;
  end: number;
  sentence: number;
}

/** A file of the corpus that could not be read, and why. */
export interface SkippedFile {
  path: string;
  reason: string;
  /** Stable code: EMPTY_FILE, BINARY_FILE, UNKNOWN_ENCODING, UNREADABLE, NOT_FOUND, NO_DOCUMENTS. */
  code?: string;
}
