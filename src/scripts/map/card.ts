/**
 * The map's node card (the tooltip): its content, built with textContent only (names and
 * summaries are untrusted text), and where it goes — next to the node, kept inside the map, or
 * docked along the bottom on narrow screens. `cardPosition` is pure (unit tested).
 */
import { currentUiLang } from '../preferences.ts';
import type { MapNode } from '../../views/map-data.ts';
import { unwrapLabel } from './map-model.ts';
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
  const head = el('div', 'tt-head');
  head.append(title, close);
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
  card.append(actions);
  card.dataset.id = n.id;
}

export interface Rect {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/**
 * Where the card goes (its top-left corner in the map stage), for a node's rendered box `bb`, a
 * `stageW` × `stageH` map and a `cardW` × `cardH` card: below the node (above it when there is no
 * room), kept 8 px inside the stage; on stages narrower than 600 px docked along the bottom.
 */
export function cardPosition(bb: Rect, stageW: number, stageH: number, cardW: number, cardH: number): { docked: boolean; x: number; y: number } {
  if (stageW < 600) return { docked: true, x: 8, y: Math.round(Math.max(8, stageH - cardH - 8)) };
  let left = Math.min(Math.max(8, bb.x1), stageW - cardW - 8);
  let top = bb.y2 + 10;
  if (top + cardH > stageH - 8) top = bb.y1 - cardH - 10;
  if (top < 8) top = Math.min(stageH - cardH - 8, bb.y2 + 10);
  left = Math.max(8, left);
  return { docked: false, x: Math.round(left), y: Math.round(top) };
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
