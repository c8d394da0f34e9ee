/**
 * The home page's skill map: Cytoscape (loaded on demand) draws `map.json` at the positions the
 * build computed (`preset`: no layout runs here). Adds zoom/pan/fit/reset, hover and keyboard
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
import { MAP_TYPE } from '../../views/map-data.ts';
import { currentUiLang } from '../preferences.ts';
import {
  buildModel,
  collapsedForLevel,
  hiddenNodes,
  pathToRoot,
  unwrapLabel,
  type MapModel,
} from './map-model.ts';
import { isNavKey, nextNode } from './nav.ts';
import { searchMap } from './search.ts';
import { mapStylesheet, readPalette } from './style.ts';
import { loadCytoscape, type CytoscapeFactory } from './load-cytoscape.ts';
import type { MapData, MapNode } from '../../views/map-data.ts';
import { centredOn, distanceFromView, firstViewNodes, fitView, FOCUS_ZOOM, MAX_ZOOM, MIN_ZOOM, startView, type Viewport } from './viewport.ts';
import { lastSaveFailed, loadProgressGraph, onProgress, setProgress, startProgress } from '../progress/client.ts';
import { summarize, type Counts, type ProgressState } from '../progress/store.ts';
import { buildProgressPicker } from '../progress/picker.ts';
import { pt } from '../progress/strings.ts';

type Strings = Record<string, string>;
type LabelLang = 'zh' | 'en';
export type ProgressStates = Record<string, string>;

const PROGRESS_CLASSES = ['progress-learned', 'progress-learning', 'progress-skipped'] as const;
/** Keys 1–4 on the focused node set these states (the picker's order). */
const KEY_STATES: Record<string, ProgressState> = { '1': 'not-started', '2': 'learning', '3': 'learned', '4': 'skipped' };
/** How long the card stays after the pointer leaves a node or the card (ms), so it can be reached. */
const HOVER_GRACE = 300;

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
  return (s ?? '').replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m));
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, cls?: string, text?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined) e.textContent = text;
  return e;
}

const BRANCH_COLOURS = 8;
/** Nodes added per task after the first frame (the page stays responsive between chunks). */
const REST_CHUNK = 1000;

/**
 * Control points for a mind-map branch line from `a` to `b`: an S curve that leaves `a`'s side
 * horizontally and reaches `b`'s facing side horizontally (two quadratic control points placed
 * half-way between the two boxes, at each end's height; weights/distances are relative to the
 * line between the node centres).
 */
