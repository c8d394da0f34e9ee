/**
 * The map skeleton (`map.md`): a nested bullet outline → a tree of map items with bilingual
 * labels, ids (explicit `{#id}`, the linked note's id, or the slug of the English name,
 * prefixed with the parent's id when the slug is not unique) and attributes.
 */
import type { List, ListItem, Link, Paragraph, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { CONCEPT_KINDS, type ConceptKind, type SourceRef } from './model.ts';
import type { DiagnosticSink } from './diagnostics.ts';
import { ID_PATTERN, idFor, splitBilingual } from './labels.ts';

export interface MapItem {
  /** Final id (set by `assignMapIds`). */
  id: string;
  label: string;
  en?: string;
  zh?: string;
  /** Other names the label's gloss gives (`CRI（Container Runtime Interface 容器运行时接口）`). */
  others?: string[];
  explicitId?: string;
  /** Raw URL of the label's link, when the label is a link. */
  link?: string;
  /** Where the link was written. */
  linkAt?: SourceRef;
  kind?: ConceptKind;
  status?: string;
  statusReason?: string;
  at: SourceRef;
  /** Position among its siblings in the file (0-based). */
  index: number;
  children: MapItem[];
}

const ATTR_RE = /\{([^{}]*)\}\s*$/;
const TOKEN_RE = /#([^\s"{}]+)|([A-Za-z][\w-]*)\s*=\s*(?:"([^"]*)"|“([^”]*)”|'([^']*)'|([^\s"]+))|(\S+)/g;

/** Where the map file was read from: its name and, to point a finding at an attribute, its text (the tree's offsets are into it). */
interface MapSource {
  file: string;
  text?: string;
}

/**
 * Read the first list of the map file. Returns the top-level items (the first is the root).
 * `text`, the file's text the tree was parsed from, lets a finding about an attribute (`{kind=x}`)
 * point at the attribute itself; without it, at the item.
 */
export function parseMapOutline(tree: Root, file: string, diags: DiagnosticSink, text?: string): MapItem[] {
  const lists = tree.children.filter((n): n is List => n.type === 'list');
  const tops: MapItem[] = [];
  const src: MapSource = { file, ...(text !== undefined ? { text } : {}) };
  for (const list of lists) tops.push(...readList(list, src, diags));
  return tops;
}

function readList(list: List, src: MapSource, diags: DiagnosticSink): MapItem[] {
  const out: MapItem[] = [];
  for (const li of list.children) {
    const item = readItem(li, src, diags, out.length);
    if (item) out.push(item);
  }
  return out;
}

/**
 * The place of each attribute token of a paragraph's `{…}` block, by the token's offset in the
 * block's inside: found in the file's text between the paragraph's start and end (the last `{…}`
 * there, as `ATTR_RE` takes it from the paragraph's text). Undefined when the text is not given or
 * does not hold the block (the finding then points at the item).
 */
function attributePlaces(para: Paragraph, src: MapSource): { attributes: string; placeOf: (tokenIndex: number) => SourceRef } | undefined {
  const start = para.position?.start.offset;
  const end = para.position?.end.offset;
  if (src.text === undefined || start === undefined || end === undefined) return undefined;
  const raw = src.text.slice(start, end);
  const m = ATTR_RE.exec(raw);
  if (!m) return undefined;
  const inside = m.index + 1;
  const first = para.position!.start;
  return { attributes: m[1]!, placeOf: (tokenIndex) => {
    // Lines counted from the paragraph's own start, columns from the last line break before the token.
    const at = inside + tokenIndex;
    const before = raw.slice(0, at);
    const breaks = before.split('\n').length - 1;
    const column = breaks === 0 ? first.column + at : at - before.lastIndexOf('\n');
    return { file: src.file, line: first.line + breaks, column };
  } };
}

function readItem(li: ListItem, src: MapSource, diags: DiagnosticSink, index: number): MapItem | undefined {
  const file = src.file;
  const at: SourceRef = { file, line: li.position?.start.line ?? 1, column: li.position?.start.column ?? 1 };
  const para = li.children.find((c): c is Paragraph => c.type === 'paragraph');
  const children: MapItem[] = [];
  for (const c of li.children) if (c.type === 'list') children.push(...readList(c, src, diags));
  if (!para) {
    diags.warn('map-empty-item', at, { key: 'finding.map-empty-item' }, { key: 'finding.hint.map-empty-item' });
    return undefined;
  }
  let text = toString(para).replace(/\s+/g, ' ').trim();
  const item: MapItem = { id: '', label: '', at, index, children };
  const attrs = ATTR_RE.exec(text);
  if (attrs) {
    text = text.slice(0, attrs.index).trim();
    // Findings point at the attribute as written in the file, when the file holds these attributes
    // (its spacing aside: the paragraph's text joins its lines), else at the item.
    const places = attributePlaces(para, src);
    const written = places && places.attributes.replace(/\s+/g, ' ') === attrs[1] ? places : undefined;
    readAttributes(written?.attributes ?? attrs[1]!, item, written?.placeOf ?? (() => at), diags);
  }
  const link = findLink(para.children as RootContent[]);
  if (link) {
    item.link = link.url;
    item.linkAt = { file, line: link.position?.start.line ?? at.line, column: link.position?.start.column ?? at.column };
  }
  const bi = splitBilingual(text);
  item.label = bi.label;
  if (bi.en) item.en = bi.en;
  if (bi.zh) item.zh = bi.zh;
  if (bi.others) item.others = bi.others;
  if (item.label === '') {
    diags.warn('map-empty-item', at, { key: 'finding.map-item-no-label' }, { key: 'finding.hint.map-item-no-label' });
    item.label = item.explicitId ?? 'untitled';
  }
  return item;
}

function findLink(nodes: RootContent[]): Link | undefined {
  for (const n of nodes) {
    if (n.type === 'link') return n;
    if ('children' in n) {
      const l = findLink(n.children as RootContent[]);
      if (l) return l;
    }
  }
  return undefined;
}

/** Read the attribute tokens of `{…}`; `at` gives the place of the token at an offset of `src` (its findings point there). */
function readAttributes(src: string, item: MapItem, placeOf: (tokenIndex: number) => SourceRef, diags: DiagnosticSink): void {
  for (const m of src.matchAll(TOKEN_RE)) {
    const at = placeOf(m.index);
    if (m[1] !== undefined) {
      if (ID_PATTERN.test(m[1])) item.explicitId = m[1];
      else diags.error('invalid-id', at, { key: 'finding.map-invalid-id', vars: { id: `#${m[1]}` } }, { key: 'finding.hint.map-invalid-id-example' });
      continue;
    }
    if (m[7] !== undefined) {
      diags.warn('map-attribute', at, { key: 'finding.map-attribute-unreadable', vars: { text: m[7] } }, { key: 'finding.hint.map-attribute-unreadable' });
      continue;
    }
    const key = m[2]!;
    const value = (m[3] ?? m[4] ?? m[5] ?? m[6] ?? '').trim();
    if (key === 'historical' || key === 'deprecated') {
      item.status = key;
      if (value !== '' && value !== 'true') item.statusReason = value;
    } else if (key === 'kind') {
      if ((CONCEPT_KINDS as readonly string[]).includes(value)) item.kind = value as ConceptKind;
      else diags.error('map-attribute', at, { key: 'finding.map-kind', vars: { value, kinds: CONCEPT_KINDS.join(', ') } }, { key: 'finding.hint.map-kind', vars: { kinds: CONCEPT_KINDS.join(', ') } });
    } else if (key === 'id') {
      if (ID_PATTERN.test(value)) item.explicitId = value;
      else diags.error('invalid-id', at, { key: 'finding.map-invalid-id', vars: { id: value } }, { key: 'finding.hint.map-invalid-id' });
    } else {
      diags.warn('map-attribute', at, { key: 'finding.map-attribute-unknown', vars: { key } }, { key: 'finding.hint.map-attribute-unknown' });
    }
  }
}

/** Pre-order walk. */
export function walkMap(items: MapItem[], fn: (item: MapItem, parent: MapItem | undefined) => void, parent?: MapItem): void {
  for (const it of items) {
    fn(it, parent);
    walkMap(it.children, fn, it);
  }
}

/**
 * Assign final ids. `linkedId` maps an item to the id of the note its label links to (or
 * undefined). Slugs that occur more than once anywhere in the map get the parent's id as a
 * prefix, so ids do not depend on the order of the file.
 */
export function assignMapIds(
  roots: MapItem[],
  linkedId: (item: MapItem) => string | undefined,
): void {
  const base = new Map<MapItem, { id: string; auto: boolean }>();
  const count = new Map<string, number>();
  walkMap(roots, (it) => {
    const fixed = it.explicitId ?? linkedId(it);
    const b = fixed !== undefined ? { id: fixed, auto: false } : { id: idFor(it.en ?? it.label, 'node'), auto: true };
    base.set(it, b);
    count.set(b.id, (count.get(b.id) ?? 0) + 1);
  });
  walkMap(roots, (it, parent) => {
    const b = base.get(it)!;
    it.id = b.auto && parent && (count.get(b.id) ?? 0) > 1 ? `${parent.id}--${b.id}` : b.id;
  });
}
