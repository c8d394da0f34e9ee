/**
 * The map laid out again for what shows (src/views/map-layout.ts `relayoutMap`) and the folds a
 * big map opens with (map-model.ts `openingFolds`): pure, on synthetic maps of a few hundred to a
 * few thousand nodes and on the bundled content.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { mapLayout } from '../../../src/graph/layout.ts';
import { loadGraph } from '../../../src/graph/load.ts';
import type { Concept } from '../../../src/graph/model.ts';
import { buildMapData, type MapData } from '../../../src/views/map-data.ts';
import { foldBadgeCentre, foldBadgeWidth, foldRoom, FOLD_BADGE, FOLD_BADGE_STACKED, relayoutMap, STACK, visibleMapData, type MapPlace } from '../../../src/views/map-layout.ts';
import { buildModel, collapsedForLevel, FAN_MAX, foldCounts, hiddenNodes, levelValue, OPEN_MAX_NODES, OPEN_ROOM, openingFolds, PHONE_ROOM, phoneOpening } from '../../../src/scripts/map/map-model.ts';
import { NARROW_MIN_ZOOM, startGeometry, START_RULES, startViewOf } from '../../../src/scripts/map/viewport.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const BUNDLED = path.resolve(here, '../../../content');

function concept(id: string, parent: string | undefined, order: number, title = id): Concept {
  return {
    id, title, titleZh: title, titleEn: title, aliases: [], kind: parent ? 'term' : 'topic', parent,
    summary: '', body: '', headings: [], excerpts: [], examples: [], hasNote: false,
    source: { file: 'map.md', line: 1, column: 1 }, order, prerequisites: [], related: [], transitions: [],
    ancestors: [], branch: '',
  } as Concept;
}

/**
 * A map like a big folder of notes: nine areas, a few dozen topics each with a handful of
 * concepts, and one object (`pod`) with `fan` fields under it.
 */
function bigMap(areas = 9, topics = 12, leaves = 6, fan = 288): MapData {
  const cs: Concept[] = [concept('root', undefined, 0, 'Kubernetes 技能图谱')];
  let order = 1;
  for (let a = 0; a < areas; a++) {
    cs.push(concept(`a${a}`, 'root', order++, `领域 ${a}`));
    for (let t = 0; t < topics; t++) {
      cs.push(concept(`a${a}t${t}`, `a${a}`, order++, `主题 ${a}-${t} Topic`));
      for (let l = 0; l < leaves + ((a + t) % 3); l++) cs.push(concept(`a${a}t${t}l${l}`, `a${a}t${t}`, order++, `概念 ${l} concept`));
    }
  }
  for (let f = 0; f < fan; f++) cs.push(concept(`pod-f${f}`, 'a0t0l0', order++, `spec.field${f}`));
  return buildMapData({ root: 'root', concepts: cs, edges: [], layout: mapLayout(cs, 'root') });
}

type Box = { id: string; x: number; y: number; w: number; h: number };

function overlaps(boxes: Box[]): string[] {
  const out: string[] = [];
  const sorted = [...boxes].sort((a, b) => a.x - a.w / 2 - (b.x - b.w / 2));
  for (let i = 0; i < sorted.length; i++) {
    const a = sorted[i]!;
    for (let j = i + 1; j < sorted.length && sorted[j]!.x - sorted[j]!.w / 2 < a.x + a.w / 2; j++) {
      const b = sorted[j]!;
      if (Math.abs(a.y - b.y) < (a.h + b.h) / 2) out.push(`${a.id} × ${b.id}`);
    }
  }
  return out;
}

function placedBoxes(data: MapData, hidden: ReadonlySet<string>, places: Map<string, MapPlace>): Box[] {
  return data.nodes.filter((n) => !hidden.has(n.id)).map((n) => ({ id: n.id, w: n.w, h: n.h, x: places.get(n.id)!.x, y: places.get(n.id)!.y }));
}

function height(boxes: Box[]): number {
  return Math.max(...boxes.map((b) => b.y + b.h / 2)) - Math.min(...boxes.map((b) => b.y - b.h / 2));
}

