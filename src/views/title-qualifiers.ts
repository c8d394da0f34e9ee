/**
 * What tells apart concepts of the same name when a list or a picture shows them together.
 *
 * A reader's notes name many fields alike: `maxUnavailable` of a Deployment, a DaemonSet and a
 * PodDisruptionBudget, `immutable` of a ConfigMap and of a Secret, `securityContext` at the Pod's
 * level and at a container's, the phase `Bound` of a PersistentVolume and of a claim. Each is its
 * own concept with its own page, but a sidebar list, a local graph or a note's concept list that
 * shows two of them (or one on the other's page) would show the same word twice. This view gives
 * each concept whose name another concept of the graph shares a qualifier, worked out once per
 * graph; the pages show it only where a clash is in sight (`shownQualifiers`).
 *
 * The qualifier is the first of these that no other concept of the same name has:
 *   1. a field's owner kind (`ConfigMap`; field-owner.ts);
 *   2. a field's path (`spec.containers[].securityContext` beside `spec.securityContext`);
 *   3. the nearest ancestor of another name (`PersistentVolume`, `调度`).
 * A concept for which none is its own gets no qualifier (it is left as it was).
 */
import type { Concept, Graph } from '../graph/model.ts';
import { indexGraph } from '../graph/graph-index.ts';
import { fieldOwner } from './field-owner.ts';
import { enName, zhName } from './concept-names.ts';

/** A qualifier in each UI language (the same text when the names do not differ). */
export interface Qualifier {
  zh: string;
  en: string;
}

/** The key two concepts' names clash on: the displayed Chinese name, letter case and spacing aside. */
export function nameKey(c: Pick<Concept, 'title' | 'titleZh'>): string {
  return zhName(c).normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase();
}

const byGraph = new WeakMap<Graph, ReadonlyMap<string, Qualifier>>();

/** Qualifier makers, in the order they are tried (see the header). */
const MAKERS: ((graph: Graph, c: Concept, key: string) => Qualifier | undefined)[] = [
  (graph, c) => {
    if (c.kind !== 'field') return undefined;
    const kind = fieldOwner(graph, c)?.kind;
    return kind ? { zh: kind, en: kind } : undefined;
  },
  (_graph, c) => (c.kind === 'field' && c.fieldPath ? { zh: c.fieldPath, en: c.fieldPath } : undefined),
  (graph, c, key) => {
    const { byId } = indexGraph(graph);
    const seen = new Set<string>([c.id]);
    for (let p = c.parent !== undefined ? byId.get(c.parent) : undefined; p && !seen.has(p.id); p = p.parent !== undefined ? byId.get(p.parent) : undefined) {
      seen.add(p.id);
      if (nameKey(p) === key) continue;
      const zh = zhName(p);
      return { zh, en: enName(p) ?? zh };
    }
    return undefined;
  },
];

/** Every concept whose name another concept of the graph shares, with what tells it from them. Built once per graph. */
export function titleQualifiers(graph: Graph): ReadonlyMap<string, Qualifier> {
  const known = byGraph.get(graph);
  if (known) return known;
  const groups = new Map<string, Concept[]>();
  for (const c of graph.concepts) {
    const key = nameKey(c);
    const group = groups.get(key);
    if (group) group.push(c);
    else groups.set(key, [c]);
  }
  const out = new Map<string, Qualifier>();
  for (const [key, group] of groups) {
    if (group.length < 2) continue;
    // Per maker, each member's qualifier and how many members of the group share its text.
    const made = MAKERS.map((make) => group.map((c) => make(graph, c, key)));
    const counts = made.map((row) => {
      const n = new Map<string, number>();
      for (const q of row) if (q) n.set(q.zh.toLowerCase(), (n.get(q.zh.toLowerCase()) ?? 0) + 1);
      return n;
    });
    group.forEach((c, i) => {
      for (let m = 0; m < MAKERS.length; m++) {
        const q = made[m]![i];
        if (q && counts[m]!.get(q.zh.toLowerCase()) === 1) {
          out.set(c.id, q);
          return;
        }
      }
    });
  }
  byGraph.set(graph, out);
  return out;
}

/**
 * The qualifiers to show for concepts shown together (a list with the page's own concept, a local
 * graph): those of the concepts whose name another shown concept has. A concept shown twice is one.
 * `keyOf` is `nameKey`, or a memo of it (createViews keeps one per graph: a local graph asks for
 * the same concepts' keys on every step of every page near them).
 */
export function shownQualifiers<C extends Pick<Concept, 'id' | 'title' | 'titleZh'>>(shown: readonly C[], qualifiers: ReadonlyMap<string, Qualifier>, keyOf: (c: C) => string = nameKey): Map<string, Qualifier> {
  const out = new Map<string, Qualifier>();
  if (qualifiers.size === 0 || shown.length < 2) return out;
  // Only a concept with a qualifier can get one: when none is shown, no name needs comparing (a
  // local graph asks on every step of every page, and most show no such concept).
  if (!shown.some((c) => qualifiers.has(c.id))) return out;
  const keys = shown.map((c) => keyOf(c));
  const ids = new Map<string, Set<string>>();
  shown.forEach((c, i) => {
    const set = ids.get(keys[i]!);
    if (set) set.add(c.id);
    else ids.set(keys[i]!, new Set([c.id]));
  });
  shown.forEach((c, i) => {
    if (ids.get(keys[i]!)!.size < 2) return;
    const q = qualifiers.get(c.id);
    if (q) out.set(c.id, q);
  });
  return out;
}
