/**
 * Stage `link`: rewrite wiki links, note links and images in every note (links.ts), turn the
 * `#tags` of the running text into links to their tag pages (tags.ts), and collect
 * the `mentions` they make and the assets they use. A link to a free-form note goes to the
 * note's page and counts as a mention of the concept the note is about (when it has one).
 */
import type { BuildContext } from '../build-context.ts';
import { rewriteLinks, tagHref, wikiLabel, type LinkContext } from '../links.ts';
import { linkInlineTags } from '../tags.ts';
import { assetRefusal } from '../asset-safety.ts';
import { logseqPageNames, type LogseqBlock } from '../logseq.ts';
import { compareStrings } from '../util.ts';
import type { FoundLink, FoundNoteLink, LinkedNote } from '../links.ts';
import type { NoteInfo } from '../build-context.ts';
import { contextDoc, mentionContext, withWikiLabels, type ContextDoc } from '../mention-context.ts';

export function linkNotes(ctx: BuildContext): void {
  const { nodes, index, noteConcept, noteHome, fileSet, noteFiles, records, diags, root } = ctx;
  const allIds = [...nodes.keys()].sort(compareStrings);
  // Obsidian's frontmatter `aliases:` of a free-form note name it for `[[…]]` too.
  const aliases = new Map<string, readonly string[]>();
  for (const doc of ctx.docs) if (doc.role === 'note' && doc.fm.aliases?.length) aliases.set(doc.file, doc.fm.aliases);
  const notes = noteNames(ctx.notes.values(), aliases);
  const noteFileList = [...notes.byFile.keys()].sort(compareStrings);
  const assetFileList = [...fileSet].filter((f) => !noteFiles.has(f) && !/\.(md|markdown)$/i.test(f)).sort(compareStrings);
  // 思源笔记 block ids → the free-form note holding the block (the first one, by file, when two exports share one).
  const blocks = new Map<string, LinkedNote>();
  for (const doc of [...ctx.docs].sort((a, b) => compareStrings(a.file, b.file))) {
    const note = doc.blockIds && notes.byFile.get(doc.file);
    if (note) for (const id of doc.blockIds!) if (!blocks.has(id)) blocks.set(id, note);
  }
  // Logseq block uuids (`id::`) → the note and block (the first one, by file, when two pages share one).
  const logseqBlocks = new Map<string, { note: LinkedNote; block: LogseqBlock }>();
  for (const doc of [...ctx.docs].sort((a, b) => compareStrings(a.file, b.file))) {
    const note = doc.logseqBlocks && notes.byFile.get(doc.file);
    if (note) for (const block of doc.logseqBlocks!) if (!logseqBlocks.has(block.id)) logseqBlocks.set(block.id, { note, block });
  }
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
      freeNote: (rel) => notes.byFile.get(rel),
      resolveWikiNote: (t) => notes.byName(t),
      resolveBlock: (id) => blocks.get(id),
      resolveLogseqBlock: (id) => logseqBlocks.get(id),
      fileExists: (rel) => fileSet.has(rel) && !noteFiles.has(rel),
      assetRefusal: (rel) => assetRefusal(root, rel),
      ids: () => allIds,
      noteFiles: () => noteFileList,
      assetFiles: () => assetFileList,
      danglingSeverity: doc.role === 'concept' ? 'error' : 'warning',
      source: doc.text,
    };
    const res = rewriteLinks(doc.tree, lctx);
    // After the miner read the note (a tag is no name) and after the links (a tag is never inside one).
    if (doc.tags.length > 0) linkInlineTags(doc.tree, tagHref);
    for (const a of res.assets) ctx.assets.add(a);
    let cdoc: ContextDoc | undefined;
    const addContext = (from: string | undefined, l: FoundLink | FoundNoteLink): void => {
      cdoc ??= contextDoc(doc.text, doc.tree);
      const around = mentionContext(cdoc, l);
      if (!around) return;
      const note = 'note' in l ? { note: l.note } : {};
      ctx.mentionContexts.push({ ...(from && from !== l.to ? { from } : {}), ...(l.to ? { to: l.to } : {}), ...note, source: l.at, via: 'link', ...around });
    };
    // Links to free-form notes: their home concept (if any) is mentioned as by a concept link.
    const links: (FoundLink | FoundNoteLink)[] = [...res.links, ...res.noteLinks];
    if (doc.role === 'concept') {
      const from = noteConcept.get(doc.file)!;
      if (nodes.get(from)?.doc === doc) {
        for (const l of links) {
          if (l.to) ctx.mentionLinks.push({ from, link: { to: l.to, label: l.label, at: l.at } });
          addContext(from, l);
        }
      }
    } else {
      const passages = ctx.notePassages.get(doc.file) ?? [];
      const home = noteHome.get(doc.file) ?? undefined;
      for (const l of links) {
        const p = passages.find((x) => l.at.line >= x.at.line && l.at.line <= x.endLine);
        const from = p?.conceptId ?? home;
        if (from && l.to) ctx.mentionLinks.push({ from, link: { to: l.to, label: l.label, at: l.at } });
        addContext(from, l);
      }
    }
  }
  // The sentences around names (found before the links were rewritten) show each wiki link in them as the page shows it.
  const wiki = {
    resolveWiki: (t: string) => (nodes.has(t) ? t : index.lookup([t])),
    resolveWikiNote: (t: string) => notes.byName(t),
    titleOf: (id: string) => nodes.get(id)?.title ?? id,
  };
  const labels = new Map<string, string>();
  const label = (target: string, text: string | undefined): string => {
    if (text) return text;
    let l = labels.get(target);
    if (l === undefined) labels.set(target, (l = wikiLabel(target, undefined, wiki)));
    return l;
  };
  for (let i = 0; i < ctx.mentionContexts.length; i++) ctx.mentionContexts[i] = withWikiLabels(ctx.mentionContexts[i]!, label);
  for (const a of ctx.assets) {
    const rec = records.get(a);
    if (rec && rec.role === 'ignored') rec.role = 'asset';
  }
}

/**
 * The free-form notes by file, and `[[name]]` → note: by id, content-relative path (with or
 * without `.md`), file name or title, when exactly one note has that name (case-insensitive).
 */
function noteNames(all: Iterable<NoteInfo>, aliases: ReadonlyMap<string, readonly string[]> = new Map()): { byFile: Map<string, LinkedNote>; byName(name: string): LinkedNote | undefined } {
  const byFile = new Map<string, LinkedNote>();
  const names = new Map<string, LinkedNote | null>();
  const add = (key: string, n: LinkedNote): void => {
    const k = key.trim().toLowerCase();
    if (k === '') return;
    const known = names.get(k);
    names.set(k, known === undefined || known === n ? n : null);
  };
  for (const info of all) {
    const n: LinkedNote = { id: info.id, title: info.title, ...(info.home ? { home: info.home } : {}) };
    byFile.set(info.file, n);
    const noExt = info.file.replace(/\.(md|markdown)$/i, '');
    const stem = noExt.slice(noExt.lastIndexOf('/') + 1);
    // Logseq names a page `k8s/探针` in a file `k8s___探针.md` (or `k8s%2F探针.md`), a journal `[[Mar 12th, 2024]]`.
    for (const key of new Set([info.id, info.file, noExt, stem, info.title, ...logseqPageNames(info.file), ...(aliases.get(info.file) ?? [])])) add(key, n);
  }
  return { byFile, byName: (name) => names.get(name.trim().toLowerCase()) ?? undefined };
}
