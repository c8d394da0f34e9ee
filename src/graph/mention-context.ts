/**
 * The context of a mention: the sentence (or list item, heading, table row) of a note around a
 * link to a concept or a name of one, as plain text split into what comes before, the link text
 * and what comes after — for "linked from" lists that show *why* a note links somewhere.
 *
 * Sentences are found with `Intl.Segmenter` (granularity `sentence`, which ends Chinese
 * sentences at 。！？ and English ones at . ! ?); a Chinese semicolon ；also ends a clause here.
 * A list item's paragraph is kept whole when it is short. Plain text only: whoever puts it on a
 * page escapes it.
 */
import type { Parent, Root, RootContent } from 'mdast';
import type { MentionContext, SourceRef } from './model.ts';
import { WIKI_RE } from './links.ts';
import { boundedMemo } from './util.ts';

/** Longest context kept (characters); a longer sentence is cut around the mention with `…`. */
export const CONTEXT_MAX_CHARS = 180;

type Unit = MentionContext['unit'];

interface Leaf {
  /** Offset of the leaf's text in the block's plain text. */
  plain: number;
  /** Offset of the leaf in the source file, when it has a position. */
  src?: number;
}

interface Block {
  start: number;
  end: number;
  unit: Unit;
  node: Parent;
  flat?: Flat;
}

interface Flat {
  text: string;
  leaves: Leaf[];
  /** Source offset of each link with a position → the range of its text in `text`. */
  links: Map<number, [number, number]>;
}

/** The blocks of one note with their source ranges, and line starts, built once per note. */
export interface ContextDoc {
  blocks: Block[];
  lineStarts: number[];
}

const BLOCK_UNITS: Partial<Record<RootContent['type'], Unit>> = { paragraph: 'sentence', heading: 'heading', tableRow: 'row' };

export function contextDoc(text: string, tree: Root): ContextDoc {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) lineStarts.push(i + 1);
  const blocks: Block[] = [];
  const walk = (nodes: readonly RootContent[], inItem: boolean): void => {
    for (const n of nodes) {
      const unit = BLOCK_UNITS[n.type];
      const start = n.position?.start.offset;
      const end = n.position?.end.offset;
      if (unit && start !== undefined && end !== undefined) {
        blocks.push({ start, end, unit: unit === 'sentence' && inItem ? 'item' : unit, node: n as Parent });
        continue;
      }
      if ('children' in n) walk(n.children as RootContent[], n.type === 'listItem' ? true : n.type === 'list' ? inItem : false);
    }
  };
  walk(tree.children, false);
  blocks.sort((a, b) => a.start - b.start);
  return { blocks, lineStarts };
}

function offsetOf(doc: ContextDoc, at: SourceRef): number {
  const ls = doc.lineStarts[Math.max(0, Math.min(at.line - 1, doc.lineStarts.length - 1))] ?? 0;
  return ls + Math.max(0, at.column - 1);
}

/** The innermost block whose source range holds `offset` (blocks do not nest: a list item's paragraph is its own block). */
function blockAt(doc: ContextDoc, offset: number): Block | undefined {
  let lo = 0;
  let hi = doc.blocks.length - 1;
  let found: Block | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const b = doc.blocks[mid]!;
    if (b.start <= offset) {
      if (offset < b.end) found = b;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** The block's text as a reader sees it (text, code, link text, image alt), with where each leaf starts. */
function flatten(block: Block): Flat {
  if (block.flat) return block.flat;
  let text = '';
  const leaves: Leaf[] = [];
  const links = new Map<number, [number, number]>();
  const walk = (nodes: readonly RootContent[]): void => {
    for (const n of nodes) {
      if (n.type === 'link' && n.position?.start.offset !== undefined) {
        const from = text.length;
        walk(n.children);
        links.set(n.position.start.offset, [from, text.length]);
        continue;
      }
      if (n.type === 'tableCell' && text !== '') text += ' · ';
      if (n.type === 'text' || n.type === 'inlineCode') {
        leaves.push({ plain: text.length, src: n.position?.start.offset });
        text += n.value;
      } else if (n.type === 'break') text += ' ';
      else if (n.type === 'image' && n.alt) text += n.alt;
      else if ('children' in n) walk(n.children as RootContent[]);
    }
  };
  walk(block.node.children as RootContent[]);
  block.flat = { text, leaves, links };
  return block.flat;
}

/** Where the label probably is in the plain text: from the nearest leaf with a source position at or before it. */
function estimate(leaves: Leaf[], srcOffset: number, hint: number): number {
  let best: Leaf | undefined;
  for (const l of leaves) if (l.src !== undefined && l.src <= srcOffset && (!best || l.src >= best.src!)) best = l;
  return best ? best.plain + (srcOffset - best.src!) + hint : hint;
}

/** The occurrence of `label` in `text` nearest to `near` (exact case first, then any case). */
function findLabel(text: string, label: string, near: number): number {
  const pick = (hay: string, needle: string): number => {
    let best = -1;
    for (let i = hay.indexOf(needle); i !== -1; i = hay.indexOf(needle, i + 1)) {
      if (best === -1 || Math.abs(i - near) < Math.abs(best - near)) best = i;
    }
    return best;
  };
  const exact = pick(text, label);
  return exact !== -1 ? exact : pick(text.toLowerCase(), label.toLowerCase());
}

let segmenter: Intl.Segmenter | undefined;

/**
 * The offsets where Intl.Segmenter's sentences of a text start (then its length), by text (shared
 * arrays, not to be changed). The miner asks for the sentence around each sentence start of a
 * paragraph in turn (prose.ts), and for the sentences of each unit of a note (definer.ts): each
 * text is segmented once, and a text seen before (the same paragraph in another note) not again.
 */
const segmentBounds = boundedMemo((text: string): readonly number[] => {
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'sentence' });
  const bounds: number[] = [];
  for (const s of segmenter.segment(text)) bounds.push(s.index);
  bounds.push(text.length);
  return bounds;
}, 50_000);

