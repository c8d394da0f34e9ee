/**
 * `loadGraph(contentDir)`: read every file of the content folder and build the one typed,
 * validated, deterministic Graph. Stages:
 *   read → parse (frontmatter, mdast) → concepts from notes → map tree → mine free-form notes
 *   → links → YAML examples → render HTML → validate references → edges → layout → sort.
 */
import path from 'node:path';
import { stat } from 'node:fs/promises';
import type { Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { closest } from 'fastest-levenshtein';
import {
  GRAPH_SCHEMA_VERSION,
  type Concept,
  type ConceptKind,
  type Diagnostic,
  type Edge,
  type Excerpt,
  type FileRecord,
  type Graph,
  type SourceRef,
  type YamlExample,
} from './model.ts';
import { DiagnosticSink, compareDiagnostics } from './diagnostics.ts';
import { classify, listContentFiles } from './files.ts';
import type { Frontmatter, RefAt } from './frontmatter.ts';
import { assignHeadingIds, clip, plainText, renderHtml } from './markdown.ts';
import { assignMapIds, parseMapOutline, walkMap, type MapItem } from './map-outline.ts';
import { hasCjk, idFor, normKey, splitBilingual } from './labels.ts';
import { NameIndex } from './names.ts';
import { minePassages, noteTitleCandidates, type Passage } from './mining.ts';
import { rewriteLinks, type FoundLink, type LinkContext } from './links.ts';
import { codeNodes } from './fences.ts';
import { parseFiles } from './parse-files.ts';
import type { ParseJob, ParseRole } from './parse-file.ts';
import { buildExample } from './examples.ts';
import { assetRefusal } from './asset-safety.ts';
import { mapLayout, type MapLayout } from './layout.ts';
import { compareStrings, hash8, uniqueSorted } from './util.ts';

export interface LoadOptions {
  /** Compute map positions (default true). */
  layout?: boolean;
  /** Parse in worker threads: a count, true/false; default automatic (only for large folders). Env: K8SMAP_GRAPH_WORKERS. */
  workers?: number | boolean;
}

/** A parsed Markdown file. */
interface Doc {
  file: string;
  role: 'map' | 'concept' | 'note';
  text: string;
  tree: Root;
  fm: Frontmatter;
  hasFrontmatter: boolean;
  status: 'ok' | 'error';
}

/** A concept while the graph is built. */
interface Node {
  id: string;
  title: string;
  titleZh?: string;
  titleEn?: string;
  aliases: string[];
  kind?: ConceptKind;
  fieldPath?: string;
  status?: string;
  statusReason?: string;
  summary?: string;
  order?: number;
  doc?: Doc;
  map?: MapItem;
  mapParent?: string;
  fmParent?: RefAt;
  source: SourceRef;
  /** Final tree parent (only for concepts connected to the root). */
  parent?: string;
  parentAt?: SourceRef;
  children: Node[];
  inTree: boolean;
  rank: number;
  ancestors: string[];
  branch: string;
  isTerm: boolean;
  /** For terms: the note concept it was found under (for branch and mentions). */
  home?: string;
  excerpts: (Excerpt & { blocks: RootContent[] })[];
  examples: Set<string>;
  body: string;
  headings: Concept['headings'];
}

const SYNTHETIC_ROOT = 'root';

export async function loadGraph(contentDir: string, opts: LoadOptions = {}): Promise<Graph> {
  const diags = new DiagnosticSink();
  const root = path.resolve(contentDir);

  // ---- read ---------------------------------------------------------------------------------
  let files: string[] = [];
  try {
    const st = await stat(root);
    if (!st.isDirectory()) throw Object.assign(new Error('not a directory'), { code: 'ENOTDIR' });
    files = await listContentFiles(root);
  } catch (err) {
    diags.error('content-missing', { file: '.', line: 1, column: 1 },
      `content folder cannot be read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`,
      'Pass an existing folder with --content, or set contentDir in skillmap.config.json / K8SMAP_CONTENT_DIR.');
  }
  const fileSet = new Set(files);
  const records = new Map<string, FileRecord>();
  for (const f of files) records.set(f, { file: f, role: classify(f), status: 'ok', concepts: [] });

  const toRead = files.filter((f) => {
    const role = records.get(f)!.role;
    if (role === 'ignored' && /\.(md|markdown)$/i.test(f) && !/(^|\/)readme\.(md|markdown)$/i.test(f)) {
      diags.warn('unclassified-note', { file: f, line: 1, column: 1 },
        'Markdown file outside map.md, concepts/ and notes/ (ignored)',
        'Move it into concepts/ (one concept with frontmatter) or notes/ (free-form chapter notes).');
    }
    return role === 'map' || role === 'concept' || role === 'note';
  });

  // ---- parse (per file, possibly in worker threads) -----------------------------------------
  const jobs: ParseJob[] = toRead.map((f) => ({ file: f, role: records.get(f)!.role as ParseRole }));
  const parsed = await parseFiles(root, jobs, opts.workers !== undefined ? { workers: opts.workers } : {});
  const docs: Doc[] = [];
  let mapDoc: Doc | undefined;
  for (const p of parsed) {
    for (const d of p.diagnostics) diags.items.push(d);
    records.get(p.file)!.status = p.status;
    if (!p.readable) continue;
    const doc: Doc = { file: p.file, role: p.role, text: p.body, tree: p.tree, fm: p.fm, hasFrontmatter: p.hasFrontmatter, status: p.status };
    if (p.role === 'map') mapDoc = doc;
    else docs.push(doc);
  }

  // ---- concepts from concept notes ----------------------------------------------------------
  const nodes = new Map<string, Node>();
  const noteConcept = new Map<string, string>(); // concept note file → id
  for (const doc of docs) {
    if (doc.role !== 'concept') continue;
    const fm = doc.fm;
    const stem = fileStem(doc.file);
    const h1 = firstH1(doc.tree);
    let id = fm.id;
    if (id === undefined) {
      id = idFor(stem, 'concept');
      if (!fm.keyAt.has('id') && id.startsWith('concept-')) {
        diags.warn('generated-id', { file: doc.file, line: 1, column: 1 },
          `no id and the file name has no Latin letters; using "${id}"`,
          'Add `id: some-name` to the frontmatter for a readable URL.');
      }
    }
    const existing = nodes.get(id);
    if (existing) {
      diags.error('duplicate-id', fm.keyAt.get('id') ?? { file: doc.file, line: 1, column: 1 },
        `duplicate concept id "${id}" (already defined in ${existing.source.file}:${existing.source.line})`,
        'Give each concept note its own id.');
      doc.status = 'error';
      records.get(doc.file)!.status = 'error';
      noteConcept.set(doc.file, id);
      continue;
    }
    // Without a frontmatter title, a bilingual heading `Sidecar（边车容器）` gives both names.
    const named = fm.title === undefined ? splitBilingual(h1 ?? stem) : undefined;
    const title = fm.title ?? (named!.en && named!.zh && named!.en !== named!.zh ? named!.en : named!.label);
    const node = newNode(id, title, { file: doc.file, line: 1, column: 1 });
    node.doc = doc;
    if (fm.titleZh) node.titleZh = fm.titleZh;
    else if (named?.zh && named.zh !== title) node.titleZh = named.zh;
    if (fm.titleEn) node.titleEn = fm.titleEn;
    else if (named?.en && named.en !== named.zh) node.titleEn = named.en;
    if (fm.aliases) node.aliases = fm.aliases;
    if (fm.kind) node.kind = fm.kind;
    if (fm.fieldPath) node.fieldPath = fm.fieldPath;
    if (fm.status) node.status = fm.status;
    if (fm.statusReason) node.statusReason = fm.statusReason;
    if (fm.summary) node.summary = fm.summary;
    if (fm.order !== undefined) node.order = fm.order;
    if (fm.parent) node.fmParent = fm.parent;
    nodes.set(id, node);
    noteConcept.set(doc.file, id);
  }

  // ---- the map tree -------------------------------------------------------------------------
  let rootId = SYNTHETIC_ROOT;
  let mapItems: MapItem[] = [];
  if (mapDoc) {
    const tops = parseMapOutline(mapDoc.tree, mapDoc.file, diags);
    if (tops.length === 0) {
      diags.error('map-empty', { file: mapDoc.file, line: 1, column: 1 }, 'map.md has no bullet list',
        'Write the map as a nested bullet list; the first item is the root.');
      mapDoc.status = 'error';
      records.get(mapDoc.file)!.status = 'error';
    } else {
      const [first, ...rest] = tops;
      for (const extra of rest) {
        diags.warn('map-extra-root', extra.at, `"${extra.label}" is a second top-level item; placed under the root`,
          'Indent it under the first item: the map has one root.');
        extra.index = first!.children.length;
        first!.children.push(extra);
      }
      mapItems = [first!];
      assignMapIds(mapItems, (item) => {
        if (item.link === undefined) return undefined;
        const url = item.link;
        if (/^[a-z][a-z0-9+.-]*:|^#|^\//i.test(url)) return undefined;
        let rel = url.split('#')[0]!.split('?')[0]!;
        try {
          rel = decodeURIComponent(rel);
        } catch {
          /* as written */
        }
        rel = path.posix.normalize(rel);
        const id = noteConcept.get(rel);
        if (id === undefined) {
          const near = closest(rel, [...noteConcept.keys()].length ? [...noteConcept.keys()] : ['']);
          diags.error('dangling-reference', item.linkAt ?? item.at, `map item links to ${rel}, which is not a concept note`,
            near ? `Did you mean ${near}? Paths are relative to the content folder.` : 'Link to a file under concepts/.');
        }
        return id;
      });
      rootId = first!.id;
    }
  } else {
    diags.warn('map-missing', { file: 'map.md', line: 1, column: 1 }, 'no map.md: concept notes without a parent hang under a generated root',
      'Create map.md with a nested bullet list (see docs/content-format.md).');
  }

  const mapSeen = new Map<string, MapItem>();
  walkMap(mapItems, (item, parent) => {
    if (mapSeen.has(item.id)) {
      const first = mapSeen.get(item.id)!;
      diags.error('duplicate-id', item.at,
        `map id "${item.id}" is used twice (first at ${first.at.file}:${first.at.line})`,
        'Give one of them a different {#id}; a concept can appear on the map only once.');
      item.id = `${item.id}-${item.at.line}`;
    }
    mapSeen.set(item.id, item);
    let node = nodes.get(item.id);
    if (!node) {
      node = newNode(item.id, item.en ?? item.zh ?? item.label, item.at);
      // `dockershim（Docker）`: keep the gloss findable.
      if (!item.zh && item.en && item.en !== item.label) node.aliases = [item.label];
      nodes.set(item.id, node);
    }
    node.map = item;
    if (parent) {
      node.mapParent = parent.id;
      node.parentAt = item.at;
    }
    if (!node.titleZh && item.zh) node.titleZh = item.zh;
    if (!node.titleEn && item.en) node.titleEn = item.en;
    if (!node.kind && item.kind) node.kind = item.kind;
    if (!node.status && item.status) {
      node.status = item.status;
      if (item.statusReason) node.statusReason = item.statusReason;
    }
  });
  if (!nodes.has(rootId)) {
    const n = newNode(rootId, 'Kubernetes', { file: 'map.md', line: 1, column: 1 });
    n.titleZh = '技能图谱';
    nodes.set(rootId, n);
  }

  // Tree parents: the map wins; else the note's `parent:`.
  for (const node of sortedNodes(nodes)) {
    if (node.id === rootId) continue;
    if (node.mapParent !== undefined) {
      if (node.fmParent && node.fmParent.id !== node.mapParent) {
        diags.warn('parent-conflict', node.fmParent.at,
          `parent "${node.fmParent.id}" differs from the map, where "${node.id}" sits under "${node.mapParent}" (the map wins)`,
          'Remove `parent:` or make it match map.md.');
      }
      node.parent = node.mapParent;
      continue;
    }
    if (node.fmParent) {
      if (nodes.has(node.fmParent.id)) {
        node.parent = node.fmParent.id;
        node.parentAt = node.fmParent.at;
      } else {
        diags.error('dangling-reference', node.fmParent.at, `parent "${node.fmParent.id}" is not a concept`,
          hintClosest(node.fmParent.id, nodes));
      }
      continue;
    }
    if (node.doc && !mapDoc) {
      node.parent = rootId;
      node.parentAt = node.source;
    } else if (node.doc) {
      diags.warn('not-on-map', node.source, `concept "${node.id}" is not on the map`,
        'List it in map.md or give it a `parent:` in its frontmatter.');
    }
  }
  for (const node of sortedNodes(nodes)) {
    if (node.parent !== undefined) nodes.get(node.parent)!.children.push(node);
  }
  const treeOrder = connectTree(nodes, rootId, diags);

  // ---- name index & mining of free-form notes ----------------------------------------------
  const index = new NameIndex();
  for (const node of sortedNodes(nodes)) index.add(named(node));
  const notePassages = new Map<string, Passage[]>();
  const noteHome = new Map<string, string | null>();
  for (const doc of docs) {
    if (doc.role !== 'note') continue;
    const homeId = index.lookup(noteTitleCandidates(doc.tree, fileStem(doc.file), doc.fm.title));
    noteHome.set(doc.file, homeId ?? null);
    const branch = homeId ? nodes.get(homeId)!.branch : undefined;
    const passages = minePassages(doc.tree, {
      file: doc.file,
      ...(branch !== undefined ? { branch } : {}),
      lookup: (cands) => index.lookup(cands, branch),
      createTerm: (label, at) => {
        const node = createTerm(label, at, nodes);
        node.branch = branch ?? rootId;
        if (homeId) node.home = homeId;
        nodes.set(node.id, node);
        index.add(named(node));
        return node.id;
      },
    });
    notePassages.set(doc.file, dedupePassages(passages));
  }
  const noteFiles = new Set(docs.map((d) => d.file));

  // ---- links --------------------------------------------------------------------------------
  const allIds = [...nodes.keys()].sort(compareStrings);
  const mentionLinks: { from: string; link: FoundLink }[] = [];
  const assets = new Set<string>();
  for (const doc of docs) {
    if (doc.role === 'concept' && !noteConcept.has(doc.file)) continue;
    const ctx: LinkContext = {
      file: doc.file,
      diags,
      resolveWiki: (t) => (nodes.has(t) ? t : index.lookup([t])),
      titleOf: (id) => nodes.get(id)?.title ?? id,
      noteTarget: (rel) => {
        if (noteConcept.has(rel)) return noteConcept.get(rel)!;
        if (noteHome.has(rel)) return noteHome.get(rel) ?? null;
        if (fileSet.has(rel) && /\.(md|markdown)$/i.test(rel)) return null;
        return undefined;
      },
      fileExists: (rel) => fileSet.has(rel) && !noteFiles.has(rel),
      assetRefusal: (rel) => assetRefusal(root, rel),
      ids: () => allIds,
      danglingSeverity: doc.role === 'concept' ? 'error' : 'warning',
    };
    const res = rewriteLinks(doc.tree, ctx);
    for (const a of res.assets) assets.add(a);
    if (doc.role === 'concept') {
      const from = noteConcept.get(doc.file)!;
      if (nodes.get(from)?.doc === doc) for (const l of res.links) mentionLinks.push({ from, link: l });
    } else {
      const passages = notePassages.get(doc.file) ?? [];
      const home = noteHome.get(doc.file) ?? undefined;
      for (const l of res.links) {
        const p = passages.find((x) => l.at.line >= x.at.line && l.at.line <= x.endLine);
        const from = p?.conceptId ?? home;
        if (from) mentionLinks.push({ from, link: l });
      }
    }
  }
  for (const a of assets) {
    const rec = records.get(a);
    if (rec && rec.role === 'ignored') rec.role = 'asset';
  }

  // ---- YAML examples ------------------------------------------------------------------------
  const byFieldPath = new Map<string, string[]>();
  for (const node of sortedNodes(nodes)) {
    if (!node.fieldPath) continue;
    const list = byFieldPath.get(node.fieldPath) ?? [];
    list.push(node.id);
    byFieldPath.set(node.fieldPath, list);
  }
  const conceptFor = (fp: string): readonly string[] => byFieldPath.get(fp) ?? [];
  const examples: YamlExample[] = [];
  const fileConcepts = new Map<string, Set<string>>();
  const addFileConcept = (file: string, id: string): void => {
    const s = fileConcepts.get(file) ?? new Set<string>();
    s.add(id);
    fileConcepts.set(file, s);
  };
  for (const doc of docs) {
    const ownId = doc.role === 'concept' ? noteConcept.get(doc.file) : noteHome.get(doc.file) ?? undefined;
    if (doc.role === 'concept' && (!ownId || nodes.get(ownId)?.doc !== doc)) continue;
    const passages = notePassages.get(doc.file) ?? [];
    for (const code of codeNodes(doc.tree)) {
      const line = code.position?.start.line ?? 1;
      const extra = new Set<string>();
      if (ownId) extra.add(ownId);
      for (const p of passages) if (line >= p.at.line && line <= p.endLine) extra.add(p.conceptId);
      const ex = buildExample(code, doc.file, conceptFor, [...extra]);
      if (!ex) continue;
      examples.push(ex);
      for (const d of ex.diagnostics) diags.items.push(d);
      for (const id of ex.conceptIds) {
        nodes.get(id)?.examples.add(ex.id);
        addFileConcept(doc.file, id);
      }
    }
  }

  // ---- render -------------------------------------------------------------------------------
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
    node.body = renderHtml(bodyTree);
    if (node.summary === undefined) {
      const para = children.find((c) => c.type === 'paragraph');
      if (para) node.summary = clip(toString(para));
    }
    addFileConcept(node.doc.file, node.id);
  }
  for (const doc of docs) {
    if (doc.role !== 'note') continue;
    const home = noteHome.get(doc.file);
    if (home) addFileConcept(doc.file, home);
    for (const p of notePassages.get(doc.file) ?? []) {
      const node = nodes.get(p.conceptId)!;
      const ex: Excerpt & { blocks: RootContent[] } = {
        source: p.at,
        html: renderHtml(p.blocks),
        text: plainText(p.blocks),
        blocks: p.blocks,
      };
      if (p.heading !== undefined) ex.heading = p.heading;
      node.excerpts.push(ex);
      addFileConcept(doc.file, p.conceptId);
      if (home && home !== p.conceptId) {
        mentionLinks.push({ from: home, link: { to: p.conceptId, label: nodes.get(p.conceptId)!.title, at: p.at } });
      }
    }
  }
  if (mapDoc) for (const item of mapSeen.values()) addFileConcept(mapDoc.file, item.id);

  // ---- references, cycles, edges ------------------------------------------------------------
  const edges: Edge[] = [];
  const edgeKeys = new Set<string>();
  const addEdge = (e: Edge, key = `${e.type}\u0000${e.from}\u0000${e.to}`): void => {
    if (edgeKeys.has(key)) return;
    edgeKeys.add(key);
    edges.push(e);
  };
  const prereqOf = new Map<string, RefAt[]>();
  for (const node of sortedNodes(nodes)) {
    if (node.parent !== undefined) {
      addEdge({ from: node.parent, to: node.id, type: 'child', ...(node.parentAt ? { source: node.parentAt } : {}) });
    }
    const fm = node.doc?.fm;
    if (!fm) continue;
    const valid: RefAt[] = [];
    for (const ref of fm.prerequisites) {
      if (!checkRef(ref, 'prerequisite', nodes, diags)) continue;
      valid.push(ref);
      addEdge({ from: ref.id, to: node.id, type: 'prerequisite', source: ref.at });
    }
    prereqOf.set(node.id, valid);
    for (const ref of fm.related) {
      if (!checkRef(ref, 'related', nodes, diags) || ref.id === node.id) continue;
      const [a, b] = ref.id < node.id ? [ref.id, node.id] : [node.id, ref.id];
      addEdge({ from: node.id, to: ref.id, type: 'related', source: ref.at }, `related\u0000${a}\u0000${b}`);
    }
    for (const t of fm.transitions) {
      if (!checkRef({ id: t.to, at: t.at }, 'transition', nodes, diags)) continue;
      addEdge({ from: node.id, to: t.to, type: 'transition', label: t.label, source: t.at },
        `transition\u0000${node.id}\u0000${t.to}\u0000${t.label}`);
    }
  }
  reportPrerequisiteCycles(prereqOf, diags);
  for (const { from, link } of mentionLinks.sort((a, b) => compareRef(a.link.at, b.link.at))) {
    if (from === link.to || !nodes.has(from) || !nodes.has(link.to)) continue;
    addEdge({ from, to: link.to, type: 'mentions', label: link.label, source: link.at });
  }
  for (const node of nodes.values()) {
    if (node.isTerm && node.home && node.home !== node.id) {
      addEdge({ from: node.home, to: node.id, type: 'mentions', label: node.title, source: node.source });
    }
  }

  // ---- assemble -----------------------------------------------------------------------------
  const offTree = sortedNodes(nodes).filter((n) => !n.inTree);
  offTree.forEach((n, i) => (n.rank = treeOrder + i));
  const concepts: Concept[] = sortedNodes(nodes)
    .sort((a, b) => a.rank - b.rank || compareStrings(a.id, b.id))
    .map((n) => toConcept(n, rootId, (id) => nodes.has(id)));
  let layout: MapLayout | undefined;
  if (opts.layout !== false) {
    try {
      layout = mapLayout(concepts, rootId);
      const pos = new Map(layout.nodes.map((n) => [n.id, n]));
      for (const c of concepts) {
        const p = pos.get(c.id);
        if (p) c.position = { x: p.x, y: p.y };
      }
    } catch (err) {
      diags.error('layout-failed', { file: 'map.md', line: 1, column: 1 }, `map layout failed: ${(err as Error).message}`,
        'Report this as a bug, with the map.md that caused it.');
    }
  }

  for (const [file, ids] of fileConcepts) {
    const rec = records.get(file);
    if (rec) rec.concepts = uniqueSorted(ids);
  }
  const diagnostics = dedupeDiagnostics(diags.items).sort(compareDiagnostics);
  edges.sort(
    (a, b) =>
      compareStrings(a.type, b.type) ||
      compareStrings(a.from, b.from) ||
      compareStrings(a.to, b.to) ||
      compareStrings(a.label ?? '', b.label ?? ''),
  );
  examples.sort((a, b) => compareStrings(a.id, b.id));
  const fileList = [...records.values()].sort((a, b) => compareStrings(a.file, b.file));
  const assetList = [...assets].sort(compareStrings).map((from) => ({ from, to: `assets/${from}` }));
  return {
    version: GRAPH_SCHEMA_VERSION,
    root: rootId,
    concepts,
    edges,
    examples,
    diagnostics,
    files: fileList,
    assets: assetList,
    stats: {
      files: fileList.length,
      concepts: concepts.length,
      edges: edges.length,
      examples: examples.length,
      warnings: diagnostics.filter((d) => d.severity === 'warning').length,
      errors: diagnostics.filter((d) => d.severity === 'error').length,
    },
    ...(layout ? { layout } : {}),
  };
}

// ---- helpers ----------------------------------------------------------------------------------

function newNode(id: string, title: string, source: SourceRef): Node {
  return {
    id,
    title,
    aliases: [],
    source,
    children: [],
    inTree: false,
    rank: Number.MAX_SAFE_INTEGER,
    ancestors: [],
    branch: '',
    isTerm: false,
    excerpts: [],
    examples: new Set(),
    body: '',
    headings: [],
  };
}

function sortedNodes(nodes: Map<string, Node>): Node[] {
  return [...nodes.values()].sort((a, b) => compareStrings(a.id, b.id));
}

function fileStem(file: string): string {
  const parts = file.split('/');
  let stem = parts[parts.length - 1]!.replace(/\.(md|markdown)$/i, '');
  if (/^(index|readme)$/i.test(stem) && parts.length > 1) stem = parts[parts.length - 2]!;
  return stem;
}

function firstH1(tree: Root): string | undefined {
  for (const n of tree.children) {
    if (n.type === 'heading' && n.depth === 1) return toString(n).trim() || undefined;
  }
  return undefined;
}

function named(n: Node) {
  return {
    id: n.id,
    title: n.title,
    ...(n.titleZh ? { titleZh: n.titleZh } : {}),
    ...(n.titleEn ? { titleEn: n.titleEn } : {}),
    aliases: n.aliases,
    ...(n.fieldPath ? { fieldPath: n.fieldPath } : {}),
    kind: effectiveKind(n),
    branch: n.branch,
    rank: n.rank,
  };
}

function effectiveKind(n: Node): ConceptKind {
  return n.kind ?? (n.children.length > 0 ? 'topic' : 'term');
}

/**
 * Walk the tree from the root: learning order (siblings by `order`, else map position),
 * ancestors and branch. Concepts whose parent chain does not reach the root lose their parent
 * (a cycle is an error, a parent off the map a warning). Returns the number of tree nodes.
 */
function connectTree(nodes: Map<string, Node>, rootId: string, diags: DiagnosticSink): number {
  const root = nodes.get(rootId)!;
  const sortKids = (n: Node): void => {
    n.children.sort((a, b) => {
      const ka = a.order ?? a.map?.index ?? Number.MAX_SAFE_INTEGER;
      const kb = b.order ?? b.map?.index ?? Number.MAX_SAFE_INTEGER;
      return ka - kb || (a.map?.index ?? Infinity) - (b.map?.index ?? Infinity) || compareStrings(a.id, b.id);
    });
  };
  let rank = 0;
  const stack: Node[] = [root];
  root.ancestors = [];
  root.branch = rootId;
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (n.inTree) continue;
    n.inTree = true;
    n.rank = rank++;
    sortKids(n);
    for (let i = n.children.length - 1; i >= 0; i--) {
      const c = n.children[i]!;
      c.ancestors = [...n.ancestors, n.id];
      c.branch = n.id === rootId ? c.id : n.branch;
      stack.push(c);
    }
  }
  // Concepts with a parent that never reached the root.
  const reported = new Set<string>();
  for (const n of sortedNodes(nodes)) {
    if (n.inTree || n.parent === undefined || reported.has(n.id)) continue;
    const chain: string[] = [];
    let cur: Node | undefined = n;
    while (cur && cur.parent !== undefined && !cur.inTree && !chain.includes(cur.id)) {
      chain.push(cur.id);
      cur = nodes.get(cur.parent);
    }
    if (cur && chain.includes(cur.id)) {
      const cycle = chain.slice(chain.indexOf(cur.id));
      for (const id of cycle) reported.add(id);
      const first = nodes.get(cycle[0]!)!;
      diags.error('parent-cycle', first.parentAt ?? first.source,
        `parent cycle: ${[...cycle, cycle[0]].join(' → ')}`, 'Break the cycle: one of these must not be the parent of the other.');
    } else {
      reported.add(n.id);
      diags.warn('not-on-map', n.parentAt ?? n.source,
        `concept "${n.id}" hangs under "${n.parent}", which is not on the map`,
        'Put the parent on the map, or choose a parent that is.');
    }
  }
  for (const n of nodes.values()) {
    if (!n.inTree) {
      if (n.parent !== undefined) {
        const p = nodes.get(n.parent);
        if (p) p.children = p.children.filter((c) => c !== n);
      }
      delete n.parent;
      n.branch = n.branch || rootId;
    }
  }
  return rank;
}

