/**
 * What the browser reads of the map data besides its types (map-data.ts): the typography the
 * boxes were sized for and a pre-wrapped label back on one line. A module of its own so that the
 * map's script does not reach map-data.ts's builder and what it imports (the glossary's names,
 * the progress totals). Pure.
 */
import { MAP_TYPE } from '../graph/map-typography.ts';

/** The typography the boxes were sized for (the browser draws the labels with it). */
export { MAP_TYPE };

const WIDE_END = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]$/;
const WIDE_START = /^[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/;

/** A pre-wrapped label back on one line (a space only between two Latin line ends). */
export function unwrapLabel(label: string): string {
  const lines = label.split('\n');
  let out = lines[0] ?? '';
  for (let i = 1; i < lines.length; i++) {
    const next = lines[i]!;
    out += WIDE_END.test(out) || WIDE_START.test(next) ? next : ` ${next}`;
  }
  return out;
}
