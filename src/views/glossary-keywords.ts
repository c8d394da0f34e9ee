/**
 * The glossary's Chinese names of a concept (`glossaryKeywords`): the one list of them for the
 * concept search (search-index.ts, its keywords) and the map's find box (map-data.ts, each node's
 * `kw`). A module of its own, free of the UI string tables: map-data.ts is read by the browser.
 */
import type { Concept } from '../graph/model.ts';
import { glossaryEntriesNamed } from '../graph/vocabulary/zh-glossary.ts';

/** How names compare when a concept may already have a glossary name (`持久卷`, ` 持久卷 `). */
const sameName = (s: string): string => s.normalize('NFKC').trim().toLowerCase();

/**
 * The official Chinese names (src/graph/vocabulary/zh-glossary.ts, from the Kubernetes website's
 * Chinese glossary) of what a concept's English names name, as keywords: a reader's own notes
 * write `PersistentVolume`, and a Chinese reader types 持久卷. Looked up by the concept's title,
 * English title and aliases (an alias is a name the notes gave it); its kind (`object`,
 * `field` …) is a category, never looked up. A name the concept already has (its title, Chinese
 * title, an alias or keyword) is not repeated. Search-only: titles, pages and the graph stay as
 * the notes wrote them.
 */
export function glossaryKeywords(c: Pick<Concept, 'title' | 'titleZh' | 'titleEn' | 'aliases' | 'keywords'>): string[] {
  const has = new Set([c.title, c.titleZh, c.titleEn, ...c.aliases, ...(c.keywords ?? [])].filter((x): x is string => !!x).map(sameName));
  const out: string[] = [];
  for (const name of [c.title, c.titleEn, ...c.aliases]) {
    if (!name) continue;
    for (const e of glossaryEntriesNamed(name)) {
      if (has.has(sameName(e.zh))) continue;
      has.add(sameName(e.zh));
      out.push(e.zh);
    }
  }
  return out;
}
