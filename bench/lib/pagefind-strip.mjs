#!/usr/bin/env node
/**
 * A copy of a built site with some of what Pagefind reads and throws away taken out of every page,
 * to measure what that part costs Pagefind (`pagefind-cpu.mjs` on the copy and the original: the
 * CPU of each, and whether the index is the same). The site is not changed; the copy leaves out
 * Pagefind's own folder.
 *
 *   node bench/lib/pagefind-strip.mjs <dist> <copy> <what>
 *
 * `what`: `ignored` (every `data-pagefind-ignore` element), or one kind of them: `aside` (the
 * concept and note pages' side panels), `excerpts` (excerpts of free-form notes on concept
 * pages), `yaml-ui` (YAML examples' captions and findings lists), `examples` (other notes'
 * examples, whole or focused); `body-only` keeps only `<head>`'s Pagefind metadata and the
 * `data-pagefind-body` element (ignored parts included). Pages are parsed and written again with
 * hast (the same serialiser as the site's Markdown), so a copy with nothing taken out differs in
 * bytes, not in what Pagefind indexes. Used in docs/performance.md section 43.
 */
import { cpSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';

const [src, dst, what] = process.argv.slice(2);
const cls = (n) => (Array.isArray(n.properties?.className) ? n.properties.className.map(String) : []);
const ignored = (n) => n.type === 'element' && n.properties.dataPagefindIgnore !== undefined;
/** Which ignored elements each kind takes out (`n` the element, `up` its ancestors, outermost first). */
const KINDS = {
  ignored: () => true,
  aside: (n) => n.tagName === 'aside',
  excerpts: (n) => n.tagName === 'article' && cls(n).includes('excerpt'),
  'yaml-ui': (n) => n.tagName === 'figcaption' || cls(n).includes('yaml-findings'),
  examples: (n, up) => cls(n).includes('yaml-excerpt') || cls(n).includes('example-links') || (n.tagName === 'figure' && up.some((a) => cls(a).includes('examples'))),
};
if (!src || !dst || !(what in KINDS || what === 'body-only')) {
  console.error(`usage: node bench/lib/pagefind-strip.mjs <dist> <copy> <${[...Object.keys(KINDS), 'body-only'].join('|')}>`);
  process.exit(2);
}

rmSync(dst, { recursive: true, force: true });
cpSync(src, dst, { recursive: true, filter: (p) => path.relative(src, p) !== 'pagefind' });
let before = 0;
let after = 0;
let removed = 0;

function strip(node, up) {
  if (!node.children) return;
  node.children = node.children.filter((c) => {
    if (ignored(c) && KINDS[what](c, up)) {
      removed++;
      return false;
    }
    strip(c, c.type === 'element' ? [...up, c] : up);
    return true;
  });
}

/** `<head>`'s title and Pagefind meta, and the body element as it is. */
function bodyOnly(tree) {
  let body;
  let lang = '';
  const head = [];
  const visit = (n) => {
    if (n.type !== 'element' && n.type !== 'root') return;
    if (n.type === 'element') {
      if (n.tagName === 'html' && n.properties.lang) lang = String(n.properties.lang);
      if (n.tagName === 'title' || (n.tagName === 'meta' && Object.keys(n.properties).some((k) => k.startsWith('dataPagefind')))) head.push(n);
      if (n.properties.dataPagefindBody !== undefined) {
        body = n;
        return;
      }
    }
    for (const c of n.children ?? []) visit(c);
  };
  visit(tree);
  if (!body) return undefined;
  return `<!DOCTYPE html><html lang="${lang}"><head>${head.map((n) => toHtml(n)).join('')}</head><body>${toHtml(body)}</body></html>`;
}

function fix(file) {
  const html = readFileSync(file, 'utf8');
  before += Buffer.byteLength(html);
  const tree = fromHtml(html);
  let out;
  if (what === 'body-only') out = bodyOnly(tree) ?? html;
  else {
    const was = removed;
    strip(tree, []);
    out = removed > was ? toHtml(tree) : html;
  }
  after += Buffer.byteLength(out);
  if (out !== html) writeFileSync(file, out);
}

const walk = (d) => {
  for (const name of readdirSync(d)) {
    const p = path.join(d, name);
    if (statSync(p).isDirectory()) walk(p);
    else if (name.endsWith('.html')) fix(p);
  }
};
walk(dst);
console.log(`${what}: HTML ${(before / 1048576).toFixed(1)} MB → ${(after / 1048576).toFixed(1)} MB${what === 'body-only' ? '' : `, ${removed} elements taken out`}`);
