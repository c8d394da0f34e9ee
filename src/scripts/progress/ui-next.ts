/** Renders every `[data-progress-next]` list from progress-data.json and the stored progress. */
import { conceptUrl } from '../urls.ts';
import { loadProgressGraph, onProgress, startProgress } from './client.ts';
import { whatNext, type ProgressData, type ProgressGraph } from './store.ts';
import { onLang, pt } from './strings.ts';

function render(root: HTMLElement, graph: ProgressGraph, data: ProgressData): void {
  const list = root.querySelector<HTMLOListElement>('[data-next-list]');
  const status = root.querySelector<HTMLElement>('[data-next-status]');
  if (!list || !status) return;
  const limit = Number(root.dataset.limit) || Infinity;
  const items = whatNext(graph, data, limit);
  const branchTitle = new Map(graph.branches.map((b) => [b.id, b.title]));
  list.replaceChildren(
    ...items.map((c) => {
      const li = document.createElement('li');
      li.dataset.conceptId = c.id;
      const a = document.createElement('a');
      a.href = conceptUrl(c.id);
      a.textContent = c.title;
      li.append(a);
      if (c.titleEn !== undefined) {
        const en = document.createElement('span');
        en.className = 'next-en';
        en.lang = 'en';
        en.textContent = c.titleEn;
        li.append(' ', en);
      }
      if (data.states[c.id]?.state === 'learning') {
        const badge = document.createElement('span');
        badge.className = 'next-badge';
        badge.textContent = pt('progress.state.learning');
        li.append(badge);
      }
      const branch = branchTitle.get(c.branch);
      if (branch !== undefined && branch !== c.title) {
        const span = document.createElement('span');
        span.className = 'next-branch';
        span.textContent = branch;
        li.append(span);
      }
      return li;
    }),
  );
  status.textContent = items.length === 0 ? pt('progress.next.empty') : '';
  root.dataset.ready = '';
}

let initialised = false;

export function initWhatNext(): void {
  if (initialised) return;
  initialised = true;
  startProgress();
  const roots = [...document.querySelectorAll<HTMLElement>('[data-progress-next]')];
  if (roots.length === 0) return;
  for (const root of roots) {
    const status = root.querySelector<HTMLElement>('[data-next-status]');
    if (status) status.textContent = pt('progress.next.loading');
  }
  loadProgressGraph()
    .then((graph) => {
      let latest: ProgressData | undefined;
      onProgress((data) => {
        latest = data;
        for (const root of roots) render(root, graph, data);
      });
      document.addEventListener('k8smap:lang', () => {
        if (latest) for (const root of roots) render(root, graph, latest);
      });
    })
    .catch((err: unknown) => {
      console.error(err);
      onLang(() => {
        for (const root of roots) {
          const status = root.querySelector<HTMLElement>('[data-next-status]');
          if (status) status.textContent = pt('progress.next.failed');
        }
      });
    });
}
