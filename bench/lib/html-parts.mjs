#!/usr/bin/env node
/**
 * What a built site's concept and note pages are made of, by bytes (docs/performance.md section 71, perf65).
 *
 * `node bench/lib/html-parts.mjs <dist>` reads every `concepts/<id>/index.html` and `notes/<id>/index.html`
 * and prints, per kind of page: the bytes of each part (the first rule below that an element or its
 * nearest matching ancestor meets: tags, attributes and text inside it), the cross-cutting sums (text,
 * inline script text, SVG), the bytes of each attribute (`name="value"`), the tags' own syntax by element,
 * and the elements whose whole outer HTML is identical on at least 90% of the pages (the same on every
 * page) or on several pages. Build the bench's corpus with `node bench/lib/corpus.mjs <dir> 1000` (commit
 * it to git) and the site with K8SMAP_CONTENT_DIR / K8SMAP_OUT_DIR.
 */
import { parse } from 'parse5';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { createHash } from 'node:crypto';
import path from 'node:path';
const dist = process.argv[2];
const kinds = { concepts: [], notes: [] };
for (const k of Object.keys(kinds)) for (const d of readdirSync(path.join(dist, k))) { const f = path.join(dist, k, d, 'index.html'); if (existsSync(f)) kinds[k].push(f); }
const RULES = [ // first match on the element or its nearest ancestor that matches
  ['head: inline theme script', (n, a) => n.nodeName === 'script' && inHead(n)],
  ['head: meta/link/title', (n) => inHeadDirect(n)],
  ['header: search dialog', (n, a) => a.id === 'search-dialog'],
  ['header: rest (nav, switches)', (n, a) => cls(a, 'site-header')],
  ['breadcrumbs', (n, a) => cls(a, 'breadcrumbs')],
  ['progress control', (n, a) => cls(a, 'progress-control')],
  ['concept header (rest)', (n, a) => cls(a, 'concept-header')],
  ['YAML examples: copy button data-code', null],
  ['YAML examples: key links <a class=yaml-key>', (n, a) => cls(a, 'yaml-key')],
  ['YAML examples: findings', (n, a) => /findings/.test(a.class || '') || /-findings$/.test(a.id || '')],
  ['YAML examples (rest)', (n, a) => n.nodeName === 'figure' && cls(a, 'yaml-example')],
  ['YAML examples: highlighted code (tokens)', (n, a) => n.nodeName === 'pre' && cls(a, 'yaml-code')],
  ['other code blocks', (n, a) => n.nodeName === 'pre'],
  ['local graph', (n, a) => cls(a, 'local-graph-block')],
  ['state diagrams', (n, a) => /state-diagram/.test(a.class || '')],
  ['excerpts (rest)', (n, a) => cls(a, 'excerpts')],
  ['backlinks', (n, a) => cls(a, 'backlinks')],
  ['aside (rest)', (n, a) => cls(a, 'concept-aside') || cls(a, 'note-aside') || n.nodeName === 'aside'],
  ['prev/next', (n, a) => cls(a, 'prev-next')],
  ['note body / concept body', (n, a) => cls(a, 'note-body') || cls(a, 'prose')],
  ['footer', (n, a) => n.nodeName === 'footer'],
  ['body-level scripts', (n, a) => n.nodeName === 'script'],
  ['body-level templates/dialogs', (n, a) => n.nodeName === 'template' || n.nodeName === 'dialog'],
];
function inHead(n) { for (let p = n.parentNode; p; p = p.parentNode) if (p.nodeName === 'head') return true; return false; }
function inHeadDirect(n) { return n.parentNode && n.parentNode.nodeName === 'head'; }
const cls = (a, c) => (a.class || '').split(/\s+/).includes(c);
function analyse(files) {
  const parts = new Map(), attrs = new Map(), tags = new Map(); let total = 0, text = 0, svg = 0, style = 0, scriptInline = 0;
  const blockHash = new Map(); // hash -> {bytes, pages:Set}
  for (const f of files) {
    const src = readFileSync(f, 'utf8');
    const buf = Buffer.from(src); total += buf.length;
    const doc = parse(src, { sourceCodeLocationInfo: true });
    const B = (s, e) => Buffer.byteLength(src.slice(s, e));
    const add = (m, k, v) => m.set(k, (m.get(k) || 0) + v);
    function walk(n, part, depth, inSvg) {
      for (const c of n.childNodes || []) {
        const loc = c.sourceCodeLocation; if (!loc) continue;
        if (c.nodeName === '#text' || c.nodeName === '#comment') { const b = B(loc.startOffset, loc.endOffset); add(parts, part, b); if (c.nodeName==='#text') { if (c.parentNode.nodeName==='script') scriptInline+=b; else if (c.parentNode.nodeName==='style') style+=b; else text+=b; } else add(tags,'#comment',b); continue; }
        const a = Object.fromEntries((c.attrs || []).map((x) => [x.name, x.value]));
        let p = part;
        for (const [name, test] of RULES) if (test && test(c, a)) { p = name; break; }
        if (c.nodeName === 'button' && a['data-code'] != null && /yaml-copy/.test(a.class||'')) p = 'YAML examples: copy button data-code';
        const st = loc.startTag, en = loc.endTag;
        const tagBytes = st ? B(st.startOffset, st.endOffset) + (en ? B(en.startOffset, en.endOffset) : 0) : 0;
        add(parts, p, tagBytes);
        if (c.nodeName === 'svg' || inSvg) svg += B(loc.startOffset, loc.endOffset) * (inSvg ? 0 : 1);
        // attribute bytes: name="value"
        if (st) { let attrTotal = 0; for (const x of c.attrs) { const al = st.attrs?.[x.name]; if (al) { const b = B(al.startOffset, al.endOffset) + 1; add(attrs, x.name, b); attrTotal += b; } } add(tags, c.nodeName, tagBytes - attrTotal); }
        if (depth <= 9) { const outer = src.slice(loc.startOffset, loc.endOffset); const h = createHash('sha1').update(outer).digest('hex'); let e = blockHash.get(h); if (!e) blockHash.set(h, e = { bytes: Buffer.byteLength(outer), pages: new Set(), label: c.nodeName + (a.id ? '#' + a.id : '') + (a.class ? '.' + a.class.split(/\s+/).slice(0,3).join('.') : ''), depth }); e.pages.add(f); }
        walk(c.content || c, p, depth + 1, inSvg || c.nodeName === 'svg');
      }
    }
    walk(doc, 'doctype/other', 0, false);
  }
  const N = files.length;
  console.log(`\n== ${N} pages, ${(total / 1e6).toFixed(2)} MB, ${(total / N / 1024).toFixed(1)} KB each`);
  const row = (k, v) => console.log(`${k.padEnd(45)} ${(v / N / 1024).toFixed(2).padStart(7)} KB  ${(100 * v / total).toFixed(1).padStart(5)}%`);
  console.log('-- by part (tags, attributes and text inside it)'); [...parts].sort((a, b) => b[1] - a[1]).forEach(([k, v]) => row(k, v));
  console.log('-- cross-cutting'); row('text (outside script/style)', text); row('inline script text', scriptInline); row('inline style text', style); row('svg elements', svg);
  console.log('-- attributes by name (name="value")'); [...attrs].sort((a, b) => b[1] - a[1]).slice(0, 22).forEach(([k, v]) => row(k, v));
  console.log('-- tag syntax without attributes by element'); [...tags].sort((a, b) => b[1] - a[1]).slice(0, 10).forEach(([k, v]) => row(k, v));
  // blocks on >= 90% of pages (identical outer HTML), maximal ones only (skip those whose bytes are counted in a bigger shared block): approximate by depth order
  const shared = [...blockHash.values()].filter((e) => e.pages.size >= 0.9 * N).sort((a, b) => b.bytes - a.bytes);
  console.log('-- identical blocks on >=90% of pages (largest 15)'); shared.slice(0, 15).forEach((e) => console.log(`${e.label.slice(0,60).padEnd(62)} ${e.bytes} B on ${e.pages.size}`));
  const rep = [...blockHash.values()].filter((e) => e.pages.size >= 2 && e.pages.size < 0.9*N && e.bytes >= 200).sort((a, b) => b.bytes * b.pages.size - a.bytes * a.pages.size);
  console.log('-- identical blocks on several pages (by bytes x pages, 12)'); rep.slice(0, 12).forEach((e) => console.log(`${e.label.slice(0,60).padEnd(62)} ${e.bytes} B on ${e.pages.size}`));
}
analyse(kinds.concepts); analyse(kinds.notes);
