/**
 * Stage `link`: rewrite wiki links, note links and images in every note (links.ts) and collect
 * the `mentions` they make and the assets they use.
 */
import type { BuildContext } from '../build-context.ts';
import { rewriteLinks, type LinkContext } from '../links.ts';
import { assetRefusal } from '../asset-safety.ts';
import { compareStrings } from '../util.ts';
import type { FoundLink } from '../links.ts';
import { contextDoc, mentionContext, type ContextDoc } from '../mention-context.ts';

export function linkNotes(ctx: BuildContext): void {
  const { nodes, index, noteConcept, noteHome, fileSet, noteFiles, records, diags, root } = ctx;
  const allIds = [...nodes.keys()].sort(compareStrings);
  for (const doc of ctx.docs) {
    if (doc.role === 'concept' && !noteConcept.has(doc.file)) continue;
    const lctx: LinkContext = {
      file: doc.file,
      diags,
      resolveWiki: (t) => (nodes.has(t) ? t : index.lookup([t])),
      titleOf: (id) => nodes.get(id)?.title ?? id,
      noteTarget: (rel) => {
        if (noteConcept.has(rel)) return noteConcept.get(rel)!;
        if (noteHome.has(rel)) return noteHome.get(rel) ?? null;
        if (fileSet.has(rel) && /\.(md|markdown)$/i.test(rel)) return null;
        return undefined;
      },
      fileExists: (rel) => fileSet.has(rel) && !noteFiles.has(rel),
      assetRefusal: (rel) => assetRefusal(root, rel),
      ids: () => allIds,
      danglingSeverity: doc.role === 'concept' ? 'error' : 'warning',
    };
    const res = rewriteLinks(doc.tree, lctx);
    for (const a of res.assets) ctx.assets.add(a);
    let cdoc: ContextDoc | undefined;
    const addContext = (from: string | undefined, l: FoundLink): void => {
      cdoc ??= contextDoc(doc.text, doc.tree);
      const around = mentionContext(cdoc, l);
      if (around) ctx.mentionContexts.push({ ...(from && from !== l.to ? { from } : {}), to: l.to, source: l.at, via: 'link', ...around });
    };
    if (doc.role === 'concept') {
      const from = noteConcept.get(doc.file)!;
      if (nodes.get(from)?.doc === doc) {
        for (const l of res.links) {
          ctx.mentionLinks.push({ from, link: l });
          addContext(from, l);
        }
      }
    } else {
      const passages = ctx.notePassages.get(doc.file) ?? [];
      const home = noteHome.get(doc.file) ?? undefined;
      for (const l of res.links) {
        const p = passages.find((x) => l.at.line >= x.at.line && l.at.line <= x.endLine);
        const from = p?.conceptId ?? home;
        if (from) ctx.mentionLinks.push({ from, link: l });
        addContext(from, l);
      }
    }
  }
  for (const a of ctx.assets) {
    const rec = records.get(a);
    if (rec && rec.role === 'ignored') rec.role = 'asset';
  }
}
