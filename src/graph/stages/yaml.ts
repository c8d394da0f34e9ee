/**
 * Stage `yaml`: the YAML fences of every note, analysed once (examples.ts → the YAML analyser):
 * the miner reads which kinds and fields a note's examples show, the examples stage turns them
 * into YamlExamples. The analysis itself runs per file in the parse stage (parse-file.ts), so a
 * large folder's parse workers share it; this stage keeps the notes whose fences count (not a
 * second note for a concept that already has one).
 */
import type { BuildContext } from '../build-context.ts';

export function analyzeFences(ctx: BuildContext): void {
  for (const doc of ctx.docs) {
    if (doc.role === 'concept') {
      const id = ctx.noteConcept.get(doc.file);
      if (!id || ctx.nodes.get(id)?.doc !== doc) continue;
    }
    ctx.fences.set(doc.file, doc.fences);
  }
}
