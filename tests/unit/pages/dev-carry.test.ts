/**
 * What the views carry from the last graph to the next in `astro dev` (a save builds a new
 * graph): the backlinks of all notes (src/views/backlinks.ts `carryBacklinkIndex`) and the pages'
 * highlighted examples (src/lib/page-highlight.ts). Each is carried only when everything it read
 * from the graph is the same, so after any edit the views give what views of a cold load of the
 * same folder give.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadGraph } from '../../../src/graph/load.ts';
import type { Graph } from '../../../src/graph/model.ts';
import { backlinkCounts, createViews, type SiteViews, type ViewContext } from '../../../src/views/index.ts';
import type { BacklinkMemo, BacklinkNote } from '../../../src/views/backlinks.ts';
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

let last: BacklinkMemo | undefined;
const ctx = (memo: boolean): ViewContext => ({
  base: '/k8s-map/',
  sources: { projectRoot: '/repo', contentDir: '/repo/content', repoUrl: 'https://github.com/o/r', editBranch: 'main', lastUpdated: () => undefined },
  ...(memo ? { backlinkMemo: { last: () => last, keep: (m: BacklinkMemo) => void (last = m) } } : {}),
});

/** Every concept's and note's backlinks, with the concepts and notes they point to as ids (checked to be this graph's). */
function backlinksOf(views: SiteViews): string {
  const g = views.graph;
  const plain = (list: BacklinkNote[]) =>
    list.map(({ concept, note, ...rest }) => {
      if (concept) expect(g.concepts).toContain(concept);
      if (note) expect(g.notes).toContain(note);
      return { ...rest, concept: concept?.id, note: note?.id };
    });
  return JSON.stringify([g.concepts.map((c) => [c.id, plain(views.backlinks(c.id))]), (g.notes ?? []).map((n) => [n.id, plain(views.noteBacklinks(n.id))])]);
}

async function cold(dir: string): Promise<Graph> {
  const copy = tempCopy(dir);
  return loadGraph(copy);
}

describe('backlinks carried in astro dev', () => {
  it('are carried while nothing they read changed, and equal a cold build after every edit', async () => {
    const dir = tempCopy(SITE);
    last = undefined;
    const step = async () => {
      backlinkCounts.built = 0;
      backlinkCounts.carried = 0;
      const views = createViews(await loadGraph(dir), ctx(true));
      const got = backlinksOf(views);
      const counts = { ...backlinkCounts };
      expect(got).toBe(backlinksOf(createViews(await cold(dir), ctx(false))));
      return { got, ...counts };
    };
    let r = await step();
    expect(r).toMatchObject({ built: 1, carried: 0 });
    expect(r.got).toContain('"places":[{');
    // a paragraph without mentions: carried
    const pod = path.join(dir, 'concepts', 'pod.md');
    writeFileSync(pod, `${readFileSync(pod, 'utf8')}\n\n又一段。\n`);
    r = await step();
    expect(r).toMatchObject({ built: 0, carried: 1 });
    // a linked concept's title (what a backlink shows as its source)
    const tty = path.join(dir, 'concepts', 'tty.md');
    writeFileSync(tty, readFileSync(tty, 'utf8').replace(/^title: .*$/m, 'title: TTY'));
    r = await step();
    expect(r.built).toBe(1);
    // the sentence around a mention
    const notes = path.join(dir, 'notes', '作业管理.md');
    const text = readFileSync(notes, 'utf8');
    writeFileSync(notes, text.replace(/Pod/, 'Pod（容器组）'));
    r = await step();
    expect(r.built).toBe(1);
    // the title of a note that links another (what its entry on that note's list says)
    const sched = path.join(dir, 'notes', '工作负载', '调度 笔记.md');
    writeFileSync(sched, readFileSync(sched, 'utf8').replace('# 调度笔记', '# 调度随记'));
    r = await step();
    expect(r.built).toBe(1);
    expect(r.got).toContain('调度随记');
    // a new note linking a concept
    writeFileSync(path.join(dir, 'notes', 'z-links.md'), '# 链接\n\n看看 [Pod](../concepts/pod.md) 和 [终端](../concepts/tty.md)。\n');
    r = await step();
    expect(r.built).toBe(1);
    r = await step();
    expect(r.carried).toBe(1);
  });
});

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
      const views = createViews(await loadGraph(dir), ctx(false));
      const got = await highlights(views);
      const counts = { ...highlightCounts };
      carryHighlighting.enabled = false;
      expect(got).toBe(await highlights(createViews(await cold(dir), ctx(false))));
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
