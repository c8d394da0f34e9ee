/**
 * The map's viewports, computed from `map.json` alone (boxes and positions from the build), so
 * the first view is known before Cytoscape holds any element: which nodes it shows decides
 * what goes into Cytoscape's first frame (see `firstViewNodes`).
 */
import type { MapData, MapNode } from '../../views/map-data.ts';

export interface Viewport {
  zoom: number;
  pan: { x: number; y: number };
}

export const MIN_ZOOM = 0.03;
export const MAX_ZOOM = 3;
/**
 * The zoom at which the smallest map label (13 px, depth ≥ 3: MAP_TYPE) is drawn 11 px high.
 * A fitted map smaller than this is unreadable (labels of 4–6 px): the map then opens on the
 * root at this zoom instead, with its nearest branches around it, as roadmap.sh opens at a
 * reading size; the overview is one key (0) or the fit button away.
 */
export const READABLE_ZOOM = 11 / 13;
/** The zoom of that start on the root. */
export const ROOT_ZOOM = READABLE_ZOOM;
/** The zoom a deep link (`?focus=`) starts at, centred on its node. */
export const FOCUS_ZOOM = 1.1;
/** Padding (px) around a fitted map. */
export const FIT_PAD = 24;

/** Room (px) a fitted map leaves on each side for what sits over the map (caption, zoom buttons). */
export interface Insets {
  top?: number;
  right?: number;
  bottom?: number;
  left?: number;
}

/**
 * What a fit at the start leaves free before the controls can be measured (the static picture's
 * inline script uses the same numbers): the caption along the bottom, the zoom buttons on the right.
 */
export const START_INSETS: Required<Insets> = { top: 0, right: 48, bottom: 24, left: 0 };

type Box = Pick<MapNode, 'id' | 'x' | 'y' | 'w' | 'h'>;

/**
 * Zoom and pan that fit the boxes not in `hidden` into a w × h viewport with `pad` px around,
 * and `insets` px more on each side (kept free for the caption and the zoom buttons).
 */
export function fitView(nodes: readonly Box[], hidden: ReadonlySet<string>, w: number, h: number, pad = FIT_PAD, insets: Insets = {}): Viewport | undefined {
  const { x1, y1, x2, y2 } = bounds(nodes, hidden);
  const top = insets.top ?? 0;
  const right = insets.right ?? 0;
  const bottom = insets.bottom ?? 0;
  const left = insets.left ?? 0;
  const aw = w - left - right;
  const ah = h - top - bottom;
  if (!Number.isFinite(x1) || aw <= 2 * pad || ah <= 2 * pad) return undefined;
  const fit = Math.min((aw - 2 * pad) / Math.max(1, x2 - x1), (ah - 2 * pad) / Math.max(1, y2 - y1));
  const zoom = Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, fit));
  return { zoom, pan: { x: left + aw / 2 - ((x1 + x2) / 2) * zoom, y: top + ah / 2 - ((y1 + y2) / 2) * zoom } };
}

/** The box around the boxes not in `hidden` (infinite bounds when there is none). */
function bounds(nodes: readonly Box[], hidden: ReadonlySet<string> = new Set()): { x1: number; y1: number; x2: number; y2: number } {
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  for (const n of nodes) {
    if (hidden.has(n.id)) continue;
    x1 = Math.min(x1, n.x - n.w / 2);
    x2 = Math.max(x2, n.x + n.w / 2);
    y1 = Math.min(y1, n.y - n.h / 2);
    y2 = Math.max(y2, n.y + n.h / 2);
  }
  return { x1, y1, x2, y2 };
}

/** The viewport that puts node `n` in the middle at `zoom`. */
export function centredOn(n: Pick<MapNode, 'x' | 'y'>, zoom: number, w: number, h: number): Viewport {
  return centredIn(n, Math.min(MAX_ZOOM, zoom), w, h, {});
}

/**
 * The view of a set of highlighted nodes (a note's concepts, `/?note=`): all of them fitted when
 * that is readable. A free-form note usually names concepts all over the map, and fitting them all
 * then draws labels a few pixels high; instead the view holds, at a readable zoom, the most
 * highlighted nodes one screen can (the window centred on each highlighted node is tried), so the
 * reader lands on the note's densest part at reading size, the rest a zoom-out away, as
 * `startView` does for the whole map. Never closer than a deep link's zoom.
 */
