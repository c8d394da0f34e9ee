#!/usr/bin/env node
/**
 * kind42 (issue 12 item 1): the custom kinds a chapter's labels name (an `object`, or a field's `owner`, that no API,
 * catalogue or configuration API has) and how the chapter names each where the miner does not read it today (no
 * example or CRD of the chapter declares it: note-kinds.ts `noteKinds`) — docs/miner.md "kind42".
 *
 *   node bench/kinds42.mjs DIR... [--list SHAPE|all] [--false SHAPE]
 *
 * Each chapter alone. A shape proposes names spelt as kinds (PascalCase, not an API, catalogue or configuration kind,
 * not one of the chapter's note kinds); a proposal is *labelled* when the chapter's labels have it as an object or
 * an owner, *false* otherwise. Shapes (SHAPES):
 *   plural       the lower-case plural of a PascalCase word of the chapter (`queueclusters` beside `QueueCluster`)
 *   kubectl      `kubectl get|describe|edit … <plural|lower-case name>` of such a word
 *   owner-ref    `kind: X` beside `apiVersion: group/v…` of a group outside Kubernetes' below the top of a fence (an ownerReference)
 *   nested-kind  `kind: X` in a fence that no document of it declares (an ownerReference, a fragment, a Go literal)
 *   go-type      `type XSpec struct` / `type XStatus struct` / `type X struct` with an `XSpec` beside it
 *   dotted       `X.spec.…` / `X.status.…` / `X 的 spec|status` in prose
 *   said         the existing sayings that a name is an object (note-kinds.ts `textKinds`: `X CRD`, `X 对象`, …)
 *   heading      a heading names it
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readCorpus } from './lib/miner-score.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const opt = (name) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined);
const dirs = argv.filter((a, i) => !a.startsWith('-') && !(i > 0 && argv[i - 1].startsWith('--')));
const vocab = await import(path.join(ROOT, 'src/graph/vocabulary/index.ts'));
const nk = await import(path.join(ROOT, 'src/graph/miner/note-kinds.ts'));
const ex = await import(path.join(ROOT, 'src/graph/examples.ts'));
const { fromMarkdown } = await import('mdast-util-from-markdown');
const { gfm } = await import('micromark-extension-gfm');
const { gfmFromMarkdown } = await import('mdast-util-gfm');
const { visit } = await import('unist-util-visit');

export const SHAPES = ['plural', 'kubectl', 'owner-ref', 'nested-kind', 'go-type', 'dotted', 'said', 'heading'];
const KIND = /^[A-Z][A-Za-z0-9]*[a-z][A-Za-z0-9]*$/;
const esc = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const isKnown = (k) => vocab.kindNamed(k) !== undefined || vocab.kindNamed(k.replace(/s$/, '')) !== undefined || vocab.isCatalogued(k) || vocab.isConfigKind(k) || vocab.isEnumValue(k);
const plurals = (w) => {
  const l = w.toLowerCase();
  return [`${l}s`, `${l}es`, l.endsWith('y') ? `${l.slice(0, -1)}ies` : undefined].filter(Boolean);
};

/** The names each shape proposes in a chapter's text. */
export function proposals(text, tree, fences) {
  const out = Object.fromEntries(SHAPES.map((s) => [s, new Set()]));
  const words = new Set((text.match(/(?<![A-Za-z0-9_])[A-Z][A-Za-z0-9]*[a-z][A-Za-z0-9]*(?![A-Za-z0-9_])/g) ?? []).filter((w) => KIND.test(w)));
  const tokens = new Set(text.match(/[a-z][a-z0-9]*/g) ?? []);
  for (const w of words) if (/[a-z][A-Z]/.test(w) && plurals(w).some((p) => tokens.has(p))) out.plural.add(w);
  for (const m of text.matchAll(/kubectl\s+(?:-n\s+\S+\s+)?(?:get|describe|edit|delete)\s+(?:-n\s+\S+\s+)?([a-z][a-z0-9.-]*)/g)) {
    const r = m[1].split('.')[0];
    for (const w of words) if (plurals(w).includes(r) || (w.toLowerCase() === r && /[a-z][A-Z]/.test(w))) out.kubectl.add(w);
  }
  for (const f of fences) {
    const declared = new Set(f.docKinds.filter((k) => k !== ''));
    for (const m of f.node.value.matchAll(/\bkind\s*:\s*["']?([A-Z][A-Za-z0-9]*)["']?/g)) if (!declared.has(m[1])) out['nested-kind'].add(m[1]);
    // (an object reference: `kind: X` beside `apiVersion: group/v…` of a group outside Kubernetes')
    for (const m of f.node.value.matchAll(/^([ \t-]*)(?:apiVersion:\s*["']?([a-z0-9.-]+\.[a-z]+)\/v\w+["']?\s*\n[ \t-]*kind:\s*["']?([A-Z][A-Za-z0-9]*)|kind:\s*["']?([A-Z][A-Za-z0-9]*)["']?\s*\n[ \t-]*apiVersion:\s*["']?([a-z0-9.-]+\.[a-z]+)\/v\w+)/gm)) {
      const k = m[3] ?? m[4];
      if (!declared.has(k) && m[1] !== '' && !/(?:^|\.)k8s\.io$/.test(m[2] ?? m[5])) out['owner-ref'].add(k);
    }
  }
  for (const m of text.matchAll(/^```[^\n]*\n([\s\S]*?)^```/gmu)) {
    const body = m[1];
    for (const t of body.matchAll(/\bkind\s*:\s*["']?([A-Z][A-Za-z0-9]*)["']?/g)) if (!/^\s*apiVersion|^kind:/m.test(body) || !fences.some((f) => f.node.value === body)) out['nested-kind'].add(t[1]);
    for (const t of body.matchAll(/\btype\s+([A-Z][A-Za-z0-9]*?)(Spec|Status)?\s+struct\b/g)) {
      if (t[2]) out['go-type'].add(t[1]);
      else if (new RegExp(`\\btype\\s+${esc(t[1])}(?:Spec|Status)\\s+struct`).test(body)) out['go-type'].add(t[1]);
    }
  }
  const prose = text.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gmu, '');
  for (const m of prose.matchAll(/(?<![A-Za-z0-9_])([A-Z][A-Za-z0-9]*[a-z][A-Za-z0-9]*)(?:\.(?:spec|status)\b|\s*(?:对象|资源|CR)?\s*的\s*`?(?:spec|status)\b)/g)) out.dotted.add(m[1]);
  for (const k of nk.textKinds(tree)) out.said.add(k);
  visit(tree, 'heading', (h) => {
    const t = nk.markedText(h);
    for (const m of t.matchAll(/(?<![A-Za-z0-9_])[A-Z][A-Za-z0-9]*[a-z][A-Za-z0-9]*(?![A-Za-z0-9_])/g)) out.heading.add(m[0]);
  });
  for (const s of SHAPES) for (const w of [...out[s]]) if (!KIND.test(w) || isKnown(w)) out[s].delete(w);
  return out;
}

function fencesOf(tree, file) {
  const out = [];
  visit(tree, 'code', (node) => {
    const f = ex.analyzeFence(node, file);
    if (f) out.push(f);
  });
  return out;
}

const rows = [];
for (const dir of dirs) {
  const set = path.basename(dir);
  for (const c of readCorpus(dir)) {
    const text = readFileSync(c.file, 'utf8');
    const tree = fromMarkdown(text, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
    const fences = fencesOf(tree, c.file);
    const declared = nk.noteKinds(fences);
    const concepts = c.labels.concepts ?? [];
    const labelled = new Map();
    for (const l of concepts) {
      const k = l.kind === 'object' ? l.name : l.kind === 'field' ? l.owner ?? 'Pod' : undefined;
      if (k === undefined || !KIND.test(k) || isKnown(k)) continue;
      const e = labelled.get(k) ?? { object: false, fields: 0 };
      if (l.kind === 'object') e.object = true;
      else e.fields++;
      labelled.set(k, e);
    }
    const prop = proposals(text, tree, fences);
    const all = new Set([...labelled.keys(), ...SHAPES.flatMap((s) => [...prop[s]])]);
    for (const k of all) {
      if (declared.has(k)) {
        if (labelled.has(k)) rows.push({ set, chapter: c.chapter, kind: k, read: true, labelled: true, ...labelled.get(k), shapes: [], noteKinds: [...declared.keys()] });
        continue;
      }
      const shapes = SHAPES.filter((s) => prop[s].has(k));
      rows.push({ set, chapter: c.chapter, kind: k, read: false, labelled: labelled.has(k), ...(labelled.get(k) ?? { object: false, fields: 0 }), shapes, noteKinds: [...declared.keys()] });
    }
  }
}

const setKinds = new Map();
for (const r of rows) if (r.labelled) (setKinds.get(r.set) ?? setKinds.set(r.set, new Set()).get(r.set)).add(r.kind);
for (const r of rows) r.setLabelled = !r.labelled && setKinds.get(r.set)?.has(r.kind) === true;
const lab = rows.filter((r) => r.labelled);
const chapters = (rs) => new Set(rs.map((r) => `${r.set}/${r.chapter}`)).size;
console.log(`labelled custom kinds (chapter × kind): ${lab.length} in ${chapters(lab)} chapters, ${new Set(lab.map((r) => r.set)).size} sets; read by the miner (an example / CRD declares it) ${lab.filter((r) => r.read).length}; not read ${lab.filter((r) => !r.read).length} (fields ${lab.filter((r) => !r.read).reduce((s, r) => s + r.fields, 0)}, in ${new Set(lab.filter((r) => !r.read).map((r) => r.set)).size} sets)`);
const unread = lab.filter((r) => !r.read);
for (const [title, only] of [['every chapter', () => true], ['chapters whose examples declare no custom kind', (r) => r.noteKinds.length === 0]]) {
console.log(`\n${title}\n| shape | labelled kinds (fields) | sets | the set's kind, unlabelled here | false kinds | false sets |`);
console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
for (const s of SHAPES) {
  const hit = unread.filter((r) => only(r) && r.shapes.includes(s));
  const sl = rows.filter((r) => only(r) && !r.read && r.setLabelled && r.shapes.includes(s));
  const fal = rows.filter((r) => only(r) && !r.read && !r.labelled && !r.setLabelled && r.shapes.includes(s));
  console.log(`| ${s} | ${hit.length} (${hit.reduce((a, r) => a + r.fields, 0)}) | ${new Set(hit.map((r) => r.set)).size} | ${sl.length} | ${fal.length} | ${new Set(fal.map((r) => r.set)).size} |`);
}
const nn = unread.filter((r) => only(r) && r.shapes.length === 0);
console.log(`| none | ${nn.length} (${nn.reduce((a, r) => a + r.fields, 0)}) | ${new Set(nn.map((r) => r.set)).size} | | | |`);
}
const list = opt('--list');
if (list) for (const r of unread.filter((r) => list === 'all' || r.shapes.includes(list) || (list === 'none' && r.shapes.length === 0))) console.log(`${r.set}\t${r.chapter}\t${r.kind}\tobject=${r.object}\tfields=${r.fields}\t${r.shapes.join(',')}\tnote=${r.noteKinds.join(',')}`);
const fl = opt('--false');
if (fl) for (const r of rows.filter((r) => !r.read && !r.labelled && r.shapes.includes(fl))) console.log(`${r.setLabelled ? 'SET' : 'FALSE'}\t${r.set}\t${r.chapter}\t${r.kind}\t${r.shapes.join(',')}\tnote=${r.noteKinds.join(',')}`);
if (opt('--json')) (await import('node:fs')).writeFileSync(opt('--json'), JSON.stringify(rows));
