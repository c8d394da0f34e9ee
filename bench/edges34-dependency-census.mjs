// edges34 census: sentences of the dev sets that state a dependency between two concepts
// ("HPA 依赖 metrics-server", "要先装好 CSI 驱动才能用 StorageClass", "X requires Y"), read by every
// phrasing of src/graph/miner/dependencies.ts CENSUS_PHRASINGS, each dev set as one user's notes
// folder (no map, no bundled content). Prints counts per phrasing (read, refused by a look-alike
// shape) and writes every read pair as TSV, for judging (bench/edges34-dependency-judged.tsv).
//   node bench/edges34-dependency-census.mjs OUT.tsv [--sentences S.jsonl] dir…   (dev sets only: never the holdout)
//   node bench/edges34-dependency-census.mjs OUT.tsv --from S.jsonl    (the sentences kept by a run, read again: fast)
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
const ROOT = process.cwd();
const args = process.argv.slice(2);
const opt = (name) => { const i = args.indexOf(name); if (i < 0) return undefined; const v = args[i + 1]; args.splice(i, 2); return v; };
const keepTo = opt('--sentences');
const from = opt('--from');
const [out, ...dirs] = args;
if (!out || (dirs.length === 0 && !from) || dirs.some((d) => /holdout/.test(d))) {
  console.error('usage: node bench/edges34-dependency-census.mjs OUT.tsv tests/corpus/miner/dev… (dev sets only)');
  process.exit(2);
}
const { runStages } = await import(path.join(ROOT, 'src/graph/load.ts'));
const dep = await import(path.join(ROOT, 'src/graph/miner/dependencies.ts'));
const tmp = mkdtempSync(path.join(tmpdir(), 'edges34-census-'));
const rows = [];
const perRule = new Map();
let sentencesWithCue = 0, cueLines = 0;
const CUE_LINE = /依赖|需要先|必须先|要先|前提是|离不开|先.{1,20}再|先.{1,20}才能|requires|depends on|relies on|needs? .{1,30} to /iu;
const kept = from ? readFileSync(from, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l)) : [];
for (const dir of dirs) {
  const set = path.basename(dir);
  const d = path.join(tmp, set);
  mkdirSync(d, { recursive: true });
  for (const f of readdirSync(dir).filter((f) => f.endsWith('.md') && f !== 'README.md')) {
    cpSync(path.join(dir, f), path.join(d, f));
    let fence = false;
    for (const line of readFileSync(path.join(dir, f), 'utf8').split('\n')) {
      if (/^\s*(```|~~~)/.test(line)) fence = !fence;
      else if (!fence && CUE_LINE.test(line)) cueLines++;
    }
  }
  const seen = [];
  dep.setDependencyCensus((s) => seen.push(s));
  const ctx = await runStages(d, { layout: false, cache: false }, 'mine');
  dep.setDependencyCensus(undefined);
  const title = (id) => ctx.nodes.get(id)?.title ?? id;
  for (const s of seen) kept.push({ set, at: s.at, sentence: s.sentence, names: s.names.map((n) => ({ ...n, title: title(n.id) })) });
}
if (keepTo) writeFileSync(keepTo, kept.map((k) => JSON.stringify(k)).join('\n') + '\n');
for (const s of kept) {
  {
    const set = s.set;
    const title = (id) => s.names.find((n) => n.id === id)?.title ?? id;
    s.matches = dep.readDependencies(s.sentence, s.names, dep.CENSUS_PHRASINGS, false);
    s.refused = dep.notADependency(s.sentence);
    sentencesWithCue++;
    for (const m of s.matches) {
      const r = perRule.get(m.rule) ?? { read: 0, refused: 0 };
      r.read++;
      if (s.refused) r.refused++;
      perRule.set(m.rule, r);
      rows.push([set, `${s.at.file}:${s.at.line}`, m.rule, s.refused ?? '', title(m.from), title(m.to), s.sentence.replace(/\s+/g, ' ').trim()].join('\t'));
    }
  }
}
writeFileSync(out, ['set\tplace\trule\trefused\tprerequisite\tneeds_it\tsentence', ...rows].join('\n') + '\n');
console.log(`dev sets: ${dirs.length}; lines with a dependency cue word outside code: ${cueLines}`);
console.log(`sentences with two concept names or more and a cue: ${sentencesWithCue}; pairs read by some phrasing: ${rows.length}`);
for (const [rule, r] of [...perRule].sort()) console.log(`  ${rule.padEnd(18)} read ${String(r.read).padStart(4)}  refused by a look-alike shape ${r.refused}`);
rmSync(tmp, { recursive: true, force: true });
