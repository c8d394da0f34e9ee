/**
 * Copies of a passage: people keep drafts and copies of a chapter, so the same passage (or the
 * same passage with a word changed) reaches a concept from several notes. It is shown once,
 * from the note that is not named like a draft (else the first by path), with "also in" the
 * other places.
 */
import type { RootContent } from 'mdast';
import type { Excerpt, ExcerptPlace, SourceRef } from './model.ts';
import { compareStrings } from './util.ts';

/**
 * The words that say "a draft or copy of another note", one table for file names (`DRAFT_NAME`)
 * and titles (`draftTitleBase`); a short Latin word counts only as a whole word (`bak`, `old`).
 */
const DRAFT_WORDS: readonly { word: string; wholeWord?: true }[] = [
  { word: '草稿' },
  { word: 'draft' },
  { word: '副本' },
  { word: '拷贝' },
  { word: 'copy' },
  { word: 'backup' },
  { word: 'bak', wholeWord: true },
  { word: '备份' },
  { word: '旧版' },
  { word: 'old', wholeWord: true },
];
const draftWordSource = DRAFT_WORDS.map(({ word, wholeWord }) => (wholeWord ? `\\b${word}\\b` : word)).join('|');

/** File names that say "a copy": 草稿, draft, 副本, copy, backup, 旧, old, `(2)` (`DRAFT_WORDS`). */
export const DRAFT_NAME = new RegExp(`${draftWordSource}|[(（]\\d+[)）]\\s*\\.[a-z]+$`, 'i');

/**
 * A title's closing remark that says it is a draft or copy (`DRAFT_WORDS`): in brackets
 * (`（草稿）`, `(draft)`, `【副本】`), after a space or dash (`- copy`), or right after Chinese (`…更新副本`).
 */
const DRAFT_TITLE_SUFFIX = new RegExp(
  `\\s*(?:[(（\\[【]\\s*(?:${draftWordSource})\\s*[)）\\]】]|(?:[\\s\\-_—·]+|(?<=\\p{Script=Han}))(?:${draftWordSource}))\\s*$`,
  'iu',
);

/**
 * The title a draft or copy was copied from: the title without a closing remark that says it is
 * a draft (`Deployment 和滚动更新（草稿）` → `Deployment 和滚动更新`); any other title as it is.
 */
export function draftTitleBase(title: string): string {
  const base = title.replace(DRAFT_TITLE_SUFFIX, '');
  return base.trim() === '' ? title : base;
}

/** Two passages with at least this share of character pairs in common are copies. */
export const COPY_SIMILARITY = 0.9;
/** Beyond this many excerpts only exact copies are looked for (pairs would cost too much). */
const MAX_FUZZY = 64;

type Ex = Excerpt & { blocks: RootContent[] };

/**
 * The character pairs of a text with their counts, a pair of UTF-16 units as one number (first
 * unit × 65,536 + second): the same pairs as two-unit substrings, without a string for each.
 */
function bigrams(s: string): Map<number, number> {
  const m = new Map<number, number>();
  for (let i = 0; i + 1 < s.length; i++) {
    const b = s.charCodeAt(i) * 65536 + s.charCodeAt(i + 1);
    m.set(b, (m.get(b) ?? 0) + 1);
  }
  return m;
}

/** Dice coefficient over character pairs (1 = identical). */
export function similarity(a: string, b: string, A = bigrams(a), B = bigrams(b)): number {
  if (a === b) return 1;
  if (a.length < 2 || b.length < 2) return 0;
  let common = 0;
  for (const [k, n] of A) common += Math.min(n, B.get(k) ?? 0);
  return (2 * common) / (a.length - 1 + (b.length - 1));
}

/** A text as compared for copies: width and spacing aside. */
export function compact(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, '');
}

/** Which of two places of copies is shown: the note not named like a draft, else the first by path and line. */
export function preferredPlace(a: SourceRef, b: SourceRef): number {
  return Number(DRAFT_NAME.test(a.file)) - Number(DRAFT_NAME.test(b.file)) || compareStrings(a.file, b.file) || a.line - b.line;
}

const preferred = (a: Ex, b: Ex): number => preferredPlace(a.source, b.source);

/**
 * Which excerpts are copies of which (`group[i]`: the index of an excerpt of i's group) depends
 * only on their texts and files: the dev server keeps the answers of the last load by those
 * (stages/render.ts), `last` to read and `next` to fill.
 */
