/**
 * Markdown with unified: parse to mdast (GFM + CJK-friendly emphasis, so `**术语：**正文`
 * is bold), and render mdast to sanitised HTML.
 */
import { unified, type Processor } from 'unified';
import remarkParse from 'remark-parse';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { combineExtensions } from 'micromark-util-combine-extensions';
import { gfmAutolinkLiteral } from 'micromark-extension-gfm-autolink-literal';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import remarkCjkFriendly from 'remark-cjk-friendly';
import remarkCjkFriendlyGfmStrikethrough from 'remark-cjk-friendly-gfm-strikethrough';
import remarkRehype from 'remark-rehype';
import remarkMath from 'remark-math';
import rehypeKatex from 'rehype-katex';
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import GithubSlugger from 'github-slugger';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'mdast-util-to-string';
import type { Heading as MdHeading, Html, PhrasingContent, Root, RootContent, Table, TableCell, TableRow } from 'mdast';
import type { Element as HastElement, ElementContent as HastContent, Root as HastRoot } from 'hast';
import type { Point } from 'unist';
import type { Heading } from './model.ts';
import { CALLOUT_TYPES, calloutLabelKey, isCallout } from './callouts.ts';
import { rehypeDialogueLines } from './dialogue-lines.ts';
import contentLabels from './content-labels.json' with { type: 'json' };
import type { ObsidianTag } from './tags.ts';
import { ownPosition } from './text-slices.ts';

/**
 * GFM's autolink-literal transform (mdast-util-gfm-autolink-literal) walks every text node of
 * every tree with four regular expressions, about a tenth of the parse time. It can only change
 * a text node whose value holds `@` (e-mail, mailto:, xmpp:), `http` (http://, https://) or `www`
 * (www.), case-insensitively, so it runs only on trees that have such a text node; the trees
 * are the same.
 */
const MAY_HOLD_LITERAL_LINK = /@|http|www/i;

function hasLinkLikeText(node: { type: string; value?: unknown; children?: unknown[] }): boolean {
  if (node.type === 'text') return typeof node.value === 'string' && MAY_HOLD_LITERAL_LINK.test(node.value);
  const children = node.children as (typeof node)[] | undefined;
  if (children) for (const c of children) if (hasLinkLikeText(c)) return true;
  return false;
}

type FromMarkdownTransform = (tree: Root) => Root | undefined | void;
interface FromMarkdownExt {
  enter?: Record<string, unknown>;
  transforms?: FromMarkdownTransform[];
}

/** unified plugin, after the GFM one: guard the autolink-literal transform (see above). */
function guardAutolinkLiteralTransform(this: { data(key: string): unknown }): void {
  const guard = (list: unknown): void => {
    if (!Array.isArray(list)) return;
    for (const ext of list as (FromMarkdownExt | FromMarkdownExt[])[]) {
      if (Array.isArray(ext)) guard(ext);
      else if (ext.enter && 'literalAutolink' in ext.enter && ext.transforms) {
        ext.transforms = ext.transforms.map((t) => (tree: Root) => (hasLinkLikeText(tree) ? t(tree) : undefined));
      }
    }
  };
  guard(this.data('fromMarkdownExtensions'));
}

/**
 * GFM's syntax, one construct family at a time. remark-gfm gives micromark one extension that
 * combines all five (`micromark-extension-gfm`: autolink literals, footnotes, strikethrough,
 * tables, task list items, in this order); micromark combines the extensions again for every
 * document and tries a family's constructs at every character it hooks — autolink literals
 * hook every ASCII letter and digit, so they are tried at the start of every English word.
 * A family whose constructs need a character sequence the document does not contain can
 * match nothing in it, and leaving it out gives the same tree: micromark only attempts a
 * construct where its hook character is, a failed attempt leaves no event behind, and the
 * plain-text runs it would have cut are merged again (`resolveAllText`). So each document is
 * parsed with only the families it may use. `mayOccur` is a necessary condition on the
 * source text (a test checks, on every bundled note, a generated corpus and text written for
 * each family, that the trees equal those of remark-gfm):
 *   - autolink literal: `www.`, `http://` / `https://` or an e-mail address (`@`, also for
 *     `mailto:` / `xmpp:`), case-insensitive;
 *   - footnote: a call or definition starts with `[^`;
 *   - strikethrough: `~`;
 *   - table: a delimiter row has a `|`, or, for one column without pipes, a `:` next to its
 *     dashes (`:-`, `-:`; `a` over `:-` is a table);
 *   - task list item: `[`.
 * The mdast side (mdast-util-gfm, which turns tokens into nodes) is always the full one.
 */
const GFM_FAMILIES = [
  { syntax: gfmAutolinkLiteral, mayOccur: (t: string) => /@|http|www/i.test(t) },
  { syntax: gfmFootnote, mayOccur: (t: string) => t.includes('[^') },
  { syntax: () => gfmStrikethrough({ singleTilde: false }), mayOccur: (t: string) => t.includes('~') },
  { syntax: gfmTable, mayOccur: (t: string) => /\||:-|-:/.test(t) },
  { syntax: gfmTaskListItem, mayOccur: (t: string) => t.includes('[') },
] as const;
const STRIKETHROUGH = 2;

/** unified plugin: what remark-gfm does for parsing, with the syntax of the families in `mask` only. */
function remarkGfmFamilies(this: Processor, mask: number): void {
  const data = this.data();
  const syntax = GFM_FAMILIES.filter((_, i) => mask & (1 << i)).map((f) => f.syntax());
  (data.micromarkExtensions ??= []).push(combineExtensions(syntax));
  (data.fromMarkdownExtensions ??= []).push(gfmFromMarkdown());
}

/**
 * qa51: TeX math as Typora, Obsidian and GitHub write it, `$$ … $$` (a block, or inline on one line),
 * read by remark-math 6.0.0 (micromark-extension-math): a `math` / `inlineMath` node, so no concept
 * link, highlight or escape is made inside a formula (`\le`, `25\%` kept) and the miner reads no name
 * in it. `$…$` with one dollar is not math (`singleDollarTextMath: false`): notes about shells write
 * `$HOME` and `$PATH` in running text, and Typora itself reads `$…$` only when its user turns it on.
 * Bit 5 of a parser's mask; a text without `$$` is parsed without it.
 */
const MATH = 5;

/** One frozen parser per set of families, made when first needed (at most 64). */
const parsers = new Map<number, ReturnType<typeof makeParser>>();

