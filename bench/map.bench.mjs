#!/usr/bin/env node
/**
 * Skill-map benchmark (`node bench/map.bench.mjs`, also run by `npm run bench`).
 *
 * For synthetic map trees of 150, 1,000 and 5,000 nodes (deterministic generator):
 * 1. times the build-time mind-map layout in Node (src/graph/layout.ts);
 * 2. writes two standalone pages per size that load Cytoscape (node_modules/cytoscape/dist/
 *    cytoscape.min.js) and the same elements and stylesheet as the site's map:
 *    - `preset`: positions from the build-time layout (what the site does): the page carries the
 *      server-rendered static SVG picture of the map (same markup and CSS as
 *      src/components/map/MapStatic.astro, geometry from src/components/map/static-map.ts) and
 *      Cytoscape draws the interactive map over it (no picture above STATIC_MAX_NODES, as on the site),
 *    - `cose`:   no positions, Cytoscape's `cose` layout in the browser (the baseline);
 * 3. serves them on a local port (node:http) and measures, in headless Chromium
 *    (playwright-core, /usr/bin/chromium or $CHROMIUM_PATH), the time from navigation start to
 *    the first drawn map, two numbers per page: "first map pixels" (two animation frames after the
 *    static SVG is in the document; for cose, whose page has no picture, the same as its first
 *    draw) and "interactive" (two animation frames after Cytoscape is ready);
 * 4. prints a table with the ratios, and the gzipped JavaScript per page type of a built site
 *    (`dist/`, or $K8SMAP_OUT_DIR) when there is one.
 *
 * Times depend on the machine; the ratio to the baseline measured in the same run is the number
 * to compare. Options (env): BENCH_SIZES=150,1000 BENCH_RUNS=5 BENCH_COSE_TIMEOUT_MS=120000.
 */
import { createServer } from 'node:http';
import { readFileSync, existsSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { layoutMindMap } = await import(path.join(root, 'src/graph/layout.ts'));
const { mapStylesheet } = await import(path.join(root, 'src/scripts/map/style.ts'));
const { MAP_TYPE } = await import(path.join(root, 'src/graph/map-typography.ts'));
const { staticMapGeometry, STATIC_MAX_NODES } = await import(path.join(root, 'src/components/map/static-map.ts'));
const { chromium } = await import('playwright-core');

const SIZES = (process.env.BENCH_SIZES ?? '150,1000,5000').split(',').map(Number);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const COSE_TIMEOUT = Number(process.env.BENCH_COSE_TIMEOUT_MS ?? 120_000);
const BIG = 1500; // same threshold as src/scripts/map/skill-map.ts

// ---------------------------------------------------------------------------------------------
// Synthetic maps

const WORDS_ZH = ['容器', '调度', '存储卷', '服务发现', '控制器', '网络插件', '镜像', '节点代理', '准入控制', '滚动更新', '配置管理', '日志收集'];
const WORDS_EN = ['Pod', 'Scheduler', 'Volume', 'Service', 'Controller', 'Network plugin', 'Image', 'Kubelet', 'Admission', 'Rolling update', 'ConfigMap', 'Logging'];
const KINDS = ['topic', 'object', 'field', 'state', 'pattern', 'term'];

/** A map-like tree: 8 branches, at most 10 children per node, at most 6 levels; LCG-seeded. */
function syntheticMap(size, seed = 20240607) {
  let s = seed;
  const rnd = () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648);
  const concepts = [{ id: 'root', title: 'Kubernetes 技能图谱', titleZh: 'Kubernetes 技能图谱', titleEn: 'Kubernetes Skill Map', kind: 'topic', order: 0, aliases: [], hasNote: true }];
  const depth = new Map([['root', 0]]);
  const kids = new Map();
  const open = [];
  for (let i = 1; i < size; i++) {
    let parent = 'root';
    if (i > 8) {
      const k = Math.floor(rnd() * open.length);
      parent = open[k];
      kids.set(parent, (kids.get(parent) ?? 0) + 1);
      if (kids.get(parent) >= 10) open.splice(k, 1);
    }
    const w = Math.floor(rnd() * WORDS_ZH.length);
    const id = `n${i}`;
    const d = depth.get(parent) + 1;
    depth.set(id, d);
    if (d < 6) open.push(id);
    concepts.push({
      id,
      parent,
      title: `${WORDS_EN[w]} ${i}`,
      titleZh: `${WORDS_ZH[w]}${i}`,
      titleEn: `${WORDS_EN[w]} ${i}`,
      kind: KINDS[Math.floor(rnd() * KINDS.length)],
      order: i,
      aliases: [],
      hasNote: rnd() < 0.5,
    });
  }
  const cross = [];
  const types = ['prerequisite', 'related', 'transition'];
  for (let i = 0; i < size / 10; i++) {
    const a = concepts[1 + Math.floor(rnd() * (size - 1))].id;
    const b = concepts[1 + Math.floor(rnd() * (size - 1))].id;
    if (a !== b) cross.push({ s: a, t: b, ty: types[i % 3] });
  }
  return { concepts, cross };
}