export function highlightView(nodes: readonly Box[], w: number, h: number, pad = FIT_PAD, insets: Insets = {}): Viewport | undefined {
  const none = new Set<string>();
  const all = fitView(nodes, none, w, h, pad, insets);
  if (!all) return undefined;
  if (all.zoom >= READABLE_ZOOM) return all.zoom <= FOCUS_ZOOM ? all : centredIn(boxCentre(nodes), FOCUS_ZOOM, w, h, insets);
  // The window's centres: what the free area holds at a readable zoom, less the largest box, so
  // the boxes around the centres fit too (none under the banner).
  const maxW = Math.max(...nodes.map((n) => n.w));
  const maxH = Math.max(...nodes.map((n) => n.h));
  const ww = Math.max(0, (w - (insets.left ?? 0) - (insets.right ?? 0) - 2 * pad) / READABLE_ZOOM - maxW);
  const wh = Math.max(0, (h - (insets.top ?? 0) - (insets.bottom ?? 0) - 2 * pad) / READABLE_ZOOM - maxH);
  let best: Box[] = [];
  for (const c of nodes) {
    const inside = nodes.filter((n) => Math.abs(n.x - c.x) <= ww / 2 && Math.abs(n.y - c.y) <= wh / 2);
    if (inside.length > best.length) best = inside;
  }
  const part = fitView(best, none, w, h, pad, insets);
  const zoom = part ? Math.min(FOCUS_ZOOM, Math.max(READABLE_ZOOM, part.zoom)) : READABLE_ZOOM;
  return centredIn(boxCentre(best), zoom, w, h, insets);
}

function boxCentre(nodes: readonly Box[]): { x: number; y: number } {
  const { x1, y1, x2, y2 } = bounds(nodes);
  return { x: (x1 + x2) / 2, y: (y1 + y2) / 2 };
}

/** The viewport that puts the point `c` in the middle of what `insets` leave free, at `zoom`. */
function centredIn(c: { x: number; y: number }, zoom: number, w: number, h: number, insets: Insets): Viewport {
  const left = insets.left ?? 0;
  const top = insets.top ?? 0;
  const aw = w - left - (insets.right ?? 0);
  const ah = h - top - (insets.bottom ?? 0);
  return { zoom, pan: { x: left + aw / 2 - c.x * zoom, y: top + ah / 2 - c.y * zoom } };
}

/**
 * The map's first view without a deep link: the whole visible map fitted (clear of the caption
 * and the zoom buttons), or, when that is too small to read, the root (the first node: map.json
 * is in pre-order) at a readable zoom — on a phone the root and its branches, laid out stacked
 * under it, clear of the controls (`startViewOf`, which the static picture's inline script runs too).
 */
export function startView(nodes: readonly StartBox[], hidden: ReadonlySet<string>, w: number, h: number): Viewport {
  return startViewOf(startGeometry(nodes, hidden), w, h, START_RULES);
}

/**
 * The view after the reader picks a level (展开层级) or resets the map: the visible map fitted
 * when that is readable; else, rather than a tall column of unreadable labels, the width fitted
 * at a readable zoom at least (READABLE_ZOOM, at most 1: the map's own size) with the root's row
 * in the middle, the rest a scroll away (centred on the root when even the width does not fit).
 * On a phone the same start as the opening (`startViewOf`). The root is the first node.
 */
export function levelView(nodes: readonly StartBox[], hidden: ReadonlySet<string>, w: number, h: number, insets: Insets = {}): Viewport | undefined {
  const fit = fitView(nodes, hidden, w, h, FIT_PAD, insets);
  const root = nodes[0];
  if (!fit || fit.zoom >= READABLE_ZOOM || !root) return fit;
  if (phoneLayoutOf(w, h)) return startViewOf(startGeometry(nodes, hidden), w, h, START_RULES);
  const { x1, x2 } = bounds(nodes, hidden);
  const aw = w - (insets.left ?? 0) - (insets.right ?? 0);
  const across = (aw - 2 * FIT_PAD) / Math.max(1, x2 - x1);
  const zoom = Math.max(READABLE_ZOOM, Math.min(1, across));
  return centredIn({ x: across >= zoom ? (x1 + x2) / 2 : root.x, y: root.y }, zoom, w, h, insets);
}

