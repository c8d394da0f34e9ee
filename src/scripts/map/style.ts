/**
 * Cytoscape stylesheet for the skill map and the local graph, built from the site's CSS
 * variables (so light/dark follow the theme; rebuilt on `k8smap:theme`). Cytoscape needs plain
 * colours, so variables are resolved through a probe element and mixed here.
 */
import { CONCEPT_KINDS } from '../../graph/model.ts';

type Rgb = [number, number, number];

export interface MapPalette {
  bg: Rgb;
  fg: Rgb;
  muted: Rgb;
  border: Rgb;
  accent: Rgb;
  accentFg: Rgb;
  focus: Rgb;
  kind: Record<string, Rgb>;
  prerequisite: Rgb;
  related: Rgb;
  transition: Rgb;
  learned: Rgb;
  learning: Rgb;
  dark: boolean;
}

function parseRgb(s: string): Rgb | undefined {
  const m = /rgba?\(\s*([\d.]+)[ ,]+([\d.]+)[ ,]+([\d.]+)/.exec(s);
  if (m) return [Number(m[1]), Number(m[2]), Number(m[3])];
  const c = /color\(srgb\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)/.exec(s);
  if (c) return [Number(c[1]) * 255, Number(c[2]) * 255, Number(c[3]) * 255];
  return undefined;
}

/** Reads CSS custom properties as resolved colours (through a hidden probe element). */
export function readPalette(scope: Element = document.documentElement): MapPalette {
  const probe = document.createElement('span');
  probe.style.display = 'none';
  scope.appendChild(probe);
  const read = (name: string, fallback: Rgb): Rgb => {
    probe.style.color = '';
    probe.style.color = `var(${name})`;
    return parseRgb(getComputedStyle(probe).color) ?? fallback;
  };
  const bg = read('--bg', [255, 255, 255]);
  const p: MapPalette = {
    bg,
    fg: read('--fg', [27, 31, 36]),
    muted: read('--fg-muted', [87, 96, 106]),
    border: read('--border', [208, 215, 222]),
    accent: read('--accent', [31, 95, 191]),
    accentFg: read('--accent-fg', [255, 255, 255]),
    focus: read('--focus', [194, 65, 12]),
    kind: Object.fromEntries(CONCEPT_KINDS.map((k) => [k, read(`--kind-${k}`, [90, 90, 90])])),
    prerequisite: read('--map-edge-prerequisite', [194, 65, 12]),
    related: read('--map-edge-related', [100, 116, 139]),
    transition: read('--map-edge-transition', [181, 71, 8]),
    learned: read('--map-progress-learned', [17, 99, 41]),
    learning: read('--map-progress-learning', [191, 135, 0]),
    dark: luminance(bg) < 0.4,
  };
  probe.remove();
  return p;
}

function luminance([r, g, b]: Rgb): number {
  return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
}

/** `t` of `a` over `b`. */
export function mix(a: Rgb, b: Rgb, t: number): Rgb {
  return [a[0] * t + b[0] * (1 - t), a[1] * t + b[1] * (1 - t), a[2] * t + b[2] * (1 - t)];
}

export function css(c: Rgb): string {
  return `rgb(${Math.round(c[0])},${Math.round(c[1])},${Math.round(c[2])})`;
}

const FONT = 'system-ui, -apple-system, Segoe UI, PingFang SC, Hiragino Sans GB, Microsoft YaHei, Noto Sans CJK SC, Noto Sans SC, sans-serif, Apple Color Emoji, Segoe UI Emoji, Segoe UI Symbol, Noto Color Emoji';

export interface StyleOptions {
  /** Label data field: `zh` or `en` (or `label` for a precomputed one). */
  labelField: string;
  /** Hide labels smaller than this many screen px (big graphs). */
  minZoomedFontSize?: number;
}

/**
 * The stylesheet. Node data used: `w`, `h` (box), `fs` (font size), `fw` (font weight),
 * `k` (kind), `n` (has note), `d` (depth); classes: `historical`, `root`, `faded`, `hl`,
 * `focused`, `collapsed`, `kind-off`, `progress-*`. Edge data: `ty` (child or a cross type).
 */
const BRANCH_HUES: Rgb[] = [
  [232, 89, 12], [28, 126, 214], [47, 158, 68], [174, 62, 201],
  [240, 140, 0], [12, 133, 153], [214, 51, 108], [92, 124, 250],
];

/** Line colours of the map's branches (mind-map style), softened towards the background. */
export function branchPalette(p: MapPalette): Rgb[] {
  return BRANCH_HUES.map((c) => mix(c, p.bg, p.dark ? 0.75 : 0.6));
}

export type StyleBlock = { selector: string; style: Record<string, unknown> };

export function mapStylesheet(p: MapPalette, o: StyleOptions): StyleBlock[] {
  const s: StyleBlock[] = [
    {
      selector: 'node',
      style: {
        shape: 'round-rectangle',
        'corner-radius': 6,
        width: 'data(w)',
        height: 'data(h)',
        label: `data(${o.labelField})`,
        'font-family': FONT,
        'font-size': 'data(fs)',
        'line-height': 1.3,
        'text-wrap': 'wrap',
        'text-max-width': '2000px',
        'text-valign': 'center',
        'text-halign': 'center',
        color: css(p.fg),
        'background-color': css(p.bg),
        'border-width': 1.5,
        'border-color': css(p.border),
        'min-zoomed-font-size': o.minZoomedFontSize ?? 0,
        'transition-property': 'opacity',
        'transition-duration': 120,
      },
    },
  ];
  for (const [kind, c] of Object.entries(p.kind)) {
    s.push({
      selector: `node[k = "${kind}"]`,
      style: { 'border-color': css(c), 'background-color': css(mix(c, p.bg, p.dark ? 0.22 : 0.12)) },
    });
    // Stubs (no note yet): hollow box, muted text.
    s.push({
      selector: `node[k = "${kind}"][n = 0]`,
      style: { 'background-color': css(p.bg), 'border-color': css(mix(c, p.bg, 0.55)), color: css(mix(p.fg, p.muted, 0.35)) },
    });
  }
  s.push(
    {
      selector: 'node[d <= 1]',
      style: { 'font-weight': 'bold' },
    },
    {
      selector: 'node[d = 1]',
      style: { 'border-width': 2.5, 'corner-radius': 10 },
    },
    {
      selector: 'node.root',
      style: {
        'background-color': css(p.accent),
        'border-color': css(p.accent),
        color: css(p.accentFg),
        'border-width': 0,
        'corner-radius': 14,
      },
    },
    {
      selector: 'node.historical',
      style: { 'border-style': 'dashed', opacity: 0.6 },
    },
    {
      selector: 'node.collapsed',
      style: { 'border-width': 3.5, 'border-style': 'double' },
    },
    // How many children a folded node hides, beside it (relayout.ts): a pill the pointer passes through.
    {
      selector: 'node.fold-count',
      style: {
        'corner-radius': 9,
        'border-width': 1,
        'border-color': css(mix(p.muted, p.bg, 0.7)),
        'background-color': css(mix(p.muted, p.bg, 0.15)),
        color: css(p.fg),
        'font-weight': 'bold',
        events: 'no',
      },
    },
    {
      selector: 'edge',
      style: {
        width: 1.5,
        'line-color': css(mix(p.muted, p.bg, 0.55)),
        'curve-style': 'taxi',
        'taxi-direction': 'horizontal',
        'taxi-turn': '50%',
        'taxi-radius': 8,
        'taxi-turn-min-distance': 4,
        'target-arrow-shape': 'none',
        'transition-property': 'opacity',
        'transition-duration': 120,
      }
    },
    {
      selector: 'edge[d = 1]',
      style: { width: 3, 'curve-style': 'unbundled-bezier', 'edge-distances': 'node-position' },
    },
    {
      selector: 'edge[d = 2]',
      style: { width: 2 },
    },
    ...branchPalette(p).map((c, i) => ({
      selector: `edge[bi = ${i}]`,
      style: { 'line-color': css(c) },
    })),
    {
      selector: 'edge.cross',
      style: {
        'curve-style': 'unbundled-bezier',
        'control-point-distances': 40,
        'control-point-weights': 0.5,
        'edge-distances': 'node-position',
        width: 1.25,
        opacity: 0.55,
        'arrow-scale': 0.8,
        'z-index': 5,
      }
    },
    // Close neighbours need a wider bow (elements.ts `crossCurveDistance`), or there is no curve to draw.
    { selector: 'edge.cross[cpd]', style: { 'control-point-distances': 'data(cpd)' } },
    {
      selector: 'edge[ty = "prerequisite"]',
      style: { 'line-color': css(p.prerequisite), 'target-arrow-color': css(p.prerequisite), 'target-arrow-shape': 'triangle', 'line-style': 'solid' },
    },
    {
      selector: 'edge[ty = "related"]',
      style: { 'line-color': css(p.related), 'line-style': 'dotted', width: 1.5 },
    },
    {
      selector: 'edge[ty = "transition"]',
      style: {
        'line-color': css(p.transition),
        'target-arrow-color': css(p.transition),
        'target-arrow-shape': 'vee',
        'line-style': 'dashed',
        'line-dash-pattern': [6, 3],
      }
    },
    {
      selector: 'edge[ty = "transition"][l]',
      style: {
        label: 'data(l)',
        'font-size': 10,
        'font-family': FONT,
        color: css(p.muted),
        'text-background-color': css(p.bg),
        'text-background-opacity': 0.85,
        'text-background-padding': '2px',
        'text-rotation': 'autorotate',
        'min-zoomed-font-size': 8,
        'text-opacity': 0,
      }
    },
    // A branch's share learned ("7 / 12"), beside the end of its line from the root, next to the
    // branch box (progress-layer.ts `shareLabel` places it and orders the lines under the labels).
    {
      selector: 'edge[share]',
      style: {
        'target-label': 'data(share)',
        'target-text-offset': 0,
        'target-text-margin-x': 'data(sx)',
        'target-text-margin-y': 'data(sy)',
        'font-family': FONT,
        'font-size': 15,
        'font-weight': 600,
        color: css(p.fg),
        'text-background-color': css(p.bg),
        'text-background-opacity': 1,
        'text-background-padding': '2px',
        'text-background-shape': 'round-rectangle',
        'text-events': 'no',
        'z-index': 'data(sz)',
      },
    },
    // Cross edges show when one of their ends is highlighted, or always when switched on.
    { selector: 'edge.cross.off', style: { display: 'none' } },
    { selector: 'edge.cross.off.hl', style: { display: 'element' } },
    // Learning progress (set by the progress scripts through `k8smap:progress`).
    {
      selector: 'node.progress-learned',
      style: { 'underlay-color': css(p.learned), 'underlay-opacity': 0.45, 'underlay-padding': 4, 'underlay-shape': 'round-rectangle' }
    },
    {
      selector: 'node.progress-learning',
      style: { 'underlay-color': css(p.learning), 'underlay-opacity': 0.45, 'underlay-padding': 4, 'underlay-shape': 'round-rectangle' }
    },
    { selector: 'node.progress-skipped', style: { opacity: 0.45 } },
    // Filtering and highlighting.
    { selector: '.kind-off', style: { opacity: 0.12, 'text-opacity': 0.35 } },
    { selector: '.hidden', style: { display: 'none' } },
    { selector: '.faded', style: { opacity: 0.13 } },
    { selector: 'node.hl', style: { opacity: 1, 'z-index': 20 } },
    { selector: 'edge.hl', style: { opacity: 1, width: 2.5, 'line-color': css(p.accent), 'target-arrow-color': css(p.accent), 'z-index': 15 } },
    { selector: 'edge.cross.hl', style: { 'text-opacity': 1 } },
    { selector: 'edge.hl[ty = "prerequisite"]', style: { 'line-color': css(p.prerequisite), 'target-arrow-color': css(p.prerequisite) } },
    { selector: 'edge.hl[ty = "related"]', style: { 'line-color': css(p.related) } },
    { selector: 'edge.hl[ty = "transition"]', style: { 'line-color': css(p.transition), 'target-arrow-color': css(p.transition) } },
    { selector: 'node.hl-path', style: { 'border-color': css(p.accent) } },
    {
      selector: 'node.focused',
      style: {
        'outline-width': 3,
        'outline-color': css(p.focus),
        'outline-offset': 3,
        'outline-opacity': 1,
        'z-index': 30,
      }
    },
    // A note's concepts (`/?note=<id>`, note-highlight.ts).
    { selector: '.note-dim', style: { opacity: 0.15, 'text-opacity': 0.35 } },
    { selector: 'node.note-hl', style: { 'underlay-color': css(p.accent), 'underlay-opacity': 0.3, 'underlay-padding': 6, 'underlay-shape': 'round-rectangle' } },
    { selector: 'node.search-hit', style: { 'underlay-color': css(p.focus), 'underlay-opacity': 0.35, 'underlay-padding': 8 } },
    { selector: 'node:active', style: { 'overlay-opacity': 0.08, 'overlay-color': css(p.fg) } },
    { selector: 'node.center', style: { 'border-width': 3 } },
    // While a new layout moves its ends (relayout.ts `moveNodes`): an unfolded child starts on its
    // parent, and an edge between two boxes on top of each other has no endpoints to draw.
    { selector: 'edge.cross.moving', style: { display: 'none' } },
  );
  return s;
}
