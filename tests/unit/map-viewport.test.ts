import { describe, expect, it } from 'vitest';
import { boxesInside, centredOn, distanceFromView, FIT_PAD, FOCUS_ZOOM, highlightView, keepClearPan, levelView, NARROW_BOTTOM, NARROW_MIN_ZOOM, NARROW_PAD, NARROW_RIGHT, NARROW_TOP, START_RULES, startGeometry, startViewOf, firstViewNodes, fitView, panClear, READABLE_ZOOM, restoreView, ROOT_ZOOM, saveView, START_INSETS, startView, unfoldView, wheelZoomFactor, phoneLayoutOf, SHORT } from '../../src/scripts/map/viewport.ts';
import type { MapData, MapNode } from '../../src/views/map-data.ts';

const node = (id: string, x: number, y: number, p?: string, d = p ? 2 : 0): MapNode =>
  ({ id, zh: id, en: id, k: 'topic', n: 1, b: id, p, d, s: 'r', x, y, w: 100, h: 40 }) as MapNode;

describe('fitView', () => {
  it('fits the visible boxes with padding, centred', () => {
    const v = fitView([node('r', 0, 0), node('a', 400, 0, 'r')], new Set(), 548, 300)!;
    // Boxes span x -50..450 (500 wide): (548 - 48) / 500 = 1.
    expect(v.zoom).toBeCloseTo(1);
    expect(v.pan.x).toBeCloseTo(548 / 2 - 200);
    expect(v.pan.y).toBeCloseTo(150);
  });
  it('ignores hidden nodes and clamps the zoom', () => {
    const v = fitView([node('r', 0, 0), node('far', 100000, 0, 'r')], new Set(['far']), 1000, 800)!;
    expect(v.zoom).toBe(3);
    expect(fitView([node('r', 0, 0)], new Set(['r']), 1000, 800)).toBeUndefined();
  });
});

describe('startView', () => {
  it('fits a map that is readable when fitted, clear of the caption and the zoom buttons', () => {
    const nodes = [node('r', 0, 0), node('a', 300, 100, 'r')];
    expect(startView(nodes, new Set(), 1200, 800)).toEqual(fitView(nodes, new Set(), 1200, 800, FIT_PAD, START_INSETS));
  });
  it('reads the smallest label (13 px) at 11 px or more when it starts on the root', () => {
    expect(13 * ROOT_ZOOM).toBeGreaterThanOrEqual(11);
    expect(READABLE_ZOOM).toBe(ROOT_ZOOM);
  });
  it('starts on the root at a readable zoom when the fitted map would be too small', () => {
    const nodes = [node('r', 10, 20), node('a', 20000, 0, 'r')];
    expect(startView(nodes, new Set(), 1200, 800)).toEqual(centredOn(nodes[0]!, ROOT_ZOOM, 1200, 800));
  });
});

describe('firstViewNodes', () => {
  // Root at the origin; a row of nodes going right, every one a child of the root's branch b.
  const nodes: MapNode[] = [node('r', 0, 0), node('b', 300, 0, 'r', 1)];
  for (let i = 0; i < 50; i++) nodes.push(node(`n${i}`, 600 + i * 400, 0, i === 0 ? 'b' : `n${i - 1}`, 2 + i));
  const data = { root: 'r', nodes } as Pick<MapData, 'root' | 'nodes'>;

  it('keeps the nodes in and near the view, their parents, the root and its children', () => {
    const view = centredOn(nodes.find((n) => n.id === 'n20')!, 1, 1000, 600);
    const ids = firstViewNodes(data, view, 1000, 600, 0.5);
    // n20 is at x 8600: the view is x 8100..9100, grown by 500 on each side 7600..9600, which
    // the boxes (±50) of n18 (7800) to n22 (9400) meet; n17 comes in as n18's parent.
    expect([...ids].sort()).toEqual(['b', 'n17', 'n18', 'n19', 'n20', 'n21', 'n22', 'r'].sort());
  });
  it('keeps everything when the whole map is in view', () => {
    const small = { root: 'r', nodes: nodes.slice(0, 5) };
    const view = fitView(small.nodes, new Set(), 1400, 800)!;
    expect(firstViewNodes(small, view, 1400, 800).size).toBe(5);
  });
  it('orders the rest by distance from the view centre', () => {
    const view = centredOn({ x: 0, y: 0 }, 1, 1000, 600);
    expect(distanceFromView({ x: 30, y: 40 }, view, 1000, 600)).toBe(2500);
  });
});