function median(xs) {
  const a = [...xs].sort((x, y) => x - y);
  return a.length % 2 ? a[(a.length - 1) / 2] : (a[a.length / 2 - 1] + a[a.length / 2]) / 2;
}

/** Same element shapes as the site's map (src/scripts/map/skill-map.ts). */
function elementsFor(laid, concepts, cross, withPositions) {
  const byId = new Map(concepts.map((c) => [c.id, c]));
  const branchIndex = new Map();
  const els = [];
  for (const n of laid.nodes) {
    const c = byId.get(n.id);
    if (n.parent === laid.root) branchIndex.set(n.id, branchIndex.size % 8);
    const el = {
      group: 'nodes',
      data: { id: n.id, zh: n.box.lines.zh.join('\n'), en: n.box.lines.en.join('\n'), k: c.kind, n: c.hasNote ? 1 : 0, d: n.box.depth, w: n.box.width, h: n.box.height, fs: MAP_TYPE.fontSize(n.box.depth) },
      classes: n.side === 'root' ? ['root'] : [],
    };
    if (withPositions) el.position = n.position;
    els.push(el);
  }
  const branchOf = (id) => {
    let cur = laid.byId.get(id);
    while (cur.parent !== undefined && cur.parent !== laid.root) cur = laid.byId.get(cur.parent);
    return cur.id;
  };
  for (const n of laid.nodes) {
    if (n.parent === undefined) continue;
    els.push({ group: 'edges', data: { id: `t:${n.id}`, source: n.parent, target: n.id, ty: 'child', d: n.box.depth, bi: branchIndex.get(branchOf(n.id)) ?? 0 } });
  }
  cross.forEach((e, i) => els.push({ group: 'edges', data: { id: `x:${i}`, source: e.s, target: e.t, ty: e.ty }, classes: ['cross', 'off'] }));
  return els;
}

const escHtml = (v) => String(v).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** MapData-like nodes (src/scripts/map/types.ts) for the static picture. */
function mapDataFor(laid, concepts) {
  const byId = new Map(concepts.map((c) => [c.id, c]));
  const branchOf = (id) => {
    let cur = laid.byId.get(id);
    while (cur.parent !== undefined && cur.parent !== laid.root) cur = laid.byId.get(cur.parent);
    return cur.id;
  };
  const nodes = laid.nodes.map((n) => {
    const c = byId.get(n.id);
    const m = { id: n.id, zh: n.box.lines.zh.join('\n'), en: n.box.lines.en.join('\n'), k: c.kind, n: c.hasNote ? 1 : 0, b: branchOf(n.id), d: n.box.depth, x: n.position.x, y: n.position.y, w: n.box.width, h: n.box.height };
    if (n.parent !== undefined) m.p = n.parent;
    return m;
  });
  return { root: laid.root, nodes, edges: [] };
}

