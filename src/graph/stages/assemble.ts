/** Stage `assemble`: the deterministic Graph (every list sorted, diagnostics deduplicated). */
import type { BuildContext } from '../build-context.ts';
import { compareDiagnostics } from '../diagnostics.ts';
import { GRAPH_SCHEMA_VERSION, type Diagnostic, type MentionContext, type NoteRecord, type YamlExample } from '../model.ts';
import { compareRef } from '../build-context.ts';
import { compareStrings, uniqueSorted } from '../util.ts';

export function assembleGraph(ctx: BuildContext): void {
  for (const [file, ids] of ctx.fileConcepts) {
    const rec = ctx.records.get(file);
    if (rec) rec.concepts = uniqueSorted(ids);
  }
  const diagnostics = dedupeDiagnostics(ctx.diags.items).sort(compareDiagnostics);
  const edges = ctx.edges.sort(
    (a, b) =>
      compareStrings(a.type, b.type) ||
      compareStrings(a.from, b.from) ||
      compareStrings(a.to, b.to) ||
      compareStrings(a.label ?? '', b.label ?? ''),
  );
  const examples = ctx.examples.sort((a, b) => compareStrings(a.id, b.id));
  const fileList = [...ctx.records.values()].sort((a, b) => compareStrings(a.file, b.file));
  const assetList = [...ctx.assets].sort(compareStrings).map((from) => ({ from, to: `assets/${from}` }));
  const concepts = ctx.concepts;
  const conceptOrder = new Map(concepts.map((c, i) => [c.id, i]));
  const cards = ctx.cards
    .filter((c) => conceptOrder.has(c.concept))
    .sort((a, b) => conceptOrder.get(a.concept)! - conceptOrder.get(b.concept)! || compareStrings(a.source.file, b.source.file) || a.source.line - b.source.line);
  const tagsOf = new Map(ctx.docs.map((d) => [d.file, d.tags]));
  const notes: NoteRecord[] = [...ctx.notes.values()]
    .sort((a, b) => compareStrings(a.file, b.file))
    .map((n) => ({
      id: n.id,
      title: n.title,
      file: n.file,
      ...(n.home !== undefined ? { home: n.home } : {}),
      headings: n.headings,
      defines: uniqueSorted(n.defines),
      mentions: uniqueSorted(n.mentions),
      ...(tagsOf.get(n.file)?.length ? { tags: tagsOf.get(n.file)! } : {}),
      body: n.body ?? '',
    }));
  ctx.graph = {
    version: GRAPH_SCHEMA_VERSION,
    root: ctx.rootId,
    concepts,
    edges,
    examples,
    diagnostics,
    files: fileList,
    notes,
    cards,
    assets: assetList,
    stats: {
      files: fileList.length,
      concepts: concepts.length,
      edges: edges.length,
      examples: examples.length,
      warnings: diagnostics.filter((d) => d.severity === 'warning').length,
      errors: diagnostics.filter((d) => d.severity === 'error').length,
      ...(cards.length > 0 ? { cards: cards.length } : {}),
      ...uncheckedStat(examples),
    },
    ...(ctx.layout ? { layout: ctx.layout } : {}),
    mentionContexts: sortedContexts(ctx.mentionContexts),
  };
}

/** Mention contexts by file, line, column, target; one per place and target (a link that is also a name counts once, as a link). */
function sortedContexts(list: MentionContext[]): MentionContext[] {
  const sorted = [...list].sort(
    (a, b) => compareRef(a.source, b.source) || compareStrings(a.to ?? '', b.to ?? '') || compareStrings(a.note ?? '', b.note ?? '') || compareStrings(a.via, b.via),
  );
  const out: MentionContext[] = [];
  let last: MentionContext | undefined;
  for (const m of sorted) {
    if (last && last.to === m.to && last.note === m.note && compareRef(last.source, m.source) === 0) continue;
    out.push(m);
    last = m;
  }
  return out;
}

/** `uncheckedManifests` of the stats: manifests in examples the field catalogue has no schema for (only when there are any). */
function uncheckedStat(examples: readonly YamlExample[]): { uncheckedManifests?: number } {
  const n = examples.reduce((sum, e) => sum + (e.unchecked?.length ?? 0), 0);
  return n > 0 ? { uncheckedManifests: n } : {};
}

function dedupeDiagnostics(items: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  const out: Diagnostic[] = [];
  for (const d of items) {
    const k = `${d.file}\u0000${d.line}\u0000${d.column}\u0000${d.code}\u0000${d.message}`;
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(d);
  }
  return out;
}
