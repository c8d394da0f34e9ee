/**
 * The content folder: list every file (content-relative, `/` separators, sorted), classify it
 * and read notes as UTF-8, reporting binary or invalid UTF-8 files instead of crashing.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import type { FileRecord } from './model.ts';
import { compareStrings, lineColumnAt } from './util.ts';

export type FileRole = FileRecord['role'];

export interface ContentFile {
  /** Content-relative, `/` separators. */
  file: string;
  role: FileRole;
}

const MARKDOWN = /\.(md|markdown)$/i;

/** Every file below `contentDir` (hidden files and folders, `node_modules` skipped), sorted. */
export async function listContentFiles(contentDir: string): Promise<string[]> {
  const out: string[] = [];
  async function walk(rel: string): Promise<void> {
    const abs = rel ? path.join(contentDir, rel) : contentDir;
    const entries = await readdir(abs, { withFileTypes: true });
    for (const e of entries) {
      if (e.name.startsWith('.') || e.name === 'node_modules') continue;
      const childRel = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) await walk(childRel);
      else if (e.isFile() || e.isSymbolicLink()) out.push(childRel);
    }
  }
  await walk('');
  return out.sort(compareStrings);
}

/**
 * How the content folder is laid out. `laid-out`: it has a `map.md` at the top, or a `concepts/` or
 * `notes/` folder holding any file — only those count (see `classify`). `loose`: it has none of the
 * three (a flat or nested folder of chapters, as Obsidian or Quartz users keep them) — every
 * Markdown file in it, at any depth, is a free-form note, exactly as if it were under `notes/`.
 * An empty `notes/` folder does not count (the file list has no folders).
 */
export type ContentLayout = 'laid-out' | 'loose';

export function contentLayout(files: readonly string[]): ContentLayout {
  return files.some((f) => f === 'map.md' || f.startsWith('concepts/') || f.startsWith('notes/')) ? 'laid-out' : 'loose';
}

/**
 * inc55: folders whose Markdown files are only included into other notes (includes.ts), as the
 * documentation tools keep them (MkDocs' snippets, Jekyll's and VitePress's `_includes` / parts,
 * Docusaurus' partials): a file under one of them, at any depth, is no page of its own, no note the
 * miner reads, and not reported as unclassified; it shows where a note includes it. Any other
 * included Markdown file is a note as well (its own page) when its place makes it one.
 */
export const INCLUDE_ONLY_FOLDERS: ReadonlySet<string> = new Set(['_snippets', 'snippets', '_includes', 'includes', '_partials', 'partials']);

/** Whether a content-relative file lies under an include-only folder (INCLUDE_ONLY_FOLDERS). */
export function isIncludeOnly(file: string): boolean {
  const parts = file.split('/');
  return parts.slice(0, -1).some((p) => INCLUDE_ONLY_FOLDERS.has(p.toLowerCase()));
}

/**
 * A laid-out folder: `map.md` at the top is the map; `concepts/**.md` concept notes; `notes/**.md`
 * free-form notes; any other Markdown file is ignored (reported unless it is a README). A loose
 * folder: every Markdown file is a free-form note (README.md too, as under `notes/`). Other files
 * are assets when a note references them, else ignored.
 */
export function classify(file: string, layout: ContentLayout = 'laid-out'): FileRole {
  if (!MARKDOWN.test(file)) return 'ignored';
  if (isIncludeOnly(file)) return 'ignored';
  if (layout === 'loose') return 'note';
  if (file === 'map.md') return 'map';
  if (file.startsWith('concepts/')) return 'concept';
  if (file.startsWith('notes/')) return 'note';
  return 'ignored';
}

/**
 * A note's path as if it were under `notes/`: the part after `notes/` in a laid-out folder, the
 * whole content-relative path in a loose one (which has no `notes/`). Ids, folders and areas come from it.
 */
/** qa52: the page id Notion ends an exported page's (and its folder's) name with: ` 3f2a9c1e8b7d4e6f9a0b1c2d3e4f5a6b`. */
const NOTION_ID_SUFFIX = /\s+[0-9a-f]{32}(?=\.md$|$)/i;

/**
 * qa52: a path as the reader knows its pages, each part without the id Notion's export ends it
 * with (`K8s 学习笔记 8a1b…/Untitled deadbeef….md` → `K8s 学习笔记/Untitled.md`): where the site
 * names a folder or tells notes apart, the 32 hex digits say nothing. A part that is only an id stays.
 */
export function withoutNotionIds(path: string): string {
  return path.split('/').map((part) => part.replace(NOTION_ID_SUFFIX, '') || part).join('/');
}

export function notePathOf(file: string): string {
  return file.replace(/^notes\//, '');
}

export function isMarkdown(file: string): boolean {
  return MARKDOWN.test(file);
}

export type ReadResult =
  | { ok: true; text: string }
  | { ok: false; reason: string; line: number; column: number };

/** Decode a note: UTF-8 text (BOM dropped, CRLF → LF); binary or non-UTF-8 content is a failure with a position. */
const utf8 = new TextDecoder('utf-8', { fatal: true });
const utf8Lenient = new TextDecoder('utf-8', { fatal: false });

export function decodeText(buf: Uint8Array): ReadResult {
  const nul = buf.indexOf(0);
  if (nul !== -1) {
    const before = utf8Lenient.decode(buf.subarray(0, nul));
    const pos = lineColumnAt(before, before.length);
    return { ok: false, reason: 'binary file (contains NUL bytes), not a Markdown note', ...pos };
  }
  let text: string;
  try {
    text = utf8.decode(buf);
  } catch {
    const lenient = utf8Lenient.decode(buf);
    const at = lenient.indexOf('\ufffd');
    const pos = lineColumnAt(lenient, at === -1 ? 0 : at);
    return { ok: false, reason: 'file is not valid UTF-8', ...pos };
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.includes('\r')) text = text.replace(/\r\n?/g, '\n');
  return { ok: true, text };
}
