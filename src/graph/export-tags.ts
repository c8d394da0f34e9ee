/**
 * qa52: the block tags Notion's and 飞书 (Lark docs)' Markdown exports wrap Markdown in, read as
 * the blocks they are. Each tag is a line of its own around Markdown the author wrote:
 *
 *   <aside>                                   ← Notion's callout (its emoji opens the first line)
 *   💡 裸 Pod 删了不会重建，用 [DaemonSet](DaemonSet%20c0ffee….md)。
 *
 *   </aside>
 *   <callout emoji="bulb" background-color="light-yellow">   ← 飞书's callout (feishu-cli, lark-cli)
 *   LimitRange 只对**新创建**的 Pod 生效。
 *   </callout>
 *   <quote-container> … </quote-container>    ← 飞书's quote block
 *   <grid cols="2"> <column> … </column> </grid>   ← 飞书's columns (分栏)
 *
 * CommonMark reads `<aside>` and `<callout …>` as the start of a raw HTML block that runs to the
 * next blank line, so the Markdown inside was shown as text (`[DaemonSet](DaemonSet%20….md)`,
 * `**新创建**` with its stars) and the link led nowhere; a `<column>` with no blank line after it
 * swallowed its column the same way. So, before the note is parsed (as siyuan.ts blanks SiYuan's
 * markers), each such line is rewritten in place into what the parse already reads: a callout's
 * and a quote's opening line into the container line `:::note` / `:::quote` (callouts.ts,
 * CONTAINER_TYPES) and its closing line into `:::`; a grid's and a column's lines are blanked
 * (a column break is a block break). Every line keeps its number and length (the rest of the
 * line is spaces), so positions stay file positions. Only pairs are rewritten: an opening line
 * with no closing line of its kind after it (or the reverse) is left as written. Code (fences,
 * code spans) is left as written.
 *
 * 飞书's mention of another document, `<mention-doc token="doxcn…" type="docx">Pod 基础</mention-doc>`,
 * becomes the wiki link `[[Pod 基础]]` (as wide: spaces before its `]]`): it goes to the note with that
 * title or file name when the folder has it, and is a `dangling-reference` warning otherwise —
 * the token names a document only 飞书 knows. A title a wiki link cannot hold (`[`, `]`, `|`, `#`)
 * is left as written (its text is shown, the tags dropped as raw HTML).
 */
import type { Root } from 'mdast';
import { codeAwareLines } from './siyuan.ts';

/** A block tag of an export: its opening and closing line, and what each becomes. */
interface BlockTag {
  name: string;
  open: RegExp;
  close: RegExp;
  /** The container line the opening line becomes (`:::note`), or `''` to blank it (and its closing line). */
  container: string;
}

/** The block tags read (see the module comment). Opening and closing lines alone, any indent. */
export const EXPORT_BLOCK_TAGS: readonly BlockTag[] = [
  { name: 'notion-aside', open: /^[ \t]*<aside>[ \t]*$/i, close: /^[ \t]*<\/aside>[ \t]*$/i, container: ':::note' },
  { name: 'lark-callout', open: /^[ \t]*<callout(?:\s[^<>\n]*)?>[ \t]*$/i, close: /^[ \t]*<\/callout>[ \t]*$/i, container: ':::note' },
  { name: 'lark-quote', open: /^[ \t]*<quote-container(?:\s[^<>\n]*)?>[ \t]*$/i, close: /^[ \t]*<\/quote-container>[ \t]*$/i, container: ':::quote' },
  { name: 'lark-grid', open: /^[ \t]*<grid(?:\s[^<>\n]*)?>[ \t]*$/i, close: /^[ \t]*<\/grid>[ \t]*$/i, container: '' },
  { name: 'lark-column', open: /^[ \t]*<column(?:\s[^<>\n]*)?>[ \t]*$/i, close: /^[ \t]*<\/column>[ \t]*$/i, container: '' },
];

/** 飞书's mention of a document: its title in group 1. */
const MENTION_DOC = /<mention-doc(?:\s[^<>\n]*)?>([^<>\n]*)<\/mention-doc>/gi;
/** A title a wiki link can hold. */
const WIKI_SAFE = /^[^[\]|#^\n]+$/;

/** Quick test: none of the tags (the common case: one regular expression over the text). */
const ANY_TAG = /<\/?(?:aside|callout|quote-container|grid|column)\b|<mention-doc\b/i;


/**
 * `s` padded to `width` with tabs (never cut: every replacement is no longer than its line).
 * Tabs, not spaces: two trailing spaces would make the line end a hard line break, tabs are
 * only white space the parse drops.
 */
const pad = (s: string, width: number): string => s + '\t'.repeat(Math.max(0, width - s.length));

/**
 * The note's text with the export's block tags rewritten (see the module comment), or
 * `undefined` when it has none. `tree` is the note parsed from `text` (it says where the code is).
 */
export function rewriteExportTags(text: string, tree: Root): string | undefined {
  if (!ANY_TAG.test(text)) return undefined;
  const { lines, starts, inCode, lineInCode } = codeAwareLines(text, tree);
  const out = [...lines];
  let changed = false;
  // Block tags: each closing line pairs with the nearest open line of its kind before it.
  for (const tag of EXPORT_BLOCK_TAGS) {
    const open: number[] = [];
    for (let i = 0; i < lines.length; i++) {
      const l = lines[i]!;
      if (lineInCode(i)) continue;
      if (tag.open.test(l)) open.push(i);
      else if (tag.close.test(l) && open.length > 0) {
        const o = open.pop()!;
        const indent = (s: string): string => /^[ \t]*/.exec(s)![0];
        const ol = lines[o]!;
        if (tag.container === '') {
          out[o] = ' '.repeat(ol.length);
          out[i] = ' '.repeat(l.length);
        } else {
          out[o] = pad(indent(ol) + tag.container, ol.length);
          out[i] = pad(indent(l) + ':::', l.length);
        }
        changed = true;
      }
    }
  }
  // Mentions of documents: wiki links as wide as the mention.
  for (let i = 0; i < out.length; i++) {
    const l = out[i]!;
    if (!/<mention-doc\b/i.test(l)) continue;
    let kept = '';
    let last = 0;
    for (const m of l.matchAll(MENTION_DOC)) {
      const title = m[1]!.trim();
      if (!WIKI_SAFE.test(title) || inCode(starts[i]! + m.index, starts[i]! + m.index + m[0].length)) continue;
      // the link keeps the mention's width: spaces inside the brackets (a wiki link's target is trimmed)
      kept += l.slice(last, m.index) + `[[${title}${' '.repeat(Math.max(0, m[0].length - title.length - 4))}]]`;
      last = m.index + m[0].length;
    }
    if (last === 0) continue;
    kept += l.slice(last);
    out[i] = kept;
    changed = true;
  }
  return changed ? out.join('\n') : undefined;
}
