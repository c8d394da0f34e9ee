/**
 * struct26: a chapter's title that is the Chinese name of a Kubernetes term (issue 12 item 3; QA F9).
 *
 * `# 探针` over sections on livenessProbe, readinessProbe and startupProbe, or a file `亲和性.md` over
 * nodeAffinity and podAntiAffinity, names no kind, no concept the note defines and no broad area, so
 * the chapter's home used to be its first field, a neighbour, and the concept the whole chapter
 * explains was not made. The official Chinese glossary (vocabulary/zh-glossary.json, from the
 * Kubernetes website) says the title is a name: Probe, Affinity. When the title's subject phrase
 * (`titleNames`, numbering and genre words off; the file name for a note without a `#` title) is,
 * as a whole, one glossary entry's Chinese name, and the chapter's text writes it again at least
 * `minUses` times (it explains it, also as the head of a compound: 存活探针), the concept is the
 * chapter's home: the concept the note defines under that name, else an existing concept, else a
 * term titled `探针（Probe）` (the Chinese name alone when the English one spells a field: `亲和性`, not a
 * second `affinity`). Not a name whose English one is a kind (`节点`, Node: the kind reader's call, which
 * takes `节点管理` as a context, not the object), and only in a chapter that defines something. Rule `title-glossary`. A title naming a broad area (`网络`,
 * `存储`) stays an area topic (title-areas.ts): this is only read where the title named nothing.
 */
import { glossaryEntriesZh } from '../vocabulary/zh-glossary.ts';
import { configFieldsNamed, fieldsNamed, kindNamed } from '../vocabulary/index.ts';
import { titleNamesNoArea } from './title-areas.ts';

export const TITLE_GLOSSARY_RULE = {
  name: 'title-glossary',
  /** Times the chapter's text (title line aside) writes the name. */
  minUses: 1,
  /** A Chinese name of 2 to 8 characters. */
  shape: /^[\u4e00-\u9fff]{2,8}$/u,
} as const;

/** The glossary name a title's subject phrase is, with the title a new term would take; undefined otherwise. */
export function titleGlossaryName(heads: readonly string[], body: string): { zh: string; en: string; title: string } | undefined {
  for (const raw of heads) {
    const zh = raw.normalize('NFKC').replace(/\s+/g, '');
    if (!TITLE_GLOSSARY_RULE.shape.test(zh) || !titleNamesNoArea(zh) || kindNamed(zh) !== undefined) continue;
    const entry = glossaryEntriesZh(zh)[0];
    const en = entry?.en[0];
    if (entry === undefined || en === undefined) continue;
    if (body.split(zh).length - 1 < TITLE_GLOSSARY_RULE.minUses) continue;
    // (a kind's Chinese name the kind reader does not take, `节点` for Node, is a context there, not a subject)
    if (kindNamed(en) !== undefined) continue;
    const apiName = fieldsNamed(en).length > 0 || configFieldsNamed(en).length > 0;
    return { zh, en, title: apiName ? zh : `${zh}（${en}）` };
  }
  return undefined;
}

/**
 * fix28: a title that joins two Chinese glossary names (`# 污点与容忍`, `# 亲和性与反亲和性`, `# 探针和
 * 生命周期`) names a pair of concepts the chapter explains side by side (struct26 left it: only a whole
 * name was read). The chapter's subject is that pair, a topic titled as written, so the concepts it
 * defines hang under it rather than the first of them becoming a branch of its own (QA qa47: the
 * taints field a root branch). Data (`JOINED_TITLE`): the joining words, and the endings a writer
 * drops from a glossary name (`容忍` for `容忍度`), and the prefix of an opposite (`反亲和性`). Each part must be such a name (not a kind's name)
 * and be written again in the chapter.
 */
export const JOINED_TITLE = {
  name: 'title-glossary-pair',
  joiners: /^([\u4e00-\u9fff]{2,6})\s*(?:与|和|及|跟|、|&|\/)\s*([\u4e00-\u9fff]{2,6})$/u,
  dropped: ['度', '性'] as readonly string[],
  /** Prefixes that make the opposite of a glossary name (`反亲和性`, anti-affinity). */
  opposite: ['反'] as readonly string[],
} as const;

function glossaryPart(part: string, body: string): boolean {
  if (kindNamed(part) !== undefined || body.split(part).length - 1 < TITLE_GLOSSARY_RULE.minUses) return false;
  const bases = [part, ...JOINED_TITLE.opposite.filter((p) => part.startsWith(p) && part.length > p.length + 1).map((p) => part.slice(p.length))];
  const entries = bases.flatMap((b) => [b, ...JOINED_TITLE.dropped.map((d) => b + d)]).flatMap((zh) => glossaryEntriesZh(zh));
  return entries.some((e) => e.en[0] !== undefined && kindNamed(e.en[0]) === undefined);
}

/** The title of the topic a title joining two glossary names gives; undefined otherwise. */
export function joinedGlossaryTitle(heads: readonly string[], body: string): string | undefined {
  for (const raw of heads) {
    const t = raw.normalize('NFKC').trim();
    const m = JOINED_TITLE.joiners.exec(t);
    if (!m || !titleNamesNoArea(t)) continue;
    if (glossaryPart(m[1]!, body) && glossaryPart(m[2]!, body)) return t;
  }
  return undefined;
}
