#!/usr/bin/env node
/**
 * Where the bytes of built pages come from (issue 11, round 18).
 *
 *   node bench/lib/page-bytes.mjs <dist> [--pages concepts] [--depth 5] [--top 40]
 *
 * Parses every `index.html` under `<dist>/<pages>` (default `concepts`; `.` for all pages) with
 * parse5 (through hast-util-from-html, source positions on) and reports, per page on average:
 *   - by kind: inline JSON scripts (by class), inline scripts, inline `<style>`, `style="…"`
 *     attributes, inline `<svg>`, Shiki's `<pre>` blocks (and the `style` attributes in them),
 *     text, and the rest of the markup;
 *   - by region: each element down to `--depth`, labelled by its path of `tag#id.class` steps
 *     (the first class only), with its outer size in UTF-8 bytes; regions are summed over pages
 *     by label, so a component that renders the same wrapper on every page shows as one row.
 * Sizes are bytes of the file as written (UTF-8). Not a test.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fromHtml } from 'hast-util-from-html';

const args = process.argv.slice(2);
const dist = args[0];
if (!dist) {
  console.error('usage: node bench/lib/page-bytes.mjs <dist> [--pages concepts] [--depth 5] [--top 40]');
  process.exit(2);
}
const opt = (name, dflt) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : dflt;
};
const pagesDir = path.join(dist, opt('pages', 'concepts'));
const maxDepth = Number(opt('depth', 5));
const top = Number(opt('top', 40));

function htmlFiles(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const p = path.join(dir, name);
    const st = statSync(p);
    if (st.isDirectory()) out.push(...htmlFiles(p));
    else if (name === 'index.html') out.push(p);
  }
  return out;
}

const files = htmlFiles(pagesDir);
const kinds = new Map();
const regions = new Map();
let total = 0;
const add = (map, key, n) => map.set(key, (map.get(key) ?? 0) + n);

for (const file of files) {
  const src = readFileSync(file, 'utf8');
  // Byte offset of every character offset, computed once per page (UTF-8 lengths of the prefix).
  const bytesAt = new Uint32Array(src.length + 1);
  for (let i = 0, b = 0; i <= src.length; i++) {
    bytesAt[i] = b;
    if (i < src.length) {
      const c = src.charCodeAt(i);
      b += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c < 0xdc00 ? 4 : c >= 0xdc00 && c < 0xe000 ? 0 : 3;
    }
  }
  const size = bytesAt[src.length];
  total += size;
  const span = (node) =>
    node.position?.start?.offset !== undefined && node.position?.end?.offset !== undefined
      ? bytesAt[node.position.end.offset] - bytesAt[node.position.start.offset]
      : 0;
  const tree = fromHtml(src);
  let counted = 0;
  const label = (el) => {
    const p = el.properties ?? {};
    const cls = Array.isArray(p.className) ? p.className[0] : undefined;
    return `${el.tagName}${p.id ? `#${p.id}` : ''}${cls ? `.${cls}` : ''}`;
  };
  const styleAttrBytes = (el) => {
    // `style="…"` as written: the attribute's value plus ` style=""` (entities are rare in CSS).
    const s = el.properties?.style;
    return typeof s === 'string' ? Buffer.byteLength(s) + 9 : 0;
  };
  const walk = (node, trail, depth, inShiki) => {
    for (const child of node.children ?? []) {
      if (child.type === 'text') {
        const n = span(child);
        const k = node.type === 'element' && node.tagName === 'script'
          ? null
          : node.type === 'element' && node.tagName === 'style'
            ? null
            : 'text';
        if (k) {
          add(kinds, inShiki ? 'shiki <pre> text' : 'text', n);
          counted += n;
        }
        continue;
      }
      if (child.type !== 'element') continue;
      const el = child;
      const n = span(el);
      const lab = `${trail}${trail ? ' > ' : ''}${label(el)}`;
      if (depth < maxDepth) add(regions, lab, n);
      const p = el.properties ?? {};
      const cls = Array.isArray(p.className) ? p.className : [];
      if (el.tagName === 'script') {
        const type = p.type ?? '';
        const key = p.src ? 'script src' : type === 'application/json' ? `JSON <script class="${cls.join(' ')}">` : 'inline <script>';
        add(kinds, key, n);
        counted += n;
        continue;
      }
      if (el.tagName === 'style') {
        add(kinds, 'inline <style>', n);
        counted += n;
        continue;
      }
      if (el.tagName === 'svg') {
        add(kinds, 'inline <svg>', n);
        counted += n;
        continue;
      }
      const shiki = inShiki || (el.tagName === 'pre' && cls.includes('shiki'));
      const st = styleAttrBytes(el);
      if (st) {
        add(kinds, shiki ? 'shiki style="…"' : 'style="…" (elsewhere)', st);
        counted += st;
      }
      // The element's own markup: its outer size minus its children's.
      let inner = 0;
      for (const c of el.children ?? []) inner += span(c);
      const own = Math.max(0, n - inner - st);
      add(kinds, shiki ? 'shiki markup' : 'markup', own);
      counted += own;
      walk(el, depth < maxDepth ? lab : trail, depth + 1, shiki);
    }
  };
  walk(tree, '', 0, false);
  add(kinds, 'doctype, comments, whitespace between', size - counted);
}

const kb = (n) => (n / files.length / 1024).toFixed(2).padStart(8);
console.log(`${files.length} pages under ${pagesDir}: ${(total / 1024 / 1024).toFixed(2)} MB, ${kb(total)} KB a page on average\n`);
console.log('by kind (KB a page):');
for (const [k, v] of [...kinds].sort((a, b) => b[1] - a[1])) console.log(`${kb(v)}  ${(v / total * 100).toFixed(1).padStart(5)}%  ${k}`);
console.log(`\nby region, depth ≤ ${maxDepth} (KB a page, largest ${top}):`);
for (const [k, v] of [...regions].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${kb(v)}  ${k}`);
