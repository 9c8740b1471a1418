/**
 * In-memory search over entity names, aliases and report titles: Chinese substring,
 * full pinyin (matched at syllable starts) and pinyin initials. Built from Neo4j on
 * first use and rebuilt when the graph version changes.
 */
import { pinyin } from 'pinyin-pro';
import type { MatchedBy, NodeKind, SearchHit, SearchQuery, SearchResponse } from './contract.ts';
import type { GraphVersion } from './graph-version.ts';
import { kindOf } from './graph-elements.ts';
import { readRows, str, strList, type Row } from './neo4j/read.ts';
import type { Driver } from 'neo4j-driver';

const SEARCH_INDEX_QUERY = `
MATCH (n:Entity)
RETURN n.id AS id, labels(n) AS labels, n.type AS type, n.name AS name, n.aliases AS aliases,
  n.mentionCount AS mentionCount, n.reportCount AS reportCount
UNION ALL
MATCH (r:Report)
RETURN r.id AS id, labels(r) AS labels, 'report' AS type, r.title AS name, [] AS aliases,
  COUNT { (r)-[:MENTIONS]->() } AS mentionCount, 1 AS reportCount`;

interface IndexedName {
  text: string;
  lower: string;
  isAlias: boolean;
  /** Full pinyin without tones or separators, lower case. */
  pinyin: string;
  /** Offsets in `pinyin` where a syllable starts. */
  syllableStarts: number[];
  initials: string;
}

interface IndexedEntry {
  id: string;
  idLower: string;
  kind: NodeKind;
  label: string;
  aliases: string[];
  mentionCount: number;
  reportCount: number;
  names: IndexedName[];
  /** Tie-breaker added to every score of this entry: more mentions rank higher. */
  bonus: number;
}

const PINYIN_OPTIONS = { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true } as const;

/** Pinyin of a name: syllables joined, with their start offsets, and initials. */
export function toPinyinKeys(text: string): { pinyin: string; syllableStarts: number[]; initials: string } {
  const syllables = pinyin(text, PINYIN_OPTIONS)
    .map((s) => s.toLowerCase().replace(/[^a-z0-9]/g, ''))
    .filter(Boolean);
  let full = '';
  const syllableStarts: number[] = [];
  let initials = '';
  for (const s of syllables) {
    syllableStarts.push(full.length);
    full += s;
    initials += s[0];
  }
  return { pinyin: full, syllableStarts, initials };
}

function indexName(text: string, isAlias: boolean): IndexedName {
  return { text, lower: text.toLowerCase(), isAlias, ...toPinyinKeys(text) };
}

function toEntry(row: Row): IndexedEntry {
  const name = str(row, 'name') || str(row, 'id');
  const aliases = strList(row['aliases']).filter((a) => a !== name);
  const mentionCount = typeof row['mentionCount'] === 'number' ? row['mentionCount'] : 0;
  return {
    id: str(row, 'id'),
    idLower: str(row, 'id').toLowerCase(),
    kind: kindOf(strList(row['labels']), { type: row['type'] }),
    label: name,
    aliases,
    mentionCount,
    reportCount: typeof row['reportCount'] === 'number' ? row['reportCount'] : 0,
    names: [indexName(name, false), ...aliases.map((a) => indexName(a, true))],
    bonus: Math.min(49, 10 * Math.log10(1 + mentionCount)),
  };
}

/** Score bands: exact > prefix > substring; name > alias > pinyin > initials. */
const SCORES = {
  id: 1000,
  nameExact: 900,
  aliasExact: 850,
  pinyinExact: 800,
  initialsExact: 750,
  namePrefix: 700,
  aliasPrefix: 650,
  pinyinPrefix: 600,
  initialsPrefix: 550,
  nameSubstring: 500,
  aliasSubstring: 450,
  pinyinSyllable: 400,
} as const;

interface Match {
  score: number;
  by: MatchedBy;
  text: string;
}

