/**
 * "What next" for one reader: what they are learning first, then concepts whose prerequisites
 * they know (nearest to what they learned first: children and fields of a learned concept,
 * related ones, its siblings on the map), then the other concepts next to what they learned,
 * then — to fill up, or for a reader with no progress yet — the learning path: the map's
 * prerequisite edges walked in topological order, the foundations that most concepts build on
 * first (see `learningPath`). Never what is learned or skipped, never historical or deprecated
 * concepts, never the root or a branch. Each item says why it is recommended. Pure: unit tested
 * in tests/unit/progress.
 */
import type { ProgressConcept, ProgressGraph } from '../../views/progress-data.ts';
import { isCounted, type ProgressData } from './store.ts';

export type NextReason =
  | { kind: 'learning' }
  | { kind: 'prereqs'; via: string[] }
  | { kind: 'near'; via: string }
  /**
   * Next on the learning path. `after`: its prerequisites the reader has not learned yet (each
   * is recommended earlier in the same list); `dependents`: how many concepts build on it,
   * directly or through others.
   */
  | { kind: 'order'; after: string[]; dependents: number };

export interface NextItem {
  concept: ProgressConcept;
  reason: NextReason;
}

/**
 * Concepts the reader evidently knows: what they learned, and (transitively) the prerequisites
 * of what they learned — someone who learned hostAliases knows the Pod-level fields it needs.
 */
export function knownConcepts(graph: ProgressGraph, data: ProgressData): Set<string> {
  const byId = new Map(graph.concepts.map((c) => [c.id, c]));
  const known = new Set<string>();
  const stack = graph.concepts.filter((c) => data.states[c.id]?.state === 'learned').map((c) => c.id);
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (known.has(id)) continue;
    known.add(id);
    for (const p of byId.get(id)?.prerequisites ?? []) if (!known.has(p)) stack.push(p);
  }
  return known;
}

/** The learning path of a map: a rank per concept (0 first) and how many concepts build on each. */
export interface LearningPath {
  rank: Map<string, number>;
  /** Concepts (not historical, not the root or a branch) that need it, directly or through others. */
  dependents: Map<string, number>;
}

const paths = new WeakMap<ProgressGraph, LearningPath>();

/**
 * The order in which a newcomer should meet the concepts, derived from the graph alone: a
 * topological order of the prerequisite edges (a concept comes after everything it needs), and
 * among the concepts whose prerequisites are all placed, first the one the most concepts build
 * on (directly or through others), then the shallower one on the map (a concept off the map, mined
 * from the notes beside a map.md, after those on it), then map order. So the
 * foundations of the core path (Linux processes → namespaces → Pod → Service, Deployment …)
 * come before leaves that nothing depends on (a niche network plugin). A prerequisite cycle,
 * which the build warns about, is broken at the most important concept still waiting.
 * Computed once per ProgressGraph object.
 */
export function learningPath(graph: ProgressGraph): LearningPath {
  const cached = paths.get(graph);
  if (cached) return cached;
  const byId = new Map(graph.concepts.map((c) => [c.id, c]));
  const prereqs = new Map(graph.concepts.map((c) => [c.id, [...new Set(c.prerequisites)].filter((p) => p !== c.id && byId.has(p))]));
  const needs = new Map<string, string[]>(graph.concepts.map((c) => [c.id, []]));
  for (const [id, ps] of prereqs) for (const p of ps) needs.get(p)!.push(id);
  const counts = (c: ProgressConcept): boolean => isCounted(graph, c) && c.status === undefined;
  const dependents = new Map<string, number>();
  for (const c of graph.concepts) {
    const seen = new Set<string>([c.id]);
    const stack = [...needs.get(c.id)!];
    let n = 0;
    while (stack.length > 0) {
      const id = stack.pop()!;
      if (seen.has(id)) continue;
      seen.add(id);
      if (counts(byId.get(id)!)) n++;
      stack.push(...needs.get(id)!);
    }
    dependents.set(c.id, n);
  }
  const depth = new Map<string, number>();
  const depthOf = (id: string): number => {
    const had = depth.get(id);
    if (had !== undefined) return had;
    depth.set(id, 0); // cycle guard
    const parent = byId.get(id)?.parent;
    // A concept with no parent other than the root is off the map (mined from the notes beside a
    // map.md): after every concept on it, not as shallow as the root.
    const d = parent !== undefined ? depthOf(parent) + 1 : id === graph.root ? 0 : Infinity;
    depth.set(id, d);
    return d;
  };
  const index = new Map(graph.concepts.map((c, i) => [c.id, i]));
  const before = (a: string, b: string): boolean => {
    const da = dependents.get(a)!;
    const db = dependents.get(b)!;
    if (da !== db) return da > db;
    const ha = depthOf(a);
    const hb = depthOf(b);
    if (ha !== hb) return ha < hb;
    return index.get(a)! < index.get(b)!;
  };
  const waiting = new Map(graph.concepts.map((c) => [c.id, prereqs.get(c.id)!.length]));
  const rank = new Map<string, number>();
  const open = new Set(graph.concepts.filter((c) => waiting.get(c.id) === 0).map((c) => c.id));
  const best = (ids: Iterable<string>): string | undefined => {
    let pick: string | undefined;
    for (const id of ids) if (pick === undefined || before(id, pick)) pick = id;
    return pick;
  };
  while (rank.size < graph.concepts.length) {
    // Normally the best open concept; on a cycle, the best one still waiting.
    const id = best(open) ?? best(graph.concepts.map((c) => c.id).filter((x) => !rank.has(x)))!;
    open.delete(id);
    rank.set(id, rank.size);
    for (const d of needs.get(id)!) {
      if (rank.has(d)) continue;
      const left = waiting.get(d)! - 1;
      waiting.set(d, left);
      if (left === 0) open.add(d);
    }
  }
  const path = { rank, dependents };
  paths.set(graph, path);
  return path;
}

