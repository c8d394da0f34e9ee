/** The progress page: orphans, export, import (merge), reset with confirmation, messages. */
import { basePath } from '../urls.ts';
import { currentUiLang } from '../preferences.ts';
import { getProgress, loadProgressGraph, onProgress, replaceProgress, startProgress, storedProgressProblem } from './client.ts';
import { emptyProgress, mergeProgress, parseExportFile, reconcile, toExportFile, type ProgressData } from './store.ts';
import { pt } from './strings.ts';
import { initProgressSummaries } from './ui-summary.ts';

type Message = { kind: 'ok' | 'err'; key: string; vars?: Record<string, string | number> } | undefined;
let message: Message;

function showMessage(next: Message): void {
  message = next;
  const ok = document.getElementById('progress-ok');
  const err = document.getElementById('progress-error');
  if (!ok || !err) return;
  ok.textContent = message?.kind === 'ok' ? pt(message.key, message.vars) : '';
  err.textContent = message?.kind === 'err' ? pt(message.key, message.vars) : '';
}

function renderOrphans(data: ProgressData): void {
  const section = document.getElementById('progress-orphans');
  const list = document.getElementById('progress-orphans-list');
  if (!section || !list) return;
  const ids = Object.keys(data.orphans).sort();
  section.hidden = ids.length === 0;
  const fmt = new Intl.DateTimeFormat(currentUiLang(), { dateStyle: 'medium' });
  list.replaceChildren(
    ...ids.map((id) => {
      const entry = data.orphans[id]!;
      const li = document.createElement('li');
      li.dataset.orphanId = id;
      const code = document.createElement('code');
      code.textContent = id;
      const meta = document.createElement('span');
      meta.className = 'orphan-meta';
      meta.textContent = `${pt(`progress.state.${entry.state}`)} · ${pt('progress.orphans.updated', { date: fmt.format(new Date(entry.updatedAt)) })}`;
      li.append(code, meta);
      return li;
    }),
  );
}

function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function exportProgress(): void {
  const now = new Date();
  const file = toExportFile(getProgress(), `${location.origin}${basePath}`, now);
  const stamp = now.toISOString().slice(0, 10);
  download(`k8s-skill-map-progress-${stamp}.json`, `${JSON.stringify(file, null, 2)}\n`);
  showMessage({ kind: 'ok', key: 'progress.export.done', vars: { count: Object.keys(file.states).length } });
}

async function importProgress(input: HTMLInputElement): Promise<void> {
  const file = input.files?.[0];
  if (!file) return;
  let text: string;
  try {
    text = await file.text();
  } catch {
    showMessage({ kind: 'err', key: 'progress.import.unreadable' });
    input.value = '';
    return;
  }
  input.value = '';
  const parsed = parseExportFile(text);
  if (!parsed.ok) {
    showMessage({ kind: 'err', key: `progress.import.${parsed.error.code}`, vars: { detail: parsed.error.detail } });
    return;
  }
  const merged = mergeProgress(getProgress(), parsed.value.states, parsed.value.cards, parsed.value.review);
  let next = merged.data;
  try {
    const graph = await loadProgressGraph();
    next = reconcile(next, graph.concepts.map((c) => c.id));
  } catch {
    /* without the map data, ids stay where the merge put them; they are sorted out on the next load */
  }
  if (!replaceProgress(next)) {
    showMessage({ kind: 'err', key: 'progress.saveFailed' });
    return;
  }
  const c = merged.cards;
  const withCards = c.added.length + c.updated.length + c.kept.length > 0;
  showMessage({
    kind: 'ok',
    key: withCards ? 'progress.import.doneCards' : 'progress.import.done',
    vars: {
      added: merged.added.length,
      updated: merged.updated.length,
      kept: merged.kept.length,
      cardsAdded: c.added.length,
      cardsUpdated: c.updated.length,
      cardsKept: c.kept.length,
    },
  });
}

export function initProgressPage(): void {
  startProgress();
  initProgressSummaries();
  const problem = storedProgressProblem();
  if (problem) showMessage({ kind: 'err', key: 'progress.storedUnreadable', vars: { detail: problem.detail } });

  onProgress(renderOrphans);
  document.addEventListener('k8smap:lang', () => {
    showMessage(message);
    renderOrphans(getProgress());
  });
  // Reading the map data moves ids the map no longer has into orphans (and renders them).
  loadProgressGraph().catch((err: unknown) => console.error(err));

  document.getElementById('progress-export')?.addEventListener('click', exportProgress);
  const input = document.getElementById('progress-import') as HTMLInputElement | null;
  input?.addEventListener('change', () => {
    void importProgress(input);
  });

  const dialog = document.getElementById('progress-reset-dialog') as HTMLDialogElement | null;
  document.getElementById('progress-reset')?.addEventListener('click', () => {
    dialog?.showModal();
  });
  dialog?.addEventListener('close', () => {
    if (dialog.returnValue !== 'confirm') return;
    dialog.returnValue = '';
    if (replaceProgress(emptyProgress())) showMessage({ kind: 'ok', key: 'progress.reset.done' });
    else showMessage({ kind: 'err', key: 'progress.saveFailed' });
  });
}
