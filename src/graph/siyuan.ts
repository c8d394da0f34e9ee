/**
 * What 思源笔记 (SiYuan) writes into a note beyond Markdown, read the way SiYuan shows it. Its
 * kramdown (the `.sy` file's text, "复制为 kramdown", and Markdown exports made with the block
 * attributes kept) marks every block with an inline attribute list (IAL) and groups blocks into
 * super blocks:
 *
 *   **livenessProbe**：判断容器是否还活着。
 *   {: id="20231012094530-a1b2c3d" updated="20231013101022"}    ← a block's IAL: its own line
 *   * {: id="20231012094701-li0001a"}`httpGet`：返回 200~399     ← a list item's IAL: opens its text
 *   **重点**{: style="color: var(--b3-font-color1);"}            ← a span's IAL: after the span
 *   {{{row  …  }}}  /  {{{col  …  }}}                             ← a super block's marker lines
 *   {{SELECT * FROM blocks WHERE …}}                              ← an embed (a query of SiYuan's database)
 *
 * None of them is text the author wrote: SiYuan never shows them. So, like Obsidian's comments
 * (comments.ts), the parse takes them out before anything reads the note, and the page, the
 * excerpts, search and the miner never see them. Positions stay right: a marker that is a whole
 * line (a block's IAL, `{{{row`, `}}}`, an embed) is blanked with spaces, and an IAL inside a line
 * (a list item's, a span's) is taken out and the line padded with spaces at its end, so every line
 * keeps its number and length (columns after such an IAL on its own line move left by its width).
 * Code (fences and code spans) is left as written: `{{ .Values.x }}` and `}}}` in a Helm
 * template are code.
 *
 * Block references `((20231012094530-a1b2c3d "存活探针"))` (also `'…'`, and `((id))` with no
 * anchor text) are shown as SiYuan shows them: their anchor text (`blockRefsToText`, on the
 * tree). A reference with no anchor text names nothing readable and is dropped.
 */
import type { Parent, PhrasingContent, Root, RootContent, Text } from 'mdast';
import { visit } from 'unist-util-visit';
import { visitType } from './visit-type.ts';
import { slicePositionOrNode } from './text-slices.ts';

/** A kramdown IAL as SiYuan writes it: `{: key="value" …}` (kramdown's `#id` and `.class` too). */
const IAL = String.raw`\{:(?:[ \t]*(?:[A-Za-z_][\w-]*="[^"\n]*"|[#.][\w-]+))*[ \t]*\}`;
/** A line that is only markers: block quote marks, then an IAL, a super block's `{{{row`/`{{{col` (with its IAL) or `}}}`, or an embed. */
const MARKER_LINE = new RegExp(String.raw`^((?:[ \t]*>)*[ \t]*)(?:${IAL}|\{\{\{(?:row|col)(?:[ \t]*${IAL})?|\}\}\}|\{\{[ \t]*select\b[^\n]*\}\})[ \t]*$`, 'gim');
/** An IAL inside a line (a list item's or a span's). */
const INLINE_IAL = new RegExp(IAL, 'g');
/** SiYuan's block id: a timestamp and seven letters or digits. */
const BLOCK_ID = String.raw`\d{14}-[0-9a-z]{7}`;
const BLOCK_REF = new RegExp(String.raw`\(\((${BLOCK_ID})(?:[ \t]+(?:"([^"\n]*)"|'([^'\n]*)'))?\)\)`, 'g');

/** [start, end) offsets of the code (fences and code spans) in `tree`, in document order (also export-tags.ts's and comments.ts's). */
export function codeRanges(tree: Root): [number, number][] {
  const out: [number, number][] = [];
  visit(tree, (n) => {
    if ((n.type === 'code' || n.type === 'inlineCode') && n.position?.start.offset !== undefined && n.position.end.offset !== undefined) {
      out.push([n.position.start.offset, n.position.end.offset]);
    }
  });
  return out;
}

/** Whether a span `[from, to)` of the note's text touches one of `code`'s ranges. */
export const touchesCode =
  (code: [number, number][]) =>
  (from: number, to: number): boolean =>
    code.some(([a, b]) => from < b && to > a);

/**
 * The note's lines with each one's start offset, and the span and line tests against the code
 * `tree` holds — what the export rewriters (export-tags.ts, blog-shortcodes.ts) walk line by line.
 */
