/**
 * Room for the branch shares ("7/12") in a phone's stacked layout: map.json carries the most
 * concepts a branch counts on the map (`shareMax`, the same totals as the map's shares), and the channel
 * between the two halves is wide enough for two of the widest shares facing each other.
 */
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { mapLayout } from '../../../src/graph/layout.ts';
import { loadGraph } from '../../../src/graph/load.ts';
import type { Concept, Graph } from '../../../src/graph/model.ts';
import { buildMapData } from '../../../src/views/map-data.ts';
import { relayoutMap, SHARE_GAP, SHARE_SPACING, STACK, stackChannel, stackedShareWidth } from '../../../src/views/map-layout.ts';
import { branchTotals, buildProgressGraph } from '../../../src/views/progress-data.ts';
import { emptyProgress, summarize } from '../../../src/scripts/progress/store.ts';
import { shareLabel } from '../../../src/scripts/map/progress-layer.ts';
import { NARROW_MIN_ZOOM } from '../../../src/scripts/map/viewport.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const BUNDLED = path.resolve(here, '../../../content');

function concept(id: string, parent: string | undefined, branch: string, order: number): Concept {
  return {
    // the root's children are topics (a map's branches), the rest terms
    id, title: id, titleZh: id, titleEn: id, aliases: [], kind: parent && parent !== 'root' ? 'term' : 'topic', parent,
    summary: '', body: '', headings: [], excerpts: [], examples: [], hasNote: false,
    source: { file: 'map.md', line: 1, column: 1 }, order, prerequisites: [], related: [], transitions: [],
    ancestors: [], branch,
  } as Concept;
}

describe('shareMax (map.json)', () => {
  it('is the largest branch total the progress store counts: the bundled map', async () => {
    const g = await loadGraph(BUNDLED);
    const totals = summarize(buildProgressGraph(g), emptyProgress()).branches.map((b) => b.counts.total);
    expect(buildMapData(g).shareMax).toBe(Math.max(...totals));
    expect(buildMapData(g).shareMax).toBe(68);
  });

  it('counts only the concepts on the map (issue 13: mined terms beside a map.md hang on no map node, in a branch)', () => {
    const cs = [concept('root', undefined, 'root', 0), concept('a', 'root', 'a', 1), concept('b', 'root', 'b', 2)];
    for (let i = 0; i < 3; i++) cs.push(concept(`a${i}`, 'a', 'a', 3 + i));
    cs.push(concept('b0', 'b', 'b', 6));
    const onMap = [...cs];
    // 120 more concepts of branch b that the layout does not place
    for (let i = 0; i < 120; i++) cs.push(concept(`b-off${i}`, undefined, 'b', 10 + i));
    const data = buildMapData({ root: 'root', concepts: cs, edges: [], layout: mapLayout(onMap, 'root') });
    // the progress page counts every concept of a branch; the map the ones it draws under it
    expect(Object.fromEntries(branchTotals({ root: 'root', concepts: cs }))).toEqual({ a: 3, b: 121 });
    expect(Object.fromEntries(branchTotals({ root: 'root', concepts: cs }, new Set(data.nodes.map((n) => n.id))))).toEqual({ a: 3, b: 1 });
    expect(data.shareMax).toBe(3);
    // the map's shares (skill-map.ts: summarize over the drawn nodes) agree with shareMax
    const pg = buildProgressGraph({ root: 'root', concepts: cs, edges: [] } as unknown as Graph);
    const drawn = new Set(data.nodes.map((n) => n.id));
    expect(summarize(pg, emptyProgress(), drawn).branches.map((b) => [b.id, b.counts.total])).toEqual([['a', 3], ['b', 1]]);
    expect(summarize(pg, emptyProgress()).branches.map((b) => [b.id, b.counts.total])).toEqual([['a', 3], ['b', 121]]);
  });

  it('counts a branch that is a concept, not a topic, in its own share, as the progress store does', () => {
    const cs = [concept('root', undefined, 'root', 0), { ...concept('pod', 'root', 'pod', 1), kind: 'object' } as Concept, concept('pod-phase-pending', 'pod', 'pod', 2)];
    expect(Object.fromEntries(branchTotals({ root: 'root', concepts: cs }))).toEqual({ pod: 2 });
    const totals = summarize(buildProgressGraph({ root: 'root', concepts: cs, edges: [] } as unknown as Graph), emptyProgress()).branches.map((b) => b.counts.total);
    expect(totals).toEqual([2]);
  });

  it('is absent when no branch counts anything', () => {
    const cs = [concept('root', undefined, 'root', 0), concept('a', 'root', 'a', 1)];
    expect(buildMapData({ root: 'root', concepts: cs, edges: [], layout: mapLayout(cs, 'root') }).shareMax).toBeUndefined();
  });
});

