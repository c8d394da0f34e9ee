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
  for (const doc of ctx.docs) {
    const fences = ctx.fences.get(doc.file);
    if (!fences) continue;
    const ownId = doc.role === 'concept' ? ctx.noteConcept.get(doc.file) : ctx.noteHome.get(doc.file) ?? undefined;
    const passages = ctx.notePassages.get(doc.file) ?? [];
    for (const fence of fences) {
      const extra = new Set<string>();
      if (ownId) extra.add(ownId);
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
