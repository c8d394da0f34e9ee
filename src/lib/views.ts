/**
 * The views of the current build, for pages, endpoints and components: the graph the content
 * loader published (graph-store.ts) with its views (src/views), created once per graph — a new
 * graph (a note edited in `astro dev`) gets new views. Settings are read once per process, and
 * the notes' last-commit dates with one `git log` per graph, on first use.
 */
import type { Graph } from '../graph/model.ts';
import { createViews, type SiteViews } from '../views/index.ts';
import { loadSiteConfig, projectRoot, type SiteConfig } from '../site-config.ts';
import { currentGraph } from './graph-store.ts';
import { readGitDates } from './git-dates.ts';
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
  const graph = await currentGraph(cfg.contentDir);
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
        lastUpdated: (file) => (dates ??= readGitDates(cfg.contentDir)).get(file),
      },
    });
    cache.set(graph, views);
  }
  return views;
}