describe('fit insets', () => {
  it('keeps the bottom and right insets free (caption, zoom buttons)', () => {
    const nodes = [node('r', 0, 0), node('a', 400, 0, 'r')];
    const v = fitView(nodes, new Set(), 548, 300, 24, { bottom: 40, right: 48 })!;
    // Free area 500 × 260: the boxes (500 × 40) fit at (500 - 48) / 500.
    expect(v.zoom).toBeCloseTo(452 / 500);
    // The lowest box edge stays above the caption: y = 20 (box bottom) rendered above 300 - 40.
    expect(20 * v.zoom + v.pan.y).toBeLessThanOrEqual(300 - 40);
    expect(450 * v.zoom + v.pan.x).toBeLessThanOrEqual(548 - 48);
  });
  it('gives up when the insets leave no room', () => {
    expect(fitView([node('r', 0, 0)], new Set(), 100, 100, 24, { bottom: 80 })).toBeUndefined();
  });
});

describe('saved views (history state)', () => {
  it('round-trips a view through the centre point, also into a window of another size', () => {
    const view = { zoom: 0.8, pan: { x: 120, y: -40 } };
    const saved = saveView(view, 1000, 600, 'pod', true);
    expect(saved).toMatchObject({ z: 0.8, cur: 'pod', pin: true });
    const back = restoreView(saved, 1000, 600)!;
    expect(back.zoom).toBeCloseTo(0.8);
    expect(back.pan.x).toBeCloseTo(120);
    expect(back.pan.y).toBeCloseTo(-40);
    // A narrower window: the same model point stays in the middle.
    const narrow = restoreView(saved, 400, 600)!;
    expect((200 - narrow.pan.x) / narrow.zoom).toBeCloseTo((500 - 120) / 0.8);
  });
  it('ignores anything that is not a saved view', () => {
    for (const bad of [null, undefined, 3, 'x', {}, { z: 0, cx: 0, cy: 0 }, { z: 1, cx: 'a', cy: 0 }, { z: Number.NaN, cx: 0, cy: 0 }]) {
      expect(restoreView(bad, 800, 600)).toBeUndefined();
    }
  });
});

describe('wheel zoom', () => {
  it('zooms ten mouse notches (100 px each in Chromium) by far more than 1.4×', () => {
    let z = 1;
    for (let i = 0; i < 10; i++) z *= wheelZoomFactor(-100);
    expect(z).toBeGreaterThan(10);
    let out = 1;
    for (let i = 0; i < 10; i++) out *= wheelZoomFactor(100);
    expect(out).toBeCloseTo(1 / z);
  });
  it('counts lines and pages, follows a pinch (ctrl + wheel) and caps one event at 4×', () => {
    expect(wheelZoomFactor(-3, 1)).toBeCloseTo(wheelZoomFactor(-120));
    expect(wheelZoomFactor(-10, 0, true)).toBeCloseTo(Math.exp(0.1));
    expect(wheelZoomFactor(-1, 2)).toBe(4);
    expect(wheelZoomFactor(10000)).toBe(0.25);
  });
});

describe('panClear', () => {
  const panel = { x1: 700, y1: 0, x2: 1000, y2: 400 };
  it('moves a covered node the least distance out from under a panel', () => {
    const move = panClear({ x1: 760, y1: 100, x2: 860, y2: 130 }, [panel], 1000, 800);
    // Down below the panel is 282 px, left of it 172 px: left wins.
    expect(move).toEqual({ x: 700 - 12 - 860, y: 0 });
  });
  it('leaves a clear node alone', () => {
    expect(panClear({ x1: 100, y1: 100, x2: 200, y2: 130 }, [panel], 1000, 800)).toEqual({ x: 0, y: 0 });
  });
});

