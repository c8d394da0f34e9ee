/** Browser behaviour of YAML examples: copy buttons and key tooltips (strings follow the UI language). */
import { currentUiLang } from '../preferences.ts';
import { initCopyButtons } from './copy.ts';
import { initKeyTooltips } from './tooltip.ts';

function strings(): (key: string) => string {
  let zh: Record<string, string> = {};
  let en: Record<string, string> = {};
  try {
    for (const el of document.querySelectorAll<HTMLElement>('[data-yaml-strings]')) {
      zh = { ...zh, ...(JSON.parse(el.dataset.yamlStrings ?? '{}') as Record<string, string>) };
    }
    en = JSON.parse(document.getElementById('ui-strings-en')?.textContent ?? '{}') as Record<string, string>;
  } catch {
    /* keep what parsed */
  }
  return (key) => (currentUiLang() === 'en' ? (en[key] ?? zh[key]) : zh[key]) ?? key;
}

export function initYamlExamples(): void {
  if (!document.querySelector('[data-yaml-strings]')) return;
  const str = strings();
  initCopyButtons(document, str);
  initKeyTooltips(str);
}
