/**
 * A free-form note as a page of its own (issue 13): its whole body rendered once, as concept
 * pages are (CJK emphasis, heading ids, tables, images and links already rewritten by the link
 * stage, YAML fences marked as examples), plus
 * - an anchor on the first block of every passage the note gives a concept, so an excerpt on a
 *   concept page can link to its place on the note page (`/notes/<id>/#<anchor>`);
 * - an anchor on every block that holds a mention of a concept or a link (a paragraph, list item
 *   or table row: the unit a backlink's context is cut from), so a backlink ("linked from") can
 *   link to the sentence itself, not to the nearest passage above it;
 * - inline links from the known concepts the running text names (`linkConceptMentions`): the
 *   first mention in each section only, never inside code blocks, headings or other links.
 *
 * The note's parsed tree is shared with the other stages (excerpts render from it), so the page
 * is built from a copy of it.
 */
import type { Heading as MdHeading, Link, Parent, PhrasingContent, Root, RootContent, TableRow, Text } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { assignHeadingIds, PROPERTY_BLOCK_CLASS, renderHtml } from './markdown.ts';
import { HEAD_NOUN_KEY, headNounOf, latinRuns, type NameSpan } from './miner/mentions.ts';
import type { Heading } from './model.ts';
import { TAG_LINK_CLASS } from './tags.ts';
import { copyPlainData } from './util.ts';

export interface MentionLinkOptions {
  /** The concept a name stands for (as the miner reads running text), or undefined. A word followed by a head noun
   * (`pause 容器`) is asked as `word + HEAD_NOUN_KEY + noun` (mentions.ts headNounOf); a lookup that does not read
   * that form takes the word alone. */
  lookup(name: string): string | undefined;
  /** The href of a concept's page. */
  href(id: string): string;
  /** The concept a link href points at (links already in the note count as mentions), if any. */
  targetOf?(href: string): string | undefined;
}

/** Anything with a start offset in the note (mdast nodes). */
interface Positioned {
  type: string;
  position?: { start: { line: number; column: number; offset?: number } };
}

const KEY_VALUE = /^([A-Za-z][\w.[\]-]*)\s*(?:=|:\s)/;

function conceptLink(id: string, opts: MentionLinkOptions, children: PhrasingContent[]): Link {
  return { type: 'link', url: opts.href(id), children, data: { hProperties: { className: ['concept-link'] } } };
}

/**
 * Link the first mention of each known concept in each section (a section starts at every
 * heading) to the concept's page. Names are found as the miner finds them in running text
 * (src/graph/miner/mentions.ts): runs of Latin words (longest first), a whole inline code span
 * (`hostPID`, `restartPolicy: Never`) and a whole bold phrase (`**持久卷**`). Headings, code
 * blocks, raw HTML, images and existing links are left as they are; an existing link to a concept
 * counts as its mention. Returns the number of links added. Modifies `tree`.
 */
export function linkConceptMentions(tree: Root, opts: MentionLinkOptions): number {
  let linked = new Set<string>();
  let added = 0;
  /** The first unlinked concept a name stands for, marked as linked. */
  const take = (name: string): string | undefined => {
    if ([...name].length < 2) return undefined;
    const id = opts.lookup(name);
    if (id === undefined || linked.has(id)) return undefined;
    linked.add(id);
    added++;
    return id;
  };
  const splitText = (node: Text): PhrasingContent[] | undefined => {
    const spans: NameSpan[] = [];
    latinRuns(node.value, { file: '', line: 0, column: 0 }, 0, spans);
    const cuts: { start: number; end: number; id: string }[] = [];
    let coveredTo = -1;
    for (const s of spans) {
      // Inside a longer name already found (`Linux Namespace`, not also `Namespace`).
      if (s.start < coveredTo || s.text.length < 2) continue;
      // (fix29: `pause 容器`: the word with its head noun, which the lookup may say names another thing)
      const noun = headNounOf(s.text, node.value.slice(s.end, s.end + 4));
      const id = opts.lookup(noun ? `${s.text}${HEAD_NOUN_KEY}${noun.noun}` : s.text);
      if (id === undefined) continue;
      coveredTo = s.end;
      if (linked.has(id)) continue;
      linked.add(id);
      added++;
      cuts.push({ start: s.start, end: s.end, id });
    }
    if (cuts.length === 0) return undefined;
    const out: PhrasingContent[] = [];
    let last = 0;
    for (const c of cuts) {
      if (c.start > last) out.push({ type: 'text', value: node.value.slice(last, c.start) });
      out.push(conceptLink(c.id, opts, [{ type: 'text', value: node.value.slice(c.start, c.end) }]));
      last = c.end;
    }
    if (last < node.value.length) out.push({ type: 'text', value: node.value.slice(last) });
    return out;
  };
  const walk = (parent: Parent): void => {
    const kids = parent.children as RootContent[];
    for (let i = 0; i < kids.length; i++) {
      const n = kids[i]!;
      switch (n.type) {
        case 'heading':
          linked = new Set();
          break;
        case 'code':
        case 'html':
        case 'yaml':
        case 'definition':
        case 'image':
        case 'imageReference':
        case 'footnoteReference':
          break;
        case 'link':
        case 'linkReference': {
          const to = n.type === 'link' ? opts.targetOf?.(n.url) : undefined;
          if (to !== undefined) linked.add(to);
          break;
        }
        case 'paragraph':
          // qa52: a Notion property block is the page's metadata, not prose: no concept link in it
          if (!isPropertyBlock(n)) walk(n);
          break;
        case 'text': {
          const parts = splitText(n);
          if (parts) {
            kids.splice(i, 1, ...(parts as RootContent[]));
            i += parts.length - 1;
          }
          break;
        }
        case 'inlineCode': {
          const v = n.value.trim();
          const id = take(KEY_VALUE.exec(v)?.[1] ?? v);
          if (id !== undefined) kids[i] = conceptLink(id, opts, [n]) as RootContent;
          break;
        }
        case 'strong': {
          // A bold phrase that holds a link already is not wrapped in another (no nested links).
          const id = hasLink(n) ? undefined : take(toString(n).trim().replace(/[:：]\s*$/, ''));
          if (id !== undefined) kids[i] = conceptLink(id, opts, [n]) as RootContent;
          else walk(n);
          break;
        }
        default:
          if ('children' in n) walk(n as Parent);
      }
    }
  };
  walk(tree);
  return added;
}

