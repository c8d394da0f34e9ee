/**
 * The data files `astro build` writes without routes (src/lib/data-files.ts): graph.json and
 * every note's notes/<id>/map.json, with the bytes the routes gave before and `astro dev`'s
 * routes (src/pages/_dev/) still give.
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadGraph } from '../../../src/graph/index.ts';
import { indexGraph } from '../../../src/graph/graph-index.ts';
import { graphToJson } from '../../../src/graph/json.ts';
import { noteMapData, notePageData } from '../../../src/views/note-page.ts';
import { noteMapFile, noteMapJson, writeDataFiles } from '../../../src/lib/data-files.ts';

const SITE = path.resolve(import.meta.dirname, '../../fixtures/site');

describe('data files', async () => {
  const graph = await loadGraph(SITE);
  const index = indexGraph(graph);
  const notes = graph.notes ?? [];

  it('gives each note its map as the JSON of noteMapData, and nothing for an unknown id', () => {
    expect(notes.length).toBeGreaterThan(2);
    for (const note of notes) {
      const text = noteMapJson(index, note.id)!;
      expect(text).toBe(JSON.stringify(noteMapData(notePageData(index, note.id)!)));
      const data = JSON.parse(text) as { id: string; title: string; concepts: string[] };
      expect(data.id).toBe(note.id);
      expect(data.title).toBe(note.title);
      for (const id of data.concepts) expect(index.byId.has(id)).toBe(true);
    }
    expect(notes.some((n) => (JSON.parse(noteMapJson(index, n.id)!) as { concepts: string[] }).concepts.length > 0)).toBe(true);
    expect(noteMapJson(index, 'no-such-note')).toBeUndefined();
  });

  it('writes graph.json and one map per note (folders made where no page made them) into the output folder', () => {
    const out = mkdtempSync(path.join(tmpdir(), 'k8smap-data-files-'));
    try {
      expect(writeDataFiles(graph, out)).toBe(1 + notes.length);
      expect(readFileSync(path.join(out, 'graph.json'), 'utf8')).toBe(graphToJson(graph));
      // A note id keeps its letters of any script: the file sits where the URL `notes/<id>/map.json` points.
      expect(notes.some((n) => /[^\x00-\x7f]/.test(n.id))).toBe(true);
      for (const note of notes) {
        expect(noteMapFile(note.id)).toBe(path.join('notes', note.id, 'map.json'));
        expect(readFileSync(path.join(out, noteMapFile(note.id)), 'utf8')).toBe(noteMapJson(index, note.id));
      }
      expect(readdirSync(path.join(out, 'notes')).sort()).toEqual(notes.map((n) => n.id).sort());
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  it('writes a graph export larger than one piece whole, in UTF-8', () => {
    const out = mkdtempSync(path.join(tmpdir(), 'k8smap-data-files-'));
    try {
      // Over a million characters of Chinese text (three bytes each in UTF-8) in one concept.
      const big = { ...graph, concepts: graph.concepts.map((c, i) => (i === 0 ? { ...c, summary: '图'.repeat(1_200_000) } : c)) };
      writeDataFiles(big, out);
      const text = readFileSync(path.join(out, 'graph.json'), 'utf8');
      expect(text.length).toBe(graphToJson(big).length);
      expect(text).toBe(graphToJson(big));
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