/** [start, end) of the sentence of `text` that holds [from, to), ending also at a Chinese semicolon. */
export function sentenceAround(text: string, from: number, to: number): [number, number] {
  const bounds = segmentBounds(text);
  let start = 0;
  let end = text.length;
  // sentence k is [bounds[k], bounds[k + 1])
  for (let k = 0; k + 1 < bounds.length; k++) {
    const sEnd = bounds[k + 1]!;
    if (sEnd <= from) start = sEnd;
    else if (bounds[k]! >= to) {
      end = bounds[k]!;
      break;
    }
  }
  const semiBefore = text.lastIndexOf('；', from - 1);
  if (semiBefore >= start && semiBefore < from) start = semiBefore + 1;
  const semiAfter = text.indexOf('；', to);
  if (semiAfter !== -1 && semiAfter < end) end = semiAfter + 1;
  return [start, end];
}

/**
 * The sentence starts of `text` (the boundaries `sentenceAround` uses: Intl.Segmenter sentences,
 * and after each Chinese semicolon), for a caller that looks up many spans of one text.
 */
export function sentenceStarts(text: string): number[] {
  const out = segmentBounds(text).slice(0, -1);
  for (let i = text.indexOf('；'); i !== -1; i = text.indexOf('；', i + 1)) out.push(i + 1);
  return out.sort((a, b) => a - b);
}

/** `sentenceAround(text, from, to)` from the `sentenceStarts(text)` already found (the same for a span holding no `；`: a name). */
export function sentenceIn(starts: readonly number[], text: string, from: number, to: number): [number, number] {
  let start = 0;
  let end = text.length;
  for (const s of starts) {
    if (s <= from) start = s;
    else if (s >= to) {
      end = s;
      break;
    }
  }
  return [start, end];
}

/**
 * Whitespace squashed. A wiki link still written out (names are found before the link stage
 * rewrites them) stays written out here: the link stage shows it as the page it goes to
 * (`withWikiLabels`), which only it knows.
 */
const squash = (s: string): string => s.replace(/\s*\n\s*/g, ' ').replace(/[ \t\u00a0]+/g, ' ');

/** Cut to at most `max` characters from the end that is away from the mention, marking the cut with `…` (never inside a wiki link). */
function cutStart(s: string, max: number): string {
  const chars = [...s];
  if (chars.length <= max) return s;
  let kept = chars.slice(chars.length - max).join('');
  const close = kept.indexOf(']]');
  if (close !== -1 && !kept.slice(0, close).includes('[[')) kept = kept.slice(close + 2);
  return `…${kept.trimStart()}`;
}
function cutEnd(s: string, max: number): string {
  const chars = [...s];
  if (chars.length <= max) return s;
  let kept = chars.slice(0, max).join('');
  const open = kept.lastIndexOf('[[');
  if (open !== -1 && !kept.slice(open).includes(']]')) kept = kept.slice(0, open);
  return `${kept.trimEnd()}…`;
}

/** What a wiki link shows: its text, else the title of the page its target names (the link stage knows). */
export type WikiLabel = (target: string, text: string | undefined) => string;