export function codeAwareLines(
  text: string,
  tree: Root,
): { lines: string[]; starts: number[]; inCode: (from: number, to: number) => boolean; lineInCode: (i: number) => boolean } {
  const inCode = touchesCode(codeRanges(tree));
  const lines = text.split('\n');
  const starts: number[] = [];
  let at = 0;
  for (const l of lines) {
    starts.push(at);
    at += l.length + 1;
  }
  const lineInCode = (i: number): boolean => inCode(starts[i]!, starts[i]! + Math.max(1, lines[i]!.length));
  return { lines, starts, inCode, lineInCode };
}

const blank = (s: string): string => s.replace(/[^\n]/g, ' ');

/**
 * The note's text without SiYuan's markers (see above), or `undefined` when it has none (the
 * common case: two `indexOf`s). `tree` is the note parsed from `text` (it says where the code is).
 */
export function blankSiyuanMarkers(text: string, tree: Root): string | undefined {
  if (!text.includes('{:') && !text.includes('{{')) return undefined;
  const inCode = touchesCode(codeRanges(tree));
  let out = text;
  let changed = false;
  const put = (at: number, s: string): void => {
    out = out.slice(0, at) + s + out.slice(at + s.length);
    changed = true;
  };
  for (const m of text.matchAll(MARKER_LINE)) {
    const from = m.index + m[1]!.length;
    const to = m.index + m[0].length;
    if (!inCode(from, to)) put(from, blank(text.slice(from, to)));
  }
  // IALs inside a line: taken out, the line padded at its end (its length and number kept).
  let lineStart = 0;
  for (const line of out.split('\n')) {
    if (line.includes('{:')) {
      let kept = '';
      let last = 0;
      for (const m of line.matchAll(INLINE_IAL)) {
        const at = lineStart + m.index;
        if (inCode(at, at + m[0].length)) continue;
        kept += line.slice(last, m.index);
        last = m.index + m[0].length;
      }
      if (last > 0) {
        kept += line.slice(last);
        put(lineStart, kept.replace(/[ \t]+$/, '') + ' '.repeat(line.length - kept.replace(/[ \t]+$/, '').length));
      }
    }
    lineStart += line.length + 1;
  }
  return changed ? out : undefined;
}

/** The block ids a note's IALs give (`{: id="20231012094530-a1b2c3d" …}`), its own (`type="doc"`) among them, outside code. */
export function siyuanBlockIds(text: string, tree: Root): string[] {
  if (!text.includes('{:')) return [];
  const code = codeRanges(tree);
  const out = new Set<string>();
  for (const m of text.matchAll(IAL_ID)) {
    if (!code.some(([a, b]) => m.index < b && m.index + m[0].length > a)) out.add(m[1]!);
  }
  return [...out];
}
const IAL_ID = new RegExp(String.raw`\{:[^{}\n]*?\bid="(${BLOCK_ID})"[^{}\n]*\}`, 'g');

/** The link a block reference becomes, `siyuan://blocks/<id>` (what SiYuan's own export writes for one). */
export const SIYUAN_BLOCK_URL = /^siyuan:\/\/blocks\/(\d{14}-[0-9a-z]{7})\/?$/;

/**
 * Block references `((id "anchor text"))` in running text become what SiYuan's Markdown export
 * makes of them, a link `[anchor text](siyuan://blocks/<id>)`: the link stage takes it to the page of
 * the note holding that block, or shows its text when no note of the folder has it (links.ts). A
 * reference with no anchor text (`((id))`) shows nothing: the text SiYuan shows for it is the
 * block's, which only SiYuan has.
 */
export function blockRefsToLinks(tree: Root): void {
  visitType<Text, Parent>(tree, 'text', (node, index, parent) => {
    if (parent === undefined || index === undefined || parent.type === 'link' || !node.value.includes('((')) return;
    const parts: PhrasingContent[] = [];
    let last = 0;
    for (const m of node.value.matchAll(BLOCK_REF)) {
      if (m.index > last) parts.push({ type: 'text', value: node.value.slice(last, m.index) });
      const text = m[2] ?? m[3] ?? '';
      const position = slicePositionOrNode(node, m.index, m.index + m[0].length);
      if (text !== '') parts.push({ type: 'link', url: `siyuan://blocks/${m[1]}`, children: [{ type: 'text', value: text }], ...(position ? { position } : {}) });
      last = m.index + m[0].length;
    }
    if (last === 0) return;
    if (last < node.value.length) parts.push({ type: 'text', value: node.value.slice(last) });
    (parent.children as (PhrasingContent | RootContent)[]).splice(index, 1, ...(parts as RootContent[]));
    return index + parts.length;
  });
}
