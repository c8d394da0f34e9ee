/**
 * The home page's skill map: Cytoscape (loaded on demand) draws `map.json` at the positions the
 * build computed (`preset`), placed again for what shows when nodes are folded (relayout.ts: the
 * build's own layout code; a big map opens folded, map-model.ts `openingFolds`). Adds zoom/pan/fit/reset, hover and keyboard
 * focus with highlight and tooltip, search that flies to a node, label language, filters,
 * collapsing, `?focus=<id>` deep links, theme restyling and learning progress:
 * - a node card (hovered node, keyboard node, or a node pinned by a tap / search / deep link):
 *   names, kind, summary (textContent only), the progress picker and an "open page" link; Tab
 *   from the map reaches it, Escape / × / a tap on the background closes it. Mouse: click opens
 *   the page. Touch: first tap shows the card, a second tap opens the page.
 * - keys 1–4 on the focused node set 未开始 / 学习中 / 已掌握 / 跳过 (announced in the live region);
 * - each branch's share learned ("7 / 12", from the store's `summarize`) next to its label, and
 *   the toolbar's overall line (`initMapProgressLine`).
 *
 * The sections live in their own modules: elements.ts (element definitions, S-curves, the staging
 * plan), visibility.ts (folding, branch filter), relayout.ts (the layout of what shows, the counts on folded nodes), card.ts (the node card and where it goes),
 * announce.ts (live-region text), keys.ts (keyboard commands), search-box.ts, panels.ts,
 * progress-layer.ts (progress classes, branch shares); this file wires them to the page.
 *
 * Public hooks (for other scripts and tests):
 * - `document` event `k8smap:progress` with `detail: { states: Record<id, 'learned'|'learning'|'skipped'> }`
 *   adds the classes `progress-learned|progress-learning|progress-skipped` to nodes; the map
 *   dispatches `k8smap:progress-request` once it is drawn (so states sent earlier are re-sent).
 * - `window.k8smapMap` once drawn: `{ cy, setNodeStates(states), focusNode(id) }`.
 * - Performance marks: `k8smap:map-drawn` when the first frame (the part in view) is on screen,
 *   `k8smap:map-complete` when every element is in. The map element gets `data-drawn="true"`
 *   at the former (the static picture hides) and `data-ready="true"` at the latter.
 */
import type { Core, ElementDefinition, NodeSingular } from 'cytoscape';
import { MAP_TYPE } from '../../views/map-labels.ts';
import type { MapData } from '../../views/map-data.ts';
import { currentUiLang } from '../preferences.ts';
import { fillPlaceholders } from '../../graph/model.ts';
import { buildModel, collapsedForLevel, hiddenNodes, levelValue, openingFolds, pathToRoot, phoneOpening, type MapModel } from './map-model.ts';
import { badgeBoxes, moveNodes, placeFor, syncBadges, syncCrossBows, writePlaces, type Placement } from './relayout.ts';
import { nextNode } from './nav.ts';
import { mapStylesheet, readPalette } from './style.ts';
import { loadCytoscape, type CytoscapeFactory } from './load-cytoscape.ts';
import { boxesInside, centredOn, distanceFromView, firstViewNodes, fitView, FIT_PAD, FOCUS_ZOOM, keepClearPan, levelView, MAX_ZOOM, MIN_ZOOM, NARROW, NARROW_BOTTOM, NARROW_TOP, panClear, phoneLayoutOf, restoreView, saveView, startView, unfoldView, wheelZoomFactor, type Insets, type Viewport } from './viewport.ts';
import { branchIndexes, crossEdgeDef, firstElements, nodeDef, planRest, sCurve, treeEdgeDef, type LabelLang } from './elements.ts';
import { cardTarget, dockedCardBox, fillCard, placeCard, setCardDetails, siblingBox, type CardFocus, type Rect } from './card.ts';
import { applyEdgeTypes, applyKindFilter, applyLabelLang, labelPrefKey, readLabelPref } from './filters.ts';
import { describeNode, describeStateChange } from './announce.ts';
import { mapKeyAction } from './keys.ts';
import { MapVisibility } from './visibility.ts';
import { applyBranchShares, applyProgressClasses, progressClass } from './progress-layer.ts';
import { initCardsDue } from './cards-due.ts';
import { applyUiStrings, wirePanels } from './panels.ts';
import { openSiteSearch, wireMapSearch } from './search-box.ts';
import { lastSaveFailed, loadProgressGraph, onProgress, setProgress, startProgress } from '../progress/client.ts';
import { summarize, type Counts, type ProgressState, type ProgressSummary } from '../progress/store.ts';
import { pt } from '../progress/strings.ts';
import { showNoteHighlight } from './note-highlight.ts';
import { foldsDiff, foldsFrom, readFolds, writeFolds } from './fold-memory.ts';

type Strings = Record<string, string>;
type SavedViewState = import('./viewport.ts').SavedView;
export type ProgressStates = Record<string, string>;

/** How long the card stays after the pointer leaves a node or the card (ms), so it can be reached. */
const HOVER_GRACE = 300;
/** Above this many nodes the map uses Cytoscape's cheaper rendering options. */
const BIG = 1500;
/** A docked card at least this wide (px: a phone held sideways) lays its compact form out in two rows (SkillMap.astro `.docked.wide`). */
const DOCKED_WIDE = 400;
/**
 * Held sideways the docked card is at most this wide (px), at the right next to the zoom buttons
 * (card.ts `dockedCardBox`): still wide (two rows), and a branch unfolded shows left of it at the
 * map's full height (an 11-child branch needs ~280 px at 10 px labels; above a full-width card
 * the map left ~130).
 */
const DOCKED_SIDEWAYS_MAX = 420;

declare global {
  interface Window {
    k8smapMap?: {
      cy: Core;
      setNodeStates: (states: ProgressStates) => void;
      focusNode: (id: string) => boolean;
    };
  }
}

function fmt(s: string | undefined, vars: Record<string, string | number> = {}): string {
  return fillPlaceholders(s ?? '', vars);
}

// Progress states may arrive before the map is drawn: keep the latest.
let pendingStates: ProgressStates = {};
let applyStates: ((s: ProgressStates) => void) | undefined;
document.addEventListener('k8smap:progress', (e) => {
  const states = (e as CustomEvent<{ states?: unknown }>).detail?.states;
  if (!states || typeof states !== 'object') return;
  pendingStates = { ...(states as ProgressStates) };
  applyStates?.(pendingStates);
});

/** Colours learned / learning / skipped nodes (same as sending a `k8smap:progress` event). */
export function setNodeStates(states: ProgressStates): void {
  pendingStates = { ...states };
  applyStates?.(pendingStates);
}

/**
 * The toolbar's overall line ("已掌握 7 / 140", a link to the progress page), counted by the
 * progress store's `summarize` like the progress summary; independent of Cytoscape loading.
 */
