/**
 * View: what a concept page (`/concepts/<id>/`) shows — names, neighbours, backlinks, learning
 * order, examples (its own, and other notes' that use it), the `kubectl explain` box, the state
 * diagram, the table of contents and the stub snippet. The indexes these need (examples by the
 * concept they use, field documentation by concept and path) are built once per graph, so the
 * work per page is proportional to the page, not to the graph. Pure (no Astro, no DOM), unit
 * tested in tests/unit/pages. Repository links and dates come from the sources view.
 */
import { stringify } from 'yaml';
import type { Concept, EdgeType, Heading, NoteRecord, YamlExample, YamlKey } from '../graph/model.ts';
import type { GraphIndex } from '../graph/graph-index.ts';
import type zhStrings from '../i18n/zh-CN.json';

/** A UI string's key (src/i18n's `UiKey`; the table read as data, as the layers allow views). */
type UiKey = keyof typeof zhStrings;
import type { SourceLinks } from './sources.ts';
import { stateDiagramFor, type StateDiagramData } from './state-diagram.ts';
import { apiFacts, docsLinks, type ApiFacts, type DocsLink } from './docs-links.ts';
import { exampleHome, focusRanges, type ExampleHome } from './example-excerpts.ts';
import { noteLookup } from './note-page.ts';
import { kindConcept } from './field-owner.ts';
import { fieldsNamed } from '../graph/vocabulary/index.ts';
import { closingParen, normKey } from '../graph/labels.ts';
import { otherTitleNames } from '../graph/title-names.ts';
import { compact, preferredPlace } from '../graph/excerpts.ts';

/** The graph's lookup tables (src/graph/graph-index.ts). */
export type PageGraph = GraphIndex;

// ---------------------------------------------------------------------------------------------
// Indexes built once per graph

interface KeyRank {
  key: YamlKey;
  score: number;
  /** Order of the key among all keys of all examples (ties go to the first). */
  seq: number;
}

interface PageIndex {
  /** Examples that use a concept (in `conceptIds` or as a key's concept), in graph order. */
  examplesUsing: Map<string, YamlExample[]>;
  /**
   * Examples that declare an object concept's kind (`kind: Composition`) without using the
   * concept otherwise, in graph order: a kind's page lists the manifests of it.
   */
  examplesDeclaring: Map<string, YamlExample[]>;
  /** Best-documented key linking to a concept, and by field path (Pod-relative when known). */
  keyByConcept: Map<string, KeyRank>;
  keyByPath: Map<string, KeyRank>;
  /** The concept whose note a file is (concept notes only). */
  conceptByFile: Map<string, Concept>;
}

const pageIndexes = new WeakMap<GraphIndex, PageIndex>();

function keyScore(k: YamlKey): number {
  return (k.description ? 2 : 0) + (k.type ? 1 : 0) + (k.docUrl ? 1 : 0);
}

function keepBest(map: Map<string, KeyRank>, id: string, rank: KeyRank): void {
  const best = map.get(id);
  if (!best || rank.score > best.score) map.set(id, rank);
}

function pageIndex(index: GraphIndex): PageIndex {
  let pi = pageIndexes.get(index);
  if (pi) return pi;
  pi = { examplesUsing: new Map(), examplesDeclaring: new Map(), keyByConcept: new Map(), keyByPath: new Map(), conceptByFile: new Map() };
  for (const c of index.graph.concepts) if (c.hasNote && !pi.conceptByFile.has(c.source.file)) pi.conceptByFile.set(c.source.file, c);
  let seq = 0;
  for (const ex of index.graph.examples) {
    const users = new Set(ex.conceptIds);
    for (const k of ex.keys) {
      if (k.conceptId !== undefined) users.add(k.conceptId);
      seq++;
      if (!k.type && !k.description) continue;
      const rank = { key: k, score: keyScore(k), seq };
      if (k.conceptId !== undefined) keepBest(pi.keyByConcept, k.conceptId, rank);
      keepBest(pi.keyByPath, k.podPath ?? k.path, rank);
    }
    for (const id of users) {
      const list = pi.examplesUsing.get(id);
      if (list) list.push(ex);
      else pi.examplesUsing.set(id, [ex]);
    }
    for (const kind of new Set(ex.kinds)) {
      const c = kindConcept(index.graph, kind);
      if (!c || users.has(c.id)) continue;
      const list = pi.examplesDeclaring.get(c.id);
      if (list) list.push(ex);
      else pi.examplesDeclaring.set(c.id, [ex]);
    }
  }
  pageIndexes.set(index, pi);
  return pi;
}

