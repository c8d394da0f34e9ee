/**
 * What the views carry from the last graph to the next in `astro dev` (a save builds a new
 * graph): the pages' highlighted examples (src/lib/page-highlight.ts), carried only when
 * everything the highlighting read from the graph is the same, so after any edit the views give
 * what views of a cold load of the same folder give.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadGraph } from '../../../src/graph/load.ts';
import type { Graph } from '../../../src/graph/model.ts';
import { createViews, type SiteViews, type ViewContext } from '../../../src/views/index.ts';
import { carryHighlighting, highlightCounts, highlightForPage } from '../../../src/lib/page-highlight.ts';
import { exampleHighlightIds } from '../../../src/lib/prehighlight.ts';

const SITE = path.resolve(import.meta.dirname, '../../fixtures/site');
const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  carryHighlighting.enabled = false;
});

function tempCopy(from: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'k8smap-dev-carry-'));
  cpSync(from, dir, { recursive: true });
  dirs.push(dir);
  return dir;
}

const ctx = (): ViewContext => ({
  base: '/k8s-map/',
  sources: { projectRoot: '/repo', contentDir: '/repo/content', repoUrl: 'https://github.com/o/r', editBranch: 'main', lastUpdated: () => undefined },
});

async function cold(dir: string): Promise<Graph> {
  const copy = tempCopy(dir);
  return loadGraph(copy);
}

describe('highlighted examples carried in astro dev', () => {
  /** Every example highlighted for the pages of `views` (as its own concept's page and as another's), findings included. */
  async function highlights(views: SiteViews): Promise<string> {
    const out: unknown[] = [];
    for (const ex of views.graph.examples) {
      const ids = exampleHighlightIds(ex.id);
      for (const current of [undefined, ex.conceptIds[0], ex.keys.find((k) => k.conceptId)?.conceptId]) {
        const hl = await highlightForPage(views, ex, { ...ids, markerLabel: { error: 'E', warning: 'W' }, currentConceptId: current });
        for (const f of hl.findings) expect(ex.diagnostics).toContain(f.diagnostic);
        out.push([ex.id, current, hl]);
      }
    }
    return JSON.stringify(out);
  }

  it('are carried while the example and what it read from the graph are the same, and equal a cold build after every edit', async () => {
    carryHighlighting.enabled = true;
    const dir = tempCopy(SITE);
    const step = async () => {
      highlightCounts.carried = 0;
      highlightCounts.fresh = 0;
      const views = createViews(await loadGraph(dir), ctx());
      const got = await highlights(views);
      const counts = { ...highlightCounts };
      carryHighlighting.enabled = false;
      expect(got).toBe(await highlights(createViews(await cold(dir), ctx())));
      carryHighlighting.enabled = true;
      return { got, ...counts };
    };
    let r = await step();
    expect(r.carried).toBe(0);
    expect(r.got).toContain('yaml-key--concept');
    // an unrelated paragraph: every example carried
    const pod = path.join(dir, 'concepts', 'pod.md');
    writeFileSync(pod, `${readFileSync(pod, 'utf8')}\n\n又一段。\n`);
    r = await step();
    expect(r.fresh).toBe(0);
    expect(r.carried).toBeGreaterThan(0);
    // an example's code changed (nothing else)
    const tty = path.join(dir, 'concepts', 'tty.md');
    const ttyText = readFileSync(tty, 'utf8');
    writeFileSync(tty, ttyText.replace('name: broken', 'name: broken2'));
    r = await step();
    expect(r.fresh).toBeGreaterThan(0);
    expect(r.got).toContain('broken2');
    writeFileSync(tty, ttyText);
    r = await step();
    // the title of a concept an example's key links to (the key's tooltip)
    writeFileSync(tty, ttyText.replace(/^title: .*$/m, 'title: TTY'));
    r = await step();
    expect(r.fresh).toBeGreaterThan(0);
    expect(r.got).toContain('data-concept=\\"TTY\\"');
    // the concept gone: its keys link to the API reference instead (the title left as it was)
    writeFileSync(tty, ttyText.replace(/^title: .*$/m, 'title: TTY').replace(/^id: tty$/m, 'id: tty2'));
    r = await step();
    expect(r.fresh).toBeGreaterThan(0);
    expect(r.got).not.toContain('href=\\"/k8s-map/concepts/tty/\\"');
  });
});
