/**
 * Stage 1, one file at a time and independent of every other file: read, decode, split the
 * frontmatter, parse the Markdown, check the fences. Pure, so it can run in worker threads
 * (see parse-files.ts); the result is plain data (structured-clone safe).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Root } from 'mdast';
import type { Diagnostic } from './model.ts';
import { DiagnosticSink } from './diagnostics.ts';
import { decodeText } from './files.ts';
import { splitFrontmatter, type Frontmatter } from './frontmatter.ts';
import { parseMarkdown } from './markdown.ts';
import { checkFences, codeNodes } from './fences.ts';

export type ParseRole = 'map' | 'concept' | 'note';

export interface ParseJob {
  file: string;
  role: ParseRole;
}

export interface ParsedFile {
  file: string;
  role: ParseRole;
  /** False when the file could not be read as UTF-8 text (an `unreadable-file` diagnostic says why). */
  readable: boolean;
  /** The text with frontmatter blanked out (positions are file positions). */
  body: string;
  tree: Root;
  fm: Frontmatter;
  hasFrontmatter: boolean;
  /** 'error' when the frontmatter is unusable or a fence is unclosed. */
  status: 'ok' | 'error';
  diagnostics: Diagnostic[];
}

/** A ParsedFile on its way from a worker thread: the tree as JSON text. */
export type PackedFile = Omit<ParsedFile, 'tree'> & { treeJson: string };

/**
 * mdast trees are plain JSON data (strings, numbers, booleans, null, arrays, objects; a test
 * checks the round trip on the bundled notes and a generated corpus), so JSON is enough to
 * move them between threads, and JSON.parse is faster than structured clone.
 */
export function packForMainThread(p: ParsedFile): PackedFile {
  const { tree, ...rest } = p;
  return { ...rest, treeJson: JSON.stringify(tree) };
}

export function unpackOnMainThread(p: PackedFile): ParsedFile {
  const { treeJson, ...rest } = p;
  return { ...rest, tree: JSON.parse(treeJson) as Root };
}

export function emptyFrontmatter(): Frontmatter {
  return { prerequisites: [], related: [], transitions: [], keyAt: new Map() };
}

/** The bytes of a note, or the reason it cannot be read. */
export function readNote(root: string, file: string): Uint8Array | NodeJS.ErrnoException {
  try {
    return readFileSync(path.join(root, ...file.split('/')));
  } catch (err) {
    return err as NodeJS.ErrnoException;
  }
}

export function parseFile(root: string, job: ParseJob): ParsedFile {
  return parseNote(job, readNote(root, job.file));
}

/** `parseFile` on bytes already read (or the error reading them gave). */
export function parseNote(job: ParseJob, bytes: Uint8Array | NodeJS.ErrnoException): ParsedFile {
  const { file, role } = job;
  const diags = new DiagnosticSink();
  const out: ParsedFile = {
    file,
    role,
    readable: false,
    body: '',
    tree: { type: 'root', children: [] },
    fm: emptyFrontmatter(),
    hasFrontmatter: false,
    status: 'error',
    diagnostics: diags.items,
  };
  if (!(bytes instanceof Uint8Array)) {
    diags.error('unreadable-file', { file, line: 1, column: 1 },
      `cannot read note: ${bytes.code ?? bytes.message}`,
      'Check the file permissions.');
    return out;
  }
  const read = decodeText(bytes);
  if (!read.ok) {
    diags.error('unreadable-file', { file, line: read.line, column: read.column }, `cannot read note: ${read.reason}`,
      'Save the note as UTF-8 text, or move non-note files out of the notes folders.');
    return out;
  }
  out.readable = true;
  let ok = true;
  let body = read.text;
  if (role !== 'map') {
    // Free-form notes may carry frontmatter too (only `title` is used). When it is not valid
    // YAML the note probably just starts with a `---` rule: keep the text as Markdown.
    const sink = role === 'concept' ? diags : new DiagnosticSink();
    const split = splitFrontmatter(read.text, file, sink);
    if (role === 'note' && sink.items.some((d) => d.code === 'frontmatter-invalid')) {
      diags.warn('note-frontmatter-ignored', { file, line: 1, column: 1 },
        'the note starts with --- but what follows is not YAML frontmatter; it is read as Markdown',
        'Remove the leading --- line, or fix the YAML between the --- lines.');
    } else {
      body = split.body;
      out.fm = split.frontmatter;
      out.hasFrontmatter = split.hasFrontmatter;
      if (role === 'concept') ok = split.valid;
    }
  }
  out.body = body;
  out.tree = parseMarkdown(body);
  const before = diags.items.length;
  checkFences(codeNodes(out.tree), body, file, diags);
  if (diags.items.length > before) ok = false;
  out.status = ok ? 'ok' : 'error';
  return out;
}