export interface CopyGroups {
  last?: Map<string, number[]>;
  next: Map<string, number[]>;
}

/** Merge copies: each group keeps its preferred excerpt, with `alsoIn` the others' places. */
export function mergeCopies(excerpts: Ex[], memo?: CopyGroups): Ex[] {
  if (excerpts.length < 2) return excerpts;
  const memoKey = memo ? JSON.stringify(excerpts.map((e) => [e.source.file, e.text])) : undefined;
  const known = memoKey !== undefined ? memo!.last?.get(memoKey) : undefined;
  const group = known ?? copyGroups(excerpts);
  if (memoKey !== undefined) memo!.next.set(memoKey, group);
  const find = (i: number): number => (group[i] === i ? i : find(group[i]!));
  const members = new Map<number, Ex[]>();
  excerpts.forEach((e, i) => {
    const r = find(i);
    const list = members.get(r);
    if (list) list.push(e);
    else members.set(r, [e]);
  });
  const out: Ex[] = [];
  for (const list of members.values()) {
    const [keep, ...copies] = [...list].sort(preferred);
    if (copies.length > 0) {
      const also: ExcerptPlace[] = copies
        .map((c) => (c.anchor !== undefined ? { ...c.source, anchor: c.anchor } : c.source))
        .sort((a, b) => compareStrings(a.file, b.file) || a.line - b.line);
      out.push({ ...keep!, alsoIn: also });
    } else out.push(keep!);
  }
  return out;
}

/**
 * reader11: where a concept is said to come from, beside its merged excerpts: a place in a draft or a
 * copy (`存储卷声明 草稿.md` sorts before `存储卷声明.md`, so the copy is mined first) that an excerpt
 * shows from the other note instead (its `alsoIn`) moves to that note, as the excerpt does.
 */
export function sourceBesideCopies(source: SourceRef, excerpts: readonly Excerpt[]): SourceRef {
  if (!DRAFT_NAME.test(source.file)) return source;
  // an excerpt's places are its first block's lines (the note page's anchors), the concept's source is
  // where the miner found it (often the section heading above that block): the same line first, then the file
  const written = (e: Excerpt): boolean => !DRAFT_NAME.test(e.source.file);
  const shown =
    excerpts.find((e) => e.alsoIn?.some((p) => p.file === source.file && p.line === source.line)) ??
    excerpts.find((e) => e.alsoIn?.some((p) => p.file === source.file)) ??
    // site44: a draft that writes the passage otherwise (a list split by blank lines: four
    // excerpts there, one in the chapter) is no copy, and both are shown, the chapter's first
    // (`preferredPlace`): the concept comes from the written note's passage, at the same line when
    // the draft kept the lines, else its first
    excerpts.find((e) => written(e) && e.source.line === source.line) ??
    excerpts.find(written);
  return shown && written(shown) ? { file: shown.source.file, line: shown.source.line, column: shown.source.column } : source;
}

/** Union-find over the excerpts: exact copies (spacing and width aside), then near copies from other files. */
function copyGroups(excerpts: Ex[]): number[] {
  const keys = excerpts.map((e) => compact(e.text));
  const group = excerpts.map((_, i) => i);
  const find = (i: number): number => (group[i] === i ? i : (group[i] = find(group[i]!)));
  const exact = new Map<string, number>();
  keys.forEach((k, i) => {
    const j = exact.get(k);
    if (j === undefined) exact.set(k, i);
    else group[find(i)] = find(j);
  });
  if (excerpts.length <= MAX_FUZZY) {
    const grams = new Map<number, Map<number, number>>();
    const gramsOf = (i: number) => {
      let g = grams.get(i);
      if (!g) grams.set(i, (g = bigrams(keys[i]!)));
      return g;
    };
    for (let i = 0; i < excerpts.length; i++) {
      for (let j = i + 1; j < excerpts.length; j++) {
        if (find(i) === find(j) || excerpts[i]!.source.file === excerpts[j]!.source.file) continue;
        const a = keys[i]!;
        const b = keys[j]!;
        if (Math.min(a.length, b.length) / Math.max(a.length, b.length, 1) < COPY_SIMILARITY) continue;
        if (similarity(a, b, gramsOf(i), gramsOf(j)) >= COPY_SIMILARITY) group[find(j)] = find(i);
      }
    }
  }
  return group;
}