/** The same markup as MapStatic.astro (escaped here by hand), without the viewport script. */
function staticSvg(data) {
  const g = staticMapGeometry(data);
  const lh = MAP_TYPE.lineHeight;
  const out = [`<svg class="map-static" aria-hidden="true" viewBox="${g.viewBox.x} ${g.viewBox.y} ${g.viewBox.w} ${g.viewBox.h}" preserveAspectRatio="xMidYMid meet"><g>`];
  for (const e of g.edges) out.push(`<path d="${e.d}" class="ms-e ms-e-d${Math.min(e.depth, 3)} ms-b${e.bi}"/>`);
  out.push('</g><g>');
  for (const n of g.nodes) {
    const cls = ['ms-n', `ms-k-${n.k}`, n.d === 0 && 'ms-root', n.n === 0 && 'ms-stub', n.d === 1 && 'ms-d1', MAP_TYPE.bold(n.d) && 'ms-bold'].filter(Boolean).join(' ');
    out.push(`<g class="${cls}"><rect x="${n.x - n.w / 2}" y="${n.y - n.h / 2}" width="${n.w}" height="${n.h}" rx="${n.d === 0 ? 14 : n.d === 1 ? 10 : 6}"/>`);
    for (const lang of ['zh', 'en']) {
      const lines = n[lang].split('\n');
      const fs = MAP_TYPE.fontSize(n.d);
      const top = n.y - (lines.length * fs * lh) / 2;
      out.push(`<text class="ms-l ms-l-${lang}" font-size="${fs}" x="${n.x}">${lines.map((l, i) => `<tspan x="${n.x}" y="${top + fs * lh * (i + 0.5)}">${escHtml(l)}</tspan>`).join('')}</text>`);
    }
    out.push('</g>');
  }
  out.push('</g></svg>');
  return out.join('');
}
// The component's own CSS (and the light theme tokens from global.css), so the picture costs the same.
const staticCss = /<style is:global>([\s\S]*?)<\/style>/.exec(readFileSync(path.join(root, 'src/components/map/MapStatic.astro'), 'utf8'))[1];
const tokenCss = /:root \{[\s\S]*?\}/.exec(readFileSync(path.join(root, 'src/styles/global.css'), 'utf8'))[0];

const PALETTE = {
  bg: [255, 255, 255], fg: [27, 31, 36], muted: [87, 96, 106], border: [208, 215, 222], accent: [31, 95, 191], accentFg: [255, 255, 255],
  focus: [194, 65, 12], prerequisite: [217, 72, 15], related: [107, 114, 128], transition: [11, 114, 133], learned: [47, 158, 68], learning: [240, 140, 0],
  kind: { topic: [31, 95, 191], object: [138, 63, 252], field: [15, 123, 108], state: [181, 71, 8], pattern: [161, 29, 107], term: [77, 85, 98] },
  dark: false,
};

