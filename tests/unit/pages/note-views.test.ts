/** The note views (issue 13): note page data, the notes index, passage links, search documents. */
import { afterAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadGraph } from '../../../src/graph/index.ts';
import { createViews, type ViewContext } from '../../../src/views/index.ts';
import { buildNoteSearchDocs, noteIdOfDoc } from '../../../src/views/search-index.ts';
import { anchorBefore, placeOnPage, draftCopies, findingsOutsideExamples, noteLabels, noteMapData, sameTitleNotes } from '../../../src/views/note-page.ts';
import type { Diagnostic } from '../../../src/graph/model.ts';
import { notePath } from '../../../src/views/urls.ts';
import { loadSearchIndex, searchConcepts } from '../../../src/views/search-core.ts';
import { buildNotesIndex } from '../../../src/views/notes-index.ts';
import { cleanup, contentDir } from '../graph/helpers.ts';

afterAll(cleanup);

const SITE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/site');
const NOTE = 'notes/工作负载/Pod 与 Deployment：入门（第一章）.md';

const ctx = (repoUrl: string): ViewContext => ({
  base: '/k8s-map/',
  sources: { projectRoot: path.resolve(SITE, '../../..'), contentDir: SITE, repoUrl, editBranch: 'main', lastUpdated: (f) => (f === NOTE ? '2024-05-01T12:00:00+08:00' : undefined) },
});

