/**
 * Reads a generated configuration API reference page of kubernetes/website
 * (content/en/docs/reference/config-api/*.md, written by kubernetes-sigs/reference-docs' genref
 * from the Go types of one package): each `` ## `TypeName` `` section's table lists the type's
 * fields in declaration order, each row's first cell being the field's `json` name in a `<code>`,
 * then, after a `<br/>`, its Go type in a `<code>` (linked when it is a type of the page or of
 * another package). The rows of an embedded TypeMeta (`apiVersion`/`kind` of a kind, their type
 * written as bare text) are left out, as the Go reader leaves TypeMeta out.
 *
 * Used where the Go source at the release a note is written for is not at hand but the page is
 * (scripts/build-config-catalogue.mjs lists which package is read this way, and why). The markdown
 * is parsed with remark, the tables in it with hast-util-from-html: never with regular
 * expressions over HTML. No descriptions are kept: names and types only.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';

/**
 * A field's type as the page writes it: `{ list }`, `{ map }`, a type of the page (`{ local }`),
 * a type of another package (`{ qualified: 'k8s.io/…/v1.Duration' }`, from the link to its Go
 * documentation; `{ core }` for a core API type) or a Go scalar (`{ scalar: 'int32' }`).
 */
function parseType(text, href, anchorPrefix) {
  const t = text.trim();
  if (t.startsWith('[]')) return { list: parseType(t.slice(2), href, anchorPrefix) };
  const map = /^map\[string\](.+)$/.exec(t);
  if (map) return { map: parseType(map[1], href, anchorPrefix) };
  if (href?.startsWith(`#${anchorPrefix}`)) return { local: href.slice(anchorPrefix.length + 1) };
  const goDoc = href ? /^https:\/\/pkg\.go\.dev\/([^#]+)#(\w+)$/.exec(href) : null;
  if (goDoc) return { qualified: `${goDoc[1]}.${goDoc[2]}` };
  if (href && /kubernetes-api\/.*#[a-z0-9]+-v1-core$/.test(href)) return { core: t.split('.').pop() };
  if (href) return { qualified: undefined };
  return { scalar: t };
}

/**
 * The struct types of a reference page: Map of type name → [{ key, type }] in declaration order.
 * `anchorPrefix`: the page's anchor prefix of its own types (`apiserver-config-k8s-io-v1-`).
 */
export function readReferencePage(markdown, anchorPrefix, where) {
  const tree = unified().use(remarkParse).parse(markdown);
  const types = new Map();
  let current;
  for (const node of tree.children) {
    if (node.type === 'heading' && node.depth === 2) {
      const code = node.children.find((c) => c.type === 'inlineCode');
      current = code ? code.value : undefined;
      if (current !== undefined) types.set(current, []);
      continue;
    }
    if (current === undefined || node.type !== 'html') continue;
    const root = fromHtml(node.value, { fragment: true });
    for (const row of elements(root, 'tr')) {
      const cell = elements(row, 'td')[0];
      if (!cell) continue; // the header row
      const codes = elements(cell, 'code');
      const key = codes[0] ? toString(codes[0]).trim() : undefined;
      if (!key) throw new Error(`${where}: a row of ${current} without a field name`);
      // the type: the `<code>` after the `<br/>` (TypeMeta's rows write it as bare text: left out)
      const br = cell.children.findIndex((c) => c.type === 'element' && c.tagName === 'br');
      const after = br >= 0 ? cell.children.slice(br + 1) : [];
      const link = after.find((c) => c.type === 'element' && c.tagName === 'a');
      const code = link ? elements(link, 'code')[0] : after.find((c) => c.type === 'element' && c.tagName === 'code');
      if (!code) {
        if (key === 'apiVersion' || key === 'kind') continue;
        throw new Error(`${where}: ${current}.${key} has no type`);
      }
      types.get(current).push({ key, type: parseType(toString(code), link?.properties?.href, anchorPrefix) });
    }
  }
  return types;
}

function elements(node, tagName, out = []) {
  for (const c of node.children ?? []) {
    if (c.type === 'element' && c.tagName === tagName) out.push(c);
    if (c.type === 'element' || c.type === 'root') elements(c, tagName, out);
  }
  return out;
}
