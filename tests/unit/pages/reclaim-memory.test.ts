/** After the pages are written (`astro build`), the graph is let go and, with a large heap, its memory given back before Pagefind runs. */
import { describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { RECLAIM_FROM_HEAP_MB, collectGarbage, reclaimAfterBuild } from '../../../src/lib/reclaim-memory.ts';
import { graphIntegration } from '../../../src/integrations/graph.ts';
import { publishGraph } from '../../../src/lib/graph-store.ts';
import type { Graph } from '../../../src/graph/model.ts';

const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** About `mb` MB of small objects on the V8 heap, reachable only through the returned array. */
function garbage(mb: number): { id: number; text: string }[] {
  return Array.from({ length: mb * 10_000 }, (_, i) => ({ id: i, text: `note ${i} ${'x'.repeat(40)}` }));
}

describe('reclaiming memory at the end of a build', () => {
  it('collects now, and the process keeps none of the freed heap resident', async () => {
    const before = process.memoryUsage().rss;
    let held: unknown[] | undefined = garbage(150);
    const grown = process.memoryUsage().rss - before;
    expect(grown).toBeGreaterThan(60 * 1024 * 1024);
    held = undefined;
    expect(held).toBeUndefined();
    expect(collectGarbage()).toBe(true);
    // A plain major collection frees the heap but V8 keeps its pages mapped: resident memory stays
    // near `before + grown`. The last-resort collection hands them back.
    expect(process.memoryUsage().rss - before).toBeLessThan(grown / 3);
  });

  it('does not leave a gc global behind', () => {
    const had = typeof (globalThis as { gc?: unknown }).gc;
    collectGarbage();
    collectGarbage();
    expect(typeof (globalThis as { gc?: unknown }).gc).toBe(had);
  });

  it('collects after the build only from the threshold heap size on', async () => {
    const below = reclaimAfterBuild(Number.POSITIVE_INFINITY);
    expect(below.collected).toBe(false);
    expect(below.heapMb).toBeGreaterThan(0);
    const ref = new WeakRef(garbage(20));
    // A WeakRef's target stays alive until the end of the turn that made it.
    await nextTurn();
    const above = reclaimAfterBuild(0);
    expect(above.collected).toBe(true);
    expect(ref.deref()).toBeUndefined();
    // Between the 1,000-note build's heap (277–327 MB) and the 10,000-note build's (docs/performance.md section 85).
    expect(RECLAIM_FROM_HEAP_MB).toBeGreaterThan(327);
  });

  it("the graph integration's build:done hook lets go of the graph and says whether it collected", async () => {
    const ref = await (async () => {
      const graph = { concepts: garbage(5) } as unknown as Graph;
      publishGraph('/notes/built', graph);
      return new WeakRef(graph);
    })();
    await nextTurn();
    expect(ref.deref()).toBeDefined();
    // A WeakRef's target stays alive until the end of the turn that read it.
    await nextTurn();
    const hooks = graphIntegration().hooks as Record<string, (opts: unknown) => unknown>;
    // The hook first writes the data files of that graph (src/lib/data-files.ts) into the output folder.
    const out = mkdtempSync(path.join(tmpdir(), 'k8smap-build-done-'));
    try {
      const logged: string[] = [];
      await hooks['astro:build:done']!({ dir: pathToFileURL(`${out}/`), logger: { info: (line: string) => logged.push(line) } });
      expect(existsSync(path.join(out, 'graph.json'))).toBe(true);
      expect(logged.some((line) => /^(collected the released graph|released the graph) \(heap \d+ MB/.test(line))).toBe(true);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
    // Let go: collectable (the hook itself collects only with a heap of RECLAIM_FROM_HEAP_MB or more).
    collectGarbage();
    expect(ref.deref()).toBeUndefined();
  });
});
