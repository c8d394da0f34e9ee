/**
 * Obsidian callouts (which include GitHub's alerts) in notes:
 *
 *   > [!NOTE] 先说结论            → a "note" callout titled 先说结论
 *   > [!warning]                  → a "warning" callout titled 警告 (the type's label)
 *   > [!tip]- 折叠的小技巧         → foldable, folded (`+`: foldable, open)
 *
 * The syntax is read by `@r4ai/remark-callout` (also used for the self-check cards, cards.ts),
 * once, right after parsing (parse-file.ts), so every later stage sees the callout's parts and
 * never the marker: the block quote keeps its place and position, its first child is the title
 * paragraph and its second a block quote holding the body. The miner walks into block quotes
 * (a bold definition in a callout's body opens its paragraph, as it would in a plain quote), and
 * the marker `[!NOTE]` never reaches a name, a definition, an excerpt or the search index.
 *
 * `[!question]` and the spellings the cards stage reads as misspelt card markers are left as
 * written: cards.ts decides what they are.
 *
 * Types and aliases follow Obsidian (help.obsidian.md "Callouts"); a type Obsidian does not know
 * is shown as a note, titled with the type as written (as Obsidian does). A title is text from
 * the note: it stays text nodes (escaped when rendered). The type's label (the title when none is
 * written) is `callout.<type>` of content-labels.json (the labels the engine writes into pages,
 * zh-CN and en; src/lib/ui-strings.ts adds them to the UI strings): the pages show the zh-CN one,
 * and the element carries `data-i18n` so the language switch shows the English one.
 */
import type { BlockContent, Blockquote, Paragraph, Parent, Root, RootContent, Text } from 'mdast';
import type { Element as HastElement } from 'hast';
import { toString } from 'mdast-util-to-string';
import { fromHtml } from 'hast-util-from-html';
import { toString as hastToString } from 'hast-util-to-string';
import { remarkCallout, type Callout } from '@r4ai/remark-callout';
import contentLabels from './content-labels.json' with { type: 'json' };
import { ownPosition } from './text-slices.ts';

/** Obsidian's callout types, each with its aliases (the written type, case-insensitive). */
export const CALLOUT_TYPES: Readonly<Record<string, readonly string[]>> = {
  note: [],
  abstract: ['summary', 'tldr'],
  info: [],
  todo: [],
  tip: ['hint', 'important'],
  success: ['check', 'done'],
  question: ['help', 'faq'],
  warning: ['caution', 'attention'],
  failure: ['fail', 'missing'],
  danger: ['error'],
  bug: [],
  example: [],
  quote: ['cite'],
};

/** Written type (lower case) → the type it styles as. */
const CANONICAL = new Map<string, string>();
for (const [type, aliases] of Object.entries(CALLOUT_TYPES)) {
  CANONICAL.set(type, type);
  for (const a of aliases) CANONICAL.set(a, type);
}

/**
 * The UI-string key of a written type's label: GitHub's `[!IMPORTANT]` and `[!CAUTION]` are
 * labelled as written (重要, 小心), though they style as Obsidian's tip and warning.
 */
export function calloutLabelKey(written: string): string | undefined {
  const t = written.toLowerCase();
  if (t === 'important' || t === 'caution') return `callout.${t}`;
  const c = CANONICAL.get(t);
  return c === undefined ? undefined : `callout.${c}`;
}

/** Is this block quote a callout (marked by `markCallouts`)? */
export function isCallout(bq: Blockquote): boolean {
  const cls = (bq.data as { hProperties?: { className?: unknown } } | undefined)?.hProperties?.className;
  return Array.isArray(cls) && cls[0] === 'callout';
}

/**
 * qa54: a content tab (MkDocs' `=== "标签"`, Docusaurus's `<TabItem label=…>`, GitBook's `{% tab title=… %}`,
 * each the container `:::tab 标签`, blog-shortcodes.ts): the callout `[!tab] 标签`, styled as an example and
 * classed `callout-tab`. Its label names a tab, no concept: the miner's callout-title rule skips it.
 */
