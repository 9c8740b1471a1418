/** The nodes on the canvas as a keyboard-reachable list: Enter or a click selects one. */
import type { GraphNode } from '@reportgraph/graph-api/contract';
import { NODE_KIND_STYLES, NODE_KINDS, isNodeKind } from '../graph/type-styles.ts';

const MAX_LISTED = 300;

export function NodeList({ nodes, selected, onSelect }: { nodes: readonly GraphNode[]; selected: readonly string[]; onSelect: (id: string) => void }) {
  if (nodes.length === 0) return null;
  const order = (kind: string) => (NODE_KINDS as readonly string[]).indexOf(kind);
  const sorted = [...nodes].sort((a, b) => order(a.kind) - order(b.kind) || b.mentionCount - a.mentionCount || a.label.localeCompare(b.label, 'zh-CN'));
  return (
    <details className="node-list" data-testid="node-list">
      <summary>On the canvas ({nodes.length})</summary>
      <ul>
        {sorted.slice(0, MAX_LISTED).map((n) => (
          <li key={n.id}>
            <button type="button" className={selected.includes(n.id) ? 'list-button active' : 'list-button'} aria-pressed={selected.includes(n.id)} onClick={() => onSelect(n.id)}>
              <span>
                <span className="kind-dot" style={{ background: isNodeKind(n.kind) ? NODE_KIND_STYLES[n.kind].color : '#4d5862' }} aria-hidden="true" /> {n.label}
              </span>
              <span className="muted small">{n.mentionCount > 0 ? `${n.mentionCount}×` : ''}</span>
            </button>
          </li>
        ))}
      </ul>
      {nodes.length > MAX_LISTED ? <p className="muted small">First {MAX_LISTED} shown.</p> : null}
    </details>
  );
}
