/**
 * What Logseq (an outliner) writes into its Markdown files beyond Markdown, read the way Logseq
 * shows it, and Obsidian Dataview's inline fields (the same `key:: value`). A Logseq page on disk
 * (`pages/k8s___探针.md`, `journals/2024_03_12.md`) is an outline of `- ` bullets indented by tabs:
 *
 *   title:: k8s/探针                         ← page properties: the first lines, before any bullet
 *   alias:: Probe, 探针
 *   tags:: k8s, [[health check]]
 *
 *   - livenessProbe:: 存活探针，失败时重启容器   ← a block property line (a "key:: value" block)
 *     id:: 65f0b000-0001-4abc-9000-00000000aaaa ← a block's own properties: lines under its first
 *     collapsed:: true                          line, indented as its text
 *   - TODO 看一下 [[Init 容器]] #[[待复习 知识点]] ← a task marker, a page link, a tag with a space
 *   - 参见 ((65f0b000-0001-4abc-9000-00000000aaaa)) 和 {{embed ((65f0b000-…))}}  ← block references
 *
 * Read on the parsed tree (no text of the file moves, so every line keeps its number):
 *   - page properties (`LOGSEQ_PAGE_KEYS`): `title::` is the note's title, `alias::` its aliases
 *     (so `[[k8s/探针]]` and `[[Probe]]` find it, as they do in Logseq), `tags::` its tags; those
 *     lines are no text of the page; other page properties show as the rest do:
 *   - a property line `key:: value` shows as Logseq shows a property, the key in bold, `key: value`
 *     (so `- livenessProbe:: 存活探针…` reads, and is read by the miner, as `**livenessProbe**: …`);
 *     the properties Logseq never shows (`LOGSEQ_HIDDEN_KEYS`: `id`, `collapsed`, …) are left out;
 *   - a block's `id::` names it: the block (its list item) gets the anchor `L<line>` and a
 *     reference `((uuid))` or `{{embed ((uuid))}}` anywhere in the folder becomes a link to it
 *     showing its first line (the link stage, links.ts); a reference to no block is kept as text
 *     with a `dangling-reference` warning at its file:line:col;
 *   - task markers `TODO`/`LATER`/`NOW`/`DOING`/`WAITING` and `DONE` at the start of a bullet are
 *     the list item's check box (a GFM task), `SCHEDULED:`/`DEADLINE:` lines stand on their own line,
 *     `:LOGBOOK:` … `:END:` drawers are left out;
 *   - `#[[multi word tag]]` is a tag (its spaces written `-`, a tag has none);
 *   - Dataview's inline fields in a sentence, `[key:: value]` and `(key:: value)`, show as Dataview
 *     shows them (`key: value`, and the value alone);
 *   - `{{embed [[page]]}}` is a link to the page; `{{query …}}` and `{{renderer …}}` (results only
 *     Logseq's database has) are left out; `{{cloze 答案}}` shows its text.
 * Code (fences, code spans) is never touched.
 */
import type { Link, List, ListItem, Paragraph, Parent, PhrasingContent, Root, RootContent, Strong, Text } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Frontmatter } from './frontmatter.ts';
import { isTag } from './tags.ts';
import { copyPosition, ownPosition, slicePosition } from './text-slices.ts';

