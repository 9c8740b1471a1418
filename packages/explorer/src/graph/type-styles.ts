/**
 * Visual vocabulary of the explorer: one colour and one shape per node kind,
 * one colour and line style per relationship type. Plain data, shared by the
 * stylesheet, the legend and the exports.
 */
import { ENTITY_TYPES, REL_TYPES } from '@reportgraph/extractor/vocabulary';
import type { EntityType, RelType } from '@reportgraph/extractor/vocabulary';

export type NodeKind = EntityType | 'report';
export const NODE_KINDS: readonly NodeKind[] = [...ENTITY_TYPES, 'report'];

export interface NodeKindStyle {
  /** Chinese name shown in the legend. */
  readonly name: string;
  readonly color: string;
  readonly shape: 'ellipse' | 'round-rectangle' | 'rectangle' | 'diamond' | 'hexagon' | 'round-triangle' | 'octagon' | 'tag' | 'barrel';
}

// Colours chosen to stay distinguishable for the common colour-vision deficiencies
// (shape carries the type too) and to keep ≥ 4.5:1 contrast with white label text.
export const NODE_KIND_STYLES: Readonly<Record<NodeKind, NodeKindStyle>> = {
  slogan: { name: '口号', color: '#c8283a', shape: 'round-rectangle' },
  policy: { name: '政策', color: '#2f62a8', shape: 'rectangle' },
  project: { name: '项目', color: '#b35900', shape: 'diamond' },
  company: { name: '企业', color: '#6f3fa0', shape: 'hexagon' },
  park: { name: '园区', color: '#237a47', shape: 'round-triangle' },
  organization: { name: '机构', color: '#127a86', shape: 'octagon' },
  region: { name: '地区', color: '#7a5a32', shape: 'ellipse' },
  report: { name: '报告', color: '#4d5862', shape: 'tag' },
};

export interface RelTypeStyle {
  readonly name: string;
  readonly color: string;
  readonly line: 'solid' | 'dashed' | 'dotted';
  readonly arrow: boolean;
}

export const REL_TYPE_STYLES: Readonly<Record<RelType, RelTypeStyle>> = {
  [REL_TYPES.mentions]: { name: '提及', color: '#8795a3', line: 'solid', arrow: true },
  [REL_TYPES.issuedBy]: { name: '发布地区', color: '#4d5862', line: 'dotted', arrow: true },
  [REL_TYPES.partOf]: { name: '隶属', color: '#7a5a32', line: 'dashed', arrow: true },
  [REL_TYPES.coOccurs]: { name: '同句共现', color: '#c77d94', line: 'solid', arrow: false },
  [REL_TYPES.investsIn]: { name: '投资', color: '#6f3fa0', line: 'solid', arrow: true },
  [REL_TYPES.builds]: { name: '建设', color: '#b35900', line: 'solid', arrow: true },
  [REL_TYPES.takesPartIn]: { name: '参与', color: '#127a86', line: 'dashed', arrow: true },
  [REL_TYPES.locatedIn]: { name: '位于', color: '#237a47', line: 'dashed', arrow: true },
};

/** Font stack for Chinese labels: Noto Sans CJK first, then the common system CJK fonts. */
export const CJK_FONT_STACK =
  '"Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "WenQuanYi Micro Hei", sans-serif';

export function isNodeKind(value: string): value is NodeKind {
  return (NODE_KINDS as readonly string[]).includes(value);
}
