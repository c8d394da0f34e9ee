/**
 * View: the notes index (`/notes/`): every free-form note in folder order with its title, its
 * sections (level-2 headings, or the highest level below the title it uses), how many concepts it defines and mentions, its YAML examples, its
 * build findings and its last commit date, grouped by folder. Built once per graph.
 */
import type { Graph, Heading } from '../graph/model.ts';
import { draftsAfterTheirNote, noteFolderOf, noteLookup } from './note-page.ts';

export interface NotesIndexEntry {
  id: string;
  title: string;
  file: string;
  /** Its sections, in order: `noteSections`. */
  sections: Heading[];
  defines: number;
  mentions: number;
  examples: number;
  /** YAML examples that have schema findings. */
  examplesWithFindings: number;
  warnings: number;
  errors: number;
  /** Last commit date (ISO 8601), when known. */
  updated?: string;
  /** A draft or copy of another note (note-page.ts `draftCopies`). */
  draft?: true;
}

export interface NotesFolder {
  /** Folder under `notes/` ('' for notes directly in it); in a loose content folder (no notes/), the folder itself. */
  folder: string;
  /** The folder, content-relative, as it is on disk (`notes/网络`, or `网络` in a loose content folder; '' for its top). */
  path: string;
  notes: NotesIndexEntry[];
  /**
   * The notes at the top ('' folder) listed after other folders (`99-速查.md` after `04-网络/`):
   * they get a heading of their own, or they would read as the last folder's.
   */
  topAfterFolders?: true;
}

export interface NotesIndexData {
  folders: NotesFolder[];
  total: number;
  /** Notes with at least one finding. */
  withFindings: number;
  /**
   * Markdown files of the content folder the build read nothing from (`unclassified-note`: outside
   * map.md, concepts/ and notes/), content-relative, in file order. A reader who points the site at
   * a folder of chapters (not at a folder holding `notes/`) gets an empty site, and the page that
   * should list their notes says why and which files.
   */
  ignored: string[];
}

export function buildNotesIndex(graph: Graph, lastUpdated?: (file: string) => string | undefined): NotesIndexData {
  const lookup = noteLookup(graph);
  const folders = new Map<string, NotesFolder>();
  let withFindings = 0;
  for (const n of lookup.notes) {
    const examples = lookup.examplesByFile.get(n.file) ?? [];
    const f = lookup.findingsByFile.get(n.file) ?? { warnings: 0, errors: 0 };
    if (f.warnings + f.errors > 0) withFindings++;
    const entry: NotesIndexEntry = {
      id: n.id,
      title: n.title,
      file: n.file,
      sections: noteSections(n.headings),
      defines: n.defines.length,
      mentions: n.mentions.filter((m) => !n.defines.includes(m)).length,
      examples: examples.length,
      examplesWithFindings: examples.filter((e) => e.diagnostics.length > 0).length,
      warnings: f.warnings,
      errors: f.errors,
    };
    const updated = lastUpdated?.(n.file);
    if (updated !== undefined) entry.updated = updated;
    if (lookup.drafts.has(n.id)) entry.draft = true;
    const folder = noteFolderOf(n.file);
    const group = folders.get(folder);
    if (group) group.notes.push(entry);
    else folders.set(folder, { folder, path: n.file.split('/').slice(0, -1).join('/'), notes: [entry] });
  }
  for (const f of folders.values()) f.notes = draftsAfterTheirNote(f.notes, (e) => e.draft === true);
  const list = [...folders.values()];
  for (let k = 1; k < list.length; k++) if (list[k]!.folder === '') list[k]!.topAfterFolders = true;
  return { folders: list, total: lookup.notes.length, withFindings, ignored: ignoredFiles(graph) };
}

/**
 * A note's sections for the index: its level-2 headings, or, in a note that has none under its
 * title (a diary or a setup log written with `###`, qa44's `集群搭建记录`), its headings of the
 * highest level it uses below the title. Such a note listed no sections although its page has a
 * table of contents.
 */
export function noteSections(headings: readonly Heading[]): Heading[] {
  let top = Infinity;
  for (const h of headings) if (h.depth >= 2 && h.depth < top) top = h.depth;
  return headings.filter((h) => h.depth === top);
}

/** The files the build ignored as neither map, concept note nor note (`unclassified-note`), sorted, once each. */
export function ignoredFiles(graph: Pick<Graph, 'diagnostics'>): string[] {
  const files = new Set<string>();
  for (const d of graph.diagnostics) if (d.code === 'unclassified-note') files.add(d.file);
  return [...files].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
