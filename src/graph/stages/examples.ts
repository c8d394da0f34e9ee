/**
 * Stage `examples`: every YAML fence of a note becomes a YamlExample (examples.ts), attached to
 * the concepts whose field paths it sets, the note's own concept and the passage around it.
 */
import { addFileConcept, sortedNodes, type BuildContext } from '../build-context.ts';
import { codeNodes } from '../fences.ts';
import { buildExample } from '../examples.ts';

export function collectExamples(ctx: BuildContext): void {
  const { nodes, diags } = ctx;
  const byFieldPath = new Map<string, string[]>();
  for (const node of sortedNodes(nodes)) {
    if (!node.fieldPath) continue;
    const list = byFieldPath.get(node.fieldPath) ?? [];
    list.push(node.id);
    byFieldPath.set(node.fieldPath, list);
  }
  const conceptFor = (fp: string): readonly string[] => byFieldPath.get(fp) ?? [];
  for (const doc of ctx.docs) {
    const ownId = doc.role === 'concept' ? ctx.noteConcept.get(doc.file) : ctx.noteHome.get(doc.file) ?? undefined;
    if (doc.role === 'concept' && (!ownId || nodes.get(ownId)?.doc !== doc)) continue;
    const passages = ctx.notePassages.get(doc.file) ?? [];
    for (const code of codeNodes(doc.tree)) {
      const line = code.position?.start.line ?? 1;
      const extra = new Set<string>();
      if (ownId) extra.add(ownId);
      for (const p of passages) if (line >= p.at.line && line <= p.endLine) extra.add(p.conceptId);
      const ex = buildExample(code, doc.file, conceptFor, [...extra]);
      if (!ex) continue;
      ctx.examples.push(ex);
      for (const d of ex.diagnostics) diags.items.push(d);
      for (const id of ex.conceptIds) {
        nodes.get(id)?.examples.add(ex.id);
        addFileConcept(ctx, doc.file, id);
      }
    }
  }
}
