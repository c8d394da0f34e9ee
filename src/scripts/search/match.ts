/**
 * Checks full-text (Pagefind) results against what was typed, and cuts the snippet. Pagefind
 * matches the last word of a query as a prefix (`pod` finds `podman`), so a result is kept only
 * when its indexed text contains every query word: Latin words as whole words (a camelCase part
 * counts as a word, so `host` is in `hostNetwork`; an English plural `s`/`es` is allowed), CJK text by
 * the segments `Intl.Segmenter` finds in the query (one-character segments joined to a
 * neighbour). Pure (no DOM): unit tested in
 * tests/unit/search.
 */
import { isCjk, segmentCjk, type TextPiece } from '../../views/search-core.ts';

export interface FullTextQuery {
  /** Latin words, lower-cased. */
  latin: string[];
  /** CJK segments of the query. */
  cjk: string[];
}

const RUN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+|(?:(?![\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}])[\p{L}\p{M}\p{N}])+/gu;
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const UPPER = /\p{Lu}/u;
const LOWER_OR_DIGIT = /[\p{Ll}\p{N}]/u;

/**
 * A one-character segment (`组` of `容器组`) would match almost any Chinese page: it is joined
 * to the segment before it (or after it, at the start), so `容器组` is looked for as one piece.
 */
export function joinSingles(segments: readonly string[]): string[] {
  const out: string[] = [];
  let pending = '';
  for (const seg of segments) {
    if (Array.from(seg).length === 1 && segments.length > 1) {
      if (out.length > 0) out[out.length - 1] += seg;
      else pending += seg;
    } else {
      out.push(pending + seg);
      pending = '';
    }
  }
  if (pending !== '') out.push(pending);
  return out;
}

export function parseFullTextQuery(input: string): FullTextQuery {
  const latin = new Set<string>();
  const cjk = new Set<string>();
  for (const m of input.normalize('NFKC').matchAll(RUN)) {
    const run = m[0];
    if (isCjk(run[0]!)) for (const s of joinSingles(segmentCjk(run))) cjk.add(s);
    else latin.add(run.toLowerCase());
  }
  return { latin: [...latin], cjk: [...cjk] };
}

export function isEmptyQuery(q: FullTextQuery): boolean {
  return q.latin.length === 0 && q.cjk.length === 0;
}

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && WORD_CHAR.test(ch) && !isCjk(ch);
}

/** A word may start at `i`: nothing word-like before it, or a camelCase boundary (`host|Network`). */
function startsWord(text: string, i: number): boolean {
  const prev = text[i - 1];
  if (!isWordChar(prev)) return true;
  return LOWER_OR_DIGIT.test(prev!) && UPPER.test(text[i]!);
}

/** Where a word that starts at `i` with `len` matched characters may end, or -1. */
function endsWord(text: string, end: number): number {
  const endsAt = (j: number): boolean => {
    const next = text[j];
    if (!isWordChar(next)) return true;
    return LOWER_OR_DIGIT.test(text[j - 1]!) && UPPER.test(next!);
  };
  if (endsAt(end)) return end;
  // Plurals: +s, and +es after s, x, z, ch, sh (`namespac` is not found in `namespaces`).
  const suffixes = /(s|x|z|ch|sh)$/i.test(text.slice(0, end)) ? ['s', 'es'] : ['s'];
  for (const suffix of suffixes) {
    if (text.slice(end, end + suffix.length).toLowerCase() === suffix && endsAt(end + suffix.length)) return end + suffix.length;
  }
  return -1;
}

function latinRanges(text: string, lower: string, word: string): [number, number][] {
  const out: [number, number][] = [];
  let from = 0;
  for (;;) {
    const i = lower.indexOf(word, from);
    if (i < 0) break;
    from = i + 1;
    if (!startsWord(text, i)) continue;
    const end = endsWord(text, i + word.length);
    if (end >= 0) out.push([i, end]);
  }
  return out;
}

function substringRanges(text: string, needle: string): [number, number][] {
  const out: [number, number][] = [];
  let from = 0;
  for (;;) {
    const i = text.indexOf(needle, from);
    if (i < 0) break;
    out.push([i, i + needle.length]);
    from = i + needle.length;
  }
  return out;
}

/**
 * Every place in `text` where a query word occurs, sorted and merged; `null` when some query word
 * does not occur at all (the result does not contain the query).
 */
