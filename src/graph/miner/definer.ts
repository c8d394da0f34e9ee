/**
 * The learned definition scorer ("definer"): which names a note explains, scored by a logistic
 * regression trained on the labelled chapters of tests/corpus/miner (scripts/train-definer.mjs,
 * weights in definer-weights.json). It complements the phrasing rules (definitions.ts,
 * field-prose.ts, prose.ts): the rules say *how* a sentence defines, the scorer weighs general
 * properties of a name's occurrences in the note.
 *
 * 1. Candidates (`nameCandidates`): every name in a structural position — a heading, a bold span,
 *    a code span, a gloss `中文（English）` / `English（中文）` and its two names, the opener of a
 *    paragraph, list item (`X：…`) or table row, a quoted name, a Latin identifier in prose that is
 *    no everyday English word (`backoffLimit`, `kube-proxy`, `etcd`), a run of capitalised words —
 *    plus the names the rules proposed. One walk over the note's blocks: linear in its size.
 * 2. Features (`featuresOf`), aggregated over a name's occurrences: counts, positions, markup,
 *    the words right after the name in its sentence (a definitional cue), whether it opens its
 *    sentence, vocabulary facts (API kind, field, set in the note's YAML, state, command,
 *    ecosystem name, everyday English), its shape; and, kept apart under `rule:`, which rule
 *    families proposed it.
 * 3. Score (`scoreFeatures`): a dot product and a sigmoid; `contributions` says which features
 *    weighed most (printed by `--explain`).
 *
 * Sentences come from `Intl.Segmenter` (as mention-context.ts finds them), a Chinese semicolon
 * also ending a clause.
 */
import type { Root, RootContent, PhrasingContent, Paragraph } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { SourceRef } from '../model.ts';
import type { FenceAnalysis } from '../examples.ts';
import { closingParen, hasCjk, isGenericLabel, keyOfKeyValue, lastFieldSegment, normKey } from '../labels.ts';
import { boundedMemo } from '../util.ts';
import { configFieldsNamed, fieldsNamed, isEnumValue, kindNamed, statesNamed } from '../vocabulary/index.ts';
import { isEcosystemName } from '../vocabulary/ecosystem.ts';
import { namedThing } from '../vocabulary/k8s-names.ts';
import { everydayEnglish, englishWord } from './english-words.ts';
import { headingName } from './heading-name.ts';
import { CLUSTER_COMPONENTS, isFileName, notAConcept } from './label-rules.ts';
import { isCommandName } from './command-tools.ts';
import { verbBefore } from './alias-shapes.ts';
import { JOINED_SIBLING_RULE, joinedNames, siblingFields, takesJoined } from './joined-siblings.ts';
import { afterRubric } from './rubrics.ts';
import { RUBRIC_IN_BOLD, glossNames, listRole, unglossedInside, type Candidate } from './definitions.ts';
import { sectionAt, type Outline } from './outline.ts';
import { sentenceIn, sentenceStarts } from '../mention-context.ts';
import weightsFile from './definer-weights.json' with { type: 'json' };
import contextWords from './definer-context.json' with { type: 'json' };
import { WRITING_FEATURE_NAMES, writingFeatures } from './writing-features.ts';
import { PROSE_FEATURE_NAMES, proseFeatures } from './prose-features.ts';
import { TOPIC_FEATURE_NAMES, topicFeatures } from './topic-features.ts';
import { SUBJECT_FEATURE_NAMES, subjectFeatures, subjectNote, type SubjectNote } from './subject-features.ts';
import { namedOnlyWithAside } from './aside-words.ts';

export type OccurrenceForm = 'heading' | 'bold' | 'code' | 'gloss' | 'opener' | 'cell' | 'quoted' | 'text';

/** One place a name occurs. */
export interface Occurrence {
  form: OccurrenceForm;
  at: SourceRef;
  /** Index of the unit (heading, paragraph, table row) in the note, in document order. */
  unit: number;
  /** Index of the section (a heading of depth ≥ 2 opens the next; 0 before the first): learn4's prose features. */
  section?: number;
  /** The top-level block the unit is in (the passage a definition would show). */
  block: RootContent;
  /** Heading depth, for a name in a heading. */
  depth?: number;
  /** The name is the whole heading (numbering and lead-ins taken off). */
  wholeHeading?: boolean;
  /** The occurrence opens its paragraph, list item or table row. */
  opensUnit: boolean;
  inListItem: boolean;
  /** The text right after the name in its sentence (a few characters). */
  after: string;
  /** The text of its sentence before the name. */
  before: string;
  /** Another name given with it (the other side of a gloss). */
  gloss?: string;
  /** alias25: the gloss pairs a verb of the sentence with the setting that governs it (`被驱逐（tolerationSeconds）`): no other name. */
  glossNotName?: boolean;
  /** The rest of its sentence after the name (at most REST_CHARS characters). */
  rest: string;
  /** In a table's first cell: characters of the row's other cells; whether the header names a describing column. */
  rowRest?: number;
  describedTable?: boolean;
  /** rules44: in a table cell that is not its row's first (a detail of what the first cell names). */
  laterCell?: boolean;
  /** In a list item: the share of the list's items opened by a label and a colon (a definition list). */
  defList?: number;
  /** The first characters of the next sentence of the same unit ('' when none; writing-features.ts). */
  next?: string;
  /** subject28: where the name starts in its unit's text (subject-features.ts reads the unit's sentences). */
  offset?: number;
}

export interface NameCandidate {
  /** normKey of the name. */
  key: string;
  /** The name as first written. */
  name: string;
  occurrences: Occurrence[];
  /** Plain-text occurrences of a Chinese name found outside structural positions. */
  plainMentions: number;
  /** Rule families (see ruleFamily) that proposed the name, with the rule candidates. */
  rules: Map<string, Candidate[]>;
}

export interface NoteText {
  tree: Root;
  file: string;
  title: string;
  fences: readonly FenceAnalysis[];
}

// ---- candidates -----------------------------------------------------------------------------