function pageHtml(mode, size, svg = '') {
  return `<!doctype html><html><head><meta charset="utf-8"><title>map bench ${mode} ${size}</title>
<style>html,body{margin:0;height:100%}#cy{position:absolute;inset:0}${svg ? tokenCss + staticCss : ''}</style></head>
<body>${svg ? `<div id="stage" style="position:absolute;inset:0">${svg}</div>
<script>requestAnimationFrame(() => requestAnimationFrame(() => { window.__firstPixels = performance.now(); }));</script>` : ''}<div id="cy"></div>
<script src="/cytoscape.min.js"></script>
<script>
window.__t0 = performance.now();
(async () => {
  const [elements, style] = await Promise.all([fetch('/data/${size}.json').then((r) => r.json()), fetch('/style/${size}.json').then((r) => r.json())]);
  window.__tData = performance.now();
  const big = elements.length > ${BIG * 2};
  const cy = cytoscape({
    container: document.getElementById('cy'),
    elements,
    style,
    layout: ${mode === 'preset' ? "{ name: 'preset', fit: false }" : "{ name: 'cose', animate: false, fit: true, padding: 24 }"},
    boxSelectionEnabled: false, autoungrabify: true, autounselectify: true,
    textureOnViewport: big, hideEdgesOnViewport: big, pixelRatio: big ? 1 : 'auto',
  });
  if (${mode === 'preset'}) {
    // Like the site: fit the viewport from the boxes in the data (no label measuring first).
    let x1 = Infinity, y1 = Infinity, x2 = -Infinity, y2 = -Infinity;
    for (const e of elements) {
      if (e.group !== 'nodes') continue;
      const d = e.data, p = e.position;
      x1 = Math.min(x1, p.x - d.w / 2); x2 = Math.max(x2, p.x + d.w / 2);
      y1 = Math.min(y1, p.y - d.h / 2); y2 = Math.max(y2, p.y + d.h / 2);
    }
    const zoom = Math.min((cy.width() - 48) / (x2 - x1), (cy.height() - 48) / (y2 - y1));
    cy.viewport({ zoom, pan: { x: cy.width() / 2 - ((x1 + x2) / 2) * zoom, y: cy.height() / 2 - ((y1 + y2) / 2) * zoom } });
    // Like the site: a whole map too small to read starts on the root (at the origin) at zoom 0.5.
    if (cy.zoom() < 0.3) cy.viewport({ zoom: 0.5, pan: { x: cy.width() / 2, y: cy.height() / 2 } });
  }
  window.__tCy = performance.now();
  requestAnimationFrame(() => requestAnimationFrame(() => {
    window.__firstDraw = performance.now();
    const pic = document.querySelector('.map-static');
    if (pic) pic.style.display = 'none'; // like the site: hidden once Cytoscape has drawn
    window.__nodes = cy.nodes().length;
  }));
})().catch((e) => { window.__error = String(e); });
</script></body></html>`;
}

// ---------------------------------------------------------------------------------------------
// Layout in Node, pages, server

const files = new Map();
files.set('/cytoscape.min.js', { type: 'text/javascript', body: readFileSync(path.join(root, 'node_modules/cytoscape/dist/cytoscape.min.js')) });
const layoutRows = [];
for (const size of SIZES) {
  const { concepts, cross } = syntheticMap(size);
  layoutMindMap(concepts, 'root'); // warm-up (JIT)
  const times = [];
  let laid;
  for (let i = 0; i < 7; i++) {
    const t0 = performance.now();
    laid = layoutMindMap(concepts, 'root');
    times.push(performance.now() - t0);
  }
  layoutRows.push({ size, layoutMs: median(times), perNodeUs: (median(times) * 1000) / size, width: laid.bounds.maxX - laid.bounds.minX, height: laid.bounds.maxY - laid.bounds.minY });
  const style = mapStylesheet(PALETTE, { labelField: 'zh', minZoomedFontSize: size > BIG ? 6 : 4 });
  files.set(`/data/${size}.json`, { type: 'application/json', body: JSON.stringify(elementsFor(laid, concepts, cross, true)) });
  files.set(`/data-cose/${size}.json`, { type: 'application/json', body: JSON.stringify(elementsFor(laid, concepts, cross, false)) });
  files.set(`/style/${size}.json`, { type: 'application/json', body: JSON.stringify(style) });
  // Like the site: no static picture above STATIC_MAX_NODES (its size is still reported).
  const svg = staticSvg(mapDataFor(laid, concepts));
  files.set(`/preset-${size}.html`, { type: 'text/html', body: pageHtml('preset', size, size <= STATIC_MAX_NODES ? svg : '') });
  layoutRows.at(-1).svgKb = Buffer.byteLength(svg) / 1024;
  layoutRows.at(-1).svgGzKb = gzipSync(svg).length / 1024;
  layoutRows.at(-1).svgUsed = size <= STATIC_MAX_NODES;
  files.set(`/cose-${size}.html`, { type: 'text/html', body: pageHtml('cose', size).replace(`/data/${size}.json`, `/data-cose/${size}.json`) });
}

