/**
 * View: the concept index page (`/concepts/`): every concept but the root, grouped by branch of
 * the map (in learning order), concepts outside any branch last, with the count per kind (a
 * branch that is a concept, not a topic, counts too: `listsBranch`). One pass over the concepts.
 */
import { CONCEPT_KINDS, type Concept, type ConceptKind } from '../graph/model.ts';
import type { GraphIndex } from '../graph/graph-index.ts';

export interface ConceptGroup {
  /** The branch (a child of the root); undefined for the group of concepts outside any branch. */
  branch?: Concept;
  /** In learning order. */
  concepts: Concept[];
  /**
   * Titles that two or more concepts of the group share (two `namespaces` fields of one kind):
   * their rows show the field path, so that the reader can tell them apart.
   */
  sharedTitles: Set<string>;
}

export interface ConceptListData {
  root?: Concept;
  groups: ConceptGroup[];
  /** Listed concepts per kind (every kind, 0 when none). */
  counts: Map<ConceptKind, number>;
  total: number;
}

export function buildConceptList(index: GraphIndex): ConceptListData {
  const { graph } = index;
  const branches = index.children.get(graph.root) ?? [];
  const byBranch = new Map<string, Concept[]>(branches.map((b) => [b.id, []]));
  const loose: Concept[] = [];
  for (const c of graph.concepts) {
    if (c.id === graph.root || byBranch.has(c.id)) continue;
    const list = byBranch.get(c.branch);
    if (list) list.push(c);
    else loose.push(c);
  }
  const groups: ConceptGroup[] = branches.map((b) => group(b, byBranch.get(b.id)!));
  if (loose.length > 0) groups.push(group(undefined, loose));
  const counts = new Map<ConceptKind, number>(CONCEPT_KINDS.map((k) => [k, 0]));
  let total = 0;
  for (const g of groups) {
    for (const c of [...(g.branch && listsBranch(g.branch) ? [g.branch] : []), ...g.concepts]) {
      counts.set(c.kind, (counts.get(c.kind) ?? 0) + 1);
      total++;
    }
  }
  return { root: index.byId.get(graph.root), groups, counts, total };
}

/**
 * Whether a branch's heading lists the branch as a concept of its kind (counted, badged, kept by
 * the kind filter): a branch that is no topic — with no map.md the notes' own objects are the
 * branches (`Pod`, `Deployment`), and the filter "API 对象" must not hide them. The same
 * branches the progress store counts (scripts/progress/store.ts `isCounted`).
 */
export function listsBranch(branch: Pick<Concept, 'kind'>): boolean {
  return branch.kind !== 'topic';
}

function group(branch: Concept | undefined, concepts: Concept[]): ConceptGroup {
  const seen = new Set<string>();
  const sharedTitles = new Set<string>();
  for (const c of concepts) (seen.has(c.title) ? sharedTitles : seen).add(c.title);
  return { branch, concepts, sharedTitles };
}
