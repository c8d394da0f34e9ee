/**
 * How well the local graphs of a notes folder fit the boxes the page draws them in, this
 * checkout's layout (src/views/local-graph.ts) against another checkout's: per depth and box
 * (CSS px), the concept pages whose first step is readable (labels at 11 px or more when fitted),
 * the mean number of nodes the page draws (the biggest readable step, as the browser script picks
 * it) and the pages whose drawn step is too big and loses a label off the box's edge at the floor
 * zoom around the concept (until the reader drags it).
 *
 *   node bench/lib/local-graph-fit.ts <notes folder> <other checkout>
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadGraph } from '../../src/graph/index.ts';
import { indexGraph } from '../../src/graph/graph-index.ts';
type M = typeof import('../../src/views/local-graph.ts');
const mods: Record<string, M> = {
  old: (await import(pathToFileURL(path.resolve(process.argv[3]!, 'src/views/local-graph.ts')).href)) as M,
  new: await import('../../src/views/local-graph.ts'),
};
const graph = await loadGraph(process.argv[2]!, { layout: false });
const boxes = [[260, 300], [286, 318], [340, 318], [367, 318]] as const;
for (const [name, m] of Object.entries(mods)) {
  const index = indexGraph(graph);
  for (const d of [1, 2] as const) {
    const stats = boxes.map(() => ({ firstReadable: 0, firstCut: 0, shownSum: 0, cutShown: 0, pages: 0 }));
    for (const c of graph.concepts) {
      const steps = m.localGraphSteps(index, c.id, d);
      if (steps[0]!.nodes.length <= 1) continue;
      boxes.forEach(([w, h], bi) => {
        const st = stats[bi]!;
        st.pages++;
        let best = 0;
        steps.forEach((g, i) => { if (m.localFit(g, w, h).readable) best = i; });
        const g = steps[best]!;
        const fit = m.localFit(g, w, h);
        st.shownSum += g.nodes.length;
        if (m.localFit(steps[0]!, w, h).readable) st.firstReadable++;
        if (!fit.readable) {
          const z = fit.floorZoom;
          const cut = g.nodes.some((n) => Math.abs(n.x) + n.w / 2 > (w / 2) / z || Math.abs(n.y) + n.h / 2 > (h / 2) / z);
          if (cut) st.cutShown++;
        }
      });
    }
    console.log(name, 'depth', d, boxes.map(([w, h], i) => `${w}×${h}: ${stats[i]!.pages} pages, first step readable ${stats[i]!.firstReadable}, nodes drawn ${(stats[i]!.shownSum / stats[i]!.pages).toFixed(2)}, a label cut ${stats[i]!.cutShown}`).join(' | '));
  }
}