/** Room (px) a phone's start view leaves above the root and its branches: the overview button (SkillMap.astro: 0.5rem from the top, 2.25rem high) and a gap. */
export const NARROW_TOP = 52;
/**
 * The corner (px) the zoom buttons take at the bottom right of a phone's map (SkillMap.astro on a
 * phone: 0.75rem from the edges, two rows and two columns of 2.5rem, 0.3rem apart) and a gap:
 * a phone's start view keeps the boxes out of it.
 */
export const NARROW_BOTTOM = 104;
export const NARROW_RIGHT = 104;
/** Margin (px) a phone's start view leaves around the root and its branches (a phone has no room to spare for FIT_PAD). */
export const NARROW_PAD = 12;

/**
 * The smallest zoom a phone's start takes to hold the root and its branches: their labels (18 px,
 * depth 1: MAP_TYPE) drawn 10 px high. The bundled map folded to its branches and laid out stacked
 * (map-layout.ts `STACK`: ~590 × 450 model px with the counts) holds at 10 px or more in every
 * phone's map from 360 × 640 up (about 360 × 340 px below the header and the toolbar).
 */
export const NARROW_MIN_ZOOM = 10 / 18;

/** Below this map width the map is a phone's: laid out stacked, started on the root and its branches (and the card docks). */
export const NARROW = 600;
/**
 * Below this map height (and at NARROW or wider) the map is a phone's held sideways: laid out
 * two-sided but packed (map-layout.ts `compact`), started on the root and its branches. The
 * header and the map toolbar take one row each there (SkillMap.astro), so 844 × 390 leaves a map
 * of ~286 px, 915 × 412 ~308, 932 × 430 ~326; a laptop's window is this short below ~445 px.
 */
export const SHORT = 340;

/** How a phone lays the map out, from the map's size: stacked (narrow), packed two-sided (short, held sideways), or not a phone's. */
export function phoneLayoutOf(w: number, h: number): 'stack' | 'compact' | undefined {
  return w < NARROW ? 'stack' : h < SHORT ? 'compact' : undefined;
}

type StartBox = Box & Partial<Pick<MapNode, 'p' | 's'>>;

/**
 * What the first view is computed from (model units), from the visible boxes alone: plain numbers
 * (no Infinity: `null` for "none"), so the build can hand it to the static picture's inline script
 * as JSON. `fold:<id>` boxes (the counts beside folded nodes) count where their node does.
 */
export interface StartGeometry {
  /** The box around the visible boxes; null when none shows. */
  box: { x1: number; y1: number; x2: number; y2: number } | null;
  /** The root's box (the first node): centre and size; null on an empty map. */
  root: { x: number; y: number; w: number; h: number } | null;
  /** The boxes of the root, its visible branches and their counts, each [x1, y1, x2, y2]: what a phone's start view holds whole when it can. */
  first: [number, number, number, number][];
}

export function startGeometry(nodes: readonly StartBox[], hidden: ReadonlySet<string>): StartGeometry {
  const b = bounds(nodes, hidden);
  const root = nodes[0];
  const box = Number.isFinite(b.x1) ? b : null;
  if (!root) return { box, root: null, first: [] };
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const edges = (n: Box): [number, number, number, number] => [n.x - n.w / 2, n.y - n.h / 2, n.x + n.w / 2, n.y + n.h / 2];
  const first = [edges(root)];
  for (const n of nodes) {
    if (n.p !== root.id || hidden.has(n.id)) continue;
    first.push(edges(n));
    const badge = byId.get(`fold:${n.id}`);
    if (badge) first.push(edges(badge));
  }
  return { box, root: { x: root.x, y: root.y, w: root.w, h: root.h }, first };
}

/** The numbers `startViewOf` works with (passed in, so the function needs nothing from this module). */
export interface StartRules {
  pad: number;
  insets: Required<Insets>;
  min: number;
  max: number;
  readable: number;
  rootZoom: number;
  narrow: number;
  narrowPad: number;
  narrowTop: number;
  narrowBottom: number;
  narrowRight: number;
  narrowMin: number;
  short: number;
}