describe('relayoutMap', () => {
  let bundled: MapData;
  beforeAll(async () => {
    bundled = buildMapData(await loadGraph(BUNDLED));
  });

  it('with nothing hidden gives exactly the build positions and sides (bundled content, a big map)', () => {
    for (const data of [bundled, bigMap()]) {
      const places = relayoutMap(data, new Set());
      expect(places.size).toBe(data.nodes.length);
      for (const n of data.nodes) expect(places.get(n.id), n.id).toEqual({ x: n.x, y: n.y, s: n.s });
    }
  });

  it('folded to level 1 or 2, the visible tree is compact, without overlaps, the root in the middle', () => {
    const data = bigMap();
    const model = buildModel(data);
    const full = height(data.nodes);
    for (const level of [1, 2]) {
      const hidden = hiddenNodes(model, { collapsed: collapsedForLevel(model, level) });
      const places = relayoutMap(data, hidden);
      const boxes = placedBoxes(data, hidden, places);
      expect(overlaps(boxes)).toEqual([]);
      expect(places.get('root')).toEqual({ x: 0, y: 0, s: 'c' });
      // The sliver of the fully expanded positions is as tall as the whole map; laid out again it is not.
      expect(height(placedBoxes(data, hidden, new Map(data.nodes.map((n) => [n.id, { x: n.x, y: n.y, s: n.s }]))))).toBeGreaterThan(0.75 * full);
      expect(height(boxes)).toBeLessThan((level === 1 ? 0.1 : 0.5) * full);
      // Both halves are used, balanced again for what shows.
      const sides = new Set(boxes.filter((b) => b.id !== 'root').map((b) => places.get(b.id)!.s));
      expect([...sides].sort()).toEqual(['l', 'r']);
    }
  });

  it('a hidden node takes the place of its nearest visible ancestor', () => {
    const data = bigMap();
    const model = buildModel(data);
    const hidden = hiddenNodes(model, { collapsed: new Set(['a0t0']) });
    const places = relayoutMap(data, hidden);
    expect(places.get('a0t0l0')).toEqual(places.get('a0t0'));
    expect(places.get('pod-f5')).toEqual(places.get('a0t0'));
  });

  it('keeps each branch on its side when asked (a fold by hand), and the other nodes in order', () => {
    const data = bigMap();
    const model = buildModel(data);
    const sides = new Map(data.nodes.filter((n) => n.p === 'root').map((n) => [n.id, n.s]));
    // Folding the big branch alone would move branches across if the halves were balanced again.
    const hidden = hiddenNodes(model, { collapsed: new Set(['a0']) });
    const kept = relayoutMap(data, hidden, { sides });
    for (const [id, s] of sides) expect(kept.get(id)!.s, id).toBe(s);
    expect(overlaps(placedBoxes(data, hidden, kept))).toEqual([]);
    // Siblings keep their map order top to bottom.
    const topics = (model.children.get('a1') ?? []).map((id) => kept.get(id)!.y);
    expect(topics).toEqual([...topics].sort((a, b) => a - b));
  });

  it('leaves room for the count beside a folded node', () => {
    const data = bigMap();
    const model = buildModel(data);
    const collapsed = collapsedForLevel(model, 2);
    const hidden = hiddenNodes(model, { collapsed });
    const counts = foldCounts(model, collapsed, hidden);
    expect(counts.size).toBe(model.data.nodes.filter((n) => n.d === 2 && model.children.has(n.id)).length);
    const places = relayoutMap(data, hidden, { extra: foldRoom(counts) });
    const boxes = placedBoxes(data, hidden, places);
    const badges = [...counts].map(([id, c]) => {
      const n = model.byId.get(id)!;
      const p = places.get(id)!;
      return { id: `+${id}`, ...foldBadgeCentre({ ...p, w: n.w }, c), w: foldBadgeWidth(c), h: FOLD_BADGE.height };
    });
    expect(overlaps([...boxes, ...badges])).toEqual([]);
    // The box stays where the tree puts it: next to its parent's column, not pushed out by the count.
    const a0 = places.get('a0')!;
    const t = places.get('a0t1')!;
    const a0w = model.byId.get('a0')!.w;
    const tw = model.byId.get('a0t1')!.w;
    expect(Math.abs(t.x - a0.x) - (a0w + tw) / 2).toBe(40);
  });

  it('visibleMapData: the visible nodes at their new places', () => {
    const data = bigMap();
    const model = buildModel(data);
    const hidden = hiddenNodes(model, { collapsed: collapsedForLevel(model, 1) });
    const places = relayoutMap(data, hidden);
    const v = visibleMapData(data, hidden, places);
    expect(v.nodes.map((n) => n.id)).toEqual(data.nodes.filter((n) => n.d <= 1).map((n) => n.id));
    for (const n of v.nodes) expect({ x: n.x, y: n.y, s: n.s }).toEqual(places.get(n.id));
    expect(v.root).toBe('root');
  });
});

