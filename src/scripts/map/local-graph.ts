/**
 * Browser side of the local graph on concept pages: when a `.local-graph` scrolls near the
 * viewport, import Cytoscape (the same chunk the map uses) and draw the build-time positions.
 * Clicking a node opens its page; the depth switch swaps in the two-step graph; colours follow
 * the theme, labels the interface language. Labels never go below 11 px: of the steps the build
 * laid out (fewest neighbours first) it draws the biggest that fits its box at that size, and
 * "more…" (更多…) adds the next; a step too big for the box is drawn at the floor zoom around the
 * concept, and the reader drags it to see the rest.
 */
import type { Core, ElementDefinition, NodeSingular } from 'cytoscape';
import { currentUiLang } from '../preferences.ts';
import { mapStylesheet, readPalette, type StyleBlock } from './style.ts';
import { loadCytoscape } from './load-cytoscape.ts';
import { decodeLocalGraphs, FIT_PAD, localFit, MAX_ZOOM, type LocalGraphData, type LocalGraphPayload } from '../../views/local-graph.ts';

/** The page's local graphs: every node once, the steps by number (`encodeLocalGraphs`). */
interface Payload extends LocalGraphPayload {
  base: string;
}

/** Padding (px) around the fitted graph. */
const PAD = FIT_PAD;

function elementsFor(g: LocalGraphData): ElementDefinition[] {
  const els: ElementDefinition[] = g.nodes.map((n) => ({
    group: 'nodes',
    data: { id: n.id, zh: n.zh, en: n.en, k: n.k, n: n.n, d: n.ring === 0 ? 1 : 3, w: n.w, h: n.h, fs: n.fs },
    position: { x: n.x, y: n.y },
    classes: [n.ring === 0 ? 'center' : '', n.st ? 'historical' : ''].filter(Boolean),
  }));
  g.edges.forEach((e, i) => {
    const data: Record<string, string> = { id: `e${i}`, source: e.s, target: e.t, ty: e.ty };
    if (e.l) data.l = e.l;
    els.push({ group: 'edges', data, classes: e.ty === 'child' ? 'tree' : 'cross' });
  });
  return els;
}

function styleFor(el: Element): StyleBlock[] {
  const p = readPalette(el);
  return [
    ...mapStylesheet(p, { labelField: currentUiLang() === 'en' ? 'en' : 'zh' }),
    { selector: 'edge', style: { 'curve-style': 'bezier', 'control-point-step-size': 30 } },
    { selector: 'edge.tree', style: { width: 2, 'target-arrow-shape': 'triangle', 'arrow-scale': 0.7, 'target-arrow-color': 'rgb(150,150,150)', 'line-color': 'rgb(150,150,150)' } },
    { selector: 'edge.cross', style: { opacity: 0.85 } },
    { selector: 'edge[ty = "mentions"]', style: { 'line-style': 'dotted', width: 1, opacity: 0.6 } },
    { selector: 'node.center', style: { 'border-width': 3 } },
  ];
}