describe('note views (fixture site)', async () => {
  const graph = await loadGraph(SITE, { layout: false });
  const views = createViews(graph, ctx(''));
  const note = graph.notes!.find((n) => n.file === NOTE)!;

  it('has a percent-encoded page URL under the base path', () => {
    expect(note.id).toBe('工作负载-pod-与-deployment-入门-第一章');
    expect(views.noteHref(NOTE)).toBe(`/k8s-map/notes/${encodeURIComponent(note.id)}/`);
    expect(views.noteHref(NOTE, 'L7')).toBe(`/k8s-map/notes/${encodeURIComponent(note.id)}/#L7`);
    expect(views.noteHref('concepts/pod.md')).toBeUndefined();
  });

  it('gives the page its concepts by kind, examples, findings and neighbours in folder order', () => {
    const page = views.notePage(note.id)!;
    expect(page.home?.id).toBe('pod');
    // `Deployment 管理一组 Pod` and `Deployment 负责滚动更新` explain it: defined here since the
    // learned definition scorer runs beside the rules (docs/miner.md); the next note only mentions both.
    expect(page.defines.flatMap((g) => g.concepts.map((c) => c.id))).toEqual(expect.arrayContaining(['pod', 'deployment']));
    expect(page.mentions).toEqual([]);
    // (fix27, QA finding 8: the next note names Deployment only inside a wiki-link's target,
    // `[[Pod 与 Deployment：入门（第一章）|第一章]]`, which is no running-text mention; Pod it names in its text)
    const nextMentions = views.notePage(page.next!.id)!.mentions.flatMap((g) => g.concepts.map((c) => c.id));
    expect(nextMentions).toContain('pod');
    expect(nextMentions).not.toContain('deployment');
    expect(page.defines.every((g) => g.concepts.every((c) => c.kind === g.kind))).toBe(true);
    expect(page.examples).toHaveLength(1);
    expect(page.findings.warnings).toBe(3); // the unknown field and the two missing images
    // Folder order, as the notes index lists them: the top-level notes (notes/作业管理.md, then
    // notes/探针 Obsidian.md, which sorts after the folder) come before the folder 工作负载/.
    expect(views.notePage(page.prev!.id)!.note.file).toBe('notes/探针 Obsidian.md');
    expect(views.notePage(views.notePage(page.prev!.id)!.prev!.id)!.note.file).toBe('notes/作业管理.md');
    expect(views.notePage(views.notePage(page.prev!.id)!.prev!.id)!.prev).toBeUndefined();
    expect(views.notePage(page.next!.id)!.note.file).toBe('notes/工作负载/调度 笔记.md');
    expect(views.notePage(page.next!.id)!.prev?.id).toBe(note.id);
    // No repository configured: no repository links.
    expect(page.editUrl).toBeUndefined();
    expect(page.viewUrl).toBeUndefined();
    expect(page.updated).toBe('2024-05-01T12:00:00+08:00');
    expect(noteMapData(page)).toEqual({ id: note.id, title: note.title, concepts: page.conceptIds });
    expect(views.notePage('no-such-note')).toBeUndefined();
  });

  it('links a passage to its note page, else to the repository only when one is configured', () => {
    expect(views.sources.passage(NOTE, 7, 'L7')).toEqual({ href: notePath('/k8s-map/', note.id, 'L7'), internal: true });
    expect(views.sources.passage('concepts/pod.md', 3)).toBeUndefined();
    const withRepo = createViews(graph, ctx('https://github.com/o/r'));
    expect(withRepo.sources.passage('concepts/pod.md', 3)).toEqual({ href: 'https://github.com/o/r/blob/main/tests/fixtures/site/concepts/pod.md#L3', internal: false });
    expect(withRepo.notePage(note.id)!.editUrl).toMatch(/^https:\/\/github\.com\/o\/r\/edit\/main\/tests\/fixtures\/site\/notes\//);
  });

  it('lists every note in the index with its counts, grouped by folder', () => {
    const idx = views.notesIndex;
    expect(idx.total).toBe(graph.notes!.length);
    expect(idx.withFindings).toBe(2); // this note and notes/探针 Obsidian.md (a wiki link to nothing)
    const entry = idx.folders.flatMap((f) => f.notes).find((n) => n.id === note.id)!;
    expect(idx.folders.map((f) => f.folder)).toEqual(['', '工作负载']); // '' = notes/ itself
    expect(entry.sections.map((h) => h.text)).toEqual(['什么是 Pod', 'Deployment 的用法']);
    expect(entry).toMatchObject({ defines: note.defines.length, examples: 1, examplesWithFindings: 1, warnings: 3, errors: 0, updated: '2024-05-01T12:00:00+08:00' });
  });

  it('puts notes in the concept search, found by their title', () => {
    const docs = buildNoteSearchDocs(graph);
    expect(docs.map((d) => d.k)).toEqual(graph.notes!.map(() => 'note'));
    expect(noteIdOfDoc(docs[0]!.id)).toBe(graph.notes![0]!.id);
    const index = loadSearchIndex(views.searchIndexJson);
    const hits = searchConcepts(index, '调度笔记').hits;
    expect(hits.some((h) => h.k === 'note' && noteIdOfDoc(h.id) === '工作负载-调度-笔记')).toBe(true);
  });
});

describe('noteLabels: what to call a note where notes are listed', () => {
  it('is the title, with the file name only where two notes share a title', () => {
    const labels = noteLabels([
      { id: 'a', title: '调度笔记', file: 'notes/调度笔记.md' },
      { id: 'b', title: '调度笔记', file: 'notes/调度笔记 (草稿).md' },
      { id: 'c', title: '存储', file: 'notes/存储.md' },
      { id: 'd', title: '网络 ', file: 'notes/一/网络.md' },
      { id: 'e', title: '网络', file: 'notes/二/网络.md' },
    ]);
    // the chapter whose file name is its title is called by the title alone, its draft by both
    expect(labels.get('a')).toBe('调度笔记');
    expect(labels.get('b')).toBe('调度笔记 · 调度笔记 (草稿)');
    expect(labels.get('c')).toBe('存储');
    // the same file name in two folders: the path tells them apart
    expect(labels.get('d')).toBe('网络 · 一/网络');
    expect(labels.get('e')).toBe('网络 · 二/网络');
    expect(new Set(labels.values()).size).toBe(labels.size);
  });

  it('names every note of a group by its file when none, or more than one, has the title as its name', () => {
    const labels = noteLabels([
      { id: 'a', title: 'Pod', file: 'notes/Pod.md' },
      { id: 'b', title: 'Pod', file: 'notes/pod.md' },
      { id: 'c', title: '存储卷声明', file: 'notes/存储 v1.md' },
      { id: 'd', title: '存储卷声明', file: 'notes/存储 v2.md' },
    ]);
    // Pod.md and pod.md both read as the title: neither is called by the title alone
    expect(labels.get('a')).toBe('Pod · Pod');
    expect(labels.get('b')).toBe('Pod · pod');
    expect(labels.get('c')).toBe('存储卷声明 · 存储 v1');
    expect(labels.get('d')).toBe('存储卷声明 · 存储 v2');
  });
});

describe('drafts and copies of a note, findings outside the examples', () => {
  const notes = [
    { id: 'net', title: '网络策略', file: 'notes/网络策略.md' },
    { id: 'net-copy', title: '网络策略 ', file: 'notes/网络策略 copy.md' },
    { id: 'net-2', title: '网络策略', file: 'notes/网络策略 (2).md' },
    { id: 'sched', title: '调度', file: 'notes/a/调度.md' },
    { id: 'sched-b', title: '调度', file: 'notes/b/调度.md' },
    { id: 'old', title: '旧笔记', file: 'notes/旧笔记 草稿.md' },
    { id: 'old-2', title: '旧笔记', file: 'notes/旧笔记 备份.md' },
  ];
  it('gives each note the others with its title', () => {
    const twins = sameTitleNotes(notes);
    expect(twins.get('net')!.map((n) => n.id)).toEqual(['net-copy', 'net-2']);
    expect(twins.get('sched-b')!.map((n) => n.id)).toEqual(['sched']);
    expect(twins.has('nothing')).toBe(false);
  });
  it('calls a note a draft or copy when it is named like one and shares its title with one that is not', () => {
    // two chapters of one title in two folders are no copies; two drafts with no original are not marked either
    expect([...draftCopies(notes)].sort()).toEqual(['net-2', 'net-copy']);
  });
  it('calls a note a draft when its title is another note\'s title with a draft remark', () => {
    const drafts = [
      { id: 'deploy', title: 'Deployment 和滚动更新', file: 'notes/02-Deployment和滚动更新.md' },
      { id: 'deploy-draft', title: 'Deployment 和滚动更新（草稿）', file: 'notes/02-Deployment和滚动更新-草稿.md' },
      { id: 'svc', title: 'Service', file: 'notes/svc.md' },
      { id: 'svc-draft', title: 'Service (draft)', file: 'notes/svc-2.md' },
      { id: 'svc-copy', title: 'Service 副本', file: 'notes/svc-3.md' },
      { id: 'deploy-copy', title: 'Deployment 和滚动更新副本', file: 'notes/02-b.md' },
      { id: 'pv', title: 'PV', file: 'notes/pv.md' },
      // a title that only ends like a remark is no draft of a note that has no such title
      { id: 'rs', title: 'ReplicaSet 与副本', file: 'notes/rs.md' },
      // (its file is not named `pv 草稿.md`: beside `pv.md` that is a draft of it by its file name)
      { id: 'pv-drafts-only', title: 'PV 草稿（草稿）', file: 'notes/pv-b 草稿.md' },
    ];
    expect([...draftCopies(drafts)].sort()).toEqual(['deploy-copy', 'deploy-draft', 'svc-copy', 'svc-draft']);
    // the draft's page links the note it copies
    expect(sameTitleNotes(drafts).get('deploy-draft')!.map((n) => n.id)).toEqual(['deploy', 'deploy-copy']);
    expect(sameTitleNotes(drafts).has('rs')).toBe(false);
  });
  it('calls a note a draft when its file name is another note\'s in the same folder with a draft remark, whatever their titles', () => {
    const notes = [
      { id: 'roll', title: '滚动更新与回滚', file: 'notes/运维/05-滚动更新.md' },
      { id: 'roll-draft', title: '滚动更新（草稿）', file: 'notes/运维/05-滚动更新（草稿）.md' },
      { id: 'svc', title: 'Service 与 Ingress', file: 'notes/svc.md' },
      { id: 'svc-copy', title: 'Service', file: 'notes/svc copy.md' },
      // another folder's file of that name is another chapter's draft, not this one's
      { id: 'other-draft', title: '调度', file: 'notes/旧/05-滚动更新-草稿.md' },
      // two names that only differ by a draft word no file of them is named with: no copies
      { id: 'a', title: 'A', file: 'notes/a.md' },
      { id: 'b', title: 'B', file: 'notes/b.md' },
    ];
    expect([...draftCopies(notes)].sort()).toEqual(['roll-draft', 'svc-copy']);
    expect(sameTitleNotes(notes).get('roll-draft')!.map((n) => n.id)).toEqual(['roll']);
    expect(sameTitleNotes(notes).get('roll')!.map((n) => n.id)).toEqual(['roll-draft']);
    expect(sameTitleNotes(notes).has('other-draft')).toBe(false);
  });
  it('keeps the findings no example shows (prose, frontmatter), by line', () => {
    const d = (line: number, message: string): Diagnostic => ({ file: 'notes/a.md', line, column: 1, severity: 'warning', code: 'x', message });
    // an example whose fence opens on line 9 (its source line), three lines of code, the fence closing on line 13
    const ex = [{ source: { file: 'notes/a.md', line: 9, column: 1 }, code: 'a: 1\nb: 2\nc: 3' }];
    expect(findingsOutsideExamples([d(30, 'late'), d(11, 'in the example'), d(13, 'its fence'), d(8, 'prose'), d(14, 'after')], ex).map((x) => x.message)).toEqual(['prose', 'after', 'late']);
  });
  it('finds the anchor of the passage a line is in or follows, not across a heading', () => {
    const html = '<p id="L3">a</p><p>b</p><h2 id="setup">c</h2><p>d</p><ul><li id="L12">e</li><li id="L12-9">f</li></ul><p id="L20">g</p>';
    expect(anchorBefore('<p id="L3">a</p><p>b</p>', 5)).toBe('L3');
    expect(anchorBefore(html, 12)).toBe('L12-9');
    expect(anchorBefore(html, 19)).toBe('L12-9');
    // after L3 with a heading before the next passage: maybe under the heading, nothing precise
    expect(anchorBefore(html, 5)).toBeUndefined();
    expect(anchorBefore(html, 10)).toBeUndefined();
    expect(anchorBefore(html, 2)).toBeUndefined();
  });
  it('links a line under a heading with no marked passage to the heading, given the headings\' lines', () => {
    const html = '<p id="L3">a</p><p>b</p><h2 id="setup">c</h2><p>d</p><h3 id="步骤">e</h3><p>f</p><ul><li id="L12">g</li></ul><h2 id="later">h</h2>';
    const headings = [{ id: 'setup', line: 7 }, { id: '步骤', line: 9 }, { id: 'later', line: 15 }];
    // before the heading: the passage it follows; on or under the heading: the heading; the nearest one wins
    expect(anchorBefore(html, 5, headings)).toBe('L3');
    expect(anchorBefore(html, 7, headings)).toBe('setup');
    expect(anchorBefore(html, 8, headings)).toBe('setup');
    expect(anchorBefore(html, 10, headings)).toBe('步骤');
    expect(anchorBefore(html, 13, headings)).toBe('L12');
    expect(anchorBefore(html, 40, headings)).toBe('later');
    expect(anchorBefore(html, 2, headings)).toBeUndefined();
    // a heading whose line is not known (written as HTML, the footnotes') still stops the passage before it
    const unknown = '<p id="L3">a</p><h2 id="raw">b</h2><h2 id="setup">c</h2>';
    expect(anchorBefore(unknown, 5, [{ id: 'setup', line: 8 }])).toBeUndefined();
    expect(anchorBefore(unknown, 9, [{ id: 'setup', line: 8 }])).toBe('setup');
  });
});

describe('placeOnPage: where a backlink links on a note page, and the line its label names', () => {
  const html = '<p id="L3">a</p><p id="L5">b c</p><h2 id="setup">d</h2><p id="L9-4">e</p><p>f</p>';
  const headings = [{ id: 'title', line: 1, depth: 1 }, { id: 'setup', line: 7, depth: 2 }];
  it('names the line the anchor marks: its own, a heading\'s, the first of a paragraph written over several', () => {
    expect(placeOnPage(html, 5, headings)).toEqual({ anchor: 'L5', line: 5 });
    // a mention on the second line of the paragraph that starts on line 5
    expect(placeOnPage(html, 6, headings)).toEqual({ anchor: 'L5', line: 5 });
    expect(placeOnPage(html, 7, headings)).toEqual({ anchor: 'setup', line: 7 });
    expect(placeOnPage(html, 9, headings)).toEqual({ anchor: 'L9-4', line: 9 });
  });
  it('a place in the title (not in the page\'s body) is the page\'s top; before any anchor, nowhere', () => {
    expect(placeOnPage(html, 1, headings)).toEqual({ line: 1 });
    expect(placeOnPage(html, 2, headings)).toBeUndefined();
    expect(placeOnPage('<h1 id="title">t</h1>', 1, headings)).toEqual({ anchor: 'title', line: 1 });
  });
});

describe('a note page\'s findings list links to the block of each finding', () => {
  it('a dangling link two paragraphs below a passage links to its own paragraph, labelled with its line, with front matter and without', async () => {
    const md = '# 容器组\n\n**Pod：**最小的调度单位。\n\n平时多半通过控制器生成。\n\n详见 [[不存在的笔记]]。\n';
    const dir = await contentDir({ 'notes/a.md': md, 'notes/b.md': `---\ntitle: b\n---\n\n${md}` });
    const graph = await loadGraph(dir, { layout: false });
    const views = createViews(graph, { base: '/', sources: { projectRoot: dir, contentDir: dir, repoUrl: '', editBranch: 'main', lastUpdated: () => undefined } });
    for (const [file, line] of [['notes/a.md', 7], ['notes/b.md', 11]] as const) {
      const note = graph.notes!.find((n) => n.file === file)!;
      const found = views.notePage(note.id)!.proseFindings;
      expect(found.map((d) => d.line), file).toEqual([line]);
      expect(found[0]).toMatchObject({ anchor: `L${line}`, anchorLine: line });
      expect(note.body).toContain(`<p id="L${line}">`);
    }
  });
  it('a card that belongs to no concept links to the card itself, labelled with the line the CLI prints (not the list above it)', async () => {
    const md = '# 备忘\n\n## 坑\n\n1. Secret 的 `stringData` 可以直接写明文。\n2. Service 名字不能以数字开头。\n\n一个自测：\n\n> [!question] 就绪探针失败时会被重启吗？\n> 不会，只会从 Endpoints 中摘除。\n';
    const dir = await contentDir({ 'notes/a.md': md });
    const graph = await loadGraph(dir, { layout: false });
    const views = createViews(graph, { base: '/', sources: { projectRoot: dir, contentDir: dir, repoUrl: '', editBranch: 'main', lastUpdated: () => undefined } });
    const card = graph.diagnostics.find((d) => d.code === 'card-no-concept')!;
    expect(card.line).toBe(10);
    const note = graph.notes!.find((n) => n.file === 'notes/a.md')!;
    const found = views.notePage(note.id)!.proseFindings.find((d) => d.code === 'card-no-concept')!;
    expect(found).toMatchObject({ anchor: 'L10', anchorLine: 10 });
    expect(note.body).toMatch(/<details class="self-check-card" id="L10">/);
  });
});

describe('notes index: a draft after its note', () => {
  it('lists `存储卷声明 草稿.md` after `存储卷声明.md`, though its file name sorts first', async () => {
    const body = '# 存储卷声明\n\n**StorageClass：**描述一类存储的模板，有了它 PVC 就可以动态创建 PV。\n';
    const dir = await contentDir({
      'notes/存储卷声明 草稿.md': body,
      'notes/存储卷声明.md': body,
      'notes/权限控制.md': '# 权限控制\n\n**Role：**某个命名空间里的一组权限规则。\n',
      'notes/旧/存储卷声明 草稿.md': body,
    });
    const graph = await loadGraph(dir, { layout: false });
    expect(graph.notes!.map((n) => n.file)[0]).toBe('notes/存储卷声明 草稿.md'); // file order
    const idx = buildNotesIndex(graph);
    const top = idx.folders.find((f) => f.folder === '')!.notes;
    expect(top.map((n) => `${n.file}${n.draft ? ' (draft)' : ''}`)).toEqual([
      'notes/存储卷声明.md',
      'notes/存储卷声明 草稿.md (draft)',
      'notes/权限控制.md',
    ]);
    // a draft whose note is in another folder stays in its own
    expect(idx.folders.find((f) => f.folder === '旧')!.notes.map((n) => n.file)).toEqual(['notes/旧/存储卷声明 草稿.md']);
    expect(idx.total).toBe(4);
  });
  it('lists a draft titled with a remark (`Deployment 和滚动更新（草稿）`) after the note of its title', async () => {
    const body = (title: string) => `# ${title}\n\n**Deployment**：声明式地管理一组无状态 Pod 的控制器。\n`;
    const graph = await loadGraph(await contentDir({
      'notes/02-Deployment和滚动更新-草稿.md': body('Deployment 和滚动更新（草稿）'),
      'notes/02-Deployment和滚动更新.md': body('Deployment 和滚动更新'),
    }), { layout: false });
    const top = buildNotesIndex(graph).folders.find((f) => f.folder === '')!.notes;
    expect(top.map((n) => `${n.file}${n.draft ? ' (draft)' : ''}`)).toEqual([
      'notes/02-Deployment和滚动更新.md',
      'notes/02-Deployment和滚动更新-草稿.md (draft)',
    ]);
  });
});
