/**
 * View: the preview index (`preview-index.json`), what the hover preview of a concept link shows
 * — both names, kind, summary and the first lines of the concept's first YAML example — for
 * every concept of the site, built once per build. The browser fetches it once, on the first
 * preview, instead of fetching whole pages. Everything in it is plain text: the preview script
 * puts it on the page with `textContent`, never as HTML.
 *
 * Pure (no Astro, no DOM); the browser imports only its types and `previewIdFromHref`.
 */
import type { Concept, ConceptKind, Graph, YamlExample } from '../graph/model.ts';
import { joinBase } from './urls.ts';
import { otherTitleNames } from '../graph/title-names.ts';

export const PREVIEW_INDEX_VERSION = 1;

/** Longest summary kept (characters); longer ones end with `…`. */
export const PREVIEW_SUMMARY_CHARS = 220;
/** Lines of the first example kept, and the longest line (characters). */
export const PREVIEW_EXAMPLE_LINES = 6;
export const PREVIEW_LINE_CHARS = 72;

export interface ConceptPreview {
  /** Display title as written. */
  title: string;
  /** Chinese and English names, when the note gives them and they differ from the title. */
  zh?: string;
  en?: string;
  kind: ConceptKind;
  /** Plain-text summary, shortened. */
  summary?: string;
  /** The first lines of the concept's first example, as written (plain text). */
  example?: string;
  /** True when the example has more lines than kept. */
  exampleMore?: boolean;
  /** False for map-only stubs (no note yet). */
  hasNote: boolean;
  /** e.g. `historical`, `deprecated`. */
  status?: string;
}

export interface PreviewIndex {
  version: typeof PREVIEW_INDEX_VERSION;
  /** Concept id → its preview. */
  concepts: Record<string, ConceptPreview>;
}

/** Cut `text` to at most `max` characters (by code point, so no half surrogate pair), ending with `…`. */
export function shorten(text: string, max: number): string {
  const chars = [...text.replace(/\s+/g, ' ').trim()];
  if (chars.length <= max) return chars.join('');
  return `${chars.slice(0, max - 1).join('').trimEnd()}…`;
}

/** The first `lines` lines of a YAML example (leading blank lines dropped), each at most `width` characters. */
export function exampleHead(code: string, lines = PREVIEW_EXAMPLE_LINES, width = PREVIEW_LINE_CHARS): { text: string; more: boolean } {
  const all = code.replace(/\r\n?/g, '\n').replace(/^(?:[ \t]*\n)+/, '').replace(/\s+$/, '').split('\n');
  const kept = all.slice(0, lines).map((l) => {
    const chars = [...l.replace(/\t/g, '  ')];
    return chars.length > width ? `${chars.slice(0, width - 1).join('')}…` : chars.join('');
  });
  return { text: kept.join('\n'), more: all.length > lines };
}

/** The example a preview shows: the concept's own first example (note order), else the first one that illustrates it. */
function firstExample(c: Concept, byId: Map<string, YamlExample>): YamlExample | undefined {
  const own = c.examples.map((id) => byId.get(id)).filter((e): e is YamlExample => e !== undefined);
  const inNote = own.filter((e) => e.source.file === c.source.file);
  const pick = (list: YamlExample[]) =>
    [...list].sort((a, b) => a.source.file.localeCompare(b.source.file) || a.source.line - b.source.line)[0];
  return pick(inNote) ?? pick(own);
}

export function conceptPreview(c: Concept, byId: Map<string, YamlExample>): ConceptPreview {
  const p: ConceptPreview = { title: c.title, kind: c.kind, hasNote: c.hasNote };
  const others = otherTitleNames(c);
  if (c.titleZh && others.includes(c.titleZh.trim())) p.zh = c.titleZh.trim();
  if (c.titleEn && others.includes(c.titleEn.trim()) && c.titleEn.trim() !== p.zh) p.en = c.titleEn.trim();
  if (c.summary.trim()) p.summary = shorten(c.summary, PREVIEW_SUMMARY_CHARS);
  const ex = firstExample(c, byId);
  if (ex && ex.code.trim()) {
    const head = exampleHead(ex.code);
    p.example = head.text;
    if (head.more) p.exampleMore = true;
  }
  if (c.status) p.status = c.status;
  return p;
}

export function buildPreviewIndex(graph: Graph): PreviewIndex {
  const byId = new Map(graph.examples.map((e) => [e.id, e]));
  const concepts: Record<string, ConceptPreview> = {};
  for (const c of graph.concepts) concepts[c.id] = conceptPreview(c, byId);
  return { version: PREVIEW_INDEX_VERSION, concepts };
}

/** `preview-index.json` as emitted (`<` escaped, so the text is safe even if inlined in a page). */
export function buildPreviewIndexJson(graph: Graph): string {
  return JSON.stringify(buildPreviewIndex(graph)).replace(/</g, '\\u003c');
}

/** Where the index is served, under the base path. */
export function previewIndexPath(base: string): string {
  return joinBase(base, 'preview-index.json');
}

/**
 * The concept a link points to, from its URL: a path `<base>concepts/<id>/` (any query or
 * fragment) on `origin`, else undefined. Works for any link the site emits, including ones
 * added by pages written later, because it reads only the URL. `href` is resolved against
 * `pageUrl` (relative links work too).
 */
export function previewIdFromHref(href: string, pageUrl: string, base: string): string | undefined {
  let url: URL;
  try {
    url = new URL(href, pageUrl);
  } catch {
    return undefined;
  }
  let page: URL;
  try {
    page = new URL(pageUrl);
  } catch {
    return undefined;
  }
  if (url.origin !== page.origin) return undefined;
  const prefix = joinBase(base, 'concepts/');
  if (!url.pathname.startsWith(prefix)) return undefined;
  const rest = url.pathname.slice(prefix.length);
  const m = /^([^/]+)\/?(?:index\.html)?$/.exec(rest);
  if (!m) return undefined;
  try {
    return decodeURIComponent(m[1]!);
  } catch {
    return undefined;
  }
}