export const TAB_CALLOUT = 'tab';

/** Is this block quote a content tab's callout? */
export function isTabCallout(bq: Blockquote): boolean {
  const cls = (bq.data as { hProperties?: { className?: unknown } } | undefined)?.hProperties?.className;
  return Array.isArray(cls) && cls.includes('callout-tab');
}

/** The marker line, as the plugin reads it (`parseCallout`): `[!type]`, fold sign, ` title`. */
const MARKER = /^\[!([^\]]+)\]([+-])?(?: (.*))?$/u;

/** Types cards.ts reads (a card, or a warning about a misspelt card marker). */
export type CardMarkerTest = (type: string) => boolean;

const toCallout = remarkCallout.call(undefined as never, {
  root: (c: Callout) => ({
    tagName: c.isFoldable ? 'details' : 'div',
    properties: {
      className: ['callout', `callout-${c.type}`],
      ...(c.isFoldable && c.defaultFolded === false ? { open: true } : {}),
    },
  }),
  title: (c: Callout) => ({ tagName: c.isFoldable ? 'summary' : 'div', properties: { className: ['callout-title'] } }),
  titleInner: () => undefined,
  body: () => ({ tagName: 'div', properties: { className: ['callout-body'] } }),
  // Every written type is accepted here; `onUnknownCallout` is not used (callouts: null).
}) as unknown as (tree: Root) => void;

/**
 * Turn every callout block quote of a parsed note into its parts (see the module comment).
 * `isCardMarker` says which written types to leave to the cards stage. `source` is the text the
 * tree was parsed from: the body paragraph the plugin makes gets a position from it.
 * Returns the number of callouts.
 */
export function markCallouts(tree: Root, source: string, isCardMarker: CardMarkerTest): number {
  markContainers(tree, source);
  let count = 0;
  const walk = (nodes: RootContent[]): void => {
    for (const n of nodes) {
      if (n.type === 'blockquote' && markOne(n, source, isCardMarker)) count++;
      if ('children' in n) walk(n.children as RootContent[]);
    }
  };
  walk(tree.children);
  return count;
}

function markOne(bq: Blockquote, source: string, isCardMarker: CardMarkerTest): boolean {
  const para = bq.children[0];
  if (!para || para.type !== 'paragraph') return false;
  if (para.position && bq.position && para.position.start.line !== bq.position.start.line) return false;
  const first = para.children[0];
  if (!first || first.type !== 'text') return false;
  const m = MARKER.exec(first.value.split('\n')[0]!);
  if (!m) return false;
  const written = m[1]!.trim();
  if (written === '' || isCardMarker(written)) return false;
  const canonical = CANONICAL.get(written.toLowerCase());
  const paraPos = para.position;
  toCallout({ type: 'root', children: [bq] });
  const data = bq.data as { hProperties?: { className?: string[] } } | undefined;
  // Styled as its type (an unknown type as a note), whatever the case it was written in.
  if (data?.hProperties) {
    data.hProperties.className = written.toLowerCase() === TAB_CALLOUT ? ['callout', 'callout-example', 'callout-tab'] : ['callout', `callout-${canonical ?? 'note'}`];
  }
  const title = bq.children[0] as Paragraph;
  // No title written: `[!warning]` alone (the plugin then titles it "Warning"), or nothing but spaces after it.
  if (m[3] === undefined || toString(title).trim() === '') {
    const key = calloutLabelKey(written);
    const label = key !== undefined ? (contentLabels['zh-CN'] as Record<string, string>)[key] : undefined;
    if (label !== undefined) {
      title.children = [{ type: 'text', value: label, data: { hName: 'span', hProperties: { dataI18n: key } } } as Paragraph['children'][number]];
    } else {
      title.children = [{ type: 'text', value: written }];
    }
  }
  const body = bq.children[1];
  const bodyPara = body?.type === 'blockquote' ? body.children[0] : undefined;
  if (body?.type === 'blockquote' && bodyPara?.type === 'paragraph' && !bodyPara.position && paraPos) {
    if (bodyPara.children.length === 0) body.children.shift();
    else {
      bodyPara.position = positionAfterFirstLine(paraPos, source);
      // The plugin's text node for the rest of the first paragraph has no position: give it the
      // body's start, so a link or finding in it is placed at its line and column (not at 1:1).
      const first = bodyPara.children[0]!;
      if (!first.position) first.position = { start: { ...bodyPara.position.start }, end: { ...bodyPara.position.end } };
    }
  }
  return true;
}

