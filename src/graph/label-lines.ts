/**
 * lead42: a line of a paragraph that opens with a bold label is a paragraph of its own.
 *
 * Obsidian (and Typora with its default "single line break" setting off, 语雀, Joplin's editor) shows
 * each line of a paragraph on a line of its own, so writers put one definition per line without a
 * blank line between them:
 *
 *     **iptables 模式：**规则多了以后性能会下降，因为是线性匹配。
 *     **ipvs 模式：**用内核的 IPVS，哈希表查找，支持更多调度算法。
 *
 * CommonMark reads that as one paragraph with a soft line break, so only the first line's label
 * opened a definition (the second was not read at all), the first label's summary ran on into the
 * second definition, and the page joined both lines into one (rehypeJoinCjkLines). The reader sees
 * two definitions: the paragraph is split before each line that opens with a bold label ending in a
 * colon (`**X：**`, `**X**：`), as if the writer had left the blank line. Only that shape: a line that
 * opens with bold without a colon (`**注意这个坑**，…`) is emphasis in running text and stays, and an
 * answer's label (`**答：**`) stays with the question it answers.
 *
 * lead46: two more shapes of one item per line, both shown line by line by those editors:
 * - a run of lines numbered the way Chinese writing numbers items, which CommonMark reads as no list
 *   (ITEM_MARKER: `①`–`⑳`, `⑴`–`⒇`, `❶`–`❿`, `(1)`, `（1）`) — `① Pending：…` then `② Running：…`: two such lines
 *   or more in the paragraph, and the paragraph is split before each of them (a line of text before the first, `五个值：`,
 *   stays a paragraph of its own);
 * - lines that each open with a plain Latin name and a colon, from the paragraph's first line on (`postStart：…`
 *   then `preStop：…`), or two or more under a first line that announces them with a colon (`一共五个值：`): split
 *   before each; a question's and an answer's markers (dialogue-lines.ts DIALOGUE_MARKER, `Q：` / `A：`) are no such
 *   names.
 * Neither shape occurs in the development sets (counted before building: 0 numbered lines, and lines opening with a plain
 * name and a colon only as `Q：` / `A：`), so their notes read as before; the shapes come from the lead's own chapters.
 */
import type { Paragraph, PhrasingContent, Root, Text } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { DIALOGUE_MARKER } from './dialogue-lines.ts';
import { visitType } from './visit-type.ts';

/** A marker numbering an item of a run written line by line without a list's syntax (`①`, `⑴`, `❶`, `(1)`, `（1）`). */
export const ITEM_MARKER_SOURCE = '(?:[\\u2460-\\u2487\\u2776-\\u277f]|[（(]\\d{1,2}[）)])';
const ITEM_MARKER = new RegExp(`^[ \\t]*${ITEM_MARKER_SOURCE}`, 'u');
const ITEM_MARKER_LEAD = new RegExp(`^\\s*${ITEM_MARKER_SOURCE}\\s*`, 'u');

/** `text` without the marker numbering it (`① Pending：…` → `Pending：…`); `text` as it is when it opens with none. */
export function withoutItemMarker(text: string): string {
  return text.replace(ITEM_MARKER_LEAD, '');
}

/**
 * What ends a plain name's label: a full-width colon, or (lead47) the Chinese dash, `——`, that Chinese writing sets
 * between a term and what it says of it (`- Waiting —— 还没跑起来…`), read as the colon is. Not a single dash (`—`,
 * `-`, `–`: ranges, hyphens, a pause) after a plain name. Used here, by the miner's plain leads (alone-names.ts
 * PLAIN_LEAD, which takes the half-width colon as well) and by the summaries (summaries.ts stripLabel).
 */
export const PLAIN_SEPARATOR_SOURCE = '(?:：|——)';

/**
 * A plain Latin name (one to four words, a gloss in parentheses or not) and a full-width colon (or `——`) opening a
 * line. Not the half-width colon: `Created: …`⏎`Tags: …` is a Notion page's property block (miner/property-block.ts),
 * shown as such.
 */
