#!/usr/bin/env node
/**
 * Precision of the note miner per rule, and on the sets written after each rule (docs/miner.md,
 * "audit8"): `node bench/miner-rules.mjs [--from OUTCOMES.jsonl] [dir …] [options]`.
 *
 * Every concept mined from every chapter alone (bench/miner.bench.mjs --outcomes; run here unless
 * `--from` gives the file) is counted under the rule that made it and under rule → resolution
 * (bench/lib/miner-rules.mjs primaryRule): found / wrong type / false positive / duplicate.
 * The date split: a rule was introduced at the first commit whose diff under src/graph/miner (else
 * src/graph) adds or removes its name as a string literal (`git log -S"'name'"`, else the bare
 * name); a set entered at the first commit touching tests/corpus/miner/<set>. A set is a design
 * set of the rule when its entry commit is an ancestor of the rule's commit (the rule's writer
 * could have read it), a later set otherwise (a rule → resolution row: the later of the two
 * commits). Precision: entity (found or wrong type over all outputs), on both. The last columns
 * are the later sets from dev45 on (`--recent N`: from devN), the sets read least. dev39–dev44
 * are left out (OUT_OF_SAMPLE).
 *
 *   --min N            rows with at least N outputs on later sets (default 5; 0 lists every rule)
 *   --resolutions      also the rule → resolution rows
 *   --sets RULE        the rule's counts per set (design sets marked *)
 *   --fp RULE          the rule's false positives and duplicates on later sets (RULE may be `rule → resolution`)
 *   --design           with --fp: on design sets instead
 *   --found            with --fp: the found ones and wrong types too (both outcomes)
 *   --worse            only rows whose later precision is clearly worse (clearlyWorse: ≥ 8 later outputs, P < 0.6)
 *   --recent N         the last columns from devN on (default 45)
 *   --json FILE        the table as JSON
 *   --with-out-of-sample  count dev39–dev44 too (left out by default: they stay out of sample, and
 *                      their false positives are never listed)
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { nodeBin, nodeEnv } from './lib/node-bin.mjs';
import { OUT_OF_SAMPLE, clearlyWorse, precisionOf, primaryRule, splitByEntry, tallyBy } from './lib/miner-rules.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
const valued = ['--from', '--min', '--sets', '--fp', '--json', '--recent'];
const given = args.filter((a, i) => !a.startsWith('-') && !valued.includes(args[i - 1]));
const minLater = Number(opt('--min') ?? 5);
const recentFrom = Number(opt('--recent') ?? 45);
const setNumber = (s) => Number(s.slice(3) || 1);

let from = opt('--from');
let tmp;
if (!from) {
  tmp = mkdtempSync(path.join(tmpdir(), 'k8smap-miner-rules-'));
  from = path.join(tmp, 'outcomes.jsonl');
  execFileSync(nodeBin(), [path.join(ROOT, 'bench/miner.bench.mjs'), ...given, '--outcomes', from], { stdio: ['ignore', 'ignore', 'inherit'], env: nodeEnv() });
}
const records = readFileSync(from, 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => JSON.parse(l))
  .map((r) => ({ ...r, ...primaryRule(r.why) }))
  .filter((r) => !OUT_OF_SAMPLE.has(r.set) || (args.includes('--with-out-of-sample') && !opt('--fp')));
if (tmp) rmSync(tmp, { recursive: true, force: true });

const git = (...a) => execFileSync('git', a, { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 28 }).trim();
const first = (out) => out.split('\n').filter(Boolean)[0];

/** Entry commit of each set: the first commit touching tests/corpus/miner/<set>. */
const sets = [...new Set(records.map((r) => r.set))];
const entry = new Map(sets.map((s) => [s, first(git('log', '--reverse', '--format=%H', '--', `tests/corpus/miner/${s}`))]));

/** Introducing commit of a rule or resolution name. */
const introCache = new Map();
function intro(name) {
  if (introCache.has(name)) return introCache.get(name);
  let hit;
  search: for (const where of ['src/graph/miner', 'src/graph'])
    for (const needle of [`'${name}'`, `"${name}"`, name]) {
      hit = first(git('log', `-S${needle}`, '--reverse', '--format=%H %h %cs', '--', where));
      if (hit) break search;
    }
  const [full, short, date] = hit ? hit.split(' ') : [];
  const value = full ? { full, short, date } : undefined;
  introCache.set(name, value);
  return value;
}
const ancestors = new Map();
function present(commit, set) {
  if (!commit || !entry.get(set)) return undefined;
  if (!ancestors.has(commit)) ancestors.set(commit, new Set(git('rev-list', commit).split('\n')));
  return ancestors.get(commit).has(entry.get(set));
}

