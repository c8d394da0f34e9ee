/**
 * View: the progress data (`progress-data.json`), the small slice of the concept graph the
 * progress scripts need in the browser (ids, display names, kinds, learning order, branch,
 * prerequisites): the summary, per-branch shares, "what next", orphan detection. Built once per
 * build; the pages' server-rendered totals read the same object. Pure: takes a Graph, returns a
 * ProgressGraph; the browser imports only the types.
 */
import type { Concept, Graph } from '../graph/model.ts';

/** Version of the `progress-data.json` shape. */
export const PROGRESS_DATA_VERSION = 1;

export interface ProgressConcept {
  id: string;
  /** Display name: the Chinese name when there is one, else the title as written. */
  title: string;
  /** The English name, when it differs from `title`. */
  titleEn?: string;
  kind: string;
  order: number;
  branch: string;
  prerequisites: string[];
  /** Parent on the map (absent for the root). */
  parent?: string;
  /** Related concepts (both directions of `related` edges), for "near what was learned". */
  related?: string[];
  /** Kept on the map for history, or deprecated: never recommended. */
  status?: 'historical' | 'deprecated';
}

/** What `progress-data.json` holds: just enough of the graph to count and suggest. */
export interface ProgressGraph {
  version: typeof PROGRESS_DATA_VERSION;
  root: string;
  /** Children of the root, in map order. */
  branches: { id: string; title: string; titleEn?: string }[];
  /** Sorted by learning order, then id. */
  concepts: ProgressConcept[];
}

/**
 * Display names, as the map shows them by default: the Chinese name first (`titleZh`, else the
 * title as written), the English one as a second name when it differs.
 */
export function names(c: Pick<Concept, 'title' | 'titleZh' | 'titleEn'>): { title: string; titleEn?: string } {
  const title = c.titleZh?.trim() || c.title;
  const en = c.titleEn?.trim() || c.title;
  return en !== title ? { title, titleEn: en } : { title };
}

/**
 * How many concepts each branch counts in its share learned (the progress store's `summarize`:
 * every concept but the root and the branches that are topics, by its branch), by branch id;
 * with `only`, of those concepts only these (the map's share counts the concepts on the map, as
 * `summarize` does given the same set).
 */
export function branchTotals(graph: Pick<Graph, 'root' | 'concepts'>, only?: ReadonlySet<string>): Map<string, number> {
  const branches = new Set(graph.concepts.filter((c) => c.id !== graph.root && c.parent === graph.root).map((c) => c.id));
  const out = new Map<string, number>();
  for (const c of graph.concepts) {
    if (c.id === graph.root || (branches.has(c.id) && c.kind === 'topic') || !branches.has(c.branch) || (only && !only.has(c.id))) continue;
    out.set(c.branch, (out.get(c.branch) ?? 0) + 1);
  }
  return out;
}

export function buildProgressGraph(graph: Graph): ProgressGraph {
  const ids = new Set(graph.concepts.map((c) => c.id));
  const relatedOf = new Map<string, Set<string>>();
  const relate = (a: string, b: string): void => {
    if (a === b || !ids.has(a) || !ids.has(b)) return;
    const set = relatedOf.get(a) ?? new Set<string>();
    set.add(b);
    relatedOf.set(a, set);
  };
  for (const c of graph.concepts) for (const r of c.related) (relate(c.id, r), relate(r, c.id));
  for (const e of graph.edges) if (e.type === 'related') (relate(e.from, e.to), relate(e.to, e.from));
  const parentOf = new Map(graph.concepts.map((c) => [c.id, c.parent]));
  const concepts = [...graph.concepts]
    .sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((c) => ({
      id: c.id,
      ...names(c),
      kind: c.kind,
      order: c.order,
      branch: c.branch,
      prerequisites: c.prerequisites.filter((p) => ids.has(p) && p !== c.id),
      ...(c.parent !== undefined && ids.has(c.parent) ? { parent: c.parent } : {}),
      ...(relatedOf.has(c.id) ? { related: [...relatedOf.get(c.id)!].sort() } : {}),
      ...(c.status === 'historical' || c.status === 'deprecated' ? { status: c.status as 'historical' | 'deprecated' } : {}),
    }));
  const branches = concepts
    .filter((c) => c.id !== graph.root && parentOf.get(c.id) === graph.root)
    .map((c) => ({ id: c.id, title: c.title, ...(c.titleEn ? { titleEn: c.titleEn } : {}) }));
  return { version: PROGRESS_DATA_VERSION, root: graph.root, branches, concepts };
}
