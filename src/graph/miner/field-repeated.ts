/**
 * fields36 (issue 12 item 2): an API field named in running text where nothing else makes it a
 * concept (rule `field-set-named`) —
 *
 *   问题在于我们没配 readinessProbe，新 Pod 容器一启动就被当成 Ready……   (the section's example sets it)
 *   同一条 route 下各 destination 的 `weight` 加起来应为 100。            (named again elsewhere in the note)
 *
 * A writer who sets a field in a section's YAML example and names it in that section's running text,
 * and names it more than once in the note, is writing about the field, explained or not. The evidence is
 * data (REPEATED_FIELD_SHAPE), never the word alone: the section's own example sets a key spelt exactly
 * so (with the kind it belongs to), the API or a configuration kind has a field of that name, the note
 * names it at least twice outside its fences, and the mention stands in a paragraph of running text
 * (a paragraph, a quote, a Q&A answer written as a paragraph; not a list item, not a table, not a
 * heading), spelt in camelCase. Not read: the keys every manifest has (`name`, `spec`, `labels` …), a name in a list of names
 * (`namespaceSelector、podSelector`), a flag, a `key=value` or `key: value`, a path (`spec.x`, field-path's), a code span
 * holding more than the name, the bold or code label that opens a paragraph (the label rules'), a name
 * another candidate of the note already has.
 *
 * Counted before building over all 107 dev sets (docs/miner.md "fields36", `bench/field-mentions36.mjs`):
 * a field named in prose or on a Q&A line whose section's example sets it and that the note names twice or
 * more, 21 labels missed (15 sets) against 3 names of no label (638 labels found already), camelCase names
 * only 13 (10 sets) against 1; in list items 3 missed against 8 (not read). Measured on all dev sets: +11 labels
 * found, 2 more typed right, 2 false positives.
 */
import type { Paragraph, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Outline, Section } from './outline.ts';
import type { Candidate } from './definitions.ts';
import { BOILERPLATE_KEYS } from './object-keys.ts';
import { flattenParagraph } from './prose.ts';
import { configFieldsNamed, fieldsNamed } from '../vocabulary/index.ts';
import { placed, sectionKeys, sentenceOf } from './field-prose.ts';
import { correctedName } from './corrections.ts';

