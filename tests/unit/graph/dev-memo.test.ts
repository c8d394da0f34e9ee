/**
 * What stages keep between loads in `astro dev` besides the parse results and renderings
 * (parse-cache.test.ts): the map layout (stages/layout.ts), and the miner's resolutions
 * (stages/mine-memo.ts): a candidate's decision is
 * used again only while every question it asked about the graph gets the same answer, so a note
 * edited elsewhere (a term renamed, a concept's kind changed, a concept added before it in the
 * note order) changes what an unchanged note's candidates resolve to exactly as a cold load does.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { keepParsedFiles } from '../../../src/graph/parse-files.ts';
import { loadGraph } from '../../../src/graph/load.ts';
import { graphToJson } from '../../../src/graph/json.ts';
import type { Graph } from '../../../src/graph/model.ts';
import { resolveCounts } from '../../../src/graph/stages/mine-memo.ts';
import { layoutCounts } from '../../../src/graph/stages/layout.ts';

const SITE = path.resolve(import.meta.dirname, '../../fixtures/site');

afterEach(() => keepParsedFiles(false));

function tempCopy(from: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'k8smap-mine-memo-'));
  cpSync(from, dir, { recursive: true });
  return dir;
}

/** graph.json and the build-only mention contexts (running-text mentions with their sentences). */
function outputOf(graph: Graph): string {
  return `${graphToJson(graph)}\n${JSON.stringify(graph.mentionContexts ?? [])}`;
}

