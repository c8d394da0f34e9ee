/**
 * The search dialog's behaviour, loaded the first time the dialog opens (with MiniSearch and
 * the prebuilt index). ARIA 1.2 combobox + listbox: the input keeps focus, ↑/↓ move the
 * active option (aria-activedescendant), Enter opens it, Escape closes the dialog, a click
 * opens an option. Every string from the index is inserted as a text node; highlights are
 * <mark> elements built with the DOM, never innerHTML.
 */
import type MiniSearch from 'minisearch';
import { countKeyOf, highlightPieces, loadSearchIndex, NOTE_KIND, noteIdOfDoc, preselectedHit, searchConcepts, TAG_KIND, tagKeyOfDoc, type SearchDoc, type SearchHit, type TextPiece } from '../../views/search-core.ts';
import { searchFullText } from './fulltext.ts';
import { basePath, conceptUrl, withBase } from '../urls.ts';
import { notePath, tagPath } from '../../views/urls.ts';

/** A note's page (search documents of kind `note`, search-index.ts). */
const noteUrl = (docId: string): string => notePath(basePath, noteIdOfDoc(docId));
/** A tag's page (search documents of kind `tag`). */
const tagUrl = (docId: string): string => tagPath(basePath, tagKeyOfDoc(docId));
import { currentUiLang } from '../preferences.ts';
import { fillPlaceholders } from '../../graph/model.ts';
import searchStrings from 'virtual:ui-strings/search';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (className) e.className = className;
  return e;
}

function appendPieces(parent: HTMLElement, pieces: readonly TextPiece[]): void {
  for (const p of pieces) {
    if (p.mark) {
      const m = el('mark');
      m.textContent = p.text;
      parent.append(m);
    } else {
      parent.append(document.createTextNode(p.text));
    }
  }
}

function highlighted(tag: 'span' | 'code', className: string, text: string, needles: readonly string[]): HTMLElement {
  const e = el(tag, className);
  appendPieces(e, highlightPieces(text, needles));
  return e;
}

export interface SearchController {
  open(): void;
}

