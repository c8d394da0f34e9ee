/**
 * View: what a free-form note's page (`/notes/<id>/`) shows — the note rendered in full (the
 * engine's `NoteRecord.body`), its table of contents, the concepts it defines and mentions
 * grouped by kind, its YAML examples and findings, previous/next in folder order, its repository
 * links and last commit date. The lookups every note page needs (notes by id and file, examples
 * and findings by file) are built once per graph (`noteLookup`); a page only looks its own parts
 * up. Pure (no Astro, no DOM).
 */
import { CONCEPT_KINDS, type Concept, type ConceptKind, type Diagnostic, type Graph, type Heading, type NoteRecord, type YamlExample } from '../graph/model.ts';
import type { GraphIndex } from '../graph/graph-index.ts';
import { DRAFT_NAME, draftTitleBase } from '../graph/excerpts.ts';
import { cellAnchorId, cellAnchorPattern } from '../graph/note-body.ts';
import type { SourceLinks } from './sources.ts';
import { notePathOf, withoutNotionIds } from '../graph/files.ts';

export interface NoteLookup {
  /** Notes in folder order (by path), as in `graph.notes`. */
  notes: readonly NoteRecord[];
  byId: Map<string, NoteRecord>;
  byFile: Map<string, NoteRecord>;
  /**
   * The notes in reading order, as the notes index lists them (`readingOrder`): folder order, a
   * draft or copy right after its note. Previous/next on a note page follow it.
   */
  reading: readonly NoteRecord[];
  /** Position of each note in `reading`. */
  position: Map<string, number>;
  /** YAML examples written in each file, in note order. */
  examplesByFile: Map<string, YamlExample[]>;
  /** Build findings (diagnostics, the examples' included) per file: warnings and errors. */
  findingsByFile: Map<string, { warnings: number; errors: number }>;
  /** The findings of each file that no example shows next to its lines (`findingsOutsideExamples`). */
  proseFindingsByFile: Map<string, Diagnostic[]>;
  /** Other notes with the same title (a draft copied next to its chapter…), by note id (`sameTitleNotes`). */
  twins: Map<string, NoteRecord[]>;
  /** Notes named like a draft or copy that share their title with a note that is not (`draftCopies`). */
  drafts: Set<string>;
  /** What to call each note (by id) where notes are listed: `noteLabels`. */
  labels: Map<string, string>;
}

/**
 * What to call each note where notes are listed by name (backlinks, "讲它的笔记", previous/next,
 * the page title that search results show): its title, or, when other notes have the same title
 * (a draft copied next to its chapter, one chapter in two folders), its title and file name
 * (`Pod 基础 · pod-basics (草稿)`), or its path under `notes/` when the file names are the same too;
 * the one of them whose file name is the title (the chapter itself) keeps the title alone.
 */
export function noteLabels(notes: readonly Pick<NoteRecord, 'id' | 'title' | 'file'>[]): Map<string, string> {
  const byTitle = titleGroups(notes);
  const labels = new Map<string, string>();
  // qa52: Notion's page ids left out: `Untitled · Untitled deadbeef…` told two Untitled pages apart by nothing readable
  const stem = (file: string) => withoutNotionIds(notePathOf(file)).replace(/\.md$/i, '');
  const base = (file: string) => stem(file).split('/').pop()!;
  for (const group of byTitle.values()) {
    if (group.length === 1) {
      labels.set(group[0]!.id, group[0]!.title);
      continue;
    }
    const bases = group.map((n) => base(n.file));
    const clash = new Set(bases.filter((b, i) => bases.indexOf(b) !== i));
    // The one note whose file name is its title (the chapter, beside `… 草稿`) is called by its
    // title alone: `存储卷声明 · 存储卷声明` says nothing the title does not.
    const named = group.filter((n) => !clash.has(base(n.file)) && sameTitle(base(n.file), n.title));
    for (const n of group) {
      const name = clash.has(base(n.file)) ? stem(n.file) : base(n.file);
      labels.set(n.id, named.length === 1 && named[0] === n ? n.title.trim() : `${n.title.trim()} · ${name}`);
    }
  }
  return labels;
}