describe('start on a phone', () => {
  type V = { zoom: number; pan: { x: number; y: number } };
  type B = { x: number; y: number; w: number; h: number };
  const rect = (v: V, n: B) => ({ x1: v.pan.x + (n.x - n.w / 2) * v.zoom, y1: v.pan.y + (n.y - n.h / 2) * v.zoom, x2: v.pan.x + (n.x + n.w / 2) * v.zoom, y2: v.pan.y + (n.y + n.h / 2) * v.zoom });
  const wide = (n: MapNode, w: number, h = 40): MapNode => ({ ...n, w, h });
  /** A map folded to its branches, laid out stacked (map-layout.ts STACK): a 300 px root on top, five branches under it on the left, four on the right. */
  const stacked = (gap = 70): MapNode[] => [
    wide({ ...node('r', 0, 0), d: 0 }, 300),
    ...Array.from({ length: 5 }, (_, i) => wide({ ...node(`l${i}`, -150, 60 + i * gap, 'r', 1), s: 'l' as const }, 160, 60)),
    ...Array.from({ length: 4 }, (_, i) => wide(node(`r${i}`, 150, 60 + i * gap, 'r', 1), 160, 60)),
  ];
  /** Every box on screen within the margins, below the overview button, none in the zoom buttons' corner. */
  const allClear = (v: V, boxes: readonly B[], w: number, h: number) => {
    for (const b of boxes) {
      const r = rect(v, b);
      expect(r.x1).toBeGreaterThanOrEqual(NARROW_PAD - 1e-6);
      expect(r.x2).toBeLessThanOrEqual(w - NARROW_PAD + 1e-6);
      expect(r.y1).toBeGreaterThanOrEqual(NARROW_TOP - 1e-6);
      expect(r.y2).toBeLessThanOrEqual(h - NARROW_PAD + 1e-6);
      expect(r.x2 <= w - NARROW_RIGHT + 1e-6 || r.y2 <= h - NARROW_BOTTOM + 1e-6).toBe(true);
    }
  };

  it('holds the root and all its branches (both halves under it), centred across, clear of the overview and the zoom buttons, when their labels read', () => {
    const nodes = stacked();
    for (const [w, h] of [[390, 622], [393, 505], [375, 400], [360, 340], [412, 693]] as const) {
      const v = startView(nodes, new Set(), w, h);
      expect(v.zoom).toBeGreaterThanOrEqual(NARROW_MIN_ZOOM);
      expect(18 * v.zoom).toBeGreaterThanOrEqual(10 - 1e-9);
      expect(v.zoom).toBeLessThanOrEqual(ROOT_ZOOM);
      allClear(v, nodes, w, h);
      // centred across: the boxes span x -230 … 230
      expect(v.pan.x).toBeCloseTo(w / 2, 6);
    }
    // the width decides on a tall phone: 460 px in 390 - 2·12
    expect(startView(nodes, new Set(), 390, 622).zoom).toBeCloseTo((390 - 2 * NARROW_PAD) / 460, 6);
    // the count beside a folded branch is in the width it holds
    const withCount = startView([...nodes, { id: 'fold:l0', x: -250, y: 60, w: 28, h: 18 }], new Set(), 390, 622);
    expect(withCount.zoom).toBeLessThan(startView(nodes, new Set(), 390, 622).zoom);
    // a desktop window fits them (readable there)
    expect(startView(nodes, new Set(), 1200, 800)).toEqual(fitView(nodes, new Set(), 1200, 800, FIT_PAD, START_INSETS));
  });

  it('starts them at the top of the free map, just below the overview button, on a tall phone too (the space left is under them)', () => {
    const nodes = stacked();
    // 393 × 851 and 412 × 915 phones: maps of about 393 × 620 and 412 × 690 below the header and the toolbar
    for (const [w, h] of [[393, 620], [412, 693], [390, 622], [360, 340]] as const) {
      const v = startView(nodes, new Set(), w, h);
      const top = Math.min(...nodes.map((n) => rect(v, n).y1));
      expect(top, `${w}×${h}`).toBeCloseTo(NARROW_TOP, 6);
    }
  });

  it('keeps the boxes out of the zoom buttons\' corner: higher up, or smaller while the labels still read', () => {
    // The right half as long as the left: its last box would sit in the corner when centred.
    const nodes = [...stacked(70), wide(node('r4', 150, 60 + 4 * 70, 'r', 1), 160, 60)];
    // 390 × 400: the width alone allows 366 / 460; the corner (y 296 down, x 286 across) allows (296 - 52) / 390 with the boxes as high as they go.
    const v = startView(nodes, new Set(), 390, 400);
    allClear(v, nodes, 390, 400);
    expect(v.zoom).toBeCloseTo((400 - NARROW_BOTTOM - NARROW_TOP) / 390, 4);
    expect(v.zoom).toBeGreaterThanOrEqual(NARROW_MIN_ZOOM);
  });

  it('when they cannot be read whole: the labels at 10 px, the root on top below the overview button, the rest a scroll away', () => {
    const nodes = stacked(200);
    const v = startView(nodes, new Set(), 390, 500);
    expect(v.zoom).toBe(NARROW_MIN_ZOOM);
    const r = rect(v, nodes[0]!);
    expect(r.y1).toBeCloseTo(NARROW_TOP, 6);
    expect((r.x1 + r.x2) / 2).toBeCloseTo(195, 6);
    // too wide as well: centred on the root
    const far = [...nodes, wide(node('x', 2000, 100, 'r', 1), 100)];
    const f = startView(far, new Set(), 390, 500);
    expect(f.zoom).toBe(NARROW_MIN_ZOOM);
    expect(f.pan.x).toBeCloseTo(195, 6);
    // never closer than the root's zoom on a desktop
    expect(startView([wide({ ...node('r', 0, 0), d: 0 }, 100), node('a', 0, 80, 'r', 1), node('x', 4000, 3000, 'a')], new Set(), 390, 700).zoom).toBe(ROOT_ZOOM);
  });

  it('measures the root, its visible branches on both sides and the counts beside them, nothing deeper', () => {
    const root = wide({ ...node('r', 0, 0), d: 0 }, 300);
    const nodes = [root, node('r1', 300, -100, 'r', 1), { ...node('l1', -300, 400, 'r', 1), s: 'l' as const }, node('gone', 300, 900, 'r', 1), node('x', 4000, 3000, 'r1')];
    const g = startGeometry([...nodes, { id: 'fold:r1', x: 372, y: -100, w: 24, h: 18 }], new Set(['gone']));
    expect(g.root).toEqual({ x: 0, y: 0, w: 300, h: 40 });
    expect(g.first).toEqual([[-150, -20, 150, 20], [250, -120, 350, -80], [360, -109, 384, -91], [-350, 380, -250, 420]]);
    expect(g.box).toEqual({ x1: -350, y1: -120, x2: 4050, y2: 3020 });
    // plain numbers only (the build hands it to the static picture as JSON)
    expect(JSON.parse(JSON.stringify(startGeometry([root], new Set())))).toEqual({ box: { x1: -150, y1: -20, x2: 150, y2: 20 }, root: { x: 0, y: 0, w: 300, h: 40 }, first: [[-150, -20, 150, 20]] });
  });
});

