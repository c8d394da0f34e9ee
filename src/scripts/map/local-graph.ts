/**
 * Browser side of the local graph on concept pages: when a `.local-graph` scrolls near the
 * viewport, import Cytoscape (the same chunk the map uses) and draw the build-time positions.
 * Clicking a node opens its page; the depth switch swaps in the two-step graph; colours follow
 * the theme, labels the interface language.
 */
import type { Core, ElementDefinition, NodeSingular } from 'cytoscape';
import { currentUiLang } from '../preferences.ts';
import { mapStylesheet, readPalette, type StyleBlock } from './style.ts';
import { loadCytoscape } from './load-cytoscape.ts';
import type { LocalGraphData } from '../../views/local-graph.ts';

interface Payload {
  base: string;
  graphs: LocalGraphData[];
}

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
  if (!payload || !container || payload.graphs.length === 0) return;
  const cytoscape = await loadCytoscape();
  let depth = root.dataset.depth === '2' && payload.graphs[1] ? 2 : 1;
  const cy: Core = cytoscape({
    container,
    elements: elementsFor(payload.graphs[depth - 1]!),
    layout: { name: 'preset', fit: false },
    style: styleFor(root) as never,
    userZoomingEnabled: false,
    userPanningEnabled: false,
    boxSelectionEnabled: false,
    autoungrabify: true,
    autounselectify: true,
    minZoom: 0.2,
    maxZoom: 1.2,
  });
  cy.fit(undefined, 12);
  cy.on('tap', 'node', (e) => location.assign(`${payload.base}${encodeURIComponent((e.target as NodeSingular).id())}/`));
  cy.on('mouseover', 'node', () => (container.style.cursor = 'pointer'));
  cy.on('mouseout', 'node', () => (container.style.cursor = ''));
  for (const btn of root.querySelectorAll<HTMLButtonElement>('.lg-depth-btn')) {
    btn.addEventListener('click', () => {
      depth = btn.value === '2' ? 2 : 1;
      for (const b of root.querySelectorAll('.lg-depth-btn')) b.setAttribute('aria-pressed', String(b === btn));
      cy.elements().remove();
      cy.add(elementsFor(payload.graphs[depth - 1]!));
      cy.fit(undefined, 12);
    });
  }
  const restyle = (): void => {
    cy.style(styleFor(root) as never);
  };
  document.addEventListener('k8smap:theme', restyle);
  document.addEventListener('k8smap:lang', restyle);
  new ResizeObserver(() => {
    cy.resize();
    cy.fit(undefined, 12);
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
