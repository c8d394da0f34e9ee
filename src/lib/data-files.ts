/**
 * The data files `astro build` writes next to the pages without a route of their own: the
 * graph export (`graph.json`, docs/graph-json.md) and each free-form note's `notes/<id>/map.json`
 * (what the home page's map highlights for `/?note=<id>`, src/scripts/map/note-highlight.ts).
 *
 * As Astro routes, each of these files went through the whole rendering of a page: a request, the
 * route's module, a `Response` whose body Astro collects into one buffer, a log line, a `mkdir`
 * — about a millisecond for a 240-byte note map (6,000 of them at 10,000 notes), and for the
 * graph export (161 MB at 10,000 notes) a stream of pieces collected into one buffer before it
 * was written (docs/performance.md section 38). Here the graph integration writes them once the
 * pages are written (src/integrations/graph.ts, `astro:build:done`): the same bytes, at the
 * same URLs. `astro dev` serves the same files from the dev-only routes in src/pages/_dev/,
 * which call the same functions (`noteMapJson`, `graphExportChunks`).
 *
 * Loaded by Node with the integration (no `import.meta.env`).
 */
import { closeSync, mkdirSync, openSync, writeFileSync, writeSync } from 'node:fs';
import path from 'node:path';
import type { Graph } from '../graph/model.ts';
import { indexGraph } from '../graph/graph-index.ts';
import type { GraphIndex } from '../graph/graph-index.ts';
import { graphExportChunks } from '../views/graph-export.ts';
import { noteMapData, notePageData } from '../views/note-page.ts';
import { loadSiteConfig } from '../site-config.ts';
import { currentGraph, publishedGraph } from './graph-store.ts';

/** `notes/<id>/map.json` of the note `id` (its text), or undefined for an unknown id. */
export function noteMapJson(index: GraphIndex, id: string): string | undefined {
  const page = notePageData(index, id);
  return page ? JSON.stringify(noteMapData(page)) : undefined;
}

/** The output folder's path of a note's map file (its URL under the base path is the same). */
export function noteMapFile(id: string): string {
  return path.join('notes', id, 'map.json');
}

/** Text is written to the graph export's file in pieces of about this many UTF-16 units. */
const PIECE = 1 << 20;

function writeAll(fd: number, text: string): void {
  const bytes = Buffer.from(text, 'utf8');
  for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at, bytes.length - at);
}

/**
 * Writes `graph.json` and every note's `notes/<id>/map.json` into `outDir` (the build's output
 * folder). Returns how many files it wrote.
 */
export function writeDataFiles(graph: Graph, outDir: string): number {
  const fd = openSync(path.join(outDir, 'graph.json'), 'w');
  try {
    let text = '';
    for (const chunk of graphExportChunks(graph)) {
      text += chunk;
      if (text.length >= PIECE) {
        writeAll(fd, text);
        text = '';
      }
    }
    if (text !== '') writeAll(fd, text);
  } finally {
    closeSync(fd);
  }
  const notes = graph.notes ?? [];
  const index = notes.length > 0 ? indexGraph(graph) : undefined;
  let written = 1;
  for (const note of notes) {
    const file = path.join(outDir, noteMapFile(note.id));
    // The note's page (`notes/<id>/index.html`) is in that folder already, unless it failed.
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, noteMapJson(index!, note.id)!);
    written++;
  }
  return written;
}

/** `writeDataFiles` for the graph of this build: the one the pages were written from. */
export async function writeBuildDataFiles(outDir: string): Promise<number> {
  return writeDataFiles(publishedGraph() ?? (await currentGraph(loadSiteConfig().contentDir)), outDir);
}