/** A row's commit: a rule's; for rule → resolution the later of the two (both had to exist). */
function rowIntro(key) {
  const [a, b] = key.split(' → ').map(intro);
  if (!b || !a) return a;
  return git('rev-list', '--count', `${a.full}..${b.full}`) !== '0' ? b : a;
}

function rows(keyOf) {
  const out = [];
  for (const [key, t] of tallyBy(records, keyOf)) {
    const at = rowIntro(key);
    const split = splitByEntry(t.bySet, (s) => present(at?.full, s));
    const recent = splitByEntry(t.bySet, (s) => (setNumber(s) >= recentFrom && present(at?.full, s) === false ? true : undefined)).design;
    out.push({ key, at, all: t.all, bySet: t.bySet, split, recent });
  }
  return out.sort((a, b) => precisionOf(b.split.later).n - precisionOf(a.split.later).n);
}

const f2 = (x) => (Number.isNaN(x) ? '  -  ' : x.toFixed(2));
const counts = (t) => `${t.found}/${t['wrong-type']}/${t.fp}/${t.dup}`;
function table(title, list) {
  console.log(`\n${title}`);
  console.log(`rule                                          introduced          sets d/l | design n   P   (found/wt/fp/dup) | later n   P   (found/wt/fp/dup) | ΔP    | dev${recentFrom}+ later n  P`);
  for (const r of list) {
    const d = precisionOf(r.split.design);
    const l = precisionOf(r.split.later);
    if (l.n < minLater) continue;
    if (args.includes('--worse') && !clearlyWorse(r.split)) continue;
    console.log(
      `${r.key.padEnd(45)} ${(r.at ? `${r.at.short} ${r.at.date}` : '?').padEnd(19)} ${String(r.split.sets.design).padStart(3)}/${String(r.split.sets.later).padEnd(3)}| ${String(d.n).padStart(6)} ${f2(d.precision)} ${counts(r.split.design).padEnd(17)} | ${String(l.n).padStart(5)} ${f2(l.precision)} ${counts(r.split.later).padEnd(17)} | ${f2(l.precision - d.precision)} | ${String(precisionOf(r.recent).n).padStart(5)} ${f2(precisionOf(r.recent).precision)}`,
    );
  }
}

/** A record's row key in the form of `wanted`: the rule, or rule → resolution. */
const keyOfRow = (r, wanted) => (wanted.includes(' → ') ? `${r.rule} → ${r.resolution}` : r.rule);
const setsOf = opt('--sets');
const fpOf = opt('--fp');
const byRule = setsOf || fpOf ? [] : rows((r) => r.rule);
const byResolution = args.includes('--resolutions') && !setsOf && !fpOf ? rows((r) => `${r.rule} → ${r.resolution}`) : [];
if (setsOf) {
  const r = rows((x) => (keyOfRow(x, setsOf) === setsOf ? setsOf : undefined))[0];
  if (!r) throw new Error(`no rule ${setsOf}`);
  console.log(`${setsOf}: introduced ${r.at ? `${r.at.short} ${r.at.date}` : '?'}; per set (found/wt/fp/dup, * = design set)`);
  for (const [s, t] of [...r.bySet].sort((a, b) => setNumber(a[0]) - setNumber(b[0])))
    console.log(`  ${(present(r.at?.full, s) ? '*' : ' ') + s}`.padEnd(10) + `${counts(t).padEnd(14)} P ${f2(precisionOf(t).precision)}`);
} else if (fpOf) {
  const r = rows((x) => (keyOfRow(x, fpOf) === fpOf ? fpOf : undefined))[0];
  const wantDesign = args.includes('--design');
  for (const rec of records) {
    if (keyOfRow(rec, fpOf) !== fpOf || (rec.outcome !== 'fp' && rec.outcome !== 'dup' && !args.includes('--found'))) continue;
    if (present(r?.at?.full, rec.set) !== wantDesign) continue;
    console.log(`${rec.set.padEnd(6)} ${rec.outcome.padEnd(10)} ${rec.title} (${rec.kind}) [${rec.why}]  ${rec.chapter}`);
  }
} else {
  table(`per rule (the rule that made the concept; ${records.length} outputs; rows with ≥ ${minLater} outputs on later sets)`, byRule);
  if (byResolution.length) table('per rule → resolution', byResolution);
}
if (opt('--json')) {
  const plain = (list) => list.map((r) => ({ key: r.key, introduced: r.at, all: r.all, design: r.split.design, later: r.split.later, recent: r.recent, sets: r.split.sets }));
  writeFileSync(opt('--json'), JSON.stringify({ rules: plain(byRule), resolutions: plain(byResolution) }, null, 1));
}
