/**
 * What a concept page shows, computed from the graph index: neighbours, backlinks, learning
 * order, examples, the state diagram group, edit links and the stub snippet. Pure functions
 * over the graph (no Astro, no DOM), unit tested in tests/unit/pages.
 */
import path from 'node:path';
import { stringify } from 'yaml';
import type { Concept, Edge, EdgeType, Graph, YamlExample, YamlKey } from '../../graph/model.ts';
import type { GraphIndex } from '../../graph/graph-index.ts';

/** The graph's lookup tables (src/graph/graph-index.ts). */
export type PageGraph = GraphIndex;

/** Concepts for ids, in the order given, unknown ids dropped, duplicates once. */
export function resolveConcepts(index: PageGraph, ids: readonly string[]): Concept[] {
  const seen = new Set<string>();
  const out: Concept[] = [];
  for (const id of ids) {
    const c = index.byId.get(id);
    if (c && !seen.has(id)) {
      seen.add(id);
      out.push(c);
    }
  }
  return out;
}

/** Names besides the title (titleZh, titleEn) that differ from it and from each other. */
export function otherNames(c: Concept): string[] {
  const seen = new Set([c.title.trim().toLowerCase()]);
  const out: string[] = [];
  for (const n of [c.titleZh, c.titleEn]) {
    const k = n?.trim().toLowerCase();
    if (!n || !k || seen.has(k)) continue;
    seen.add(k);
    out.push(n.trim());
  }
  return out;
}

/** Aliases that do not repeat a displayed name. */
export function extraAliases(c: Concept): string[] {
  const shown = new Set([c.title, ...otherNames(c)].map((s) => s.trim().toLowerCase()));
  const out: string[] = [];
  for (const a of c.aliases) {
    const k = a.trim().toLowerCase();
    if (k === '' || shown.has(k)) continue;
    shown.add(k);
    out.push(a.trim());
  }
  return out;
}

export interface Backlink {
  concept: Concept;
  /** Why it links here, e.g. ['mentions', 'related']. */
  types: EdgeType[];
}

const BACKLINK_TYPES: ReadonlySet<EdgeType> = new Set(['mentions', 'prerequisite', 'related']);

/** Concepts that point at `id` (mentions, prerequisite, related), once each, in learning order. */
export function backlinks(index: PageGraph, id: string): Backlink[] {
  const byFrom = new Map<string, Set<EdgeType>>();
  for (const e of index.incoming.get(id) ?? []) {
    if (!BACKLINK_TYPES.has(e.type) || e.from === id) continue;
    const set = byFrom.get(e.from) ?? new Set<EdgeType>();
    set.add(e.type);
    byFrom.set(e.from, set);
  }
  const out: Backlink[] = [];
  for (const [from, types] of byFrom) {
    const concept = index.byId.get(from);
    if (concept) out.push({ concept, types: [...types].sort() });
  }
  return out.sort((a, b) => a.concept.order - b.concept.order || a.concept.id.localeCompare(b.concept.id));
}

/** Neighbours in learning order (graph.concepts is sorted by order). */
export function prevNext(graph: Graph, id: string): { prev?: Concept; next?: Concept } {
  const i = graph.concepts.findIndex((c) => c.id === id);
  if (i < 0) return {};
  return { prev: graph.concepts[i - 1], next: graph.concepts[i + 1] };
}

export interface PageExamples {
  /** Examples written in this concept's own note, in note order. */
  own: YamlExample[];
  /** Examples from other notes that use this concept (its field, or mention it), by file and line. */
  elsewhere: YamlExample[];
}

function usesConcept(ex: YamlExample, id: string): boolean {
  return ex.conceptIds.includes(id) || ex.keys.some((k) => k.conceptId === id);
}

