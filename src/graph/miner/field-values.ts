/**
 * struct26: where a field's values and a field several siblings share hang (issue 12 item 3).
 *
 * - **Enum values are values of their field.** A term a note defines whose name is one of the values
 *   the API declares for a field (`Recreate`, `RollingUpdate` of Deployment's `spec.strategy.type`;
 *   `Guaranteed`, `Burstable`, `BestEffort` of Pod's `status.qosClass`) hangs under that field, or
 *   under the nearest field concept holding it (`strategy` for `strategy.type`), when the same note
 *   has that field: not under the chapter's home or in the map's 其他 area beside it. The value stays a
 *   `term` (the corpus README: values of enum fields other than a phase are terms).
 * - **A field whose values the note explains is a concept.** When a note defines at least
 *   `ENUM_FIELD_RULE.minValues` values of one enum field as terms and writes the field's name in its
 *   text (`QoS Class` is `qosClass`, spaces and case aside), the field is a concept of the note (rule
 *   `enum-field-named`), and the values hang under it. Only a compound field name (`qosClass`,
 *   `imagePullPolicy`): `type`, `mode`, `effect` are words of every paragraph.
 * - **A field shared by sibling fields of one type.** A field of a holder that has siblings of the same
 *   type (`initialDelaySeconds` of a `Probe`: `livenessProbe`, `readinessProbe`, `startupProbe`) that
 *   the note explains as well is explained for all of them, unless the heading over it names one of
 *   them: its fieldPath stays the one the resolver gave (the catalogue's first place, the one the
 *   labels write), the other places are listed (`sharedPaths`, shown on the concept page), and it
 *   hangs beside the holders, not under one of them.
 */
import { enumFieldsOf, fieldAt, type FieldOccurrence } from '../vocabulary/index.ts';
import { glossaryEntriesNamed } from '../vocabulary/zh-glossary.ts';
import { FIELD_ZH_NAMES } from '../vocabulary/field-zh-names.ts';
import { kindsIn } from './outline.ts';

/** The rule that makes an enum field a concept, as data. */
export const ENUM_FIELD_RULE = {
  name: 'enum-field-named',
  /** Values of the field the note must define as terms. */
  minValues: 2,
  /** A field name that is a compound (a lower-case letter then a capital): `qosClass`, not `type`. */
  compound: /^[a-z][a-z0-9]*[A-Z]/,
  /** fix27: holders too general to stand for their enum field when the note only shows it in YAML. */
  generic: ['spec', 'status', 'template', 'metadata', 'items', 'rules', 'config'] as readonly string[],
} as const;

/** Spaces, case, hyphens and underscores aside (`QoS Class`, `qos-class` and `qosClass` are one). */
export function compactKey(s: string): string {
  return s.normalize('NFKC').toLowerCase().replace(/[\s_\-·]+/g, '');
}

/**
 * fix28: fields whose Go type declares more values than the field takes (`owner:path` → the values it
 * takes). A StorageClass's `reclaimPolicy` has the type of a PV's `persistentVolumeReclaimPolicy`
 * (Delete, Recycle, Retain), but a class provisions volumes with Delete or Retain only
 * (kubernetes.io/docs/concepts/storage/storage-classes "Reclaim policy"): `Recycle` is a value of the
 * PV's field alone, and does not hang under the class's.
 */
export const NARROWED_ENUMS: Readonly<Record<string, readonly string[]>> = {
  'StorageClass:reclaimPolicy': ['Delete', 'Retain'],
};

/** The enum fields `names` (a term's title and other names, as spelt) are values of, each owner and path once. */
export function valueFieldsOf(names: readonly string[]): FieldOccurrence[] {
  const out: FieldOccurrence[] = [];
  for (const name of names) {
    for (const o of enumFieldsOf(name.trim())) {
      const only = NARROWED_ENUMS[`${o.owner}:${o.path}`];
      if (only !== undefined && !only.includes(name.trim())) continue;
      if (!out.some((x) => x.owner === o.owner && x.path === o.path)) out.push(o);
    }
  }
  return out;
}

