/**
 * The map's own search box: substring matching on Chinese and English names, aliases, keywords
 * (the concept search's: the glossary's Chinese names among them, map-data.ts), field paths and
 * ids (case- and space-insensitive), ranked exact > prefix > substring, names before aliases
 * before keywords before field paths, then map order.
 */
import type { MapModel } from './map-model.ts';
import { unwrapLabel } from './map-model.ts';

export interface MapSearchHit {
  id: string;
  /** What matched, when it is not the name itself (an alias, a keyword or the field path). */
  via?: string;
}

function norm(s: string): string {
  return s.toLowerCase().replace(/[\s\n]+/g, '');
}

export function searchMap(m: MapModel, query: string, limit = 8): MapSearchHit[] {
  const q = norm(query);
  if (q === '') return [];
  const scored: { id: string; score: number; via?: string; order: number }[] = [];
  for (const n of m.data.nodes) {
    let best = Infinity;
    let via: string | undefined;
    const consider = (text: string, weight: number, label?: string): void => {
      const t = norm(text);
      const at = t.indexOf(q);
      if (at < 0) return;
      const score = weight + (t === q ? 0 : at === 0 ? 1 : 2);
      if (score < best) {
        best = score;
        via = label;
      }
    };
    consider(unwrapLabel(n.zh), 0);
    consider(unwrapLabel(n.en), 0);
    consider(n.id, 0.5);
    for (const a of n.a ?? []) consider(a, 0.6, a);
    for (const w of n.kw ?? []) consider(w, 0.7, w);
    if (n.f) consider(n.f, 0.8, n.f);
    if (best < Infinity) scored.push({ id: n.id, score: best, via, order: m.index.get(n.id) ?? 0 });
  }
  scored.sort((a, b) => a.score - b.score || a.order - b.order);
  return scored.slice(0, limit).map(({ id, via }) => (via === undefined ? { id } : { id, via }));
}
