#!/usr/bin/env node
/**
 * kind43 (docs/miner.md "kind43"): the tables and key lists of a note whose custom kind comes from prose alone
 * (kind42's shapes, prose-kinds.ts `proseNamedKinds`, in a note whose examples declare no custom kind), and what
 * their rows are labelled. `node bench/kinds43.mjs [dir …] [--list]` (default: every dev set).
 *
 * A table (first column) or a list (items opening with a key and a colon) is a *key table* when two rows or more
 * are bare keys (`type`, `lastTransitionTime`). For each, the rows' labels (a field of the prose kind, with its
 * path; a field of another owner; a term or other kind; unlabelled) and what the standard-field reading would
 * give: the rows voting, as crd-example-key.ts `tableKeyPath` does, with crd41's standard paths
 * (standard-object-fields.ts) as the prose kind's paths — right (owner and path as labelled), wrong (labelled
 * otherwise) or false (no label). `--declared`: the notes whose examples declare custom kinds as well (those kinds in
 * the prose kinds' place), for the look-alikes; `--list`: every table read, and every one of a prose kind.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { devSets, normKey, readCorpus } from './lib/miner-score.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const given = args.filter((a) => !a.startsWith('-'));
const dirs = (given.length > 0 ? given : devSets()).map((d) => path.resolve(d));
const nk = await import(path.join(ROOT, 'src/graph/miner/note-kinds.ts'));
const ex = await import(path.join(ROOT, 'src/graph/examples.ts'));
const pk = await import(path.join(ROOT, 'src/graph/miner/prose-kinds.ts'));
const cek = await import(path.join(ROOT, 'src/graph/miner/crd-example-key.ts'));
const sof = await import(path.join(ROOT, 'src/graph/miner/standard-object-fields.ts'));
const { fromMarkdown } = await import('mdast-util-from-markdown');
const { gfm } = await import('micromark-extension-gfm');
const { gfmFromMarkdown } = await import('mdast-util-gfm');
const { toString } = await import('mdast-util-to-string');
const { visit } = await import('unist-util-visit');

const KEY = /^[a-z][A-Za-z0-9]*$/;
/** A bare key's standard path: the one standard path ending in it (`observedGeneration` has two: none). */
const standardPath = (key) => {
  const ps = [...sof.STANDARD_OBJECT_FIELD.paths].filter((p) => p.split('.').pop().replace(/\[\]$/, '') === key);
  return ps.length === 1 ? ps[0] : undefined;
};
const cell = (n) => toString(n ?? { type: 'text', value: '' }).trim().replace(/^`|`$/g, '');
function itemKey(item) {
  const p = item.children[0];
  if (!p || p.type !== 'paragraph') return undefined;
  const first = p.children[0];
  const next = p.children[1];
  const opening = first?.type === 'inlineCode' ? { form: 'code', text: first.value } : first?.type === 'strong' ? { form: 'bold', text: toString(first) } : undefined;
  return cek.listItemKey(opening, next === undefined ? undefined : p.children.slice(1, 4).map((n) => (n.type === 'inlineCode' ? n.value : toString(n))).join(''));
}

