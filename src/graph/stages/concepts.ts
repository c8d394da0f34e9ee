/**
 * Stage `concepts`: the public Concept records, in learning order (map pre-order, then the
 * concepts off the map by id).
 */
import { compareRef, effectiveKind, sortedNodes, type BuildContext, type Node } from '../build-context.ts';
import { DRAFT_NAME, preferredPlace } from '../excerpts.ts';
import type { Concept, Excerpt } from '../model.ts';
import { conceptNames, definesConcept, definingSummary, type Names, type Passage } from '../summaries.ts';
import { compareStrings, uniqueSorted } from '../util.ts';

export function buildConcepts(ctx: BuildContext): void {
  const { nodes, rootId } = ctx;
  const offTree = sortedNodes(nodes).filter((n) => !n.inTree);
  offTree.forEach((n, i) => (n.rank = ctx.treeOrder + i));
  const places: DefiningContext = {
    homeOf: (file) => ctx.noteHome.get(file) ?? undefined,
    titleOf: (file) => ctx.notes.get(file)?.title ?? '',
    isNote: (file) => ctx.notes.has(file),
    node: (id) => nodes.get(id),
  };
  // (edges34: the prerequisites read from sentences, stage validate, by the concept that needs them)
  const minedPrereqs = new Map<string, string[]>();
  for (const p of ctx.minedPrerequisites) minedPrereqs.set(p.to, [...(minedPrereqs.get(p.to) ?? []), p.from]);
  ctx.concepts = sortedNodes(nodes)
    .sort((a, b) => a.rank - b.rank || compareStrings(a.id, b.id))
    .map((n) => toConcept(n, rootId, (id) => nodes.has(id), places, minedPrereqs));
}

export function toConcept(n: Node, rootId: string, exists: (id: string) => boolean, places?: DefiningContext, minedPrereqs: ReadonlyMap<string, readonly string[]> = new Map()): Concept {
  // In note order, a draft's or copy's passages after the written notes' (excerpts.ts
  // `preferredPlace`: the page shows the chapter's first, and sums the concept up from it).
  // fix33a: a concept several notes define is shown and summed up first from the note that defines it
  // (DEFINING_PLACE: a note whose title names it or its parent as its subject), not from the first file
  // that says something of it (a diary's `**Pending**：这次是因为…` before the Pod chapter's `**Pending**：…`).
  const sorted = definingFirst(n.excerpts.sort((a, b) => preferredPlace(a.source, b.source) || compareRef(a.source, b.source)), n, places);
  const excerpts: Excerpt[] = sorted.map(({ blocks: _b, ...e }) => e);
  // A concept known only from notes is summed up by the first paragraph of its first passage that
  // names it (a list item or a quote of the passage too: one definition among a list of them), else
  // the passage's first paragraph, from the sentence that first names it (a definition in the
  // middle of a paragraph). The first passage that defines the concept (its name opens the
  // passage's heading or its lead paragraph, as a term is defined) goes before one that only
  // mentions it in another concept's definition (`Init 容器：… spec.containers …` is no summary of containers).
  // Each passage is judged once (`definesConcept`, which finds its lead paragraph): the first that
  // defines it as a term, else the first under a heading of its name, else the first passage.
  const roles = sorted.map((e) => definesConcept(e, n));
  const at = Math.max(0, roles.indexOf('term') !== -1 ? roles.indexOf('term') : roles.indexOf('heading'));
  const leadFrom = sorted[at];
  const fm = n.doc?.fm;
  const c: Concept = {
    id: n.id,
    title: n.title,
    ...(n.titleZh ? { titleZh: n.titleZh } : {}),
    ...(n.titleEn ? { titleEn: n.titleEn } : {}),
    aliases: n.aliases,
    ...(n.keywords?.length ? { keywords: n.keywords } : {}),
    ...(n.doc?.tags.length ? { tags: n.doc.tags } : {}),
    kind: effectiveKind(n),
    ...(n.parent !== undefined ? { parent: n.parent } : {}),
    ...(n.fieldPath ? { fieldPath: n.fieldPath } : {}),
    ...(n.sharedPaths ? { sharedPaths: n.sharedPaths } : {}),
    ...(n.owner ? { owner: n.owner } : {}),
    // (fix29b: as plain text, highlight marks `==…==` out; a table row that names the concept sums it up by its own cells)
    summary: n.summary ?? (leadFrom ? definingSummary(sorted, roles, at, n) : ''),
    body: n.body,
    headings: n.headings,
    excerpts,
    examples: [...n.examples].sort(compareStrings),
    hasNote: n.doc !== undefined,
    source: definingSource(n, sorted[0], places),
    ...(n.status ? { status: n.status } : {}),
    ...(n.statusReason ? { statusReason: n.statusReason } : {}),
    order: n.rank,
    // (edges34: and those read from the notes' sentences, stage validate)
    prerequisites: uniqueSorted([...(fm?.prerequisites ?? []).map((r) => r.id), ...(minedPrereqs.get(n.id) ?? [])].filter(exists)),
    related: uniqueSorted((fm?.related ?? []).map((r) => r.id).filter((id) => exists(id) && id !== n.id)),
    transitions: (fm?.transitions ?? []).filter((t) => exists(t.to)).map((t) => ({ to: t.to, label: t.label })),
    ancestors: n.ancestors,
    branch: n.inTree ? n.branch : n.branch || rootId,
  };
  return c;
}