function createTerm(label: string, at: SourceRef, nodes: Map<string, Node>): Node {
  const clean = label.normalize('NFKC').replace(/\s+/g, ' ').trim();
  const bi = splitBilingual(clean);
  // A Latin name gives a readable id; mixed or Chinese labels (`静态 Pod`) get `term-<hash>`.
  let id = bi.en && !hasCjk(bi.en) ? idFor(bi.en, 'term') : `term-${hash8(normKey(clean))}`;
  if (nodes.has(id)) id = `${id}-term`;
  for (let k = 2; nodes.has(id); k++) id = `${id.replace(/-\d+$/, '')}-${k}`;
  const node = newNode(id, clean, at);
  if (bi.zh && bi.zh !== clean) node.titleZh = bi.zh;
  if (bi.en && bi.en !== clean) node.titleEn = bi.en;
  node.kind = 'term';
  node.isTerm = true;
  return node;
}

/** Drop a passage that repeats a concept already covered by an enclosing passage of the note. */
function dedupePassages(passages: Passage[]): Passage[] {
  const out: Passage[] = [];
  for (const p of passages) {
    const covered = out.some((q) => q.conceptId === p.conceptId && p.at.line >= q.at.line && p.at.line <= q.endLine);
    if (!covered) out.push(p);
  }
  return out;
}

