/**
 * One `astro dev` rebuild, in process: the engine with its dev caches on (`keepParsedFiles`), a
 * first load of a notes folder, then ROUNDS edits of one note (a sentence appended, as
 * bench/dev.bench.mjs does), each followed by a load: wall and CPU time of every stage of the
 * rebuild, and how many renderings (concept bodies, note pages, excerpts) were made afresh and
 * how many reused (stages/render.ts). With `--prof <file.cpuprofile>` the last rebuild is also
 * CPU-profiled (summarise it with bench/lib/profile-summary.mjs). `--note <path>` picks the note (relative to the folder;
 * default the concept note the dev bench edits). The folder's files are changed: use a copy.
 *
 *   node bench/lib/dev-rebuild.ts <notes folder> [--note notes/x.md] [--prof /tmp/rebuild.cpuprofile]
 */
import { appendFileSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import path from 'node:path';
import { loadGraph } from '../../src/graph/index.ts';
import { keepParsedFiles } from '../../src/graph/parse-files.ts';
import { renderCounts } from '../../src/graph/stages/render.ts';

const args = process.argv.slice(2);
const opt = (name: string): string | undefined => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const dir = path.resolve(args[0]!);
const note = path.join(dir, opt('--note') ?? 'concepts/c1-lifecycle-node-finalizer.md');
const prof = opt('--prof');
const rounds = Number(process.env.ROUNDS ?? 5);
const cpu = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

keepParsedFiles(true);
async function load(label: string, session?: Session): Promise<void> {
  const stages: [string, number][] = [];
  renderCounts.fresh = 0;
  renderCounts.kept = 0;
  const t0 = performance.now();
  const c0 = cpu();
  if (session) await session.post('Profiler.start');
  await loadGraph(dir, { onStage: (s, ms) => stages.push([s, ms]) });
  if (session) {
    const { profile } = await session.post('Profiler.stop');
    writeFileSync(prof!, JSON.stringify(profile));
  }
  const wall = performance.now() - t0;
  const top = [...stages].sort((a, b) => b[1] - a[1]).slice(0, 8);
  console.log(
    `${label}: ${wall.toFixed(0)} ms wall, ${(cpu() - c0).toFixed(0)} ms CPU | ${top.map(([s, ms]) => `${s} ${ms.toFixed(0)}`).join(', ')}` +
      ` | rendered ${renderCounts.fresh}, reused ${renderCounts.kept}`,
  );
}

await load('first load');
let session: Session | undefined;
for (let i = 0; i < rounds; i++) {
  appendFileSync(note, `\n\n开发循环标记${i}x${Date.now().toString(36)}。\n`);
  if (prof && i === rounds - 1) {
    session = new Session();
    session.connect();
    await session.post('Profiler.enable');
    await session.post('Profiler.setSamplingInterval', { interval: 200 });
  }
  await load(`rebuild ${i + 1}`, session);
}
session?.disconnect();