function makeParser(mask: number) {
  const p0 = unified()
    .use(remarkParse)
    .use(remarkGfmFamilies, mask);
  const p = (mask & (1 << MATH) ? p0.use(remarkMath, { singleDollarTextMath: false }) : p0)
    .use(guardAutolinkLiteralTransform)
    .use(remarkCjkFriendly);
  // remark-cjk-friendly-gfm-strikethrough only adds a `~` construct (and `~` as an attention
  // marker, which matters only next to a `~`).
  // qa51: only `~~删除~~` strikes text, as in Obsidian and Typora (`singleTilde: false`): Chinese notes
  // write ranges with one tilde, `副本数 1~3 个，最多 5~10 个`, which GFM's default struck through
  // from the first `~` to the second (`3 个，最多 5`).
  return (mask & (1 << STRIKETHROUGH) ? p.use(remarkCjkFriendlyGfmStrikethrough, { singleTilde: false }) : p).freeze();
}

/** The parser for a text: GFM with the families that may occur in it. */
function parserFor(text: string) {
  let mask = 0;
  GFM_FAMILIES.forEach((f, i) => {
    if (f.mayOccur(text)) mask |= 1 << i;
  });
  if (text.includes('$$')) mask |= 1 << MATH;
  let p = parsers.get(mask);
  if (!p) parsers.set(mask, (p = makeParser(mask)));
  return p;
}

/** Parse Markdown to mdast (positions are lines/columns of `text`). */
export function parseMarkdown(text: string): Root {
  return parserFor(text).parse(text);
}

/** The classes of a callout's root element (callouts.ts). */
const CALLOUT_CLASSES = ['callout', ...Object.keys(CALLOUT_TYPES).map((t) => `callout-${t}`), 'callout-tab'];
/** The UI-string keys of callout labels. */
const CALLOUT_LABEL_KEYS = [...new Set(Object.entries(CALLOUT_TYPES).flatMap(([t, aliases]) => [t, ...aliases]).map((t) => calloutLabelKey(t)!))];

/** The class of a Notion property block's paragraph on the page (`markPropertyBlock`). */
export const PROPERTY_BLOCK_CLASS = 'note-properties';

type Attr = NonNullable<typeof defaultSchema.attributes>[string][number];

/**
 * GitHub's sanitiser schema, plus: `id`s (and `aria-describedby`) are kept as written by github-slugger (not
 * prefixed with `user-content-`), `data-example-id` on YAML code blocks, and the classes the
 * graph adds (`broken-link`, `concept-link` on a note page's inline links to concepts, the
 * self-check cards' `self-check-*` and `data-card-id`, the callouts' `callout*` classes, their
 * folds' `open`, and `data-i18n` with the keys of the labels the engine writes: callout types,
 * the footnotes heading, the footnotes' back links' label with its `data-i18n-vars`).
 */
export const sanitizeSchema = {
  ...defaultSchema,
  // Obsidian's highlight `==重点==` (rehypeHighlights)
  tagNames: [...(defaultSchema.tagNames ?? []), 'mark', 'u'],
  // Ids are kept as written, so the footnote references' `aria-describedby` (the id of the
  // footnotes heading, `footnote-label`) is kept too, or it would name no element.
  clobber: (defaultSchema.clobber ?? []).filter((p) => p !== 'id' && p !== 'ariaDescribedBy'),
  attributes: {
    ...defaultSchema.attributes,
    code: [...(defaultSchema.attributes?.code ?? []), 'dataExampleId'] as Attr[],
    span: [...(defaultSchema.attributes?.span ?? []), ['className', 'broken-link'], ['dataI18n', ...CALLOUT_LABEL_KEYS]] as Attr[],
    h2: [...(defaultSchema.attributes?.h2 ?? []), ['dataI18n', 'note.footnotes']] as Attr[],
    // Self-check cards (cards.ts): <details class="self-check-card" data-card-id>, the question
    // as its <summary>, the answer in a <div>.
    details: [...(defaultSchema.attributes?.details ?? []), ['className', 'self-check-card', ...CALLOUT_CLASSES], 'dataCardId', 'open'] as Attr[],
    summary: [...(defaultSchema.attributes?.summary ?? []), ['className', 'self-check-question', 'callout-title']] as Attr[],
    div: [...(defaultSchema.attributes?.div ?? []), ['className', 'self-check-answer', ...CALLOUT_CLASSES, 'callout-title', 'callout-body']] as Attr[],
    // qa52: a Notion page's property block (markPropertyBlock)
    p: [...(defaultSchema.attributes?.p ?? []), ['className', PROPERTY_BLOCK_CLASS]] as Attr[],
    a: [
      ...(defaultSchema.attributes?.a ?? []).filter((a) => !(Array.isArray(a) && a[0] === 'className')),
      ['className', 'data-footnote-backref', 'concept-link', 'tag-link'],
      ['dataI18nLabel', 'note.footnoteBack'],
      'dataI18nVars',
    ] as Attr[],
  },
};

/**
 * A code block with a long line scrolls sideways; keyboard users can only scroll it when it can
 * take focus (WCAG 2.1.1, axe `scrollable-region-focusable`), so plain code blocks get
 * `tabindex="0"`, as Shiki gives its own. YAML examples (`data-example-id`) are left as they are:
 * the concept page replaces them with its highlighted, focusable example component.
 */
function rehypeFocusableCodeBlocks() {
  const visit = (node: HastRoot | HastElement): void => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      if (child.tagName === 'pre') {
        const isExample = child.children.some((c) => c.type === 'element' && c.tagName === 'code' && c.properties.dataExampleId !== undefined);
        if (!isExample) child.properties = { ...child.properties, tabIndex: 0 };
      } else {
        visit(child);
      }
    }
  };
  return (tree: HastRoot): void => visit(tree);
}

/** The `{ref}` of a footnote's back link: the footnote's number, and which call of it when it is called more than once (`2-2`). */
function footnoteRef(referenceIndex: number, rereferenceIndex: number): string {
  return String(referenceIndex + 1) + (rereferenceIndex > 1 ? `-${rereferenceIndex}` : '');
}

/**
 * GFM footnotes: the section's heading and the back links' labels in the pages' language (zh-CN;
 * the heading carries `data-i18n`, each back link `data-i18n-label` with its `{ref}` in
 * `data-i18n-vars` (`rehypeFootnoteBackLabels`), so the language switch shows the English ones).
 */
