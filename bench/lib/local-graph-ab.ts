/**
 * The local graphs of every concept (src/views/local-graph.ts, depth 1 and 2, all steps, and
 * their payload as the concept page stores it: `encodeLocalGraphs`) of a
 * notes folder, this checkout's module against another checkout's, in one process, alternating,
 * each round on a fresh graph index (cold memo, as in a build): CPU time and SHA-256 of the
 * output per round, and the ratio. Exits with status 1 if the outputs differ.
 *
 *   node bench/lib/local-graph-ab.ts <notes folder> <other checkout>      (ROUNDS=3 by default)
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadGraph } from '../../src/graph/index.ts';
import { indexGraph } from '../../src/graph/graph-index.ts';
type LocalGraphModule = typeof import('../../src/views/local-graph.ts');
type Side = 'new' | 'old';
const mods: Record<Side, LocalGraphModule> = {
  new: await import('../../src/views/local-graph.ts'),
  old: (await import(pathToFileURL(path.resolve(process.argv[3]!, 'src/views/local-graph.ts')).href)) as LocalGraphModule,
};
const graph = await loadGraph(process.argv[2]!, { layout: false });
const cpu = (): number => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const tot: Record<Side, number> = { new: 0, old: 0 };
const hashes = new Set<string>();
for (let round = 0; round < Number(process.env.ROUNDS ?? 3); round++) {
  const order: Side[] = round % 2 ? ['old', 'new'] : ['new', 'old'];
  for (const name of order) {
    const index = indexGraph(graph);
    const boxes = new Map();
    const h = createHash('sha256');
    const t = cpu();
    for (const c of graph.concepts) {
      // Both depths' steps, and the payload a concept page stores them in.
      const steps = ([1, 2] as const).map((d) => mods[name].localGraphSteps(index, c.id, d, boxes));
      h.update(JSON.stringify(steps));
      h.update(JSON.stringify(mods[name].encodeLocalGraphs(steps)));
    }
    const dt = cpu() - t;
    const sha = h.digest('hex');
    hashes.add(sha);
    if (round > 0) tot[name] += dt;
    console.log(`round ${round} ${name}: ${dt.toFixed(0)} ms CPU, sha ${sha.slice(0, 16)}`);
  }
}
console.log(`new / old (rounds 1+): ${(tot.new / tot.old).toFixed(3)}; outputs ${hashes.size === 1 ? 'identical' : 'DIFFER'}`);
process.exitCode = hashes.size === 1 ? 0 : 1;