/** The key notes are grouped by: the title, case, width and spacing aside. */
const titleKey = (title: string): string => title.normalize('NFKC').trim().toLowerCase();
/** The key a draft is grouped with its note by: the title without a draft remark (`draftTitleBase`), as `titleKey`. */
export const draftGroupKey = (title: string): string => titleKey(draftTitleBase(title));

/**
 * A folder's notes in file order, except that a draft or copy comes right after the note of its
 * title, a draft remark aside (`draftGroupKey`; `存储卷声明 草稿.md` sorts before `存储卷声明.md` by file name: the reader would meet the
 * draft first). A draft whose note is in another folder stays where it is.
 */
export function draftsAfterTheirNote<N extends { title: string }>(notes: readonly N[], isDraft: (n: N) => boolean): N[] {
  const key = (e: N) => draftGroupKey(e.title);
  const chapters = new Set(notes.filter((e) => !isDraft(e)).map(key));
  const out: N[] = [];
  for (const e of notes) {
    if (isDraft(e) && chapters.has(key(e))) continue;
    out.push(e);
    if (!isDraft(e)) out.push(...notes.filter((d) => isDraft(d) && key(d) === key(e) && !out.includes(d)));
  }
  return out;
}

/** The folder a note is listed under on the notes index (its path under `notes/`, '' at the top). */
export const noteFolderOf = (file: string): string => notePathOf(file).split('/').slice(0, -1).join('/');

/**
 * The notes in the order the notes index lists them: by folder (in the order the folders first
 * come), within a folder in file order with each draft right after its note (`draftsAfterTheirNote`).
 */
export function readingOrder<N extends { title: string; file: string }>(notes: readonly N[], isDraft: (n: N) => boolean): N[] {
  const folders = new Map<string, N[]>();
  for (const n of notes) {
    const f = noteFolderOf(n.file);
    const list = folders.get(f);
    if (list) list.push(n);
    else folders.set(f, [n]);
  }
  return [...folders.values()].flatMap((list) => draftsAfterTheirNote(list, isDraft));
}
const sameTitle = (a: string, b: string): boolean => titleKey(a) === titleKey(b);

/** Notes grouped by title (case, width and spacing aside; `title` reads it), in the order given. */
function titleGroups<N extends Pick<NoteRecord, 'title'>>(notes: readonly N[], title: (n: N) => string = (n) => n.title): Map<string, N[]> {
  const byTitle = new Map<string, N[]>();
  for (const n of notes) {
    const key = titleKey(title(n));
    const group = byTitle.get(key);
    if (group) group.push(n);
    else byTitle.set(key, [n]);
  }
  return byTitle;
}

