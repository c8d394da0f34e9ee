/**
 * Stage `parse`: frontmatter, mdast and YAML fence analyses of every note (per file, possibly in
 * worker threads), taken from the disk cache where it has them (disk-cache.ts).
 */
import type { BuildContext, Doc } from '../build-context.ts';
import { parseFiles } from '../parse-files.ts';
import { isIncludeOnly, isMarkdown } from '../files.ts';
import type { ParseJob, ParseRole } from '../parse-file.ts';
import { cacheDirFor, ParseCache } from '../disk-cache.ts';
import { definerCollector, definerConfig } from '../miner/definer.ts';

export async function parseNotes(ctx: BuildContext): Promise<void> {
  const { records, diags } = ctx;
  const jobs: ParseJob[] = ctx.toRead.map((f) => ({ file: f, role: records.get(f)!.role as ParseRole }));
  const workers = ctx.options.workers;
  const cache = openParseCache(ctx);
  // (the notes' bytes, when the whole graph's look-up read them: load.ts)
  const bytes = ctx.readBytes;
  ctx.readBytes = undefined;
  const parsed = await parseFiles(ctx.root, jobs, { ...(workers !== undefined ? { workers } : {}), ...(cache ? { cache } : {}), ...(bytes ? { bytes } : {}) });
  for (const p of parsed) {
    for (const d of p.diagnostics) diags.items.push(d);
    records.get(p.file)!.status = p.status;
    if (!p.readable) continue;
    const doc: Doc = { file: p.file, role: p.role, text: p.body, tree: p.tree, fm: p.fm, hasFrontmatter: p.hasFrontmatter, status: p.status, fences: p.fences, tags: p.tags, ...(p.reading ? { reading: p.reading } : {}), ...(p.readingLater ? { readingLater: p.readingLater } : {}), ...(p.blockIds ? { blockIds: p.blockIds } : {}), ...(p.logseqBlocks ? { logseqBlocks: p.logseqBlocks } : {}) };
    if (p.role === 'map') ctx.mapDoc = doc;
    else ctx.docs.push(doc);
  }
  // inc55: a Markdown file of an include-only folder (`_snippets/` …, files.ts) shows only where a note
  // includes it: one that no note includes is on no page, and said so
  const included = new Set(parsed.flatMap((p) => p.includes ?? []));
  for (const f of ctx.files) {
    if (isMarkdown(f) && isIncludeOnly(f) && !included.has(f)) {
      diags.warn('include-only-unused', { file: f, line: 1, column: 1 }, { key: 'finding.include-only-unused' }, { key: 'finding.hint.include-only-unused' });
    }
  }
}

/**
 * The disk cache (disk-cache.ts) this load uses, opened once (the whole graph's look-up opens it
 * before this stage, load.ts), unless the load has none or a definer collector is set (training,
 * benchmarks: the mine stage must read every note itself).
 */
export function openParseCache(ctx: BuildContext): ParseCache | undefined {
  if (ctx.parseCache) return ctx.parseCache;
  const dir = cacheDirFor(ctx.options.cache);
  const cache = dir !== undefined && !definerCollector() ? ParseCache.open(dir, ctx.root, definerConfig()) : undefined;
  if (cache) ctx.parseCache = cache;
  return cache;
}
