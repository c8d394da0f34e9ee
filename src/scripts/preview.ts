/**
 * Hover previews of concept links, on every page. Any `<a href>` whose URL is a concept page
 * (`<base>concepts/<id>/`, recognised by URL so links on pages written later get previews too)
 * shows a small card — both names, kind, the reader's learning progress, summary and the first
 * lines of the first YAML example — after a short hover, at once on keyboard focus, and on a
 * long press on touch screens. The data comes from `preview-index.json` (the preview-index
 * view), fetched once, on the first preview.
 *
 * Accessibility (the WAI-ARIA tooltip pattern, WCAG 1.4.13): the card is `role="tooltip"`; the
 * link is `aria-describedby` it while it is shown; Escape closes it; the pointer may move onto
 * the card without closing it; the card holds no controls, so focus never enters it (no trap).
 * It floats (position: fixed, placed by @floating-ui/dom next to the link, flipped and shifted
 * to stay on screen, never over the link), so nothing on the page moves. Everything in it is
 * set with `textContent`.
 */
import { autoUpdate, computePosition, flip, inline, offset, shift, size } from '@floating-ui/dom';
import { previewIdFromHref, previewIndexPath, type ConceptPreview, type PreviewIndex } from '../views/preview-index.ts';
import { basePath } from './urls.ts';
import { currentUiLang } from './preferences.ts';
import tables from 'virtual:ui-strings/preview';
import { getProgress } from './progress/client.ts';
import { stateOf } from './progress/store.ts';

export const PREVIEW_ID = 'concept-preview';
/** Hover time before a card opens, and grace time to move the pointer from the link onto the card. */
const SHOW_DELAY_MS = 300;
const HIDE_DELAY_MS = 200;
/** Touch: a press this long (without moving) opens the card instead of following the link. */
const LONG_PRESS_MS = 500;
const LONG_PRESS_SLOP_PX = 10;

function str(key: string): string {
  return tables[currentUiLang()][key] ?? tables['zh-CN'][key] ?? key;
}

// ---- the index, fetched once ------------------------------------------------------------------

let indexPromise: Promise<PreviewIndex | null> | undefined;
let indexLoaded = false;

function loadIndex(): Promise<PreviewIndex | null> {
  indexPromise ??= fetch(previewIndexPath(basePath))
    .then((r) => (r.ok ? (r.json() as Promise<PreviewIndex>) : null))
    .catch(() => null)
    .then((data) => {
      indexLoaded = true;
      return data;
    });
  return indexPromise;
}

// ---- which links ------------------------------------------------------------------------------

/** Links that already sit in a card about their concept or have a tooltip of their own: YAML keys (src/scripts/yaml/tooltip.ts), the map's node card (its "open page" link; Escape there returns to the map). */
const OWN_TOOLTIP = '.yaml-code .yaml-key, .map-card';

/** The concept a link previews, or undefined (not a concept link, this very page, opted out, has its own tooltip). */
function previewTarget(a: HTMLElement): string | undefined {
  if (a.closest(`#${PREVIEW_ID}, [data-no-preview], ${OWN_TOOLTIP}`)) return undefined;
  const href = a.getAttribute('href') ?? a.dataset.href;
  if (!href || href.startsWith('#')) return undefined;
  const id = previewIdFromHref(href, location.href, basePath);
  if (id === undefined) return undefined;
  if (previewIdFromHref(location.href, location.href, basePath) === id) return undefined;
  return id;
}

/** Links, and search-result options that stand for a link (`role="option"` with `data-href`). */
const LINKISH = 'a[href], [role="option"][data-href]';

function linkOf(target: EventTarget | null): HTMLElement | undefined {
  if (!(target instanceof Element)) return undefined;
  const a = target.closest(LINKISH);
  return a instanceof HTMLElement && !(a instanceof SVGElement) ? a : undefined;
}

// ---- the card ---------------------------------------------------------------------------------

function el<K extends keyof HTMLElementTagNameMap>(tag: K, cls?: string, text?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined) e.textContent = text;
  return e;
}

let tip: HTMLElement | undefined;

function ensureTip(): HTMLElement {
  if (!tip) {
    tip = el('div', 'concept-preview');
    tip.id = PREVIEW_ID;
    tip.setAttribute('role', 'tooltip');
    tip.hidden = true;
    document.body.append(tip);
  }
  return tip;
}

