/**
 * The views: the one layer between the Graph and what the site emits. One module per emitted
 * file or page kind, each exporting its type and its builder; `createViews` puts them together
 * for one Graph, each computed on first use and then kept, so nothing is derived twice in a
 * build. Pages, endpoints and components read views (through src/lib/views.ts); browser scripts
 * import only types and pure helpers from here. Nothing here imports Astro, the DOM or
 * src/lib, src/scripts, src/components: the layers run one way (tests/unit/layers.test.ts).
 *
 *   graph-export.ts   graph.json                 the whole Graph
 *   map-data.ts       map.json, home page        positions, boxes, wrapped labels (from Graph.layout)
 *   search-index.ts   search-index.json          concept search documents + MiniSearch index
 *   search-core.ts      (its format)             tokenizer, index options, load and query (browser too)
 *   glossary-keywords.ts (its names)             the glossary's Chinese names, shared with map-data.ts
 *   progress-data.ts  progress-data.json         learning order, branches, prerequisites
 *   cards.ts          cards.json, /review/       self-check cards with their concepts and branches
 *   preview-index.ts  preview-index.json         hover previews of concept links (names, kind, summary, example)
 *   key-descriptions.ts key-descriptions.json    API descriptions of the YAML keys (tooltips), once per site
 *   backlinks.ts        (on any page)            "linked from": each linking note with the sentence around the link
 *   concept-list.ts   /concepts/                 concepts grouped by branch, counts per kind
 *   concept-page.ts   /concepts/<id>/            neighbours, backlinks, examples, field box, …
 *   local-graph.ts      (on a concept page)      the concept's neighbourhood on rings
 *   field-owner.ts      (on a field's page)      the owner kind of a field and the concept standing for it
 *   state-diagram.ts    (on a concept page)      state machine + its dagre layout, once per machine
 *   sources.ts        links and dates            repository paths, blob/edit/create links, git dates
 *   assets.ts         /assets/<path>             note images and files served from the notes folder
 *   title-qualifiers.ts (lists, local graph)    what tells apart shown concepts of one name
 *   note-page.ts      /notes/<id>/               a free-form note in full: body, concepts by kind, prev/next
 *   notes-index.ts    /notes/                    every note with its sections, counts, findings, date
 *   tags.ts           /tags/, /tags/<tag>/       every tag with its notes and concepts, nested tags' parents; each page's tags
 *   urls.ts             (pure helpers)           base-path URLs for build and browser
 */
import type { Concept, Graph } from '../graph/model.ts';
import { indexGraph, type GraphIndex } from '../graph/graph-index.ts';
import { graphExportChunks } from './graph-export.ts';
import { buildMapData, type MapData } from './map-data.ts';
import { buildSearchIndexJson } from './search-index.ts';
import { buildProgressGraph, type ProgressGraph } from './progress-data.ts';
import { buildCardsData, cardCounts, type CardsData } from './cards.ts';
import { buildPreviewIndexJson } from './preview-index.ts';
import { buildKeyDescriptionsJson } from './key-descriptions.ts';
import { buildBacklinkIndex, type BacklinkNote } from './backlinks.ts';
import { buildConceptList, type ConceptListData } from './concept-list.ts';
import { conceptPageData, type ConceptPageData } from './concept-page.ts';
import { buildLocalGraph, localGraphSteps, type LocalBoxCache, type LocalGraphData, type LocalGraphSource } from './local-graph.ts';
import { layoutStateDiagram, type StateDiagramData, type StateDiagramJson, type StateLayoutCache } from './state-diagram.ts';
import { sourceLinks, type SourceLinks, type SourcesContext } from './sources.ts';
import { assetRoutes, type AssetRoute } from './assets.ts';
import { conceptPath, notePath } from './urls.ts';
import { noteLookup, notePageData, type NotePageData } from './note-page.ts';
import { buildNotesIndex, type NotesIndexData } from './notes-index.ts';
import { buildTags, type TagsData } from './tags.ts';
import { nameKey, shownQualifiers, titleQualifiers, type Qualifier } from './title-qualifiers.ts';

export interface ViewContext {
  /** The site's base path (`/` or `/k8s-map/`): views that hold URLs build them with it. */
  base: string;
  sources: SourcesContext;
}

