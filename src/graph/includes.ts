/**
 * inc55: files a note includes where a documentation tool builds the page, read in as that tool
 * reads them — mdBook's `{{#include file}}` (`:2`, `::10`, `:2:`, `:2:10`, `:anchor`;
 * `{{#rustdoc_include}}`, `{{#playground}}`), MkDocs' pymdownx.snippets `--8<-- "file"` (`:3:9`,
 * `:3:`, `::9`, `:section`, and the block form: `--8<--` lines around one path a line), VitePress's
 * `<!--@include: ./file.md-->` (`{3,9}`, `#region`) and its code imports `<<< @/file.yaml{4-6 yaml}`
 * (`#region`).
 *
 * Paths: mdBook's and VitePress's relative to the including file (VitePress's `@/` is its source
 * folder: the content folder here), MkDocs' relative to its `base_path` (the content folder here).
 * Only files inside the content folder are read. An included file's own includes are read too, up to
 * INCLUDE_MAX_DEPTH files deep; a file that includes itself again (a cycle) is not.
 *
 * Where the text goes (parse-file.ts `readMarkdown`): an include line inside a fence is replaced
 * by the lines it names (the fence's lines keep where each came from, `IncludedCode`, so a YAML
 * finding is reported at the included file's line); outside a fence, a Markdown file's blocks take
 * the include line's place (parsed as its own note is, its fences keeping their file and lines)
 * and any other file is a code block of its language. The including note's own lines keep their
 * numbers: nothing moves them.
 *
 * The parse cache keys a note on its own bytes and on those of every file it may include
 * (`includeSignature`, disk-cache.ts `cacheKey`), so editing only an included file parses the
 * notes that include it again.
 */
import { createHash } from 'node:crypto';
import type { Code, Root, RootContent } from 'mdast';
import type { DiagnosticSink } from './diagnostics.ts';

/** How many files deep includes are read (a note including a file that includes a file … counts each). */
export const INCLUDE_MAX_DEPTH = 8;

/** Reads a content-relative file: its bytes, or the error reading them gave. */
export type ReadContentFile = (file: string) => Uint8Array | NodeJS.ErrnoException;

/** Which lines of the included file: all, a range (1-based, inclusive; open ends), or a named region. */
export type IncludeSelection =
  | { kind: 'all' }
  | { kind: 'lines'; from?: number; to?: number }
  | { kind: 'anchor'; name: string };

export interface IncludeRef {
  tool: 'mdBook' | 'MkDocs' | 'VitePress';
  /** 1-based line and column of the include in the text it was found in. */
  line: number;
  column: number;
  /** The path as written. */
  path: string;
  /** The content-relative file it names; undefined when the path leaves the content folder (or is a URL: `remote`). */
  target: string | undefined;
  remote?: boolean;
  select: IncludeSelection;
  /** The include line's own indentation (MkDocs indents the included lines by it). */
  indent: string;
  /** A code import (VitePress `<<<`, mdBook `{{#playground}}`): a code block outside a fence, with this language when it says one. */
  codeImport?: { lang?: string };
  /** Only read outside code (VitePress's forms); mdBook's and MkDocs' are read in fences too. */
  outsideCodeOnly: boolean;
}

/** What an include line turns into, by its line (0-based) in a text: an include, or nothing (a block form's `--8<--` line, a `;` comment). */
export type IncludeLines = Map<number, IncludeRef | null>;