/** The field's path and the paths holding it, deepest first, without a bare root step (`spec`, `status`). */
export function holdingPaths(path: string): string[] {
  const steps = path.split('.');
  const out: string[] = [];
  for (let i = steps.length; i >= 2; i--) out.push(steps.slice(0, i).join('.'));
  if (steps.length === 1) out.push(path);
  return out;
}

/**
 * fix27: words a Chinese writer uses interchangeably for "a class of": the glossary's `QoS 类` is
 * written `QoS 等级`, `QoS 类别`, `QoS 级别` too. A glossary name ending in one of them is also
 * read with each of the others (data; `zhFieldNames`).
 */
export const ZH_CATEGORY_WORDS: readonly string[] = ['类别', '类型', '等级', '级别', '类'];

/**
 * fix27: the Chinese names of a field: the official glossary's names of its English name
 * (`qosClass` is `QoS Class`, `QoS 类`), each with its category word swapped for the others
 * (`QoS 等级`, `QoS 类别`), as compact keys. Only for a compound field name (`qosClass`, never `type`).
 */
export function zhFieldNames(name: string): string[] {
  if (!ENUM_FIELD_RULE.compound.test(name)) return [];
  const out = new Set<string>();
  for (const e of glossaryEntriesNamed(name)) {
    const zh = compactKey(e.zh);
    if (!/[\u4e00-\u9fff]/.test(zh)) continue;
    out.add(zh);
    const word = ZH_CATEGORY_WORDS.find((w) => zh.endsWith(w) && zh.length > w.length);
    if (word !== undefined) for (const w of ZH_CATEGORY_WORDS) out.add(zh.slice(0, -word.length) + w);
  }
  return [...out];
}

/**
 * fix27: the Chinese name of a field as `text` writes it (`QoS 等级`), when the text writes no other name of
 * it (its compound name): the other name the field made for its values is given. Undefined otherwise.
 */
