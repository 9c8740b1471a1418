/**
 * What the graph knows about one node: properties, aliases, mentions by report
 * and year, and the evidence sentences with the entity highlighted, each linked
 * to its report.
 */
import type { NodeDetails } from '@reportgraph/graph-api/contract';
import { fetchNodeDetails, fetchReportDetails } from '../api/client.ts';
import { useRequest } from '../api/use-request.ts';
import { toEvidenceCsv } from '../graph/export-data.ts';
import { NODE_KIND_STYLES, REL_TYPE_STYLES, isNodeKind } from '../graph/type-styles.ts';
import { saveFile, toFileSlug } from '../download.ts';
import { encodeUrlState, DEFAULT_URL_STATE } from '../state/url-state.ts';
import { ErrorMessage, Loading } from './StatusMessages.tsx';
import { EvidenceSentences } from './Highlighted.tsx';

export interface DetailsActions {
  onExpand: (id: string) => void;
  onFocus: (id: string) => void;
  onTogglePin: (id: string) => void;
  onHide: (id: string) => void;
  /** Puts a report (or any node) on the canvas and selects it. */
  onOpenNode: (id: string) => void;
  onTrace: (id: string) => void;
  onCompareRegion: (id: string) => void;
}

export function DetailsPanel({ id, pinned, actions }: { id: string; pinned: boolean; actions: DetailsActions }) {
  const req = useRequest(id, (signal) => fetchNodeDetails(id, { signal }));
  return (
    <section className="details" aria-label="Details" data-testid="details">
      {req.loading ? <Loading what="details" /> : null}
      {req.error ? <ErrorMessage error={req.error} onRetry={req.reload} /> : null}
      {req.data ? <DetailsBody details={req.data} pinned={pinned} actions={actions} /> : null}
    </section>
  );
}

