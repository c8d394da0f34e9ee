/**
 * The views a concept page builds (`conceptPage`, the local graph's steps at depth 1 and 2 and
 * their payload, the state diagram, backlinks), this checkout's `src/views` against another
 * checkout's, in one process on one loaded graph, alternating (new old, old new, …), each round
 * on fresh views (`createViews`: cold memos, as in a build): CPU per view and side, and the
 * SHA-256 of everything they returned. Exits with status 1 if the outputs differ.
 *
 *   node bench/lib/views-ab.ts <notes folder> <other checkout>      (ROUNDS=4 by default)
 *
 * The first round of each side also pays for compiling its modules; the totals leave round 0 and
 * 1 out (one of each side). Used in docs/performance.md section 75.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadGraph } from '../../src/graph/index.ts';
import { cpuTimer } from './cpu-timer.ts';

type Side = 'new' | 'old';
type ViewsModule = typeof import('../../src/views/index.ts');
type LocalModule = typeof import('../../src/views/local-graph.ts');
const other = path.resolve(process.argv[3]!);
const load = async <T>(root: string | undefined, rel: string): Promise<T> =>
  (await import(root ? pathToFileURL(path.join(root, rel)).href : new URL(`../../${rel}`, import.meta.url).href)) as T;
const mods: Record<Side, { views: ViewsModule; local: LocalModule }> = {
  new: { views: await load<ViewsModule>(undefined, 'src/views/index.ts'), local: await load<LocalModule>(undefined, 'src/views/local-graph.ts') },
  old: { views: await load<ViewsModule>(other, 'src/views/index.ts'), local: await load<LocalModule>(other, 'src/views/local-graph.ts') },
};
const dir = process.argv[2]!;
const graph = await loadGraph(dir, {});
const rounds = Number(process.env.ROUNDS ?? 4);
const tot: Record<Side, Record<string, number>> = { new: {}, old: {} };
const hashes: Record<Side, Set<string>> = { new: new Set(), old: new Set() };
for (let round = 0; round < rounds; round++) {
  for (const side of (round % 2 ? ['old', 'new'] : ['new', 'old']) as Side[]) {
    const { views: vm, local } = mods[side];
    const views = vm.createViews(graph, { base: '/', sources: { projectRoot: process.cwd(), contentDir: dir, repoUrl: '', editBranch: 'main' } });
    const h = createHash('sha256');
    const t: Record<string, number> = {};
    const time = cpuTimer(t);
    for (const c of graph.concepts) {
      const page = time('conceptPage', () => views.conceptPage(c.id)!);
      const ones = time('localGraph', () => views.localGraphSteps(c.id, 1));
      const twos = time('localGraph', () => views.localGraphSteps(c.id, 2));
      h.update(time('localGraph', () => JSON.stringify(local.encodeLocalGraphs([ones, twos]))));
      h.update(JSON.stringify([ones, twos]));
      if (page.diagram) h.update(time('stateDiagram', () => JSON.stringify(views.stateDiagram(page.diagram!))));
      h.update(time('backlinks', () => JSON.stringify(views.backlinks(c.id))));
      h.update(JSON.stringify(page, (k, v) => (k === 'graph' || k === 'index' ? undefined : v)));
    }
    const sha = h.digest('hex');
    hashes[side].add(sha);
    const all = Object.values(t).reduce((a, b) => a + b, 0);
    if (round > 1) for (const [k, v] of Object.entries({ ...t, all })) tot[side][k] = (tot[side][k] ?? 0) + v;
    console.log(`round ${round} ${side}: ${all.toFixed(0)} ms (${Object.entries(t).map(([k, v]) => `${k} ${v.toFixed(0)}`).join(', ')}), sha ${sha.slice(0, 16)}`);
  }
}
const same = hashes.new.size === 1 && hashes.old.size === 1 && [...hashes.new][0] === [...hashes.old][0];
console.log(`new / old, rounds 2+: ${Object.keys(tot.new).map((k) => `${k} ${(tot.new[k]! / tot.old[k]!).toFixed(3)}`).join(', ')}; outputs ${same ? 'identical' : 'DIFFER'}`);
process.exitCode = same ? 0 : 1;
