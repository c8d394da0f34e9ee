/**
 * The name index: every name a concept goes by (id, title, bilingual names, aliases, field
 * path and its last segment), keyed by `normKey`, so a term in a note is matched in O(1).
 */
import type { ConceptKind } from './model.ts';
import { initialsOf, lastFieldSegment, normKey, splitBilingual } from './labels.ts';

export { initialsOf };
import { compareStrings } from './util.ts';

export interface NamedConcept {
  id: string;
  title: string;
  titleZh?: string;
  titleEn?: string;
  aliases: string[];
  fieldPath?: string;
  kind: ConceptKind;
  branch: string;
  /** Learning order; off-map concepts use a large number. */
  rank: number;
  /** False for an id no text names the concept by (the generated root's `root`). */
  idIsName?: boolean;
}

/** `Persistent Volume & Persistent Volume Claim` → its parts; other titles → []. */
export function titleParts(title: string): string[] {
  const parts = title.split(/\s+(?:&|and)\s+|\s*[&＆与]\s*/u).map((p) => p.trim()).filter((p) => p !== '');
  return parts.length > 1 ? parts : [];
}

/** `Persistent Volume Claim` → `PVC`, `Role-Based Access Control` → `RBAC`; undefined for one word. */
export class NameIndex {
  /**
   * `skips(name)`: for a name that must not match some concepts of its key, the test that says which (lead38: an API
   * enum value's spelling names no field of another spelling, miner/value-spelling.ts); none for a plain index.
   */
  private readonly skips: ((name: string) => ((c: NamedConcept) => boolean) | undefined) | undefined;
  constructor(skips?: (name: string) => ((c: NamedConcept) => boolean) | undefined) {
    this.skips = skips;
  }

  private readonly byKey = new Map<string, NamedConcept[]>();
  private readonly byId = new Map<string, NamedConcept>();
  private readonly initials = new Map<string, Set<string>>();

  add(c: NamedConcept): void {
    this.byId.set(c.id, c);
    const names = new Set<string>([...(c.idIsName === false ? [] : [c.id]), c.title, ...c.aliases]);
    if (c.titleZh) names.add(c.titleZh);
    if (c.titleEn) names.add(c.titleEn);
    const bi = splitBilingual(c.title);
    if (bi.en) names.add(bi.en);
    if (bi.zh) names.add(bi.zh);
    if (c.fieldPath) {
      names.add(c.fieldPath);
      names.add(lastFieldSegment(c.fieldPath));
    }
    for (const t of [c.title, c.titleEn ?? '', bi.en ?? '']) {
      const parts = titleParts(t);
      for (const p of parts) names.add(p);
      for (const p of parts.length > 0 ? parts : [t]) {
        const abbr = initialsOf(p);
        if (abbr === undefined) continue;
        const set = this.initials.get(abbr) ?? new Set<string>();
        set.add(c.id);
        this.initials.set(abbr, set);
      }
    }
    for (const n of names) {
      const k = normKey(n);
      if (k === '') continue;
      const list = this.byKey.get(k);
      if (!list) this.byKey.set(k, [c]);
      else if (!list.includes(c)) list.push(c);
    }
  }

  /** dups1: forget a concept (merged into another, stages/mine.ts `joinSameThings`). */
  remove(id: string): void {
    if (!this.byId.delete(id)) return;
    for (const [k, list] of this.byKey) {
      const rest = list.filter((c) => c.id !== id);
      if (rest.length === 0) this.byKey.delete(k);
      else if (rest.length !== list.length) this.byKey.set(k, rest);
    }
    for (const set of this.initials.values()) set.delete(id);
  }

  /** The one concept whose multi-word name has these initials (`PV`), if exactly one. */
  byInitials(abbrev: string): string | undefined {
    const set = this.initials.get(abbrev.toUpperCase());
    return set && set.size === 1 ? [...set][0] : undefined;
  }

  has(id: string): boolean {
    return this.byId.has(id);
  }

  /** Every concept a name stands for (its normKey's list), for a caller that chooses itself. */
  named(name: string): readonly NamedConcept[] {
    return this.byKey.get(normKey(name)) ?? [];
  }

  /**
   * The concept the first matching candidate names. When several concepts share the name,
   * prefer non-terms, then one in `branch`, then the earliest in learning order, then the id.
   */
  lookup(candidates: readonly string[], branch?: string): string | undefined {
    for (const cand of candidates) {
      let list = this.byKey.get(normKey(cand));
      if (!list || list.length === 0) continue;
      const skip = this.skips?.(cand);
      if (skip !== undefined) {
        list = list.filter((c) => !skip(c));
        if (list.length === 0) continue;
      }
      if (list.length === 1) return list[0]!.id;
      const best = [...list].sort(
        (a, b) =>
          Number(a.kind === 'term') - Number(b.kind === 'term') ||
          Number(a.branch !== branch) - Number(b.branch !== branch) ||
          a.rank - b.rank ||
          compareStrings(a.id, b.id),
      );
      return best[0]!.id;
    }
    return undefined;
  }
}
