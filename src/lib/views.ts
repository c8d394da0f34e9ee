/**
 * The views of the current build, for pages, endpoints and components: the graph the content
 * loader published (graph-store.ts) with its views (src/views), created once per graph — a new
 * graph (a note edited in `astro dev`) gets new views. Settings are read once per process, and
 * the notes' last-commit dates with one `git log` per graph, on first use (in `astro dev`, again only
 * when the repository's HEAD moved: `gitDates`).
 *
 * In `astro dev`, a newly published graph (a note was saved) gets its views built right away,
 * with what every concept and note page reads from them (the backlinks of all notes, the git
 * dates): the dev server has just told the browser to reload (src/integrations/graph.ts), and
 * this work is done while the browser reloads rather than after its request arrives.
 */
import type { Graph } from '../graph/model.ts';
import { createViews, type SiteViews } from '../views/index.ts';
import { loadSiteConfig, projectRoot, type SiteConfig } from '../site-config.ts';
import { currentGraph, onGraphPublished } from './graph-store.ts';
import { gitHeadState, readGitDates } from './git-dates.ts';
import { basePath } from './urls.ts';

export type { SiteViews };

let config: SiteConfig | undefined;

/** The site settings (skillmap.config.json and its environment overrides), read once. */
export function siteConfig(): SiteConfig {
  config ??= loadSiteConfig();
  return config;
}

const cache = new WeakMap<Graph, SiteViews>();

export async function getViews(): Promise<SiteViews> {
  const cfg = siteConfig();
  return viewsOf(await currentGraph(cfg.contentDir));
}

function viewsOf(graph: Graph): SiteViews {
  const cfg = siteConfig();
  let views = cache.get(graph);
  if (!views) {
    let dates: Map<string, string> | undefined;
    views = createViews(graph, {
      base: basePath,
      sources: {
        projectRoot,
        contentDir: cfg.contentDir,
        repoUrl: cfg.repoUrl,
        editBranch: cfg.editBranch,
        lastUpdated: (file) => (dates ??= gitDates(cfg.contentDir)).get(file),
      },
    });
    cache.set(graph, views);
  }
  return views;
}

/** The dates of the last `git log` (dev server), with the repository state they were read at. */
let lastDates: { dir: string; state: string; dates: Map<string, string> } | undefined;

/**
 * The notes' git dates for a new graph's views. A build reads them once. The dev server gets a
 * new graph on every save, but a save does not change the dates (only a commit, checkout, … does:
 * `gitHeadState`), so the last dates are used again while the repository's HEAD is where it was.
 */
function gitDates(contentDir: string): Map<string, string> {
  if (!import.meta.env.DEV) return readGitDates(contentDir);
  const state = gitHeadState(contentDir);
  if (state !== undefined && lastDates?.dir === contentDir && lastDates.state === state) return lastDates.dates;
  const dates = readGitDates(contentDir);
  lastDates = state === undefined ? undefined : { dir: contentDir, state, dates };
  return dates;
}

/** Builds the views of `graph` and what every page reads from them (see above). */
function warm(graph: Graph): void {
  const views = viewsOf(graph);
  views.backlinks('');
  const first = graph.concepts.find((c) => c.source.file !== '')?.source.file;
  if (first !== undefined) views.sources.lastUpdated(first);
}

if (import.meta.env.DEV) {
  // One subscription per process: this module is evaluated again when its source changes.
  const KEY = Symbol.for('k8s-skill-map.views-warm');
  const g = globalThis as typeof globalThis & { [KEY]?: () => void };
  g[KEY]?.();
  g[KEY] = onGraphPublished((graph) => {
    // after the publisher's other listeners (the reload message) and its own logging
    setImmediate(() => {
      try {
        warm(graph);
      } catch {
        // a page request builds them again and reports the error there
      }
    });
  });
}
