/**
 * `kubectl explain`-style tooltips on YAML keys: FIELD, TYPE, ENUM (allowed values, for the
 * component configuration kinds), DESCRIPTION from the key's build-time `data-*` attributes. The
 * description is referenced by id (`data-desc-id`) into the site's key-descriptions.json (src/views/key-descriptions.ts), fetched once, the first time a
 * tooltip with such a key opens; until it arrives the tooltip says it is loading, and if it
 * cannot be fetched it says so (the next tooltip tries again). An id the file does not have (the
 * page and a cached file from different deployments) fetches it once more past the cache. A key
 * may also carry the text itself (`data-desc`). One tooltip element per page, filled with
 * textContent only.
 * Shown on hover and on keyboard focus; the key is `aria-describedby` the tooltip while it is
 * shown; Escape closes it; the pointer may move onto the tooltip without closing it.
 */

import { basePath } from '../urls.ts';
import { keyDescriptionsPath, KEY_DESCRIPTIONS_VERSION, type KeyDescriptionsFile } from '../../views/key-descriptions.ts';
import { isKubernetesReference } from '../../views/urls.ts';

const TIP_ID = 'yaml-key-tip';
const HIDE_DELAY_MS = 200;

interface TipState {
  tip: HTMLElement;
  owner?: HTMLElement;
  hideTimer?: number;
}

// ---- the descriptions, fetched once ----------------------------------------------------------

/** The site's descriptions by id: undefined until fetched, null when the last fetch failed. */
let descriptions: Record<string, string> | null | undefined;
let descriptionsPromise: Promise<void> | undefined;
/** True once the file was fetched past the browser's cache (for an id a cached copy lacked). */
let reloaded = false;

function loadDescriptions(reload = false): Promise<void> {
  descriptionsPromise ??= fetch(keyDescriptionsPath(basePath), reload ? { cache: 'reload' } : {})
    .then((r) => (r.ok ? (r.json() as Promise<KeyDescriptionsFile>) : null))
    .catch(() => null)
    .then((data) => {
      const ok = data !== null && data.version === KEY_DESCRIPTIONS_VERSION && typeof data.descriptions === 'object' && data.descriptions !== null;
      descriptions = ok ? data.descriptions : null;
      // A failed fetch (offline, a server error) is tried again by the next tooltip.
      if (!ok) descriptionsPromise = undefined;
    });
  return descriptionsPromise;
}

/**
 * Whether the descriptions must be fetched for `key`: its description is in the site's file and
 * the file is not here (yet, or its fetch failed), or the file lacks its id and has not been
 * fetched past the cache yet (then `reload` is true).
 */
function needsDescriptions(key: HTMLElement): { fetch: boolean; reload: boolean } {
  const id = key.dataset.descId;
  if (key.dataset.desc !== undefined || id === undefined) return { fetch: false, reload: false };
  if (!descriptions) return { fetch: true, reload: false };
  if (!Object.hasOwn(descriptions, id) && !reloaded) return { fetch: true, reload: true };
  return { fetch: false, reload: false };
}

/** The description row's text for a key; `loading` while the table is being fetched for it. */
function descriptionOf(key: HTMLElement, str: (k: string) => string, loading: boolean): string {
  if (key.dataset.desc !== undefined) return key.dataset.desc;
  const id = key.dataset.descId;
  if (id === undefined) return str('yaml.tip.noDesc');
  if (loading) return str('yaml.tip.descLoading');
  // Not fetched, or an id this deployment's file does not have (a page from another one).
  if (!descriptions || !Object.hasOwn(descriptions, id)) return str('yaml.tip.descUnavailable');
  return descriptions[id]!;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, cls?: string, text?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined) e.textContent = text;
  return e;
}

function ensureTip(): HTMLElement {
  let tip = document.getElementById(TIP_ID);
  if (!tip) {
    tip = el('div', 'yaml-tip');
    tip.id = TIP_ID;
    tip.setAttribute('role', 'tooltip');
    tip.hidden = true;
    document.body.append(tip);
  }
  return tip;
}

