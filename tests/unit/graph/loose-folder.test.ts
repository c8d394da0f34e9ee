/**
 * A loose content folder (no map.md, no concepts/, no notes/): every Markdown file, at any depth, is
 * a free-form note, exactly as if it were under notes/. A folder with any of the three keeps the
 * laid-out rules (files outside are ignored and reported).
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { loadGraph } from '../../../src/graph/index.ts';
import { classify, contentLayout } from '../../../src/graph/files.ts';
import { folderOf } from '../../../src/graph/stages/areas.ts';
import { keepParsedFiles } from '../../../src/graph/parse-files.ts';
import { buildNotesIndex } from '../../../src/views/notes-index.ts';
import type { Graph } from '../../../src/graph/model.ts';
import { cleanup, contentDir } from './helpers.ts';

afterAll(cleanup);

const CHAPTERS: Record<string, string> = {
  'Pod 基础.md': '# Pod 基础\n\nPod 是 Kubernetes 里最小的调度单位。一个 Pod 可以有多个容器，它们共享网络。\n\n```yaml\napiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n    - name: web\n      image: nginx:1.27\n```\n\n另见 [服务](网络/Service 入门.md)。\n',
  '网络/Service 入门.md': '# Service 入门\n\nService 给一组 Pod 一个稳定的地址。`kubectl expose deployment web --port 80` 会创建一个 Service。\n\n![图](img/svc.png)\n',
  '网络/Ingress 与 TLS.md': '---\ntags: [网络]\n---\n# Ingress 与 TLS\n\nIngress 把集群外的 HTTP 流量路由到 Service。\n\n```yaml\napiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: web\nspec:\n  rules:\n    - host: a.example.com\n```\n',
  '网络/img/svc.png': '\u0089PNG\r\n',
  'README.md': '# 我的 Kubernetes 笔记\n\n学习 Pod、Service 和 Ingress 的记录。\n',
  '存储/持久卷.markdown': '# 持久卷\n\nPersistentVolume 和 PersistentVolumeClaim 把存储和 Pod 分开。\n',
};

describe('contentLayout / classify', () => {
  it('a folder with none of map.md, concepts/, notes/ is loose: every Markdown file is a note', () => {
    const files = Object.keys(CHAPTERS).sort();
    expect(contentLayout(files)).toBe('loose');
    expect(files.map((f) => [f, classify(f, 'loose')])).toEqual(files.map((f) => [f, /\.(md|markdown)$/.test(f) ? 'note' : 'ignored']));
  });
  it('any of the three makes it laid out, and files outside them are ignored', () => {
    for (const marker of ['map.md', 'concepts/pod.md', 'notes/a.md', 'notes/img/x.png']) {
      const files = [marker, 'Pod 基础.md', '网络/Service 入门.md'];
      expect(contentLayout(files), marker).toBe('laid-out');
      expect(classify('Pod 基础.md', contentLayout(files))).toBe('ignored');
    }
    expect(classify('map.md')).toBe('map');
    expect(classify('concepts/a/pod.md')).toBe('concept');
    expect(classify('notes/a.md')).toBe('note');
    expect(classify('notes/a.png')).toBe('ignored');
    // a folder merely named like them deeper down does not count
    expect(contentLayout(['x/notes/a.md', 'x/map.md', 'concepts.md'])).toBe('loose');
  });
  it('folders of a loose folder are its first level, as notes/<folder>/ are in a laid-out one', () => {
    expect(folderOf('网络/Service 入门.md', 'loose')).toBe('网络');
    expect(folderOf('Pod 基础.md', 'loose')).toBeUndefined();
    expect(folderOf('notes/网络/Service 入门.md')).toBe('网络');
    expect(folderOf('网络/Service 入门.md')).toBeUndefined();
  });
});

/** The graph with every content path written as it would be under notes/ (ids do not change: they come from the path under notes/). */
function underNotes(g: Graph, root: string): string {
  const text = JSON.stringify({ ...g, root: '' }).split(JSON.stringify(root).slice(1, -1)).join('ROOT');
  return text;
}

