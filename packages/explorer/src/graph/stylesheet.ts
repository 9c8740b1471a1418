/**
 * The Cytoscape stylesheet as plain data: node colour and shape by kind, edge
 * colour and line style by relationship type, width by weight, and the state
 * classes the canvas toggles (selected, pinned, hidden, path, faded).
 */
import type { StylesheetJson } from 'cytoscape';
import { CJK_FONT_STACK, NODE_KIND_STYLES, NODE_KINDS, REL_TYPE_STYLES } from './type-styles.ts';
import type { NodeKind } from './type-styles.ts';

export interface StylesheetOptions {
  /** Kinds switched off in the legend: their nodes (and so their edges) are not displayed. */
  hiddenKinds?: readonly NodeKind[];
  /** Big graphs: straight 'haystack' edges without arrows, much cheaper to draw. */
  largeGraph?: boolean;
  /** Label size in graph units; the canvas raises it when zoomed out so labels stay readable. */
  fontSize?: number;
  /** No node labels (big graphs seen from afar: measuring thousands of labels costs more than they show). */
  hideLabels?: boolean;
}

export const BASE_FONT_SIZE = 13;

/**
 * Label size for a zoom level: constant on screen down to `minZoom`, so a fitted
 * neighbourhood stays readable; below that labels shrink (and Cytoscape hides them).
 * Not lower: labels grown much beyond the size the layout spaced them for overlap.
 */
export function computeLabelFontSize(zoom: number, minZoom = 0.6): number {
  const z = Math.min(1, Math.max(minZoom, zoom));
  return Math.round(BASE_FONT_SIZE / z);
}

export function buildStylesheet(options: StylesheetOptions = {}): StylesheetJson {
  const sheet: StylesheetJson = [
    {
      selector: 'node',
      style: {
        width: 'data(size)',
        height: 'data(size)',
        label: 'data(short)',
        'font-family': CJK_FONT_STACK,
        'font-size': options.fontSize ?? BASE_FONT_SIZE,
        'font-weight': 500,
        color: '#1d232a',
        'text-valign': 'bottom',
        'text-halign': 'center',
        'text-margin-y': 4,
        // Long Chinese names wrap (at any character: there are no spaces) instead of
        // spreading the drawing sideways.
        'text-wrap': 'wrap',
        'text-overflow-wrap': 'anywhere',
        'text-max-width': `${8 * (options.fontSize ?? BASE_FONT_SIZE)}px`,
        'text-justification': 'center',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.85,
        'text-background-padding': '2px',
        'text-background-shape': 'roundrectangle',
        'min-zoomed-font-size': 6,
        'border-width': 1.5,
        'border-color': '#ffffff',
        'overlay-opacity': 0,
      },
    },
  ];
  for (const kind of NODE_KINDS) {
    const s = NODE_KIND_STYLES[kind];
    sheet.push({ selector: `node.${kind}`, style: { 'background-color': s.color, shape: s.shape as 'rectangle' } });
  }
  sheet.push({
    selector: 'edge',
    style: {
      width: 'data(width)',
      'curve-style': 'bezier',
      'line-color': '#8795a3',
      'target-arrow-color': '#8795a3',
      'arrow-scale': 0.8,
      opacity: 0.75,
      'overlay-opacity': 0,
    },
  });
  for (const [type, s] of Object.entries(REL_TYPE_STYLES)) {
    sheet.push({
      selector: `edge.${type.toLowerCase()}`,
      style: {
        'line-color': s.color,
        'target-arrow-color': s.color,
        'line-style': s.line,
        'target-arrow-shape': s.arrow ? 'triangle' : 'none',
      },
    });
  }
  sheet.push(
    { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#f2b705', 'z-index': 20 } },
    { selector: 'edge:selected', style: { opacity: 1, 'line-color': '#f2b705', 'target-arrow-color': '#f2b705' } },
    { selector: 'node.pinned', style: { 'border-style': 'double', 'border-width': 5, 'border-color': '#1d232a' } },
    { selector: 'node.pinned:selected', style: { 'border-color': '#f2b705' } },
    { selector: '.path', style: { 'line-color': '#f2b705', 'target-arrow-color': '#f2b705', opacity: 1, 'z-index': 10 } },
    { selector: 'node.path', style: { 'border-width': 4, 'border-color': '#f2b705' } },
    { selector: '.faded', style: { opacity: 0.15, 'text-opacity': 0.3 } },
    { selector: '.hidden', style: { display: 'none' } },
  );
  if (options.largeGraph) {
    sheet.push({ selector: 'edge', style: { 'curve-style': 'haystack', 'haystack-radius': 0, 'target-arrow-shape': 'none' } });
  }
  if (options.hideLabels) {
    sheet.push({ selector: 'node', style: { label: '' } }, { selector: 'node:selected', style: { label: 'data(short)' } });
  }
  for (const kind of options.hiddenKinds ?? []) {
    sheet.push({ selector: `node.${kind}`, style: { display: 'none' } });
  }
  return sheet;
}
