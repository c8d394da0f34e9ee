/**
 * Stage `mapTree`: the map outline (map.md) becomes concepts and the tree; tree parents come
 * from the map, else from a concept note's `parent:`; then the tree is walked from the root for
 * learning order, ancestors and branches.
 */
import path from 'node:path';
import { closest } from 'fastest-levenshtein';
import { newNode, sortedNodes, type BuildContext, type Node } from '../build-context.ts';
import { CONTENT_FOLDER, type DiagnosticSink } from '../diagnostics.ts';
import { assignMapIds, parseMapOutline, walkMap, type MapItem } from '../map-outline.ts';
import { compareStrings } from '../util.ts';
import { hintClosest } from './hints.ts';

export function buildMapTree(ctx: BuildContext): void {
  readMap(ctx);
  mapItemsToNodes(ctx);
  assignTreeParents(ctx);
  ctx.treeOrder = connectTree(ctx.nodes, ctx.rootId, ctx.diags);
}

/** The outline of map.md: items with ids; the first top-level item is the root. */
function readMap(ctx: BuildContext): void {
  const { mapDoc, diags, records, noteConcept } = ctx;
  if (!mapDoc) {
    // A folder that cannot be read has its own error (`content-missing`): no notes in it to
    // build a map from, nor advice about its layout.
    if (diags.items.some((d) => d.code === 'content-missing')) return;
    // about the folder: the file it names does not exist, so there is no line of it to point at
    diags.warn('map-missing', { file: CONTENT_FOLDER, line: 1, column: 1 }, { key: 'finding.map-missing' },
      { key: ctx.contentLayout === 'loose' ? 'finding.hint.map-missing-loose' : 'finding.hint.map-missing' });
    return;
  }
  const tops = parseMapOutline(mapDoc.tree, mapDoc.file, diags, mapDoc.text);
  if (tops.length === 0) {
    diags.error('map-empty', { file: mapDoc.file, line: 1, column: 1 }, { key: 'finding.map-empty' }, { key: 'finding.hint.map-empty' });
    mapDoc.status = 'error';
    records.get(mapDoc.file)!.status = 'error';
    return;
  }
  const [first, ...rest] = tops;
  for (const extra of rest) {
    diags.warn('map-extra-root', extra.at, { key: 'finding.map-extra-root', vars: { label: extra.label } }, { key: 'finding.hint.map-extra-root' });
    extra.index = first!.children.length;
    first!.children.push(extra);
  }
  ctx.mapItems = [first!];
  assignMapIds(ctx.mapItems, (item) => {
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
      diags.error('dangling-reference', item.linkAt ?? item.at, { key: 'finding.map-link-dangling', vars: { path: rel } },
        near ? { key: 'finding.hint.map-link-near', vars: { near } } : { key: 'finding.hint.map-link' });
    }
    return id;
  });
  ctx.rootId = first!.id;
}