const FOOTNOTES = {
  footnoteLabel: contentLabels['zh-CN']['note.footnotes'],
  footnoteLabelProperties: { dataI18n: 'note.footnotes' },
  footnoteBackLabel: (referenceIndex: number, rereferenceIndex: number): string =>
    contentLabels['zh-CN']['note.footnoteBack'].replace('{ref}', footnoteRef(referenceIndex, rereferenceIndex)),
};

/**
 * Mark each footnote back link (`a.data-footnote-backref` in the footnotes section's list) with the
 * key of its label and its `{ref}`, as `FOOTNOTES.footnoteBackLabel` numbered it: the n-th item's
 * back links are to footnote n, its k-th back link to the k-th call of it.
 */
function rehypeFootnoteBackLabels() {
  const isBackref = (e: HastElement): boolean => {
    const cls = e.properties.className;
    return e.tagName === 'a' && Array.isArray(cls) && cls.includes('data-footnote-backref');
  };
  const backrefs = (node: HastElement, out: HastElement[]): HastElement[] => {
    for (const c of node.children) {
      if (c.type !== 'element') continue;
      if (isBackref(c)) out.push(c);
      else backrefs(c, out);
    }
    return out;
  };
  return (tree: HastRoot): void => {
    for (const section of tree.children) {
      if (section.type !== 'element' || section.tagName !== 'section' || section.properties.dataFootnotes === undefined) continue;
      const list = section.children.find((c): c is HastElement => c.type === 'element' && c.tagName === 'ol');
      const items = (list?.children ?? []).filter((c): c is HastElement => c.type === 'element' && c.tagName === 'li');
      items.forEach((li, i) => {
        backrefs(li, []).forEach((a, k) => {
          a.properties = { ...a.properties, dataI18nLabel: 'note.footnoteBack', dataI18nVars: JSON.stringify({ ref: footnoteRef(i, k + 1) }) };
        });
      });
    }
  };
}

/** `==重点==`: Obsidian's highlight (no space just inside the marks, on one line). */
const HIGHLIGHT_RE = /==(?![\s=])([^=\n]*?[^\s=])==/g;
/** Elements whose text is shown as written (code) or is no running text. */
const NO_HIGHLIGHT = new Set(['code', 'pre', 'script', 'style', 'kbd', 'samp']);

/**
 * Obsidian's highlights `==重点==` in running text become `<mark>` (in code they stay as written:
 * `.verb=="delete"`). Done on the HTML, so what the miner and the plain text read is unchanged.
 */
function rehypeHighlights() {
  const visit = (parent: HastRoot | HastElement): void => {
    const out: HastContent[] = [];
    let changed = false;
    for (const c of parent.children as HastContent[]) {
      if (c.type === 'element') {
        if (!NO_HIGHLIGHT.has(c.tagName)) visit(c);
        out.push(c);
        continue;
      }
      if (c.type !== 'text' || !c.value.includes('==')) {
        out.push(c);
        continue;
      }
      let last = 0;
      for (const m of c.value.matchAll(HIGHLIGHT_RE)) {
        if (m.index > last) out.push({ type: 'text', value: c.value.slice(last, m.index) });
        out.push({ type: 'element', tagName: 'mark', properties: {}, children: [{ type: 'text', value: m[1]! }] });
        last = m.index + m[0].length;
        changed = true;
      }
      out.push(last === 0 ? c : { type: 'text', value: c.value.slice(last) });
    }
    const spanned = markAcrossElements(out);
    if (changed || spanned) parent.children = out.filter((c) => c.type !== 'text' || c.value !== '');
  };
  return (tree: HastRoot): void => visit(tree);
}

/** An opening `==` (no space or `=` after it) left in a text once the pairs within it are marked. */
const HIGHLIGHT_OPEN = /==(?![\s=])/;
/** A closing `==` (no space or `=` before it). */
const HIGHLIGHT_CLOSE = /(?<![\s=])==/;

/**
 * A highlight around inline elements (`==默认情况下 Pod 之间是全通的。==`, where the site made `Pod`
 * a link to its concept, or `==**重点**==`): the opening `==` in one text, the closing one in a
 * later text of the same parent, with no line break between them. Marks them in place (`nodes`
 * is changed); says whether it did.
 */
function markAcrossElements(nodes: HastContent[]): boolean {
  let changed = false;
  for (let i = 0; i < nodes.length; i++) {
    const a = nodes[i]!;
    if (a.type !== 'text') continue;
    const open = HIGHLIGHT_OPEN.exec(a.value);
    if (!open || a.value.slice(open.index + 2).includes('\n')) continue;
    // `==` ending its text opens a highlight only before an element (`==[Pod](…)…`), not before what
    // was raw HTML, now dropped (`x ==<script>y==`).
    if (open.index + 2 === a.value.length && nodes[i + 1]?.type !== 'element') continue;
    for (let j = i + 1; j < nodes.length; j++) {
      const b = nodes[j]!;
      if (b.type === 'element' && (NO_HIGHLIGHT.has(b.tagName) || b.tagName === 'mark' || b.tagName === 'br')) break;
      if (b.type !== 'text') continue;
      const close = HIGHLIGHT_CLOSE.exec(b.value);
      const nl = b.value.indexOf('\n');
      if (nl !== -1 && (!close || nl < close.index)) break;
      if (!close) continue;
      if (close.index === 0 && nodes[j - 1]?.type !== 'element') break;
      const inner: HastContent[] = [];
      const head = a.value.slice(open.index + 2);
      if (head) inner.push({ type: 'text', value: head });
      inner.push(...nodes.slice(i + 1, j));
      if (close.index > 0) inner.push({ type: 'text', value: b.value.slice(0, close.index) });
      const mark: HastElement = { type: 'element', tagName: 'mark', properties: {}, children: inner as HastElement['children'] };
      nodes.splice(i, j - i + 1, { type: 'text', value: a.value.slice(0, open.index) }, mark, { type: 'text', value: b.value.slice(close.index + 2) });
      changed = true;
      i += 1;
      break;
    }
  }
  return changed;
}

/**
 * Inline formatting written as raw HTML tags, which exporters write instead of Markdown (飞书's
 * feishu2md writes every bold run as `<strong>…</strong>`, italics as `<em>`, struck text as `<del>`,
 * underlined as `<u>`), and the Markdown node each pair becomes (`pairInlineHtml`). A tag with
 * attributes is not one of them (its attributes could say anything: it stays raw HTML, dropped).
 */