const PLAIN_LABEL = new RegExp(`^[ \\t]*[A-Za-z][\\w.+-]*(?: [A-Za-z][\\w.+-]*){0,3}[ \\t]*(?:[（(][^（）()\\n]{0,30}[）)])?[ \\t]*${PLAIN_SEPARATOR_SOURCE}`, 'u');

/** Whether a line opens with a plain name and a colon (PLAIN_LABEL), not a question's or answer's marker. */
function opensPlainLabel(line: string): boolean {
  return PLAIN_LABEL.test(line) && !DIALOGUE_MARKER.test(line);
}

/**
 * Which of a paragraph's lines (after the first) a part starts at, for the lead46 shapes, by the paragraph's text
 * line by line (`lines`): numbered lines when two or more are; plain-name lines when the first line is one and so
 * is another, or when the first line ends with a colon and two others are. Empty when neither shape holds.
 */
function itemLineStarts(lines: readonly string[]): Set<number> {
  const out = new Set<number>();
  const numbered = lines.map((l) => ITEM_MARKER.test(l));
  if (numbered.filter(Boolean).length >= 2) numbered.forEach((n, k) => { if (n && k > 0) out.add(k); });
  const named = lines.map(opensPlainLabel);
  const announced = named[0] || /[：:][ \t]*$/u.test(lines[0] ?? '');
  if (announced && named.slice(1).filter(Boolean).length >= (named[0] ? 1 : 2)) named.forEach((n, k) => { if (n && k > 0) out.add(k); });
  return out;
}

/**
 * How many line breaks a paragraph's child holds: the lines counted in a paragraph are those of its text (toString),
 * and a hard line break (`break`: two spaces or a backslash at the end of a line, as Typora writes) ends one too.
 */
function lineBreaks(kid: PhrasingContent): number {
  return kid.type === 'break' ? 1 : toString(kid).split('\n').length - 1;
}

/** A paragraph's text line by line, a hard line break ending its line as a soft one does (lineBreaks). */
function paragraphLines(p: Paragraph): string[] {
  return p.children.map((kid) => (kid.type === 'break' ? '\n' : toString(kid))).join('').split('\n');
}

/** Whether a child ends its line: a text ending on a line break, or a hard line break. */
function endsLine(kid: PhrasingContent | undefined): boolean {
  return kid?.type === 'break' || (kid?.type === 'text' && /\n[ \t]*$/u.test(kid.value));
}

/**
 * Cut the paragraph's text nodes before each line in `starts` (the paragraph's lines counted from 0), so that
 * each such line opens a node of its own; the cut's new node starts where its line's text does in `source`
 * (a continuation line's leading white space is no part of the text, as CommonMark reads it).
 */
function cutTextAtLines(p: Paragraph, starts: ReadonlySet<number>, source: string): void {
  let line = 0;
  const out: PhrasingContent[] = [];
  for (const kid of p.children) {
    if (kid.type !== 'text' || !kid.value.includes('\n') || !kid.position) {
      out.push(kid);
      line += lineBreaks(kid);
      continue;
    }
    const parts = kid.value.split('\n');
    let cur = parts[0]!;
    let curStart = kid.position.start;
    // (the source's line breaks inside this node, in order: the k-th `\n` of the value is the k-th of the source)
    let at = kid.position.start.offset!;
    for (let k = 1; k < parts.length; k++) {
      at = source.indexOf('\n', at) + 1;
      line++;
      // (a line whose text starts in the next node, `⏎**limits**：…`, is cut between the nodes, splitLabelLines)
      if (!starts.has(line) || (k === parts.length - 1 && parts[k] === '')) {
        cur += '\n' + parts[k]!;
        continue;
      }
      let textAt = at;
      while (source[textAt] === ' ' || source[textAt] === '\t') textAt++;
      out.push({ type: 'text', value: cur + '\n', position: { start: { ...curStart }, end: { line: kid.position.start.line + k, column: 1, offset: at } } } as Text);
      curStart = { line: kid.position.start.line + k, column: textAt - at + 1, offset: textAt };
      cur = parts[k]!;
    }
    out.push({ type: 'text', value: cur, position: { start: { ...curStart }, end: { ...kid.position.end } } } as Text);
  }
  p.children = out;
}