const WIKI_OPEN_TAIL = /\[\[([^[\]\n]*)$/;
const WIKI_CLOSE_HEAD = /^([^[\]\n]*)\]\]/;

/**
 * The context with each wiki link written out in it shown as the link shows on the page (the
 * note's or concept's title for `[[04-探针]]`, the text of `[[id|text]]`), not as its target. A
 * name found inside a link's target (`[[04-探针#livenessProbe]]`) highlights the whole link.
 */
export function withWikiLabels<C extends Pick<MentionContext, 'before' | 'text' | 'after'>>(c: C, label: WikiLabel): C {
  if (!c.before.includes('[[') && !c.text.includes('[[') && !c.after.includes('[[')) return c;
  let { before, text, after } = c;
  const open = WIKI_OPEN_TAIL.exec(before);
  const close = open ? WIKI_CLOSE_HEAD.exec(after) : null;
  if (open && close) {
    before = before.slice(0, open.index);
    text = `[[${open[1]}${text}${close[1]}]]`;
    after = after.slice(close[0].length);
  }
  // An embed's `!` goes with it (`![[图.png]]` shows as the file's name).
  const show = (s: string): string => s.replace(/!(?=\[\[)/g, '').replace(WIKI_RE, (_m, target: string, t?: string) => label(target.trim(), t?.trim() || undefined));
  return { ...c, before: show(before), text: show(text), after: show(after) };
}

export interface Mention {
  at: SourceRef;
  /** The link text or name as written. */
  label: string;
  /** Offset of the label within the text node at `at` (names found in running text). */
  hint?: number;
}

/**
 * edges34: where a name found in running text is within its block's text as a reader sees it (the
 * same text `mentionContext` cuts its sentence from): the block (by its source offset), the
 * block's text, the name's [idx, endIdx) in it and its offset in the note (`src`); undefined when it is in no paragraph, heading or
 * table row, or cannot be found there.
 */
export function nameInBlock(doc: ContextDoc, m: Mention): { block: number; unit: Unit; text: string; idx: number; endIdx: number; src: number } | undefined {
  const label = m.label.trim();
  if (label === '') return undefined;
  const src = offsetOf(doc, m.at);
  const block = blockAt(doc, src);
  if (!block) return undefined;
  const { text, leaves } = flatten(block);
  const idx = findLabel(text, label, estimate(leaves, src, m.hint ?? 0));
  if (idx === -1) return undefined;
  return { block: block.start, unit: block.unit, text, idx, endIdx: idx + label.length, src: src + (m.hint ?? 0) };
}

/**
 * The context of a mention at `at` whose text is `label`, or undefined when it is not inside a
 * paragraph, heading or table row of the note (e.g. a link in a reference definition) or the
 * label cannot be found there.
 */
export function mentionContext(doc: ContextDoc, m: Mention): Pick<MentionContext, 'before' | 'text' | 'after' | 'unit'> | undefined {
  const label = m.label.trim();
  if (label === '') return undefined;
  const src = offsetOf(doc, m.at);
  const block = blockAt(doc, src);
  if (!block) return undefined;
  const { text, leaves, links } = flatten(block);
  // A Markdown link is found by its position; a wiki link (rewritten, without one) or a name by its text.
  const link = links.get(src);
  let idx: number;
  let endIdx: number;
  if (link && text.slice(link[0], link[1]).trim() !== '') [idx, endIdx] = link;
  else {
    idx = findLabel(text, label, estimate(leaves, src, m.hint ?? 0));
    if (idx === -1) return undefined;
    endIdx = idx + label.length;
  }
  let [start, end] = [0, text.length];
  let unit = block.unit;
  if (unit === 'sentence' || (unit === 'item' && [...text].length > CONTEXT_MAX_CHARS)) {
    [start, end] = sentenceAround(text, idx, endIdx);
    unit = 'sentence';
  }
  const before = squash(text.slice(start, idx)).trimStart();
  const after = squash(text.slice(endIdx, end)).trimEnd();
  // Too long: each side keeps what the other leaves of the room, at least half of it.
  const room = Math.max(0, CONTEXT_MAX_CHARS - [...text.slice(idx, endIdx)].length);
  const half = Math.floor(room / 2);
  const bLen = [...before].length;
  const aLen = [...after].length;
  return {
    before: cutStart(before, Math.max(half, room - aLen)),
    text: squash(text.slice(idx, endIdx)),
    after: cutEnd(after, Math.max(half, room - bLen)),
    unit,
  };
}
