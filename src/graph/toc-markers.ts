/**
 * csdn28: table-of-contents markers. Editors and blog platforms put a marker where a generated
 * table of contents goes: CSDN `@[TOC](文章目录)` (any caption, or none), Typora and many
 * Markdown editors `[TOC]`, markdown-it-toc / VuePress `[[toc]]`, GitLab `[[_TOC_]]`, some
 * exporters `${toc}`. Read as Markdown they are a link to a note called 文章目录 (a
 * `dangling-reference` warning on every such note) or literal text ("@TOC" in the body). The
 * page already shows its contents list (本页目录), so a paragraph that is only such a marker is
 * the request for that list: it is taken out of the tree right after the parse (parse-file.ts),
 * before any stage reads links or text. Other nodes keep their positions.
 */
import type { Root, RootContent } from 'mdast';

/** The markers, by the tool that writes them; each matches a whole paragraph's source (trimmed). */
export const TOC_MARKERS: readonly { name: string; re: RegExp }[] = [
  { name: 'csdn', re: /^@\[toc\](?:\([^()\n]*\))?$/i },
  { name: 'typora', re: /^\[toc\]$/i },
  { name: 'markdown-it', re: /^\[\[toc\]\]$/i },
  { name: 'gitlab', re: /^\[\[_toc_\]\]$/i },
  { name: 'template', re: /^\$\{toc\}$/i },
];

/** Which marker a paragraph's source text is, if any. */
export function tocMarkerOf(source: string): string | undefined {
  const s = source.trim();
  return TOC_MARKERS.find((m) => m.re.test(s))?.name;
}

/**
 * Take out of the tree (its top level, where the editors write them) every paragraph that is only
 * a table-of-contents marker; `body` is the text the tree was parsed from. Returns how many.
 */
export function dropTocMarkers(tree: Root, body: string): number {
  const before = tree.children.length;
  tree.children = tree.children.filter((n: RootContent) => {
    if (n.type !== 'paragraph') return true;
    const from = n.position?.start.offset;
    const to = n.position?.end.offset;
    return from === undefined || to === undefined || tocMarkerOf(body.slice(from, to)) === undefined;
  });
  return before - tree.children.length;
}
