/**
 * veto9: the resolver's vetoes of rule candidates by where the name stands in its line and what
 * follows it (docs/miner.md "veto9"). `node bench/miner-misses.mjs --vetoes --json F` lists every rule
 * candidate the resolver decided names nothing, with whether its name is a label the chapter missed
 * (a gain if kept), one it found, or no label's (a false positive if kept); this groups those rows by
 * the shape of their line, to find what separates the names a veto loses from the words it rightly
 * stops. Pure functions (unit test: tests/unit/graph/veto-shapes.test.ts); the CLI is
 * bench/veto-shapes.mjs.
 */

/** The name a vetoed candidate's label writes (without marks, colon and gloss). */
export function vetoName(label) {
  return String(label).replace(/[*`]/g, '').replace(/[:：]\s*$/, '').replace(/\s*[（(][^）)]*[）)]\s*$/, '').trim();
}

const ITEM = /^(\s*(?:[-*+]|\d+[.)、])\s+)/;
const COLON_AFTER = /^[\s*`”"」]*(?:[（(][^）)]{0,40}[）)])?[\s*`]*(?:[:：]|\s[—–-]{1,2}\s|——|\s*=)/u;
const PAIR_AFTER = /^[\s*`”"」]*\s*[/、,，]/u;

/**
 * The predicates that may follow a name opening its paragraph (the longest that matches is taken): what the writer
 * says about the name right after it (`是`, `表示`, `可以`…), or what a command's output shows (`能看到`).
 */
export const PREDICATES = ['的意思就是', '的意思是', '其实就是', '指的是', '就是', '是', '表示', '代表', '指', '控制', '决定', '指定', '声明', '负责', '用来', '用于', '能看到', '看到', '会', '可以', '能'];

/** The predicate right after a name (PREDICATES, after an optional parenthesis), or undefined. */
export function predicateAfter(after) {
  const rest = String(after).replace(/^[\s*`”"」]*/u, '').replace(/^[（(][^）)]{0,30}[）)]\s*/u, '');
  return PREDICATES.filter((p) => rest.startsWith(p)).sort((a, b) => b.length - a.length)[0];
}

/**
 * Where a name stands in one line of a chapter: `heading`, `table-first` / `table-other` (a table's
 * first cell or another), `item-` or `para-` `lead-colon` / `lead-pair` / `lead-explained` /
 * `lead-other` (it opens a list item or a paragraph, followed by a colon, by another name joined with
 * `/` or `、`, by a predicate, or by anything else), `mid-explained` / `mid-passing` (inside a
 * sentence, followed by a predicate or not), `not-on-line`.
 */
export function placeOf(line, name) {
  if (/^\s*#{1,6}\s/.test(line)) return 'heading';
  const i = line.indexOf(name);
  if (/^\s*\|/.test(line)) return i >= 0 && /^\s*\|[\s`*]*$/.test(line.slice(0, i)) ? 'table-first' : 'table-other';
  if (i < 0) return 'not-on-line';
  const item = ITEM.exec(line);
  const start = item ? item[1].length : line.length - line.replace(/^\s*>?\s*/, '').length;
  const after = line.slice(i + name.length);
  if (/^[\s*`“"「]*$/.test(line.slice(start, i))) {
    const lead = item ? 'item-lead' : 'para-lead';
    if (COLON_AFTER.test(after)) return `${lead}-colon`;
    if (PAIR_AFTER.test(after)) return `${lead}-pair`;
    return predicateAfter(after) !== undefined ? `${lead}-explained` : `${lead}-other`;
  }
  return predicateAfter(after) !== undefined ? 'mid-explained' : 'mid-passing';
}

/** The features of one veto row, given the chapter's lines: its place and, when it opens its line, the predicate after it. */
export function vetoFeatures(row, lines) {
  const name = vetoName(row.label);
  const line = lines[row.line - 1] ?? '';
  const place = placeOf(line, name);
  const i = line.indexOf(name);
  const predicate = i >= 0 && place.includes('lead') ? (predicateAfter(line.slice(i + name.length)) ?? 'other') : '-';
  return { veto: row.veto, rule: row.rule, shape: row.shape, place, predicate };
}

/**
 * Counts of rows by a key: for each, how many name a label the chapter missed, found, or none, and
 * in how many sets the missed ones are. Sorted by missed, then by all.
 */
export function tally(rows, keyOf) {
  const out = new Map();
  for (const r of rows) {
    const k = keyOf(r);
    const g = out.get(k) ?? { key: k, missed: 0, found: 0, none: 0, sets: new Set() };
    g[r.is] += 1;
    if (r.is === 'missed') g.sets.add(r.set);
    out.set(k, g);
  }
  return [...out.values()]
    .map((g) => ({ ...g, sets: g.sets.size }))
    .sort((a, b) => b.missed - a.missed || b.missed + b.found + b.none - (a.missed + a.found + a.none) || (a.key < b.key ? -1 : 1));
}
