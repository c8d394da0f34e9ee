/**
 * YAML examples highlighted for this build's pages: `highlightExample` (highlight.ts) with keys
 * linking to the build's concept pages, kept per views (one graph), so an example shown on many
 * pages — its own concept's and every concept it uses — is highlighted once (in the worker of
 * prehighlight.ts when it runs); on the page of a concept its keys link to, the same markup gets
 * the `yaml-key--current` marks added (markCurrentKeys) rather than a second highlighting.
 */
import type { YamlExample } from '../graph/model.ts';
import type { SiteViews } from '../views/index.ts';
import { highlightExample, mapFindings, markCurrentKeys, type HighlightOptions, type HighlightedExample } from './highlight.ts';
import { basePath, conceptUrl } from './urls.ts';
import { exampleHighlightIds, prehighlighted } from './prehighlight.ts';
import { exampleMarkerLabels } from './example-labels.ts';
import { keyDescriptions } from '../views/key-descriptions.ts';
import { sameData } from '../graph/same-data.ts';

export { exampleHighlightIds, exampleMarkerLabels };

export type PageHighlightOptions = Omit<HighlightOptions, 'conceptHref' | 'conceptTitle' | 'descriptionId'>;

const highlighted = new WeakMap<SiteViews, Map<string, Promise<HighlightedExample>>>();

/**
 * In `astro dev` a save builds a new graph, and the page's examples were highlighted again
 * (Shiki, 30–40 ms for a concept page of the bench corpus) although few saves change them. An
 * example highlighted for a graph's page is kept with what the highlighting read: the example
 * (every field, compared with same-data.ts), the options (the cache key) and its answers from the
 * graph — for each key's concept, its title if the graph has it (the link and its tooltip), for
 * each key's description, its id in the site's table. The next graph's page takes
 * the kept HTML when all of these are the same; the findings are mapped from the new example.
 */
interface Kept {
  example: YamlExample;
  answers: unknown[];
  result: HighlightedExample;
}

/** Per views: the examples highlighted for it (without a current concept), and the last views' to carry from. */
const kept = new WeakMap<SiteViews, { now: Map<string, Kept>; last: Map<string, Kept> | undefined }>();
let latestKept: Map<string, Kept> | undefined;

/** Highlightings carried from the last graph's views and made afresh (`highlightExample`), for tests. */
export const highlightCounts = { carried: 0, fresh: 0 };

/** Whether to carry highlightings between graphs: `astro dev` (tests set it). */
export const carryHighlighting = { enabled: import.meta.env.DEV === true };

function keptFor(views: SiteViews): { now: Map<string, Kept>; last: Map<string, Kept> | undefined } {
  let k = kept.get(views);
  if (!k) {
    // a views object not seen before is the newest graph's: it carries from the one before
    k = { now: new Map(), last: latestKept };
    latestKept = k.now;
    kept.set(views, k);
  }
  return k;
}

/** What highlighting `example` for `views`' pages reads from the graph (see above). */
function graphAnswers(views: SiteViews, example: YamlExample): unknown[] {
  const { byId } = views.index;
  const { idOf } = keyDescriptions(views.graph);
  const out: unknown[] = [];
  for (const k of example.keys) {
    // (a concept's title is a string: undefined says the graph has no such concept, no link)
    if (k.conceptId !== undefined) out.push(byId.get(k.conceptId)?.title);
    if (k.description !== undefined) out.push(idOf.get(k.description));
  }
  return out;
}

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
      if (early) result = early.catch(here);
      else if (!carryHighlighting.enabled) result = here();
      else {
        const k = keptFor(views);
        const answers = graphAnswers(views, example);
        const was = k.last?.get(key);
        if (was && sameData(was.example, example) && sameData(was.answers, answers)) {
          highlightCounts.carried++;
          k.now.set(key, was);
          result = Promise.resolve({ ...was.result, findings: mapFindings(example, opts.idPrefix) });
        } else {
          highlightCounts.fresh++;
          result = here();
          result.then(
            (r) => k.now.set(key, { example, answers, result: r }),
            () => {},
          );
        }
      }
    }
    cache.set(key, result);
  }
  return result;
}