/** The position of a paragraph's text from its second line on (the callout body's first paragraph). */
function positionAfterFirstLine(pos: NonNullable<Paragraph['position']>, source: string): NonNullable<Paragraph['position']> {
  const start = pos.start.offset;
  const nl = start === undefined ? -1 : source.indexOf('\n', start);
  if (nl === -1 || pos.end.offset === undefined || nl >= pos.end.offset) return { start: { ...pos.start }, end: { ...pos.end } };
  // The next line's content starts where the quote's markers (`> `, as on the first line) end.
  const lineStart = nl + 1;
  const prefix = /^[ \t]*(?:>[ \t]?)*/.exec(source.slice(lineStart, pos.end.offset))![0].length;
  return { start: { line: pos.start.line + 1, column: prefix + 1, offset: lineStart + prefix }, end: { ...pos.end } };
}

/**
 * Container blocks of 语雀 (Yuque) exports, VuePress and Docusaurus: `:::tips` … `:::` (a type
 * word, an optional title, then the body and a closing `:::` line, in one paragraph or over
 * several blocks), and Logseq's `#+BEGIN_TIP` … `#+END_TIP` (no title). Each written type is the callout type it shows as; a type not listed is a note
 * titled as written (as `[!type]` is).
 */
export const CONTAINER_TYPES: Readonly<Record<string, string>> = {
  tips: 'tip', tip: 'tip', info: 'info', note: 'note', warning: 'warning', caution: 'warning',
  danger: 'danger', success: 'success', important: 'tip',
  // 语雀's coloured highlight blocks (高亮块), which say nothing of their type.
  color1: 'note', color2: 'note', color3: 'note', color4: 'note', color5: 'note',
  // Logseq's `#+BEGIN_QUOTE`, `#+BEGIN_EXAMPLE`, `#+BEGIN_PINNED` (its admonitions NOTE, TIP, IMPORTANT, CAUTION, WARNING are above).
  quote: 'quote', example: 'example', pinned: 'note',
  // qa53: HackMD's `:::spoiler 标题` and VuePress's `::: details 标题`, folded blocks (shown closed)
  spoiler: 'note', details: 'note',
};

/** Container types shown folded (closed), as `[!note]- 标题` is: HackMD's spoiler, VuePress's details (qa53). */
export const FOLDED_CONTAINERS: ReadonlySet<string> = new Set(['spoiler', 'details']);

/**
 * An opening line: `:::tips`, `::: warning 标题`, Docusaurus's `:::tip[标题]` (the title in group 2 or 3),
 * or Logseq's `#+BEGIN_TIP` (its admonitions and `#+BEGIN_QUOTE`, the type in group 4).
 */
