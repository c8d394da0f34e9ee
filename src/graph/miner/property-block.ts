/**
 * fix28: a page exported from Notion (or a database row copied from one) opens, right under its
 * title, with the page's properties, one `Name: value` line each:
 *
 *   # Pod 调度
 *
 *   Created: 2024年3月12日 下午3:20
 *   Tags: k8s, 调度
 *   Status: 进行中
 *
 * The block is the page's metadata, not its content (docs/content-format.md "Notes exported from
 * 语雀 (Yuque) and Notion"): the miner reads no name in it (`Status` is no Pod `status` field), and
 * none of its lines is a concept's passage. Which lines make such a block is data:
 * `PROPERTY_BLOCK.names` (the property names Notion writes, and their Chinese forms), and a line
 * shape (`Name: value`, the name one to four words). A block is the first paragraph after the
 * title (or the note's first paragraph when it has no `#` title); every one of its lines has the
 * shape and at least one names a property Notion writes. A first paragraph `Service: 一个稳定的入口`
 * names no property: it is content.
 */
import type { Root, RootContent } from 'mdast';

export const PROPERTY_BLOCK = {
  /** Property names Notion writes on pages and database rows (lower case), and their Chinese forms. */
  names: [
    'created', 'created time', 'created by', 'last edited', 'last edited time', 'last edited by', 'tags', 'tag',
    'status', 'type', 'category', 'date', 'due', 'due date', 'url', 'assign', 'assignee', 'owner', 'priority',
    'reviewed', 'source', 'author', 'updated', 'property',
    '创建时间', '创建人', '创建者', '最后编辑时间', '最后编辑人', '更新时间', '标签', '状态', '类型', '分类', '日期', '负责人', '优先级', '来源', '作者',
  ] as readonly string[],
  /** One property line: a name of one to four words, a colon, a value. */
  line: /^\s*([A-Za-z][A-Za-z]*(?: [A-Za-z]+){0,3}|[\u4e00-\u9fff]{2,6})\s*[:：]\s*\S.*$/u,
} as const;

const NAMES = new Set(PROPERTY_BLOCK.names);

/** Whether these lines (one paragraph's) are a property block. */
export function isPropertyBlock(lines: readonly string[]): boolean {
  const shaped = lines.filter((l) => l.trim() !== '');
  if (shaped.length === 0) return false;
  let named = false;
  for (const l of shaped) {
    const m = PROPERTY_BLOCK.line.exec(l);
    if (!m) return false;
    if (NAMES.has(m[1]!.toLowerCase())) named = true;
  }
  return named;
}

/**
 * The lines (1-based, inclusive) of the note's property block, if it has one: the first paragraph
 * after the `#` title (raw HTML such as 语雀's `<a name>` anchors skipped), or the note's first
 * paragraph when no title comes first.
 */
export function propertyBlockLines(tree: Root, source: string): { start: number; end: number } | undefined {
  const kids = tree.children.filter((n: RootContent) => n.type !== 'html' && n.type !== 'yaml');
  let i = 0;
  if (kids[0]?.type === 'heading' && kids[0].depth === 1) i = 1;
  const para = kids[i];
  if (para?.type !== 'paragraph' || !para.position) return undefined;
  const { start, end } = para.position;
  const lines = source.split('\n').slice(start.line - 1, end.line);
  return isPropertyBlock(lines) ? { start: start.line, end: end.line } : undefined;
}

/** fix29b: the property names whose value is the page's tags (Notion's multi-select `Tags`, and its Chinese form). */
export const PROPERTY_TAG_NAMES: readonly string[] = ['tags', 'tag', '标签'];

/**
 * fix29b: the tags a property block gives the note (`Tags: k8s, 调度` → `k8s`, `调度`): the values of
 * its `Tags` line, separated by commas (`,`, `，`, `、`), a `#` before one allowed. A value Notion
 * allows but a tag cannot be (`a/`, `<b>`) is left out; a value of several words (`Pod 调度`) is a
 * spaced tag, as 思源笔记's (tags.ts `isSpacedTag`).
 */
export function propertyTags(tree: Root, source: string, isTagValue: (t: string) => boolean): string[] {
  const block = propertyBlockLines(tree, source);
  if (block === undefined) return [];
  const out: string[] = [];
  for (const line of source.split('\n').slice(block.start - 1, block.end)) {
    const m = PROPERTY_BLOCK.line.exec(line);
    if (!m || !PROPERTY_TAG_NAMES.includes(m[1]!.toLowerCase())) continue;
    const value = line.slice(line.search(/[:：]/u) + 1);
    for (const raw of value.split(/[,，、]/u)) {
      const t = raw.trim().replace(/^#/, '').replace(/\s+/gu, ' ');
      if (t !== '' && isTagValue(t)) out.push(t);
    }
  }
  return out;
}
