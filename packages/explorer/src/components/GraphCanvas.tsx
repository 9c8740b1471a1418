/**
 * The one component that owns a Cytoscape instance. It draws the subgraph it is
 * given (adding and removing only what changed), runs the chosen layout, and
 * reports clicks (select), double-clicks (expand) and background taps upward.
 */
import { useEffect, useImperativeHandle, useRef } from 'react';
import type { Ref } from 'react';
import cytoscape from 'cytoscape';
import type { Core, ElementDefinition } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import type { Subgraph } from '@reportgraph/graph-api/contract';
import { toCytoscapeElements } from '../graph/to-cytoscape-elements.ts';
import { BASE_FONT_SIZE, buildStylesheet, computeLabelFontSize } from '../graph/stylesheet.ts';
import { LARGE_GRAPH_ELEMENTS, buildLayoutOptions } from '../graph/layouts.ts';
import type { NodeKind } from '../graph/type-styles.ts';
import type { LayoutName } from '../state/url-state.ts';

cytoscape.use(fcose);

declare global {
  interface Window {
    /** The drawn Cytoscape instance, for end-to-end tests and the benchmark. */
    __cy?: Core;
    /** Set by the graph workspace: draws a subgraph as if it came from the API (benchmark, tests). */
    __explorer?: { showSubgraph: (subgraph: Subgraph) => void };
  }
}

/** New nodes start beside a drawn neighbour, so an expansion grows out of its node. */
function placeBesideNeighbours(cy: Core, toAdd: ElementDefinition[], elements: readonly ElementDefinition[]): void {
  const anchors = new Map<string, { x: number; y: number }>();
  for (const e of elements) {
    if (e.group !== 'edges') continue;
    const source = e.data.source as string;
    const target = e.data.target as string;
    for (const [drawn, fresh] of [
      [source, target],
      [target, source],
    ] as const) {
      if (anchors.has(fresh)) continue;
      const node = cy.getElementById(drawn);
      if (node.nonempty()) anchors.set(fresh, node.position());
    }
  }
  for (const e of toAdd) {
    const p = e.group === 'nodes' ? anchors.get(e.data.id as string) : undefined;
    if (p) e.position = { x: p.x + (Math.random() - 0.5) * 80, y: p.y + (Math.random() - 0.5) * 80 };
  }
}

export interface GraphCanvasHandle {
  fit: () => void;
  zoomBy: (factor: number) => void;
  runLayout: () => void;
  /** Centres on a node and its neighbours and fades the rest. */
  focus: (id: string) => void;
  clearFocus: () => void;
  exportPng: () => Promise<Blob>;
  /** Current position of a node, if drawn. */
  positionOf: (id: string) => { x: number; y: number } | null;
}

export interface GraphCanvasProps {
  subgraph: Subgraph;
  layout: LayoutName;
  hiddenKinds?: readonly NodeKind[];
  selectedIds?: readonly string[];
  pinnedIds?: readonly string[];
  /** Node and edge ids highlighted as a found path. */
  highlightIds?: readonly string[];
  onSelectionChange?: (ids: string[]) => void;
  onExpand?: (id: string) => void;
  /** An edge was clicked (null: the background was). */
  onEdgeTap?: (id: string | null) => void;
  label?: string;
  testId?: string;
  ref?: Ref<GraphCanvasHandle>;
}

const DOUBLE_TAP_MS = 350;
const MAX_FIT_ZOOM = 1.4;
/** Zoom from which a big graph shows its node labels. */
const LARGE_GRAPH_LABEL_ZOOM = 0.7;