export const START_RULES: StartRules = {
  pad: FIT_PAD,
  insets: START_INSETS,
  min: MIN_ZOOM,
  max: MAX_ZOOM,
  readable: READABLE_ZOOM,
  rootZoom: ROOT_ZOOM,
  narrow: NARROW,
  narrowPad: NARROW_PAD,
  narrowTop: NARROW_TOP,
  narrowBottom: NARROW_BOTTOM,
  narrowRight: NARROW_RIGHT,
  narrowMin: NARROW_MIN_ZOOM,
  short: SHORT,
};

/**
 * The first view of a w × h map, from its start geometry: the whole map fitted (clear of the
 * caption and the zoom buttons, `k.insets`) when that is readable; else, on a desktop, the root
 * in the middle at a readable zoom; else, on a phone (w < `k.narrow`), the root and its branches
 * (`g.first`; a phone opens folded to them, laid out stacked: map-model.ts `phoneOpening`):
 * - at the largest zoom (at most the root's) that holds them between the margins (`k.narrowPad`)
 *   below the overview button (`k.narrowTop`) with none of their boxes in the zoom buttons'
 *   corner (`k.narrowRight` × `k.narrowBottom`), centred across, their top just below the
 *   overview button (on a tall phone the free space stays under them), when that zoom reads the
 *   branch labels (`k.narrowMin`);
 * - else at `k.narrowMin`, the root's top below the overview button, centred across on them when
 *   they fit the width, else on the root: the rest a scroll away.
 * Self-contained (it uses only its arguments and Math): the static picture's inline script
 * (MapStatic.astro) is given its source text, so the picture and the map start on the same view
 * by the same code.
 */
export function startViewOf(g: StartGeometry, w: number, h: number, k: StartRules): Viewport {
  const ins = k.insets;
  const aw = w - ins.left - ins.right;
  const ah = h - ins.top - ins.bottom;
  if (g.box && aw > 2 * k.pad && ah > 2 * k.pad) {
    const b = g.box;
    const fit = Math.min(k.max, Math.max(k.min, Math.min((aw - 2 * k.pad) / Math.max(1, b.x2 - b.x1), (ah - 2 * k.pad) / Math.max(1, b.y2 - b.y1))));
    if (fit >= k.readable) return { zoom: fit, pan: { x: ins.left + aw / 2 - ((b.x1 + b.x2) / 2) * fit, y: ins.top + ah / 2 - ((b.y1 + b.y2) / 2) * fit } };
  }
  const r = g.root;
  if (!r) return { zoom: 1, pan: { x: w / 2, y: h / 2 } };
  // The box around the root and its branches (model units); a closure, so that the source text stays self-contained.
  const around = (): [number, number, number, number] => {
    let ax1 = Infinity;
    let ay1 = Infinity;
    let ax2 = -Infinity;
    let ay2 = -Infinity;
    for (const f of g.first) {
      ax1 = Math.min(ax1, f[0]);
      ay1 = Math.min(ay1, f[1]);
      ax2 = Math.max(ax2, f[2]);
      ay2 = Math.max(ay2, f[3]);
    }
    return [ax1, ay1, ax2, ay2];
  };
  if (w >= k.narrow && h < k.short && g.first.length > 0) {
    // A phone held sideways: the root and its branches fitted clear of the zoom buttons (on the right), when their labels read.
    const [fx1, fy1, fx2, fy2] = around();
    const fw = w - ins.right - 2 * k.narrowPad;
    const fh = h - 2 * k.narrowPad;
    const z = Math.min(k.rootZoom, fw / Math.max(1, fx2 - fx1), fh / Math.max(1, fy2 - fy1));
    if (z >= k.narrowMin) return { zoom: z, pan: { x: k.narrowPad + fw / 2 - ((fx1 + fx2) / 2) * z, y: h / 2 - ((fy1 + fy2) / 2) * z } };
  }
  if (w >= k.narrow) {
    const z = Math.min(k.max, k.rootZoom);
    return { zoom: z, pan: { x: w / 2 - r.x * z, y: h / 2 - r.y * z } };
  }
  const pad = k.narrowPad;
  const [x1, y1, x2, y2] = around();
  const cx = (x1 + x2) / 2;
  const bottom = h - pad;
  const fit = Math.min(k.rootZoom, (w - 2 * pad) / Math.max(1, x2 - x1), (bottom - k.narrowTop) / Math.max(1, y2 - y1));
  // At zoom z the boxes start just below the overview button (not centred in the height: on a tall
  // phone the space left under them is where an unfolded branch shows), when none of them is then in
  // the zoom buttons' corner.
  const at = (z: number): Viewport | undefined => {
    const py = k.narrowTop - y1 * z;
    const clear = g.first.every((f) => w / 2 + (f[2] - cx) * z <= w - k.narrowRight || f[3] * z + py <= h - k.narrowBottom);
    return clear ? { zoom: z, pan: { x: w / 2 - cx * z, y: py } } : undefined;
  };
  if (fit >= k.narrowMin) {
    const best = at(fit);
    if (best) return best;
    // The largest zoom between the readable one and the fit that keeps the corner clear.
    let lo = k.narrowMin;
    let hi = fit;
    let found = at(lo);
    if (found) {
      for (let i = 0; i < 20; i++) {
        const mid = (lo + hi) / 2;
        const v = at(mid);
        if (v) {
          lo = mid;
          found = v;
        } else hi = mid;
      }
      return found;
    }
  }
  const z = k.narrowMin;
  const across = (x2 - x1) * z <= w - 2 * pad ? cx : r.x;
  return { zoom: z, pan: { x: w / 2 - across * z, y: k.narrowTop - (r.y - r.h / 2) * z } };
}

