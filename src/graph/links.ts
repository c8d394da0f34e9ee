/**
 * Links in a note body (a transform over mdast, run once per note):
 * - wiki links `[[id]]` / `[[id|text]]` become links to the concept page;
 * - Markdown links to concept notes (`../concepts/pod/pod.md`) become links to the concept page;
 * - Markdown links to free-form notes (`./other.md`) and wiki links naming one (`[[other]]`, when no
 *   concept has that name) become links to the note's own page (`@base/notes/<id>/`);
 * - relative images and links to other files become site assets.
 * Hrefs are written relative to the site base with the `@base/` placeholder
 * (`@base/concepts/pod/`, `@base/assets/notes/img/a.png`); pages replace `@base/` with the
 * configured base path.
 */
import path from 'node:path';
import type { Definition, Image, Link, Parent, PhrasingContent, Root, RootContent, Text } from 'mdast';
import { closest, distance } from 'fastest-levenshtein';
import { slug as slugHeading } from 'github-slugger';
import type { Severity, SourceRef } from './model.ts';
import type { DiagnosticSink, FindingText } from './diagnostics.ts';
import { encodePath } from './util.ts';
import { assignHeadingIds, sanitizeSchema } from './markdown.ts';
import { tagUrlPath } from './tags.ts';
import { SIYUAN_BLOCK_URL } from './siyuan.ts';
import { blockAnchor, LOGSEQ_BLOCK_URL, type LogseqBlock } from './logseq.ts';

export const BASE_PLACEHOLDER = '@base/';

export function conceptHref(id: string, fragment = ''): string {
  return `${BASE_PLACEHOLDER}concepts/${id}/${fragment ? '#' + fragment : ''}`;
}

export function noteHref(id: string, fragment = ''): string {
  return `${BASE_PLACEHOLDER}notes/${encodeURIComponent(id)}/${fragment ? '#' + fragment : ''}`;
}

/** The page of a tag: `@base/tags/pod/probe/` (tags.ts `tagUrlPath`). */
export function tagHref(tag: string): string {
  return BASE_PLACEHOLDER + tagUrlPath(tag);
}

export function assetHref(relPath: string): string {
  return `${BASE_PLACEHOLDER}assets/${encodePath(relPath)}`;
}

export interface LinkContext {
  /** Content-relative path of the note being transformed. */
  file: string;
  diags: DiagnosticSink;
  /** `[[target]]` → concept id (by id, else by unique name), or undefined. */
  resolveWiki(target: string): string | undefined;
  titleOf(id: string): string;
  /** A content-relative Markdown path → the concept it shows, null when the note exists but belongs to no concept, undefined when there is no such note. */
  noteTarget(rel: string): string | null | undefined;
  /** A content-relative path → the free-form note there (it has a page of its own), or undefined. */
  freeNote(rel: string): LinkedNote | undefined;
  /** `[[target]]` naming no concept → the free-form note it names (by id, path, file name or title, when only one note has it), or undefined. */
  resolveWikiNote(target: string): LinkedNote | undefined;
  /** A 思源笔记 block id (`siyuan://blocks/<id>`, a block reference) → the free-form note holding that block, or undefined. */
  resolveBlock?(id: string): LinkedNote | undefined;
  /** A Logseq block uuid (`((uuid))`, logseq.ts) → the note holding the block (its `id::`) and the block, or undefined. */
  resolveLogseqBlock?(id: string): { note: LinkedNote; block: LogseqBlock } | undefined;
  fileExists(rel: string): boolean;
  /** Why a referenced file must not be published (see asset-safety.ts), or undefined. */
  assetRefusal(rel: string): string | undefined;
  /** All concept ids, for "did you mean" suggestions. */
  ids(): readonly string[];
  /** The content-relative paths of the free-form notes, for "did you mean" suggestions. */
  noteFiles(): readonly string[];
  /** The content-relative paths of the content folder's files that are not notes (what `![[name]]` embeds), sorted. */
  assetFiles?(): readonly string[];
  /** Severity of a link to nothing in this note. */
  danglingSeverity: Severity;
  /**
   * The text the note's tree was parsed from (positions are offsets in it): places a link on a
   * later line of a text node by where that line sits in the source (after a quote's `> `, a
   * list item's indent), not counted from the line's start.
   */
  source?: string;
}

export interface FoundLink {
  to: string;
  label: string;
  at: SourceRef;
}

/** A free-form note a link can point to. */
export interface LinkedNote {
  id: string;
  /** The concept the note is about, when there is one. */
  home?: string;
  title: string;
}

/** A link to a free-form note's page. */
export interface FoundNoteLink {
  /** The note's id. */
  note: string;
  /** The note's home concept, when it has one (the link also counts as a mention of it). */
  to?: string;
  label: string;
  at: SourceRef;
}

export interface LinkResult {
  links: FoundLink[];
  /** Links to free-form notes' pages. */
  noteLinks: FoundNoteLink[];
  /** Content-relative paths of files this note uses as images or downloads. */
  assets: string[];
}

/** `[[id]]`, `[[id|text]]`, `[[id#anchor]]` (global: reset `lastIndex` before `test`). */
export const WIKI_RE = /\[\[([^[\]|\n]+?)(?:\|([^[\]\n]+?))?\]\]/g;
const SCHEME_RE = /^[a-z][a-z0-9+.-]*:/i;

