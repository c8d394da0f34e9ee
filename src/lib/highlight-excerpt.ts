/**
 * A focused excerpt of an example that is already highlighted (highlight.ts): only some of its
 * lines, cut out of the markup Shiki and hast-util-to-html wrote, with a "⋯ n lines hidden"
 * marker where lines are left out. No second highlighting: the same cached HTML every page of
 * the build uses (page-highlight.ts) is split into its line elements and the chosen ones kept.
 *
 * An excerpt stands alone on a page that has no findings list for the example, so the finding
 * markers (links to that list) and the `aria-describedby` of the `<pre>` are left out; the lines
 * keep their colours, key links and `yaml-key--current` marks. Line numbers stay those of the
 * full example (each marker sets the CSS line counter, see YamlExample.astro's `.yaml-code`).
 *
 * The markup is the serialiser's own (every attribute value double-quoted with `"` escaped,
 * `<` escaped in text), so a scan of its tags is exact; `splitHighlightedLines` returns
 * undefined for anything else and the caller shows the whole example instead.
 */
import { toHtml } from 'hast-util-to-html';

export interface HighlightedLines {
  /** `<pre …><code>` as written (the pre's `aria-describedby` removed). */
  open: string;
  /** One `<span class="line">…</span>` per code line, in order. */
  lines: string[];
  /** `</code></pre>`. */
  close: string;
}

const VOID = new Set(['br', 'img', 'hr', 'wbr', 'input', 'meta', 'link', 'area', 'base', 'col', 'embed', 'source', 'track']);

/** End (index after `>`) of the tag that starts at `at` (`html[at] === '<'`), honouring quoted values. */
function tagEnd(html: string, at: number): number {
  let quote = '';
  for (let i = at + 1; i < html.length; i++) {
    const ch = html[i]!;
    if (quote) {
      if (ch === quote) quote = '';
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '>') return i + 1;
  }
  return -1;
}

/** Splits highlighted markup into its `<pre><code>` opening, its line elements and the closing tags. */
export function splitHighlightedLines(html: string): HighlightedLines | undefined {
  const preAt = html.indexOf('<pre');
  if (preAt < 0) return undefined;
  const preEnd = tagEnd(html, preAt);
  if (preEnd < 0 || !html.startsWith('<code', preEnd)) return undefined;
  const codeEnd = tagEnd(html, preEnd);
  if (codeEnd < 0) return undefined;
  const preTag = html.slice(preAt, preEnd).replace(/ aria-describedby="[^"]*"/, '');
  const open = html.slice(0, preAt) + preTag + html.slice(preEnd, codeEnd);
  const lines: string[] = [];
  let i = codeEnd;
  while (i < html.length) {
    if (html.startsWith('</code>', i)) {
      const close = html.slice(i);
      if (!/^<\/code><\/pre>\s*$/.test(close)) return undefined;
      return { open, lines, close };
    }
    if (html[i] === '\n') {
      i++;
      continue;
    }
    if (!html.startsWith('<span class="line', i)) return undefined;
    // One line element: nested tags until the depth is back to zero.
    let depth = 0;
    let j = i;
    for (;;) {
      const lt = html.indexOf('<', j);
      if (lt < 0) return undefined;
      const end = tagEnd(html, lt);
      if (end < 0) return undefined;
      if (html[lt + 1] === '/') depth--;
      else {
        const name = /^<([a-zA-Z][a-zA-Z0-9-]*)/.exec(html.slice(lt, lt + 20))?.[1]?.toLowerCase();
        if (!name) return undefined;
        if (!VOID.has(name) && html[end - 2] !== '/') depth++;
      }
      j = end;
      if (depth === 0) break;
      if (depth < 0) return undefined;
    }
    lines.push(html.slice(i, j));
    i = j;
  }
  return undefined;
}

/** A line without its finding markers (links to a findings list the excerpt does not have) and their line classes. */
export function withoutFindings(line: string): string {
  return line
    .replace(/<a class="finding-marker[^"]*"(?: [^\s"'>/=]+(?:="[^"]*")?)*>[^<]*<\/a>/g, '')
    .replace(/^<span class="line([^"]*)"/, (_m, cls: string) => `<span class="line${cls.replace(/ line--(?:finding|error|warning)\b/g, '')}"`);
}

/** The text of a marker for `n` hidden lines, and its UI string (key and variables) for the language switch. */
export interface ElidedLabel {
  text: (n: number) => string;
  i18nKey: string;
}

function marker(hidden: number, counter: number, label: ElidedLabel): string {
  // <small>, not <span>: the theme colours of `.yaml-code span` do not apply; "⋯" comes from CSS.
  return toHtml({
    type: 'element',
    tagName: 'small',
    properties: { className: ['yaml-elided'], style: `counter-set: yaml-line ${counter}`, dataI18n: label.i18nKey, dataI18nVars: JSON.stringify({ n: hidden }) },
    children: [{ type: 'text', value: label.text(hidden) }],
  });
}

/**
 * The lines of `ranges` (1-based, inclusive, sorted, not overlapping) of a highlighted example,
 * a marker for each run of lines left out (before, between and after), finding markers removed.
 * Undefined when the markup is not the highlighter's or a range is out of bounds.
 */
export function excerptHighlighted(html: string, ranges: readonly (readonly [number, number])[], label: ElidedLabel): string | undefined {
  const split = splitHighlightedLines(html);
  if (!split || ranges.length === 0) return undefined;
  const n = split.lines.length;
  const parts: string[] = [];
  let next = 1;
  for (const [from, to] of ranges) {
    if (from < next || to < from || to > n) return undefined;
    if (from > next) parts.push(marker(from - next, from - 1, label));
    for (let l = from; l <= to; l++) parts.push(withoutFindings(split.lines[l - 1]!));
    next = to + 1;
  }
  if (next <= n) parts.push(marker(n - next + 1, n, label));
  return split.open + parts.join('\n') + split.close;
}
