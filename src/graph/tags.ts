/**
 * Obsidian tags (`#k8s`, `#pod/probe`) written in a note's headings. A tag labels the note; it is
 * no part of the heading's text, so it is taken out of the heading right after parsing
 * (parse-file.ts): a title, a section name or a concept name never holds one.
 *
 * Obsidian's rule (help.obsidian.md "Tags"): `#` at the start of the text or after white space,
 * then letters (any script, so `#探针` is a tag), digits, `_`, `-` and `/`, with at least one
 * character that is not a digit (`#1984` is not a tag, `#y1984` is); the tag ends at any other
 * character. `C#`, `a#b` and a URL's `#fragment` are no tags (no space before the `#`); inline
 * code and links are other nodes, never read here; the ATX heading's own `#`s are not in its text.
 */
import type { Data, Heading, Link, Parent, PhrasingContent, Root, RootContent, Text } from 'mdast';
import type { Position } from 'unist';
import type { FindingKey } from './diagnostics.ts';
import { slicePositionOrNode } from './text-slices.ts';

/** A `#tag` of the running text, taken out of its text by `markInlineTags` (no text of its own). */
export interface ObsidianTag {
  type: 'obsidianTag';
  /** Without `#`, as written. */
  tag: string;
  data?: Data;
  position?: Position;
}

declare module 'mdast' {
  interface PhrasingContentMap {
    obsidianTag: ObsidianTag;
  }
  interface RootContentMap {
    obsidianTag: ObsidianTag;
  }
}

/**
 * One tag: the `#` after start or white space, the tag's characters, at least one not a digit.
 * 思源笔记 (SiYuan) closes a tag with a second `#` (`#k8s/探针#`): that closing `#`, when no tag
 * character follows it, belongs to the tag (group 3) and is never shown.
 */
export const TAG_RE = /(^|\s)#((?:[\p{N}]*[\p{L}\p{M}_/-])[\p{L}\p{M}\p{N}_/-]*)(#(?![\p{L}\p{M}\p{N}_/-]))?/gu;

/**
 * fix29b: 思源笔记's tags may hold spaces (`#内容块 类型#`): then the closing `#` is what ends them.
 * Two to four words of tag characters, one space between them, closed by a `#` that no tag
 * character follows (`#a 和 #b` is two Obsidian tags, not one: `#` does not follow `和` directly).
 * The tag keeps its spaces as written; its key joins the words with `-` (`tagKey`).
 */
export const SPACED_TAG_RE = /(^|\s)#([\p{L}\p{M}\p{N}_-][\p{L}\p{M}\p{N}_/-]*(?: [\p{L}\p{M}\p{N}_-][\p{L}\p{M}\p{N}_/-]*){1,3})#(?![\p{L}\p{M}\p{N}_/-])/gu;

/**
 * qa52: a 思源笔记 tag closed by its second `#` right after a Chinese or Japanese character or
 * full-width punctuation, with no space before it (`需要 CNI 插件支持。#k8s/网络#`): SiYuan reads
 * its tags as delimiter runs (like `**`), so it needs no space there, and writes none when the tag
 * is typed after the sentence. Only the closed form, and only after such a character: `C#` and
 * `a#b` stay text. Group 1: the tag.
 */
export const CJK_CLOSED_TAG_RE = /(?<=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303F\uFF00-\uFFEF])#((?:[\p{N}]*[\p{L}\p{M}_/-])[\p{L}\p{M}\p{N}_/-]*)#(?![\p{L}\p{M}\p{N}_/-])/gu;

/** The tags in a text, without `#`, in order (a trailing `/` is no part of a tag). */
export function tagsIn(text: string): string[] {
  return tagMatches(text, true).map((m) => m.tag);
}

/** A whole tag by Obsidian's rule: tag characters only, no empty `/` segment, at least one character not a digit. */
const WHOLE_TAG_RE = /^[\p{L}\p{M}\p{N}_-]+(?:\/[\p{L}\p{M}\p{N}_-]+)*$/u;

export function isTag(tag: string): boolean {
  return WHOLE_TAG_RE.test(tag) && /[^\p{N}/]/u.test(tag);
}

/** A tag whose words are separated by single spaces (思源笔记's `#内容块 类型#`, a Notion property's `Pod 调度`): each word tag characters. */
export function isSpacedTag(tag: string): boolean {
  return / /.test(tag) && tag.split(' ').every((w) => w !== '' && WHOLE_TAG_RE.test(w)) && /\p{L}/u.test(tag);
}

/**
 * Why a tag written in frontmatter (`tags: [k8s, "#pod/probe"]`) is no tag (a key of
 * finding-texts.json, `finding.part.tag-*`), or undefined when it is one; `tag` is written without its `#`. Obsidian's and Quartz's frontmatter take the same
 * characters as a tag in the text.
 */
