/**
 * Stage 1, one file at a time and independent of every other file: read, decode, split the
 * frontmatter, parse the Markdown, check the fences, analyse the YAML fences (`analyzeFence`,
 * which depends only on the code and the file name). Pure, so it can run in worker threads
 * (see parse-files.ts); the result is plain data (structured-clone safe). The YAML analysis is
 * here rather than in a stage after parsing so that, in a large folder, the parse workers do it
 * too (it was about a tenth of `loadGraph` at 10,000 notes, all on the main thread).
 */
import { splitLabelLines } from './label-lines.ts';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Root } from 'mdast';
import type { Diagnostic } from './model.ts';
import { DiagnosticSink } from './diagnostics.ts';
import { decodeText } from './files.ts';
import { blankComments } from './comments.ts';
import { abbreviationLines, hackmdFenceLangs, hackmdTags, includeDirectives, readEmbeds, rewriteBlogShortcodes, yarleMetadataLines } from './blog-shortcodes.ts';
import { rewriteExportTags } from './export-tags.ts';
import { blankSiyuanMarkers, blockRefsToLinks, siyuanBlockIds } from './siyuan.ts';
import { logseqPageName, readLogseq, type LogseqBlock } from './logseq.ts';
import { lineColumnAt } from './util.ts';
import { codeAwareLines } from './siyuan.ts';
import { mayInclude, readIncludes, type IncludeContext } from './includes.ts';
import { splitFrontmatter, splitUnfencedFrontmatter, type Frontmatter } from './frontmatter.ts';
import { htmlBlockText, htmlImages, markPropertyBlock, pairInlineHtml, parseMarkdown } from './markdown.ts';
import { markCallouts } from './callouts.ts';
import { demoteSectionH1s } from './h1-sections.ts';
import { dropTocMarkers } from './toc-markers.ts';
import { isSpacedTag, isTag, markInlineTags, stripHeadingTags, uniqueTags } from './tags.ts';
import { propertyBlockLines, propertyTags } from './miner/property-block.ts';
import { markHighlights } from './highlights.ts';
import { isCardMarkerType } from './cards.ts';
import { checkFences, codeNodes } from './fences.ts';
import { analyzeFence, untaggedFenceFinding, type FenceAnalysis } from './examples.ts';
import { moveTemplateKeys } from './miner/template-kinds.ts';
import { packReading, readNoteAlone, unpackReading, type NoteReading } from './note-reading.ts';
import type { DefinerConfig } from './miner/definer.ts';

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
  /** Every YAML fence of the tree analysed, in document order (`node` is the fence's node in `tree`); none for the map. */
  fences: FenceAnalysis[];
  /** A free-form note's reading by the miner (note-reading.ts), when the parse did it (a large folder's parse, parse-files.ts). */
  reading?: NoteReading;
  /**
   * perf63: the reading still packed, unpacked on the first call (a build's disk cache hit,
   * `unpackOnMainThread` with `lazy`): a load that takes the mine stage's previous result never
   * reads the notes after the changed one, so their readings are not unpacked. Undefined when the
   * packed reading does not fit its tree (the mine stage then reads the note). Never with `reading`.
   */
  readingLater?: () => NoteReading | undefined;
  /**
   * The note's tags (tags.ts), one per key in order of first appearance: its frontmatter's `tags`,
   * then those of its headings (taken out of them), then those of its running text; none for the map.
   */
  tags: string[];
  /** The 思源笔记 block ids of the note (its IALs' `id`s, siyuan.ts), when it has any: block references from other notes go to its page. */
  blockIds?: string[];
  /** The Logseq blocks the note names with `id::` (logseq.ts): references `((uuid))` from any note link to them. */
  logseqBlocks?: LogseqBlock[];
  /** inc55: the content-relative files read into the note (its includes, theirs …; includes.ts), when it has any. */
  includes?: string[];
}

/** A fence analysis on its way from a worker thread: its node as an index into `codeNodes(tree)`. */
export type PackedFence = Omit<FenceAnalysis, 'node'> & { at: number };

/** A ParsedFile on its way from a worker thread: the tree as JSON text, the reading as `packReading` wrote it. */
export type PackedFile = Omit<ParsedFile, 'tree' | 'fences' | 'reading' | 'readingLater'> & { treeJson: string; fences: PackedFence[]; readingJson?: string };

/**
 * mdast trees are plain JSON data (strings, numbers, booleans, null, arrays, objects; a test
 * checks the round trip on the bundled notes and a generated corpus), so JSON is enough to
 * move them between threads, and JSON.parse is faster than structured clone. `treeJson`: the
 * tree's JSON when it is at hand (it must be `tree`'s). The disk cache stores this form too.
 */
