/**
 * The reader's folds, kept for the session (sessionStorage, per site: `k8smap:<base>:map-folds`),
 * so a reload or a return with Back or a link shows the map folded as the reader left it. Kept
 * as the level the control shows and what the reader folded or unfolded beyond that level's
 * folds, so a node that is no longer on the map (a new build) is dropped, not an error. Nothing
 * is kept while the map shows the build's opening folds (the reset clears it). A deep link
 * (`?focus=`) still unfolds the way to its node: skill-map.ts applies it after these.
 */

export interface SavedFolds {
  /** The level control's value (`'all'` or a depth). */
  level: string;
  /** Nodes folded beyond the level's folds. */
  fold: string[];
  /** Nodes of the level's folds unfolded. */
  unfold: string[];
}

export function foldsKey(base: string): string {
  return `k8smap:${base}:map-folds`;
}

/** The folds `collapsed` as a level and what differs from that level's folds (`levelFolds`). */
export function foldsDiff(level: string, collapsed: ReadonlySet<string>, levelFolds: ReadonlySet<string>): SavedFolds {
  return {
    level,
    fold: [...collapsed].filter((id) => !levelFolds.has(id)).sort(),
    unfold: [...levelFolds].filter((id) => !collapsed.has(id)).sort(),
  };
}

/** The folds a saved diff stands for, on the level's folds; only nodes that can fold (`canFold`) count. */
export function foldsFrom(saved: SavedFolds, levelFolds: ReadonlySet<string>, canFold: (id: string) => boolean): Set<string> {
  const out = new Set(levelFolds);
  for (const id of saved.unfold) out.delete(id);
  for (const id of saved.fold) if (canFold(id)) out.add(id);
  return out;
}

/** The folds kept for this site, when they are well formed and their level is one the control offers. */
export function readFolds(storage: Pick<Storage, 'getItem'> | undefined, base: string, isLevel: (value: string) => boolean): SavedFolds | undefined {
  try {
    const raw = storage?.getItem(foldsKey(base));
    if (!raw) return undefined;
    const v = JSON.parse(raw) as Partial<SavedFolds>;
    const ids = (a: unknown): a is string[] => Array.isArray(a) && a.every((x) => typeof x === 'string');
    if (typeof v.level !== 'string' || !isLevel(v.level) || !ids(v.fold) || !ids(v.unfold)) return undefined;
    return { level: v.level, fold: v.fold, unfold: v.unfold };
  } catch {
    return undefined; // no storage, or not ours
  }
}

/** Keeps the folds for this site; forgets them when they are the opening's (`opening` level, nothing else folded or unfolded). */
export function writeFolds(storage: Pick<Storage, 'setItem' | 'removeItem'> | undefined, base: string, folds: SavedFolds, opening: string): void {
  try {
    if (folds.level === opening && folds.fold.length === 0 && folds.unfold.length === 0) storage?.removeItem(foldsKey(base));
    else storage?.setItem(foldsKey(base), JSON.stringify(folds));
  } catch {
    /* no storage, or full */
  }
}
