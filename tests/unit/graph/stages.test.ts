/** The engine's stages: named functions over one build context, runnable and testable alone. */
import { afterAll, describe, expect, it } from 'vitest';
import { STAGES, loadGraph, runStages } from '../../../src/graph/load.ts';
import { createContext } from '../../../src/graph/build-context.ts';
import { readContent } from '../../../src/graph/stages/read.ts';
import { parseNotes } from '../../../src/graph/stages/parse.ts';
import { conceptsFromNotes } from '../../../src/graph/stages/concept-notes.ts';
import { buildMapTree } from '../../../src/graph/stages/map-tree.ts';
import { validateReferences } from '../../../src/graph/stages/validate.ts';
import { COURSE, MINIMAL_MAP, cleanup, contentDir } from './helpers.ts';

afterAll(cleanup);

describe('loadGraph stages', () => {
  it('runs the stages in pipeline order and reports each one', async () => {
    const seen: string[] = [];
    const g = await loadGraph(COURSE, { onStage: (name, ms) => {
      expect(ms).toBeGreaterThanOrEqual(0);
      seen.push(name);
    } });
    expect(seen).toEqual(STAGES.map((s) => s.name));
    expect(seen).toEqual(['read', 'parse', 'conceptNotes', 'mapTree', 'yaml', 'mine', 'areas', 'link', 'examples', 'cards', 'render', 'validate', 'edges', 'concepts', 'layout', 'assemble']);
    expect(g.stats.concepts).toBeGreaterThan(0);
  });

  it('stops after a given stage: the context holds what the stages so far produced', async () => {
    const ctx = await runStages(COURSE, {}, 'mine');
    expect(ctx.graph).toBeUndefined();
    expect(ctx.edges).toEqual([]);
    expect(ctx.nodes.has('pod')).toBe(true);
    expect([...ctx.notePassages.values()].flat().length).toBeGreaterThan(0);
  });

  it('each stage is a plain function over the context', async () => {
    const dir = await contentDir({
      'map.md': MINIMAL_MAP,
      'concepts/pod.md': '---\nid: pod\ntitle: Pod\nprerequisites: [nope]\n---\n正文\n',
      'notes/x.md': '# x\n',
      'other.md': 'stray',
    });
    const ctx = createContext(dir, {});
    await readContent(ctx);
    expect(ctx.toRead).toEqual(['concepts/pod.md', 'map.md', 'notes/x.md']);
    expect(ctx.diags.items.map((d) => d.code)).toEqual(['unclassified-note']);
    await parseNotes(ctx);
    expect(ctx.mapDoc?.file).toBe('map.md');
    expect(ctx.docs.map((d) => d.file)).toEqual(['concepts/pod.md', 'notes/x.md']);
    conceptsFromNotes(ctx);
    expect([...ctx.nodes.keys()]).toEqual(['pod']);
    buildMapTree(ctx);
    expect(ctx.rootId).toBe('root');
    expect(ctx.nodes.get('pod')!.parent).toBe('root');
    validateReferences(ctx);
    expect(ctx.refs.get('pod')!.prerequisites).toEqual([]);
    expect(ctx.diags.items.map((d) => d.code)).toContain('dangling-reference');
  });
});
