/**
 * csdn28: the inline HTML a note keeps. Raw HTML is dropped (docs/content-format.md), but a few
 * inline elements say something Markdown cannot: keys `<kbd>Ctrl</kbd>+<kbd>C</kbd>` (CSDN, 掘金
 * and GitHub READMEs write them), superscripts `2<sup>10</sup>` and subscripts `H<sub>2</sub>O`.
 * An opening and a closing tag of one of these, without attributes' effect (they are dropped), in
 * the same run of text, become that element around what lies between them; an unpaired tag is
 * dropped as before. The tags come through remark-rehype as markers (`inlineTagMarker`, the raw
 * HTML handler of markdown.ts) and are paired on the HTML (`rehypePairInlineTags`), before the
 * sanitiser, whose schema allows these elements without attributes; their text is escaped as
 * all text is. The mdast is not changed: the miner, summaries and search read the text as before.
 */
import type { Element as HastElement, ElementContent as HastContent, Root as HastRoot } from 'hast';

/** The inline elements a note may write as raw HTML. */
export const INLINE_HTML_TAGS: readonly string[] = ['kbd', 'sup', 'sub'];

const OPEN = new RegExp(`^<(${INLINE_HTML_TAGS.join('|')})(?:\\s[^<>]*)?>$`, 'i');
const CLOSE = new RegExp(`^</(${INLINE_HTML_TAGS.join('|')})\\s*>$`, 'i');

/** The marker element of a raw HTML tag that opens or closes one of `INLINE_HTML_TAGS`, else undefined. */
export function inlineTagMarker(raw: string): HastElement | undefined {
  const s = raw.trim();
  const open = OPEN.exec(s);
  const close = open ? undefined : CLOSE.exec(s);
  const m = open ?? close;
  if (!m) return undefined;
  return { type: 'element', tagName: m[1]!.toLowerCase(), properties: { dataInlineTag: open ? 'open' : 'close' }, children: [] };
}

function markerOf(c: HastContent): { tag: string; open: boolean } | undefined {
  if (c.type !== 'element') return undefined;
  const t = c.properties.dataInlineTag;
  return t === 'open' || t === 'close' ? { tag: c.tagName, open: t === 'open' } : undefined;
}

/** Children with each opening marker and the next closing one of its tag made one element; unpaired markers dropped. */
function pairChildren(children: readonly HastContent[]): HastContent[] {
  const out: HastContent[] = [];
  const open: { tag: string; at: number }[] = [];
  for (const c of children) {
    const m = markerOf(c);
    if (!m) {
      if (c.type === 'element') c.children = pairChildren(c.children);
      out.push(c);
    } else if (m.open) {
      open.push({ tag: m.tag, at: out.length });
      out.push(c);
    } else {
      let k = open.length - 1;
      while (k >= 0 && open[k]!.tag !== m.tag) k--;
      if (k === -1) continue;
      const at = open[k]!.at;
      open.length = k;
      const inner = out.splice(at).slice(1).filter((x) => !markerOf(x));
      out.push({ type: 'element', tagName: m.tag, properties: {}, children: inner });
    }
  }
  return open.length > 0 ? out.filter((x) => !markerOf(x)) : out;
}

/** rehype plugin, right after remark-rehype: pair the markers `inlineTagMarker` left. */
export function rehypePairInlineTags() {
  return (tree: HastRoot): void => {
    for (const c of tree.children) if (c.type === 'element') c.children = pairChildren(c.children);
  };
}
