/**
 * fix31b (issue 12 item 3): an outline is sections too. A Logseq page (every line a `- ` bullet, no
 * heading) or any section whose body is one nested list holds its topics as top-level bullets
 * (`- 三种探针` over the probes, `- 探测方式` over the handlers, `- 关键参数` over the parameters);
 * the concepts under one top-level bullet belong together, those under another are another topic.
 * Read as one section, everything on such a page was `related` to everything.
 *
 * `OUTLINE_SECTIONS_RULE`: a section is an outline when its blocks, leaving out headings and
 * paragraphs of Logseq properties only (`title:: …`, `tags:: …`), are lists, and at least
 * `minBranches` of their top-level items nest a list of their own; each such item (with all it
 * nests) is then a branch, and same-section `related` edges are drawn within a branch only
 * (stages/mine.ts); what is defined outside the branches (a top-level item with nothing nested, a
 * flat list of definitions) stays one common group, as before. A section with any other block (a
 * paragraph of prose, a table, a fence beside the list) is read as before: its text may tie the
 * bullets together.
 */
import type { List, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';

export const OUTLINE_SECTIONS_RULE = { name: 'outline-branches', minBranches: 2 } as const;

/** A paragraph of Logseq page properties only (`title:: k8s/探针`, `alias:: Probe, 探针`). */
const PROPERTY_LINE = /^[A-Za-z][\w-]*::\s?.*$/u;

function propertiesOnly(b: RootContent): boolean {
  if (b.type !== 'paragraph') return false;
  const lines = toString(b).split('\n').map((l) => l.trim()).filter((l) => l !== '');
  return lines.length > 0 && lines.every((l) => PROPERTY_LINE.test(l));
}

export interface Branch {
  /** First and last line of the top-level item (1-based, inclusive). */
  start: number;
  end: number;
}

/** The branches of a section whose body is one nested list, or undefined when it is no outline. */
export function outlineBranches(blocks: readonly RootContent[]): Branch[] | undefined {
  const branches: Branch[] = [];
  for (const b of blocks) {
    if (b.type === 'heading' || b.type === 'html' || b.type === 'thematicBreak' || propertiesOnly(b)) continue;
    if (b.type !== 'list') return undefined;
    for (const item of (b as List).children) {
      if (!item.position) return undefined;
      // (a top-level item with no nested list is a definition of its own, not a topic over others: it stays in
      // the section's common group, so a flat list of definitions is related as before)
      if (item.children.some((ch) => ch.type === 'list')) branches.push({ start: item.position.start.line, end: item.position.end.line });
    }
  }
  return branches.length >= OUTLINE_SECTIONS_RULE.minBranches ? branches : undefined;
}

/** The index of the branch holding a line, or -1. */
export function branchOf(branches: readonly Branch[], line: number): number {
  return branches.findIndex((b) => b.start <= line && line <= b.end);
}