describe('a phone held sideways (a short map)', () => {
  it('is a phone\'s map: stacked when narrow, packed two-sided when short, else a laptop\'s', () => {
    expect(phoneLayoutOf(393, 505)).toBe('stack');
    expect(phoneLayoutOf(844, 237)).toBe('compact');
    // 844 × 390, 915 × 412 and 932 × 430 held sideways: the header and the toolbar one row each
    expect(phoneLayoutOf(844, 286)).toBe('compact');
    expect(phoneLayoutOf(932, 326)).toBe('compact');
    expect(phoneLayoutOf(1280, 700)).toBeUndefined();
    expect(phoneLayoutOf(1280, SHORT)).toBeUndefined();
  });
  it('starts on the root and its branches on both sides, fitted clear of the zoom buttons on the right, when their labels read; else as a laptop does', () => {
    const root = { ...node('r', 0, 0), d: 0, w: 300 };
    const sides = [...[-100, 0, 100].map((y, i) => ({ ...node(`l${i}`, -300, y, 'r', 1), s: 'l' as const, w: 160, h: 60 })), ...[-100, 0, 100].map((y, i) => ({ ...node(`r${i}`, 300, y, 'r', 1), w: 160, h: 60 }))];
    const deep = node('x', 4000, 3000, 'r0');
    const nodes = [root, ...sides, deep];
    const v = startView(nodes, new Set(), 844, 237);
    // the boxes span x -380 … 380, y -130 … 130: the height decides
    expect(v.zoom).toBeCloseTo((237 - 2 * NARROW_PAD) / 260, 6);
    expect(v.zoom).toBeGreaterThanOrEqual(NARROW_MIN_ZOOM);
    for (const b of [root, ...sides]) {
      const x2 = v.pan.x + (b.x + b.w / 2) * v.zoom;
      const y1 = v.pan.y + (b.y - b.h / 2) * v.zoom;
      const y2 = v.pan.y + (b.y + b.h / 2) * v.zoom;
      expect(x2).toBeLessThanOrEqual(844 - START_INSETS.right - NARROW_PAD + 1e-6);
      expect(y1).toBeGreaterThanOrEqual(NARROW_PAD - 1e-6);
      expect(y2).toBeLessThanOrEqual(237 - NARROW_PAD + 1e-6);
    }
    // too short to read them: the root in the middle at a readable zoom, as on a laptop
    const low = startView(nodes, new Set(), 844, 100);
    expect(low).toEqual({ zoom: ROOT_ZOOM, pan: { x: 422, y: 50 } });
  });
});