export function GraphCanvas(props: GraphCanvasProps) {
  const { subgraph, layout, hiddenKinds = [], selectedIds = [], pinnedIds = [], highlightIds = [], label = 'Graph canvas', testId = 'graph-canvas' } = props;
  const containerRef = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  const callbacks = useRef({ onSelectionChange: props.onSelectionChange, onExpand: props.onExpand, onEdgeTap: props.onEdgeTap });
  callbacks.current = { onSelectionChange: props.onSelectionChange, onExpand: props.onExpand, onEdgeTap: props.onEdgeTap };
  const layoutRef = useRef(layout);
  layoutRef.current = layout;
  const pinnedRef = useRef(pinnedIds);
  pinnedRef.current = pinnedIds;
  const applyingSelection = useRef(false);
  const largeRef = useRef(false);
  const fontRef = useRef(BASE_FONT_SIZE);
  const hideLabelsRef = useRef(false);
  const hiddenKindsRef = useRef(hiddenKinds);
  hiddenKindsRef.current = hiddenKinds;

  function publishCounts(cy: Core) {
    const el = containerRef.current;
    if (!el) return;
    el.dataset.nodeCount = String(cy.nodes().length);
    el.dataset.edgeCount = String(cy.edges().length);
  }

  const layoutRunning = useRef(false);

  function applyStyle(cy: Core) {
    cy.style(
      buildStylesheet({ hiddenKinds: hiddenKindsRef.current, largeGraph: largeRef.current, fontSize: fontRef.current, hideLabels: hideLabelsRef.current }),
    );
  }

  /** Restyles labels for the zoom level when their bucketed size (or, on big graphs, their visibility) changes. */
  function fitLabelsToZoom(cy: Core) {
    // Big graphs keep fixed-size labels, shown only when zoomed in: restyling thousands of labels
    // per zoom step, or measuring labels too small to read, costs too much.
    const font = largeRef.current ? BASE_FONT_SIZE : computeLabelFontSize(cy.zoom());
    const hide = largeRef.current && cy.zoom() < LARGE_GRAPH_LABEL_ZOOM;
    if (font === fontRef.current && hide === hideLabelsRef.current) return;
    fontRef.current = font;
    hideLabelsRef.current = hide;
    applyStyle(cy);
  }

  function runLayout(incremental: boolean) {
    const cy = cyRef.current;
    if (!cy || cy.nodes().length === 0) return;
    const el = containerRef.current;
    const fixed = pinnedRef.current
      .map((id) => cy.getElementById(id))
      .filter((n) => n.nonempty())
      .map((n) => ({ nodeId: n.id(), position: { ...n.position() } }));
    const options = buildLayoutOptions(layoutRef.current, { incremental, fixed, elementCount: cy.elements().length });
    // Nodes of kinds switched off in the legend, and their edges, stay where they are
    // (selected by class: asking each element for its computed visibility is slow).
    const kinds = hiddenKindsRef.current;
    const hidden = kinds.length > 0 ? cy.nodes(kinds.map((k) => `.${k}`).join(', ')) : cy.collection();
    const visible = hidden.empty() ? cy.elements() : cy.elements().not(hidden).not(hidden.connectedEdges());
    if (el) el.dataset.layoutRunning = 'true';
    layoutRunning.current = true;
    const run = visible.layout(options);
    run.one('layoutstop', () => {
      layoutRunning.current = false;
      // A handful of nodes would otherwise be fitted at giant zoom.
      if (cy.zoom() > MAX_FIT_ZOOM) {
        cy.zoom(MAX_FIT_ZOOM);
        cy.center(visible);
      }
      // Before the next frame, so the laid-out graph is painted once, with its final label size.
      fitLabelsToZoom(cy);
      if (el) el.dataset.layoutRunning = 'false';
    });
    run.run();
  }

  // Create the instance once.
  useEffect(() => {
    const container = containerRef.current;
    if (!container) return undefined;
    const cy = cytoscape({
      container,
      style: buildStylesheet({ hiddenKinds }),
      minZoom: 0.05,
      maxZoom: 4,
      boxSelectionEnabled: true,
      // Shift, Ctrl or Cmd + click adds to the selection (for paths between two nodes).
      selectionType: 'single',
    });
    cyRef.current = cy;
    window.__cy = cy;
    let lastTap = { id: '', at: 0 };
    cy.on('tap', 'node', (evt) => {
      const id = evt.target.id() as string;
      callbacks.current.onEdgeTap?.(null);
      const now = Date.now();
      if (lastTap.id === id && now - lastTap.at < DOUBLE_TAP_MS) {
        lastTap = { id: '', at: 0 };
        callbacks.current.onExpand?.(id);
      } else {
        lastTap = { id, at: now };
      }
    });
    cy.on('tap', (evt) => {
      if (evt.target === cy) {
        cy.elements('.faded').removeClass('faded');
        callbacks.current.onEdgeTap?.(null);
      }
    });
    let zoomFrame = 0;
    cy.on('zoom', () => {
      if (zoomFrame || layoutRunning.current) return;
      zoomFrame = requestAnimationFrame(() => {
        zoomFrame = 0;
        fitLabelsToZoom(cy);
      });
    });
    cy.on('tap', 'edge', (evt) => callbacks.current.onEdgeTap?.(evt.target.id() as string));
    const reportSelection = () => {
      if (applyingSelection.current) return;
      callbacks.current.onSelectionChange?.(cy.nodes(':selected').map((n) => n.id()));
    };
    let pending: ReturnType<typeof setTimeout> | null = null;
    cy.on('select unselect', 'node', () => {
      // Coalesce the burst of events a click or a box selection produces.
      if (pending) clearTimeout(pending);
      pending = setTimeout(reportSelection, 30);
    });
    publishCounts(cy);
    return () => {
      if (pending) clearTimeout(pending);
      if (zoomFrame) cancelAnimationFrame(zoomFrame);
      if (window.__cy === cy) delete window.__cy;
      cy.destroy();
      cyRef.current = null;
    };
    // The instance lives as long as the component; later prop changes are applied below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // Draw what changed in the subgraph, then lay out.
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    const elements = toCytoscapeElements(subgraph);
    const large = elements.length > LARGE_GRAPH_ELEMENTS;
    if (large !== largeRef.current) {
      largeRef.current = large;
      // A big graph is fitted far out: start without labels, fitLabelsToZoom brings them back.
      hideLabelsRef.current = large;
      applyStyle(cy);
    }
    const wanted = new Set(elements.map((e) => e.data.id as string));
    const drawnBefore = cy.nodes().length;
    const hadNodes = drawnBefore > 0;
    const toAdd: ElementDefinition[] = [];
    cy.batch(() => {
      cy.elements()
        .filter((e) => !wanted.has(e.id()))
        .remove();
      for (const e of elements) {
        const existing = cy.getElementById(e.data.id as string);
        if (existing.nonempty()) existing.data(e.data);
        else toAdd.push(e);
      }
      if (toAdd.length === 0) return;
      if (hadNodes) placeBesideNeighbours(cy, toAdd, elements);
      cy.add(toAdd);
    });
    publishCounts(cy);
    const addedNodes = toAdd.filter((e) => e.group === 'nodes').length;
    // Grow the layout around what is drawn when a few nodes join; lay out afresh when the
    // newcomers outnumber it (an incremental layout from one node stays cramped).
    if (addedNodes > 0) runLayout(addedNodes <= drawnBefore);
    else if (!hadNodes) cy.fit(undefined, 40);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [subgraph]);

  useEffect(() => {
    if (cyRef.current) applyStyle(cyRef.current);
  }, [hiddenKinds]);

  useEffect(() => {
    runLayout(false);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [layout]);

  // Selection from the URL (or the parent) onto the canvas.
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    const want = new Set(selectedIds);
    const have = new Set(cy.nodes(':selected').map((n) => n.id()));
    if (want.size === have.size && [...want].every((id) => have.has(id))) return;
    applyingSelection.current = true;
    cy.batch(() => {
      cy.nodes(':selected').filter((n) => !want.has(n.id())).unselect();
      for (const id of want) cy.getElementById(id).select();
    });
    applyingSelection.current = false;
  }, [selectedIds, subgraph]);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    const pinned = new Set(pinnedIds);
    cy.batch(() => {
      cy.nodes().forEach((n) => {
        if (pinned.has(n.id())) {
          n.addClass('pinned');
          n.lock();
        } else if (n.hasClass('pinned')) {
          n.removeClass('pinned');
          n.unlock();
        }
      });
    });
  }, [pinnedIds, subgraph]);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    const ids = new Set(highlightIds);
    cy.batch(() => {
      cy.elements('.path').removeClass('path');
      for (const id of ids) cy.getElementById(id).addClass('path');
    });
  }, [highlightIds, subgraph]);

  useImperativeHandle(
    props.ref,
    () => ({
      fit: () => cyRef.current?.animate({ fit: { eles: cyRef.current.elements(':visible'), padding: 40 } }, { duration: 250 }),
      zoomBy: (factor: number) => {
        const cy = cyRef.current;
        if (!cy) return;
        const level = Math.min(cy.maxZoom(), Math.max(cy.minZoom(), cy.zoom() * factor));
        cy.zoom({ level, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
      },
      runLayout: () => runLayout(false),
      focus: (id: string) => {
        const cy = cyRef.current;
        if (!cy) return;
        const node = cy.getElementById(id);
        if (node.empty()) return;
        const hood = node.closedNeighborhood();
        cy.batch(() => {
          cy.elements().addClass('faded');
          hood.removeClass('faded');
        });
        cy.animate({ fit: { eles: hood, padding: 60 } }, { duration: 300 });
      },
      clearFocus: () => {
        cyRef.current?.elements('.faded').removeClass('faded');
      },
      exportPng: async () => {
        const cy = cyRef.current;
        if (!cy) throw new Error('The canvas is not ready');
        return cy.png({ output: 'blob-promise', full: true, scale: 2, bg: '#ffffff', maxWidth: 8000, maxHeight: 8000 });
      },
      positionOf: (id: string) => {
        const n = cyRef.current?.getElementById(id);
        return n && n.nonempty() ? { ...n.position() } : null;
      },
    }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [],
  );

  return <div ref={containerRef} className="graph-canvas" data-testid={testId} role="img" aria-label={label} data-node-count="0" data-edge-count="0" />;
}
