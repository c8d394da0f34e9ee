/**
 * fix29b: Obsidian's (and 思源笔记's) highlights `==重点==` read like bold text.
 *
 * People mark a term they define with a highlight as often as with bold (`kubelet 通过==探针（Probe）==
 * 定期检查…`); the miner reads a bold label or a bold gloss as a definition, so a highlight inside one
 * text node becomes a `strong` node right after parsing (parse-file.ts), shown as `<mark>` (its
 * `data.hName`): the page still marks it, the miner reads it as it reads `**探针（Probe）**`, and the
 * plain text of summaries and excerpts holds its text without the `==`. A highlight around other
 * inline nodes (`==**重点**==`, `==默认 [Pod](…) 全通==`) is left to the page's pass on the HTML
 * (markdown.ts `rehypeHighlights`). Code, links and raw HTML are never read.
 */
import type { Parent, PhrasingContent, Root, RootContent, Strong, Text } from 'mdast';

/** `==重点==`: no space or `=` just inside the marks, on one line (markdown.ts `HIGHLIGHT_RE`). */
export const HIGHLIGHT_PAIR = /==(?![\s=])([^=\n]*?[^\s=])==/g;

/** Nodes whose text is never a highlight's. */
const NOT_READ = new Set(['code', 'inlineCode', 'link', 'linkReference', 'html', 'image', 'imageReference', 'definition', 'yaml', 'math', 'inlineMath']);

/** Turn each one-node highlight of the running text into a `strong` shown as `<mark>`; returns how many. */
export function markHighlights(tree: Root): number {
  let count = 0;
  const walk = (parent: Parent): void => {
    const kids = parent.children as RootContent[];
    for (let i = kids.length - 1; i >= 0; i--) {
      const n = kids[i]!;
      if (n.type === 'text') {
        if (!n.value.includes('==')) continue;
        const parts = split(n);
        if (parts === undefined) continue;
        count += parts.filter((p) => p.type === 'strong').length;
        (parent.children as PhrasingContent[]).splice(i, 1, ...parts);
      } else if (!NOT_READ.has(n.type) && 'children' in n) walk(n as Parent);
    }
  };
  walk(tree);
  return count;
}

function split(node: Text): PhrasingContent[] | undefined {
  const out: PhrasingContent[] = [];
  let last = 0;
  const p = node.position;
  // (positions only where the node's text is its source: one line, no escapes)
  const exact = p !== undefined && p.start.line === p.end.line && p.end.offset !== undefined && p.start.offset !== undefined && p.end.offset - p.start.offset === node.value.length;
  const at = (i: number) => (exact ? { line: p!.start.line, column: p!.start.column + i, offset: p!.start.offset! + i } : undefined);
  const text = (a: number, b: number): void => {
    if (b <= a) return;
    const s = at(a);
    const e = at(b);
    out.push({ type: 'text', value: node.value.slice(a, b), ...(s && e ? { position: { start: s, end: e } } : {}) });
  };
  for (const m of node.value.matchAll(HIGHLIGHT_PAIR)) {
    const i = m.index ?? 0;
    text(last, i);
    const s = at(i);
    const e = at(i + m[0].length);
    const inner: Text = { type: 'text', value: m[1]!, ...(at(i + 2) && at(i + 2 + m[1]!.length) ? { position: { start: at(i + 2)!, end: at(i + 2 + m[1]!.length)! } } : {}) };
    const strong: Strong = { type: 'strong', children: [inner], data: { hName: 'mark' }, ...(s && e ? { position: { start: s, end: e } } : {}) };
    out.push(strong);
    last = i + m[0].length;
  }
  if (last === 0) return undefined;
  text(last, node.value.length);
  return out;
}
