/**
 * crd41 (issue 12 item 1): the fields every object has — its ObjectMeta's bookkeeping
 * (`metadata.finalizers`, `metadata.deletionTimestamp`, `metadata.generation`,
 * `metadata.resourceVersion`, `metadata.generateName`, `metadata.deletionGracePeriodSeconds`) and the
 * standard status an operator writes (`status.conditions` and the keys of one condition,
 * `status.observedGeneration`) — explained in a note about one custom kind of its own are that kind's
 * (docs/miner.md "crd41").
 *
 * An operator developer's chapter (a CRD and its custom kind `QueueCluster`, `XdbCluster`,
 * `RedisCluster`, `Memcached`) explains finalizers, generation and observedGeneration, conditions:
 * the object they are fields of is the custom resource the controller reconciles. The catalogue has
 * these paths at every built-in kind, so a reading that had nothing but the catalogue took the
 * Pod (the default of a path every object has), the first kind of the context (a Deployment the
 * section mentions elsewhere, the CRD that defines the kind) or left the owner open. An expert reads
 * the note's object. Read only where:
 *   - the reading took the owner from the catalogue or the context's order alone (`guessRules`, the
 *     same readings diag40 calls guesses), or from a key of a fragment without `kind` that no example
 *     of the note declares (`guessWhenUndeclared`: the Pod by default), or left several owners at the
 *     same standard path (the shallowest standard path among the owners' paths);
 *   - the path is one of `paths` (the labels, ownerReferences, annotations of a child object are
 *     about the child: not read);
 *   - none of the kinds picked is declared by an example of the candidate's section (`kind:
 *     Deployment`; a fragment the reading took for a Pod is no Pod shown), named by its headings or
 *     named by its own paragraph (`Deployment 的 generation`: kept);
 *   - one custom kind is in sight: the one custom kind of the note's among the section's kinds, else
 *     the note's only custom kind (two custom kinds and a section about neither: not read).
 */

import { CUSTOM_OWNER_AMBIGUOUS } from './custom-owner-ambiguous.ts';

/** The rule, as data (named for `--explain` and the tests). */
export const STANDARD_OBJECT_FIELD = {
  name: 'standard-object-field',
  why: 'a field every object has (ObjectMeta, standard status) that the catalogue alone gave a built-in kind, in a note about one custom kind: the custom kind\'s',
  /** The paths every object has in the same sense (ObjectMeta's bookkeeping, the standard status). */
  paths: new Set<string>([
    'metadata.finalizers',
    'metadata.deletionTimestamp',
    'metadata.deletionGracePeriodSeconds',
    'metadata.generation',
    'metadata.resourceVersion',
    'metadata.generateName',
    'status.conditions',
    'status.conditions[].type',
    'status.conditions[].status',
    'status.conditions[].reason',
    'status.conditions[].message',
    'status.conditions[].lastTransitionTime',
    'status.conditions[].observedGeneration',
    'status.observedGeneration',
  ]),
  /**
   * The readings that take the owner from the catalogue or the context's order alone (resolve.ts
   * `fieldOfName`): diag40's guesses, and a path whose field has one type wherever it is.
   */
  guessRules: new Set<string>([...CUSTOM_OWNER_AMBIGUOUS.guessRules, 'api-field-path-one-type']),
  /**
   * Readings of an example's key that are a guess when the kind picked is one no example of the
   * note declares: a fragment without `kind` (`metadata:` / `status:` cut from an object) is read as
   * the Pod's by default.
   */
  guessWhenUndeclared: new Set<string>(['yaml-key']),
} as const;

