#!/usr/bin/env node
/**
 * Skill-map benchmark (`node bench/map.bench.mjs`, also run by `npm run bench`).
 *
 * For synthetic map trees of 150, 1,000 and 5,000 nodes (deterministic generator):
 * 1. times the build-time mind-map layout in Node (src/graph/layout.ts);
 * 2. builds their `map.json` with the site's own code (src/views/map-data.ts) and serves
 *    the built site's home page (`dist/`, built first when missing) with that map.json in place
 *    of the bundled one, and with the static SVG picture the site would render for it
 *    (src/components/map/static-map.ts; none above STATIC_MAX_NODES, as on the site). So the
 *    numbers are the site's own code: its Cytoscape chunk, stylesheet, first-view staging;
 * 3. as the baseline, a standalone page with the same Cytoscape build, elements and stylesheet
 *    and no positions: Cytoscape's `cose` layout in the browser;
 * 4. measures in headless Chromium (playwright-core, /usr/bin/chromium or $CHROMIUM_PATH), from
 *    navigation start, with the performance marks the pages set (two animation frames after):
 *    "first map pixels" (the static picture painted), "interactive" (Cytoscape's first frame:
 *    the part in view, answering pointer and keyboard) and "all in" (every element added,
 *    `data-ready`); for cose, whose page draws nothing before its layout ends, its first draw;
 * 5. prints a table with the ratios, the bundled site's own numbers, and the gzipped JavaScript
 *    per page type of the built site.
 *
 * Times depend on the machine; the ratio to the baseline measured in the same run is the number
 * to compare. Options (env): BENCH_SIZES=150,1000 BENCH_RUNS=5 BENCH_COSE_TIMEOUT_MS=120000
 * BENCH_VERBOSE=1 (per-run marks).
 */
