/** `progress.*` UI strings in the browser, in the current UI language (see ProgressStrings.astro). */
import { currentUiLang } from '../preferences.ts';

type Tables = Record<'zh-CN' | 'en', Record<string, string>>;
let tables: Tables | undefined;

function load(): Tables {
  const el = document.querySelector('script[data-progress-strings]');
  try {
    return JSON.parse(el?.textContent ?? '') as Tables;
  } catch {
    return { 'zh-CN': {}, en: {} };
  }
}

export function pt(key: string, vars: Record<string, string | number> = {}): string {
  tables ??= load();
  const s = tables[currentUiLang()][key] ?? tables['zh-CN'][key] ?? key;
  return s.replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m));
}

/** Runs `fn` now and whenever the UI language changes. */
export function onLang(fn: () => void): void {
  fn();
  document.addEventListener('k8smap:lang', () => fn());
}
