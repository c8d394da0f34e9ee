/**
 * Build-time geometry of the static SVG skill map (MapStatic.astro): the same boxes and
 * positions as the interactive map, tree lines approximating Cytoscape's (S curves from the
 * root, horizontal taxi lines below). Cross edges start hidden on the map, so they are omitted.
 * Pure; no Astro imports.
 */
import { MAP_TYPE, unwrapLabel, type MapData, type MapNode } from '../../views/map-data.ts';
import { foldBadgeCentre, foldBadgeWidth, FOLD_BADGE, stackedBelow, type FoldBadge } from '../../views/map-layout.ts';

export interface StaticMapGeometry {
  nodes: MapNode[];
  edges: { d: string; depth: number; bi: number }[];
  bounds: { x1: number; y1: number; x2: number; y2: number };
  viewBox: { x: number; y: number; w: number; h: number };
}

/**
 * Above this many nodes no static picture is rendered (the same threshold as the map's "big"
 * mode): its markup grows ~0.4 kB per node (2 MB at 5,000) and parsing it delays Cytoscape.
 */
export const STATIC_MAX_NODES = 1500;

const r1 = (v: number): number => Math.round(v * 10) / 10;

export function staticMapGeometry(data: MapData, counts: ReadonlyMap<string, number> = new Map(), badge: FoldBadge = FOLD_BADGE): StaticMapGeometry {
  const byId = new Map(data.nodes.map((n) => [n.id, n]));
  const branchIndex = new Map<string, number>();
  for (const n of data.nodes) if (n.p === data.root) branchIndex.set(n.id, branchIndex.size % 8);
  const edges: StaticMapGeometry['edges'] = [];
  for (const b of data.nodes) {
    if (b.p === undefined) continue;
    const a = byId.get(b.p);
    if (!a) continue;
    const dir = Math.sign(b.x - a.x) || 1;
    const sx = a.x + (dir * a.w) / 2;
    const tx = b.x - (dir * b.w) / 2;
    const mid = (sx + tx) / 2;
    let d: string;
    // A phone's stacked layout (a branch below the root's box): down from the root's bottom, into the branch's inner side.
    if (b.d === 1 && stackedBelow(a, b)) d = `M${r1(a.x)} ${r1(a.y + a.h / 2)}Q${r1(a.x)} ${r1(b.y)} ${r1(tx)} ${r1(b.y)}`;
    else if (b.d === 1) d = `M${r1(sx)} ${r1(a.y)}C${r1(mid)} ${r1(a.y)} ${r1(mid)} ${r1(b.y)} ${r1(tx)} ${r1(b.y)}`;
    else {
      const dy = b.y - a.y;
      const rad = Math.min(8, Math.abs(dy) / 2, Math.abs(tx - mid));
      if (Math.abs(dy) < 1 || rad <= 0) d = `M${r1(sx)} ${r1(a.y)}H${r1(tx)}V${r1(b.y)}`;
      else {
        const sy = Math.sign(dy);
        d = `M${r1(sx)} ${r1(a.y)}H${r1(mid - dir * rad)}Q${r1(mid)} ${r1(a.y)} ${r1(mid)} ${r1(a.y + sy * rad)}V${r1(b.y - sy * rad)}Q${r1(mid)} ${r1(b.y)} ${r1(mid + dir * rad)} ${r1(b.y)}H${r1(tx)}`;
      }
    }
    edges.push({ d, depth: b.d, bi: branchIndex.get(b.b) ?? 0 });
  }
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  for (const n of data.nodes) {
    x1 = Math.min(x1, n.x - n.w / 2);
    x2 = Math.max(x2, n.x + n.w / 2);
    y1 = Math.min(y1, n.y - n.h / 2);
    y2 = Math.max(y2, n.y + n.h / 2);
  }
  // The counts beside folded nodes are in the picture too (the interactive map fits them as well).
  for (const n of data.nodes) {
    const count = counts.get(n.id);
    if (count === undefined) continue;
    const c = foldBadgeCentre(n, count, badge);
    const bw = foldBadgeWidth(count, badge);
    x1 = Math.min(x1, c.x - bw / 2);
    x2 = Math.max(x2, c.x + bw / 2);
  }
  if (!Number.isFinite(x1)) [x1, y1, x2, y2] = [0, 0, 1, 1];
  const m = Math.max(x2 - x1, y2 - y1) * 0.02;
  return {
    nodes: data.nodes,
    edges,
    bounds: { x1: r1(x1), y1: r1(y1), x2: r1(x2), y2: r1(y2) },
    viewBox: { x: r1(x1 - m), y: r1(y1 - m), w: r1(x2 - x1 + 2 * m), h: r1(y2 - y1 + 2 * m) },
  };
}