const INLINE_HTML_PAIRS: Readonly<Record<string, { type: 'strong' | 'emphasis' | 'delete' } | { hName: string }>> = {
  strong: { type: 'strong' }, b: { type: 'strong' },
  em: { type: 'emphasis' }, i: { type: 'emphasis' },
  del: { type: 'delete' }, s: { type: 'delete' }, strike: { type: 'delete' },
  u: { hName: 'u' }, mark: { hName: 'mark' }, sup: { hName: 'sup' }, sub: { hName: 'sub' }, kbd: { hName: 'kbd' },
};
const INLINE_HTML_TAG = /^<(\/?)([a-z]+)>$/i;

/**
 * fix31a: presentational wrappers exporters write around a run of text (Typora's and 语雀's
 * `<font color=red>…</font>`, 有道云笔记's `<span style="…">…</span>`). Their tags carry
 * attributes, so the page drops them as raw HTML and shows the text inside plainly; read as raw
 * HTML nodes they also stood before the text for every reader of the tree, so a line
 * `<font color=red>**IPVS 模式**：…</font>` did not open on its bold label for the miner.
 * `pairInlineHtml` takes a pair of them (opening tag with or without attributes, closing tag in
 * the same parent) out and keeps what they hold: the page is the same, the tree reads as the page.
 */
const INLINE_HTML_WRAPPERS: ReadonlySet<string> = new Set(['font', 'span']);
const INLINE_HTML_OPEN_WRAPPER = /^<([a-z]+)(?:\s[^<>]*)?>$/i;

/**
 * Pair the raw inline HTML tags of INLINE_HTML_PAIRS within one paragraph (or heading, cell…):
 * `<strong>Helm</strong> 是…` becomes the strong node it means, so the page shows it bold and
 * every reader of the tree (excerpts, the miner) sees the same bold text as with `**Helm**`. An
 * opening tag with no closing one in the same parent is left (dropped as raw HTML, as before).
 * Runs on the tree right after parsing (parse-file.ts).
 */
export function pairInlineHtml(tree: Root): void {
  const walk = (parent: { children: RootContent[] }): void => {
    const kids = parent.children;
    for (let i = 0; i < kids.length; i++) {
      const n = kids[i]!;
      if ('children' in n) walk(n as { children: RootContent[] });
      if (n.type !== 'html') continue;
      const w = INLINE_HTML_OPEN_WRAPPER.exec(n.value);
      const wrapper = w && INLINE_HTML_WRAPPERS.has(w[1]!.toLowerCase()) ? w[1]!.toLowerCase() : undefined;
      const m = INLINE_HTML_TAG.exec(n.value);
      const pair = m && !m[1] ? INLINE_HTML_PAIRS[m[2]!.toLowerCase()] : undefined;
      if (!pair && !wrapper) continue;
      const name = wrapper ?? m![2]!.toLowerCase();
      let depth = 0;
      let j = i + 1;
      for (; j < kids.length; j++) {
        const k = kids[j]!;
        if (k.type !== 'html') continue;
        const open = wrapper ? INLINE_HTML_OPEN_WRAPPER.exec(k.value) : null;
        const t = INLINE_HTML_TAG.exec(k.value) ?? (open ? ['', '', open[1]!] : null);
        if (!t || t[2]!.toLowerCase() !== name) continue;
        if (!t[1]) depth++;
        else if (depth-- === 0) break;
      }
      if (j === kids.length) continue;
      if (wrapper || !pair) {
        // (fix31a: the wrapper's tags go, what they hold stays where it was)
        kids.splice(j, 1);
        kids.splice(i, 1);
        i--;
        continue;
      }
      const inner = kids.slice(i + 1, j) as PhrasingContent[];
      const start = n.position?.start;
      const end = kids[j]!.position?.end;
      const position = start && end ? { position: { start: { ...start }, end: { ...end } } } : {};
      const node = ('type' in pair
        ? { type: pair.type, children: inner, ...position }
        : { type: 'emphasis', children: inner, data: { hName: pair.hName }, ...position }) as PhrasingContent;
      kids.splice(i, j - i + 1, node as RootContent);
      walk(node as unknown as { children: RootContent[] });
    }
  };
  walk(tree);
}

/** One raw `<img …>` tag, alone (飞书 and 语雀 exports write an image with a width so). */
const HTML_IMG = /^<img\s[^<>]*>$/i;

/**
 * A raw `<img src="static/x.png" width="600">` becomes the Markdown image it means (`src`, `alt`,
 * `width`/`height` kept), so it is copied and shown as any image is (a missing file is reported,
 * a remote one loaded without a Referer) rather than dropped with the raw HTML. Alone on a line it
 * is a paragraph of its own. An `<img>` without a `src` stays raw HTML (dropped).
 */
export function htmlImages(tree: Root): void {
  const walk = (parent: { children: RootContent[] }, flow: boolean): void => {
    const kids = parent.children;
    for (let i = 0; i < kids.length; i++) {
      const n = kids[i]!;
      if (n.type === 'html' && HTML_IMG.test(n.value.trim())) {
        const img = fromHtml(n.value.trim(), { fragment: true }).children[0];
        const src = img?.type === 'element' ? img.properties.src : undefined;
        if (img?.type !== 'element' || typeof src !== 'string' || src === '') continue;
        const size = Object.fromEntries(['width', 'height'].filter((k) => img.properties[k] !== undefined).map((k) => [k, String(img.properties[k])]));
        const image: PhrasingContent = {
          type: 'image', url: src, alt: typeof img.properties.alt === 'string' ? img.properties.alt : '',
          ...(Object.keys(size).length ? { data: { hProperties: size } } : {}), ...ownPosition(n.position),
        };
        kids[i] = flow ? ({ type: 'paragraph', children: [image], ...ownPosition(n.position) } as RootContent) : (image as RootContent);
      } else if ('children' in n) walk(n as { children: RootContent[] }, n.type === 'blockquote' || n.type === 'listItem' || (n.type as string) === 'footnoteDefinition');
    }
  };
  walk(tree, true);
}

/** A raw `<br>` (`<br/>`, `<br />`): the one piece of raw HTML a note keeps, as a line break. */
const RAW_BREAK = /^<br\s*\/?>$/i;

/**
 * Raw HTML in a note is dropped (docs/content-format.md, "Links between notes"), except `<br>`, which notes
 * exported from 语雀 (Yuque), Notion or Confluence write for a line break inside a table cell
 * (GFM has no other way): it renders as `<br>`, not as nothing (`…（默认）或 Exists<br />Exists 时…`
 * ran the two lines together).
 */
function rawHtml(_state: unknown, node: Html): HastElement | undefined {
  return RAW_BREAK.test(node.value.trim()) ? { type: 'element', tagName: 'br', properties: {}, children: [] } : undefined;
}

