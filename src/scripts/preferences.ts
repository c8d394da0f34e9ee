/**
 * Theme toggle and UI-language switch (the English table comes with this module's chunk, once per
 * site, from `virtual:ui-strings/en`; see src/lib/ui-strings.ts). Preferences live in localStorage under keys scoped to
 * the site's base path (`prefKey`), so two sites on one origin do not share them; other display
 * switches (the map's "cards due") are remembered the same way with `readPref` / `writePref`.
 */
import { basePath } from './urls.ts';
import enTable from 'virtual:ui-strings/en';
import { fillPlaceholders } from '../graph/model.ts';

type Theme = 'light' | 'dark' | 'system';
/** `k8smap:<base path>:<name>`: the localStorage key of a display preference. */
export function prefKey(name: string): string {
  return `k8smap:${basePath}:${name}`;
}

const themeKey = prefKey('theme');
const langKey = prefKey('ui-lang');

/** A stored preference, or null (none, or storage disabled). */
export function readPref(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}
/** Stores a preference; when storage is disabled the choice lasts for this page only. */
export function writePref(key: string, value: string): void {
  try {
    localStorage.setItem(key, value);
  } catch {
    /* storage disabled: the choice lasts for this page only */
  }
}

function effectiveTheme(t: Theme): 'light' | 'dark' {
  if (t !== 'system') return t;
  return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

function applyTheme(t: Theme): void {
  const root = document.documentElement;
  if (t === 'system') root.removeAttribute('data-theme');
  else root.setAttribute('data-theme', t);
  document.dispatchEvent(new CustomEvent('k8smap:theme', { detail: { theme: effectiveTheme(t) } }));
}

/** `{name}` placeholders of a UI string filled from an element's `data-i18n-vars` JSON. */
function fillVars(text: string, el: HTMLElement): string {
  if (!el.dataset.i18nVars) return text;
  let vars: Record<string, unknown> = {};
  try {
    vars = JSON.parse(el.dataset.i18nVars) as Record<string, unknown>;
  } catch {
    return text;
  }
  return fillPlaceholders(text, vars);
}

/** Swaps one attribute between its server-rendered (zh-CN) value and the English table's. */
function swapAttr(lang: 'zh-CN' | 'en', table: Record<string, string>, marker: string, attr: string): void {
  const keyAttr = `data-i18n-${marker}`;
  const zhAttr = `data-i18n-${marker}-zh`;
  for (const el of document.querySelectorAll<HTMLElement>(`[${keyAttr}]`)) {
    const key = el.getAttribute(keyAttr)!;
    if (!el.hasAttribute(zhAttr)) el.setAttribute(zhAttr, el.getAttribute(attr) ?? '');
    const text = lang === 'en' ? table[key] : el.getAttribute(zhAttr);
    if (text !== undefined && text !== null) el.setAttribute(attr, text);
  }
}

/** The server-rendered (zh-CN) content of `data-i18n-code` elements, whose text has code parts. */
const zhNodes = new WeakMap<HTMLElement, Node[]>();

/** Text whose backticked parts (a finding's field names) become `<code>` elements; all of it stays text. */
function withCode(text: string): Node[] {
  const parts = text.split('`');
  if (parts.length % 2 === 0) return [document.createTextNode(text)];
  return parts.map((part, i) => {
    if (i % 2 === 0 || part === '') return document.createTextNode(part);
    const code = document.createElement('code');
    code.textContent = part;
    return code;
  });
}

function applyLang(lang: 'zh-CN' | 'en', table: Record<string, string>): void {
  document.documentElement.dataset.uiLang = lang;
  document.documentElement.lang = lang;
  for (const el of document.querySelectorAll<HTMLElement>('[data-i18n]')) {
    const key = el.dataset.i18n!;
    if (el.hasAttribute('data-i18n-code')) {
      if (!zhNodes.has(el)) zhNodes.set(el, [...el.childNodes].map((n) => n.cloneNode(true)));
      const en = table[key];
      if (lang === 'en' && en !== undefined) el.replaceChildren(...withCode(fillVars(en, el)));
      else if (lang === 'zh-CN') el.replaceChildren(...zhNodes.get(el)!.map((n) => n.cloneNode(true)));
      continue;
    }
    if (el.dataset.i18nZh === undefined) el.dataset.i18nZh = el.textContent ?? '';
    const en = table[key];
    const text = lang === 'en' ? (en === undefined ? undefined : fillVars(en, el)) : el.dataset.i18nZh;
    if (text !== undefined) el.textContent = text;
  }
  // Names of concepts (breadcrumbs, stub neighbours): `data-name-en` holds the English name.
  for (const el of document.querySelectorAll<HTMLElement>('[data-name-en]')) {
    if (el.dataset.nameZh === undefined) el.dataset.nameZh = el.textContent ?? '';
    el.textContent = lang === 'en' ? el.dataset.nameEn! : el.dataset.nameZh;
    if (lang === 'en') el.lang = 'en';
    else el.removeAttribute('lang');
  }
  // The other names after a concept's name (the concepts index, a concept page's heading): its
  // English names beside the Chinese one, its Chinese name (`data-other-name`) beside the English
  // one. Each is marked with the language it is written in.
  for (const el of document.querySelectorAll<HTMLElement>('[data-other-name]')) {
    if (el.dataset.otherNameEn === undefined) el.dataset.otherNameEn = el.textContent ?? '';
    const text = lang === 'en' ? el.dataset.otherName! : el.dataset.otherNameEn;
    el.textContent = text;
    el.lang = /\p{Script=Han}/u.test(text) ? 'zh-CN' : 'en';
  }
  // The tab's title: the page's name in the UI language, then the site's (the layout's data-title-en).
  const titleEl = document.querySelector<HTMLElement>('head > title[data-title-en]');
  if (titleEl) {
    if (titleEl.dataset.titleZh === undefined) titleEl.dataset.titleZh = document.title;
    document.title = lang === 'en' ? titleEl.dataset.titleEn! : titleEl.dataset.titleZh;
  }
  swapAttr(lang, table, 'title', 'title');
  swapAttr(lang, table, 'placeholder', 'placeholder');
  for (const el of document.querySelectorAll<HTMLElement>('[data-i18n-label]')) {
    const key = el.dataset.i18nLabel!;
    if (el.dataset.i18nLabelZh === undefined) el.dataset.i18nLabelZh = el.getAttribute('aria-label') ?? '';
    const en = table[key];
    const text = lang === 'en' ? (en === undefined ? undefined : fillVars(en, el)) : el.dataset.i18nLabelZh;
    if (text !== undefined) el.setAttribute('aria-label', text);
  }
  document.dispatchEvent(new CustomEvent('k8smap:lang', { detail: { lang } }));
}

export function initPreferences(): void {
  const themeBtn = document.getElementById('theme-toggle');
  let theme = (readPref(themeKey) as Theme | null) ?? 'system';
  themeBtn?.addEventListener('click', () => {
    const next: Theme = effectiveTheme(theme) === 'dark' ? 'light' : 'dark';
    theme = next;
    writePref(themeKey, next);
    applyTheme(next);
    themeBtn.setAttribute('aria-pressed', String(next === 'dark'));
  });
  themeBtn?.setAttribute('aria-pressed', String(effectiveTheme(theme) === 'dark'));
  matchMedia('(prefers-color-scheme: dark)').addEventListener('change', () => {
    if (theme === 'system') applyTheme('system');
  });

  const langBtn = document.getElementById('lang-toggle');
  let lang = (readPref(langKey) as 'zh-CN' | 'en' | null) ?? 'zh-CN';
  if (lang === 'en') applyLang('en', enTable);
  langBtn?.addEventListener('click', () => {
    lang = lang === 'en' ? 'zh-CN' : 'en';
    writePref(langKey, lang);
    applyLang(lang, enTable);
  });
  // Tests (and anything else) can tell when a click on the switch will be heard.
  langBtn?.setAttribute('data-ready', 'true');
}

/** Current effective theme, for scripts that draw (the map) and need colours. */
export function currentTheme(): 'light' | 'dark' {
  const attr = document.documentElement.getAttribute('data-theme');
  if (attr === 'dark' || attr === 'light') return attr;
  return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

export function currentUiLang(): 'zh-CN' | 'en' {
  return document.documentElement.dataset.uiLang === 'en' ? 'en' : 'zh-CN';
}