describe('stackChannel', () => {
  it('stays STACK.channel up to two-digit totals (the bundled map keeps its phone layout), widens for three digits and more', () => {
    expect(stackChannel()).toBe(STACK.channel);
    expect(stackChannel(68)).toBe(STACK.channel);
    expect(stackChannel(99)).toBe(STACK.channel);
    expect(stackChannel(217)).toBe(174);
    expect(stackChannel(4321)).toBeGreaterThan(stackChannel(999));
  });

  it('keeps two of the widest shares facing each other SHARE_SPACING apart (≥ 4 px at a phone\'s smallest start zoom)', () => {
    expect(SHARE_SPACING * NARROW_MIN_ZOOM).toBeGreaterThanOrEqual(4);
    for (const max of [1, 9, 68, 99, 100, 217, 999, 1000, 12345]) {
      const channel = stackChannel(max);
      // the two branches' inner edges at ±channel / 2, the roots' centre line at x = 0
      const root = { x: 0, y: 0, w: 200, h: 40 };
      const left = { x: -channel / 2 - 60, y: 100, w: 120, h: 40 };
      const right = { x: channel / 2 + 60, y: 100, w: 120, h: 40 };
      const counts = { total: max, learned: max, learning: 0, skipped: 0 };
      const l = shareLabel(counts, root, left)!;
      const r = shareLabel(counts, root, right)!;
      expect(l.share).toBe(`${max}/${max}`);
      const half = stackedShareWidth(l.share) / 2;
      const leftFar = -channel / 2 + l.sx + half;
      const rightFar = channel / 2 + r.sx - half;
      expect(rightFar - leftFar, `${max}`).toBeGreaterThanOrEqual(SHARE_SPACING - 1e-9);
      // each SHARE_GAP from its own box
      expect(-channel / 2 + l.sx - half).toBeCloseTo(-channel / 2 + SHARE_GAP, 9);
    }
  });

  it('is what relayoutMap puts between the halves of a stacked layout', () => {
    const cs = [concept('root', undefined, 'root', 0)];
    for (let b = 0; b < 4; b++) cs.push(concept(`b${b}`, 'root', `b${b}`, b + 1));
    const base = buildMapData({ root: 'root', concepts: cs, edges: [], layout: mapLayout(cs, 'root') });
    for (const shareMax of [undefined, 68, 217]) {
      const data = { ...base, ...(shareMax ? { shareMax } : {}) };
      const places = relayoutMap(data, new Set(), { stack: true });
      const branches = data.nodes.filter((n) => n.d === 1);
      const inner = (s: 'l' | 'r') => branches.filter((n) => places.get(n.id)!.s === s).map((n) => (s === 'l' ? places.get(n.id)!.x + n.w / 2 : places.get(n.id)!.x - n.w / 2));
      expect(Math.min(...inner('r')) - Math.max(...inner('l'))).toBeCloseTo(stackChannel(shareMax), 6);
    }
  });
});

describe('shareLabel', () => {
  it('writes a stacked branch\'s share without spaces, a two-sided map\'s with them', () => {
    const counts = { total: 12, learned: 7, learning: 0, skipped: 0 };
    const root = { x: 0, y: 0, w: 200, h: 40 };
    expect(shareLabel(counts, root, { x: -150, y: 100, w: 120, h: 40 })!.share).toBe('7/12');
    expect(shareLabel(counts, root, { x: -400, y: 100, w: 120, h: 40 })!.share).toBe('7 / 12');
    expect(shareLabel(counts, { x: 0, y: 0 }, { x: -150, y: 100 })!.share).toBe('7 / 12');
  });
});