export interface SiteViews {
  readonly graph: Graph;
  /** Lookups by id, children, edges in and out. */
  readonly index: GraphIndex;
  readonly sources: SourceLinks;
  /** graph.json in pieces (graph-export.ts), produced as they are read: only its `astro dev` route asks (the build writes the file with src/lib/data-files.ts). */
  graphJson(): Iterable<string>;
  readonly mapData: MapData;
  readonly searchIndexJson: string;
  readonly progress: ProgressGraph;
  /** The self-check cards (cards.json, the review page). */
  readonly cards: CardsData;
  /** How many self-check cards a concept has (0 for none). */
  cardCount(id: string): number;
  /** preview-index.json (preview-index.ts). */
  readonly previewIndexJson: string;
  /** key-descriptions.json (key-descriptions.ts). */
  readonly keyDescriptionsJson: string;
  readonly conceptList: ConceptListData;
  readonly assetRoutes: AssetRoute[];
  /** Notes that link to or name a concept, with the sentence around each place (backlinks.ts). */
  backlinks(id: string): BacklinkNote[];
  /** Notes that link to a free-form note (or to or name its concept), with the sentence around each place (backlinks.ts). */
  noteBacklinks(noteId: string): BacklinkNote[];
  /** The data of `/concepts/<id>/` (undefined for an unknown id). */
  conceptPage(id: string): ConceptPageData | undefined;
  /** The local graph of a concept page, one or two steps out. */
  localGraph(id: string, depth: 1 | 2): LocalGraphData;
  /** The same in steps of more and more nodes (the page shows what stays readable, "more…" the rest). */
  localGraphSteps(id: string, depth: 1 | 2): LocalGraphData[];
  /** A state diagram with its layouts (computed once per state machine). */
  stateDiagram(data: StateDiagramData): StateDiagramJson;
  /** The data of `/notes/<id>/` (undefined for an unknown note id). */
  notePage(id: string): NotePageData | undefined;
  /** The notes index (`/notes/`). */
  readonly notesIndex: NotesIndexData;
  /** Every tag, its page's data, and the tags of each note and concept (tags.ts). */
  readonly tags: TagsData;
  /** The page of the free-form note `file` (content-relative), at an anchor; undefined when it is no free-form note. */
  noteHref(file: string, anchor?: string): string | undefined;
  /** What tells apart the shown concepts that share a name (title-qualifiers.ts), by concept id; empty when none do. */
  qualifiers(shown: readonly Concept[]): Map<string, Qualifier>;
}

/** A value computed on first use. */
function once<T>(make: () => T): () => T {
  let done = false;
  let value: T;
  return () => {
    if (!done) {
      value = make();
      done = true;
    }
    return value;
  };
}

export function createViews(graph: Graph, ctx: ViewContext): SiteViews {
  const index = indexGraph(graph);
  const noteHref = (file: string, anchor?: string): string | undefined => {
    const note = noteLookup(graph).byFile.get(file);
    return note ? notePath(ctx.base, note.id, anchor) : undefined;
  };
  const sources = sourceLinks({ ...ctx.sources, notePage: noteHref });
  const notesIndex = once(() => buildNotesIndex(graph, sources.lastUpdated));
  const mapData = once(() => buildMapData(graph));
  const tags = once(() => buildTags(graph, ctx.base));
  const searchIndexJson = once(() => buildSearchIndexJson(graph, tags()));
  const progress = once(() => buildProgressGraph(graph));
  const previewIndexJson = once(() => buildPreviewIndexJson(graph));
  const keyDescriptionsJson = once(() => buildKeyDescriptionsJson(graph));
  const backlinkIndex = once(() => buildBacklinkIndex(graph, ctx.base));
  const conceptList = once(() => buildConceptList(index));
  const cards = once(() => buildCardsData(graph, ctx.base));
  const cardCountMap = once(() => cardCounts(cards()));
  const assets = once(() => assetRoutes(graph));
  const stateLayouts: StateLayoutCache = new Map();
  const localBoxes: LocalBoxCache = new Map();
  // The local graph's source: the index's lookups and the qualifiers of drawn concepts of one name
  // (one object per graph: the local graph keeps its memo by source).
  const nameKeys = new Map<Concept, string>();
  const keyOf = (c: Concept): string => {
    let key = nameKeys.get(c);
    if (key === undefined) nameKeys.set(c, (key = nameKey(c)));
    return key;
  };
  const qualify = (shown: readonly Concept[]): Map<string, Qualifier> => shownQualifiers(shown, titleQualifiers(graph), keyOf);
  const localSource: LocalGraphSource = { byId: index.byId, outgoing: index.outgoing, incoming: index.incoming, qualify };
  const conceptUrl = (id: string): string => conceptPath(ctx.base, id);
  return {
    graph,
    index,
    sources,
    graphJson: () => graphExportChunks(graph),
    get mapData() {
      return mapData();
    },
    get searchIndexJson() {
      return searchIndexJson();
    },
    get progress() {
      return progress();
    },
    get cards() {
      return cards();
    },
    get previewIndexJson() {
      return previewIndexJson();
    },
    get keyDescriptionsJson() {
      return keyDescriptionsJson();
    },
    get conceptList() {
      return conceptList();
    },
    get assetRoutes() {
      return assets();
    },
    cardCount: (id) => cardCountMap().get(id) ?? 0,
    backlinks: (id) => backlinkIndex().concepts.get(id) ?? [],
    noteBacklinks: (id) => backlinkIndex().notes.get(id) ?? [],
    conceptPage: (id) => conceptPageData(index, id, sources, ctx.base),
    localGraph: (id, depth) => buildLocalGraph(localSource, id, depth, undefined, localBoxes),
    localGraphSteps: (id, depth) => localGraphSteps(localSource, id, depth, localBoxes),
    stateDiagram: (data) => layoutStateDiagram(data, conceptUrl, stateLayouts),
    notePage: (id) => notePageData(index, id, sources),
    get notesIndex() {
      return notesIndex();
    },
    get tags() {
      return tags();
    },
    noteHref,
    qualifiers: qualify,
  };
}