/** Fills the card for concept `id` (plain text only). */
export function fillPreview(card: HTMLElement, id: string, p: ConceptPreview | undefined, progress: string): void {
  if (!p) {
    card.replaceChildren(el('p', 'cp-summary', str('preview.unavailable')));
    return;
  }
  const head = el('p', 'cp-head');
  head.append(el('span', 'cp-title', p.title));
  const alt = [p.zh, p.en].filter((n): n is string => Boolean(n));
  if (alt.length) head.append(' ', el('span', 'cp-alt', alt.join(' · ')));

  const meta = el('p', 'cp-meta');
  const kind = el('span', 'kind-badge', str(`concept.kind.${p.kind}`));
  kind.dataset.kind = p.kind;
  kind.style.setProperty('--kind', `var(--kind-${p.kind})`);
  meta.append(kind);
  const prog = el('span', `cp-progress state-${progress}`);
  prog.append(el('span', 'visually-hidden', `${str('preview.progress')}: `), str(`progress.state.${progress}`));
  meta.append(' ', prog);
  if (p.status) {
    const key = p.status === 'historical' || p.status === 'deprecated' ? `concept.status.${p.status}` : 'concept.status.other';
    meta.append(' ', el('span', 'cp-status', str(key)));
  }

  const parts: Node[] = [head, meta];
  if (p.summary) parts.push(el('p', 'cp-summary', p.summary));
  else if (!p.hasNote) parts.push(el('p', 'cp-summary cp-stub', str('preview.stub')));
  if (p.example) {
    const ex = el('div', 'cp-example');
    ex.append(el('p', 'cp-label', str('preview.example')));
    const pre = el('pre');
    pre.append(el('code', undefined, p.exampleMore ? `${p.example}\n…` : p.example));
    ex.append(pre);
    parts.push(ex);
  }
  card.replaceChildren(...parts);
  card.dataset.conceptId = id;
}

interface Open {
  link: HTMLElement;
  id: string;
  describedBy: string | null;
  cleanup: () => void;
}

let open: Open | undefined;
let showTimer: number | undefined;
let hideTimer: number | undefined;
/** The link whose card the reader closed with Escape (not reopened until the pointer or focus leaves it). */
let dismissed: HTMLElement | undefined;

function clearTimers(): void {
  window.clearTimeout(showTimer);
  window.clearTimeout(hideTimer);
  showTimer = hideTimer = undefined;
}

function place(link: HTMLElement, card: HTMLElement): void {
  // The link went away (search results typed over, a page part replaced): so does its card.
  if (!link.isConnected) {
    hide();
    return;
  }
  void computePosition(link, card, {
    strategy: 'fixed',
    placement: 'bottom-start',
    middleware: [
      inline(),
      offset(6),
      flip({ padding: 8, fallbackPlacements: ['top-start', 'bottom-end', 'top-end'] }),
      shift({ padding: 8 }),
      size({
        padding: 8,
        apply({ availableWidth, availableHeight, elements }) {
          elements.floating.style.maxWidth = `${Math.max(0, Math.min(availableWidth, 416))}px`;
          elements.floating.style.maxHeight = `${Math.max(0, availableHeight)}px`;
        },
      }),
    ],
  }).then(({ x, y, placement }) => {
    card.style.left = `${x}px`;
    card.style.top = `${y}px`;
    card.dataset.placement = placement;
  });
}

async function show(link: HTMLElement, id: string): Promise<void> {
  clearTimers();
  if (open?.link === link) return;
  hide();
  const card = ensureTip();
  // Inside a modal dialog (search results) the card must be in the dialog to be seen above it.
  const host = link.closest('dialog') ?? document.body;
  if (card.parentElement !== host) host.append(card);
  const describedBy = link.getAttribute('aria-describedby');
  link.setAttribute('aria-describedby', describedBy ? `${describedBy} ${PREVIEW_ID}` : PREVIEW_ID);
  open = { link, id, describedBy, cleanup: () => {} };
  card.style.left = '0px';
  card.style.top = '0px';
  card.hidden = false;
  const render = (data: PreviewIndex | null) => {
    if (open?.link !== link) return;
    fillPreview(card, id, data?.concepts[id], stateOf(getProgress(), id));
    place(link, card);
  };
  if (!indexLoaded) card.replaceChildren(el('p', 'cp-summary', str('preview.loading')));
  open.cleanup = autoUpdate(link, card, () => place(link, card));
  render(await loadIndex());
}

function hide(): void {
  clearTimers();
  if (!open) return;
  const { link, describedBy, cleanup } = open;
  open = undefined;
  cleanup();
  if (describedBy === null) link.removeAttribute('aria-describedby');
  else link.setAttribute('aria-describedby', describedBy);
  if (tip) {
    tip.hidden = true;
    delete tip.dataset.conceptId;
  }
}

function scheduleShow(link: HTMLElement, id: string, delay: number): void {
  window.clearTimeout(hideTimer);
  hideTimer = undefined;
  if (open?.link === link || dismissed === link) return;
  window.clearTimeout(showTimer);
  showTimer = window.setTimeout(() => void show(link, id), delay);
}

