/**
 * Stage `render`: HTML and headings of every concept note, the whole body of every free-form
 * note as a page of its own (note-body.ts: anchors on its passages, inline links to the concepts
 * it names), and the excerpts free-form notes give their concepts, each with the anchor of its
 * place on the note page (a passage also makes a `mentions` edge from the note's own concept).
 *
 * In `astro dev` (parse results kept between loads, parse-files.ts) what this stage rendered is
 * kept and used again when everything the rendering read is the same (`RenderMemo`); a build
 * renders everything, as it always did.
 */
import { createHash } from 'node:crypto';
import type { Root, RootContent } from 'mdast';
import { addFileConcept, type BuildContext } from '../build-context.ts';
import { assignHeadingIds, clip, plainText, renderHtml, textOf } from '../markdown.ts';
import type { Excerpt, SourceRef } from '../model.ts';
import { mergeCopies, sourceBesideCopies } from '../excerpts.ts';
import { renderNoteBody, type MentionLinkOptions, type NotePassageRef, type NotePoint } from '../note-body.ts';
import { HEAD_NOUN_KEY, HEAD_NOUNS, notThatSort } from '../miner/mentions.ts';
import { kindsOfNote, namesOtherKindsField } from '../miner/mention-owner.ts';
import { BASE_PLACEHOLDER, conceptHref } from '../links.ts';
import { noteIdCandidates, type Passage } from '../mining.ts';
import { keepingParsedFiles } from '../parse-files.ts';
import { sameData } from '../same-data.ts';
import type { ParseCache } from '../disk-cache.ts';

/**
 * What the last load rendered, for the dev server's next load. Rendering is a function of the
 * tree it is given (after the link, examples and cards stages changed it: rewritten links,
 * example ids, folded cards, and for a concept body the heading ids) and, for a note page, of the
 * answers to the concept lookups `linkConceptMentions` made and of where its passages start. So
 * an entry is used again only when those are the same: the tree, compared node by node with the
 * last load's tree (`sameData`: the same keys in the same order, the same values; mdast trees are
 * plain JSON data, and a build with parse workers gets them through JSON and renders the same),
 * the passages' first blocks, and every name looked up, asked again, giving the same answer (the
 * lookups depend only on the tree and the earlier answers, so the same answers mean the same
 * calls). The last load's trees are kept as they were when they were rendered: nothing changes
 * a tree after its rendering (renderNoteBody works on a copy; the stages after this one only
 * read them) and the next load's trees are fresh copies (parse-files.ts `copyKept`), whose
 * positions are the same frozen objects, so most of a comparison is `===`. Entries not used in a
 * load are dropped with it.
 */
interface RenderMemo {
  /** Concept note file → its body's blocks (heading ids assigned) and their HTML. */
  bodies: Map<string, { tree: readonly RootContent[]; html: string }>;
  /** Free-form note file → its page. */
  pages: Map<string, PageMemo>;
  /** A passage by its file and place (`excerptKey`) → its blocks, its excerpt's HTML and text. */
  excerpts: Map<string, { blocks: readonly RootContent[]; html: string; text: string }>;
  /** A concept's excerpts' files and texts → which are copies of which (excerpts.ts `mergeCopies`). */
  copies: Map<string, number[]>;
}

interface PageMemo {
  tree: Root;
  /** Type and start of each passage's first block, and the places of the note's mentions, as JSON. */
  firsts: string;
  /** Every name looked up while linking mentions, in order, and the answer. */
  names: string[];
  answers: (string | undefined)[];
  html: string;
  /** The anchor of each passage (by index), if it got one. */
  anchors: (string | undefined)[];
}

/** By content folder (absolute), while parse results are kept. */
const memos = new Map<string, RenderMemo>();

/** Renders counted by kind, for tests: `fresh` rendered in this load, `kept` reused from the last. */
export const renderCounts = { fresh: 0, kept: 0 };

