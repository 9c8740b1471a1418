/**
 * The graph workspace: search, canvas, legend, toolbar and details. What is on
 * the canvas follows the URL (nodes added, nodes expanded, nodes hidden), so a
 * link or the back button restores it.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import type { SearchHit, Subgraph } from '@reportgraph/graph-api/contract';
import { LIMITS } from '@reportgraph/graph-api/contract';
import { fetchNeighbors, fetchPath, fetchSubgraph } from '../api/client.ts';
import { GraphCanvas } from '../components/GraphCanvas.tsx';
import type { GraphCanvasHandle } from '../components/GraphCanvas.tsx';
import { SearchBox } from '../components/SearchBox.tsx';
import { Legend } from '../components/Legend.tsx';
import { DetailsPanel } from '../components/DetailsPanel.tsx';
import { EdgeDetails } from '../components/EdgeDetails.tsx';
import { NodeList } from '../components/NodeList.tsx';
import { ErrorMessage } from '../components/StatusMessages.tsx';
import { mergeSubgraphs } from '../graph/to-cytoscape-elements.ts';
import { toSubgraphCsv, toSubgraphJson } from '../graph/export-data.ts';
import { EMPTY_SUBGRAPH, addUnique, listPathElementIds, removeNodes, selectVisible, without } from '../graph/workspace-model.ts';
import type { NodeKind } from '../graph/type-styles.ts';
import { LAYOUTS, toGraphKey } from '../state/url-state.ts';
import type { LayoutName, UrlState } from '../state/url-state.ts';
import type { UpdateUrlState } from '../state/use-url-state.ts';
import { saveFile } from '../download.ts';

/** Elements (nodes + edges) fetched per expansion; "show more" doubles it. */
export const EXPAND_LIMIT = 80;

interface Expansion {
  limit: number;
  truncated: boolean;
  added: number;
}

