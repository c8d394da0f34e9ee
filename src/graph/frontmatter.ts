/**
 * Concept-note frontmatter: split with gray-matter, parsed with the `yaml` package (so every
 * key and list item has a line), validated against the schema in docs/content-format.md.
 */
import matter from 'gray-matter';
import { LineCounter, parseDocument, isMap, isSeq, isScalar, type Node as YamlNode, type Pair } from 'yaml';
import { closest } from 'fastest-levenshtein';
import { CONCEPT_KINDS, type ConceptKind, type SourceRef, type Transition } from './model.ts';
import { DiagnosticSink, type FindingKey } from './diagnostics.ts';
import { ID_PATTERN, normKey } from './labels.ts';
import { tagProblem } from './tags.ts';

export const FRONTMATTER_KEYS = [
  'id', 'title', 'titleZh', 'titleEn', 'aliases', 'keywords', 'kind', 'parent', 'fieldPath', 'owner', 'prerequisites',
  'related', 'transitions', 'order', 'status', 'statusReason', 'summary', 'tags', 'tag',
] as const;

export const STATUS_VALUES = ['historical', 'deprecated'];

/** A reference to another concept with where it was written. */
export interface RefAt {
  id: string;
  at: SourceRef;
}

export interface Frontmatter {
  id?: string;
  title?: string;
  titleZh?: string;
  titleEn?: string;
  /** Other names of the concept (abbreviations, translations, spellings): used to recognise it. */
  aliases?: string[];
  /**
   * Search-only terms that are not names of the concept (a component, a sub-feature, a command,
   * an example product): search finds the concept by them, nothing else does (no merging, no
   * link resolution, not shown as another name).
   */
  keywords?: string[];
  kind?: ConceptKind;
  parent?: RefAt;
  fieldPath?: string;
  /** The API kind `fieldPath` is relative to (default Pod); checked against the API kinds by the conceptNotes stage. */
  owner?: string;
  prerequisites: RefAt[];
  related: RefAt[];
  transitions: (Transition & { at: SourceRef })[];
  order?: number;
  status?: string;
  statusReason?: string;
  summary?: string;
  /**
   * Tags (`tags:` or Quartz's `tag:`, a list or one string of tags separated by commas or spaces,
   * each with or without `#`), as written, with where; invalid ones were warned about (`tag-invalid`)
   * and left out. Labels of the note, never names of a concept.
   */
  tags?: { tag: string; at: SourceRef }[];
  /** Where each key was written. */
  keyAt: Map<string, SourceRef>;
}

export interface SplitNote {
  /** True when the file starts with a frontmatter block. */
  hasFrontmatter: boolean;
  frontmatter: Frontmatter;
  /** False when the frontmatter could not be used (YAML syntax error, not a mapping, wrong types). */
  valid: boolean;
  /** The body with the frontmatter replaced by blank lines, so Markdown positions are file positions. */
  body: string;
}

function emptyFrontmatter(): Frontmatter {
  return { prerequisites: [], related: [], transitions: [], keyAt: new Map() };
}

/** Split off and validate the frontmatter of a note. */
export function splitFrontmatter(text: string, file: string, diags: DiagnosticSink): SplitNote {
  const fm = emptyFrontmatter();
  if (!/^---[^\S\n]*\n/.test(text)) return { hasFrontmatter: false, frontmatter: fm, valid: true, body: text };
  // gray-matter finds the block; we parse the YAML ourselves to keep positions.
  const parsed = matter(text, { engines: { yaml: () => ({}) } } as unknown as Parameters<typeof matter>[1]);
  if (!text.endsWith(parsed.content)) return { hasFrontmatter: false, frontmatter: fm, valid: true, body: text };
  const head = text.slice(0, text.length - parsed.content.length);
  const body = head.replace(/[^\n]/g, '') + parsed.content;
  // `parsed.matter` starts right after the opening `---`: its line 1 is the file's line 1.
  const valid = readFrontmatter(parsed.matter, file, fm, diags);
  return { hasFrontmatter: true, frontmatter: fm, valid, body };
}

/**
 * qa51: the keys of a blog's or an editor's frontmatter (Hexo, Hugo, Jekyll, Typora, VuePress): a note
 * whose first lines are these keys with no `---` before them wrote frontmatter without its fences
 * (Hexo reads `title: …`⏎`date: …`⏎`---` so; a copy-paste loses the first `---`).
 */