export function rewriteLinks(tree: Root, ctx: LinkContext): LinkResult {
  const result: LinkResult = { links: [], noteLinks: [], assets: [] };
  walk(tree, ctx, result, false);
  checkOwnAnchors(tree, ctx);
  return result;
}

/** `<a name="Xk2fA"></a>` (语雀's anchor before each heading) or `<a id="…">`: the anchor's name. */
const HTML_ANCHOR_RE = /^<a\s+(?:name|id)\s*=\s*["']?([^"'\s>]+)["']?\s*>\s*(?:<\/a>)?$/i;
/** Anchors the page writes itself: a line (`#L12`, `#L12-3`, a table cell `#L12-c2`) and footnotes. */
const PAGE_ANCHOR_RE = /^(?:L\d+(?:-c?\d+)?|user-content-fn.*|fn-.*|footnote-label)$/;

/** The raw-HTML anchor a block is made of (an `html` block, or a paragraph of it alone), if any. */
function htmlAnchor(n: RootContent): string | undefined {
  const html = n.type === 'html' ? n.value : n.type === 'paragraph' && n.children.every((c) => c.type === 'html')
    ? n.children.map((c) => (c as { value: string }).value).join('') : undefined;
  return html === undefined ? undefined : HTML_ANCHOR_RE.exec(html.trim())?.[1];
}

/**
 * Links to a place in the note itself (`[容忍的写法](#Rt7Yb)`, `[命令](#常用命令)`): a heading's
 * id is kept; a 语雀 anchor written just before a heading (raw HTML, dropped from the page) is
 * that heading, so the link is given the heading's id; any other is a link to nothing on the page,
 * reported (`dangling-anchor`) with the nearest heading, and kept as text.
 */
function checkOwnAnchors(tree: Root, ctx: LinkContext): void {
  const own: Link[] = [];
  const find = (n: Parent): void => {
    for (const c of n.children as RootContent[]) {
      if (c.type === 'link' && c.url.startsWith('#') && c.url.length > 1) own.push(c);
      else if ('children' in c) find(c as Parent);
    }
  };
  find(tree);
  if (own.length === 0) return;
  const headings = assignHeadingIds(tree, { mark: false });
  const ids = new Set(headings.map((h) => h.id));
  const named = new Map<string, string>();
  tree.children.forEach((n, i) => {
    const name = htmlAnchor(n);
    const next = tree.children[i + 1];
    if (name === undefined || next?.type !== 'heading') return;
    const h = headings.find((x) => x.line === next.position?.start.line);
    if (h) named.set(name, h.id);
  });
  const replace = new Map<Link, PhrasingContent[]>();
  for (const link of own) {
    let fragment = link.url.slice(1);
    try {
      fragment = decodeURIComponent(fragment);
    } catch {
      /* as written */
    }
    if (ids.has(fragment) || PAGE_ANCHOR_RE.test(fragment)) continue;
    const heading = named.get(fragment) ?? (ids.has(slugHeading(fragment)) ? slugHeading(fragment) : undefined);
    if (heading !== undefined) {
      link.url = `#${heading}`;
      continue;
    }
    const near = nearestOf(fragment, headings.map((h) => h.text));
    const nearId = near === undefined ? undefined : headings.find((h) => h.text === near)!.id;
    ctx.diags.warn('dangling-anchor', posOf(link, ctx.file), { key: 'finding.anchor-dangling', vars: { anchor: fragment } },
      nearId !== undefined ? { key: 'finding.hint.anchor-dangling-near', vars: { heading: near!, anchor: nearId } } : { key: 'finding.hint.anchor-dangling' });
    replace.set(link, link.children);
  }
  if (replace.size === 0) return;
  const drop = (n: Parent): void => {
    const kids = n.children as RootContent[];
    for (let i = 0; i < kids.length; i++) {
      const c = kids[i]!;
      const by = c.type === 'link' ? replace.get(c) : undefined;
      if (by) {
        kids.splice(i, 1, ...(by as RootContent[]));
        i += by.length - 1;
      } else if ('children' in c) drop(c as Parent);
    }
  };
  drop(tree);
}

function posOf(node: { position?: { start: { line: number; column: number } } }, file: string): SourceRef {
  return { file, line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 };
}

function walk(parent: Parent, ctx: LinkContext, res: LinkResult, inLink: boolean): void {
  const kids = parent.children as RootContent[];
  for (let i = 0; i < kids.length; i++) {
    const node = kids[i]!;
    if (node.type === 'text' && !inLink) warnSpacedLinks(node, ctx);
    if (node.type === 'text' && !inLink && node.value.includes('[[')) {
      const parts = splitWiki(node, ctx, res);
      if (parts) {
        kids.splice(i, 1, ...(parts as RootContent[]));
        i += parts.length - 1;
      }
      continue;
    }
    if (node.type === 'link') {
      const replaced = rewriteLink(node, ctx, res);
      if (replaced) {
        kids.splice(i, 1, ...(replaced as RootContent[]));
        i += replaced.length - 1;
        continue;
      }
      walk(node, ctx, res, true);
      continue;
    }
    if (node.type === 'image') {
      const replaced = rewriteImage(node, ctx, res);
      if (replaced) kids.splice(i, 1, replaced as RootContent);
      continue;
    }
    if (node.type === 'definition') {
      rewriteDefinition(node, ctx, res);
      continue;
    }
    if ('children' in node) walk(node as Parent, ctx, res, inLink);
  }
}

