/**
 * `graph.json` (under the base path) in `astro dev`: the whole concept graph as built (the
 * graph-export view; schema: docs/graph-json.md), streamed in pieces of about 1 MB: for a large
 * notes folder the text runs to hundreds of megabytes and is never held as one string.
 *
 * A dev-only route (the folder's `_` keeps it out of the build's routes; the graph integration
 * injects it in `astro dev`): `astro build` writes the same bytes without a route
 * (src/lib/data-files.ts).
 */
import type { APIRoute } from 'astro';
import { getViews } from '../../lib/views.ts';

const PIECE = 1 << 20;

export const GET: APIRoute = async () => {
  const chunks = (await getViews()).graphJson()[Symbol.iterator]();
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      let text = '';
      for (let next = chunks.next(); ; next = chunks.next()) {
        if (next.done) {
          if (text !== '') controller.enqueue(encoder.encode(text));
          controller.close();
          return;
        }
        text += next.value;
        if (text.length >= PIECE) break;
      }
      controller.enqueue(encoder.encode(text));
    },
  });
  return new Response(body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