const BLOG_FRONTMATTER_KEYS = new Set(['title', 'date', 'updated', 'lastmod', 'tags', 'tag', 'categories', 'category', 'author', 'description',
  'keywords', 'aliases', 'slug', 'permalink', 'layout', 'draft', 'toc', 'cover', 'summary', 'comments', 'top', 'sticky', 'mathjax', 'math']);

export interface UnfencedFrontmatter extends SplitNote {
  /** The last line of the block (the closing `---` when there is one). */
  lastLine: number;
}

/**
 * qa51: frontmatter written without its opening `---` (Hexo's own form: `title: …`⏎`date: …`⏎`---`),
 * or without either (`title: …`⏎`tags: [k8s]`⏎, then a blank line): two or more `key: value` lines
 * from line 1 (list items `  - x` under a key allowed), every key one of BLOG_FRONTMATTER_KEYS and one of
 * them `title` or `date`, ended by a blank line or a `---` line, and valid YAML. It is read as the
 * note's frontmatter (its title and tags), and its lines are blank in the body (line numbers kept):
 * shown as text it read `title: Deployment 滚动更新 date: …` above the title, or, before Hexo's `---`,
 * as a heading. Undefined when the note does not start so.
 */
export function splitUnfencedFrontmatter(text: string, file: string, diags: DiagnosticSink): UnfencedFrontmatter | undefined {
  const lines = text.split('\n');
  let keys = 0;
  let dated = false;
  let k = 0;
  for (; k < lines.length; k++) {
    const line = lines[k]!.replace(/\r$/, '');
    const m = /^([A-Za-z_][\w-]*):(?:[ \t]|$)/.exec(line);
    if (m) {
      const key = m[1]!.toLowerCase();
      if (!BLOG_FRONTMATTER_KEYS.has(key)) return undefined;
      keys++;
      if (key === 'title' || key === 'date') dated = true;
    } else if (k > 0 && /^[ \t]+(?:-[ \t]|\S)/.test(line)) {
      continue;
    } else break;
  }
  if (keys < 2 || !dated) return undefined;
  const end = lines[k]?.replace(/\r$/, '');
  const fence = end !== undefined && /^---[ \t]*$/.test(end);
  if (end !== undefined && !fence && end.trim() !== '') return undefined;
  const yaml = lines.slice(0, k).join('\n');
  const sink = new DiagnosticSink();
  const fm = emptyFrontmatter();
  if (!readFrontmatter(yaml, file, fm, sink)) return undefined;
  // a free-form note's frontmatter is checked for its tags only (parse-file.ts)
  for (const d of sink.items) if (d.code === 'tag-invalid') diags.items.push(d);
  const blank = fence ? k + 1 : k;
  const body = lines.map((l, i) => (i < blank ? '' : l)).join('\n');
  return { hasFrontmatter: true, frontmatter: fm, valid: true, body, lastLine: blank };
}

/**
 * `tags: [k8s, pod/probe]`, `tags: "k8s, pod/probe"` or `tags: k8s pod/probe` (Obsidian's and
 * Quartz's forms): every valid tag into `fm.tags`, a warning (`tag-invalid`, at the tag) for the
 * rest. A bad tag never makes the note invalid: it only labels the note.
 */
