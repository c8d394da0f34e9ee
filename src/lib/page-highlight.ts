/**
 * YAML examples highlighted for this build's pages: `highlightExample` (highlight.ts) with keys
 * linking to the build's concept pages, kept per views (one graph), so an example shown on many
 * pages — its own concept's and every concept it uses — is highlighted once (in the worker of
 * prehighlight.ts when it runs); on the page of a concept its keys link to, the same markup gets
 * the `yaml-key--current` marks added (markCurrentKeys) rather than a second highlighting.
 */
import type { YamlExample } from '../graph/model.ts';
import type { SiteViews } from '../views/index.ts';
import { highlightExample, markCurrentKeys, type HighlightOptions, type HighlightedExample } from './highlight.ts';
import { basePath, conceptUrl } from './urls.ts';
import { exampleHighlightIds, prehighlighted } from './prehighlight.ts';
import { exampleMarkerLabels } from './example-labels.ts';
import { keyDescriptions } from '../views/key-descriptions.ts';

export { exampleHighlightIds, exampleMarkerLabels };

export type PageHighlightOptions = Omit<HighlightOptions, 'conceptHref' | 'conceptTitle' | 'descriptionId'>;

const highlighted = new WeakMap<SiteViews, Map<string, Promise<HighlightedExample>>>();

/** `highlightExample` for a page of this build (see above). */
export function highlightForPage(views: SiteViews, example: YamlExample, opts: PageHighlightOptions): Promise<HighlightedExample> {
  const { byId } = views.index;
  const current = opts.currentConceptId !== undefined && byId.has(opts.currentConceptId) && example.keys.some((k) => k.conceptId === opts.currentConceptId) ? opts.currentConceptId : undefined;
  const key = [example.id, current ?? '', opts.idPrefix, opts.findingsListId ?? '', opts.markerLabel?.error ?? '', opts.markerLabel?.warning ?? ''].join('\0');
  let cache = highlighted.get(views);
  if (!cache) {
    cache = new Map();
    highlighted.set(views, cache);
  }
  let result = cache.get(key);
  if (!result) {
    if (current !== undefined) {
      // The page's own concept: the example as every other page shows it, with the keys that
      // link here marked (markCurrentKeys), instead of a second Shiki run.
      const href = conceptUrl(current);
      result = highlightForPage(views, example, { ...opts, currentConceptId: undefined }).then((hl) => ({ ...hl, html: markCurrentKeys(hl.html, href) }));
    } else {
      const { idOf } = keyDescriptions(views.graph);
      const here = (): Promise<HighlightedExample> =>
        highlightExample(example, {
          ...opts,
          currentConceptId: undefined,
          conceptHref: (id) => (byId.has(id) ? conceptUrl(id) : undefined),
          conceptTitle: (id) => byId.get(id)?.title,
          descriptionId: (text) => idOf.get(text),
        });
      // The worker's result (prehighlight.ts) when these are the options it used.
      const ids = exampleHighlightIds(example.id);
      const labels = exampleMarkerLabels();
      const standard = opts.idPrefix === ids.idPrefix && opts.findingsListId === ids.findingsListId && opts.markerLabel?.error === labels.error && opts.markerLabel?.warning === labels.warning;
      const early = standard ? prehighlighted(views.graph, basePath, labels, example.id) : undefined;
      result = early ? early.catch(here) : here();
    }
    cache.set(key, result);
  }
  return result;
}