/**
 * The view after a node is unfolded on a phone (`group`: the node first, then its children that
 * now show and the counts beside them): the group fitted in the w × h map clear of the overview
 * button (`insets.top`) and the zoom buttons or the docked card (`insets.bottom`), at most
 * `maxZoom` (the desktop's reading zoom: the branches around stay in sight); when that would
 * draw the children's labels smaller than `minZoom` allows, at `minZoom` instead, the node on
 * screen (the group centred across when it fits the width, else the node at the edge its
 * children grow away from), the group centred in height when it fits, else its top just below
 * the overview button as far as the node stays above the bottom. Undefined for an empty group.
 */
export function unfoldView(group: readonly (Box & Partial<Pick<MapNode, 's'>>)[], w: number, h: number, insets: Insets, minZoom: number, maxZoom = READABLE_ZOOM): Viewport | undefined {
  const node = group[0];
  if (!node) return undefined;
  const pad = NARROW_PAD;
  const top = insets.top ?? 0;
  const bottom = h - (insets.bottom ?? 0);
  const fit = fitView(group, new Set(), w, h, pad, insets);
  if (fit && fit.zoom >= minZoom) {
    if (fit.zoom <= maxZoom) return fit;
    return centredIn(boxCentre(group), maxZoom, w, h, insets);
  }
  const z = minZoom;
  const { x1, y1, x2, y2 } = bounds(group);
  let px: number;
  if ((x2 - x1) * z <= w - 2 * pad) px = w / 2 - ((x1 + x2) / 2) * z;
  else if (node.s === 'l') px = w - pad - (node.x + node.w / 2) * z;
  else px = pad - (node.x - node.w / 2) * z;
  // Centred in the free height when the group fits it; else its top (the first children) just
  // below the overview button, as far as the node stays above the bottom.
  let py: number;
  if ((y2 - y1) * z <= bottom - top - 2 * pad) py = (top + bottom) / 2 - ((y1 + y2) / 2) * z;
  else py = Math.min(top + pad - y1 * z, bottom - pad - (node.y + node.h / 2) * z);
  return { zoom: z, pan: { x: px, y: py } };
}

/**
 * A view as kept in the history entry (`history.state.k8smapView`): the model point at the
 * centre and the zoom, so it comes back right in a window of another size.
 */
export interface SavedView {
  z: number;
  cx: number;
  cy: number;
  /** The node the keyboard / a tap / a search was on, and whether its card was pinned open. */
  cur?: string;
  pin?: boolean;
}

export function saveView(view: Viewport, w: number, h: number, cur?: string, pin?: boolean): SavedView {
  const r = (v: number): number => Math.round(v * 100) / 100;
  const out: SavedView = { z: Math.round(view.zoom * 10000) / 10000, cx: r((w / 2 - view.pan.x) / view.zoom), cy: r((h / 2 - view.pan.y) / view.zoom) };
  if (cur !== undefined) out.cur = cur;
  if (pin) out.pin = true;
  return out;
}

