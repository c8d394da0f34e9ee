/**
 * The graph's life around the build and the dev server:
 * - `astro dev`: when the content loader publishes a new graph (a note was saved), reload the
 *   open pages right away. Pages read the current graph on every request; the one thing the
 *   server keeps is the list of pages (`getStaticPaths`), which Astro drops on its
 *   `astro:content-changed` event — sent here too, so a concept added or removed gets or loses
 *   its page without a restart.
 * - `astro build`: once every page is written, let go of the graph and its views, so the memory
 *   they hold can be reclaimed while Pagefind indexes the site (list this integration before
 *   Pagefind's).
 */
import type { AstroIntegration } from 'astro';
import { onGraphPublished, releaseGraph } from '../lib/graph-store.ts';
import { provideEngineImport } from '../lib/engine-import.ts';

export function graphIntegration(): AstroIntegration {
  // `astro build`: the content loader builds the graph with the engine as Node loads it (this
  // module and engine-import.ts are Node's; no Vite transform of the engine's hundred modules).
  // Imported when first used.
  provideEngineImport();
  let unsubscribe: (() => void) | undefined;
  return {
    name: 'k8smap-graph',
    hooks: {
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
      'astro:build:done': () => {
        releaseGraph();
      },
    },
  };
}