function scheduleHide(): void {
  window.clearTimeout(showTimer);
  showTimer = undefined;
  if (!open || hideTimer !== undefined) return;
  hideTimer = window.setTimeout(hide, HIDE_DELAY_MS);
}

// ---- events -----------------------------------------------------------------------------------

let press: { link: HTMLElement; id: string; x: number; y: number; timer: number } | undefined;
/** A long press opened this link's card: its click (and context menu) must not follow the link. */
let pressOpened: HTMLElement | undefined;

function cancelPress(): void {
  if (press) window.clearTimeout(press.timer);
  press = undefined;
}

export function initPreviews(): void {
  if (document.documentElement.dataset.previews === 'on') return;
  document.documentElement.dataset.previews = 'on';

  document.addEventListener('pointerover', (e) => {
    if (e.pointerType === 'touch') return;
    if (tip && e.target instanceof Node && tip.contains(e.target)) {
      window.clearTimeout(hideTimer);
      hideTimer = undefined;
      return;
    }
    const link = linkOf(e.target);
    const id = link && previewTarget(link);
    if (link && id !== undefined) scheduleShow(link, id, SHOW_DELAY_MS);
  });
  document.addEventListener('pointerout', (e) => {
    if (e.pointerType === 'touch') return;
    const to = e.relatedTarget instanceof Node ? e.relatedTarget : null;
    const link = linkOf(e.target);
    const fromTip = tip && e.target instanceof Node && tip.contains(e.target);
    if (!link && !fromTip) return;
    if (to && ((link && link.contains(to)) || tip?.contains(to))) return;
    if (link && dismissed === link) dismissed = undefined;
    if (link && link !== open?.link) {
      window.clearTimeout(showTimer);
      showTimer = undefined;
    }
    if (open && (link === open.link || fromTip) && document.activeElement !== open.link) scheduleHide();
  });
  document.addEventListener('focusin', (e) => {
    const link = linkOf(e.target);
    const id = link && previewTarget(link);
    if (link && id !== undefined && e.target === link) {
      if (dismissed !== link) void show(link, id);
    } else if (open && !(tip && e.target instanceof Node && tip.contains(e.target))) hide();
  });
  document.addEventListener('focusout', (e) => {
    if (e.target === dismissed) dismissed = undefined;
    if (open && e.target === open.link) {
      const to = e.relatedTarget instanceof Node ? e.relatedTarget : null;
      if (!(to && tip?.contains(to)) && !open.link.matches(':hover')) hide();
    }
  });
  // Escape closes an open card and nothing else (not, say, the search dialog around the link):
  // the next Escape does what it did before.
  document.addEventListener(
    'keydown',
    (e) => {
      if (e.key !== 'Escape' || !open) return;
      e.preventDefault();
      e.stopPropagation();
      dismissed = open.link;
      hide();
    },
    true,
  );
  // Touch: a long press opens the card; a tap follows the link as always.
  document.addEventListener('pointerdown', (e) => {
    if (open && !(tip && e.target instanceof Node && tip.contains(e.target)) && linkOf(e.target) !== open.link) hide();
    if (e.pointerType !== 'touch') return;
    cancelPress();
    pressOpened = undefined;
    const link = linkOf(e.target);
    const id = link && previewTarget(link);
    if (!link || id === undefined) return;
    press = {
      link,
      id,
      x: e.clientX,
      y: e.clientY,
      timer: window.setTimeout(() => {
        pressOpened = link;
        press = undefined;
        void show(link, id);
      }, LONG_PRESS_MS),
    };
  });
  document.addEventListener('pointermove', (e) => {
    if (press && Math.hypot(e.clientX - press.x, e.clientY - press.y) > LONG_PRESS_SLOP_PX) cancelPress();
  });
  document.addEventListener('pointerup', cancelPress);
  document.addEventListener('pointercancel', cancelPress);
  document.addEventListener('contextmenu', (e) => {
    // The browser's own long-press menu would cover the card: the long press is ours.
    const link = linkOf(e.target);
    if (!link) return;
    if (pressOpened === link) {
      e.preventDefault();
    } else if (press && press.link === link) {
      const { id } = press;
      cancelPress();
      pressOpened = link;
      e.preventDefault();
      void show(link, id);
    }
  });
  document.addEventListener(
    'click',
    (e) => {
      const link = linkOf(e.target);
      if (link && pressOpened === link) {
        e.preventDefault();
        pressOpened = undefined;
      }
    },
    true,
  );
  // A new language: refill an open card.
  document.addEventListener('k8smap:lang', () => {
    if (open && tip && indexPromise) {
      const { link, id } = open;
      void indexPromise.then((data) => {
        if (open?.link === link && tip) {
          fillPreview(tip, id, data?.concepts[id], stateOf(getProgress(), id));
          place(link, tip);
        }
      });
    }
  });
}