/**
 * The i18n key of what the list says when it suggests nothing: `progress.next.none` when the map
 * has no concept to learn at all (only the root and its branches: notes that define none), else
 * `progress.next.empty` (everything learned, skipped or waiting for prerequisites); '' when
 * `items` suggests something.
 */
export function nextStatusKey(graph: ProgressGraph, items: readonly NextItem[]): '' | 'progress.next.none' | 'progress.next.empty' {
  if (items.length > 0) return '';
  return graph.concepts.some((c) => isCounted(graph, c)) ? 'progress.next.empty' : 'progress.next.none';
}

export function recommendNext(graph: ProgressGraph, data: ProgressData, limit = Infinity): NextItem[] {
  const byId = new Map(graph.concepts.map((c) => [c.id, c]));
  const state = (id: string): string => data.states[id]?.state ?? 'not-started';
  const known = knownConcepts(graph, data);
  const ready = (c: ProgressConcept): boolean => c.prerequisites.every((p) => !byId.has(p) || known.has(p));
  const out: NextItem[] = [];
  const taken = new Set<string>();
  const candidate = (c: ProgressConcept | undefined): c is ProgressConcept =>
    c !== undefined && !taken.has(c.id) && isCounted(graph, c) && c.status === undefined && state(c.id) !== 'learned' && state(c.id) !== 'skipped';
  const add = (c: ProgressConcept, reason: NextReason): void => {
    if (out.length >= limit) return;
    taken.add(c.id);
    out.push({ concept: c, reason });
  };

  // Near what was learned: children (fields of an object), related concepts, siblings on the map.
  const children = new Map<string, ProgressConcept[]>();
  for (const c of graph.concepts) {
    if (c.parent === undefined) continue;
    const list = children.get(c.parent);
    if (list) list.push(c);
    else children.set(c.parent, [c]);
  }
  const near = new Map<string, { via: string; rank: number }>();
  const note = (id: string, via: string, rank: number): void => {
    const had = near.get(id);
    if (!had || rank < had.rank) near.set(id, { via, rank });
  };
  for (const l of graph.concepts) {
    if (state(l.id) !== 'learned') continue;
    for (const ch of children.get(l.id) ?? []) note(ch.id, l.id, 0);
    for (const r of l.related ?? []) note(r, l.id, 1);
    if (l.parent !== undefined) for (const sib of children.get(l.parent) ?? []) if (sib.id !== l.id) note(sib.id, l.id, 2);
  }
  const nearRank = (c: ProgressConcept): number => near.get(c.id)?.rank ?? 3;
  const path = learningPath(graph);
  const pathRank = (c: ProgressConcept): number => path.rank.get(c.id)!;
  const byNearThenPath = (a: ProgressConcept, b: ProgressConcept): number => nearRank(a) - nearRank(b) || pathRank(a) - pathRank(b);

  // 1. In progress.
  for (const c of graph.concepts) if (candidate(c) && state(c.id) === 'learning') add(c, { kind: 'learning' });
  // From here on, what the reader evidently knows (prerequisites of learned concepts) is not suggested.
  for (const id of known) taken.add(id);

  // 2. Prerequisites (at least one) all known, nearest to what was learned first.
  const prereqReady = graph.concepts.filter((c) => candidate(c) && c.prerequisites.length > 0 && ready(c)).sort(byNearThenPath);
  for (const c of prereqReady) add(c, { kind: 'prereqs', via: c.prerequisites.filter((p) => byId.has(p)) });

  // 3. Next to what was learned, even when a prerequisite is still open (the reason says so).
  const nearOnes = [...near.keys()].map((id) => byId.get(id)).filter(candidate).sort(byNearThenPath);
  for (const c of nearOnes) add(c, { kind: 'near', via: near.get(c.id)!.via });

  // 4. The learning path, for a start or to fill up. A concept may come before its
  // prerequisites are learned, since the path puts them earlier (in this list, or known); but
  // never after one the reader skipped, nor after one that waits for a skipped one.
  const ordered = [...graph.concepts].sort((a, b) => pathRank(a) - pathRank(b));
  const blocked = new Set<string>();
  const recommendable = (id: string): boolean => {
    const c = byId.get(id);
    return c !== undefined && isCounted(graph, c) && c.status === undefined;
  };
  for (const c of ordered) {
    if (c.prerequisites.some((p) => state(p) === 'skipped' || blocked.has(p))) {
      blocked.add(c.id);
      continue;
    }
    if (!candidate(c)) continue;
    const after = c.prerequisites.filter((p) => recommendable(p) && !known.has(p));
    add(c, { kind: 'order', after, dependents: path.dependents.get(c.id) ?? 0 });
  }
  return out;
}
