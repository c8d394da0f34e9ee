/**
 * The map's node card (the tooltip): its content, built with textContent only (names and
 * summaries are untrusted text), and where it goes — beside the column of the node's siblings,
 * kept inside the map and off the zoom buttons (Floating UI), or docked along the bottom on narrow
 * screens, left of the zoom buttons. Docked, the card is compact (SkillMap.astro's styles): the
 * name, one line of the summary, the open-page and fold buttons; its details button (▾) shows the
 * rest (kind, summary, share, state picker). `siblingBox` and `dockedCardBox` are pure (unit tested).
 */
import { currentUiLang } from '../preferences.ts';
import type { MapNode } from '../../views/map-data.ts';
import { computePosition, flip, offset, shift } from '@floating-ui/dom';
import { unwrapLabel, type MapModel } from './map-model.ts';
import { buildProgressPicker } from '../progress/picker.ts';

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, cls?: string, text?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined) e.textContent = text;
  return e;
}

export interface CardOptions {
  str: (key: string, vars?: Record<string, string | number>) => string;
  kindName: (kind: string) => string;
  /** "7 / 12 learned" for a branch, when known. */
  share?: string;
  /** The reader's learning state of the node, if set. */
  state?: string;
  /** The node's page. */
  href: string;
  onClose: () => void;
  /**
   * A node with children: whether they are folded away and how many there are, and the fold
   * toggle (it returns whether they are folded now). The card then has a button for it: on a
   * touch screen (no right click, no keyboard) the one way to unfold a node.
   */
  fold?: { folded: boolean; count: number; toggle: () => boolean };
  /** The docked card's details were shown or hidden (its height changed). */
  onDetails?: (shown: boolean) => void;
}

/** Shows or hides the details of a docked card (its class `expanded`, the details button's state). */
export function setCardDetails(card: HTMLElement, shown: boolean, str: CardOptions['str']): void {
  card.classList.toggle('expanded', shown);
  const btn = card.querySelector<HTMLButtonElement>('.tt-more');
  if (!btn) return;
  btn.setAttribute('aria-expanded', String(shown));
  const label = str(shown ? 'map.card.less' : 'map.card.more');
  btn.setAttribute('aria-label', label);
  btn.title = label;
}

/** Fills `card` for node `n`: names, kind, status, stub mark, field path, summary, share, state picker, link. */
export function fillCard(card: HTMLElement, n: MapNode, o: CardOptions): void {
  card.replaceChildren();
  const zh = unwrapLabel(n.zh);
  const en = unwrapLabel(n.en);
  const title = el('div', 'tt-title');
  title.id = 'map-card-title';
  // The name in the UI language first (issue 16: the card title follows English mode).
  const [first, second] = currentUiLang() === 'en' ? [en, zh] : [zh, en];
  title.append(el('strong', undefined, first));
  if (en !== zh) title.append(' ', el('span', 'tt-en', second));
  const close = el('button', 'tt-close', '×');
  close.type = 'button';
  close.setAttribute('aria-label', o.str('map.card.close'));
  close.title = o.str('map.card.close');
  close.addEventListener('click', () => o.onClose());
  // Docked (a phone), the card opens compact; this button shows the rest (hidden on a desktop's card, which shows it all).
  const more = el('button', 'tt-more', '▾');
  more.type = 'button';
  more.addEventListener('click', () => {
    const shown = !card.classList.contains('expanded');
    setCardDetails(card, shown, o.str);
    o.onDetails?.(shown);
  });
  const head = el('div', 'tt-head');
  head.append(title, more, close);
  card.append(head);
  const meta = el('div', 'tt-meta');
  meta.append(el('span', `tt-kind kind-${n.k}`, o.kindName(n.k)));
  if (n.st) meta.append(el('span', 'tt-status', o.str(`map.status.${n.st}`) === `map.status.${n.st}` ? n.st : o.str(`map.status.${n.st}`)));
  if (!n.n) meta.append(el('span', 'tt-stub', o.str('map.tt.stub')));
  if (n.f) meta.append(el('code', 'tt-field', n.f));
  card.append(meta);
  if (n.sm) card.append(el('p', 'tt-summary', n.sm));
  const share = el('p', 'tt-share', o.share ?? '');
  share.hidden = share.textContent === '';
  card.append(share);
  const actions = el('div', 'tt-actions');
  actions.append(buildProgressPicker(n.id, o.state));
  const link = el('a', 'btn tt-open', o.str('map.card.open'));
  link.href = o.href;
  actions.append(link);
  if (o.fold) {
    const fold = o.fold;
    const btn = el('button', 'btn tt-fold');
    btn.type = 'button';
    const label = (folded: boolean): void => {
      btn.textContent = o.str(folded ? 'map.card.unfold' : 'map.card.fold', { count: fold.count });
      btn.setAttribute('aria-expanded', String(!folded));
    };
    label(fold.folded);
    btn.addEventListener('click', () => label(fold.toggle()));
    actions.append(btn);
  }
  card.append(actions);
  setCardDetails(card, false, o.str);
  card.dataset.id = n.id;
}

