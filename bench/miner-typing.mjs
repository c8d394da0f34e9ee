#!/usr/bin/env node
/**
 * The note miner's typing errors, by cause: every concept the miner finds for a label (entity
 * right) but with the wrong kind, owner or field path (typed wrong), in every development set,
 * each chapter alone and next to the bundled content, classified by `classify` below
 * (`node bench/miner-typing.mjs [dir …] [--json out.json] [--list]`; default: every
 * tests/corpus/miner/dev* folder). Prints a table of causes with counts per set (docs/miner.md,
 * "kinds6"); `--list` prints each case with its cause, `--json` writes them all, and
 * `--reclassify out.json` classifies a run written earlier (another commit's) without mining.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { devSets, readCorpus, scoreChapter } from './lib/miner-score.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const jsonAt = args.indexOf('--json');
const jsonOut = jsonAt >= 0 ? args[jsonAt + 1] : undefined;
const list = args.includes('--list');
const reAt = args.indexOf('--reclassify');
const reFrom = reAt >= 0 ? args[reAt + 1] : undefined;
const given = args.filter((a, i) => !a.startsWith('-') && !(jsonAt >= 0 && i === jsonAt + 1) && !(reAt >= 0 && i === reAt + 1));
const dirs = (given.length > 0 ? given : devSets()).map((d) => path.resolve(d));
const { runStages } = await import(path.join(ROOT, 'src/graph/load.ts'));
const vocab = await import(path.join(ROOT, 'src/graph/vocabulary/index.ts'));
const { configKinds } = await import(path.join(ROOT, 'src/graph/vocabulary/config.ts'));
const { kindFieldPhrase } = await import(path.join(ROOT, 'src/graph/miner/resolve.ts'));

/** The concepts a built context says a note file defines, each with the rules that made it. */
function defined(ctx, file) {
  const note = (ctx.graph.notes ?? []).find((n) => n.file === file);
  if (!note) return [];
  const byId = new Map(ctx.graph.concepts.map((c) => [c.id, c]));
  return note.defines
    .map((id) => byId.get(id))
    .filter(Boolean)
    .map((c) => {
      const prov = ctx.provenance.get(c.id) ?? [];
      const here = prov.filter((p) => p.at.file === file && (p.role === 'defined' || p.role === 'about'));
      const elsewhere = prov.filter((p) => p.at.file !== file && (p.role === 'defined' || p.role === 'about'));
      return { ...c, why: here.map((p) => `${p.at.line}:${p.rule}`).join(' '), from: [...new Set(elsewhere.map((p) => p.at.file))] };
    });
}

const CONFIG_KINDS = new Set(configKinds());
const isConfig = (k) => k !== undefined && (CONFIG_KINDS.has(k) || vocab.isConfigKind(k));
/** A kind the vocabulary reads as an API kind (a project's one-word kind is not, vocab3). */
const isApiKind = (k) => k !== undefined && vocab.kindNamed(k) === k && vocab.isCatalogued(k);
const last = (p) => (p ?? '').split('.').pop().replace(/\[\]$/, '');

/**
 * The cause of one typing error: `concept` is what the miner made, `label` what the labels say,
 * `bundled` true when the concept is one of the bundled content's (whole setting). The causes
 * are read from the two records and the vocabulary as it is now (so a saved run of an older
 * miner is classified the same way, `--reclassify`).
 */
export function classify(concept, label, bundled) {
  const ck = concept.kind;
  const lk = label.kind;
  const lo = label.owner ?? 'Pod';
  const co = concept.owner ?? 'Pod';
  if (bundled && ck !== lk) {
    if (lk === 'field') return 'bundled concept claims the field (its field path or an alias is the name)';
    return 'bundled concept of another kind (map item: topic/pattern/object vs term)';
  }
  if (lk === 'field' && isConfig(lo)) return 'configuration field named by a common word (profile)';
  if ((lk === 'field' && !isApiKind(lo)) || (lk === 'object' && !isApiKind(label.name))) return 'CRD / project kind or field the vocabulary does not read';
  if (lk === 'field' && /^metadata\./.test(label.fieldPath ?? '') && ck === 'field' && lo !== co) return 'metadata field: the owner is whichever object is shown';
  if (lk === 'field' && ck === 'field' && concept.fieldPath !== undefined && last(concept.fieldPath) !== last(label.fieldPath)) return 'another field: an old name the label folds into the new one';
  if (lk === 'field') {
    const at = vocab.fieldAt(lo, label.fieldPath ?? '');
    if (at?.newer) return 'field newer than the 1.30 catalogue';
    if (lo === 'Event' && ['regarding', 'note', 'reportingController', 'reportingInstance'].includes(last(label.fieldPath))) return 'field of the kind in another API group (events.k8s.io Event)';
  }
  if (lk === 'field' && ck === 'term' && kindFieldPhrase(concept.title)) return 'a kind and its field in words, typed term (Pod conditions)';
  if (lk === 'field' && ck === 'term') return 'field typed term (other shapes)';
  if (lk === 'field' && ck === 'field') {
    if (concept.fieldPath === undefined) return 'owner ambiguous: a field without a path (diagnostic)';
    if (lo !== co) return 'field: wrong owner';
    return 'field: same name, another place';
  }
  if (ck === 'field' && (lk === 'term' || lk === 'pattern')) return 'field read where the labels have a term or pattern';
  if (new Set([ck, lk]).size === 2 && [ck, lk].every((k) => k === 'term' || k === 'pattern')) return 'pattern or term (the sets disagree)';
  if ([ck, lk].includes('topic')) return 'title topic or term';
  if (ck === 'object' && lk === 'term') return 'a kind\'s name used for another thing (ns plugin, binding step)';
  return `${ck} → ${lk}`;
}

