/**
 * perf56: the render stage's renderings kept in the disk cache as render entries (stages/render.ts
 * `renderKey`, `storedNotePage`; disk-cache.ts `renderLookup` / `renderWrite` / `renderStale`).
 * A load after one input changed renders only what reads something that changed, and its graph
 * is the graph a load without any cache gives. Each case changes one input at a time.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadGraph, runStages } from '../../../src/graph/load.ts';
import { graphToJson } from '../../../src/graph/json.ts';
import { keepParsedFiles } from '../../../src/graph/parse-files.ts';
import { decodeGraph, decodeRenderEntry, encodeGraph, encodeRenderEntry } from '../../../src/graph/disk-cache.ts';
import { fieldDescriptions } from '../../../src/graph/yaml/catalogue.ts';
import v8 from 'node:v8';
import type { Graph } from '../../../src/graph/model.ts';
import { SITE, cacheHarness } from './cache-harness.ts';


function notesOf(content: string): string[] {
  return (readdirSync(path.join(content, 'notes'), { recursive: true, encoding: 'utf8' }) as string[]).filter((f) => f.endsWith('.md')).sort().map((f) => path.join(content, 'notes', f));
}

const { temp, copyOf, warnings } = cacheHarness('render');

/** The graph a load without any cache gives (the reference). */
async function fresh(dir: string): Promise<Graph> {
  return loadGraph(dir, { cache: false });
}

/** A load through the stages (never the whole graph), with how many render entries it took and wrote. */
async function staged(dir: string, cache: string): Promise<{ graph: Graph; hits: number; writes: number }> {
  const ctx = await runStages(dir, { cache });
  return { graph: ctx.graph!, hits: ctx.parseCache!.renderHits, writes: ctx.parseCache!.renderWrites };
}

describe('render entries: one input changed, the graph equals a load without any cache', () => {
  const cases: [string, (content: string) => void][] = [
    ['one note\'s text', (c) => {
      const a = notesOf(c)[0]!;
      writeFileSync(a, `${readFileSync(a, 'utf8')}\n\n新增一段：**Ephemeral Container** 是临时容器。\n`);
    }],
    ['a note renamed', (c) => {
      const b = notesOf(c)[1]!;
      renameSync(b, path.join(path.dirname(b), `renamed-${path.basename(b)}`));
    }],
    ['a note deleted', (c) => rmSync(notesOf(c)[2]!)],
    ['a concept added that a dangling wiki link now resolves to', (c) => {
      writeFileSync(path.join(c, 'concepts', 'probe-history.md'), '---\nid: probe-history\ntitle: 探针的历史\nkind: topic\nparent: pod\n---\n\n探针从早期版本就有。\n');
    }],
    // the notes that name 终端 are the same bytes, but their mention links' lookups answer otherwise
    ['a concept other notes name: its title changed', (c) => {
      const f = path.join(c, 'concepts', 'tty.md');
      writeFileSync(f, readFileSync(f, 'utf8').replace('titleZh: 终端', 'titleZh: 伪终端'));
    }],
    ['a concept other notes name: deleted', (c) => rmSync(path.join(c, 'concepts', 'tty.md'))],
  ];
  for (const [name, change] of cases) {
    it(name, async () => {
      const content = copyOf(SITE);
      const cache = temp('k8smap-render-');
      const first = await staged(content, cache);
      expect(first.hits).toBe(0);
      expect(first.writes).toBeGreaterThan(10);
      const second = await staged(content, cache);
      expect(second.writes).toBe(0); // nothing changed: every rendering from its entry
      expect(second.hits).toBe(first.writes);
      expect(graphToJson(second.graph)).toBe(graphToJson(first.graph));
      change(content);
      const none = await fresh(content);
      const changed = await staged(content, cache);
      expect(changed.graph).toEqual(none);
      expect(graphToJson(changed.graph)).toBe(graphToJson(none));
      expect(changed.hits).toBeGreaterThan(0);
      // and through loadGraph (the whole graph missed, render entries taken)
      const third = await loadGraph(content, { cache });
      expect(third).toEqual(none);
      expect(warnings).toEqual([]);
    });
  }

  it('a concept a note\'s text names gets another id: that note\'s page (the same bytes) is rendered again, not taken from its entry', async () => {
    const content = copyOf(SITE);
    const cache = temp('k8smap-render-');
    const page = (g: Graph) => (g.notes ?? []).find((n) => n.file === 'notes/工作负载/调度 笔记.md')!.body;
    const before = await staged(content, cache);
    expect(page(before.graph)).toContain('concepts/host-network/');
    // the note names hostNetwork in its text (a mention link); the concept note's id changes
    const f = path.join(content, 'concepts', 'search-host-network.md');
    writeFileSync(f, readFileSync(f, 'utf8').replace('id: host-network', 'id: host-net'));
    const none = await fresh(content);
    expect(page(none)).toContain('concepts/host-net/');
    expect(page(none)).not.toContain('concepts/host-network/');
    const changed = await staged(content, cache);
    expect(page(changed.graph)).toBe(page(none));
    expect(changed.graph).toEqual(none);
    expect(changed.writes).toBeGreaterThan(0);
    // the next load takes the new renderings (the stale entry replaced, not shadowing the new one)
    const again = await staged(content, cache);
    expect(again.writes).toBe(0);
    expect(again.graph).toEqual(none);
    expect(warnings).toEqual([]);
  });

  it('a load that takes the whole graph keeps the render entries (the next one-note change finds them)', async () => {
    const content = copyOf(SITE);
    const cache = temp('k8smap-render-');
    const first = await loadGraph(content, { cache });
    const whole: string[] = [];
    await loadGraph(content, { cache, onStage: (s) => whole.push(s) });
    expect(whole).toEqual(['read', 'graphCache']); // taken whole: no render stage ran
    const a = notesOf(content)[0]!;
    writeFileSync(a, `${readFileSync(a, 'utf8')}\n\n新增一段。\n`);
    const changed = await staged(content, cache);
    // (perf70: a passage of top-level blocks is rendered with its page's entry, not an entry of its own)
    expect(changed.hits).toBeGreaterThan(5);
    expect(changed.graph).toEqual(await fresh(content));
    expect(first.notes?.length).toBeGreaterThan(0);
  });

  it('the dev server keeps its memo in memory and writes no render entries', async () => {
    const cache = temp('k8smap-render-');
    keepParsedFiles(true);
    const dev = await staged(SITE, cache);
    expect(dev.writes).toBe(0);
    expect(dev.hits).toBe(0);
  });
});