/** Concepts for ids, in the order given, unknown ids dropped, duplicates once. */
export function resolveConcepts(index: PageGraph, ids: readonly string[]): Concept[] {
  const seen = new Set<string>();
  const out: Concept[] = [];
  for (const id of ids) {
    const c = index.byId.get(id);
    if (c && !seen.has(id)) {
      seen.add(id);
      out.push(c);
    }
  }
  return out;
}

/**
 * Names besides the title (titleZh, titleEn) that differ from it and from each other, and that the
 * title does not already show in full (`服务网格（Service Mesh）` shows both its names).
 */
export function otherNames(c: Concept): string[] {
  return otherTitleNames(c);
}

/** Aliases that do not repeat a displayed name. */
export function extraAliases(c: Concept): string[] {
  const shown = new Set([c.title, ...otherNames(c)].map((s) => s.trim().toLowerCase()));
  const out: string[] = [];
  for (const a of c.aliases) {
    const k = a.trim().toLowerCase();
    if (k === '' || shown.has(k)) continue;
    shown.add(k);
    out.push(a.trim());
  }
  return out;
}

/**
 * How a page shows the aliases and keywords of a concept: the aliases as other names; the fields
 * of the API it lists beside its names, among its aliases or keywords (a concept note's
 * `keywords: [progressDeadlineSeconds, …]` on Deployment), apart as related fields: a camelCase
 * key the field catalogue knows, on a concept that is no field, and that does not spell one of the
 * concept's names (`nodeAffinity` is Node affinity's own name); the other keywords as keywords
 * (search terms that are not names: components, commands, related features), so that a reader who
 * found the page by one sees why, and never after 又称.
 */
export function aliasGroups(c: Concept): { names: string[]; fields: string[]; keywords: string[] } {
  const all = extraAliases(c);
  const shown = new Set([c.title, ...otherNames(c), ...all].map((s) => s.trim().toLowerCase()));
  const keywords: string[] = [];
  for (const w of c.keywords ?? []) {
    const k = w.trim().toLowerCase();
    if (k === '' || shown.has(k)) continue;
    shown.add(k);
    keywords.push(w.trim());
  }
  if (c.kind === 'field') return { names: all, fields: [], keywords };
  const own = [c.title, c.titleZh ?? '', c.titleEn ?? ''].map(normKey).filter((k) => k !== '');
  const isField = (a: string) => /^[a-z]+[A-Z][A-Za-z0-9]*$/.test(a) && fieldsNamed(a).length > 0 && !own.some((k) => k.includes(normKey(a)) || normKey(a).includes(k));
  return { names: all.filter((a) => !isField(a)), fields: [...all, ...keywords].filter(isField), keywords: keywords.filter((w) => !isField(w)) };
}

export interface Backlink {
  concept: Concept;
  /** Why it links here, e.g. ['mentions', 'related']. */
  types: EdgeType[];
}

const BACKLINK_TYPES: ReadonlySet<EdgeType> = new Set(['mentions', 'prerequisite', 'related']);

/** Concepts that point at `id` (mentions, prerequisite, related), once each, in learning order. */
export function backlinks(index: PageGraph, id: string): Backlink[] {
  const byFrom = new Map<string, Set<EdgeType>>();
  for (const e of index.incoming.get(id) ?? []) {
    if (!BACKLINK_TYPES.has(e.type) || e.from === id) continue;
    const set = byFrom.get(e.from) ?? new Set<EdgeType>();
    set.add(e.type);
    byFrom.set(e.from, set);
  }
  const out: Backlink[] = [];
  for (const [from, types] of byFrom) {
    const concept = index.byId.get(from);
    if (concept) out.push({ concept, types: [...types].sort() });
  }
  return out.sort((a, b) => a.concept.order - b.concept.order || a.concept.id.localeCompare(b.concept.id));
}

