/**
 * Free-form chapter notes: find the passages that define or explain a concept.
 * - A heading (## to ####) naming a known concept: the blocks under it (to the next heading).
 * - A bold definition at the start of a paragraph (`**HostAliases：**定义了…`, `**PV**：描述…`,
 *   `**Pod** 是…`, or a paragraph that is only a bold term): that paragraph and the code
 *   blocks, lists, tables and quotes right after it in the same container (up to the next
 *   paragraph, heading or rule).
 * Known concepts are matched by name (see NameIndex); a clear new bold term in colon form
 * becomes a new `term` concept; generic labels (WHAT, 注意, 例如…) are skipped.
 */
import type { Heading as MdHeading, Paragraph, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { SourceRef } from './model.ts';
import { isClearTerm, isGenericLabel, nameCandidates, stripColon } from './labels.ts';

export interface Passage {
  conceptId: string;
  /** The heading the passage sits under (or is), plain text. */
  heading?: string;
  at: SourceRef;
  /** Last line of the passage. */
  endLine: number;
  /** Blocks to render as the excerpt. */
  blocks: RootContent[];
}

export interface MiningContext {
  file: string;
  /** The note's own concept (from its title), used to rank ambiguous names. */
  branch?: string;
  lookup(candidates: string[]): string | undefined;
  /** Create a `term` concept for a new bold term; returns its id. */
  createTerm(label: string, at: SourceRef): string;
}

const MAX_DEFINITION_BLOCKS = 6;
const MAX_SECTION_BLOCKS = 12;

/** Names for the note as a whole: its first `#` heading, else the given title, else the file name. */
export function noteTitleCandidates(tree: Root, fileStem: string, title?: string): string[] {
  const h1 = tree.children.find((n): n is MdHeading => n.type === 'heading' && n.depth === 1);
  const out: string[] = [];
  if (h1) out.push(...nameCandidates(toString(h1)));
  if (title) out.push(...nameCandidates(title));
  out.push(...nameCandidates(fileStem));
  return out;
}

export function minePassages(tree: Root, ctx: MiningContext): Passage[] {
  const passages: Passage[] = [];
  scan(tree.children, ctx, passages, { text: undefined }, true);
  return passages;
}

interface HeadingState {
  text: string | undefined;
}

function startOf(n: RootContent, file: string): SourceRef {
  return { file, line: n.position?.start.line ?? 1, column: n.position?.start.column ?? 1 };
}

function endLineOf(nodes: RootContent[], fallback: number): number {
  let end = fallback;
  for (const n of nodes) end = Math.max(end, n.position?.end.line ?? end);
  return end;
}

interface DefinitionLabel {
  label: string;
  /** `**Term：**` or `**Term**：` — the form that may create a new term. */
  colonForm: boolean;
}

/** The bold label a paragraph opens with when it reads as a definition. */
export function definitionLabel(p: Paragraph): DefinitionLabel | undefined {
  const first = p.children[0];
  if (!first || first.type !== 'strong') return undefined;
  const label = toString(first).trim();
  if (label === '') return undefined;
  const next = p.children[1];
  const after = next && next.type === 'text' ? next.value : '';
  const colonInside = /[:：]\s*$/.test(label);
  const colonAfter = /^\s*[:：]/.test(after);
  const only = p.children.length === 1 || (p.children.length === 2 && after.trim() === '');
  const copula = /^\s*(是|指|就是|即|表示|用于|用来|——|—|-|–|is\b|are\b|means\b|refers to\b)/.test(after);
  if (!colonInside && !colonAfter && !only && !copula) return undefined;
  return { label: stripColon(label), colonForm: colonInside || colonAfter };
}

function isDefinitionBlock(n: RootContent): boolean {
  return n.type === 'paragraph' && definitionLabel(n) !== undefined;
}

function scan(nodes: RootContent[], ctx: MiningContext, out: Passage[], heading: HeadingState, top: boolean): void {
  for (let i = 0; i < nodes.length; i++) {
    const n = nodes[i]!;
    if (n.type === 'heading') {
      const text = toString(n).trim();
      if (top) heading.text = n.depth === 1 ? undefined : text;
      if (n.depth < 2 || n.depth > 4 || isGenericLabel(text)) continue;
      const id = ctx.lookup(nameCandidates(text));
      if (!id) continue;
      const blocks: RootContent[] = [];
      for (let j = i + 1; j < nodes.length && blocks.length < MAX_SECTION_BLOCKS; j++) {
        const b = nodes[j]!;
        if (b.type === 'heading') break;
        blocks.push(b);
      }
      if (blocks.length === 0) continue;
      const at = startOf(n, ctx.file);
      out.push({ conceptId: id, heading: text, at, endLine: endLineOf(blocks, at.line), blocks });
      continue;
    }
    if (n.type === 'paragraph') {
      const def = definitionLabel(n);
      if (!def || isGenericLabel(def.label)) continue;
      let id = ctx.lookup(nameCandidates(def.label));
      const at = startOf(n, ctx.file);
      if (!id && def.colonForm && isClearTerm(def.label)) id = ctx.createTerm(def.label, at);
      if (!id) continue;
      // The definition and what illustrates it right after (code, a list, a table, a quote);
      // the next plain paragraph starts something else.
      const blocks: RootContent[] = [n];
      for (let j = i + 1; j < nodes.length && blocks.length < MAX_DEFINITION_BLOCKS; j++) {
        const b = nodes[j]!;
        if (b.type === 'heading' || b.type === 'thematicBreak' || b.type === 'paragraph') break;
        if (b.type === 'list' && listStartsWithDefinition(b)) break;
        blocks.push(b);
      }
      const p: Passage = { conceptId: id, at, endLine: endLineOf(blocks, at.line), blocks };
      if (heading.text !== undefined) p.heading = heading.text;
      out.push(p);
      continue;
    }
    if (n.type === 'list' || n.type === 'listItem' || n.type === 'blockquote') {
      scan(n.children as RootContent[], ctx, out, heading, false);
    }
  }
}

function listStartsWithDefinition(list: RootContent): boolean {
  if (list.type !== 'list') return false;
  const firstItem = list.children[0];
  const firstBlock = firstItem?.children[0];
  return firstBlock !== undefined && isDefinitionBlock(firstBlock);
}
