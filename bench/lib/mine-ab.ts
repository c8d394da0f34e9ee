/**
 * The engine of this checkout against another checkout's, in one process, alternating: CPU time
 * of each stage of `loadGraph` (the `mine` stage and the whole load) per round on the same notes
 * folder, the ratios over rounds 1+ (round 0 warms both up), and whether the graphs are the same
 * (SHA-256 of graphToJson). Exits with status 1 if they differ.
 *
 *   node bench/lib/mine-ab.ts <notes folder> <other checkout>      (ROUNDS=4 by default)
 *
 * `WORKERS=n` lets the parse stage use n worker threads (default: none, everything on the main
 * thread); CPU time is the process's, workers included. Each line also gives the wall time.
 */
import { createHash } from 'node:crypto';
import { loadavg } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

type Engine = { loadGraph: typeof import('../../src/graph/index.ts').loadGraph; graphToJson: typeof import('../../src/graph/json.ts').graphToJson };
type Side = 'new' | 'old';
const load = async (root: string): Promise<Engine> => ({
  loadGraph: (await import(pathToFileURL(path.resolve(root, 'src/graph/index.ts')).href)).loadGraph,
  graphToJson: (await import(pathToFileURL(path.resolve(root, 'src/graph/json.ts')).href)).graphToJson,
});
const engines: Record<Side, Engine> = { new: await load(path.resolve(import.meta.dirname, '../..')), old: await load(process.argv[3]!) };
const dir = path.resolve(process.argv[2]!);
const cpu = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const tot: Record<Side, { mine: number; all: number; wall: number }> = { new: { mine: 0, all: 0, wall: 0 }, old: { mine: 0, all: 0, wall: 0 } };
const hashes = new Set<string>();
for (let round = 0; round < Number(process.env.ROUNDS ?? 4); round++) {
  for (const side of (round % 2 ? ['old', 'new'] : ['new', 'old']) as Side[]) {
    const e = engines[side];
    const at = new Map<string, number>();
    const t0 = cpu();
    const w0 = performance.now();
    let last = t0;
    const g = await e.loadGraph(dir, {
      workers: process.env.WORKERS ? Number(process.env.WORKERS) : false,
      onStage: (s) => {
        const now = cpu();
        at.set(s, now - last);
        last = now;
      },
    });
    const all = cpu() - t0;
    const wall = performance.now() - w0;
    const sha = createHash('sha256').update(e.graphToJson(g)).digest('hex');
    hashes.add(sha);
    if (round > 0) {
      tot[side].mine += at.get('mine')!;
      tot[side].all += all;
      tot[side].wall += wall;
    }
    console.log(`round ${round} ${side}: loadGraph ${all.toFixed(0)} ms CPU, ${wall.toFixed(0)} ms wall (load ${loadavg()[0]!.toFixed(1)}), mine ${at.get('mine')!.toFixed(0)} ms, parse ${at.get('parse')!.toFixed(0)} ms, sha ${sha.slice(0, 16)}`);
  }
}
console.log(`new / old (rounds 1+): mine ${(tot.new.mine / tot.old.mine).toFixed(3)}, loadGraph ${(tot.new.all / tot.old.all).toFixed(3)} CPU, ${(tot.new.wall / tot.old.wall).toFixed(3)} wall; graphs ${hashes.size === 1 ? 'identical' : 'DIFFER'}`);
process.exitCode = hashes.size === 1 ? 0 : 1;