/** Neighbours in learning order (graph.concepts is sorted by order). */
export function prevNext(index: GraphIndex, id: string): { prev?: Concept; next?: Concept } {
  const i = index.orderIndex.get(id);
  if (i === undefined) return {};
  return { prev: index.graph.concepts[i - 1], next: index.graph.concepts[i + 1] };
}

export interface PageExamples {
  /** Examples written in this concept's own note, in note order. */
  own: YamlExample[];
  /** Examples from other notes that use this concept (its field, or mention it) or declare its kind, by file and line. */
  elsewhere: YamlExample[];
}

/** The concept's examples: its own, and every other example in the knowledge base that uses it. */
export function examplesFor(index: PageGraph, c: Concept): PageExamples {
  const found = new Map<string, YamlExample>();
  for (const id of c.examples) {
    const ex = index.examplesById.get(id);
    if (ex) found.set(ex.id, ex);
  }
  const pi = pageIndex(index);
  for (const ex of pi.examplesUsing.get(c.id) ?? []) if (!found.has(ex.id)) found.set(ex.id, ex);
  for (const ex of pi.examplesDeclaring.get(c.id) ?? []) if (!found.has(ex.id)) found.set(ex.id, ex);
  const bySource = (a: YamlExample, b: YamlExample) =>
    a.source.file.localeCompare(b.source.file) || a.source.line - b.source.line;
  const all = [...found.values()].sort(bySource);
  const own = c.hasNote ? all.filter((ex) => ex.source.file === c.source.file) : [];
  return { own, elsewhere: all.filter((ex) => !own.includes(ex)) };
}

/** An example of another note shown as a focused excerpt: the lines to show, and where it is in full. */
export interface FocusedExample {
  example: YamlExample;
  /** 1-based inclusive line ranges of the code (example-excerpts.ts, `focusRanges`). */
  ranges: [number, number][];
  home: ExampleHome;
}

/** An example of another note listed by a link only (beyond the excerpts shown). */
export interface ExampleLink {
  example: YamlExample;
  home: ExampleHome;
}

/** Another place of an example shown on a page: a copy in a draft of its note. `href`: the page that shows it, if any. */
export interface ExampleCopy {
  file: string;
  line: number;
  href?: string;
}

/**
 * Copies of an example (the same code, spacing and width aside, in several notes: drafts kept next
 * to their chapter) are shown once, from the note not named like a draft (else the first by path),
 * with the other places by the kept example's id. A group one of whose members the page already
 * shows in place (`shownInPlace`) is left out whole.
 */
export function mergeExampleCopies(
  index: PageGraph,
  examples: readonly YamlExample[],
  shownInPlace: ReadonlySet<string>,
  base: string,
): { examples: YamlExample[]; copies: Map<string, ExampleCopy[]> } {
  const groups = new Map<string, YamlExample[]>();
  for (const ex of examples) {
    const key = compact(ex.code);
    const g = groups.get(key);
    if (g) g.push(ex);
    else groups.set(key, [ex]);
  }
  const { conceptByFile } = pageIndex(index);
  const keep = new Set<YamlExample>();
  const copies = new Map<string, ExampleCopy[]>();
  for (const g of groups.values()) {
    if (g.some((ex) => shownInPlace.has(ex.id))) continue;
    const [first, ...others] = [...g].sort((a, b) => preferredPlace(a.source, b.source));
    keep.add(first!);
    if (others.length === 0) continue;
    copies.set(
      first!.id,
      others.map((ex) => {
        const home = exampleHome(index, ex, base, (f) => conceptByFile.get(f));
        return { file: ex.source.file, line: ex.source.line, ...(home ? { href: home.href } : {}) };
      }),
    );
  }
  return { examples: examples.filter((ex) => keep.has(ex)), copies };
}

/** How a concept page shows the examples of other notes (`elsewhere`), each in exactly one of these, in source order. */
export interface ElsewhereExamples {
  /** In full: examples of notes that define the concept or are about it (and any that cannot be excerpted or linked). */
  full: YamlExample[];
  /** The first ELSEWHERE_EXCERPTS examples of notes that merely use the concept, as focused excerpts. */
  focused: FocusedExample[];
  /** The rest of those, as links to where they are shown in full. */
  links: ExampleLink[];
  /**
   * Ids of the examples in `full` that another page shows in full too (their home, exampleHome):
   * the concept page leaves them out of the full-text index, so a search finds them there once.
   */
  shownElsewhere: Set<string>;
}

