/**
 * Theme toggle and UI-language switch. Preferences live in localStorage under keys scoped to
 * the site's base path, so two sites on one origin do not share them.
 */
import { basePath } from './urls.ts';

type Theme = 'light' | 'dark' | 'system';
const themeKey = `k8smap:${basePath}:theme`;
const langKey = `k8smap:${basePath}:ui-lang`;

function readPref(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}
function writePref(key: string, value: string): void {
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

function applyLang(lang: 'zh-CN' | 'en', table: Record<string, string>): void {
  document.documentElement.dataset.uiLang = lang;
  for (const el of document.querySelectorAll<HTMLElement>('[data-i18n]')) {
    const key = el.dataset.i18n!;
    if (el.dataset.i18nZh === undefined) el.dataset.i18nZh = el.textContent ?? '';
    const text = lang === 'en' ? table[key] : el.dataset.i18nZh;
    if (text !== undefined) el.textContent = text;
  }
  for (const el of document.querySelectorAll<HTMLElement>('[data-i18n-label]')) {
    const key = el.dataset.i18nLabel!;
    if (el.dataset.i18nLabelZh === undefined) el.dataset.i18nLabelZh = el.getAttribute('aria-label') ?? '';
    const text = lang === 'en' ? table[key] : el.dataset.i18nLabelZh;
    if (text !== undefined) el.setAttribute('aria-label', text);
  }
  document.dispatchEvent(new CustomEvent('k8smap:lang', { detail: { lang } }));
}

export function initPreferences(): void {
  const enTable = JSON.parse(document.getElementById('ui-strings-en')?.textContent ?? '{}') as Record<string, string>;

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
