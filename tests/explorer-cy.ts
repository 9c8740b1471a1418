/**
 * The slice of the explorer's Cytoscape instance (`window.__cy`) that browser tests and the
 * benchmark use inside `page.evaluate`. Declared here because the root program has no DOM
 * types and does not resolve `cytoscape`.
 */
export interface ExplorerCyNode {
  id(): string;
  data(key: string): unknown;
  renderedPosition(): { x: number; y: number };
}

export interface ExplorerCyCollection<T> {
  length: number;
  map<R>(fn: (item: T) => R): R[];
  some(fn: (item: T) => boolean): boolean;
  filter(fn: (item: T) => boolean): ExplorerCyCollection<T>;
  [index: number]: T | undefined;
}

export interface ExplorerCyLayout {
  one(event: 'layoutstop', handler: () => void): void;
  run(): void;
}

export interface ExplorerCy {
  nodes(): ExplorerCyCollection<ExplorerCyNode>;
  edges(): ExplorerCyCollection<unknown>;
  elements(): ExplorerCyCollection<unknown> & { layout(options: unknown): ExplorerCyLayout };
  add(elements: unknown[]): unknown;
  getElementById(id: string): ExplorerCyNode;
  container(): { getBoundingClientRect(): { left: number; top: number } } | null;
  one(event: 'layoutstop', handler: () => void): void;
}

declare global {
  /** Set by the explorer's GraphCanvas (see packages/explorer/src/components/GraphCanvas.tsx). */
  var __cy: ExplorerCy | undefined;
  /** Set by the explorer's graph workspace: draws a subgraph through the app's own path. */
  var __explorer: { showSubgraph(subgraph: unknown): void } | undefined;
}
