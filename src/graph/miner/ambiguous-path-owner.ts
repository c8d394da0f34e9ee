/**
 * kinds31: a path from an object's root that several API kinds have (`status.phase`,
 * `status.conditions`, `spec.revisionHistoryLimit`), written in a note about a custom resource
 * (Cluster API's `Cluster` and `Machine`, Tekton's `TaskRun`), where nothing names an API kind as
 * its owner (docs/miner.md, "kinds31").
 *
 * The catalogue alone cannot decide such a path: Pod, Namespace, PersistentVolume … all have
 * `status.phase`, so the resolver used to keep the field without an owner and a diagnostic. An
 * expert reads the context the way rules31's `path-owner.ts` lays it out (the bold kind label whose
 * definition holds the path, a sentence saying which object the paragraph is about, the nearest
 * YAML example before it in its section, the section's heading, the note's title): when that
 * evidence names exactly one kind, and that kind is one of the note's own custom kinds (its
 * examples declare it, or its text says it is an object; no catalogue or API describes it), the
 * path is that kind's, as written. The rules31 reading keeps its own guard for a path exactly one
 * API kind has (`spec.dataSource` after a VolumeSnapshotClass example stays the PVC's): this one
 * reads only where the catalogue would otherwise give no owner at all.
 *
 * Not read: a bare name (`phase`: its path in the custom kind is nowhere in the note), a path one
 * API kind has (the catalogue decides it), evidence naming two kinds or more, an API kind or a
 * catalogued one (the catalogue's readings decide those).
 */
import type { PathOwnerCue, PathOwnerEvidence } from './path-owner.ts';

/** The rule, as data (named for `--explain` and the tests). */
export const AMBIGUOUS_PATH_OWNER = {
  name: 'custom-kind-ambiguous-path',
  /** The context evidence read (path-owner.ts cues, nearest first). */
  cues: new Set<PathOwnerCue>(['label', 'sentence', 'example', 'heading', 'note']),
  /**
   * …but for a `spec` path the kind's examples do not set, only the evidence of the path's own
   * definition, paragraph or heading (rules31's guard: a spec path an example above leaves out is
   * as often another version's or another object's; a status, which no example shows, is read on
   * any evidence).
   */
  unshownSpecCues: new Set<PathOwnerCue>(['label', 'sentence', 'heading']),
  /** A path from the object's root, as written. */
  path: /^(?:spec|status)(?:\.[A-Za-z][\w-]*(?:\[\d*\])?)+$/,
  /** The least number of API kinds that must have the path for the catalogue to leave it undecided. */
  minApiOwners: 2,
} as const;

export interface AmbiguousPathInput {
  /** The path as written (`status.phase`). */
  name: string;
  /** The API kinds that have the path (none of them in the candidate's context). */
  apiOwners: readonly string[];
  /** The context's evidence for the path's owner (path-owner.ts `pathOwnerEvidence`). */
  evidence: PathOwnerEvidence | undefined;
  /** Whether a kind is one of the note's own custom kinds (no API or catalogue kind). */
  isCustomKind: (kind: string) => boolean;
  /** Whether the kind's examples in the note set the path. */
  shown?: (kind: string) => boolean;
}

/** The custom kind that owns an API-ambiguous path by the context's evidence, or undefined. */
export function ambiguousPathOwner(input: AmbiguousPathInput): string | undefined {
  const r = AMBIGUOUS_PATH_OWNER;
  if (!r.path.test(input.name)) return undefined;
  if (new Set(input.apiOwners).size < r.minApiOwners) return undefined;
  const e = input.evidence;
  if (e === undefined || !r.cues.has(e.cue) || e.kinds.length !== 1) return undefined;
  const kind = e.kinds[0]!;
  if (!input.isCustomKind(kind)) return undefined;
  if (input.name.startsWith('spec.') && input.shown?.(kind) !== true && !r.unshownSpecCues.has(e.cue)) return undefined;
  return kind;
}