function matchName(name: IndexedName, q: string, qLatin: string | null): Match | null {
  const by: MatchedBy = name.isAlias ? 'alias' : 'name';
  let best: Match | null = null;
  const consider = (score: number, matchedBy: MatchedBy) => {
    if (!best || score > best.score) best = { score, by: matchedBy, text: name.text };
  };
  if (name.lower === q) consider(name.isAlias ? SCORES.aliasExact : SCORES.nameExact, by);
  else if (name.lower.startsWith(q)) consider(name.isAlias ? SCORES.aliasPrefix : SCORES.namePrefix, by);
  else if (name.lower.includes(q)) consider(name.isAlias ? SCORES.aliasSubstring : SCORES.nameSubstring, by);
  if (qLatin && name.pinyin && name.pinyin !== name.lower) {
    if (name.pinyin === qLatin) consider(SCORES.pinyinExact, 'pinyin');
    else if (name.pinyin.startsWith(qLatin)) consider(SCORES.pinyinPrefix, 'pinyin');
    else if (qLatin.length >= 2 && name.syllableStarts.some((at) => at > 0 && name.pinyin.startsWith(qLatin, at))) {
      consider(SCORES.pinyinSyllable, 'pinyin');
    }
    if (qLatin.length >= 2) {
      if (name.initials === qLatin) consider(SCORES.initialsExact, 'initials');
      else if (name.initials.startsWith(qLatin)) consider(SCORES.initialsPrefix, 'initials');
    }
  }
  return best;
}

export class SearchIndex {
  private entries: IndexedEntry[] = [];
  private version: string | null = null;
  private building: Promise<void> | null = null;

  constructor(
    private readonly driver: Driver,
    private readonly graphVersion: GraphVersion,
  ) {}

  /** Make sure the index matches the current graph (rejects when Neo4j is down). */
  async refresh(): Promise<void> {
    const version = await this.graphVersion.current();
    if (version === this.version) return;
    this.building ??= this.build(version).finally(() => {
      this.building = null;
    });
    await this.building;
  }

  private async build(version: string): Promise<void> {
    this.replaceEntries(await readRows(this.driver, SEARCH_INDEX_QUERY), version);
  }

  /** Index rows of `SEARCH_INDEX_QUERY` (id, labels, type, name, aliases, mentionCount, reportCount). */
  replaceEntries(rows: Row[], version: string): void {
    this.entries = rows.filter((r) => typeof r['id'] === 'string').map(toEntry);
    this.version = version;
  }

  async search(query: SearchQuery): Promise<SearchResponse> {
    await this.refresh();
    return this.searchLoaded(query);
  }

  /** Search what is loaded, without checking the graph version. */
  searchLoaded(query: SearchQuery): SearchResponse {
    const q = query.q.trim().toLowerCase();
    const compact = q.replace(/[\s'’-]+/g, '').replace(/ü/g, 'v');
    const qLatin = /^[a-z]+$/.test(compact) ? compact : null;
    const kinds = query.types ? new Set<string>(query.types) : null;
    const matches: { entry: IndexedEntry; match: Match; score: number }[] = [];
    const typeCounts: Record<string, number> = {};
    for (const entry of this.entries) {
      if (kinds && !kinds.has(entry.kind)) continue;
      let best: Match | null = entry.idLower === q ? { score: SCORES.id, by: 'id', text: entry.id } : null;
      for (const name of entry.names) {
        const m = matchName(name, q, qLatin);
        if (m && (!best || m.score > best.score)) best = m;
      }
      if (!best) continue;
      matches.push({ entry, match: best, score: best.score + entry.bonus });
      typeCounts[entry.kind] = (typeCounts[entry.kind] ?? 0) + 1;
    }
    matches.sort(
      (a, b) => b.score - a.score || a.entry.label.length - b.entry.label.length || a.entry.id.localeCompare(b.entry.id),
    );
    const hits: SearchHit[] = matches.slice(0, query.limit).map(({ entry, match, score }) => ({
      id: entry.id,
      kind: entry.kind,
      label: entry.label,
      aliases: entry.aliases,
      mentionCount: entry.mentionCount,
      reportCount: entry.reportCount,
      matchedBy: match.by,
      matchedText: match.text,
      score: Math.round(score * 10) / 10,
    }));
    return { query: query.q, hits, total: matches.length, typeCounts };
  }

  get size(): number {
    return this.entries.length;
  }
}