const MDBOOK = /^([ \t]*)\{\{#(include|rustdoc_include|playground)[ \t]+([^\s{}:]+)(?::([^\s{}]*))?(?:[ \t]+[^{}\n]*)?\}\}[ \t]*$/;
const MKDOCS = /^([ \t]*)-+8<-+[ \t]+(?:"([^"\n]+)"|'([^'\n]+)')[ \t]*$/;
const MKDOCS_BLOCK = /^([ \t]*)-+8<-+[ \t]*$/;
const VITEPRESS_CODE = /^([ \t]*)<<<[ \t]+((?:@|\.{1,2})\/[^\s{#[]+)(?:#([\w-]+))?(?:\{([^}\n]*)\})?(?:[ \t]*\[[^\]\n]*\])?[ \t]*$/;
const VITEPRESS_MD = /^([ \t]*)<!--[ \t]*@include:[ \t]*([^\s{#]+?)(?:#([\w-]+))?(?:\{(\d*),(\d*)\})?[ \t]*-->[ \t]*$/;

/** A quick test: may this text hold an include at all? (Most notes have none: one regex.) */
export function mayInclude(text: string): boolean {
  return /\{\{#|8<-|<<<|@include:/.test(text);
}

/** Bytes: the same test without decoding (`includeSignature`). */
function bytesMayInclude(b: Uint8Array): boolean {
  const buf = Buffer.isBuffer(b) ? b : Buffer.from(b.buffer, b.byteOffset, b.byteLength);
  return buf.includes('{{#') || buf.includes('8<-') || buf.includes('<<<') || buf.includes('@include:');
}

/** A path resolved against a folder (`dir`, content-relative, '' for the root): content-relative, or undefined when it leaves the content folder. */
export function resolveInside(dir: string, written: string): string | undefined {
  const parts: string[] = [];
  const rel = written.startsWith('@/') ? written.slice(2) : written.startsWith('/') ? written : `${dir}/${written}`;
  for (const p of rel.split('/')) {
    if (p === '' || p === '.') continue;
    if (p === '..') {
      if (parts.pop() === undefined) return undefined;
    } else parts.push(p);
  }
  return parts.length > 0 ? parts.join('/') : undefined;
}

function folderOf(file: string): string {
  return file.includes('/') ? file.slice(0, file.lastIndexOf('/')) : '';
}

/** mdBook's `:2` (that line), `::10`, `:2:`, `:2:10`, `:anchor`. */
function mdBookSelection(spec: string | undefined): IncludeSelection {
  if (spec === undefined || spec === '') return { kind: 'all' };
  const m = /^(\d*)(?::(\d*))?$/.exec(spec);
  if (!m) return { kind: 'anchor', name: spec };
  const from = m[1] ? Number(m[1]) : undefined;
  if (m[2] === undefined) return from === undefined ? { kind: 'all' } : { kind: 'lines', from, to: from };
  const to = m[2] ? Number(m[2]) : undefined;
  return { kind: 'lines', ...(from !== undefined ? { from } : {}), ...(to !== undefined ? { to } : {}) };
}

/** MkDocs' `file.md:3:9`, `:3:`, `::9`, `:3` (from line 3), `:section`; the path is what comes before the first colon. */
function mkDocsSelection(written: string): { path: string; select: IncludeSelection } {
  const at = written.indexOf(':');
  if (at < 0 || /^[a-z][\w+.-]*:\/\//i.test(written)) return { path: written, select: { kind: 'all' } };
  const path = written.slice(0, at);
  const spec = written.slice(at + 1);
  const m = /^(\d*)(?::(\d*))?$/.exec(spec);
  if (!m) return { path, select: { kind: 'anchor', name: spec } };
  const from = m[1] ? Number(m[1]) : undefined;
  const to = m[2] ? Number(m[2]) : undefined;
  return { path, select: from === undefined && to === undefined ? { kind: 'all' } : { kind: 'lines', ...(from !== undefined ? { from } : {}), ...(to !== undefined ? { to } : {}) } };
}

/** VitePress's `{4-6 yaml}` after a code import: highlighted lines (ignored) and the language. */
function vitepressLang(braces: string | undefined): string | undefined {
  if (!braces) return undefined;
  const lang = braces.trim().split(/\s+/).find((w) => !/^[\d,-]+$/.test(w));
  return lang || undefined;
}

/**
 * The include lines of a text (`file`: its content-relative path; `inCode(i)`: whether line i is
 * in code, where only mdBook's and MkDocs' forms count), by 0-based line.
 */
export function findIncludes(text: string, file: string, inCode: (i: number) => boolean = () => false): IncludeLines {
  const out: IncludeLines = new Map();
  if (!mayInclude(text)) return out;
  const lines = text.split('\n');
  const dir = folderOf(file);
  let block: number | undefined; // the line of an open MkDocs block form
  lines.forEach((l, i) => {
    if (block !== undefined) {
      if (MKDOCS_BLOCK.test(l)) {
        out.set(i, null);
        block = undefined;
        return;
      }
      const p = l.trim();
      if (p === '' || p.startsWith(';')) return void out.set(i, null);
      const { path, select } = mkDocsSelection(p);
      const remote = /^[a-z][\w+.-]*:\/\//i.test(path);
      out.set(i, { tool: 'MkDocs', line: i + 1, column: l.length - l.trimStart().length + 1, path: p, target: remote ? undefined : resolveInside('', path), ...(remote ? { remote } : {}), select, indent: lines[block]!.match(/^[ \t]*/)![0], outsideCodeOnly: false });
      return;
    }
    let m = MDBOOK.exec(l);
    if (m) {
      const written = m[3]!;
      out.set(i, { tool: 'mdBook', line: i + 1, column: m[1]!.length + 1, path: written, target: resolveInside(dir, written), select: mdBookSelection(m[4]), indent: m[1]!, ...(m[2] === 'playground' ? { codeImport: {} } : {}), outsideCodeOnly: false });
      return;
    }
    m = MKDOCS.exec(l);
    if (m) {
      const written = (m[2] ?? m[3])!;
      const { path, select } = mkDocsSelection(written);
      const remote = /^[a-z][\w+.-]*:\/\//i.test(path);
      out.set(i, { tool: 'MkDocs', line: i + 1, column: m[1]!.length + 1, path: written, target: remote ? undefined : resolveInside('', path), ...(remote ? { remote } : {}), select, indent: m[1]!, outsideCodeOnly: false });
      return;
    }
    // a block form's opening line: the path lines follow, until the next `--8<--` line (in code or not, as the single-line form)
    if (MKDOCS_BLOCK.test(l) && lines.slice(i + 1).some((x) => MKDOCS_BLOCK.test(x))) {
      out.set(i, null);
      block = i;
      return;
    }
    if (inCode(i)) return;
    m = VITEPRESS_CODE.exec(l);
    if (m) {
      const written = m[2]!;
      const lang = vitepressLang(m[4]);
      out.set(i, { tool: 'VitePress', line: i + 1, column: m[1]!.length + 1, path: written, target: resolveInside(dir, written), select: m[3] ? { kind: 'anchor', name: m[3] } : { kind: 'all' }, indent: m[1]!, codeImport: lang ? { lang } : {}, outsideCodeOnly: true });
      return;
    }
    m = VITEPRESS_MD.exec(l);
    if (m) {
      const written = m[2]!;
      const select: IncludeSelection = m[3] ? { kind: 'anchor', name: m[3] } : m[4] !== undefined && (m[4] !== '' || m[5] !== '')
        ? { kind: 'lines', ...(m[4] ? { from: Number(m[4]) } : {}), ...(m[5] ? { to: Number(m[5]) } : {}) }
        : { kind: 'all' };
      out.set(i, { tool: 'VitePress', line: i + 1, column: m[1]!.length + 1, path: written, target: resolveInside(dir, written), select, indent: m[1]!, outsideCodeOnly: true });
    }
  });
  return out;
}

/** A region's opening and closing lines, as the three tools mark them (in any comment): mdBook's anchors, MkDocs' sections, VS Code's regions (VitePress). */
const REGION_START = /(?:ANCHOR:\s*([\w-]+)|-+8<-+\s*\[start:([\w-]+)\]|#region\s+([\w-]+))/;
const REGION_END = /(?:ANCHOR_END:\s*([\w-]+)|-+8<-+\s*\[end:([\w-]+)\]|#endregion\s+([\w-]+))/;
const regionName = (m: RegExpExecArray | null): string | undefined => (m ? (m[1] ?? m[2] ?? m[3]) : undefined);

/** One line of an included text with where it came from (1-based line of `file`). */
export interface Origin {
  file: string;
  line: number;
}

/** A fence's lines, with where each came from, when an include put lines into it (parse-file.ts, examples.ts). */
export interface IncludedCode {
  /** Per line of the code's value. */
  origins: Origin[];
}

export type Selected = { ok: true; lines: { text: string; line: number }[] } | { ok: false; reason: string };

/**
 * The lines of `text` a selection names (1-based line numbers kept). Every line that marks a region
 * (any name) is left out, as the tools do. A range past the end, a range whose end is before its
 * start, and a region that is not there are errors (`reason`).
 */
export function selectLines(text: string, select: IncludeSelection): Selected {
  const all = text.replace(/\n$/, '').split('\n').map((t, i) => ({ text: t, line: i + 1 }));
  const marker = (t: string) => REGION_START.test(t) || REGION_END.test(t);
  if (select.kind === 'all') return { ok: true, lines: all.filter((l) => !marker(l.text)) };
  if (select.kind === 'lines') {
    const from = select.from ?? 1;
    const to = select.to ?? all.length;
    if (from < 1 || from > all.length) return { ok: false, reason: `line ${from} is past the file's end (${all.length} lines)` };
    if (to < from) return { ok: false, reason: `the range ends (${to}) before it starts (${from})` };
    return { ok: true, lines: all.slice(from - 1, Math.min(to, all.length)).filter((l) => !marker(l.text)) };
  }
  const start = all.findIndex((l) => regionName(REGION_START.exec(l.text)) === select.name);
  if (start < 0) return { ok: false, reason: `no region named "${select.name}" (ANCHOR: ${select.name} / --8<-- [start:${select.name}] / #region ${select.name})` };
  const end = all.findIndex((l, i) => i > start && regionName(REGION_END.exec(l.text)) === select.name);
  if (end < 0) return { ok: false, reason: `the region "${select.name}" is not closed` };
  return { ok: true, lines: all.slice(start + 1, end).filter((l) => !marker(l.text)) };
}

/** The state of one expansion: the files being expanded (outermost first), the reader, the findings' sink. */
export interface IncludeContext {
  read: ReadContentFile;
  diags: DiagnosticSink;
  /** The including files, outermost first; the last is the file whose text is expanded now. */
  stack: string[];
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * The text an include names, or undefined after a finding at the include (in `ctx.stack`'s last
 * file): missing file, path leaving the content folder or a URL, a cycle, too deep, not UTF-8,
 * a bad range or region.
 */
export function includedText(ref: IncludeRef, ctx: IncludeContext): { file: string; lines: { text: string; line: number }[] } | undefined {
  const file = ctx.stack[ctx.stack.length - 1]!;
  const at = { file, line: ref.line, column: ref.column };
  const vars = { tool: ref.tool, path: ref.path };
  if (ref.target === undefined) {
    if (ref.remote) ctx.diags.warn('include-unresolved', at, { key: 'finding.include-unresolved', vars }, { key: 'finding.hint.include-unresolved' });
    else ctx.diags.warn('include-outside', at, { key: 'finding.include-outside', vars }, { key: 'finding.hint.include-outside' });
    return undefined;
  }
  if (ctx.stack.includes(ref.target)) {
    ctx.diags.warn('include-cycle', at, { key: 'finding.include-cycle', vars: { ...vars, chain: [...ctx.stack.slice(ctx.stack.indexOf(ref.target)), ref.target].join(' → ') } },
      { key: 'finding.hint.include-cycle' });
    return undefined;
  }
  if (ctx.stack.length > INCLUDE_MAX_DEPTH) {
    ctx.diags.warn('include-depth', at, { key: 'finding.include-depth', vars: { ...vars, depth: String(INCLUDE_MAX_DEPTH) } }, { key: 'finding.hint.include-depth' });
    return undefined;
  }
  const bytes = ctx.read(ref.target);
  if (!(bytes instanceof Uint8Array)) {
    ctx.diags.warn('include-missing', at, { key: 'finding.include-missing', vars: { ...vars, target: ref.target, reason: bytes.code ?? bytes.message } },
      { key: 'finding.hint.include-missing' });
    return undefined;
  }
  let text: string;
  try {
    text = utf8.decode(bytes).replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  } catch {
    ctx.diags.warn('include-missing', at, { key: 'finding.include-missing', vars: { ...vars, target: ref.target, reason: 'not UTF-8 text' } },
      { key: 'finding.hint.include-missing' });
    return undefined;
  }
  const sel = selectLines(text, ref.select);
  if (!sel.ok) {
    ctx.diags.warn('include-range', at, { key: 'finding.include-range', vars: { ...vars, reason: sel.reason } }, { key: 'finding.hint.include-range' });
    return undefined;
  }
  return { file: ref.target, lines: sel.lines };
}

/**
 * Lines with their includes read in (mdBook's and MkDocs' forms: the text of a fence, or an
 * included file's text inside one), each with its origin. `origins`: where each input line
 * came from. An include that cannot be read stays as written (after its finding).
 */
export function expandLines(lines: readonly string[], origins: readonly Origin[], ctx: IncludeContext): { lines: string[]; origins: Origin[] } {
  const text = lines.join('\n');
  const refs = findIncludes(text, ctx.stack[ctx.stack.length - 1]!, () => true);
  if (refs.size === 0) return { lines: [...lines], origins: [...origins] };
  const outLines: string[] = [];
  const outOrigins: Origin[] = [];
  lines.forEach((l, i) => {
    const ref = refs.get(i);
    if (ref === null) return; // a block form's line
    if (ref === undefined || ref.outsideCodeOnly) {
      outLines.push(l);
      outOrigins.push(origins[i]!);
      return;
    }
    const inc = includedText({ ...ref, line: origins[i]!.line }, { ...ctx, stack: [...ctx.stack.slice(0, -1), origins[i]!.file] });
    if (!inc) {
      outLines.push(l);
      outOrigins.push(origins[i]!);
      return;
    }
    const inner = expandLines(inc.lines.map((x) => x.text), inc.lines.map((x) => ({ file: inc.file, line: x.line })), { ...ctx, stack: [...ctx.stack, inc.file] });
    inner.lines.forEach((t, k) => {
      // mdBook puts the text where the include was (what came before it on its line, once); MkDocs indents every line
      outLines.push(ref.tool === 'MkDocs' || k === 0 ? ref.indent + t : t);
      outOrigins.push(inner.origins[k]!);
    });
  });
  return { lines: outLines, origins: outOrigins };
}

/** The language of a code block for a file by its extension (`pod.yaml` → `yaml`). */
export function langOfFile(file: string): string | undefined {
  const ext = /\.([\w]+)$/.exec(file)?.[1]?.toLowerCase();
  if (!ext) return undefined;
  return ({ yml: 'yaml', sh: 'bash', rs: 'rust', py: 'python', js: 'javascript', ts: 'typescript', md: 'markdown' } as Record<string, string>)[ext] ?? ext;
}

export function isMarkdownFile(file: string): boolean {
  return /\.(md|markdown|mdx)$/i.test(file);
}

/** Every node of a tree (depth first), with its parent's children array and index. */
function eachChild(node: { children?: RootContent[] }, fn: (child: RootContent, siblings: RootContent[], i: number) => void): void {
  const kids = node.children;
  if (!kids) return;
  for (let i = 0; i < kids.length; i++) {
    const c = kids[i]!;
    fn(c, kids, i);
    if (c.type !== 'code') eachChild(c as { children?: RootContent[] }, fn);
  }
}

/** Sets every node's position under `nodes` to `pos` (blocks read in from another file sit on the include's line). */
function placeAt(nodes: RootContent[], pos: NonNullable<RootContent['position']>): void {
  for (const n of nodes) {
    n.position = { start: { ...pos.start }, end: { ...pos.end } };
    if ('children' in n && Array.isArray(n.children)) placeAt(n.children as RootContent[], pos);
  }
}

/**
 * Reads a note's includes into its tree (see the module comment): fences' include lines, then
 * blocks that are include lines only. `text` is the note's text the tree was parsed from; `file`
 * its content-relative path; `readNote(file, text, stack)`: an included Markdown file's tree (parsed
 * as a note is, its own includes read: the caller's pipeline). Returns whether anything changed.
 */
export function readIncludes(
  text: string,
  tree: Root,
  ctx: IncludeContext,
  readNote: (file: string, text: string, stack: string[]) => Root,
  inCode: (i: number) => boolean,
): boolean {
  if (!mayInclude(text)) return false;
  const file = ctx.stack[ctx.stack.length - 1]!;
  let changed = false;
  // 1. include lines in fences (code nodes with a position: this text's own)
  eachChild(tree, (c) => {
    if (c.type !== 'code' || !c.position || (c.data as { included?: IncludedCode } | undefined)?.included) return;
    if (!mayInclude(c.value)) return;
    const lines = c.value.split('\n');
    const first = c.position.start.line + 1;
    const origins = lines.map((_, i) => ({ file, line: first + i }));
    const x = expandLines(lines, origins, ctx);
    if (x.lines.length === lines.length && x.lines.every((l, i) => l === lines[i])) return;
    c.value = x.lines.join('\n');
    (c as Code).data = { ...(c.data ?? {}), included: { origins: x.origins } } as Code['data'];
    changed = true;
  });
  // 2. blocks that are include lines only (a paragraph of them, VitePress's `<!--@include-->` html)
  const refs = findIncludes(text, file, inCode);
  if (refs.size === 0) return changed;
  const replace: { siblings: RootContent[]; i: number; with: RootContent[] }[] = [];
  // the lines of the blocks read (any other include line outside code shares its block with text: warned below)
  const taken = new Set<number>();
  eachChild(tree, (c, siblings, i) => {
    if ((c.type !== 'paragraph' && c.type !== 'html') || !c.position) return;
    const from = c.position.start.line - 1;
    const to = c.position.end.line - 1;
    const own: IncludeRef[] = [];
    for (let l = from; l <= to; l++) {
      const r = refs.get(l);
      if (r === undefined) return; // a line of text: the block is no include
      if (r) own.push(r);
    }
    for (let l = from; l <= to; l++) taken.add(l);
    const out: RootContent[] = [];
    for (const ref of own) {
      const inc = includedText(ref, ctx);
      if (!inc) continue;
      if (isMarkdownFile(inc.file) && !ref.codeImport) {
        const sub = readNote(inc.file, inc.lines.map((l) => l.text).join('\n'), [...ctx.stack, inc.file]);
        // each fence keeps its file and lines (lines are the included text's: map them back to the file's)
        const at = (n: number) => inc.lines[n - 1]?.line ?? n;
        eachChild(sub, (n) => {
          if (n.type !== 'code' || !n.position) return;
          const d = (n.data ?? {}) as { included?: IncludedCode };
          const origins = d.included?.origins.map((o) => (o.file === inc.file ? { file: o.file, line: at(o.line) } : o))
            ?? n.value.split('\n').map((_, k) => ({ file: inc.file, line: at(n.position!.start.line + 1 + k) }));
          n.data = { ...(n.data ?? {}), included: { origins } } as Code['data'];
        });
        placeAt(sub.children, c.position);
        out.push(...sub.children);
      } else {
        const expanded = expandLines(inc.lines.map((l) => l.text), inc.lines.map((l) => ({ file: inc.file, line: l.line })), { ...ctx, stack: [...ctx.stack, inc.file] });
        const lang = ref.codeImport?.lang ?? langOfFile(inc.file) ?? null;
        out.push({ type: 'code', lang, meta: null, value: expanded.lines.join('\n'), position: { start: { ...c.position.start }, end: { ...c.position.end } }, data: { included: { origins: expanded.origins } } } as Code);
      }
    }
    if (out.length > 0 || own.length > 0) replace.push({ siblings, i, with: own.length > 0 && out.length === 0 ? [c] : out });
  });
  for (const [l, ref] of refs) {
    if (!ref || taken.has(l) || inCode(l)) continue;
    ctx.diags.warn('include-unresolved', { file, line: ref.line, column: ref.column }, { key: 'finding.include-not-block', vars: { tool: ref.tool, path: ref.path } },
      { key: 'finding.hint.include-not-block' });
  }
  // (last first, so the indexes of earlier ones still hold)
  for (const r of replace.reverse()) {
    if (r.with.length === 1 && r.with[0] === r.siblings[r.i]) continue;
    r.siblings.splice(r.i, 1, ...r.with);
    changed = true;
  }
  return changed;
}

/**
 * A name for every file a note may read in (its includes, theirs, … as `findIncludes` finds them
 * anywhere in the text, in code or not: a superset of what the parse reads) with a hash of its
 * bytes (or why it could not be read): '' for a note with no include. Part of the note's cache key
 * (disk-cache.ts `cacheKey`) and of what the dev server compares (parse-files.ts).
 */
export function includeSignature(read: ReadContentFile, file: string, bytes: Uint8Array): string {
  if (!bytesMayInclude(bytes)) return '';
  const h = createHash('sha1');
  const seen = new Set<string>([file]);
  const walk = (f: string, b: Uint8Array, depth: number): void => {
    if (depth > INCLUDE_MAX_DEPTH || !bytesMayInclude(b)) return;
    let text: string;
    try {
      text = utf8.decode(b);
    } catch {
      return;
    }
    for (const ref of findIncludes(text.replace(/\r\n?/g, '\n'), f).values()) {
      if (!ref?.target || seen.has(ref.target)) continue;
      seen.add(ref.target);
      const x = read(ref.target);
      h.update(`${ref.target}\0`);
      if (x instanceof Uint8Array) {
        h.update(createHash('sha1').update(x).digest('hex'));
        walk(ref.target, x, depth + 1);
      } else h.update(`unreadable:${x.code ?? ''}`);
      h.update('\0');
    }
  };
  walk(file, bytes, 0);
  return seen.size > 1 ? `includes:${h.digest('hex')}` : '';
}
