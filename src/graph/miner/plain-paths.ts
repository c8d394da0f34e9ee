/**
 * rules24: a field path from an object's root written as plain text (`PVC 创建后，status.phase 会从
 * Pending 变成 Bound`, `还有一个字段 spec.minReadySeconds，…`), not in a code span. Learners write
 * paths both ways, often in one note; the rules that read a path (definitions.ts `inlineCandidates`:
 * `field-cue`, `path-mention`) read code spans only, so a plain path was no field. Here a text node
 * is split so that each plain rooted path stands as a code span of its own, for those two rules alone
 * (the other readings of a code span — a naming verb, a copula, a state — stay with code spans), and
 * `path-mention` takes a plain path only as the subject its clause opens on or as the means of a verb
 * (definitions.ts PLAIN_PATH_OPENS): mid-clause a plain path is where a value is read or written
 * (`看了一眼 Service 的 spec.x`, `写一行 spec.x: Local`), which rules2's `field-path` leaves alone.
 *
 * What counts as a plain path is data: PLAIN_PATH_ROOTS, the first segments of a path from an object's
 * root read in plain text (definitions.ts ROOTED_PATH's but `metadata`), at least one more segment of letters and digits,
 * each optionally a list (`[]`), and on both sides something that is not part of a longer token: not a
 * letter, digit, dot, slash, hyphen, `$`, `{` or a backtick (`.status.phase` of a JSONPath, `a/spec.x`,
 * `{.spec.x}`, `$spec.x` are other things). A trailing full stop is not part of it.
 */
import type { PhrasingContent, Text } from 'mdast';

/**
 * The first segment of a path from an object's root, written plainly. Not `metadata`: its keys are every
 * object's (`metadata.name`, `metadata.labels`, `metadata.generation`), named in running text as the
 * place a value goes, and the sets leave them unlabelled there (with `metadata` the rule made 5 more
 * false positives in 3 sets and 1 more duplicate, and found no more labels; docs/miner.md rules24). A path in a
 * code span from any root is still read (definitions.ts ROOTED_PATH).
 */
export const PLAIN_PATH_ROOTS: readonly string[] = ['spec', 'status'];

/** Characters that make a path part of a longer token when written right before or after it. */
const TOKEN_CHAR = '[A-Za-z0-9_./\\-$`{}]';

const PLAIN_PATH = new RegExp(`(?<!${TOKEN_CHAR})(?:${PLAIN_PATH_ROOTS.join('|')})(?:\\.[A-Za-z][A-Za-z0-9]*(?:\\[\\])?)+(?!${TOKEN_CHAR.replace('.', '')}|\\.[A-Za-z])`, 'g');

/** Each plain rooted path of a piece of text, with where it starts. */
export function plainPaths(text: string): { path: string; index: number }[] {
  return [...text.matchAll(PLAIN_PATH)].map((m) => ({ path: m[0], index: m.index! }));
}

/** The code spans made here from plain text: read by `field-cue` and `path-mention` only. */
const madeFromText = new WeakSet<object>();

/** True for a code span split out of plain text by `withPlainPaths`. */
export function fromPlainText(n: object): boolean {
  return madeFromText.has(n);
}

/** Where in a text node an offset falls (line and column), for a node split out of it. */
function positionAt(t: Text, index: number): { line: number; column: number; offset?: number } | undefined {
  const start = t.position?.start;
  if (!start) return undefined;
  const before = t.value.slice(0, index);
  const lines = before.split('\n');
  const line = start.line + lines.length - 1;
  const column = lines.length === 1 ? start.column + index : lines[lines.length - 1]!.length + 1;
  return { line, column, ...(start.offset !== undefined ? { offset: start.offset + index } : {}) };
}

/**
 * A paragraph's children with every plain rooted path of its text nodes split out as an inline code
 * node (marked: `fromPlainText`), the text around it as text nodes. The tree is not changed: the
 * children returned are new where a text node was split, the same nodes elsewhere.
 */
export function withPlainPaths(kids: readonly PhrasingContent[]): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  for (const n of kids) {
    if (n.type !== 'text') {
      out.push(n);
      continue;
    }
    const found = plainPaths(n.value);
    if (found.length === 0) {
      out.push(n);
      continue;
    }
    let from = 0;
    const piece = (a: number, b: number): Text => {
      const s = positionAt(n, a);
      const e = positionAt(n, b);
      return { type: 'text', value: n.value.slice(a, b), ...(s && e ? { position: { start: s, end: e } } : {}) };
    };
    for (const { path, index } of found) {
      if (index > from) out.push(piece(from, index));
      const s = positionAt(n, index);
      const e = positionAt(n, index + path.length);
      const code = { type: 'inlineCode' as const, value: path, ...(s && e ? { position: { start: s, end: e } } : {}) };
      madeFromText.add(code);
      out.push(code);
      from = index + path.length;
    }
    if (from < n.value.length) out.push(piece(from, n.value.length));
  }
  return out;
}
