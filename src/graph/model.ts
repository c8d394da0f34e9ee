/**
 * The one vocabulary of the codebase: the typed concept graph that `loadGraph` produces and
 * that the pages, the map, search and `graph.json` read. Pure types and constants (and one pure
 * helper every layer shares, `fillPlaceholders`): no Astro, DOM or Node imports here.
 */
import type { MapLayout } from './layout.ts';

/** Bumped whenever the shape of `graph.json` changes incompatibly. */
export const GRAPH_SCHEMA_VERSION = 1;

export const CONCEPT_KINDS = ['topic', 'object', 'field', 'state', 'pattern', 'term'] as const;
export type ConceptKind = (typeof CONCEPT_KINDS)[number];

export const EDGE_TYPES = ['child', 'prerequisite', 'related', 'transition', 'mentions'] as const;
export type EdgeType = (typeof EDGE_TYPES)[number];

export type Severity = 'error' | 'warning';

/** A place in an input file. `file` is relative to the content directory, with `/` separators. */
export interface SourceRef {
  file: string;
  /** 1-based */
  line: number;
  /** 1-based */
  column: number;
}

/**
 * A text of the UI-string tables (src/graph/finding-texts.json) in no language yet: its key, the
 * values of its `{name}` placeholders (names, values, paths from the notes: untrusted), and the
 * placeholders filled with another text of the table in the same language (`parts`: placeholder
 * → key; `a boolean` / `布尔值`), whose own placeholders take the same values.
 */
export interface LocalText {
  key: string;
  vars: Record<string, string>;
  parts?: Record<string, string>;
}

export interface Diagnostic extends SourceRef {
  severity: Severity;
  /** Stable machine-readable code, e.g. `duplicate-id`, `dangling-reference`, `yaml-unknown-field`. */
  code: string;
  /** What is wrong, in English (the CLI's text). */
  message: string;
  /**
   * The same message as a UI-string key (`finding.*`, src/graph/finding-texts.json) and the values
   * of its placeholders, for pages in the reader's language; absent for findings not yet translated.
   */
  text?: LocalText;
  /** How to fix it, one sentence (in English: the CLI's). */
  hint?: string;
  /** The hint as a UI-string key and its placeholders' values, like `text`. */
  hintText?: LocalText;
}

export interface Position {
  x: number;
  y: number;
}

/** A passage of a free-form note that defines or explains a concept. */
export interface Excerpt {
  source: SourceRef;
  /** The heading the passage sits under, if any (plain text). */
  heading?: string;
  /** Sanitised HTML of the passage (CJK emphasis already rendered). */
  html: string;
  /** Plain text of the passage, for search and summaries. */
  text: string;
  /** Other places with the same passage (drafts and copies of a note): shown once, here. */
  alsoIn?: ExcerptPlace[];
  /** Id of the passage's element on its note's page (`notes/<note id>/#<anchor>`). */
  anchor?: string;
}

/** Another place of a passage, with its anchor on that note's page. */
export interface ExcerptPlace extends SourceRef {
  anchor?: string;
}

export interface Transition {
  to: string;
  label: string;
}

/** One key of a YAML example with where it is and what it links to. */
export interface YamlKey {
  /** Path in the manifest, `[]` marks list items: `spec.containers[].image`. */
  path: string;
  /** The same field expressed relative to a Pod (`spec.template.spec.x` of a Deployment becomes `spec.x`), when it is a Pod field. */
  podPath?: string;
  /** 1-based line within the example's code. */
  line: number;
  /** 1-based column within the example's code. */
  column: number;
  /** Concept whose `fieldPath` matches this key, if any. */
  conceptId?: string;
  /** `kubectl explain`-style type, e.g. `string`, `[]Container`, `boolean`. */
  type?: string;
  /** Field description from the Kubernetes API. */
  description?: string;
  /** Link to the field in the Kubernetes API reference (API kinds only: the component configuration files have no reference page here). */
  docUrl?: string;
  /** Allowed values of a field of a component configuration kind (whose source has no descriptions to name them). */
  enum?: string[];
}

