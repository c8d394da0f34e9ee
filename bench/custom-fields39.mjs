#!/usr/bin/env node
/**
 * fields39 (issue 12): the labels of kind `field` whose owner is not a built-in kind's `spec` — a custom kind's field, a
 * CRD's own field, `metadata.*`, an option type's or a kind without `spec` (a webhook configuration's `webhooks[]`, a
 * Role's `rules[]`), a component configuration kind's, a built-in kind's `status.*` — and what the miner made of each
 * (docs/miner.md "fields39"):
 *
 *   node bench/custom-fields39.mjs [dev sets …] --dump FILE     run each chapter alone, write one JSON line per label
 *   node bench/custom-fields39.mjs --from FILE [--by K] [--lines OUTCOME] [--category C]   tally a dump
 *
 * A label's outcome: `right` (found, right kind, owner and path), `wrong-place` (found as a field of another owner or
 * path), `term` (found as another kind), `missed`. Its category: `custom` (an owner the note's examples declare as a custom kind, or one neither the API nor a
 * configuration API has), `crd` (CustomResourceDefinition's own fields), `config` (a component configuration kind), `metadata`,
 * `top` (a built-in kind's path outside spec/status/metadata: `webhooks[].failurePolicy`, DeleteOptions'
 * `propagationPolicy`), `status`, and `spec` (a built-in kind's spec: the rest, tallied for contrast only).
 * Its evidence, what an expert reads the owner by (the first that holds): `schema` (the note's note-kinds schema —
 * its examples' keys, a CRD's openAPIV3Schema — has the owner and the path), `schema-kind` (the schema has the owner,
 * not the path), `go-struct` (a Go type of the owner's name in a fence), `example` (a fence writes `kind: Owner`),
 * `heading` (a heading names the owner), `prose` (the note names the owner outside fences), `none`.
 * `--by` one of category, evidence, set, rule (what made the concept), outcome (default: category × outcome, evidence
 * × outcome, per set).
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { conceptNames, definedWithWhy, labelNames, readCorpus, scoreChapter, typedMatch } from './lib/miner-score.mjs';
import { outcomesArgs } from './lib/outcomes.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const opt = (name) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined);
const fromFile = opt('--from');
const dumpFile = opt('--dump');

export const OUTCOMES = ['right', 'wrong-place', 'term', 'missed'];
export const EVIDENCE = ['schema', 'schema-kind', 'go-struct', 'example', 'heading', 'prose', 'none'];

const esc = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The category of a field label by its owner and path. */
export function categoryOf(label, vocab) {
  const owner = label.owner ?? 'Pod';
  const p = String(label.fieldPath ?? '');
  if (vocab.isConfigKind(owner)) return 'config';
  if (vocab.kindNamed(owner) !== owner) return 'custom';
  if (owner === 'CustomResourceDefinition') return 'crd';
  if (p.startsWith('metadata.')) return 'metadata';
  if (p.startsWith('status.')) return 'status';
  if (p.startsWith('spec.')) return 'spec';
  return 'top';
}

