/**
 * fix29: two fields written side by side (`有 postStart 和 preStop 两种`, `requests 与 limits`) are
 * explained together: when the learned scorer accepts one and leaves the other under its threshold,
 * the other is taken too, if the two are sibling fields of the API (one owner, one parent path:
 * `lifecycle.postStart` / `lifecycle.preStop`) and the note explains the other somewhere (definer.ts
 * `learnable`) and it is a compound name opening a clause of its own (`takesJoined`). A name joined to a
 * field of another place (`postStart 和 livenessProbe`) is not.
 * Rule `learned-joined-sibling` (definer.ts combineCandidates).
 */
import { fieldsNamed, kindNamed } from '../vocabulary/index.ts';

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

/** Punctuation that opens a clause inside a sentence run, then the name (backticks or bold around it). */
const CLAUSE_OPENER = /[，,。；;：:！!？?]\s*[`*]*$/u;

/**
 * Whether the name is one the rule takes: a compound field name (`preStop`, `runAsGroup`, not `name`, `key`,
 * `env`: one-word keys every kind has, joined to anything) that opens a clause of its own somewhere in the note
 * (`，preStop 在…`, or a sentence after the first of its paragraph): the writer explains it in turn, not only
 * lists it. A list item, paragraph or table row that opens with the name (`2. configMap **kube-root-ca.crt** →
 * …`, dev19) lists it. A field spelt as a kind's name (`configMap`, `persistentVolumeClaim`) is not taken: the
 * name's occurrences are read without case, so the kind's (`ConfigMap / Secret / downwardAPI 都一样`, after a
 * comma) would stand for the field's (fix30: dev19's configMap, the one false positive of the rule on all dev sets).
 */
export function takesJoined(name: string, occurrences: readonly { before: string; opensUnit?: boolean }[]): boolean {
  return /^[a-z]+[A-Z]/.test(name) && kindNamed(name) === undefined && occurrences.some((o) => CLAUSE_OPENER.test(o.before) || (o.before.replace(/[`*\s]/g, '') === '' && o.opensUnit === false));
}

/** Whether two names are fields at sibling places of one owner (`postStart`, `preStop` under `lifecycle`). */
export function siblingFields(a: string, b: string): boolean {
  if (a === b || !/^[a-z][A-Za-z0-9]*$/.test(a) || !/^[a-z][A-Za-z0-9]*$/.test(b)) return false;
  const parent = (p: string) => p.slice(0, Math.max(0, p.lastIndexOf('.')));
  const left = fieldsNamed(a).filter((o) => o.name === a);
  const right = fieldsNamed(b).filter((o) => o.name === b);
  return left.some((x) => right.some((y) => x.owner === y.owner && parent(x.path) === parent(y.path)));
}