/** Every map item is a concept (a stub when no note defines it). */
function mapItemsToNodes(ctx: BuildContext): void {
  const { nodes, mapSeen, diags, rootId } = ctx;
  walkMap(ctx.mapItems, (item: MapItem, parent: MapItem | undefined) => {
    if (mapSeen.has(item.id)) {
      const first = mapSeen.get(item.id)!;
      diags.error('duplicate-id', item.at,
        { key: 'finding.map-duplicate-id', vars: { id: item.id, file: first.at.file, line: first.at.line } },
        { key: 'finding.hint.map-duplicate-id' });
      item.id = `${item.id}-${item.at.line}`;
    }
    mapSeen.set(item.id, item);
    let node = nodes.get(item.id);
    if (!node) {
      node = newNode(item.id, item.en ?? item.zh ?? item.label, item.at);
      // `dockershim（Docker）`: keep the gloss findable.
      if (!item.zh && item.en && item.en !== item.label) node.aliases = [item.label];
      // `CRI（Container Runtime Interface 容器运行时接口）`: the spelt-out name too.
      if (item.others) node.aliases = [...node.aliases, ...item.others];
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
}

/** Tree parents: the map wins; else the note's `parent:`. */
function assignTreeParents(ctx: BuildContext): void {
  const { nodes, rootId, diags, mapDoc } = ctx;
  for (const node of sortedNodes(nodes)) {
    if (node.id === rootId) continue;
    if (node.mapParent !== undefined) {
      if (node.fmParent && node.fmParent.id !== node.mapParent) {
        diags.warn('parent-conflict', node.fmParent.at,
          { key: 'finding.parent-conflict', vars: { parent: node.fmParent.id, id: node.id, mapParent: node.mapParent } },
          { key: 'finding.hint.parent-conflict' });
      }
      node.parent = node.mapParent;
      continue;
    }
    if (node.fmParent) {
      if (nodes.has(node.fmParent.id)) {
        node.parent = node.fmParent.id;
        node.parentAt = node.fmParent.at;
      } else {
        diags.error('dangling-reference', node.fmParent.at, { key: 'finding.reference-dangling', vars: { id: node.fmParent.id }, parts: { what: 'finding.part.ref-parent' } },
          hintClosest(node.fmParent.id, nodes));
      }
      continue;
    }
    if (node.doc && !mapDoc) {
      node.parent = rootId;
      node.parentAt = node.source;
    } else if (node.doc) {
      diags.warn('not-on-map', node.source, { key: 'finding.not-on-map', vars: { id: node.id } }, { key: 'finding.hint.not-on-map' });
    }
  }
  for (const node of sortedNodes(nodes)) {
    if (node.parent !== undefined) nodes.get(node.parent)!.children.push(node);
  }
}

/**
 * Rebuild children, order, ancestors and branches after parents changed (the miner hangs the
 * notes' concepts into the tree when there is no map.md).
 */
export function rebuildTree(ctx: BuildContext): void {
  for (const n of ctx.nodes.values()) {
    n.children = [];
    n.inTree = false;
    n.rank = Number.MAX_SAFE_INTEGER;
    n.ancestors = [];
  }
  for (const n of sortedNodes(ctx.nodes)) {
    if (n.parent !== undefined) ctx.nodes.get(n.parent)?.children.push(n);
  }
  ctx.treeOrder = connectTree(ctx.nodes, ctx.rootId, ctx.diags);
}

/**
 * Siblings the map does not place (concepts mined from notes, concept notes map.md does not list)
 * in the order their notes give them: by file, then line, so a chapter's five phases read
 * Pending … Unknown and its fields in the order it explains them, not alphabetically by id.
 */
function bySource(a: Node, b: Node): number {
  if (a.map !== undefined || b.map !== undefined) return 0;
  return compareStrings(a.source.file, b.source.file) || a.source.line - b.source.line || a.source.column - b.source.column;
}

/**
 * Walk the tree from the root: learning order (siblings by `order`, else map position, else
 * where their notes define them),
 * ancestors and branch. Concepts whose parent chain does not reach the root lose their parent
 * (a cycle is an error, a parent off the map a warning). Returns the number of tree nodes.
 */
export function connectTree(nodes: Map<string, Node>, rootId: string, diags: DiagnosticSink): number {
  const root = nodes.get(rootId)!;
  const sortKids = (n: Node): void => {
    n.children.sort((a, b) => {
      const ka = a.order ?? a.map?.index ?? Number.MAX_SAFE_INTEGER;
      const kb = b.order ?? b.map?.index ?? Number.MAX_SAFE_INTEGER;
      return ka - kb || (a.map?.index ?? Infinity) - (b.map?.index ?? Infinity) || bySource(a, b) || compareStrings(a.id, b.id);
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
        { key: 'finding.parent-cycle', vars: { cycle: [...cycle, cycle[0]].join(' → ') } }, { key: 'finding.hint.parent-cycle' });
    } else {
      reported.add(n.id);
      diags.warn('not-on-map', n.parentAt ?? n.source,
        { key: 'finding.not-on-map-parent', vars: { id: n.id, parent: n.parent } }, { key: 'finding.hint.not-on-map-parent' });
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
