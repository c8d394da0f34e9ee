/** `progress.*` UI strings in the browser, in the current UI language (the `progress` table of src/lib/ui-strings.ts). */
import tables from 'virtual:ui-strings/progress';
import { currentUiLang } from '../preferences.ts';
import { fillPlaceholders } from '../../graph/model.ts';

export function pt(key: string, vars: Record<string, string | number> = {}): string {
  const s = tables[currentUiLang()][key] ?? tables['zh-CN'][key] ?? key;
  return fillPlaceholders(s, vars);
}

/** Runs `fn` now and whenever the UI language changes. */
export function onLang(fn: () => void): void {
  fn();
  document.addEventListener('k8smap:lang', () => fn());
}