function sCurve(a: { x: number; y: number; w: number }, b: { x: number; y: number; w: number }): Record<string, unknown> {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const l2 = dx * dx + dy * dy;
  if (l2 === 0 || Math.abs(dy) < 1) return { 'curve-style': 'straight' };
  const dir = Math.sign(dx) || 1;
  const mid = (a.x + (dir * a.w) / 2 + (b.x - (dir * b.w) / 2)) / 2 - a.x;
  const l = Math.sqrt(l2);
  // Projection of (px, py) (relative to a) on the a→b line, and its signed distance from it.
  const weight = (px: number, py: number): number => (px * dx + py * dy) / l2;
  const dist = (px: number, py: number): number => (py * dx - px * dy) / l;
  return {
    'control-point-weights': [weight(mid, 0), weight(mid, dy)],
    'control-point-distances': [dist(mid, 0), dist(mid, dy)],
  };
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

/** Toolbar pop-overs (<details>): one open at a time, closed by Escape or a click outside. */
function wirePanels(root: HTMLElement): void {
  const panels = [...root.querySelectorAll<HTMLDetailsElement>('details.map-panel')];
  for (const p of panels) {
    p.addEventListener('toggle', () => {
      if (p.open) for (const other of panels) if (other !== p) other.open = false;
    });
    p.addEventListener('keydown', (e) => {
      if (e.key === 'Escape' && p.open) {
        p.open = false;
        p.querySelector('summary')?.focus();
      }
    });
  }
  document.addEventListener('click', (e) => {
    for (const p of panels) if (p.open && !p.contains(e.target as Node)) p.open = false;
  });
}

/** Strings the language switch (data-i18n) does not reach: placeholder and tooltips. */
function applyUiStrings(root: HTMLElement, str: (key: string) => string): void {
  const input = root.querySelector<HTMLInputElement>('.map-search-input');
  if (input) input.placeholder = str('map.search.placeholder');
  for (const b of root.querySelectorAll<HTMLElement>('.map-zoom [data-i18n-label]')) b.title = str(b.dataset.i18nLabel!);
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
  const big = data.nodes.length > 1500;

  const labelKey = `k8smap:${root.dataset.base ?? '/'}:map-labels`;
  let labelPref: LabelLang | undefined;
  try {
    const v = localStorage.getItem(labelKey);
    if (v === 'zh' || v === 'en') labelPref = v;
  } catch {
    /* no storage */
  }
  let labelLang: LabelLang = labelPref ?? (currentUiLang() === 'en' ? 'en' : 'zh');

  // ----- elements -----
  // Staged: the first frame gets only what the first view shows (the nodes in and around the
  // viewport, their parents, the root and its branches, and the tree lines between them); the
  // rest (off-screen nodes and every cross edge, which starts hidden) is added right after it,
  // nearest first, in chunks. Cytoscape's cost up to its first frame (styling, label measuring,
  // texture caches) grows with the elements it holds, so a big map opens about as fast as a
  // small one. `data-ready` is set once everything is in.
  const branchIndex = new Map<string, number>();
  for (const n of data.nodes) if (n.p === data.root) branchIndex.set(n.id, branchIndex.size % BRANCH_COLOURS);
  const nodeDef = (n: MapNode, classes: string[] = []): ElementDefinition => {
    if (n.p === undefined) classes.push('root');
    if (n.st) classes.push('historical');
    return {
      group: 'nodes',
      data: { id: n.id, zh: n.zh, en: n.en, lbl: n[labelLang], k: n.k, n: n.n, d: n.d, w: n.w, h: n.h, fs: MAP_TYPE.fontSize(n.d), b: n.b },
      position: { x: n.x, y: n.y },
      classes,
    };
  };
  const treeEdgeDef = (n: MapNode): ElementDefinition => ({
    group: 'edges',
    data: { id: `t:${n.id}`, source: n.p, target: n.id, ty: 'child', d: n.d, bi: branchIndex.get(n.b) ?? 0 },
  });
  const crossEdgeDef = (e: MapData['edges'][number], i: number, off: boolean): ElementDefinition => {
    const d: Record<string, string> = { id: `x:${i}`, source: e.s, target: e.t, ty: e.ty };
    if (e.l) d.l = e.l;
    return { group: 'edges', data: d, classes: off ? 'cross off' : 'cross' };
  };

  // The controls may come back with state restored on back navigation: the first view follows them.
  const levelSel = root.querySelector<HTMLSelectElement>('.map-level');
  const branchSel = root.querySelector<HTMLSelectElement>('.map-branch');
  const initialLevel = levelSel?.value ?? 'all';
  const focusParam = new URLSearchParams(location.search).get('focus');
  const focusTarget = focusParam && model.byId.has(focusParam) ? model.byId.get(focusParam)! : undefined;
  const firstView: Viewport = focusTarget
    ? centredOn(focusTarget, FOCUS_ZOOM, canvas.clientWidth, canvas.clientHeight)
    : startView(
        data.nodes,
        hiddenNodes(model, { collapsed: collapsedForLevel(model, initialLevel === 'all' ? Infinity : Number(initialLevel)), branch: branchSel?.value ?? '' }),
        canvas.clientWidth,
        canvas.clientHeight,
      );
  const firstIds = firstViewNodes(data, firstView, canvas.clientWidth, canvas.clientHeight);
  const elements: ElementDefinition[] = [];
  for (const n of data.nodes) if (firstIds.has(n.id)) elements.push(nodeDef(n));
  for (const n of data.nodes) if (n.p !== undefined && firstIds.has(n.id) && firstIds.has(n.p)) elements.push(treeEdgeDef(n));

  const styleFor = (): ReturnType<typeof mapStylesheet> =>
    mapStylesheet(readPalette(root), { labelField: 'lbl', minZoomedFontSize: big ? 6 : 4 });

  const cy: Core = cytoscape({
    container: canvas,
    elements,
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

  // Branch lines from the root: S curves (per-edge control points, set once after creation).
  cy.batch(() => {
    for (const id of model.children.get(data.root) ?? []) {
      cy.getElementById(`t:${id}`).style(sCurve(model.byId.get(data.root)!, model.byId.get(id)!) as never);
    }
  });

  performance.mark('k8smap:map-created');

  // Set once every element is in (see addRest below); until then a node may not be in Cytoscape yet.
  let allIn = false;
  let markAllIn: () => void = () => {};
  const allInPromise = new Promise<void>((r) => (markAllIn = r));

  // ----- visibility (collapse, branch filter) -----
  const collapsed = new Set<string>();
  let branchFilter = '';
  let hidden = new Set<string>();
  const applyVisibility = (): void => {
    hidden = hiddenNodes(model, { collapsed, branch: branchFilter });
    cy.batch(() => {
      for (const n of data.nodes) {
        const node = cy.getElementById(n.id);
        const isHidden = hidden.has(n.id);
        if (node.hasClass('hidden') !== isHidden) node.toggleClass('hidden', isHidden);
        const isCollapsed = collapsed.has(n.id) && model.children.has(n.id) && !isHidden;
        if (node.hasClass('collapsed') !== isCollapsed) node.toggleClass('collapsed', isCollapsed);
      }
    });
    if (current && hidden.has(current)) setCurrent(pathToRoot(model, current).reverse().find((id) => !hidden.has(id)) ?? data.root, { announce: false });
  };
  /** Fits the visible boxes, computed from the data (no label measuring before the first frame). */
  const fitVisible = (animate = false): void => {
    const view = fitView(data.nodes, hidden, cy.width(), cy.height());
    if (!view) return;
    if (animate) cy.animate(view, { duration: 250 });
    else cy.viewport(view);
  };
  const reveal = (id: string): void => {
    let changed = false;
    if (branchFilter !== '' && model.byId.get(id)?.b !== branchFilter && id !== data.root) {
      branchFilter = '';
      const sel = root.querySelector<HTMLSelectElement>('.map-branch');
      if (sel) sel.value = '';
      changed = true;
    }
    for (const a of pathToRoot(model, id).slice(0, -1)) if (collapsed.delete(a)) changed = true;
    if (changed) applyVisibility();
  };
  const toggleCollapse = (id: string, want?: boolean): void => {
    if (!model.children.has(id)) return;
    const next = want ?? !collapsed.has(id);
    if (next) collapsed.add(id);
    else collapsed.delete(id);
    applyVisibility();
    if (current === id) announce(id);
  };

  // ----- highlight + tooltip -----
  let hover: string | undefined;
  let current: string | undefined;
  let canvasFocused = false;
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
  let cardId: string | undefined;
  let cardHover = false;
  let cardFocus = false;
  /** Closed by Escape / the close button / a click on the background, until the next move. */
  let suppressed = false;
  let graceTimer = 0;
  const buildCard = (id: string, n: MapNode): void => {
    // Built with textContent only: names and summaries are untrusted text.
    tooltip.replaceChildren();
    const zh = unwrapLabel(n.zh);
    const en = unwrapLabel(n.en);
    const title = el('div', 'tt-title');
    title.id = 'map-card-title';
    title.append(el('strong', undefined, zh));
    if (en !== zh) title.append(' ', el('span', 'tt-en', en));
    const close = el('button', 'tt-close', '×');
    close.type = 'button';
    close.setAttribute('aria-label', str('map.card.close'));
    close.title = str('map.card.close');
    close.addEventListener('click', () => closeCard());
    const head = el('div', 'tt-head');
    head.append(title, close);
    tooltip.append(head);
    const meta = el('div', 'tt-meta');
    meta.append(el('span', `tt-kind kind-${n.k}`, kindName(n.k)));
    if (n.st) meta.append(el('span', 'tt-status', str(`map.status.${n.st}`) === `map.status.${n.st}` ? n.st : str(`map.status.${n.st}`)));
    if (!n.n) meta.append(el('span', 'tt-stub', str('map.tt.stub')));
    if (n.f) meta.append(el('code', 'tt-field', n.f));
    tooltip.append(meta);
    if (n.sm) tooltip.append(el('p', 'tt-summary', n.sm));
    const share = el('p', 'tt-share', shareText(id) ?? '');
    share.hidden = share.textContent === '';
    tooltip.append(share);
    const actions = el('div', 'tt-actions');
    actions.append(buildProgressPicker(id, pendingStates[id]));
    const link = el('a', 'btn tt-open', str('map.card.open'));
    link.href = conceptUrl(id);
    actions.append(link);
    tooltip.append(actions);
    tooltip.dataset.id = id;
  };
  const hideCard = (): void => {
    if (tooltip.hidden) return;
    tooltip.hidden = true;
    cardId = undefined;
    delete tooltip.dataset.id;
  };
  const showTooltip = (id: string | undefined): void => {
    const n = id === undefined ? undefined : model.byId.get(id);
    const node = id === undefined ? undefined : cy.getElementById(id);
    if (!id || !n || !node || node.empty() || node.hasClass('hidden')) {
      hideCard();
      return;
    }
    // Rebuilt only when the node changes: the reader may be using the card's buttons.
    if (cardId !== id || tooltip.hidden) buildCard(id, n);
    cardId = id;
    tooltip.hidden = false;
    placeTooltip(node);
  };
  const placeTooltip = (node: NodeSingular): void => {
    const bb = node.renderedBoundingBox({ includeLabels: false });
    const sw = stage.clientWidth;
    const sh = stage.clientHeight;
    // Phones: a sheet along the bottom of the map.
    const docked = sw < 600;
    tooltip.classList.toggle('docked', docked);
    const tw = tooltip.offsetWidth;
    const th = tooltip.offsetHeight;
    if (docked) {
      tooltip.style.transform = `translate(8px, ${Math.round(Math.max(8, sh - th - 8))}px)`;
      return;
    }
    let left = Math.min(Math.max(8, bb.x1), sw - tw - 8);
    let top = bb.y2 + 10;
    if (top + th > sh - 8) top = bb.y1 - th - 10;
    if (top < 8) top = Math.min(sh - th - 8, bb.y2 + 10);
    left = Math.max(8, left);
    tooltip.style.transform = `translate(${Math.round(left)}px, ${Math.round(top)}px)`;
  };
  const cardTarget = (): string | undefined => {
    if (hover) return hover;
    if ((cardHover || cardFocus) && cardId) return cardId;
    if (suppressed) return undefined;
    return canvasFocused || pinned ? current : undefined;
  };
  const refreshFocusView = (): void => {
    const id = cardTarget();
    highlight(id);
    showTooltip(id);
  };
  let pinned = false;
  function closeCard(): void {
    const inside = tooltip.contains(document.activeElement);
    if (inside) canvas.focus({ preventScroll: true });
    clearTimeout(graceTimer);
    suppressed = true;
    pinned = false;
    hover = undefined;
    cardHover = false;
    cardFocus = false;
    refreshFocusView();
  }
  tooltip.addEventListener('pointerenter', () => {
    clearTimeout(graceTimer);
    cardHover = true;
  });
  tooltip.addEventListener('pointerleave', () => {
    cardHover = false;
    clearTimeout(graceTimer);
    graceTimer = window.setTimeout(refreshFocusView, HOVER_GRACE);
  });
  // Keyboard focus keeps the card open; a mouse click on its buttons does not (it closes
  // when the pointer leaves, like any hover card).
  tooltip.addEventListener('focusin', (e) => {
    cardFocus = (e.target as Element).matches(':focus-visible');
  });
  tooltip.addEventListener('focusout', (e) => {
    const to = e.relatedTarget as Node | null;
    if (to && tooltip.contains(to)) return;
    cardFocus = false;
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
    if (b && cardId) queueMicrotask(() => announceState(cardId!, b.value));
  });

  // ----- keyboard focus -----
  const announce = (id: string): void => {
    const n = model.byId.get(id);
    if (!n) return;
    const parts = [unwrapLabel(n.zh)];
    const en = unwrapLabel(n.en);
    if (en !== parts[0]) parts.push(en);
    const info = [kindName(n.k), n.p === undefined ? str('map.announce.root') : str('map.announce.level', { depth: n.d })];
    const kids = model.children.get(id)?.length ?? 0;
    if (kids > 0) info.push(str('map.announce.children', { count: kids }));
    if (collapsed.has(id) && kids > 0) info.push(str('map.announce.collapsed'));
    if (n.st) info.push(str(`map.status.${n.st}`));
    if (!n.n) info.push(str('map.tt.stub'));
    const state = pendingStates[id];
    if (state) info.push(stateName(state));
    const share = shareText(id);
    if (share) info.push(share);
    live.textContent = `${parts.join(' ')}：${info.join('，')}`;
  };
  function announceState(id: string, state: string): void {
    const n = model.byId.get(id);
    if (!n) return;
    const parts = [str('map.announce.progress', { name: unwrapLabel(n.zh), state: stateName(state) })];
    const share = shareText(n.b);
    if (share && n.b !== id && n.p !== undefined) parts.push(share);
    if (lastSaveFailed()) parts.push(pt('progress.saveFailed'));
    live.textContent = parts.join('，');
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
    const pos = node.position();
    const z = Math.min(cy.maxZoom(), zoom);
    cy.stop();
    cy.animate({ zoom: z, pan: { x: cy.width() / 2 - pos.x * z, y: cy.height() / 2 - pos.y * z } }, { duration, complete: () => refreshFocusView() });
  };
  function setCurrent(id: string, o: { announce?: boolean; pan?: boolean } = {}): void {
    suppressed = false;
    if (current) cy.getElementById(current).removeClass('focused');
    current = id;
    cy.getElementById(id).addClass('focused');
    root.dataset.current = id;
    if (o.pan !== false) ensureInView(id);
    if (o.announce !== false) announce(id);
    refreshFocusView();
    // A node the first frame did not hold (arrow keys moved out of the view early): finish once it is in.
    if (!allIn && cy.getElementById(id).empty()) {
      void allInPromise.then(() => {
        if (current !== id) return;
        cy.getElementById(id).addClass('focused');
        if (o.pan !== false) ensureInView(id);
        refreshFocusView();
      });
    }
  }
  const open = (id: string): void => {
    location.assign(conceptUrl(id));
  };

  canvas.addEventListener('focus', () => {
    canvasFocused = true;
    // A mouse click that focuses the map (to pan) selects nothing; keyboard focus starts at the
    // root (or where the keyboard last was).
    if (current === undefined && !canvas.matches(':focus-visible')) return;
    setCurrent(current ?? data.root, { pan: current !== undefined });
  });
  canvas.addEventListener('blur', (e) => {
    canvasFocused = false;
    // Tab from the map moves into the card: it stays, and so does the focus ring.
    if (e.relatedTarget instanceof Node && tooltip.contains(e.relatedTarget)) cardFocus = true;
    if (current && !pinned && !cardFocus) cy.getElementById(current).removeClass('focused');
    refreshFocusView();
  });
  canvas.addEventListener('keydown', (e) => {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const cur = current ?? data.root;
    if (isNavKey(e.key) && current === undefined) {
      e.preventDefault();
      setCurrent(data.root);
    } else if (isNavKey(e.key)) {
      e.preventDefault();
      pinned = false;
      const next = nextNode(model, cur, e.key, hidden);
      if (next === undefined) live.textContent = str('map.announce.edge');
      else setCurrent(next);
    } else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      open(cur);
    } else if (e.key === '-' || e.key === '_') {
      e.preventDefault();
      toggleCollapse(cur, true);
    } else if (e.key === '+' || e.key === '=') {
      e.preventDefault();
      toggleCollapse(cur, false);
    } else if (e.key in KEY_STATES && !e.shiftKey) {
      if (current === undefined) return;
      e.preventDefault();
      setState(current, KEY_STATES[e.key]!);
    } else if (e.key === 'Escape') {
      closeCard();
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
    if (!isTouch(e) || (pinned && current === id && !tooltip.hidden)) {
      open(id);
      return;
    }
    pinned = true;
    setCurrent(id, { pan: false });
    // Keep the node clear of the card docked along the bottom on phones.
    if (tooltip.classList.contains('docked')) {
      const bb = (e.target as NodeSingular).renderedBoundingBox({});
      const limit = stage.clientHeight - tooltip.offsetHeight - 16;
      if (bb.y2 > limit) cy.panBy({ x: 0, y: limit - bb.y2 });
    }
  });
  cy.on('tap', (e) => {
    // A tap on the background (or a line) closes the card.
    if (e.target !== cy && (e.target as NodeSingular).isNode()) return;
    if (pinned || !tooltip.hidden) closeCard();
  });
  cy.on('cxttap', 'node', (e) => toggleCollapse((e.target as NodeSingular).id()));
  cy.on('mouseover', 'node', (e) => {
    clearTimeout(graceTimer);
    hover = (e.target as NodeSingular).id();
    cardHover = false;
    canvas.style.cursor = 'pointer';
    refreshFocusView();
  });
  cy.on('mouseout', 'node', () => {
    canvas.style.cursor = '';
    clearTimeout(graceTimer);
    // A moment's grace, so the pointer can move from the node into its card.
    graceTimer = window.setTimeout(() => {
      hover = undefined;
      refreshFocusView();
    }, HOVER_GRACE);
  });
  let raf = 0;
  cy.on('viewport', () => {
    if (tooltip.hidden || raf) return;
    raf = requestAnimationFrame(() => {
      raf = 0;
      if (cardId && !tooltip.hidden) placeTooltip(cy.getElementById(cardId));
    });
  });

  // ----- toolbar -----
  const zoomBy = (f: number): void => {
    cy.zoom({ level: Math.min(cy.maxZoom(), Math.max(cy.minZoom(), cy.zoom() * f)), renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
  };
  root.querySelector('.map-zoom-in')?.addEventListener('click', () => zoomBy(1.3));
  root.querySelector('.map-zoom-out')?.addEventListener('click', () => zoomBy(1 / 1.3));
  root.querySelector('.map-fit')?.addEventListener('click', () => fitVisible(true));

  const kindBoxes = [...root.querySelectorAll<HTMLInputElement>('input.map-kind')];
  const edgeBoxes = [...root.querySelectorAll<HTMLInputElement>('input.map-edge-type')];
  const labelBtns = [...root.querySelectorAll<HTMLButtonElement>('button.map-label-lang')];

  const setLevel = (value: string): void => {
    collapsed.clear();
    for (const id of collapsedForLevel(model, value === 'all' ? Infinity : Number(value))) collapsed.add(id);
    applyVisibility();
  };
  levelSel?.addEventListener('change', () => {
    setLevel(levelSel.value);
    fitVisible(true);
  });
  branchSel?.addEventListener('change', () => {
    branchFilter = branchSel.value;
    applyVisibility();
    fitVisible(true);
  });
  const applyKinds = (): void => {
    const off = new Set(kindBoxes.filter((b) => !b.checked).map((b) => b.value));
    cy.batch(() => cy.nodes().forEach((n) => {
      const isOff = off.has(n.data('k') as string);
      if (n.hasClass('kind-off') !== isOff) n.toggleClass('kind-off', isOff);
    }));
  };
  for (const b of kindBoxes) b.addEventListener('change', applyKinds);
  const applyEdgeTypes = (): void => {
    cy.batch(() => {
      for (const b of edgeBoxes) cy.edges(`.cross[ty = "${b.value}"]`).toggleClass('off', !b.checked);
    });
  };
  // Checkboxes may come back checked (form state restored on back navigation).
  if (edgeBoxes.some((b) => b.checked)) applyEdgeTypes();
  for (const b of edgeBoxes) b.addEventListener('change', applyEdgeTypes);

  const setLabels = (lang: LabelLang, remember: boolean): void => {
    labelLang = lang;
    for (const b of labelBtns) b.setAttribute('aria-pressed', String(b.value === lang));
    // Through data, not the stylesheet, so Cytoscape re-measures labels and their caches.
    cy.batch(() => cy.nodes().forEach((n) => {
      n.data('lbl', n.data(lang) as string);
    }));
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
  document.addEventListener('k8smap:lang', () => {
    if (!labelPref) setLabels(currentUiLang() === 'en' ? 'en' : 'zh', false);
    if (current) announce(current);
    // Rebuild the card in the new language unless the reader is using it.
    if (cardId && !tooltip.hidden && !tooltip.contains(document.activeElement)) {
      const id = cardId;
      hideCard();
      showTooltip(id);
    }
  });
  document.addEventListener('k8smap:theme', () => {
    cy.style(styleFor() as never);
  });

  root.querySelector('.map-reset')?.addEventListener('click', () => {
    branchFilter = '';
    if (branchSel) branchSel.value = '';
    if (levelSel) levelSel.value = initialLevel;
    for (const b of kindBoxes) b.checked = true;
    for (const b of edgeBoxes) b.checked = false;
    applyKinds();
    applyEdgeTypes();
    setLevel(initialLevel);
    pinned = false;
    hover = undefined;
    if (current) cy.getElementById(current).removeClass('focused');
    current = undefined;
    delete root.dataset.current;
    refreshFocusView();
    fitVisible(true);
  });

  // ----- search -----
  const input = root.querySelector<HTMLInputElement>('.map-search-input');
  const list = root.querySelector<HTMLUListElement>('.map-search-results');
  if (input && list) {
    let hits: { id: string; via?: string }[] = [];
    let active = -1;
    const close = (): void => {
      list.hidden = true;
      input.setAttribute('aria-expanded', 'false');
      input.removeAttribute('aria-activedescendant');
      active = -1;
    };
    const render = (): void => {
      list.replaceChildren();
      if (input.value.trim() === '') return close();
      if (hits.length === 0) {
        const li = el('li', 'map-search-none', str('map.search.none'));
        li.setAttribute('role', 'presentation');
        list.append(li);
      }
      hits.forEach((h, i) => {
        const n = model.byId.get(h.id)!;
        const li = el('li', 'map-search-option');
        li.id = `map-opt-${i}`;
        li.setAttribute('role', 'option');
        li.setAttribute('aria-selected', String(i === active));
        li.dataset.id = h.id;
        const zh = unwrapLabel(n.zh);
        const en = unwrapLabel(n.en);
        li.append(el('span', 'opt-name', zh));
        if (en !== zh) li.append(el('span', 'opt-en', en));
        if (h.via) li.append(el('span', 'opt-via', h.via));
        li.addEventListener('mousedown', (ev) => ev.preventDefault());
        li.addEventListener('click', () => choose(h.id));
        list.append(li);
      });
      list.hidden = false;
      input.setAttribute('aria-expanded', 'true');
      if (active >= 0) input.setAttribute('aria-activedescendant', `map-opt-${active}`);
      else input.removeAttribute('aria-activedescendant');
    };
    const choose = (id: string): void => {
      const n = model.byId.get(id);
      if (!n) return;
      input.value = unwrapLabel(labelLang === 'en' ? n.en : n.zh);
      close();
      focusNode(id);
      canvas.focus({ preventScroll: true });
    };
    input.addEventListener('input', () => {
      hits = searchMap(model, input.value);
      active = hits.length > 0 ? 0 : -1;
      render();
    });
    input.addEventListener('keydown', (e) => {
      if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
        if (hits.length === 0) return;
        e.preventDefault();
        active = (active + (e.key === 'ArrowDown' ? 1 : hits.length - 1)) % hits.length;
        render();
      } else if (e.key === 'Enter') {
        e.preventDefault();
        const h = hits[active >= 0 ? active : 0];
        if (h) choose(h.id);
      } else if (e.key === 'Escape') {
        if (!list.hidden) {
          e.preventDefault();
          close();
        }
      }
    });
    input.addEventListener('blur', () => close());
  }

  // ----- focus a node (search, deep links) -----
  function focusNode(id: string): boolean {
    if (!model.byId.has(id)) return false;
    if (!allIn && cy.getElementById(id).empty()) {
      // Searched for before it was added: fly there once it is in.
      void allInPromise.then(() => focusNode(id));
      return true;
    }
    reveal(id);
    pinned = true;
    flyTo(id, Math.max(cy.zoom(), 1));
    setCurrent(id, { pan: false });
    const node = cy.getElementById(id);
    node.addClass('search-hit');
    setTimeout(() => node.removeClass('search-hit'), 1600);
    return true;
  }

  // ----- progress -----
  applyStates = (states: ProgressStates): void => {
    cy.batch(() => {
      cy.nodes().removeClass(PROGRESS_CLASSES.join(' '));
      for (const [id, state] of Object.entries(states)) {
        const cls = `progress-${state}`;
        if (!(PROGRESS_CLASSES as readonly string[]).includes(cls)) continue;
        const node = cy.getElementById(id);
        if (node.nonempty()) node.addClass(cls);
      }
    });
  };
  if (Object.keys(pendingStates).length > 0) applyStates(pendingStates);

  // Each branch's share learned, next to its label ("7 / 12": the target label of the line from
  // the root), counted by the progress store's `summarize`, as on the progress page.
  startProgress();
  loadProgressGraph()
    .then((graph) => {
      onProgress((progress) => {
        const summary = summarize(graph, progress);
        shares = new Map(summary.branches.map((b) => [b.id, b.counts]));
        cy.batch(() => {
          for (const b of summary.branches) {
            const edge = cy.getElementById(`t:${b.id}`);
            if (edge.empty()) continue;
            if (b.counts.total === 0) edge.removeData('share');
            else {
              const text = `${b.counts.learned} / ${b.counts.total}`;
              // Centred about half its width (15px bold digits) from the branch box: right next
              // to it, clear of the other lines that converge on the root.
              edge.data({ share: text, so: Math.round(text.length * 4.6 + 6) });
            }
          }
        });
        const share = tooltip.querySelector<HTMLElement>('.tt-share');
        if (share && cardId) {
          share.textContent = shareText(cardId) ?? '';
          share.hidden = share.textContent === '';
        }
        root.dataset.shares = 'ready';
      });
    })
    .catch((err: unknown) => console.error('skill map progress:', err));

  // ----- first view (controls may come back with state restored on back navigation) -----
  branchFilter = branchSel?.value ?? '';
  if (kindBoxes.some((b) => !b.checked)) applyKinds();
  setLevel(initialLevel);
  // The nodes were created with the labels in labelLang.
  for (const b of labelBtns) b.setAttribute('aria-pressed', String(b.value === labelLang));
  cy.viewport(firstView);
  if (focusTarget) {
    reveal(focusTarget.id);
    pinned = true;
    setCurrent(focusTarget.id, { pan: false });
  }

  performance.mark('k8smap:map-wired');
  window.k8smapMap = { cy, setNodeStates, focusNode };

  // ----- the rest of the elements, after the first frame -----
  const addRest = async (): Promise<void> => {
    // First let the browser present the first frame and handle any input waiting.
    await new Promise((r) => setTimeout(r, 0));
    const w = canvas.clientWidth;
    const h = canvas.clientHeight;
    const restNodes = data.nodes.filter((n) => !firstIds.has(n.id));
    restNodes.sort((a, b) => distanceFromView(a, firstView, w, h) - distanceFromView(b, firstView, w, h));
    // Each chunk arrives with the classes the controls and progress give it at that moment
    // (changes made meanwhile have already been applied to the elements added before).
    let kindOff = new Set<string>();
    const decorate = (n: MapNode): string[] => {
      const c: string[] = [];
      if (hidden.has(n.id)) c.push('hidden');
      if (collapsed.has(n.id) && model.children.has(n.id)) c.push('collapsed');
      if (kindOff.has(n.k)) c.push('kind-off');
      const st = pendingStates[n.id];
      if (st && (PROGRESS_CLASSES as readonly string[]).includes(`progress-${st}`)) c.push(`progress-${st}`);
      return c;
    };
    const added = new Set(firstIds);
    /** Nodes whose line to their parent is in. */
    const lined = new Set<string>();
    for (const n of data.nodes) if (n.p !== undefined && firstIds.has(n.id) && firstIds.has(n.p)) lined.add(n.id);
    const line = (n: MapNode, defs: ElementDefinition[]): void => {
      if (n.p === undefined || lined.has(n.id) || !added.has(n.id) || !added.has(n.p)) return;
      lined.add(n.id);
      defs.push(treeEdgeDef(n));
    };
    for (let i = 0; i < restNodes.length; i += REST_CHUNK) {
      const chunk = restNodes.slice(i, i + REST_CHUNK);
      kindOff = new Set(kindBoxes.filter((b) => !b.checked).map((b) => b.value));
      const defs: ElementDefinition[] = [];
      for (const n of chunk) {
        added.add(n.id);
        defs.push(nodeDef(n, decorate(n)));
      }
      for (const n of chunk) {
        line(n, defs);
        // Children added before their parent get their line now.
        for (const c of model.children.get(n.id) ?? []) line(model.byId.get(c)!, defs);
      }
      cy.add(defs);
      await new Promise((r) => setTimeout(r, 0));
    }
    const edgeTypeOn = new Set(edgeBoxes.filter((b) => b.checked).map((b) => b.value));
    cy.add(data.edges.map((e, i) => crossEdgeDef(e, i, !edgeTypeOn.has(e.ty))));
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

export type { MapNode };
