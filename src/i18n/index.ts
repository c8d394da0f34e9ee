/**
 * UI strings in zh-CN (default) and en. Pages render zh-CN; elements marked
 * `data-i18n="key"` are switched to English in the browser by the language switch, which reads
 * the `en` table (imported as a module, src/lib/ui-strings.ts). Content language always comes from the notes.
 */
import zh from './zh-CN.json';
import en from './en.json';
import { fillPlaceholders } from '../graph/model.ts';

export type UiLang = 'zh-CN' | 'en';
export type UiKey = keyof typeof zh;

export const UI_STRINGS: Record<UiLang, Record<UiKey, string>> = { 'zh-CN': zh, en: en as Record<UiKey, string> };

export function t(key: UiKey, vars: Record<string, string | number> = {}, lang: UiLang = 'zh-CN'): string {
  const s = UI_STRINGS[lang][key] ?? UI_STRINGS['zh-CN'][key];
  return fillPlaceholders(s, vars);
}
