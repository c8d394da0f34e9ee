/**
 * `kubectl explain`-style tooltips on YAML keys: FIELD, TYPE, ENUM (allowed values, for the
 * component configuration kinds), DESCRIPTION from the key's
 * build-time `data-*` attributes. One tooltip element per page, filled with textContent only.
 * Shown on hover and on keyboard focus; the key is `aria-describedby` the tooltip while it is
 * shown; Escape closes it; the pointer may move onto the tooltip without closing it.
 */

const TIP_ID = 'yaml-key-tip';
const HIDE_DELAY_MS = 200;

interface TipState {
  tip: HTMLElement;
  owner?: HTMLElement;
  hideTimer?: number;
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

function fill(tip: HTMLElement, key: HTMLElement, str: (k: string) => string): void {
  const dl = el('dl');
  const row = (term: string, value: string, mono: boolean) => {
    dl.append(el('dt', undefined, term), el('dd', mono ? 'mono' : undefined, value));
  };
  row(str('yaml.tip.field'), key.dataset.field ?? key.textContent ?? '', true);
  if (key.dataset.type) row(str('yaml.tip.type'), key.dataset.type, true);
  if (key.dataset.enum) row(str('yaml.tip.enum'), key.dataset.enum, true);
  row(str('yaml.tip.desc'), key.dataset.desc ?? str('yaml.tip.noDesc'), false);
  const parts: Node[] = [dl];
  if (key instanceof HTMLAnchorElement) {
    const go = el('p', 'tip-go');
    go.textContent = key.dataset.doc ? str('yaml.tip.doc') : str('yaml.tip.concept') + (key.dataset.concept ?? key.textContent ?? '');
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
    fill(state.tip, key, str);
    state.tip.hidden = false;
    place(state.tip, key);
    key.setAttribute('aria-describedby', TIP_ID);
    state.owner = key;
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
