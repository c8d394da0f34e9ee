/**
 * Stage `yaml`: analyse every YAML fence of every note once (examples.ts → the YAML analyser):
 * the miner reads which kinds and fields a note's examples show, the examples stage turns them
 * into YamlExamples.
 */
import type { BuildContext } from '../build-context.ts';
import { codeNodes } from '../fences.ts';
import { analyzeFence, type FenceAnalysis } from '../examples.ts';

export function analyzeFences(ctx: BuildContext): void {
  for (const doc of ctx.docs) {
    if (doc.role === 'concept') {
      const id = ctx.noteConcept.get(doc.file);
      if (!id || ctx.nodes.get(id)?.doc !== doc) continue;
    }
    const fences: FenceAnalysis[] = [];
    for (const code of codeNodes(doc.tree)) {
      const f = analyzeFence(code, doc.file);
      if (f) fences.push(f);
    }
    ctx.fences.set(doc.file, fences);
  }
}