async function draw(root: HTMLElement): Promise<void> {
  const payload = JSON.parse(root.querySelector('script.local-graph-data')?.textContent ?? 'null') as Payload | null;
  const container = root.querySelector<HTMLElement>('.lg-canvas');
  if (!payload || !container) return;
  /** Per depth (1, then 2), the graph in steps from fewest to most nodes. */
  const allSteps = decodeLocalGraphs(payload);
  if (allSteps.length === 0) return;
  const more = root.querySelector<HTMLButtonElement>('.lg-more');
  const moreN = root.querySelector<HTMLElement>('.lg-more-n');
  const cytoscape = await loadCytoscape();
  let depth = root.dataset.depth === '2' && allSteps[1] ? 2 : 1;
  const stepsOf = (d: number): LocalGraphData[] => allSteps[d - 1] ?? allSteps[0]!;
  /** The biggest step whose labels stay readable when fitted (else the smallest). */
  const readableStep = (d: number): number => {
    const steps = stepsOf(d);
    let best = 0;
    steps.forEach((g, i) => {
      if (localFit(g, container.clientWidth, container.clientHeight, PAD, MAX_ZOOM).readable) best = i;
    });
    return best;
  };
  let step = readableStep(depth);
  const cy: Core = cytoscape({
    container,
    elements: elementsFor(stepsOf(depth)[step]!),
    layout: { name: 'preset', fit: false },
    style: styleFor(root) as never,
    userZoomingEnabled: false,
    userPanningEnabled: false,
    boxSelectionEnabled: false,
    autoungrabify: true,
    autounselectify: true,
    minZoom: 0.2,
    maxZoom: MAX_ZOOM,
  });
  /** Fits the graph; when that would draw labels under the floor, the floor zoom around the concept, with pan and zoom on. */
  const place = (): void => {
    const g = stepsOf(depth)[step]!;
    const fit = localFit(g, cy.width(), cy.height(), PAD, MAX_ZOOM);
    cy.minZoom(Math.min(MAX_ZOOM, fit.floorZoom));
    if (fit.readable) {
      cy.userPanningEnabled(false);
      cy.userZoomingEnabled(false);
      cy.fit(undefined, PAD);
      root.dataset.fit = 'all';
    } else {
      // Drag to pan (the wheel keeps scrolling the page).
      cy.userPanningEnabled(true);
      cy.zoom(fit.floorZoom);
      cy.center(cy.getElementById(g.center));
      root.dataset.fit = 'floor';
    }
    const steps = stepsOf(depth);
    const next = steps[step + 1];
    if (more) {
      more.hidden = !next;
      if (next && moreN) moreN.textContent = `(+${next.nodes.length - g.nodes.length})`;
    }
    root.dataset.shown = String(g.nodes.length);
  };
  const show = (): void => {
    cy.elements().remove();
    cy.add(elementsFor(stepsOf(depth)[step]!));
    place();
  };
  place();
  more?.addEventListener('click', () => {
    if (step + 1 >= stepsOf(depth).length) return;
    step += 1;
    show();
  });
  cy.on('tap', 'node', (e) => location.assign(`${payload.base}${encodeURIComponent((e.target as NodeSingular).id())}/`));
  cy.on('mouseover', 'node', () => (container.style.cursor = 'pointer'));
  cy.on('mouseout', 'node', () => (container.style.cursor = ''));
  for (const btn of root.querySelectorAll<HTMLButtonElement>('.lg-depth-btn')) {
    btn.addEventListener('click', () => {
      depth = btn.value === '2' ? 2 : 1;
      for (const b of root.querySelectorAll('.lg-depth-btn')) b.setAttribute('aria-pressed', String(b === btn));
      step = readableStep(depth);
      show();
    });
  }
  const restyle = (): void => {
    cy.style(styleFor(root) as never);
  };
  document.addEventListener('k8smap:theme', restyle);
  document.addEventListener('k8smap:lang', restyle);
  new ResizeObserver(() => {
    cy.resize();
    place();
  }).observe(container);
  requestAnimationFrame(() => {
    root.dataset.ready = 'true';
  });
}

export function initLocalGraphs(): void {
  const roots = [...document.querySelectorAll<HTMLElement>('.local-graph')].filter((r) => r.querySelector('.lg-canvas'));
  if (roots.length === 0) return;
  const start = (r: HTMLElement): void => {
    if (r.dataset.started) return;
    r.dataset.started = 'true';
    draw(r).catch((err: unknown) => console.error('local graph:', err));
  };
  if (!('IntersectionObserver' in window)) {
    roots.forEach(start);
    return;
  }
  const io = new IntersectionObserver(
    (entries) => {
      for (const e of entries) {
        if (e.isIntersecting) {
          io.unobserve(e.target);
          start(e.target as HTMLElement);
        }
      }
    },
    { rootMargin: '200px' },
  );
  roots.forEach((r) => io.observe(r));
}