export function initSearchDialog(dialog: HTMLDialogElement): SearchController {
  const input = dialog.querySelector<HTMLInputElement>('#search-input')!;
  const listbox = dialog.querySelector<HTMLUListElement>('#search-listbox')!;
  const status = dialog.querySelector<HTMLElement>('#search-status')!;
  const ftButton = dialog.querySelector<HTMLButtonElement>('#fulltext-run')!;
  const ftStatus = dialog.querySelector<HTMLElement>('#fulltext-status')!;
  const ftList = dialog.querySelector<HTMLUListElement>('#fulltext-results')!;
  const closeBtn = dialog.querySelector<HTMLButtonElement>('#search-close');
  const s = (key: string, vars: Record<string, string | number> = {}): string => {
    const raw = searchStrings[currentUiLang()][key] ?? searchStrings['zh-CN'][key] ?? key;
    return fillPlaceholders(raw, vars);
  };

  let index: MiniSearch<SearchDoc> | undefined;
  let loading: Promise<void> | undefined;
  let loadError = false;
  let hits: SearchHit[] = [];
  let partial = false;
  let active = -1;
  let fullTextOn = false;
  let ftTimer: ReturnType<typeof setTimeout> | undefined;
  let ftSeq = 0;

  function loadIndex(): Promise<void> {
    loading ??= fetch(withBase('search-index.json'))
      .then((r) => {
        if (!r.ok) throw new Error(`HTTP ${r.status}`);
        return r.text();
      })
      .then((json) => {
        index = loadSearchIndex(json);
        loadError = false;
      })
      .catch(() => {
        loadError = true;
        loading = undefined;
      });
    return loading;
  }

  function setActive(i: number, scroll = true): void {
    const options = listbox.querySelectorAll<HTMLElement>('[role="option"]');
    active = options.length === 0 ? -1 : Math.max(-1, Math.min(i, options.length - 1));
    options.forEach((o, j) => o.setAttribute('aria-selected', String(j === active)));
    const current = active >= 0 ? options[active] : undefined;
    if (current) {
      input.setAttribute('aria-activedescendant', current.id);
      if (scroll) current.scrollIntoView({ block: 'nearest' });
    } else {
      input.removeAttribute('aria-activedescendant');
    }
  }

  function renderStatus(): void {
    const q = input.value.trim();
    if (loadError) status.textContent = s('search.loadFailed');
    else if (!index) status.textContent = s('search.loading');
    else if (q === '') status.textContent = s('search.hint');
    else if (hits.length === 0) status.textContent = s('search.none');
    else status.textContent = s(countKeyOf(hits, partial), { count: hits.length });
  }

  function renderHits(): void {
    listbox.replaceChildren();
    hits.forEach((h, i) => {
      const li = el('li', 'search-option');
      li.id = `search-opt-${i}`;
      li.setAttribute('role', 'option');
      li.setAttribute('aria-selected', 'false');
      li.dataset.href = h.k === NOTE_KIND ? noteUrl(h.id) : h.k === TAG_KIND ? tagUrl(h.id) : conceptUrl(h.id);

      const names = el('span', 'search-opt-names');
      // The name in the UI language first (the Chinese name, or the English one after the
      // switch, as the concept's page heading leads), then its other names.
      const en = currentUiLang() === 'en';
      const [primary, ...others] = [...new Set((en ? [h.e, h.t, h.z] : [h.z, h.t, h.e]).filter((x): x is string => !!x))] as [string, ...string[]];
      names.append(highlighted('span', 'search-opt-title', primary, h.needles));
      for (const o of others) {
        names.append(document.createTextNode(' '));
        names.append(highlighted('span', 'search-opt-alt', o, h.needles));
      }
      // Found by a name it does not show (an alias, the glossary's Chinese name): "PersistentVolume · 持久卷".
      if (h.via) names.append(' · ', highlighted('span', 'search-opt-via', h.via, h.needles));
      li.append(names);

      const meta = el('span', 'search-opt-meta');
      const kind = el('span', `search-kind kind-${h.k}`);
      kind.textContent = s(`search.kind.${h.k}`);
      meta.append(kind);
      if (h.f) meta.append(' ', highlighted('code', 'search-opt-path', h.f, h.needles));
      const parentName = (en ? h.pe : h.pz) ?? h.p;
      if (parentName) {
        const parent = el('span', 'search-opt-parent');
        parent.textContent = s('search.in', { parent: parentName });
        meta.append(' ', parent);
      }
      li.append(meta);
      listbox.append(li);
    });
    const expanded = hits.length > 0;
    listbox.hidden = !expanded;
    input.setAttribute('aria-expanded', String(expanded));
    setActive(preselectedHit({ hits, partial }), false);
    renderStatus();
  }

  function runSearch(): void {
    const q = input.value;
    if (!index || q.trim() === '') {
      hits = [];
      partial = false;
    } else {
      const out = searchConcepts(index, q);
      hits = out.hits;
      partial = out.partial;
    }
    renderHits();
    if (fullTextOn) scheduleFullText();
  }

  function go(i: number, newTab = false): void {
    const option = listbox.querySelectorAll<HTMLElement>('[role="option"]')[i];
    const href = option?.dataset.href;
    if (!href) return;
    if (newTab) window.open(href, '_blank', 'noopener');
    else {
      dialog.close();
      location.assign(href);
    }
  }

  // ---- full text (Pagefind, on demand) ----
  async function runFullText(): Promise<void> {
    const q = input.value.trim();
    const seq = ++ftSeq;
    if (q === '') {
      ftList.replaceChildren();
      ftStatus.textContent = s('search.fulltext.empty');
      return;
    }
    ftStatus.textContent = s('search.fulltext.loading');
    try {
      const res = await searchFullText(basePath, q);
      if (seq !== ftSeq) return;
      ftList.replaceChildren();
      for (const h of res.hits) {
        const li = el('li');
        if (h.stub) li.dataset.stub = '';
        const a = el('a', 'fulltext-title');
        a.href = h.url;
        a.textContent = h.title;
        li.append(a);
        if (h.excerpt.length > 0) {
          const p = el('p', 'fulltext-excerpt');
          appendPieces(p, h.excerpt);
          li.append(p);
        }
        ftList.append(li);
      }
      ftStatus.textContent = res.total === 0 ? s('search.fulltext.none') : s('search.fulltext.count', { count: res.total });
    } catch {
      if (seq !== ftSeq) return;
      ftList.replaceChildren();
      ftStatus.textContent = s('search.fulltext.unavailable');
    }
  }

  function scheduleFullText(): void {
    clearTimeout(ftTimer);
    ftTimer = setTimeout(() => void runFullText(), 250);
  }

  ftButton.addEventListener('click', () => {
    fullTextOn = true;
    void runFullText();
  });

  // ---- events ----
  input.addEventListener('input', runSearch);
  input.addEventListener('keydown', (e) => {
    if (e.isComposing) return; // IME: arrows/Enter belong to the candidate window
    const count = hits.length;
    switch (e.key) {
      case 'ArrowDown':
        if (count > 0) {
          e.preventDefault();
          setActive(active + 1 >= count ? 0 : active + 1);
        }
        break;
      case 'ArrowUp':
        if (count > 0) {
          e.preventDefault();
          setActive(active - 1 < 0 ? count - 1 : active - 1);
        }
        break;
      case 'Enter':
        e.preventDefault();
        if (active >= 0) go(active, e.ctrlKey || e.metaKey);
        else if (input.value.trim() !== '') {
          // No concept matches every word (or none chosen): Enter runs the full-text search.
          fullTextOn = true;
          void runFullText();
        }
        break;
      default:
        break;
    }
  });
  listbox.addEventListener('click', (e) => {
    const option = (e.target as Element).closest<HTMLElement>('[role="option"]');
    if (!option) return;
    const i = Array.from(listbox.children).indexOf(option);
    go(i, e.ctrlKey || e.metaKey);
  });
  listbox.addEventListener('mousemove', (e) => {
    const option = (e.target as Element).closest<HTMLElement>('[role="option"]');
    if (!option) return;
    const i = Array.from(listbox.children).indexOf(option);
    if (i !== active) setActive(i, false);
  });
  closeBtn?.addEventListener('click', () => dialog.close());
  // A click on the backdrop (outside the panel) closes the dialog.
  dialog.addEventListener('click', (e) => {
    if (e.target === dialog) dialog.close();
  });
  document.addEventListener('k8smap:lang', () => {
    if (dialog.open) renderHits();
    input.placeholder = s('search.placeholder');
  });

  return {
    open() {
      input.placeholder = s('search.placeholder');
      if (!dialog.open) dialog.showModal();
      input.focus();
      input.select();
      renderStatus();
      if (!index) {
        void loadIndex().then(() => {
          renderStatus();
          if (index && input.value.trim() !== '') runSearch();
        });
      } else if (input.value.trim() !== '') runSearch();
    },
  };
}