function readTags(key: string, value: YamlNode, at: (offset: number | undefined) => SourceRef, fm: Frontmatter, diags: DiagnosticSink): void {
  const add = (raw: string, where: SourceRef): void => {
    const tag = raw.trim().replace(/^#/, '');
    const problem = tagProblem(tag);
    if (problem !== undefined) {
      diags.warn('tag-invalid', where, { key: 'finding.tag-invalid', vars: { tag: raw.trim(), key }, parts: { problem } }, { key: 'finding.hint.tag-chars' });
      return;
    }
    (fm.tags ??= []).push({ tag, at: where });
  };
  const scalarText = (node: YamlNode): string | undefined =>
    isScalar(node) && (typeof node.value === 'string' || typeof node.value === 'number') ? String(node.value) : undefined;
  if (isSeq(value)) {
    for (const item of value.items as (YamlNode | null)[]) {
      if (item === null || (isScalar(item) && item.value === null)) continue;
      const text = scalarText(item);
      if (text === undefined) {
        diags.warn('tag-invalid', at(item.range?.[0]), { key: 'finding.tags-not-list-item', vars: { key } }, { key: 'finding.hint.tag-plain' });
      } else add(text, at(item.range?.[0]));
    }
    return;
  }
  const text = scalarText(value);
  if (text === undefined) {
    diags.warn('tag-invalid', at(value.range?.[0]), { key: 'finding.tags-not-list', vars: { key } }, { key: 'finding.hint.tags-list' });
    return;
  }
  // One string: tags separated by commas or white space (a tag holds neither).
  const base = at(value.range?.[0]);
  const quoted = isScalar(value) && (value.type === 'QUOTE_DOUBLE' || value.type === 'QUOTE_SINGLE') ? 1 : 0;
  for (const m of text.matchAll(/[^,\s]+/gu)) {
    add(m[0], text.includes('\n') ? base : { ...base, column: base.column + quoted + m.index });
  }
}

function readFrontmatter(src: string, file: string, fm: Frontmatter, diags: DiagnosticSink): boolean {
  const lc = new LineCounter();
  const doc = parseDocument(src, { lineCounter: lc, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number | undefined): SourceRef => {
    const p = lc.linePos(offset ?? 0);
    return { file, line: p.line, column: p.col };
  };
  if (doc.errors.length > 0) {
    for (const e of doc.errors) {
      diags.error('frontmatter-invalid', at(e.pos[0]), { key: 'finding.frontmatter-yaml', vars: { error: e.message.split('\n')[0]! } },
        { key: 'finding.hint.frontmatter-yaml' });
    }
    return false;
  }
  const contents = doc.contents;
  if (contents === null || (isScalar(contents) && (contents.value === null || contents.value === ''))) return true;
  if (!isMap(contents)) {
    diags.error('frontmatter-invalid', at(contents.range?.[0]), { key: 'finding.frontmatter-not-mapping' }, { key: 'finding.hint.frontmatter-mapping' });
    return false;
  }
  let ok = true;
  /** `expected`: what the key takes, a `finding.part.*` text. */
  const wrong = (key: string, node: YamlNode | null, expected: FindingKey): void => {
    ok = false;
    diags.error('frontmatter-type', at(node?.range?.[0]), { key: 'finding.frontmatter-type', vars: { key }, parts: { expected } },
      { key: 'finding.hint.frontmatter-type', vars: { key }, parts: { expected } });
  };
  let keywordsAt: { v: string; at: SourceRef }[] = [];
  for (const pair of contents.items as Pair<YamlNode, YamlNode | null>[]) {
    const keyNode = pair.key;
    const key = isScalar(keyNode) ? String(keyNode.value) : String(keyNode);
    const keyAt = at(keyNode?.range?.[0]);
    const value = pair.value;
    if (!(FRONTMATTER_KEYS as readonly string[]).includes(key)) {
      const near = closest(key, [...FRONTMATTER_KEYS]);
      diags.warn('frontmatter-unknown-key', keyAt, { key: 'finding.frontmatter-unknown-key', vars: { key } },
        { key: 'finding.hint.frontmatter-keys', vars: { keys: FRONTMATTER_KEYS.join(', '), near } });
      continue;
    }
    fm.keyAt.set(key, keyAt);
    // An empty value (`parent:`) means "not set".
    if (value === null || (isScalar(value) && value.value === null)) continue;
    const valAt = at(value.range?.[0]);
    const str = (): string | undefined => {
      if (isScalar(value) && typeof value.value === 'string') return value.value.trim();
      wrong(key, value, 'finding.part.string');
      return undefined;
    };
    const strList = (): { v: string; at: SourceRef }[] | undefined => {
      if (!isSeq(value)) {
        wrong(key, value, 'finding.part.fm-strings');
        return undefined;
      }
      const out: { v: string; at: SourceRef }[] = [];
      for (const item of value.items as (YamlNode | null)[]) {
        if (isScalar(item) && typeof item.value === 'string' && item.value.trim() !== '') {
          out.push({ v: item.value.trim(), at: at(item.range?.[0]) });
        } else {
          wrong(key, item ?? value, 'finding.part.fm-nonempty-strings');
        }
      }
      return out;
    };
    switch (key) {
      case 'id': {
        const v = str();
        if (v === undefined) break;
        if (!ID_PATTERN.test(v)) {
          ok = false;
          diags.error('invalid-id', valAt, { key: 'finding.invalid-id', vars: { id: v } },
            { key: 'finding.hint.id-chars' });
        } else fm.id = v;
        break;
      }
      case 'title': case 'titleZh': case 'titleEn': case 'fieldPath': case 'owner': case 'statusReason': case 'summary': {
        const v = str();
        if (v !== undefined && v !== '') fm[key] = v;
        break;
      }
      case 'kind': {
        const v = str();
        if (v === undefined) break;
        if ((CONCEPT_KINDS as readonly string[]).includes(v)) fm.kind = v as ConceptKind;
        else {
          ok = false;
          diags.error('frontmatter-type', valAt, { key: 'finding.frontmatter-kind', vars: { kind: v, allowed: CONCEPT_KINDS.join(', ') } },
            { key: 'finding.hint.enum', vars: { allowed: CONCEPT_KINDS.join(', ') } });
        }
        break;
      }
      case 'status': {
        const v = str();
        if (v === undefined || v === '') break;
        fm.status = v;
        if (!STATUS_VALUES.includes(v)) {
          diags.warn('frontmatter-unknown-status', valAt, { key: 'finding.unknown-status', vars: { status: v, allowed: STATUS_VALUES.join(', ') } },
            { key: 'finding.hint.status' });
        }
        break;
      }
      case 'parent': {
        const v = str();
        if (v) fm.parent = { id: v, at: valAt };
        break;
      }
      case 'aliases': {
        const l = strList();
        if (l) fm.aliases = l.map((x) => x.v);
        break;
      }
      case 'keywords': {
        const l = strList();
        if (l) {
          fm.keywords = l.map((x) => x.v);
          keywordsAt = l;
        }
        break;
      }
      case 'prerequisites': case 'related': {
        const l = strList();
        if (l) fm[key] = l.map((x) => ({ id: x.v, at: x.at }));
        break;
      }
      case 'tags': case 'tag': {
        readTags(key, value, at, fm, diags);
        break;
      }
      case 'order': {
        if (isScalar(value) && typeof value.value === 'number' && Number.isFinite(value.value)) fm.order = value.value;
        else wrong(key, value, 'finding.part.number');
        break;
      }
      case 'transitions': {
        if (!isSeq(value)) {
          wrong(key, value, 'finding.part.fm-transitions');
          break;
        }
        for (const item of value.items as (YamlNode | null)[]) {
          if (!isMap(item)) {
            wrong(key, item ?? value, 'finding.part.fm-transitions');
            continue;
          }
          const to = item.get('to', true) as YamlNode | undefined;
          const label = item.get('label', true) as YamlNode | undefined;
          const itemAt = at(item.range?.[0]);
          if (!isScalar(to) || typeof to.value !== 'string' || to.value.trim() === '') {
            wrong('transitions[].to', to ?? item, 'finding.part.fm-concept-id');
            continue;
          }
          if (label !== undefined && !(isScalar(label) && (typeof label.value === 'string' || label.value === null))) {
            wrong('transitions[].label', label, 'finding.part.string');
            continue;
          }
          for (const p of item.items as Pair<YamlNode, YamlNode | null>[]) {
            const k = isScalar(p.key) ? String(p.key.value) : '';
            if (k !== 'to' && k !== 'label') {
              diags.warn('frontmatter-unknown-key', at(p.key?.range?.[0]), { key: 'finding.transition-unknown-key', vars: { key: k } },
                { key: 'finding.hint.transition-keys' });
            }
          }
          fm.transitions.push({
            to: to.value.trim(),
            label: isScalar(label) && typeof label.value === 'string' ? label.value.trim() : '',
            at: { ...itemAt, line: at(to.range?.[0]).line, column: at(to.range?.[0]).column },
          });
        }
        break;
      }
    }
  }
  warnKeywordNames(fm, keywordsAt, diags);
  return ok;
}

/**
 * A keyword that is also one of the note's names (its title, other-language title or an alias)
 * says two contradicting things: it is reported, and the name wins (the keyword is dropped).
 */
function warnKeywordNames(fm: Frontmatter, keywords: readonly { v: string; at: SourceRef }[], diags: DiagnosticSink): void {
  if (keywords.length === 0) return;
  const names = new Set([fm.title, fm.titleZh, fm.titleEn, ...(fm.aliases ?? [])].filter((n): n is string => n !== undefined).map(normKey));
  const kept: string[] = [];
  const seen = new Set<string>();
  for (const k of keywords) {
    const key = normKey(k.v);
    if (names.has(key)) {
      diags.warn('keyword-is-name', k.at, { key: 'finding.keyword-is-name', vars: { keyword: k.v } },
        { key: 'finding.hint.keyword-is-name' });
      continue;
    }
    if (seen.has(key)) continue;
    seen.add(key);
    kept.push(k.v);
  }
  if (kept.length > 0) fm.keywords = kept;
  else delete fm.keywords;
}