export function packForMainThread(p: ParsedFile, treeJson?: string): PackedFile {
  const { tree, fences, reading, readingLater: _later, ...rest } = p;
  const at = new Map(codeNodes(tree).map((node, i) => [node, i]));
  const readingJson = reading && packReading(reading, tree, fences);
  return {
    ...rest,
    treeJson: treeJson ?? JSON.stringify(tree),
    fences: fences.map(({ node, ...f }) => {
      const i = at.get(node);
      if (i === undefined) throw new Error(`${p.file}: a fence analysis whose code node is not in the tree`);
      return { ...f, at: i };
    }),
    ...(readingJson !== undefined ? { readingJson } : {}),
  };
}

/** perf63, for tests: packed readings left for later (`lazy`) and unpacked since, in this process. */
export const lazyReadings = { left: 0, unpacked: 0 };

/**
 * `config`: the number (`configId`) of the definer configuration a packed reading was read with.
 * `lazy` (perf63): the reading left packed, unpacked by `readingLater` on its first call (once; its
 * references resolve against the tree and fences as they are then, so it must be called before any
 * stage changes them — the mine stage reads a note before it or a later stage touches its tree).
 */
export function unpackOnMainThread(p: PackedFile, config?: number, lazy = false): ParsedFile {
  const { treeJson, fences: packed, readingJson, ...rest } = p;
  const tree = JSON.parse(treeJson) as Root;
  const codes = codeNodes(tree);
  const fences = packed.map(({ at, ...f }) => ({ ...f, node: codes[at]! }));
  if (lazy && readingJson !== undefined && config !== undefined) {
    let json: string | undefined = readingJson;
    let reading: NoteReading | undefined;
    const readingLater = (): NoteReading | undefined => {
      if (json !== undefined) {
        reading = unpackReading(json, tree, fences, config);
        json = undefined;
        lazyReadings.unpacked++;
      }
      return reading;
    };
    lazyReadings.left++;
    return { ...rest, tree, fences, readingLater };
  }
  const reading = readingJson !== undefined && config !== undefined ? unpackReading(readingJson, tree, fences, config) : undefined;
  return { ...rest, tree, fences, ...(reading ? { reading } : {}) };
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

/** `definer`: also read a free-form note for the miner, with this definer configuration (`ParsedFile.reading`). */
export function parseFile(root: string, job: ParseJob, definer?: DefinerConfig): ParsedFile {
  return parseBytes(job, readNote(root, job.file), definer, root);
}

/** `parseFile` on bytes already read (or the error reading them gave). */
export function parseBytes(job: ParseJob, bytes: Uint8Array | NodeJS.ErrnoException, definer?: DefinerConfig, root?: string): ParsedFile {
  const p = parseNote(job, bytes, root);
  if (definer && p.role === 'note' && p.readable) p.reading = readNoteAlone(p.tree, p.file, p.fences, p.fm.title, definer);
  return p;
}

/**
 * Whether a result holds everything the later stages take from a note alone: a free-form note
 * that could be read needs the miner's reading too (the parse did it, or the mine stage will).
 */
export function completeResult(p: ParsedFile): boolean {
  return p.role !== 'note' || !p.readable || p.reading !== undefined || p.readingLater !== undefined;
}

/**
 * A note's text as Markdown: parsed, with the text-level rewrites that each parse it again (comments,
 * 思源笔记's markers, exports' tags, blogs' and documentation sites' shortcodes), then (inc55) the
 * files it includes read in (includes.ts; `includes`: how, or undefined to leave include lines as
 * written, each warned). An included Markdown file goes through this same function.
 */
export function readMarkdown(text: string, file: string, diags: DiagnosticSink, includes?: IncludeContext): { body: string; tree: Root; blockIds?: string[]; includes: string[] } {
  let body = text;
  let tree = parseMarkdown(body);
  let blockIds: string[] | undefined;
  // Obsidian comments `%%…%%` are the author's own: blanked before anything reads the note (comments.ts).
  const c = blankComments(body, tree);
  if (c) {
    if (c.unclosedAt !== undefined) {
      diags.warn('comment-unclosed', { file, ...lineColumnAt(body, c.unclosedAt) }, { key: 'finding.comment-unclosed' },
        { key: 'finding.hint.comment-unclosed' });
    }
    body = c.body;
    tree = parseMarkdown(body);
  }
  // 思源笔记's block attributes and super block markers are no text of the note: blanked the same way (siyuan.ts),
  // the block ids they give kept for block references from other notes.
  const ids = siyuanBlockIds(body, tree);
  if (ids.length > 0) blockIds = ids;
  const s = blankSiyuanMarkers(body, tree);
  if (s !== undefined) {
    body = s;
    tree = parseMarkdown(body);
  }
  // qa52: Notion's `<aside>` and 飞书's `<callout>`, `<quote-container>`, `<grid>`/`<column>` lines around
  // Markdown are read as the callouts, quotes and column breaks they are, `<mention-doc>` as a wiki link (export-tags.ts)
  const x = rewriteExportTags(body, tree);
  if (x !== undefined) {
    body = x;
    tree = parseMarkdown(body);
  }
  // qa53: Hexo's `{% note %}`/`{% codeblock %}`, Hugo's `{{< notice >}}`/`{{< highlight >}}`, links to posts,
  // HackMD's `[name=…]`/`[color=…]` and Bear's `::highlight::` read as what they show (blog-shortcodes.ts)
  // qa54: mdBook's `{{#include …}}`, MkDocs' `--8<--`, VitePress's `<<< @/…`; inc55: read in below (includes.ts),
  // or, with no folder to read them from, each a warning
  if (!includes) {
    for (const inc of includeDirectives(body, tree, file)) {
      const outside = inc.target === undefined;
      diags.warn('include-unresolved', { file, line: inc.line, column: inc.column },
        { key: outside ? 'finding.include-outside' : 'finding.include-unread', vars: { tool: inc.tool, path: inc.path } },
        { key: outside ? 'finding.hint.include-outside' : 'finding.hint.include-missing' });
    }
  }
  const b = rewriteBlogShortcodes(body, tree);
  if (b !== undefined) {
    body = b;
    tree = parseMarkdown(body);
  }
  // lead42: a paragraph's line that opens with a bold label is a paragraph of its own, as Obsidian shows it (label-lines.ts)
  splitLabelLines(tree, body);
  const read = new Set<string>();
  if (includes && mayInclude(body)) {
    const { lineInCode } = codeAwareLines(body, tree);
    const reader: IncludeContext = { ...includes, read: (f) => (read.add(f), includes.read(f)) };
    readIncludes(body, tree, reader, (f, t, stack) => {
      // an included file's frontmatter is no text of it (blanked: its lines keep their numbers)
      const own = t.startsWith('---') ? splitFrontmatter(t, f, new DiagnosticSink()).body : t;
      const sub = readMarkdown(own, f, diags, { ...reader, stack });
      for (const g of sub.includes) read.add(g);
      return sub.tree;
    }, lineInCode);
  }
  return { body, tree, ...(blockIds ? { blockIds } : {}), includes: [...read].sort() };
}

/**
 * The parse alone (no reading for the miner) of bytes already read, or of the error reading them gave.
 * `root`: the content folder, to read the files the note includes from (inc55, includes.ts); without
 * it each include line is a warning, shown as written.
 */
export function parseNote(job: ParseJob, bytes: Uint8Array | NodeJS.ErrnoException, root?: string): ParsedFile {
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
    fences: [],
    tags: [],
  };
  if (!(bytes instanceof Uint8Array)) {
    diags.error('unreadable-file', { file, line: 1, column: 1 },
      { key: 'finding.unreadable-file', vars: { reason: bytes.code ?? bytes.message } },
      { key: 'finding.hint.file-permissions' });
    return out;
  }
  const read = decodeText(bytes);
  if (!read.ok) {
    diags.error('unreadable-file', { file, line: read.line, column: read.column }, { key: 'finding.unreadable-file', vars: { reason: read.reason } },
      { key: 'finding.hint.file-utf8' });
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
    const notYaml = role === 'note' && sink.items.some((d) => d.code === 'frontmatter-invalid');
    // A free-form note's frontmatter is Obsidian's or Quartz's (any keys): only what it uses is checked, its tags.
    if (role === 'note' && !notYaml) for (const d of sink.items) if (d.code === 'tag-invalid') diags.items.push(d);
    if (notYaml) {
      diags.warn('note-frontmatter-ignored', { file, line: 1, column: 1 }, { key: 'finding.note-frontmatter-ignored' },
        { key: 'finding.hint.note-frontmatter-ignored' });
    } else {
      body = split.body;
      out.fm = split.frontmatter;
      out.hasFrontmatter = split.hasFrontmatter;
      if (role === 'concept') ok = split.valid;
    }
    // qa51: frontmatter written without its `---` fences (Hexo's `title:`⏎`date:`⏎`---`) is read as such, with a warning
    const unfenced = role === 'note' && !out.hasFrontmatter && !notYaml ? splitUnfencedFrontmatter(body, file, diags) : undefined;
    if (unfenced) {
      body = unfenced.body;
      out.fm = unfenced.frontmatter;
      out.hasFrontmatter = true;
      diags.warn('frontmatter-unfenced', { file, line: 1, column: 1 }, { key: 'finding.frontmatter-unfenced', vars: { last: String(unfenced.lastLine) } },
        { key: 'finding.hint.frontmatter-unfenced' });
    }
  }
  let tree: Root;
  if (role !== 'map') {
    const read = readMarkdown(body, file, diags, root ? { read: (f) => readNote(root, f), diags, stack: [file] } : undefined);
    body = read.body;
    tree = read.tree;
    if (read.blockIds) out.blockIds = read.blockIds;
    if (read.includes.length > 0) out.includes = read.includes;
  } else tree = parseMarkdown(body);
  out.body = body;
  out.tree = tree;
  if (role !== 'map') {
    // csdn28: a table-of-contents marker (`@[TOC](文章目录)`, `[TOC]`) is the page's contents list;
    // a note with several H1s has them as sections (toc-markers.ts, h1-sections.ts)
    dropTocMarkers(out.tree, body);
    // qa53: HackMD's `yaml=` fences are YAML; its and the blogs' embeds (`{%youtube id %}`, `{{< figure >}}`) links and images
    hackmdFenceLangs(out.tree);
    readEmbeds(out.tree, file);
    const hackmd = hackmdTags(out.tree);
    demoteSectionH1s(out.tree);
    pairInlineHtml(out.tree);
    htmlImages(out.tree);
    markCallouts(out.tree, body, isCardMarkerType);
    // qa51: an HTML block's text (`<center>…</center>`, `<div style=…>…</div>`) is shown, not dropped (markdown.ts)
    htmlBlockText(out.tree);
    blockRefsToLinks(out.tree);
    // Logseq's page and block properties, task markers, block references and `#[[tags]]` (logseq.ts).
    const logseq = readLogseq(out.tree, out.fm, file);
    if (logseq?.blocks.length) out.logseqBlocks = logseq.blocks;
    if (out.fm.title === undefined) {
      const name = logseqPageName(file);
      if (name !== undefined) out.fm.title = name;
    }
    const inHeadings = stripHeadingTags(out.tree);
    // fix29b: a Notion property block's `Tags: a, b` line tags the note too (miner/property-block.ts)
    const props = propertyTags(out.tree, body, (t) => isTag(t) || isSpacedTag(t));
    // qa52: its lines shown each on its own line, set apart as the page's metadata (markdown.ts)
    markPropertyBlock(out.tree, propertyBlockLines(out.tree, body));
    // qa53: yarle's (Evernote) `Created at:`⏎`Source URL:`⏎`Tags:` lines shown the same way (blog-shortcodes.ts)
    markPropertyBlock(out.tree, yarleMetadataLines(out.tree, body));
    // qa54: MkDocs' abbreviations `*[PVC]: PersistentVolumeClaim` the same way, a line each (blog-shortcodes.ts)
    for (const r of abbreviationLines(out.tree, body)) markPropertyBlock(out.tree, r);
    out.tags = uniqueTags([...(out.fm.tags ?? []).map((t) => t.tag), ...props, ...hackmd.filter((t) => isTag(t)), ...inHeadings, ...markInlineTags(out.tree), ...(logseq?.tags ?? [])]);
    // fix29b: `==重点==` read as bold, shown as <mark> (highlights.ts)
    markHighlights(out.tree);
    // (perf87: each step above gives every node it makes a position of its own, text-slices.ts
    // `copyPosition`, so the tree holds no object twice: it reaches the main thread and the disk
    // cache as JSON, and a worker's reading points into it by counting its objects, ref-json.ts;
    // tests/unit/graph/tree-sharing.test.ts walks every tree of the content, fixtures and dev sets)
  }
  const before = diags.items.length;
  const codes = codeNodes(out.tree);
  checkFences(codes, body, file, diags);
  if (diags.items.length > before) ok = false;
  if (role !== 'map') {
    for (const code of codes) {
      const f = analyzeFence(code, file);
      if (f) out.fences.push(f);
      else {
        const broken = untaggedFenceFinding(code, file);
        if (broken) diags.items.push(broken);
      }
    }
    // typing46: the keys inside a custom kind's template of another kind are that kind's (miner/template-kinds.ts)
    if (out.fences.length > 0) moveTemplateKeys(body, out.fences);
  }
  out.status = ok ? 'ok' : 'error';
  return out;
}