export interface YamlExample {
  /** Stable id derived from file and line. */
  id: string;
  /** Where the fence starts in its note. */
  source: SourceRef;
  /** The fence's language tag, or '' when untagged. */
  lang: string;
  /** The code exactly as written (including `...` omission lines). */
  code: string;
  /** `kind` values of the documents in it, e.g. ['Pod']. */
  kinds: string[];
  keys: YamlKey[];
  /** Distinct field paths set (Pod-relative where possible), sorted. */
  fieldPaths: string[];
  /** Concepts this example illustrates (by field path, or the note it sits in), sorted. */
  conceptIds: string[];
  /** Schema findings; `line`/`column` are within the note file, not the code (a line an include read in: within the included file, `lineOrigins`). */
  diagnostics: Diagnostic[];
  /**
   * inc55: where each line of `code` came from, when an include read lines into the fence (includes.ts):
   * the file (the note's own, or the included one) and its line. Absent for a fence written whole in its note.
   */
  lineOrigins?: { file: string; line: number }[];
  /**
   * Manifests in it that were not checked because the field catalogue has no schema for their
   * kind/apiVersion (a custom resource such as a Kustomization, another served version);
   * `apiVersion` is '' when the document has none. Absent when every manifest was checked.
   */
  unchecked?: { kind: string; apiVersion: string; known?: string[] }[];
}

export interface Heading {
  depth: number;
  /** Stable anchor id (github-slugger, keeps CJK). */
  id: string;
  text: string;
  /** The line of the source file it is on (absent when the parser gave none): a note page links a finding under it to it. */
  line?: number;
}

export interface Concept {
  /** Stable, URL-safe, unique. */
  id: string;
  /** Display title as written. */
  title: string;
  titleZh?: string;
  titleEn?: string;
  /** Other names: abbreviations, translations, spellings (matched when notes are read). */
  aliases: string[];
  /**
   * Search-only terms from a concept note's `keywords` (components, sub-features, commands it
   * covers): searched, never matched as a name; absent when there are none.
   */
  keywords?: string[];
  /**
   * Tags of its concept note (frontmatter `tags`, its headings' and running text's `#tags`, as
   * written, one per key): labels, never names; absent when there are none.
   */
  tags?: string[];
  kind: ConceptKind;
  /** Parent in the map tree (`child` edge from parent to this). */
  parent?: string;
  /** For fields: `spec.hostAliases`, `spec.containers[].lifecycle.postStart`, relative to `owner`. */
  fieldPath?: string;
  /**
   * struct26: a field a note explains for several sibling fields of one type at once (the probe
   * parameters `initialDelaySeconds`, `periodSeconds` … for livenessProbe, readinessProbe and
   * startupProbe): every such place, `fieldPath` first. Absent for a field of one place.
   */
  sharedPaths?: string[];
  /**
   * The API kind a field's `fieldPath` is relative to, or whose phase a state is a value of
   * (`Deployment` for its `spec.replicas`, `PersistentVolume` for `Released`). Absent means Pod
   * (fields of the Pod template of a workload are Pod fields).
   */
  owner?: string;
  /** Plain-text summary (first paragraph or frontmatter `summary`). */
  summary: string;
  /** Rendered, sanitised HTML of the note body ('' for stubs). */
  body: string;
  headings: Heading[];
  excerpts: Excerpt[];
  /** Ids of YamlExamples that illustrate this concept. */
  examples: string[];
  /** False for map-only stubs that have no note yet. */
  hasNote: boolean;
  /** Where the concept is defined (its note, or its map item). */
  source: SourceRef;
  /** Build-time layout position on the skill map. */
  position?: Position;
  /** e.g. `historical`, `deprecated`. */
  status?: string;
  /** One line explaining the status. */
  statusReason?: string;
  /** Learning order (lower first); derived from the map when not given. */
  order: number;
  prerequisites: string[];
  related: string[];
  transitions: Transition[];
  /** Ancestor ids from the root down to the parent. */
  ancestors: string[];
  /** Which branch (child of the root) this concept belongs to; the root's own id for the root. */
  branch: string;
}

export interface Edge {
  from: string;
  to: string;
  type: EdgeType;
  /** For transitions, and link text for mentions. */
  label?: string;
  source?: SourceRef;
}

/**
 * Where a note links to or names a concept (or links to a free-form note), with the sentence (or list item, heading, table row)
 * around it as plain text: `before` + `text` (the link text or name as written) + `after`.
 * Build-side data for "linked from" lists (src/views/backlinks.ts); not part of graph.json.
 */
export interface MentionContext {
  /** The concept the note counts the mention for (a concept note's own concept, a passage's concept, a free-form note's home), when there is one. */
  from?: string;
  /** The concept linked or named; for a link to a free-form note, the concept that note is about (absent when none). */
  to?: string;
  /** For a link to a free-form note: the note's id (its page lists the link under "linked from"). */
  note?: string;
  /** Where the link or name is (content-relative file, 1-based line and column). */
  source: SourceRef;
  /** `link`: a Markdown or wiki link; `name`: the concept named in running text (free-form notes). */
  via: 'link' | 'name';
  unit: 'sentence' | 'item' | 'heading' | 'row';
  before: string;
  text: string;
  after: string;
}