/**
 * A paragraph that held only raw HTML (语雀's anchors `<a name="Xk2fA"></a>` before every
 * heading, a `<font color=red>` line's tags) is empty once that HTML is dropped: no `<p></p>`.
 */
function rehypeDropEmptyParagraphs() {
  const visit = (node: HastRoot | HastElement): void => {
    const kept = node.children.filter((c) => !(c.type === 'element' && c.tagName === 'p' && c.properties.id === undefined
      && c.children.every((k) => k.type === 'text' && k.value.trim() === '')));
    if (kept.length !== node.children.length) {
      // Drop the line break left between the blocks around it too.
      node.children = kept.filter((c, i) => !(c.type === 'text' && c.value.trim() === '' && i > 0 && kept[i - 1]!.type === 'text'));
    }
    for (const c of node.children) if (c.type === 'element') visit(c);
  };
  return (tree: HastRoot): void => visit(tree);
}

/**
 * A character whose East Asian Width is F, W or H, Hangul aside (UAX #11): Han, kana, bopomofo,
 * the CJK symbols and punctuation (`。`, `、`, `「`) and the full-width forms (`，`, `：`, `（`).
 * `“”` and `……` are A (ambiguous) and not listed, as CSS Text 3 says.
 */
const WIDE_CLASS = String.raw`[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Bopomofo}\u3000-\u303f\u3200-\u33ff\ufe30-\ufe4f\uff01-\uff9f\uffe0-\uffe6]`;
const WIDE = new RegExp(WIDE_CLASS, 'u');
/** Blocks: a line is joined to the next only inside one; their own text is read up to the next block inside them. */
const BLOCKS = new Set(['p', 'li', 'td', 'th', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'dt', 'dd', 'summary', 'div', 'blockquote', 'details',
  'ul', 'ol', 'table', 'thead', 'tbody', 'tr', 'section', 'pre', 'figure', 'figcaption']);

/**
 * A line break inside a Chinese sentence (a note hard-wrapped at 80 columns, or written in an
 * editor that wraps: `…只有能容忍\n这个污点的 Pod…`) is a space to the browser, which shows
 * `只有能容忍 这个污点`: browsers do not implement CSS Text 3's segment-break rule. So the break
 * is dropped where that rule drops it, when the characters on both sides are wide (see `WIDE`), as
 * markdown-it-cjk-breaks and remark-join-cjk-lines do; a break next to a Latin word stays a space
 * (`Pod\n调度` reads `Pod 调度`). Done on the HTML: the notes' text, which the miner reads, is unchanged.
 */
function rehypeJoinCjkLines() {
  const texts = (node: HastElement, out: { type: 'text'; value: string }[]): void => {
    for (const c of node.children) {
      if (c.type === 'text') out.push(c);
      else if (c.type === 'element' && !BLOCKS.has(c.tagName) && c.tagName !== 'br') texts(c, out);
      else if (c.type === 'element') out.push({ type: 'text', value: ' ' }); // a block or <br> inside: no join across it
    }
  };
  const lastChar = (s: string): string | undefined => [...s].pop();
  const join = (block: HastElement): void => {
    const run: { type: 'text'; value: string }[] = [];
    texts(block, run);
    run.forEach((t, i) => {
      if (!t.value.includes('\n')) return;
      const parts = t.value.split('\n');
      let out = parts[0]!;
      for (let k = 1; k < parts.length; k++) {
        let before = lastChar(out);
        for (let b = i - 1; before === undefined && b >= 0; b--) before = lastChar(run[b]!.value);
        let after = [...parts[k]!][0];
        for (let a = i + 1; after === undefined && a < run.length && k === parts.length - 1; a++) after = [...run[a]!.value][0];
        out += (before !== undefined && after !== undefined && WIDE.test(before) && WIDE.test(after) ? '' : '\n') + parts[k];
      }
      t.value = out;
    });
  };
  const visit = (node: HastRoot | HastElement): void => {
    for (const c of node.children) {
      if (c.type !== 'element' || c.tagName === 'pre' || c.tagName === 'code') continue;
      if (BLOCKS.has(c.tagName)) join(c);
      visit(c);
    }
  };
  return (tree: HastRoot): void => visit(tree);
}

/**
 * An image on another host (`![](https://cdn.nlark.com/yuque/…png)`, the images of a 语雀 or
 * Notion export stay on their CDN) is fetched without a Referer: image hosts that refuse
 * requests from other sites (防盗链: 语雀's, 微信公众号's, many 图床) then serve it, and the
 * host does not learn which page the reader is on. Loaded when scrolled near, as it may be large.
 */
function rehypeRemoteImages() {
  const visit = (node: HastRoot | HastElement): void => {
    for (const c of node.children) {
      if (c.type !== 'element') continue;
      if (c.tagName === 'img' && typeof c.properties.src === 'string' && /^(?:https?:)?\/\//i.test(c.properties.src)) {
        c.properties = { ...c.properties, referrerPolicy: 'no-referrer', loading: 'lazy' };
      }
      visit(c);
    }
  };
  return (tree: HastRoot): void => visit(tree);
}

/** The classes rehype-katex draws an element of (its `language-math`, `math-display`, `math-inline`). */
const MATH_CLASSES = ['language-math', 'math-display', 'math-inline'];

/** Whether an element of the tree has one of MATH_CLASSES, as rehype-katex reads them (`properties.className`, an array). */
function hasMathElement(node: HastRoot | HastRoot['children'][number]): boolean {
  if (node.type === 'element') {
    const classes = node.properties.className;
    if (Array.isArray(classes) && MATH_CLASSES.some((c) => classes.includes(c))) return true;
  }
  if ('children' in node) for (const c of node.children) if (hasMathElement(c)) return true;
  return false;
}

/**
 * perf64: rehype-katex run on a tree only when it has an element KaTeX draws. Its transformer walks
 * every element with unist-util-visit-parents (a closure, a renamed function and a copied
 * ancestors array per node) for each rendering — every excerpt, body and note page — while few
 * notes have a formula; a tree without one is left as it was either way.
 */
function rehypeKatexWhereMath(options: Parameters<typeof rehypeKatex>[0]) {
  const draw = rehypeKatex(options);
  return (tree: HastRoot, file: Parameters<typeof draw>[1]): undefined => (hasMathElement(tree) ? draw(tree, file) : undefined);
}

