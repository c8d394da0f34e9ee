/**
 * View: how a concept page shows the YAML examples of other notes that merely use the concept
 * (set its field) — as focused excerpts, not in full. For each such example: the lines around
 * the keys that link to the concept (each key with its value block and a little context), and
 * the place where the whole example is shown (its note's page, or the page of the concept whose
 * note it is in), with the element id of the example there (`exampleAnchor`, the id
 * YamlExample.astro gives its figure). Examples of the concept's own note and of notes that
 * define it or are about it stay in full (concept-page.ts decides which).
 *
 * The where-is-it-in-full lookup is built once per graph: which note bodies render which
 * examples in place. Pure (no Astro, no DOM).
 */
import type { Concept, YamlExample } from '../graph/model.ts';
import type { GraphIndex } from '../graph/graph-index.ts';
import { noteLookup } from './note-page.ts';
import { conceptPath, notePath } from './urls.ts';
import { displayCode, exampleAnchor } from './example-code.ts';

// (the code as shown and the figure's id: a leaf module, so the highlighting worker loads only them)
export { displayCode, exampleAnchor };

/** Lines shown above a key of the concept. */
export const EXCERPT_BEFORE = 2;
/** At most this many lines of a key's value (the block under it) are shown after the key line. */
export const EXCERPT_VALUE_LINES = 5;
/** Keys of the concept beyond this many (in code order) are not given a window of their own. */
export const EXCERPT_MAX_KEYS = 3;

function indentOf(line: string): number {
  return line.length - line.trimStart().length;
}

/**
 * 1-based inclusive line ranges of `example` to show on the page of `conceptId`: each key that
 * links to the concept (the ones the page marks as current), from EXCERPT_BEFORE lines above it
 * to the end of its value block (lines indented deeper, or a block sequence at the key's own
 * indentation), at most EXCERPT_VALUE_LINES of it. Windows that touch or are one line apart are
 * merged (a marker for one hidden line would hide nothing), and so is a single line left at
 * either end. Undefined when no key of the example links to the concept.
 */
export function focusRanges(example: YamlExample, conceptId: string): [number, number][] | undefined {
  const lines = displayCode(example.code).split('\n');
  const n = lines.length;
  const keyLines = [...new Set(example.keys.filter((k) => k.conceptId === conceptId && k.line >= 1 && k.line <= n).map((k) => k.line))]
    .sort((a, b) => a - b)
    .slice(0, EXCERPT_MAX_KEYS);
  if (keyLines.length === 0) return undefined;
  const ranges: [number, number][] = [];
  for (const at of keyLines) {
    const line = lines[at - 1]!;
    const indent = indentOf(line);
    const listAtSameIndent = /:\s*(?:#.*)?$/.test(line);
    let end = at;
    for (let l = at + 1; l <= n && l - at <= EXCERPT_VALUE_LINES; l++) {
      const text = lines[l - 1]!;
      if (text.trim() === '') break;
      const i = indentOf(text);
      if (i > indent || (listAtSameIndent && i === indent && text.trimStart().startsWith('- '))) end = l;
      else break;
    }
    const from = Math.max(1, at - EXCERPT_BEFORE);
    const last = ranges[ranges.length - 1];
    if (last && from <= last[1] + 2) last[1] = Math.max(last[1], end);
    else ranges.push([from, end]);
  }
  // A single line left out at either end is shown rather than replaced by a marker.
  if (ranges[0]![0] === 2) ranges[0]![0] = 1;
  const tail = ranges[ranges.length - 1]!;
  if (tail[1] === n - 1) tail[1] = n;
  return ranges;
}

/** Where an example is shown in full: a page URL with the example's anchor, and the page's title. */
export interface ExampleHome {
  href: string;
  /** Title of the note (or of the concept whose note holds the example); plain text. */
  title: string;
}

const rendered = new WeakMap<GraphIndex, Set<string>>();
const EXAMPLE_ID_ATTR = /<pre><code\b[^>]*?\sdata-example-id="([^"]+)"/g;

/** Ids of the examples the note pages render in place (marked `data-example-id` in the note bodies). */
function examplesOnNotePages(index: GraphIndex): Set<string> {
  let ids = rendered.get(index);
  if (ids) return ids;
  ids = new Set();
  for (const note of index.graph.notes ?? []) {
    for (const m of note.body.matchAll(EXAMPLE_ID_ATTR)) {
      ids.add(m[1]!.replace(/&#x([0-9a-f]+);/gi, (_s, h: string) => String.fromCodePoint(parseInt(h, 16))).replace(/&amp;/g, '&'));
    }
  }
  rendered.set(index, ids);
  return ids;
}

/**
 * The page that shows `example` in full, with its anchor: the free-form note's page when the
 * note renders it in place, else the page of the concept whose note it is in (a concept page
 * shows every example of its own note, in its text or below it). Undefined when neither holds
 * (then the caller shows the example in full rather than link nowhere).
 */
export function exampleHome(index: GraphIndex, example: YamlExample, base: string, conceptOfFile: (file: string) => Concept | undefined): ExampleHome | undefined {
  const anchor = exampleAnchor(example.id);
  const notes = noteLookup(index.graph);
  const note = notes.byFile.get(example.source.file);
  if (note) return examplesOnNotePages(index).has(example.id) ? { href: notePath(base, note.id, anchor), title: notes.labels.get(note.id) ?? note.title } : undefined;
  const owner = conceptOfFile(example.source.file);
  if (owner && owner.hasNote) return { href: `${conceptPath(base, owner.id)}#${encodeURIComponent(anchor)}`, title: owner.title };
  return undefined;
}