function isPropertyBlock(n: Parent): boolean {
  const cls = (n.data as { hProperties?: { className?: unknown } } | undefined)?.hProperties?.className;
  return Array.isArray(cls) && cls.includes(PROPERTY_BLOCK_CLASS);
}

function hasLink(n: Parent): boolean {
  return (n.children as RootContent[]).some((c) => c.type === 'link' || c.type === 'linkReference' || ('children' in c && hasLink(c as Parent)));
}

export interface NotePassageRef {
  /** The passage's first block (a node of the note's own tree). */
  first: Positioned;
}

export interface RenderedNote {
  /** Sanitised HTML of the whole note, its leading `#` heading left out (the page shows the title). */
  html: string;
  /** The headings of the whole note with their ids (as `assignHeadingIds` gives them). */
  headings: Heading[];
  /** The anchor (element id) of each passage's first block on the note page. */
  anchors: Map<NotePassageRef, string>;
}

/**
 * A deep copy of a parsed tree: plain objects, arrays and primitives copied recursively (what an
 * mdast tree is made of; trees from parse workers arrive as JSON), anything else through
 * `structuredClone` (util.ts `copyPlainData`). Gives what `structuredClone` gives for these trees
 * (an mdast tree shares no node) at about a fifth of its CPU time: 25–30 ms against 130–175 ms
 * for the 999 trees of the 1,000-note bench corpus, deep-equal results
 * (tests/unit/graph/note-body.test.ts).
 */
export function cloneTree<T>(value: T): T {
  return copyPlainData(value);
}

/**
 * `cloneTree`, but the nodes' positions are the original's, not copies: for a copy that changes
 * nodes but no position (the note page's; mdast-util-to-hast and the sanitiser copy positions
 * into the HTML tree rather than keep them). Positions are three of every node's objects.
 */
export function cloneTreeKeepingPositions<T>(value: T): T {
  return copyPlainData(value, 'position');
}

/** Block nodes: never inside a paragraph, heading or table cell (raw `html` may be, so it is not here). */
const BLOCKS = new Set(['paragraph', 'heading', 'code', 'list', 'listItem', 'blockquote', 'table', 'tableRow', 'tableCell', 'thematicBreak', 'definition', 'footnoteDefinition']);
/** Nodes whose children are inline (phrasing) content. */
const PHRASING_PARENTS = new Set(['paragraph', 'heading', 'tableCell']);

function startOf(n: Positioned): number | undefined {
  return n.position?.start.offset;
}

/** A place in a note (1-based line and column), as `SourceRef` gives it. */
export interface NotePoint {
  line: number;
  column: number;
}

/**
 * Render a free-form note's whole body (see the top of this file). `tree` is the note's parsed
 * tree after the link stage; it is not modified. Passages get as anchor the id of the heading
 * they start with, else `L<line>` on their first block (`L<line>-<column>` when two blocks start
 * on one line), else (a passage starting with a code block) the id of the heading of their
 * section. Each block holding one of `mentions` gets `L<line>` too (`markMentionBlocks`).
 */
