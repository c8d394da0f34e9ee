/**
 * Stage `validate`: every reference a concept note makes (prerequisites, related, transitions)
 * must name an existing concept; prerequisites must not form a cycle. Keeps the checked
 * references for the edges stage.
 */
import { sortedNodes, type BuildContext, type Node } from '../build-context.ts';
import type { DiagnosticSink } from '../diagnostics.ts';
import type { RefAt } from '../frontmatter.ts';
import { compareStrings } from '../util.ts';
import { hintClosest } from './hints.ts';

export function validateReferences(ctx: BuildContext): void {
  const { nodes, diags } = ctx;
  const prereqOf = new Map<string, RefAt[]>();
  for (const node of sortedNodes(nodes)) {
    const fm = node.doc?.fm;
    if (!fm) continue;
    const prerequisites = fm.prerequisites.filter((ref) => checkRef(ref, 'prerequisite', nodes, diags));
    prereqOf.set(node.id, prerequisites);
    const related = fm.related.filter((ref) => checkRef(ref, 'related', nodes, diags));
    const transitions = fm.transitions.filter((t) => checkRef({ id: t.to, at: t.at }, 'transition', nodes, diags));
    ctx.refs.set(node.id, { prerequisites, related, transitions });
  }
  reportPrerequisiteCycles(prereqOf, diags);
  keepMinedPrerequisites(ctx, prereqOf);
}

/**
 * edges34: the prerequisites read from the notes' sentences (miner/dependencies.ts), in note
 * order, each kept unless it would close a cycle with the prerequisites kept before it (the
 * curated ones of concept notes first): such a one is dropped with a warning at its sentence.
 * One already curated, or read before, adds nothing.
 */
function keepMinedPrerequisites(ctx: BuildContext, curated: ReadonlyMap<string, readonly RefAt[]>): void {
  const needs = new Map<string, Set<string>>();
  for (const [id, refs] of curated) needs.set(id, new Set(refs.map((r) => r.id)));
  /** A path `from` → … → `to` along "needs", or undefined. */
  const pathOf = (from: string, to: string): string[] | undefined => {
    const prev = new Map<string, string>([[from, from]]);
    const queue = [from];
    for (let i = 0; i < queue.length; i++) {
      const cur = queue[i]!;
      if (cur === to) {
        const path = [cur];
        for (let x = cur; x !== from; x = prev.get(x)!) path.unshift(prev.get(x)!);
        return path;
      }
      for (const w of [...(needs.get(cur) ?? [])].sort(compareStrings)) if (!prev.has(w)) (prev.set(w, cur), queue.push(w));
    }
    return undefined;
  };
  const kept = [];
  for (const p of ctx.minedPrerequisites) {
    if (p.from === p.to || !ctx.nodes.has(p.from) || !ctx.nodes.has(p.to)) continue;
    if (needs.get(p.to)?.has(p.from)) {
      kept.push(p);
      continue;
    }
    // `to` needs `from`: a cycle when `from` already needs `to`
    const cycle = pathOf(p.from, p.to);
    if (cycle) {
      ctx.diags.warn('mined-prerequisite-cycle', p.at,
        { key: 'finding.mined-prerequisite-cycle', vars: { from: p.from, to: p.to, cycle: [p.to, ...cycle].join(' → ') } },
        { key: 'finding.hint.mined-prerequisite-cycle' });
      continue;
    }
    let set = needs.get(p.to);
    if (!set) needs.set(p.to, (set = new Set()));
    set.add(p.from);
    kept.push(p);
  }
  ctx.minedPrerequisites = kept;
}

function checkRef(ref: RefAt, what: 'prerequisite' | 'related' | 'transition', nodes: Map<string, Node>, diags: DiagnosticSink): boolean {
  if (nodes.has(ref.id)) return true;
  diags.error('dangling-reference', ref.at, { key: 'finding.reference-dangling', vars: { id: ref.id }, parts: { what: `finding.part.ref-${what}` } }, hintClosest(ref.id, nodes));
  return false;
}

/** Tarjan's strongly connected components (iterative); each cycle is reported once, at its smallest id. */
export function reportPrerequisiteCycles(prereqOf: Map<string, RefAt[]>, diags: DiagnosticSink): void {
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
    diags.error('prerequisite-cycle', ref.at, { key: 'finding.prerequisite-cycle', vars: { cycle: path.join(' → ') } },
      { key: 'finding.hint.prerequisite-cycle' });
  }
}
