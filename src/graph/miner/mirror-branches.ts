/**
 * kinds29: a field that lives in two mirrored branches of one kind (NetworkPolicy's `ingress[].from[]`
 * and `egress[].to[]`, a HorizontalPodAutoscaler's `behavior.scaleUp` and `behavior.scaleDown`) and
 * that a note names without saying which branch: the resolver used to take the catalogue's first place,
 * which is the alphabetical one (`egress`, `scaleDown`); an expert reads the name at the branch the API
 * documents first and examples show first (`ingress`, `scaleUp`), unless the note's own words (the
 * label, its section's headings, its passage) are about the other branch only. Data, one row a pair;
 * `MIRROR_BRANCHES` is exported for the tests.
 */
import type { FieldOccurrence } from '../vocabulary/index.ts';

export interface MirrorBranch {
  /** A name for `--explain` and the docs. */
  name: string;
  owner: string;
  /** The branch read by default (a path prefix, as the vocabulary writes paths). */
  primary: string;
  /** The mirrored branch a bare name is moved from. */
  secondary: string;
  /** Words that say a passage is about the primary branch. */
  primaryWords: readonly string[];
  /** Words that say a passage is about the secondary branch (then the name stays there). */
  secondaryWords: readonly string[];
}

export const MIRROR_BRANCHES: readonly MirrorBranch[] = [
  {
    name: 'network-policy-peers',
    owner: 'NetworkPolicy',
    primary: 'spec.ingress[].from[]',
    secondary: 'spec.egress[].to[]',
    primaryWords: ['ingress', '入站', '入口', '入向'],
    secondaryWords: ['egress', '出站', '出口', '出向'],
  },
  {
    name: 'network-policy-rules',
    owner: 'NetworkPolicy',
    primary: 'spec.ingress[]',
    secondary: 'spec.egress[]',
    primaryWords: ['ingress', '入站', '入口', '入向'],
    secondaryWords: ['egress', '出站', '出口', '出向'],
  },
  {
    name: 'hpa-behavior',
    owner: 'HorizontalPodAutoscaler',
    primary: 'spec.behavior.scaleUp',
    secondary: 'spec.behavior.scaleDown',
    primaryWords: ['scaleup', '扩容'],
    secondaryWords: ['scaledown', '缩容'],
  },
];

const mentions = (text: string, words: readonly string[]): boolean => words.some((w) => text.includes(w));

/**
 * The place a bare field name takes at the primary branch, when `field` sits at the secondary one;
 * `texts` are the note's words nearest first (the label and its section's headings, then the
 * passage): the first that speaks of one branch only decides (the secondary: keep `field`); `at`
 * looks a path up in the vocabulary. Undefined: keep `field`.
 */
export function primaryBranchOf(
  field: FieldOccurrence,
  texts: readonly string[],
  at: (owner: string, path: string) => FieldOccurrence | undefined,
): { field: FieldOccurrence; branch: string } | undefined {
  for (const b of MIRROR_BRANCHES) {
    if (field.owner !== b.owner || !field.path.startsWith(`${b.secondary}.`)) continue;
    for (const text of texts.map((t) => t.toLowerCase())) {
      const primary = mentions(text, b.primaryWords);
      if (mentions(text, b.secondaryWords) && !primary) return undefined;
      if (primary) break;
    }
    const moved = at(b.owner, b.primary + field.path.slice(b.secondary.length));
    if (moved && moved.name === field.name) return { field: moved, branch: b.name };
  }
  return undefined;
}