const sortedIdsCache = new WeakMap<Map<string, Node>, { size: number; ids: string[] }>();

function hintClosest(id: string, nodes: Map<string, Node>): string {
  if (nodes.size === 0) return 'Use the id of an existing concept.';
  let cached = sortedIdsCache.get(nodes);
  if (!cached || cached.size !== nodes.size) {
    cached = { size: nodes.size, ids: [...nodes.keys()].sort(compareStrings) };
    sortedIdsCache.set(nodes, cached);
  }
  return `Did you mean "${closest(id, cached.ids)}"?`;
}

function checkRef(ref: RefAt, what: string, nodes: Map<string, Node>, diags: DiagnosticSink): boolean {
  if (nodes.has(ref.id)) return true;
  diags.error('dangling-reference', ref.at, `${what} "${ref.id}" is not a concept`, hintClosest(ref.id, nodes));
  return false;
}

/** Tarjan's strongly connected components (iterative); each cycle is reported once, at its smallest id. */
function reportPrerequisiteCycles(prereqOf: Map<string, RefAt[]>, diags: DiagnosticSink): void {
  const ids = [...prereqOf.keys()].sort(compareStrings);
  const succ = (id: string): string[] => (prereqOf.get(id) ?? []).map((r) => r.id).filter((x) => prereqOf.has(x));
  const indexOf = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const sccs: string[][] = [];
  let counter = 0;
  for (const start of ids) {
    if (indexOf.has(start)) continue;
    const work: { id: string; i: number }[] = [{ id: start, i: 0 }];
    indexOf.set(start, counter);
    low.set(start, counter++);
    stack.push(start);
    onStack.add(start);
    while (work.length > 0) {
      const top = work[work.length - 1]!;
      const next = succ(top.id);
      if (top.i < next.length) {
        const w = next[top.i++]!;
        if (!indexOf.has(w)) {
          indexOf.set(w, counter);
          low.set(w, counter++);
          stack.push(w);
          onStack.add(w);
          work.push({ id: w, i: 0 });
        } else if (onStack.has(w)) {
          low.set(top.id, Math.min(low.get(top.id)!, indexOf.get(w)!));
        }
      } else {
        work.pop();
        if (work.length > 0) {
          const parent = work[work.length - 1]!;
          low.set(parent.id, Math.min(low.get(parent.id)!, low.get(top.id)!));
        }
        if (low.get(top.id) === indexOf.get(top.id)) {
          const scc: string[] = [];
          let w: string;
          do {
            w = stack.pop()!;
            onStack.delete(w);
            scc.push(w);
          } while (w !== top.id);
          if (scc.length > 1 || succ(top.id).includes(top.id)) sccs.push(scc);
        }
      }
    }
  }
  for (const scc of sccs) {
    const members = new Set(scc);
    const s = [...scc].sort(compareStrings)[0]!;
    // Shortest path back to s inside the component (BFS).
    const prev = new Map<string, string>();
    const queue = [s];
    let found = false;
    for (let qi = 0; qi < queue.length && !found; qi++) {
      const cur = queue[qi]!;
      for (const w of succ(cur).sort(compareStrings)) {
        if (!members.has(w)) continue;
        if (w === s) {
          prev.set(s, cur);
          found = true;
          break;
        }
        if (!prev.has(w)) {
          prev.set(w, cur);
          queue.push(w);
        }
      }
    }
    // prev[w] = v means v needs w; walk back from s to get s → … → s in "needs" order.
    const path: string[] = [s];
    for (let cur = prev.get(s)!; cur !== s; cur = prev.get(cur)!) path.unshift(cur);
    path.unshift(s);
    const ref = (prereqOf.get(s) ?? []).find((r) => r.id === path[1]) ?? prereqOf.get(s)![0]!;
    diags.error('prerequisite-cycle', ref.at, `prerequisite cycle: ${path.join(' → ')} (each needs the next first)`,
      'Remove one of these prerequisites to break the cycle.');
  }
}