describe('unfoldView (a node unfolded on a phone)', () => {
  const box = (v: { zoom: number; pan: { x: number; y: number } }, n: { x: number; y: number; w: number; h: number }) => ({ x1: v.pan.x + (n.x - n.w / 2) * v.zoom, y1: v.pan.y + (n.y - n.h / 2) * v.zoom, x2: v.pan.x + (n.x + n.w / 2) * v.zoom, y2: v.pan.y + (n.y + n.h / 2) * v.zoom });
  const ins = { top: NARROW_TOP, bottom: NARROW_BOTTOM };
  it('fits the node and its children, readable, clear of the overview and zoom buttons, never closer than the desktop\'s reading zoom', () => {
    const n = { ...node('b', 150, 100, 'r', 1), w: 160 };
    const kids = Array.from({ length: 4 }, (_, i) => node(`k${i}`, 320, 40 + i * 40, 'b'));
    const v = unfoldView([n, ...kids], 390, 622, ins, 10 / 14)!;
    expect(v.zoom).toBeGreaterThanOrEqual(10 / 14);
    expect(v.zoom).toBeLessThanOrEqual(READABLE_ZOOM);
    for (const b of [n, ...kids]) {
      const r = box(v, b);
      expect(r.x1).toBeGreaterThanOrEqual(NARROW_PAD - 1e-6);
      expect(r.x2).toBeLessThanOrEqual(390 - NARROW_PAD + 1e-6);
      expect(r.y1).toBeGreaterThanOrEqual(NARROW_TOP - 1e-6);
      expect(r.y2).toBeLessThanOrEqual(622 - NARROW_BOTTOM + 1e-6);
    }
  });
  it('a group too big to read whole: at the children\'s readable zoom, the node on screen at the edge they grow away from, the group\'s top below the overview button', () => {
    const n = { ...node('b', 150, 0, 'r', 1), w: 160 };
    const kids = Array.from({ length: 40 }, (_, i) => node(`k${i}`, 620, (i - 20) * 40, 'b'));
    const v = unfoldView([n, ...kids], 390, 622, ins, 10 / 14)!;
    expect(v.zoom).toBeCloseTo(10 / 14, 9);
    const r = box(v, n);
    expect(r.x1).toBeCloseTo(NARROW_PAD, 6);
    expect(r.y1).toBeGreaterThanOrEqual(NARROW_TOP);
    // the node as low as it goes (the group's first children above it)
    expect(r.y2).toBeCloseTo(622 - NARROW_BOTTOM - NARROW_PAD, 6);
    // on the left half: the node at the right edge
    const l = { ...n, x: -150, s: 'l' as const };
    const lk = kids.map((k) => ({ ...k, x: -620 }));
    const lv = unfoldView([l, ...lk], 390, 622, ins, 10 / 14)!;
    expect(box(lv, l).x2).toBeCloseTo(390 - NARROW_PAD, 6);
    // a short group below the node: its top just below the overview button, not the node in the middle
    const low = Array.from({ length: 30 }, (_, i) => node(`d${i}`, 420, i * 40, 'b'));
    const dv = unfoldView([n, ...low], 390, 622, ins, 10 / 14)!;
    expect(box(dv, n).y1).toBeLessThanOrEqual(NARROW_TOP + NARROW_PAD + 1e-6);
    expect(unfoldView([], 390, 622, ins, 1)).toBeUndefined();
  });
});