const dist = path.resolve(root, process.env.K8SMAP_OUT_DIR || 'dist');
const hasSite = existsSync(path.join(dist, 'index.html'));
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml' };
const server = createServer((req, res) => {
  const pathname = decodeURIComponent(new URL(req.url, 'http://x').pathname);
  let f = files.get(pathname);
  if (!f && hasSite && pathname.startsWith('/site/')) {
    // The built site (base path '/'), served under /site/ with its absolute URLs rewritten.
    let file = path.join(dist, pathname.slice('/site/'.length));
    if (!file.startsWith(dist)) file = dist;
    if (existsSync(file) && !file.endsWith('/') && existsSync(path.join(file, 'index.html'))) file = path.join(file, 'index.html');
    if (existsSync(file) && !file.endsWith(path.sep)) {
      const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
      let body = readFileSync(file);
      if (type === 'text/html') body = Buffer.from(body.toString('utf8').replace(/(href|src|data-map-url|data-concept-base)="\/(?!\/)/g, '$1="/site/'));
      f = { type, body };
    }
  }
  if (!f) {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, { 'Content-Type': f.type, 'Cache-Control': 'max-age=3600' });
  res.end(f.body);
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-extensions'],
});
const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });

async function firstDraw(url, timeout) {
  const page = await context.newPage();
  try {
    await page.goto(url);
    await page.waitForFunction(() => window.__firstDraw !== undefined || window.__error !== undefined, null, { timeout, polling: 50 });
    const r = await page.evaluate(() => ({ t: window.__firstDraw, px: window.__firstPixels ?? window.__firstDraw, hasPic: window.__firstPixels !== undefined, n: window.__nodes, e: window.__error, parts: [window.__firstPixels, window.__t0, window.__tData, window.__tCy].map(Math.round) }));
    if (process.env.BENCH_VERBOSE) console.error(url, Math.round(r.t), r.parts);
    if (r.e) throw new Error(r.e);
    return r;
  } finally {
    await page.close();
  }
}

const rows = [];
for (const size of SIZES) {
  // Warm-up: the browser cache holds cytoscape.min.js for every measured run alike.
  await firstDraw(`${origin}/preset-${size}.html`, 60_000);
  const runs = size >= 5000 ? Math.max(3, Math.min(RUNS, 3)) : RUNS;
  const preset = [];
  const pixels = [];
  let drawn = 0;
  for (let i = 0; i < runs; i++) {
    const r = await firstDraw(`${origin}/preset-${size}.html`, 60_000);
    preset.push(r.t);
    if (r.hasPic) pixels.push(r.px);
    drawn = r.n;
  }
  const cose = [];
  let coseNote = '';
  for (let i = 0; i < (size >= 5000 ? 1 : Math.min(3, runs)); i++) {
    try {
      cose.push((await firstDraw(`${origin}/cose-${size}.html`, COSE_TIMEOUT)).t);
    } catch {
      coseNote = `> ${COSE_TIMEOUT / 1000} s (timed out)`;
      break;
    }
  }
  rows.push({ size, drawn, preset: median(preset), pixels: pixels.length ? median(pixels) : undefined, cose: cose.length ? median(cose) : undefined, coseNote });
  console.error(`  measured ${size} nodes`);
}
let siteRow;
const siteBase = hasSite ? readFileSync(path.join(dist, 'index.html'), 'utf8').match(/data-map-url="([^"]*)map\.json"/)?.[1] : undefined;
if (siteBase === '/') {
  // The site's own home page (bundled content): the same flag the browser tests wait for.
  const times = [];
  const pix = [];
  let nodes = 0;
  for (let i = 0; i <= RUNS; i++) {
    const page = await context.newPage();
    await page.goto(`${origin}/site/`);
    await page.waitForSelector('#skill-map[data-ready="true"]', { state: 'attached', timeout: 60_000 });
    const r = await page.evaluate(() => ({ t: performance.getEntriesByName("k8smap:map-drawn")[0]?.startTime, px: performance.getEntriesByName("k8smap:map-static-drawn")[0]?.startTime, fcp: performance.getEntriesByName("first-contentful-paint")[0]?.startTime, n: window.k8smapMap?.cy.nodes().length, marks: performance.getEntriesByType("mark").map((m) => m.name.replace("k8smap:map-", "") + "@" + Math.round(m.startTime)).join(" "), res: performance.getEntriesByType("resource").filter((x) => /cytoscape|map\.json|SkillMap/.test(x.name)).map((x) => x.name.split("/").pop().slice(0, 16) + ":" + Math.round(x.startTime) + "-" + Math.round(x.responseEnd)).join(" ") }));
    if (process.env.BENCH_VERBOSE) console.error("site", `fcp@${Math.round(r.fcp)}`, r.marks, r.res);
    if (i > 0) {
      // the first run warms the cache
      times.push(r.t);
      if (r.px !== undefined) pix.push(r.px);
    }
    nodes = r.n;
    await page.close();
  }
  siteRow = { nodes, t: median(times), px: pix.length ? median(pix) : undefined };
}
await browser.close();
server.close();

