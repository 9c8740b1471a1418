/**
 * Layout options per layout name. Plain data so the canvas and the benchmark
 * lay out the same way.
 */
import type { LayoutOptions } from 'cytoscape';
import type { LayoutName } from '../state/url-state.ts';

export interface LayoutContext {
  /** Lay out from the current positions (after an expansion) instead of from scratch. */
  incremental: boolean;
  /** Pinned nodes and where they stay. */
  fixed: readonly { nodeId: string; position: { x: number; y: number } }[];
  /** Total elements: big graphs are laid out without animation. */
  elementCount: number;
}

/** Above this many elements the canvas trades some polish for speed (layout energy, edge drawing). */
export const LARGE_GRAPH_ELEMENTS = 1000;

export function buildLayoutOptions(name: LayoutName, ctx: LayoutContext): LayoutOptions {
  const animate = ctx.elementCount <= 400;
  const small = ctx.elementCount <= 300;
  switch (name) {
    case 'concentric':
      return {
        name: 'concentric',
        animate,
        animationDuration: 300,
        fit: true,
        padding: 40,
        minNodeSpacing: 18,
        concentric: (node: { degree: (b: boolean) => number }) => node.degree(false),
        levelWidth: () => 2,
      } as LayoutOptions;
    case 'breadthfirst':
      return { name: 'breadthfirst', animate, animationDuration: 300, fit: true, padding: 40, directed: false, spacingFactor: 1.1 } as LayoutOptions;
    case 'fcose':
      return {
        name: 'fcose',
        // fcose accepts randomize: false only with quality 'proof'; small graphs get 'proof'
        // anyway (slower cooling, evener spacing, still fast).
        quality: ctx.incremental || small ? 'proof' : 'default',
        randomize: !ctx.incremental,
        animate,
        animationDuration: 400,
        fit: true,
        padding: 40,
        nodeDimensionsIncludeLabels: ctx.elementCount <= 600,
        // Roomy for a neighbourhood (long Chinese labels need the space; the canvas scales labels
        // up when the fit zooms out), compact for big graphs.
        nodeSeparation: small ? 100 : 75,
        idealEdgeLength: small ? 100 : 65,
        nodeRepulsion: small ? 8000 : 4500,
        packComponents: true,
        fixedNodeConstraint: ctx.fixed.length > 0 ? [...ctx.fixed] : undefined,
        // Less energy after the spectral start converges in fewer force iterations: on 2,000
        // elements about half the layout time of the default 0.3, with a similar picture.
        initialEnergyOnIncremental: ctx.elementCount > 1500 ? 0.05 : ctx.elementCount > LARGE_GRAPH_ELEMENTS ? 0.1 : 0.3,
        // The spectral start already places clusters well on big graphs; fewer force iterations
        // (default 2,500) keep a 2,000-element subgraph under the 1.5 s drawing budget.
        numIter: ctx.elementCount > LARGE_GRAPH_ELEMENTS ? 1000 : 2500,
      } as LayoutOptions;
  }
}