describe('startViewOf (the one start-view function, also run by the static picture\'s inline script)', () => {
  it('needs nothing but its arguments: its source text, evaluated alone, gives the same views', () => {
    const alone = new Function(`return (${startViewOf.toString()});`)() as typeof startViewOf;
    const root = { ...node('r', 0, 0), d: 0, w: 300 };
    const maps = [
      [root, node('a', 300, 100, 'r', 1)],
      [root, ...Array.from({ length: 9 }, (_, i) => node(`b${i}`, 280, (i - 4) * 80, 'r', 1))],
      [root, ...Array.from({ length: 9 }, (_, i) => ({ ...node(`s${i}`, i < 5 ? -150 : 150, 60 + (i % 5) * 70, 'r', 1), s: i < 5 ? ('l' as const) : ('r' as const) }))],
      [root, node('r1', 2000, 0, 'r', 1), node('x', 4000, 3000, 'r1')],
      [root, node('r1', 300, -2000, 'r', 1), node('r2', 300, 900, 'r', 1), node('x', 4000, 3000, 'r1')],
      [],
    ];
    for (const nodes of maps) {
      const g = JSON.parse(JSON.stringify(startGeometry(nodes, new Set())));
      for (const [w, h] of [[390, 622], [390, 700], [1280, 800], [320, 480], [844, 237]] as const) {
        expect(alone(g, w, h, START_RULES)).toEqual(startView(nodes, new Set(), w, h));
      }
    }
  });
});

describe('highlightView (a note\'s concepts, /?note=)', () => {
  const insets = { ...START_INSETS, top: 60 };
  it('fits them all when that is readable, never closer than a deep link', () => {
    const near = [node('a', 0, 0), node('b', 1000, 100), node('c', 500, 500)];
    expect(highlightView(near, 1280, 900, FIT_PAD, insets)).toEqual(fitView(near, new Set(), 1280, 900, FIT_PAD, insets));
    const one = highlightView([node('a', 500, 200)], 1280, 900, FIT_PAD, insets)!;
    expect(one.zoom).toBe(FOCUS_ZOOM);
    // the node in the middle of what the banner, caption and buttons leave free
    expect(one.pan.x + 500 * one.zoom).toBeCloseTo((1280 - 48) / 2);
    expect(one.pan.y + 200 * one.zoom).toBeCloseTo(60 + (900 - 60 - 24) / 2);
  });
  it('spread over the map: the screenful that holds the most of them, at a readable zoom', () => {
    const cluster = [node('a', 5000, 3000), node('b', 5200, 3100), node('c', 5100, 3300), node('d', 4900, 3200)];
    const strays = [node('x', 0, 0), node('y', 12000, 9000)];
    const v = highlightView([strays[0]!, ...cluster, strays[1]!], 1280, 900, FIT_PAD, insets)!;
    expect(v.zoom).toBeGreaterThanOrEqual(READABLE_ZOOM);
    const onScreen = (n: MapNode) => {
      const sx = n.x * v.zoom + v.pan.x;
      const sy = n.y * v.zoom + v.pan.y;
      return sx >= 0 && sx <= 1280 - 48 && sy >= 60 && sy <= 900 - 24;
    };
    // whole boxes, none under the banner
    const boxInside = (n: MapNode) =>
      (n.x - n.w / 2) * v.zoom + v.pan.x >= 0 && (n.x + n.w / 2) * v.zoom + v.pan.x <= 1280 - 48 && (n.y - n.h / 2) * v.zoom + v.pan.y >= 60 && (n.y + n.h / 2) * v.zoom + v.pan.y <= 900 - 24;
    const grid = Array.from({ length: 40 }, (_, i) => node(`g${i}`, 20000 + (i % 8) * 160, 20000 + Math.floor(i / 8) * 60));
    const g = highlightView([strays[0]!, ...grid], 390, 700, FIT_PAD, { ...START_INSETS, top: 200 })!;
    expect(g.zoom).toBeGreaterThanOrEqual(READABLE_ZOOM);
    const shown = grid.filter((n) => (n.x - n.w / 2) * g.zoom + g.pan.x >= 0 && (n.x + n.w / 2) * g.zoom + g.pan.x <= 390 - 48 && (n.y - n.h / 2) * g.zoom + g.pan.y >= 200 && (n.y + n.h / 2) * g.zoom + g.pan.y <= 700 - 24);
    expect(shown.length).toBeGreaterThan(0);
    expect(cluster.every(boxInside)).toBe(true);
    expect(cluster.every(onScreen)).toBe(true);
    expect(strays.some(onScreen)).toBe(false);
  });
  it('nothing to show: no view', () => {
    expect(highlightView([], 1280, 900)).toBeUndefined();
  });
});