/** The longest bold label a line may open with (longer bold text is a sentence, not a label). */
const LABEL_MAX = 40;

/** An answer's label (`**答：**`, `**A:**`): the line answers the question before it, one passage with it (summaries.ts afterQuestion). */
const ANSWER = /^(?:答|回答|解答|A|Answer)\s*[：:]?$/iu;

/** Whether children[i] (a bold) opens a label: its text ends on a colon, or the text after it starts with one. */
function opensLabel(children: PhrasingContent[], i: number): boolean {
  const strong = children[i]!;
  if (strong.type !== 'strong') return false;
  const label = toString(strong).trim();
  if (label === '' || [...label].length > LABEL_MAX || ANSWER.test(label)) return false;
  if (/[：:]$/u.test(label)) return true;
  const next = children[i + 1];
  return next?.type === 'text' && /^\s*[：:]/u.test(next.value);
}

/** The point just before the line break that ends at `offset` (the start of the next line) in `source`. */
function endOfLineBefore(source: string, offset: number, line: number): { line: number; column: number; offset: number } {
  const breakAt = source.lastIndexOf('\n', offset - 1);
  const at = breakAt === -1 ? offset : breakAt;
  const lineStart = source.lastIndexOf('\n', at - 1) + 1;
  return { line: line - 1, column: at - lineStart + 1, offset: at };
}

/**
 * Split, in place, every paragraph of `tree` before each of its lines (after the first) that opens
 * with a bold label. `source` is the text the tree was parsed from (for the positions of the parts).
 * Returns how many paragraphs were added.
 */
export function splitLabelLines(tree: Root, source: string): number {
  let added = 0;
  visitType<Paragraph, { children: unknown[] }>(tree, 'paragraph', (p, index, parent) => {
    if (index === undefined || !parent) return;
    const starts = itemLineStarts(paragraphLines(p));
    if (starts.size > 0) cutTextAtLines(p, starts, source);
    const parts: PhrasingContent[][] = [[]];
    const kids = p.children;
    let line = 0;
    for (let i = 0; i < kids.length; i++) {
      const kid = kids[i]!;
      const prev = kids[i - 1];
      if (i > 0 && endsLine(prev) && kid.position && (opensLabel(kids, i) || starts.has(line))) {
        parts.push([]);
      }
      line += lineBreaks(kid);
      parts[parts.length - 1]!.push(kid);
    }
    if (parts.length === 1) return;
    const out: Paragraph[] = parts.map((children, k) => {
      const start = k === 0 ? p.position?.start : children[0]!.position?.start;
      let end = p.position?.end;
      if (k < parts.length - 1) {
        // (the line break that ended this part is no text of it: the part ends where its line does)
        const nextStart = parts[k + 1]![0]!.position!.start;
        end = endOfLineBefore(source, nextStart.offset!, nextStart.line);
        // (a hard line break that ended it goes with it, `<br>` at a paragraph's end being nothing)
        if (children[children.length - 1]!.type === 'break') children.pop();
        const t = children[children.length - 1];
        if (t?.type === 'text') {
          t.value = t.value.replace(/\s*\n[ \t]*$/u, '');
          if (t.value === '') children.pop();
          else if (t.position) t.position = { start: t.position.start, end: { ...end } };
        }
      }
      // (each node its own point objects, as the parser makes them: a tree is numbered object by object when a
      // reading of it moves between threads, ref-json.ts, and a shared point would number differently on each side)
      return { type: 'paragraph', children, ...(start && end ? { position: { start: { ...start }, end: { ...end } } } : {}) };
    });
    (parent.children as unknown[]).splice(index, 1, ...out);
    added += out.length - 1;
    return index + out.length;
  });
  return added;
}