describe('relayoutMap stacked (a phone)', () => {
  it('puts the root on top and its two halves under it, the first branches on the left, each half top to bottom in map order, a channel between them', () => {
    const data = bigMap(5, 2, 1, 0);
    const model = buildModel(data);
    const collapsed = collapsedForLevel(model, 1);
    const hidden = hiddenNodes(model, { collapsed });
    const places = relayoutMap(data, hidden, { extra: foldRoom(foldCounts(model, collapsed, hidden)), stack: true });
    const root = data.nodes[0]!;
    const branches = data.nodes.filter((n) => n.d === 1);
    const at = (id: string) => places.get(id)!;
    // the root stays at (0, 0); every branch wholly below it
    expect(at(root.id)).toEqual({ x: 0, y: 0, s: 'c' });
    for (const b of branches) expect(at(b.id).y - b.h / 2).toBeGreaterThanOrEqual(root.h / 2 + STACK.gap - 1e-9);
    const left = branches.filter((b) => at(b.id).s === 'l');
    const right = branches.filter((b) => at(b.id).s === 'r');
    expect(left.length).toBeGreaterThan(0);
    expect(right.length).toBeGreaterThan(0);
    // the first branches (map order) on the left, the rest on the right, each half top to bottom
    expect([...left, ...right].map((b) => b.id)).toEqual(branches.map((b) => b.id));
    for (const half of [left, right]) for (let i = 1; i < half.length; i++) expect(at(half[i]!.id).y).toBeGreaterThan(at(half[i - 1]!.id).y);
    // inner edges STACK.channel apart, around the root's centre line; both halves start at the same height
    expect(Math.max(...left.map((b) => at(b.id).x + b.w / 2))).toBeCloseTo(-STACK.channel / 2, 6);
    expect(Math.min(...right.map((b) => at(b.id).x - b.w / 2))).toBeCloseTo(STACK.channel / 2, 6);
    expect(Math.min(...left.map((b) => at(b.id).y - b.h / 2))).toBeCloseTo(Math.min(...right.map((b) => at(b.id).y - b.h / 2)), 6);
    // hidden nodes sit at their visible ancestor
    const child = data.nodes.find((n) => n.d === 2)!;
    expect(at(child.id)).toEqual(at(child.p!));
    // unfolded, a branch's children grow outward from its half, as on a desktop
    const open = new Set(collapsed);
    open.delete(left[0]!.id);
    const h2 = hiddenNodes(model, { collapsed: open });
    const p2 = relayoutMap(data, h2, { stack: true });
    for (const c of data.nodes.filter((n) => n.p === left[0]!.id)) expect(p2.get(c.id)!.x).toBeLessThan(p2.get(left[0]!.id)!.x);
  });
});

describe('relayoutMap compact (a phone held sideways)', () => {
  it('is the two-sided mind map, the root in the middle, with the branches packed as close as stacked ones', () => {
    const data = bigMap(6, 2, 1, 0);
    const model = buildModel(data);
    const collapsed = collapsedForLevel(model, 1);
    const hidden = hiddenNodes(model, { collapsed });
    const loose = relayoutMap(data, hidden);
    const packed = relayoutMap(data, hidden, { compact: true });
    const branches = data.nodes.filter((n) => n.d === 1);
    const span = (p: Map<string, MapPlace>) => Math.max(...branches.map((b) => p.get(b.id)!.y + b.h / 2)) - Math.min(...branches.map((b) => p.get(b.id)!.y - b.h / 2));
    // the same sides, the same x, less height
    for (const b of branches) {
      expect(packed.get(b.id)!.s).toBe(loose.get(b.id)!.s);
      expect(packed.get(b.id)!.x).toBe(loose.get(b.id)!.x);
    }
    expect(span(packed)).toBeLessThan(span(loose));
    expect(packed.get(data.root)).toEqual({ x: 0, y: 0, s: 'c' });
  });
});

