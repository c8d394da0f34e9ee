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
 * The markup is parsed with a real HTML parser (hast-util-from-html, parse5) and the line
 * elements are serialised again with hast-util-to-html, the serialiser that wrote them, so a kept
 * line is the same markup; `splitHighlightedLines` returns undefined for markup that is not a
 * `<pre><code>` of line elements, and the caller shows the whole example instead.
 */
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import type { Element, ElementContent } from 'hast';

export interface HighlightedLines {
  /** `<pre …><code>` as written (the pre's `aria-describedby` removed). */
  open: string;
  /** One `<span class="line">…</span>` per code line, in order. */
  lines: string[];
  /** `</code></pre>`. */
  close: string;
}

const classes = (el: Element): string[] => (Array.isArray(el.properties.className) ? el.properties.className.map(String) : []);
const isElement = (n: ElementContent | undefined, tag: string): n is Element => n?.type === 'element' && n.tagName === tag;
/** The only element of a parsed fragment, when it has nothing else but whitespace. */
function only(html: string): Element | undefined {
  const root = fromHtml(html, { fragment: true });
  const els = root.children.filter((c): c is Element => c.type === 'element');
  const rest = root.children.filter((c) => c.type !== 'element' && !(c.type === 'text' && c.value.trim() === ''));
  return els.length === 1 && rest.length === 0 ? els[0] : undefined;
}

/** Splits highlighted markup into its `<pre><code>` opening, its line elements and the closing tags. */
export function splitHighlightedLines(html: string): HighlightedLines | undefined {
  const pre = only(html);
  if (!pre || pre.tagName !== 'pre' || pre.children.length !== 1) return undefined;
  const code = pre.children[0];
  if (!isElement(code, 'code')) return undefined;
  const lines: string[] = [];
  for (const c of code.children) {
    if (c.type === 'text' && c.value === '\n') continue;
    if (!isElement(c, 'span') || !classes(c).includes('line')) return undefined;
    lines.push(toHtml(c));
  }
  const { ariaDescribedBy: _described, ...preProps } = pre.properties;
  const shell = toHtml({ ...pre, properties: preProps, children: [{ ...code, children: [] }] });
  const close = '</code></pre>';
  if (!shell.endsWith(close)) return undefined;
  return { open: shell.slice(0, -close.length), lines, close };
}

/** A line without its finding markers (links to a findings list the excerpt does not have) and their line classes. */
export function withoutFindings(line: string): string {
  const el = only(line);
  if (!el) return line;
  return toHtml({
    ...el,
    properties: { ...el.properties, className: classes(el).filter((c) => !/^line--(?:finding|error|warning)$/.test(c)) },
    children: el.children.filter((c) => !(c.type === 'element' && classes(c).includes('finding-marker'))),
  });
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
