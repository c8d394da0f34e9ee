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
