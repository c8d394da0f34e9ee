/**
 * The two display names of a concept for pages that follow the UI language: the Chinese name
 * (server-rendered, zh-CN) and the English one for the language switch (`data-name-en`). The map
 * root often has a Chinese-only label (`Kubernetes 技能图谱`); its English name is then the
 * site's English title.
 */
import type { Concept } from '../graph/model.ts';
// The English table itself, not src/i18n/index.ts: the state diagram's view (src/views, which Node
// loads without Vite at build time) names states with these helpers.
import enStrings from '../i18n/en.json' with { type: 'json' };
import { closingParen } from '../graph/title-names.ts';

export function zhName(c: Pick<Concept, 'title' | 'titleZh'>): string {
  return c.titleZh?.trim() || c.title;
}

/** What the names of a concept are taken from (`id` and `branch` tell the map root; see isMapRoot). */
export type NamedConcept = Pick<Concept, 'title' | 'titleZh' | 'titleEn' | 'parent'> & Partial<Pick<Concept, 'id' | 'branch'>>;

/**
 * The map root: no parent and its own branch. A concept mined from the notes beside a `map.md`
 * has no parent either (it stays off the curated tree) but sits in another branch, or in the
 * root's: it is no root, and its English name is its own (`kubectl apply`, not the site's title).
 */
function isMapRoot(c: NamedConcept): boolean {
  return c.parent === undefined && (c.branch === undefined || c.branch === c.id);
}

/** The English name when it differs from the Chinese one (undefined: the name stays). */
export function enName(c: NamedConcept): string | undefined {
  const en = c.titleEn?.trim() || c.title;
  if (en !== zhName(c)) return en;
  return isMapRoot(c) ? enStrings['site.title'] : undefined;
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
export function headingNames(c: NamedConcept): { zh: HeadingNames; en: HeadingNames } {
  // Asked for a concept on every page that lists it (neighbours, backlinks, previous/next), so
  // the answer is kept per concept object, with the names it was worked out from: a concept
  // whose names changed since (the dev server's next graph makes new objects anyway) is worked
  // out again. The answer is frozen, as every page shares it.
  const kept = headingMemo.get(c);
  if (kept && kept.title === c.title && kept.titleZh === c.titleZh && kept.titleEn === c.titleEn && kept.parent === c.parent && kept.id === c.id && kept.branch === c.branch) return kept.names;
  const names = freezeNames(computeHeadingNames(c));
  headingMemo.set(c, { title: c.title, titleZh: c.titleZh, titleEn: c.titleEn, parent: c.parent, id: c.id, branch: c.branch, names });
  return names;
}

type HeadingPair = { zh: HeadingNames; en: HeadingNames };
const headingMemo = new WeakMap<object, Pick<NamedConcept, 'title' | 'titleZh' | 'titleEn' | 'parent' | 'id' | 'branch'> & { names: HeadingPair }>();

function freezeNames(h: HeadingPair): HeadingPair {
  Object.freeze(h.zh.others);
  Object.freeze(h.en.others);
  Object.freeze(h.zh);
  Object.freeze(h.en);
  return Object.freeze(h);
}

function computeHeadingNames(c: NamedConcept): HeadingPair {
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

/** A concept's name in one UI language and the other name shown beside it (a second line, parentheses). */
export interface NamePair {
  lead: string;
  other?: string;
}

/**
 * The two names a small label shows (a state diagram's box, its transition list), in each UI
 * language: the heading's lead and its first other name (`headingNames`), so the diagram names a
 * state as its page does — 等待中 over Pending in Chinese, Pending over 等待中 after the switch. A
 * title that is just its two names (`Pending（等待调度）` beside the Chinese name 等待调度) gives
 * only its other part, so no name shows twice.
 */
export function namePairs(c: NamedConcept): { zh: NamePair; en: NamePair } {
  const key = (s: string) => s.trim().toLowerCase();
  const h = headingNames(c);
  /** `n` without the part that repeats `beside` (`Pending（等待调度）` beside 等待调度: Pending). */
  const without = (n: string | undefined, beside: string): string | undefined => {
    const both = n === undefined ? undefined : closingParen(n);
    if (!both || !both.before || !both.inside.trim()) return n;
    if (key(both.inside) === key(beside)) return both.before;
    if (key(both.before) === key(beside)) return both.inside.trim();
    return n;
  };
  const pair = (lead: string, other: string | undefined): NamePair => {
    const o = without(other, lead);
    return o !== undefined && key(o) !== key(lead) ? { lead, other: o } : { lead };
  };
  const zh = h.zh.lead;
  const en = without(h.en.lead, zh) ?? zh;
  return { zh: pair(zh, h.zh.others[0]), en: pair(en, en === h.en.lead ? h.en.others[0] : zh) };
}
