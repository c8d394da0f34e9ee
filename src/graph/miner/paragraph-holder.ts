/**
 * fix28: a field the API has at several places of one object takes the place its paragraph
 * names (issue 12 item 1: the owner resolved from the paragraph). `topologyKey` explained in a
 * paragraph about `**podAntiAffinity**` is the anti-affinity term's `topologyKey`, not
 * `topologySpreadConstraints[].topologyKey` (the catalogue's first place). The rule
 * (`PARAGRAPH_HOLDER_RULE`): the paragraph's opening label (`**podAntiAffinity**：`, `` `x`： ``)
 * or a heading that is one name names the holder; when the resolver's place does not go through
 * it, and other places of the name in the same object do, the shallowest of those is the field.
 * The catalogue lists a type's fields at its first place, so a sibling holder is read by putting
 * the word in a step's stead, but only for a holder of another type (`podAntiAffinity` beside
 * `podAffinity`): a sibling of the same type (`readinessProbe` beside `livenessProbe`) is
 * struct26's shared field, whose path stays the catalogue's (the dev labels write it so; a first
 * version that also read every word of the paragraph moved 9 labelled probe parameters, a
 * `selectPolicy` and a `podSelector` off their labelled paths). A place the nearest YAML example
 * gave (`yaml-key`: the example sets `secretKeyRef.optional`) is not moved by the paragraph's label.
 */
import { fieldAt, fieldsNamed, type FieldOccurrence } from '../vocabulary/index.ts';

export const PARAGRAPH_HOLDER_RULE = {
  name: 'paragraph-holder',
  /** Steps too general to tell places apart (every path has them). */
  general: ['spec', 'status', 'metadata', 'template', 'items'] as readonly string[],
} as const;

function steps(path: string, name: string): string[] {
  return path.split('.').map((s) => s.replace(/\[\]$/, '')).filter((s) => s !== name && !PARAGRAPH_HOLDER_RULE.general.includes(s));
}

/** The holder a paragraph (its first line) opens with as a label: `**podAntiAffinity**：`, `` - `x`： ``. */
const OPENER = /^\s*(?:[-*+]\s+|\d+[.)]\s+)?(?:\*\*|`)?\s*([A-Za-z][A-Za-z0-9]*)\s*(?:\*\*|`)?\s*(?:\*\*)?\s*[:：]/;

/** The names a paragraph's text and its heading give as the holder (see the module comment). */
export function holderWords(heading: string, paragraph: string): Set<string> {
  const out = new Set<string>();
  const h = heading.normalize('NFKC').trim().replace(/^`|`$/g, '');
  if (/^[A-Za-z][A-Za-z0-9]*$/.test(h)) out.add(h);
  const m = OPENER.exec(paragraph.normalize('NFKC').split('\n')[0] ?? '');
  if (m) out.add(m[1]!);
  return out;
}

/** The place of `field` the paragraph's holder names, when it is another than the resolver's (see the module comment). */
export function placeNamedByParagraph(field: FieldOccurrence, heading: string, paragraph: string): FieldOccurrence | undefined {
  const words = holderWords(heading, paragraph);
  words.delete(field.name);
  if (words.size === 0 || steps(field.path, field.name).some((s) => words.has(s))) return undefined;
  const places: FieldOccurrence[] = [];
  for (const o of fieldsNamed(field.name)) {
    if (o.owner !== field.owner) continue;
    places.push(o);
    const parts = o.path.split('.');
    parts.forEach((part, i) => {
      const bare = part.replace(/\[\]$/, '');
      if (i === parts.length - 1 || PARAGRAPH_HOLDER_RULE.general.includes(bare)) return;
      const was = fieldAt(o.owner, parts.slice(0, i + 1).join('.'));
      for (const w of words) {
        if (w === bare) continue;
        const swapped = [...parts.slice(0, i), part.endsWith('[]') ? `${w}[]` : w];
        const holder = fieldAt(o.owner, swapped.join('.'));
        if (holder === undefined || was === undefined || holder.type === was.type) continue;
        const alt = fieldAt(o.owner, [...swapped, ...parts.slice(i + 1)].join('.'));
        if (alt !== undefined) places.push(alt);
      }
    });
  }
  const named = places.filter((o) => o.path !== field.path && steps(o.path, o.name).some((s) => words.has(s)));
  if (named.length === 0) return undefined;
  return [...named].sort((a, b) => a.path.split('.').length - b.path.split('.').length || a.path.localeCompare(b.path))[0];
}