const renderer = unified()
  // A `#tag` the link stage did not turn into a link (tags.ts) shows as written.
  .use(remarkRehype, {
    clobberPrefix: 'user-content-',
    ...FOOTNOTES,
    handlers: { obsidianTag: (_state, node: ObsidianTag) => ({ type: 'text', value: `#${node.tag}` }), html: rawHtml },
  })
  .use(rehypeDropEmptyParagraphs)
  // lead45: a question and its answer on consecutive lines stay on lines of their own (dialogue-lines.ts)
  .use(rehypeDialogueLines)
  .use(rehypeJoinCjkLines)
  .use(rehypeFootnoteBackLabels)
  .use(rehypeHighlights)
  .use(rehypeSanitize, sanitizeSchema)
  // qa51: math (`<code class="language-math">`, as remark-rehype writes a formula and the sanitiser
  // keeps it) drawn by KaTeX 0.16 as MathML, which browsers draw with no style sheet or font of
  // KaTeX's (the site works offline); after the sanitiser, as KaTeX writes MathML the sanitiser does
  // not know, from the formula alone (`trust: false`: no `\href`, `\url`, `\htmlClass`). A formula
  // KaTeX cannot read is shown as its source.
  .use(rehypeKatexWhereMath, { output: 'mathml', trust: false, strict: 'ignore' })
  .use(rehypeFocusableCodeBlocks)
  .use(rehypeRemoteImages)
  .use(rehypeStringify)
  .freeze();

/** Render mdast nodes (a whole tree or a passage of it) to sanitised HTML. Does not modify the nodes. */
export function renderHtml(nodes: Root | RootContent[]): string {
  const root: Root = Array.isArray(nodes) ? { type: 'root', children: nodes } : nodes;
  const hast = renderer.runSync(root) as HastRoot;
  return renderer.stringify(hast);
}

/**
 * Give every heading a stable id (github-slugger: lower case, CJK kept, `-1` suffixes for
 * repeats in document order) and return the list; `mark: false` only lists them.
 */
export function assignHeadingIds(tree: Root, opts: { mark?: boolean } = {}): Heading[] {
  const mark = opts.mark ?? true;
  const slugger = new GithubSlugger();
  const out: Heading[] = [];
  const visit = (nodes: RootContent[]): void => {
    for (const n of nodes) {
      if (n.type === 'heading') {
        const h = n as MdHeading;
        const text = toString(h).trim();
        const id = slugger.slug(text) || 'section';
        if (mark) h.data = { ...h.data, hProperties: { ...(h.data?.hProperties ?? {}), id } };
        const line = h.position?.start.line;
        out.push(line === undefined ? { depth: h.depth, id, text } : { depth: h.depth, id, text, line });
      } else if ('children' in n && (n.type === 'blockquote' || n.type === 'list' || n.type === 'listItem')) {
        visit(n.children as RootContent[]);
      }
    }
  };
  visit(tree.children);
  return out;
}

/** Plain text of nodes, blocks separated by blank lines, whitespace tidied. */
export function plainText(nodes: RootContent[]): string {
  return nodes
    .map(blockText)
    .map((s) => s.trim())
    .filter((s) => s !== '')
    .join('\n\n');
}

/** A line break (and the indent after it) between two wide characters (`WIDE_CLASS`, above). */
const WIDE_BREAK = new RegExp(String.raw`(?<=${WIDE_CLASS})[ \t]*\n[ \t]*(?=${WIDE_CLASS})`, 'gu');

/** Text with the line breaks inside Chinese sentences dropped, as the page drops them (`rehypeJoinCjkLines`). */
export function joinCjkBreaks(text: string): string {
  return text.includes('\n') ? text.replace(WIDE_BREAK, '') : text;
}

/** First `max` characters of a text on one line, with `…` when cut (a break inside a Chinese sentence is no space). */
export function clip(text: string, max = 240): string {
  const one = joinCjkBreaks(text).replace(/\s+/g, ' ').trim();
  const chars = [...one];
  return chars.length <= max ? one : chars.slice(0, max - 1).join('').trimEnd() + '…';
}

/**
 * A block as text; a callout's title and body (callouts.ts) on lines of their own. lead43: a list's
 * items and a quote's paragraphs are blocks apart too (blank lines between them): mdast's text ran
 * them together (`Exact: 完全匹配Prefix: 按 / 分段…`), in excerpts' texts and the summaries and
 * search results made from them.
 */
function blockText(n: RootContent): string {
  if (n.type === 'code') return n.value;
  if (n.type === 'table') return tableText(n);
  if (n.type === 'blockquote' && isCallout(n)) return n.children.map(blockText).join('\n');
  if (n.type === 'list' || n.type === 'listItem' || n.type === 'blockquote') return plainText(n.children as RootContent[]);
  return joinCjkBreaks(textOf(n));
}

/** A table as text: cells separated by ` | `, rows by new lines. */
function tableText(t: Table): string {
  return t.children.map((row) => row.children.map((c) => textOf(c).trim()).join(' | ')).join('\n');
}

/**
 * The text of nodes as the page shows it (mdast-util-to-string's, image alt texts included), but
 * without raw HTML, which the page drops: a summary, an excerpt's text or the search index held
 * `<font color="#E8323C">重点</font>：…`, `Exists<br />Exists 时…` or a whole `<a name="Aa9sQ"></a>`
 * (语雀's anchors), shown as written. A `<br>` is a space.
 */
export function textOf(node: RootContent | Root | readonly RootContent[]): string {
  if (Array.isArray(node)) return node.map((n: RootContent) => textOf(n)).join('');
  const n = node as RootContent | Root;
  if (n.type === 'html') return RAW_BREAK.test(n.value.trim()) ? ' ' : '';
  if ('children' in n) return textOf(n.children as RootContent[]);
  return toString(n);
}

/** fix29b: a `=` inside code while highlights are taken out of a text (no `==` pair may start or end in code). */
const CODE_EQUALS = '\uE000';

/**
 * fix29b: the text of nodes as the page shows it (`textOf`), with Obsidian's highlight marks taken
 * out (`==不是加密==` → `不是加密`; the page marks the text, a plain summary shows it plainly): a
 * concept's summary is text (the map, search results, previews), where `==` would show as written.
 * Only pairs in running text: `==` in code (`.verb=="delete"`) stays, as on the page.
 */
