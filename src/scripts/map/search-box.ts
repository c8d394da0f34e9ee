/**
 * The map's search box: an ARIA combobox over `searchMap` (search.ts). Arrow keys move through
 * the hits, Enter or a click chooses one (the map flies to it), Escape closes the list. Hits are
 * built with textContent only.
 *
 * The map holds only the concepts placed on it: with a map.md, the concepts mined from free-form
 * notes have pages but no place on the map (docs/content-format.md). A query the map has no node
 * for therefore offers the site search (the same query, every concept and note), chosen like a hit,
 * rather than a bare "no match" for a concept the reader's own notes define.
 */
import { unwrapLabel, type MapModel } from './map-model.ts';
import { searchMap } from './search.ts';
import { el } from './card.ts';
import type { LabelLang } from './elements.ts';

export interface MapSearchOptions {
  model: MapModel;
  str: (key: string, vars?: Record<string, string | number>) => string;
  /** The label language the map shows (the chosen hit's name goes into the box in it). */
  labelLang: () => LabelLang;
  /** The reader chose a node. */
  choose: (id: string) => void;
  /** Run the site search for this text (offered when no node of the map matches it). */
  searchSite?: (query: string) => void;
}

export function wireMapSearch(root: HTMLElement, o: MapSearchOptions): void {
  const input = root.querySelector<HTMLInputElement>('.map-search-input');
  const list = root.querySelector<HTMLUListElement>('.map-search-results');
  if (!input || !list) return;
  let hits: { id: string; via?: string }[] = [];
  let active = -1;
  const close = (): void => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };
  const render = (): void => {
    list.replaceChildren();
    if (input.value.trim() === '') return close();
    if (hits.length === 0) {
      const li = el('li', 'map-search-none', o.str('map.search.none'));
      li.setAttribute('role', 'presentation');
      list.append(li);
      if (o.searchSite) {
        const query = input.value.trim();
        const site = el('li', 'map-search-option map-search-site', o.str('map.search.site', { query }));
        site.id = 'map-opt-site';
        site.setAttribute('role', 'option');
        site.setAttribute('aria-selected', String(active === 0));
        site.addEventListener('mousedown', (ev) => ev.preventDefault());
        site.addEventListener('click', () => searchSite());
        list.append(site);
        if (active === 0) input.setAttribute('aria-activedescendant', 'map-opt-site');
      }
    }
    hits.forEach((h, i) => {
      const n = o.model.byId.get(h.id)!;
      const li = el('li', 'map-search-option');
      li.id = `map-opt-${i}`;
      li.setAttribute('role', 'option');
      li.setAttribute('aria-selected', String(i === active));
      li.dataset.id = h.id;
      const zh = unwrapLabel(n.zh);
      const en = unwrapLabel(n.en);
      li.append(el('span', 'opt-name', zh));
      if (en !== zh) li.append(el('span', 'opt-en', en));
      if (h.via) li.append(el('span', 'opt-via', h.via));
      li.addEventListener('mousedown', (ev) => ev.preventDefault());
      li.addEventListener('click', () => choose(h.id));
      list.append(li);
    });
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    if (hits.length === 0 && o.searchSite && active === 0) return;
    if (active >= 0) input.setAttribute('aria-activedescendant', `map-opt-${active}`);
    else input.removeAttribute('aria-activedescendant');
  };
  const searchSite = (): void => {
    const query = input.value.trim();
    if (query === '' || !o.searchSite) return;
    close();
    o.searchSite(query);
  };
  const choose = (id: string): void => {
    const n = o.model.byId.get(id);
    if (!n) return;
    input.value = unwrapLabel(o.labelLang() === 'en' ? n.en : n.zh);
    close();
    o.choose(id);
  };
  input.addEventListener('input', () => {
    hits = searchMap(o.model, input.value);
    active = hits.length > 0 || o.searchSite ? 0 : -1;
    render();
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      if (hits.length === 0) return;
      e.preventDefault();
      active = (active + (e.key === 'ArrowDown' ? 1 : hits.length - 1)) % hits.length;
      render();
    } else if (e.key === 'Enter') {
      e.preventDefault();
      const h = hits[active >= 0 ? active : 0];
      if (h) choose(h.id);
      else if (hits.length === 0 && !list.hidden) searchSite();
    } else if (e.key === 'Escape') {
      if (!list.hidden) {
        e.preventDefault();
        close();
      }
    }
  });
  input.addEventListener('blur', () => close());
}

/**
 * Opens the site search (the header's dialog, src/scripts/search) on `query`: the text goes into its
 * box before it opens, and opening runs the search on a box that is not empty. False when the page
 * has no site search.
 */
export function openSiteSearch(query: string, doc: Document = document): boolean {
  const input = doc.getElementById('search-input');
  const button = doc.getElementById('search-open');
  if (!(input instanceof HTMLInputElement) || !(button instanceof HTMLButtonElement) || button.disabled) return false;
  input.value = query;
  button.click();
  return true;
}
