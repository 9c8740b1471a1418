/**
 * Exports of what the analyst sees: the current subgraph as JSON or CSV, and
 * evidence sentences as CSV. Pure string builders; the download is done by the caller.
 */
import type { Subgraph } from '@reportgraph/graph-api/contract';

/** Quotes a CSV field when needed; a leading = + - @ is defused so spreadsheets do not run it as a formula. */
export function escapeCsvField(value: unknown): string {
  let s = value === null || value === undefined ? '' : typeof value === 'string' ? value : JSON.stringify(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

export function toCsv(header: readonly string[], rows: readonly (readonly unknown[])[]): string {
  // A BOM so that spreadsheet programs read the Chinese text as UTF-8.
  return `\ufeff${[header, ...rows].map((r) => r.map(escapeCsvField).join(',')).join('\r\n')}\r\n`;
}

export function toSubgraphJson(subgraph: Subgraph): string {
  return `${JSON.stringify({ nodes: subgraph.nodes, edges: subgraph.edges }, null, 2)}\n`;
}

/** One CSV with a row per node and a row per edge (edges name their ends by id and label). */
export function toSubgraphCsv(subgraph: Subgraph): string {
  const labels = new Map(subgraph.nodes.map((n) => [n.id, n.label]));
  const rows: unknown[][] = [];
  for (const n of subgraph.nodes) {
    rows.push(['node', n.id, n.kind, n.label, n.aliases.join('|'), n.mentionCount, '', '', '', '', '']);
  }
  for (const e of subgraph.edges) {
    rows.push(['edge', e.id, e.type, '', '', '', e.source, labels.get(e.source) ?? '', e.target, labels.get(e.target) ?? '', e.weight]);
  }
  return toCsv(['element', 'id', 'type', 'label', 'aliases', 'mentions', 'source', 'sourceLabel', 'target', 'targetLabel', 'weight'], rows);
}

export interface EvidenceRow {
  entity: string;
  reportId: string;
  reportTitle: string;
  year: number | null;
  sentence: string;
}

export function toEvidenceCsv(rows: readonly EvidenceRow[]): string {
  return toCsv(
    ['entity', 'reportId', 'reportTitle', 'year', 'sentence'],
    rows.map((r) => [r.entity, r.reportId, r.reportTitle, r.year ?? '', r.sentence]),
  );
}
