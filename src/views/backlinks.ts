/**
 * View: backlinks in context — for a concept, every note that links to it or names it; for a
 * free-form note, every other note that links to it (or to or names the concept it is about, except a link
 * that chose another note) —
 * with the sentence (or list item, heading, table row) around each place and the link text
 * marked. Built once per graph from the engine's mention contexts (`Graph.mentionContexts`,
 * computed while the notes are parsed: src/graph/mention-context.ts), indexed by target, so a
 * page only looks its own list up. One component shows both (concept/Backlinks.astro).
 *
 * Pure (no Astro, no DOM). Everything is plain text; the component escapes it.
 */
import type { Concept, Graph, MentionContext, NoteRecord } from '../graph/model.ts';
import { conceptPath } from './urls.ts';
import { indexGraph } from '../graph/graph-index.ts';
import { noteLookup } from './note-page.ts';
import { compact, COPY_SIMILARITY, preferredPlace, similarity } from '../graph/excerpts.ts';

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
  /**
   * The same sentence in other notes (a draft or copy of this note: src/graph/excerpts.ts), shown
   * once here, the preferred note's place first, with these places after "also in".
   */
  alsoIn?: BacklinkCopy[];
}

/** A copy of a backlink's sentence in another note. */
export interface BacklinkCopy {
  file: string;
  line: number;
  column: number;
  unit: MentionContext['unit'];
  /** The free-form note, when the copy is in one (its page shows the place). */
  note?: NoteRecord;
}

/** Beyond this many places for one target only exact copies are looked for (pairs would cost too much). */
const MAX_FUZZY_PLACES = 64;

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

export interface BacklinkIndex {
  /** Concept id → notes that link to or name it. */
  concepts: Map<string, BacklinkNote[]>;
  /**
   * Free-form note id → notes that link to it (Markdown or wiki links to the note) or to or name
   * the concept it is about (its title as the engine resolves it); the note's own places left out.
   */
  notes: Map<string, BacklinkNote[]>;
}

/**
 * All backlinks of the graph by target (concept id, note id), each list ordered by the linking
 * concept's learning order (free-form notes without one last), then file; on a note's list, notes
 * that link to the note itself come first. `base` is the site's base path for hrefs.
 */
export function buildBacklinkIndex(graph: Graph, base: string): BacklinkIndex {
  const { byId, notesByHome } = indexGraph(graph);
  const conceptByFile = new Map<string, Concept>();
  for (const c of graph.concepts) if (c.hasNote && !conceptByFile.has(c.source.file)) conceptByFile.set(c.source.file, c);
  const { byFile: noteByFile, labels, twins } = noteLookup(graph);
  // Copies of a note: the notes with its title, a draft remark aside, or its file name with one
  // (note-page.ts `sameTitleNotes`: a draft copied next to its chapter, one chapter in two folders).
  const areCopies = (a: string, b: string): boolean => {
    const na = noteByFile.get(a);
    const nb = noteByFile.get(b);
    return na !== undefined && nb !== undefined && (twins.get(na.id)?.includes(nb) ?? false);
  };
  const contexts = graph.mentionContexts ?? [];

  // target → file → contexts (already in file, line, column order)
  type Grouped = Map<string, Map<string, MentionContext[]>>;
  const add = (grouped: Grouped, key: string, m: MentionContext): void => {
    let files = grouped.get(key);
    if (!files) grouped.set(key, (files = new Map()));
    const list = files.get(m.source.file);
    if (list) {
      const last = list[list.length - 1]!;
      // One place once (a link to a note that is also a link to its concept, a name inside a link).
      if (last.source.line === m.source.line && last.source.column === m.source.column) return;
      list.push(m);
    } else files.set(m.source.file, [m]);
  };
  /** Not a backlink: a note naming or linking its own concept. */
  const selfMention = (m: MentionContext, to: Concept): boolean =>
    (to.hasNote && to.source.file === m.source.file) || (noteByFile.get(m.source.file)?.home === to.id && m.from === undefined);

  const byConcept: Grouped = new Map();
  // Concept id → `file:line` of the links to it (a link to a note about it counts): the name
  // written on the same line (`| ConfigMap | 见 [[03-ConfigMap和Secret]] |`) is that place again.
  const conceptLinkLines = new Map<string, Set<string>>();
  for (const m of contexts) {
    if (m.via !== 'link' || m.to === undefined) continue;
    let lines = conceptLinkLines.get(m.to);
    if (!lines) conceptLinkLines.set(m.to, (lines = new Set()));
    lines.add(`${m.source.file}:${m.source.line}`);
  }
  for (const m of contexts) {
    const target = m.to !== undefined ? byId.get(m.to) : undefined;
    if (!target || selfMention(m, target)) continue;
    if (m.via === 'name' && conceptLinkLines.get(target.id)?.has(`${m.source.file}:${m.source.line}`)) continue;
    add(byConcept, target.id, m);
  }

  const byNote: Grouped = new Map();
  /** Note id → files that link to the note itself. */
  const direct = new Map<string, Set<string>>();
  const noteById = new Map((graph.notes ?? []).map((n) => [n.id, n]));
  // Note id → `file:line` of the places that link to the note itself: a name of its concept on
  // one of those lines (the table row `| ConfigMap | 见 [[03-ConfigMap和Secret]] |`) is that
  // place again, and is not listed a second time.
  const linkLines = new Map<string, Set<string>>();
  for (const m of contexts) {
    const linked = m.note !== undefined ? noteById.get(m.note) : undefined;
    if (!linked || linked.file === m.source.file) continue;
    let lines = linkLines.get(linked.id);
    if (!lines) linkLines.set(linked.id, (lines = new Set()));
    lines.add(`${m.source.file}:${m.source.line}`);
  }
  for (const m of contexts) {
    const linked = m.note !== undefined ? noteById.get(m.note) : undefined;
    if (linked && linked.file !== m.source.file) {
      add(byNote, linked.id, m);
      let files = direct.get(linked.id);
      if (!files) direct.set(linked.id, (files = new Set()));
      files.add(m.source.file);
    }
    const to = m.to !== undefined ? byId.get(m.to) : undefined;
    if (!to || selfMention(m, to)) continue;
    // A link that chose one note (`[[04-探针]]`) is that note's, not every note about the same concept's.
    if (linked) continue;
    for (const n of notesByHome.get(to.id) ?? []) {
      if (n !== linked && n.file !== m.source.file && !linkLines.get(n.id)?.has(`${m.source.file}:${m.source.line}`)) add(byNote, n.id, m);
    }
  }

  const entries = (to: string | undefined, grouped: Map<string, MentionContext[]>, first?: Set<string>): BacklinkNote[] => {
    const out: BacklinkNote[] = [];
    const { files, copies } = mergeCopiedPlaces(grouped, areCopies);
    for (const [file, list] of files) {
      const own = conceptByFile.get(file);
      const note = noteByFile.get(file);
      const shownOn = own ?? byId.get(list.find((m) => m.from !== undefined && m.from !== to)?.from ?? note?.home ?? '');
      const concept = shownOn && shownOn.id !== to ? shownOn : undefined;
      out.push({
        file,
        title: own?.title ?? (note ? (labels.get(note.id) ?? note.title) : file),
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
          ...(copies.has(m) ? { alsoIn: copies.get(m)!.map((c) => copyPlace(c, noteByFile.get(c.source.file))) } : {}),
        })),
        more: Math.max(0, list.length - BACKLINK_CONTEXTS_SHOWN),
      });
    }
    const rank = (b: BacklinkNote): number => (b.note ? Number.MAX_SAFE_INTEGER : (b.concept?.order ?? Number.MAX_SAFE_INTEGER));
    const lead = (b: BacklinkNote): number => (first?.has(b.file) ? 0 : 1);
    out.sort((a, b) => lead(a) - lead(b) || rank(a) - rank(b) || a.file.localeCompare(b.file));
    return out;
  };

  const index: BacklinkIndex = { concepts: new Map(), notes: new Map() };
  for (const [to, files] of byConcept) index.concepts.set(to, entries(to, files));
  for (const [id, files] of byNote) index.notes.set(id, entries(noteById.get(id)!.home, files, direct.get(id)));
  return index;
}