export interface StandardFieldInput {
  /** The path(s) the reading gave (one for a field; every candidate owner's path for several owners). */
  paths: readonly string[];
  /** The kinds the reading picked (one, or the owners left in doubt) and its rule. */
  picked: readonly string[];
  rule: string;
  /** The kinds the candidate's section (and the sections it is in) declares in examples (`kind: X`), then names in headings. */
  sectionKinds: readonly string[];
  /** The kinds the note's examples declare anywhere (`kind: X`). */
  declaredKinds: readonly string[];
  /** The kinds the candidate's own paragraph or list item names. */
  definitionKinds: readonly string[];
  /** The note's own custom kinds (note-kinds.ts), in the note's order. */
  noteKinds: readonly string[];
}

/** The custom kind and path a standard field explained in a note about that kind has, or undefined. */
export function standardFieldOwner(input: StandardFieldInput): { owner: string; path: string } | undefined {
  const r = STANDARD_OBJECT_FIELD;
  const guessed = r.guessRules.has(input.rule) || (r.guessWhenUndeclared.has(input.rule) && !input.picked.some((k) => input.declaredKinds.includes(k)));
  if (!guessed) return undefined;
  // (several owners left in doubt: the standard path among theirs — Namespace's `spec.finalizers` is
  // another field —, the object's own before a condition's: `status.observedGeneration`, not
  // `status.conditions[].observedGeneration`)
  const standard = [...new Set(input.paths)].filter((p) => r.paths.has(p)).sort((a, b) => a.split('.').length - b.split('.').length);
  if (standard.length === 0 || (standard.length > 1 && standard[0]!.split('.').length === standard[1]!.split('.').length)) return undefined;
  const path = standard[0]!;
  if (input.picked.some((k) => input.sectionKinds.includes(k) || input.definitionKinds.includes(k))) return undefined;
  const owner = customKindInSight(input.sectionKinds, input.noteKinds);
  if (owner === undefined || input.picked.includes(owner)) return undefined;
  return { owner, path };
}

/**
 * kind43 (docs/miner.md "kind43"): a table of keys whose rows are the keys of one standard place — a condition's
 * (`| \`type\` | … |`, `| \`status\` |`, `| \`reason\` |`, `| \`lastTransitionTime\` |` under `每个 condition 有这几个字段：`)
 * or ObjectMeta's bookkeeping — in a note about one custom kind: the rows are that kind's fields at the standard
 * paths. The table readers (crd-example-key.ts `tableKeyPath`) place a row by the paths the kind's examples set; a
 * kind the note names only in prose (prose-kinds.ts) has no examples, and a declared kind's examples seldom show its
 * conditions, so the standard paths stand in for them here: each row votes with its standard path (the one standard
 * path ending in it: `observedGeneration` has two, and takes the table's place), the same thresholds. Only a row at
 * a standard path is read (the table's `ownerReferences`, `labels`, `annotations` are about a child object).
 */
export const STANDARD_TABLE_KEYS = {
  name: 'standard-table-keys',
  why: 'a row of a table of a standard place\'s keys (a condition\'s, ObjectMeta\'s bookkeeping) in a note about one custom kind: that kind\'s field at the standard path',
  minAgreeing: 2,
  minShare: 1 / 3,
  key: /^[a-z][A-Za-z0-9]*$/,
} as const;

/** The one standard path a bare key names (`lastTransitionTime` → `status.conditions[].lastTransitionTime`), if one. */
export function standardKeyPath(key: string): string | undefined {
  const ps = [...STANDARD_OBJECT_FIELD.paths].filter((p) => (p.split('.').pop() ?? p).replace(/\[\]$/, '') === key);
  return ps.length === 1 ? ps[0] : undefined;
}

/**
 * The custom kind in sight (crd41's reading): the one custom kind of the note's among the section's kinds, else the
 * note's only custom kind; undefined when two are and the section is about neither.
 */
export function customKindInSight(sectionKinds: readonly string[], noteKinds: readonly string[]): string | undefined {
  const inSection = sectionKinds.filter((k) => noteKinds.includes(k));
  return inSection.length === 1 ? inSection[0] : inSection.length === 0 && noteKinds.length === 1 ? noteKinds[0] : undefined;
}
