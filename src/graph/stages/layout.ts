/** Stage `layout`: the build-time map layout (positions, boxes, sides, wrapped labels; layout.ts), kept whole as `Graph.layout`. */
import type { BuildContext } from '../build-context.ts';
import { mapLayout } from '../layout.ts';

export function layoutConcepts(ctx: BuildContext): void {
  if (ctx.options.layout === false) return;
  try {
    ctx.layout = mapLayout(ctx.concepts, ctx.rootId);
    const pos = new Map(ctx.layout.nodes.map((n) => [n.id, n]));
    for (const c of ctx.concepts) {
      const p = pos.get(c.id);
      if (p) c.position = { x: p.x, y: p.y };
    }
  } catch (err) {
    ctx.diags.error('layout-failed', { file: 'map.md', line: 1, column: 1 }, `map layout failed: ${(err as Error).message}`,
      'Report this as a bug, with the map.md that caused it.');
  }
}