/** Escapes text for HTML/SVG text content and double-quoted attributes. */
const esc = (v: string | number): string =>
  String(v).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

/**
 * The picture's markup (`<svg class="map-static">`), rendered by MapStatic.astro and by the map
 * benchmark, so both measure the same thing. Every node is a link to its page (`conceptBase` +
 * id), usable before Cytoscape arrives and without JavaScript; the links are out of the tab
 * order and the picture is aria-hidden (the outline is the accessible tree of the same links),
 * and each carries a <title> (both names) as its hover tip. Every label, id and class from the
 * data is escaped: titles are untrusted.
 */
export function staticMapSvg(data: MapData, conceptBase = '/concepts/', counts: ReadonlyMap<string, number> = new Map(), badge: FoldBadge = FOLD_BADGE): string {
  const g = staticMapGeometry(data, counts, badge);
  const lh = MAP_TYPE.lineHeight;
  const out: string[] = [
    `<svg class="map-static" aria-hidden="true" focusable="false" viewBox="${g.viewBox.x} ${g.viewBox.y} ${g.viewBox.w} ${g.viewBox.h}" preserveAspectRatio="xMidYMid meet" data-bounds="${g.bounds.x1} ${g.bounds.y1} ${g.bounds.x2} ${g.bounds.y2}">`,
    '<g class="ms-edges">',
  ];
  for (const e of g.edges) out.push(`<path d="${e.d}" class="ms-e ms-e-d${Math.min(e.depth, 3)} ms-b${e.bi}"></path>`);
  out.push('</g><g class="ms-nodes">');
  for (const n of g.nodes) {
    const cls = ['ms-n', `ms-k-${n.k}`];
    if (n.d === 0) cls.push('ms-root');
    if (n.n === 0) cls.push('ms-stub');
    if (n.st) cls.push('ms-hist');
    if (n.d === 1) cls.push('ms-d1');
    if (MAP_TYPE.bold(n.d)) cls.push('ms-bold');
    const zh = unwrapLabel(n.zh);
    const en = unwrapLabel(n.en);
    out.push(`<a class="ms-a" href="${esc(`${conceptBase}${encodeURIComponent(n.id)}/`)}" tabindex="-1"><title>${esc(zh === en ? zh : `${zh} · ${en}`)}</title>`);
    out.push(`<g class="${esc(cls.join(' '))}" data-id="${esc(n.id)}" data-x="${n.x}" data-y="${n.y}">`);
    out.push(`<rect x="${n.x - n.w / 2}" y="${n.y - n.h / 2}" width="${n.w}" height="${n.h}" rx="${n.d === 0 ? 14 : n.d === 1 ? 10 : 6}"></rect>`);
    const fs = MAP_TYPE.fontSize(n.d);
    for (const lang of ['zh', 'en'] as const) {
      const lines = n[lang].split('\n');
      const top = n.y - (lines.length * fs * lh) / 2;
      out.push(`<text class="ms-l ms-l-${lang}" font-size="${fs}" x="${n.x}">`);
      lines.forEach((line, i) => out.push(`<tspan x="${n.x}" y="${top + fs * lh * (i + 0.5)}">${esc(line)}</tspan>`));
      out.push('</text>');
    }
    out.push('</g></a>');
    const count = counts.get(n.id);
    if (count !== undefined) {
      // The count beside a folded node, as the interactive map draws it (relayout.ts).
      const c = foldBadgeCentre(n, count, badge);
      const bw = foldBadgeWidth(count, badge);
      out.push(`<g class="ms-fold"><rect x="${c.x - bw / 2}" y="${c.y - badge.height / 2}" width="${bw}" height="${badge.height}" rx="9"></rect><text font-size="${badge.fontSize}" x="${c.x}" y="${c.y}">${count}</text></g>`);
    }
  }
  out.push('</g></svg>');
  return out.join('');
}