/** A file's name without its folder and extension. */
const fileStem = (file: string): string => file.replace(/^.*\//, '').replace(/\.(md|markdown)$/i, '');
/** A file's folder (`''` at the top). */
const fileFolder = (file: string): string => (file.includes('/') ? file.replace(/\/[^/]*$/, '') : '');

/**
 * Notes that are one chapter and its drafts or copies: those of one title, a draft remark aside
 * (`draftTitleBase`), and those of one folder whose file names are one name, a draft remark aside,
 * when one of them is named like a draft (`05-滚动更新（草稿）.md` beside `05-滚动更新.md`, though
 * the chapter's title is `滚动更新与回滚`). Groups of two or more, notes in the order given.
 */
function copyGroups<N extends Pick<NoteRecord, 'title'> & { file?: string }>(notes: readonly N[]): N[][] {
  const groups = [...titleGroups(notes, (n) => draftTitleBase(n.title)).values()].filter((g) => g.length > 1);
  const byFile = new Map<string, N[]>();
  for (const n of notes) {
    if (n.file === undefined) continue;
    const key = `${fileFolder(n.file)}/${titleKey(draftTitleBase(fileStem(n.file)))}`;
    const group = byFile.get(key);
    if (group) group.push(n);
    else byFile.set(key, [n]);
  }
  for (const g of byFile.values()) {
    if (g.length < 2 || !g.some((n) => DRAFT_NAME.test(fileStem(n.file!)))) continue;
    // already one title group: nothing new
    if (groups.some((t) => g.every((n) => t.includes(n)))) continue;
    groups.push(g);
  }
  return groups;
}

/**
 * For each note that shares its title with others (a draft remark aside: `draftTitleBase`), or
 * its file name with a draft of it (`copyGroups`), those others (in the order given).
 */
export function sameTitleNotes<N extends Pick<NoteRecord, 'id' | 'title'> & { file?: string }>(notes: readonly N[]): Map<string, N[]> {
  const out = new Map<string, N[]>();
  for (const group of copyGroups(notes)) {
    for (const n of group) {
      const others = out.get(n.id) ?? [];
      for (const o of group) if (o !== n && !others.includes(o)) others.push(o);
      out.set(n.id, others);
    }
  }
  const order = new Map(notes.map((n, i) => [n, i]));
  for (const list of out.values()) list.sort((a, b) => order.get(a)! - order.get(b)!);
  return out;
}

/**
 * The notes that are a draft or copy of another: named like one (草稿, draft, 副本, copy, backup,
 * `(2)`…: excerpts.ts `DRAFT_NAME`, the rule that shows a copied passage or example once, from the
 * note not named so) or titled like one (`Deployment 和滚动更新（草稿）`, `… (draft)`, `…副本`:
 * excerpts.ts `draftTitleBase`, the same table of words), and sharing their title, that remark
 * aside, with a note that is neither, or their file name and folder (`copyGroups`).
 */
export function draftCopies(notes: readonly Pick<NoteRecord, 'id' | 'title' | 'file'>[]): Set<string> {
  const out = new Set<string>();
  const isDraft = (n: Pick<NoteRecord, 'title' | 'file'>): boolean => DRAFT_NAME.test(n.file) || !sameTitle(draftTitleBase(n.title), n.title);
  for (const group of copyGroups(notes)) {
    if (group.every(isDraft)) continue;
    for (const n of group) if (isDraft(n)) out.add(n.id);
  }
  return out;
}

/**
 * The findings of a note that none of its examples shows (a YAML example marks its own lines):
 * those outside every example's lines (its fence included), by line. A note page lists them in its
 * findings banner, or the reader could not find them on the page.
 */
export function findingsOutsideExamples(findings: readonly Diagnostic[], examples: readonly Pick<YamlExample, 'source' | 'code'>[]): Diagnostic[] {
  // `source.line` is the opening fence's line: the code follows it, then the closing fence.
  const spans = examples.map((ex) => [ex.source.line, ex.source.line + ex.code.split('\n').length + 1] as const);
  return findings.filter((d) => !spans.some(([a, b]) => d.line >= a && d.line <= b)).sort((a, b) => a.line - b.line || a.column - b.column);
}

/**
 * The anchor on a note's page nearest before a line: the page marks the passages that became
 * excerpts with `id="L<line>"` (the line each starts on, note-body.ts) and every heading with its
 * slug; of those, the last one starting at or before the line, the line of each heading read from
 * `headings` (the note's, `Heading.line`). So a line under a heading with no marked passage
 * links to the heading. A heading whose line is unknown (one the note wrote as HTML, the
 * footnotes' heading) stops a passage before it from counting: the line may be past it, and
 * nothing precise can be linked. Undefined when there is no such anchor.
 */
export function anchorBefore(html: string, line: number, headings: readonly Pick<Heading, 'id' | 'line'>[] = []): string | undefined {
  const lines = new Map(headings.flatMap((h) => (h.line === undefined ? [] : [[h.id, h.line] as const])));
  let best: string | undefined;
  let unknownAfter = false;
  for (const m of html.matchAll(/<h[1-6](?=[\s>])([^>]*)>|\sid="(L(\d+)(?:-\d+)?)"/g)) {
    let id: string | undefined = m[2];
    let at = Number(m[3]);
    if (id === undefined) {
      id = /\sid="([^"]+)"/.exec(m[1]!)?.[1];
      const known = id === undefined ? undefined : lines.get(id);
      if (known === undefined) {
        unknownAfter = true;
        continue;
      }
      at = known;
    }
    if (at > line) break;
    best = id;
    unknownAfter = false;
  }
  return best !== undefined && !unknownAfter ? best : undefined;
}

/**
 * The anchor of the table cell holding the place at `line`, `column` (note-body.ts
 * `cellAnchorId`: the cells holding a mention are marked): the last cell of that line starting at
 * or before the column. Undefined when none is marked there.
 */
export function cellAnchor(html: string, line: number, column: number): string | undefined {
  let best: number | undefined;
  for (const m of html.matchAll(cellAnchorPattern(line))) {
    const at = Number(m[1]);
    if (at <= column && (best === undefined || at > best)) best = at;
  }
  return best === undefined ? undefined : cellAnchorId(line, best);
}

