/**
 * View: what a free-form note's page (`/notes/<id>/`) shows — the note rendered in full (the
 * engine's `NoteRecord.body`), its table of contents, the concepts it defines and mentions
 * grouped by kind, its YAML examples and findings, previous/next in folder order, its repository
 * links and last commit date. The lookups every note page needs (notes by id and file, examples
 * and findings by file) are built once per graph (`noteLookup`); a page only looks its own parts
 * up. Pure (no Astro, no DOM).
 */
import { CONCEPT_KINDS, type Concept, type ConceptKind, type Graph, type Heading, type NoteRecord, type YamlExample } from '../graph/model.ts';
import type { GraphIndex } from '../graph/graph-index.ts';
import type { SourceLinks } from './sources.ts';

export interface NoteLookup {
  /** Notes in folder order (by path), as in `graph.notes`. */
  notes: readonly NoteRecord[];
  byId: Map<string, NoteRecord>;
  byFile: Map<string, NoteRecord>;
  /** Position of each note in `notes`. */
  position: Map<string, number>;
  /** YAML examples written in each file, in note order. */
  examplesByFile: Map<string, YamlExample[]>;
  /** Build findings (diagnostics, the examples' included) per file: warnings and errors. */
  findingsByFile: Map<string, { warnings: number; errors: number }>;
  /** What to call each note (by id) where notes are listed: `noteLabels`. */
  labels: Map<string, string>;
}

/**
 * What to call each note where notes are listed by name (backlinks, "讲它的笔记", previous/next,
 * the page title that search results show): its title, or, when other notes have the same title
 * (a draft copied next to its chapter, one chapter in two folders), its title and file name
 * (`Pod 基础 · pod-basics (草稿)`), or its path under `notes/` when the file names are the same too.
 */
export function noteLabels(notes: readonly Pick<NoteRecord, 'id' | 'title' | 'file'>[]): Map<string, string> {
  const byTitle = new Map<string, Pick<NoteRecord, 'id' | 'title' | 'file'>[]>();
  for (const n of notes) {
    const key = n.title.normalize('NFKC').trim().toLowerCase();
    const group = byTitle.get(key);
    if (group) group.push(n);
    else byTitle.set(key, [n]);
  }
  const labels = new Map<string, string>();
  const stem = (file: string) => file.replace(/^notes\//, '').replace(/\.md$/i, '');
  const base = (file: string) => stem(file).split('/').pop()!;
  for (const group of byTitle.values()) {
    if (group.length === 1) {
      labels.set(group[0]!.id, group[0]!.title);
      continue;
    }
    const bases = group.map((n) => base(n.file));
    const clash = new Set(bases.filter((b, i) => bases.indexOf(b) !== i));
    for (const n of group) labels.set(n.id, `${n.title.trim()} · ${clash.has(base(n.file)) ? stem(n.file) : base(n.file)}`);
  }
  return labels;
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
  for (const d of graph.diagnostics) {
    let f = findingsByFile.get(d.file);
    if (!f) findingsByFile.set(d.file, (f = { warnings: 0, errors: 0 }));
    if (d.severity === 'error') f.errors++;
    else f.warnings++;
  }
  const lookup: NoteLookup = {
    notes,
    byId: new Map(notes.map((n) => [n.id, n])),
    byFile: new Map(notes.map((n) => [n.file, n])),
    position: new Map(notes.map((n, i) => [n.id, i])),
    examplesByFile,
    findingsByFile,
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
    prev: named(lookup.notes[i - 1]),
    next: named(lookup.notes[i + 1]),
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
