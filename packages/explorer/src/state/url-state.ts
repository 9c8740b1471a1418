/**
 * What the address bar holds: the view and its selection, so that a link can be
 * shared and the back button walks through views and selections. Pure encode/decode.
 */
export const VIEWS = ['graph', 'regions', 'trace', 'cypher'] as const;
export type ViewName = (typeof VIEWS)[number];

export const LAYOUTS = ['fcose', 'concentric', 'breadthfirst'] as const;
export type LayoutName = (typeof LAYOUTS)[number];

export interface UrlState {
  view: ViewName;
  /** Graph: nodes on the canvas that were put there by a search or an expansion. */
  nodes: string[];
  /** Graph: nodes whose neighbours were expanded. */
  expanded: string[];
  /** Graph: nodes the analyst hid. */
  hidden: string[];
  /** Graph: selected node ids. */
  selected: string[];
  layout: LayoutName;
  /** Regions: the regions compared (empty = all), and the region whose similar regions are shown. */
  regions: string[];
  region: string | null;
  /** Trace: the project traced. */
  project: string | null;
  /** Cypher: the query in the editor. */
  query: string | null;
}

export const DEFAULT_URL_STATE: UrlState = {
  view: 'graph',
  nodes: [],
  expanded: [],
  hidden: [],
  selected: [],
  layout: 'fcose',
  regions: [],
  region: null,
  project: null,
  query: null,
};

/** Node ids kept in the URL at most; a larger canvas is shared by its first ids. */
export const MAX_URL_NODES = 60;

function isView(value: string | null): value is ViewName {
  return value !== null && (VIEWS as readonly string[]).includes(value);
}

function isLayout(value: string | null): value is LayoutName {
  return value !== null && (LAYOUTS as readonly string[]).includes(value);
}

function uniqueNonEmpty(values: string[]): string[] {
  return [...new Set(values.filter((v) => v.length > 0))];
}

/** Encodes a state as a query string (`?view=…`), leaving out defaults; '' for the default state. */
export function encodeUrlState(state: UrlState): string {
  const p = new URLSearchParams();
  if (state.view !== 'graph') p.set('view', state.view);
  for (const id of uniqueNonEmpty(state.nodes).slice(0, MAX_URL_NODES)) p.append('n', id);
  for (const id of uniqueNonEmpty(state.expanded).slice(0, MAX_URL_NODES)) p.append('x', id);
  for (const id of uniqueNonEmpty(state.hidden).slice(0, MAX_URL_NODES)) p.append('h', id);
  for (const id of uniqueNonEmpty(state.selected)) p.append('sel', id);
  if (state.layout !== 'fcose') p.set('layout', state.layout);
  for (const id of uniqueNonEmpty(state.regions)) p.append('r', id);
  if (state.region) p.set('region', state.region);
  if (state.project) p.set('project', state.project);
  if (state.query) p.set('q', state.query);
  const s = p.toString();
  return s ? `?${s}` : '';
}

/** Decodes a query string; unknown or malformed values fall back to the defaults. */
export function decodeUrlState(search: string): UrlState {
  const p = new URLSearchParams(search);
  const view = p.get('view');
  const layout = p.get('layout');
  return {
    view: isView(view) ? view : 'graph',
    nodes: uniqueNonEmpty(p.getAll('n')).slice(0, MAX_URL_NODES),
    expanded: uniqueNonEmpty(p.getAll('x')).slice(0, MAX_URL_NODES),
    hidden: uniqueNonEmpty(p.getAll('h')).slice(0, MAX_URL_NODES),
    selected: uniqueNonEmpty(p.getAll('sel')),
    layout: isLayout(layout) ? layout : 'fcose',
    regions: uniqueNonEmpty(p.getAll('r')),
    region: p.get('region') || null,
    project: p.get('project') || null,
    query: p.get('q') || null,
  };
}

export function isSameUrlState(a: UrlState, b: UrlState): boolean {
  return encodeUrlState(a) === encodeUrlState(b);
}

/** The part of the state that decides what the graph canvas holds (not the selection). */
export function toGraphKey(state: UrlState): string {
  return JSON.stringify([state.nodes, state.expanded, state.hidden]);
}
