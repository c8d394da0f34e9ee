/**
 * Astro content-layer loader built on `loadGraph`: it runs when Astro syncs content (before any
 * page is rendered, in `astro build`, `astro dev` and `astro check`), prints the notes'
 * diagnostics like a compiler, fails the build on errors, and publishes the graph to the build's
 * graph store (graph-store.ts), where the views read it. In `astro dev` it watches the notes
 * folder and publishes a new graph when a note is edited, added or deleted; the dev server then
 * reloads the browser (src/integrations/graph-reload.ts), so pages update without a restart.
 * There the engine keeps its parse results between loads, so a save re-parses only the notes
 * that changed. In `astro build` the engine is the one Node loads itself (engine-import.ts), not
 * a copy transformed by Vite's module runner.
 *
 * The graph itself is not put into Astro's data store: the store is serialised to disk and
 * bundled into the build, which for a large notes folder cost more time and memory than building
 * the graph. The collection stays empty (any entry an older version stored is cleared).
 */
import type { Loader, LoaderContext } from 'astro/loaders';
import { AstroError } from 'astro/errors';
import path from 'node:path';
import { importEngine, type Engine } from './engine-import.ts';
import { loadSiteConfig } from '../site-config.ts';
import { publishGraph } from './graph-store.ts';
import { startPrehighlight } from './prehighlight.ts';
import { exampleMarkerLabels } from './example-labels.ts';

/** How long after the last change event in the notes folder the graph is rebuilt (ms). */
const DEV_DEBOUNCE_MS = 50;

/**
 * The build's error when the notes have errors: what and how to fix it, as Astro prints a user's
 * error (message and hint), without a stack trace into this loader: the file:line of each error is
 * in the diagnostics printed just above, and a stack would only point a reader at our code.
 */
export function notesError(errors: number, folder: string): AstroError {
  const err = new AstroError(
    `${errors} error(s) in the notes under ${folder}: fix them (see above) and build again.`,
    'Each error above names its file, line and column and how to fix it. Run `npm run check` to list them without building.',
  );
  err.stack = '';
  return err;
}

export function graphLoader(): Loader {
  return {
    name: 'k8s-skill-map-graph',
    load: async (ctx: LoaderContext) => {
      const { contentDir } = loadSiteConfig();
      const isDev = ctx.watcher !== undefined;

      // Build: the engine as Node loads it, not through Vite's module runner (engine-import.ts).
      // Dev: through Vite, keeping parse results between loads (src/graph/parse-files.ts).
      const { loadGraph, formatDiagnostics, contentPathPrefix }: Engine = isDev ? await import('../graph/index.ts') : await importEngine();
      if (isDev) (await import('../graph/parse-files.ts')).keepParsedFiles(true);

      const reload = async (): Promise<void> => {
        const started = performance.now();
        const cpu = process.cpuUsage();
        // Dev: the CPU time of each stage, for the "rebuilt" line (bench/dev.bench.mjs reads it).
        const stageCpu: [string, number][] = [];
        let lastCpu = process.cpuUsage();
        const onStage = isDev
          ? (stage: string): void => {
              const used = process.cpuUsage(lastCpu);
              lastCpu = process.cpuUsage();
              stageCpu.push([stage, (used.user + used.system) / 1000]);
            }
          : undefined;
        const graph = await loadGraph(contentDir, onStage ? { onStage } : {});
        // Dev: the page reloads as soon as the graph is published (src/integrations/graph.ts), so
        // publish before printing the diagnostics (hundreds of lines for a large folder).
        if (isDev) publishGraph(contentDir, graph);
        const report = formatDiagnostics(graph.diagnostics, { stats: graph.stats, pathPrefix: contentPathPrefix(contentDir) });
        for (const line of report.split('\n')) {
          if (line.trim() !== '') ctx.logger.info(line);
        }
        if (graph.stats.errors > 0 && !isDev) throw notesError(graph.stats.errors, contentPathPrefix(contentDir) || './');
        if (!isDev) publishGraph(contentDir, graph);
        // Build: the examples' highlighting starts in a second thread now (prehighlight.ts).
        if (!isDev && startPrehighlight(graph, loadSiteConfig().base, exampleMarkerLabels())) {
          ctx.logger.info(`highlighting ${graph.examples.length} YAML examples in a second thread`);
        }
        if (isDev) {
          const used = process.cpuUsage(cpu);
          const top = stageCpu.sort((a, b) => b[1] - a[1]).slice(0, 6).map(([stage, ms]) => `${stage} ${Math.round(ms)}`);
          ctx.logger.info(`graph rebuilt in ${Math.round(performance.now() - started)} ms (CPU ${Math.round((used.user + used.system) / 1000)} ms) — CPU by stage: ${top.join(', ')} ms`);
        }
      };

      ctx.store.clear();
      await reload();

      if (ctx.watcher) {
        ctx.watcher.add(contentDir);
        let timer: ReturnType<typeof setTimeout> | undefined;
        let running: Promise<void> = Promise.resolve();
        const onChange = (file: string): void => {
          if (!path.resolve(file).startsWith(contentDir + path.sep)) return;
          clearTimeout(timer);
          timer = setTimeout(() => {
            // One rebuild at a time; a change during a rebuild schedules the next one.
            running = running.then(reload).catch((err: unknown) => ctx.logger.error(String(err)));
          }, DEV_DEBOUNCE_MS);
        };
        ctx.watcher.on('add', onChange);
        ctx.watcher.on('change', onChange);
        ctx.watcher.on('unlink', onChange);
      }
    },
  };
}
