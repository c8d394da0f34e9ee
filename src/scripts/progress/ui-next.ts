/** Renders every `[data-progress-next]` list from progress-data.json and the stored progress. */
import { conceptUrl } from '../urls.ts';
import { loadProgressGraph, onProgress, startProgress } from './client.ts';
import type { ProgressData, ProgressGraph } from './store.ts';
import { onLang, pt } from './strings.ts';
import { nextStatusKey, recommendNext, type NextReason } from './what-next.ts';
import { currentUiLang } from '../preferences.ts';

/** "正在学" / "前置已掌握：X" / "与 X 相邻" / "在 X 之后；N 个概念以它为前置" / "按学习顺序", in the UI language. */
function reasonText(reason: NextReason, name: (id: string) => string): string {
  switch (reason.kind) {
    case 'learning':
      return pt('progress.next.reason.learning');
    case 'prereqs':
      return pt('progress.next.reason.prereqs', { names: reason.via.map(name).join(pt('progress.next.reason.sep')) });
    case 'near':
      return pt('progress.next.reason.near', { name: name(reason.via) });
    default: {
      // Next on the learning path: what it comes after (recommended above it), how much builds on it.
      const parts: string[] = [];
      if (reason.after.length > 0) parts.push(pt('progress.next.reason.after', { names: reason.after.map(name).join(pt('progress.next.reason.sep')) }));
      if (reason.dependents > 0) parts.push(pt(reason.dependents === 1 ? 'progress.next.reason.builds1' : 'progress.next.reason.builds', { count: reason.dependents }));
      return parts.length > 0 ? parts.join(pt('progress.next.reason.join')) : pt('progress.next.reason.order');
    }
  }
}

function render(root: HTMLElement, graph: ProgressGraph, data: ProgressData): void {
  const list = root.querySelector<HTMLOListElement>('[data-next-list]');
  const status = root.querySelector<HTMLElement>('[data-next-status]');
  if (!list || !status) return;
  const limit = Number(root.dataset.limit) || Infinity;
  const items = recommendNext(graph, data, limit);
  const en = currentUiLang() === 'en';
  const byId = new Map(graph.concepts.map((c) => [c.id, c]));
  const name = (id: string): string => {
    const c = byId.get(id);
    return c ? (en ? (c.titleEn ?? c.title) : c.title) : id;
  };
  const branchTitle = new Map(graph.branches.map((b) => [b.id, en ? (b.titleEn ?? b.title) : b.title]));
  list.replaceChildren(
    ...items.map(({ concept: c, reason }) => {
      const li = document.createElement('li');
      li.dataset.conceptId = c.id;
      li.dataset.reason = reason.kind;
      const a = document.createElement('a');
      a.href = conceptUrl(c.id);
      const primary = name(c.id);
      a.textContent = primary;
      if (en) a.lang = 'en';
      li.append(a);
      const other = en ? c.title : c.titleEn;
      if (other !== undefined && other !== primary) {
        const alt = document.createElement('span');
        alt.className = 'next-en';
        if (!en) alt.lang = 'en';
        alt.textContent = other;
        li.append(' ', alt);
      }
      const why = document.createElement('span');
      why.className = reason.kind === 'learning' ? 'next-badge next-reason' : 'next-reason';
      why.textContent = reasonText(reason, name);
      li.append(' ', why);
      const branch = branchTitle.get(c.branch);
      if (branch !== undefined && branch !== primary) {
        const span = document.createElement('span');
        span.className = 'next-branch';
        span.textContent = branch;
        li.append(span);
      }
      return li;
    }),
  );
  const key = nextStatusKey(graph, items);
  status.textContent = key === '' ? '' : pt(key);
  // (with nothing to learn at all, how suggestions are chosen is beside the point)
  const intro = root.querySelector<HTMLElement>('.what-next-intro');
  if (intro) intro.hidden = key === 'progress.next.none';
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
