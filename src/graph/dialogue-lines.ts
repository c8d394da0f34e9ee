/**
 * lead45: a question and its answer written on consecutive lines stay on lines of their own on the page.
 *
 * Interview notes and self-tests put the answer on the line right under the question, with no blank line:
 *
 *     Q：Role 和 ClusterRole 差在哪？
 *     A：Role 只在一个 namespace 里生效；ClusterRole 是集群级的…
 *
 *     追问：Unknown 什么时候出现？
 *     答：kubelet 和 apiserver 失联…
 *
 * Obsidian (its default "strict line breaks" off), Typora and 语雀 show each on a line of its own. CommonMark reads
 * one paragraph with a soft line break, which the page showed as a space (`…差在哪？ A：Role…`) or, between two
 * Chinese characters, as nothing at all (rehypeJoinCjkLines: `…什么时候出现？答：kubelet…`): the answer ran on from
 * its question. Counted over the development sets before building: 64 such answer lines in 19 sets; none in the
 * bundled content or the fixtures (their pages are unchanged).
 *
 * So a soft line break followed by a line that opens with a dialogue marker (DIALOGUE_MARKER: `Q：`, `Q3:`, `A：`,
 * `问：`, `答：`, `追问：`, `回答：`, written bold or not) becomes a `<br>`. Only on the page: the miner reads the note
 * as written (an answer's label stays with its question, label-lines.ts), and plain texts (summaries, search
 * results) are unchanged. A marker inside a line (`比例 A：B`) and a line after a blank line are left alone.
 *
 * lead46: the same for lines that each open with a short Chinese label and a full-width colon (LINE_LABEL: `优点：…`
 * then `缺点：…`, `时间：…` then `参会：…`), when the paragraph (or item, cell) opens with one too — a record's fields or
 * a pros-and-cons pair written line by line, which ran together on the page (`…单成员"原地回滚"时可用。缺点：必须停机…`);
 * not after a line that ends inside a clause (`，`, `、`: a hard-wrapped sentence goes on).
 * Over the development sets 48 chapters' pages change (most often `**优点：**…` with a plain `缺点：…` under it, which
 * label-lines.ts leaves in the paragraph, and a record's `时间：` / `参会：` lines); the bundled content and the fixtures
 * render as before. Page only, as above: the miner reads these labels as it did.
 */
import type { Element as HastElement, ElementContent as HastContent, Root as HastRoot } from 'hast';
import { toString as hastToString } from 'hast-util-to-string';

/** What opens a line of a question or its answer: the marker and a colon (full or half width). */
export const DIALOGUE_MARKER = /^[ \t]*(?:Q\d{0,3}|A\d{0,3}|问|答|追问|回答|解答|Question|Answer)[ \t]*[：:]/iu;

/** A short Chinese label and a full-width colon opening a line (`优点：`, `负责人：`): one to four Han characters. */
export const LINE_LABEL = /^[ \t]*\p{Script=Han}{1,4}[ \t]*：/u;

/** A line that ends inside a clause (`，`, `、`): the next line goes on with the sentence, hard-wrapped. */
const MID_CLAUSE = /[，、,]\s*$/u;

/** The text a line opens with: `rest` (the end of `children[i]`), or when that is blank the next element's text after it. */
function lineOpening(children: readonly HastContent[], i: number, rest: string): string {
  if (rest.trim() !== '') return rest;
  const next = children[i + 1];
  if (next === undefined || next.type !== 'element' || next.tagName === 'br') return rest;
  return rest + hastToString(next);
}

/**
 * A text node cut before each line a dialogue marker opens (or a label, LINE_LABEL, when `labelled`: the element
 * opens with one), with a `<br>` at each cut.
 */
function splitText(children: readonly HastContent[], i: number, labelled: boolean): HastContent[] | undefined {
  const t = children[i];
  if (t === undefined || t.type !== 'text' || !t.value.includes('\n')) return undefined;
  const lines = t.value.split('\n');
  const out: HastContent[] = [];
  let cur = lines[0]!;
  let cut = false;
  for (let k = 1; k < lines.length; k++) {
    // (a soft break has something before it on its line — this text's, or an element before it, `**Q：…？**⏎`;
    // the marker opens the next line, in this text or in the element after it, `⏎**A：**…`)
    const before = cur.trim() !== '' || (k === 1 && i > 0);
    const opening = k === lines.length - 1 ? lineOpening(children, i, lines[k]!) : lines[k]!;
    if (before && (DIALOGUE_MARKER.test(opening) || (labelled && LINE_LABEL.test(opening) && !MID_CLAUSE.test(cur)))) {
      out.push({ type: 'text', value: cur }, { type: 'element', tagName: 'br', properties: {}, children: [] });
      cur = '\n' + lines[k]!;
      cut = true;
    } else cur += '\n' + lines[k]!;
  }
  if (!cut) return undefined;
  out.push({ type: 'text', value: cur });
  return out;
}

/** The rehype step (markdown.ts renderer): before rehypeJoinCjkLines, which joins what is left. */
export function rehypeDialogueLines() {
  const visit = (node: HastRoot | HastElement): void => {
    const kids = node.children as HastContent[];
    let labelled: boolean | undefined;
    for (let i = 0; i < kids.length; i++) {
      const c = kids[i]!;
      if (c.type === 'element') {
        if (c.tagName !== 'pre' && c.tagName !== 'code') visit(c);
        continue;
      }
      if (node.type !== 'element') continue;
      if (c.type !== 'text' || !c.value.includes('\n')) continue;
      labelled ??= LINE_LABEL.test(hastToString(node));
      const parts = splitText(kids, i, labelled);
      if (parts === undefined) continue;
      kids.splice(i, 1, ...parts);
      i += parts.length - 1;
    }
  };
  return (tree: HastRoot): void => visit(tree);
}
