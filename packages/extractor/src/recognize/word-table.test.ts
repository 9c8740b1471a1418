import { describe, expect, it } from 'vitest';
import { addWordIfAbsent, buildWordTable, findWordEntry, TAG_SLOTS, type WordTable } from './word-table.ts';

function describeWord(table: WordTable, word: string): { frequency: number; tag: string } | null {
  const entry = findWordEntry(table, word);
  return entry === undefined ? null : { frequency: Math.floor(entry / TAG_SLOTS), tag: table.tags[entry % TAG_SLOTS] ?? '' };
}

describe('buildWordTable', () => {
  const table = buildWordTable('宝兴 20 ns\n发展 8000 vn\n\n坏行\n发展 9000 v\n产业园 3 n \n');

  it('reads frequency and tag per word; a later line wins', () => {
    expect(describeWord(table, '宝兴')).toEqual({ frequency: 20, tag: 'ns' });
    expect(describeWord(table, '发展')).toEqual({ frequency: 9000, tag: 'v' });
    expect(describeWord(table, '产业园')).toEqual({ frequency: 3, tag: 'n' });
  });

  it('knows no other words, prefixes or malformed lines', () => {
    expect(findWordEntry(table, '宝')).toBeUndefined();
    expect(findWordEntry(table, '宝兴县')).toBeUndefined();
    expect(findWordEntry(table, '坏行')).toBeUndefined();
    expect(findWordEntry(table, '')).toBeUndefined();
  });

  it('adds a word only when it is new', () => {
    addWordIfAbsent(table, '经开区', 'n');
    addWordIfAbsent(table, '宝兴', 'x');
    expect(describeWord(table, '经开区')).toEqual({ frequency: 0, tag: 'n' });
    expect(describeWord(table, '宝兴')).toEqual({ frequency: 20, tag: 'ns' });
  });
});
