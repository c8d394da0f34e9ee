/** Bad input never crashes loadGraph: truncated, corrupted and odd notes give diagnostics. */
import { afterAll, describe, expect, it } from 'vitest';
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { loadGraph } from '../../../src/graph/index.ts';
import { COURSE, cleanup, contentDir } from './helpers.ts';

afterAll(cleanup);

function rng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function courseFiles(): Promise<Record<string, Uint8Array>> {
  const out: Record<string, Uint8Array> = {};
  const walk = async (rel: string): Promise<void> => {
    for (const e of await readdir(path.join(COURSE, rel), { withFileTypes: true })) {
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) await walk(r);
      else out[r] = new Uint8Array(await readFile(path.join(COURSE, r)));
    }
  };
  await walk('');
  return out;
}

describe('robustness', () => {
  it('survives truncated and corrupted copies of every note', async () => {
    const rand = rng(3);
    const files = await courseFiles();
    for (let round = 0; round < 12; round++) {
      const mutated: Record<string, Uint8Array> = {};
      for (const [rel, bytes] of Object.entries(files)) {
        if (!rel.endsWith('.md')) {
          mutated[rel] = bytes;
          continue;
        }
        let b = bytes.slice(0, Math.floor(rand() * (bytes.length + 1)));
        if (round % 3 === 1 && b.length > 0) {
          b = b.slice();
          b[Math.floor(rand() * b.length)] = Math.floor(rand() * 256);
        }
        if (round % 3 === 2) b = new Uint8Array([...b, ...new TextEncoder().encode('\n---\n```\n[[\n**：**\n- {#}\n')]);
        mutated[rel] = b;
      }
      const g = await loadGraph(await contentDir(mutated));
      expect(g.files).toHaveLength(Object.keys(files).length);
      expect(g.stats.errors + g.stats.warnings).toBe(g.diagnostics.length);
      for (const d of g.diagnostics) {
        expect(d.line).toBeGreaterThanOrEqual(1);
        expect(d.column).toBeGreaterThanOrEqual(1);
        expect(d.code).toMatch(/^[a-z][a-z-]*$/);
      }
      const ids = new Set(g.concepts.map((c) => c.id));
      expect(ids.size).toBe(g.concepts.length);
      for (const e of g.edges) expect(ids.has(e.from) && ids.has(e.to)).toBe(true);
    }
  });

  it('handles empty files, an empty map, a map without a list and deep nesting', async () => {
    let deep = '- Root {#root}\n';
    for (let i = 1; i < 200; i++) deep += `${'  '.repeat(i)}- Level ${i}\n`;
    const g = await loadGraph(await contentDir({
      'map.md': deep,
      'concepts/empty.md': '',
      'notes/empty.md': '',
      'notes/only-frontmatter.md': '---\ntitle: x\n---\n',
    }));
    expect(g.concepts.find((c) => c.id === 'level-199')!.ancestors).toHaveLength(199);
    const noList = await loadGraph(await contentDir({ 'map.md': '# 只有标题\n\n一段话。\n' }));
    expect(noList.diagnostics.map((d) => d.code)).toEqual(['map-empty']);
    expect(noList.concepts.map((c) => c.id)).toEqual([noList.root]);
  });
});