export function renderNoteBody(tree: Root, passages: readonly NotePassageRef[], links: MentionLinkOptions, mentions: readonly NotePoint[] = []): RenderedNote {
  const body = cloneTreeKeepingPositions(tree);
  const headings = assignHeadingIds(body);
  // Every node of the copy by type and start offset, and the headings in document order.
  // Only the nodes a passage starts at are looked up (by type and start), so only those are
  // indexed; the text inside paragraphs, headings and table cells holds none of them unless a
  // passage starts at a node that may be inline, and no heading, so it is walked only then.
  const byStart = new Map<string, RootContent>();
  const parentOf = new Map<RootContent, RootContent>();
  const headingStarts: { offset: number; id: string }[] = [];
  const ids = new Set(headings.map((h) => h.id));
  const wanted = new Map<number, string[]>();
  let inline = false;
  for (const p of passages) {
    const off = startOf(p.first);
    if (off === undefined) continue;
    const types = wanted.get(off);
    if (types) types.push(p.first.type);
    else wanted.set(off, [p.first.type]);
    if (!BLOCKS.has(p.first.type)) inline = true;
  }
  const index = (nodes: readonly RootContent[], parent?: RootContent): void => {
    for (const n of nodes) {
      const off = startOf(n);
      if (off !== undefined && wanted.get(off)?.includes(n.type)) {
        byStart.set(`${n.type}@${off}`, n);
        if (parent) parentOf.set(n, parent);
      }
      if (n.type === 'heading') {
        const id = (n as MdHeading).data?.hProperties?.id;
        if (typeof id === 'string' && off !== undefined) headingStarts.push({ offset: off, id });
      }
      if ('children' in n && (inline || !PHRASING_PARENTS.has(n.type))) index(n.children as RootContent[], n);
    }
  };
  if (wanted.size > 0) index(body.children);
  headingStarts.sort((a, b) => a.offset - b.offset);
  const sectionOf = (offset: number): string | undefined => {
    let id: string | undefined;
    for (const h of headingStarts) {
      if (h.offset > offset) break;
      id = h.id;
    }
    return id;
  };
  const anchors = new Map<NotePassageRef, string>();
  const given = new Map<RootContent, string>();
  for (const p of passages) {
    const off = startOf(p.first);
    if (off === undefined) continue;
    let node = byStart.get(`${p.first.type}@${off}`);
    if (!node) continue;
    // The first paragraph of a list item has no element of its own in a tight list: the item is the anchor.
    const parent = parentOf.get(node);
    if (node.type === 'paragraph' && parent?.type === 'listItem' && parent.children[0] === node) node = parent;
    let anchor = given.get(node);
    if (anchor === undefined) {
      if (node.type === 'heading') {
        anchor = (node as MdHeading).data?.hProperties?.id as string | undefined;
      } else if (node.type === 'code') {
        // A YAML example is replaced by its own component on the page: point at its section.
        anchor = sectionOf(off);
      } else {
        const { line, column } = p.first.position!.start;
        anchor = ids.has(`L${line}`) ? `L${line}-${column}` : `L${line}`;
        ids.add(anchor);
        node.data = { ...node.data, hProperties: { ...(node.data?.hProperties ?? {}), id: anchor } };
      }
      if (anchor !== undefined) given.set(node, anchor);
    }
    if (anchor !== undefined) anchors.set(p, anchor);
  }
  if (mentions.length > 0) markMentionBlocks(body, mentions, ids, given);
  // A line of tags alone before the text (Obsidian's `#k8s #网络` on a note's first line): the page's
  // header lists the note's tags already, so the line is not shown twice, and a `# title` after it is
  // still the note's leading heading.
  let firstBlock = body.children.findIndex((c) => !isSkippedLead(c));
  while (firstBlock !== -1 && isTagLine(body.children[firstBlock]!)) {
    body.children.splice(firstBlock, 1);
    firstBlock = body.children.findIndex((c) => !isSkippedLead(c));
  }
  if (firstBlock !== -1 && body.children[firstBlock]!.type === 'heading' && (body.children[firstBlock] as MdHeading).depth === 1) {
    body.children.splice(firstBlock, 1);
  }
  linkConceptMentions(body, links);
  return { html: renderHtml(body), headings, anchors };
}

/** Blocks before a note's first shown block: raw HTML, link definitions, a paragraph of raw HTML alone. */
function isSkippedLead(n: RootContent): boolean {
  return n.type === 'html' || n.type === 'definition' || isHtmlOnly(n);
}

/** A paragraph of tags alone (their links, `linkInlineTags`), white space between them. */
function isTagLine(n: RootContent): boolean {
  if (n.type !== 'paragraph') return false;
  let tags = 0;
  for (const c of n.children) {
    if (c.type === 'text' && c.value.trim() === '') continue;
    const cls = (c.data as { hProperties?: { className?: unknown } } | undefined)?.hProperties?.className;
    if (c.type !== 'link' || !Array.isArray(cls) || !cls.includes(TAG_LINK_CLASS)) return false;
    tags++;
  }
  return tags > 0;
}

