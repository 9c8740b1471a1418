/** What one drawn edge stands for: its type, weight, reports and evidence sentences. */
import type { GraphEdge, GraphNode } from '@reportgraph/graph-api/contract';
import { REL_TYPE_STYLES } from '../graph/type-styles.ts';
import { EvidenceSentences } from './Highlighted.tsx';

function toStrings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : typeof value === 'string' ? [value] : [];
}

export function EdgeDetails({ edge, nodes, onOpenNode }: { edge: GraphEdge; nodes: readonly GraphNode[]; onOpenNode: (id: string) => void }) {
  const source = nodes.find((n) => n.id === edge.source);
  const target = nodes.find((n) => n.id === edge.target);
  const style = (REL_TYPE_STYLES as Record<string, { name: string; color: string }>)[edge.type];
  const sentences = [...toStrings(edge.properties.sentences), ...toStrings(edge.properties.sentence)];
  const reports = toStrings(edge.properties.reports ?? edge.properties.report);
  const terms = [source?.label, target?.label, ...(source?.aliases ?? []), ...(target?.aliases ?? [])].filter((t): t is string => Boolean(t));
  const rest = Object.entries(edge.properties).filter(([k]) => !['sentences', 'sentence', 'reports', 'report'].includes(k));
  return (
    <section className="details" aria-label="Edge details" data-testid="edge-details">
      <header className="details-header">
        {/* Outlined: some relationship colours are too light for white text. */}
        <span className="kind-chip outlined" style={{ borderColor: style?.color ?? '#4d5862' }}>
          {style?.name ?? edge.type} · {edge.type}
        </span>
        <h2>
          <button type="button" className="link" onClick={() => onOpenNode(edge.source)}>
            {source?.label ?? edge.source}
          </button>{' '}
          →{' '}
          <button type="button" className="link" onClick={() => onOpenNode(edge.target)}>
            {target?.label ?? edge.target}
          </button>
        </h2>
      </header>
      <dl className="props">
        <dt>weight</dt>
        <dd>{edge.weight}</dd>
        {reports.length > 0 ? (
          <>
            <dt>reports</dt>
            <dd>{reports.join('、')}</dd>
          </>
        ) : null}
        {rest.map(([k, v]) => (
          <div key={k} className="prop-row">
            <dt>{k}</dt>
            <dd>{Array.isArray(v) ? v.join('、') : typeof v === 'object' ? JSON.stringify(v) : String(v)}</dd>
          </div>
        ))}
      </dl>
      {sentences.length > 0 ? (
        <>
          <h3>Evidence</h3>
          <EvidenceSentences sentences={sentences} terms={terms} />
        </>
      ) : (
        <p className="muted">No sentences recorded on this edge.</p>
      )}
    </section>
  );
}