describe('openingFolds', () => {
  it('a small map (the bundled content) opens whole', async () => {
    const model = buildModel(buildMapData(await loadGraph(BUNDLED)));
    expect(model.data.nodes.length).toBeLessThanOrEqual(OPEN_MAX_NODES);
    const o = openingFolds(model);
    expect(o.level).toBe(Infinity);
    expect(o.collapsed.size).toBe(0);
    expect(levelValue(o.level)).toBe('all');
  });

  it('a big map opens at the deepest level that shows at most the limit and fits a laptop screen readably', () => {
    // Nine areas of a dozen topics: level 2 is 118 nodes, but two columns of 54 topics do not fit.
    const big = buildModel(bigMap());
    const o = openingFolds(big);
    expect(o.level).toBe(1);
    expect(o.collapsed).toEqual(collapsedForLevel(big, 1));
    expect(levelValue(o.level)).toBe('1');
    // Six areas of four topics, eight leaves or so each: level 3 is too many, level 2 fits.
    const mid = buildModel(bigMap(6, 4, 8, 0));
    expect(mid.data.nodes.length).toBeGreaterThan(OPEN_MAX_NODES);
    const m = openingFolds(mid);
    expect(m.level).toBe(2);
    expect(levelValue(m.level)).toBe('2');
    expect(mid.data.nodes.length - hiddenNodes(mid, { collapsed: m.collapsed }).size).toBeLessThanOrEqual(OPEN_MAX_NODES);
    const places = relayoutMap(mid.data, hiddenNodes(mid, { collapsed: m.collapsed }));
    const shown = mid.data.nodes.filter((n) => n.d <= 2);
    const ys = shown.flatMap((n) => [places.get(n.id)!.y - n.h / 2, places.get(n.id)!.y + n.h / 2]);
    expect(Math.max(...ys) - Math.min(...ys)).toBeLessThanOrEqual(OPEN_ROOM.h);
  });

  it('a level folds every node at its depth and below, so unfolding one shows one level more', () => {
    const model = buildModel(bigMap());
    const folds = collapsedForLevel(model, 1);
    expect(folds.has('a0')).toBe(true);
    expect(folds.has('a0t0')).toBe(true);
    folds.delete('a0');
    const hidden = hiddenNodes(model, { collapsed: folds });
    const shown = model.data.nodes.filter((n) => !hidden.has(n.id)).map((n) => n.id);
    expect(shown).toEqual(['root', ...model.data.nodes.filter((n) => n.d === 1 || n.p === 'a0').map((n) => n.id)]);
  });

  it('a fan above the opening level is folded; at least level 1', () => {
    // Few areas and topics, one huge fan: level 3 would fit but for the fan.
    const model = buildModel(bigMap(2, 3, 2, 300));
    const o = openingFolds(model);
    expect(model.children.get('a0t0l0')!.length).toBeGreaterThan(FAN_MAX);
    expect(o.level).toBe(Infinity);
    expect([...o.collapsed]).toEqual(['a0t0l0']);
    const tiny = buildModel(bigMap(250, 1, 0, 0));
    expect(openingFolds(tiny).level).toBe(1);
  });
});

