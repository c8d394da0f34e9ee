/**
 * Astro content-layer loader built on `loadGraph`: the whole concept graph becomes one entry
 * (`graph`) of the `graph` collection. In `astro dev` it watches the notes folder and reloads
 * the graph when a note is edited, added or deleted, so pages update without a restart.
 */
import type { Loader, LoaderContext } from 'astro/loaders';
import path from 'node:path';
import { loadGraph, formatDiagnostics, contentPathPrefix } from '../graph/index.ts';
import { loadSiteConfig } from '../site-config.ts';

export function graphLoader(): Loader {
  return {
    name: 'k8s-skill-map-graph',
    load: async (ctx: LoaderContext) => {
      const { contentDir } = loadSiteConfig();
      const isDev = ctx.watcher !== undefined;

      const reload = async (): Promise<void> => {
        const graph = await loadGraph(contentDir);
        const report = formatDiagnostics(graph.diagnostics, { stats: graph.stats, pathPrefix: contentPathPrefix(contentDir) });
        for (const line of report.split('\n')) {
          if (line.trim() !== '') ctx.logger.info(line);
        }
        if (graph.stats.errors > 0 && !isDev) {
          throw new Error(
            `${graph.stats.errors} error(s) in the notes under ${contentPathPrefix(contentDir) || './'}: fix them (see above) and build again. Run \`npm run check\` to list them without building.`,
          );
        }
        const json = JSON.stringify(graph);
        ctx.store.clear();
        ctx.store.set({
          id: 'graph',
          data: JSON.parse(json) as Record<string, unknown>,
          digest: ctx.generateDigest(json),
        });
      };

      await reload();

      if (ctx.watcher) {
        ctx.watcher.add(contentDir);
        let timer: ReturnType<typeof setTimeout> | undefined;
        const onChange = (file: string): void => {
          if (!path.resolve(file).startsWith(contentDir + path.sep)) return;
          clearTimeout(timer);
          timer = setTimeout(() => {
            reload().catch((err: unknown) => ctx.logger.error(String(err)));
          }, 100);
        };
        ctx.watcher.on('add', onChange);
        ctx.watcher.on('change', onChange);
        ctx.watcher.on('unlink', onChange);
      }
    },
  };
}
