/**
 * The outline of a free-form note: its sections (a heading and the blocks up to the next
 * heading), nested (`###` under `##`), each with the API kinds its title names; and which
 * YAML fences sit in which section.
 */
import type { Heading as MdHeading, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { SourceRef } from '../model.ts';
import type { FenceAnalysis } from '../examples.ts';
import { kindNamed } from '../vocabulary/index.ts';
import { COMPONENT_CONFIG_KINDS, KIND_CHINESE_NAMES, KIND_CONTEXT_WORDS } from '../vocabulary/names.ts';
import { noteKinds, noteKindsIn } from './note-kinds.ts';

export interface Section {
  index: number;
  /** 0 for the text before the first heading (and the `#` title). */
  depth: number;
  /** Heading text ('' before the first heading). */
  title: string;
  at: SourceRef;
  heading?: MdHeading;
  parent?: Section;
  /** Top-level blocks up to the next heading. */
  blocks: RootContent[];
  endLine: number;
  /**
   * API kinds the title names (`PV 的状态` → PersistentVolume), the configuration kinds of the
   * components it names (componentKindsIn) and the note's own custom kinds it names (note-kinds.ts).
   */
  kinds: string[];
  fences: FenceAnalysis[];
}

export interface Outline {
  sections: Section[];
  /** The section a top-level block belongs to. */
  sectionOf: Map<RootContent, Section>;
  fences: FenceAnalysis[];
}

/** The Chinese kind names and context words with their kinds (kindsIn), listed once. */
const CHINESE_KIND_ENTRIES = Object.entries(KIND_CHINESE_NAMES);
const CONTEXT_WORD_ENTRIES = Object.entries(KIND_CONTEXT_WORDS);

/**
 * API kinds named in a piece of text: Latin words (`Pod`, `PVC`, `DaemonSet`), Chinese kind
 * names, and the Chinese words that name a kind as context (`节点` → Node; left out with
 * `contextWords: false`, where the kinds found are what the text is about, not its context).
 */
export function kindsIn(text: string, opts: { contextWords?: boolean } = {}): string[] {
  const out: string[] = [];
  const add = (k: string | undefined) => {
    if (k !== undefined && !out.includes(k)) out.push(k);
  };
  for (const m of text.normalize('NFKC').matchAll(/[A-Za-z][A-Za-z0-9]*(?:[ -][A-Z][A-Za-z0-9]*)*/g)) {
    const whole = kindNamed(m[0]);
    if (whole !== undefined) add(whole);
    // (perf66: a single word is the whole, already asked for)
    else if (/[ -]/.test(m[0])) for (const word of m[0].split(/[ -]/)) add(kindNamed(word));
  }
  for (const [zh, kind] of CHINESE_KIND_ENTRIES) if (text.includes(zh)) add(kind);
  if (opts.contextWords !== false) for (const [zh, kind] of CONTEXT_WORD_ENTRIES) if (text.includes(zh)) add(kind);
  return out;
}

/**
 * The configuration kinds of the components a heading names as a whole word (`## kubelet 的参数`
 * → KubeletConfiguration): a section about a component is about its configuration's fields. Only
 * headings: a sentence that mentions kubelet or kubeadm in passing is no such context.
 */
export function componentKindsIn(heading: string): string[] {
  const out: string[] = [];
  for (const [name, kinds] of Object.entries(COMPONENT_CONFIG_KINDS)) {
    if (new RegExp(`(?<![\\w.-])${name}(?![\\w.-])`).test(heading)) for (const k of kinds) if (!out.includes(k)) out.push(k);
  }
  return out;
}

export function outlineNote(tree: Root, file: string, fences: readonly FenceAnalysis[]): Outline {
  const sections: Section[] = [];
  const sectionOf = new Map<RootContent, Section>();
  const custom = noteKinds(fences);
  let current: Section = {
    index: 0, depth: 0, title: '', at: { file, line: 1, column: 1 }, blocks: [], endLine: 1, kinds: [], fences: [],
  };
  sections.push(current);
  const stack: Section[] = [current];
  for (const n of tree.children) {
    if (n.type === 'heading' && n.depth > 1) {
      while (stack.length > 1 && stack[stack.length - 1]!.depth >= n.depth) stack.pop();
      const title = toString(n).trim();
      current = {
        index: sections.length,
        depth: n.depth,
        title,
        at: { file, line: n.position?.start.line ?? 1, column: n.position?.start.column ?? 1 },
        heading: n,
        parent: stack[stack.length - 1],
        blocks: [],
        endLine: n.position?.end.line ?? 1,
        kinds: [...new Set([...kindsIn(title), ...componentKindsIn(title), ...noteKindsIn(title, custom)])],
        fences: [],
      };
      sections.push(current);
      stack.push(current);
      sectionOf.set(n, current);
      continue;
    }
    sectionOf.set(n, current);
    if (n.type !== 'heading') current.blocks.push(n);
    current.endLine = Math.max(current.endLine, n.position?.end.line ?? current.endLine);
  }
  for (const f of fences) {
    const s = sectionAt(sections, f.line);
    s.fences.push(f);
  }
  return { sections, sectionOf, fences: [...fences] };
}

/** The innermost section containing a line. */
export function sectionAt(sections: readonly Section[], line: number): Section {
  let found = sections[0]!;
  for (const s of sections) {
    if (s.at.line <= line) found = s;
    else break;
  }
  return found;
}

/** The section and its ancestors, innermost first. */
export function sectionChain(s: Section): Section[] {
  const out: Section[] = [];
  for (let cur: Section | undefined = s; cur; cur = cur.parent) out.push(cur);
  return out;
}
