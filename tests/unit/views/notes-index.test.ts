/**
 * qa44: a reader who points the site at a folder of chapters (the Markdown files directly in it, not
 * in its notes/) got an empty map and a notes index saying only "no notes under notes/". The notes
 * index now lists the files the build left out (`unclassified-note`), and the home page says why the
 * map is empty (src/pages/index.astro, src/pages/notes/index.astro read these fields).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { loadGraph } from '../../../src/graph/index.ts';
import { buildNotesIndex, ignoredFiles, noteSections } from '../../../src/views/notes-index.ts';
import { cleanup, contentDir } from '../graph/helpers.ts';

afterAll(cleanup);

const chapter = (title: string) => `# ${title}\n\n**Job：** 运行到完成就结束的工作负载。\n`;

describe('notes index: the Markdown files the build ignored', () => {
  it('lists chapters written outside notes/ and concepts/, sorted, once each, and no notes', async () => {
    const chapters = {
      '日志收集.md': chapter('日志收集'),
      'Helm 与 Chart 打包 <script>.md': chapter('Helm'),
      '草稿/批处理 Job.md': chapter('批处理'),
      'README.md': '# 我的笔记\n', // a folder's README is expected there: not reported, not listed
    };
    // Without notes/ (nor map.md, concepts/) the folder is loose: every Markdown file is a note.
    const loose = buildNotesIndex(await loadGraph(await contentDir(chapters), { layout: false }));
    expect([loose.total, loose.ignored]).toEqual([4, []]);
    // A notes/ folder (here holding only an image) makes the chapters beside it ignored.
    const dir = await contentDir({ ...chapters, 'notes/img.png': '\u0089PNG' });
    const graph = await loadGraph(dir, { layout: false });
    const idx = buildNotesIndex(graph);
    expect(idx.total).toBe(0);
    expect(idx.ignored).toEqual(['Helm 与 Chart 打包 <script>.md', '日志收集.md', '草稿/批处理 Job.md'].sort());
    expect(graph.concepts.length).toBeLessThanOrEqual(1); // the generated root alone: the home page's empty notice
  });

  it('is empty when every chapter is under notes/, and lists a stray file beside them', async () => {
    const ok = await loadGraph(await contentDir({ 'notes/日志收集.md': chapter('日志收集') }), { layout: false });
    expect(buildNotesIndex(ok).ignored).toEqual([]);
    expect(buildNotesIndex(ok).total).toBe(1);
    const mixed = await loadGraph(await contentDir({ 'notes/日志收集.md': chapter('日志收集'), '待整理.md': chapter('待整理') }), { layout: false });
    expect(buildNotesIndex(mixed).ignored).toEqual(['待整理.md']);
    expect(buildNotesIndex(mixed).total).toBe(1);
  });

  it('takes only unclassified-note findings, each file once', () => {
    const d = (file: string, code: string) => ({ file, line: 1, column: 1, severity: 'warning' as const, code, message: '' });
    expect(ignoredFiles({ diagnostics: [d('b.md', 'unclassified-note'), d('a.md', 'unclassified-note'), d('b.md', 'unclassified-note'), d('notes/x.md', 'yaml-syntax')] })).toEqual(['a.md', 'b.md']);
  });
});

describe('notes index: the sections of a note', () => {
  const h = (depth: number, text: string, line: number) => ({ depth, text, id: text, line });
  it('are its level-2 headings; a note written with ### only lists those (a setup log)', () => {
    expect(noteSections([h(1, '集群搭建记录', 1), h(3, '准备工作', 5), h(3, '初始化控制平面', 12), h(4, '小问题', 14)]).map((x) => x.text)).toEqual(['准备工作', '初始化控制平面']);
    expect(noteSections([h(1, 'T', 1), h(2, 'A', 3), h(3, 'a1', 5), h(2, 'B', 9)]).map((x) => x.text)).toEqual(['A', 'B']);
    expect(noteSections([h(1, 'T', 1)])).toEqual([]);
  });

  it('reach the index for a note with ### sections only', async () => {
    const note = '# 集群搭建记录（kubeadm）\n\n三台虚拟机。\n\n### 准备工作\n\n关 swap。\n\n### 初始化控制平面\n\n`kubeadm init`。\n';
    const graph = await loadGraph(await contentDir({ 'notes/集群搭建记录.md': note }), { layout: false });
    expect(buildNotesIndex(graph).folders[0]!.notes[0]!.sections.map((x) => x.text)).toEqual(['准备工作', '初始化控制平面']);
  });
});
