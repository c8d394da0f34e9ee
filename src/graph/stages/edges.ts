/**
 * Stage `edges`: the typed edges of the graph, one per (type, from, to) (`related` one per
 * pair, `transition` one per label): the map tree, checked frontmatter references, the
 * prerequisites read from sentences, links and mined passages.
 */
import { compareRef, sortedNodes, type BuildContext } from '../build-context.ts';
import type { Edge } from '../model.ts';

export function addEdge(ctx: BuildContext, e: Edge, key = `${e.type}\u0000${e.from}\u0000${e.to}`): void {
  if (ctx.edgeKeys.has(key)) return;
  ctx.edgeKeys.add(key);
  ctx.edges.push(e);
}

export function buildEdges(ctx: BuildContext): void {
  const { nodes } = ctx;
  for (const node of sortedNodes(nodes)) {
    if (node.parent !== undefined) {
      addEdge(ctx, { from: node.parent, to: node.id, type: 'child', ...(node.parentAt ? { source: node.parentAt } : {}) });
    }
    const refs = ctx.refs.get(node.id);
    if (!refs) continue;
    for (const ref of refs.prerequisites) addEdge(ctx, { from: ref.id, to: node.id, type: 'prerequisite', source: ref.at });
    for (const ref of refs.related) {
      if (ref.id === node.id) continue;
      const [a, b] = ref.id < node.id ? [ref.id, node.id] : [node.id, ref.id];
      addEdge(ctx, { from: node.id, to: ref.id, type: 'related', source: ref.at }, `related\u0000${a}\u0000${b}`);
    }
    for (const t of refs.transitions) {
      addEdge(ctx, { from: node.id, to: t.to, type: 'transition', label: t.label, source: t.at },
        `transition\u0000${node.id}\u0000${t.to}\u0000${t.label}`);
    }
  }
  // edges34: prerequisites read from the notes' sentences (stage validate kept them)
  for (const p of ctx.minedPrerequisites) addEdge(ctx, { from: p.from, to: p.to, type: 'prerequisite', source: p.at });
  for (const { from, link } of ctx.mentionLinks.sort((a, b) => compareRef(a.link.at, b.link.at))) {
    if (from === link.to || !nodes.has(from) || !nodes.has(link.to)) continue;
    addEdge(ctx, { from, to: link.to, type: 'mentions', label: link.label, source: link.at });
  }
  for (const e of ctx.minedEdges) {
    if (e.from === e.to || !nodes.has(e.from) || !nodes.has(e.to)) continue;
    if (e.type === 'related') {
      const [a, b] = e.from < e.to ? [e.from, e.to] : [e.to, e.from];
      addEdge(ctx, e, `related\u0000${a}\u0000${b}`);
    } else addEdge(ctx, e);
  }
  for (const node of nodes.values()) {
    if (node.isTerm && node.home && node.home !== node.id) {
      addEdge(ctx, { from: node.home, to: node.id, type: 'mentions', label: node.title, source: node.source });
    }
  }
}
