/**
 * fix32a: the title of a mined field whose own key is a generic word. A field concept is titled by
 * the last key of its path (`hostAliases`); for a key that names no field of its own (`type`,
 * `name`, `value` …: field-clauses.ts `GENERIC_PATH_LEAVES`) the title alone says nothing — a
 * DaemonSet chapter's `spec.updateStrategy.type` was a concept titled "type", beside a Service's
 * "type" and a LimitRange's "type". Such a field is titled by its key and the key that holds it
 * (`updateStrategy.type`, `seccompProfile.type`, `limits[].type`), as the notes write it; a key
 * right under the object's root or `spec` / `status` / `metadata` (`spec.type` of a Service,
 * Secret's `type`) keeps the bare key, its owner says whose it is. The path, the owner, the id
 * and the scoring names (the path's last key) are unchanged: only what the reader sees.
 * Data: `FIELD_TITLE_RULE`; pure function `fieldTitle`; applied by stages/mine.ts to mined fields
 * after the notes are read. Tests: tests/unit/graph/miner-fix32a.test.ts.
 */
import { GENERIC_PATH_LEAVES } from './field-clauses.ts';

export const FIELD_TITLE_RULE = {
  name: 'generic-key-title',
  /** Keys that name no field of their own: titled with their holder. */
  genericKeys: GENERIC_PATH_LEAVES,
  /** Holders that say nothing either: a key right under one keeps its bare title. */
  rootKeys: new Set(['spec', 'status', 'metadata', 'data']) as ReadonlySet<string>,
} as const;

/**
 * The title of a field at `path` whose concept is titled `title`, when the rule retitles it
 * (`spec.updateStrategy.type`, "type" → `updateStrategy.type`); undefined to keep the title.
 */
export function fieldTitle(path: string, title: string): string | undefined {
  const keys = path.split('.');
  if (keys.length < 2) return undefined;
  const leaf = keys.at(-1)!;
  if (leaf.replace(/\[\]$/, '') !== title || !FIELD_TITLE_RULE.genericKeys.has(title)) return undefined;
  const holder = keys.at(-2)!;
  if (FIELD_TITLE_RULE.rootKeys.has(holder.replace(/\[\]$/, ''))) return undefined;
  return `${holder}.${leaf}`;
}