export function initMapProgressLine(root: HTMLElement): void {
  const line = root.querySelector<HTMLElement>('[data-map-progress]');
  if (!line) return;
  startProgress();
  loadProgressGraph()
    .then((graph) => {
      onProgress((progress) => {
        const { overall } = summarize(graph, progress);
        for (const c of line.querySelectorAll<HTMLElement>('[data-count]')) {
          const key = c.dataset.count as keyof Counts;
          if (key in overall) c.textContent = String(overall[key]);
        }
        const bar = line.querySelector<HTMLProgressElement>('progress');
        if (bar) {
          bar.max = Math.max(overall.total, 1);
          bar.value = overall.learned;
        }
        line.dataset.ready = '';
      });
    })
    .catch((err: unknown) => console.error('skill map progress:', err));
}

type MapLoad = Promise<[CytoscapeFactory, MapData]>;
const loads = new WeakMap<HTMLElement, MapLoad>();

/**
 * Starts fetching the Cytoscape chunk and `map.json` together (once per map element); call it
 * first thing so nothing else on the page delays the two requests. `initSkillMap` reuses it.
 */
export function startMapLoad(root: HTMLElement): MapLoad {
  let p = loads.get(root);
  if (!p) {
    p = Promise.all([
      loadCytoscape(),
      fetch(root.dataset.mapUrl!).then((r) => {
        if (!r.ok) throw new Error(`HTTP ${r.status}`);
        return r.json() as Promise<MapData>;
      }),
    ]);
    p.catch(() => {}); // reported by initSkillMap
    loads.set(root, p);
  }
  return p;
}

