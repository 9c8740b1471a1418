import { describe, expect, it } from 'vitest';
import cytoscape from 'cytoscape';
import { buildStylesheet, computeLabelFontSize } from './stylesheet.ts';
import { NODE_KIND_STYLES, NODE_KINDS, REL_TYPE_STYLES } from './type-styles.ts';
import { toCytoscapeElements } from './to-cytoscape-elements.ts';

function parseColor(hex: string): string {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgb(${(n >> 16) & 255},${(n >> 8) & 255},${n & 255})`;
}

function makeCy(hiddenKinds: Parameters<typeof buildStylesheet>[0] = {}) {
  return cytoscape({
    headless: true,
    styleEnabled: true,
    style: buildStylesheet(hiddenKinds),
    elements: toCytoscapeElements({
      nodes: [
        { id: 'slogan:放管服', kind: 'slogan', label: '放管服', aliases: [], mentionCount: 3, reportCount: 0, properties: {} },
        { id: 'project:黄河海勃湾水利枢纽工程', kind: 'project', label: '黄河海勃湾水利枢纽工程', aliases: [], mentionCount: 2, reportCount: 0, properties: {} },
      ],
      edges: [{ id: 'c1', type: 'CO_OCCURS', source: 'slogan:放管服', target: 'project:黄河海勃湾水利枢纽工程', weight: 4, properties: {} }],
    }),
  });
}

describe('buildStylesheet', () => {
  it('gives every kind a distinct colour and shape', () => {
    const colours = new Set(NODE_KINDS.map((k) => NODE_KIND_STYLES[k].color));
    const shapes = new Set(NODE_KINDS.map((k) => NODE_KIND_STYLES[k].shape));
    expect(colours.size).toBe(NODE_KINDS.length);
    expect(shapes.size).toBe(NODE_KINDS.length);
  });

  it('styles nodes by kind and labels them with a CJK font', () => {
    const cy = makeCy();
    const slogan = cy.getElementById('slogan:放管服');
    expect(slogan.style('background-color')).toBe(parseColor(NODE_KIND_STYLES.slogan.color));
    expect(slogan.style('shape')).toBe(NODE_KIND_STYLES.slogan.shape);
    expect(slogan.style('label')).toBe('放管服');
    expect(String(slogan.style('font-family'))).toContain('Noto Sans CJK SC');
    expect(cy.getElementById('project:黄河海勃湾水利枢纽工程').style('shape')).toBe('diamond');
  });

  it('styles edges by relationship type with width from the weight', () => {
    const edge = makeCy().getElementById('c1');
    expect(edge.style('line-color')).toBe(parseColor(REL_TYPE_STYLES.CO_OCCURS.color));
    expect(edge.style('target-arrow-shape')).toBe('none');
    expect(Number.parseFloat(edge.style('width'))).toBeGreaterThan(1);
  });

  it('hides the kinds switched off in the legend', () => {
    const cy = makeCy({ hiddenKinds: ['slogan'] });
    expect(cy.getElementById('slogan:放管服').style('display')).toBe('none');
    expect(cy.getElementById('project:黄河海勃湾水利枢纽工程').style('display')).toBe('element');
  });
});

describe('buildStylesheet for large graphs', () => {
  it('draws straight edges without arrows', () => {
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      style: buildStylesheet({ largeGraph: true }),
      elements: toCytoscapeElements({
        nodes: [
          { id: 'a', kind: 'slogan', label: '六稳', aliases: [], mentionCount: 1, reportCount: 0, properties: {} },
          { id: 'b', kind: 'slogan', label: '六保', aliases: [], mentionCount: 1, reportCount: 0, properties: {} },
        ],
        edges: [{ id: 'e', type: 'MENTIONS', source: 'a', target: 'b', weight: 1, properties: {} }],
      }),
    });
    expect(cy.getElementById('e').style('curve-style')).toBe('haystack');
    expect(cy.getElementById('e').style('target-arrow-shape')).toBe('none');
  });

  it('can leave node labels out, except on selected nodes', () => {
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      style: buildStylesheet({ largeGraph: true, hideLabels: true }),
      elements: toCytoscapeElements({
        nodes: [
          { id: 'a', kind: 'slogan', label: '六稳', aliases: [], mentionCount: 1, reportCount: 0, properties: {} },
          { id: 'b', kind: 'slogan', label: '六保', aliases: [], mentionCount: 1, reportCount: 0, properties: {} },
        ],
        edges: [],
      }),
    });
    cy.getElementById('b').select();
    expect(cy.getElementById('a').style('label')).toBe('');
    expect(cy.getElementById('b').style('label')).toBe('六保');
  });
});

describe('computeLabelFontSize', () => {
  it('keeps labels the same size on screen when zoomed out, down to 0.6', () => {
    expect(computeLabelFontSize(1)).toBe(13);
    expect(computeLabelFontSize(2)).toBe(13);
    expect(computeLabelFontSize(0.65) * 0.65).toBeCloseTo(13, 0);
    expect(computeLabelFontSize(0.1)).toBe(22);
  });
});
