/**
 * Obsidian comments `%%…%%` (inline, or a block over several lines): text the author keeps for
 * themself. Obsidian hides it in reading view and Obsidian Publish does not publish it, so here it
 * reaches no page, excerpt, search index or concept: the parse blanks it before anything reads the
 * note. Blanked with spaces (line breaks kept), so every position after it — diagnostics, the
 * miner's evidence, link places — still points at the line and column the author sees.
 *
 * `%%` inside code (a fence or a code span: `printf '%%'`) is text, not a comment mark. As in
 * Obsidian, a `%%` that is never closed hides the rest of the note; the parse warns about it
 * (`comment-unclosed`) so a stray `%%` does not silently eat a chapter.
 */
import type { Root } from 'mdast';
import { codeRanges } from './siyuan.ts';

export type CommentBlanking = {
  /** The note's text with every comment (its `%%` marks included) replaced by spaces. */
  body: string;
  /** Offset of a `%%` that opens a comment never closed (hidden to the end of the note). */
  unclosedAt?: number;
};

/** Offsets of the `%%` marks outside code, in order (a run `%%%%` is two marks). */
function marks(text: string, code: [number, number][]): number[] {
  const out: number[] = [];
  let c = 0;
  for (let i = text.indexOf('%%'); i !== -1; i = text.indexOf('%%', i)) {
    while (c < code.length && code[c]![1] <= i) c++;
    const inCode = c < code.length && code[c]![0] <= i;
    if (inCode) {
      i = code[c]![1];
      continue;
    }
    out.push(i);
    i += 2;
  }
  return out;
}

const blank = (s: string): string => s.replace(/[^\n]/g, ' ');

/**
 * The note's text without its comments, or `undefined` when it has none (the common case: one
 * `indexOf`). `tree` is the note parsed from `text` (it says where the code is).
 */
export function blankComments(text: string, tree: Root): CommentBlanking | undefined {
  if (!text.includes('%%')) return undefined;
  const at = marks(text, codeRanges(tree));
  if (at.length === 0) return undefined;
  let body = '';
  let last = 0;
  for (let k = 0; k < at.length; k += 2) {
    const open = at[k]!;
    const close = at[k + 1];
    const end = close === undefined ? text.length : close + 2;
    body += text.slice(last, open) + blank(text.slice(open, end));
    last = end;
  }
  body += text.slice(last);
  return at.length % 2 === 1 ? { body, unclosedAt: at[at.length - 1] } : { body };
}
