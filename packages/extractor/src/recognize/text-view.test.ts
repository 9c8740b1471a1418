import { describe, expect, it } from 'vitest';
import { createCodeTrie, createPhraseMatcher, findTrieChild, isHan, isHanCode } from './text-view.ts';

describe('createPhraseMatcher', () => {
  it('finds the longest phrase starting at each offset', () => {
    const match = createPhraseMatcher(['宝兴', '宝兴县', '兴县', '灵关镇']);
    expect(match('在宝兴县灵关镇')).toEqual([
      { start: 1, end: 4, phrase: '宝兴县' },
      { start: 2, end: 4, phrase: '兴县' },
      { start: 4, end: 7, phrase: '灵关镇' },
    ]);
  });

  it('respects the from/to window and ignores empty phrases', () => {
    const match = createPhraseMatcher(['', '项目', '项目部']);
    expect(match('建设项目部', 0, 4)).toEqual([{ start: 2, end: 4, phrase: '项目' }]);
    expect(match('')).toEqual([]);
  });

  it('matches phrases with characters outside the Basic Multilingual Plane', () => {
    const match = createPhraseMatcher(['𬌗口镇']);
    expect(match('到𬌗口镇去')).toEqual([{ start: 1, end: 5, phrase: '𬌗口镇' }]);
  });
});

describe('createCodeTrie', () => {
  it('keeps a phrase at the node where it ends', () => {
    const trie = createCodeTrie(['长江', '长江经济带']);
    const first = trie.root['长'.charCodeAt(0)] as number;
    const second = findTrieChild(trie, first, '江'.charCodeAt(0));
    expect(trie.phraseOf[second]).toBe('长江');
    expect(trie.phraseOf[first]).toBeNull();
    expect(findTrieChild(trie, first, '河'.charCodeAt(0))).toBe(0);
  });
});

describe('isHan', () => {
  it('tests one character by code and longer strings by content', () => {
    expect(isHan('宝')).toBe(true);
    expect(isHan('a')).toBe(false);
    expect(isHan(undefined)).toBe(false);
    expect(isHan('ab宝')).toBe(true);
    expect(isHanCode('，'.charCodeAt(0))).toBe(false);
  });
});
