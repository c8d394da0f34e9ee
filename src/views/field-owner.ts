/**
 * The owner kind a field concept's path is relative to, and the concept of the graph that stands
 * for that kind, for the header of a field's page (`StorageClass` · `volumeBindingMode`).
 *
 * - The kind: the concept's `owner`; without one the model says Pod, which is shown only when
 *   the Pod really has the path (a bundled concept written without `owner:` whose path is a
 *   Deployment's, `spec.strategy`, shows no owner rather than a wrong one).
 * - Its concept: the `object` concept whose title names the kind (`StorageClass`), else one whose
 *   alias does (`PersistentVolumeClaim` is an alias of "Persistent Volume & Persistent Volume
 *   Claim"); names are read as the note miner reads them (vocabulary `kindNamed`); a kind the
 *   vocabulary does not know (a custom kind a note's examples describe) by its title as written.
 *   Built once per graph.
 */
import type { Concept, Graph } from '../graph/model.ts';
import { DEFAULT_OWNER, fieldAt, kindNamed } from '../graph/vocabulary/index.ts';

export interface FieldOwner {
  /** The API or configuration kind (`StorageClass`, `KubeletConfiguration`). */
  kind: string;
  /** The graph's concept for the kind, when it has one. */
  concept?: Concept;
}

const byGraph = new WeakMap<Graph, Map<string, Concept>>();

function kindConcepts(graph: Graph): Map<string, Concept> {
  let map = byGraph.get(graph);
  if (map) return map;
  const byTitle = new Map<string, Concept>();
  const byAlias = new Map<string, Concept>();
  for (const c of graph.concepts) {
    if (c.kind !== 'object') continue;
    for (const title of [c.title, c.titleEn]) {
      // (a kind no catalogue knows, which the notes' examples describe — `AdminNetworkPolicy`,
      // a project's `Relay` — is its object concept's title as written)
      const k = title ? (kindNamed(title) ?? title) : undefined;
      if (k && !byTitle.has(k)) byTitle.set(k, c);
    }
    for (const alias of c.aliases) {
      const k = kindNamed(alias);
      if (k && !byAlias.has(k)) byAlias.set(k, c);
    }
  }
  map = new Map([...byAlias, ...byTitle]);
  byGraph.set(graph, map);
  return map;
}

/** The graph's `object` concept that stands for an API or configuration kind (`Pod`, a custom kind's title), if any. */
export function kindConcept(graph: Graph, kind: string): Concept | undefined {
  return kindConcepts(graph).get(kind);
}

/** The owner of a field concept (undefined for a concept without a field path, or an owner not known). */
export function fieldOwner(graph: Graph, concept: Concept): FieldOwner | undefined {
  if (!concept.fieldPath) return undefined;
  const kind = concept.owner ?? (fieldAt(DEFAULT_OWNER, concept.fieldPath) ? DEFAULT_OWNER : undefined);
  if (kind === undefined) return undefined;
  const owner = kindConcepts(graph).get(kind);
  return owner && owner.id !== concept.id ? { kind, concept: owner } : { kind };
}