export function tagProblem(tag: string): FindingKey | undefined {
  if (tag === '') return 'finding.part.tag-empty';
  if (/\s/u.test(tag)) return 'finding.part.tag-space';
  if (!WHOLE_TAG_RE.test(tag)) return /(^|\/)(\/|$)/.test(tag) ? 'finding.part.tag-slash' : 'finding.part.tag-chars';
  if (!isTag(tag)) return 'finding.part.tag-digits';
  return undefined;
}

/**
 * The key a tag is known by: Obsidian's tags ignore case (`#K8s` is `#k8s`); the spaces of a
 * spaced tag (`#内容块 类型#`) are `-` in its key (and so in its page's path): `内容块-类型`.
 */
export function tagKey(tag: string): string {
  return tag.toLowerCase().replace(/\s+/gu, '-');
}

/** The parent of a nested tag's key (`pod/probe` → `pod`), undefined for a top-level tag. */
export function parentTag(key: string): string | undefined {
  const i = key.lastIndexOf('/');
  return i === -1 ? undefined : key.slice(0, i);
}

/**
 * The site path of a tag's page, relative to the base: `tags/pod/probe/`, each part of a nested
 * tag a path segment of its own, percent-encoded (`tags/%E6%8E%A2%E9%92%88/` for `#探针`). Tag
 * characters are letters, digits, `_` and `-`, so no segment is `.` or `..` or holds `?`, `#` or `%`.
 */
export function tagUrlPath(tag: string): string {
  return `tags/${tagKey(tag).split('/').map(encodeURIComponent).join('/')}/`;
}

/** Tags in order of first appearance, one per key (the first spelling kept). */
export function uniqueTags(tags: Iterable<string>): string[] {
  const seen = new Map<string, string>();
  for (const t of tags) if (!seen.has(tagKey(t))) seen.set(tagKey(t), t);
  return [...seen.values()];
}

/** The text without its tags (white space around a removed tag collapsed to one space, ends trimmed). */
export function withoutTags(text: string): string {
  return text.replace(SPACED_TAG_RE, (m, pre: string, tag: string) => (isSpacedTag(tag) && /[^\x00-\x7F]/u.test(tag) ? pre : m)).replace(TAG_RE, '$1')
    .replace(CJK_CLOSED_TAG_RE, (m, tag: string) => (isTag(tag) && !tag.endsWith('/') ? '' : m)).replace(/[ \t]{2,}/g, ' ');
}

/**
 * Take the tags out of every heading's text (top level, and in quotes and lists, where the miner
 * also reads headings) and return them, without `#`, in document order.
 */
export function stripHeadingTags(tree: Root): string[] {
  const found: string[] = [];
  const strip = (h: Heading): void => {
    const kids = h.children;
    for (let i = 0; i < kids.length; i++) {
      const k = kids[i]!;
      if (k.type !== 'text' || !k.value.includes('#')) continue;
      const tags = tagsIn(k.value);
      if (tags.length === 0) continue;
      found.push(...tags);
      let v = withoutTags(k.value);
      if (i === kids.length - 1) v = v.trimEnd();
      if (i === 0) v = v.trimStart();
      k.value = v;
      if (v === '') {
        kids.splice(i, 1);
        i--;
      }
    }
    const last = kids[kids.length - 1] as PhrasingContent | undefined;
    if (last?.type === 'text') last.value = last.value.trimEnd();
  };
  const walk = (nodes: RootContent[]): void => {
    for (const n of nodes) {
      if (n.type === 'heading') strip(n);
      else if (n.type === 'blockquote' || n.type === 'list' || n.type === 'listItem') walk(n.children as RootContent[]);
    }
  };
  walk(tree.children);
  return found;
}

/** Nodes whose text is no running text: tags are never read in them (code, links, raw HTML, images, definitions). */
const NOT_RUNNING_TEXT = new Set(['code', 'inlineCode', 'link', 'linkReference', 'html', 'image', 'imageReference', 'definition', 'yaml', 'toml', 'math', 'inlineMath']);

/**
 * Every text node of running text where a tag may stand (headings excluded: their tags were taken
 * out by `stripHeadingTags`), with its parent and index. A text node that follows another inline
 * node (`**a**#b`) does not start at white space, so its leading `#` is no tag: `atStart` says
 * whether the node's start counts as the start of a text.
 */
function eachRunningText(tree: Root, fn: (node: Text, parent: Parent, index: number, atStart: boolean) => void): void {
  const walk = (parent: Parent): void => {
    const kids = parent.children as RootContent[];
    for (let i = 0; i < kids.length; i++) {
      const n = kids[i]!;
      if (n.type === 'text') {
        if (n.value.includes('#')) {
          const prev = kids[i - 1];
          fn(n, parent, i, prev === undefined || prev.type === 'break');
        }
      } else if (n.type !== 'heading' && !NOT_RUNNING_TEXT.has(n.type) && 'children' in n) {
        walk(n as Parent);
      }
    }
  };
  walk(tree);
}

