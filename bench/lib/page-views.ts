/**
 * What the views cost a concept page and a note page, without Astro: the notes folder loaded,
 * then, in one cold pass in page order (as `astro build` calls them, each concept once), the
 * view calls a concept page makes (`conceptPage`, `localGraphSteps` at depth 1 and 2 and their
 * payload, `stateDiagram` for pages with a diagram, backlinks) and a note page's (`notePage`),
 * and the once-per-site ones (`searchIndexJson`); CPU per view, in all and a page. A second, warm
 * pass shows what of the first was the process warming up (compiling, first allocations).
 *
 *   node bench/lib/page-views.ts <notes folder>
 * Used in docs/performance.md section 43.
 */
import { loadGraph } from '../../src/graph/index.ts';
import { cpuTimer } from './cpu-timer.ts';
import { createViews } from '../../src/views/index.ts';
import { encodeLocalGraphs } from '../../src/views/local-graph.ts';

const dir = process.argv[2]!;
const graph = await loadGraph(dir, {});
for (const pass of ['cold', 'warm']) {
  const views = createViews(graph, { base: '/', sources: { projectRoot: process.cwd(), contentDir: dir, repoUrl: '', editBranch: 'main' } });
  const t: Record<string, number> = {};
  const time = cpuTimer(t);
  let diagrams = 0;
  for (const c of graph.concepts) {
    const page = time('conceptPage', () => views.conceptPage(c.id)!);
    const ones = time('localGraphSteps', () => views.localGraphSteps(c.id, 1));
    const twos = time('localGraphSteps', () => views.localGraphSteps(c.id, 2));
    time('local graph payload', () => JSON.stringify(encodeLocalGraphs(twos.length > 0 ? [ones, twos] : [ones])));
    if (page.diagram) {
      diagrams++;
      time('stateDiagram', () => JSON.stringify(views.stateDiagram(page.diagram!)));
    }
    time('backlinks', () => views.backlinks(c.id));
  }
  for (const n of graph.notes ?? []) time('notePage', () => views.notePage(n.id));
  time('searchIndexJson', () => views.searchIndexJson.length);
  const pages = graph.concepts.length;
  console.log(`${pass}: ${pages} concept pages (${diagrams} with a state diagram), ${graph.notes?.length ?? 0} note pages`);
  for (const [k, v] of Object.entries(t).sort((a, b) => b[1] - a[1])) {
    const per = k === 'notePage' ? ` (${(v / (graph.notes?.length || 1)).toFixed(2)} ms a note page)` : k === 'searchIndexJson' ? '' : ` (${(v / pages).toFixed(2)} ms a concept page)`;
    console.log(`  ${k.padEnd(20)} ${Math.round(v).toString().padStart(6)} ms${per}`);
  }
}
