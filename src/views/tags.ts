/**
 * View: the tags (`/tags/`, `/tags/<tag>/`, and the tags of each note and concept page). A tag is
 * known by its key (tags.ts `tagKey`: Obsidian's tags ignore case) and shown as first written
 * (free-form notes in file order, then concept notes in graph order). A nested tag's parents
 * (`pod` of `pod/probe`) are tags too, with a page of their own even when nobody wrote them
 * alone: as in Obsidian, a parent's page lists everything tagged with it or any tag under it, so
 * every parent link leads somewhere. Built once per graph (views/index.ts); every URL here is one
 * of the pages `/tags/[...tag]` emits (its `getStaticPaths` reads `all`).
 */
import type { ConceptKind, Graph } from '../graph/model.ts';
import { parentTag, tagKey } from '../graph/tags.ts';
import { compareStrings } from '../graph/util.ts';
import { conceptPath, notePath, tagPath } from './urls.ts';

/** A link to a tag's page. */
export interface TagRef {
  key: string;
  /** As first written, without `#` (`Pod/probe`). */
  name: string;
  href: string;
  /** Notes and concepts tagged with it or a tag under it. */
  count: number;
}

/** A note or a concept on a tag's page. */
export interface TaggedItem {
  kind: 'note' | ConceptKind;
  id: string;
  title: string;
  href: string;
  /** Content-relative path of the note (for a note). */
  file?: string;
  /** The item's own tags at or under the page's tag (what made it land here). */
  via: TagRef[];
}

export interface TagEntry extends TagRef {
  /** Its parent, the parent's parent … nearest first (`pod/probe/http` → `pod/probe`, `pod`). */
  ancestors: TagRef[];
  /** The tags one level under it, by key. */
  children: TagRef[];
  /** Tagged with it or a tag under it: notes in file order, then concepts in graph order. */
  items: TaggedItem[];
}

export interface TagsData {
  /** Every tag (parents included), by key. */
  all: TagEntry[];
  /** The top-level tags, by key (the `/tags/` page nests the rest under them). */
  roots: TagEntry[];
  byKey: Map<string, TagEntry>;
  /** A free-form note's tags as it wrote them (none when it has none). */
  ofNote(id: string): TagRef[];
  /** A concept's tags (from its concept note). */
  ofConcept(id: string): TagRef[];
}

/** Every key a tag stands under: itself and its parents (`a/b/c` → `a/b/c`, `a/b`, `a`). */
function withParents(key: string): string[] {
  const out = [key];
  for (let p = parentTag(key); p !== undefined; p = parentTag(p)) out.push(p);
  return out;
}

export function buildTags(graph: Pick<Graph, 'notes' | 'concepts'>, base: string): TagsData {
  const names = new Map<string, string>();
  const entries = new Map<string, TagEntry>();
  const entry = (key: string): TagEntry => {
    let e = entries.get(key);
    if (!e) {
      e = { key, name: names.get(key)!, href: tagPath(base, key), count: 0, ancestors: [], children: [], items: [] };
      entries.set(key, e);
    }
    return e;
  };
  const tagged: { item: Omit<TaggedItem, 'via'>; tags: string[] }[] = [];
  for (const n of graph.notes ?? []) {
    if (n.tags?.length) tagged.push({ item: { kind: 'note', id: n.id, title: n.title, href: notePath(base, n.id), file: n.file }, tags: n.tags });
  }
  for (const c of graph.concepts) {
    if (c.tags?.length) tagged.push({ item: { kind: c.kind, id: c.id, title: c.title, href: conceptPath(base, c.id) }, tags: c.tags });
  }
  // The first spelling of each key, and of each parent as a prefix of it (`Pod/probe` → `Pod`).
  for (const { tags } of tagged) {
    for (const tag of tags) {
      const parts = tag.split('/');
      for (let i = parts.length; i >= 1; i--) {
        const name = parts.slice(0, i).join('/');
        if (!names.has(tagKey(name))) names.set(tagKey(name), name);
      }
    }
  }
  const own = { notes: new Map<string, string[]>(), concepts: new Map<string, string[]>() };
  const placed: { key: string; item: Omit<TaggedItem, 'via'>; via: string[] }[] = [];
  for (const { item, tags } of tagged) {
    const keys = [...new Set(tags.map(tagKey))];
    (item.kind === 'note' ? own.notes : own.concepts).set(item.id, keys);
    const under = new Map<string, string[]>();
    for (const k of keys) for (const p of withParents(k)) under.set(p, [...(under.get(p) ?? []), k]);
    for (const [key, via] of under) {
      entry(key).count++;
      placed.push({ key, item, via });
    }
  }
  const ref = (key: string): TagRef => {
    const e = entries.get(key)!;
    return { key: e.key, name: e.name, href: e.href, count: e.count };
  };
  for (const { key, item, via } of placed) entries.get(key)!.items.push({ ...item, via: via.map(ref) });
  const all = [...entries.values()].sort((a, b) => compareStrings(a.key, b.key));
  for (const e of all) {
    e.ancestors = withParents(e.key).slice(1).map(ref);
    const p = parentTag(e.key);
    if (p !== undefined) entries.get(p)!.children.push(ref(e.key));
  }
  const refs = (keys: string[] | undefined): TagRef[] => (keys ?? []).map(ref);
  return {
    all,
    roots: all.filter((e) => parentTag(e.key) === undefined),
    byKey: entries,
    ofNote: (id) => refs(own.notes.get(id)),
    ofConcept: (id) => refs(own.concepts.get(id)),
  };
}
