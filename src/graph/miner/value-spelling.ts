/**
 * Lead, thirty-eighth session: a name spelt exactly as an API enum value (`NodePort`, `ClusterIP`, `LoadBalancer`,
 * `ExternalName`, `RollingUpdate`, `Local`) is that value, not the field whose name folds to the same key
 * (`spec.ports[].nodePort`, `spec.clusterIP`, `status.loadBalancer`, `spec.externalName`,
 * `spec.strategy.rollingUpdate`, a PersistentVolume's `local`). The name index matches names by `normKey` (case
 * folded, so `HostAliases` names `hostAliases`, issue 12 item 1); for a spelling the API itself gives a value, the case
 * is the distinction an expert reads: a Service chapter's `| NodePort | 在每个节点上开一个端口 |` row is the type,
 * and its `- nodePort：…` item the port field; the row was dropped as the field the note already defined, and running
 * text's `只有 NodePort 和 LoadBalancer 类型才有` linked the port field.
 *
 * Counted before building (dev sets, the misses of `bench/miner-misses.mjs`): labels spelt as an enum value whose key
 * is also a field's, lost to a rule's resolution ("ruled-lost"): 15 in 10 sets by 9 writers, 10 of them `NodePort`.
 *
 * Data (`VALUE_SPELLING`) and one pure predicate, `valueSpellingSkips`, which the name index applies in `lookup`
 * (names.ts takes it from build-context.ts and mine-state.ts): a field concept is not named by a spelling of an enum
 * value unless one of the field's own names is spelt so.
 */
import { enumFieldsOf } from '../vocabulary/index.ts';

export const VALUE_SPELLING = {
  name: 'value-spelling',
  shape: 'a name spelt exactly as an API enum value, upper-case first, never names a field concept none of whose names is spelt so',
  example: { name: 'NodePort', field: { kind: 'field', title: 'nodePort', aliases: [], fieldPath: 'spec.ports[].nodePort' } },
  /** Names that still name the field: not an enum value (`HostAliases`), the field's own spelling, lower-case values. */
  lookAlikes: [
    { name: 'HostAliases', field: { kind: 'field', title: 'hostAliases', aliases: [], fieldPath: 'spec.hostAliases' } },
    { name: 'nodePort', field: { kind: 'field', title: 'nodePort', aliases: [], fieldPath: 'spec.ports[].nodePort' } },
    { name: 'NodePort', field: { kind: 'field', title: 'NodePort', aliases: [], fieldPath: 'spec.ports[].nodePort' } },
    { name: 'NodePort', field: { kind: 'term', title: 'nodeport', aliases: [] } },
  ],
} as const;

/** A concept as the name index (`title`, `aliases`) or the resolver (`names`) knows it. */
interface Named { kind?: string | undefined; title?: string; titleEn?: string | undefined; aliases?: readonly string[]; names?: readonly string[] | undefined; fieldPath?: string | undefined }

/**
 * For a name spelt as an enum value, the test that skips the field concepts it does not name; undefined for any other
 * name (the index then matches as before).
 */
export function valueSpellingSkips(name: string): ((c: Named) => boolean) | undefined {
  if (!/^[A-Z]/.test(name) || enumFieldsOf(name).length === 0) return undefined;
  return (c) =>
    c.kind === 'field' &&
    c.title !== name &&
    c.titleEn !== name &&
    !(c.aliases ?? []).includes(name) &&
    !(c.names ?? []).includes(name) &&
    (c.fieldPath === undefined || !c.fieldPath.split('.').some((s) => s.replace(/\[\]$/, '') === name));
}