describe('phoneOpening (a phone: the root and its branches, stacked)', () => {
  /** The phone's start view of an opening: the visible tree laid out stacked (the root on top of its two halves), its counts, in a w × h map. */
  function phoneView(model: ReturnType<typeof buildModel>, collapsed: Set<string>, w: number, h: number) {
    const hidden = hiddenNodes(model, { collapsed });
    const counts = foldCounts(model, collapsed, hidden);
    const places = relayoutMap(model.data, hidden, { extra: foldRoom(counts, FOLD_BADGE_STACKED), stack: true });
    const shown = visibleMapData(model.data, hidden, places);
    const badges = [...counts].map(([id, c]) => {
      const n = shown.nodes.find((x) => x.id === id)!;
      return { id: `fold:${id}`, ...foldBadgeCentre(n, c, FOLD_BADGE_STACKED), w: foldBadgeWidth(c, FOLD_BADGE_STACKED), h: FOLD_BADGE_STACKED.height };
    });
    const boxes = [...shown.nodes, ...badges];
    return { view: startViewOf(startGeometry(boxes, new Set()), w, h, START_RULES), boxes, shown };
  }

  it('the bundled map (whole on a laptop) opens on a phone at its branches, stacked, all on screen, labels at 10 px or more, on every phone', async () => {
    const model = buildModel(buildMapData(await loadGraph(BUNDLED)));
    const opening = openingFolds(model);
    const phone = phoneOpening(model, opening)!;
    expect(phone).toBeDefined();
    expect(phone.level).toBe(1);
    expect(phone.collapsed).toEqual(collapsedForLevel(model, 1));
    // The maps below the header and the toolbar of a 360 × 640, 375 × 667, Pixel 5 (393 × 727), 390 × 844 and 412 × 915 phone.
    for (const [w, h] of [[360, 383], [375, 400], [393, 505], [390, 622], [412, 693]] as const) {
      const { view, boxes, shown } = phoneView(model, phone.collapsed, w, h);
      expect(shown.nodes.map((n) => n.d).sort()).toEqual([0, ...Array(model.children.get(model.data.root)!.length).fill(1)]);
      // stacked: every branch below the root, on both sides of it
      const root = shown.nodes.find((n) => n.d === 0)!;
      expect(shown.nodes.filter((n) => n.d === 1).every((n) => n.y - n.h / 2 > root.y + root.h / 2)).toBe(true);
      expect(new Set(shown.nodes.filter((n) => n.d === 1).map((n) => n.s))).toEqual(new Set(['l', 'r']));
      expect(view.zoom).toBeGreaterThanOrEqual(NARROW_MIN_ZOOM);
      expect(18 * view.zoom).toBeGreaterThanOrEqual(10);
      // the counts beside the folded branches read at 10 px too
      expect(FOLD_BADGE_STACKED.fontSize * view.zoom).toBeGreaterThanOrEqual(10);
      for (const b of boxes) {
        const x1 = view.pan.x + (b.x - b.w / 2) * view.zoom;
        const x2 = view.pan.x + (b.x + b.w / 2) * view.zoom;
        const y1 = view.pan.y + (b.y - b.h / 2) * view.zoom;
        const y2 = view.pan.y + (b.y + b.h / 2) * view.zoom;
        expect(x1, b.id).toBeGreaterThanOrEqual(0);
        expect(x2, b.id).toBeLessThanOrEqual(w);
        expect(y1, b.id).toBeGreaterThanOrEqual(52 - 1e-6);
        expect(y2, b.id).toBeLessThanOrEqual(h - 12 + 1e-6);
        // not under the zoom buttons (the bottom-right corner)
        expect(x2 <= w - 104 + 1e-6 || y2 <= h - 104 + 1e-6, b.id).toBe(true);
      }
    }
  });

  it('a big map (opening at level 1) opens on a phone at level 1 too; a smaller one at a deeper level when that fits', () => {
    const big = buildModel(bigMap());
    const phone = phoneOpening(big, openingFolds(big))!;
    expect(phone.level).toBe(1);
    // nine areas: all on screen on a 390 × 622 map
    const { view, boxes } = phoneView(big, phone.collapsed, 390, 622);
    const ys = boxes.map((b) => view.pan.y + b.y * view.zoom);
    expect(Math.min(...ys)).toBeGreaterThan(52);
    expect(Math.max(...ys)).toBeLessThan(622 - 12);
    // a map of short labels, two areas of two topics: level 2 fits a phone, stacked
    const small = buildModel(bigMap(2, 2, 40, 0));
    const o = openingFolds(small);
    const p = phoneOpening(small, o, { w: PHONE_ROOM.w * 3, h: PHONE_ROOM.h * 3 })!;
    expect(p.level).toBe(2);
    expect(p.collapsed).toEqual(collapsedForLevel(small, 2));
  });

  it('a map that fits a phone readably as it opens has no phone opening', () => {
    const tiny = buildModel(bigMap(1, 1, 1, 0));
    expect(phoneOpening(tiny, openingFolds(tiny), { w: 2000, h: 2000 })).toBeUndefined();
    const fanned = buildModel(bigMap(2, 3, 2, 300));
    const o = openingFolds(fanned);
    const p = phoneOpening(fanned, o)!;
    expect(p.level).toBe(1);
    const p3 = phoneOpening(fanned, o, { w: 100_000, h: 100_000 });
    // the opening itself fits such a room: no phone opening
    expect(p3).toBeUndefined();
  });
});
