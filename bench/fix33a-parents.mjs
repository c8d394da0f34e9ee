// fix33a census: each dev set as one user's notes folder (no map, no bundled content): every mined
// concept's parent, and the fields/states that hang elsewhere than their owner object while it is in the graph.
// node bench/fix33a-parents.mjs OUT.tsv dir…
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
const ROOT = process.cwd();
const [out, ...dirs] = process.argv.slice(2);
const { runStages } = await import(path.join(ROOT, 'src/graph/load.ts'));
const tmp = mkdtempSync(path.join(tmpdir(), 'fix33a-parents-'));
const rows = [];
let off = 0, fields = 0;
for (const dir of dirs) {
  const d = path.join(tmp, path.basename(dir));
  mkdirSync(d, { recursive: true });
  for (const f of readdirSync(dir).filter((f) => f.endsWith('.md') && f !== 'README.md')) cpSync(path.join(dir, f), path.join(d, f));
  const ctx = await runStages(d, { layout: false });
  const g = ctx.graph;
  const byId = new Map(g.concepts.map((c) => [c.id, c]));
  const objOf = (owner) => g.concepts.find((c) => c.kind === 'object' && c.title === owner);
  for (const c of g.concepts) {
    const p = byId.get(c.parent);
    const ex = (c.excerpts ?? [])[0];
    rows.push([path.basename(dir), c.id, c.kind, c.parent ?? '', p?.kind ?? '', c.source?.file + ':' + c.source?.line, ex ? ex.source.file + ':' + ex.source.line : '', (c.aliases ?? []).join('|'), (c.summary ?? '').slice(0, 40)].join('\t'));
    if (c.kind === 'field' || c.kind === 'state') {
      const owner = c.owner ?? 'Pod';
      const o = objOf(owner);
      if (!o) continue;
      fields++;
      if (c.parent === g.root || c.parent === 'root') { off++; console.log(`${path.basename(dir)}: ${c.title} (${c.kind} ${owner}) on the root while ${o.id} is in the graph`); }
    }
  }
}
writeFileSync(out, rows.join('\n') + '\n');
console.log(`fields/states whose owner object is in the graph: ${fields}; on the root: ${off}`);
rmSync(tmp, { recursive: true, force: true });
