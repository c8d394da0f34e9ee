/**
 * fix29: two fields written side by side (`有 postStart 和 preStop 两种`, `requests 与 limits`) are
 * explained together: when the learned scorer accepts one and leaves the other under its threshold,
 * the other is taken too, if the two are sibling fields of the API (one owner, one parent path:
 * `lifecycle.postStart` / `lifecycle.preStop`) and the note explains the other somewhere (definer.ts
 * `learnable`) and it is a compound name opening a clause of its own (`takesJoined`). A name joined to a
 * field of another place (`postStart 和 livenessProbe`) is not.
 * Rule `learned-joined-sibling` (definer.ts combineCandidates).
 */
import { fieldsNamed } from '../vocabulary/index.ts';

export const JOINED_SIBLING_RULE = {
  name: 'learned-joined-sibling',
  /** Words that join two names into one phrase. */
  joiners: ['和', '与', '及', '以及', '、', '或', '或者', '跟', '/', 'and'],
} as const;

const NAME = String.raw`[A-Za-z][A-Za-z0-9]*`;
const JOIN = `(?:${JOINED_SIBLING_RULE.joiners.map((j) => j.replace(/[/]/g, '\\/')).join('|')})`;
const BEFORE = new RegExp(String.raw`(${NAME})\s*${JOIN}\s*$`, 'u');
const AFTER = new RegExp(String.raw`^\s*${JOIN}\s*(${NAME})`, 'u');

/** The names joined to an occurrence: the one right before it (`A 和 ` + it) and right after (it + ` 和 B`). */
export function joinedNames(o: { before: string; after: string; rest?: string }): string[] {
  const out: string[] = [];
  const b = BEFORE.exec(o.before.replace(/[`*]/g, ''));
  if (b) out.push(b[1]!);
  const a = AFTER.exec((o.rest ?? o.after).replace(/[`*]/g, ''));
  if (a) out.push(a[1]!);
  return out;
}

/**
 * Whether the name is one the rule takes: a compound field name (`preStop`, `runAsGroup`, not `name`, `key`,
 * `env`: one-word keys every kind has, joined to anything) that opens a clause of its own somewhere in the note
 * (`，preStop 在…`): the writer explains it in turn, not only lists it.
 */
export function takesJoined(name: string, occurrences: readonly { before: string }[]): boolean {
  return /^[a-z]+[A-Z]/.test(name) && occurrences.some((o) => /(?:^|[，,。；;：:！!？?])\s*[`*]*$/u.test(o.before));
}

/** Whether two names are fields at sibling places of one owner (`postStart`, `preStop` under `lifecycle`). */
export function siblingFields(a: string, b: string): boolean {
  if (a === b || !/^[a-z][A-Za-z0-9]*$/.test(a) || !/^[a-z][A-Za-z0-9]*$/.test(b)) return false;
  const parent = (p: string) => p.slice(0, Math.max(0, p.lastIndexOf('.')));
  const left = fieldsNamed(a).filter((o) => o.name === a);
  const right = fieldsNamed(b).filter((o) => o.name === b);
  return left.some((x) => right.some((y) => x.owner === y.owner && parent(x.path) === parent(y.path)));
}