const out = [];
const counts = { chapters: 0, withProse: 0, tables: 0, lists: 0 };
for (const dir of dirs) {
  const set = path.basename(dir);
  for (const c of readCorpus(dir)) {
    counts.chapters++;
    const text = readFileSync(c.file, 'utf8');
    const tree = fromMarkdown(text, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
    const fences = [];
    visit(tree, 'code', (node) => {
      const f = ex.analyzeFence(node, c.file);
      if (f) fences.push(f);
    });
    const declaredKinds = [...nk.noteKinds(fences).keys()];
    // (--declared: the notes that declare custom kinds too, their kinds in the prose kinds' place)
    if (declaredKinds.length > 0 && !args.includes('--declared')) continue;
    const prose = declaredKinds.length > 0 ? declaredKinds : pk.proseNamedKinds(text, fences);
    if (prose.length === 0) continue;
    counts.withProse++;
    const from = declaredKinds.length > 0 ? 'declared' : 'prose';
    const labels = c.labels.concepts ?? [];
    const labelOf = (key) => labels.filter((l) => [l.name, ...(l.also ?? []), l.fieldPath ?? ''].some((n) => normKey(n) === normKey(key) || (l.fieldPath && l.fieldPath.split('.').pop().replace(/\[\]$/, '') === key && l.name === key)));
    const blocks = [];
    visit(tree, 'table', (t) => {
      counts.tables++;
      blocks.push({ form: 'table', line: t.position.start.line, rows: t.children.slice(1).map((r) => cell(r.children[0])) });
    });
    visit(tree, 'list', (l) => {
      const rows = l.children.map(itemKey).filter((k) => k !== undefined);
      if (rows.length >= 2) {
        counts.lists++;
        blocks.push({ form: 'list', line: l.position.start.line, rows });
      }
    });
    for (const b of blocks) {
      const keys = b.rows.filter((r) => KEY.test(r));
      if (keys.length < 2) continue;
      const owner = prose.length === 1 ? prose[0] : undefined;
      const rows = keys.map((k) => {
        const ls = labelOf(k);
        const placed = owner === undefined ? undefined : cek.tableKeyPath(keys, k, standardPath, cek.CRD_TABLE_KEYS);
        // (only a row at a standard path: the table's other rows — ownerReferences, labels — are not the kind's by this reading)
        const got = placed !== undefined && sof.STANDARD_OBJECT_FIELD.paths.has(placed) ? placed : undefined;
        const lab = ls.length === 0 ? 'unlabelled' : ls.some((l) => l.kind === 'field' && prose.includes(l.owner)) ? 'prose-kind field' : ls.some((l) => l.kind === 'field') ? 'other field' : ls.map((l) => l.kind).join('/');
        const verdict = got === undefined ? 'not read' : ls.some((l) => l.kind === 'field' && l.owner === owner && l.fieldPath === got) ? 'right' : ls.length === 0 ? 'false' : 'wrong';
        return { key: k, label: lab, labels: ls.map((l) => `${l.kind}${l.owner ? ` ${l.owner}` : ''}${l.fieldPath ? ` ${l.fieldPath}` : ''}`), read: got, verdict };
      });
      out.push({ set, chapter: c.chapter, prose, from, form: b.form, line: b.line, rows });
    }
  }
}
console.log(`chapters ${counts.chapters}; declaring no custom kind but naming one in prose (kind42's shapes) ${counts.withProse}; their tables ${counts.tables}, key lists ${counts.lists}; key tables / lists (two key rows or more) ${out.length}`);
const sum = (xs, f) => { const m = new Map(); for (const x of xs) m.set(f(x), (m.get(f(x)) ?? 0) + 1); return [...m.entries()].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join(', '); };
for (const [from, form] of [['prose', 'table'], ['prose', 'list'], ['declared', 'table'], ['declared', 'list']]) {
  const bs = out.filter((b) => b.form === form && b.from === from);
  if (bs.length === 0) continue;
  const rows = bs.flatMap((b) => b.rows.map((r) => ({ ...r, set: b.set })));
  console.log(`\n${form}s of notes whose custom kind is ${from}: ${bs.length} in ${new Set(bs.map((b) => `${b.set}/${b.chapter}`)).size} chapters, ${new Set(bs.map((b) => b.set)).size} sets; rows ${rows.length}: ${sum(rows, (r) => r.label)}`);
  const read = rows.filter((r) => r.verdict !== 'not read');
  console.log(`  the standard-field reading: ${sum(rows, (r) => r.verdict)}; right in sets: ${[...new Set(read.filter((r) => r.verdict === 'right').map((r) => r.set))].join(' ')}; wrong/false in sets: ${[...new Set(read.filter((r) => r.verdict !== 'right').map((r) => r.set))].join(' ')}`);
}
if (args.includes('--list')) for (const b of out.filter((b) => b.rows.some((r) => r.verdict !== 'not read') || b.from === 'prose')) {
  console.log(`\n${b.set} ${b.chapter}:${b.line} ${b.form} (${b.from} kinds ${b.prose.join(', ')})`);
  for (const r of b.rows) console.log(`  ${r.key}\t${r.label}\t[${r.labels.join('; ')}]\t${r.read ?? '-'}\t${r.verdict}`);
}
