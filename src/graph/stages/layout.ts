/** Stage `layout`: build-time positions of the concepts on the map (layout.ts). */
import type { BuildContext } from '../build-context.ts';
import { layoutMap } from '../layout.ts';

export function layoutConcepts(ctx: BuildContext): void {
  if (ctx.options.layout === false) return;
  try {
    const pos = layoutMap(ctx.concepts, ctx.rootId);
    for (const c of ctx.concepts) {
      const p = pos.get(c.id);
      if (p) c.position = { x: p.x, y: p.y };
    }
  } catch (err) {
    ctx.diags.error('layout-failed', { file: 'map.md', line: 1, column: 1 }, `map layout failed: ${(err as Error).message}`,
      'Report this as a bug, with the map.md that caused it.');
  }
}
