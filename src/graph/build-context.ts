/**
 * The one typed build context every stage of `loadGraph` reads and writes (see stages/).
 * Each stage fills in its part, in pipeline order:
 *
 *   read          files, fileSet, records, toRead
 *   parse         docs, mapDoc
 *   conceptNotes  nodes (from concepts/**), noteConcept
 *   mapTree       nodes (map items), rootId, mapSeen, tree parents, treeOrder
 *   mine          index, notePassages, noteHome, noteFiles (and new mined concepts in nodes)
 *   link          mentionLinks, assets (rewrites links inside the trees), mentionContexts
 *   examples      examples, fileConcepts
 *   cards         cards (self-check cards, rendered folded in the note trees)
 *   render        node bodies, headings, excerpts
 *   validate      checked references (refs), reference and cycle diagnostics
 *   edges         edges
 *   concepts      concepts (the public records)
 *   layout        concept positions
 *   assemble      graph
 */
import type { Root, RootContent } from 'mdast';
import type { Card, Concept, ConceptKind, Edge, Excerpt, FileRecord, Graph, Heading, MentionContext, SourceRef, YamlExample } from './model.ts';
import type { FenceAnalysis } from './examples.ts';
import type { NoteReading } from './note-reading.ts';
import { DiagnosticSink } from './diagnostics.ts';
import type { Frontmatter, RefAt } from './frontmatter.ts';
import type { MapItem } from './map-outline.ts';
import { NameIndex } from './names.ts';
import { valueSpellingSkips } from './miner/value-spelling.ts';
import type { Passage } from './mining.ts';
import type { FoundLink } from './links.ts';
import { compareStrings } from './util.ts';
import type { MapLayout } from './layout.ts';
import type { ParseCache } from './disk-cache.ts';
import type { ContentLayout } from './files.ts';

export interface LoadOptions {
  /** Compute map positions (default true). */
  layout?: boolean;
  /** Parse in worker threads: a count, true/false; default automatic (only for large folders). Env: K8SMAP_GRAPH_WORKERS. */
  workers?: number | boolean;
  /** Called after each stage with its name and wall time in ms (benchmarks, `--timings`). */
  onStage?: (stage: string, ms: number) => void;
  /** Keep the miner's candidates that became no concept, with the rule that said no (`--explain` of a name that is no concept). */
  keepRejections?: boolean;
  /**
   * The cache directory whose `k8smap-parse/` folder keeps parse results between loads
   * (disk-cache.ts); false: no cache; default: the one the Astro integration set
   * (`setDefaultCacheDir`), else none. K8SMAP_CACHE=off turns it off whatever this says.
   */
  cache?: string | false;
}

/** A name the miner read and did not make a concept (kept for `--explain` only). */
export interface Rejection {
  at: SourceRef;
  /** The label as the candidate had it (`**OrderedReady（默认）**` → `OrderedReady（默认）`). */
  label: string;
  /** The rule that proposed it (definitions.ts, prose.ts …). */
  proposedBy: string;
  /** The resolver's rule that said no, and why. */
  rule: string;
  why: string;
}

/** A parsed Markdown file. */
export interface Doc {
  file: string;
  role: 'map' | 'concept' | 'note';
  text: string;
  tree: Root;
  fm: Frontmatter;
  hasFrontmatter: boolean;
  status: 'ok' | 'error';
  /** Its YAML fences, analysed in the parse stage (parse-file.ts). */
  fences: FenceAnalysis[];
  /** A free-form note's reading by the miner, when the parse workers did it (note-reading.ts); the mine stage takes it (and reads the note itself otherwise). */
  reading?: NoteReading;
  /** perf63: the reading still packed, unpacked on the first call (parse-file.ts `ParsedFile.readingLater`); the mine stage asks for it. */
  readingLater?: () => NoteReading | undefined;
  /** Its tags (parse-file.ts `ParsedFile.tags`): labels, never names. */
  tags: string[];
  /** Its 思源笔记 block ids (parse-file.ts `ParsedFile.blockIds`). */
  blockIds?: string[];
  /** Its Logseq blocks named by `id::` (parse-file.ts `ParsedFile.logseqBlocks`). */
  logseqBlocks?: import('./logseq.ts').LogseqBlock[];
}

