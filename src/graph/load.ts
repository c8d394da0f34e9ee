/**
 * `loadGraph(contentDir)`: read every file of the content folder and build the one typed,
 * validated, deterministic Graph, as a pipeline of named stages over one build context
 * (build-context.ts; each stage is a function in stages/):
 *
 *   read → parse → conceptNotes → mapTree → yaml → mine → areas → link → examples → cards → render → validate
 *   → edges → concepts → layout → assemble
 */
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Graph } from './model.ts';
import { createContext, type BuildContext, type LoadOptions } from './build-context.ts';
import { readContent } from './stages/read.ts';
import { parseNotes } from './stages/parse.ts';
import { conceptsFromNotes } from './stages/concept-notes.ts';
import { buildMapTree } from './stages/map-tree.ts';
import { analyzeFences } from './stages/yaml.ts';
import { mineNotes } from './stages/mine.ts';
import { groupIntoAreas } from './stages/areas.ts';
import { linkNotes } from './stages/link.ts';
import { collectExamples } from './stages/examples.ts';
import { collectCards } from './stages/cards.ts';
import { renderNotes } from './stages/render.ts';
import { validateReferences } from './stages/validate.ts';
import { buildEdges } from './stages/edges.ts';
import { buildConcepts } from './stages/concepts.ts';
import { layoutConcepts } from './stages/layout.ts';
import { assembleGraph } from './stages/assemble.ts';

export type { LoadOptions } from './build-context.ts';

export interface Stage {
  name: string;
  run(ctx: BuildContext): void | Promise<void>;
}

/** The pipeline, in order. Each stage reads what the earlier ones left in the context. */
export const STAGES: readonly Stage[] = [
  { name: 'read', run: readContent },
  { name: 'parse', run: parseNotes },
  { name: 'conceptNotes', run: conceptsFromNotes },
  { name: 'mapTree', run: buildMapTree },
  { name: 'yaml', run: analyzeFences },
  { name: 'mine', run: mineNotes },
  { name: 'areas', run: groupIntoAreas },
  { name: 'link', run: linkNotes },
  { name: 'examples', run: collectExamples },
  { name: 'cards', run: collectCards },
  { name: 'render', run: renderNotes },
  { name: 'validate', run: validateReferences },
  { name: 'edges', run: buildEdges },
  { name: 'concepts', run: buildConcepts },
  { name: 'layout', run: layoutConcepts },
  { name: 'assemble', run: assembleGraph },
];

/** Run the stages up to and including `until` (all by default) and return the context. */
export async function runStages(contentDir: string, opts: LoadOptions = {}, until?: string): Promise<BuildContext> {
  const ctx = createContext(path.resolve(contentDir), opts);
  for (const stage of STAGES) {
    const t0 = performance.now();
    await stage.run(ctx);
    opts.onStage?.(stage.name, performance.now() - t0);
    if (stage.name === until) break;
  }
  // the disk cache: which entries this load used, the rest pruned (after the mine stage stored
  // the readings it made; a load stopped before it stores fewer)
  ctx.parseCache?.finish();
  return ctx;
}

export async function loadGraph(contentDir: string, opts: LoadOptions = {}): Promise<Graph> {
  const ctx = await runStages(contentDir, opts);
  return ctx.graph!;
}
