/**
 * Typography of the skill map by tree depth, shared by the build-time layout (box sizes) and
 * the browser style (font sizes): keep the two in step. No imports, so the browser bundle
 * stays small.
 */
export const MAP_TYPE = {
  fontSize: (depth: number): number => (depth === 0 ? 26 : depth === 1 ? 18 : depth === 2 ? 14 : 13),
  bold: (depth: number): boolean => depth <= 1,
  lineHeight: 1.3,
  padX: (depth: number): number => (depth === 0 ? 20 : depth === 1 ? 12 : 8),
  padY: (depth: number): number => (depth === 0 ? 10 : depth === 1 ? 7 : 4),
  /** Widest line before wrapping, in em. */
  wrapEm: (depth: number): number => (depth === 0 ? 12 : depth === 1 ? 10 : 13),
};
