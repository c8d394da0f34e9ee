/**
 * fix30b: a field the API has under each of several sibling holders of one type (the handlers and
 * parameters of a `Probe`: `httpGet`, `tcpSocket`, `exec`, `grpc`, `periodSeconds` under
 * `livenessProbe`, `readinessProbe` and `startupProbe`; a `LifecycleHandler`'s under `postStart` and
 * `preStop`) is the field of the holder the note names nearest to it (issue 12 item 1: the owner
 * resolved from context). The catalogue lists a type's fields at its first place
 * (`spec.containers[].livenessProbe.httpGet`), so without this every probe's handler was the
 * liveness probe's.
 *
 * The rule (`NEAREST_HOLDER_RULE`), nearest first:
 * 1. the list items the definition is nested in (an outline's parent bullet, `- readinessProbe:: …`
 *    over `- httpGet:: …`, Logseq's shape): the nearest one that names a holder of the group;
 * 2. the headings over it (`## startupProbe` over `- **exec**：…`), nearest first, unless the YAML
 *    between that heading and the definition sets two or more holders of the group (fix27's table
 *    after an example of all probes: the heading then names none of them);
 * 3. the nearest YAML example: the resolver's `yaml-key` place, left as it is.
 * A line that names two or more holders of the group (`三种探针 livenessProbe、readinessProbe …都支持`)
 * pins nothing and stops the search: the field is then explained for all of them, fix29b's shared
 * form (struct26 `sharedPaths`, shown under the probe its fieldPath names).
 *
 * A field nested under a bullet that names the field holding it (`- httpGet:: …` over `- port:: …`)
 * takes the place under that holder (`…httpGet.port`, not a `grpc.port` or a term `port`), and the
 * holder group above it picks the probe (`OUTLINE_PARENT_RULE`).
 */
import { fieldAt, fieldsNamed, type FieldOccurrence } from '../vocabulary/index.ts';

export interface HolderName {
  /** The field's name as the API spells it. */
  field: string;
  /** Other names a note writes it by (compared without spaces and case). */
  other: readonly string[];
}

export const NEAREST_HOLDER_RULE = {
  name: 'nearest-named-holder',
  /** Sibling holders of one type (the catalogue lists their fields under the first). */
  groups: [
    [
      { field: 'livenessProbe', other: ['liveness probe', '存活探针', '存活检查', '存活性探针'] },
      { field: 'readinessProbe', other: ['readiness probe', '就绪探针', '就绪检查', '就绪性探针'] },
      { field: 'startupProbe', other: ['startup probe', '启动探针', '启动检查'] },
    ],
    [
      { field: 'postStart', other: ['poststart hook', 'poststart 钩子'] },
      { field: 'preStop', other: ['prestop hook', 'prestop 钩子'] },
    ],
  ] as readonly (readonly HolderName[])[],
} as const;

export const OUTLINE_PARENT_RULE = { name: 'outline-parent-holder' } as const;

const compact = (s: string): string => s.normalize('NFKC').toLowerCase().replace(/[\s_\-·]+/g, '');

/** Whether `text` writes `h` (its API name as a whole word, or one of its other names). */
function writes(text: string, h: HolderName): boolean {
  const t = text.normalize('NFKC');
  if (new RegExp(`(?<![A-Za-z0-9_])${h.field}(?![A-Za-z0-9_])`, 'i').test(t)) return true;
  const c = compact(t);
  return h.other.some((o) => c.includes(compact(o)));
}

/** The group `name` is a member of, if any. */
export function holderGroupOf(name: string): readonly HolderName[] | undefined {
  return NEAREST_HOLDER_RULE.groups.find((g) => g.some((h) => h.field === name));
}

/**
 * What a line says of the group's holders: `{ one }` when it names exactly one, `{ several: true }`
 * when it names two or more, undefined when none.
 */
