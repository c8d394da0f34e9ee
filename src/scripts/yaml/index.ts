/** Browser behaviour of YAML examples: copy buttons and key tooltips (strings follow the UI language). */
import { currentUiLang } from '../preferences.ts';
import yamlStrings from 'virtual:ui-strings/yaml';
import { initCopyButtons } from './copy.ts';
import { initKeyTooltips } from './tooltip.ts';

/** The `yaml.*` strings (the `yaml` table of src/lib/ui-strings.ts) in the current UI language. */
function str(key: string): string {
  return yamlStrings[currentUiLang()][key] ?? yamlStrings['zh-CN'][key] ?? key;
}

export function initYamlExamples(): void {
  // `data-yaml-ui` marks the figures, excerpts and stub notices that have copy buttons or key tooltips.
  if (!document.querySelector('[data-yaml-ui]')) return;
  initCopyButtons(document, str);
  initKeyTooltips(str);
}
