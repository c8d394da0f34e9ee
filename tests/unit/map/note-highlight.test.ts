/** `/?note=<id>` on the map (src/scripts/map/note-highlight.ts): the parameter and what the map can show. */
import { describe, expect, it } from 'vitest';
import { noteParam, splitOnMap } from '../../../src/scripts/map/note-highlight.ts';

describe('note highlight helpers', () => {
  it('reads the note id from the query, decoded, and ignores an empty one', () => {
    expect(noteParam('?note=%E8%B0%83%E5%BA%A6-%E7%AC%94%E8%AE%B0')).toBe('调度-笔记');
    expect(noteParam('?focus=pod&note=a-b')).toBe('a-b');
    expect(noteParam('?note=')).toBeUndefined();
    expect(noteParam('')).toBeUndefined();
  });

  it('keeps the concepts on the map in order and counts the others', () => {
    const on = new Set(['pod', 'deployment']);
    expect(splitOnMap(['pod', 'host-aliases', 'deployment', 'term-1'], (id) => on.has(id))).toEqual({ shown: ['pod', 'deployment'], missing: 2 });
    expect(splitOnMap([], () => true)).toEqual({ shown: [], missing: 0 });
  });
});