export async function initSkillMap(root: HTMLElement): Promise<void> {
  const load = startMapLoad(root);
  wirePanels(root);
  const canvas = root.querySelector<HTMLElement>('.map-canvas')!;
  // The map fills the window below the site header, whose height varies (on a phone the English
  // nav takes two lines): measured, so the zoom buttons and the docked card stay on screen.
  const measureTop = (): void => root.style.setProperty('--map-top', `${Math.max(0, Math.round(root.getBoundingClientRect().top + window.scrollY))}px`);
  measureTop();
  const stage = root.querySelector<HTMLElement>('.map-stage')!;
  const tooltip = root.querySelector<HTMLElement>('.map-tooltip')!;
  const live = root.querySelector<HTMLElement>('.map-live')!;
  const status = root.querySelector<HTMLElement>('.map-status')!;
  const allStrings = JSON.parse(root.querySelector('script.map-strings')?.textContent ?? '{}') as Record<string, Strings>;
  const str = (key: string, vars?: Record<string, string | number>): string =>
    fmt((allStrings[currentUiLang()] ?? allStrings['zh-CN'] ?? {})[key] ?? key, vars);
  const conceptBase = root.dataset.conceptBase ?? '/concepts/';
  applyUiStrings(root, str);
  document.addEventListener('k8smap:lang', () => applyUiStrings(root, str));
  const conceptUrl = (id: string): string => `${conceptBase}${encodeURIComponent(id)}/`;

  let data: MapData;
  let cytoscape: CytoscapeFactory;
  try {
    const [factory, json] = await load;
    cytoscape = factory;
    performance.mark('k8smap:map-loaded');
    data = json;
  } catch (err) {
    status.textContent = str('map.failed');
    status.hidden = false;
    root.dataset.ready = 'error';
    console.error('skill map:', err);
    return;
  }

  const model: MapModel = buildModel(data);
  const big = data.nodes.length > BIG;

  const labelKey = labelPrefKey(root.dataset.base ?? '/');
  let labelPref = readLabelPref(globalThis.localStorage, root.dataset.base ?? '/');
  let labelLang: LabelLang = labelPref ?? (currentUiLang() === 'en' ? 'en' : 'zh');

  // ----- elements -----
  // Staged: the first frame gets only what the first view shows (the nodes in and around the
  // viewport, their parents, the root and its branches, and the tree lines between them); the
  // rest (off-screen nodes and every cross edge, which starts hidden) is added right after it,
  // nearest first, in chunks (elements.ts). Cytoscape's cost up to its first frame (styling,
  // label measuring, texture caches) grows with the elements it holds, so a big map opens about
  // as fast as a small one. `data-ready` is set once everything is in.
  const branchIndex = branchIndexes(data);

  // The controls may come back with state restored on back navigation: the first view follows them.
  const levelSel = root.querySelector<HTMLSelectElement>('.map-level');
  const branchSel = root.querySelector<HTMLSelectElement>('.map-branch');
  // The level the build opens at (the reset goes back to it), and the reader's folds kept for the
  // session (fold-memory.ts): a reload or a return shows the map folded as the reader left it.
  const buildLevel = levelSel ? ([...levelSel.options].find((o) => o.defaultSelected) ?? levelSel.options[0])?.value ?? 'all' : 'all';
  const base = root.dataset.base ?? '/';
  const foldStore = ((): Storage | undefined => {
    try {
      return globalThis.sessionStorage;
    } catch {
      return undefined;
    }
  })();
  const keptFolds = readFolds(foldStore, base, (v) => (levelSel ? [...levelSel.options].some((o) => o.value === v) : v === 'all'));
  // A big map opens folded to a readable level, its big fans folded too (map-model.ts
  // `openingFolds`; the build selected that level in the control); the level the control shows
  // gives those folds again (the reset button), any other level folds at that depth.
  const opening = openingFolds(model);
  // A phone (a narrow map) opens at the level whose tree, laid out stacked (the root on top of its
  // two halves), it holds readably (map-model.ts `phoneOpening`: the root and its branches for the
  // bundled map); every new layout on a phone is stacked. A phone held sideways (a short map) opens
  // on the same folds, laid out two-sided and packed. The build draws the same openings as the
  // phone's static pictures.
  /** A phone lays the map out stacked (narrow: the root on top of its two halves, map-layout.ts `STACK`) or, held sideways, two-sided and packed (viewport.ts `phoneLayoutOf`). */
  const phoneLayout = (): 'stack' | 'compact' | undefined => phoneLayoutOf(canvas.clientWidth, canvas.clientHeight);
  const phone = phoneLayout() ? phoneOpening(model, opening) : undefined;
  const openingLevel = phone ? levelValue(phone.level) : buildLevel;
  if (keptFolds && levelSel) levelSel.value = keptFolds.level;
  else if (phone && levelSel && levelSel.value === buildLevel) levelSel.value = openingLevel;
  const initialLevel = levelSel?.value ?? 'all';
  const levelFolds = (value: string): Set<string> =>
    phone && value === openingLevel ? new Set(phone.collapsed) : value === levelValue(opening.level) ? new Set(opening.collapsed) : collapsedForLevel(model, value === 'all' ? Infinity : Number(value));
  /** How a new layout places the branches: kept on their sides (a fold by hand) or balanced. */
  const sidesRule = (keep: boolean): 'keep' | 'balance' => (keep ? 'keep' : 'balance');
  const focusParam = new URLSearchParams(location.search).get('focus');
  const focusTarget = focusParam && model.byId.has(focusParam) ? model.byId.get(focusParam)! : undefined;
  // Back, Forward and reload come back to the view the reader left (kept in the history entry).
  const savedState = (history.state as { k8smapView?: SavedViewState } | null)?.k8smapView;
  const savedView = restoreView(savedState, canvas.clientWidth, canvas.clientHeight);
  // The first folds, with the node a deep link or the history entry is on unfolded, and the
  // visible tree laid out for them (relayout.ts) before anything is drawn.
  const initialCollapsed = keptFolds ? foldsFrom(keptFolds, levelFolds(keptFolds.level), (id) => model.children.has(id)) : levelFolds(initialLevel);
  for (const id of [savedView ? savedState?.cur : focusTarget?.id]) {
    if (id && model.byId.has(id)) for (const a of pathToRoot(model, id).slice(0, -1)) initialCollapsed.delete(a);
  }
  const initialHidden = hiddenNodes(model, { collapsed: initialCollapsed, branch: branchSel?.value ?? '' });
  let placement: Placement | undefined;
  /** The boxes the views are computed from: the nodes at their places, with the fold counts of the current layout. */
  const boxesNow = () => (placement ? [...data.nodes, ...badgeBoxes(model, placement.counts, placement.badge)] : data.nodes);
  if (initialHidden.size > 0 || (phone && !keptFolds)) {
    placement = placeFor(model, initialCollapsed, initialHidden, sidesRule(false), phoneLayout());
    writePlaces(model, placement.places);
  }
  const firstView: Viewport = savedView
    ? savedView
    : focusTarget
    ? centredOn(focusTarget, FOCUS_ZOOM, canvas.clientWidth, canvas.clientHeight)
    : startView(boxesNow(), initialHidden, canvas.clientWidth, canvas.clientHeight);
  const firstIds = firstViewNodes(data, firstView, canvas.clientWidth, canvas.clientHeight, undefined, initialHidden);

  const styleFor = (): ReturnType<typeof mapStylesheet> =>
    mapStylesheet(readPalette(root), { labelField: 'lbl', minZoomedFontSize: big ? 6 : 4 });

  const cy: Core = cytoscape({
    container: canvas,
    elements: firstElements(data, firstIds, labelLang, branchIndex),
    layout: { name: 'preset', fit: false },
    style: styleFor() as never,
    minZoom: MIN_ZOOM,
    maxZoom: MAX_ZOOM,
    boxSelectionEnabled: false,
    autoungrabify: true,
    autounselectify: true,
    textureOnViewport: big,
    hideEdgesOnViewport: big,
    pixelRatio: big ? 1 : 'auto',
  });

  // Branch lines from the root: S curves (per-edge control points, set again when the map is laid out again).
  const setCurves = (): void =>
    cy.batch(() => {
      for (const id of model.children.get(data.root) ?? []) {
        cy.getElementById(`t:${id}`).style(sCurve(model.byId.get(data.root)!, model.byId.get(id)!) as never);
      }
    });
  setCurves();

  performance.mark('k8smap:map-created');

  // Set once every element is in (see addRest below); until then a node may not be in Cytoscape yet.
  let allIn = false;
  let markAllIn: () => void = () => {};
  const allInPromise = new Promise<void>((r) => (markAllIn = r));

  // What the card shows and where the keyboard is (card.ts's `cardTarget` decides).
  const f: CardFocus = { cardHover: false, cardFocus: false, suppressed: false, canvasFocused: false, pinned: false };

  // ----- visibility (collapse, branch filter) -----
  const vis = new MapVisibility(cy, model);
  /** The latest progress summary (the branch shares are placed again after a new layout). */
  let lastSummary: ProgressSummary | undefined;
  /**
   * The visible tree laid out again for the folds (relayout.ts) and the nodes moved there;
   * `anchor` stays where it is on screen; `keepSides` keeps the branches on their sides (a fold by hand).
   */
  const relayout = (o: { anchor?: string; keepSides?: boolean } = {}): void => {
    const a = o.anchor ? model.byId.get(o.anchor) : undefined;
    const anchor = a ? { id: a.id, x: a.x, y: a.y } : undefined;
    const next = placeFor(model, vis.collapsed, vis.hidden, sidesRule(o.keepSides ?? false), phoneLayout());
    placement = next;
    writePlaces(model, next.places);
    // The cross edges bow for where their ends are going (a card may show them while they move).
    syncCrossBows(cy, model);
    moveNodes(cy, model, vis.hidden, {
      ...(anchor ? { anchor } : {}),
      done: () => {
        if (placement !== next) return; // laid out again meanwhile
        syncBadges(cy, model, next.counts, next.badge);
        setCurves();
        if (lastSummary) applyBranchShares(cy, lastSummary);
        if (f.cardId && !tooltip.hidden) placeTooltip(cy.getElementById(f.cardId));
      },
    });
  };
  const afterVisibility = (o: { anchor?: string; keepSides?: boolean } = {}): void => {
    relayout(o);
    const level = levelSel?.value ?? 'all';
    writeFolds(foldStore, base, foldsDiff(level, vis.collapsed, levelFolds(level)), openingLevel);
    if (f.current && vis.hidden.has(f.current)) setCurrent(pathToRoot(model, f.current).reverse().find((id) => !vis.hidden.has(id)) ?? data.root, { announce: false });
  };
  /** Fits the visible boxes, computed from the data (no label measuring before the first frame). */
  const fitVisible = (animate = false): void => {
    const view = fitView(boxesNow(), vis.hidden, cy.width(), cy.height(), FIT_PAD, overlayInsets());
    if (!view) return;
    if (animate) cy.animate(view, { duration: 250 });
    else cy.viewport(view);
  };
  /** The view after a new level or a reset: fitted when readable, else the width at a readable zoom around the root (viewport.ts `levelView`). */
  const showLevel = (): void => {
    const view = levelView(boxesNow(), vis.hidden, cy.width(), cy.height(), overlayInsets());
    if (!view) return;
    cy.stop();
    cy.animate(view, { duration: 250 });
  };
  /** Room kept free by a fit: the caption along the bottom and the zoom buttons on the right, as laid out now. */
  function overlayInsets(): Insets {
    const st = stage.getBoundingClientRect();
    const out: Insets = {};
    const help = root.querySelector<HTMLElement>('.map-help');
    if (help && help.offsetParent !== null) out.bottom = Math.max(0, st.bottom - help.getBoundingClientRect().top);
    const zoomBox = root.querySelector<HTMLElement>('.map-zoom')?.getBoundingClientRect();
    if (zoomBox && zoomBox.width > 0) out.right = Math.max(0, st.right - zoomBox.left);
    return out;
  }
  const reveal = (id: string): void => {
    // The nearest ancestor that shows now stays put; the node unfolds out of it.
    const shown = pathToRoot(model, id).reverse().find((a) => !vis.hidden.has(a));
    const { changed, branchCleared } = vis.reveal(id);
    if (branchCleared && branchSel) branchSel.value = '';
    if (changed) afterVisibility({ ...(shown ? { anchor: shown } : {}), keepSides: !branchCleared });
  };
  const toggleCollapse = (id: string, want?: boolean): void => {
    if (!vis.toggle(id, want)) return;
    // On a phone a node unfolded shows with its children (they grow off the screen's edge otherwise);
    // elsewhere, and folding, the node stays where it is on screen.
    const unfolded = phoneLayout() !== undefined && !vis.collapsed.has(id);
    afterVisibility(unfolded ? { keepSides: true } : { anchor: id, keepSides: true });
    if (unfolded) showUnfolded(id);
    if (f.current === id) announce(id);
  };
  /** The view moves (animated) to the node just unfolded and its children, readable, clear of the controls and the docked card (viewport.ts `unfoldView`), the root clear of the controls (`keepClearPan`). */
  const showUnfolded = (id: string): void => {
    const n = model.byId.get(id);
    if (!n || !placement) return;
    const kids = (model.children.get(id) ?? []).filter((c) => !vis.hidden.has(c));
    const badges = badgeBoxes(model, placement.counts, placement.badge).filter((b) => b.id === `fold:${id}` || kids.some((c) => b.id === `fold:${c}`));
    const group = [n, ...kids.map((c) => model.byId.get(c)!), ...badges];
    const st = stage.getBoundingClientRect();
    const stack = phoneLayout() === 'stack';
    // The docked card goes back to its compact size (its details hidden): the children show above it.
    const docked = !tooltip.hidden && tooltip.classList.contains('docked');
    if (docked && tooltip.classList.contains('expanded') && f.cardId) {
      setCardDetails(tooltip, false, str);
      placeTooltip(cy.getElementById(f.cardId));
    }
    // Held sideways the zoom buttons are a column on the right (overlayInsets), not a corner below.
    let bottom = stack ? NARROW_BOTTOM : 0;
    const cardBox = docked ? tooltip.getBoundingClientRect() : undefined;
    if (cardBox) bottom = Math.max(bottom, st.bottom - cardBox.top + 8);
    const depth = kids.length > 0 ? n.d + 1 : n.d;
    let insets: Insets = stack ? { top: NARROW_TOP, bottom } : { ...overlayInsets(), bottom };
    const w = cy.width();
    const h = cy.height();
    const minZoom = 10 / MAP_TYPE.fontSize(depth);
    const above = unfoldView(group, w, h, insets, minZoom);
    if (!above) return;
    let view: Viewport = above;
    // A card docked at the right (held sideways: dockedCardBox's cap) leaves the map's left part free to
    // its full height: the group goes there when it shows larger beside the card than above it.
    if (cardBox && !stack && cardBox.left - st.left > w / 3) {
      const beside: Insets = { ...overlayInsets(), right: st.right - cardBox.left + 8 };
      const alt = unfoldView(group, w, h, beside, minZoom);
      // Larger, or as large with more of the group in the free part (both at the smallest readable zoom).
      const shown = (v: Viewport, ins: Insets, b: number): number => boxesInside(group, v, { x1: ins.left ?? 0, y1: ins.top ?? 0, x2: w - (ins.right ?? 0), y2: h - b });
      if (alt && (alt.zoom > view.zoom + 1e-6 || (alt.zoom > view.zoom - 1e-6 && shown(alt, beside, 0) > shown(view, insets, bottom)))) {
        view = alt;
        insets = beside;
        bottom = 0;
      }
    }
    const at = (b: { x: number; y: number; w: number; h: number }): Rect => ({ x1: (b.x - b.w / 2) * view.zoom + view.pan.x, y1: (b.y - b.h / 2) * view.zoom + view.pan.y, x2: (b.x + b.w / 2) * view.zoom + view.pan.x, y2: (b.y + b.h / 2) * view.zoom + view.pan.y });
    const free: Rect = { x1: insets.left ?? 0, y1: insets.top ?? 0, x2: w - (insets.right ?? 0), y2: h - bottom };
    // What stays in view while the root is moved clear: the whole group when it shows whole, else the node.
    const whole = group.map(at).reduce((a, b) => ({ x1: Math.min(a.x1, b.x1), y1: Math.min(a.y1, b.y1), x2: Math.max(a.x2, b.x2), y2: Math.max(a.y2, b.y2) }));
    const keep = whole.x1 >= free.x1 && whole.y1 >= free.y1 && whole.x2 <= free.x2 && whole.y2 <= free.y2 ? whole : at(n);
    const rootNode = model.byId.get(data.root);
    const move = keepClearPan(keep, rootNode && rootNode.id !== id ? at(rootNode) : undefined, free, controlBoxes());
    cy.animate({ zoom: view.zoom, pan: { x: view.pan.x + move.x, y: view.pan.y + move.y } }, { duration: 250 });
  };
  /** What floats over the map (canvas px): the overview button and the learned count (a phone's) and the zoom buttons. */
  function controlBoxes(): Rect[] {
    const c = canvas.getBoundingClientRect();
    const out: Rect[] = [];
    for (const sel of ['.map-overview', '.map-progress', '.map-zoom']) {
      const r = root.querySelector<HTMLElement>(sel)?.getBoundingClientRect();
      // Only what lies over the map: the learned count is in the toolbar above it except on a phone.
      if (r && r.width > 0 && r.height > 0 && r.top >= c.top && r.bottom <= c.bottom) out.push({ x1: r.left - c.left, y1: r.top - c.top, x2: r.right - c.left, y2: r.bottom - c.top });
    }
    return out;
  }
  /**
   * On a phone, after a tap or when the docked card grows: the node (`id`) moved above the card,
   * the root kept clear of the overview and zoom buttons (viewport.ts `keepClearPan`).
   */
  function keepClearOfCard(id: string): void {
    const node = cy.getElementById(id);
    if (node.empty() || tooltip.hidden || !tooltip.classList.contains('docked')) return;
    const c = canvas.getBoundingClientRect();
    const t = tooltip.getBoundingClientRect();
    const box = node.renderedBoundingBox({});
    // A card that does not span the map (held sideways, at the right) leaves a node beside it where it is.
    const card: Rect = { x1: t.left - c.left - 8, y1: t.top - c.top - 8, x2: t.right - c.left + 8, y2: t.bottom - c.top };
    const under = box.x1 < card.x2 && card.x1 < box.x2 && box.y1 < card.y2 && card.y1 < box.y2;
    const free: Rect = { x1: 0, y1: 0, x2: cy.width(), y2: under || t.width >= c.width * 0.6 ? card.y1 : cy.height() };
    const r = id === data.root ? undefined : cy.getElementById(data.root);
    const rootBox = r && r.nonempty() && r.visible() ? r.renderedBoundingBox({ includeLabels: false }) : undefined;
    const move = keepClearPan(box, rootBox, free, controlBoxes());
    if (move.x !== 0 || move.y !== 0) cy.panBy(move);
  }
  const setLevel = (value: string): void => {
    vis.setCollapsed(levelFolds(value));
    afterVisibility();
  };

  // ----- highlight + card -----
  const highlight = (id: string | undefined): void => {
    cy.batch(() => {
      cy.elements('.hl, .hl-path, .faded').removeClass('hl hl-path faded');
      if (!id) return;
      const node = cy.getElementById(id);
      if (node.empty()) return;
      let keep = node.closedNeighborhood();
      const path = pathToRoot(model, id);
      for (const p of path) {
        keep = keep.union(cy.getElementById(p));
        if (model.byId.get(p)?.p !== undefined) keep = keep.union(cy.getElementById(`t:${p}`));
      }
      // The counts beside the nodes kept (a node just unfolded: its children's) are kept with them.
      keep = keep.union(cy.nodes('.fold-count').filter((b) => keep.has(cy.getElementById(String(b.data('of'))))));
      if (!big) cy.elements().difference(keep).addClass('faded');
      keep.addClass('hl');
      for (const p of path) cy.getElementById(p).addClass('hl-path');
    });
  };

  const kindName = (k: string): string => str(`map.kind.${k}`);
  const stateName = (st: string): string => pt(`progress.state.${st}`);
  /** Learned / total per branch (from the progress store's `summarize`), filled once progress is read. */
  let shares = new Map<string, Counts>();
  const shareText = (id: string): string | undefined => {
    const c = shares.get(id);
    return c && c.total > 0 ? str('map.card.share', { learned: c.learned, total: c.total }) : undefined;
  };

  // The card: the node's names, kind, summary, its learning state (picker) and a link to its
  // page. Shown for the hovered node (it stays while the pointer moves into it), the node the
  // keyboard is on (Tab reaches it from the map), or a node pinned by a tap, search or deep link.
  let graceTimer = 0;
  const hideCard = (): void => {
    if (tooltip.hidden) return;
    tooltip.hidden = true;
    f.cardId = undefined;
    delete tooltip.dataset.id;
  };
  const zoomButtons = root.querySelector<HTMLElement>('.map-zoom');
  const placeTooltip = (node: NodeSingular): void => {
    // Docked along the bottom on phones (narrow stages, or short ones held sideways), left of the zoom buttons; else beside
    // the node's column of siblings (card.ts), so moving along them never hides the next one.
    // (a phone held sideways too: its map is too short for a card beside the node)
    const docked = stage.clientWidth < NARROW || phoneLayout() === 'compact';
    tooltip.classList.toggle('docked', docked);
    if (docked) {
      const zb = zoomButtons?.getBoundingClientRect();
      const st = stage.getBoundingClientRect();
      const box = dockedCardBox(stage.clientWidth, stage.clientHeight, zb && zb.width > 0 ? zb.left - st.left : undefined, phoneLayout() === 'compact' ? DOCKED_SIDEWAYS_MAX : undefined);
      tooltip.style.width = `${box.width}px`;
      // Wide (a phone held sideways), the compact card puts its buttons beside the summary's line: two rows, not three.
      tooltip.classList.toggle('wide', box.width >= DOCKED_WIDE);
      tooltip.style.transform = `translate(${box.x}px, ${Math.max(8, stage.clientHeight - tooltip.offsetHeight - 8)}px)`;
      return;
    }
    tooltip.style.width = '';
    const id = node.id();
    const group = siblingBox(id, model, (sid) => {
      const n = cy.getElementById(sid);
      return n.empty() || !n.visible() ? undefined : n.renderedBoundingBox({ includeLabels: false });
    });
    const zb = zoomButtons?.getBoundingClientRect();
    const st = stage.getBoundingClientRect();
    const side = model.byId.get(id)?.s;
    void placeCard(tooltip, canvas, group, node.renderedBoundingBox({ includeLabels: false }), {
      outward: side === 'l' ? 'left' : 'right',
      clearRight: zb && zb.width > 0 ? st.right - zb.left : 0,
    });
  };
  const showTooltip = (id: string | undefined): void => {
    const n = id === undefined ? undefined : model.byId.get(id);
    const node = id === undefined ? undefined : cy.getElementById(id);
    if (!id || !n || !node || node.empty() || node.hasClass('hidden')) {
      hideCard();
      return;
    }
    // Rebuilt only when the node changes: the reader may be using the card's buttons.
    if (f.cardId !== id || tooltip.hidden) {
      const kids = model.children.get(id)?.length ?? 0;
      const fold = kids > 0 ? { folded: vis.collapsed.has(id), count: kids, toggle: () => (toggleCollapse(id), vis.collapsed.has(id)) } : undefined;
      const onDetails = (): void => {
        placeTooltip(node);
        keepClearOfCard(id);
      };
      fillCard(tooltip, n, { str, kindName, share: shareText(id), state: pendingStates[id], href: conceptUrl(id), onClose: () => closeCard(), onDetails, ...(fold ? { fold } : {}) });
    }
    f.cardId = id;
    tooltip.hidden = false;
    placeTooltip(node);
  };
  const refreshFocusView = (): void => {
    const id = cardTarget(f);
    highlight(id);
    showTooltip(id);
  };
  function closeCard(): void {
    const inside = tooltip.contains(document.activeElement);
    if (inside) canvas.focus({ preventScroll: true });
    clearTimeout(graceTimer);
    f.suppressed = true;
    f.pinned = false;
    f.hover = undefined;
    f.cardHover = false;
    f.cardFocus = false;
    refreshFocusView();
  }
  tooltip.addEventListener('pointerenter', () => {
    clearTimeout(graceTimer);
    f.cardHover = true;
  });
  tooltip.addEventListener('pointerleave', () => {
    f.cardHover = false;
    clearTimeout(graceTimer);
    graceTimer = window.setTimeout(refreshFocusView, HOVER_GRACE);
  });
  // Keyboard focus keeps the card open; a mouse click on its buttons does not (it closes
  // when the pointer leaves, like any hover card).
  tooltip.addEventListener('focusin', (e) => {
    f.cardFocus = (e.target as Element).matches(':focus-visible');
  });
  tooltip.addEventListener('focusout', (e) => {
    const to = e.relatedTarget as Node | null;
    if (to && tooltip.contains(to)) return;
    f.cardFocus = false;
    if (to !== canvas) refreshFocusView();
  });
  tooltip.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      closeCard();
    }
  });
  // Progress buttons in the card: announce what was set (the picker itself saves through the store).
  tooltip.addEventListener('click', (e) => {
    const b = (e.target as HTMLElement).closest<HTMLButtonElement>('button.progress-pick');
    if (b && f.cardId) queueMicrotask(() => announceState(f.cardId!, b.value));
  });

  // ----- keyboard focus -----
  const announce = (id: string): void => {
    const n = model.byId.get(id);
    if (!n) return;
    live.textContent = describeNode(n, {
      str,
      kindName,
      stateName,
      children: model.children.get(id)?.length ?? 0,
      collapsed: vis.collapsed.has(id),
      state: pendingStates[id],
      share: shareText(id),
    });
  };
  function announceState(id: string, state: string): void {
    const n = model.byId.get(id);
    if (!n) return;
    live.textContent = describeStateChange(n, state, { str, stateName, branchShare: shareText(n.b), saveFailed: lastSaveFailed() ? pt('progress.saveFailed') : undefined });
  }
  const setState = (id: string, state: ProgressState): void => {
    setProgress(id, state);
    announceState(id, state);
  };
  const ensureInView = (id: string, minZoom = 0.75): void => {
    const node = cy.getElementById(id);
    if (node.empty()) return;
    const bb = node.renderedBoundingBox({});
    const w = cy.width();
    const h = cy.height();
    const m = 40;
    const zoom = Math.max(cy.zoom(), minZoom);
    if (zoom !== cy.zoom() || bb.x1 < m || bb.y1 < m || bb.x2 > w - m || bb.y2 > h - m) flyTo(id, zoom, 200);
  };
  const flyTo = (id: string, zoom: number, duration = 350): void => {
    const node = cy.getElementById(id);
    if (node.empty()) return;
    // Where the node is going (it may be moving there: relayout.ts), not where it is now.
    const pos = model.byId.get(id) ?? node.position();
    const z = Math.min(cy.maxZoom(), zoom);
    cy.stop();
    cy.animate({ zoom: z, pan: { x: cy.width() / 2 - pos.x * z, y: cy.height() / 2 - pos.y * z } }, { duration, complete: () => refreshFocusView() });
  };
  function setCurrent(id: string, o: { announce?: boolean; pan?: boolean } = {}): void {
    f.suppressed = false;
    if (f.current) cy.getElementById(f.current).removeClass('focused');
    f.current = id;
    cy.getElementById(id).addClass('focused');
    root.dataset.current = id;
    if (o.pan !== false) ensureInView(id);
    if (o.announce !== false) announce(id);
    refreshFocusView();
    // A node the first frame did not hold (arrow keys moved out of the view early): finish once it is in.
    if (!allIn && cy.getElementById(id).empty()) {
      void allInPromise.then(() => {
        if (f.current !== id) return;
        cy.getElementById(id).addClass('focused');
        if (o.pan !== false) ensureInView(id);
        refreshFocusView();
      });
    }
  }
  const open = (id: string): void => {
    rememberView();
    location.assign(conceptUrl(id));
  };

  canvas.addEventListener('focus', () => {
    f.canvasFocused = true;
    // A mouse click that focuses the map (to pan) selects nothing; keyboard focus starts at the
    // root (or where the keyboard last was).
    if (f.current === undefined && !canvas.matches(':focus-visible')) return;
    // No pan while a flight is on its way (a search result focuses the map as it flies there).
    setCurrent(f.current ?? data.root, { pan: f.current !== undefined && !cy.animated() });
  });
  canvas.addEventListener('blur', (e) => {
    f.canvasFocused = false;
    // Tab from the map moves into the card: it stays, and so does the focus ring.
    if (e.relatedTarget instanceof Node && tooltip.contains(e.relatedTarget)) f.cardFocus = true;
    if (f.current && !f.pinned && !f.cardFocus) cy.getElementById(f.current).removeClass('focused');
    refreshFocusView();
  });
  canvas.addEventListener('keydown', (e) => {
    const action = mapKeyAction(e);
    if (!action) return;
    const cur = f.current ?? data.root;
    switch (action.type) {
      case 'nav': {
        e.preventDefault();
        if (f.current === undefined) {
          setCurrent(data.root);
          break;
        }
        f.pinned = false;
        const next = nextNode(model, cur, action.key, vis.hidden);
        if (next === undefined) live.textContent = str('map.announce.edge');
        else setCurrent(next);
        break;
      }
      case 'open':
        e.preventDefault();
        open(cur);
        break;
      case 'collapse':
        e.preventDefault();
        toggleCollapse(cur, true);
        break;
      case 'expand':
        e.preventDefault();
        toggleCollapse(cur, false);
        break;
      case 'state':
        if (f.current === undefined) return;
        e.preventDefault();
        setState(f.current, action.state);
        break;
      case 'close':
        closeCard();
        break;
    }
  });

  // ----- pointer -----
  // Mouse: click opens the page (hover shows the card). Touch (no hover): the first tap on a
  // node shows its card (state picker, "open page" link), a second tap on it opens the page.
  const isTouch = (e: { originalEvent?: Event }): boolean => {
    const oe = e.originalEvent;
    return !!oe && (oe.type.startsWith('touch') || (oe as PointerEvent).pointerType === 'touch');
  };
  cy.on('tap', 'node', (e) => {
    const id = (e.target as NodeSingular).id();
    if (!isTouch(e) || (f.pinned && f.current === id && !tooltip.hidden)) {
      open(id);
      return;
    }
    f.pinned = true;
    setCurrent(id, { pan: false });
    // Keep the node clear of the card docked along the bottom on phones, and the root clear of the controls.
    keepClearOfCard(id);
  });
  cy.on('tap', (e) => {
    // A tap on the background (or a line) closes the card.
    if (e.target !== cy && (e.target as NodeSingular).isNode()) return;
    if (f.pinned || !tooltip.hidden) closeCard();
  });
  cy.on('cxttap', 'node', (e) => toggleCollapse((e.target as NodeSingular).id()));
  cy.on('mouseover', 'node', (e) => {
    clearTimeout(graceTimer);
    f.hover = (e.target as NodeSingular).id();
    f.cardHover = false;
    canvas.style.cursor = 'pointer';
    refreshFocusView();
  });
  cy.on('mouseout', 'node', () => {
    canvas.style.cursor = '';
    clearTimeout(graceTimer);
    // A moment's grace, so the pointer can move from the node into its card.
    graceTimer = window.setTimeout(() => {
      f.hover = undefined;
      refreshFocusView();
    }, HOVER_GRACE);
  });
  let raf = 0;
  cy.on('viewport', () => {
    if (tooltip.hidden || raf) return;
    raf = requestAnimationFrame(() => {
      raf = 0;
      if (f.cardId && !tooltip.hidden) placeTooltip(cy.getElementById(f.cardId));
    });
  });

  // ----- wheel and pinch, as map apps do it (viewport.ts `wheelZoomFactor`) -----
  // Cytoscape's own wheel zoom moves ~3 % per mouse notch (ten notches ≈ 1.3×), and its
  // wheelSensitivity option only scales that (with a console warning). This listener, on the stage
  // in the capture phase, runs before Cytoscape's (on the canvas) and stops it. Touch pinch stays
  // Cytoscape's (it follows the fingers).
  stage.addEventListener(
    'wheel',
    (e) => {
      if (!(e.target instanceof Node) || !canvas.contains(e.target) || e.deltaY === 0) return;
      e.preventDefault();
      e.stopPropagation();
      const r = canvas.getBoundingClientRect();
      const level = Math.min(cy.maxZoom(), Math.max(cy.minZoom(), cy.zoom() * wheelZoomFactor(e.deltaY, e.deltaMode, e.ctrlKey)));
      cy.stop();
      cy.zoom({ level, renderedPosition: { x: e.clientX - r.left, y: e.clientY - r.top } });
    },
    { capture: true, passive: false },
  );

  // ----- the view in the history entry (Back / Forward / reload come back to it) -----
  function rememberView(): void {
    const k8smapView = saveView({ zoom: cy.zoom(), pan: cy.pan() }, cy.width(), cy.height(), f.current, f.pinned);
    const prev = history.state && typeof history.state === 'object' ? (history.state as Record<string, unknown>) : {};
    try {
      history.replaceState({ ...prev, k8smapView }, '');
    } catch {
      /* a sandboxed frame */
    }
  }
  let saveTimer = 0;
  const rememberSoon = (): void => {
    clearTimeout(saveTimer);
    saveTimer = window.setTimeout(rememberView, 200);
  };
  cy.on('viewport', rememberSoon);
  window.addEventListener('pagehide', rememberView);
  /** A jump elsewhere (search): a new history entry, so Back returns to where the reader was. */
  const pushView = (): void => {
    clearTimeout(saveTimer);
    rememberView();
    try {
      history.pushState({ ...(history.state as object), k8smapView: undefined }, '');
    } catch {
      /* a sandboxed frame */
    }
  };
  window.addEventListener('popstate', (e) => {
    const st = (e.state as { k8smapView?: SavedViewState } | null)?.k8smapView;
    const view = restoreView(st, cy.width(), cy.height());
    if (!view) return;
    cy.stop();
    cy.animate(view, { duration: 250 });
    if (st?.cur && model.byId.has(st.cur)) {
      f.pinned = !!st.pin;
      setCurrent(st.cur, { pan: false, announce: false });
    } else {
      f.pinned = false;
      if (f.current) cy.getElementById(f.current).removeClass('focused');
      f.current = undefined;
      delete root.dataset.current;
      refreshFocusView();
    }
  });

  // ----- the filter and legend panels never hide the node in focus -----
  for (const panel of root.querySelectorAll<HTMLDetailsElement>('details.map-panel')) {
    panel.addEventListener('toggle', () => {
      const id = cardTarget(f) ?? f.current;
      if (!panel.open || !id) return;
      const body = panel.querySelector<HTMLElement>('.map-panel-body');
      const node = cy.getElementById(id);
      if (!body || node.empty()) return;
      const st = canvas.getBoundingClientRect();
      const pr = body.getBoundingClientRect();
      const covers = [{ x1: pr.left - st.left, y1: pr.top - st.top, x2: pr.right - st.left, y2: pr.bottom - st.top }];
      const move = panClear(node.renderedBoundingBox({ includeLabels: true }), covers, cy.width(), cy.height());
      if (move.x !== 0 || move.y !== 0) {
        cy.stop();
        cy.animate({ panBy: move }, { duration: 200 });
      }
    });
  }

  // ----- toolbar -----
  const zoomBy = (f: number): void => {
    cy.zoom({ level: Math.min(cy.maxZoom(), Math.max(cy.minZoom(), cy.zoom() * f)), renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
  };
  root.querySelector('.map-zoom-in')?.addEventListener('click', () => zoomBy(1.3));
  root.querySelector('.map-zoom-out')?.addEventListener('click', () => zoomBy(1 / 1.3));
  root.querySelector('.map-fit')?.addEventListener('click', () => fitVisible(true));
  // On a phone (which opens on the root and its branches, map-model.ts phoneOpening) the same overview, as a labelled button.
  root.querySelector('.map-overview')?.addEventListener('click', () => fitVisible(true));
  // 0 (or the fit button): the whole map; a readable view is one key away from the overview and back.
  canvas.addEventListener('keydown', (e) => {
    if (e.key !== '0' || e.altKey || e.ctrlKey || e.metaKey) return;
    e.preventDefault();
    fitVisible(true);
  });

  const kindBoxes = [...root.querySelectorAll<HTMLInputElement>('input.map-kind')];
  const edgeBoxes = [...root.querySelectorAll<HTMLInputElement>('input.map-edge-type')];
  const labelBtns = [...root.querySelectorAll<HTMLButtonElement>('button.map-label-lang')];

  levelSel?.addEventListener('change', () => {
    setLevel(levelSel.value);
    showLevel();
  });
  branchSel?.addEventListener('change', () => {
    vis.branch = branchSel.value;
    vis.apply();
    afterVisibility();
    fitVisible(true);
  });
  const applyKinds = (): void => applyKindFilter(cy, new Set(kindBoxes.filter((b) => !b.checked).map((b) => b.value)));
  for (const b of kindBoxes) b.addEventListener('change', applyKinds);
  const applyEdges = (): void => applyEdgeTypes(cy, new Map(edgeBoxes.map((b) => [b.value, b.checked])));
  // Checkboxes may come back checked (form state restored on back navigation).
  if (edgeBoxes.some((b) => b.checked)) applyEdges();
  for (const b of edgeBoxes) b.addEventListener('change', applyEdges);

  const setLabels = (lang: LabelLang, remember: boolean): void => {
    labelLang = lang;
    for (const b of labelBtns) b.setAttribute('aria-pressed', String(b.value === lang));
    applyLabelLang(cy, lang);
    if (remember) {
      labelPref = lang;
      try {
        localStorage.setItem(labelKey, lang);
      } catch {
        /* no storage */
      }
    }
  };
  for (const b of labelBtns) b.addEventListener('click', () => setLabels(b.value === 'en' ? 'en' : 'zh', true));
  // Re-measured whenever what is above the map may have changed height (the language applied from
  // the stored choice after first paint, fonts, a window resize).
  // The start view, while the reader has not moved from it: when the header's height changes
  // (the English nav takes two lines on a phone, applied after the first view was computed) the
  // map's height changes, and the start is computed again for it (else a phone's branches slide
  // under the zoom buttons anchored at the bottom).
  let startShown: Viewport | undefined = savedView || focusTarget ? undefined : firstView;
  const remeasure = (): void => {
    const before = root.style.getPropertyValue('--map-top');
    measureTop();
    if (root.style.getPropertyValue('--map-top') === before) return;
    const p = cy.pan();
    const atStart = startShown !== undefined && cy.zoom() === startShown.zoom && p.x === startShown.pan.x && p.y === startShown.pan.y;
    cy.resize();
    if (!atStart) {
      startShown = undefined;
      return;
    }
    startShown = startView(boxesNow(), vis.hidden, cy.width(), cy.height());
    cy.viewport(startShown);
  };
  new ResizeObserver(remeasure).observe(document.body);
  document.addEventListener('k8smap:lang', () => {
    remeasure();
    if (!labelPref) setLabels(currentUiLang() === 'en' ? 'en' : 'zh', false);
    if (f.current) announce(f.current);
    // Rebuild the card in the new language unless the reader is using it.
    if (f.cardId && !tooltip.hidden && !tooltip.contains(document.activeElement)) {
      const id = f.cardId;
      hideCard();
      showTooltip(id);
    }
  });
  document.addEventListener('k8smap:theme', () => {
    cy.style(styleFor() as never);
  });

  root.querySelector('.map-reset')?.addEventListener('click', () => {
    vis.branch = '';
    if (branchSel) branchSel.value = '';
    if (levelSel) levelSel.value = openingLevel;
    for (const b of kindBoxes) b.checked = true;
    for (const b of edgeBoxes) b.checked = false;
    applyKinds();
    applyEdges();
    setLevel(openingLevel); // (the opening's folds: nothing is kept)
    f.pinned = false;
    f.hover = undefined;
    if (f.current) cy.getElementById(f.current).removeClass('focused');
    f.current = undefined;
    delete root.dataset.current;
    refreshFocusView();
    showLevel();
  });

  // ----- search -----
  wireMapSearch(root, {
    model,
    str,
    labelLang: () => labelLang,
    choose: (id) => {
      pushView();
      focusNode(id);
      canvas.focus({ preventScroll: true });
    },
    searchSite: openSiteSearch,
  });

  // ----- focus a node (search, deep links) -----
  function focusNode(id: string): boolean {
    if (!model.byId.has(id)) return false;
    if (!allIn && cy.getElementById(id).empty()) {
      // Searched for before it was added: fly there once it is in.
      void allInPromise.then(() => focusNode(id));
      return true;
    }
    reveal(id);
    f.pinned = true;
    flyTo(id, Math.max(cy.zoom(), 1));
    setCurrent(id, { pan: false });
    const node = cy.getElementById(id);
    node.addClass('search-hit');
    setTimeout(() => node.removeClass('search-hit'), 1600);
    return true;
  }

  // ----- `?note=<id>`: a note's concepts highlighted (note-highlight.ts) -----
  void showNoteHighlight({ stage, cy, model, str, allIn: allInPromise, reveal }).catch((err: unknown) => console.error('skill map:', err));

  // ----- progress -----
  applyStates = (states: ProgressStates): void => applyProgressClasses(cy, states);
  if (Object.keys(pendingStates).length > 0) applyStates(pendingStates);
  initCardsDue(cy, root);

  // Each branch's share learned, next to its label ("7 / 12": the label of the line from the
  // root), counted by the progress store's `summarize`, as on the progress page, over the
  // concepts the map draws (a concept mined off the map is not in its branch's share here).
  startProgress();
  const drawn = new Set(model.byId.keys());
  loadProgressGraph()
    .then((graph) => {
      onProgress((progress) => {
        const summary = summarize(graph, progress, drawn);
        shares = new Map(summary.branches.map((b) => [b.id, b.counts]));
        lastSummary = summary;
        applyBranchShares(cy, summary);
        const share = tooltip.querySelector<HTMLElement>('.tt-share');
        if (share && f.cardId) {
          share.textContent = shareText(f.cardId) ?? '';
          share.hidden = share.textContent === '';
        }
        root.dataset.shares = 'ready';
      });
    })
    .catch((err: unknown) => console.error('skill map progress:', err));

  // ----- first view (controls may come back with state restored on back navigation) -----
  vis.branch = branchSel?.value ?? '';
  if (kindBoxes.some((b) => !b.checked)) applyKinds();
  // The first folds (laid out above, before the first frame): nothing moves.
  vis.setCollapsed(initialCollapsed);
  if (placement) syncBadges(cy, model, placement.counts, placement.badge);
  // The nodes were created with the labels in labelLang.
  for (const b of labelBtns) b.setAttribute('aria-pressed', String(b.value === labelLang));
  cy.viewport(firstView);
  if (focusTarget && !savedView) {
    reveal(focusTarget.id);
    f.pinned = true;
    setCurrent(focusTarget.id, { pan: false });
  }

  if (savedView && savedState?.cur && model.byId.has(savedState.cur)) {
    reveal(savedState.cur);
    f.pinned = !!savedState.pin;
    setCurrent(savedState.cur, { pan: false, announce: false });
  }

  performance.mark('k8smap:map-wired');
  window.k8smapMap = { cy, setNodeStates, focusNode };

  // ----- the rest of the elements, after the first frame -----
  const addRest = async (): Promise<void> => {
    // First let the browser present the first frame and handle any input waiting.
    await new Promise((r) => setTimeout(r, 0));
    const w = canvas.clientWidth;
    const h = canvas.clientHeight;
    const order = data.nodes.filter((n) => !firstIds.has(n.id));
    order.sort((a, b) => distanceFromView(a, firstView, w, h) - distanceFromView(b, firstView, w, h));
    // Each chunk arrives with the classes the controls and progress give it at that moment
    // (changes made meanwhile have already been applied to the elements added before).
    for (const chunk of planRest(data, model, firstIds, order)) {
      const kindOff = new Set(kindBoxes.filter((b) => !b.checked).map((b) => b.value));
      const defs: ElementDefinition[] = [];
      for (const n of chunk.nodes) {
        const classes: string[] = [];
        if (vis.hidden.has(n.id)) classes.push('hidden');
        if (vis.collapsed.has(n.id) && model.children.has(n.id)) classes.push('collapsed');
        if (kindOff.has(n.k)) classes.push('kind-off');
        const cls = progressClass(pendingStates[n.id]);
        if (cls) classes.push(cls);
        defs.push(nodeDef(n, labelLang, classes));
      }
      for (const n of chunk.lines) defs.push(treeEdgeDef(n, branchIndex));
      cy.add(defs);
      if (placement && placement.counts.size > 0) syncBadges(cy, model, placement.counts, placement.badge);
      await new Promise((r) => setTimeout(r, 0));
    }
    const edgeTypeOn = new Set(edgeBoxes.filter((b) => b.checked).map((b) => b.value));
    cy.add(data.edges.map((e, i) => crossEdgeDef(e, i, !edgeTypeOn.has(e.ty), model.byId)));
  };

  requestAnimationFrame(() =>
    requestAnimationFrame(() => {
      // The first frame (the part in view) is on screen and answers the pointer and keyboard.
      performance.mark('k8smap:map-drawn');
      root.dataset.drawn = 'true';
      status.hidden = true;
      addRest()
        .catch((err: unknown) => console.error('skill map:', err))
        .finally(() => {
          allIn = true;
          markAllIn();
          requestAnimationFrame(() => {
            performance.mark('k8smap:map-complete');
            root.dataset.ready = 'true';
            document.dispatchEvent(new CustomEvent('k8smap:progress-request'));
            document.dispatchEvent(new CustomEvent('k8smap:map-ready'));
          });
        });
    }),
  );
}

export type { MapNode } from '../../views/map-data.ts';