/**
 * Where a place of a note links to on the note's page and the line that anchor marks
 * (`anchorBefore`): the line its `L<line>` names, or its heading's. The note page marks each
 * block that mentions a concept (note-body.ts), so a mention's anchor is its own block: the line
 * is the mention's, or the first line of a paragraph written over several. A label shows that
 * line, so it names the line the link lands on. A place in the note's title (its `#` heading,
 * which the page shows as its own heading, not in the body) is the page's top: no anchor.
 */
export function placeOnPage(html: string, line: number, headings: readonly Pick<Heading, 'id' | 'line' | 'depth'>[] = [], column?: number): { anchor?: string; line: number } | undefined {
  // A place in a table row (its column given) links to its cell, which a wide table scrolls into view.
  const cell = column !== undefined ? cellAnchor(html, line, column) : undefined;
  if (cell !== undefined) return { anchor: cell, line };
  const anchor = anchorBefore(html, line, headings);
  if (anchor === undefined) {
    const title = headings.find((h) => h.depth === 1 && h.line === line);
    return title && !html.includes(` id="${title.id}"`) ? { line } : undefined;
  }
  const own = /^L(\d+)(?:-\d+)?$/.exec(anchor)?.[1];
  const at = own !== undefined ? Number(own) : headings.find((h) => h.id === anchor)?.line;
  return { anchor, line: at ?? line };
}

const lookups = new WeakMap<Graph, NoteLookup>();

/** The note lookups of a graph: built on the first call, the same object afterwards. */
export function noteLookup(graph: Graph): NoteLookup {
  const known = lookups.get(graph);
  if (known) return known;
  const notes = graph.notes ?? [];
  const examplesByFile = new Map<string, YamlExample[]>();
  for (const ex of graph.examples) {
    const list = examplesByFile.get(ex.source.file);
    if (list) list.push(ex);
    else examplesByFile.set(ex.source.file, [ex]);
  }
  for (const list of examplesByFile.values()) list.sort((a, b) => a.source.line - b.source.line);
  const findingsByFile = new Map<string, { warnings: number; errors: number }>();
  const diagnosticsByFile = new Map<string, Diagnostic[]>();
  for (const d of graph.diagnostics) {
    let f = findingsByFile.get(d.file);
    if (!f) findingsByFile.set(d.file, (f = { warnings: 0, errors: 0 }));
    if (d.severity === 'error') f.errors++;
    else f.warnings++;
    const list = diagnosticsByFile.get(d.file);
    if (list) list.push(d);
    else diagnosticsByFile.set(d.file, [d]);
  }
  const proseFindingsByFile = new Map<string, Diagnostic[]>();
  for (const [file, list] of diagnosticsByFile) {
    const outside = findingsOutsideExamples(list, examplesByFile.get(file) ?? []);
    if (outside.length > 0) proseFindingsByFile.set(file, outside);
  }
  const drafts = draftCopies(notes);
  const reading = readingOrder(notes, (n) => drafts.has(n.id));
  const lookup: NoteLookup = {
    notes,
    byId: new Map(notes.map((n) => [n.id, n])),
    byFile: new Map(notes.map((n) => [n.file, n])),
    reading,
    position: new Map(reading.map((n, i) => [n.id, i])),
    examplesByFile,
    findingsByFile,
    proseFindingsByFile,
    twins: sameTitleNotes(notes),
    drafts,
    labels: noteLabels(notes),
  };
  lookups.set(graph, lookup);
  return lookup;
}

export interface ConceptGroupByKind {
  kind: ConceptKind;
  /** In learning order. */
  concepts: Concept[];
}

/** Concepts for ids grouped by kind (in the order of CONCEPT_KINDS), each group in learning order; unknown ids dropped. */
export function groupByKind(index: GraphIndex, ids: readonly string[]): ConceptGroupByKind[] {
  const byKind = new Map<ConceptKind, Concept[]>();
  for (const id of new Set(ids)) {
    const c = index.byId.get(id);
    if (!c) continue;
    const list = byKind.get(c.kind);
    if (list) list.push(c);
    else byKind.set(c.kind, [c]);
  }
  const out: ConceptGroupByKind[] = [];
  for (const kind of CONCEPT_KINDS) {
    const list = byKind.get(kind);
    if (list) out.push({ kind, concepts: list.sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : 1)) });
  }
  return out;
}

