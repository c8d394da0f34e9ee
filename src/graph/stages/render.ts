/**
 * Stage `render`: HTML and headings of every concept note, the whole body of every free-form
 * note as a page of its own (note-body.ts: anchors on its passages, inline links to the concepts
 * it names), and the excerpts free-form notes give their concepts, each with the anchor of its
 * place on the note page (a passage also makes a `mentions` edge from the note's own concept).
 */
import type { Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { addFileConcept, type BuildContext } from '../build-context.ts';
import { assignHeadingIds, clip, plainText, renderHtml } from '../markdown.ts';
import type { Excerpt } from '../model.ts';
import { mergeCopies } from '../excerpts.ts';
import { renderNoteBody } from '../note-body.ts';
import { BASE_PLACEHOLDER, conceptHref } from '../links.ts';
import { noteId } from '../mining.ts';

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
  const links = {
    lookup: (name: string) => {
      const id = ctx.index.lookup([name]);
      return id !== undefined && id !== ctx.rootId && nodes.has(id) ? id : undefined;
    },
    href: (id: string) => conceptHref(id),
    targetOf: (href: string) => (href.startsWith(CONCEPT_PREFIX) ? href.slice(CONCEPT_PREFIX.length).split(/[/#]/)[0] : undefined),
  };
  for (const doc of ctx.docs) {
    if (doc.role !== 'note') continue;
    const home = ctx.noteHome.get(doc.file);
    if (home) addFileConcept(ctx, doc.file, home);
    const passages = ctx.notePassages.get(doc.file) ?? [];
    const refs = passages.map((p) => ({ first: p.blocks[0]! }));
    const page = renderNoteBody(doc.tree, refs.filter((r) => r.first !== undefined), links);
    const note = ctx.notes.get(doc.file);
    if (note) note.body = page.html;
    passages.forEach((p, i) => {
      const node = nodes.get(p.conceptId)!;
      const { html, text } = rendered(p.blocks);
      const ex: Excerpt & { blocks: RootContent[] } = { source: p.at, html, text, blocks: p.blocks };
      if (p.heading !== undefined) ex.heading = p.heading;
      const anchor = page.anchors.get(refs[i]!);
      if (anchor !== undefined) ex.anchor = anchor;
      node.excerpts.push(ex);
      addFileConcept(ctx, doc.file, p.conceptId);
      if (home && home !== p.conceptId) {
        ctx.mentionLinks.push({ from: home, link: { to: p.conceptId, label: nodes.get(p.conceptId)!.title, at: p.at } });
      }
    });
  }
  reportSlugClashes(ctx);
  for (const node of nodes.values()) if (node.excerpts.length > 1) node.excerpts = mergeCopies(node.excerpts);
  if (ctx.mapDoc) for (const item of ctx.mapSeen.values()) addFileConcept(ctx, ctx.mapDoc.file, item.id);
}

const CONCEPT_PREFIX = `${BASE_PLACEHOLDER}concepts/`;

/**
 * Two notes whose paths give the same slug (they differ only in punctuation, spaces or case:
 * `调度/亲和性.md` and `调度 亲和性.md`) cannot both have the page `notes/<slug>/`: the first by
 * path keeps it, the others get `<slug>-<hash of the path>` (mining.ts `noteId`). Say so, so the
 * writer can rename one and get a readable URL back.
 */
function reportSlugClashes(ctx: BuildContext): void {
  const bySlug = new Map<string, string>();
  for (const n of ctx.notes.values()) bySlug.set(n.id, n.file);
  for (const n of ctx.notes.values()) {
    const wanted = noteId(n.file, new Set());
    if (wanted === n.id) continue;
    const holder = bySlug.get(wanted) ?? '?';
    ctx.diags.warn('note-slug-clash', { file: n.file, line: 1, column: 1 },
      `this note's page URL notes/${wanted}/ is already taken by ${holder} (the two paths differ only in punctuation, spaces or case); it is published at notes/${n.id}/ instead`,
      'Rename one of the two files so their names differ in letters or digits.');
  }
}
