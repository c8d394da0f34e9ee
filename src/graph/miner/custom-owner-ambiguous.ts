/**
 * diag40 (issue 12 item 1: "when still ambiguous, say so in a diagnostic rather than guess"): a key
 * of a section about one of the note's own custom kinds, which that kind's examples and schema do
 * not set, and which a reading gave a field of another kind only because the catalogue or the
 * context's order has one (`replicas` under `## Kustomization` read as the Deployment's,
 * `minReplicas` after a PyTorchJob's example read as the HorizontalPodAutoscaler's, `generateName`
 * under a TaskRun read as the Pod's). An expert would not pick: the note says the section is about
 * the custom kind, the key is not in what the note shows of it, and the kind the catalogue offers
 * is not in the section. The concept is kept as a field without an owner or a path (as the
 * `ambiguous-field` readings keep it) and the build says which owners are in doubt and how to settle
 * it. An `ambiguous-field` reading of the same rules in such a section (`suspend`: Job or CronJob,
 * under `## WidgetSet`) lists the section's custom kinds among the owners and takes the same hint (docs/miner.md "diag40", docs/content-format.md).
 *
 * Not read: a reading placed by the note's own text (a YAML key of the kind, an owner named beside
 * the name, a lead-in, a table of a kind's fields, a parent path written: any rule not in
 * `guessRules`), a section that shows or names the kind the reading picked, a definition whose own
 * paragraph names it (`Pod 通过 \`spec.schedulerName\` 选择调度器`, `**scope：** CRD 的作用范围`), a section about no custom
 * kind of the note, a custom kind whose examples or schema have the name.
 */
import type { FindingKey } from '../diagnostics.ts';

/** The rule, as data (named for `--explain` and the tests). */
export const CUSTOM_OWNER_AMBIGUOUS = {
  name: 'custom-owner-ambiguous',
  why: 'a key of a section about a custom kind of the note that its examples do not set, which only the catalogue gives another kind: several owners, no guess',
  /**
   * The readings that take the owner from the catalogue or the order of the context's kinds
   * alone (resolve.ts `fieldOfName`): the kinds of the context in order, the one kind the note
   * names somewhere, the only type among several kinds, the Pod by default for a path every
   * object has. Any other reading is placed by the note's words and stays.
   */
  guessRules: new Set(['api-field', 'api-field-note-kind', 'api-field-one-type', 'api-field-path', 'api-field-parent', 'yaml-key-one-type']),
  /**
   * The hint, by what the note already did for the first custom kind in doubt, so that it never
   * asks for what the note did: the section shows an example of the kind (then: set the key in
   * that example, or write its path), or only its heading names the kind (then: show the key in
   * an example of the kind, or write its path). Either way: name the other kind beside the key if
   * it is that kind's.
   */
  hints: [
    { when: 'example', key: 'finding.hint.custom-owner-example' },
    { when: 'heading', key: 'finding.hint.custom-owner-heading' },
  ] as const satisfies readonly { when: CustomOwnerCue; key: FindingKey }[],
} as const;

/** What the note did for a custom kind in the section: shows an example of it, or names it in a heading. */
export type CustomOwnerCue = 'example' | 'heading';

export interface CustomOwnerInput {
  /** The name read (a bare key or a path as written). */
  name: string;
  /** The kind the reading gave it (or the kinds an `ambiguous-field` reading left in doubt) and the reading's rule. */
  picked: readonly string[];
  rule: string;
  /** The kinds the candidate's section (and the sections it is in) shows in its examples, then names in its headings. */
  sectionKinds: readonly string[];
  /** The kinds the section's examples show (a subset of sectionKinds). */
  exampleKinds: readonly string[];
  /** The kinds the candidate's own paragraph or list item names (`Pod 通过 \`spec.schedulerName\` 选择…`). */
  definitionKinds: readonly string[];
  /** Whether a kind is one of the note's own custom kinds (note-kinds.ts). */
  isCustomKind: (kind: string) => boolean;
  /** Whether the note's examples or schema of the custom kind have the name. */
  customHas: (kind: string, name: string) => boolean;
}

/** The owners in doubt (the section's custom kinds, then the kind picked) and the cue of the first, or undefined. */
export function customOwnerAmbiguity(input: CustomOwnerInput): { owners: string[]; cue: CustomOwnerCue } | undefined {
  const r = CUSTOM_OWNER_AMBIGUOUS;
  if (!r.guessRules.has(input.rule)) return undefined;
  if (input.picked.some((k) => input.sectionKinds.includes(k) || input.definitionKinds.includes(k))) return undefined;
  const customs = input.sectionKinds.filter((k) => !input.picked.includes(k) && input.isCustomKind(k));
  if (customs.length === 0 || customs.some((k) => input.customHas(k, input.name))) return undefined;
  const first = customs[0]!;
  const cue: CustomOwnerCue = input.exampleKinds.includes(first) ? 'example' : 'heading';
  return { owners: [...customs, ...input.picked], cue };
}

/** The hint's text key for a cue (CUSTOM_OWNER_AMBIGUOUS.hints). */
export function customOwnerHintKey(cue: CustomOwnerCue): FindingKey {
  return CUSTOM_OWNER_AMBIGUOUS.hints.find((h) => h.when === cue)!.key;
}
