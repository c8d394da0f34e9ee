/**
 * Always-loaded part of the search (tiny): the header button and the shortcuts Ctrl/⌘K and
 * `/`. The dialog's logic, MiniSearch and the index load on first open.
 */
import type { SearchController } from './ui.ts';

function isEditable(t: EventTarget | null): boolean {
  if (!(t instanceof HTMLElement)) return false;
  if (t.isContentEditable) return true;
  const tag = t.tagName;
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag === 'INPUT') {
    const type = (t as HTMLInputElement).type;
    return !['button', 'checkbox', 'radio', 'submit', 'reset', 'range', 'color', 'file', 'image'].includes(type);
  }
  return false;
}

export function initSearch(): void {
  const dialog = document.getElementById('search-dialog') as HTMLDialogElement | null;
  const button = document.getElementById('search-open');
  if (!dialog || !button) return;
  let controller: Promise<SearchController> | undefined;

  const open = (): void => {
    controller ??= import('./ui.ts').then((m) => m.initSearchDialog(dialog));
    void controller.then((c) => c.open());
  };

  button.addEventListener('click', open);
  document.addEventListener('keydown', (e) => {
    if (e.defaultPrevented || e.isComposing) return;
    const k = e.key.toLowerCase();
    if (k === 'k' && (e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey) {
      e.preventDefault();
      open();
    } else if (e.key === '/' && !e.ctrlKey && !e.metaKey && !e.altKey && !isEditable(e.target) && !dialog.open) {
      e.preventDefault();
      open();
    }
  });
  button.removeAttribute('disabled');
  dialog.dataset.ready = 'true';
}