/**
 * The UI-string keys of the headings over a concept page's `elsewhere` examples. They are "other
 * notes'" only when the concept has a note of its own: a concept mined from free-form notes (no
 * note of its own) has every example it is shown with in "the notes", often in the very note
 * its excerpt comes from, which "other notes" would deny.
 */
export function elsewhereHeadingKeys(c: Pick<Concept, 'kind' | 'hasNote'>): { title: UiKey; excerpts: UiKey } {
  if (c.kind === 'field') return { title: 'concept.examples.elsewhereField', excerpts: c.hasNote ? 'concept.examples.excerpts' : 'concept.examples.excerptsInNotes' };
  return c.hasNote
    ? { title: 'concept.examples.elsewhere', excerpts: 'concept.examples.excerpts' }
    : { title: 'concept.examples.inNotes', excerpts: 'concept.examples.excerptsInNotes' };
}

/** How many examples of notes that merely use a concept its page shows as excerpts (the rest are links). */
export const ELSEWHERE_EXCERPTS = 4;

/**
 * Sorts other notes' examples shown on the page of `c`: an example of a free-form note that is
 * about `c` (its home) or defines it stays in full, as does one that cannot be excerpted (no
 * key links to `c`) or has no page showing it in full to link to; the others — notes that
 * merely use the concept — become focused excerpts (the first ELSEWHERE_EXCERPTS) and links.
 */
export function splitElsewhere(index: PageGraph, c: Concept, elsewhere: readonly YamlExample[], base: string): ElsewhereExamples {
  const notes = noteLookup(index.graph);
  const { conceptByFile, examplesDeclaring } = pageIndex(index);
  const declaring = new Set(examplesDeclaring.get(c.id) ?? []);
  const out: ElsewhereExamples = { full: [], focused: [], links: [], shownElsewhere: new Set() };
  for (const ex of elsewhere) {
    const note = notes.byFile.get(ex.source.file);
    if (note && (note.home === c.id || note.defines.includes(c.id))) {
      out.full.push(ex);
      continue;
    }
    // A manifest of the kind in a note that is not about it: a link (no key to excerpt around).
    if (declaring.has(ex)) {
      const home = exampleHome(index, ex, base, (f) => conceptByFile.get(f));
      if (home) out.links.push({ example: ex, home });
      else out.full.push(ex);
      continue;
    }
    const ranges = focusRanges(ex, c.id);
    const home = ranges ? exampleHome(index, ex, base, (f) => conceptByFile.get(f)) : undefined;
    if (!ranges || !home) out.full.push(ex);
    else if (out.focused.length < ELSEWHERE_EXCERPTS) out.focused.push({ example: ex, ranges, home });
    else out.links.push({ example: ex, home });
  }
  for (const ex of out.full) if (exampleHome(index, ex, base, (f) => conceptByFile.get(f))) out.shownElsewhere.add(ex.id);
  return out;
}

/**
 * A key (from any example) that documents this field concept, for a `kubectl explain` box: one
 * linked to the concept or at its field path, the one with the most documentation (description,
 * type, API link), the first such key on a tie.
 */
export function fieldInfo(index: PageGraph, c: Concept): YamlKey | undefined {
  if (!c.fieldPath) return undefined;
  const pi = pageIndex(index);
  const a = pi.keyByConcept.get(c.id);
  const b = pi.keyByPath.get(c.fieldPath);
  if (!a || !b) return (a ?? b)?.key;
  return b.score > a.score || (b.score === a.score && b.seq < a.seq) ? b.key : a.key;
}

export { stateDiagramFor, type StateDiagramData };

/** Where a stub's note would go, content-relative. */
export function stubNotePath(c: Concept): string {
  return `concepts/${c.id}.md`;
}

/** Frontmatter and a heading to start a stub's note with (plain text; the page escapes it). */
export function stubSnippet(c: Concept): string {
  const fm: Record<string, unknown> = { id: c.id, title: c.title };
  if (c.titleZh) fm.titleZh = c.titleZh;
  if (c.titleEn && c.titleEn !== c.title) fm.titleEn = c.titleEn;
  fm.kind = c.kind;
  if (c.parent) fm.parent = c.parent;
  if (c.fieldPath) fm.fieldPath = c.fieldPath;
  const yaml = stringify(fm, { lineWidth: 0 }).trimEnd();
  const heading = c.titleZh && c.titleZh !== c.title ? `${c.title}（${c.titleZh}）` : c.title;
  return `---\n${yaml}\n---\n\n# ${heading.replace(/\n/g, ' ')}\n\n`;
}