describe('a loose folder builds the graph of the same files under notes/', () => {
  it('same notes, concepts, edges, examples and findings apart from paths', async () => {
    const looseDir = await contentDir(CHAPTERS);
    const laid = Object.fromEntries(Object.entries(CHAPTERS).map(([f, t]) => [`notes/${f}`, t]));
    const laidDir = await contentDir(laid);
    const loose = await loadGraph(looseDir);
    const laidOut = await loadGraph(laidDir);

    expect(loose.notes!.map((n) => n.file)).toEqual(Object.keys(CHAPTERS).filter((f) => /\.(md|markdown)$/.test(f)).sort());
    expect(loose.notes!.map((n) => n.id)).toEqual(laidOut.notes!.map((n) => n.id));
    expect(loose.diagnostics.filter((d) => d.code === 'unclassified-note')).toEqual([]);
    expect(loose.concepts.length).toBeGreaterThan(3);
    expect(loose.assets.map((a) => a)).toHaveLength(laidOut.assets.length);
    expect(loose.assets.length).toBe(1);

    // Rewrite the laid-out graph's paths to the loose ones: every `notes/` file prefix goes.
    const files = Object.keys(CHAPTERS);
    let laidText = underNotes(laidOut, laidDir);
    for (const f of files) laidText = laidText.split(JSON.stringify(`notes/${f}`).slice(1, -1)).join(JSON.stringify(f).slice(1, -1));
    laidText = laidText.split('notes/网络').join('网络').split('notes/存储').join('存储');
    const looseText = underNotes(loose, looseDir);
    // Path-derived too: an example's id hashes its file's path; an asset's URL mirrors its path.
    laidText = laidText.split('@base/assets/notes/').join('@base/assets/').split('"notes/网络/img/svc.png"').join('"网络/img/svc.png"');
    const hashless = (s: string) => s.replace(/-[0-9a-f]{8}-(\d+)/g, '-HASH-$1');
    const strip = (s: string) => { const g = JSON.parse(hashless(s)) as Graph; return { ...g, stats: { ...g.stats, timings: undefined }, diagnostics: g.diagnostics.map((d) => (d.code === 'map-missing' ? { ...d, hint: '(the loose one says how to lay it out)', hintText: undefined } : d)) }; };
    expect(strip(looseText)).toEqual(strip(laidText));
  });

  it('the notes index groups a loose folder by its own folders, named by their paths on disk', async () => {
    const loose = buildNotesIndex(await loadGraph(await contentDir(CHAPTERS)));
    const laid = buildNotesIndex(await loadGraph(await contentDir(Object.fromEntries(Object.entries(CHAPTERS).map(([f, t]) => [`notes/${f}`, t])))));
    expect(loose.folders.map((f) => [f.folder, f.path, f.notes.length])).toEqual([['', '', 2], ['存储', '存储', 1], ['网络', '网络', 2]]);
    expect(laid.folders.map((f) => [f.folder, f.path, f.notes.length])).toEqual([['', 'notes', 2], ['存储', 'notes/存储', 1], ['网络', 'notes/网络', 2]]);
    expect(loose.ignored).toEqual([]);
  });

  it('the map-missing finding tells a loose folder not to add map.md alone', async () => {
    const g = await loadGraph(await contentDir({ 'a.md': '# A\n\nPod 是最小的调度单位。\n' }));
    const d = g.diagnostics.find((x) => x.code === 'map-missing');
    expect(d?.hint).toMatch(/notes\/.*map\.md|map\.md.*notes\//);
  });

  it('adding notes/ switches to the laid-out rules: the loose files are ignored and reported', async () => {
    const dir = await contentDir({ ...CHAPTERS, 'notes/新章节.md': '# 新章节\n\nDeployment 管理一组 Pod 的副本。\n' });
    const g = await loadGraph(dir);
    expect(g.notes!.map((n) => n.file)).toEqual(['notes/新章节.md']);
    const ignored = g.diagnostics.filter((d) => d.code === 'unclassified-note').map((d) => d.file).sort();
    expect(ignored).toEqual(['Pod 基础.md', '存储/持久卷.markdown', '网络/Ingress 与 TLS.md', '网络/Service 入门.md']);
  });
});

describe('the caches follow a folder that switches between loose and laid out', () => {
  const envBefore = process.env.K8SMAP_CACHE;
  afterEach(() => {
    keepParsedFiles(false);
    if (envBefore === undefined) delete process.env.K8SMAP_CACHE;
    else process.env.K8SMAP_CACHE = envBefore;
  });
  const json = (g: Graph) => JSON.stringify({ ...g, stats: { ...g.stats, timings: undefined } });

  for (const dev of [false, true]) {
    it(`disk cache (whole graph and parse entries)${dev ? ' and the dev server\'s kept parses' : ''}: notes/ added, then removed`, async () => {
      process.env.K8SMAP_CACHE = 'on';
      keepParsedFiles(dev);
      const dir = await contentDir(CHAPTERS);
      const cache = await contentDir({});
      const first = await loadGraph(dir, { cache });
      expect(first.notes).toHaveLength(5);
      expect(json(await loadGraph(dir, { cache }))).toBe(json(first));

      await mkdir(path.join(dir, 'notes'));
      await writeFile(path.join(dir, 'notes', '新章节.md'), '# 新章节\n\nDeployment 管理一组 Pod 的副本。\n');
      const laid = await loadGraph(dir, { cache });
      expect(laid.notes!.map((n) => n.file)).toEqual(['notes/新章节.md']);
      expect(json(laid)).toBe(json(await loadGraph(dir, { cache: false })));

      await rm(path.join(dir, 'notes'), { recursive: true });
      expect(json(await loadGraph(dir, { cache }))).toBe(json(first));
    });
  }
});
