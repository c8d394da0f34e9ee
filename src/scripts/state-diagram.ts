/**
 * Draws state diagrams with Cytoscape (loaded on demand) at the positions and along the edge
 * routes computed at build time by dagre (`preset` layout, `segments` edges with fixed
 * endpoints): the wide layout on wide screens, the tall one on narrow screens. Each edge's
 * number sits in a badge in the slot dagre kept for it; hovering an edge or its badge, or
 * hovering / focusing its line in the numbered list below, highlights both and shows the
 * transition's label over the diagram. Labels are canvas text, never HTML. Clicking a state
 * opens its page. Colours follow the theme.
 */
import type { StateDiagramJson, StateLayout } from '../views/state-diagram.ts';
import { segmentStyle } from '../views/state-geometry.ts';
import { currentTheme, currentUiLang } from './preferences.ts';

type Cy = import('cytoscape').Core;

function cssVar(name: string): string {
  return getComputedStyle(document.documentElement).getPropertyValue(name).trim();
}

/** Per-edge route styles for one layout (selectors by id: they change with the layout). */
function routeStyles(data: StateDiagramJson, layout: StateLayout): import('cytoscape').StylesheetJson {
  const out: import('cytoscape').StylesheetJson = [];
  for (const e of data.edges) {
    const route = layout.routes?.[e.id];
    if (!route) continue;
    const seg = segmentStyle(route, layout.positions[e.source]!, layout.positions[e.target]!);
    const style: Record<string, unknown> = { 'source-endpoint': seg.sourceEndpoint, 'target-endpoint': seg.targetEndpoint, 'edge-distances': 'endpoints' };
    if (seg.weights.length > 0) Object.assign(style, { 'curve-style': 'round-segments', 'segment-weights': seg.weights, 'segment-distances': seg.distances, 'segment-radii': 10 });
    else style['curve-style'] = 'straight';
    out.push({ selector: `edge[id = "${e.id}"]`, style } as never);
  }
  return out;
}

function styleFor(data: StateDiagramJson, layout: StateLayout): import('cytoscape').StylesheetJson {
  const fg = cssVar('--fg') || (currentTheme() === 'dark' ? '#e6edf3' : '#1b1f24');
  const muted = cssVar('--fg-muted') || '#57606a';
  const bg = cssVar('--bg-elev') || '#fff';
  const soft = cssVar('--bg-soft') || '#f5f7fa';
  const state = cssVar('--kind-state') || '#b54708';
  const border = cssVar('--border') || '#d0d7de';
  const accent = cssVar('--accent') || '#1f5fbf';
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
      },
    },
    { selector: 'edge.current', style: { 'line-color': state, 'target-arrow-color': state, width: 2.5 } },
    // The number of each edge, in the label slot of its route.
    {
      selector: 'node.badge',
      style: {
        shape: 'round-rectangle',
        width: 'data(bw)',
        height: 20,
        label: 'data(label)',
        'font-size': 12,
        'font-weight': 'bold',
        'font-family': font,
        color: fg,
        'text-valign': 'center',
        'text-halign': 'center',
        'background-color': soft,
        'border-width': 1,
        'border-color': border,
      },
    },
    { selector: 'node.badge.current', style: { 'border-color': state, 'background-color': soft, color: fg, 'border-width': 2, 'font-weight': 'bold' } },
    { selector: 'edge.hl', style: { width: 3.5, 'line-color': accent, 'target-arrow-color': accent, 'z-index': 10 } },
    { selector: 'node.badge.hl', style: { 'border-color': accent, 'border-width': 2.5, 'z-index': 10 } },
    ...routeStyles(data, layout),
  ];
}

