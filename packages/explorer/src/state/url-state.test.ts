import { describe, expect, it } from 'vitest';
import { DEFAULT_URL_STATE, MAX_URL_NODES, decodeUrlState, encodeUrlState } from './url-state.ts';
import type { UrlState } from './url-state.ts';

describe('URL state', () => {
  it('encodes the default state as an empty query string', () => {
    expect(encodeUrlState(DEFAULT_URL_STATE)).toBe('');
    expect(decodeUrlState('')).toEqual(DEFAULT_URL_STATE);
  });

  it('round-trips view, selection and Chinese ids', () => {
    const state: UrlState = {
      ...DEFAULT_URL_STATE,
      view: 'graph',
      nodes: ['slogan:放管服', 'region:150300', 'policy:关于加快构建“4+6”现代服务业体系,的意见'],
      expanded: ['slogan:放管服'],
      hidden: ['region:150300'],
      selected: ['slogan:放管服'],
      layout: 'concentric',
    };
    const search = encodeUrlState(state);
    expect(search.startsWith('?')).toBe(true);
    expect(decodeUrlState(search)).toEqual(state);
  });

  it('round-trips the regions, trace and cypher views', () => {
    for (const state of [
      { ...DEFAULT_URL_STATE, view: 'regions', regions: ['region:150300', 'region:150100'], region: 'region:150300' },
      { ...DEFAULT_URL_STATE, view: 'trace', project: 'project:黄河海勃湾水利枢纽工程' },
      { ...DEFAULT_URL_STATE, view: 'cypher', query: 'MATCH (s:Slogan)\nRETURN s LIMIT 5' },
    ] satisfies UrlState[]) {
      expect(decodeUrlState(encodeUrlState(state))).toEqual(state);
    }
  });

  it('falls back to defaults for unknown values and drops duplicates', () => {
    expect(decodeUrlState('?view=nope&layout=spiral&sel=a&sel=a&sel=')).toEqual({ ...DEFAULT_URL_STATE, selected: ['a'] });
  });

  it('caps the node ids kept in the URL', () => {
    const nodes = Array.from({ length: MAX_URL_NODES + 10 }, (_, i) => `n${i}`);
    expect(decodeUrlState(encodeUrlState({ ...DEFAULT_URL_STATE, nodes })).nodes).toHaveLength(MAX_URL_NODES);
  });
});