/** How many siblings a stub lists as its neighbours on the map. */
export const STUB_SIBLINGS = 8;

/** What a reader-facing stub (a concept without a note) tells: what it is, where, what is near, where to read more. */
export interface StubData {
  /** What the concept is, in plain text: its summary (map label, or the first passage of a note about it). */
  summary?: string;
  /**
   * The summary is a passage of a free-form note (the concept was mined from that note): the
   * note's page has it, so the page leaves it out of the full-text index, as it does its excerpts.
   */
  summaryQuoted: boolean;
  /** API facts for kinds and fields (type, description, reference page). */
  api?: ApiFacts;
  /** Official pages to read more. */
  docs: DocsLink[];
  /** The concept's parent on the map, and other children of that parent (at most STUB_SIBLINGS). */
  parent?: Concept;
  siblings: Concept[];
  /** How many passages of free-form notes are about it (shown on the page as excerpts). */
  excerptCount: number;
  /** How many other concepts link to it (mentions, prerequisite, related: the page's backlinks). */
  mentionCount: number;
  /**
   * Free-form notes that are about it (their title names it: a topic made from a note's title has
   * no passage of its own, and its page links the note instead of saying no note mentions it).
   */
  aboutNotes: { id: string; title: string; draft: boolean }[];
  /**
   * The build made the concept itself, from no file: the generated root and the area groups of a
   * folder without map.md (stages/areas.ts). Its page says so, and links no source file.
   */
  generated: boolean;
}

/** The UI strings (`concept.stub.*`) a stub's status line can be. */
export type StubStatusKey =
  | 'concept.stub.hasExcerpt' | 'concept.stub.hasExcerpts'
  | 'concept.stub.aboutNote' | 'concept.stub.aboutNoteExcerpt' | 'concept.stub.aboutNoteExcerpts'
  | 'concept.stub.generated' | 'concept.stub.mentioned' | 'concept.stub.mentionedOnce' | 'concept.stub.mapOnly';

/**
 * The stub's status line: whether notes are about it, discuss it (excerpts), mention it, or it is
 * only on the map. Never "no note is written about it" when a note is (its title names it: a
 * learner's chapter "Pod 和探针" is about Pod, and the line below it links that chapter).
 */
export function stubStatus(stub: Pick<StubData, 'excerptCount' | 'aboutNotes' | 'generated' | 'mentionCount'>): { key: StubStatusKey; count: number } {
  const n = stub.excerptCount;
  if (stub.aboutNotes.length > 0) {
    return { key: n === 0 ? 'concept.stub.aboutNote' : n === 1 ? 'concept.stub.aboutNoteExcerpt' : 'concept.stub.aboutNoteExcerpts', count: n };
  }
  if (n > 0) return { key: n === 1 ? 'concept.stub.hasExcerpt' : 'concept.stub.hasExcerpts', count: n };
  if (stub.generated) return { key: 'concept.stub.generated', count: 0 };
  const m = stub.mentionCount;
  if (m > 0) return { key: m === 1 ? 'concept.stub.mentionedOnce' : 'concept.stub.mentioned', count: m };
  return { key: 'concept.stub.mapOnly', count: 0 };
}

/** The stub parts of a concept page; undefined for a concept with a note. */
export function stubData(index: PageGraph, c: Concept, ancestors: readonly Concept[]): StubData | undefined {
  if (c.hasNote) return undefined;
  const api = apiFacts(c, ancestors);
  const parent = c.parent !== undefined ? index.byId.get(c.parent) : undefined;
  const siblings = parent ? (index.children.get(parent.id) ?? []).filter((s) => s.id !== c.id).slice(0, STUB_SIBLINGS) : [];
  const summary = c.summary.trim() || undefined;
  return {
    ...(summary ? { summary } : {}),
    summaryQuoted: summary !== undefined && graphFiles(index).notes.has(c.source.file),
    ...(api ? { api } : {}),
    docs: docsLinks(c, api),
    ...(parent ? { parent } : {}),
    siblings,
    excerptCount: c.excerpts.length,
    mentionCount: backlinks(index, c.id).length,
    // A draft or copy of a chapter after the chapter (note-page.ts draftCopies).
    aboutNotes: notesAbout(index, c.id)
      .map((n) => ({ id: n.id, title: noteLookup(index.graph).labels.get(n.id) ?? n.title, draft: noteLookup(index.graph).drafts.has(n.id) }))
      .sort((a, b) => Number(a.draft) - Number(b.draft)),
    generated: !graphFiles(index).build.has(c.source.file),
  };
}