export function writtenZhName(text: string, name: string): string | undefined {
  if (compactKey(text).includes(compactKey(name))) return undefined;
  for (const e of glossaryEntriesNamed(name)) {
    const zh = e.zh.normalize('NFKC').replace(/\s+/g, '');
    const word = ZH_CATEGORY_WORDS.find((w) => zh.endsWith(w) && zh.length > w.length + 1);
    if (word === undefined) continue;
    const stem = zh.slice(0, -word.length).split('').map((ch) => ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s*');
    const m = new RegExp(`${stem}\\s*(?:${ZH_CATEGORY_WORDS.join('|')})`, 'iu').exec(text.normalize('NFKC'));
    if (m) return m[0];
  }
  return undefined;
}

/**
 * fix27: the stems of a field's Chinese names, the category word off (`QoS` of `QoS 类`), as compact keys:
 * a term the note names so (`QoS（Quality of Service，服务质量等级）`) stands for the field (no second concept).
 */
export function zhFieldStems(name: string): string[] {
  if (!ENUM_FIELD_RULE.compound.test(name)) return [];
  const out = new Set<string>();
  for (const e of glossaryEntriesNamed(name)) {
    const zh = compactKey(e.zh);
    const word = ZH_CATEGORY_WORDS.find((w) => zh.endsWith(w) && zh.length > w.length + 1);
    if (word !== undefined) out.add(zh.slice(0, -word.length));
  }
  return [...out];
}

/**
 * fix30b: a field's name written only as the tail of a longer API name is not written. The text of a
 * PV chapter that says `persistentVolumeReclaimPolicy` names the PV's field, not the StorageClass's
 * `reclaimPolicy`, though both fields take Retain and Delete (the catalogue's enum values). The rule,
 * as data: an identifier (`LONGER_NAME.word`) that holds the name starting at a hump after a lower-case
 * letter (`persistentVolume|ReclaimPolicy`) is a longer name; a path step (`.reclaimPolicy`), a name
 * spelt apart (`QoS Class`) or the name itself are the name.
 */
export const LONGER_NAME = {
  name: 'longer-name-tail',
  word: /[A-Za-z][A-Za-z0-9]*/g,
} as const;

/** `text` with every longer name holding `name` at a hump (LONGER_NAME) blanked out. */
export function withoutLongerNames(text: string, name: string): string {
  const key = name.toLowerCase();
  return text.replace(LONGER_NAME.word, (w) => {
    if (w.length <= name.length) return w;
    const lower = w.toLowerCase();
    for (let at = lower.indexOf(key, 1); at > 0; at = lower.indexOf(key, at + 1)) {
      if (/[a-z0-9]/.test(w[at - 1]!) && /[A-Z]/.test(w[at]!)) return ' '.repeat(w.length);
    }
    return w;
  });
}

/**
 * Whether a note's text writes an enum field's compound name (`QoS Class`, `qosClass`, `status.qosClass`)
 * or one of its Chinese names (`QoS 类`, `QoS 等级`: fix27, `zhFieldNames`).
 */
export function fieldNameWritten(text: string, occ: FieldOccurrence): boolean {
  if (!ENUM_FIELD_RULE.compound.test(occ.name)) return false;
  const t = compactKey(withoutLongerNames(text, occ.name));
  return t.includes(compactKey(occ.name)) || zhFieldNames(occ.name).some((z) => t.includes(z) && !otherFieldWritten(text, z, occ.name));
}

/**
 * fix31b: a Chinese name of several fields (vocabulary/field-zh-names.ts `回收策略`: the PV's
 * `persistentVolumeReclaimPolicy`, the StorageClass's `reclaimPolicy`) names none but the one the text
 * writes when it writes another of them by its English name (`回收策略 \`persistentVolumeReclaimPolicy\``).
 */
function otherFieldWritten(text: string, zh: string, name: string): boolean {
  const others = Object.entries(FIELD_ZH_NAMES).filter(([k]) => compactKey(k) === zh).flatMap(([, fs]) => fs).filter((f) => f.field !== name);
  if (others.some((f) => compactKey(withoutLongerNames(text, f.field)).includes(compactKey(f.field)))) return true;
  // (nor where the text writes another of their kinds: `deletionPolicy 的意思和 PV 的回收策略类似` in a chapter about
  // StorageClass and snapshots names neither the PV's field nor the StorageClass's)
  const kinds = others.map((f) => f.owner).filter((k): k is string => k !== undefined);
  return kinds.length > 0 && kindsIn(text).some((k) => kinds.includes(k));
}

/**
 * The enum fields a note explains by their values: of `values` (each defined term's names), the
 * fields at least `minValues` of them are values of, which `text` names. One field per owner and path.
 */
export function explainedEnumFields(values: readonly (readonly string[])[], text: string, shown: (occ: FieldOccurrence) => boolean = () => false): FieldOccurrence[] {
  const count = new Map<string, { occ: FieldOccurrence; n: number }>();
  for (const names of values) {
    for (const o of valueFieldsOf(names)) {
      const k = `${o.owner}\u0000${o.path}`;
      const had = count.get(k);
      if (had) had.n++;
      else count.set(k, { occ: o, n: 1 });
    }
  }
  return [...count.values()]
    .filter((x) => x.n >= ENUM_FIELD_RULE.minValues && (fieldNameWritten(text, x.occ) || shown(x.occ)))
    .map((x) => (fieldNameWritten(text, x.occ) ? x.occ : enumFieldConcept(x.occ)))
    .filter((o): o is FieldOccurrence => o !== undefined);
}

/**
 * fix27: the field concept an enum field the note's YAML example sets stands for: the field itself when
 * its name is a compound (`imagePullPolicy`), else the field holding it (`strategy` for Deployment's
 * `spec.strategy.type`, `updateStrategy` for a StatefulSet's), never a bare `type` nor a root step
 * (`spec.type` of a Service has none: its values hang under the Service).
 */
export function enumFieldConcept(occ: FieldOccurrence): FieldOccurrence | undefined {
  if (ENUM_FIELD_RULE.compound.test(occ.name)) return occ;
  const steps = occ.path.split('.');
  if (steps.length < 3) return undefined;
  const holder = fieldAt(occ.owner, steps.slice(0, -1).join('.'));
  return holder !== undefined && ENUM_FIELD_RULE.compound.test(holder.name) || (holder !== undefined && holder.name.length > 4 && !ENUM_FIELD_RULE.generic.includes(holder.name)) ? holder : undefined;
}

/**
 * fix27: how many of the holders a note defines a YAML example must set, between the heading over a
 * field and the field, for that heading (which names one of them) not to make the field that one's.
 */
export const SHARED_EXAMPLE_HOLDERS = 2;

/** A field concept the shared-field test reads: its owner, path and names. */
export interface PlacedField {
  owner: string;
  path: string;
  names: readonly string[];
}

/**
 * The places a field is explained at when its holder is one of several sibling fields of one type
 * the note explains (`spec.containers[].livenessProbe.initialDelaySeconds` with `readinessProbe` and
 * `startupProbe` defined beside it): its own path first, then the siblings' paths in the order given;
 * undefined when fewer than two holders the note explains have it, or the heading over the field
 * (`heading`) names exactly one of them (then it is that one's).
 */
export function sharedPlaces(field: { owner: string; path: string }, defined: readonly PlacedField[], heading?: string): string[] | undefined {
  const steps = field.path.split('.');
  if (steps.length < 3) return undefined;
  const name = steps[steps.length - 1]!;
  const holderPath = steps.slice(0, -1).join('.');
  const parentPath = steps.slice(0, -2).join('.');
  const holder = fieldAt(field.owner, holderPath);
  // (an object holder, as a probe is: list holders of one type, `containers` and `initContainers`,
  // are different things a note explains apart, `restartPolicy` of a native sidecar)
  if (!holder || holder.type === '' || holder.type.startsWith('[]') || holderPath.endsWith('[]')) return undefined;
  const holders = defined.filter((d) => {
    if (d.owner !== field.owner) return false;
    const s = d.path.split('.');
    if (s.length !== steps.length - 1 || s.slice(0, -1).join('.') !== parentPath) return false;
    if (d.path !== holderPath && fieldAt(d.owner, d.path)?.type !== holder.type) return false;
    return fieldAt(d.owner, `${d.path}.${name}`) !== undefined;
  });
  const paths = [...new Set(holders.map((h) => h.path))];
  const others = paths.filter((p) => p !== holderPath);
  if (others.length === 0 || paths.length < 2) return undefined;
  if (heading !== undefined) {
    const h = compactKey(heading);
    const named = holders.filter((d) => d.names.some((x) => compactKey(x).length >= 2 && h.includes(compactKey(x))));
    if (new Set(named.map((d) => d.path)).size === 1) return undefined;
  }
  return [field.path, ...others.map((p) => `${p}.${name}`)];
}

/**
 * prec34: a value of a field said of in a paragraph that names the field and another of its values
 * (`failurePolicy 这个字段决定…，Fail 就是拒绝请求，Ignore 就是放行`, `` `concurrencyPolicy` 决定…：Allow 允许并行，
 * Forbid 跳过本次 ``): the paragraph explains the field by its values, one after the other, and the
 * value is no term of its own there (counted on all dev sets as the subject of a prose rule: 10 false
 * positives in 8 sets, 1 label — dev91's `Immediate，也就是立即绑定` — docs/miner.md "prec34").
 */
export const VALUE_AMONG_SIBLINGS = {
  name: 'value-among-siblings',
  /** The rules of running prose whose subject it reads (a sentence's `X 是…`, `X 表示…`, `X 允许…`). */
  rules: /^prose-/,
  why: "a value of a field said of next to the field and another of its values: the paragraph explains the field's values, not a term",
} as const;

/** The field (its API name) the text names beside `value` and another value of that field, if one; see VALUE_AMONG_SIBLINGS. */
export function valueAmongSiblings(value: string, text: string): string | undefined {
  const word = (w: string): RegExp => new RegExp(`(?<![A-Za-z0-9_.-])${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![A-Za-z0-9_-])`, 'u');
  for (const occ of enumFieldsOf(value)) {
    if (!word(occ.name).test(text)) continue;
    const others = (occ.enum ?? []).filter((v) => v !== value);
    if (others.some((v) => word(v).test(text))) return occ.name;
  }
  return undefined;
}
