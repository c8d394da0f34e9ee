/**
 * lead48: a field the API has at two sibling places of one owner (`startedAt` under a container's `state.running` and
 * under its `lastState.running`; NetworkPolicy's `ports` under `spec.ingress[]` and `spec.egress[]`) placed where the
 * note itself writes the path. The catalogue's index keeps one place per name and holder type, the first in the API's
 * order (`lastState` before `state`, `egress` before `ingress`), so a name resolved from the context alone takes that
 * one. A writer who sets out `status.containerStatuses[].state` (or a list item `**spec.ingress**`) just before the
 * name has said which: the nearest path from the object's root written before the name in its section (or a heading
 * above it) that differs from the place taken only in its last segment moves the field to the sibling place under it,
 * when the API has the field there with the same type (the same thing, in another place). A written path the
 * place is already under confirms it; a path that relates to neither leaves it.
 */
import type { RootContent } from 'mdast';
import { fieldAt, type FieldOccurrence } from '../vocabulary/index.ts';
import { ROOTED_PATH_SOURCE } from './cr-field-owner.ts';
import type { Section } from './outline.ts';

/** A path from an object's root as a writer spells it in running text, code or bold (`status.containerStatuses[].state`, `spec.ingress`): cr-field-owner.ts ROOTED_PATH, found inside a text. */
export const WRITTEN_ROOT_PATH = new RegExp(`(?<![\\w.-])${ROOTED_PATH_SOURCE}`, 'g');

/** The rules whose place is already what the note writes (a YAML key, a path as written, words placing it, a project kind's example): left alone. */
const PLACED_BY_THE_NOTE = /^(?:yaml-key|api-field-path|api-field-own-path|child-of-written-path|api-field-placed|project-kind)/;

export const WRITTEN_PLACE_SHAPE = {
  name: 'written-sibling-place',
  takes: 'a field with a sibling place of the same type, after a path to that sibling written just before it',
  example: '容器的状态写在 `status.containerStatuses[].state` 里：\n\n- Running —— `startedAt` 是开始运行的时间。',
  gives: 'status.containerStatuses[].state.running.startedAt (not lastState.running.startedAt)',
} as const;

type Pos = { line: number; column: number };
type Written = { path: string; at: Pos };

const segs = (path: string) => path.split('.').map((s) => s.replace(/\[\d*\]$/, ''));

/** The paths from an object's root written in these blocks (code spans and text, bold included), with where each starts. */
function writtenIn(nodes: readonly RootContent[] | readonly unknown[], out: Written[]): void {
  for (const n of nodes as { type: string; value?: string; children?: unknown[]; position?: { start: Pos } }[]) {
    if ((n.type === 'inlineCode' || n.type === 'text') && typeof n.value === 'string' && n.position) {
      for (const m of n.value.matchAll(WRITTEN_ROOT_PATH)) out.push({ path: m[0], at: n.position.start });
    }
    if (n.type === 'code') continue;
    if (Array.isArray(n.children)) writtenIn(n.children, out);
  }
}

const before = (a: Pos, b: Pos) => a.line < b.line || (a.line === b.line && a.column < b.column);

/** Each section's written paths, found once (a section is asked once per field it explains). */
const writtenOf = new WeakMap<Section, readonly Written[]>();

/** The written paths before `at` in the section (nearest line first), then in the headings of the sections above, grouped by line. */
export function writtenPathsBefore(section: Section, at: Pos): string[][] {
  let own = writtenOf.get(section);
  if (own === undefined) {
    const found: Written[] = [];
    writtenIn(section.blocks, found);
    writtenOf.set(section, (own = found));
  }
  const lines = new Map<number, string[]>();
  for (const w of own.filter((x) => before(x.at, at)).sort((a, b) => b.at.line - a.at.line || b.at.column - a.at.column)) {
    const l = lines.get(w.at.line) ?? [];
    l.push(w.path);
    lines.set(w.at.line, l);
  }
  const out = [...lines.values()];
  for (let s: Section | undefined = section; s !== undefined; s = s.parent) {
    const inTitle = [...s.title.matchAll(WRITTEN_ROOT_PATH)].map((m) => m[0]);
    if (inTitle.length > 0) out.push(inTitle);
  }
  return out;
}

/** How a written path relates to a field's place: `under` it already, its `sibling` place's path (the path of that place), or unrelated. */
function relate(field: FieldOccurrence, w: string): 'under' | string | undefined {
  const d = field.path.split('.');
  const dn = segs(field.path);
  const wn = segs(w);
  if (wn.length < 2 || wn.length >= dn.length || wn[0] !== dn[0]) return undefined;
  const last = wn.length - 1;
  if (!wn.slice(0, last).every((x, i) => x === dn[i])) return undefined;
  if (wn[last] === dn[last]) return 'under';
  const mark = /\[\d*\]$/.test(d[last]!) ? '[]' : '';
  const alt = [...d.slice(0, last), `${wn[last]}${mark}`, ...d.slice(last + 1)].join('.');
  // (a path of another branch where the API has no such field, `spec.podSelector` for a rule's `ports`, is unrelated)
  return sameField(field, fieldAt(field.owner, alt)) ? alt : undefined;
}

/** The same field (name and type) at another place. */
function sameField(field: FieldOccurrence, occ: FieldOccurrence | undefined): occ is FieldOccurrence {
  return occ !== undefined && occ.name === field.name && occ.type === field.type;
}

/**
 * The place a written path gives the field: the field itself when the nearest line writing a related path writes one it
 * is under (`spec.ingress` 和 `spec.egress` names both: no choice), the sibling place under that line's one related path
 * when the API has it with the same type, undefined when that line gives neither (or no written path relates).
 */
export function siblingUnderWritten(field: FieldOccurrence, written: readonly (readonly string[])[]): FieldOccurrence | undefined {
  for (const line of written) {
    const related = line.map((w) => relate(field, w)).filter((r): r is string => r !== undefined);
    if (related.length === 0) continue;
    if (related.includes('under')) return field;
    const alts = [...new Set(related)];
    return alts.length === 1 ? fieldAt(field.owner, alts[0]!) : undefined;
  }
  return undefined;
}

/** The field at the place the note writes just before it, when that is a sibling place of the one the context gave. */
export function writtenSiblingPlace(field: FieldOccurrence, rule: string, section: Section, at: Pos, fromExample = false): FieldOccurrence | undefined {
  if (fromExample || PLACED_BY_THE_NOTE.test(rule)) return undefined;
  const occ = siblingUnderWritten(field, writtenPathsBefore(section, at));
  return occ && occ.path !== field.path ? occ : undefined;
}