export function plainTextOf(node: RootContent | Root | readonly RootContent[]): string {
  const code = (s: string) => s.replace(/=/g, CODE_EQUALS);
  const walk = (x: RootContent | Root | readonly RootContent[]): string => {
    if (Array.isArray(x)) return x.map((c: RootContent) => walk(c)).join('');
    const n = x as RootContent | Root;
    if (n.type === 'inlineCode' || n.type === 'code') return code(n.value);
    if (n.type === 'html' || !('children' in n)) return textOf(n as RootContent);
    return walk(n.children as RootContent[]);
  };
  return withoutHighlightMarks(walk(node)).replaceAll(CODE_EQUALS, '=');
}

/**
 * qa52: a Notion page's property block (`Tags: k8s, pod`⏎`Created: …`⏎`Status: 已完成`, one line
 * each, miner/property-block.ts) is one Markdown paragraph, so the page ran its lines together
 * (`Tags: k8s, pod Created: 2024年3月12日 21:04 Status: 已完成`) and linked the concepts its values
 * name as if they were prose. Its paragraph (`lines`, 1-based, as `propertyBlockLines` gives them)
 * is shown as Notion shows the properties: each on a line of its own (its line ends are line
 * breaks), the paragraph marked with `PROPERTY_BLOCK_CLASS` (the page sets it apart as the
 * page's metadata, and no concept link is added in it: note-body.ts).
 */
export function markPropertyBlock(tree: Root, lines: { start: number; end: number } | undefined): void {
  if (lines === undefined) return;
  const para = tree.children.find((n) => n.type === 'paragraph' && n.position?.start.line === lines.start);
  if (para?.type !== 'paragraph') return;
  const kids: PhrasingContent[] = [];
  for (const c of para.children) {
    if (c.type !== 'text' || !c.value.includes('\n')) {
      kids.push(c);
      continue;
    }
    c.value.split('\n').forEach((part, k) => {
      if (k > 0) kids.push({ type: 'break' });
      if (part !== '') kids.push({ type: 'text', value: part });
    });
  }
  para.children = kids;
  para.data = { ...para.data, hProperties: { ...(para.data?.hProperties ?? {}), className: [PROPERTY_BLOCK_CLASS] } };
}

/** fix29b: a text without Obsidian's highlight marks (`==重点==` → `重点`); `=` elsewhere kept. */
export function withoutHighlightMarks(text: string): string {
  return text.includes('==') ? text.replace(HIGHLIGHT_RE, '$1') : text;
}

/** Elements whose content is no text of the note (code, embedded documents, form controls): left out whole. */
const HTML_NO_TEXT = new Set(['script', 'style', 'iframe', 'object', 'embed', 'noscript', 'template', 'textarea', 'select', 'option',
  'svg', 'math', 'head', 'title', 'video', 'audio', 'canvas', 'button', 'input']);
/** Elements that start a new paragraph. */
const HTML_BLOCKS = new Set(['p', 'div', 'center', 'section', 'article', 'aside', 'header', 'footer', 'main', 'nav', 'figure', 'figcaption',
  'blockquote', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'dt', 'dd', 'tr', 'table', 'ul', 'ol', 'dl', 'address', 'hr']);

/**
 * qa51: an HTML block whose text is the author's (Typora's `<center>…</center>`, `<div style="…">…</div>`,
 * `<p align="center"><img src=…></p>`, 有道云笔记's `<div>` paragraphs) was dropped whole with the raw
 * HTML, its text lost. Each such block becomes what it shows, read as text as a 语雀 collapsible
 * block's body is (callouts.ts): a paragraph per block element (`<p>`, `<div>`, `<center>`, a table
 * row …) holding its text, with `<strong>`/`<b>`, `<em>`/`<i>`, `<code>`, `<del>`, `<br>`, `<a href>` and
 * `<img src>` as the Markdown nodes they mean, a `<pre>` a code block. Nothing else of the HTML
 * reaches the page (no attribute, no style: the page's sanitiser would drop them anyway), and
 * `<script>`, `<style>`, `<iframe>` and the like give no text at all. A block that gives nothing
 * (`<div align="center">` alone, a comment, a 语雀 anchor) stays raw HTML, dropped as before.
 * Runs after the callout stage, which reads toggles and 飞书 callouts from their HTML blocks.
 * The new nodes carry the block's position.
 */
export function htmlBlockText(tree: Root): void {
  const walk = (parent: { children: RootContent[] }): void => {
    const kids = parent.children;
    for (let i = 0; i < kids.length; i++) {
      const n = kids[i]!;
      if (n.type === 'html') {
        const blocks = htmlBlockNodes(n);
        if (blocks.length > 0) {
          kids.splice(i, 1, ...blocks);
          i += blocks.length - 1;
        }
      } else if (n.type === 'blockquote' || n.type === 'listItem' || n.type === 'list' || (n.type as string) === 'footnoteDefinition') {
        walk(n as { children: RootContent[] });
      }
    }
  };
  walk(tree);
}

/**
 * qa52: a 飞书 table as lark-cli and feishu-cli export it, `<lark-table rows cols header-row>` holding
 * `<lark-tr>` rows of `<lark-td>` cells whose text is Markdown (`**Key**`, `` `pods` ``): a table of
 * those rows (the first the header, as GFM's tables have one), each cell's Markdown read as inline
 * text (a cell's line breaks are spaces). The HTML's text alone ran every cell into one paragraph.
 * Undefined when it holds no row.
 */
function larkTable(html: string, pos: () => { position?: Html['position'] }): Table | undefined {
  const el = (nodes: HastContent[], name: string): HastElement[] =>
    nodes.filter((c): c is HastElement => c.type === 'element' && c.tagName === name);
  const outer = el(fromHtml(html, { fragment: true }).children as HastContent[], 'lark-table')[0];
  if (!outer) return undefined;
  const rows = el(outer.children, 'lark-tr').map((tr) => el(tr.children, 'lark-td').map((td) => {
    const md = hastToText(td).replace(/\s+/g, ' ').trim();
    const first = md === '' ? undefined : parserFor(md).parse(md).children[0];
    const kids = first?.type === 'paragraph' ? first.children : md === '' ? [] : [{ type: 'text', value: md } as PhrasingContent];
    return { type: 'tableCell', children: kids.map((k) => stripPositions(k)), ...pos() } as TableCell;
  }));
  if (rows.length === 0) return undefined;
  const width = Math.max(...rows.map((r) => r.length));
  const pad = (r: TableCell[]): TableCell[] => [...r, ...Array.from({ length: width - r.length }, () => ({ type: 'tableCell', children: [], ...pos() }) as TableCell)];
  return { type: 'table', align: Array(width).fill(null), children: rows.map((r) => ({ type: 'tableRow', children: pad(r), ...pos() }) as TableRow), ...pos() };
}

