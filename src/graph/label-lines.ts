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
 */
import type { Paragraph, PhrasingContent, Root, Text } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visitType } from './visit-type.ts';

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
    const parts: PhrasingContent[][] = [[]];
    const kids = p.children;
    for (let i = 0; i < kids.length; i++) {
      const kid = kids[i]!;
      const prev = kids[i - 1];
      if (i > 0 && prev?.type === 'text' && /\n[ \t]*$/u.test(prev.value) && kid.position && opensLabel(kids, i)) {
        parts.push([]);
      }
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
        const t = children[children.length - 1] as Text;
        t.value = t.value.replace(/\s*\n[ \t]*$/u, '');
        if (t.value === '') children.pop();
        else if (t.position) t.position = { start: t.position.start, end: { ...end } };
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
