/**
 * Stage `layout`: the build-time map layout (positions, boxes, sides, wrapped labels; layout.ts),
 * kept whole as `Graph.layout`.
 *
 * In `astro dev` (parse results kept, parse-files.ts) the last load's layout is used again when
 * everything the layout reads is the same: the root and every concept's id, parent, order and
 * titles (layout.ts `buildTree`, `byOrder` and `nodeBox` read nothing else). Most saves change
 * none of them. The reused layout is frozen: no later stage or view may change it.
 */
import type { BuildContext } from '../build-context.ts';
import { mapLayout, type MapLayout } from '../layout.ts';
import { keepingParsedFiles } from '../parse-files.ts';

/** By content folder: the last load's layout inputs (as JSON) and the layout. */
const kept = new Map<string, { key: string; layout: MapLayout }>();

/** Layouts computed and reused, for tests. */
export const layoutCounts = { fresh: 0, kept: 0 };

export function layoutConcepts(ctx: BuildContext): void {
  if (ctx.options.layout === false) return;
  try {
    ctx.layout = layoutOf(ctx);
    const pos = new Map(ctx.layout.nodes.map((n) => [n.id, n]));
    for (const c of ctx.concepts) {
      const p = pos.get(c.id);
      if (p) c.position = { x: p.x, y: p.y };
    }
  } catch (err) {
    ctx.diags.error('layout-failed', { file: 'map.md', line: 1, column: 1 }, { key: 'finding.layout-failed', vars: { error: (err as Error).message } },
      { key: 'finding.hint.layout-failed' });
  }
}

function layoutOf(ctx: BuildContext): MapLayout {
  if (!keepingParsedFiles()) {
    kept.clear();
    return mapLayout(ctx.concepts, ctx.rootId);
  }
  const key = JSON.stringify([ctx.rootId, ctx.concepts.map((c) => [c.id, c.parent ?? null, String(c.order), c.title, c.titleZh ?? null, c.titleEn ?? null])]);
  const before = kept.get(ctx.root);
  if (before && before.key === key) {
    layoutCounts.kept++;
    return before.layout;
  }
  const layout = mapLayout(ctx.concepts, ctx.rootId);
  for (const n of layout.nodes) {
    Object.freeze(n.zh);
    Object.freeze(n.en);
    Object.freeze(n);
  }
  Object.freeze(layout.nodes);
  kept.set(ctx.root, { key, layout: Object.freeze(layout) });
  layoutCounts.fresh++;
  return layout;
}
