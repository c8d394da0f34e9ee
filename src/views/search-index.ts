/**
 * View: the concept search index (`search-index.json`): the graph turned into search documents
 * and serialised as the MiniSearch index the search dialog loads on first use. The index format
 * (tokenizer, fields, MiniSearch options) lives in search-core.ts, which the browser imports to
 * load and query the same index. Pure (no Astro imports), so the unit tests and the benchmark
 * use exactly what the build uses.
 */
import type { Graph } from '../graph/model.ts';
import { createSearchIndex, NOTE_KIND, NOTE_PREFIX, noteIdOfDoc, serializeSearchIndex, SUMMARY_LIMIT, TAG_KIND, TAG_PREFIX, tagKeyOfDoc, type SearchDoc } from './search-core.ts';
import type { TagsData } from './tags.ts';
import { noteLabels } from './note-page.ts';
import { enName, zhName } from './concept-names.ts';
import { glossaryKeywords } from './glossary-keywords.ts';

function differs(a: string | undefined, b: string): string | undefined {
  if (a === undefined) return undefined;
  const t = a.trim();
  return t !== '' && t.toLowerCase() !== b.trim().toLowerCase() ? t : undefined;
}

// The documents' kinds and ids (search-core.ts, which the browser imports), for the build's callers;
// the glossary's Chinese names of a concept (glossary-keywords.ts), its keywords here and on the map.
export { glossaryKeywords, NOTE_KIND, noteIdOfDoc, TAG_KIND, tagKeyOfDoc };

/** One search document per tag (parents of nested tags too), titled `#name`, found by its name (search-core.ts `TAG_KIND`), by key. */
export function buildTagSearchDocs(tags: Pick<TagsData, 'all'>): SearchDoc[] {
  return tags.all.map((t) => ({ id: `${TAG_PREFIX}${t.key}`, t: `#${t.name}`, k: TAG_KIND, g: [t.name] }));
}

/**
 * One search document per free-form note: what to call it (its title, with its file name where
 * notes share a title: note-page.ts `noteLabels`) and its id, kind `note`, in file order.
 */
export function buildNoteSearchDocs(graph: Pick<Graph, 'notes'>): SearchDoc[] {
  const labels = noteLabels(graph.notes ?? []);
  return (graph.notes ?? []).map((n) => {
    const doc: SearchDoc = { id: `${NOTE_PREFIX}${n.id}`, t: labels.get(n.id) ?? n.title, k: NOTE_KIND };
    if (differs(n.id, n.title) !== undefined) doc.a = [n.id];
    if (n.tags?.length) doc.g = [...n.tags];
    return doc;
  });
}

/**
 * The headings a concept with no note of its own is explained under in the notes (its excerpts'
 * sections: `Pod 的五个阶段` over Pending … Unknown, `RBAC` over Role), as keywords: a reader
 * searches the notes' words (阶段, RBAC), and a mined concept has no other Chinese words.
 */
function sectionWords(c: Pick<Graph['concepts'][number], 'hasNote' | 'excerpts' | 'title'>): string[] {
  if (c.hasNote) return [];
  const out: string[] = [];
  for (const e of c.excerpts) {
    const h = e.heading?.trim();
    if (h && differs(h, c.title) !== undefined && !out.includes(h)) out.push(h);
  }
  return out;
}

/** One search document per concept, in graph order. */
export function buildSearchDocs(graph: Pick<Graph, 'concepts'>): SearchDoc[] {
  const byId = new Map(graph.concepts.map((c) => [c.id, c]));
  return graph.concepts.map((c) => {
    const doc: SearchDoc = { id: c.id, t: c.title, k: c.kind };
    const z = differs(c.titleZh, c.title);
    const e = differs(c.titleEn, c.title);
    if (z !== undefined) doc.z = z;
    if (e !== undefined && e !== z) doc.e = e;
    if (c.fieldPath) doc.f = c.fieldPath;
    // The parent by its title, and by its name in each UI language where that differs (the
    // result reads 属于 调度 in Chinese, in Scheduling in English: concept-names.ts).
    const parent = c.parent !== undefined ? byId.get(c.parent) : undefined;
    if (parent !== undefined) {
      doc.p = parent.title;
      const pz = differs(zhName(parent), parent.title);
      const pe = differs(enName(parent), parent.title);
      if (pz !== undefined) doc.pz = pz;
      if (pe !== undefined) doc.pe = pe;
    }
    // The id is searchable too (`share-process-namespace`), unless it just repeats the title.
    const aliases = [...c.aliases];
    if (differs(c.id, c.title) !== undefined) aliases.push(c.id);
    if (aliases.length > 0) doc.a = aliases;
    const glossary = glossaryKeywords(c);
    const keywords = [...(c.keywords ?? []), ...sectionWords(c), ...glossary];
    if (keywords.length > 0) doc.w = keywords;
    // The names a result may be found by without showing them (search-core.ts `SearchDoc.o`).
    const shown = new Set([doc.t, doc.z, doc.e].filter((x): x is string => x !== undefined).map((x) => x.trim().toLowerCase()));
    const others = [...new Set([...c.aliases.map((a) => a.trim()), ...glossary])].filter((a) => a !== '' && !shown.has(a.toLowerCase()));
    if (others.length > 0) doc.o = others;
    if (c.tags?.length) doc.g = [...c.tags];
    const summary = c.summary.trim();
    if (summary !== '') doc.s = summary.slice(0, SUMMARY_LIMIT);
    return doc;
  });
}

/** The serialised concept index (JSON text) for the browser: the concepts, then the notes, then the tags. */
export function buildSearchIndexJson(graph: Pick<Graph, 'concepts' | 'notes'>, tags?: Pick<TagsData, 'all'>): string {
  return serializeSearchIndex(createSearchIndex([...buildSearchDocs(graph), ...buildNoteSearchDocs(graph), ...(tags ? buildTagSearchDocs(tags) : [])]));
}
