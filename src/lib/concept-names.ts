/**
 * The two display names of a concept for pages that follow the UI language: the Chinese name
 * (server-rendered, zh-CN) and the English one for the language switch (`data-name-en`). The map
 * root often has a Chinese-only label (`Kubernetes 技能图谱`); its English name is then the
 * site's English title.
 */
import type { Concept } from '../graph/model.ts';
import { UI_STRINGS } from '../i18n/index.ts';
import { closingParen } from '../graph/title-names.ts';

export function zhName(c: Pick<Concept, 'title' | 'titleZh'>): string {
  return c.titleZh?.trim() || c.title;
}

/** The English name when it differs from the Chinese one (undefined: the name stays). */
export function enName(c: Pick<Concept, 'title' | 'titleZh' | 'titleEn' | 'parent'>): string | undefined {
  const en = c.titleEn?.trim() || c.title;
  if (en !== zhName(c)) return en;
  return c.parent === undefined ? UI_STRINGS.en['site.title'] : undefined;
}

/** A concept page's heading in one UI language: the name it leads with, then its other names. */
export interface HeadingNames {
  lead: string;
  others: string[];
}

/**
 * The names a concept page's heading shows, in each UI language, as the map, the concepts index
 * and search name it: in Chinese its Chinese name first, in English its English name (`enName`)
 * first; then its other names: the name in the other language, then the note's own title when it
 * is neither (`Container basics` beside the map's `Container fundamentals`). Each name once, as
 * the title spells it when they differ in letter case only (a field's `hostAliases`, not the
 * map's `HostAliases`); a title that is just its two names (`服务网格（Service Mesh）`) is not repeated.
 */
export function headingNames(c: Pick<Concept, 'title' | 'titleZh' | 'titleEn' | 'parent'>): { zh: HeadingNames; en: HeadingNames } {
  const key = (s: string) => s.trim().toLowerCase();
  const title = c.title.trim();
  const zh = zhName(c);
  // A name that differs from the title in letter case only is written as the title is: a field's
  // own spelling (`hostAliases`, not `HostAliases`).
  const spell = (n: string | undefined) => (n !== undefined && key(n) === key(title) ? title : n?.trim());
  const en = spell(enName(c)) ?? zh;
  const both = closingParen(title);
  const spelled = [zh, c.titleEn?.trim() ?? ''].map(key);
  const titleIsBoth = both !== undefined && spelled.includes(key(both.before)) && spelled.includes(key(both.inside));
  const names: string[] = [];
  for (const n of [zh, spell(c.titleEn) || title, titleIsBoth ? undefined : title]) {
    if (n && !names.some((a) => key(a) === key(n))) names.push(n);
  }
  const others = (lead: string) => names.filter((n) => key(n) !== key(lead));
  return { zh: { lead: zh, others: others(zh) }, en: { lead: en, others: others(en) } };
}
