/**
 * The graph's life around the build and the dev server:
 * - `astro dev`: when the content loader publishes a new graph (a note was saved), reload the
 *   open pages right away. Pages read the current graph on every request; the one thing the
 *   server keeps is the list of pages (`getStaticPaths`), which Astro drops on its
 *   `astro:content-changed` event — sent here too, so a concept added or removed gets or loses
 *   its page without a restart.
 * - `astro build`: once every page is written, write the data files that have no route of their
 *   own (`graph.json`, each note's `notes/<id>/map.json`: src/lib/data-files.ts; in `astro dev`
 *   this integration injects the routes that serve them, src/pages/_dev/), then let go of the
 *   graph and its views and, when V8's heap is large (10,000 notes; not at 1,000), collect the garbage at once, so the
 *   memory they held is given back before Pagefind indexes the site (list this integration before Pagefind's;
 *   reclaim-memory.ts says why the collection and when); and the
 *   pages import the engine and the views as Node loads them (`nodeLoadedLayers`).
 * - both: the engine's parse results are kept on disk in Astro's `cacheDir` between runs
 *   (src/graph/disk-cache.ts; K8SMAP_CACHE=off turns that off).
 */
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { onGraphPublished, releaseGraph } from '../lib/graph-store.ts';
import { provideEngineImport } from '../lib/engine-import.ts';
import { RECLAIM_FROM_HEAP_MB, reclaimAfterBuild } from '../lib/reclaim-memory.ts';
import { setDefaultCacheDir } from '../lib/parse-cache-dir.ts';

export function graphIntegration(): AstroIntegration {
  // `astro build`: the content loader builds the graph with the engine as Node loads it (this
  // module and engine-import.ts are Node's; no Vite transform of the engine's hundred modules).
  // Imported when first used.
  provideEngineImport();
  let unsubscribe: (() => void) | undefined;
  return {
    name: 'k8smap-graph',
    hooks: {
      'astro:config:setup': ({ command, injectRoute }) => {
        if (command !== 'dev') return;
        injectRoute({ pattern: '/graph.json', entrypoint: new URL('../pages/_dev/graph.json.ts', import.meta.url) });
        injectRoute({ pattern: '/notes/[slug]/map.json', entrypoint: new URL('../pages/_dev/note-map.json.ts', import.meta.url) });
      },
      // The engine keeps its parse results between builds in Astro's cache folder (src/graph/disk-cache.ts).
      'astro:config:done': ({ config }) => {
        setDefaultCacheDir(fileURLToPath(config.cacheDir));
      },
      'astro:server:setup': ({ server, logger }) => {
        unsubscribe?.();
        unsubscribe = onGraphPublished(() => {
          logger.info('notes changed: reloading the page');
          for (const env of Object.values(server.environments)) {
            if (env.name !== 'client') env.hot.send('astro:content-changed', {});
          }
          server.environments.client.hot.send({ type: 'full-reload', path: '*' });
        });
      },
      'astro:server:done': () => {
        unsubscribe?.();
        unsubscribe = undefined;
      },
      'astro:build:setup': ({ updateConfig }) => {
        updateConfig({ plugins: [nodeLoadedLayers()] });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = Date.now();
        // Imported here: the views it writes with are loaded once the pages need them anyway.
        const { writeBuildDataFiles } = await import('../lib/data-files.ts');
        const written = await writeBuildDataFiles(fileURLToPath(dir));
        logger.info(`wrote graph.json and ${written - 1} note maps in ${Date.now() - started} ms`);
        releaseGraph();
        const collectStarted = Date.now();
        const { heapMb, collected } = reclaimAfterBuild();
        logger.info(collected ? `collected the released graph (heap ${heapMb} MB) in ${Date.now() - collectStarted} ms` : `released the graph (heap ${heapMb} MB: not collected, below ${RECLAIM_FROM_HEAP_MB} MB)`);
      },
    },
  };
}

/** The engine's and the views' folders (src/graph/, src/views/), as paths ending with the separator. */
const NODE_DIRS = [fileURLToPath(new URL('../graph/', import.meta.url)), fileURLToPath(new URL('../views/', import.meta.url))];

/**
 * `astro build`: the pages' chunks import the engine (src/graph) and the views (src/views) as
 * Node loads them, instead of bundled copies of their own. Rolldown no longer transforms and
 * bundles them (the field catalogue among them), and the pages run the module instances the
 * content loader's engine already loaded and ran (engine-import.ts): code V8 has already
 * compiled and optimised, the vocabulary's index parts already built. Both folders are
 * TypeScript that Node loads itself (no `import.meta.env`, JSON imported with its type; the
 * layers test keeps Astro, src/lib and the DOM out of them). Only the prerender environment (the
 * pages' build): the browser's bundles and `astro dev` are unchanged. An import is external when
 * its specifier is relative and resolves into one of the two folders; it is written into the
 * chunk as the file's absolute path.
 */
export function nodeLoadedLayers(): Plugin {
  return {
    name: 'k8smap-node-loaded-layers',
    apply: 'build',
    enforce: 'pre',
    applyToEnvironment: (env) => env.name === 'prerender',
    resolveId(source, importer) {
      if (!importer || !source.startsWith('.')) return null;
      const abs = path.resolve(path.dirname(importer.split('?')[0]!), source);
      return NODE_DIRS.some((d) => abs.startsWith(d)) ? { id: abs, external: 'absolute' } : null;
    },
  };
}