const suggestionCache = new WeakMap<readonly string[], Map<string, string | null>>();

/**
 * Is `near` close enough to `target` to be what was meant: a typo or a changed word, not just
 * the least distant of unrelated names (`07-调度器` is not `delete`): at most a third of the
 * target's letters differ (two for a short one).
 */
function closeEnough(target: string, near: string): boolean {
  return distance(target, near) <= Math.max(2, Math.ceil([...target].length / 3));
}

/** The closest of `names` (Levenshtein, case-insensitive) when close enough, memoised per list. */
function nearestOf(target: string, names: readonly string[]): string | undefined {
  if (names.length === 0) return undefined;
  let memo = suggestionCache.get(names);
  if (!memo) suggestionCache.set(names, (memo = new Map()));
  const key = target.toLowerCase();
  let near = memo.get(key);
  if (near === undefined) {
    const lower = names.map((n) => n.toLowerCase());
    const i = lower.indexOf(closest(key, lower));
    near = i >= 0 && closeEnough(key, lower[i]!) ? names[i]! : null;
    memo.set(key, near);
  }
  return near ?? undefined;
}

/** The closest concept id, when close enough: many broken links to one name cost one scan. */
function suggestion(target: string, ctx: LinkContext): string | undefined {
  return nearestOf(target, ctx.ids());
}

const stemCache = new WeakMap<readonly string[], { stems: string[]; files: Map<string, string> }>();

/** The free-form note whose file name (without `.md`) is closest to `target`, when close enough. */
function nearNote(target: string, ctx: LinkContext): { stem: string; file: string } | undefined {
  const files = ctx.noteFiles();
  let c = stemCache.get(files);
  if (!c) {
    const byStem = new Map<string, string>();
    for (const f of files) byStem.set(path.posix.basename(f).replace(/\.(md|markdown)$/i, ''), f);
    stemCache.set(files, (c = { stems: [...byStem.keys()], files: byStem }));
  }
  const stem = samePage(target, c.stems) ?? nearestOf(target, c.stems) ?? onlyLonger(target, c.stems);
  return stem === undefined ? undefined : { stem, file: c.files.get(stem)! };
}

/** The page id Notion ends each exported page's file name with: ` 3f2a9c1e8b7d4e6f9a0b1c2d3e4f5a6b`. */
const NOTION_PAGE_ID = /\s+[0-9a-f]{32}$/i;

/**
 * The one file name that is `target` but for a Notion page id (either may have one): a link
 * written by hand, or to the page as it was exported another time, names the page with another
 * id or none. The id is 32 random letters, so by edit distance another page's id is as near.
 */
function samePage(target: string, stems: readonly string[]): string | undefined {
  const bare = target.replace(NOTION_PAGE_ID, '').toLowerCase();
  const found = stems.filter((s) => s !== target && s.replace(NOTION_PAGE_ID, '').toLowerCase() === bare);
  return found.length === 1 && (found[0] !== found[0]!.replace(NOTION_PAGE_ID, '') || bare !== target.toLowerCase()) ? found[0] : undefined;
}

/**
 * The one file name that starts with `target` and goes on after a break (punctuation or a
 * space: `09-备忘` → `09-备忘：命令 & 坑`, the first words of a long chapter name), when exactly
 * one does; such a name is too far for `closeEnough`, but it is what a shortened link meant.
 */
function onlyLonger(target: string, stems: readonly string[]): string | undefined {
  const t = target.toLowerCase().trim();
  if ([...t].length < 2) return undefined;
  const found = stems.filter((s) => {
    const l = s.toLowerCase();
    return l.length > t.length && l.startsWith(t) && /^[\p{P}\p{S}\s]/u.test(l.slice(t.length));
  });
  return found.length === 1 ? found[0] : undefined;
}

/**
 * The hint of a wiki link to nothing: the nearest note (by file name) or concept id, whichever is
 * nearer, when one is close enough; else how to link a concept or a note.
 */
function danglingHint(target: string, ctx: LinkContext): FindingText {
  const near = suggestion(target, ctx);
  const note = nearNote(target, ctx);
  const t = target.toLowerCase();
  if (note && (near === undefined || distance(t, note.stem.toLowerCase()) <= distance(t, near))) {
    return { key: 'finding.hint.wiki-dangling-note', vars: { near: note.stem, file: note.file } };
  }
  return near ? { key: 'finding.hint.wiki-dangling-near', vars: { near } } : { key: 'finding.hint.wiki-dangling' };
}

/** The hint of a Markdown link to a note file that does not exist: the nearest note's path, else the nearest concept id. */
function danglingLinkHint(rel: string, ctx: LinkContext): FindingText {
  const stem = path.posix.basename(rel).replace(/\.(md|markdown)$/i, '');
  const note = /\.(md|markdown)$/i.test(rel) ? nearNote(stem, ctx) : undefined;
  if (note) {
    const href = path.posix.relative(path.posix.dirname(ctx.file), note.file);
    // Spaced as a destination must be (`%20`, see warnSpacedLinks), so the hint can be pasted.
    const dest = (href.startsWith('.') ? href : `./${href}`).replace(/ /g, '%20');
    return { key: 'finding.hint.link-dangling-note', vars: { file: note.file, href: dest } };
  }
  const near = suggestion(stem, ctx);
  return near ? { key: 'finding.hint.link-dangling-near', vars: { near } } : { key: 'finding.hint.fix-path' };
}