export function matchRanges(text: string, q: FullTextQuery): [number, number][] | null {
  if (isEmptyQuery(q)) return null;
  // Lower-casing keeps positions for the texts we index (no length-changing case mappings in
  // Kubernetes notes); when it would not, compare case-sensitively.
  const lowered = text.toLowerCase();
  const lower = lowered.length === text.length ? lowered : text;
  const all: [number, number][] = [];
  for (const w of q.latin) {
    const r = latinRanges(text, lower, w);
    if (r.length === 0) return null;
    all.push(...r);
  }
  for (const s of q.cjk) {
    const r = substringRanges(text, s);
    if (r.length === 0) return null;
    all.push(...r);
  }
  all.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: [number, number][] = [];
  for (const r of all) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  return merged;
}

/**
 * A snippet of about `width` characters around the first match, as text pieces with the matches
 * marked (the UI turns them into text nodes and <mark> elements; nothing is parsed as HTML).
 */
export function snippetPieces(text: string, ranges: readonly [number, number][], width = 120): TextPiece[] {
  const flat = text.replace(/\s+/g, ' ');
  // Whitespace runs collapse: map ranges onto the collapsed text.
  const map: number[] = [];
  {
    let j = 0;
    let inSpace = false;
    for (let i = 0; i < text.length; i++) {
      const sp = /\s/.test(text[i]!);
      if (sp && inSpace) {
        map.push(j - 1);
        continue;
      }
      map.push(j);
      inSpace = sp;
      j++;
    }
    map.push(j);
  }
  const rs = ranges.map(([s, e]) => [map[s]!, map[e]!] as [number, number]);
  const first = rs[0] ?? [0, 0];
  let start = Math.max(0, first[0] - Math.floor(width / 3));
  const end = Math.min(flat.length, start + width);
  start = Math.max(0, Math.min(start, end - width));
  const pieces: TextPiece[] = [];
  if (start > 0) pieces.push({ text: '…', mark: false });
  let at = start;
  for (const [s0, e0] of rs) {
    const s = Math.max(s0, start);
    const e = Math.min(e0, end);
    if (e <= s || s < at) continue;
    if (s > at) pieces.push({ text: flat.slice(at, s), mark: false });
    pieces.push({ text: flat.slice(s, e), mark: true });
    at = e;
  }
  if (at < end) pieces.push({ text: flat.slice(at, end), mark: false });
  if (end < flat.length) pieces.push({ text: '…', mark: false });
  // Trim the outer spaces of the window.
  if (pieces.length > 0 && !pieces[0]!.mark) pieces[0]!.text = pieces[0]!.text.replace(/^\s+/, '');
  return pieces.filter((p) => p.text !== '');
}

/**
 * How well a page title answers the query: 2 when one of its names (`Pod（容器组）` has two) is
 * the query itself, 1 when the title contains every query word, else 0.
 */
export function titleRank(title: string, input: string, q: FullTextQuery = parseFullTextQuery(input)): number {
  const squash = (x: string): string => x.normalize('NFKC').toLowerCase().replace(/[\s\-_.·]+/g, '');
  const typed = squash(input);
  if (typed !== '' && title.split(/[（）()]/).some((n) => squash(n) === typed)) return 2;
  return matchRanges(title, q) ? 1 : 0;
}

export interface RankedPage<T> {
  page: T;
  stub: boolean;
  /** A note that is a draft or copy of another (note-page.ts `draftCopies`): after the written pages. */
  draft?: boolean;
  /** titleRank of the page (0 when not given). */
  titleRank?: number;
}

/**
 * Written pages first, then drafts and copies of notes (the passage they share is found on the
 * chapter first, as a concept's page shows it from there), stubs last; within each, pages whose
 * title answers the query first (titleRank), then Pagefind's order.
 */
export function writtenFirst<T>(pages: readonly RankedPage<T>[]): T[] {
  const group = (p: RankedPage<T>): number => (p.stub ? 2 : p.draft ? 1 : 0);
  return pages
    .map((p, i) => ({ p, i }))
    .sort((a, b) => group(a.p) - group(b.p) || (b.p.titleRank ?? 0) - (a.p.titleRank ?? 0) || a.i - b.i)
    .map(({ p }) => p.page);
}