describe('levelView (after a level is picked, or a reset)', () => {
  const column = (n: number, x: number, p: string) => Array.from({ length: n }, (_, i) => node(`${p}${i}`, x, (i - n / 2) * 50, p, 2));
  it('fits a map that is readable when fitted', () => {
    const nodes = [node('r', 0, 0), node('a', 300, 100, 'r')];
    expect(levelView(nodes, new Set(), 1200, 800)).toEqual(fitView(nodes, new Set(), 1200, 800, FIT_PAD));
  });
  it('fits the width of a tall column at a readable zoom, the root\'s row in the middle, instead of shrinking it', () => {
    // 200 children 50 px apart: 10 000 px tall, 1 000 px wide.
    const nodes = [node('r', 0, 0), node('a', 400, 0, 'r', 1), ...column(200, 850, 'a')];
    const v = levelView(nodes, new Set(), 1440, 800, { right: 48, bottom: 24 })!;
    expect(fitView(nodes, new Set(), 1440, 800, FIT_PAD, { right: 48, bottom: 24 })!.zoom).toBeLessThan(0.1);
    expect(v.zoom).toBe(1); // the width (1 000 px) fits at the map's own size: never closer
    // the root's row in the middle of the free height, the width centred in the free width
    expect(v.pan.y).toBeCloseTo((800 - 24) / 2, 6);
    expect(v.pan.x + 425 * v.zoom).toBeCloseTo((1440 - 48) / 2, 6); // boxes span x -50 … 900
    // a wider map: the width fitted, still readable
    const wide = [node('r', 0, 0), node('a', 700, 0, 'r', 1), ...column(200, 1250, 'a'), { ...node('l', -100, 0, 'r', 1), s: 'l' as const }];
    const w = levelView(wide, new Set(), 1440, 800)!;
    expect(w.zoom).toBeCloseTo((1440 - 2 * FIT_PAD) / 1450, 6); // boxes span x -150 … 1300
    expect(w.zoom).toBeGreaterThanOrEqual(READABLE_ZOOM);
  });
  it('centres the root at a readable zoom when even the width does not fit', () => {
    const nodes = [node('r', 0, 0), node('a', 3000, 0, 'r', 1), ...column(200, 6000, 'a')];
    const v = levelView(nodes, new Set(), 1200, 800)!;
    expect(v.zoom).toBe(READABLE_ZOOM);
    expect(v).toEqual(centredOn(nodes[0]!, READABLE_ZOOM, 1200, 800));
  });
  it('on a phone starts as the opening does', () => {
    const nodes = [{ ...node('r', 0, 0), w: 300 }, node('a', 300, 0, 'r', 1), ...column(200, 850, 'a')];
    expect(levelView(nodes, new Set(), 390, 700)).toEqual(startView(nodes, new Set(), 390, 700));
  });
});