/**
 * `[text](dest)` left as text because the destination has a space (CommonMark allows none in a bare
 * destination), where the destination is a note or a file: it ends in `.md`/`.markdown` (and an
 * optional `#anchor`) or is a path (has a `/`). Text in code is no text node, so never warned.
 */
const SPACED_LINK_RE = /(?<!!)\[([^[\]\n]+)\]\(([^()<>\n]*\s[^()<>\n]*)\)/g;
const FILE_DEST_RE = /(?:\.(?:md|markdown)(?:#\S*)?$|\/)/i;

function warnSpacedLinks(node: Text, ctx: LinkContext): void {
  if (!node.value.includes('](')) return;
  SPACED_LINK_RE.lastIndex = 0;
  for (const m of node.value.matchAll(SPACED_LINK_RE)) {
    const dest = m[2]!.trim();
    if (!/\s/.test(dest) || !FILE_DEST_RE.test(dest)) continue;
    ctx.diags.warn('link-destination-space', offsetPos(node, node.value, m.index, ctx.file, ctx.source),
      { key: 'finding.link-destination-space', vars: { text: m[1]!, dest } },
      { key: 'finding.hint.link-destination-space', vars: { text: m[1]!, dest, encoded: dest.replace(/ /g, '%20') } });
  }
}

function splitWiki(node: Text, ctx: LinkContext, res: LinkResult): PhrasingContent[] | undefined {
  const value = node.value;
  WIKI_RE.lastIndex = 0;
  if (!WIKI_RE.test(value)) return undefined;
  WIKI_RE.lastIndex = 0;
  const out: PhrasingContent[] = [];
  let last = 0;
  for (const m of value.matchAll(WIKI_RE)) {
    const start = m.index;
    if (start > last) out.push({ type: 'text', value: value.slice(last, start) });
    const target = m[1]!.trim();
    const text = m[2]?.trim();
    // Obsidian's embed `![[name.png]]`: the file, found by name anywhere in the content folder.
    if (start > 0 && value[start - 1] === '!' && EMBED_FILE_RE.test(splitFragment(target)[0])) {
      const prev = out.at(-1);
      if (prev?.type === 'text' && start - 1 >= last) prev.value = prev.value.slice(0, -1);
      out.push(embedNode(target, text, offsetPos(node, value, start - 1, ctx.file, ctx.source), ctx, res));
      last = start + m[0].length;
      continue;
    }
    // `![[note]]` (a note embedded whole) is shown as a link to it.
    if (start > 0 && value[start - 1] === '!') {
      const prev = out.at(-1);
      if (prev?.type === 'text' && start - 1 >= last) prev.value = prev.value.slice(0, -1);
    }
    const place = placeIn(node, value, start, ctx.file, ctx.source);
    const at = place.at;
    // The link keeps its place in the source: a "linked from" sentence highlights this link, not another with its text.
    const position = place.offset === undefined ? undefined
      : { start: { line: at.line, column: at.column, offset: place.offset }, end: { line: at.line, column: at.column + m[0].length, offset: place.offset + m[0].length } };
    const [targetId, fragment] = splitFragment(target);
    if (targetId === '' && fragment !== '') {
      // `[[#探针]]`: a heading of this very note (Obsidian's link within a note)
      out.push({ type: 'link', url: `#${headingAnchor(fragment)}`, children: [{ type: 'text', value: text ?? lastHeading(fragment) }], ...(position ? { position } : {}) });
      last = start + m[0].length;
      continue;
    }
    const id = ctx.resolveWiki(targetId);
    const note = id === undefined ? ctx.resolveWikiNote(targetId) : undefined;
    if (note) {
      const label = text ?? note.title;
      res.noteLinks.push({ note: note.id, ...(note.home ? { to: note.home } : {}), label, at });
      out.push({ type: 'link', url: noteHref(note.id, headingAnchor(fragment)), children: [{ type: 'text', value: label }], ...(position ? { position } : {}) });
    } else if (id === undefined) {
      ctx.diags.add(ctx.danglingSeverity, 'dangling-reference', at, { key: 'finding.wiki-dangling', vars: { target } },
        danglingHint(targetId, ctx));
      // Shown as Obsidian Publish shows an unresolved link: its text, without the brackets.
      out.push({ type: 'text', value: text || target, data: { hName: 'span', hProperties: { className: ['broken-link'] } } } as Text);
    } else {
      const label = text ?? ctx.titleOf(id);
      res.links.push({ to: id, label, at });
      out.push({ type: 'link', url: conceptHref(id, headingAnchor(fragment)), children: [{ type: 'text', value: label }], ...(position ? { position } : {}) });
    }
    last = start + m[0].length;
  }
  if (last < value.length) out.push({ type: 'text', value: value.slice(last) });
  return out;
}

/**
 * What a wiki link `[[target|text]]` shows on the page: its text, else the title of the concept
 * or note its target names (`[[04-探针#存活]]` → the note's title), else the target as written.
 */
export function wikiLabel(target: string, text: string | undefined, ctx: Pick<LinkContext, 'resolveWiki' | 'resolveWikiNote' | 'titleOf'>): string {
  if (text) return text;
  const [targetId, fragment] = splitFragment(target);
  if (targetId === '' && fragment !== '') return lastHeading(fragment);
  const id = ctx.resolveWiki(targetId);
  if (id !== undefined) return ctx.titleOf(id);
  return ctx.resolveWikiNote(targetId)?.title ?? target;
}

/** The last heading of an Obsidian heading path (`Pod基础#探针#存活` → 存活). */
const lastHeading = (fragment: string): string => fragment.split('#').map((h) => h.trim()).filter(Boolean).pop() ?? fragment;

/**
 * The id of the heading an Obsidian link names by its text (`[[04-探针#livenessProbe]]`,
 * `[[多容器Pod模式#Init 容器]]`): the id the page gives that heading (github-slugger, as
 * `assignHeadingIds`: `livenessprobe`, `init-容器`), not the text, which is no element's id.
 * A block reference (`#^id`) is left as written.
 */
export function headingAnchor(fragment: string): string {
  if (fragment === '' || fragment.startsWith('^')) return fragment;
  return slugHeading(lastHeading(fragment)) || fragment;
}

/** A target with a file extension other than Markdown's: `![[图.png]]`, `![[附件/a.pdf]]`. */
const EMBED_FILE_RE = /\.(?!(?:md|markdown)$)[a-z0-9]{1,8}$/i;
const IMAGE_RE = /\.(?:png|jpe?g|gif|svg|webp|avif|bmp|ico)$/i;
/** Obsidian's size after the bar: `|400` (width) or `|400x300`. */
const SIZE_RE = /^(\d{1,5})(?:x(\d{1,5}))?$/;

const assetIndexCache = new WeakMap<readonly string[], Map<string, string[]>>();

/**
 * The file `![[name]]` embeds, as Obsidian finds it: a path from the note's folder or from the
 * content folder when it names one, else the file of that name anywhere (the nearest to the note:
 * the most folders in common, then the shortest path), or undefined.
 */
export function embedTarget(name: string, file: string, ctx: Pick<LinkContext, 'fileExists' | 'assetFiles'>): string | undefined {
  const clean = name.replace(/^\.?\//, '');
  const fromNote = path.posix.normalize(path.posix.join(path.posix.dirname(file), clean));
  if (!fromNote.startsWith('../') && ctx.fileExists(fromNote)) return fromNote;
  const fromRoot = path.posix.normalize(clean);
  if (!fromRoot.startsWith('../') && ctx.fileExists(fromRoot)) return fromRoot;
  const files = ctx.assetFiles?.() ?? [];
  let byName = assetIndexCache.get(files);
  if (!byName) {
    byName = new Map();
    for (const f of files) {
      const k = path.posix.basename(f).toLowerCase();
      const list = byName.get(k);
      if (list) list.push(f);
      else byName.set(k, [f]);
    }
    assetIndexCache.set(files, byName);
  }
  const tail = `/${fromRoot.toLowerCase()}`;
  const found = (byName.get(path.posix.basename(fromRoot).toLowerCase()) ?? []).filter((f) => `/${f.toLowerCase()}`.endsWith(tail));
  if (found.length === 0) return undefined;
  const noteDirs = path.posix.dirname(file).split('/');
  const common = (f: string): number => {
    const d = path.posix.dirname(f).split('/');
    let k = 0;
    while (k < d.length && k < noteDirs.length && d[k] === noteDirs[k] && d[k] !== '.') k++;
    return k;
  };
  return [...found].sort((a, b) => common(b) - common(a) || a.length - b.length || (a < b ? -1 : a > b ? 1 : 0))[0];
}

/** The node of an embed `![[name|alt or size]]`: an image, a link to another file, or its name dimmed when it is missing. */
function embedNode(target: string, text: string | undefined, at: SourceRef, ctx: LinkContext, res: LinkResult): PhrasingContent {
  const [name] = splitFragment(target);
  let alt = text;
  let size: RegExpExecArray | null = null;
  if (text !== undefined) {
    const bar = text.lastIndexOf('|');
    size = SIZE_RE.exec(text.slice(bar + 1).trim());
    if (size) alt = bar === -1 ? undefined : text.slice(0, bar).trim() || undefined;
  }
  const shown = alt ?? path.posix.basename(name);
  const rel = embedTarget(name, ctx.file, ctx);
  if (rel === undefined) {
    ctx.diags.warn('missing-image', at, { key: 'finding.embed-missing', vars: { name } }, { key: 'finding.hint.embed-missing' });
    return { type: 'text', value: shown, data: { hName: 'span', hProperties: { className: ['broken-link'] } } } as Text;
  }
  if (refused(rel, at, ctx)) return { type: 'text', value: shown };
  res.assets.push(rel);
  if (!IMAGE_RE.test(rel)) return { type: 'link', url: assetHref(rel), children: [{ type: 'text', value: shown }] };
  const props = size ? { width: size[1], ...(size[2] ? { height: size[2] } : {}) } : undefined;
  return { type: 'image', url: assetHref(rel), alt: alt ?? '', ...(props ? { data: { hProperties: props } } : {}) };
}

function splitFragment(s: string): [string, string] {
  const i = s.indexOf('#');
  return i === -1 ? [s, ''] : [s.slice(0, i).trim(), s.slice(i + 1).trim()];
}

function offsetPos(node: Text, value: string, offset: number, file: string, source?: string): SourceRef {
  return placeIn(node, value, offset, file, source).at;
}

/** Where `value.slice(offset)` of a text node is in the file: line and column, and the source offset when known. */
function placeIn(node: Text, value: string, offset: number, file: string, source?: string): { at: SourceRef; offset?: number } {
  const start = posOf(node, file);
  const startOffset = node.position?.start.offset;
  const before = value.slice(0, offset);
  const nl = before.lastIndexOf('\n');
  if (nl === -1) {
    return { at: { file, line: start.line, column: start.column + offset }, ...(startOffset !== undefined ? { offset: startOffset + offset } : {}) };
  }
  let lines = 0;
  for (let k = 0; k < before.length; k++) if (before.charCodeAt(k) === 10) lines++;
  const line = start.line + lines;
  // The text node's later lines lost their quote markers and indent: find the line's text in the source.
  let lineStart = -1;
  if (source !== undefined && startOffset !== undefined) {
    lineStart = startOffset;
    for (let k = 0; k < lines && lineStart !== -1; k++) {
      const n = source.indexOf('\n', lineStart);
      lineStart = n === -1 ? -1 : n + 1;
    }
  }
  const lineEnd = value.indexOf('\n', offset);
  const segment = value.slice(nl + 1, lineEnd === -1 ? undefined : lineEnd);
  let written: string | undefined;
  if (lineStart !== -1) {
    const end = source!.indexOf('\n', lineStart);
    written = source!.slice(lineStart, end === -1 ? undefined : end);
  }
  const at = written === undefined ? -1 : written.indexOf(segment);
  const column = (at === -1 ? 0 : at) + offset - nl;
  return { at: { file, line, column }, ...(at !== -1 ? { offset: lineStart + column - 1 } : {}) };
}

interface Target {
  /** Content-relative path, or undefined when the URL is not a local file reference. */
  rel?: string;
  fragment: string;
}

function localTarget(url: string, file: string): Target {
  if (url === '' || url.startsWith('#') || url.startsWith('/') || url.startsWith('//') || SCHEME_RE.test(url)) {
    return { fragment: '' };
  }
  let p = url;
  let fragment = '';
  const hash = p.indexOf('#');
  if (hash !== -1) {
    fragment = p.slice(hash + 1);
    p = p.slice(0, hash);
  }
  const q = p.indexOf('?');
  if (q !== -1) p = p.slice(0, q);
  try {
    p = decodeURIComponent(p);
  } catch {
    /* keep as written */
  }
  const rel = path.posix.normalize(path.posix.join(path.posix.dirname(file), p));
  if (rel.startsWith('../') || rel === '..') return { fragment };
  return { rel, fragment };
}

/**
 * The schemes a link of a page may have (the sanitiser's: `http`, `https`, `mailto` …). A link with
 * another one (思源笔记's `siyuan://blocks/…`, `obsidian://`, `file:`, `javascript:`) would lose its
 * `href` to the sanitiser and show as a link that goes nowhere: it is shown as its text.
 */
const LINK_SCHEMES = new Set((sanitizeSchema.protocols?.href ?? []).map((p) => p.toLowerCase()));
const SCHEME_OF = /^\s*([a-z][a-z0-9+.-]*):/i;

/** Returns replacement nodes when the link is removed (kept text only), else undefined. */
function rewriteLink(node: Link, ctx: LinkContext, res: LinkResult): PhrasingContent[] | undefined {
  const scheme = SCHEME_OF.exec(node.url)?.[1]?.toLowerCase();
  const uuid = LOGSEQ_BLOCK_URL.exec(node.url)?.[1];
  if (uuid !== undefined) {
    // A Logseq block reference: the block's first line, a link to the block's line on its note's page.
    const found = ctx.resolveLogseqBlock?.(uuid);
    const at = posOf(node, ctx.file);
    if (!found) {
      ctx.diags.add(ctx.danglingSeverity, 'dangling-reference', at, { key: 'finding.logseq-ref-dangling', vars: { id: uuid } },
        { key: 'finding.hint.logseq-ref-dangling' });
      return [{ type: 'text', value: `((${uuid}))` }];
    }
    node.children = [{ type: 'text', value: found.block.text || found.note.title }];
    const own = found.note.id === ctx.freeNote(ctx.file)?.id;
    node.url = own ? `#${blockAnchor(found.block)}` : noteHref(found.note.id, blockAnchor(found.block));
    if (!own) res.noteLinks.push({ note: found.note.id, ...(found.note.home ? { to: found.note.home } : {}), label: plain(node), at });
    return undefined;
  }
  const joplin = JOPLIN_RESOURCE.exec(node.url.trim())?.[1];
  if (joplin !== undefined) {
    // qa51: a Joplin resource or note link `:/<id>`: the file named by the id, else its text with a warning that says what it is.
    const rel = joplinResourceFile(joplin, ctx);
    const at = posOf(node, ctx.file);
    if (rel === undefined) {
      ctx.diags.add(ctx.danglingSeverity, 'dangling-reference', at, { key: 'finding.joplin-resource-missing', vars: { id: joplin } },
        { key: 'finding.hint.joplin-resource-missing', vars: { id: joplin } });
      return node.children;
    }
    node.url = encodeURI(path.posix.relative(path.posix.dirname(ctx.file), rel) || rel);
  }
  const block = SIYUAN_BLOCK_URL.exec(node.url.trim())?.[1];
  if (block !== undefined) {
    const note = ctx.resolveBlock?.(block);
    // A block of this very note: its text (a link to the top of the page it is on would lead nowhere).
    if (note && note.id === ctx.freeNote(ctx.file)?.id) return node.children;
    if (!note) {
      ctx.diags.add(ctx.danglingSeverity, 'dangling-reference', posOf(node, ctx.file), { key: 'finding.block-ref-dangling', vars: { id: block } },
        { key: 'finding.hint.block-ref-dangling' });
      return node.children;
    }
    node.url = noteHref(note.id);
    res.noteLinks.push({ note: note.id, ...(note.home ? { to: note.home } : {}), label: plain(node), at: posOf(node, ctx.file) });
    return undefined;
  }
  if (scheme === 'about' && /^about:blank#/i.test(node.url.trim())) {
    // qa51: 语雀's Markdown export writes each card it cannot export (video, attachment, mind map,
    // board …) as `[此处为语雀卡片，点击链接查看](about:blank#SB2px)`: a link to nothing whose text is
    // no text of the note. Shown dimmed, with a warning that names what is missing.
    ctx.diags.warn('dangling-reference', posOf(node, ctx.file), { key: 'finding.yuque-card' }, { key: 'finding.hint.yuque-card' });
    return [{ type: 'text', value: plain(node), data: { hName: 'span', hProperties: { className: ['broken-link'] } } } as Text];
  }
  if (scheme !== undefined && !LINK_SCHEMES.has(scheme)) return node.children;
  const t = localTarget(node.url, ctx.file);
  if (t.rel === undefined) return undefined;
  const at = posOf(node, ctx.file);
  const target = resolveLocal(t.rel, ctx);
  if (target.kind === 'concept') {
    node.url = conceptHref(target.id, t.fragment);
    res.links.push({ to: target.id, label: plain(node), at });
    return undefined;
  }
  if (target.kind === 'note') {
    node.url = noteHref(target.note.id, t.fragment);
    res.noteLinks.push({ note: target.note.id, ...(target.note.home ? { to: target.note.home } : {}), label: plain(node), at });
    return undefined;
  }
  if (target.kind === 'asset') {
    if (refused(target.rel, at, ctx)) return node.children;
    node.url = assetHref(target.rel);
    res.assets.push(target.rel);
    return undefined;
  }
  if (target.kind === 'orphan-note') {
    ctx.diags.warn('link-to-unmapped-note', at, { key: 'finding.link-unmapped', vars: { path: t.rel } },
      { key: 'finding.hint.link-unmapped' });
  } else {
    ctx.diags.add(ctx.danglingSeverity, 'dangling-reference', at, { key: 'finding.link-dangling', vars: { path: t.rel } },
      danglingLinkHint(t.rel, ctx));
  }
  return node.children;
}

/**
 * qa51: Joplin's link to one of its resources (an attachment, or a note) is `:/<32 hex digits>`:
 * what the editor writes, and what its RAW export and a copied note body keep; its resources are
 * then files named by that id (`resources/<id>.png`). The id, or undefined.
 */
const JOPLIN_RESOURCE = /^:\/([0-9a-f]{32})(?:#.*)?$/i;

/** The file of the content folder named by a Joplin resource id (any extension, in any folder), or undefined. */
function joplinResourceFile(id: string, ctx: Pick<LinkContext, 'assetFiles' | 'noteFiles'>): string | undefined {
  const want = id.toLowerCase();
  const named = (f: string): boolean => path.posix.basename(f).toLowerCase().replace(/\.[^.]*$/, '') === want;
  return (ctx.assetFiles?.() ?? []).find(named) ?? ctx.noteFiles().find(named);
}

/** The schemes an image may have on a page (the sanitiser's for `src`: `http`, `https`). */
const IMAGE_SCHEMES = new Set((sanitizeSchema.protocols?.src ?? []).map((p) => p.toLowerCase()));

/** A root-relative image path, `/images/a.png` (not `//host/…`): the path without its `/`, query and fragment. */
const ROOT_PATH = /^\/(?!\/)([^?#]+)/;

function rewriteImage(node: Image, ctx: LinkContext, res: LinkResult): PhrasingContent | undefined {
  const joplin = JOPLIN_RESOURCE.exec(node.url.trim())?.[1];
  if (joplin !== undefined) {
    const rel = joplinResourceFile(joplin, ctx);
    if (rel !== undefined && !rel.endsWith('.md')) {
      if (refused(rel, posOf(node, ctx.file), ctx)) return { type: 'text', value: node.alt ?? '' };
      node.url = assetHref(rel);
      res.assets.push(rel);
      return undefined;
    }
    ctx.diags.warn('missing-image', posOf(node, ctx.file), { key: 'finding.joplin-resource-missing', vars: { id: joplin } },
      { key: 'finding.hint.joplin-resource-missing', vars: { id: joplin } });
    return { type: 'text', value: node.alt ?? '' };
  }
  // qa51: `file:///C:/Users/…/clipboard.png` (有道云笔记, Typora's pasted images), `data:`, `ynote://`: the
  // sanitiser would drop the `src` and leave an empty image, with no word of why.
  const scheme = SCHEME_OF.exec(node.url)?.[1]?.toLowerCase();
  if (scheme !== undefined && !IMAGE_SCHEMES.has(scheme)) {
    const url = node.url.length > 80 ? `${node.url.slice(0, 79)}…` : node.url;
    ctx.diags.warn('missing-image', posOf(node, ctx.file), { key: 'finding.image-scheme', vars: { url } }, { key: 'finding.hint.image-scheme' });
    return { type: 'text', value: node.alt ?? '' };
  }
  // qa53: `/images/a.png` (Hugo's static/, Hexo's source/ folder, as blog posts write it) is the content folder's
  // `images/a.png` when it has it; else a warning (it was left as is: an image the site 404s on, with no word)
  const root = ROOT_PATH.exec(node.url)?.[1];
  if (root !== undefined) {
    let rel = root;
    try {
      rel = decodeURIComponent(root);
    } catch {
      /* keep as written */
    }
    rel = path.posix.normalize(rel);
    if (!rel.startsWith('../') && ctx.fileExists(rel)) {
      if (refused(rel, posOf(node, ctx.file), ctx)) return { type: 'text', value: node.alt ?? '' };
      node.url = assetHref(rel);
      res.assets.push(rel);
      return undefined;
    }
    ctx.diags.warn('missing-image', posOf(node, ctx.file), { key: 'finding.image-root-path', vars: { url: node.url, path: rel } },
      { key: 'finding.hint.image-root-path', vars: { path: rel } });
    return { type: 'text', value: node.alt ?? '' };
  }
  const t = localTarget(node.url, ctx.file);
  if (t.rel === undefined) return undefined;
  if (ctx.fileExists(t.rel)) {
    if (refused(t.rel, posOf(node, ctx.file), ctx)) return { type: 'text', value: node.alt ?? '' };
    node.url = assetHref(t.rel);
    res.assets.push(t.rel);
    return undefined;
  }
  ctx.diags.warn('missing-image', posOf(node, ctx.file), { key: 'finding.missing-image', vars: { path: t.rel } },
    { key: 'finding.hint.missing-image' });
  return { type: 'text', value: node.alt ?? '' };
}

function rewriteDefinition(node: Definition, ctx: LinkContext, res: LinkResult): void {
  const t = localTarget(node.url, ctx.file);
  if (t.rel === undefined) return;
  const target = resolveLocal(t.rel, ctx);
  if (target.kind === 'concept') {
    node.url = conceptHref(target.id, t.fragment);
    res.links.push({ to: target.id, label: node.label ?? node.identifier, at: posOf(node, ctx.file) });
  } else if (target.kind === 'note') {
    node.url = noteHref(target.note.id, t.fragment);
    res.noteLinks.push({ note: target.note.id, ...(target.note.home ? { to: target.note.home } : {}), label: node.label ?? node.identifier, at: posOf(node, ctx.file) });
  } else if (target.kind === 'asset') {
    if (refused(target.rel, posOf(node, ctx.file), ctx)) {
      node.url = '';
      return;
    }
    node.url = assetHref(target.rel);
    res.assets.push(target.rel);
  } else {
    ctx.diags.add(ctx.danglingSeverity, 'dangling-reference', posOf(node, ctx.file),
      { key: 'finding.definition-dangling', vars: { label: node.label ?? node.identifier, path: t.rel } },
      { key: 'finding.hint.fix-path' });
  }
}

/** Warns and returns true when the file must not be published. */
function refused(rel: string, at: SourceRef, ctx: LinkContext): boolean {
  const why = ctx.assetRefusal(rel);
  if (why === undefined) return false;
  ctx.diags.warn('unsafe-asset', at, { key: 'finding.unsafe-asset', vars: { path: rel, why } },
    { key: 'finding.hint.unsafe-asset' });
  return true;
}

type Resolved =
  | { kind: 'concept'; id: string }
  | { kind: 'note'; note: LinkedNote }
  | { kind: 'asset'; rel: string }
  | { kind: 'orphan-note' }
  | { kind: 'missing' };

function resolveLocal(rel: string, ctx: LinkContext): Resolved {
  const tries = /\.(md|markdown)$/i.test(rel) ? [rel] : [rel, `${rel}.md`, `${rel}/index.md`];
  for (const r of tries) {
    const free = ctx.freeNote(r);
    if (free) return { kind: 'note', note: free };
    const note = ctx.noteTarget(r);
    if (typeof note === 'string') return { kind: 'concept', id: note };
    if (note === null) return { kind: 'orphan-note' };
  }
  if (!/\.(md|markdown)$/i.test(rel) && ctx.fileExists(rel)) return { kind: 'asset', rel };
  return { kind: 'missing' };
}

function plain(node: Parent): string {
  let s = '';
  for (const c of node.children as RootContent[]) {
    if ('value' in c && typeof c.value === 'string') s += c.value;
    else if ('children' in c) s += plain(c as Parent);
  }
  return s.trim();
}