function formatValue(value: unknown): string {
  if (Array.isArray(value)) return value.map(formatValue).join('、');
  if (value !== null && typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

function DetailsBody({ details, pinned, actions }: { details: NodeDetails; pinned: boolean; actions: DetailsActions }) {
  const { node, mentions, byYear, relationCounts } = details;
  const kindStyle = isNodeKind(node.kind) ? NODE_KIND_STYLES[node.kind] : null;
  const terms = [node.label, ...node.aliases];
  const maxYear = Math.max(1, ...byYear.map((y) => y.count));
  const evidence = mentions.flatMap((m) => m.sentences.map((sentence) => ({ entity: node.label, reportId: m.report.id, reportTitle: m.report.title, year: m.report.year, sentence })));
  const properties = Object.entries(node.properties).filter(([, v]) => v !== null && v !== undefined && v !== '');
  return (
    <>
      <header className="details-header">
        <span className="kind-chip" style={{ background: kindStyle?.color ?? '#4d5862' }}>
          {kindStyle?.name ?? node.kind} · {node.kind}
        </span>
        <h2 data-testid="details-title">{node.label}</h2>
        <div className="muted small mono">{node.id}</div>
      </header>
      <div className="details-actions" role="toolbar" aria-label="Node actions">
        <button type="button" onClick={() => actions.onExpand(node.id)}>
          Expand
        </button>
        <button type="button" onClick={() => actions.onFocus(node.id)}>
          Focus
        </button>
        <button type="button" aria-pressed={pinned} onClick={() => actions.onTogglePin(node.id)}>
          {pinned ? 'Unpin' : 'Pin'}
        </button>
        <button type="button" onClick={() => actions.onHide(node.id)}>
          Hide
        </button>
        {node.kind === 'project' ? (
          <button type="button" onClick={() => actions.onTrace(node.id)}>
            Trace project
          </button>
        ) : null}
        {node.kind === 'region' ? (
          <button type="button" onClick={() => actions.onCompareRegion(node.id)}>
            Similar regions
          </button>
        ) : null}
      </div>
      <dl className="props">
        {node.kind !== 'report' ? (
          <>
            <dt>Mentions</dt>
            <dd>
              {node.mentionCount} in {node.reportCount || mentions.length} report{(node.reportCount || mentions.length) === 1 ? '' : 's'}
            </dd>
          </>
        ) : null}
        {node.aliases.length > 0 ? (
          <>
            <dt>Aliases</dt>
            <dd data-testid="details-aliases">{node.aliases.join('、')}</dd>
          </>
        ) : null}
        {properties.map(([k, v]) => (
          <div key={k} className="prop-row">
            <dt>{k}</dt>
            <dd>{formatValue(v)}</dd>
          </div>
        ))}
      </dl>
      {Object.keys(relationCounts).length > 0 ? (
        <div className="rel-counts">
          {Object.entries(relationCounts).map(([type, n]) => (
            <span key={type} className="count-chip" title={type}>
              {(REL_TYPE_STYLES as Record<string, { name: string }>)[type]?.name ?? type} {n}
            </span>
          ))}
        </div>
      ) : null}
      {byYear.length > 0 ? (
        <div className="by-year" aria-label="Mentions by year">
          <h3>Mentions by year</h3>
          {byYear.map((y) => (
            <div key={String(y.year)} className="year-bar">
              <span className="year">{y.year ?? 'unknown'}</span>
              <span className="bar" style={{ width: `${Math.max(4, (y.count / maxYear) * 100)}%` }} />
              <span className="n">{y.count}</span>
            </div>
          ))}
        </div>
      ) : null}
      {node.kind === 'report' ? <ReportEntities id={node.id} onOpenNode={actions.onOpenNode} /> : null}
      {mentions.length > 0 ? (
        <div className="evidence" data-testid="evidence">
          <div className="evidence-head">
            <h3>Evidence ({mentions.length} reports)</h3>
            <button type="button" data-testid="export-evidence" onClick={() => saveFile(`${toFileSlug(node.label)}-evidence.csv`, toEvidenceCsv(evidence), 'text/csv;charset=utf-8')}>
              Evidence CSV
            </button>
          </div>
          <ol className="mentions">
            {mentions.map((m) => (
              <li key={m.report.id} className="mention" data-testid="mention">
                <div className="mention-report">
                  <a
                    href={encodeUrlState({ ...DEFAULT_URL_STATE, nodes: [m.report.id, node.id], selected: [m.report.id] }) || '?'}
                    onClick={(e) => {
                      e.preventDefault();
                      actions.onOpenNode(m.report.id);
                    }}
                    data-testid="report-link"
                  >
                    {m.report.title}
                  </a>
                  <span className="muted">
                    {' '}
                    {m.report.year ?? 'year unknown'}
                    {m.report.regionName ? ` · ${m.report.regionName}` : ''} · {m.count}×
                  </span>
                </div>
                <EvidenceSentences sentences={m.sentences} terms={terms} />
              </li>
            ))}
          </ol>
        </div>
      ) : node.kind !== 'report' ? (
        <p className="muted">No evidence sentences for this node.</p>
      ) : null}
    </>
  );
}

/** A report's most mentioned entities per type, each one click from the canvas. */
function ReportEntities({ id, onOpenNode }: { id: string; onOpenNode: (id: string) => void }) {
  const req = useRequest(`report:${id}`, (signal) => fetchReportDetails(id, { signal }));
  if (req.loading) return <Loading what="report entities" />;
  if (req.error) return <ErrorMessage error={req.error} onRetry={req.reload} />;
  if (!req.data) return null;
  const { report, topEntities } = req.data;
  return (
    <div className="report-entities" data-testid="report-entities">
      <h3>
        {report.entityCount} entities, {report.mentionCount} mentions
      </h3>
      {Object.entries(topEntities)
        .filter(([, list]) => list.length > 0)
        .map(([kind, list]) => (
          <div key={kind} className="report-kind">
            <div className="muted small">{isNodeKind(kind) ? `${NODE_KIND_STYLES[kind].name} · ${kind}` : kind} ({report.entityCounts[kind] ?? list.length})</div>
            <div>
              {list.map((e) => (
                <button key={e.id} type="button" className="count-chip chip-button" style={{ borderColor: isNodeKind(kind) ? NODE_KIND_STYLES[kind].color : undefined }} onClick={() => onOpenNode(e.id)}>
                  {e.label} <span className="muted">{e.count}</span>
                </button>
              ))}
            </div>
          </div>
        ))}
    </div>
  );
}