/** The tags of a text node: each match with its start and end in the text. */
function tagMatches(value: string, atStart: boolean): { tag: string; start: number; end: number }[] {
  const out: { tag: string; start: number; end: number }[] = [];
  // fix29b: 思源笔记's spaced tags first (`#内容块 类型#`); the Obsidian tags around them as before
  const spaced: { tag: string; start: number; end: number }[] = [];
  for (const m of value.matchAll(SPACED_TAG_RE)) {
    if (m[1] === '' && (m.index !== 0 || !atStart)) continue;
    // (with a character beyond ASCII, `#云原生 学习#`: in `#y1984 C# 语言` the `#` closes `C#`, no tag)
    if (!isSpacedTag(m[2]!) || !/[^\x00-\x7F]/u.test(m[2]!)) continue;
    const start = m.index + m[1]!.length;
    spaced.push({ tag: m[2]!, start, end: start + m[2]!.length + 2 });
  }
  for (const m of value.matchAll(TAG_RE)) {
    if (m[1] === '' && (m.index !== 0 || !atStart)) continue;
    const at = m.index + m[1]!.length;
    if (spaced.some((x) => at >= x.start && at < x.end)) continue;
    const tag = m[2]!.replace(/\/+$/, '');
    if (tag === '' || !isTag(tag)) continue;
    const start = m.index + m[1]!.length;
    // SiYuan's closing `#` goes with the tag (not when a `/` was cut off before it).
    const closing = m[3] !== undefined && tag === m[2] ? 1 : 0;
    out.push({ tag, start, end: start + 1 + tag.length + closing });
  }
  const closed: { tag: string; start: number; end: number }[] = [];
  for (const m of value.matchAll(CJK_CLOSED_TAG_RE)) {
    const tag = m[1]!;
    if (tag.endsWith('/') || !isTag(tag) || [...out, ...spaced].some((x) => m.index < x.end && m.index + m[0].length > x.start)) continue;
    closed.push({ tag, start: m.index, end: m.index + m[0].length });
  }
  return spaced.length === 0 && closed.length === 0 ? out : [...out, ...spaced, ...closed].sort((a, b) => a.start - b.start);
}

/**
 * Take the tags out of the running text (not headings, code, links or URLs) into `obsidianTag`
 * nodes of their own and return them, without `#`, in order. A tag node has no text
 * (mdast-util-to-string reads nothing in it), so the miner, which reads the tree before the link
 * stage, never sees a tag as a name; the link stage turns each into a link (`linkInlineTags`).
 */
export function markInlineTags(tree: Root): string[] {
  const found: string[] = [];
  const sites: { node: Text; parent: Parent; index: number; atStart: boolean }[] = [];
  eachRunningText(tree, (node, parent, index, atStart) => sites.push({ node, parent, index, atStart }));
  // Last first, so the indexes of earlier sites in the same parent stay right.
  const marked: string[][] = [];
  for (let s = sites.length - 1; s >= 0; s--) {
    const { node, parent, index, atStart } = sites[s]!;
    const matches = tagMatches(node.value, atStart);
    if (matches.length === 0) continue;
    marked.push(matches.map((m) => m.tag));
    const parts: PhrasingContent[] = [];
    let from = 0;
    const text = (a: number, b: number): void => {
      const position = slicePositionOrNode(node, a, b);
      parts.push({ type: 'text', value: node.value.slice(a, b), ...(position ? { position } : {}) });
    };
    for (const m of matches) {
      if (m.start > from) text(from, m.start);
      const position = slicePositionOrNode(node, m.start, m.end);
      parts.push({ type: 'obsidianTag', tag: m.tag, ...(position ? { position } : {}) });
      from = m.end;
    }
    if (from < node.value.length) text(from, node.value.length);
    (parent.children as PhrasingContent[]).splice(index, 1, ...parts);
  }
  for (let i = marked.length - 1; i >= 0; i--) found.push(...marked[i]!);
  return found;
}

/** The class of a tag's link in the note's text (`linkInlineTags`). */
export const TAG_LINK_CLASS = 'tag-link';

/**
 * Turn every tag node (`markInlineTags`) into a link to its tag page (`href(tag)`), shown as
 * written (`#pod/probe`) with the class `tag-link`. The link stage runs it, after the miner.
 */
export function linkInlineTags(tree: Root, href: (tag: string) => string): void {
  const walk = (parent: Parent): void => {
    const kids = parent.children as RootContent[];
    for (let i = 0; i < kids.length; i++) {
      const n = kids[i]!;
      if (n.type === 'obsidianTag') {
        const link: Link = { type: 'link', url: href(n.tag), children: [{ type: 'text', value: `#${n.tag}` }], data: { hProperties: { className: [TAG_LINK_CLASS] } } };
        if (n.position) link.position = n.position;
        kids[i] = link;
      } else if ('children' in n) walk(n as Parent);
    }
  };
  walk(tree);
}