/** Fills the tooltip for `key` (`loading`: its description is being fetched). */
function fill(tip: HTMLElement, key: HTMLElement, str: (k: string) => string, loading: boolean): void {
  const dl = el('dl');
  const row = (term: string, value: string, mono: boolean) => {
    dl.append(el('dt', undefined, term), el('dd', mono ? 'mono' : undefined, value));
  };
  row(str('yaml.tip.field'), key.dataset.field ?? key.textContent ?? '', true);
  if (key.dataset.type) row(str('yaml.tip.type'), key.dataset.type, true);
  if (key.dataset.enum) row(str('yaml.tip.enum'), key.dataset.enum, true);
  row(str('yaml.tip.desc'), descriptionOf(key, str, loading), false);
  const parts: Node[] = [dl];
  if (key instanceof HTMLAnchorElement) {
    const go = el('p', 'tip-go');
    go.textContent = key.classList.contains('yaml-key--doc') ? str(isKubernetesReference(key.href) ? 'yaml.tip.doc' : 'yaml.tip.docProject') : str('yaml.tip.concept') + (key.dataset.concept ?? key.textContent ?? '');
    parts.push(go);
  }
  tip.replaceChildren(...parts);
}

function place(tip: HTMLElement, key: HTMLElement): void {
  const r = key.getBoundingClientRect();
  tip.style.left = '0px';
  tip.style.top = '0px';
  const tw = tip.offsetWidth;
  const th = tip.offsetHeight;
  const vw = document.documentElement.clientWidth;
  const vh = window.innerHeight;
  let left = Math.min(Math.max(8, r.left), vw - tw - 8);
  let top = r.bottom + 6;
  if (top + th > vh - 8 && r.top - th - 6 > 8) top = r.top - th - 6;
  left = Math.max(8, left);
  tip.style.left = `${Math.round(left)}px`;
  tip.style.top = `${Math.round(top)}px`;
}

export function initKeyTooltips(str: (k: string) => string): void {
  if (document.documentElement.dataset.yamlTips === '1') return;
  document.documentElement.dataset.yamlTips = '1';
  const state: TipState = { tip: ensureTip() };

  const show = (key: HTMLElement) => {
    window.clearTimeout(state.hideTimer);
    if (state.owner && state.owner !== key) state.owner.removeAttribute('aria-describedby');
    const need = needsDescriptions(key);
    fill(state.tip, key, str, need.fetch);
    state.tip.hidden = false;
    place(state.tip, key);
    key.setAttribute('aria-describedby', TIP_ID);
    state.owner = key;
    if (need.fetch) fetchFor(key, need.reload);
  };
  /** Fetches the descriptions for `key`'s open tooltip, then fills it in (once more past the cache when the file lacks its id). */
  const fetchFor = (key: HTMLElement, reload: boolean): void => {
    if (reload) {
      reloaded = true;
      descriptionsPromise = undefined;
    }
    void loadDescriptions(reload).then(() => {
      if (state.owner !== key || state.tip.hidden) return; // another key's tooltip by now, or closed
      const again = needsDescriptions(key);
      if (again.fetch && again.reload) return fetchFor(key, true);
      // The description, or why it is missing.
      fill(state.tip, key, str, false);
      place(state.tip, key);
    });
  };
  const hide = () => {
    window.clearTimeout(state.hideTimer);
    state.tip.hidden = true;
    state.owner?.removeAttribute('aria-describedby');
    state.owner = undefined;
  };
  const hideSoon = () => {
    window.clearTimeout(state.hideTimer);
    state.hideTimer = window.setTimeout(hide, HIDE_DELAY_MS);
  };
  const keyOf = (t: EventTarget | null): HTMLElement | null =>
    t instanceof Element ? t.closest<HTMLElement>('.yaml-code .yaml-key') : null;

  document.addEventListener('pointerover', (e) => {
    const key = keyOf(e.target);
    if (key) show(key);
    else if (state.tip.contains(e.target as Node)) window.clearTimeout(state.hideTimer);
  });
  document.addEventListener('pointerout', (e) => {
    const from = keyOf(e.target) ?? (state.tip.contains(e.target as Node) ? state.tip : null);
    if (!from || !state.owner) return;
    const to = e.relatedTarget as Node | null;
    if (to && (state.owner.contains(to) || state.tip.contains(to))) return;
    if (document.activeElement === state.owner) return;
    hideSoon();
  });
  document.addEventListener('focusin', (e) => {
    const key = keyOf(e.target);
    if (key) show(key);
    else if (state.owner) hide();
  });
  document.addEventListener('focusout', (e) => {
    if (keyOf(e.target) && e.target === state.owner) hideSoon();
  });
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && !state.tip.hidden) {
      hide();
    }
  });
  window.addEventListener('scroll', () => {
    if (state.owner && !state.tip.hidden) place(state.tip, state.owner);
  }, { passive: true });
  window.addEventListener('resize', () => {
    if (state.owner && !state.tip.hidden) place(state.tip, state.owner);
  });
}
