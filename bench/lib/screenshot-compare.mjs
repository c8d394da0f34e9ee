#!/usr/bin/env node
/**
 * Screenshots of the same pages from two built sites (before / after a change that should not
 * change how they look), light and dark colour scheme, 1280 px wide, full page, in the system
 * Chromium (playwright-core, as the browser tests), each pair compared pixel by pixel (decoded
 * with sharp). Prints the differing pixels per pair and ALL IDENTICAL or DIFFERENCES; keeps the
 * PNGs in <out> to look at. Each site is served from its folder at `/` by a small static server.
 *
 *   node bench/lib/screenshot-compare.mjs <checkout> <dist before> <dist after> <out folder> /concepts/pod/ /notes/…/
 *
 * Used in docs/performance.md section 53.
 */
import http from 'node:http';
import { readFileSync, existsSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
const [checkout, dirA, dirB, out, ...pages] = process.argv.slice(2);
const req = createRequire(path.join(checkout, 'package.json'));
const { chromium } = req('playwright-core');
const sharp = req('sharp');
const types = { '.html': 'text/html', '.css': 'text/css', '.js': 'text/javascript', '.json': 'application/json', '.svg': 'image/svg+xml', '.woff2': 'font/woff2' };
const serve = (dir) => new Promise((res) => {
  const s = http.createServer((q, r) => {
    let p = path.join(dir, decodeURIComponent(new URL(q.url, 'http://x').pathname));
    if (existsSync(p) && statSync(p).isDirectory()) p = path.join(p, 'index.html');
    if (!existsSync(p)) { r.statusCode = 404; r.end(); return; }
    r.setHeader('content-type', types[path.extname(p)] ?? 'application/octet-stream');
    r.end(readFileSync(p));
  }).listen(0, '127.0.0.1', () => res(s));
});
const a = await serve(dirA), b = await serve(dirB);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
let allSame = true;
for (const scheme of ['light', 'dark']) {
  const ctx = await browser.newContext({ colorScheme: scheme, viewport: { width: 1280, height: 900 }, locale: 'zh-CN', reducedMotion: 'reduce' });
  for (const pg of pages) {
    const shots = [];
    for (const [tag, srv] of [['before', a], ['after', b]]) {
      const page = await ctx.newPage();
      await page.goto(`http://127.0.0.1:${srv.address().port}${pg}`, { waitUntil: 'networkidle' });
      await page.waitForTimeout(1500);
      const file = path.join(out, `${pg.replace(/[^\w]+/g, '_')}-${scheme}-${tag}.png`);
      await page.screenshot({ path: file, fullPage: true, animations: 'disabled' });
      shots.push(file);
      await page.close();
    }
    const [x, y] = await Promise.all(shots.map((f) => sharp(f).raw().toBuffer({ resolveWithObject: true })));
    let diff = 0;
    if (x.info.width !== y.info.width || x.info.height !== y.info.height) diff = -1;
    else for (let i = 0; i < x.data.length; i += x.info.channels) { for (let c = 0; c < x.info.channels; c++) if (x.data[i + c] !== y.data[i + c]) { diff++; break; } }
    if (diff !== 0) allSame = false;
    console.log(`${scheme} ${pg}: ${x.info.width}x${x.info.height} vs ${y.info.width}x${y.info.height}, differing pixels ${diff}`);
  }
  await ctx.close();
}
await browser.close(); a.close(); b.close();
console.log(allSame ? 'ALL IDENTICAL' : 'DIFFERENCES');
