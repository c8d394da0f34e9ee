/**
 * View helpers for a YAML example's code as pages show it: the code as the highlighter shows it
 * and the element id of its figure. A leaf module (no imports) so that the highlighting worker
 * (src/lib/highlight-worker.ts, through highlight.ts) loads only these, not the note-page view
 * and the Markdown stack that example-excerpts.ts reads (docs/performance.md section 79).
 * example-excerpts.ts re-exports both.
 */

/** The code as the highlighter shows it: line ends normalised, one trailing newline dropped (no empty last line). */
export function displayCode(code: string): string {
  return code.replace(/\r\n?/g, '\n').replace(/\n$/, '');
}

/** Element id of an example's figure on the page that shows it in full (and the prefix of its inner ids). */
export function exampleAnchor(exampleId: string): string {
  return `yx-${exampleId.replace(/[^A-Za-z0-9_-]/g, '-')}`;
}
