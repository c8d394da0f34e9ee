/**
 * The two display names of a concept for pages that follow the UI language: the Chinese name
 * (server-rendered, zh-CN) and the English one for the language switch (`data-name-en`). The map
 * root often has a Chinese-only label (`Kubernetes 技能图谱`); its English name is then the
 * site's English title.
 */
import type { Concept } from '../graph/model.ts';
import { UI_STRINGS } from '../i18n/index.ts';

export function zhName(c: Pick<Concept, 'title' | 'titleZh'>): string {
  return c.titleZh?.trim() || c.title;
}

/** The English name when it differs from the Chinese one (undefined: the name stays). */
export function enName(c: Pick<Concept, 'title' | 'titleZh' | 'titleEn' | 'parent'>): string | undefined {
  const en = c.titleEn?.trim() || c.title;
  if (en !== zhName(c)) return en;
  return c.parent === undefined ? UI_STRINGS.en['site.title'] : undefined;
}
