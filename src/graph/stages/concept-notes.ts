/** Stage `conceptNotes`: one concept per concept note (`concepts/**.md`), from its frontmatter. */
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { fileStem, newNode, type BuildContext } from '../build-context.ts';
import { idFor, splitBilingual } from '../labels.ts';
import { DEFAULT_OWNER, kindNamed } from '../vocabulary/index.ts';

export function conceptsFromNotes(ctx: BuildContext): void {
  const { nodes, noteConcept, diags, records } = ctx;
  for (const doc of ctx.docs) {
    if (doc.role !== 'concept') continue;
    const fm = doc.fm;
    const stem = fileStem(doc.file);
    const h1 = firstH1(doc.tree);
    let id = fm.id;
    if (id === undefined) {
      id = idFor(stem, 'concept');
      if (!fm.keyAt.has('id') && id.startsWith('concept-')) {
        diags.warn('generated-id', { file: doc.file, line: 1, column: 1 }, { key: 'finding.generated-id', vars: { id } },
          { key: 'finding.hint.generated-id' });
      }
    }
    const existing = nodes.get(id);
    if (existing) {
      diags.error('duplicate-id', fm.keyAt.get('id') ?? { file: doc.file, line: 1, column: 1 },
        { key: 'finding.duplicate-concept-id', vars: { id, file: existing.source.file, line: existing.source.line } },
        { key: 'finding.hint.duplicate-concept-id' });
      doc.status = 'error';
      records.get(doc.file)!.status = 'error';
      noteConcept.set(doc.file, id);
      continue;
    }
    // Without a frontmatter title, a bilingual heading `Sidecar（边车容器）` gives both names.
    const named = fm.title === undefined ? splitBilingual(h1 ?? stem) : undefined;
    const title = fm.title ?? (named!.en && named!.zh && named!.en !== named!.zh ? named!.en : named!.label);
    const node = newNode(id, title, { file: doc.file, line: 1, column: 1 });
    node.doc = doc;
    if (fm.titleZh) node.titleZh = fm.titleZh;
    else if (named?.zh && named.zh !== title) node.titleZh = named.zh;
    if (fm.titleEn) node.titleEn = fm.titleEn;
    else if (named?.en && named.en !== named.zh) node.titleEn = named.en;
    if (fm.aliases) node.aliases = fm.aliases;
    if (fm.keywords) node.keywords = fm.keywords;
    if (fm.kind) node.kind = fm.kind;
    if (fm.fieldPath) node.fieldPath = fm.fieldPath;
    if (fm.owner) {
      const kind = kindNamed(fm.owner);
      if (kind === undefined) {
        diags.warn('frontmatter-unknown-owner', fm.keyAt.get('owner') ?? node.source, { key: 'finding.frontmatter-unknown-owner', vars: { owner: fm.owner } },
          { key: 'finding.hint.owner' });
      } else if (kind !== DEFAULT_OWNER) node.owner = kind;
    }
    if (fm.status) node.status = fm.status;
    if (fm.statusReason) node.statusReason = fm.statusReason;
    if (fm.summary) node.summary = fm.summary;
    if (fm.order !== undefined) node.order = fm.order;
    if (fm.parent) node.fmParent = fm.parent;
    nodes.set(id, node);
    noteConcept.set(doc.file, id);
  }
}

export function firstH1(tree: Root): string | undefined {
  for (const n of tree.children) {
    if (n.type === 'heading' && n.depth === 1) return toString(n).trim() || undefined;
  }
  return undefined;
}
