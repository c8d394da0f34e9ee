/**
 * `toHtml` of hast-util-to-html (default options, the way Shiki's `codeToHtml` calls it) for the
 * trees Shiki builds: a root of `pre` / `code` / `span` / `a` elements and text. At 1,000 notes
 * the generic serialiser was about 1.7 s of the highlighting worker, most of it per attribute
 * (every token span carries its two CSS variables): for each attribute it looks the name up in
 * property-information's schema, copies an options object and builds an escaping regex. Here
 * each attribute name is looked up once per process and values are escaped with one precompiled
 * regex each; the rules are hast-util-to-html's own, restated for exactly the cases that occur:
 *
 * - an element is `<name attrs>children</name>` (no optional tag is omitted by default);
 * - attributes in property order, separated by one space, each `name="value"`; `null`,
 *   `undefined`, `false` and `NaN` are left out, `true` is the bare name, an array is joined with
 *   spaces (space-separated-tokens' `stringify`: `join(' ').trim()`), anything else `String()`;
 * - in a double-quoted value `\0 " & ' \`` become hexadecimal references (`&#x22;`…), in text
 *   `< &` (stringify-entities' default format: `&#x` + upper-case hex + `;`).
 *
 * Anything else — another node type (comment, raw, doctype), a void element, `template`,
 * `script`, `style`, `svg`/MathML, a boolean or comma-separated attribute, a name that would need
 * escaping — hands the whole tree to hast-util-to-html itself, so the output is always what
 * `toHtml(tree)` gives: tests/unit/pages/hast-html.test.ts compares the two on every example of
 * the bundled content, hand-made trees for each rule above and random trees.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { find, html as htmlSchema } from 'property-information';

/**
 * Elements written by the fast path: the ones the highlighter builds (Shiki's pre / code / span,
 * highlight.ts's linked keys `a`, highlight-excerpt.ts's `small`); anything else goes to
 * hast-util-to-html.
 */
const FAST_TAGS = new Set(['pre', 'code', 'span', 'a', 'small']);

/** An attribute name as hast-util-to-html writes it, or null when only the generic serialiser may write it. */
const attributeNames = new Map<string, string | null>();
/** Characters hast-util-to-html escapes in an attribute name (its `constants.name`, strict setting). */
const UNSAFE_NAME = /[\0\t\n\f\r "&'/<=>`]/;

function attributeName(key: string): string | null {
  let name = attributeNames.get(key);
  if (name === undefined) {
    const info = find(htmlSchema, key);
    name = info.boolean || info.overloadedBoolean || info.booleanish || info.commaSeparated || info.commaOrSpaceSeparated || info.attribute === '' || UNSAFE_NAME.test(info.attribute) || info.space === 'svg' || info.space === 'xlink' || info.space === 'xml' || info.space === 'xmlns'
      ? null
      : info.attribute;
    attributeNames.set(key, name);
  }
  return name;
}

const ATTR_UNSAFE = /[\0"&'`]/g;
const TEXT_UNSAFE = /[<&]/g;
const hex = (c: string): string => `&#x${c.charCodeAt(0).toString(16).toUpperCase()};`;
const escapeAttr = (v: string): string => (v.search(ATTR_UNSAFE) < 0 ? v : v.replace(ATTR_UNSAFE, hex));
const escapeText = (v: string): string => (v.search(TEXT_UNSAFE) < 0 ? v : v.replace(TEXT_UNSAFE, hex));

/** Thrown inside the fast path when the tree needs the generic serialiser. */
class NotFast extends Error {}
const NOT_FAST = new NotFast('not a fast-path tree');

function attributes(el: Element): string {
  let out = '';
  const props = el.properties;
  for (const key in props) {
    const value = props[key];
    if (value === null || value === undefined || value === false) continue;
    if (typeof value === 'number' && Number.isNaN(value)) continue;
    const name = attributeName(key);
    if (name === null) throw NOT_FAST;
    let part: string;
    if (value === true) part = name;
    else if (Array.isArray(value)) part = `${name}="${escapeAttr(value.join(' ').trim())}"`;
    else part = `${name}="${escapeAttr(String(value))}"`;
    out = out === '' ? part : `${out} ${part}`;
  }
  return out;
}

function children(nodes: readonly (RootContent | ElementContent)[]): string {
  let out = '';
  for (const node of nodes) {
    if (node.type === 'text') out += escapeText(node.value);
    else if (node.type === 'element') {
      if (!FAST_TAGS.has(node.tagName)) throw NOT_FAST;
      const attrs = attributes(node);
      out += `<${node.tagName}${attrs === '' ? '' : ` ${attrs}`}>${children(node.children)}</${node.tagName}>`;
    } else throw NOT_FAST;
  }
  return out;
}

/** `toHtml(tree)` (hast-util-to-html, default options), faster for the trees Shiki builds. */
export function hastToHtml(tree: Root): string {
  if (tree.type !== 'root') return toHtml(tree);
  try {
    return children(tree.children);
  } catch (err) {
    if (err === NOT_FAST) return toHtml(tree);
    throw err;
  }
}