/** The viewport of a saved view in a w × h map, or undefined when `v` is not a saved view. */
export function restoreView(v: unknown, w: number, h: number): Viewport | undefined {
  if (!v || typeof v !== 'object') return undefined;
  const { z, cx, cy } = v as Partial<SavedView>;
  if (![z, cx, cy].every((n) => typeof n === 'number' && Number.isFinite(n)) || z! <= 0) return undefined;
  const zoom = Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, z!));
  return { zoom, pan: { x: w / 2 - cx! * zoom, y: h / 2 - cy! * zoom } };
}

/** Pixels one wheel line / page stands for (`WheelEvent.deltaMode` 1 and 2). */
const LINE_PX = 40;
const PAGE_PX = 800;
/** Wheel scrolling: the zoom doubles every this many pixels (one mouse notch is 100 px in Chromium: ×1.32). */
export const WHEEL_PX_PER_DOUBLING = 250;
/** Pinch on a touchpad arrives as ctrl + wheel, in units of ln(scale)·100 (Chromium, Safari, Firefox). */
export const PINCH_PX_PER_E = 100;

/**
 * The zoom factor of one wheel event, as map apps do it: exponential in the scrolled distance,
 * so ten mouse notches zoom 16× (Cytoscape's own wheel handling gives ~1.3×), a touchpad's small
 * deltas zoom smoothly in proportion, and a pinch (ctrl + wheel) follows the fingers.
 */
export function wheelZoomFactor(deltaY: number, deltaMode = 0, ctrlKey = false): number {
  const px = deltaY * (deltaMode === 1 ? LINE_PX : deltaMode === 2 ? PAGE_PX : 1);
  const f = ctrlKey ? Math.exp(-px / PINCH_PX_PER_E) : 2 ** (-px / WHEEL_PX_PER_DOUBLING);
  // One event never jumps more than 4× (a page-sized delta, a coalesced burst).
  return Math.min(4, Math.max(0.25, f));
}

/**
 * How far (px) to pan the map so the `target` box (rendered coordinates) is no longer under any of
 * the `covers` (a popup panel, a docked card), within a w × h map: the smallest move along one
 * axis that puts it clear, `gap` px away; {0, 0} when it is already clear or cannot be cleared.
 */
export function panClear(target: { x1: number; y1: number; x2: number; y2: number }, covers: readonly { x1: number; y1: number; x2: number; y2: number }[], w: number, h: number, gap = 12): { x: number; y: number } {
  const hit = (t: typeof target, c: typeof target): boolean => t.x1 < c.x2 && c.x1 < t.x2 && t.y1 < c.y2 && c.y1 < t.y2;
  const hits = covers.filter((c) => hit(target, c));
  if (hits.length === 0) return { x: 0, y: 0 };
  const moves: { x: number; y: number }[] = [];
  for (const c of hits) {
    moves.push({ x: c.x1 - gap - target.x2, y: 0 }, { x: c.x2 + gap - target.x1, y: 0 }, { x: 0, y: c.y1 - gap - target.y2 }, { x: 0, y: c.y2 + gap - target.y1 });
  }
  const ok = moves.filter((m) => {
    const t = { x1: target.x1 + m.x, x2: target.x2 + m.x, y1: target.y1 + m.y, y2: target.y2 + m.y };
    return t.x1 >= 0 && t.y1 >= 0 && t.x2 <= w && t.y2 <= h && !covers.some((c) => hit(t, c));
  });
  ok.sort((a, b) => Math.abs(a.x) + Math.abs(a.y) - (Math.abs(b.x) + Math.abs(b.y)));
  return ok[0] ?? { x: 0, y: 0 };
}

type Rect = { x1: number; y1: number; x2: number; y2: number };
const meets = (a: Rect, b: Rect): boolean => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
const moved = (r: Rect, m: { x: number; y: number }): Rect => ({ x1: r.x1 + m.x, y1: r.y1 + m.y, x2: r.x2 + m.x, y2: r.y2 + m.y });

/**
 * How many of a group's boxes (map units) lie wholly inside a rectangle of the canvas (px) at a view,
 * to a pixel: which of two views of an unfolded branch shows more of it in the part of the map left free.
 */
export function boxesInside(group: readonly Pick<MapNode, 'x' | 'y' | 'w' | 'h'>[], view: Viewport, r: Rect): number {
  return group.filter((g) => {
    const x1 = (g.x - g.w / 2) * view.zoom + view.pan.x;
    const y1 = (g.y - g.h / 2) * view.zoom + view.pan.y;
    return x1 >= r.x1 - 1 && y1 >= r.y1 - 1 && x1 + g.w * view.zoom <= r.x2 + 1 && y1 + g.h * view.zoom <= r.y2 + 1;
  }).length;
}