const CONTAINER_OPEN = /^(?::::[ \t]*([A-Za-z][\w-]*?)([+-])?(?:\[([^\]\n]*)\]|[ \t]+([^\n]*))?|#\+BEGIN_([A-Za-z]+))[ \t]*(?:\n|$)/;
/** A closing line at the end of a paragraph: `:::`, or Logseq's `#+END_TIP`. */
const CONTAINER_CLOSE = /(?:^|\n)[ \t]*(?::::|#\+END_[A-Za-z]+)[ \t]*$/;

/**
 * Turn each `:::type` container (see CONTAINER_TYPES) into the block quote `> [!type] title` the
 * callout stage reads, in place: the blocks from the paragraph that opens it to the one that
 * closes it, positions kept; the marker lines never reach the page, an excerpt or the miner.
 * A container with no closing line is left as written.
 */
function markContainers(parent: Parent, source: string): void {
  const kids = parent.children as RootContent[];
  splitAtMarkerLines(kids, source);
  for (let i = 0; i < kids.length; i++) {
    const open = kids[i]!;
    if ('children' in open && open.type !== 'paragraph') markContainers(open as Parent, source);
    if (open.type === 'html') {
      markToggle(kids, i, source);
      continue;
    }
    if (open.type !== 'paragraph') continue;
    const first = open.children[0];
    if (first?.type !== 'text') continue;
    const m = CONTAINER_OPEN.exec(first.value);
    if (!m) continue;
    let j = i;
    while (j < kids.length && !closes(kids[j]!, j === i ? m[0].length : 0)) j++;
    if (j === kids.length) continue;
    const written = (m[1] ?? m[5])!.toLowerCase();
    const type = CONTAINER_TYPES[written] ?? written;
    const written2 = (m[3] ?? m[4])?.trim();
    const title = written2 ? ` ${written2}` : '';
    // qa54: `:::tip- 标题` folded, `:::tip+ 标题` foldable and open (MkDocs' `??? tip`, `???+ tip`, blog-shortcodes.ts)
    const fold = m[2] ?? (FOLDED_CONTAINERS.has(written) ? '-' : '');
    first.value = `[!${type}]${fold}${title}` + (m[0].endsWith('\n') ? '\n' : '') + first.value.slice(m[0].length);
    const close = closingParagraph(kids[j]!)!;
    const last = close.children[close.children.length - 1] as Text;
    last.value = last.value.replace(CONTAINER_CLOSE, '');
    if (last.value === '') close.children.pop();
    if (close.children.length === 0 && close === kids[j]) kids.splice(j--, 1);
    const quoted = kids.slice(i, j + 1);
    const end = (kids[j] ?? open).position?.end;
    const bq: Blockquote = {
      type: 'blockquote',
      children: quoted as Blockquote['children'],
      ...(open.position && end ? { position: { start: { ...open.position.start }, end: { ...end } } } : {}),
    };
    kids.splice(i, quoted.length, bq);
  }
}

/** A container's opening line alone (CONTAINER_OPEN without its line end). */
const OPEN_LINE = /^(?::::[ \t]*[A-Za-z][\w-]*[+]?(?:\[[^\]\n]*\]|[ \t]+[^\n]*)?|#\+BEGIN_[A-Za-z]+)[ \t]*$/;
/** A container's closing line alone. */
const CLOSE_LINE = /^[ \t]*(?::::|#\+END_[A-Za-z]+)[ \t]*$/;

/**
 * 语雀 writes no blank line around its containers (`:::tips`⏎正文⏎`:::`⏎下一段), so an opening line
 * can end the paragraph before it and a closing line can open the one after it: one paragraph
 * holds `前文⏎:::tips⏎正文⏎:::⏎后文`, and the container would swallow every block up to the next
 * `:::` (qa51). Each paragraph of `kids` is cut before an opening line that is not its first and
 * after a closing line that is not its last, the line break at the cut dropped; the parts keep
 * their places in `source` (line, column, offset), so findings and excerpts stay where they were.
 */
function splitAtMarkerLines(kids: RootContent[], source: string): void {
  for (let i = 0; i < kids.length; i++) {
    const p = kids[i]!;
    if (p.type !== 'paragraph') continue;
    const parts = splitParagraph(p, source);
    if (parts.length > 1) {
      kids.splice(i, 1, ...parts);
      i += parts.length - 1;
    }
  }
}

type Point = { line: number; column: number; offset?: number };

/** The place in `source` of line `line` (1-based) at the first character after its indent and quote markers. */
function lineStartPoint(source: string, fromOffset: number, fromLine: number, line: number): Point | undefined {
  let off = fromOffset;
  for (let l = fromLine; l < line; l++) {
    const nl = source.indexOf('\n', off);
    if (nl === -1) return undefined;
    off = nl + 1;
  }
  // back to the start of the line (fromOffset may be inside it)
  if (line === fromLine) off = source.lastIndexOf('\n', fromOffset - 1) + 1;
  const prefix = /^[ \t]*(?:>[ \t]?)*/.exec(source.slice(off))![0].length;
  return { line, column: prefix + 1, offset: off + prefix };
}

/** The end of line `line` (the place of its line break). */
function lineEndPoint(source: string, start: Point): Point | undefined {
  if (start.offset === undefined) return undefined;
  const nl = source.indexOf('\n', start.offset);
  const end = nl === -1 ? source.length : nl;
  const lineStart = source.lastIndexOf('\n', start.offset - 1) + 1;
  return { line: start.line, column: end - lineStart + 1, offset: end };
}

function splitParagraph(p: Paragraph, source: string): Paragraph[] {
  // Cut points: [child index, index in its value where the next paragraph starts].
  const cuts: [number, number][] = [];
  p.children.forEach((c, ci) => {
    if (c.type !== 'text') return;
    const lines = c.value.split('\n');
    let at = 0;
    lines.forEach((line, li) => {
      const atLineStart = li > 0 || ci === 0;
      const first = ci === 0 && li === 0;
      const last = ci === p.children.length - 1 && li === lines.length - 1;
      // (one cut between a closing line and an opening line right after it, qa54: MkDocs' blocks one after another)
      const prev = cuts[cuts.length - 1];
      if (atLineStart && !first && OPEN_LINE.test(line) && !(prev?.[0] === ci && prev[1] === at)) cuts.push([ci, at]);
      if (atLineStart && !last && CLOSE_LINE.test(line) && li < lines.length - 1) cuts.push([ci, at + line.length + 1]);
      at += line.length + 1;
    });
  });
  if (cuts.length === 0 || !p.position || p.position.start.offset === undefined) return [p];
  const out: Paragraph[] = [];
  let rest: Paragraph['children'] = p.children;
  let restStart: Point = { ...p.position.start };
  let consumed = 0; // children of p before `rest`
  let cutInFirst = 0; // characters of rest[0] that belong to earlier parts
  for (const [ci, k] of cuts) {
    const idx = ci - consumed;
    const node = rest[idx] as Text;
    const local = k - (idx === 0 ? cutInFirst : 0);
    const before = node.value.slice(0, local - 1); // without the line break
    const after = node.value.slice(local);
    const tpos = node.position;
    const line = tpos ? tpos.start.line + (node.value.slice(0, local).split('\n').length - 1) : undefined;
    const nextStart = line !== undefined && tpos?.start.offset !== undefined ? lineStartPoint(source, tpos.start.offset, tpos.start.line, line) : undefined;
    if (!nextStart) return [p];
    const prevLine = lineStartPoint(source, tpos!.start.offset!, tpos!.start.line, line! - 1);
    const prevEnd = prevLine && lineEndPoint(source, prevLine);
    if (!prevEnd) return [p];
    const head: Paragraph['children'] = [...rest.slice(0, idx)];
    if (before !== '') head.push({ type: 'text', value: before, position: { start: { ...tpos!.start }, end: { ...prevEnd } } });
    if (head.length > 0) out.push({ type: 'paragraph', children: head, position: { start: { ...restStart }, end: { ...prevEnd } } });
    const tail: Paragraph['children'] = [];
    if (after !== '') tail.push({ type: 'text', value: after, position: { start: { ...nextStart }, end: { ...tpos!.end } } });
    rest = [...tail, ...rest.slice(idx + 1)];
    // `rest` now starts with what is left of child `ci` (or with child ci + 1 when nothing is)
    consumed = after === '' ? ci + 1 : ci;
    cutInFirst = after === '' ? 0 : k;
    restStart = nextStart;
  }
  if (rest.length > 0) out.push({ type: 'paragraph', children: rest, position: { start: { ...restStart }, end: { ...p.position.end } } });
  return out;
}

/** Does this block end with a closing `:::` line (after `from` characters of its first text, the opening line)? */
function closes(block: RootContent, from: number): boolean {
  const n = closingParagraph(block);
  if (!n) return false;
  if (n !== block) from = 0;
  const last = n.children[n.children.length - 1];
  if (last?.type !== 'text') return false;
  const text = n.children.length === 1 ? last.value.slice(from) : last.value;
  return CONTAINER_CLOSE.test(text);
}

/**
 * A toggle's opening block: `<details>` (or `<details open>`, or with other attributes such as
 * 语雀's `class="lake-collapse"`) and its `<summary>…</summary>` (which may carry attributes too).
 * Group 1: the attributes of `<details>`, group 2: the summary.
 */
const TOGGLE_OPEN = /^<details((?:\s+[\w-]+(?:=(?:"[^"]*"|'[^']*'|[^\s"'>]+))?)*)\s*>\s*<summary(?:\s[^>]*)?>([\s\S]*?)<\/summary>\s*$/i;
const TOGGLE_CLOSE = /^<\/details>\s*$/i;
/**
 * A callout of 飞书 (Feishu/Lark) docs as feishu-pages exports it, one HTML block:
 * `<div class="callout callout-bg-2 …">`, `<div class='callout-emoji'>💡</div>`, `<p>…</p>`…, `</div>`.
 */
const FEISHU_CALLOUT = /^<div\s+class=["']callout[\s"'][\s\S]*<\/div>$/i;
/** A toggle written whole in one HTML block, as 语雀 exports its collapsible block: `<details class="lake-collapse"><summary>…</summary><p>…</p></details>`. */
const TOGGLE_WHOLE = /^<details[\s>][\s\S]*<\/details>$/i;
const isOpen = (attrs: string | undefined): boolean => attrs !== undefined && /(?:^|\s)open(?:[\s=]|$)/i.test(attrs);

/**
 * A toggle of a Notion export (or written by hand for GitHub): `<details>` and `<summary>标题</summary>`,
 * a blank line, Markdown, a blank line, `</details>`. Raw HTML is dropped, so the title was lost
 * and the body shown open as plain text: it becomes the foldable callout `> [!note]- 标题` (open
 * with `<details open>`), the title as text (tags in it dropped, escaped when rendered).
 */
function markToggle(kids: RootContent[], i: number, source: string): void {
  const open = kids[i] as RootContent & { value: string };
  if (TOGGLE_WHOLE.test(open.value.trim()) || FEISHU_CALLOUT.test(open.value.trim())) {
    markWholeHtmlBlock(kids, i);
    return;
  }
  const m = TOGGLE_OPEN.exec(open.value.trim());
  if (!m) return;
  let j = i + 1;
  let depth = 1;
  for (; j < kids.length; j++) {
    const k = kids[j]!;
    if (k.type !== 'html') continue;
    if (TOGGLE_OPEN.test(k.value.trim())) depth++;
    else if (TOGGLE_CLOSE.test(k.value.trim()) && --depth === 0) break;
  }
  if (j === kids.length) return;
  // The summary's text as a browser reads it (tags dropped, every character reference decoded) by
  // the HTML parser the site already uses (parse5), not by a list of entities.
  const title = hastToString(fromHtml(m[2]!, { fragment: true })).replace(/\s+/g, ' ').trim();
  const marker: Paragraph = {
    type: 'paragraph',
    children: [{ type: 'text', value: `[!note]${isOpen(m[1]) ? '+' : '-'}${title ? ` ${title}` : ''}`, ...ownPosition(open.position) }],
    ...ownPosition(open.position),
  };
  const body = kids.slice(i + 1, j);
  markContainers({ type: 'root', children: body } as Root, source);
  const end = kids[j]!.position?.end;
  const bq: Blockquote = {
    type: 'blockquote',
    children: [marker, ...body] as Blockquote['children'],
    ...(open.position && end ? { position: { start: { ...open.position.start }, end: { ...end } } } : {}),
  };
  kids.splice(i, j - i + 1, bq);
}

/** The text of an HTML element as a browser shows it, white space collapsed. */
const textOfElement = (e: HastElement): string => hastToString(e).replace(/\s+/g, ' ').trim();

/**
 * An HTML block the note cannot show but whose text is the author's, read as a callout: a toggle
 * written whole in one block (语雀's `<details class="lake-collapse">`, all on one line), foldable
 * and titled by its summary, and a 飞书 callout (`<div class="callout">`, feishu-pages), with no
 * title (its emoji is an icon: the callout shows its own). The body is read as text: each paragraph (`<p>`, or another block) a paragraph, a list
 * (`<ul>`, `<ol>`) a list of its items' text, a `<pre>` a code block. No tag of the HTML reaches
 * the page; its text is escaped like all of a note's.
 */
function markWholeHtmlBlock(kids: RootContent[], i: number): void {
  const open = kids[i] as RootContent & { value: string };
  const outer = fromHtml(open.value.trim(), { fragment: true }).children.find((c): c is HastElement => c.type === 'element');
  if (!outer) return;
  const toggle = outer.tagName === 'details';
  // (every new node has the block's position, each its own copy: text-slices.ts)
  const pos = (): ReturnType<typeof ownPosition> => ownPosition(open.position);
  const text = (value: string): Text => ({ type: 'text', value, ...pos() });
  const para = (value: string): Paragraph => ({ type: 'paragraph', children: [text(value)], ...pos() });
  const classes = (e: HastElement): unknown[] => (Array.isArray(e.properties.className) ? e.properties.className : []);
  let title = '';
  const body: BlockContent[] = [];
  for (const c of outer.children) {
    if (c.type === 'text') {
      if (c.value.trim()) body.push(para(c.value.replace(/\s+/g, ' ').trim()));
      continue;
    }
    if (c.type !== 'element') continue;
    if (toggle && c.tagName === 'summary') title = textOfElement(c);
    else if (!toggle && classes(c).includes('callout-emoji')) continue; // an icon, as the callout's own
    else if (c.tagName === 'ul' || c.tagName === 'ol') {
      const items = c.children.filter((li): li is HastElement => li.type === 'element' && li.tagName === 'li');
      body.push({ type: 'list', ordered: c.tagName === 'ol', spread: false,
        children: items.map((li) => ({ type: 'listItem', spread: false, children: [para(textOfElement(li))], ...pos() })), ...pos() });
    } else if (c.tagName === 'pre') body.push({ type: 'code', value: hastToString(c).replace(/\n$/, ''), ...pos() });
    else {
      const t = textOfElement(c);
      if (t) body.push(para(t));
    }
  }
  const fold = toggle ? (outer.properties.open === true ? '+' : '-') : '';
  const marker = para(`[!note]${fold}${title ? ` ${title}` : ''}`);
  kids.splice(i, 1, { type: 'blockquote', children: [marker, ...body], ...pos() });
}

/**
 * The paragraph a closing `:::` line ends up in: the block itself, or, after a list or a quote
 * with no blank line before `:::`, the last paragraph inside it (the line is a lazy continuation
 * of the last item's text).
 */
function closingParagraph(n: RootContent): Paragraph | undefined {
  if (n.type === 'paragraph') return n;
  if (n.type === 'list' || n.type === 'listItem' || n.type === 'blockquote') {
    const last = n.children[n.children.length - 1];
    return last ? closingParagraph(last as RootContent) : undefined;
  }
  return undefined;
}