/** A concept while the graph is built. */
export interface Node {
  id: string;
  title: string;
  titleZh?: string;
  titleEn?: string;
  aliases: string[];
  /** Search-only terms of a concept note (`keywords`): never names, never matched. */
  keywords?: string[];
  kind?: ConceptKind;
  fieldPath?: string;
  /** Kind of a field's path or a state's phase; absent for Pod. */
  owner?: string;
  /** Created by the miner from a free-form note (not a concept note or map item). */
  mined?: boolean;
  status?: string;
  statusReason?: string;
  summary?: string;
  order?: number;
  doc?: Doc;
  map?: MapItem;
  mapParent?: string;
  fmParent?: RefAt;
  source: SourceRef;
  /** Final tree parent (only for concepts connected to the root). */
  parent?: string;
  parentAt?: SourceRef;
  children: Node[];
  inTree: boolean;
  rank: number;
  ancestors: string[];
  branch: string;
  isTerm: boolean;
  /** For terms: the note concept it was found under (for branch and mentions). */
  home?: string;
  /**
   * struct23: the home is only the first thing its note defines, or the one it writes most (the
   * title named nothing the note defines): a kind or field there is a neighbour, not what the
   * concept is part of.
   */
  homeLoose?: boolean;
  /** fix30b: its note's title is a date and the home's passage does not name it: beside the home, whatever the home's kind (miner/date-titles.ts). */
  homeDated?: boolean;
  /**
   * A term defined under a heading that names one kind the note defines other than its home
   * (`## Secret 的类型` in a chapter whose home is ConfigMap): that kind, its parent before the home.
   */
  sectionObject?: string;
  /** place45: the note's title names this concept as well as its home (`# ConfigMap 和 Secret`: Secret is the home's sibling, not its part). */
  homeTitled?: boolean;
  /**
   * struct24: a field the note explains for its subject, not as part of its owner kind: the note's
   * home is a topic or term its title names (`# 调度：nodeSelector、亲和性、污点与容忍`), or a kind the
   * field's own definition names (`**envFrom：**把 ConfigMap 里所有的键…` in `# ConfigMap`), and the
   * note does not define the field's owner kind. It hangs under that home; its fieldPath and owner stay.
   */
  homeSubject?: boolean;
  /** struct26: a field the note explains for several sibling holders of one type: every place, its fieldPath first (miner/field-values.ts). */
  sharedPaths?: string[];
  excerpts: (Excerpt & { blocks: RootContent[] })[];
  examples: Set<string>;
  body: string;
  headings: Concept['headings'];
}

/** References of a concept note that point to existing concepts (set by the validate stage). */
export interface CheckedRefs {
  prerequisites: RefAt[];
  related: RefAt[];
  transitions: Frontmatter['transitions'];
}

export interface BuildContext {
  readonly options: LoadOptions;
  /** Absolute content folder. */
  readonly root: string;
  readonly diags: DiagnosticSink;

  // read
  files: string[];
  fileSet: Set<string>;
  records: Map<string, FileRecord>;
  /** `loose`: no map.md, concepts/ or notes/, every Markdown file is a note (files.ts `contentLayout`). */
  contentLayout: ContentLayout;
  /** Markdown files to parse (map, concept notes, free-form notes), sorted. */
  toRead: string[];

  // parse
  /** Concept notes and free-form notes, in file order. */
  docs: Doc[];
  mapDoc?: Doc;
  /** The bytes of each file of `toRead` (or why it could not be read), when the whole graph's look-up read them (load.ts); the parse stage takes them. */
  readBytes?: (Uint8Array | NodeJS.ErrnoException)[] | undefined;
  /** The disk cache this load uses (disk-cache.ts); `runStages` finishes it at the load's end. */
  parseCache?: ParseCache;

  // concepts, map tree, mining
  nodes: Map<string, Node>;
  /** Concept note file → concept id. */
  noteConcept: Map<string, string>;
  rootId: string;
  mapItems: MapItem[];
  mapSeen: Map<string, MapItem>;
  /** Number of concepts on the map tree (their ranks are 0 … treeOrder-1). */
  treeOrder: number;
  index: NameIndex;
  /** YAML fences of each note, analysed once (stage `yaml`). */
  fences: Map<string, FenceAnalysis[]>;
  /** Identity of an API thing (`object:Pod`, `field:Pod:spec.hostPID`, `state:Pod:Pending`) → concept id. */
  identities: Map<string, string>;
  /** Free-form notes as a whole (stage `mine`). */
  notes: Map<string, NoteInfo>;
  /** Why each concept exists: where it was defined or mentioned, and the rule (`--explain`). */
  provenance: Map<string, Provenance[]>;
  /** Candidates that became no concept, when `options.keepRejections` asks for them (`--explain`). */
  rejections?: Rejection[];
  /** Edges the miner found (same-section `related`, object → its fields and states). */
  minedEdges: Edge[];
  /**
   * edges34: dependencies a note's running text states (miner/dependencies.ts), in note order;
   * stage validate drops those that would close a prerequisite cycle, the rest become edges.
   */
  minedPrerequisites: MinedPrerequisite[];
  notePassages: Map<string, Passage[]>;
  /** Free-form note file → the concept it is about (null when none). */
  noteHome: Map<string, string | null>;
  noteFiles: Set<string>;

  // links, examples
  mentionLinks: { from: string; link: FoundLink }[];
  /** Links to concepts and names of concepts in running text, with their sentences (stages mine and link). */
  mentionContexts: MentionContext[];
  assets: Set<string>;
  examples: YamlExample[];
  /** File → concepts it defined or contributed excerpts/examples to. */
  fileConcepts: Map<string, Set<string>>;