/**
 * fix33a (issue 12 item 3): which of the notes that define a concept is its defining place, when
 * several do. Each test ranks a passage that defines it (`definesConcept`) over one that does not;
 * the first that tells two passages apart decides, and note order decides the rest (a draft after
 * its chapter, `preferredPlace`). Counted on the dev sets (bench/fix33a-parents.mjs, docs/miner.md "fix33a").
 *   home-note  the note is about the concept (or, for a state, about its object): its home is it, named by its
 *              title (`# Pod 入门` for Pod and for its phase Pending), not a note about something that uses it (`# 线上排障记录`)
 *              nor a home the note only fell back on (`# 健康检查` and the readinessProbe it writes most)
 * (Measured and dropped on the way: the parent as home without the title naming it moved the shown
 * passage of 133 dev concepts, a field's to any diary about Pod; "a label's definition over a plain
 * sentence" moved 136, mostly to a glossary's one-liner; "its section explains its siblings too" with
 * home-note moved 145, to glossaries and diaries alike. The labels cannot say which place is better.)
 */
export interface DefiningContext {
  homeOf: (file: string) => string | undefined;
  titleOf: (file: string) => string;
  /** Whether the file is a free-form note (not the map or a concept file). */
  isNote: (file: string) => boolean;
  node: (id: string) => Node | undefined;
}
export const DEFINING_PLACE: readonly { name: 'home-note'; test: (e: Passage, n: Node, places: DefiningContext) => boolean }[] = [
  // (its home and named by its title: a home the note fell back on, `# 健康检查` and the readinessProbe it writes most, is no subject)
  { name: 'home-note', test: (e, n, places) => homeNamed(e.source.file, n, places) },
];

/** Whether the note's home is the concept or its parent and the note's title names that home. */
function homeNamed(file: string, n: Node, places: DefiningContext): boolean {
  const home = places.homeOf(file);
  // (a parent only for a state: its object's chapter, `# Pod 入门` for Pending; for any concept it moved 132 dev
  // concepts' shown passage, to a glossary whose topic they hang under or a diary titled with Pod)
  if (home === undefined || (home !== n.id && !(effectiveKind(n) === 'state' && home === n.parent))) return false;
  const h = home === n.id ? n : places.node(home);
  return h !== undefined && titleWritesName(places.titleOf(file), h);
}

/** Whether a note's title writes one of the concept's names (Latin names without case). */
function titleWritesName(title: string, n: Names): boolean {
  const t = title.normalize('NFKC').toLowerCase();
  return conceptNames(n).some((name) => name.length > 1 && t.includes(name.normalize('NFKC').toLowerCase()));
}


/** `sorted` with the passage the concept is defined in first (DEFINING_PLACE), the others in their order. */
function definingFirst<E extends Passage>(sorted: E[], n: Node, places: DefiningContext | undefined): E[] {
  if (places === undefined || sorted.length < 2 || new Set(sorted.map((e) => e.source.file)).size < 2) return sorted;
  // each note's first passage that defines it; a draft's or copy's only when no written note has one
  const seen = new Set<string>();
  const firstOfNote = sorted.filter((e) => definesConcept(e, n) !== false && !seen.has(e.source.file) && seen.add(e.source.file));
  const written = firstOfNote.filter((e) => !DRAFT_NAME.test(e.source.file));
  const defining = written.length > 0 ? written : firstOfNote;
  if (defining.length === 0) return sorted;
  let best = defining[0]!;
  for (const e of defining.slice(1)) {
    for (const place of DEFINING_PLACE) {
      const [a, b] = [place.test(best, n, places), place.test(e, n, places)];
      if (a !== b) {
        if (b) best = e;
        break;
      }
    }
  }
  // (within the note shown first, its passages keep their order: the summary is taken from its defining one below;
  // a draft never goes before a written note's passage)
  if (best.source.file === sorted[0]!.source.file || (DRAFT_NAME.test(best.source.file) && !DRAFT_NAME.test(sorted[0]!.source.file))) return sorted;
  return [best, ...sorted.filter((e) => e !== best)];
}

/** A concept only notes know comes from the note its shown definition is in, when that is not the note it was first found in. */
function definingSource(n: Node, first: Passage | undefined, places: DefiningContext | undefined): Node['source'] {
  // (a concept placed by the map or a concept file, `- Horizontal Pod Autoscaler {#hpa-stub}`, keeps that place as
  // its source: only a concept first found in a note moves to the note that defines it)
  if (places === undefined || n.doc !== undefined || !places.isNote(n.source.file) || first === undefined || first.source.file === n.source.file || definesConcept(first, n) === false) return n.source;
  return { file: first.source.file, line: first.source.line, column: first.source.column };
}

