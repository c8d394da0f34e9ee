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
import type { Heading, PhrasingContent, Root, RootContent } from 'mdast';

/** One tag: the `#` after start or white space, the tag's characters, at least one not a digit. */
export const TAG_RE = /(^|\s)#((?:[\p{N}]*[\p{L}\p{M}_/-])[\p{L}\p{M}\p{N}_/-]*)/gu;

/** The tags in a text, without `#`, in order. */
export function tagsIn(text: string): string[] {
  return [...text.matchAll(TAG_RE)].map((m) => m[2]!);
}

/** The text without its tags (white space around a removed tag collapsed to one space, ends trimmed). */
export function withoutTags(text: string): string {
  return text.replace(TAG_RE, '$1').replace(/[ \t]{2,}/g, ' ');
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