// ---------------------------------------------------------------------------------------------
// Report

const fmt = (ms) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`);
console.log('\nBuild-time mind-map layout in Node (median of 7):');
console.log('| nodes | layout | per node | map size (px) | static SVG (raw / gzip) |');
console.log('|---:|---:|---:|---:|---:|');
for (const r of layoutRows) console.log(`| ${r.size} | ${r.layoutMs.toFixed(1)} ms | ${r.perNodeUs.toFixed(1)} µs | ${Math.round(r.width)} × ${Math.round(r.height)} | ${r.svgKb.toFixed(0)} kB / ${r.svgGzKb.toFixed(0)} kB${r.svgUsed ? '' : ' (not used: > ' + STATIC_MAX_NODES + ' nodes)'} |`);

console.log(`\nNavigation → first drawn map, headless Chromium 1440×900, median of ${RUNS} (5,000: 3; cose: 3 / 1):`);
console.log('"first map pixels": the static SVG picture painted (preset page); "interactive": Cytoscape\'s first draw. cose draws nothing before its layout ends, so both of its numbers are its first draw.');
console.log('| nodes | drawn | preset: first map pixels (static SVG) | preset: interactive (Cytoscape) | cose in the browser (baseline) | baseline / first pixels | baseline / interactive |');
console.log('|---:|---:|---:|---:|---:|---:|---:|');
for (const r of rows) {
  const base = r.cose !== undefined ? fmt(r.cose) : r.coseNote;
  const ratio = (x) => (r.cose !== undefined ? `${(r.cose / x).toFixed(1)}×` : r.coseNote ? `> ${(COSE_TIMEOUT / x).toFixed(0)}×` : '—');
  const noPic = 'no static picture: same as interactive';
  console.log(`| ${r.size} | ${r.drawn} | ${r.pixels !== undefined ? fmt(r.pixels) : noPic} | ${fmt(r.preset)} | ${base} | ${ratio(r.pixels ?? r.preset)} | ${ratio(r.preset)} |`);
}

if (siteRow) {
  const near = rows.find((r) => r.size === 150 && r.cose !== undefined);
  const vs = (x) => (near && x !== undefined ? ` (150-node cose baseline of this run / this: ${(near.cose / x).toFixed(1)}×)` : '');
  console.log(`\nThe site's home page (${path.relative(root, dist)}, ${siteRow.nodes} nodes, Cytoscape as an ES module chunk), median of ${RUNS}:`);
  console.log(`- navigation → first map pixels (static SVG picture): ${siteRow.px !== undefined ? fmt(siteRow.px) : '— (no static picture in this build)'}${vs(siteRow.px)}`);
  console.log(`- navigation → interactive map (Cytoscape first draw): ${fmt(siteRow.t)}${vs(siteRow.t)}`);
}