export interface FileRecord {
  file: string;
  role: 'map' | 'concept' | 'note' | 'asset' | 'ignored';
  /** `error` when the file could not be used (unreadable, invalid frontmatter...). */
  status: 'ok' | 'error';
  /** Concepts this file defined or contributed excerpts/examples to. */
  concepts: string[];
}

/** One free-form note (`notes/**.md`) as a whole. */
export interface NoteRecord {
  /** Stable, unique slug from the note's path (letters of any script kept): `调度-亲和性与污点`. */
  id: string;
  /** Its first `#` heading, else its frontmatter title, else its file name (a note whose H1s are sections has no `#` heading left: h1-sections.ts). */
  title: string;
  /** Content-relative path. */
  file: string;
  /** The concept the note is about (from its title), when there is one. */
  home?: string;
  headings: Heading[];
  /** Concepts the note defines or explains (its passages, and its home), sorted. */
  defines: string[];
  /** Other known concepts its running text names, sorted. */
  mentions: string[];
  /** Its tags (frontmatter `tags`, its headings' and running text's `#tags`, as written, one per key); absent when none. */
  tags?: string[];
  /**
   * Sanitised HTML of the whole note (its leading `#` heading left out), for its page: heading
   * ids, an anchor on each passage that became an excerpt, inline links to the concepts it names
   * (first mention per section), YAML fences marked with `data-example-id`; links use `@base/`.
   */
  body: string;
}

/** A self-check card (`> [!question] …` in a note, see docs/content-format.md). */
export interface Card {
  /** Stable id: `<concept>/<explicit id>` or `<concept>/q-<hash of the question>`. */
  id: string;
  /** The concept the card belongs to (its concept note, or the section of a free-form note). */
  concept: string;
  /** Sanitised HTML of the question (inline). */
  question: string;
  /** Plain text of the question. */
  questionText: string;
  /** Sanitised HTML of the answer (blocks). */
  answer: string;
  /** 8 hex digits of the answer's text: lets a learner's schedule follow a card whose question was edited. */
  answerHash: string;
  /** True when the id was written in the note (`{#id}`). */
  explicitId?: boolean;
  /** Where the card's block quote starts. */
  source: SourceRef;
}

export interface GraphStats {
  files: number;
  concepts: number;
  edges: number;
  examples: number;
  warnings: number;
  errors: number;
  /** Self-check cards; present only when > 0. */
  cards?: number;
  /** Manifests in YAML examples that were not checked (no schema); present only when > 0. */
  uncheckedManifests?: number;
}

export interface Graph {
  version: typeof GRAPH_SCHEMA_VERSION;
  /** Id of the map root. */
  root: string;
  /** Sorted by `order` (learning order, i.e. map pre-order), then id. */
  concepts: Concept[];
  /** Sorted by type, from, to. */
  edges: Edge[];
  /** Sorted by id. */
  examples: YamlExample[];
  /** Sorted by file, line, column, code. */
  diagnostics: Diagnostic[];
  files: FileRecord[];
  /** Free-form notes, sorted by file (always present in what loadGraph returns). */
  notes?: NoteRecord[];
  /** Self-check cards of every note, sorted by concept learning order, then file, line. */
  cards?: Card[];
  /** Images referenced by notes: source path in content dir → public path under the site. */
  assets: { from: string; to: string }[];
  stats: GraphStats;
  /** The build-time skill-map layout (positions, boxes, wrapped labels); absent when the layout did not run. */
  layout?: MapLayout;
  /**
   * Every link to a concept and every concept named in a free-form note's running text, with
   * its sentence, sorted by file, line, column. Build-side only: left out of graph.json
   * (`GRAPH_BUILD_ONLY_KEYS`), read by the backlinks view.
   */
  mentionContexts?: MentionContext[];
}

/** Keys of a Graph that are not written to graph.json. */
export const GRAPH_BUILD_ONLY_KEYS: ReadonlySet<string> = new Set(['mentionContexts']);

/**
 * A UI string's `{name}` placeholders filled from `vars` — the one place every layer does it (the
 * engine's finding texts, the pages' `t`, the language switch, the browser scripts' tables). A
 * placeholder with no value stays as written (`{name}`), a repeated one is filled each time, and a
 * value is inserted as it is, never read as a template again. The result is text: a caller that
 * writes it into HTML escapes it (Astro expressions, `textContent`).
 */
export function fillPlaceholders(template: string, vars: Readonly<Record<string, unknown>> = {}): string {
  // (most strings have no placeholder: pages fill a few dozen per render)
  if (!template.includes('{')) return template;
  return template.replace(/\{(\w+)\}/g, (m, name: string) => (Object.hasOwn(vars, name) ? String(vars[name]) : m));
}