/**
 * The pan (px) that keeps a phone's map readable after a tap on a node or an unfold: `node` (the
 * rendered box of the node the reader is on, or of the group just unfolded) moves up above the
 * bottom of `free` (the map less the docked card) when it is below it; then, when the root's box
 * (`root`) is under one of the `controls` (the overview button, the zoom buttons), the smallest
 * further move along one axis clears it (beside, above or below the control, `gap` px away; off
 * the map's edge counts as clear), as long as `node` stays in `free` (or no less in it than
 * before) and off the controls (if it was). When no move does both, the node wins: the root stays.
 */
export function keepClearPan(node: Rect, root: Rect | undefined, free: Rect, controls: readonly Rect[], gap = 8): { x: number; y: number } {
  const first = { x: 0, y: node.y2 > free.y2 ? Math.max(free.y2 - node.y2, free.y1 - node.y1) : 0 };
  if (!root) return first;
  const r = moved(root, first);
  const hits = controls.filter((c) => meets(r, c));
  if (hits.length === 0) return first;
  const n = moved(node, first);
  const nodeClear = !controls.some((c) => meets(n, c));
  const steps: { x: number; y: number }[] = [];
  for (const c of hits) steps.push({ x: c.x1 - gap - r.x2, y: 0 }, { x: c.x2 + gap - r.x1, y: 0 }, { x: 0, y: c.y1 - gap - r.y2 }, { x: 0, y: c.y2 + gap - r.y1 });
  const ok = steps.filter((s) => {
    const rr = moved(r, s);
    const nn = moved(n, s);
    if (controls.some((c) => meets(rr, c))) return false;
    if (nodeClear && controls.some((c) => meets(nn, c))) return false;
    return nn.x1 >= Math.min(free.x1, n.x1) && nn.y1 >= Math.min(free.y1, n.y1) && nn.x2 <= Math.max(free.x2, n.x2) && nn.y2 <= Math.max(free.y2, n.y2);
  });
  ok.sort((a, b) => Math.abs(a.x) + Math.abs(a.y) - (Math.abs(b.x) + Math.abs(b.y)));
  const step = ok[0];
  return step ? { x: first.x + step.x, y: first.y + step.y } : first;
}

/**
 * Ids of the nodes Cytoscape needs for the first frame of `view` (a w × h viewport): the nodes
 * whose boxes meet the view grown by `margin` of its size on every side, their parents (so each
 * one's line to its parent is drawn), the root and its children (the branch lines and their
 * progress numbers). Everything else can be added after the first frame. Nodes in `hidden`
 * (folded away) count only as parents.
 */
export function firstViewNodes(data: Pick<MapData, 'root' | 'nodes'>, view: Viewport, w: number, h: number, margin = 0.5, hidden: ReadonlySet<string> = new Set()): Set<string> {
  const mw = w / view.zoom;
  const mh = h / view.zoom;
  const x1 = -view.pan.x / view.zoom - mw * margin;
  const y1 = -view.pan.y / view.zoom - mh * margin;
  const x2 = x1 + mw * (1 + 2 * margin);
  const y2 = y1 + mh * (1 + 2 * margin);
  const ids = new Set<string>();
  for (const n of data.nodes) {
    // A folded-away node sits on its visible ancestor (relayout.ts): in view, but not drawn.
    const inView = !hidden.has(n.id) && n.x + n.w / 2 >= x1 && n.x - n.w / 2 <= x2 && n.y + n.h / 2 >= y1 && n.y - n.h / 2 <= y2;
    if (inView || n.p === undefined || n.p === data.root) {
      ids.add(n.id);
      if (n.p !== undefined) ids.add(n.p);
    }
  }
  return ids;
}

/** Squared distance of a node from the centre of `view` (model units): the order the rest is added in. */
export function distanceFromView(n: Pick<MapNode, 'x' | 'y'>, view: Viewport, w: number, h: number): number {
  const cx = (w / 2 - view.pan.x) / view.zoom;
  const cy = (h / 2 - view.pan.y) / view.zoom;
  return (n.x - cx) ** 2 + (n.y - cy) ** 2;
}
