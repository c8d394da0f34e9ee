/**
 * Stage `concepts`: the public Concept records, in learning order (map pre-order, then the
 * concepts off the map by id).
 */
import { compareRef, effectiveKind, sortedNodes, type BuildContext, type Node } from '../build-context.ts';
import { toString } from 'mdast-util-to-string';
import { clip } from '../markdown.ts';
import type { Concept, Excerpt } from '../model.ts';
import { compareStrings, uniqueSorted } from '../util.ts';

export function buildConcepts(ctx: BuildContext): void {
  const { nodes, rootId } = ctx;
  const offTree = sortedNodes(nodes).filter((n) => !n.inTree);
  offTree.forEach((n, i) => (n.rank = ctx.treeOrder + i));
  ctx.concepts = sortedNodes(nodes)
    .sort((a, b) => a.rank - b.rank || compareStrings(a.id, b.id))
    .map((n) => toConcept(n, rootId, (id) => nodes.has(id)));
}

export function toConcept(n: Node, rootId: string, exists: (id: string) => boolean): Concept {
  const sorted = n.excerpts.sort((a, b) => compareRef(a.source, b.source));
  const excerpts: Excerpt[] = sorted.map(({ blocks: _b, ...e }) => e);
  // A concept known only from notes is summed up by the first paragraph of its first passage.
  const lead = sorted[0]?.blocks.find((b) => b.type === 'paragraph');
  const fm = n.doc?.fm;
  const c: Concept = {
    id: n.id,
    title: n.title,
    ...(n.titleZh ? { titleZh: n.titleZh } : {}),
    ...(n.titleEn ? { titleEn: n.titleEn } : {}),
    aliases: n.aliases,
    kind: effectiveKind(n),
    ...(n.parent !== undefined ? { parent: n.parent } : {}),
    ...(n.fieldPath ? { fieldPath: n.fieldPath } : {}),
    ...(n.owner ? { owner: n.owner } : {}),
    summary: n.summary ?? (lead ? clip(toString(lead)) : excerpts[0] ? clip(excerpts[0].text) : ''),
    body: n.body,
    headings: n.headings,
    excerpts,
    examples: [...n.examples].sort(compareStrings),
    hasNote: n.doc !== undefined,
    source: n.source,
    ...(n.status ? { status: n.status } : {}),
    ...(n.statusReason ? { statusReason: n.statusReason } : {}),
    order: n.rank,
    prerequisites: uniqueSorted((fm?.prerequisites ?? []).map((r) => r.id).filter(exists)),
    related: uniqueSorted((fm?.related ?? []).map((r) => r.id).filter((id) => exists(id) && id !== n.id)),
    transitions: (fm?.transitions ?? []).filter((t) => exists(t.to)).map((t) => ({ to: t.to, label: t.label })),
    ancestors: n.ancestors,
    branch: n.inTree ? n.branch : n.branch || rootId,
  };
  return c;
}
