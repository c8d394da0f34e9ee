/**
 * Stage `mine`: index every concept by name, then read each free-form note as a Kubernetes
 * reader would: find the concept it is about (its home) and the passages that define or
 * explain concepts (mining.ts); clear new terms become `term` concepts.
 */
import { fileStem, named, newNode, sortedNodes, type BuildContext, type Node } from '../build-context.ts';
import { hasCjk, idFor, normKey, splitBilingual } from '../labels.ts';
import { minePassages, noteTitleCandidates, type Passage } from '../mining.ts';
import type { SourceRef } from '../model.ts';
import { hash8 } from '../util.ts';

export function mineNotes(ctx: BuildContext): void {
  const { nodes, index, rootId } = ctx;
  for (const node of sortedNodes(nodes)) index.add(named(node));
  for (const doc of ctx.docs) {
    if (doc.role !== 'note') continue;
    const homeId = index.lookup(noteTitleCandidates(doc.tree, fileStem(doc.file), doc.fm.title));
    ctx.noteHome.set(doc.file, homeId ?? null);
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
    ctx.notePassages.set(doc.file, dedupePassages(passages));
  }
  ctx.noteFiles = new Set(ctx.docs.map((d) => d.file));
}

export function createTerm(label: string, at: SourceRef, nodes: Map<string, Node>): Node {
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
export function dedupePassages(passages: Passage[]): Passage[] {
  const out: Passage[] = [];
  for (const p of passages) {
    const covered = out.some((q) => q.conceptId === p.conceptId && p.at.line >= q.at.line && p.at.line <= q.endLine);
    if (!covered) out.push(p);
  }
  return out;
}
