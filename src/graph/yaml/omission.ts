/**
 * Omission lines: notes elide parts of a manifest with a line that is only `...` (or `…`,
 * `。。。`, `# ...`), possibly indented and possibly followed by a comment. In YAML a bare
 * `...` ends a document, which is never what a note means, so such lines are neutralised
 * before parsing: the line keeps its length but becomes a comment. Offsets, lines and columns
 * of everything else stay exactly as written.
 */

/** The marker itself: `..`/`...`, `…`, `。。。`, `⋯`. */
const MARKER = String.raw`(?:\.{2,}|…+|。{2,}|⋯+)`;
const OMISSION_LINE = new RegExp(String.raw`^([ \t]*)((?:-[ \t]+)?(?:#[ \t]*)?${MARKER}(?:[ \t]+#.*)?[ \t]*)$`);
const OMISSION_VALUE = new RegExp(`^${MARKER}$`);

/**
 * True when a plain (unquoted) scalar is only an omission marker: `openAPIV3Schema: ...` elides
 * a value the way an omission line elides lines. A quoted `"..."` is a value the author wrote.
 */
export function isOmissionValue(text: string): boolean {
  return OMISSION_VALUE.test(text);
}

export interface NeutralisedCode {
  /** The code with omission lines replaced by same-length comments. */
  text: string;
  /** 1-based line numbers (within the code) of omission lines. */
  omittedLines: number[];
}

/** True when the line is an omission marker such as `...`, `  # ...` or `…`. */
export function isOmissionLine(line: string): boolean {
  return OMISSION_LINE.test(line);
}

export function neutraliseOmissions(code: string): NeutralisedCode {
  if (!code.includes('..') && !code.includes('…') && !code.includes('。。') && !code.includes('⋯')) {
    return { text: code, omittedLines: [] };
  }
  const lines = code.split('\n');
  const omittedLines: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const hasCr = line.endsWith('\r');
    const body = hasCr ? line.slice(0, -1) : line;
    const m = OMISSION_LINE.exec(body);
    if (!m) continue;
    const indent = m[1]!;
    const rest = m[2]!;
    // Same UTF-16 length, so every offset after it is unchanged.
    lines[i] = indent + '#' + ' '.repeat(rest.length - 1) + (hasCr ? '\r' : '');
    omittedLines.push(i + 1);
  }
  return omittedLines.length ? { text: lines.join('\n'), omittedLines } : { text: code, omittedLines };
}
