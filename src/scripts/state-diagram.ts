/**
 * Draws state diagrams with Cytoscape (loaded on demand) at the positions computed at build
 * time (`preset` layout): the wide layout on wide screens, the tall one on narrow screens.
 * Labels are canvas text, never HTML. Clicking a state opens its page. Colours follow the theme.
 */
import type { StateDiagramJson } from '../views/state-diagram.ts';
import { currentTheme } from './preferences.ts';

type Cy = import('cytoscape').Core;

function cssVar(name: string): string {
  return getComputedStyle(document.documentElement).getPropertyValue(name).trim();
}

function styleFor(): import('cytoscape').StylesheetJson {
  const fg = cssVar('--fg') || (currentTheme() === 'dark' ? '#e6edf3' : '#1b1f24');
  const muted = cssVar('--fg-muted') || '#57606a';
  const bg = cssVar('--bg-elev') || '#fff';
  const soft = cssVar('--bg-soft') || '#f5f7fa';
  const state = cssVar('--kind-state') || '#b54708';
  const border = cssVar('--border') || '#d0d7de';
  const font = getComputedStyle(document.documentElement).fontFamily;
  return [
    {
      selector: 'node',
      style: {
        shape: 'round-rectangle',
        width: 'data(width)',
        height: 'data(height)',
        'background-color': bg,
        'border-width': 2,
        'border-color': state,
        label: 'data(label)',
        'text-wrap': 'wrap',
        'text-valign': 'center',
        'text-halign': 'center',
        color: fg,
        'font-size': 14,
        'font-family': font,
        'line-height': 1.3,
      },
    },
    {
      selector: 'node.current',
      style: { 'background-color': state, color: soft, 'border-color': state, 'border-width': 3, 'font-weight': 'bold' },
    },
    {
      selector: 'edge',
      style: {
        width: 1.5,
        'curve-style': 'bezier',
        'line-color': muted,
        'target-arrow-color': muted,
        'target-arrow-shape': 'triangle',
        'arrow-scale': 1.1,
        label: 'data(num)',
        'font-size': 11,
        'font-weight': 'bold',
        'font-family': font,
        color: fg,
        'text-background-color': soft,
        'text-background-opacity': 1,
        'text-background-padding': '3px',
        'text-background-shape': 'roundrectangle',
        'text-border-color': border,
        'text-border-width': 1,
        'text-border-opacity': 1,
      },
    },
    { selector: 'edge.current', style: { 'line-color': state, 'target-arrow-color': state, width: 2.5, 'text-border-color': state } },
  ];
}

async function draw(section: HTMLElement): Promise<void> {
  const container = section.querySelector<HTMLElement>('.state-canvas');
  const dataEl = section.querySelector('script.state-data');
  if (!container || !dataEl?.textContent) return;
  const data = JSON.parse(dataEl.textContent) as StateDiagramJson;
  const narrow = container.clientWidth < 560;
  const layout = narrow ? data.layouts.tall : data.layouts.wide;
  // Give the canvas the diagram's aspect ratio, within sensible bounds.
  const scale = Math.min(1, container.clientWidth / Math.max(1, layout.width));
  container.style.height = `${Math.round(Math.min(560, Math.max(220, layout.height * scale + 24)))}px`;

  const { default: cytoscape } = await import('cytoscape');
  const current = section.dataset.current;
  const cy: Cy = cytoscape({
    container,
    elements: [
      ...data.nodes.map((n) => ({
        group: 'nodes' as const,
        data: { id: n.id, label: n.label, url: n.url, width: n.width, height: n.height },
        position: { ...layout.positions[n.id]! },
        classes: n.current ? 'current' : '',
      })),
      ...data.edges.map((e) => ({
        group: 'edges' as const,
        data: { id: e.id, source: e.source, target: e.target, num: String(e.num) },
        classes: current && (e.source === current || e.target === current) ? 'current' : '',
      })),
    ],
    layout: { name: 'preset', fit: true, padding: 16 },
    style: styleFor(),
    userZoomingEnabled: false,
    userPanningEnabled: false,
    boxSelectionEnabled: false,
    autoungrabify: true,
    autounselectify: true,
  });
  cy.on('tap', 'node', (evt) => {
    const url = evt.target.data('url') as string;
    if (url && evt.target.id() !== current) window.location.assign(url);
  });
  cy.on('mouseover', 'node', () => (container.style.cursor = 'pointer'));
  cy.on('mouseout', 'node', () => (container.style.cursor = ''));
  document.addEventListener('k8smap:theme', () => cy.style(styleFor()));
  let lastNarrow = narrow;
  new ResizeObserver(() => {
    const nowNarrow = container.clientWidth < 560;
    if (nowNarrow !== lastNarrow) {
      lastNarrow = nowNarrow;
      const l = nowNarrow ? data.layouts.tall : data.layouts.wide;
      cy.nodes().positions((n) => ({ ...l.positions[n.id()]! }));
    }
    cy.resize();
    cy.fit(undefined, 16);
  }).observe(container);
  container.dataset.ready = 'true';
  container.dataset.layout = narrow ? 'tall' : 'wide';
  container.dataset.highlighted = cy.nodes('.current').map((n) => n.id()).join(' ');
}

export function initStateDiagrams(): void {
  for (const section of document.querySelectorAll<HTMLElement>('[data-state-diagram]')) {
    draw(section).catch((err: unknown) => {
      section.querySelector('.state-canvas')?.setAttribute('data-error', String(err));
    });
  }
}