/** A copy's place, with its free-form note when it is in one. */
function copyPlace(c: MentionContext, note: NoteRecord | undefined): BacklinkCopy {
  return { file: c.source.file, line: c.source.line, column: c.source.column, unit: c.unit, ...(note ? { note } : {}) };
}

/**
 * Copies of a sentence: a draft or copy of a note (issue 12 item 6) names the concept in the same
 * sentence as the note it was copied from, and the list would show that sentence once per copy.
 * Each sentence is kept once, at the preferred note's place (the note not named like a draft,
 * else the first by path: `preferredPlace`, as the excerpts do), and the copies' places go to its
 * `alsoIn`; a note whose every place is a copy leaves the list. A copy is the same marked text in
 * a context that is the same (width and spacing aside) or, when the target has at most MAX_FUZZY_PLACES places, one with a word changed
 * (`COPY_SIMILARITY` of character pairs), in a note that `areCopies` says is a copy of the other
 * (two notes that only share a sentence, `…的 Baseline 级别禁止打开它。` in the bundled notes on
 * hostIPC and hostPID, are no copies: each keeps its place). Places in one note are never compared.
 */
export function mergeCopiedPlaces(
  grouped: Map<string, MentionContext[]>,
  areCopies: (a: string, b: string) => boolean,
): { files: Map<string, MentionContext[]>; copies: Map<MentionContext, MentionContext[]> } {
  const copies = new Map<MentionContext, MentionContext[]>();
  if (grouped.size < 2) return { files: grouped, copies };
  const total = [...grouped.values()].reduce((n, l) => n + l.length, 0);
  const fuzzy = total <= MAX_FUZZY_PLACES;
  const order = [...grouped.keys()].sort((a, b) => preferredPlace({ file: a, line: 0, column: 0 }, { file: b, line: 0, column: 0 }));
  type Shown = { m: MentionContext; key: string; text: string; file: string };
  const shown: Shown[] = [];
  const byKey = new Map<string, Shown[]>();
  const files = new Map<string, MentionContext[]>();
  for (const file of order) {
    const kept: MentionContext[] = [];
    for (const m of grouped.get(file)!) {
      const key = compact(`${m.before}\u0000${m.text}\u0000${m.after}`);
      const text = compact(m.text);
      const original =
        byKey.get(key)?.find((s) => s.file !== file && areCopies(s.file, file)) ??
        (fuzzy ? shown.find((s) => s.file !== file && s.text === text && similarity(s.key, key) >= COPY_SIMILARITY && areCopies(s.file, file)) : undefined);
      if (original) {
        const list = copies.get(original.m);
        if (list) list.push(m);
        else copies.set(original.m, [m]);
        continue;
      }
      kept.push(m);
      const s = { m, key, text, file };
      shown.push(s);
      const same = byKey.get(key);
      if (same) same.push(s);
      else byKey.set(key, [s]);
    }
    if (kept.length > 0) files.set(file, kept);
  }
  // (the notes in their first order: the caller sorts them)
  const out = new Map<string, MentionContext[]>();
  for (const file of grouped.keys()) if (files.has(file)) out.set(file, files.get(file)!);
  return { files: out, copies };
}
