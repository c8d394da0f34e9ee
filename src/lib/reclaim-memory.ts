/**
 * A full garbage collection on demand, for the one moment in `astro build` where it pays: the
 * pages are written, the graph and its views are let go (graph-store.ts `releaseGraph`), and
 * Pagefind's binary is about to index the site in a process of its own. V8 collects when the
 * heap grows, not when memory is let go, and this process allocates next to nothing while it
 * waits for Pagefind; so without a collection it kept the dead graph (and the heap pages it
 * filled) resident until V8's memory reducer got round to it, some tens of seconds later — while
 * Pagefind's memory grew to its own peak beside it. Whether the two overlapped decided the
 * build's peak memory (docs/performance.md section 29).
 *
 * Node exposes `gc()` only with `--expose-gc`; the flag can be set at run time, and a new V8
 * context then has `gc` (jest's leak detector does the same). The flag is reset right after, so
 * no other code sees a `gc` global. The collection is V8's "last resort" one (all available
 * garbage, several passes, memory footprint reduced): a plain `gc()` frees the heap's pages but
 * V8 keeps them mapped in its page pool, so the process's resident memory does not go down.
 *
 * The collection costs two full passes and a compaction: 0.73–0.90 s of CPU at 1,000 notes
 * (docs/performance.md section 85), where it gives back 165–195 MB. So `reclaimAfterBuild` runs it
 * only when V8's heap is large enough for the overlap with Pagefind to matter (RECLAIM_FROM_HEAP_MB):
 * at 10,000 notes the heap holds about 800 MB and the collection keeps the peak memory target
 * (section 29); at 1,000 notes about 280–330 MB, and without the collection nothing collects it
 * before the process ends.
 */
import v8 from 'node:v8';
import { runInNewContext } from 'node:vm';

/** V8's committed heap (MB) from which `reclaimAfterBuild` collects: between the 1,000-note build's 277–327 MB and the 10,000-note build's 800 MB or more (section 85); on the bench corpus the heap crosses it at about 2,500 notes (407 MB at 2,000, 514 at 2,500, 605 at 3,000: section 86). */
export const RECLAIM_FROM_HEAP_MB = 512;

type Gc = (options?: { type: 'major'; execution: 'sync'; flavor: 'last-resort' }) => void;

let collect: Gc | undefined;

/**
 * Runs a full, synchronous garbage collection that gives freed memory back to the system.
 * Returns false when the runtime would not allow one.
 */
export function collectGarbage(): boolean {
  if (!collect) {
    const existing = (globalThis as { gc?: Gc }).gc;
    if (typeof existing === 'function') collect = existing;
    else {
      try {
        v8.setFlagsFromString('--expose-gc');
        collect = runInNewContext('gc') as Gc;
      } catch {
        return false;
      } finally {
        v8.setFlagsFromString('--no-expose-gc');
      }
    }
  }
  if (typeof collect !== 'function') return false;
  collect({ type: 'major', execution: 'sync', flavor: 'last-resort' });
  return true;
}

/**
 * At the end of `astro build`, once the graph is let go: collects (`collectGarbage`) when V8's
 * committed heap is at least `fromHeapMb` MB, and says how large it was and whether it collected.
 */
export function reclaimAfterBuild(fromHeapMb: number = RECLAIM_FROM_HEAP_MB): { heapMb: number; collected: boolean } {
  const heapMb = Math.round(v8.getHeapStatistics().total_heap_size / 1048576);
  return { heapMb, collected: heapMb >= fromHeapMb && collectGarbage() };
}