describe('keepClearPan (a phone: after a tap or an unfold)', () => {
  // A 360 × 383 map: the overview button at the top left, the zoom buttons in the bottom right corner,
  // the docked card (compact) along the bottom, left of them, from y = 275.
  const overview = { x1: 8, y1: 8, x2: 88, y2: 44 };
  const zoom = { x1: 256, y1: 279, x2: 352, y2: 375 };
  const free = { x1: 0, y1: 0, x2: 360, y2: 267 };
  const controls = [overview, zoom];

  it('moves a node under the card up above it, and nothing when the root stays clear', () => {
    const node = { x1: 30, y1: 280, x2: 140, y2: 310 };
    const root = { x1: 80, y1: 120, x2: 280, y2: 150 };
    expect(keepClearPan(node, root, free, controls)).toEqual({ x: 0, y: -43 });
    expect(keepClearPan({ x1: 30, y1: 200, x2: 140, y2: 230 }, root, free, controls)).toEqual({ x: 0, y: 0 });
  });

  it('does not leave the root under the overview button: the smallest further move clears it, the node staying above the card', () => {
    const node = { x1: 30, y1: 280, x2: 140, y2: 310 };
    // Moved up 43 px with the node, the root (now y 27..57, x 60..260) would sit under the overview button (y 8..44).
    const root = { x1: 60, y1: 70, x2: 260, y2: 100 };
    const move = keepClearPan(node, root, free, controls);
    const r = { x1: root.x1 + move.x, y1: root.y1 + move.y, x2: root.x2 + move.x, y2: root.y2 + move.y };
    const n = { x1: node.x1 + move.x, y1: node.y1 + move.y, x2: node.x2 + move.x, y2: node.y2 + move.y };
    const meets = (a: typeof r, b: typeof r) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
    expect(meets(r, overview)).toBe(false);
    expect(meets(r, zoom)).toBe(false);
    expect(n.y2).toBeLessThanOrEqual(free.y2);
    expect(n.x1).toBeGreaterThanOrEqual(0);
    expect(n.x2).toBeLessThanOrEqual(360);
    // the smallest such move: beside the button (28 + 8 px to the right), not 57 px up
    expect(move).toEqual({ x: 36, y: -43 });
  });

  it('lets the node win when no move clears the root and keeps the node in view', () => {
    // a root as wide as the map and just under the button: neither beside nor above nor below keeps the node in the free area
    const node = { x1: 0, y1: 60, x2: 360, y2: 260 };
    const root = { x1: 0, y1: 30, x2: 360, y2: 50 };
    expect(keepClearPan(node, root, free, controls)).toEqual({ x: 0, y: 0 });
  });

  it('leaves a root already under a control alone when clearing it would push the node under the card', () => {
    const node = { x1: 100, y1: 230, x2: 200, y2: 262 };
    const root = { x1: 40, y1: 20, x2: 240, y2: 50 };
    const move = keepClearPan(node, root, free, controls);
    expect(node.y2 + move.y).toBeLessThanOrEqual(free.y2);
  });
});

describe('boxesInside (how much of an unfolded branch a view shows in the free part)', () => {
  const group = [
    { x: 0, y: 0, w: 100, h: 20 },
    { x: 0, y: 50, w: 100, h: 20 },
    { x: 300, y: 0, w: 100, h: 20 },
  ];
  it('counts the boxes wholly inside the rectangle at the view, to a pixel', () => {
    const view = { zoom: 1, pan: { x: 60, y: 20 } };
    // boxes at canvas x 10…110 (twice) and 310…410; y 10…30 and 60…80
    expect(boxesInside(group, view, { x1: 0, y1: 0, x2: 200, y2: 100 })).toBe(2);
    expect(boxesInside(group, view, { x1: 0, y1: 0, x2: 420, y2: 100 })).toBe(3);
    expect(boxesInside(group, view, { x1: 0, y1: 0, x2: 200, y2: 50 })).toBe(1);
    // a box one pixel over the edge still counts; two pixels over does not
    expect(boxesInside(group, view, { x1: 11, y1: 0, x2: 109, y2: 100 })).toBe(2);
    expect(boxesInside(group, view, { x1: 12, y1: 0, x2: 200, y2: 100 })).toBe(0);
  });
  it('scales with the zoom', () => {
    // the first box at canvas x 20…220, y 20…60; the second below y 100
    expect(boxesInside(group, { zoom: 2, pan: { x: 120, y: 40 } }, { x1: 0, y1: 0, x2: 230, y2: 100 })).toBe(1);
    expect(boxesInside(group, { zoom: 2, pan: { x: 120, y: 40 } }, { x1: 0, y1: 0, x2: 200, y2: 100 })).toBe(0);
  });
});