describe('render entries: the format', () => {
  it('round-trips a value; another key or a flipped byte is an Error', () => {
    const value = { names: ['Pod'], answers: [null], html: '<p>终端</p>', anchors: ['a'] };
    const buf = Buffer.concat(encodeRenderEntry('k'.repeat(40), value));
    expect(decodeRenderEntry(buf, 'k'.repeat(40))).toEqual(value);
    expect(() => decodeRenderEntry(buf, 'j'.repeat(40))).toThrow(/another rendering/);
    expect(() => decodeRenderEntry(buf.subarray(0, buf.length - 1), 'k'.repeat(40))).toThrow(/truncated/);
    const flipped = Buffer.from(buf);
    flipped[flipped.length - 2]! ^= 0xff;
    expect(() => decodeRenderEntry(flipped, 'k'.repeat(40))).toThrow(/checksum/);
  });

  it('a whole graph\'s examples\' key descriptions and docUrls are stored as numbers and come back as texts', async () => {
    const g = await fresh(SITE);
    const keys = g.examples.flatMap((e) => e.keys);
    const described = keys.filter((k) => k.description !== undefined && fieldDescriptions().includes(k.description));
    expect(described.length).toBeGreaterThan(5);
    expect(keys.filter((k) => k.docUrl !== undefined).length).toBeGreaterThan(5);
    const copy = structuredClone(g);
    const buf = Buffer.concat(encodeGraph('k'.repeat(40), g));
    expect(g).toEqual(copy); // the graph given is left as it was
    expect(buf.length).toBeLessThan(v8.serialize(g).length * 0.9);
    expect(decodeGraph(buf, 'k'.repeat(40))).toEqual(g);
    expect(graphToJson(decodeGraph<Graph>(buf, 'k'.repeat(40))!)).toBe(graphToJson(g));
  });

  it('a whole graph is stored without writing to it, not even for a moment (perf58: its keys frozen, the same file)', async () => {
    const g = await fresh(SITE);
    const want = Buffer.concat(encodeGraph('k'.repeat(40), g));
    // (perf56 swapped the numbers into the Graph's own keys and back: that throws on a frozen key, and
    // changed the hidden class of every key object; the write after one changed note was 0.75x with copies)
    for (const e of g.examples) {
      for (const k of e.keys) Object.freeze(k);
      Object.freeze(e.keys);
      Object.freeze(e);
    }
    Object.freeze(g.examples);
    Object.freeze(g);
    const buf = Buffer.concat(encodeGraph('k'.repeat(40), g));
    expect(buf.equals(want)).toBe(true);
    const back = decodeGraph<Graph>(buf, 'k'.repeat(40))!;
    expect(back).toEqual(g);
    expect(graphToJson(back)).toBe(graphToJson(g));
    // the key order of a key object survives (graphToJson would show it; checked on one too)
    const k0 = g.examples.flatMap((e) => e.keys).find((k) => k.description !== undefined && k.docUrl !== undefined)!;
    const b0 = back.examples.flatMap((e) => e.keys).find((k) => k.path === k0.path && k.line === k0.line)!;
    expect(Object.keys(b0)).toEqual(Object.keys(k0));
  });
});
