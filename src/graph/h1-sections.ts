/**
 * csdn28: notes whose sections are all `#` headings. CSDN's editor (and many blogs exported from
 * it, 掘金 and 博客园 too) writes every section as an H1: `# 前言`, `# 一、…`, `# 总结`. Read as
 * written, the first of them (`前言`) would be the note's title and the whole note one section.
 *
 * The rule (docs/content-format.md, "Notes exported from CSDN and 掘金"): a note whose body has
 * more than one H1 at its top level treats its H1s as sections. Every heading of the note moves
 * one level down (`#` → `##`, `##` → `###` …, `######` stays), so the tree has no H1 left and the
 * note's title comes from its frontmatter `title` or its file name. One exception, the shape of
 * a post whose writer typed the title above CSDN's sections (`# 【K8s】Service 一文讲透` then
 * `# 前言`): a first block that is an H1 with nothing under it before the next H1 (a rule `---`,
 * raw HTML and a table-of-contents marker aside) is an empty section, so it is the title and stays
 * the one H1; the others move down. Done once, right after the
 * parse (parse-file.ts), so the title, the outline the miner reads, the page's heading levels
 * (one `<h1>` per page), its contents list and anchors all see the same tree. Only `depth`
 * changes: every node keeps its position (file:line:col).
 */
import type { Heading, Root, RootContent } from 'mdast';

/** More than this many top-level H1s make the note's H1s sections. */
export const SECTION_H1_MIN = 2;

/** The headings of a tree (at its top level and inside block quotes and lists, as the page lists them). */
function headingsOf(nodes: readonly RootContent[], out: Heading[]): Heading[] {
  for (const n of nodes) {
    if (n.type === 'heading') out.push(n);
    else if (n.type === 'blockquote' || n.type === 'list' || n.type === 'listItem') headingsOf(n.children as RootContent[], out);
  }
  return out;
}

/** Whether a note's H1s are its sections: it has at least `SECTION_H1_MIN` of them at its top level. */
export function hasSectionH1s(tree: Root): boolean {
  let n = 0;
  for (const c of tree.children) if (c.type === 'heading' && c.depth === 1 && ++n >= SECTION_H1_MIN) return true;
  return false;
}

/** Blocks that show no text of their own between a title and the first section (raw HTML is dropped on the page). */
const SILENT_BLOCKS: ReadonlySet<string> = new Set(['thematicBreak', 'html', 'definition']);

/** The note's title heading when its H1s are sections: a first block that is an H1 directly followed by another H1. */
export function titleH1(tree: Root): Heading | undefined {
  const blocks = tree.children.filter((c) => !SILENT_BLOCKS.has(c.type));
  const [first, next] = blocks;
  return first?.type === 'heading' && first.depth === 1 && next?.type === 'heading' && next.depth === 1 ? first : undefined;
}

/**
 * When the note's H1s are sections, move every heading but the title one (`titleH1`) one level
 * down (in place) and return true; otherwise leave the tree as it is and return false.
 */
export function demoteSectionH1s(tree: Root): boolean {
  if (!hasSectionH1s(tree)) return false;
  const title = titleH1(tree);
  for (const h of headingsOf(tree.children, [])) if (h !== title) h.depth = Math.min(6, h.depth + 1) as Heading['depth'];
  return true;
}
