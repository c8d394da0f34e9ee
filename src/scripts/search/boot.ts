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

  // The dialog's code loads on the first open: what the reader types right after `/` or Ctrl+K,
  // before the box exists to take it (`/pod` typed in one go; longer on a slow connection), is kept
  // and put into the box when it opens, rather than lost (qa44: `/fluent` searched for `luent`).
  const input = dialog.querySelector<HTMLInputElement>('#search-input');
  let early: string | undefined;
  const keepEarly = (e: KeyboardEvent): void => {
    if (early === undefined || e.isComposing || e.ctrlKey || e.metaKey || e.altKey) return;
    if (e.target === input) return;
    if ([...e.key].length === 1) {
      early += e.key;
      e.preventDefault();
      e.stopPropagation();
    } else if (e.key === 'Backspace' && early !== '') {
      early = [...early].slice(0, -1).join('');
      e.preventDefault();
    }
  };
  const open = (): void => {
    if (!controller) {
      early = '';
      document.addEventListener('keydown', keepEarly, true);
      controller = import('./ui.ts').then(
        (m) => m.initSearchDialog(dialog),
        (err: unknown) => {
          // (the code did not load: stop keeping keys, and let the next open try again)
          document.removeEventListener('keydown', keepEarly, true);
          early = undefined;
          controller = undefined;
          throw err;
        },
      );
    }
    void controller.then((c) => {
      const typed = early;
      if (typed !== undefined) {
        document.removeEventListener('keydown', keepEarly, true);
        early = undefined;
        if (input && typed !== '') input.value = typed;
      }
      c.open();
      // (open selects the box's text, for a new query; text just typed is kept going instead)
      if (input && typed) input.setSelectionRange(input.value.length, input.value.length);
    });
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