/** A node parsed from text that is not the note's: its positions would point into the wrong text. */
function stripPositions<T extends object>(node: T): T {
  const { position: _p, ...rest } = node as T & { position?: unknown };
  const kids = (rest as { children?: object[] }).children;
  return (kids ? { ...rest, children: kids.map(stripPositions) } : rest) as T;
}

function htmlBlockNodes(n: Html): RootContent[] {
  const value = n.value.trim();
  if (!value.startsWith('<') || value.startsWith('<!') || value.startsWith('<?')) return [];
  // a toggle's parts the callout stage left (one never closed): dropped as before
  if (/^<\/?(?:details|summary)[\s>]/i.test(value)) return [];
  // (every new node has the block's position, each its own copy: text-slices.ts)
  const pos = (): ReturnType<typeof ownPosition> => ownPosition(n.position);
  if (/^<lark-table[\s>]/i.test(value)) {
    const table = larkTable(value, pos);
    if (table) return [table];
  }
  const out: RootContent[] = [];
  let line: PhrasingContent[] = [];
  // qa53: where each paragraph's elements stand in the file (an Evernote / 有道云 note's `<div>` lines
  // are one HTML block: every paragraph had the block's first line, so a definition on its third
  // line was reported, linked and anchored at its first)
  let runStart: Point | undefined;
  let runEnd: Point | undefined;
  const lead = n.value.length - n.value.trimStart().length;
  const at = (p: Point | undefined): Point | undefined => {
    const s0 = n.position?.start;
    if (!p || !s0 || s0.offset === undefined || p.offset === undefined) return undefined;
    // lines after the first lose a list's or quote's indent in the node's value: their columns are unknown there
    if (p.line > 1 && s0.column !== 1) return undefined;
    return p.line === 1
      ? { line: s0.line, column: s0.column + lead + p.column - 1, offset: s0.offset + lead + p.offset }
      : { line: s0.line + p.line - 1, column: p.column, offset: s0.offset + lead + p.offset };
  };
  const mark = (c: HastContent): void => {
    const a = at(c.position?.start);
    const b = at(c.position?.end);
    if (a && b) {
      runStart ??= a;
      runEnd = b;
    }
  };
  const flush = (): void => {
    // trim the run's ends; a run of nothing but white space is no paragraph
    while (line.length && line[0]!.type === 'break') line.shift();
    while (line.length && line[line.length - 1]!.type === 'break') line.pop();
    const text = line.map((x) => (x.type === 'image' ? 'img' : toString(x))).join('').trim();
    if (text !== '') {
      const first = line[0];
      if (first?.type === 'text') first.value = first.value.replace(/^\s+/, '');
      const last = line[line.length - 1];
      if (last?.type === 'text') last.value = last.value.replace(/\s+$/, '');
      const own = runStart && runEnd ? { position: { start: runStart, end: runEnd } } : pos();
      out.push({ type: 'paragraph', children: line, ...own } as RootContent);
    }
    line = [];
    runStart = undefined;
    runEnd = undefined;
  };
  const inline = (nodes: HastContent[]): PhrasingContent[] => {
    const res: PhrasingContent[] = [];
    for (const c of nodes) {
      if (c.type === 'text') {
        const v = c.value.replace(/\s+/g, ' ');
        if (v) res.push({ type: 'text', value: v, ...pos() });
        continue;
      }
      if (c.type !== 'element' || HTML_NO_TEXT.has(c.tagName)) continue;
      const kids = (): PhrasingContent[] => inline(c.children);
      const t = c.tagName;
      if (t === 'br') res.push({ type: 'break', ...pos() });
      else if (t === 'img') {
        const src = c.properties.src;
        if (typeof src === 'string' && src !== '') {
          const size = Object.fromEntries(['width', 'height'].filter((k) => c.properties[k] !== undefined).map((k) => [k, String(c.properties[k])]));
          res.push({ type: 'image', url: src, alt: typeof c.properties.alt === 'string' ? c.properties.alt : '',
            ...(Object.keys(size).length ? { data: { hProperties: size } } : {}), ...pos() });
        }
      } else if (t === 'strong' || t === 'b') res.push({ type: 'strong', children: kids(), ...pos() });
      else if (t === 'em' || t === 'i') res.push({ type: 'emphasis', children: kids(), ...pos() });
      else if (t === 'del' || t === 's' || t === 'strike') res.push({ type: 'delete', children: kids(), ...pos() });
      else if (t === 'code' || t === 'kbd' || t === 'tt') res.push({ type: 'inlineCode', value: hastToText(c), ...pos() });
      else if (t === 'a' && typeof c.properties.href === 'string' && c.properties.href !== '') {
        res.push({ type: 'link', url: c.properties.href, children: kids(), ...pos() });
      } else res.push(...kids());
    }
    return res;
  };
  const block = (nodes: HastContent[]): void => {
    for (const c of nodes) {
      if (c.type === 'element' && HTML_NO_TEXT.has(c.tagName)) continue;
      if (c.type === 'element' && c.tagName === 'pre') {
        flush();
        const code = hastToText(c).replace(/\n$/, '');
        if (code.trim() !== '') out.push({ type: 'code', value: code, ...pos() } as RootContent);
      } else if (c.type === 'element' && HTML_BLOCKS.has(c.tagName)) {
        flush();
        if (c.tagName === 'tr') {
          // a table row: its cells on one line, as a table's text reads (plainText)
          const cells = c.children.filter((x): x is HastElement => x.type === 'element' && (x.tagName === 'td' || x.tagName === 'th'));
          mark(c);
          cells.forEach((cell, k) => {
            if (k > 0) line.push({ type: 'text', value: ' | ', ...pos() });
            line.push(...inline(cell.children));
          });
          flush();
        } else {
          block(c.children);
          flush();
        }
      } else if (c.type === 'element' && (c.tagName === 'tbody' || c.tagName === 'thead' || c.tagName === 'tfoot')) {
        block(c.children);
      } else {
        if (c.type !== 'text' || c.value.trim() !== '') mark(c as HastContent);
        line.push(...inline([c as HastContent]));
      }
    }
  };
  block(fromHtml(value, { fragment: true }).children as HastContent[]);
  flush();
  return out;
}

/** The text of an element with the elements of HTML_NO_TEXT left out. */
function hastToText(e: HastElement): string {
  return e.children.map((c) => (c.type === 'text' ? c.value : c.type === 'element' && !HTML_NO_TEXT.has(c.tagName) ? hastToText(c) : '')).join('');
}