const titledBy = new WeakMap<GraphIndex, Map<string, NoteRecord[]>>();
/**
 * The notes about a concept: those whose home it is, then those that define it and whose title
 * names it beside their home (`# 配置与密钥：ConfigMap 和 Secret 学习记录` is about Secret too, though
 * its home is ConfigMap: Secret's page links the chapter instead of saying no note is about it).
 * A Latin name (title or alias) as a whole word, without case; another script's name as written, and
 * only the concept's own title. Once per graph.
 */
function notesAbout(index: PageGraph, id: string): NoteRecord[] {
  let byConcept = titledBy.get(index);
  if (!byConcept) {
    byConcept = new Map();
    for (const n of index.graph.notes ?? []) {
      for (const d of n.defines) {
        const c = d !== n.home ? index.byId.get(d) : undefined;
        if (c === undefined) continue;
        // (another script's name only as the concept's own title: an alias such as `资源` of requests is in `资源管理`)
        const names = [c.title, ...c.aliases.filter((a) => /^[A-Za-z0-9]/.test(a.trim()))];
        if (names.some((name) => titleSays(n.title, name))) (byConcept.get(d) ?? byConcept.set(d, []).get(d)!).push(n);
      }
    }
    titledBy.set(index, byConcept);
  }
  return [...(index.notesByHome.get(id) ?? []), ...(byConcept.get(id) ?? [])];
}

/** Whether a note's title says `name` (a Latin name as a whole word, without case unless camelCase; any other as written). */
function titleSays(title: string, name: string): boolean {
  const n = name.trim();
  if (n.length < 2) return false;
  if (!/^[A-Za-z0-9]/.test(n)) return title.includes(n);
  // (a camelCase name as written: the field `configMap` is not the kind `ConfigMap` a title names)
  const exact = /[a-z][A-Z]/.test(n);
  const t = exact ? title : title.toLowerCase();
  const key = exact ? n : n.toLowerCase();
  const word = /[A-Za-z0-9_]/;
  for (let at = t.indexOf(key); at >= 0; at = t.indexOf(key, at + 1)) {
    if (!word.test(title[at - 1] ?? ' ') && !word.test(title[at + n.length] ?? ' ')) return true;
  }
  return false;
}

const filesOf = new WeakMap<GraphIndex, { build: Set<string>; notes: Set<string> }>();
/** The files the build read (notes, concept notes, map.md) and those of the free-form notes (each has a page), once per graph. */
function graphFiles(index: PageGraph): { build: Set<string>; notes: Set<string> } {
  let files = filesOf.get(index);
  if (!files) {
    files = { build: new Set(index.graph.files.map((f) => f.file)), notes: new Set((index.graph.notes ?? []).map((n) => n.file)) };
    filesOf.set(index, files);
  }
  return files;
}

/** Show a table of contents when the note has enough sections to need one. */
export function tocHeadings(c: Concept): Concept['headings'] {
  const hs = c.headings.filter((h) => h.depth >= 2 && h.depth <= 3);
  return hs.length >= 3 ? hs : [];
}

export type BodyPart = { html: string } | { exampleId: string };

const EXAMPLE_BLOCK = /<pre><code\b[^>]*?\sdata-example-id="([^"]+)"[^>]*>[\s\S]*?<\/code><\/pre>/g;

/**
 * Split rendered note HTML at the code blocks the engine marked as YAML examples
 * (`<pre><code data-example-id="…">`), so the page can render each example in place with
 * highlighting, linked keys and findings. Only ids in `known` are replaced.
 */
