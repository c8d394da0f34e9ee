/**
 * Full-text search through Pagefind, loaded on demand: `${base}pagefind/pagefind.js` is imported
 * only the first time someone asks for a full-text search. Results are checked against the
 * query and their snippets cut from the indexed text (match.ts); Pagefind's own excerpts (HTML
 * with `<mark>`) are used only when no text comes with a result, through `excerptPieces`, which
 * turns them into plain text pieces (no HTML is ever inserted into the page).
 */
import type { TextPiece } from '../../views/search-core.ts';
import { isEmptyQuery, matchRanges, parseFullTextQuery, snippetPieces, titleRank, writtenFirst, type RankedPage } from './match.ts';

export interface FullTextHit {
  url: string;
  title: string;
  excerpt: TextPiece[];
  /** A page without a note (a stub). */
  stub: boolean;
}

interface PagefindResultData {
  url: string;
  meta?: Record<string, string>;
  excerpt?: string;
  /** The page's indexed text. */
  content?: string;
}
interface PagefindApi {
  options?: (o: Record<string, unknown>) => Promise<void>;
  init?: () => Promise<void>;
  search: (q: string) => Promise<{ results: { id: string; data: () => Promise<PagefindResultData> }[] } | null>;
  debouncedSearch?: unknown;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (m, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
    }
    return ENTITIES[body.toLowerCase()] ?? m;
  });
}

/** Pagefind's excerpt (`a <mark>b</mark> c`) → text pieces; any other markup is dropped. */
export function excerptPieces(html: string): TextPiece[] {
  const pieces: TextPiece[] = [];
  let mark = false;
  for (const part of html.split(/(<\/?mark>)/i)) {
    if (/^<mark>$/i.test(part)) mark = true;
    else if (/^<\/mark>$/i.test(part)) mark = false;
    else {
      const text = decodeEntities(part.replace(/<[^>]*>/g, ''));
      if (text !== '') pieces.push({ text, mark });
    }
  }
  return pieces;
}

let api: Promise<PagefindApi> | undefined;

/** Imports Pagefind once (rejects when the site was built without it, e.g. in `astro dev`). */
export function loadPagefind(base: string): Promise<PagefindApi> {
  api ??= (async () => {
    const url = `${base}pagefind/pagefind.js`;
    const mod = (await import(/* @vite-ignore */ url)) as PagefindApi;
    // Result URLs are relative to the folder Pagefind indexed (the site root): prefix the base.
    await mod.options?.({ baseUrl: base });
    await mod.init?.();
    return mod;
  })();
  api.catch(() => {
    api = undefined;
  });
  return api;
}

/** How many of Pagefind's results are fetched and checked against the query. */
export const FULLTEXT_CHECKED = 40;

/**
 * Full-text search: Pagefind's results, kept only when their text contains the query (see
 * match.ts: whole Latin words, CJK segments), written pages before stubs, with a snippet around
 * the first match. `total` counts the kept results among the ones checked.
 */
export async function searchFullText(base: string, query: string, limit = 8): Promise<{ total: number; hits: FullTextHit[] }> {
  const q = parseFullTextQuery(query);
  if (isEmptyQuery(q)) return { total: 0, hits: [] };
  const pf = await loadPagefind(base);
  const res = await pf.search(query);
  if (!res) return { total: 0, hits: [] };
  const data = await Promise.all(res.results.slice(0, FULLTEXT_CHECKED).map((r) => r.data()));
  const kept: RankedPage<FullTextHit>[] = [];
  for (const d of data) {
    if (d.content === undefined) {
      // No indexed text to check against: keep Pagefind's own excerpt.
      kept.push({ stub: d.meta?.stub === '1', draft: d.meta?.draft === '1', page: { url: d.url, title: d.meta?.title ?? d.url, excerpt: excerptPieces(d.excerpt ?? ''), stub: d.meta?.stub === '1' } });
      continue;
    }
    const text = d.content;
    const ranges = matchRanges(text, q);
    if (!ranges) continue;
    const title = d.meta?.title ?? d.url;
    kept.push({
      stub: d.meta?.stub === '1',
      draft: d.meta?.draft === '1',
      titleRank: titleRank(title, query, q),
      page: { url: d.url, title, excerpt: snippetPieces(text, ranges), stub: d.meta?.stub === '1' },
    });
  }
  return { total: kept.length, hits: writtenFirst(kept).slice(0, limit) };
}
