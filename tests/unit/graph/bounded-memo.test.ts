/**
 * boundedMemo (src/graph/util.ts): the one memo the engine's pure string functions share (word and
 * sentence bounds, label verdicts, normalised keys, spelling features).
 */
import { describe, expect, it } from 'vitest';
import { boundedMemo } from '../../../src/graph/util.ts';

describe('boundedMemo', () => {
  it('answers a key again from the memo, undefined answers included', () => {
    const calls: string[] = [];
    const f = boundedMemo((k) => {
      calls.push(k);
      return k === 'none' ? undefined : k.length;
    }, 10);
    expect([f('abc'), f('abc'), f('none'), f('none')]).toEqual([3, 3, undefined, undefined]);
    expect(calls).toEqual(['abc', 'none']);
  });
  it('forgets everything once it holds max answers, and keeps out the keys `keep` refuses', () => {
    const calls: string[] = [];
    const f = boundedMemo(
      (k) => {
        calls.push(k);
        return k.toUpperCase();
      },
      2,
      (k) => k.length < 5,
    );
    f('a');
    f('b');
    f('c'); // the memo was full: cleared, then c kept
    f('a'); // asked again
    f('c'); // still kept
    f('long key');
    f('long key'); // never kept
    expect(calls).toEqual(['a', 'b', 'c', 'a', 'long key', 'long key']);
  });
});