export function splitAtExamples(html: string, known: (id: string) => boolean): BodyPart[] {
  const parts: BodyPart[] = [];
  let last = 0;
  for (const m of html.matchAll(EXAMPLE_BLOCK)) {
    const id = m[1]!.replace(/&#x([0-9a-f]+);/gi, (_s, h: string) => String.fromCodePoint(parseInt(h, 16))).replace(/&amp;/g, '&');
    if (!known(id)) continue;
    if (m.index > last) parts.push({ html: html.slice(last, m.index) });
    parts.push({ exampleId: id });
    last = m.index + m[0].length;
  }
  if (last < html.length) parts.push({ html: html.slice(last) });
  return parts;
}

// ---------------------------------------------------------------------------------------------
// Everything one page shows

export interface ConceptPageData {
  concept: Concept;
  /** Aliases that do not repeat a name the heading shows (its names: src/views/concept-names.ts `headingNames`). */
  aliases: string[];
  /** Fields of the API the concept lists among its aliases or keywords, shown apart from its names (`aliasGroups`). */
  aliasFields: string[];
  /** Its other keywords (search terms that are not names), shown as small tags (`aliasGroups`). */
  keywords: string[];
  /** From the map root down to the parent. */
  ancestors: Concept[];
  prerequisites: Concept[];
  related: Concept[];
  children: Concept[];
  backlinks: Backlink[];
  prev?: Concept;
  next?: Concept;
  toc: Heading[];
  diagram?: StateDiagramData;
  /** The `kubectl explain` box of a field. */
  field?: YamlKey;
  /** Examples of the concept's own note not already shown in place in its text or excerpts. */
  ownExamples: YamlExample[];
  /** Other notes' examples that use the concept, not already shown in place. */
  elsewhere: YamlExample[];
  /** Other places of the examples in `elsewhere` (copies in drafts), by example id. */
  exampleCopies: Map<string, ExampleCopy[]>;
  /** How `elsewhere` is shown: in full, as focused excerpts, as links. */
  elsewhereShown: ElsewhereExamples;
  /** Reader-facing stub parts, for a concept without a note. */
  stub?: StubData;
  /** "Edit this page" and the note's last commit date (ISO), for concepts with a note. */
  editUrl?: string;
  updated?: string;
}

/**
 * The data of one concept page. `sources` gives repository links and dates (sources view),
 * `base` the site's base path (links to where other notes' examples are shown in full).
 * Undefined for an unknown id.
 */
export function conceptPageData(index: GraphIndex, id: string, sources?: Pick<SourceLinks, 'edit' | 'lastUpdated'>, base = '/'): ConceptPageData | undefined {
  const c = index.byId.get(id);
  if (!c) return undefined;
  const { prev, next } = prevNext(index, c.id);
  const examples = examplesFor(index, c);
  // Examples the note shows in place (in its text or excerpts) are not repeated below it.
  const inline = new Set<string>();
  for (const html of [c.body, ...c.excerpts.map((e) => e.html)]) {
    for (const p of splitAtExamples(html, (x) => index.examplesById.has(x))) if ('exampleId' in p) inline.add(p.exampleId);
  }
  const ancestors = resolveConcepts(index, c.ancestors);
  const merged = mergeExampleCopies(index, examples.elsewhere, inline, base);
  const elsewhere = merged.examples;
  const aliasNames = aliasGroups(c);
  return {
    concept: c,
    aliases: aliasNames.names,
    aliasFields: aliasNames.fields,
    keywords: aliasNames.keywords,
    ancestors,
    prerequisites: resolveConcepts(index, c.prerequisites),
    related: resolveConcepts(index, c.related),
    children: index.children.get(c.id) ?? [],
    backlinks: backlinks(index, c.id),
    prev,
    next,
    toc: c.hasNote ? tocHeadings(c) : [],
    diagram: stateDiagramFor(index, c),
    field: c.kind === 'field' ? fieldInfo(index, c) : undefined,
    ownExamples: examples.own.filter((e) => !inline.has(e.id)),
    elsewhere,
    elsewhereShown: splitElsewhere(index, c, elsewhere, base),
    exampleCopies: merged.copies,
    stub: stubData(index, c, ancestors),
    editUrl: c.hasNote ? sources?.edit(c.source.file) : undefined,
    updated: c.hasNote ? sources?.lastUpdated(c.source.file) : undefined,
  };
}
