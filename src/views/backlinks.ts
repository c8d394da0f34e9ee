/**
 * View: backlinks in context — for a concept, every note that links to it or names it, with the
 * sentence (or list item, heading, table row) around each place and the link text marked. Built
 * once per graph from the engine's mention contexts (`Graph.mentionContexts`, computed while the
 * notes are parsed: src/graph/mention-context.ts), indexed by target, so a page only looks its
 * own list up. Works for any page that shows one concept (concept pages, and note pages about a
 * concept): the component takes a target id.
 *
 * Pure (no Astro, no DOM). Everything is plain text; the component escapes it.
 */
import type { Concept, Graph, MentionContext, NoteRecord } from '../graph/model.ts';
import { conceptPath } from './urls.ts';

/** Places shown per linking note; the rest are counted. */
export const BACKLINK_CONTEXTS_SHOWN = 3;

export interface BacklinkPlace {
  line: number;
  column: number;
  via: MentionContext['via'];
  unit: MentionContext['unit'];
  before: string;
  /** The link text or name as written (the part to highlight). */
  text: string;
  after: string;
}

export interface BacklinkNote {
  /** The linking note (content-relative path). */
  file: string;
  /** What to call it: the concept's title for a concept note, the note's title for a free-form note. */
  title: string;
  /** The concept note's concept, or for a free-form note the concept its passages are shown on (first place with one). */
  concept?: Concept;
  /** The free-form note, for a free-form note. */
  note?: NoteRecord;
  /** Where the note can be read on this site (a concept page), when there is one. */
  href?: string;
  /** The first places, in note order. */
  places: BacklinkPlace[];
  /** Places not shown. */
  more: number;
}

export type BacklinkIndex = Map<string, BacklinkNote[]>;

/**
 * All backlinks of the graph by target id, each list ordered by the linking concept's learning
 * order (free-form notes without one last), then file. `base` is the site's base path for hrefs.
 */
export function buildBacklinkIndex(graph: Graph, base: string): BacklinkIndex {
  const byId = new Map(graph.concepts.map((c) => [c.id, c]));
  const conceptByFile = new Map<string, Concept>();
  for (const c of graph.concepts) if (c.hasNote && !conceptByFile.has(c.source.file)) conceptByFile.set(c.source.file, c);
  const noteByFile = new Map((graph.notes ?? []).map((n) => [n.file, n]));

  // target → file → contexts (already in file, line, column order)
  const grouped = new Map<string, Map<string, MentionContext[]>>();
  for (const m of graph.mentionContexts ?? []) {
    const target = byId.get(m.to);
    if (!target) continue;
    // A note that links to itself (its own concept) is not a backlink.
    if (target.hasNote && target.source.file === m.source.file) continue;
    if (noteByFile.get(m.source.file)?.home === m.to && m.from === undefined) continue;
    let files = grouped.get(m.to);
    if (!files) grouped.set(m.to, (files = new Map()));
    const list = files.get(m.source.file);
    if (list) list.push(m);
    else files.set(m.source.file, [m]);
  }

  const index: BacklinkIndex = new Map();
  for (const [to, files] of grouped) {
    const out: BacklinkNote[] = [];
    for (const [file, list] of files) {
      const own = conceptByFile.get(file);
      const note = noteByFile.get(file);
      const shownOn = own ?? byId.get(list.find((m) => m.from !== undefined && m.from !== to)?.from ?? note?.home ?? '');
      const concept = shownOn && shownOn.id !== to ? shownOn : undefined;
      out.push({
        file,
        title: own?.title ?? note?.title ?? file,
        ...(concept ? { concept, href: conceptPath(base, concept.id) } : {}),
        ...(note ? { note } : {}),
        places: list.slice(0, BACKLINK_CONTEXTS_SHOWN).map((m) => ({
          line: m.source.line,
          column: m.source.column,
          via: m.via,
          unit: m.unit,
          before: m.before,
          text: m.text,
          after: m.after,
        })),
        more: Math.max(0, list.length - BACKLINK_CONTEXTS_SHOWN),
      });
    }
    const rank = (b: BacklinkNote): number => (b.note ? Number.MAX_SAFE_INTEGER : (b.concept?.order ?? Number.MAX_SAFE_INTEGER));
    out.sort((a, b) => rank(a) - rank(b) || a.file.localeCompare(b.file));
    index.set(to, out);
  }
  return index;
}