/** A `key:: value` line: Logseq's property keys (and Dataview's field names) are one word (letters, digits, `_`, `-`). */
const PROPERTY_LINE = /^([\p{L}_][\p{L}\p{N}_-]*):: ?(.*)$/u;
/** Properties Logseq keeps for itself and never shows (block ids, folding, card and highlight state …). */
export const LOGSEQ_HIDDEN_KEYS: ReadonlySet<string> = new Set([
  'id', 'collapsed', 'heading', 'background-color', 'created-at', 'updated-at', 'card-last-interval', 'card-repeats',
  'card-last-reviewed', 'card-next-schedule', 'card-last-score', 'card-ease-factor', 'ls-type', 'hl-type', 'hl-page',
  'hl-stamp', 'hl-color', 'query-table', 'query-properties', 'query-sort-by', 'query-sort-desc', 'filters', 'icon',
  'public', 'exclude-from-graph-view', 'logseq.order-list-type', 'template', 'template-including-parent',
]);
/** Page properties that are the note's own data (title, aliases, tags), not text of the page. */
export const LOGSEQ_PAGE_KEYS: ReadonlySet<string> = new Set(['title', 'alias', 'aliases', 'tags']);
/** Task markers at the start of a block, and whether each is done. */
export const LOGSEQ_TASK_MARKERS: ReadonlyMap<string, boolean> = new Map([
  ['TODO', false], ['LATER', false], ['NOW', false], ['DOING', false], ['WAITING', false], ['IN-PROGRESS', false], ['DONE', true],
]);
const UUID = String.raw`[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}`;
/** `((uuid))`, `{{embed ((uuid))}}`, `{{embed [[page]]}}`, `{{query …}}`/`{{renderer …}}`, `{{cloze …}}`, `#[[tag]]`. */
const INLINE = new RegExp(
  String.raw`\(\((${UUID})\)\)|\{\{embed[ \t]+\(\((${UUID})\)\)[ \t]*\}\}|\{\{embed[ \t]+(\[\[[^\]\n]+\]\])[ \t]*\}\}|\{\{(?:query|renderer|function)\b[^\n]*?\}\}|\{\{cloze[ \t]+([^}\n]*)\}\}|#\[\[([^\]\n]+)\]\]` +
    // Dataview's inline fields inside a sentence: `[key:: value]` (shown as `key: value`), `(key:: value)` (its value only).
    String.raw`|\[([\p{L}_][\p{L}\p{N}_-]*):: ?([^\]\n]*)\]|\(([\p{L}_][\p{L}\p{N}_-]*):: ?([^)\n]*)\)`,
  'giu',
);
/** The link a block reference becomes before the link stage resolves it. */
export const LOGSEQ_BLOCK_URL = /^logseq:\/\/block\/([0-9a-f-]{36})$/i;

/** A block a note names with `id::`: its line (the block's first), its first line's text, and its anchor on the page. */
export interface LogseqBlock {
  id: string;
  /** Where the block's text starts (its first paragraph): the note page gives the block there the anchor `L<line>`. */
  line: number;
  column: number;
  text: string;
}

export interface LogseqReading {
  blocks: LogseqBlock[];
  /** Tags written `#[[a b]]` (as `a-b`), in order. */
  tags: string[];
}

/** The anchor of a block on its note's page: its line's (the render stage gives the block `L<line>`, note-body.ts). */
export const blockAnchor = (b: LogseqBlock): string => `L${b.line}`;

function textPart(node: Text, from: number, to: number): Text {
  const position = slicePosition(node, from, to);
  return { type: 'text', value: node.value.slice(from, to), ...(position ? { position } : {}) };
}

/** The text of a line as the page shows it: raw HTML (dropped from every page) is no part of it. */
function lineText(line: PhrasingContent[]): string {
  return toString({ type: 'paragraph', children: line.filter((n) => n.type !== 'html') }).trim();
}

/** A paragraph's children cut into its lines (text nodes split at their line breaks). */
function linesOf(children: PhrasingContent[]): PhrasingContent[][] {
  const lines: PhrasingContent[][] = [[]];
  for (const c of children) {
    if (c.type !== 'text' || !c.value.includes('\n')) {
      lines[lines.length - 1]!.push(c);
      continue;
    }
    let from = 0;
    for (let i = c.value.indexOf('\n'); i !== -1; i = c.value.indexOf('\n', from)) {
      if (i > from) lines[lines.length - 1]!.push(textPart(c, from, i));
      lines.push([]);
      from = i + 1;
    }
    if (from < c.value.length) lines[lines.length - 1]!.push(textPart(c, from, c.value.length));
  }
  return lines;
}

/** The key and value of a line that is a property (its first node a text starting `key:: `). */
function propertyOf(line: PhrasingContent[]): { key: string; value: string; first: Text } | undefined {
  const first = line[0];
  if (first?.type !== 'text') return undefined;
  const m = PROPERTY_LINE.exec(first.value.replace(/^[ \t]+/, ''));
  if (!m) return undefined;
  return { key: m[1]!, value: (m[2]! + lineText(line.slice(1))).trim(), first };
}

