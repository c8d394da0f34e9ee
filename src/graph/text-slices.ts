/**
 * Where a slice of a text node stands in its file. A text node's `value` is its source only when no escape or
 * entity was decoded (its value is as long as its source span); then `value.slice(from, to)` has an exact place.
 * One home for the reckoning that the 思源 (siyuan.ts), tag (tags.ts) and Logseq (logseq.ts) readers share.
 *
 * perf87: every node of a parsed tree has a position object of its own (`copyPosition`), never one
 * another node holds: the tree crosses to the main thread and the disk cache as JSON text, which
 * writes a shared object once per reach, and the miner's reading made in a worker points into the
 * tree by counting its objects (ref-json.ts), so a tree that shared one would not match its copy.
 */
import type { Text } from 'mdast';
import type { Point, Position } from 'unist';

/** The exact place of `node.value.slice(from, to)`, or undefined when the node's text is not its source. */
export function slicePosition(node: Text, from: number, to: number): Position | undefined {
  const p = node.position;
  if (!p || p.start.offset === undefined || p.end.offset === undefined || p.end.offset - p.start.offset !== node.value.length) return undefined;
  const at = (i: number): Point => {
    const before = node.value.slice(0, i);
    const nl = before.lastIndexOf('\n');
    return { line: p.start.line + before.split('\n').length - 1, column: nl === -1 ? p.start.column + i : i - nl, offset: p.start.offset! + i };
  };
  return { start: at(from), end: at(to) };
}

/** The slice's exact place, else (a copy of) the whole node's (good enough for a diagnostic's file:line). */
export function slicePositionOrNode(node: Text, from: number, to: number): Position | undefined {
  return slicePosition(node, from, to) ?? copyPosition(node.position);
}

/** A copy of a position, its points copied too, for a node made from another (see the module comment). */
export function copyPosition(p: Position): Position;
export function copyPosition(p: Position | undefined): Position | undefined;
export function copyPosition(p: Position | undefined): Position | undefined {
  return p && { start: { ...p.start }, end: { ...p.end } };
}

/** `{ position }` with a copy of `p`, or nothing: for spreading into a node made from another. */
export function ownPosition(p: Position | undefined): { position?: Position } {
  return p ? { position: copyPosition(p) } : {};
}
