import type { Subgraph } from '@reportgraph/graph-api/contract';
import { NODE_KIND_STYLES, NODE_KINDS, REL_TYPE_STYLES } from '../graph/type-styles.ts';
import type { NodeKind } from '../graph/type-styles.ts';

const SHAPE_CLASS: Record<string, string> = {
  ellipse: 'shape-ellipse',
  'round-rectangle': 'shape-round',
  rectangle: 'shape-rect',
  diamond: 'shape-diamond',
  hexagon: 'shape-hexagon',
  'round-triangle': 'shape-triangle',
  octagon: 'shape-octagon',
  tag: 'shape-tag',
  barrel: 'shape-round',
};

export function Legend({ subgraph, hiddenKinds, onToggle }: { subgraph: Subgraph; hiddenKinds: readonly NodeKind[]; onToggle: (kind: NodeKind) => void }) {
  const counts = new Map<string, number>();
  for (const n of subgraph.nodes) counts.set(n.kind, (counts.get(n.kind) ?? 0) + 1);
  const relCounts = new Map<string, number>();
  for (const e of subgraph.edges) relCounts.set(e.type, (relCounts.get(e.type) ?? 0) + 1);
  return (
    <div className="legend" data-testid="legend">
      <div className="legend-title" id="legend-types">
        Node types <span className="muted">(click to show / hide)</span>
      </div>
      <ul className="legend-kinds" aria-labelledby="legend-types">
        {NODE_KINDS.map((kind) => {
          const s = NODE_KIND_STYLES[kind];
          const hidden = hiddenKinds.includes(kind);
          return (
            <li key={kind}>
              <button type="button" className={hidden ? 'legend-entry off' : 'legend-entry'} aria-pressed={!hidden} data-testid="legend-entry" data-kind={kind} onClick={() => onToggle(kind)}>
                <span className={`legend-swatch ${SHAPE_CLASS[s.shape] ?? ''}`} style={{ background: s.color }} aria-hidden="true" />
                {s.name} <span className="muted">{kind}</span>
                <span className="count">{counts.get(kind) ?? 0}</span>
              </button>
            </li>
          );
        })}
      </ul>
      <div className="legend-title">Relations</div>
      <ul className="legend-rels">
        {Object.entries(REL_TYPE_STYLES)
          .filter(([type]) => relCounts.has(type))
          .map(([type, s]) => (
            <li key={type}>
              <span className="legend-line" style={{ borderTopColor: s.color, borderTopStyle: s.line }} aria-hidden="true" />
              {s.name} <span className="muted">{type}</span> <span className="count">{relCounts.get(type)}</span>
            </li>
          ))}
      </ul>
      <div className="muted small">Line width grows with weight (co-occurrences, mention count).</div>
    </div>
  );
}