export interface Rect {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/**
 * The box (rendered coordinates) of `id` and its siblings — the column the arrow keys move along
 * — from `boxOf` (undefined for a node not drawn or hidden). A branch of the root stands alone:
 * the root's children are spread over both sides of the map.
 */
export function siblingBox(id: string, model: MapModel, boxOf: (id: string) => Rect | undefined): Rect | undefined {
  const n = model.byId.get(id);
  if (!n) return undefined;
  const ids = n.p === undefined || n.p === model.data.root ? [id] : (model.children.get(n.p) ?? [id]);
  let out: Rect | undefined;
  for (const sid of ids) {
    const b = boxOf(sid);
    if (!b) continue;
    out = out ? { x1: Math.min(out.x1, b.x1), y1: Math.min(out.y1, b.y1), x2: Math.max(out.x2, b.x2), y2: Math.max(out.y2, b.y2) } : { ...b };
  }
  return out;
}

/**
 * The card docked along the bottom of a narrow map: 8 px from the left, as wide as the map
 * allows up to the zoom buttons (`zoomLeft`, their left edge in the stage), so it never covers them.
 * With `maxWidth` (a phone held sideways: the map is wide and short) it is at most that wide and
 * sits at the right, next to the zoom buttons, leaving the map's left part free to its full height
 * (a branch unfolded there shows beside the card rather than squeezed above it).
 */
export function dockedCardBox(stageW: number, _stageH: number, zoomLeft?: number, maxWidth?: number): { x: number; width: number } {
  const right = zoomLeft !== undefined && zoomLeft > stageW / 2 ? zoomLeft - 8 : stageW - 8;
  const full = Math.max(160, Math.round(right - 8));
  if (maxWidth === undefined || full <= maxWidth) return { x: 8, width: full };
  const width = Math.max(160, Math.round(maxWidth));
  return { x: Math.round(right - width), width };
}

/**
 * Places the card (absolutely positioned in the map stage) beside the column of the node's
 * siblings — on the map's outer side first (right of a right-hand column), flipped to the other
 * side, then above or below, when there is no room — top-aligned with the node, kept inside the
 * stage and clear of the zoom buttons, with Floating UI (`computePosition`: flip, shift). `group`
 * and `node` are rendered boxes in the canvas.
 */
export async function placeCard(card: HTMLElement, canvas: HTMLElement, group: Rect | undefined, node: Rect, opts: { outward?: 'left' | 'right'; clearRight?: number } = {}): Promise<void> {
  const g = group ?? node;
  const reference = {
    getBoundingClientRect(): DOMRect {
      const c = canvas.getBoundingClientRect();
      return DOMRect.fromRect({ x: c.left + g.x1, y: c.top + node.y1, width: g.x2 - g.x1, height: node.y2 - node.y1 });
    },
    contextElement: canvas,
  };
  const outward = opts.outward ?? 'right';
  const inward = outward === 'right' ? 'left' : 'right';
  const boundary = card.offsetParent instanceof HTMLElement ? card.offsetParent : canvas;
  const padding = { top: 8, left: 8, bottom: 8, right: 8 + (opts.clearRight ?? 0) };
  const { x, y } = await computePosition(reference, card, {
    placement: `${outward}-start`,
    strategy: 'absolute',
    middleware: [
      offset(12),
      flip({ boundary, padding, fallbackPlacements: [`${inward}-start`, 'bottom-start', 'top-start'], crossAxis: false }),
      shift({ boundary, padding, crossAxis: true }),
    ],
  });
  card.style.transform = `translate(${Math.round(x)}px, ${Math.round(y)}px)`;
}

/** What decides which node the card shows. */
export interface CardFocus {
  /** Node under the pointer. */
  hover?: string;
  /** Node the keyboard (or a tap, search, deep link) is on. */
  current?: string;
  /** The node the card shows now. */
  cardId?: string;
  /** The pointer is on the card / keyboard focus is in it. */
  cardHover: boolean;
  cardFocus: boolean;
  /** Closed by Escape, the close button or a tap on the background, until the next move. */
  suppressed: boolean;
  /** The map has keyboard focus. */
  canvasFocused: boolean;
  /** The current node was chosen by a tap, search or deep link (the card stays without focus). */
  pinned: boolean;
}

/**
 * The node the card (and the highlight) should show: the hovered node; else the card's own node
 * while the pointer or focus is in it; else, unless closed, the current node when the map has
 * focus or it was pinned.
 */
export function cardTarget(f: CardFocus): string | undefined {
  if (f.hover) return f.hover;
  if ((f.cardHover || f.cardFocus) && f.cardId) return f.cardId;
  if (f.suppressed) return undefined;
  return f.canvasFocused || f.pinned ? f.current : undefined;
}
