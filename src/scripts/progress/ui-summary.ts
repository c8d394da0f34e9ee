/** Fills every `[data-progress-summary]` (and `[data-progress-table]`) with the reader's counts. */
import { loadProgressGraph, onProgress, startProgress } from './client.ts';
import { summarize, type Counts } from './store.ts';

/** Elements matching `selector` inside `scope` that belong to it, not to a nested `[data-branch]`. */
function own<T extends Element>(scope: Element, selector: string): T[] {
  const owner = scope.matches('[data-branch]') ? scope : null;
  return [...scope.querySelectorAll<T>(selector)].filter((el) => el.closest('[data-branch]') === owner);
}

function fill(scope: Element, counts: Counts): void {
  for (const el of own<HTMLElement>(scope, '[data-count]')) {
    const key = el.dataset.count as keyof Counts;
    if (key in counts) el.textContent = String(counts[key]);
  }
  for (const bar of own<HTMLProgressElement>(scope, 'progress[data-bar]')) {
    bar.max = Math.max(counts.total, 1);
    bar.value = counts.learned;
  }
  for (const pct of own<HTMLElement>(scope, '[data-percent]')) {
    pct.textContent = counts.total === 0 ? '—' : `${Math.round((counts.learned / counts.total) * 100)}%`;
  }
}

let initialised = false;

export function initProgressSummaries(): void {
  if (initialised) return;
  initialised = true;
  startProgress();
  const roots = [...document.querySelectorAll<HTMLElement>('[data-progress-summary], [data-progress-table]')];
  if (roots.length === 0) return;
  loadProgressGraph()
    .then((graph) => {
      onProgress((data) => {
        const s = summarize(graph, data);
        for (const root of roots) {
          fill(root, s.overall);
          for (const b of s.branches) {
            for (const item of root.querySelectorAll(`[data-branch="${CSS.escape(b.id)}"]`)) fill(item, b.counts);
          }
          root.dataset.ready = '';
        }
      });
    })
    .catch((err: unknown) => console.error(err));
}
