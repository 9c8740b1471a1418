/** Public surface of the explorer: the pure pieces (the app itself starts from `main.tsx`). */
export { toCytoscapeElements, toNodeElement, toEdgeElement, mergeSubgraphs, shortenLabel, computeNodeSize, computeEdgeWidth } from './graph/to-cytoscape-elements.ts';
export type { NodeData, EdgeData } from './graph/to-cytoscape-elements.ts';
export { buildStylesheet } from './graph/stylesheet.ts';
export type { StylesheetOptions } from './graph/stylesheet.ts';
export { buildLayoutOptions } from './graph/layouts.ts';
export type { LayoutContext } from './graph/layouts.ts';
export { NODE_KINDS, NODE_KIND_STYLES, REL_TYPE_STYLES, CJK_FONT_STACK, isNodeKind } from './graph/type-styles.ts';
export type { NodeKind, NodeKindStyle, RelTypeStyle } from './graph/type-styles.ts';
export { encodeUrlState, decodeUrlState, isSameUrlState, toGraphKey, DEFAULT_URL_STATE, VIEWS, LAYOUTS, MAX_URL_NODES } from './state/url-state.ts';
export type { UrlState, ViewName, LayoutName } from './state/url-state.ts';
export { toSubgraphJson, toSubgraphCsv, toEvidenceCsv, toCsv, escapeCsvField } from './graph/export-data.ts';
export type { EvidenceRow } from './graph/export-data.ts';
export { parseCypherExamples, FALLBACK_CYPHER_EXAMPLES } from './cypher-examples.ts';
export type { CypherExample } from './cypher-examples.ts';