/** The evidence of the owner in the note's own text and schema (EVIDENCE, first that holds). */
export function evidenceOf(label, text, kinds, noteKindPath) {
  const owner = label.owner ?? 'Pod';
  const k = kinds.get(owner);
  if (k && label.fieldPath && noteKindPath(k, label.fieldPath) !== undefined) return 'schema';
  if (k) return 'schema-kind';
  const fences = [...text.matchAll(/^(```|~~~)[^\n]*\n([\s\S]*?)^\1/gmu)].map((m) => m[2]);
  const word = new RegExp(`(?<![A-Za-z0-9])${esc(owner)}(?![A-Za-z0-9])`, 'u');
  if (fences.some((f) => new RegExp(`\\btype\\s+${esc(owner)}(?:Spec)?\\s+struct\\b`, 'u').test(f))) return 'go-struct';
  if (fences.some((f) => new RegExp(`^\\s*kind:\\s*${esc(owner)}\\s*$`, 'mu').test(f))) return 'example';
  const outside = text.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1/gmu, '');
  if (outside.split('\n').some((l) => /^#{1,6}\s/.test(l) && word.test(l))) return 'heading';
  if (word.test(outside)) return 'prose';
  return 'none';
}

async function run(dirs) {
  const { runStages } = await import(path.join(ROOT, 'src/graph/load.ts'));
  const vocab = await import(path.join(ROOT, 'src/graph/vocabulary/index.ts'));
  const nk = await import(path.join(ROOT, 'src/graph/miner/note-kinds.ts'));
  const tmp = mkdtempSync(path.join(tmpdir(), 'k8smap-fields39-'));
  const rows = [];
  try {
    let n = 0;
    for (const dir of dirs) {
      for (const c of readCorpus(dir)) {
        const items = (c.labels.concepts ?? []).filter((l) => l && l.kind === 'field');
        if (items.length === 0) continue;
        const d = path.join(tmp, `c${n++}`);
        mkdirSync(path.join(d, 'notes'), { recursive: true });
        cpSync(c.file, path.join(d, 'notes', c.chapter));
        const ctx = await runStages(d, { layout: false });
        const file = `notes/${c.chapter}`;
        const defined = definedWithWhy(ctx, file);
        const score = scoreChapter(defined, c.labels);
        const text = readFileSync(c.file, 'utf8');
        const kinds = nk.noteKinds(ctx.fences.get(file) ?? []);
        const missed = new Set(score.misses);
        const untyped = new Set(score.typedMisses);
        for (const l of items) {
          const category = kinds.has(l.owner ?? 'Pod') ? 'custom' : categoryOf(l, vocab);
          const names = labelNames(l);
          const by = defined.find((x) => [...conceptNames(x)].some((k) => names.has(k)) && typedMatch(x, l)) ?? defined.find((x) => [...conceptNames(x)].some((k) => names.has(k)));
          const outcome = missed.has(l) ? 'missed' : !untyped.has(l) ? 'right' : by?.kind === 'field' ? 'wrong-place' : 'term';
          rows.push({
            set: path.basename(dir),
            chapter: c.chapter,
            name: l.name,
            owner: l.owner ?? 'Pod',
            fieldPath: l.fieldPath,
            category,
            evidence: evidenceOf(l, text, kinds, nk.noteKindPath),
            outcome,
            got: by && outcome !== 'missed' ? { title: by.title, kind: by.kind, owner: by.owner, fieldPath: by.fieldPath, why: by.why } : undefined,
            noteKinds: [...kinds.keys()],
          });
        }
      }
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  return rows;
}

function tally(rows, key) {
  const t = new Map();
  for (const r of rows) {
    const k = key(r);
    if (!t.has(k)) t.set(k, { ...Object.fromEntries(OUTCOMES.map((o) => [o, 0])), sets: new Set() });
    t.get(k)[r.outcome]++;
    t.get(k).sets.add(r.set);
  }
  return [...t.entries()].sort((a, b) => OUTCOMES.reduce((s, o) => s + b[1][o], 0) - OUTCOMES.reduce((s, o) => s + a[1][o], 0));
}

function print(title, rows, key) {
  console.log(`\n${title}\n| ${title.split(' ')[0]} | ${OUTCOMES.join(' | ')} | all | typed R | sets |\n| --- | ${OUTCOMES.map(() => '---:').join(' | ')} | ---: | ---: | ---: |`);
  for (const [k, v] of tally(rows, key)) {
    const all = OUTCOMES.reduce((s, o) => s + v[o], 0);
    console.log(`| ${k} | ${OUTCOMES.map((o) => v[o]).join(' | ')} | ${all} | ${(v.right / all).toFixed(2)} | ${v.sets.size} |`);
  }
}

const rows = fromFile
  ? readFileSync(fromFile, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l))
  : await run(outcomesArgs(argv.filter((a, i) => !['--dump', '--by', '--lines', '--category'].includes(argv[i - 1]) && !a.startsWith('--'))).dirs);
if (dumpFile) writeFileSync(dumpFile, rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
const cat = opt('--category');
const scope = rows.filter((r) => (cat ? cat.split(',').includes(r.category) : r.category !== 'spec'));
const linesOf = opt('--lines');
if (linesOf) {
  for (const r of scope.filter((x) => x.outcome === linesOf)) {
    const got = r.got ? ` → ${r.got.kind}${r.got.fieldPath ? ` ${r.got.owner ?? 'Pod'}:${r.got.fieldPath}` : ''} [${r.got.why}]` : '';
    console.log(`${r.set}\t${r.chapter}\t${r.category}/${r.evidence}\t${r.name} ${r.owner}:${r.fieldPath}${got}`);
  }
} else {
  const by = opt('--by');
  const keys = { category: (r) => r.category, evidence: (r) => r.evidence, set: (r) => r.set, outcome: (r) => r.outcome, rule: (r) => (r.got?.why ?? '').split(/\s+/)[0]?.replace(/^\d+:/, '') || '(none)', 'category×evidence': (r) => `${r.category}/${r.evidence}` };
  if (by) print(`${by} (labels not of a built-in kind's spec${cat ? `; ${cat}` : ''})`, scope, keys[by]);
  else {
    print('category (every field label)', rows, keys.category);
    print('evidence (labels not of a built-in kind\'s spec)', scope, keys.evidence);
    print('category×evidence', scope, keys['category×evidence']);
    print('set', scope, keys.set);
  }
}