async function draw(section: HTMLElement): Promise<void> {
  const container = section.querySelector<HTMLElement>('.state-canvas');
  const dataEl = section.querySelector('script.state-data');
  if (!container || !dataEl?.textContent) return;
  const data = JSON.parse(dataEl.textContent) as StateDiagramJson;
  const narrow = container.clientWidth < 560;
  let layout = narrow ? data.layouts.tall : data.layouts.wide;
  // Give the canvas the diagram's aspect ratio, within sensible bounds.
  const scale = Math.min(1, container.clientWidth / Math.max(1, layout.width));
  container.style.height = `${Math.round(Math.min(560, Math.max(220, layout.height * scale + 24)))}px`;

  const { default: cytoscape } = await import('cytoscape');
  const current = section.dataset.current;
  const isCurrent = (e: { source: string; target: string }): boolean => !!current && (e.source === current || e.target === current);
  const badgePos = (l: StateLayout, id: string): { x: number; y: number } => {
    const r = l.routes?.[id];
    if (r) return { ...r.label };
    const e = data.edges.find((x) => x.id === id)!;
    const a = l.positions[e.source]!;
    const b = l.positions[e.target]!;
    return { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
  };
  // Each box names its state in the UI language first (the labels are canvas text, never HTML).
  const labelOf = (n: StateDiagramJson['nodes'][number]): string => (currentUiLang() === 'en' ? (n.labelEn ?? n.label) : n.label);
  const cy: Cy = cytoscape({
    container,
    elements: [
      ...data.nodes.map((n) => ({
        group: 'nodes' as const,
        data: { id: n.id, label: labelOf(n), url: n.url, width: n.width, height: n.height },
        position: { ...layout.positions[n.id]! },
        classes: n.current ? 'current' : '',
      })),
      ...data.edges.map((e) => ({
        group: 'edges' as const,
        data: { id: e.id, source: e.source, target: e.target, num: String(e.num) },
        classes: isCurrent(e) ? 'current' : '',
      })),
      ...data.edges.map((e) => ({
        group: 'nodes' as const,
        data: { id: `b:${e.id}`, label: String(e.num), edge: e.id, bw: String(e.num).length * 8 + 12 },
        position: badgePos(layout, e.id),
        classes: isCurrent(e) ? 'badge current' : 'badge',
      })),
    ],
    layout: { name: 'preset', fit: true, padding: 16 },
    style: styleFor(data, layout),
    userZoomingEnabled: false,
    userPanningEnabled: false,
    boxSelectionEnabled: false,
    autoungrabify: true,
    autounselectify: true,
  });

  // ----- one transition highlighted: on the canvas, in the list, with its label in the caption -----
  const items = new Map([...section.querySelectorAll<HTMLLIElement>('.state-text li[data-edge]')].map((li) => [li.dataset.edge!, li]));
  const caption = section.querySelector<HTMLElement>('.state-hover');
  let shown: string | undefined;
  /** `fromCanvas`: the pointer is on the edge or its badge (the caption spells the transition out). */
  const show = (id: string | undefined, fromCanvas = false): void => {
    if (id === shown) return;
    shown = id;
    cy.elements('.hl').removeClass('hl');
    for (const li of items.values()) li.classList.remove('hl');
    if (caption) caption.textContent = '';
    container.dataset.hover = id ?? '';
    if (!id) return;
    cy.getElementById(id).addClass('hl');
    cy.getElementById(`b:${id}`).addClass('hl');
    const li = items.get(id);
    li?.classList.add('hl');
    // Over the diagram, away from the badge: the list item's text (its two states and label).
    if (caption && li && fromCanvas) {
      const names = [...li.querySelectorAll('a')].map((a) => a.textContent?.trim() ?? '');
      const label = li.querySelector('.state-label')?.textContent?.trim() ?? '';
      caption.textContent = `${li.value}. ${names.join(' → ')}${label}`;
      const badge = cy.getElementById(`b:${id}`);
      caption.classList.toggle('at-top', !badge.empty() && badge.renderedPosition().y > cy.height() / 2);
    }
  };
  const edgeOf = (t: { isEdge(): boolean; id(): string; data(k: string): unknown }): string | undefined =>
    t.isEdge() ? t.id() : typeof t.data('edge') === 'string' ? (t.data('edge') as string) : undefined;
  cy.on('mouseover', 'edge, node.badge', (evt) => show(edgeOf(evt.target), true));
  cy.on('mouseout', 'edge, node.badge', () => show(undefined));
  cy.on('tap', 'edge, node.badge', (evt) => show(edgeOf(evt.target), true));
  for (const [id, li] of items) {
    li.addEventListener('pointerenter', () => show(id));
    li.addEventListener('pointerleave', () => show(undefined));
    li.addEventListener('focusin', () => show(id));
    li.addEventListener('focusout', () => show(undefined));
  }

  cy.on('tap', 'node', (evt) => {
    const url = evt.target.data('url') as string | undefined;
    if (url && evt.target.id() !== current) window.location.assign(url);
  });
  cy.on('mouseover', 'node', (evt) => (container.style.cursor = evt.target.data('url') ? 'pointer' : ''));
  cy.on('mouseout', 'node', () => (container.style.cursor = ''));
  document.addEventListener('k8smap:theme', () => cy.style(styleFor(data, layout)));
  document.addEventListener('k8smap:lang', () => {
    for (const n of data.nodes) cy.getElementById(n.id).data('label', labelOf(n));
  });
  let lastNarrow = narrow;
  new ResizeObserver(() => {
    const nowNarrow = container.clientWidth < 560;
    if (nowNarrow !== lastNarrow) {
      lastNarrow = nowNarrow;
      layout = nowNarrow ? data.layouts.tall : data.layouts.wide;
      cy.nodes().positions((n) => (n.hasClass('badge') ? badgePos(layout, n.data('edge') as string) : { ...layout.positions[n.id()]! }));
      cy.style(styleFor(data, layout));
      container.dataset.layout = nowNarrow ? 'tall' : 'wide';
    }
    cy.resize();
    cy.fit(undefined, 16);
  }).observe(container);
  container.dataset.ready = 'true';
  container.dataset.layout = narrow ? 'tall' : 'wide';
  container.dataset.highlighted = cy.nodes('.current').not('.badge').map((n) => n.id()).join(' ');
  (container as HTMLElement & { cy?: Cy }).cy = cy;
}

export function initStateDiagrams(): void {
  for (const section of document.querySelectorAll<HTMLElement>('[data-state-diagram]')) {
    draw(section).catch((err: unknown) => {
      section.querySelector('.state-canvas')?.setAttribute('data-error', String(err));
    });
  }
}
