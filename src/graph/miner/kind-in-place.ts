/**
 * struct25 (issue 12 item 4, QA M1): a heading that names a kind where it appears (`## 模板里的
 * Deployment`, `## 补丁里的 Service`, `## Chart 中的 ConfigMap`) is about that kind in that place: the
 * section shows the kind, it defines no new concept titled with the whole heading. A modifier that
 * makes a sort of the kind stays a name (`默认 StorageClass`, `静态 Pod`, `不可调度的 Pod`: no
 * place word before 的).
 */

/** A place word and 的 before a Latin name, after a short Chinese or Latin phrase: the heading shapes this vetoes. */
export const KIND_IN_PLACE = /^(?:[A-Za-z][\w.-]*\s*[\u4e00-\u9fff]{0,6}|[\u4e00-\u9fff]{1,6})(?:里|中|内|上|当中|之中)的\s*([A-Za-z][\w.-]*(?: [A-Za-z][\w.-]*)?)$/u;

/** The name a heading of KIND_IN_PLACE's shape is about, when `known` says it names a kind or concept; else undefined. */
export function kindInPlace(label: string, known: (name: string) => boolean): string | undefined {
  const m = KIND_IN_PLACE.exec(label.normalize('NFKC').replace(/\s+/g, ' ').trim());
  return m && known(m[1]!) ? m[1]! : undefined;
}

/**
 * prec33: a heading that names one **instance** of a kind (`### 1.1 最小的 Pod`, `## 写第一个 Job`, `## 暂停整个
 * CronJob`, `## Q2：写一个最基本的 HPA`, `### 验证新的 AnalysisTemplate`): the section writes or works on one
 * object of that kind, an example, not a sort of it. The Chinese before the name holds a word that picks one
 * object out — a superlative (最), a numeral or demonstrative with its classifier (一个, 第一个, 整个, 这个, 每个),
 * new or old (新的, 旧的). A modifier that makes a sort stays a name (`默认 StorageClass`, `静态 Pod`, `裸 Pod`,
 * `不可调度的 Pod`, `聚合 ClusterRole`: none of these words). Counted on the 92 readable dev sets (each chapter
 * alone): 7 false positives in 5 sets, no label.
 */
export const INSTANCE_MARKERS: readonly RegExp[] = [
  /最/u,
  /[一二两三四五六七八九十几这那每某整第哪][一二三四五六七八九十\d]*个/u,
  /[新旧]的/u,
];

/** A Chinese-only modifier before a Latin name (one or two words): the heading shapes kindInstance reads. */
const MODIFIED_NAME = /^([\u4e00-\u9fff]{1,10})\s*([A-Za-z][\w.-]*(?: [A-Za-z][\w.-]*)?)$/u;

/** The name a heading naming one instance of it is about (INSTANCE_MARKERS), when `known` says it names a kind or concept; else undefined. */
export function kindInstance(label: string, known: (name: string) => boolean): string | undefined {
  const m = MODIFIED_NAME.exec(label.normalize('NFKC').replace(/\s+/g, ' ').trim());
  if (!m || !INSTANCE_MARKERS.some((r) => r.test(m[1]!))) return undefined;
  return known(m[2]!) ? m[2]! : undefined;
}
