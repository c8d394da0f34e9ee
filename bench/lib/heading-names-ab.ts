/**
 * `headingNames` (src/views/concept-names.ts) as a build's pages ask it: for every concept page,
 * the page's own concept, its neighbour lists (prerequisites, related, children, backlinks) and
 * previous / next, as ConceptList, Backlinks and PrevNext call it; this checkout's module against
 * another checkout's, in one process, alternating (each round on fresh views, as a build). CPU per
 * round, the calls made, and whether both give equal names for every call (exit 1 if not).
 *
 *   node bench/lib/heading-names-ab.ts <notes folder> <other checkout>      (ROUNDS=4 by default)
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { loadGraph } from '../../src/graph/index.ts';
import { createViews } from '../../src/views/index.ts';
import type { Concept } from '../../src/graph/model.ts';

type Names = typeof import('../../src/views/concept-names.ts');
type Side = 'new' | 'old';
const dir = process.argv[2]!;
const mods: Record<Side, Names> = {
  new: await import('../../src/views/concept-names.ts'),
  old: (await import(pathToFileURL(path.resolve(process.argv[3]!, 'src/views/concept-names.ts')).href)) as Names,
};
const graph = await loadGraph(dir, {});
const cpu = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
/** The concepts a concept page names, in the order its components ask. */
function asked(): Concept[][] {
  const views = createViews(graph, { base: '/', sources: { projectRoot: process.cwd(), contentDir: dir, repoUrl: '', editBranch: 'main' } });
  return graph.concepts.map((c) => {
    const page = views.conceptPage(c.id)!;
    return [page.concept, ...page.prerequisites, ...page.related, ...page.children, ...page.backlinks.map((b) => b.concept), ...(page.prev ? [page.prev] : []), ...(page.next ? [page.next] : [])];
  });
}
const tot: Record<Side, number> = { new: 0, old: 0 };
let calls = 0;
let same = true;
for (let round = 0; round < Number(process.env.ROUNDS ?? 4); round++) {
  const order: Side[] = round % 2 ? ['old', 'new'] : ['new', 'old'];
  const answers: Partial<Record<Side, unknown[]>> = {};
  for (const name of order) {
    const pages = asked();
    const out: unknown[] = [];
    const t = cpu();
    for (const list of pages) for (const c of list) out.push(mods[name].headingNames(c));
    const dt = cpu() - t;
    calls = out.length;
    answers[name] = out;
    if (round > 0) tot[name] += dt;
    console.log(`round ${round} ${name}: ${dt.toFixed(1)} ms CPU, ${out.length} calls`);
  }
  if (!isDeepStrictEqual(answers.new, answers.old)) same = false;
}
console.log(`new / old (rounds 1+): ${(tot.new / tot.old).toFixed(3)}; ${calls} calls a round over ${graph.concepts.length} pages; ${same ? 'answers equal' : 'ANSWERS DIFFER'}`);
if (!same) process.exit(1);