function compareRef(a: SourceRef, b: SourceRef): number {
  return compareStrings(a.file, b.file) || a.line - b.line || a.column - b.column;
}

function dedupeDiagnostics(items: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  const out: Diagnostic[] = [];
  for (const d of items) {
    const k = `${d.file}\u0000${d.line}\u0000${d.column}\u0000${d.code}\u0000${d.message}`;
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(d);
  }
  return out;
}

function toConcept(n: Node, rootId: string, exists: (id: string) => boolean): Concept {
  const excerpts: Excerpt[] = n.excerpts
    .sort((a, b) => compareRef(a.source, b.source))
    .map(({ blocks: _b, ...e }) => e);
  const fm = n.doc?.fm;
  const c: Concept = {
    id: n.id,
    title: n.title,
    ...(n.titleZh ? { titleZh: n.titleZh } : {}),
    ...(n.titleEn ? { titleEn: n.titleEn } : {}),
    aliases: n.aliases,
    kind: effectiveKind(n),
    ...(n.parent !== undefined ? { parent: n.parent } : {}),
    ...(n.fieldPath ? { fieldPath: n.fieldPath } : {}),
    summary: n.summary ?? (excerpts[0] ? clip(excerpts[0].text) : ''),
    body: n.body,
    headings: n.headings,
    excerpts,
    examples: [...n.examples].sort(compareStrings),
    hasNote: n.doc !== undefined,
    source: n.source,
    ...(n.status ? { status: n.status } : {}),
    ...(n.statusReason ? { statusReason: n.statusReason } : {}),
    order: n.rank,
    prerequisites: uniqueSorted((fm?.prerequisites ?? []).map((r) => r.id).filter(exists)),
    related: uniqueSorted((fm?.related ?? []).map((r) => r.id).filter((id) => exists(id) && id !== n.id)),
    transitions: (fm?.transitions ?? []).filter((t) => exists(t.to)).map((t) => ({ to: t.to, label: t.label })),
    ancestors: n.ancestors,
    branch: n.inTree ? n.branch : n.branch || rootId,
  };
  return c;
}

