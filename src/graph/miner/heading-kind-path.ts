/**
 * kinds35: a path from an object's root (`spec.pools`, `status.readyToUse`) written in a code span
 * under a heading that names one of the note's own custom kinds (`## 单元化部署：YurtAppSet`,
 * `## Component 的几个关键字段`), where no reading of the resolver placed it: the heading's kind's
 * field, as written (docs/miner.md, "kinds35").
 *
 * rules31's `contextPathField` reads a heading as evidence for a custom kind's spec path only when
 * the kind's examples set the path (a spec path an example leaves out is as often another
 * version's: `旧写法 \`spec.targetCluster\``), and kinds31 reads it for paths several API kinds
 * have. A path no API kind has, which no custom kind's example sets (or under a parent none sets),
 * was then left to the prose rules, which made it a `term` (`spec.pools`, `spec.consumesApis`): an
 * expert never reads a path from an object's root as a term. This reading comes last, after every
 * other reading of a path (the catalogue's, the note's examples', the context's), so it changes
 * only what would otherwise be no field at all.
 *
 * Read only: the candidate's own section heading (not an enclosing one, not the title), naming
 * exactly one kind, which is one of the note's custom kinds (its examples declare it or its text
 * says it is an object; no API, catalogue or configuration kind); a path no API kind has.
 */

/** The rule, as data (named for `--explain` and the tests). */
export const HEADING_KIND_PATH = {
  name: 'heading-kind-path',
  /** A path from the object's root, as written (no `metadata.`: that is the API's ObjectMeta). */
  path: /^(?:spec|status)(?:\.[A-Za-z][\w-]*(?:\[\d*\])?)+$/,
  /** Candidate forms not read: a heading or a table row (their own rules place them, as rules31's). */
  skipForms: new Set(['heading', 'table']),
  /**
   * A sentence that calls the path an old or deprecated writing (`旧写法 \`spec.targetCluster\` …
   * 已废弃`, `老的 \`v1alpha1\` 写法是 \`spec.topology.pools[]\``): another version's spelling, which
   * the kind's examples leave out on purpose (rules31's guard); left to the other readings.
   */
  oldWriting: /(?:旧写法|老写法|旧的写法|老的|旧版|以前的写法|早期的写法|已废弃|废弃|deprecated)/iu,
} as const;

/**
 * The owner a heading gives a path from the root: the one custom kind the candidate's own section
 * heading names, when no API kind has the path; undefined otherwise.
 */
export function headingKindPathOwner(input: {
  name: string;
  /** The sentence the path is written in (the words before and after it, to the sentence's ends). */
  sentence?: string;
  /** Kinds the candidate's own section heading names (outline.ts `Section.kinds`). */
  sectionKinds: readonly string[];
  /** How many API kinds have the path as written (vocabulary `fieldsByPath`). */
  apiOwners: number;
  isCustomKind: (kind: string) => boolean;
}): string | undefined {
  if (!HEADING_KIND_PATH.path.test(input.name) || input.apiOwners > 0) return undefined;
  if (input.sentence !== undefined && HEADING_KIND_PATH.oldWriting.test(input.sentence)) return undefined;
  if (input.sectionKinds.length !== 1) return undefined;
  const kind = input.sectionKinds[0]!;
  return input.isCustomKind(kind) ? kind : undefined;
}
