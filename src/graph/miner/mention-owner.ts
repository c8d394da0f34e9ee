/**
 * Lead, thirty-seventh session: a field named in running text means the field of the kind the note is about, not a
 * field of the same name another note made under another kind. A StatefulSet chapter's `更新策略在 updateStrategy 里`
 * linked (`本篇提到`) to `updateStrategy` of the DaemonSet chapter next to it: the name index knows one concept of
 * that name and running text took it. An expert reads the name by the note's own kinds — the kinds its YAML examples
 * are and the kind its home is — when one of them has a field of that name in the catalogue.
 *
 * Data (`MENTION_OTHER_OWNER`): the shape, the example and its look-alikes (kept as tests). Pure functions
 * `namesOwnKindsField` and `kindsOfNote`; applied by stages/mine.ts `mentionsIn` (rule `mention-other-owner`: no
 * mention edge then) and by stages/render.ts to the note page's inline concept links (no link to the other kind's
 * concept either).
 * A Pod field named in a workload's note keeps its link (the catalogue lists a template's Pod fields under Pod
 * only, so the workload has no field of that name), and so does a field of a kind the note is about too.
 */
import { fieldsNamed, kindNamed } from '../vocabulary/index.ts';

export const MENTION_OTHER_OWNER = {
  name: 'mention-other-owner',
  shape: "a field named in running text whose concept belongs to another kind, while a kind the note is about (its examples' kinds, its home) has a field of that name",
  example: { note: ['StatefulSet', 'Service'], name: 'updateStrategy', owner: 'DaemonSet' },
  /** Mentions that keep their link: the owner among the note's kinds, a Pod field in a workload's note, no kinds known, no such field in the note's kinds. */
  lookAlikes: [
    { note: ['DaemonSet', 'StatefulSet'], name: 'updateStrategy', owner: 'DaemonSet' },
    { note: ['Deployment'], name: 'restartPolicy', owner: 'Pod' },
    { note: [], name: 'updateStrategy', owner: 'DaemonSet' },
    { note: ['ConfigMap'], name: 'updateStrategy', owner: 'DaemonSet' },
  ],
} as const;

/**
 * True when `name`, naming a field concept of `owner`, is read as a field of one of the note's own kinds instead:
 * `owner` is not among them and one of them has a field of that name.
 */
export function namesOwnKindsField(name: string, owner: string, noteKinds: ReadonlySet<string>): boolean {
  if (noteKinds.size === 0 || noteKinds.has(owner)) return false;
  return fieldsNamed(name).some((o) => o.owner !== owner && noteKinds.has(o.owner));
}

/**
 * The per-note check both stages apply to a name their index resolved: true when `concept` is a field of another kind
 * than the note's and the note's own kinds have a field of that name (no mention edge, no inline link then).
 */
export function namesOtherKindsField(name: string, concept: { kind?: string | undefined; owner?: string | undefined } | undefined, noteKinds: () => ReadonlySet<string>): boolean {
  return concept?.kind === 'field' && concept.owner !== undefined && namesOwnKindsField(name, concept.owner, noteKinds());
}

/** The kinds a note is about: its YAML examples' documents' kinds, and its home's when the home is an API kind. */
export function kindsOfNote(fences: readonly { docKinds: readonly string[] }[], home: { kind?: string | undefined; title: string } | undefined): Set<string> {
  const kinds = new Set(fences.flatMap((f) => f.docKinds).filter((k) => k !== ''));
  const k = home?.kind === 'object' ? kindNamed(home.title) : undefined;
  if (k !== undefined) kinds.add(k);
  return kinds;
}