/** The shape as data: what counts as the field's name, and what stands around a name that is no mention of it alone. */
export const REPEATED_FIELD_SHAPE = {
  rule: 'field-set-named',
  /**
   * A name as the API spells fields: lower camelCase only (`readinessProbe`, `envFrom`). A one-word key in a
   * code span (`source`, `key`, `lifecycle`, `completions`) was counted and measured too: as many names of no
   * label as labels over the dev sets (docs/miner.md "fields36"), so it is not read.
   */
  camel: /^[a-z]+[A-Z][A-Za-z0-9]*$/,
  /** How often the note must name it outside its fences. */
  minMentions: 2,
  /** Right before the name: part of a longer token (a path, a flag, a URL), or a list of names (`a、b`). */
  before: /(?:[-=./\w]|[A-Za-z0-9`]\s*[、,，/]\s*`?)$/u,
  /** Right after it: a longer token (`x.y`, `x=1`, `x[]`), a value set as YAML is written (`runAsUser: 10001`), or a list of names. */
  after: /^(?:[=./\w[]|:\s*["'\w-]|`?\s*[、,，/]\s*`?[A-Za-z])/u,
  /** A paragraph that is a command or a log rather than running text. */
  notProse: /^\s*(?:\$\s|kubectl\s|helm\s|docker\s|[IWEF]\d{4}\s|\d{4}-\d\d-\d\d[T ]\d|level=)/u,
  example: { text: '问题在于我们没配 readinessProbe，新 Pod 一启动就被当成 Ready。', names: ['readinessProbe'] },
  lookAlikes: ['`namespaceSelector`、`podSelector` 都要写', '启动参数 --readinessProbe', '`readinessProbe: {}` 也行', 'spec.readinessProbe 写在容器里'],
} as const;

/** The paragraphs of running text among a section's blocks: top-level ones and those in quotes, not list items or tables. */
function proseParagraphs(blocks: readonly RootContent[]): Paragraph[] {
  const out: Paragraph[] = [];
  for (const b of blocks) {
    if (b.type === 'paragraph') out.push(b);
    else if (b.type === 'blockquote') out.push(...proseParagraphs(b.children));
  }
  return out;
}

/** How often each Latin word is written in the note outside its fences (headings, prose, lists, tables). */
function mentionCounts(outline: Outline): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (text: string) => {
    for (const m of text.matchAll(/[A-Za-z][A-Za-z0-9]*/g)) counts.set(m[0], (counts.get(m[0]) ?? 0) + 1);
  };
  const walk = (nodes: readonly RootContent[]) => {
    for (const n of nodes) {
      if (n.type === 'code') continue;
      if ('children' in n && n.type !== 'paragraph' && n.type !== 'heading' && n.type !== 'tableCell') walk(n.children as RootContent[]);
      else add(toString(n));
    }
  };
  for (const s of outline.sections) {
    add(s.title);
    walk(s.blocks);
  }
  return counts;
}

/** True when the API or a configuration kind has a field spelt exactly so. */
const isApiField = (name: string) => [...fieldsNamed(name), ...configFieldsNamed(name)].some((o) => o.name === name);

/** `field-set-named` candidates of a note, given the candidates the other rules found. */
export function repeatedFieldCandidates(outline: Outline, file: string, existing: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  let counts: Map<string, number> | undefined;
  // (a label that opens on the name is the name's: `restartPolicy=Always（init 容器上）`, `readinessProbe（就绪探针）`)
  const taken = new Set(existing.flatMap((c) => [c.label.toLowerCase(), /^[A-Za-z][A-Za-z0-9]*/.exec(c.label)?.[0].toLowerCase() ?? '']));
  for (const section of outline.sections) {
    const keys = sectionKeys(section);
    if (keys.size === 0) continue;
    for (const p of proseParagraphs(section.blocks)) out.push(...paragraphCandidates(p, section, file, keys, taken, () => (counts ??= mentionCounts(outline))));
  }
  // (not a name the note says somewhere is the wrong one, `envFrom 下面写 configMapKeyRef 是错的，应该用 configMapRef`:
  // the correction's own rule decides what that sentence makes, miner/corrections.ts)
  if (out.length === 0) return out;
  const texts = outline.sections.flatMap((s) => proseParagraphs(s.blocks).map((p) => toString(p)));
  return out.filter((c) => !texts.some((t) => correctedName(t, c.label) !== undefined));
}

function paragraphCandidates(p: Paragraph, section: Section, file: string, keys: ReturnType<typeof sectionKeys>, taken: Set<string>, counts: () => Map<string, number>): Candidate[] {
  const S = REPEATED_FIELD_SHAPE;
  const out: Candidate[] = [];
  const flat = flattenParagraph(p);
  if (S.notProse.test(flat.text)) return out;
  const first = p.children[0];
  const openerEnd = first && (first.type === 'strong' || first.type === 'inlineCode') ? flat.pieces[0]!.to : -1;
  for (const m of flat.text.matchAll(/[A-Za-z][A-Za-z0-9]*/g)) {
    const name = m[0];
    const from = m.index;
    const to = from + name.length;
    if (from < openerEnd || taken.has(name.toLowerCase()) || BOILERPLATE_KEYS.has(name)) continue;
    const key = keys.get(name.toLowerCase());
    if (key === undefined || key.name !== name || key.data) continue;
    const piece = flat.pieces.find((x) => x.from <= from && from < x.to);
    if (piece === undefined || piece.kind === 'other') continue;
    // (a code span is the name only when it holds nothing else)
    if (piece.kind === 'code' && flat.text.slice(piece.from, piece.to).trim() !== name) continue;
    if (!S.camel.test(name)) continue;
    const before = flat.text.slice(Math.max(0, from - 6), from).replace(/`$/, '');
    const after = flat.text.slice(to, to + 8).replace(/^`/, '');
    if (S.before.test(before) || S.after.test(after)) continue;
    if (!isApiField(name) || (counts().get(name) ?? 0) < S.minMentions) continue;
    taken.add(name.toLowerCase());
    out.push({
      rule: S.rule,
      label: name,
      ...placed(file, section, p, piece, flat.text, from),
      newTerm: false,
      expect: 'field',
      aliases: [],
      evidence: sentenceOf(flat.text, from, to),
      key,
    });
  }
  return out;
}
