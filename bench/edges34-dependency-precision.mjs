// edges34: precision of each dependency phrasing (src/graph/miner/dependencies.ts CENSUS_PHRASINGS,
// each read alone, look-alike shapes applied) on the hand-judged pairs of the dev sets
// (bench/edges34-dependency-judged.tsv), from the sentences a census run kept:
//   node bench/edges34-dependency-census.mjs /tmp/c.tsv --sentences /tmp/s.jsonl $(ls -d tests/corpus/miner/dev*)
//   node bench/edges34-dependency-precision.mjs /tmp/s.jsonl
import { readFileSync } from 'node:fs';
import path from 'node:path';
const dep = await import(path.join(process.cwd(), 'src/graph/miner/dependencies.ts'));
const [sentencesFile] = process.argv.slice(2);
const judged = new Map();
for (const line of readFileSync('bench/edges34-dependency-judged.tsv', 'utf8').split('\n')) {
  if (line === '' || line.startsWith('#') || line.startsWith('set\t')) continue;
  const [set, place, pre, needs, label] = line.split('\t');
  judged.set([set, place, pre, needs].join('\t'), label);
}
const kept = readFileSync(sentencesFile, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
for (const p of dep.CENSUS_PHRASINGS) {
  let right = 0, wrong = 0, unjudged = 0;
  for (const s of kept) {
    const title = (id) => s.names.find((n) => n.id === id)?.title ?? id;
    for (const m of dep.readDependencies(s.sentence, s.names, [p])) {
      const label = judged.get([s.set, `${s.at.file}:${s.at.line}`, title(m.from), title(m.to)].join('\t'));
      if (label === 'yes') right++;
      else if (label === 'no') wrong++;
      else unjudged++;
    }
  }
  const n = right + wrong;
  console.log(`${p.name.padEnd(18)} read ${String(n + unjudged).padStart(3)}  right ${right} / ${n}${n ? `  precision ${(right / n).toFixed(2)}` : ''}${unjudged ? `  unjudged ${unjudged}` : ''}${dep.BUILT_PHRASINGS.has(p.name) ? '  (built)' : ''}`);
}
