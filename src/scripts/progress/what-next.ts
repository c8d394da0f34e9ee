/**
 * "What next" for one reader: what they are learning first, then concepts whose prerequisites
 * they know (nearest to what they learned first: children and fields of a learned concept,
 * related ones, its siblings on the map), then the other concepts next to what they learned,
 * then — to fill up, or for a reader with no progress yet — the next concepts in learning order. Never what is learned or skipped, never
 * historical or deprecated concepts, never the root or a branch. Each item says why it is
 * recommended. Pure: unit tested in tests/unit/progress.
 */
import type { ProgressConcept, ProgressGraph } from '../../views/progress-data.ts';
import { isCounted, type ProgressData } from './store.ts';

export type NextReason =
  | { kind: 'learning' }
  | { kind: 'prereqs'; via: string[] }
  | { kind: 'near'; via: string }
  | { kind: 'order' };

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
  const byNearThenOrder = (a: ProgressConcept, b: ProgressConcept): number => nearRank(a) - nearRank(b) || a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

  // 1. In progress.
  for (const c of graph.concepts) if (candidate(c) && state(c.id) === 'learning') add(c, { kind: 'learning' });
  // From here on, what the reader evidently knows (prerequisites of learned concepts) is not suggested.
  for (const id of known) taken.add(id);

  // 2. Prerequisites (at least one) all known, nearest to what was learned first.
  const prereqReady = graph.concepts.filter((c) => candidate(c) && c.prerequisites.length > 0 && ready(c)).sort(byNearThenOrder);
  for (const c of prereqReady) add(c, { kind: 'prereqs', via: c.prerequisites.filter((p) => byId.has(p)) });

  // 3. Next to what was learned, even when a prerequisite is still open (the reason says so).
  const nearOnes = [...near.keys()].map((id) => byId.get(id)).filter(candidate).sort(byNearThenOrder);
  for (const c of nearOnes) add(c, { kind: 'near', via: near.get(c.id)!.via });

  // 4. Learning order, for a start or to fill up.
  for (const c of graph.concepts) if (candidate(c) && ready(c)) add(c, { kind: 'order' });
  return out;
}