// JS per page type of a built site.
if (hasSite) {
  const gz = (file) => gzipSync(readFileSync(file)).length;
  const resolveAsset = (ref, from) => {
    const astro = /(?:^|\/)_astro\/(.+)$/.exec(ref);
    if (ref.startsWith('/') || ref.startsWith('_astro/')) return astro ? path.join(dist, '_astro', astro[1]) : path.join(dist, ref);
    return path.resolve(path.dirname(from), ref);
  };
  const scan = (file, seen, lazy, isLazy) => {
    if (seen.has(file) || lazy.has(file) || !existsSync(file)) return;
    (isLazy ? lazy : seen).add(file);
    const src = readFileSync(file, 'utf8');
    for (const m of src.matchAll(/(?:from\s*|import\s*)["'`]([^"'`]+\.js)["'`]/g)) scan(resolveAsset(m[1], file), seen, lazy, isLazy);
    for (const m of src.matchAll(/import\(\s*["'`]([^"'`]+\.js)["'`]\s*\)/g)) scan(resolveAsset(m[1], file), seen, lazy, true);
    // Vite's preload helper lists dynamic chunks in a __vite__mapDeps array.
    for (const m of src.matchAll(/__vite__mapDeps\([^)]*\)|m\.f\|\|\(m\.f=\[([^\]]*)\]\)/g)) {
      for (const d of (m[1] ?? '').matchAll(/["']([^"']+\.js)["']/g)) scan(resolveAsset(d[1], file), seen, lazy, true);
    }
  };
  const pageTypes = [
    ['home (skill map)', 'index.html'],
    ['concept page', ['concepts/pod/index.html', ...readdirSync(path.join(dist, 'concepts')).map((d) => `concepts/${d}/index.html`)].find((p) => existsSync(path.join(dist, p)))],
    ['concept index', 'concepts/index.html'],
    ['progress', 'progress/index.html'],
    ['404', '404.html'],
  ];
  console.log(`\nJavaScript per page type (${path.relative(root, dist) || '.'}, gzip): loaded with the page / fetched on demand`);
  console.log('| page | initial JS | on demand (Cytoscape etc.) |');
  console.log('|---|---:|---:|');
  for (const [name, rel] of pageTypes) {
    if (!rel || !existsSync(path.join(dist, rel))) continue;
    const htmlFile = path.join(dist, rel);
    const html = readFileSync(htmlFile, 'utf8');
    const initial = new Set();
    const lazy = new Set();
    let inline = 0;
    for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
      const src = /\bsrc="([^"]+)"/.exec(m[1]);
      if (src) scan(resolveAsset(src[1], htmlFile), initial, lazy, false);
      else if (!/type="application\/json"/.test(m[1])) {
        inline += gzipSync(m[2]).length;
        for (const im of m[2].matchAll(/(?:from\s*|import\s*)["'`]([^"'`]+\.js)["'`]/g)) scan(resolveAsset(im[1], htmlFile), initial, lazy, false);
        for (const im of m[2].matchAll(/import\(\s*["'`]([^"'`]+\.js)["'`]\s*\)/g)) scan(resolveAsset(im[1], htmlFile), initial, lazy, true);
      }
    }
    for (const f of initial) lazy.delete(f);
    const sum = (set) => [...set].reduce((s, f) => s + gz(f), 0);
    const kb = (b) => `${(b / 1024).toFixed(1)} kB`;
    console.log(`| ${name} | ${kb(sum(initial) + inline)} | ${lazy.size ? kb(sum(lazy)) : '—'} |`);
  }
} else {
  console.log(`\n(no built site at ${path.relative(root, dist)}: run \`npm run build\` to get JS sizes per page type)`);
}
