/**
 * `loadGraph(contentDir)`: read every file of the content folder and build the one typed,
 * validated, deterministic Graph, as a pipeline of named stages over one build context
 * (build-context.ts; each stage is a function in stages/):
 *
 *   read → parse → conceptNotes → mapTree → yaml → mine → areas → link → examples → cards → render → validate
 *   → edges → concepts → layout → assemble
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Graph } from './model.ts';
import { createContext, type BuildContext, type LoadOptions } from './build-context.ts';
import { readContent } from './stages/read.ts';
import { openParseCache, parseNotes } from './stages/parse.ts';
import { cacheKey, type ParseCache } from './disk-cache.ts';
import { keepingParsedFiles } from './parse-files.ts';
import { readNote, type ParseJob, type ParseRole } from './parse-file.ts';
import { conceptsFromNotes } from './stages/concept-notes.ts';
import { buildMapTree } from './stages/map-tree.ts';
import { analyzeFences } from './stages/yaml.ts';
import { mineNotes, mineTracing } from './stages/mine.ts';
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
  return run(contentDir, opts, until, false);
}

/**
 * The graph of `contentDir`. With the disk cache on (disk-cache.ts), the graph of the last load
 * of this folder is taken whole when every input it was built from is the same (`wholeKey`): the
 * stages after `read` then do not run, and only `ctx.graph` is filled (what this function
 * returns). `runStages` never does that: its callers read the rest of the context.
 */
export async function loadGraph(contentDir: string, opts: LoadOptions = {}): Promise<Graph> {
  const ctx = await run(contentDir, opts, undefined, true);
  return ctx.graph!;
}

async function run(contentDir: string, opts: LoadOptions, until: string | undefined, whole: boolean): Promise<BuildContext> {
  const ctx = createContext(path.resolve(contentDir), opts);
  let entry: { cache: ParseCache; key: string; noteKeys: Map<string, string> } | undefined;
  for (const stage of STAGES) {
    const t0 = performance.now();
    await stage.run(ctx);
    opts.onStage?.(stage.name, performance.now() - t0);
    if (stage.name === 'read' && whole && wholeGraphAllowed(opts)) {
      const t1 = performance.now();
      entry = lookUpWhole(ctx);
      // (the look-up, when the load has a cache: reading and hashing the notes, and on a hit the graph)
      if (entry) opts.onStage?.('graphCache', performance.now() - t1);
      if (entry?.cache.graphHit) {
        entry.cache.finish();
        return ctx;
      }
    }
    if (stage.name === until) break;
  }
  if (entry && ctx.graph) entry.cache.writeGraph(entry.key, ctx.graph, entry.noteKeys);
  // the disk cache: which entries this load used, the rest pruned (after the mine stage stored
  // the readings it made; a load stopped before it stores fewer)
  ctx.parseCache?.finish();
  return ctx;
}

/**
 * Whether a load may take its graph whole from the disk cache: not while the dev server keeps
 * parse results between loads (its next load reuses what this one's stages kept in memory:
 * parse-files.ts, the mine and render memos), nor when the load keeps the miner's rejections
 * (`--explain` reads the context) or a mine tracer is set (bench/miner-misses.mjs: the stage must
 * run to be traced). (A definer collector turns the whole disk cache off: stages/parse.ts.)
 */
function wholeGraphAllowed(opts: LoadOptions): boolean {
  return opts.keepRejections !== true && !keepingParsedFiles() && !mineTracing();
}

/**
 * Reads every note (the bytes go on to the parse stage: `ctx.readBytes`), computes the whole
 * graph's key and looks it up; the graph, when found, is in `ctx.graph` and the notes' parse
 * entries are marked used (kept by the pruning as if parsed). Undefined when the load has no cache.
 */
function lookUpWhole(ctx: BuildContext): { cache: ParseCache; key: string; noteKeys: Map<string, string> } | undefined {
  const cache = openParseCache(ctx);
  if (!cache) return undefined;
  const jobs: ParseJob[] = ctx.toRead.map((f) => ({ file: f, role: ctx.records.get(f)!.role as ParseRole }));
  const bytes = jobs.map((j) => readNote(ctx.root, j.file));
  const keys = jobs.map((j, i) => {
    const b = bytes[i]!;
    return b instanceof Uint8Array ? cacheKey(j, b, ctx.root) : undefined;
  });
  const key = wholeKey(ctx, keys, bytes);
  const graph = cache.readGraph<Graph>(key);
  if (graph) {
    ctx.graph = graph;
    for (const k of keys) if (k !== undefined) cache.use(k);
  } else ctx.readBytes = bytes;
  // (each note's parse entry name: the graph's examples are stored per note under names made from it, perf59)
  const noteKeys = new Map<string, string>();
  jobs.forEach((j, i) => {
    if (keys[i] !== undefined) noteKeys.set(j.file, keys[i]!);
  });
  return { cache, key, noteKeys };
}

/** Bump when what a whole graph depends on changes without an engine file changing (this file is one). */
const WHOLE_FORMAT = 1;

/**
 * A hash of everything a load's graph depends on besides the engine (whose fingerprint, with the
 * definer's configuration, names the cache's folder): the content folder's path, the options
 * that change the graph (`layout`), every file's path and role (assets are checked by existence,
 * README-like files are reported), each note's bytes (its parse entry's key, which hashes role,
 * path and bytes; or why it could not be read), and the bytes of every SVG file (asset-safety.ts
 * reads them to refuse scripted ones).
 */
function wholeKey(ctx: BuildContext, keys: readonly (string | undefined)[], bytes: readonly (Uint8Array | NodeJS.ErrnoException)[]): string {
  const h = createHash('sha1');
  h.update(`k8smap-graph ${WHOLE_FORMAT}\0${ctx.root}\0layout=${ctx.options.layout !== false}\0`);
  for (const f of ctx.files) h.update(`${f}\0${ctx.records.get(f)!.role}\0`);
  h.update('\0notes\0');
  keys.forEach((k, i) => h.update(`${k ?? `unreadable:${(bytes[i] as NodeJS.ErrnoException).code ?? ''}`}\0`));
  h.update('\0svg\0');
  for (const f of ctx.files) {
    if (!/\.svg$/i.test(f)) continue;
    const b = readNote(ctx.root, f);
    h.update(`${f}\0`);
    h.update(b instanceof Uint8Array ? createHash('sha1').update(b).digest('hex') : `unreadable:${b.code ?? ''}`);
    h.update('\0');
  }
  return h.digest('hex');
}
