/**
 * Where the content loader (graph-loader.ts) gets the engine (src/graph) from in `astro build`.
 *
 * Astro loads the content config, and so the loader, through a Vite dev server's module runner:
 * every module it imports is transformed by Vite (TypeScript, the SSR import rewrite, an inline
 * source map that Node then parses again), the 1.7 MB field catalogue included. For the engine,
 * about a hundred modules, that cost more CPU than Node loading the same files itself (its
 * TypeScript type stripping), which is how `astro.config.mjs` and the integrations are loaded.
 * So the graph integration (src/integrations/graph.ts, loaded by Node) has this module, in the
 * instance Node loaded, hand over an import of the engine, and the loader uses it in `astro
 * build`. In `astro dev` the loader keeps importing the engine through Vite, as before (Vite's
 * module graph then follows edits of the engine's code). The engine is the same code either way; which module
 * instance builds the graph does not matter to the pages, which read it from the graph store
 * (graph-store.ts) and have their own bundled copies of what they import.
 */
export type Engine = typeof import('../graph/index.ts');
export type EngineImport = () => Promise<Engine>;

const KEY = Symbol.for('k8s-skill-map.engine-import');
const g = globalThis as typeof globalThis & { [KEY]?: EngineImport };

/**
 * Called by the graph integration, which Node loads with `astro.config.mjs`: its instance of this
 * module is Node's too, so the default import here is Node's own (the layers let only src/lib
 * import the engine; tests pass a stand-in).
 */
export function provideEngineImport(load: EngineImport = () => import('../graph/index.ts')): void {
  g[KEY] = load;
}

/** The engine: through the import the integration provided, else through this module's own import. */
export function importEngine(): Promise<Engine> {
  const load = g[KEY];
  return load ? load() : import('../graph/index.ts');
}