/** The concept's examples: its own, and every other example in the knowledge base that uses it. */
export function examplesFor(index: PageGraph, c: Concept): PageExamples {
  const found = new Map<string, YamlExample>();
  for (const id of c.examples) {
    const ex = index.examplesById.get(id);
    if (ex) found.set(ex.id, ex);
  }
  for (const ex of index.graph.examples) if (!found.has(ex.id) && usesConcept(ex, c.id)) found.set(ex.id, ex);
  const bySource = (a: YamlExample, b: YamlExample) =>
    a.source.file.localeCompare(b.source.file) || a.source.line - b.source.line;
  const all = [...found.values()].sort(bySource);
  const own = c.hasNote ? all.filter((ex) => ex.source.file === c.source.file) : [];
  return { own, elsewhere: all.filter((ex) => !own.includes(ex)) };
}

/** A key (from any example) that documents this field concept, for a `kubectl explain` box. */
export function fieldInfo(index: PageGraph, c: Concept): YamlKey | undefined {
  if (!c.fieldPath) return undefined;
  let best: YamlKey | undefined;
  for (const ex of index.graph.examples) {
    for (const k of ex.keys) {
      const matches = k.conceptId === c.id || (k.podPath ?? k.path) === c.fieldPath;
      if (!matches || (!k.type && !k.description)) continue;
      const score = (k.description ? 2 : 0) + (k.type ? 1 : 0) + (k.docUrl ? 1 : 0);
      const bestScore = best ? (best.description ? 2 : 0) + (best.type ? 1 : 0) + (best.docUrl ? 1 : 0) : -1;
      if (score > bestScore) best = k;
    }
  }
  return best;
}

export interface StateDiagramData {
  states: Concept[];
  transitions: Edge[];
  /** The state this page is about, highlighted. */
  current?: string;
}

/** Weakly connected component of `start` over transition edges. */
function transitionComponent(index: PageGraph, start: string): Set<string> {
  const seen = new Set<string>([start]);
  const queue = [start];
  while (queue.length) {
    const id = queue.shift()!;
    const edges = [...(index.outgoing.get(id) ?? []), ...(index.incoming.get(id) ?? [])];
    for (const e of edges) {
      if (e.type !== 'transition') continue;
      for (const next of [e.from, e.to]) {
        if (!seen.has(next) && index.byId.has(next)) {
          seen.add(next);
          queue.push(next);
        }
      }
    }
  }
  return seen;
}

function hasTransitions(index: PageGraph, id: string): boolean {
  return [...(index.outgoing.get(id) ?? []), ...(index.incoming.get(id) ?? [])].some((e) => e.type === 'transition');
}

/**
 * The state machine to draw on a page: on a state's page, the states linked to it by
 * transitions (with it highlighted); on the page of a concept whose children are such states
 * (the Pod phase page), those states. Undefined when there is nothing to draw.
 */
export function stateDiagramFor(index: PageGraph, c: Concept): StateDiagramData | undefined {
  let ids = new Set<string>();
  let current: string | undefined;
  if (c.kind === 'state' && hasTransitions(index, c.id)) {
    ids = transitionComponent(index, c.id);
    current = c.id;
  } else {
    for (const child of index.children.get(c.id) ?? []) {
      if (child.kind !== 'state' || ids.has(child.id) || !hasTransitions(index, child.id)) continue;
      for (const id of transitionComponent(index, child.id)) ids.add(id);
    }
  }
  if (ids.size < 2) return undefined;
  const states = index.graph.concepts.filter((x) => ids.has(x.id));
  const transitions = index.graph.edges.filter((e) => e.type === 'transition' && ids.has(e.from) && ids.has(e.to));
  if (transitions.length === 0) return undefined;
  return { states, transitions, current };
}

/** Path of a content file as seen from the repository root (`content/concepts/pod/pod.md`). */
export function repoPath(projectRoot: string, contentDir: string, file: string): string {
  const rel = path.relative(projectRoot, path.join(contentDir, file)).split(path.sep).join('/');
  return rel.startsWith('../') || path.isAbsolute(rel) ? file : rel;
}