/** Headings for a table of contents: levels 2 and 3, when there are at least three. */
export function noteToc(headings: readonly Heading[]): Heading[] {
  const hs = headings.filter((h) => h.depth >= 2 && h.depth <= 3);
  return hs.length >= 3 ? hs : [];
}

export interface NotePageData {
  note: NoteRecord;
  /** What to call the note outside its own heading (the page title): `noteLabels`. */
  label: string;
  /** The concept the note is about. */
  home?: Concept;
  toc: Heading[];
  /** What the note defines (its home included), and the other concepts it names. */
  defines: ConceptGroupByKind[];
  mentions: ConceptGroupByKind[];
  /** Every concept of the note (defined or mentioned), for "show on the map". */
  conceptIds: string[];
  examples: YamlExample[];
  findings: { warnings: number; errors: number };
  /** The findings no example on the page shows (in the note's prose, its frontmatter…), by line. */
  /** With the anchor of the block each is in, and the line that anchor marks (its label names it). */
  proseFindings: (Diagnostic & { anchor?: string; anchorLine?: number })[];
  /** Whether the note is a draft or copy of another (`draftCopies`). */
  draft: boolean;
  /** The other notes with the same title, with what to call them and whether each is a draft or copy; the original first. */
  twins: { id: string; title: string; file: string; draft: boolean }[];
  /** The notes before and after it in folder order, with what to call them (`noteLabels`). */
  prev?: { id: string; title: string };
  next?: { id: string; title: string };
  /** Repository links (only when a repository is configured) and the last commit date (ISO). */
  editUrl?: string;
  viewUrl?: string;
  updated?: string;
}

/** The data of one note page; undefined for an unknown id. */
export function notePageData(index: GraphIndex, id: string, sources?: Pick<SourceLinks, 'edit' | 'blob' | 'lastUpdated'>): NotePageData | undefined {
  const lookup = noteLookup(index.graph);
  const note = lookup.byId.get(id);
  if (!note) return undefined;
  const i = lookup.position.get(id)!;
  const defines = groupByKind(index, note.defines);
  const mentions = groupByKind(index, note.mentions.filter((m) => !note.defines.includes(m)));
  const conceptIds = [...defines, ...mentions].flatMap((g) => g.concepts.map((c) => c.id));
  const named = (n: NoteRecord | undefined) => (n ? { id: n.id, title: lookup.labels.get(n.id) ?? n.title } : undefined);
  return {
    note,
    label: lookup.labels.get(note.id) ?? note.title,
    home: note.home !== undefined ? index.byId.get(note.home) : undefined,
    toc: noteToc(note.headings),
    defines,
    mentions,
    conceptIds,
    examples: lookup.examplesByFile.get(note.file) ?? [],
    findings: lookup.findingsByFile.get(note.file) ?? { warnings: 0, errors: 0 },
    proseFindings: (lookup.proseFindingsByFile.get(note.file) ?? []).map((d) => {
      const place = placeOnPage(note.body, d.line, note.headings);
      return place?.anchor ? { ...d, anchor: place.anchor, anchorLine: place.line } : d;
    }),
    draft: lookup.drafts.has(note.id),
    twins: (lookup.twins.get(note.id) ?? [])
      .map((n) => ({ id: n.id, title: lookup.labels.get(n.id) ?? n.title, file: n.file, draft: lookup.drafts.has(n.id) }))
      .sort((a, b) => Number(a.draft) - Number(b.draft)),
    prev: named(lookup.reading[i - 1]),
    next: named(lookup.reading[i + 1]),
    editUrl: sources?.edit(note.file),
    viewUrl: sources?.blob(note.file),
    updated: sources?.lastUpdated(note.file),
  };
}

/** `notes/<id>/map.json`: what the map's `?note=<id>` highlights (src/scripts/map/note-highlight.ts). */
export interface NoteMapData {
  id: string;
  title: string;
  /** Every concept the note defines or mentions (the map highlights those on it). */
  concepts: string[];
}

export function noteMapData(page: NotePageData): NoteMapData {
  return { id: page.note.id, title: page.note.title, concepts: page.conceptIds };
}
