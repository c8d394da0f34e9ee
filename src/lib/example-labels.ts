/** The labels of the findings' markers next to a YAML example's lines (UI strings, zh-CN at build time). */
import { t } from '../i18n/index.ts';
import type { MarkerLabels } from './prehighlight.ts';

export function exampleMarkerLabels(): MarkerLabels {
  return { error: t('yaml.finding.error'), warning: t('yaml.finding.warning') };
}