/** `https://github.com/o/r/blob/main/content/x.md#L12`, or undefined when no repository is configured. */
export function blobUrl(repoUrl: string, branch: string, repoFile: string, line?: number): string | undefined {
  if (!repoUrl) return undefined;
  const encoded = repoFile.split('/').map(encodeURIComponent).join('/');
  return `${repoUrl}/blob/${encodeURIComponent(branch)}/${encoded}${line ? `#L${line}` : ''}`;
}

/** `…/edit/main/content/x.md` (GitHub's editor), or undefined when no repository is configured. */
export function editUrl(repoUrl: string, branch: string, repoFile: string): string | undefined {
  if (!repoUrl) return undefined;
  const encoded = repoFile.split('/').map(encodeURIComponent).join('/');
  return `${repoUrl}/edit/${encodeURIComponent(branch)}/${encoded}`;
}

/** Where a stub's note would go, content-relative. */
export function stubNotePath(c: Concept): string {
  return `concepts/${c.id}.md`;
}

/** Frontmatter and a heading to start a stub's note with (plain text; the page escapes it). */
export function stubSnippet(c: Concept): string {
  const fm: Record<string, unknown> = { id: c.id, title: c.title };
  if (c.titleZh) fm.titleZh = c.titleZh;
  if (c.titleEn && c.titleEn !== c.title) fm.titleEn = c.titleEn;
  fm.kind = c.kind;
  if (c.parent) fm.parent = c.parent;
  if (c.fieldPath) fm.fieldPath = c.fieldPath;
  const yaml = stringify(fm, { lineWidth: 0 }).trimEnd();
  const heading = c.titleZh && c.titleZh !== c.title ? `${c.title}（${c.titleZh}）` : c.title;
  return `---\n${yaml}\n---\n\n# ${heading.replace(/\n/g, ' ')}\n\n`;
}

/** Show a table of contents when the note has enough sections to need one. */
export function tocHeadings(c: Concept): Concept['headings'] {
  const hs = c.headings.filter((h) => h.depth >= 2 && h.depth <= 3);
  return hs.length >= 3 ? hs : [];
}

export type BodyPart = { html: string } | { exampleId: string };

const EXAMPLE_BLOCK = /<pre><code\b[^>]*?\sdata-example-id="([^"]+)"[^>]*>[\s\S]*?<\/code><\/pre>/g;

/**
 * Split rendered note HTML at the code blocks the engine marked as YAML examples
 * (`<pre><code data-example-id="…">`), so the page can render each example in place with
 * highlighting, linked keys and findings. Only ids in `known` are replaced.
 */
export function splitAtExamples(html: string, known: (id: string) => boolean): BodyPart[] {
  const parts: BodyPart[] = [];
  let last = 0;
  for (const m of html.matchAll(EXAMPLE_BLOCK)) {
    const id = m[1]!.replace(/&#x([0-9a-f]+);/gi, (_s, h: string) => String.fromCodePoint(parseInt(h, 16))).replace(/&amp;/g, '&');
    if (!known(id)) continue;
    if (m.index > last) parts.push({ html: html.slice(last, m.index) });
    parts.push({ exampleId: id });
    last = m.index + m[0].length;
  }
  if (last < html.length) parts.push({ html: html.slice(last) });
  return parts;
}

/** GitHub's "create new file" URL with the stub's starting text filled in, or undefined without a repository. */
export function newFileUrl(repoUrl: string, branch: string, repoFile: string, value: string): string | undefined {
  if (!repoUrl) return undefined;
  const dir = repoFile.split('/').slice(0, -1).map(encodeURIComponent).join('/');
  const name = repoFile.split('/').pop() ?? repoFile;
  const q = new URLSearchParams({ filename: name, value });
  return `${repoUrl}/new/${encodeURIComponent(branch)}/${dir}?${q.toString()}`;
}