async function coldLoad(dir: string): Promise<string> {
  const copy = tempCopy(dir);
  try {
    return outputOf(await loadGraph(copy));
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
}

interface Load {
  graph: Graph;
  out: string;
  fresh: number;
  kept: number;
}

async function keptLoad(dir: string): Promise<Load> {
  resolveCounts.fresh = 0;
  resolveCounts.kept = 0;
  const graph = await loadGraph(dir);
  return { graph, out: outputOf(graph), fresh: resolveCounts.fresh, kept: resolveCounts.kept };
}

async function expectCold(load: Load, dir: string): Promise<void> {
  expect(load.out).toBe(await coldLoad(dir));
}

describe('mine memo', () => {
  it('reuses every resolution of an unchanged folder, and none the graph no longer supports', async () => {
    const dir = tempCopy(SITE);
    // a-gizmo defines Gizmo; b-repair (after it in note order) explains Gizmo again in a bold
    // label (resolved to a-gizmo's concept); c-uses names it in running text (a mention).
    const a = path.join(dir, 'notes', 'a-gizmo.md');
    writeFileSync(a, '# 小工具\n\n**Gizmo：**一个会重启失败容器的小工具。\n');
    writeFileSync(path.join(dir, 'notes', 'b-repair.md'), '# 修复\n\n## 重启\n\n**Gizmo：**它负责修复。\n');
    writeFileSync(path.join(dir, 'notes', 'c-uses.md'), '# 用法\n\n出问题时 Pod 由 Gizmo 重启。\n');
    keepParsedFiles(true);
    let load = await keptLoad(dir);
    await expectCold(load, dir);
    expect(load.kept).toBe(0);
    const all = load.fresh;
    expect(all).toBeGreaterThan(0);
    const gizmo = load.graph.concepts.find((c) => c.title === 'Gizmo')!;
    expect(gizmo).toBeDefined();
    const repair = load.graph.notes!.find((n) => n.file === 'notes/b-repair.md')!;
    const mentioned = (g: Graph, id: string) => g.mentionContexts!.some((m) => m.to === id && m.source.file === 'notes/c-uses.md');
    expect(mentioned(load.graph, gizmo.id)).toBe(true);
    expect(gizmo.excerpts.map((e) => e.source.file)).toEqual(['notes/a-gizmo.md', 'notes/b-repair.md']);

    // nothing changed: nothing resolved again
    load = await keptLoad(dir);
    await expectCold(load, dir);
    expect(load.fresh).toBe(0);
    expect(load.kept).toBe(all);

    // The term renamed in a-gizmo: b-repair is unchanged, but its label no longer finds the
    // concept (it defines Gizmo itself now), and its mention goes to that concept.
    writeFileSync(a, '# 小工具\n\n**Widget：**一个会重启失败容器的小工具。\n');
    load = await keptLoad(dir);
    await expectCold(load, dir);
    expect(load.fresh).toBeGreaterThan(1); // a-gizmo's candidate and b-repair's label at least
    const widget = load.graph.concepts.find((c) => c.title === 'Widget')!;
    const gizmoNow = load.graph.concepts.find((c) => c.title === 'Gizmo')!;
    expect(widget.id).not.toBe(gizmoNow.id);
    expect(gizmoNow.excerpts.map((e) => e.source.file)).toEqual(['notes/b-repair.md']);
    expect(mentioned(load.graph, gizmoNow.id)).toBe(true);
    expect(mentioned(load.graph, widget.id)).toBe(false);
    expect(repair.id).toBe(load.graph.notes!.find((n) => n.file === 'notes/b-repair.md')!.id);

    // …and back
    writeFileSync(a, '# 小工具\n\n**Gizmo：**一个会重启失败容器的小工具。\n');
    load = await keptLoad(dir);
    await expectCold(load, dir);
    expect(load.graph.concepts.filter((c) => c.title === 'Gizmo').length).toBe(1);
    rmSync(dir, { recursive: true, force: true });
  });

  it('resolves an unchanged note again when a concept it found changes kind or another note defines a name first', async () => {
    const dir = tempCopy(SITE);
    // A field named in a note about Pods; a concept note with the same title and no kind.
    writeFileSync(path.join(dir, 'notes', 'm-fields.md'), '# Pod 的字段\n\n- **hostAliases：**往 Pod 的 /etc/hosts 里加几行。\n- **Sidecar 模式：**和主容器一起运行的辅助容器。\n');
    const concept = path.join(dir, 'concepts', 'host-aliases.md');
    writeFileSync(concept, '---\nid: host-aliases\ntitle: hostAliases\n---\n# hostAliases\n\n给 Pod 加 hosts 条目。\n');
    keepParsedFiles(true);
    let load = await keptLoad(dir);
    await expectCold(load, dir);

    // The concept note says what it is: the unchanged note's lookup gives the same id, but
    // what the resolver knows of it (its kind) is another answer.
    writeFileSync(concept, '---\nid: host-aliases\ntitle: hostAliases\nkind: topic\n---\n# hostAliases\n\n给 Pod 加 hosts 条目。\n');
    load = await keptLoad(dir);
    await expectCold(load, dir);
    expect(load.fresh).toBeGreaterThan(0);

    // A note before it in the order defines the pattern: the unchanged note's label now finds it.
    const sidecarBefore = load.graph.concepts.filter((c) => /Sidecar/i.test(c.title)).map((c) => c.id);
    writeFileSync(path.join(dir, 'notes', 'a-sidecar.md'), '# 模式\n\n**Sidecar：**与应用容器共享 Pod 的辅助容器。\n');
    load = await keptLoad(dir);
    await expectCold(load, dir);
    const sidecarAfter = load.graph.concepts.filter((c) => /Sidecar/i.test(c.title)).map((c) => c.id);
    expect(sidecarAfter).not.toEqual(sidecarBefore);
    rmSync(dir, { recursive: true, force: true });
  });

  it("resolves an unchanged note's fields again when only its home kind (the owners answer) changes", async () => {
    const dir = tempCopy(SITE);
    // The note's title 部署 finds the concept note's Deployment by its Chinese title: the note's
    // home is that object, and its bold field labels are read as Deployment's fields (the home
    // kind is one of the `owners` the resolver asks for). Dropping the Chinese title from the
    // concept note leaves the note without a home: every other question its candidates ask gets
    // the same answer as before, only `owners` differs (Deployment no longer among them).
    const concept = path.join(dir, 'concepts', 'deploy.md');
    const withZh = '---\nid: deploy\ntitle: Deployment\ntitleZh: 部署\nkind: object\n---\n# Deployment\n\n管理副本。\n';
    writeFileSync(concept, withZh);
    writeFileSync(path.join(dir, 'notes', 'm-bushu.md'), '# 部署\n\n**replicas：**副本的数量。\n\n**paused：**暂停滚动更新。\n');
    const replicas = (g: Graph) =>
      g.concepts.filter((c) => c.excerpts.some((e) => e.source.file === 'notes/m-bushu.md') && c.title === 'replicas').map((c) => `${c.id} ${c.fieldPath ?? ''}`);
    keepParsedFiles(true);
    let load = await keptLoad(dir);
    await expectCold(load, dir);
    expect(replicas(load.graph)).toEqual(['deployment-replicas spec.replicas']);

    writeFileSync(concept, withZh.replace('titleZh: 部署\n', ''));
    load = await keptLoad(dir);
    await expectCold(load, dir);
    expect(replicas(load.graph)).not.toEqual(['deployment-replicas spec.replicas']);
    expect(load.kept).toBeGreaterThan(0);

    // …and back
    writeFileSync(concept, withZh);
    load = await keptLoad(dir);
    await expectCold(load, dir);
    expect(replicas(load.graph)).toEqual(['deployment-replicas spec.replicas']);
    rmSync(dir, { recursive: true, force: true });
  });

  it('gives the same graph as a cold load on the fixture site across a rename in a concept note', async () => {
    const dir = tempCopy(SITE);
    keepParsedFiles(true);
    let load = await keptLoad(dir);
    await expectCold(load, dir);
    const tty = path.join(dir, 'concepts', 'tty.md');
    const text = readFileSync(tty, 'utf8');
    // another title and an alias the free-form notes may name
    writeFileSync(tty, text.replace(/^title: .*$/m, 'title: Terminal\naliases: [Job, CronJob]'));
    load = await keptLoad(dir);
    await expectCold(load, dir);
    expect(load.kept).toBeGreaterThan(0);
    writeFileSync(tty, text);
    load = await keptLoad(dir);
    await expectCold(load, dir);
    rmSync(dir, { recursive: true, force: true });
  });
});

describe('layout memo', () => {
  it('lays the map out again only when a concept on it changed its place or its titles', async () => {
    const dir = tempCopy(SITE);
    keepParsedFiles(true);
    const laid = async () => {
      layoutCounts.fresh = 0;
      layoutCounts.kept = 0;
      const load = await keptLoad(dir);
      const counts = { fresh: layoutCounts.fresh, kept: layoutCounts.kept };
      await expectCold(load, dir);
      return { load, ...counts };
    };
    let r = await laid();
    expect(r.fresh).toBe(1);
    // a body edited: the same layout
    const pod = path.join(dir, 'concepts', 'pod.md');
    writeFileSync(pod, `${readFileSync(pod, 'utf8')}\n\n又一段。\n`);
    r = await laid();
    expect([r.fresh, r.kept]).toEqual([0, 1]);
    expect(Object.isFrozen(r.load.graph.layout!.nodes[0])).toBe(true);
    // a title on the map changed: its box (and maybe its neighbours') changes
    const tty = path.join(dir, 'concepts', 'tty.md');
    const text = readFileSync(tty, 'utf8');
    writeFileSync(tty, text.replace(/^title: .*$/m, 'title: 一个长得多的终端标题，要换行才放得下'));
    r = await laid();
    expect(r.fresh).toBe(1);
    // and back
    writeFileSync(tty, text);
    r = await laid();
    expect(r.fresh).toBe(1);
    rmSync(dir, { recursive: true, force: true });
  });
});
