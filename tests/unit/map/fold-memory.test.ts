/** The reader's folds kept for the session, per site (src/scripts/map/fold-memory.ts). */
import { describe, expect, it } from 'vitest';
import { foldsDiff, foldsFrom, foldsKey, readFolds, writeFolds } from '../../../src/scripts/map/fold-memory.ts';

/** A Map-backed stand-in for sessionStorage. */
function memory(): Storage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    get length() {
      return data.size;
    },
    clear: () => data.clear(),
    getItem: (k: string) => data.get(k) ?? null,
    key: (i: number) => [...data.keys()][i] ?? null,
    removeItem: (k: string) => void data.delete(k),
    setItem: (k: string, v: string) => void data.set(k, String(v)),
  };
}

describe('fold memory', () => {
  const level2 = new Set(['net', 'storage', 'sched']);
  it('keeps a level and what the reader folded or unfolded beyond it, and gives the same folds back', () => {
    const collapsed = new Set(['net', 'sched', 'pod']); // storage unfolded, pod folded by hand
    const saved = foldsDiff('2', collapsed, level2);
    expect(saved).toEqual({ level: '2', fold: ['pod'], unfold: ['storage'] });
    expect(foldsFrom(saved, level2, () => true)).toEqual(collapsed);
  });
  it('drops a folded node that can no longer fold (gone from the map, or without children now)', () => {
    const back = foldsFrom({ level: '2', fold: ['pod', 'gone'], unfold: ['missing'] }, level2, (id) => id !== 'gone');
    expect([...back].sort()).toEqual(['net', 'pod', 'sched', 'storage']);
  });
  it('is kept per site, and forgotten when the map is back at its opening folds', () => {
    const s = memory();
    writeFolds(s, '/k8s/', { level: '2', fold: ['pod'], unfold: [] }, '2');
    expect(s.data.has(foldsKey('/k8s/'))).toBe(true);
    expect(readFolds(s, '/', () => true)).toBeUndefined();
    expect(readFolds(s, '/k8s/', () => true)).toEqual({ level: '2', fold: ['pod'], unfold: [] });
    // another level with nothing else changed is kept too
    writeFolds(s, '/k8s/', { level: 'all', fold: [], unfold: [] }, '2');
    expect(readFolds(s, '/k8s/', () => true)?.level).toBe('all');
    writeFolds(s, '/k8s/', { level: '2', fold: [], unfold: [] }, '2');
    expect(s.data.size).toBe(0);
  });
  it('ignores what is not its own: a level the control does not offer, broken JSON, no storage', () => {
    const s = memory();
    s.setItem(foldsKey('/'), JSON.stringify({ level: '9', fold: [], unfold: [] }));
    expect(readFolds(s, '/', (v) => v === 'all' || v === '2')).toBeUndefined();
    s.setItem(foldsKey('/'), '{not json');
    expect(readFolds(s, '/', () => true)).toBeUndefined();
    s.setItem(foldsKey('/'), JSON.stringify({ level: '2', fold: [1], unfold: [] }));
    expect(readFolds(s, '/', () => true)).toBeUndefined();
    expect(readFolds(undefined, '/', () => true)).toBeUndefined();
    expect(() => writeFolds(undefined, '/', { level: '2', fold: ['a'], unfold: [] }, 'all')).not.toThrow();
  });
});