/** Latin identifier-shaped words (`kube-proxy`, `spec.replicas`, `k3s`). */
const LATIN_WORD = /[A-Za-z][A-Za-z0-9]*(?:[-.][A-Za-z0-9]+)*/g;
/** `中文（English…）` or `English（中文…）`: a name glossed in the other script. */
const GLOSS_ZH_EN = /([\u4e00-\u9fff][\u4e00-\u9fffA-Za-z0-9 ]{0,11})\s*[（(]\s*([A-Za-z][A-Za-z0-9 .\-/]{1,40}?)\s*(?:[，,、;；][^）)]*)?[）)]/gu;
const GLOSS_EN_ZH = /([A-Za-z][A-Za-z0-9.\-]*(?: [A-Z][A-Za-z0-9.\-]*){0,3})\s*[（(]\s*([\u4e00-\u9fff][\u4e00-\u9fffA-Za-z0-9 ]{0,11}?)\s*(?:[，,、;；][^）)]*)?[）)]/gu;
const QUOTED = /[“「『"]([^”」』"\n]{2,16})[”」』"]/gu;
/** A unit opened by a short label and a colon (`ClusterIP：…`, `- **retain**: …`). */
const OPENER = /^\s*([^\s：:，,。；;][^：:，,。；;\n]{0,23}?)\s*[：:]/u;
const MAX_NAME_CHARS = 40;
/** How much of a name's sentence after it the context features read. */
const REST_CHARS = 80;
/** How much of the next sentence the writing features read (writing-features.ts takesUp). */
const NEXT_CHARS = 24;

let words: Intl.Segmenter | undefined;

/** Words that end a name read backwards from a gloss (`这就是写时复制（copy-on-write）` → 写时复制). */
const NAME_STOP = new Set(['的', '发生', '成', '变成', '合并成', '提供', '支持', '采用', '引入', '实现', '触发', '执行', '调用', '需要', '依赖', '属于', '作为', '当作', '叫作', '称之为', '一次', '一套', '一组', '一类', '是', '就是', '也就是', '即', '叫', '叫做', '称为', '称作', '所谓', '所谓的', '这', '这个', '这种', '这是', '那', '那个', '一步', '一个', '一种', '个', '了', '在', '和', '与', '及', '把', '被', '有', '还有', '会', '用', '使用', '通过', '为', '做', '就', '也', '都', '它', '我们', '你', '其', '其中', '中', '里']);

/** The Chinese name that ends a run of text: its last words up to a function word (Intl.Segmenter words). */
export function trailingName(run: string): string {
  words ??= new Intl.Segmenter('zh', { granularity: 'word' });
  const segs = [...words.segment(run)].map((x) => x.segment);
  let out = '';
  for (let i = segs.length - 1; i >= 0; i--) {
    const w = segs[i]!;
    if (NAME_STOP.has(w) || /^[\s，,。；;：:、]+$/u.test(w) || [...out].length + [...w].length > 10) break;
    out = w + out;
  }
  return out.trim();
}

/** The name a written label stands for: no colon, no `=value`, no backticks or quotes. */
export function cleanName(raw: string): string {
  let s = raw.normalize('NFKC').replace(/\s+/g, ' ').trim();
  s = s.replace(/^[`'"“‘「《]+|[`'"”’」》]+$/gu, '').trim();
  s = s.replace(/\s*[:：]\s*$/u, '');
  s = keyOfKeyValue(s) ?? s;
  // dups1: `**术语：Serial** —— …`: the rubric and its colon announce the name, as the rules read the
  // bold label (definitions.ts boldLabel); the learned scorer's name is the name after them
  s = RUBRIC_IN_BOLD.exec(s)?.[1]?.trim() ?? s;
  // rubric46: `**方案 A：kubectl convert 批量转换**`: a numbered rubric announces the name after it (rubrics.ts)
  s = afterRubric(s);
  return s.replace(/^[-*•·]\s*/u, '').trim();
}

/** A name worth scoring: short, not punctuation or a number, not a sentence. */
function nameShaped(name: string): boolean {
  const chars = [...name];
  if (chars.length < 2 || chars.length > MAX_NAME_CHARS) return false;
  if (!/[A-Za-z\u4e00-\u9fff]/u.test(name)) return false;
  if (/[。！？!?，,；;]/u.test(name)) return false;
  if (hasCjk(name) && chars.length > 16) return false;
  if (/^[A-Za-z]/.test(name) && name.split(' ').length > 4) return false;
  return true;
}

/** A single Latin word in prose that may be a name (not an everyday English word, or a known one). */
function latinNameWord(w: string): boolean {
  if (w.replace(/[^A-Za-z0-9]/g, '').length < 2) return false;
  if (/[A-Z].*[A-Z]|[a-z][A-Z]|[-.\d]/.test(w)) return true; // camelCase, acronym, kube-proxy, k3s
  if (kindNamed(w) !== undefined || fieldsNamed(w).length > 0 || isEcosystemName(w)) return true;
  return !everydayEnglish(w.toLowerCase());
}

interface UnitText {
  text: string;
  /** [from, to, form] of bold and code spans in `text`. */
  marks: { from: number; to: number; form: 'bold' | 'code'; value: string }[];
}

/** Plain text of inline content, with where its bold and code spans are. */
function flattenInline(nodes: readonly PhrasingContent[]): UnitText {
  let text = '';
  const marks: UnitText['marks'] = [];
  const walk = (ns: readonly PhrasingContent[]): void => {
    for (const n of ns) {
      if (n.type === 'text') text += n.value;
      else if (n.type === 'inlineCode') {
        marks.push({ from: text.length, to: text.length + n.value.length, form: 'code', value: n.value });
        text += n.value;
      } else if (n.type === 'break') text += ' ';
      else if (n.type === 'strong') {
        const from = text.length;
        walk(n.children);
        marks.push({ from, to: text.length, form: 'bold', value: text.slice(from) });
      } else if ('children' in n) walk(n.children as PhrasingContent[]);
      else if (n.type !== 'html' && 'value' in n) text += String((n as { value: unknown }).value);
    }
  };
  walk(nodes);
  return { text, marks };
}

interface Unit {
  text: string;
  starts: number[];
  base: UnitBase;
  unit: number;
  section: number;
}

interface UnitBase {
  block: RootContent;
  at: SourceRef;
  inListItem: boolean;
  depth?: number;
  heading?: boolean;
  cell?: boolean;
  /** rules44: a table cell that is not its row's first. */
  laterCell?: boolean;
  rowRest?: number;
  describedTable?: boolean;
  defList?: number;
}

class Collector {
  readonly byKey = new Map<string, NameCandidate>();
  readonly units: Unit[] = [];
  unit = 0;
  /** The section the walk is in (learn4: a heading of depth ≥ 2 opens the next). */
  section = 0;

  add(raw: string, occ: Omit<Occurrence, 'unit'>, unit = this.unit): NameCandidate | undefined {
    const name = cleanName(raw);
    // `PodDisruptionBudget（PDB）`: the name, glossed by the names in parentheses
    const g = /^(.+?)\s*[（(]([^（）()]+)[）)]$/u.exec(name);
    if (g && occ.gloss === undefined) {
      const glosses = glossNames(g[2]!);
      const core = this.add(g[1]!, { ...occ, ...(glosses[0] !== undefined ? { gloss: glosses[0] } : {}) }, unit);
      for (const x of glosses) this.add(x, { ...occ, gloss: g[1]!, opensUnit: false }, unit);
      return core;
    }
    if (!nameShaped(name)) return undefined;
    const key = normKey(name);
    if (key.length < 2) return undefined;
    let c = this.byKey.get(key);
    if (!c) {
      c = { key, name, occurrences: [], plainMentions: 0, rules: new Map() };
      this.byKey.set(key, c);
    }
    c.occurrences.push({ ...occ, unit, section: this.section });
    return c;
  }
}

/** Scan one unit of text (a paragraph, heading, table cell) for names. */
/** An occurrence of a name at [from, to) of a unit. */
function occurrenceIn(u: { text: string; starts: number[]; base: UnitBase }, from: number, to: number, form: OccurrenceForm, extra: Partial<Occurrence> = {}): Omit<Occurrence, 'unit'> {
  const { text, starts, base } = u;
  const [s, e] = sentenceIn(starts, text, from, to);
  const lead = text.length - text.trimStart().length;
  return {
    form,
    at: base.at,
    block: base.block,
    ...(base.depth !== undefined ? { depth: base.depth } : {}),
    opensUnit: from <= lead + 1,
    inListItem: base.inListItem,
    after: text.slice(to, Math.min(e, to + 30)),
    before: text.slice(s, from),
    rest: text.slice(to, Math.min(e, to + REST_CHARS)),
    next: text.slice(e, e + NEXT_CHARS),
    offset: from,
    ...(base.rowRest !== undefined ? { rowRest: base.rowRest } : {}),
    ...(base.describedTable !== undefined ? { describedTable: base.describedTable } : {}),
    ...(base.laterCell === true ? { laterCell: true } : {}),
    ...(base.defList !== undefined ? { defList: base.defList } : {}),
    ...extra,
  };
}

/** A Chinese phrase opening its clause right before a defining word (`调度周期是…`, `写时复制指…`). */
const CJK_SUBJECT = /(?<=^|[。！？；，,：:\s])([\u4e00-\u9fff][\u4e00-\u9fffA-Za-z0-9 ]{1,9}?)\s*(?=(?:就是|是指|指的是|是|指|即|表示|负责|用来|用于)(?![否不]))/gu;

/** A unit whose sentences are found (Intl.Segmenter) only when an occurrence needs them. */
function lazyUnit(text: string, base: UnitBase): { text: string; readonly starts: number[]; base: UnitBase } {
  let starts: number[] | undefined;
  return {
    text,
    base,
    get starts() {
      return (starts ??= sentenceStarts(text));
    },
  };
}

function scanUnit(col: Collector, u: UnitText, base: UnitBase): void {
  const { text } = u;
  if (text.trim() === '') return;
  const unit = lazyUnit(text, base);
  col.units.push(Object.assign(unit, { unit: col.unit, section: col.section }));
  const occ = (from: number, to: number, form: OccurrenceForm, extra: Partial<Occurrence> = {}): Omit<Occurrence, 'unit'> => occurrenceIn(unit, from, to, form, extra);
  const heading = base.heading === true;
  if (heading) {
    const whole = headingName(text);
    const w = col.add(whole, occ(0, text.length, 'heading', { wholeHeading: true }));
    void w;
  }
  const covered: [number, number][] = [];
  for (const m of u.marks) {
    const form: OccurrenceForm = heading ? 'heading' : m.form;
    col.add(m.value, occ(m.from, m.to, form));
    covered.push([m.from, m.to]);
  }
  // A paragraph, list item or row opened by `label：`.
  if (!heading) {
    const o = OPENER.exec(text);
    if (o && o.index === 0) {
      const from = text.indexOf(o[1]!);
      // (a bold or code label opening the unit is counted once, as bold or code)
      if (!covered.some(([a, b]) => from < b && a < from + o[1]!.length)) col.add(o[1]!, occ(from, from + o[1]!.length, base.cell ? 'cell' : 'opener'));
    } else if (base.cell) col.add(text, occ(0, text.length, 'cell'));
  }
  for (const m of text.matchAll(GLOSS_ZH_EN)) {
    const zh = trailingName(m[1]!.trim());
    const en = m[2]!.trim();
    const at = m.index + m[0].indexOf(zh);
    // (alias25: `Pod 被驱逐（tolerationSeconds）`: a verb of the sentence glossed by the setting that
    // governs it; each is still read with its gloss, but neither is the other's name: alias-shapes.ts)
    const verb = verbBefore(text.slice(0, at));
    col.add(zh, occ(at, at + zh.length, heading ? 'heading' : 'gloss', { gloss: en, ...(verb ? { glossNotName: true } : {}) }));
    const eat = m.index + m[0].indexOf(m[2]!, m[1]!.length);
    col.add(en, occ(eat, eat + en.length, heading ? 'heading' : 'gloss', { gloss: zh, ...(verb ? { glossNotName: true } : {}) }));
  }
  for (const m of text.matchAll(GLOSS_EN_ZH)) {
    const en = m[1]!.trim();
    const zh = m[2]!.trim();
    col.add(en, occ(m.index, m.index + en.length, heading ? 'heading' : 'gloss', { gloss: zh }));
    const zat = m.index + m[0].indexOf(m[2]!, en.length);
    col.add(zh, occ(zat, zat + zh.length, heading ? 'heading' : 'gloss', { gloss: en }));
  }
  for (const m of text.matchAll(QUOTED)) {
    col.add(m[1]!, occ(m.index + 1, m.index + 1 + m[1]!.length, heading ? 'heading' : 'quoted'));
  }
  if (!heading) {
    for (const m of text.matchAll(CJK_SUBJECT)) {
      const [s] = sentenceIn(unit.starts, text, m.index, m.index + m[1]!.length);
      // the subject of its sentence (or of a clause after a comma), not a word inside one
      if (text.slice(s, m.index).trim().length <= 1 || /[，,]\s*$/u.test(text.slice(0, m.index))) col.add(m[1]!.trim(), occ(m.index, m.index + m[1]!.trim().length, 'text'));
    }
  }
  // Latin words in running text (and runs of capitalised words: `Pod Security Standards`).
  const words = [...text.matchAll(LATIN_WORD)];
  for (let i = 0; i < words.length; i++) {
    const m = words[i]!;
    const from = m.index;
    const to = from + m[0].length;
    const inMark = covered.some(([a, b]) => from >= a && to <= b);
    if (inMark) continue;
    const w = m[0].replace(/\.$/, '');
    if (latinNameWord(w)) col.add(w, occ(from, from + w.length, heading ? 'heading' : 'text'));
    // capitalised runs of two or three words
    let j = i;
    while (j + 1 < words.length && j < i + 2 && text.slice(words[j]!.index + words[j]![0].length, words[j + 1]!.index) === ' ' && /^[A-Z]/.test(words[j + 1]![0])) j++;
    if (j > i && /^[A-Z]/.test(w)) {
      const run = text.slice(from, words[j]!.index + words[j]![0].length);
      col.add(run, occ(from, from + run.length, heading ? 'heading' : 'text'));
    }
  }
}

/** subject28: the units each nameCandidates result was read from (subject-features.ts). */
const UNITS_OF = new WeakMap<Map<string, NameCandidate>, readonly Unit[]>();

/**
 * Every name the note may explain, with its occurrences (one walk over the note's blocks), plus
 * the names of the rule candidates (each under its rule family).
 */
export function nameCandidates(note: NoteText, ruleCandidates: readonly Candidate[] = []): Map<string, NameCandidate> {
  const col = new Collector();
  const pos = (n: { position?: { start: { line: number; column: number } } }): SourceRef => ({ file: note.file, line: n.position?.start.line ?? 1, column: n.position?.start.column ?? 1 });
  const walk = (nodes: readonly RootContent[], top: RootContent | undefined, inListItem: boolean, defList?: number): void => {
    let previous: RootContent | undefined;
    for (const n of nodes) {
      const block = top ?? n;
      const leadIn = previous;
      previous = n;
      switch (n.type) {
        case 'heading':
          if (n.depth === 1) break;
          col.unit++;
          col.section++;
          scanUnit(col, flattenInline(n.children), { block, at: pos(n), inListItem: false, depth: n.depth, heading: true });
          break;
        case 'paragraph':
          col.unit++;
          scanUnit(col, flattenInline((n as Paragraph).children), { block, at: pos(n), inListItem, ...(defList !== undefined ? { defList } : {}) });
          break;
        case 'table': {
          const describedTable = n.children[0] !== undefined && n.children[0].children.slice(1).some((cell) => describingHeader(toString(cell)));
          for (const row of n.children.slice(1)) {
            col.unit++;
            const rowRest = row.children.slice(1).reduce((k, cell) => k + [...toString(cell).trim()].length, 0);
            row.children.forEach((cell, i) => scanUnit(col, flattenInline(cell.children), { block, at: pos(cell), inListItem: false, cell: i === 0, ...(i === 0 ? { rowRest, describedTable } : { laterCell: true }) }));
          }
          break;
        }
        case 'list':
          // A list the paragraph before it introduces as ways or attributes (`有两种方式：`,
          // `优点：`; definitions.ts listRole): its items are no concepts for the rules, nor here.
          if (leadIn?.type === 'paragraph' && listRole(toString(leadIn)) !== undefined) break;
          {
            const opened = n.children.filter((item) => item.children[0]?.type === 'paragraph' && OPENER.test(toString(item.children[0]))).length;
            const defList = n.children.length > 0 ? opened / n.children.length : 0;
            for (const item of n.children) walk(item.children, block, true, defList);
          }
          break;
        case 'blockquote':
          walk(n.children, block, inListItem, defList);
          break;
        default:
          break;
      }
    }
  };
  walk(note.tree.children, undefined, false);
  for (const c of ruleCandidates) {
    // (tables7: a row of a table of values is taken after the note's other concepts, when they say
    // so; it is no rule's candidate for the scorer, whose own reading of the name stands: mine.ts)
    if (c.completes) continue;
    const name = ruleName(c);
    if (!nameShaped(name)) continue;
    const key = normKey(name);
    let nc = col.byKey.get(key);
    if (!nc) {
      nc = { key, name, occurrences: [], plainMentions: 0, rules: new Map() };
      col.byKey.set(key, nc);
    }
    const fam = ruleFamily(c.rule);
    const list = nc.rules.get(fam);
    if (list) list.push(c);
    else nc.rules.set(fam, [c]);
  }
  plainOccurrences(col);
  UNITS_OF.set(col.byKey, col.units);
  return col.byKey;
}

/**
 * The places running text uses a Chinese name (or a name only a rule found) outside the structural
 * positions: one pass over each unit per length of such names, not one scan per name.
 */
function plainOccurrences(col: Collector): void {
  const wanted = [...col.byKey.values()].filter((c) => (hasCjk(c.name) || c.occurrences.length === 0) && [...c.name].length <= 16);
  if (wanted.length === 0) return;
  const byName = new Map(wanted.map((c) => [c.name, c]));
  const lengths = [...new Set(wanted.map((c) => c.name.length))].sort((a, b) => b - a);
  const structural = new Map(wanted.map((c) => [c, new Set(c.occurrences.map((o) => o.unit))]));
  // (perf66: by first character, the lengths of the names that start with it, longest first: at a
  // place where the text goes on for `len` units or more, no other length can match, and each try
  // slices the text and looks the slice up. Nearer the end than the longest length, every length
  // at least as long as what is left is tried, as before: each finds the rest of the text)
  const lengthsAt = new Map<string, number[]>();
  for (const len of lengths) {
    for (const first of new Set(wanted.filter((c) => c.name.length === len).map((c) => c.name[0]!))) {
      const list = lengthsAt.get(first);
      if (list) list.push(len);
      else lengthsAt.set(first, [len]);
    }
  }
  for (const u of col.units) {
    const { text } = u;
    const at = (i: number, len: number): void => {
      const hit = byName.get(text.slice(i, i + len));
      if (!hit) return;
      // a Latin name is a whole word (`Pod` is not in `Pods`)
      if (/[A-Za-z0-9]/.test(text[i]!) && (/[A-Za-z0-9]/.test(text[i - 1] ?? '') || /[A-Za-z0-9]/.test(text[i + len] ?? ''))) return;
      hit.plainMentions++;
      if (!structural.get(hit)!.has(u.unit)) hit.occurrences.push({ ...occurrenceIn(u, i, i + len, u.base.heading ? 'heading' : 'text'), unit: u.unit, section: u.section });
    };
    for (let i = 0; i < text.length; i++) {
      const starting = lengthsAt.get(text[i]!);
      if (starting === undefined) continue;
      const left = text.length - i;
      for (const len of lengths) {
        if (len < left) break;
        at(i, len);
      }
      for (const len of starting) if (len < left) at(i, len);
    }
  }
}

/** The name a rule candidate proposes (its heading name, or the label without decoration and gloss). */
export function ruleName(c: Candidate): string {
  const raw = c.form === 'heading' ? headingName(c.label) : c.label;
  const core = closingParen(raw)?.before;
  return cleanName(core !== undefined && core !== '' ? core : raw);
}

/** The families of the phrasing rules (the `rule:` features). */
export const RULE_FAMILIES = ['bold', 'code', 'heading', 'prose', 'field', 'kind', 'command', 'naming', 'table', 'yaml', 'other'] as const;

export function ruleFamily(rule: string): (typeof RULE_FAMILIES)[number] {
  if (rule.startsWith('bold')) return 'bold';
  if (rule.startsWith('code')) return 'code';
  if (rule.startsWith('heading')) return 'heading';
  if (rule.startsWith('prose')) return 'prose';
  if (rule.startsWith('field')) return 'field';
  if (rule.startsWith('kind')) return 'kind';
  if (rule.startsWith('command')) return 'command';
  if (rule === 'naming' || rule === 'text-naming' || rule === 'apposition') return 'naming';
  if (rule.endsWith('-table') || rule.startsWith('table') || rule.startsWith('list')) return 'table';
  if (rule.startsWith('yaml')) return 'yaml';
  return 'other';
}

// ---- features -------------------------------------------------------------------------------

const COPULA_AFTER = /^\s*(?:[，,]\s*)?(?:其实|本质上|简单说)?\s*(?:就是|是指|指的是|是|指|即|也就是|意思是|表示|代表|is\b|are\b|means\b|refers to\b)/u;
const PURPOSE_AFTER = /^\s*(?:[，,]\s*)?(?:主要|专门|只)?\s*(?:用来|用于|负责|可以|能够|能|会|决定|控制|控制着|管|管理|提供|实现|描述|定义|记录|保存|存放|指定|设置)/u;
// (an ASCII colon followed by a value is YAML written in prose, `replicas: 2 就够用了`, not an explanation)
const COLON_AFTER = /^\s*(?:：|:(?![ \t]*[A-Za-z0-9"'[{-]))/u;
const PAREN_AFTER = /^\s*[（(]/u;
const DASH_AFTER = /^\s*(?:——|—|–|-\s)/u;
const NAMING_BEFORE = /(?:叫做?|称为|称作|简称|全称是?|又叫|也叫|俗称|所谓的?|名为|即)\s*[“"「]?\s*$/u;
const SUBJECT_BEFORE = /^\s*(?:(?:而|但|另外|此外|其中|还有|所以|因此|那么|首先|其次|最后|其实|这个|那个|这里的|其中的)\s*[，,]?\s*)?$/u;
const GENITIVE_AFTER = /^\s*(?:的|里|中|上|下)/u;

// ---- context features: what the note says about the name (definer-context.json) ------------------

type WordClass = Exclude<keyof typeof contextWords, '$comment'>;
const longestFirst = (ws: readonly string[]): string[] => [...ws].sort((a, b) => b.length - a.length);
const CLASS: Record<WordClass, string[]> = Object.fromEntries(
  Object.entries(contextWords).filter(([k]) => k !== '$comment').map(([k, v]) => [k, longestFirst(v as string[])]),
) as Record<WordClass, string[]>;
const latinWord = (w: string): boolean => /^[A-Za-z]/.test(w);
/**
 * perf81: each class's words by length (a Set per length): a text starts or ends with a word of
 * the class when its first or last `length` units are one, for each length the class has — a
 * look-up per length instead of a comparison per word (endsWithClass was called 211,005 times on
 * 290 dev chapters, comparing 5.4 million words). No class has an empty word.
 */
const CLASS_BY_LENGTH: Record<WordClass, [number, ReadonlySet<string>][]> = Object.fromEntries(
  Object.entries(CLASS).map(([k, ws]) => {
    const byLength = new Map<number, Set<string>>();
    for (const w of ws) {
      const set = byLength.get(w.length);
      if (set) set.add(w);
      else byLength.set(w.length, new Set([w]));
    }
    return [k, [...byLength] as [number, ReadonlySet<string>][]];
  }),
) as Record<WordClass, [number, ReadonlySet<string>][]>;
/** `text` starts with a word of the class (a Latin word only as a whole word). */
function startsWithClass(text: string, cls: WordClass): boolean {
  for (const [n, words] of CLASS_BY_LENGTH[cls]) {
    if (n > text.length) continue;
    const w = text.slice(0, n);
    if (words.has(w) && (!latinWord(w) || !/[A-Za-z]/.test(text[n] ?? ''))) return true;
  }
  return false;
}
/** `text` ends with a word of the class. */
function endsWithClass(text: string, cls: WordClass): boolean {
  for (const [n, words] of CLASS_BY_LENGTH[cls]) {
    if (n > text.length) continue;
    const w = text.slice(text.length - n);
    if (words.has(w) && (!latinWord(w) || !/[A-Za-z]/.test(text[text.length - n - 1] ?? ''))) return true;
  }
  return false;
}
/** The first position in `text` (within `span` characters) where a word of the class starts, or -1. */
function classWithin(text: string, cls: WordClass, span: number): number {
  const head = text.slice(0, span);
  let best = -1;
  for (const w of CLASS[cls]) {
    const i = head.indexOf(w);
    if (i >= 0 && (best < 0 || i < best)) best = i;
  }
  return best;
}
export function describingHeader(text: string): boolean {
  return CLASS.describingHeader.some((w) => text.includes(w));
}

const CLAUSE_END = /[，,；;：:。！？!?]/u;
/** The text of the name's clause before it (after the last comma, colon or semicolon of its sentence). */
function clauseBefore(o: Occurrence): string {
  const m = /[，,；;：:]([^，,；;：:]*)$/u.exec(o.before);
  return (m ? m[1]! : o.before).trim();
}
/** The rest of the name's clause after it (to the next comma, colon or semicolon), spaces trimmed. */
function clauseAfter(o: Occurrence): string {
  const t = o.rest.replace(/^\s+/u, '');
  const i = t.search(CLAUSE_END);
  return i < 0 ? t : t.slice(0, i);
}
/** The clause before the name is empty or a connective (`而`, `另外，`): the name opens its clause. */
function opensClause(o: Occurrence): boolean {
  const b = clauseBefore(o).replace(/[“"「『]$/u, '').trim();
  return b === '' || CLASS.connective.includes(b);
}
/** The name is the subject of its clause: it opens it and no genitive, list mark or aside follows. */
function clauseSubject(o: Occurrence): boolean {
  if (o.form === 'heading' || !opensClause(o)) return false;
  const a = o.rest.replace(/^[\s”"」』]+/u, '');
  return a !== '' && !/^(?:的|里|中|上|下|、|和|或|及|与|\/|等)/u.test(a);
}
/** The name stands inside parentheses (an aside). */
function inParens(o: Occurrence): boolean {
  const open = (o.before.match(/[（(]/gu) ?? []).length;
  const close = (o.before.match(/[）)]/gu) ?? []).length;
  return open > close;
}
function enumerated(o: Occurrence): boolean {
  const b = o.before.replace(/\s+$/u, '');
  const a = o.rest.replace(/^\s+/u, '');
  return endsWithClass(b, 'enumerationBefore') || startsWithClass(a, 'enumerationAfter') || /(?:比如|例如|像|如)[^，,。；;]{0,30}$/u.test(o.before);
}
/** A verb (or a verb and a quantifier) right before the name: the name is its object. */
function objectOfVerb(o: Occurrence): boolean {
  let b = o.before.replace(/[\s“"「]+$/u, '');
  for (const q of CLASS.quantifier) if (b.endsWith(q)) {
    b = b.slice(0, -q.length).replace(/\s+$/u, '');
    break;
  }
  return endsWithClass(b, 'objectBefore');
}
function instrument(o: Occurrence): boolean {
  return endsWithClass(o.before.replace(/[\s“"「]+$/u, ''), 'instrumentBefore') && clauseAfter(o).length >= 2;
}

/** The context features (names), in order; see contextFeatures. */
export const CONTEXT_FEATURE_NAMES = [
  'clause-subject', 'subj-explain', 'subj-function', 'subj-behaviour', 'subject-sentences', 'explain-len',
  'object-of-verb', 'object-only', 'instrument', 'enumerated', 'in-parens', 'genitive-before', 'spread',
  'row-described', 'table-described', 'def-list', 'heading-subject', 'kind-no-cue', 'topic-marked',
] as const;

/** What the note says about the name: its place in its clauses, what follows it, its list or table. */
function contextFeatures(occ: readonly Occurrence[], set: (k: string, v: number | boolean) => void, facts: NoteFacts, anyCue: boolean, kind: boolean, units: number): void {
  const prose = occ.filter((o) => o.form !== 'heading');
  const share = (p: (o: Occurrence) => boolean): number => {
    if (prose.length === 0) return 0;
    let n = 0;
    for (const o of prose) if (p(o)) n++;
    return n / prose.length;
  };
  const subjects = prose.filter(clauseSubject);
  // (perf48: each subject's answer kept per class: the sentences below ask again what the three `subj-` features asked)
  const nearMemo = new Map<string, Map<Occurrence, boolean>>();
  const near = (o: Occurrence, cls: WordClass, span: number): boolean => {
    const key = `${cls} ${span}`;
    let byOcc = nearMemo.get(key);
    if (!byOcc) nearMemo.set(key, (byOcc = new Map()));
    let v = byOcc.get(o);
    if (v === undefined) {
      const i = classWithin(o.rest.replace(/^\s+/u, ''), cls, span);
      byOcc.set(o, (v = i >= 0 && i <= clauseAfter(o).length));
    }
    return v;
  };
  set('clause-subject', subjects.length > 0);
  set('subj-explain', subjects.some((o) => near(o, 'explain', 8)));
  set('subj-function', subjects.some((o) => near(o, 'function', 10)));
  set('subj-behaviour', subjects.some((o) => near(o, 'behaviour', 6)));
  const sentences = new Set(subjects.filter((o) => near(o, 'explain', 8) || near(o, 'function', 10) || near(o, 'behaviour', 6)).map((o) => `${o.unit}:${o.before.length}`));
  set('subject-sentences', log1(sentences.size));
  set('explain-len', subjects.length === 0 ? 0 : Math.max(...subjects.map((o) => log1([...o.rest.trim()].length))) / 4);
  set('object-of-verb', share(objectOfVerb));
  set('object-only', prose.length > 0 && subjects.length === 0 && prose.every((o) => objectOfVerb(o) || enumerated(o) || inParens(o)));
  set('instrument', prose.some(instrument));
  set('enumerated', share(enumerated));
  set('in-parens', share(inParens));
  set('genitive-before', prose.some((o) => /的\s*$/u.test(o.before)));
  set('spread', units / Math.max(1, facts.units));
  set('row-described', occ.some((o) => o.rowRest !== undefined && o.rowRest >= 6));
  set('table-described', occ.some((o) => o.describedTable === true && (o.rowRest ?? 0) > 0));
  set('def-list', Math.max(0, ...occ.filter((o) => o.opensUnit && o.defList !== undefined).map((o) => o.defList!)));
  set('heading-subject', occ.some((o) => o.form === 'heading') && subjects.length > 0);
  set('kind-no-cue', kind && !anyCue);
  set('topic-marked', subjects.some((o) => startsWithClass(o.rest.replace(/^\s+/u, ''), 'topicMarker')));
}

/** Feature names, in the order of the weight vector (base features, then `rule:` families). */
export const BASE_FEATURES = [
  'bias',
  'mentions', 'units', 'plain-mentions', 'first-position',
  'heading', 'heading-whole', 'heading-h2', 'heading-h3', 'heading-h4',
  'bold', 'code', 'gloss', 'quoted', 'opener', 'table-cell', 'opens-unit', 'list-item',
  'cue-copula', 'cue-purpose', 'cue-colon', 'cue-paren', 'cue-dash', 'naming-before', 'subject', 'genitive-after', 'cue-count',
  'bold-cue', 'code-cue', 'subject-cue', 'opener-cue', 'gloss-cue', 'list-opener', 'cell-cue',
  'api-kind', 'api-field', 'yaml-key', 'state-value', 'enum-value', 'command', 'file-name', 'ecosystem', 'named-thing',
  'english-everyday', 'english-word', 'acronym', 'camel-case', 'pascal-case', 'hyphenated', 'dotted', 'multiword',
  'cjk', 'latin', 'mixed', 'length', 'generic-label', 'in-title',
  ...CONTEXT_FEATURE_NAMES,
] as const;
export const RULE_FEATURES = RULE_FAMILIES.map((f) => `rule:${f}`);
/**
 * The way-of-writing features (learn1, writing-features.ts): after the rule families so the
 * indices of the others stay; computed with the context features (only when weights or a
 * collector read them).
 */
export const WRITING_FEATURES: readonly string[] = [...WRITING_FEATURE_NAMES];
/**
 * learn4's features of a name explained in running prose (prose-features.ts): after the writing
 * features, so every older index stays; computed with the context features.
 */
export const PROSE_FEATURES: readonly string[] = [...PROSE_FEATURE_NAMES];
/**
 * rules25's conjunctions (topic-features.ts: a glossed name also bold, a code span, a heading or in
 * the title; a clause's subject that is in the title, recurs in sections or is glossed): after the
 * prose features, so every older index stays; computed with them (they read `p-sections`, `p-unit-focus`).
 */
export const TOPIC_FEATURES: readonly string[] = [...TOPIC_FEATURE_NAMES];
/**
 * subject28's features of what a paragraph or section is about (subject-features.ts): after the
 * topic conjunctions, so every older index stays; computed with the prose features.
 */
export const SUBJECT_FEATURES: readonly string[] = [...SUBJECT_FEATURE_NAMES];
export const ALL_FEATURES: readonly string[] = [...BASE_FEATURES, ...RULE_FEATURES, ...WRITING_FEATURES, ...PROSE_FEATURES, ...TOPIC_FEATURES, ...SUBJECT_FEATURES];
/** Each feature's index in ALL_FEATURES (featuresOf writes its vector by index). */
const FEATURE_AT: ReadonlyMap<string, number> = new Map(ALL_FEATURES.map((k, i) => [k, i]));

export interface NoteFacts {
  /** Lower-case names of the keys the note's YAML examples set. */
  yamlKeys: ReadonlySet<string>;
  /** normKey of the note's title. */
  title: string;
  /** Number of units (headings, paragraphs, rows) in the note. */
  units: number;
  /** subject28: the note's paragraphs, headings and paragraph subjects (found on first use). */
  subject?: () => SubjectNote;
}

export function noteFacts(note: NoteText, cands: Map<string, NameCandidate>): NoteFacts {
  const yamlKeys = new Set<string>();
  // (a key's last dotted segment, as the weights were trained: names8 made OwnedKey.name a key with
  // dots of its own whole, `com.openfaas.scale.max`; the scorer sees `max` as before until it is retrained)
  for (const f of note.fences) for (const k of f.keys) if (!k.data) yamlKeys.add((k.name.includes('.') ? lastFieldSegment(k.name) : k.name).toLowerCase());
  let units = 1;
  for (const c of cands.values()) for (const o of c.occurrences) units = Math.max(units, o.unit);
  const read = UNITS_OF.get(cands);
  let subject: SubjectNote | undefined;
  return {
    yamlKeys,
    title: normKey(note.title),
    units,
    ...(read ? { subject: () => (subject ??= subjectNote(read, [...cands.values()].map((c) => [c.key, c.occurrences] as [string, Occurrence[]]))) } : {}),
  };
}

const log1 = (n: number): number => Math.log1p(n);

/** The features of a name that follow from its spelling alone (its shape and the vocabulary's answers). */
interface SpellingFeatures {
  /** The values, in spellingKeys' order (one array of numbers per name: the memo holds thousands). */
  values: readonly number[];
  /** The last dotted segment of the name. */
  word: string;
  apiKind: boolean;
}

/** The names of the spelling features, in the order spellingFeatures sets them (the same for every name). */
let spellingKeys: readonly string[] | undefined;

/**
 * Spelling features by name: the same for every note that has the name, so they are found once
 * per process (the vocabulary lookups and notAConcept's rules were a third of featuresOf's time).
 */
const spellingFeatures = boundedMemo((name: string): SpellingFeatures => {
  const keys: string[] = [];
  const values: number[] = [];
  const set = (k: string, v: number | boolean): void => {
    keys.push(k);
    values.push(Number(v));
  };
  const latin = /^[A-Za-z][A-Za-z0-9 .\-/[\]]*$/.test(name);
  const cjk = hasCjk(name);
  const word = name.split('.').pop()!;
  const apiKind = kindNamed(name) !== undefined;
  set('api-kind', apiKind);
  set('api-field', latin && (fieldsNamed(word).length > 0 || configFieldsNamed(word).length > 0));
  set('state-value', latin && statesNamed(name).length > 0);
  set('enum-value', latin && isEnumValue(name));
  set('command', isCommandName(name));
  set('file-name', isFileName(name));
  set('ecosystem', isEcosystemName(name));
  set('named-thing', latin && namedThing(name) !== undefined);
  const lower = /^[a-z]+$/.test(name);
  set('english-everyday', lower && everydayEnglish(name));
  set('english-word', lower && englishWord(name));
  set('acronym', /^[A-Z][A-Z0-9]{1,6}s?$/.test(name));
  set('camel-case', /^[a-z]+[A-Z][A-Za-z0-9]*$/.test(word));
  set('pascal-case', /^[A-Z][a-z0-9]+[A-Z][A-Za-z0-9]*$/.test(name) || /^[A-Z][a-z]+$/.test(name));
  set('hyphenated', /^[A-Za-z0-9]+(?:-[A-Za-z0-9]+)+$/.test(name));
  set('dotted', /\./.test(name));
  set('multiword', /\s/.test(name.trim()));
  set('cjk', cjk && !/[A-Za-z]/.test(name));
  set('latin', latin);
  set('mixed', cjk && /[A-Za-z]/.test(name));
  set('length', log1([...name].length) / 3);
  set('generic-label', isGenericLabel(name) || notAConcept(name) !== undefined);
  spellingKeys ??= keys;
  return { values, word, apiKind };
}, 50_000);

/** perf66: which defining words stand right after and before an occurrence (featuresOf's cue features). */
interface Cues {
  copula: boolean;
  purpose: boolean;
  colon: boolean;
  paren: boolean;
  dash: boolean;
  naming: boolean;
  subject: boolean;
  genitive: boolean;
}

function cuesOf(o: Occurrence): Cues {
  return {
    copula: COPULA_AFTER.test(o.after),
    purpose: PURPOSE_AFTER.test(o.after),
    colon: COLON_AFTER.test(o.after),
    paren: PAREN_AFTER.test(o.after),
    dash: DASH_AFTER.test(o.after),
    naming: NAMING_BEFORE.test(o.before),
    subject: SUBJECT_BEFORE.test(o.before),
    genitive: GENITIVE_AFTER.test(o.after),
  };
}

/** gloss-cue: a gloss right after the name, then a defining word. */
const GLOSS_CUE_AFTER = /^\s*[（(][^）)]*[）)]\s*(?:[，,]\s*)?(?:就是|是|指|即|表示|负责|用来|用于|[:：])/u;
/** perf82: the features featuresOf writes by constant index (0 to 33): BASE_FEATURES' first places, checked here. */
const FIRST_FEATURES = [
  'bias', 'mentions', 'units', 'plain-mentions', 'first-position',
  'heading', 'heading-whole', 'heading-h2', 'heading-h3', 'heading-h4',
  'bold', 'code', 'gloss', 'quoted', 'opener', 'table-cell', 'opens-unit', 'list-item',
  'cue-copula', 'cue-purpose', 'cue-colon', 'cue-paren', 'cue-dash', 'naming-before', 'subject', 'genitive-after', 'cue-count',
  'bold-cue', 'code-cue', 'subject-cue', 'opener-cue', 'gloss-cue', 'list-opener', 'cell-cue',
] as const;
if (FIRST_FEATURES.some((k, i) => FEATURE_AT.get(k) !== i)) throw new Error('definer: FIRST_FEATURES are not the first features of ALL_FEATURES');
const RULE_AT: readonly number[] = RULE_FEATURES.map((k) => FEATURE_AT.get(k)!);
/** EXPLAINING_FEATURES' indices (found on first use: the list is declared further down). */
let EXPLAINING_AT: readonly number[] | undefined;
const YAML_KEY_AT = FEATURE_AT.get('yaml-key')!;
/** The spelling features' indices, in spellingKeys' order (known after the first name's). */
let SPELLING_AT: readonly number[] | undefined;

/**
 * The feature vector of a name (ALL_FEATURES order; rule features 0 unless a rule proposed it).
 * `context: false` leaves the context features (CONTEXT_FEATURE_NAMES) at 0: weights that name
 * none of them do not need them (see scoreNames).
 */
export function featuresOf(c: NameCandidate, facts: NoteFacts, context = true, withProse = context, withSubject = withProse): number[] {
  // (written in place by each feature's index, FEATURE_AT: no Map of names per candidate)
  const f: number[] = new Array<number>(ALL_FEATURES.length).fill(0);
  const set = (k: string, v: number | boolean): void => {
    const i = FEATURE_AT.get(k);
    if (i !== undefined) f[i] = Number(v);
  };
  const occ = c.occurrences;
  // perf82: the first features (FIRST_FEATURES, BASE_FEATURES' first places) read in one pass over the
  // occurrences and written by their constant indices, in the order they were set one by one
  // (each a pass of its own with a closure: a fifth of featuresOf's allocation); the values are the same.
  const units = new Set<number>();
  let firstUnit = Infinity;
  let depth = 9;
  let heading = false, headingWhole = false, bold = false, code = false, gloss = false, quoted = false, opener = false;
  let cell = false, opensUnit = false, listItem = false, listOpener = false;
  let cueCopula = false, cuePurpose = false, cueColon = false, cueParen = false, cueDash = false, naming = false, subject = false;
  let genitives = 0, cueCount = 0;
  let boldCue = false, codeCue = false, subjectCue = false, openerCue = false, glossCue = false;
  // (perf66: what each occurrence's words before and after say, tested once, not once per feature that asks)
  const cues: Cues[] = new Array<Cues>(occ.length);
  for (let i = 0; i < occ.length; i++) {
    const o = occ[i]!;
    const q = (cues[i] = cuesOf(o));
    units.add(o.unit);
    if (o.unit < firstUnit) firstUnit = o.unit;
    const prose = o.form !== 'heading';
    if (!prose) {
      heading = true;
      const d = o.depth ?? 9;
      if (d < depth) depth = d;
    }
    if (o.wholeHeading === true) headingWhole = true;
    if (o.form === 'bold') bold = true;
    if (o.form === 'code') code = true;
    if (o.gloss !== undefined) gloss = true;
    if (o.form === 'quoted') quoted = true;
    if (o.form === 'opener') opener = true;
    if (o.form === 'cell') cell = true;
    if (o.opensUnit && prose) opensUnit = true;
    if (o.inListItem) {
      listItem = true;
      if (o.opensUnit && prose) listOpener = true;
    }
    const cue = q.copula || q.purpose || q.colon || q.dash;
    if (o.form === 'bold' && cue) boldCue = true;
    if (o.form === 'code' && cue) codeCue = true;
    if (!prose) continue;
    if (q.copula) cueCopula = true;
    if (q.purpose) cuePurpose = true;
    if (q.colon) cueColon = true;
    if (q.paren) cueParen = true;
    if (q.dash) cueDash = true;
    if (q.naming) naming = true;
    if (q.subject && !q.genitive) subject = true;
    if (q.genitive) genitives++;
    if (q.copula || q.purpose || q.colon) cueCount++;
    if (q.subject && cue) subjectCue = true;
    if (o.opensUnit && cue) openerCue = true;
    if (!glossCue && o.gloss !== undefined && (cue || GLOSS_CUE_AFTER.test(o.after))) glossCue = true;
  }
  f[0] = 1; // bias
  f[1] = log1(occ.length); // mentions
  f[2] = log1(units.size); // units
  f[3] = log1(c.plainMentions); // plain-mentions
  f[4] = occ.length > 0 ? firstUnit / facts.units : 1; // first-position
  f[5] = Number(heading);
  f[6] = Number(headingWhole); // heading-whole
  f[7] = Number(depth === 2); // heading-h2
  f[8] = Number(depth === 3); // heading-h3
  f[9] = Number(depth >= 4 && depth < 9); // heading-h4
  f[10] = Number(bold);
  f[11] = Number(code);
  f[12] = Number(gloss);
  f[13] = Number(quoted);
  f[14] = Number(opener);
  f[15] = Number(cell); // table-cell
  f[16] = Number(opensUnit); // opens-unit
  f[17] = Number(listItem); // list-item
  f[18] = Number(cueCopula); // cue-copula
  f[19] = Number(cuePurpose); // cue-purpose
  f[20] = Number(cueColon); // cue-colon
  f[21] = Number(cueParen); // cue-paren
  f[22] = Number(cueDash); // cue-dash
  f[23] = Number(naming); // naming-before
  f[24] = Number(subject); // subject
  f[25] = genitives / Math.max(1, occ.length); // genitive-after
  f[26] = log1(cueCount); // cue-count
  f[27] = Number(boldCue); // bold-cue
  f[28] = Number(codeCue); // code-cue
  f[29] = Number(subjectCue); // subject-cue
  f[30] = Number(openerCue); // opener-cue
  f[31] = Number(glossCue); // gloss-cue
  f[32] = Number(listOpener); // list-opener
  f[33] = Number(cell); // cell-cue
  const name = c.name;
  const spelling = spellingFeatures(name);
  const spellingAt = (SPELLING_AT ??= spellingKeys!.map((k) => FEATURE_AT.get(k) ?? -1));
  for (let i = 0; i < spelling.values.length; i++) if (spellingAt[i]! >= 0) f[spellingAt[i]!] = spelling.values[i]!;
  set('yaml-key', facts.yamlKeys.has(spelling.word.toLowerCase()));
  set('in-title', facts.title.includes(c.key));
  if (context) {
    contextFeatures(occ, set, facts, (EXPLAINING_AT ??= EXPLAINING_FEATURES.map((k) => FEATURE_AT.get(k)!)).some((i) => (f[i] ?? 0) > 0), spelling.apiKind, units.size);
    const cueAt = new Map<Occurrence, Cues>();
    for (let i = 0; i < occ.length; i++) cueAt.set(occ[i]!, cues[i]!);
    const explains = (o: Occurrence): boolean => {
      if (o.form === 'heading') return false;
      const q = cueAt.get(o) ?? cuesOf(o);
      return q.copula || q.purpose || q.colon || q.dash || q.naming;
    };
    setAll(set, writingFeatures(occ, c.name, (o) => explains(o as Occurrence)));
    if (withProse) setAll(set, proseFeatures(occ, c.name, f[YAML_KEY_AT]! > 0));
  }
  for (let i = 0; i < RULE_FAMILIES.length; i++) f[RULE_AT[i]!] = Number(c.rules.has(RULE_FAMILIES[i]!));
  // (rules25: the conjunctions read the features above, the prose ones among them; never a rule family)
  if (context && withProse) {
    const topics = topicFeatures(f, (k) => FEATURE_AT.get(k));
    for (let i = 0; i < topics.length; i++) set(TOPIC_FEATURES[i]!, topics[i]!);
  }
  if (context && withSubject && facts.subject) setAll(set, subjectFeatures(occ, c.key, c.name, facts.subject()));
  return f;
}

/** Each value of `values` set by its name, in the object's order (as `Object.entries` gives them). */
function setAll(set: (k: string, v: number | boolean) => void, values: Readonly<Record<string, number>>): void {
  for (const k in values) set(k, values[k]!);
}

// ---- scoring ----------------------------------------------------------------------------------

export interface DefinerWeights {
  /** Feature names, in order. */
  features: string[];
  weights: number[];
  /** A name scoring at least this is read as explained. */
  threshold: number;
  /** A rule candidate scoring below this is dropped (veto mode). */
  vetoThreshold: number;
  /** Features of which a learned name needs one (explainedSomewhere); EXPLAINING_FEATURES when absent. */
  evidence?: string[];
  /**
   * learn4: features of which an unknown key of the note's YAML (unknownYamlKey) needs one, besides
   * `evidence`, to be added (never when absent): a key the note sets and its prose writes about.
   */
  yamlKeyEvidence?: string[];
  /** What training said (sets, L2, iterations). */
  trained?: Record<string, unknown>;
  /**
   * A second scorer read beside this one (hybrid): trained on every candidate, it scores the rule
   * candidates (their `score`, rules13's keyword band) and adds the names it accepts; this one,
   * trained only on names no rule proposed, adds the names it accepts too.
   */
  companion?: DefinerWeights;
  /**
   * For a companion: features of which a name it accepts needs one to be added (any name when
   * absent). The shipped companion adds only names of the API (`api-kind`, `api-field`): kinds and
   * fields a note explains in prose, which `new` was not trained to add (docs/miner.md, "The
   * sixteenth session").
   */
  adds?: string[];
}

export type DefinerMode = 'off' | 'union' | 'veto' | 'alone';

export interface DefinerConfig {
  mode: DefinerMode;
  weights: DefinerWeights;
}

const SHIPPED: DefinerWeights = weightsFile as DefinerWeights;
/** What the build runs: the shipped weights, in the mode the training chose (definer-weights.json `mode`). */
let current: DefinerConfig = { mode: ((weightsFile as { mode?: DefinerMode }).mode ?? 'off'), weights: SHIPPED };
/** Called for every note when set (training and benchmarks). */
let collector: ((file: string, cands: { cand: NameCandidate; features: number[] }[]) => void) | undefined;

/** Use other weights or another mode (training, cross-validation); `undefined` restores the shipped ones. */
export function setDefiner(cfg: DefinerConfig | undefined): void {
  current = cfg ?? { mode: ((weightsFile as { mode?: DefinerMode }).mode ?? 'off'), weights: SHIPPED };
}
export function definerConfig(): DefinerConfig {
  return current;
}
export function setDefinerCollector(fn: typeof collector): void {
  collector = fn;
}
export function definerCollector(): typeof collector {
  return collector;
}

export const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

const columns = new WeakMap<DefinerWeights, number[]>();
/** Each weight's feature's index in ALL_FEATURES (-1 for a feature no longer computed), per weights. */
function featureColumns(w: DefinerWeights): number[] {
  let cols = columns.get(w);
  if (!cols) {
    cols = w.features.map((f) => ALL_FEATURES.indexOf(f));
    columns.set(w, cols);
  }
  return cols;
}

/** The probability a name is explained, with each feature's contribution (weight × value). */
export function scoreFeatures(x: readonly number[], w: DefinerWeights): { p: number; contributions: { feature: string; value: number }[] } {
  let z = 0;
  const contributions: { feature: string; value: number }[] = [];
  const cols = featureColumns(w);
  for (let i = 0; i < w.features.length; i++) {
    const xi = cols[i]! >= 0 ? x[cols[i]!] ?? 0 : 0;
    const v = xi * (w.weights[i] ?? 0);
    z += v;
    if (v !== 0) contributions.push({ feature: w.features[i]!, value: v });
  }
  contributions.sort((a, b) => Math.abs(b.value) - Math.abs(a.value) || a.feature.localeCompare(b.feature));
  return { p: sigmoid(z), contributions };
}

/** scoreFeatures' probability alone (the same sum in the same order), without the contributions. */
function scoreOf(x: readonly number[], w: DefinerWeights): number {
  let z = 0;
  const cols = featureColumns(w);
  for (let i = 0; i < w.features.length; i++) z += (cols[i]! >= 0 ? x[cols[i]!] ?? 0 : 0) * (w.weights[i] ?? 0);
  return sigmoid(z);
}

/** `p 0.91: +2.10 cue-colon, +1.30 bold, −0.80 english-word` (for --explain). */
export function describeScore(s: { p: number; contributions: { feature: string; value: number }[] }, top = 5): string {
  const parts = s.contributions.filter((c) => c.feature !== 'bias').slice(0, top).map((c) => `${c.value >= 0 ? '+' : '−'}${Math.abs(c.value).toFixed(2)} ${c.feature}`);
  return `p ${s.p.toFixed(2)}: ${parts.join(', ')}`;
}

// ---- candidates for the resolver ---------------------------------------------------------------

export interface ScoredName {
  cand: NameCandidate;
  features: number[];
  p: number;
  /** The companion scorer's p (DefinerWeights.companion), when the weights have one. */
  p2?: number;
  why: string;
}

/** How strongly an occurrence looks like the place a name is explained (the passage to show). */
function occurrenceStrength(o: Occurrence): number {
  let s = 0;
  if (o.wholeHeading) s += 4;
  // a heading that names it among other words (`tmpfs 和内存里的 emptyDir`) opens the section about it
  else if (o.form === 'heading') s += 2;
  if (o.form !== 'heading' && (COLON_AFTER.test(o.after) || COPULA_AFTER.test(o.after))) s += 3;
  if (o.form !== 'heading' && PURPOSE_AFTER.test(o.after)) s += 2;
  if (o.opensUnit) s += 1;
  if (o.form === 'bold' || o.gloss !== undefined) s += 1;
  return s;
}

/**
 * rules9 (s20): a built-in API kind (`Deployment`, `Service`, `PersistentVolumeClaim`) is named in passing in
 * almost every note: in a table's cell, a question heading (`## 为什么 Deployment 跑不了数据库？`), a
 * sentence about something else. The scorer reads how a name is written around it, and for these
 * names that way of writing is mostly mention. So the learned path admits a built-in kind only where
 * the writer sets it off somewhere in the note (SET_OFF): a gloss (`**PodDisruptionBudget（PDB）**`),
 * bold, or a heading that is not a question. (Audit of later sets: learned → api-kind 7 right, 8 wrong.)
 */
const SET_OFF: readonly ((o: Occurrence) => boolean)[] = [
  (o) => o.gloss !== undefined,
  (o) => o.form === 'bold',
  (o) => o.form === 'heading' && !/[？?]\s*$/u.test(toString(o.block)),
];
export function knownKindInPassing(c: Pick<NameCandidate, 'name' | 'occurrences'>): boolean {
  return kindNamed(c.name) !== undefined && !c.occurrences.some((o) => SET_OFF.some((f) => f(o)));
}

/**
 * rules9 (s20): names the learned path does not admit (the rules still read them where a note explains
 * them: a bold label, a table of fields, a heading). Each entry: its name for the docs and the test.
 * (Tried and not kept: the keys every manifest has, object-keys.ts BOILERPLATE_KEYS — 7 false
 * positives fewer on the design sets, but 4 labels lost there and 4 on the out-of-sample sets.)
 */
export const NOT_LEARNED: readonly { name: string; test: (c: Pick<NameCandidate, 'name' | 'occurrences'>) => boolean }[] = [
  // `Deployment`, `namespace`: a built-in kind (any spelling) named only in passing (SET_OFF)
  { name: 'known-kind-in-passing', test: knownKindInPassing },
  // subject29: `evictionHard（比如 100Mi）`: a name the note writes only with an example, default or unit aside (aside-words.ts)
  { name: 'aside-in-passing', test: (c) => namedOnlyWithAside(c.occurrences) },
  // rules44: `| resources | 容器 | requests（调度依据）+ limits |`: a name written only in a row's later cells (namedOnlyInLaterCells)
  { name: 'later-cell-only', test: (c) => namedOnlyInLaterCells(c.occurrences) },
  // rules45: `改完 apiserver 会自己重启`: a cluster component named only in passing (knownComponentInPassing)
  { name: 'known-component-in-passing', test: (c) => knownComponentInPassing(c) },
];

/**
 * rules45 (forty-fifth session): a cluster component or tool of label-rules.ts CLUSTER_COMPONENTS (`apiserver`,
 * `kube-apiserver`, `kubelet`, `containerd`, `kubeadm` …) that the note names only in passing — never glossed, set in
 * bold or given a heading that is no question (SET_OFF, as knownKindInPassing) — is the machinery a step runs on, not
 * what the note explains. Over the 131 dev sets (the retrained weights, docs/miner.md "rules45"), the learned path's
 * concepts named so were 7 false positives in 5 sets (`apiserver`: after a restart, an upgrade step, an audit
 * finding) and no label; with any `kube-…` spelling (component-names.ts isComponent) one label more was lost, dev103's
 * `kube-node-lease` (a namespace). The rules still read a component a note sets out (`**kube-apiserver**：…`,
 * `## kubelet`, `调度器（kube-scheduler）`).
 */
export function knownComponentInPassing(c: Pick<NameCandidate, 'name' | 'occurrences'>): boolean {
  return CLUSTER_COMPONENTS.has(normKey(c.name)) && !c.occurrences.some((o) => SET_OFF.some((f) => f(o)));
}

/**
 * rules44: a name the note writes only inside table cells that are not their row's first (`| resources | 容器 |
 * requests（调度依据）+ limits |`, `| 内存 | … | cgroup 内存上限（memory.max） |`, `| updateStrategy | RollingUpdate（…）或
 * OnDelete |`): a detail of the row the first cell names, never set out by itself. Over the 128 dev sets at a6ced028
 * (and dev126–128 with the retrained weights), the learned path's concepts made only from such names were 16 false
 * positives in 12 sets and 3 labels in 2 (dev28's `resourceRules`, dev42's `runAsNonRoot` and its draft).
 */
export function namedOnlyInLaterCells(occurrences: readonly Pick<Occurrence, 'laterCell'>[]): boolean {
  return occurrences.length > 0 && occurrences.every((o) => o.laterCell === true);
}

const FORM_OF: Record<OccurrenceForm, Candidate['form']> = { heading: 'heading', bold: 'bold', code: 'code', gloss: 'text', opener: 'text', cell: 'table', quoted: 'text', text: 'text' };

/** A candidate for the resolver (rule `learned`) from a name the scorer accepted. */
export function learnedCandidate(s: ScoredName, outline: Outline, file: string): Candidate | undefined {
  const occ = s.cand.occurrences;
  if (occ.length === 0) return undefined;
  let best = occ[0]!;
  for (const o of occ) if (occurrenceStrength(o) > occurrenceStrength(best)) best = o;
  const section = outline.sectionOf.get(best.block) ?? sectionAt(outline.sections, best.at.line);
  // a heading's passage is its section (the heading alone when the section is empty)
  const fromSection = best.form === 'heading' && section.blocks.length > 0;
  const blocks = fromSection ? section.blocks.slice(0, 6) : [best.block];
  const endLine = blocks.reduce((e, b) => Math.max(e, b.position?.end.line ?? e), best.at.line);
  const aliases = [...new Set(occ.filter((o) => o.glossNotName !== true).map((o) => o.gloss).filter((g): g is string => g !== undefined && normKey(g) !== s.cand.key))];
  return {
    rule: 'learned',
    // (rules41: `tc（traffic control）hook` names `tc hook`, as the rules read it: definitions.ts unglossedInside)
    label: unglossedInside(s.cand.name),
    form: FORM_OF[best.form],
    at: fromSection ? section.at : { file, line: best.at.line, column: best.at.column },
    section,
    blocks,
    endLine,
    newTerm: true,
    aliases,
    evidence: s.why,
  };
}

const CONTEXT_FEATURES: ReadonlySet<string> = new Set([...CONTEXT_FEATURE_NAMES, ...WRITING_FEATURES, ...PROSE_FEATURES, ...TOPIC_FEATURES]);
// (rules25: the topic conjunctions read prose features, so weights that weigh them need those computed)
const PROSE_SET: ReadonlySet<string> = new Set([...PROSE_FEATURES, ...TOPIC_FEATURES, ...SUBJECT_FEATURES]);
const usesProse = new WeakMap<DefinerWeights, boolean>();
/** Whether scoring with `w` reads one of learn4's prose features (they are computed only then, or for a collector). */
function needsProse(w: DefinerWeights): boolean {
  let v = usesProse.get(w);
  if (v === undefined) usesProse.set(w, (v = [...w.features, ...(w.evidence ?? []), ...(w.yamlKeyEvidence ?? [])].some((f) => PROSE_SET.has(f))));
  return v;
}
const SUBJECT_SET: ReadonlySet<string> = new Set(SUBJECT_FEATURES);
const usesSubject = new WeakMap<DefinerWeights, boolean>();
/** Whether scoring with `w` reads one of subject28's features (subject-features.ts). */
function needsSubject(w: DefinerWeights): boolean {
  let v = usesSubject.get(w);
  if (v === undefined) usesSubject.set(w, (v = [...w.features, ...(w.evidence ?? []), ...(w.yamlKeyEvidence ?? [])].some((f) => SUBJECT_SET.has(f))));
  return v;
}
const usesContext = new WeakMap<DefinerWeights, boolean>();
/** Whether scoring with `w` reads a context feature (as a weight or as evidence). */
function needsContext(w: DefinerWeights): boolean {
  let v = usesContext.get(w);
  if (v === undefined) usesContext.set(w, (v = [...w.features, ...(w.evidence ?? []), ...(w.yamlKeyEvidence ?? [])].some((f) => CONTEXT_FEATURES.has(f))));
  return v;
}

/**
 * Score the names of a note. The context features are computed only when the weights use them or
 * a collector (training, the cross-validation) takes the whole vectors. The weights shipped
 * before learn2 (recipe `nine`, now the companion) used none; recipe `new` weighs them (docs/miner.md
 * "learn2" gives the cost), other weights may not, and then computing them would be work for nothing.
 * With a companion (recipe `hybrid`) the features are computed once and both models score them.
 */
export function scoreNames(cands: Map<string, NameCandidate>, facts: NoteFacts, w: DefinerWeights): ScoredName[] {
  const out: ScoredName[] = [];
  const context = collector !== undefined || needsContext(w) || (w.companion !== undefined && needsContext(w.companion));
  const prose = collector !== undefined || needsProse(w) || (w.companion !== undefined && needsProse(w.companion));
  // (subject28's features: only for a collector or weights that name one, not for the shipped weights)
  const subject = prose && (collector !== undefined || needsSubject(w) || (w.companion !== undefined && needsSubject(w.companion)));
  const c2 = w.companion;
  for (const cand of cands.values()) {
    const features = featuresOf(cand, facts, context, prose, subject);
    const p = scoreOf(features, w);
    const p2 = c2 ? scoreOf(features, c2) : undefined;
    // (`why` is read only for the names the scorer accepts, learnedCandidate: described when asked;
    // a name only the companion accepts is described by the companion)
    const by = c2 && p < w.threshold && p2! >= c2.threshold ? c2 : w;
    out.push({ cand, features, p, p2, get why() { return describeScore(scoreFeatures(features, by)); } });
  }
  return out;
}

/**
 * Features that say a name is explained somewhere in the note, not only used: a heading of its
 * own, a gloss, a naming verb before it, or a defining word right after it in its sentence
 * (是/指/用来/：/（…）/——). A name with none of them (`另外还有一个 **matchPolicy**，我们没用过`,
 * a key of the example named in passing) is not added by the scorer, however its shape scores.
 */
export const EXPLAINING_FEATURES: readonly string[] = ['heading', 'gloss', 'naming-before', 'cue-copula', 'cue-purpose', 'cue-colon', 'cue-paren', 'cue-dash'];
/**
 * learn3: further evidence of an explanation, from the way a writer goes on about a name in running
 * prose (recipe `new`, shipped inside `hybrid`, admits a name with these too: scripts/train-definer.mjs): the name
 * is the instrument of its clause (`用 X 把…`, `通过 X 控制…`: context feature `instrument`), it opens
 * its clause as the subject of what follows (`X 在云端装控制面`, `clause-subject`), or the next
 * sentence goes on about it (`…X。它默认…`, `w-takes-up`). Over dev45 … dev56, 290 of the 794 labels
 * the miner missed (alone) were names the scorer saw but could not add for want of evidence
 * (`node bench/miner-misses.mjs --buckets`); the model still decides, at a higher threshold.
 */
export const WRITING_EVIDENCE: readonly string[] = ['instrument', 'clause-subject', 'w-takes-up'];
const evidenceColumns = new WeakMap<readonly string[], number[]>();

/** `evidence`: the features that count (the weights file's `evidence`, EXPLAINING_FEATURES when it has none). */
export function explainedSomewhere(features: readonly number[], evidence: readonly string[] = EXPLAINING_FEATURES): boolean {
  let cols = evidenceColumns.get(evidence);
  if (!cols) {
    cols = evidence.map((f) => ALL_FEATURES.indexOf(f));
    evidenceColumns.set(evidence, cols);
  }
  return cols.some((i) => i >= 0 && (features[i] ?? 0) > 0);
}

const YAML_KEY = ALL_FEATURES.indexOf('yaml-key');
const API_FIELD = ALL_FEATURES.indexOf('api-field');

/**
 * A key of the note's own YAML that no API or configuration kind has (`imagePullPolicyy`, a typo
 * the YAML check already reports; a custom resource's key, which the rules read with its owner)
 * is not made a new term by the scorer.
 */
export function unknownYamlKey(features: readonly number[]): boolean {
  return (features[YAML_KEY] ?? 0) > 0 && (features[API_FIELD] ?? 0) === 0;
}

const MENTIONS = ALL_FEATURES.indexOf('mentions');
const API_KIND = ALL_FEATURES.indexOf('api-kind');
const ACRONYM = ALL_FEATURES.indexOf('acronym');
const LATIN = ALL_FEATURES.indexOf('latin');

/**
 * How often a note may use a kind of the API, written out, before the kind is the note's
 * vocabulary rather than a name it explains (rules19). Over the 32 dev sets, of the kinds written
 * out that the shipped scorer added (no rule proposed them), those a chapter uses fewer than four
 * times were labelled 9 times of 12, four to nine times 2 of 4, ten times or more none of 19
 * (`Pod` 30–48 times in chapters about scheduling or QoS, `Service` 15 times in one about DNS:
 * among thirty sentences about Pods, one saying what a Pod does reads as an explanation). An
 * acronym of a kind (`PVC`, `SA`, `DS`) is introduced by the note however often it is used (all
 * 23 the scorer added were labelled), so it is not counted here.
 */
export const FREQUENT_KIND_MENTIONS = 10;

/** A kind of the API written out (`Pod`, `Service`, not `PVC`) that the note uses FREQUENT_KIND_MENTIONS times or more. */
export function kindUsedThroughout(features: readonly number[]): boolean {
  if ((features[API_KIND] ?? 0) === 0 || (features[LATIN] ?? 0) === 0 || (features[ACRONYM] ?? 0) > 0) return false;
  return Math.round(Math.expm1(features[MENTIONS] ?? 0)) >= FREQUENT_KIND_MENTIONS;
}

/**
 * Whether the scorer may add a name no rule proposed (union and keyword candidates): explained
 * somewhere, not an unknown key of the note's YAML, not a kind the note uses throughout.
 * `yamlKeyEvidence` (learn4, a weights file's `yamlKeyEvidence`): an unknown key of the note's YAML
 * may be added too when one of these features fires (a key the note sets and its prose explains).
 */
export function learnable(features: readonly number[], evidence?: readonly string[], yamlKeyEvidence?: readonly string[]): boolean {
  if (!explainedSomewhere(features, evidence) || kindUsedThroughout(features)) return false;
  return !unknownYamlKey(features) || (yamlKeyEvidence !== undefined && writtenAsKey(features) && explainedSomewhere(features, yamlKeyEvidence));
}

const PASCAL = ALL_FEATURES.indexOf('pascal-case');
/**
 * learn4: a name written as a key is written (`portLevelMtls`, `spec.pxc.autoRecovery`), not
 * capitalised: `Kafka` in a note whose YAML sets `kafka:` is the kind (or the product), not the key
 * (the YAML keys are compared lower-cased, noteFacts).
 */
function writtenAsKey(features: readonly number[]): boolean {
  return (features[PASCAL] ?? 0) === 0 && (features[ACRONYM] ?? 0) === 0;
}

/**
 * The score at which a name that concept notes list as a keyword is a concept of its own (rules13):
 * a keyword is prior evidence, worth about 0.85 in log-odds (the threshold's 0.5 is logit 0, 0.3 is
 * logit −0.85). Chosen on the twenty-six dev sets next to the bundled content (docs/miner.md,
 * rules13): above it two of three names made so are labelled, below it fewer than one of two.
 */
export const KEYWORD_THRESHOLD = 0.3;

/**
 * The candidates the mine stage resolves, given the rules' and the scores:
 *   union  the rules' candidates, and a `learned` one for each accepted name no rule proposed;
 *   veto   the same, without the rule candidates whose name scores under `vetoThreshold`;
 *   alone  only accepted names (a rule's candidate when a rule proposed the name: its passage and
 *          owner are better; else a `learned` one).
 * `scored` must come from scoreNames with `cfg.weights` (it computes the features those weights read).
 */
export function combineCandidates(rules: readonly Candidate[], scored: readonly ScoredName[], cfg: DefinerConfig, outline: Outline, file: string): Candidate[] {
  if (cfg.mode === 'off') return [...rules];
  const w = cfg.weights;
  const byKey = new Map(scored.map((s) => [s.cand.key, s]));
  const keep = (c: Candidate): boolean => {
    if (cfg.mode === 'union') return true;
    const s = byKey.get(normKey(ruleName(c)));
    if (!s) return true;
    return cfg.mode === 'veto' ? s.p >= w.vetoThreshold : s.p >= w.threshold;
  };
  // (rules13) a rule's candidate that names only known things carries its name's score: a keyword
  // of concept notes makes it a concept only at KEYWORD_THRESHOLD or above (resolve.ts keywordEvidence)
  const c2 = w.companion;
  const out = rules.filter(keep).map((c): Candidate => {
    const s = c.newTerm ? undefined : byKey.get(normKey(ruleName(c)));
    return s ? { ...c, score: s.p2 ?? s.p } : c;
  });
  const byNew = (s: ScoredName) => s.p >= w.threshold && learnable(s.features, w.evidence, w.yamlKeyEvidence);
  const byOld = (s: ScoredName) => c2 !== undefined && s.p2! >= c2.threshold && learnable(s.features, c2.evidence) && (c2.adds === undefined || explainedSomewhere(s.features, c2.adds));
  const unruled = scored.filter((s) => s.cand.rules.size === 0);
  const explained = c2 ? unruled.filter((s) => learnable(s.features, c2.evidence)) : unruled.filter((s) => learnable(s.features, w.evidence));
  const learned = unruled
    .filter((s) => byNew(s) || byOld(s))
    .filter((s) => !NOT_LEARNED.some((r) => r.test(s.cand)))
    .map((s) => learnedCandidate(s, outline, file))
    .filter((c): c is Candidate => c !== undefined)
    .sort((a, b) => a.at.line - b.at.line || a.at.column - b.at.column);
  // (rules13) a name explained somewhere that scores under the threshold: a concept only where
  // concept notes list it as a keyword (the resolver decides, with the graph: resolve.ts keywordEvidence)
  const weak = explained
    .filter((s) => !byNew(s) && !byOld(s) && (s.p2 ?? s.p) >= KEYWORD_THRESHOLD)
    .map((s) => learnedCandidate(s, outline, file))
    .filter((c): c is Candidate => c !== undefined)
    .map((c): Candidate => ({ ...c, rule: 'learned-keyword', newTerm: false, keywordOnly: true }))
    .sort((a, b) => a.at.line - b.at.line || a.at.column - b.at.column);
  // fix29: a field joined to an accepted sibling field (`postStart 和 preStop`) is taken with it (joined-siblings.ts)
  const taken = new Set([...out, ...learned].map((c) => normKey(ruleName(c))));
  const joined = unruled
    .filter((s) => learnable(s.features, w.evidence, w.yamlKeyEvidence) && !byNew(s) && !byOld(s) && !taken.has(s.cand.key) && takesJoined(s.cand.name, s.cand.occurrences) && s.cand.occurrences.some((o) => joinedNames(o).some((n) => taken.has(normKey(n)) && siblingFields(n, s.cand.name))))
    .map((s) => learnedCandidate(s, outline, file))
    .filter((c): c is Candidate => c !== undefined)
    .map((c): Candidate => ({ ...c, rule: JOINED_SIBLING_RULE.name }));
  const joinedKeys = new Set(joined.map((c) => normKey(c.label)));
  return [...out, ...learned, ...joined, ...weak.filter((c) => !joinedKeys.has(normKey(c.label)))];
}