export function holdersNamedIn(text: string, group: readonly HolderName[]): { one?: string; several?: boolean } | undefined {
  const named = group.filter((h) => writes(text, h)).map((h) => h.field);
  if (named.length === 0) return undefined;
  return named.length === 1 ? { one: named[0]! } : { several: true };
}

/** The group holders a field's path goes through (`livenessProbe` of `spec.containers[].livenessProbe.httpGet`), with their step. */
function groupSteps(path: string): { at: number; group: readonly HolderName[] }[] {
  const steps = path.split('.');
  const out: { at: number; group: readonly HolderName[] }[] = [];
  steps.forEach((s, i) => {
    if (i === steps.length - 1) return;
    const g = holderGroupOf(s.replace(/\[\]$/, ''));
    if (g) out.push({ at: i, group: g });
  });
  return out;
}

/** The groups a field of this name sits under at some place of `owner` (none: the rule does not apply). */
export function groupsOfField(field: FieldOccurrence): readonly (readonly HolderName[])[] {
  const out = new Set<readonly HolderName[]>();
  for (const o of fieldsNamed(field.name)) if (o.owner === field.owner) for (const s of groupSteps(o.path)) out.add(s.group);
  return [...out];
}

/**
 * The place of `field` under `holder` (a member of one of NEAREST_HOLDER_RULE's groups): the
 * resolver's path with its group step swapped when it goes through the group, else the first place
 * of the name (in the catalogue's order) that goes through a member of the group, swapped. Undefined
 * when the API has no such place, or the field is there already.
 */
export function placeUnderHolder(field: FieldOccurrence, holder: string): FieldOccurrence | undefined {
  const group = holderGroupOf(holder);
  if (!group) return undefined;
  const swap = (o: FieldOccurrence): FieldOccurrence | undefined => {
    const s = groupSteps(o.path).find((x) => x.group === group);
    if (!s) return undefined;
    const steps = o.path.split('.');
    steps[s.at] = steps[s.at]!.endsWith('[]') ? `${holder}[]` : holder;
    return fieldAt(o.owner, steps.join('.'));
  };
  const own = swap(field);
  const placed = own ?? fieldsNamed(field.name).filter((o) => o.owner === field.owner).map(swap).find((o) => o !== undefined);
  if (placed === undefined || placed.path === field.path) return undefined;
  return placed;
}

/**
 * OUTLINE_PARENT_RULE: the place of a field named `name` directly under the field `parent` that
 * its parent bullet names (`httpGet` over `port`), in the catalogue's order, for `owner` when given
 * (else the only owner). Undefined when the API has none, or several owners and none given.
 */
export function placeUnderParent(name: string, parent: string, owner?: string): FieldOccurrence | undefined {
  const group = holderGroupOf(parent);
  const places = fieldsNamed(name).filter((o) => owner === undefined || o.owner === owner).map((o) => {
    const step = o.path.split('.').slice(-2, -1)[0]?.replace(/\[\]$/, '');
    if (step === parent) return o;
    // (a sibling holder of the parent's type: the catalogue lists the field under the group's first)
    return group !== undefined && step !== undefined && holderGroupOf(step) === group ? placeUnderHolder(o, parent) : undefined;
  }).filter((o): o is FieldOccurrence => o !== undefined);
  if (places.length === 0) return undefined;
  if (owner === undefined && new Set(places.map((o) => o.owner)).size > 1) return undefined;
  return places[0];
}

/** A list item's opening name (`readinessProbe:: …`, `**httpGet**：…`, `` `port` ``, or the item is one name). */
export function openingName(firstLine: string): string | undefined {
  const t = firstLine.normalize('NFKC').trim().replace(/^(?:[-*+]|\d+[.)])\s+/, '');
  const m = /^(?:\*\*|`)?\s*([A-Za-z][A-Za-z0-9]*)\s*(?:\*\*|`)?\s*(?:\*\*)?\s*(?:[:：]|$)/.exec(t);
  return m?.[1];
}