import { createServer } from 'node:http';
import { readFileSync, existsSync, readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { nodeEnv } from './lib/node-bin.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { layoutMindMap, mapLayout } = await import(path.join(root, 'src/graph/layout.ts'));
const { mapStylesheet } = await import(path.join(root, 'src/scripts/map/style.ts'));
const { MAP_TYPE, buildMapData } = await import(path.join(root, 'src/views/map-data.ts'));
const { staticMapSvg, STATIC_MAX_NODES } = await import(path.join(root, 'src/components/map/static-map.ts'));
const { chromium } = await import('playwright-core');

const SIZES = (process.env.BENCH_SIZES ?? '150,1000,5000').split(',').map(Number);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const COSE_TIMEOUT = Number(process.env.BENCH_COSE_TIMEOUT_MS ?? 120_000);
const BIG = 1500; // same threshold as src/scripts/map/skill-map.ts (big-map renderer options)

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
      summary: `${WORDS_ZH[w]}的说明 ${i}：合成的节点，用来测量地图的速度。`,
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

const PALETTE = {
  bg: [255, 255, 255], fg: [27, 31, 36], muted: [87, 96, 106], border: [208, 215, 222], accent: [31, 95, 191], accentFg: [255, 255, 255],
  focus: [194, 65, 12], prerequisite: [217, 72, 15], related: [107, 114, 128], transition: [11, 114, 133], learned: [47, 158, 68], learning: [240, 140, 0],
  kind: { topic: [31, 95, 191], object: [138, 63, 252], field: [15, 123, 108], state: [181, 71, 8], pattern: [161, 29, 107], term: [77, 85, 98] },
  dark: false,
};

/** The baseline: Cytoscape with the same elements and stylesheet, laid out by `cose` in the browser. */
function cosePage(size) {
  return `<!doctype html><html><head><meta charset="utf-8"><title>map bench cose ${size}</title>
<style>html,body{margin:0;height:100%}#cy{position:absolute;inset:0}</style></head>
<body><div id="cy"></div>
<script src="/cytoscape.min.js"></script>
<script>
(async () => {
  const [elements, style] = await Promise.all([fetch('/data-cose/${size}.json').then((r) => r.json()), fetch('/style/${size}.json').then((r) => r.json())]);
  const big = elements.length > ${BIG * 2};
  const cy = cytoscape({
    container: document.getElementById('cy'),
    elements,
    style,
    layout: { name: 'cose', animate: false, fit: true, padding: 24 },
    boxSelectionEnabled: false, autoungrabify: true, autounselectify: true,
    textureOnViewport: big, hideEdgesOnViewport: big, pixelRatio: big ? 1 : 'auto',
  });
  requestAnimationFrame(() => requestAnimationFrame(() => {
    window.__firstDraw = performance.now();
    window.__nodes = cy.nodes().length;
  }));
})().catch((e) => { window.__error = String(e); });
</script></body></html>`;
}

// ---------------------------------------------------------------------------------------------
// The built site (the pages under test run its code)

const dist = path.resolve(root, process.env.K8SMAP_OUT_DIR || 'dist');
const siteBaseOf = () => readFileSync(path.join(dist, 'index.html'), 'utf8').match(/data-map-url="([^"]*)map\.json"/)?.[1];
if (!existsSync(path.join(dist, 'index.html'))) {
  console.error(`No built site at ${path.relative(root, dist)}: running \`npm run build\` first.`);
  const b = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit', env: { ...nodeEnv(), K8SMAP_BASE: '/' } });
  if (b.status !== 0) throw new Error('npm run build failed');
}
if (siteBaseOf() !== '/') {
  throw new Error(`${path.relative(root, dist)} was built under the base path ${siteBaseOf()}; the map bench needs a build under '/' (npm run build without K8SMAP_BASE)`);
}
const homeHtml = readFileSync(path.join(dist, 'index.html'), 'utf8').replace(/(href|src|data-map-url|data-concept-base)="\/(?!\/)/g, '$1="/site/');
if (!/<svg class="map-static"[\s\S]*?<\/svg>/.test(homeHtml)) throw new Error('the built home page has no static map picture to replace');

// ---------------------------------------------------------------------------------------------
// Layout in Node, synthetic pages, server

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
  // The site's page with this map: its map.json from the site's own code, and the static picture
  // the site would render for it (none above STATIC_MAX_NODES; its size is reported all the same).
  // As the engine stores it: the layout (Graph.layout), from which the map-data view reads everything.
  const mapData = buildMapData({ root: 'root', concepts, edges: cross.map((e) => ({ from: e.s, to: e.t, type: e.ty })), layout: mapLayout(concepts, 'root') });
  const svg = staticMapSvg(mapData, '/site/concepts/');
  files.set(`/synth/${size}/map.json`, { type: 'application/json', body: JSON.stringify(mapData) });
  const page = homeHtml
    .replace(/data-map-url="[^"]*"/, `data-map-url="/synth/${size}/map.json"`)
    // Above STATIC_MAX_NODES the site renders no MapStatic at all: neither the picture nor its script.
    .replace(/<svg class="map-static"[\s\S]*?<\/svg>(<script>[\s\S]*?<\/script>)?/, (all, script) => (size <= STATIC_MAX_NODES ? svg + (script ?? '') : ''));
  files.set(`/synth/${size}/`, { type: 'text/html', body: page });
  Object.assign(layoutRows.at(-1), { svgKb: Buffer.byteLength(svg) / 1024, svgGzKb: gzipSync(svg).length / 1024, svgUsed: size <= STATIC_MAX_NODES });
  // The baseline page: same elements and stylesheet, no positions.
  const style = mapStylesheet(PALETTE, { labelField: 'zh', minZoomedFontSize: size > BIG ? 6 : 4 });
  files.set(`/data-cose/${size}.json`, { type: 'application/json', body: JSON.stringify(elementsFor(laid, concepts, cross, false)) });
  files.set(`/style/${size}.json`, { type: 'application/json', body: JSON.stringify(style) });
  files.set(`/cose-${size}.html`, { type: 'text/html', body: cosePage(size) });
}

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml' };
const server = createServer((req, res) => {
  const pathname = decodeURIComponent(new URL(req.url, 'http://x').pathname);
  let f = files.get(pathname);
  if (!f && pathname.startsWith('/site/')) {
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

/** One load of a site page: its performance marks (ms from navigation start). */
async function sitePage(url) {
  const page = await context.newPage();
  try {
    await page.goto(url);
    await page.waitForSelector('#skill-map[data-ready]', { state: 'attached', timeout: 120_000 });
    const r = await page.evaluate(() => {
      const mark = (n) => performance.getEntriesByName(`k8smap:map-${n}`)[0]?.startTime;
      return {
        ready: document.getElementById('skill-map').dataset.ready,
        px: mark('static-drawn'),
        drawn: mark('drawn'),
        complete: mark('complete'),
        n: window.k8smapMap?.cy.nodes().length,
        marks: performance.getEntriesByType('mark').map((m) => `${m.name.replace('k8smap:map-', '')}@${Math.round(m.startTime)}`).join(' '),
      };
    });
    if (process.env.BENCH_VERBOSE) console.error(url, r.marks);
    if (r.ready !== 'true') throw new Error(`${url}: the map did not load (data-ready=${r.ready})`);
    return r;
  } finally {
    await page.close();
  }
}

/** The cose page's first draw (ms from navigation start). */
async function coseDraw(url, timeout) {
  const page = await context.newPage();
  try {
    await page.goto(url);
    await page.waitForFunction(() => window.__firstDraw !== undefined || window.__error !== undefined, null, { timeout, polling: 50 });
    const r = await page.evaluate(() => ({ t: window.__firstDraw, e: window.__error }));
    if (r.e) throw new Error(r.e);
    return r.t;
  } finally {
    await page.close();
  }
}

/** Medians over `runs` loads after one warm-up load (the browser cache then holds the chunks). */
async function measureSite(url, runs) {
  await sitePage(url);
  const all = [];
  for (let i = 0; i < runs; i++) all.push(await sitePage(url));
  const med = (k) => (all.every((r) => r[k] !== undefined) ? median(all.map((r) => r[k])) : undefined);
  return { px: med('px'), drawn: med('drawn'), complete: med('complete'), n: all[0].n };
}

const rows = [];
for (const size of SIZES) {
  const runs = size >= 5000 ? Math.min(RUNS, 3) : RUNS;
  const site = await measureSite(`${origin}/synth/${size}/`, runs);
  const cose = [];
  let coseNote = '';
  for (let i = 0; i < (size >= 5000 ? 1 : Math.min(3, runs)); i++) {
    try {
      cose.push(await coseDraw(`${origin}/cose-${size}.html`, COSE_TIMEOUT));
    } catch {
      coseNote = `> ${COSE_TIMEOUT / 1000} s (timed out)`;
      break;
    }
  }
  rows.push({ size, ...site, cose: cose.length ? median(cose) : undefined, coseNote });
  console.error(`  measured ${size} nodes`);
}
// The site's own home page (bundled content).
const siteRow = await measureSite(`${origin}/site/`, RUNS);
await browser.close();
server.close();

// ---------------------------------------------------------------------------------------------
// Report

const fmt = (ms) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`);
console.log('\nBuild-time mind-map layout in Node (median of 7):');
console.log('| nodes | layout | per node | map size (px) | static SVG (raw / gzip) |');
console.log('|---:|---:|---:|---:|---:|');
for (const r of layoutRows) console.log(`| ${r.size} | ${r.layoutMs.toFixed(1)} ms | ${r.perNodeUs.toFixed(1)} µs | ${Math.round(r.width)} × ${Math.round(r.height)} | ${r.svgKb.toFixed(0)} kB / ${r.svgGzKb.toFixed(0)} kB${r.svgUsed ? '' : ' (not used: > ' + STATIC_MAX_NODES + ' nodes)'} |`);

console.log(`\nThe site's home page with a synthetic map.json, headless Chromium 1440×900, ms from navigation start, median of ${RUNS} (5,000: ${Math.min(RUNS, 3)}; cose: 3 / 1):`);
console.log('"first map pixels": the static SVG picture painted; "interactive": Cytoscape\'s first frame (the part in view, answering pointer and keyboard); "all in": every element added (`data-ready`). cose draws nothing before its layout ends: its first draw is the baseline.');
console.log('| nodes | drawn | first map pixels (static SVG) | interactive (Cytoscape) | all in | cose in the browser (baseline) | baseline / first pixels | baseline / interactive |');
console.log('|---:|---:|---:|---:|---:|---:|---:|---:|');
for (const r of rows) {
  const base = r.cose !== undefined ? fmt(r.cose) : r.coseNote;
  const ratio = (x) => (x === undefined ? '—' : r.cose !== undefined ? `${(r.cose / x).toFixed(1)}×` : r.coseNote ? `> ${(COSE_TIMEOUT / x).toFixed(0)}×` : '—');
  const first = r.px ?? r.drawn;
  console.log(`| ${r.size} | ${r.n} | ${r.px !== undefined ? fmt(r.px) : 'no static picture: see interactive'} | ${fmt(r.drawn)} | ${fmt(r.complete)} | ${base} | ${ratio(first)} | ${ratio(r.drawn)} |`);
}

const near = rows.find((r) => r.size === 150 && r.cose !== undefined);
const vs = (x) => (near && x !== undefined ? ` (150-node cose baseline of this run / this: ${(near.cose / x).toFixed(1)}×)` : '');
console.log(`\nThe site's home page with its bundled content (${path.relative(root, dist)}, ${siteRow.n} nodes), median of ${RUNS}:`);
console.log(`- navigation → first map pixels (static SVG picture): ${siteRow.px !== undefined ? fmt(siteRow.px) : '—'}${vs(siteRow.px)}`);
console.log(`- navigation → interactive map (Cytoscape's first frame): ${fmt(siteRow.drawn)}${vs(siteRow.drawn)}`);
console.log(`- navigation → every element in: ${fmt(siteRow.complete)}`);

// JS per page type of the built site.
{
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
}
