/**
 * fix28: a term named as a sort of an API kind (`Headless Service`, `静态 Pod`, `Mirror Pod`) is a
 * kind of that object and hangs under it when the map has the object (issue 12 item 3; QA qa47
 * finding 10, fix27's "Left": a Headless Service explained in a chapter that is not about Service
 * hung beside Service). Data (`KIND_SORT`): the shape, one to three modifier words (Latin or
 * Chinese) then the kind's name as the API spells it, last.
 */
import { kindNamed } from '../vocabulary/index.ts';

export const KIND_SORT = {
  name: 'kind-sort',
  shape: /^(?:[A-Za-z][A-Za-z-]*\s+){1,3}([A-Z][A-Za-z]+)$|^[\u4e00-\u9fff]{1,6}\s*([A-Z][A-Za-z]+)$/u,
} as const;

/** The kind a term's name says it is a sort of (`Headless Service` → Service); undefined otherwise. */
export function sortOfKind(title: string): string | undefined {
  const m = KIND_SORT.shape.exec(title.normalize('NFKC').trim());
  const word = m?.[1] ?? m?.[2];
  if (word === undefined) return undefined;
  const kind = kindNamed(word);
  return kind !== undefined && kind === word && kindNamed(title.trim()) === undefined ? kind : undefined;
}
