/**
 * Build-time: the small slice of the concept graph the progress scripts need in the browser
 * (ids, titles, kinds, learning order, branch, prerequisites), emitted as `progress-data.json`.
 * Pure: takes a Graph, returns a ProgressGraph.
 */
import type { Concept, Graph } from '../../graph/model.ts';
import { PROGRESS_VERSION, type ProgressGraph } from './store.ts';

/**
 * Display names, as the map shows them by default: the Chinese name first (`titleZh`, else the
 * title as written), the English one as a second name when it differs.
 */
export function names(c: Pick<Concept, 'title' | 'titleZh' | 'titleEn'>): { title: string; titleEn?: string } {
  const title = c.titleZh?.trim() || c.title;
  const en = c.titleEn?.trim() || c.title;
  return en !== title ? { title, titleEn: en } : { title };
}

export function buildProgressGraph(graph: Graph): ProgressGraph {
  const ids = new Set(graph.concepts.map((c) => c.id));
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
    }));
  const branches = concepts
    .filter((c) => c.id !== graph.root && parentOf.get(c.id) === graph.root)
    .map((c) => ({ id: c.id, title: c.title, ...(c.titleEn ? { titleEn: c.titleEn } : {}) }));
  return { version: PROGRESS_VERSION, root: graph.root, branches, concepts };
}