export function renderNotes(ctx: BuildContext): void {
  const { nodes } = ctx;
  // Dev server: what the last load rendered, and what this one renders, for the next.
  if (!keepingParsedFiles()) memos.clear();
  const last = memos.get(ctx.root);
  const next: RenderMemo | undefined = keepingParsedFiles() ? { bodies: new Map(), pages: new Map(), excerpts: new Map(), copies: new Map() } : undefined;
  // A build with the disk cache (not the dev server, which keeps its memo in memory): renderings
  // stored as render entries, keyed by everything they read (`renderKey`, perf56).
  const store = next ? undefined : ctx.parseCache;
  // One passage often explains several concepts (a table of phases, a list of fields): render it once.
  const cache = new Map<RootContent, Map<string, { html: string; text: string }>>();
  const rendered = (file: string, blocks: RootContent[], stored = true) => {
    const first = blocks[0]!;
    const key = `${blocks.length}:${blocks[blocks.length - 1]!.position?.end.offset ?? ''}`;
    let byKey = cache.get(first);
    if (!byKey) cache.set(first, (byKey = new Map()));
    let r = byKey.get(key);
    if (!r) {
      if (next) {
        const at = excerptKey(file, blocks);
        const before = last?.excerpts.get(at);
        let kept: { blocks: readonly RootContent[]; html: string; text: string };
        if (before && sameData(before.blocks, blocks)) {
          kept = before;
          renderCounts.kept++;
        } else {
          kept = { blocks, html: renderHtml(blocks), text: plainText(blocks) };
          renderCounts.fresh++;
        }
        // Two renderings of one place in one load are of the same blocks (one tree per file).
        next.excerpts.set(at, kept);
        r = { html: kept.html, text: kept.text };
      } else if (store && stored) {
        const key = renderKey('excerpt', JSON.stringify(blocks));
        const hit = store.renderLookup<{ html: string; text: string }>(key);
        if (hit && typeof hit.html === 'string' && typeof hit.text === 'string') r = { html: hit.html, text: hit.text };
        else {
          r = { html: renderHtml(blocks), text: plainText(blocks) };
          store.renderWrite(key, r);
        }
      } else {
        r = { html: renderHtml(blocks), text: plainText(blocks) };
      }
      byKey.set(key, r);
    }
    return r;
  };
  for (const node of nodes.values()) {
    if (!node.doc) continue;
    const tree = node.doc.tree;
    const children = [...tree.children];
    const firstBlock = children.findIndex((c) => c.type !== 'html' && c.type !== 'definition');
    if (firstBlock !== -1 && children[firstBlock]!.type === 'heading' && (children[firstBlock] as { depth: number }).depth === 1) {
      children.splice(firstBlock, 1);
    }
    const bodyTree: Root = { type: 'root', children };
    node.headings = assignHeadingIds(bodyTree);
    if (next) {
      const before = last?.bodies.get(node.doc.file);
      if (before && sameData(before.tree, children)) {
        node.body = before.html;
        renderCounts.kept++;
      } else {
        node.body = renderHtml(bodyTree);
        renderCounts.fresh++;
      }
      next.bodies.set(node.doc.file, { tree: children, html: node.body });
    } else if (store) {
      const key = renderKey('body', JSON.stringify(children));
      const hit = store.renderLookup<string>(key);
      if (typeof hit === 'string') node.body = hit;
      else {
        node.body = renderHtml(bodyTree);
        store.renderWrite(key, node.body);
      }
    } else {
      node.body = renderHtml(bodyTree);
    }
    if (node.summary === undefined) {
      const para = children.find((c) => c.type === 'paragraph');
      if (para) node.summary = clip(textOf(para));
    }
    addFileConcept(ctx, node.doc.file, node.id);
  }
  const links = {
    lookup: (asked: string) => {
      // (fix29: `pause 容器` asks for `pause` followed by the noun: a concept not of that sort is no mention)
      const [name, noun] = asked.split(HEAD_NOUN_KEY) as [string, string | undefined];
      const id = ctx.index.lookup([name]);
      if (id === undefined || id === ctx.rootId || !nodes.has(id)) return undefined;
      const head = noun === undefined ? undefined : HEAD_NOUNS.find((h) => h.noun === noun);
      const n = nodes.get(id)!;
      return head && notThatSort(head, [n.title, n.titleZh ?? '', n.titleEn ?? '', ...n.aliases]) ? undefined : id;
    },
    href: (id: string) => conceptHref(id),
    targetOf: (href: string) => (href.startsWith(CONCEPT_PREFIX) ? href.slice(CONCEPT_PREFIX.length).split(/[/#]/)[0] : undefined),
  };
  // Where each note mentions or links a concept or note, and its findings so far (a dangling link, a
  // missing image): the blocks its backlinks and its page's findings list link to get an anchor.
  const mentions = new Map<string, NotePoint[]>();
  const mark = (file: string, at: NotePoint): void => {
    const list = mentions.get(file);
    if (list) list.push({ line: at.line, column: at.column });
    else mentions.set(file, [{ line: at.line, column: at.column }]);
  };
  for (const m of ctx.mentionContexts) mark(m.source.file, m.source);
  for (const d of ctx.diags.items) mark(d.file, d);
  // A Logseq block named by `id::` is the target of block references: its place gets its line's anchor too (logseq.ts).
  for (const doc of ctx.docs) for (const b of doc.logseqBlocks ?? []) mark(doc.file, b);
  for (const doc of ctx.docs) {
    if (doc.role !== 'note') continue;
    const home = ctx.noteHome.get(doc.file);
    if (home) addFileConcept(ctx, doc.file, home);
    const passages = ctx.notePassages.get(doc.file) ?? [];
    const refs = passages.map((p) => ({ first: p.blocks[0]! }));
    const points = mentions.get(doc.file) ?? [];
    // (lead37: a field named in the note is the field of the note's own kinds, not another kind's concept of that name: miner/mention-owner.ts)
    const kinds = kindsOfNote(ctx.fences.get(doc.file) ?? [], home ? nodes.get(home) : undefined);
    const noteLinks: MentionLinkOptions = kinds.size === 0 ? links : {
      ...links,
      lookup: (asked: string) => {
        const id = links.lookup(asked);
        return id !== undefined && namesOtherKindsField(asked.split(HEAD_NOUN_KEY)[0]!, nodes.get(id), () => kinds) ? undefined : id;
      },
    };
    const page: NotePage = next
      ? notePage(doc.file, doc.tree, refs, points, noteLinks, last, next)
      : store
        ? storedNotePage(doc.file, doc.tree, refs, passages.map((p) => topSpan(doc.tree, p.blocks)), points, noteLinks, store)
        : renderNoteBody(doc.tree, refs.filter((r) => r.first !== undefined), noteLinks, points);
    const note = ctx.notes.get(doc.file);
    if (note) note.body = page.html;
    // perf70: a passage that is a run of the note's top-level blocks is rendered with the page's entry
    // (`storedNotePage`): taken from it when the page's entry was found, else rendered and stored with it.
    const withPage = page.excerpts ? passages.map((p, i) => {
      if (!page.spans![i]) return undefined;
      const kept = page.excerpts![i];
      if (kept) {
        pageExcerptCounts.taken++;
        return kept;
      }
      pageExcerptCounts.rendered++;
      return rendered(doc.file, p.blocks, false);
    }) : undefined;
    page.store?.(withPage!.map((e) => e ?? null));
    passages.forEach((p, i) => {
      const node = nodes.get(p.conceptId)!;
      const { html, text } = withPage?.[i] ?? rendered(doc.file, p.blocks);
      const ex: Excerpt & { blocks: RootContent[] } = { source: excerptStart(doc.file, p), html, text, blocks: p.blocks };
      if (p.heading !== undefined) ex.heading = p.heading;
      const anchor = page.anchors.get(refs[i]!);
      if (anchor !== undefined) ex.anchor = anchor;
      node.excerpts.push(ex);
      addFileConcept(ctx, doc.file, p.conceptId);
      if (home && home !== p.conceptId) {
        ctx.mentionLinks.push({ from: home, link: { to: p.conceptId, label: nodes.get(p.conceptId)!.title, at: p.at } });
      }
    });
  }
  reportSlugClashes(ctx);
  const copies = next ? { ...(last ? { last: last.copies } : {}), next: next.copies } : undefined;
  for (const node of nodes.values()) {
    if (node.excerpts.length < 2) continue;
    node.excerpts = mergeCopies(node.excerpts, copies);
    // (reader11: a concept first mined from a draft comes from the note its excerpt is shown from;
    // site44: also when the draft's passage is no copy, from the written note's)
    node.source = sourceBesideCopies(node.source, node.excerpts);
  }
  if (ctx.mapDoc) for (const item of ctx.mapSeen.values()) addFileConcept(ctx, ctx.mapDoc.file, item.id);
  if (next) memos.set(ctx.root, next);
}

/**
 * A free-form note's page (`renderNoteBody`), or the last load's when the note's tree, its
 * passages' first blocks and the answers to every lookup it made are the same (`RenderMemo`).
 */
function notePage(file: string, tree: Root, refs: NotePassageRef[], points: readonly NotePoint[], links: MentionLinkOptions, last: RenderMemo | undefined, next: RenderMemo): { html: string; anchors: Map<NotePassageRef, string> } {
  const firsts = JSON.stringify([refs.map((r) => (r.first === undefined ? null : [r.first.type, r.first.position?.start ?? null])), points.map((p) => [p.line, p.column])]);
  const before = last?.pages.get(file);
  if (before && before.firsts === firsts && sameData(before.tree, tree) && before.names.every((name, i) => links.lookup(name) === before.answers[i])) {
    next.pages.set(file, before);
    renderCounts.kept++;
    const anchors = new Map<NotePassageRef, string>();
    before.anchors.forEach((a, i) => {
      if (a !== undefined) anchors.set(refs[i]!, a);
    });
    return { html: before.html, anchors };
  }
  const names: string[] = [];
  const answers: (string | undefined)[] = [];
  const recording: MentionLinkOptions = {
    ...links,
    lookup: (name) => {
      const id = links.lookup(name);
      names.push(name);
      answers.push(id);
      return id;
    },
  };
  const page = renderNoteBody(tree, refs.filter((r) => r.first !== undefined), recording, points);
  renderCounts.fresh++;
  next.pages.set(file, { tree, firsts, names, answers, html: page.html, anchors: refs.map((r) => page.anchors.get(r)) });
  return page;
}

/**
 * The name of a render entry (perf56): a hash of what kind of rendering it is and of everything
 * it reads — the blocks as JSON (after the link, examples and cards stages changed them, and for
 * a concept body with its heading ids; mdast trees are plain JSON data, so equal JSON renders
 * equal HTML), and for a note page its file, its passages' first blocks and its mentions' places.
 * A note page's concept lookups are not in the name: they are asked again (`storedNotePage`).
 */
function renderKey(kind: 'body' | 'excerpt' | 'page', ...parts: string[]): string {
  const h = createHash('sha1').update(`k8smap-render 1 ${kind}\0`);
  for (const p of parts) h.update(p).update('\0');
  return h.digest('hex');
}

/** A stored note page: as `PageMemo`, without the tree (its hash names the entry). */
interface StoredPage {
  names: string[];
  answers: (string | null)[];
  html: string;
  anchors: (string | null)[];
  /**
   * perf70: by passage, the excerpt of a passage that is a run of the tree's top-level blocks
   * (`topSpan`), else null. The entry's name hashes the tree and these runs, so the same name
   * means the same blocks, and an excerpt reads nothing but its blocks (`rendered`).
   */
  excerpts: ({ html: string; text: string } | null)[];
}

/** A note's page as the render stage uses it; from `storedNotePage`, its passages' excerpts too. */
interface NotePage {
  html: string;
  anchors: Map<NotePassageRef, string>;
  /** By passage: where it sits among the tree's top-level blocks (`topSpan`). */
  spans?: readonly ([number, number] | undefined)[];
  /** By passage: its excerpt taken from the page's entry (null: to be rendered); set only with `spans`. */
  excerpts?: readonly ({ html: string; text: string } | null)[];
  /** Stores the page's entry with its passages' excerpts (null where a passage has no span), when it was rendered afresh. */
  store?: (excerpts: ({ html: string; text: string } | null)[]) => void;
}

/** Excerpts by how `renderNotes` got them, for tests: taken from a note page's entry, rendered with it. */
export const pageExcerptCounts = { taken: 0, rendered: 0 };

/**
 * Where `blocks` sit in `tree`: [index of the first top-level block, how many], when they are
 * consecutive top-level blocks of the tree (the objects themselves), else undefined.
 */
function topSpan(tree: Root, blocks: readonly RootContent[]): [number, number] | undefined {
  if (blocks.length === 0) return undefined;
  const at = tree.children.indexOf(blocks[0]!);
  if (at === -1) return undefined;
  for (let i = 1; i < blocks.length; i++) if (tree.children[at + i] !== blocks[i]) return undefined;
  return [at, blocks.length];
}

/**
 * A free-form note's page from its render entry when the note's tree, its passages' first blocks
 * and its mentions' places hash to the entry's name (`renderKey`) and every concept lookup the
 * stored rendering made, asked again in order, gets the same answer (the lookups depend only on
 * the tree and the earlier answers: `RenderMemo`); else rendered, and stored under that name.
 */
function storedNotePage(file: string, tree: Root, refs: NotePassageRef[], spans: readonly ([number, number] | undefined)[], points: readonly NotePoint[], links: MentionLinkOptions, store: ParseCache): NotePage {
  const firsts = JSON.stringify([refs.map((r) => (r.first === undefined ? null : [r.first.type, r.first.position?.start ?? null])), points.map((p) => [p.line, p.column])]);
  const key = renderKey('page', file, firsts, JSON.stringify(spans.map((s) => s ?? null)), JSON.stringify(tree));
  const hit = store.renderLookup<StoredPage>(key);
  // (perf70: the excerpts in an entry are the same whatever the lookups answer: a stale page keeps them)
  let excerpts: ({ html: string; text: string } | null)[] = spans.map(() => null);
  if (hit && Array.isArray(hit.names) && Array.isArray(hit.answers) && Array.isArray(hit.anchors) && typeof hit.html === 'string' && hit.anchors.length === refs.length
    && Array.isArray(hit.excerpts) && hit.excerpts.length === spans.length && hit.excerpts.every((e, i) => (e === null) === (spans[i] === undefined) && (e === null || (typeof e.html === 'string' && typeof e.text === 'string')))) {
    excerpts = hit.excerpts;
    if (hit.names.every((name, i) => (links.lookup(name) ?? null) === hit.answers[i])) {
      const anchors = new Map<NotePassageRef, string>();
      hit.anchors.forEach((a, i) => {
        if (a !== null) anchors.set(refs[i]!, a);
      });
      return { html: hit.html, anchors, spans, excerpts };
    }
    store.renderStale(key);
  } else if (hit) store.renderStale(key);
  const names: string[] = [];
  const answers: (string | null)[] = [];
  const recording: MentionLinkOptions = {
    ...links,
    lookup: (name) => {
      const id = links.lookup(name);
      names.push(name);
      answers.push(id ?? null);
      return id;
    },
  };
  const page = renderNoteBody(tree, refs.filter((r) => r.first !== undefined), recording, points);
  const anchors = refs.map((r) => page.anchors.get(r) ?? null);
  return {
    ...page,
    spans,
    excerpts,
    store: (made) => store.renderWrite(key, { names, answers, html: page.html, anchors, excerpts: made } satisfies StoredPage),
  };
}

/**
 * Where an excerpt starts: its first block, the block its anchor on the note's page marks. Not the
 * place the miner found the concept (`Passage.at`, kept as the concept's provenance): that is the
 * section's heading when the heading names the concept (`## PVC 和 StorageClass`) or a row of a
 * table, above the first block the excerpt shows, and its source label then named another line
 * than the anchor it linked to (`存储卷声明.md:3` → `#L5`).
 */
function excerptStart(file: string, p: Passage): SourceRef {
  const start = p.blocks[0]?.position?.start;
  return start ? { file, line: start.line, column: start.column } : p.at;
}

/** Where a passage is: its file, the start of its first block, the end of its last, how many blocks. */
function excerptKey(file: string, blocks: readonly RootContent[]): string {
  return `${file}\0${blocks[0]!.position?.start.offset ?? ''}:${blocks[blocks.length - 1]!.position?.end.offset ?? ''}:${blocks.length}`;
}

const CONCEPT_PREFIX = `${BASE_PLACEHOLDER}concepts/`;

/**
 * Two notes whose paths give the same slug (they differ only in punctuation, spaces or case:
 * `调度/亲和性.md` and `调度 亲和性.md`) cannot both have the page `notes/<slug>/`: the first by
 * path keeps it, the others get `<slug>-<hash of the path>` (mining.ts `noteId`). Say so, so the
 * writer can rename one and get a readable URL back.
 */
function reportSlugClashes(ctx: BuildContext): void {
  const bySlug = new Map<string, string>();
  for (const n of ctx.notes.values()) bySlug.set(n.id, n.file);
  for (const n of ctx.notes.values()) {
    // qa52: a Notion page that keeps its page id in its URL (another page of its name took the one without) is no clash
    const readable = noteIdCandidates(n.file);
    if (readable.includes(n.id)) continue;
    const wanted = readable[0]!;
    const holder = bySlug.get(wanted) ?? '?';
    ctx.diags.warn('note-slug-clash', { file: n.file, line: 1, column: 1 },
      { key: 'finding.note-slug-clash', vars: { wanted, holder, id: n.id } },
      { key: 'finding.hint.note-slug-clash' });
  }
}
