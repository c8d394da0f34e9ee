#!/usr/bin/env node
/**
 * The aliases the note miner gives, by rule, judged against the labels (docs/miner.md, "reader11"):
 * `node bench/miner-aliases.mjs [dir …] [--rule heading-alias] [--list]`. Each chapter alone (as
 * bench/miner.bench.mjs). An alias of a mined concept is
 *   right   when the label the concept matches (by any of its other names) lists it (name, also, fieldPath),
 *   wrong   when that label does not, or when the alias is another label's name of the chapter,
 *   unjudged when the concept matches no label (a false positive already).
 * Counts per rule and set; `--list` prints every alias of the rule with its verdict and line, how many
 * concepts the heading's section defines (`defs`, up to the next heading) and which of them were proposed by
 * the same rule as the alias's concept (`same RULE: id/kind…`; `/child` when under it, `/sub` when its field path
 * extends the concept's): the series reader11's heading rule reads (docs/miner.md, "reader11"). The chapters
 * of dev39–dev44 are counted, never listed. `--dump F.json` writes every alias counted with its verdict, the
 * concept's other names and the text of the section under its line (up to the next heading), for
 * bench/heading-alias-shapes.mjs (alias35).
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { devSets, normKey, readCorpus } from './lib/miner-score.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const ruleAt = args.indexOf('--rule');
const only = ruleAt >= 0 ? args[ruleAt + 1] : undefined;
const list = args.includes('--list');
const dumpAt = args.indexOf('--dump');
const dump = dumpAt >= 0 ? args[dumpAt + 1] : undefined;
const dirs = args.filter((a, i) => !a.startsWith('--') && (ruleAt < 0 || i !== ruleAt + 1) && (dumpAt < 0 || i !== dumpAt + 1));
const rows = [];
const { runStages } = await import(path.join(ROOT, 'src/graph/load.ts'));
const tmp = mkdtempSync(path.join(tmpdir(), 'miner-aliases-'));
const names = (l) => [l.name, ...(Array.isArray(l.also) ? l.also : l.also ? [l.also] : []), ...(l.fieldPath ? [l.fieldPath] : [])].filter(Boolean).map((n) => normKey(String(n)));
const byRule = new Map();
const count = (rule, set, verdict) => {
  const r = byRule.get(rule) ?? new Map();
  byRule.set(rule, r);
  const s = r.get(set) ?? { right: 0, wrong: 0, unjudged: 0 };
  r.set(set, s);
  s[verdict]++;
};
try {
  let n = 0;
  for (const dir of dirs.length ? dirs : devSets()) {
    const set = path.basename(dir);
    for (const c of readCorpus(dir)) {
      const d = path.join(tmp, `a-${n++}`);
      mkdirSync(path.join(d, 'notes'), { recursive: true });
      cpSync(c.file, path.join(d, 'notes', c.chapter));
      const ctx = await runStages(d, { layout: false });
      const file = `notes/${c.chapter}`;
      const labels = (c.labels.concepts ?? []).map((l) => ({ l, keys: new Set(names(l)) }));
      // the lines of the chapter's headings, and of every definition the miner took (for a heading's section)
      const lines = readFileSync(c.file, 'utf8').split('\n');
      const headings = lines.map((t, i) => (/^#{1,6}\s/.test(t) ? i + 1 : 0)).filter(Boolean);
      const defs = [...ctx.provenance.entries()].flatMap(([id, ps]) => ps.filter((p) => p.role === 'defined' && p.at.file === file).map((p) => ({ id, line: p.at.line, rule: p.rule.split(' → ')[0] })));
      const inSection = (line) => { const end = headings.find((h) => h > line) ?? Infinity; return new Set(defs.filter((d) => d.line > line && d.line < end).map((d) => d.id)).size; };
      const nodes = new Map(ctx.graph.concepts.map((x) => [x.id, x]));
      // (the section's definitions written as the opener's is: same rule of the candidate; kind and fieldPath)
      const series = (line, top) => {
        const end = headings.find((h) => h > line) ?? Infinity;
        const mine = defs.filter((d) => d.line > line && d.line < end);
        const first = mine.find((d) => d.id === top);
        if (!first) return 'no-def';
        const t = nodes.get(top);
        const same = [...new Set(mine.filter((d) => d.id !== top && d.rule === first.rule).map((d) => d.id))].map((id) => nodes.get(id)).filter(Boolean);
        return `${first.rule}: ${same.map((x) => `${x.id}/${x.kind}${x.parent === top ? '/child' : ''}${t.fieldPath && x.fieldPath?.startsWith(t.fieldPath + '.') ? '/sub' : ''}`).join(',')}`;
      };
      for (const node of ctx.graph.concepts) {
        for (const p of ctx.provenance.get(node.id) ?? []) {
          if (p.role !== 'alias' || p.at.file !== file || (only && p.rule !== only)) continue;
          const k = normKey(p.label);
          const others = [node.title, node.titleZh, node.titleEn, ...(node.fieldPath ? [node.fieldPath, node.fieldPath.split('.').pop().replace(/\[\]$/, '')] : []), ...node.aliases.filter((a) => a !== p.label)].filter(Boolean);
          const own = others.map(normKey);
          const label = labels.find((x) => own.some((o) => x.keys.has(o)));
          const other = labels.find((x) => x !== label && x.keys.has(k));
          const verdict = label === undefined ? (other ? 'wrong' : 'unjudged') : label.keys.has(k) && !other ? 'right' : 'wrong';
          count(p.rule, set, verdict);
          if (dump) rows.push({ verdict, rule: p.rule, set, at: `${c.chapter}:${p.at.line}`, alias: p.label, title: node.title, names: others, otherLabel: other?.l.name, body: lines.slice(p.at.line, (headings.find((h) => h > p.at.line) ?? lines.length + 1) - 1).join('\n') });
          if (list && !/^dev(39|4[0-4])$/.test(set)) console.log([verdict, p.rule, set, `${c.chapter}:${p.at.line}`, `defs ${inSection(p.at.line)}`, `same ${series(p.at.line, node.id)}`, node.title, '←', p.label, other ? `(= label ${other.l.name})` : ''].join('\t'));
        }
      }
    }
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
if (dump) writeFileSync(dump, JSON.stringify(rows));
const group = (set) => { const k = Number(set.slice(3) || 1); return k >= 45 ? 'dev45-68' : k >= 39 ? 'dev39-44' : 'dev..38'; };
console.log('\nrule\tgroup\tright\twrong\tunjudged\tsets with a wrong one');
for (const [rule, sets] of [...byRule].sort()) {
  for (const g of ['dev..38', 'dev39-44', 'dev45-68']) {
    const t = { right: 0, wrong: 0, unjudged: 0, sets: 0 };
    for (const [set, s] of sets) if (group(set) === g) { t.right += s.right; t.wrong += s.wrong; t.unjudged += s.unjudged; if (s.wrong) t.sets++; }
    if (t.right + t.wrong + t.unjudged) console.log([rule, g, t.right, t.wrong, t.unjudged, t.sets].join('\t'));
  }
}
