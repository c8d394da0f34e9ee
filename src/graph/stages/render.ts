/**
 * Stage `render`: HTML and headings of every concept note, and the excerpts free-form notes
 * give their concepts (a passage also makes a `mentions` edge from the note's own concept).
 */
import type { Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { addFileConcept, type BuildContext } from '../build-context.ts';
import { assignHeadingIds, clip, plainText, renderHtml } from '../markdown.ts';
import type { Excerpt } from '../model.ts';
import { mergeCopies } from '../excerpts.ts';

export function renderNotes(ctx: BuildContext): void {
  const { nodes } = ctx;
  // One passage often explains several concepts (a table of phases, a list of fields): render it once.
  const cache = new Map<RootContent, Map<string, { html: string; text: string }>>();
  const rendered = (blocks: RootContent[]) => {
    const first = blocks[0]!;
    const key = `${blocks.length}:${blocks[blocks.length - 1]!.position?.end.offset ?? ''}`;
    let byKey = cache.get(first);
    if (!byKey) cache.set(first, (byKey = new Map()));
    let r = byKey.get(key);
    if (!r) byKey.set(key, (r = { html: renderHtml(blocks), text: plainText(blocks) }));
    return r;
  };
  for (const node of nodes.values()) {
    if (!node.doc) continue;
    const tree = node.doc.tree;
    const children = [...tree.children];
    const firstBlock = children.findIndex((c) => c.type !== 'html' && c.type !== 'definition');
    if (firstBlock !== -1 && children[firstBlock]!.type === 'heading' && (children[firstBlock] as { depth: number }).depth === 1) {
      children.splice(firstBlock, 1);
    }
    const bodyTree: Root = { type: 'root', children };
    node.headings = assignHeadingIds(bodyTree);
    node.body = renderHtml(bodyTree);
    if (node.summary === undefined) {
      const para = children.find((c) => c.type === 'paragraph');
      if (para) node.summary = clip(toString(para));
    }
    addFileConcept(ctx, node.doc.file, node.id);
  }
  for (const doc of ctx.docs) {
    if (doc.role !== 'note') continue;
    const home = ctx.noteHome.get(doc.file);
    if (home) addFileConcept(ctx, doc.file, home);
    for (const p of ctx.notePassages.get(doc.file) ?? []) {
      const node = nodes.get(p.conceptId)!;
      const { html, text } = rendered(p.blocks);
      const ex: Excerpt & { blocks: RootContent[] } = { source: p.at, html, text, blocks: p.blocks };
      if (p.heading !== undefined) ex.heading = p.heading;
      node.excerpts.push(ex);
      addFileConcept(ctx, doc.file, p.conceptId);
      if (home && home !== p.conceptId) {
        ctx.mentionLinks.push({ from: home, link: { to: p.conceptId, label: nodes.get(p.conceptId)!.title, at: p.at } });
      }
    }
  }
  for (const node of nodes.values()) if (node.excerpts.length > 1) node.excerpts = mergeCopies(node.excerpts);
  if (ctx.mapDoc) for (const item of ctx.mapSeen.values()) addFileConcept(ctx, ctx.mapDoc.file, item.id);
}
