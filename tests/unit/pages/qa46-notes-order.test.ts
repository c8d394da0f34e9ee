/** qa46: previous/next follow the notes index (a draft after its chapter); top-level notes after folders get a heading. */
import { afterAll, describe, expect, it } from 'vitest';
import { loadGraph } from '../../../src/graph/index.ts';
import { createViews } from '../../../src/views/index.ts';
import { buildNotesIndex } from '../../../src/views/notes-index.ts';
import { cleanup, contentDir } from '../graph/helpers.ts';

afterAll(cleanup);

describe('reading order of an Obsidian vault', async () => {
  const graph = await loadGraph(await contentDir({
    '01-基础/Pod基础.md': '# Pod基础\n\n**Pod**：最小的调度单位。\n',
    '02-工作负载/Job与CronJob-草稿.md': '# Job 与 CronJob（草稿）\n\n**Job**：运行到完成的任务。\n',
    '02-工作负载/Job与CronJob.md': '# Job 与 CronJob\n\n**Job**：运行到完成的任务。\n',
    '02-工作负载/资源限制.md': '# 资源限制\n\n**requests**：调度用的资源请求。\n',
    '99-考试速查.md': '# CKAD 考试速查\n\n见 [[Pod基础]]。\n',
  }), { layout: false });
  const views = createViews(graph, { base: '/', sources: { projectRoot: '/', contentDir: '/', repoUrl: '', editBranch: 'main', lastUpdated: () => undefined } });
  const byFile = (f: string) => graph.notes!.find((n) => n.file === f)!.id;
  const title = (id: string | undefined) => (id === undefined ? undefined : views.notePage(id)!.note.title);

  it('goes from a chapter to its draft, not from the note before to the draft', () => {
    const index = buildNotesIndex(graph).folders.flatMap((f) => f.notes.map((n) => n.title));
    expect(index).toEqual(['Pod基础', 'Job 与 CronJob', 'Job 与 CronJob（草稿）', '资源限制', 'CKAD 考试速查']);
    const walk: string[] = [];
    for (let id: string | undefined = byFile('01-基础/Pod基础.md'); id; id = views.notePage(id)!.next?.id) walk.push(title(id)!);
    expect(walk).toEqual(index);
    expect(title(views.notePage(byFile('02-工作负载/资源限制.md'))!.prev?.id)).toBe('Job 与 CronJob（草稿）');
  });

  it('gives the top-level notes listed after the folders a heading of their own', () => {
    const folders = buildNotesIndex(graph).folders;
    expect(folders.map((f) => [f.folder, f.topAfterFolders ?? false])).toEqual([['01-基础', false], ['02-工作负载', false], ['', true]]);
  });
});