/**
 * A paragraph of raw HTML alone, which the page drops: 语雀 (Yuque) writes an anchor
 * `<a name="Xk2fA"></a>` on the line before each heading, the note's `# title` included.
 */
function isHtmlOnly(n: RootContent): boolean {
  return n.type === 'paragraph' && n.children.length > 0
    && n.children.every((c) => c.type === 'html' || (c.type === 'text' && c.value.trim() === ''));
}

/** Blocks a mention's context is cut from (mention-context.ts `BLOCK_UNITS`), headings aside: they have their slug. */
const MENTION_BLOCKS = new Set(['paragraph', 'tableRow']);
/** Nodes that hold no mention of their own (mentions are found in running text only). */
const NO_MENTIONS = new Set(['heading', 'code', 'html', 'yaml', 'definition']);

/** A self-check card's block quote, which cards.ts turned into `<details>`. */
function isCard(n: RootContent): boolean {
  return n.type === 'blockquote' && (n.data as { hName?: string } | undefined)?.hName === 'details';
}

function before(a: NotePoint, b: NotePoint): boolean {
  return a.line < b.line || (a.line === b.line && a.column < b.column);
}

/**
 * Give every paragraph or table row that holds one of `points` the anchor `L<line>` of the line
 * it starts on (`L<line>-<column>` when that id is taken), unless it has one already (a passage
 * starts there); the first paragraph of a list item marks the item, as a passage's does (a tight
 * list renders no element of its own for it). Only the branches holding a point are walked.
 */
function markMentionBlocks(body: Root, points: readonly NotePoint[], ids: Set<string>, given: Map<RootContent, string>): void {
  const sorted = [...points].sort((a, b) => a.line - b.line || a.column - b.column);
  /** Whether a point lies in [start, end) (the end is just past the node). */
  const holds = (n: RootContent): boolean => {
    const pos = n.position;
    if (!pos) return false;
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (before(sorted[mid]!, pos.start)) lo = mid + 1;
      else hi = mid;
    }
    return lo < sorted.length && before(sorted[lo]!, pos.end);
  };
  /** Give `node` the anchor of the line `at` starts on. */
  const mark = (node: RootContent, at: RootContent): void => {
    const { line, column } = at.position!.start;
    const anchor = ids.has(`L${line}`) ? `L${line}-${column}` : `L${line}`;
    ids.add(anchor);
    given.set(node, anchor);
    node.data = { ...node.data, hProperties: { ...(node.data?.hProperties ?? {}), id: anchor } };
  };
  const walk = (nodes: readonly RootContent[], parent?: RootContent): void => {
    for (const n of nodes) {
      if (NO_MENTIONS.has(n.type) || !holds(n)) continue;
      // A self-check card (cards.ts: its block quote rendered as <details>) is one element on the
      // page: its findings (a card of no concept, at the `>` of its first line) are placed there,
      // which no paragraph inside it starts at. It is anchored as a block, then walked into.
      if (isCard(n) && !given.has(n)) mark(n, n);
      if (!MENTION_BLOCKS.has(n.type)) {
        if ('children' in n) walk(n.children as RootContent[], n);
        continue;
      }
      const node = n.type === 'paragraph' && parent?.type === 'listItem' && parent.children[0] === n ? parent : n;
      if (n.type === 'tableRow') markMentionCells(n as TableRow, holds, ids);
      if (given.has(node)) continue;
      mark(node, n);
    }
  };
  walk(body.children);
}

/**
 * The anchor of a table cell that holds a mention: `L<line>-c<column>`, the row's line and the
 * column the cell starts at (`cellAnchor` finds it from a mention's place). A wide table scrolls
 * sideways on a phone; a link to the cell, not the row, brings the cited column into view.
 */
export function cellAnchorId(line: number, column: number): string {
  return `L${line}-c${column}`;
}

/** The `id="…"` attributes of the cells `cellAnchorId` marks on a line, their column in group 1. */
export function cellAnchorPattern(line: number): RegExp {
  return new RegExp(`\\sid="L${line}-c(\\d+)"`, 'g');
}

/** Gives every cell of `row` holding a mention its `cellAnchorId`. */
function markMentionCells(row: TableRow, holds: (n: RootContent) => boolean, ids: Set<string>): void {
  for (const cell of row.children) {
    if (!cell.position || !holds(cell)) continue;
    const id = cellAnchorId(cell.position.start.line, cell.position.start.column);
    if (ids.has(id)) continue;
    ids.add(id);
    cell.data = { ...cell.data, hProperties: { ...(cell.data?.hProperties ?? {}), id } };
  }
}