/** `a, [[b c]], #d` → `['a', 'b c', 'd']`. */
function listValue(value: string): string[] {
  return value.split(/[,，]/).map((v) => v.trim().replace(/^#/, '').replace(/^\[\[(.*)\]\]$/, '$1').trim()).filter((v) => v !== '');
}

/** A tag of a Logseq page name: its spaces written `-`; undefined when it is still no tag. */
function asTag(name: string): string | undefined {
  const t = name.trim().replace(/\s+/g, '-');
  return isTag(t) ? t : undefined;
}

/**
 * Read the Logseq (and Dataview) shapes of a note's tree in place (see the top of the file):
 * `fm` takes the page properties it has no value for yet (title, aliases, tags, at `file`).
 */
export function readLogseq(tree: Root, fm: Frontmatter, file: string): LogseqReading | undefined {
  const out: LogseqReading = { blocks: [], tags: [] };
  let touched = false;

  // Page properties: the first paragraph (or the first bullet, as older Logseq wrote them) when each of its lines is one.
  const first = tree.children[0];
  const pageBlock: Paragraph | undefined = first?.type === 'paragraph' ? first
    : first?.type === 'list' && first.children[0]?.children.length === 1 && first.children[0].children[0]!.type === 'paragraph' ? first.children[0].children[0] as Paragraph
    : undefined;
  const pageLines = pageBlock ? linesOf(pageBlock.children) : [];
  const isPageBlock = pageLines.length > 0 && pageLines.every((l) => propertyOf(l) !== undefined);

  const walk = (parent: Parent, inItem: ListItem | undefined): void => {
    const kids = parent.children as RootContent[];
    for (let i = 0; i < kids.length; i++) {
      const n = kids[i]!;
      if (n.type === 'code' || n.type === 'inlineCode' || n.type === 'html') continue;
      if (n.type === 'paragraph') {
        const owner = inItem && inItem.children[0] === n ? inItem : undefined;
        if (readParagraph(n, owner, n === pageBlock && isPageBlock)) touched = true;
        if (n.children.length === 0) {
          kids.splice(i--, 1);
          continue;
        }
      }
      if (n.type === 'listItem') {
        const had = n.children.length;
        walk(n, n);
        // A bullet that held only properties (older Logseq wrote the page's so) is gone with them.
        if (had > 0 && n.children.length === 0) {
          kids.splice(i--, 1);
          continue;
        }
      } else if ('children' in n) {
        walk(n as Parent, undefined);
        if (n.type === 'list' && n.children.length === 0) kids.splice(i--, 1);
      }
    }
  };

  const readParagraph = (p: Paragraph, item: ListItem | undefined, page: boolean): boolean => {
    let changed = false;
    if (item && item.checked == null) changed = taskMarker(p, item) || changed;
    changed = inlineShapes(p) || changed;
    const lines = linesOf(p.children);
    if (!lines.some((l) => propertyOf(l) !== undefined || isDrawerLine(l) || isPlanningLine(l))) return changed;
    const kept: PhrasingContent[][] = [];
    const properties = new Set<PhrasingContent[]>();
    let named: LogseqBlock | undefined;
    let inDrawer = false;
    for (const line of lines) {
      const lineText = toString({ type: 'paragraph', children: line }).trim();
      if (inDrawer || /^:LOGBOOK:$/.test(lineText)) {
        inDrawer = lineText !== ':END:';
        continue;
      }
      const prop = propertyOf(line);
      if (!prop) {
        // `SCHEDULED: <2024-03-10 Sun>` / `DEADLINE: …` stand on a line of their own, as in Logseq.
        if (isPlanningLine(line)) properties.add(line);
        kept.push(line);
        continue;
      }
      const key = prop.key.toLowerCase();
      if (page && LOGSEQ_PAGE_KEYS.has(key)) {
        const at = { file, line: prop.first.position?.start.line ?? 1, column: prop.first.position?.start.column ?? 1 };
        if (key === 'title' && fm.title === undefined && prop.value !== '') fm.title = prop.value;
        else if (key === 'alias' || key === 'aliases') fm.aliases = [...(fm.aliases ?? []), ...listValue(prop.value)];
        else if (key === 'tags') for (const v of listValue(prop.value)) { const t = asTag(v); if (t) (fm.tags ??= []).push({ tag: t, at }); }
        continue;
      }
      if (key === 'id' && new RegExp(`^${UUID}$`, 'i').test(prop.value)) {
        const start = p.position?.start ?? prop.first.position?.start;
        named = { id: prop.value.toLowerCase(), line: start?.line ?? 1, column: start?.column ?? 1, text: '' };
        out.blocks.push(named);
        continue;
      }
      if (LOGSEQ_HIDDEN_KEYS.has(key)) continue;
      // `key:: value` → **key**: value
      const lead = prop.first.value.match(/^[ \t]*/)![0].length;
      const keyEnd = lead + prop.key.length;
      const strong: Strong = { type: 'strong', children: [textPart(prop.first, lead, keyEnd)] };
      if (strong.children[0]!.position) strong.position = copyPosition(strong.children[0]!.position);
      const rest = prop.first.value.slice(keyEnd + 2).replace(/^ /, '');
      const restNode: Text = { type: 'text', value: `: ${rest}` };
      const pos = slicePosition(prop.first, keyEnd, prop.first.value.length);
      if (pos) restNode.position = pos;
      const shownLine = [strong, restNode, ...line.slice(1)];
      properties.add(shownLine);
      kept.push(shownLine);
    }
    // The block's first line is what a reference to it shows.
    if (named) named.text = lineText(kept[0] ?? []);
    // Each property on a line of its own, as Logseq and Dataview show them (a line break, then the source's newline).
    const children: PhrasingContent[] = [];
    const shown = (line: PhrasingContent[] | undefined): boolean => line !== undefined && properties.has(line);
    kept.forEach((line, k) => {
      if (k > 0) {
        if (shown(line) || shown(kept[k - 1])) children.push({ type: 'break' });
        children.push({ type: 'text', value: '\n' });
      }
      children.push(...line);
    });
    // Adjacent text nodes merged again (the miner reads a line as one text).
    const merged: PhrasingContent[] = [];
    for (const c of children) {
      const last = merged[merged.length - 1];
      if (c.type === 'text' && last?.type === 'text') {
        const joined: Text = { type: 'text', value: last.value + c.value };
        if (last.position && c.position) joined.position = { start: { ...last.position.start }, end: { ...c.position.end } };
        else if (last.position) joined.position = copyPosition(last.position);
        merged[merged.length - 1] = joined;
      } else merged.push(c);
    }
    while (merged.length > 0 && merged[merged.length - 1]!.type === 'text' && (merged[merged.length - 1] as Text).value.trim() === '') merged.pop();
    p.children = merged;
    // The paragraph starts and ends where its text now does (a page property block that keeps only `type::` starts at that line).
    if (p.children.length > 0 && p.position) {
      const first = p.children[0]!;
      const last = p.children[p.children.length - 1]!;
      p.position = { start: { ...(first.position?.start ?? p.position.start) }, end: { ...(last.position?.end ?? p.position.end) } };
    }
    return true;
  };

  const inlineShapes = (p: Parent): boolean => {
    let changed = false;
    const kids = p.children as PhrasingContent[];
    for (let i = 0; i < kids.length; i++) {
      const n = kids[i]!;
      if (n.type === 'text' && (n.value.includes('((') || n.value.includes('{{') || n.value.includes('#[[') || n.value.includes('::'))) {
        const parts: PhrasingContent[] = [];
        let last = 0;
        for (const m of n.value.matchAll(INLINE)) {
          if (m.index > last) parts.push(textPart(n, last, m.index));
          const position = slicePosition(n, m.index, m.index + m[0].length);
          const at = position ? { position } : {};
          const ref = m[1] ?? m[2];
          if (ref !== undefined) parts.push({ type: 'link', url: `logseq://block/${ref.toLowerCase()}`, children: [], ...at } as Link);
          else if (m[3] !== undefined) parts.push({ type: 'text', value: m[3], ...at });
          else if (m[4] !== undefined) parts.push({ type: 'text', value: m[4].trim(), ...at });
          else if (m[6] !== undefined) {
            const key: Text = { type: 'text', value: m[6] };
            parts.push({ type: 'strong', children: [key], ...at }, { type: 'text', value: `: ${m[7]!.trim()}`, ...ownPosition(position) }); // (a position each)
          } else if (m[8] !== undefined) parts.push({ type: 'text', value: m[9]!.trim(), ...at });
          else if (m[5] !== undefined) {
            const tag = asTag(m[5]);
            if (tag) {
              parts.push({ type: 'obsidianTag', tag, ...at });
              out.tags.push(tag);
            } else parts.push({ type: 'text', value: m[0], ...at });
          }
          last = m.index + m[0].length;
        }
        if (last === 0) continue;
        if (last < n.value.length) parts.push(textPart(n, last, n.value.length));
        kids.splice(i, 1, ...parts);
        i += parts.length - 1;
        changed = true;
      } else if ('children' in n && n.type !== 'link' && n.type !== 'linkReference') changed = inlineShapes(n as Parent) || changed;
    }
    return changed;
  };

  walk(tree, undefined);
  return touched || out.blocks.length > 0 || out.tags.length > 0 ? out : undefined;
}

/** A task's planning line, `SCHEDULED: <2024-03-10 Sun>` or `DEADLINE: <…>`. */
function isPlanningLine(line: PhrasingContent[]): boolean {
  return line[0]?.type === 'text' && /^[ \t]*(?:SCHEDULED|DEADLINE): <\d{4}-\d{2}-\d{2}[^>\n]*>/.test(line[0].value);
}

function isDrawerLine(line: PhrasingContent[]): boolean {
  const t = line[0]?.type === 'text' ? line[0].value.trim() : '';
  return t === ':LOGBOOK:';
}

/** `TODO 看一下…` at the start of a bullet: the item's check box, the marker taken out of the text. */
function taskMarker(p: Paragraph, item: ListItem): boolean {
  const first = p.children[0];
  if (first?.type !== 'text') return false;
  const m = /^([A-Z-]+) /.exec(first.value);
  const done = m ? LOGSEQ_TASK_MARKERS.get(m[1]!) : undefined;
  if (done === undefined) return false;
  item.checked = done;
  const rest = textPart(first, m![0].length, first.value.length);
  if (rest.value === '') p.children.shift();
  else p.children[0] = rest;
  return true;
}

/** Logseq's page name of a file, when its name says more than the file stem does: `k8s___探针.md` → `k8s/探针`; a journal `journals/2024_03_12.md` → `2024-03-12`. */
export function logseqPageName(file: string): string | undefined {
  const stem = file.replace(/^.*\//, '').replace(/\.(md|markdown)$/i, '');
  const journal = /(?:^|\/)journals\/(\d{4})_(\d{2})_(\d{2})\.md$/i.exec(file);
  if (journal) return `${journal[1]}-${journal[2]}-${journal[3]}`;
  if (stem.includes('___')) return stem.split('___').join('/');
  if (/%2F/i.test(stem)) return stem.replace(/%2F/gi, '/');
  return undefined;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const ordinal = (d: number): string => `${d}${d % 10 === 1 && d !== 11 ? 'st' : d % 10 === 2 && d !== 12 ? 'nd' : d % 10 === 3 && d !== 13 ? 'rd' : 'th'}`;

/**
 * The names `[[…]]` may give a Logseq page beyond its file's: the page name (`logseqPageName`),
 * and for a journal its name in Logseq's default date format too (`[[Mar 12th, 2024]]`).
 */
export function logseqPageNames(file: string): string[] {
  const name = logseqPageName(file);
  if (name === undefined) return [];
  const j = /^(\d{4})-(\d{2})-(\d{2})$/.exec(name);
  if (!j || !/(?:^|\/)journals\//i.test(file)) return [name];
  const month = MONTHS[Number(j[2]) - 1];
  return month ? [name, `${month} ${ordinal(Number(j[3]))}, ${j[1]}`] : [name];
}
