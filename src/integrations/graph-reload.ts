/**
 * Dev server: when the content loader publishes a new graph (a note was saved), reload the open
 * pages right away. Pages read the current graph on every request, so nothing else needs
 * invalidating; the reload is all the browser needs to show the change.
 */
import type { AstroIntegration } from 'astro';
import { onGraphPublished } from '../lib/graph-store.ts';

export function graphReloadIntegration(): AstroIntegration {
  let unsubscribe: (() => void) | undefined;
  return {
    name: 'k8smap-graph-reload',
    hooks: {
      'astro:server:setup': ({ server, logger }) => {
        unsubscribe?.();
        unsubscribe = onGraphPublished(() => {
          logger.info('notes changed: reloading the page');
          server.environments.client.hot.send({ type: 'full-reload', path: '*' });
        });
      },
      'astro:server:done': () => {
        unsubscribe?.();
        unsubscribe = undefined;
      },
    },
  };
}
