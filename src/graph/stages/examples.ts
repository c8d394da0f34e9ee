/**
 * Stage `examples`: every analysed YAML fence becomes a YamlExample (examples.ts), attached to
 * the concepts whose fields it sets (same owner kind and path), the note's own concept and the
 * passage around it.
 */
import { addFileConcept, sortedNodes, type BuildContext } from '../build-context.ts';
import { buildExample } from '../examples.ts';
import { DEFAULT_OWNER } from '../vocabulary/index.ts';

export function collectExamples(ctx: BuildContext): void {
  const { nodes, diags } = ctx;
  const byOwnerPath = new Map<string, string[]>();
  const byPath = new Map<string, string[]>();
  const push = (m: Map<string, string[]>, k: string, id: string) => {
    const list = m.get(k);
    if (list) list.push(id);
    else m.set(k, [id]);
  };
  for (const node of sortedNodes(nodes)) {
    if (!node.fieldPath) continue;
    push(byOwnerPath, `${node.owner ?? DEFAULT_OWNER}\u0000${node.fieldPath}`, node.id);
    push(byPath, node.fieldPath, node.id);
  }
  const conceptFor = (owner: string | undefined, fp: string): readonly string[] =>
    (owner === undefined ? byPath.get(fp) : byOwnerPath.get(`${owner}\u0000${fp}`)) ?? [];
  // fix29: the object concept of each kind, for an example in a note that declares it
  const objectOf = new Map<string, string>();
  for (const node of sortedNodes(nodes)) if (node.kind === 'object' && !objectOf.has(node.title)) objectOf.set(node.title, node.id);
  for (const doc of ctx.docs) {
    const fences = ctx.fences.get(doc.file);
    if (!fences) continue;
    const ownId = doc.role === 'concept' ? ctx.noteConcept.get(doc.file) : ctx.noteHome.get(doc.file) ?? undefined;
    const passages = ctx.notePassages.get(doc.file) ?? [];
    for (const fence of fences) {
      const extra = new Set<string>();
      const declared = doc.role === 'note' ? declaredObjects(fence.docKinds, objectOf) : [];
      if (ownId && !(declared.length > 0 && otherAPIThing(nodes.get(ownId), fence.docKinds))) extra.add(ownId);
      for (const id of declared) extra.add(id);
      for (const p of passages) if (fence.line >= p.at.line && fence.line <= p.endLine) extra.add(p.conceptId);
      const ex = buildExample(fence, conceptFor, [...extra]);
      ctx.examples.push(ex);
      for (const d of ex.diagnostics) diags.items.push(d);
      for (const id of ex.conceptIds) {
        nodes.get(id)?.examples.add(ex.id);
        addFileConcept(ctx, doc.file, id);
      }
    }
  }
}

/**
 * fix29 (`EXAMPLE_KIND_RULE`): a note's YAML example illustrates the kinds it declares (`kind: Deployment`):
 * it goes to their object concepts when the graph has them, besides the note's home; a home that is an
 * API concept of another kind (the Pod of a Pod chapter, for a Deployment example) does not take it.
 * A home that is a term, topic or pattern (a Helm chapter's Helm) still does.
 */
export const EXAMPLE_KIND_RULE = 'example-declared-kind';

function declaredObjects(kinds: readonly string[], objectOf: ReadonlyMap<string, string>): string[] {
  return [...new Set(kinds.filter((k) => k !== '').map((k) => objectOf.get(k)).filter((id): id is string => id !== undefined))];
}

function otherAPIThing(home: { kind?: string; title: string; owner?: string } | undefined, kinds: readonly string[]): boolean {
  if (!home) return false;
  if (home.kind === 'object') return !kinds.includes(home.title);
  if (home.kind === 'field' || home.kind === 'state') return home.owner !== undefined && !kinds.includes(home.owner);
  return false;
}