export function GraphView({ url, setUrl }: { url: UrlState; setUrl: UpdateUrlState }) {
  const [subgraph, setSubgraph] = useState<Subgraph>(EMPTY_SUBGRAPH);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [hiddenKinds, setHiddenKinds] = useState<NodeKind[]>([]);
  const [pinned, setPinned] = useState<string[]>([]);
  const [highlight, setHighlight] = useState<string[]>([]);
  const [edgeId, setEdgeId] = useState<string | null>(null);
  const [expansions, setExpansions] = useState<Record<string, Expansion>>({});
  const canvas = useRef<GraphCanvasHandle>(null);
  const loadedKey = useRef<string | null>(null);
  const subgraphRef = useRef(subgraph);
  subgraphRef.current = subgraph;

  async function run<T>(what: string, task: () => Promise<T>): Promise<T | null> {
    setBusy(what);
    setError(null);
    try {
      return await task();
    } catch (e) {
      setError(e);
      return null;
    } finally {
      setBusy(null);
    }
  }

  // Restore the canvas from the URL on first load and on back / forward.
  const graphKey = toGraphKey(url);
  useEffect(() => {
    if (loadedKey.current === graphKey) return;
    loadedKey.current = graphKey;
    const seeds = addUnique(url.nodes, ...url.expanded);
    if (seeds.length === 0) {
      setSubgraph(EMPTY_SUBGRAPH);
      return;
    }
    void run('graph', async () => {
      let sg: Subgraph = await fetchSubgraph(seeds.slice(0, LIMITS.subgraphIdsMax));
      const infos: Record<string, Expansion> = {};
      for (const id of url.expanded) {
        const r = await fetchNeighbors(id, { limit: EXPAND_LIMIT });
        infos[id] = { limit: EXPAND_LIMIT, truncated: r.truncated, added: r.nodes.length - 1 };
        sg = mergeSubgraphs(sg, r);
      }
      setExpansions(infos);
      setSubgraph(removeNodes(sg, url.hidden));
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [graphKey]);

  /** Applies a canvas change and records it in the URL without reloading. */
  function commit(next: Subgraph, patch: Partial<UrlState>) {
    setSubgraph(next);
    loadedKey.current = toGraphKey({ ...url, ...patch });
    setUrl(patch);
  }

  async function addNode(hit: SearchHit) {
    const current = subgraphRef.current;
    if (current.nodes.some((n) => n.id === hit.id)) {
      setUrl({ selected: [hit.id] });
      canvas.current?.focus(hit.id);
      return;
    }
    const ids = [hit.id, ...current.nodes.map((n) => n.id)].slice(0, LIMITS.subgraphIdsMax);
    const r = await run(hit.label, () => fetchSubgraph(ids));
    if (!r) return;
    commit(mergeSubgraphs(current, r), { nodes: addUnique(url.nodes, hit.id), hidden: without(url.hidden, hit.id), selected: [hit.id] });
  }

  async function expand(id: string, limit = EXPAND_LIMIT) {
    const label = subgraphRef.current.nodes.find((n) => n.id === id)?.label ?? id;
    const r = await run(`neighbours of ${label}`, () => fetchNeighbors(id, { limit }));
    if (!r) return;
    const before = new Set(subgraphRef.current.nodes.map((n) => n.id));
    const merged = mergeSubgraphs(subgraphRef.current, removeNodes(r, url.hidden));
    const added = merged.nodes.filter((n) => !before.has(n.id)).length;
    setExpansions((x) => ({ ...x, [id]: { limit, truncated: r.truncated, added } }));
    setNotice(`${label}: ${r.nodes.length - 1} neighbours, ${added} new${r.truncated ? ` — capped at ${limit} elements` : ''}`);
    commit(merged, { expanded: addUnique(url.expanded, id), nodes: addUnique(url.nodes, id) });
  }

  function hide(id: string) {
    commit(removeNodes(subgraphRef.current, [id]), {
      hidden: addUnique(url.hidden, id),
      nodes: without(url.nodes, id),
      expanded: without(url.expanded, id),
      selected: without(url.selected, id),
    });
  }

  async function findPath() {
    const [from, to] = url.selected;
    if (!from || !to) return;
    const r = await run('path', () => fetchPath(from, to, { maxHops: 4 }));
    if (!r) return;
    if (!r.found) {
      setNotice('No path within 4 hops between the two selected nodes.');
      return;
    }
    setHighlight(listPathElementIds(r));
    setNotice(`Path: ${r.hops} hop${r.hops === 1 ? '' : 's'}, ${r.paths.length} shortest path${r.paths.length === 1 ? '' : 's'}.`);
    const pathNodes = r.paths.flat();
    commit(mergeSubgraphs(subgraphRef.current, r), { nodes: addUnique(url.nodes, ...pathNodes), hidden: without(url.hidden, ...pathNodes) });
  }

  async function exportPng() {
    const blob = await run('PNG', async () => canvas.current?.exportPng());
    if (blob) saveFile('reportgraph.png', blob);
  }

  // For the benchmark and tests: draw a given subgraph through the same path as a search or expansion.
  useEffect(() => {
    window.__explorer = { showSubgraph: (sg: Subgraph) => setSubgraph(sg) };
    return () => {
      delete window.__explorer;
    };
  }, []);

  const visible = useMemo(() => selectVisible(subgraph, hiddenKinds), [subgraph, hiddenKinds]);
  const selected = url.selected.filter((id) => subgraph.nodes.some((n) => n.id === id));
  const detailsId = selected[selected.length - 1] ?? null;
  const expansion = detailsId ? expansions[detailsId] : undefined;
  const edge = edgeId ? subgraph.edges.find((e) => e.id === edgeId) : undefined;

  const actions = {
    onExpand: (id: string) => void expand(id),
    onFocus: (id: string) => canvas.current?.focus(id),
    onTogglePin: (id: string) => setPinned((p) => (p.includes(id) ? without(p, id) : [...p, id])),
    onHide: hide,
    onOpenNode: (id: string) => {
      if (subgraphRef.current.nodes.some((n) => n.id === id)) setUrl({ selected: [id] });
      else void addNode({ id, kind: 'report', label: id, aliases: [], mentionCount: 0, reportCount: 0 });
    },
    onTrace: (id: string) => setUrl({ view: 'trace', project: id }),
    onCompareRegion: (id: string) => setUrl({ view: 'regions', region: id }),
  };

  return (
    <div className="graph-view">
      <aside className="sidebar" aria-label="Search and legend">
        <SearchBox onPick={(hit) => void addNode(hit)} />
        <p className="hint">Click selects · Shift+click adds to the selection · double-click expands neighbours</p>
        <Legend subgraph={subgraph} hiddenKinds={hiddenKinds} onToggle={(k) => setHiddenKinds((h) => (h.includes(k) ? h.filter((x) => x !== k) : [...h, k]))} />
        <NodeList nodes={visible.nodes} selected={selected} onSelect={(id) => setUrl({ selected: [id] })} />
      </aside>
      <section className="canvas-area" aria-label="Graph">
        <div className="toolbar" role="toolbar" aria-label="Graph tools">
          <label>
            Layout{' '}
            <select data-testid="layout-select" value={url.layout} onChange={(e) => setUrl({ layout: e.target.value as LayoutName })}>
              {LAYOUTS.map((l) => (
                <option key={l} value={l}>
                  {l}
                </option>
              ))}
            </select>
          </label>
          <button type="button" onClick={() => canvas.current?.runLayout()}>
            Re-layout
          </button>
          <button type="button" onClick={() => canvas.current?.fit()} data-testid="fit">
            Fit
          </button>
          <button type="button" onClick={() => canvas.current?.zoomBy(1.25)} aria-label="Zoom in">
            +
          </button>
          <button type="button" onClick={() => canvas.current?.zoomBy(0.8)} aria-label="Zoom out">
            −
          </button>
          <span className="sep" />
          <button type="button" disabled={!detailsId} onClick={() => detailsId && void expand(detailsId)} data-testid="expand">
            Expand
          </button>
          <button type="button" disabled={selected.length !== 2} onClick={() => void findPath()} data-testid="find-path" title="Select two nodes (Shift+click)">
            Path
          </button>
          <button type="button" disabled={subgraph.nodes.length === 0} onClick={() => commit(EMPTY_SUBGRAPH, { nodes: [], expanded: [], hidden: [], selected: [] })}>
            Clear
          </button>
          <span className="sep" />
          <span className="muted">Export</span>
          <button type="button" disabled={visible.nodes.length === 0} onClick={() => void exportPng()} data-testid="export-png">
            PNG
          </button>
          <button type="button" disabled={visible.nodes.length === 0} onClick={() => saveFile('reportgraph-subgraph.json', toSubgraphJson(visible), 'application/json')} data-testid="export-json">
            JSON
          </button>
          <button type="button" disabled={visible.nodes.length === 0} onClick={() => saveFile('reportgraph-subgraph.csv', toSubgraphCsv(visible), 'text/csv;charset=utf-8')} data-testid="export-csv">
            CSV
          </button>
        </div>
        {error ? <ErrorMessage error={error} /> : null}
        {notice ? (
          <div className="notice" role="status" data-testid="notice">
            {notice}
            {detailsId && expansion?.truncated && expansion.limit < LIMITS.neighborsMax ? (
              <button type="button" data-testid="show-more" onClick={() => void expand(detailsId, Math.min(LIMITS.neighborsMax, expansion.limit * 2))}>
                Show more
              </button>
            ) : null}
            <button type="button" className="link" aria-label="Dismiss" onClick={() => setNotice(null)}>
              ×
            </button>
          </div>
        ) : null}
        <div className="canvas-wrap">
          <GraphCanvas
            ref={canvas}
            subgraph={subgraph}
            layout={url.layout}
            hiddenKinds={hiddenKinds}
            selectedIds={selected}
            pinnedIds={pinned}
            highlightIds={highlight}
            onSelectionChange={(ids) => setUrl({ selected: ids })}
            onEdgeTap={setEdgeId}
            onExpand={(id) => void expand(id)}
          />
          {busy ? (
            <div className="canvas-busy" role="status" data-testid="loading">
              <span className="spinner" aria-hidden="true" /> Loading {busy}…
            </div>
          ) : null}
          {subgraph.nodes.length === 0 && !busy ? (
            <div className="canvas-empty">
              <p>Search for a slogan, policy, project, company, park, organization or region to start.</p>
              <p className="muted">Try 放管服, 六稳, fgf or baoxing.</p>
            </div>
          ) : null}
          <div className="canvas-status muted small" aria-live="polite">
            {visible.nodes.length} nodes · {visible.edges.length} edges{subgraph.truncated ? ' · truncated' : ''}
          </div>
        </div>
      </section>
      <aside className="details-area" aria-label="Details">
        {edge ? <EdgeDetails edge={edge} nodes={subgraph.nodes} onOpenNode={(id) => setUrl({ selected: [id] })} /> : null}
        {!edge && detailsId ? <DetailsPanel id={detailsId} pinned={pinned.includes(detailsId)} actions={actions} /> : null}
        {!edge && !detailsId ? <p className="muted pad">Select a node (or an edge) to read its details and evidence.</p> : null}
      </aside>
    </div>
  );
}
