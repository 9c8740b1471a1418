/**
 * Turning query rows into the contract's graph elements: nodes from `labels` +
 * `properties`, edges merged per (type, source, target).
 */
import { ENTITY_LABELS, isEntityType } from '@reportgraph/extractor/vocabulary';
import type { GraphEdge, GraphNode, NodeKind } from './contract.ts';
import { strList, type Row } from './neo4j/read.ts';

/** Properties shown as GraphNode fields, not repeated in `properties`. */
const NODE_CORE_KEYS = new Set(['id', 'type', 'name', 'title', 'aliases', 'mentionCount', 'reportCount']);
/** Loader bookkeeping and search keys the explorer has no use for. */
const NODE_HIDDEN_KEYS = new Set(['digest', 'pinyin', 'initials', 'pathCodes']);

const KIND_BY_LABEL = new Map<string, NodeKind>(
  Object.entries(ENTITY_LABELS).map(([kind, label]) => [label, kind as NodeKind]),
);

export function kindOf(labels: string[], props: Row): NodeKind {
  if (labels.includes('Report')) return 'report';
  const type = props['type'];
  if (typeof type === 'string' && isEntityType(type)) return type;
  for (const label of labels) {
    const kind = KIND_BY_LABEL.get(label);
    if (kind) return kind;
  }
  return 'organization';
}

/** A node from its labels and (plain) properties; `fallbackId` when it has no `id`. */
export function toGraphNode(labels: string[], props: Row, fallbackId = ''): GraphNode {
  const kind = kindOf(labels, props);
  const id = typeof props['id'] === 'string' ? props['id'] : fallbackId;
  const label =
    (typeof props['name'] === 'string' && props['name']) ||
    (typeof props['title'] === 'string' && props['title']) ||
    id;
  const properties: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(props)) {
    if (!NODE_CORE_KEYS.has(key) && !NODE_HIDDEN_KEYS.has(key)) properties[key] = value;
  }
  return {
    id,
    kind,
    label,
    aliases: strList(props['aliases']),
    mentionCount: nonNegativeInt(props['mentionCount']),
    reportCount: nonNegativeInt(props['reportCount']),
    properties,
  };
}

function nonNegativeInt(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? Math.round(value) : 0;
}

/** A node row as returned by the `NODE_FIELDS` projection. */
export function nodeFromRow(row: Row, prefix = ''): GraphNode {
  const labels = strList(row[`${prefix}labels`]);
  const props = (row[`${prefix}props`] as Row | null) ?? {};
  return toGraphNode(labels, props, String(row[`${prefix}eid`] ?? ''));
}

/**
 * Cypher that returns every relationship among the nodes with element ids `$eids`,
 * merged per (type, source, target), for `edgeFromRow`; `$sentences` caps the evidence kept per edge.
 */
export const INDUCED_EDGES_QUERY = `
MATCH (a)-[r]->(b)
WHERE elementId(a) IN $eids AND elementId(b) IN $eids AND ($rels IS NULL OR type(r) IN $rels)
WITH a, b, type(r) AS type, r
RETURN coalesce(a.id, elementId(a)) AS source, coalesce(b.id, elementId(b)) AS target, type,
  sum(coalesce(r.weight, r.count, 1)) AS weight,
  count(r) AS relationships,
  collect(DISTINCT coalesce(r.report, CASE WHEN a:Report THEN a.id END))[..50] AS reports,
  collect(DISTINCT r.year)[..50] AS years,
  collect(coalesce(r.sentences[..$sentences], [r.sentence]))[..$sentences] AS sentenceLists
ORDER BY weight DESC, source, target, type`;

export function edgeFromRow(row: Row, maxSentences = 3): GraphEdge {
  const source = String(row['source']);
  const target = String(row['target']);
  const type = String(row['type']);
  const sentences: string[] = [];
  for (const list of Array.isArray(row['sentenceLists']) ? row['sentenceLists'] : []) {
    for (const s of strList(list)) {
      if (sentences.length < maxSentences && !sentences.includes(s)) sentences.push(s);
    }
  }
  const years = (Array.isArray(row['years']) ? row['years'] : []).filter((y): y is number => typeof y === 'number');
  const weight = typeof row['weight'] === 'number' ? row['weight'] : 1;
  return {
    id: `${type}|${source}|${target}`,
    type,
    source,
    target,
    weight,
    properties: {
      reports: strList(row['reports']),
      years: years.sort((x, y) => x - y),
      relationships: typeof row['relationships'] === 'number' ? row['relationships'] : 1,
      sentences,
    },
  };
}
