/**
 * Field-like names on a line of a note, as the field counters read them (bench/field-shapes.mjs,
 * bench/field-mentions36.mjs): a camelCase word, a dotted or `[]` path of such words, or a lower-case
 * word in a code span; and the words after a name that say what it is or does. For measuring only.
 */

/** Words after a name that say what it is or does (the brief's `backoffLimit 决定了…`). */
export const EXPLAINING = /^\s*(?:的作用是|的意思是|的含义是|就是|即|是指|是|指|表示|代表|决定|控制|限制|指定|定义|规定|负责|用来|用于|用以|管|影响|描述|记录|设置了|设定|意味着|说的是)/u;
export const CAMEL = '[a-z][a-z0-9]*(?:[A-Z][a-zA-Z0-9]*)+';
export const SEGMENT = `[a-z][a-zA-Z0-9]*(?:\\[\\])?`;
export const PATH = `${SEGMENT}(?:\\.${SEGMENT})+`;
// a path or a camelCase word (not part of a longer Latin token, a URL or a file name)
const FIELDISH = new RegExp(`(?<![\\w./:-])(${PATH}|${CAMEL})(?![\\w/:-]|\\.\\w)`, 'gu');
const CODE_WORD = /`([a-z][a-zA-Z0-9]*(?:\[\])?(?:\.[a-z][a-zA-Z0-9]*(?:\[\])?)*)`/gu;

/** Field-like names of a line with where each starts and ends, and whether a code span holds it alone. */
export function fieldish(line) {
  const out = new Map();
  for (const m of line.matchAll(CODE_WORD)) out.set(m.index, { name: m[1], end: m.index + m[0].length, code: true });
  for (const m of line.replace(/`[^`]*`/g, (s) => ' '.repeat(s.length)).matchAll(FIELDISH)) {
    if (/^(?:e\.g|i\.e|etc)\b/.test(m[1])) continue;
    out.set(m.index, { name: m[1], end: m.index + m[0].length, code: false });
  }
  return [...out.entries()].sort((a, b) => a[0] - b[0]).map(([start, v]) => ({ start, ...v }));
}