const tmp = mkdtempSync(path.join(tmpdir(), 'k8smap-miner-typing-'));
const cases = reFrom ? JSON.parse(readFileSync(reFrom, 'utf8')) : [];
if (!reFrom) try {
  const bundledCtx = await runStages(path.join(ROOT, 'content'), { layout: false });
  const bundledIds = new Set(bundledCtx.graph.concepts.map((c) => c.id));
  for (const dir of dirs) {
    const corpus = readCorpus(dir);
    const set = path.basename(dir);
    for (const [i, c] of corpus.entries()) {
      const d = path.join(tmp, `alone-${set}-${i}`);
      mkdirSync(path.join(d, 'notes'), { recursive: true });
      cpSync(c.file, path.join(d, 'notes', c.chapter));
      const ctx = await runStages(d, { layout: false });
      const s = scoreChapter(defined(ctx, `notes/${c.chapter}`), c.labels);
      for (const w of s.wrongType) cases.push({ set, setting: 'alone', chapter: c.chapter, concept: w.concept, label: w.label, bundled: false });
    }
    const whole = path.join(tmp, `whole-${set}`);
    cpSync(path.join(ROOT, 'content'), whole, { recursive: true });
    mkdirSync(path.join(whole, 'notes', 'corpus'), { recursive: true });
    for (const c of corpus) cpSync(c.file, path.join(whole, 'notes', 'corpus', c.chapter));
    const ctx = await runStages(whole, { layout: false });
    for (const c of corpus) {
      const s = scoreChapter(defined(ctx, `notes/corpus/${c.chapter}`), c.labels);
      for (const w of s.wrongType) cases.push({ set, setting: 'whole', chapter: c.chapter, concept: w.concept, label: w.label, bundled: bundledIds.has(w.concept.id) });
    }
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}

if (reFrom) rmSync(tmp, { recursive: true, force: true });
for (const x of cases) x.cause = classify(x.concept, x.label, x.bundled);
const sets = [...new Set(cases.map((x) => x.set))];
const fmt = (c) => `${c.title} (${c.kind}${c.kind === 'field' ? ` ${c.owner ?? 'Pod'}:${c.fieldPath ?? ''}` : ''})`;
const fmtL = (l) => `${l.kind}${l.kind === 'field' ? ` ${l.owner ?? 'Pod'}:${l.fieldPath ?? ''}` : ''}`;
if (list) {
  for (const x of cases) console.log(`${x.set}\t${x.setting}\t${x.cause}\t${fmt(x.concept)} [${x.concept.why}] ≠ ${fmtL(x.label)}\t${x.chapter}`);
}
for (const setting of ['alone', 'whole']) {
  const here = cases.filter((x) => x.setting === setting);
  const causes = [...new Set(here.map((x) => x.cause))].sort((a, b) => here.filter((x) => x.cause === b).length - here.filter((x) => x.cause === a).length);
  console.log(`\n${setting}: ${here.length} typed wrong`);
  console.log(`| cause | all | ${sets.join(' | ')} |`);
  console.log(`| --- | --- | ${sets.map(() => '---').join(' | ')} |`);
  for (const cause of causes) {
    const n = (s) => here.filter((x) => x.cause === cause && (s === undefined || x.set === s)).length;
    console.log(`| ${cause} | ${n()} | ${sets.map((s) => n(s) || '').join(' | ')} |`);
  }
}
if (jsonOut) writeFileSync(jsonOut, JSON.stringify(cases, null, 1));