  // cards
  /** Self-check cards, in note order (stage `cards`); sorted by the `assemble` stage. */
  cards: Card[];

  // validate, edges
  refs: Map<string, CheckedRefs>;
  edges: Edge[];
  edgeKeys: Set<string>;

  // concepts, layout, assemble
  concepts: Concept[];
  /** The whole map layout (stage `layout`), stored as `Graph.layout`. */
  layout?: MapLayout;
  graph?: Graph;
}

export interface NoteInfo {
  id: string;
  title: string;
  file: string;
  home?: string;
  headings: Heading[];
  defines: Set<string>;
  mentions: Set<string>;
  /** The whole note rendered (stage `render`, note-body.ts). */
  body?: string;
}

/** edges34: a prerequisite read from a sentence: `from` is learnt or installed before `to`. */
export interface MinedPrerequisite {
  from: string;
  to: string;
  at: SourceRef;
  /** The phrasing that read it (miner/dependencies.ts). */
  rule: string;
  /** The sentence, whitespace squashed. */
  sentence: string;
}

export interface Provenance {
  at: SourceRef;
  /** `defined` by a passage, `mentioned` in running text, `about` (the note's title), `alias`. */
  role: 'defined' | 'mentioned' | 'about' | 'alias';
  /** Name of the rule that matched (definitions.ts, resolve.ts). */
  rule: string;
  /** The text as written. */
  label: string;
  /** The sentence that made it a concept, for rules that read running prose. */
  evidence?: string;
}

export function addProvenance(ctx: BuildContext, id: string, p: Provenance): void {
  const list = ctx.provenance.get(id);
  if (list) list.push(p);
  else ctx.provenance.set(id, [p]);
}

export const SYNTHETIC_ROOT = 'root';

export function createContext(contentDir: string, options: LoadOptions): BuildContext {
  return {
    options,
    root: contentDir,
    diags: new DiagnosticSink(),
    files: [],
    fileSet: new Set(),
    records: new Map(),
    contentLayout: 'laid-out',
    toRead: [],
    docs: [],
    nodes: new Map(),
    noteConcept: new Map(),
    rootId: SYNTHETIC_ROOT,
    mapItems: [],
    mapSeen: new Map(),
    treeOrder: 0,
    index: new NameIndex(valueSpellingSkips),
    fences: new Map(),
    identities: new Map(),
    notes: new Map(),
    provenance: new Map(),
    ...(options.keepRejections ? { rejections: [] } : {}),
    minedEdges: [],
    minedPrerequisites: [],
    notePassages: new Map(),
    noteHome: new Map(),
    noteFiles: new Set(),
    mentionLinks: [],
    mentionContexts: [],
    assets: new Set(),
    examples: [],
    fileConcepts: new Map(),
    cards: [],
    refs: new Map(),
    edges: [],
    edgeKeys: new Set(),
    concepts: [],
  };
}

export function newNode(id: string, title: string, source: SourceRef): Node {
  return {
    id,
    title,
    aliases: [],
    source,
    children: [],
    inTree: false,
    rank: Number.MAX_SAFE_INTEGER,
    ancestors: [],
    branch: '',
    isTerm: false,
    excerpts: [],
    examples: new Set(),
    body: '',
    headings: [],
  };
}

export function sortedNodes(nodes: Map<string, Node>): Node[] {
  return [...nodes.values()].sort((a, b) => compareStrings(a.id, b.id));
}

export function effectiveKind(n: Node): ConceptKind {
  return n.kind ?? (n.children.length > 0 ? 'topic' : 'term');
}

/** The names a concept goes by, for the NameIndex. */
export function named(n: Node) {
  return {
    id: n.id,
    title: n.title,
    ...(n.titleZh ? { titleZh: n.titleZh } : {}),
    ...(n.titleEn ? { titleEn: n.titleEn } : {}),
    aliases: n.aliases,
    ...(n.fieldPath ? { fieldPath: n.fieldPath } : {}),
    kind: effectiveKind(n),
    branch: n.branch,
    rank: n.rank,
    // the generated root's id is no name: `root` in a note is the Linux user, not the map's root
    ...(n.id === SYNTHETIC_ROOT ? { idIsName: false } : {}),
  };
}

export function addFileConcept(ctx: BuildContext, file: string, id: string): void {
  const s = ctx.fileConcepts.get(file) ?? new Set<string>();
  s.add(id);
  ctx.fileConcepts.set(file, s);
}

export function compareRef(a: SourceRef, b: SourceRef): number {
  return compareStrings(a.file, b.file) || a.line - b.line || a.column - b.column;
}

/** File name without extension; `index.md` / `README.md` take their folder's name. */
export function fileStem(file: string): string {
  const parts = file.split('/');
  let stem = parts[parts.length - 1]!.replace(/\.(md|markdown)$/i, '');
  if (/^(index|readme)$/i.test(stem) && parts.length > 1) stem = parts[parts.length - 2]!;
  return stem;
}
