#!/usr/bin/env node
/**
 * crd41 (issue 12 item 1): the typing errors of custom kinds' fields by the shape an expert reads the owner and the
 * path by (docs/miner.md "crd41").
 *
 *   node bench/crd-shapes41.mjs TYPING.json [--list SHAPE] [--sets]
 *
 * TYPING.json is `node bench/miner-typing.mjs --json F`'s output. The cases taken are the `alone` ones whose cause is
 * the CRD / project bucket or a wrong owner of a field whose labelled owner is no catalogued API kind. Each label is
 * looked up in its chapter's text and given the first shape that holds (SHAPES, in order):
 *   table-row     a table row whose first cell is the name (or a path ending in it)
 *   list-key      a list item opening with the name (code or bold) and a colon or dash
 *   para-key      a paragraph opening with the name (code or bold) and a colon
 *   prose-path    the label's path (two segments or more, `status.observedGeneration`) in a code span outside fences
 *   schema        a fence with `openAPIV3Schema` holds the name as a key
 *   example       a YAML fence of `kind: Owner` sets the name as a key
 *   heading       a heading names the field
 *   other         none of these
 * and the owner's evidence: `declared` (a fence writes `kind: Owner` or a CRD's `kind: Owner` under `names`), `prose`
 * (the chapter names the owner outside fences), `none`. Across the shapes, the labels at a path every object has
 * (standard-object-fields.ts `STANDARD_OBJECT_FIELD.paths`: ObjectMeta's bookkeeping, the standard status) are counted
 * by set. `--sets` prints the shapes per set, `--list SHAPE|all` each case.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const file = argv.find((a, i) => !a.startsWith('-') && !(i > 0 && argv[i - 1] === '--list'));
const listShape = argv.includes('--list') ? argv[argv.indexOf('--list') + 1] : undefined;
const vocab = await import(path.join(ROOT, 'src/graph/vocabulary/index.ts'));
const isApiKind = (k) => k !== undefined && vocab.kindNamed(k) === k && vocab.isCatalogued(k);
const { STANDARD_OBJECT_FIELD } = await import(path.join(ROOT, 'src/graph/miner/standard-object-fields.ts'));

export const SHAPES = ['table-row', 'list-key', 'para-key', 'prose-path', 'schema', 'example', 'heading', 'other'];
const esc = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The chapter's text without fences, and its fences. */
function split(text) {
  const fences = [];
  const prose = text.replace(/^(```|~~~)[^\n]*\n([\s\S]*?)^\1[^\n]*$/gmu, (_m, _f, body) => {
    fences.push(body);
    return '';
  });
  return { prose, fences };
}

export function shapeOf(label, text) {
  const name = label.name;
  const p = String(label.fieldPath ?? '');
  const n = esc(name);
  const { prose, fences } = split(text);
  const cellName = String.raw`(?:\x60|\*\*)?(?:[\w.\[\]]*\.)?${n}(?:\[\])?(?:\x60|\*\*)?`;
  if (new RegExp(String.raw`^\s*\|\s*${cellName}\s*(?:[（(][^|]*[)）])?\s*\|`, 'mu').test(prose)) return 'table-row';
  if (new RegExp(String.raw`^\s*(?:[-*+]|\d+[.)])\s+(?:\x60|\*\*)(?:[\w.\[\]]*\.)?${n}(?:\[\])?(?:\x60|\*\*)?\s*(?:[（(][^\n]*?[)）])?\s*(?:[:：—–-]|\*\*)`, 'mu').test(prose)) return 'list-key';
  if (new RegExp(String.raw`^\s*(?:\x60|\*\*)(?:[\w.\[\]]*\.)?${n}(?:\[\])?(?:\x60)?\s*[:：]`, 'mu').test(prose)) return 'para-key';
  const segs = p.replace(/\[\]/g, '').split('.');
  if (segs.length >= 2) {
    for (let i = 0; i <= segs.length - 2; i++) {
      const tail = segs.slice(i).join('.');
      if (new RegExp(String.raw`\x60[^\x60\n]*(?:^|[^\w])?${esc(tail).replace(/\\\./g, String.raw`(?:\[\])?\.`)}(?:\[\])?\x60`, 'mu').test(prose)) return 'prose-path';
    }
  }
  const keyRe = new RegExp(String.raw`^\s*(?:-\s+)?${n}\s*:`, 'mu');
  if (fences.some((f) => /openAPIV3Schema/.test(f) && keyRe.test(f))) return 'schema';
  if (fences.some((f) => new RegExp(String.raw`^\s*kind:\s*${esc(label.owner ?? '')}\s*$`, 'mu').test(f) && keyRe.test(f))) return 'example';
  if (new RegExp(String.raw`^#{1,6}[^\n]*${n}`, 'mu').test(prose)) return 'heading';
  return 'other';
}

export function ownerEvidence(label, text) {
  const o = esc(label.owner ?? '');
  const { prose, fences } = split(text);
  if (fences.some((f) => new RegExp(String.raw`^\s*kind:\s*["']?${o}["']?\s*$`, 'mu').test(f))) return 'declared';
  if (new RegExp(String.raw`(?<![A-Za-z])${o}(?![A-Za-z])`, 'u').test(prose)) return 'prose';
  return 'none';
}

if (file) {
  const cases = JSON.parse(readFileSync(file, 'utf8')).filter((x) => x.setting === 'alone');
  const crd = cases.filter(
    (x) => x.cause.startsWith('CRD / project') || (x.cause === 'field: wrong owner' && !isApiKind(x.label.owner ?? 'Pod')),
  );
  const texts = new Map();
  const textOf = (x) => {
    const f = path.join(ROOT, 'tests/corpus/miner', x.set, x.chapter);
    if (!texts.has(f)) texts.set(f, readFileSync(f, 'utf8'));
    return texts.get(f);
  };
  const rows = crd.map((x) => ({ ...x, shape: shapeOf(x.label, textOf(x)), ev: ownerEvidence(x.label, textOf(x)) }));
  const setsOf = (xs) => new Set(xs.map((x) => x.set)).size;
  console.log(`${crd.length} cases (alone) of ${cases.length} typed wrong`);
  console.log('| shape | all | label field | label object | concept term | concept field (wrong owner/path) | owner declared / prose / none | sets |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | --- | ---: |');
  for (const s of SHAPES) {
    const r = rows.filter((x) => x.shape === s);
    if (r.length === 0) continue;
    const c = (f) => r.filter(f).length;
    console.log(`| ${s} | ${r.length} | ${c((x) => x.label.kind === 'field')} | ${c((x) => x.label.kind === 'object')} | ${c((x) => x.concept.kind !== 'field')} | ${c((x) => x.concept.kind === 'field')} | ${c((x) => x.ev === 'declared')} / ${c((x) => x.ev === 'prose')} / ${c((x) => x.ev === 'none')} | ${setsOf(r)} |`);
  }
  // (across the text shapes: the fields every object has, ObjectMeta's bookkeeping and the standard status)
  const std = rows.filter((x) => x.label.kind === 'field' && STANDARD_OBJECT_FIELD.paths.has(String(x.label.fieldPath ?? '')));
  const bySet = [...new Set(std.map((x) => x.set))].map((set) => `${set} ${std.filter((x) => x.set === set).length}`);
  console.log(`\nstandard object fields (ObjectMeta bookkeeping, standard status): ${std.length} in ${setsOf(std)} sets (${bySet.join(', ')}); owner declared / prose / none: ${std.filter((x) => x.ev === 'declared').length} / ${std.filter((x) => x.ev === 'prose').length} / ${std.filter((x) => x.ev === 'none').length}`);
  if (argv.includes('--sets')) {
    const sets = [...new Set(rows.map((x) => x.set))];
    for (const set of sets) {
      const r = rows.filter((x) => x.set === set);
      console.log(`${set}\t${r.length}\t${SHAPES.map((s) => `${s}:${r.filter((x) => x.shape === s).length}`).filter((t) => !t.endsWith(':0')).join(' ')}`);
    }
  }
  if (listShape) {
    for (const x of rows.filter((r) => listShape === 'all' || r.shape === listShape)) {
      const c = x.concept;
      console.log(`${x.set}\t${x.shape}\t${x.ev}\t${x.label.name} → ${x.label.kind} ${x.label.owner ?? ''}:${x.label.fieldPath ?? ''}\t≠ ${c.kind}${c.kind === 'field' ? ` ${c.owner ?? ''}:${c.fieldPath ?? ''}` : ''} [${c.why}]\t${x.chapter}`);
    }
  }
}
