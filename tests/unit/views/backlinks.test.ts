/** Backlinks in context: each note that links to or names a concept, with the sentence around each place. */
import { afterAll, describe, expect, it } from 'vitest';
import { loadGraph } from '../../../src/graph/index.ts';
import { buildBacklinkIndex, BACKLINK_CONTEXTS_SHOWN } from '../../../src/views/backlinks.ts';
import { cleanup, contentDir } from '../graph/helpers.ts';

afterAll(cleanup);

const MAP = '- Root {#root}\n  - Pod（容器组） {#pod}\n  - Node（节点） {#node}\n  - Writer（作者） {#writer}\n';
const note = (id: string, body: string, extra = '') => `---\nid: ${id}\ntitle: ${id}\nkind: term\n${extra}---\n\n${body}\n`;

describe('buildBacklinkIndex', () => {
  it('groups places by linking note, leaves out self-links, counts what is not shown, links to the page that shows the note', async () => {
    const many = Array.from({ length: BACKLINK_CONTEXTS_SHOWN + 2 }, (_, i) => `第 ${i + 1} 句提到 [[pod]]。`).join('');
    const dir = await contentDir({
      'map.md': MAP,
      'concepts/pod.md': note('pod', 'Pod 自己链接自己：[[pod]]。', 'titleZh: 容器组\n'),
      'concepts/node.md': note('node', `节点运行 [[pod|Pod]]，由 kubelet 管理。\n\n${many}`),
      'concepts/writer.md': note('writer', '- 列表项里的 [[pod]] 引用\n'),
      'notes/笔记.md': '# 随手笔记\n\n今天学了 Pod 和别的东西。\n',
    });
    const graph = await loadGraph(dir, { layout: false });
    const idx = buildBacklinkIndex(graph, '/k8s-map/');
    const list = idx.concepts.get('pod')!;
    expect(list.map((b) => b.file)).toEqual(['concepts/node.md', 'concepts/writer.md', 'notes/笔记.md']);
    const [node, writer, free] = list;
    expect(node!.title).toBe('node');
    expect(node!.href).toBe('/k8s-map/concepts/node/');
    expect(node!.places).toHaveLength(BACKLINK_CONTEXTS_SHOWN);
    expect(node!.more).toBe(3);
    expect(node!.places[0]).toMatchObject({ before: '节点运行 ', text: 'Pod', after: '，由 kubelet 管理。', unit: 'sentence', via: 'link' });
    expect(node!.places[1]).toMatchObject({ before: '第 1 句提到 ', text: 'pod' }); // a wiki link shows the concept's title
    expect(writer!.places[0]).toMatchObject({ unit: 'item', before: '列表项里的 ', after: ' 引用' });
    expect(free!.note?.title).toBe('随手笔记');
    expect(free!.title).toBe('随手笔记');
    expect(free!.places[0]).toMatchObject({ via: 'name', before: '今天学了 ', text: 'Pod', after: ' 和别的东西。' });
    // The page's own note linking to itself is no backlink.
    expect(list.some((b) => b.file === 'concepts/pod.md')).toBe(false);
    expect(idx.concepts.get('writer')).toBeUndefined();
  });
});

describe('buildBacklinkIndex: note pages', () => {
  it('lists the notes that link to a free-form note (Markdown and wiki links) or name its concept, with the link in its sentence', async () => {
    const dir = await contentDir({
      'map.md': MAP,
      'concepts/node.md': note('node', '节点上的 Pod 见 [调度笔记](../notes/调度.md#亲和性)。'),
      'notes/调度.md': '# 调度随记\n\n## 亲和性\n\n写给自己的调度笔记，链接自己 [这里](./调度.md) 不算。\n',
      'notes/杂记/a.md': '# 杂记 A\n\n- 先读 [[调度]] 再说\n- 也可以看 [那篇](../调度.md)。\n\n另见 [[b|第二篇]]，它讲 Pod。\n',
      'notes/b.md': '# Pod 笔记\n\nPod 是最小的调度单位。\n',
      'notes/c.md': '# 其他\n\n这里说到 Pod 的重启。\n',
    });
    const graph = await loadGraph(dir, { layout: false });
    const idOf = (file: string) => graph.notes!.find((n) => n.file === file)!.id;
    expect(graph.diagnostics.filter((d) => d.code === 'dangling-reference' || d.code === 'link-to-unmapped-note')).toEqual([]);
    const idx = buildBacklinkIndex(graph, '/');

    // 调度 (no concept): linked from the concept note and from a.md (wiki link, Markdown link), not from itself.
    const sched = idx.notes.get(idOf('notes/调度.md'))!;
    expect(sched.map((b) => b.file)).toEqual(['concepts/node.md', 'notes/杂记/a.md']);
    expect(sched[0]!.places[0]).toMatchObject({ via: 'link', before: '节点上的 Pod 见 ', text: '调度笔记', after: '。' });
    expect(sched[1]!.places.map((p) => [p.unit, p.before, p.text, p.after])).toEqual([
      ['item', '先读 ', '调度随记', ' 再说'],
      ['item', '也可以看 ', '那篇', '。'],
    ]);

    // b.md is about Pod: linked from a.md ([[b|…]], first), then the notes that name Pod.
    const b = idx.notes.get(idOf('notes/b.md'))!;
    expect(b[0]!.file).toBe('notes/杂记/a.md');
    expect(b[0]!.places).toContainEqual(expect.objectContaining({ via: 'link', text: '第二篇', before: '另见 ', after: '，它讲 Pod。' }));
    // The same sentence names Pod (b.md's concept): on b.md's list it is that link's place, listed once.
    expect(b[0]!.places.filter((p) => p.before.startsWith('另见') || p.text === '第二篇')).toHaveLength(1);
    // On Pod's page too it is the link's place (a link to b.md counts for Pod), once.
    expect(idx.concepts.get('pod')!.find((x) => x.file === 'notes/杂记/a.md')!.places.map((p) => [p.via, p.text])).toEqual([['link', '第二篇']]);
    expect(b.map((x) => x.file)).toContain('notes/c.md');
    expect(b.find((x) => x.file === 'notes/c.md')!.places[0]).toMatchObject({ via: 'name', text: 'Pod', before: '这里说到 ' });
    expect(b.some((x) => x.file === 'notes/b.md')).toBe(false);
    // The link to b.md still counts for its concept (Pod) on the concept page.
    expect(idx.concepts.get('pod')!.some((x) => x.file === 'notes/杂记/a.md' && x.places.some((p) => p.text === '第二篇'))).toBe(true);
    // A note nobody links to has no list.
    expect(idx.notes.get(idOf('notes/c.md'))).toBeUndefined();
  });
});

describe('buildBacklinkIndex: one place once on a note page', () => {
  it('a table row that names the note\'s concept and links the note is listed once, as the link (was: twice, the name\'s copy first)', async () => {
    const dir = await contentDir({
      'notes/01-从虚拟机到Pod.md': '# 从虚拟机到 Pod\n\n| Ansible | Kubernetes | 备注 |\n| --- | --- | --- |\n| `template` 模块 | ConfigMap | 见 [[03-ConfigMap和Secret]] |\n',
      'notes/03-ConfigMap和Secret.md': '# ConfigMap 和 Secret\n\n**ConfigMap**：存放非敏感的键值对配置。\n',
    });
    const graph = await loadGraph(dir, { layout: false });
    const target = graph.notes!.find((n) => n.file === 'notes/03-ConfigMap和Secret.md')!;
    expect(target.home).toBe('config-map');
    const list = buildBacklinkIndex(graph, '/').notes.get(target.id)!;
    expect(list.map((b) => b.file)).toEqual(['notes/01-从虚拟机到Pod.md']);
    expect(list[0]!.places.map((p) => [p.line, p.via, p.text])).toEqual([[5, 'link', 'ConfigMap 和 Secret']]);
    // and on ConfigMap's page, which that link counts for
    const cm = buildBacklinkIndex(graph, '/').concepts.get('config-map')!.find((b) => b.file === 'notes/01-从虚拟机到Pod.md')!;
    expect(cm.places.map((p) => [p.line, p.via, p.text])).toEqual([[5, 'link', 'ConfigMap 和 Secret']]);
  });
  it('a name in a sentence with a wiki link to another note reads that link as its text', async () => {
    const dir = await contentDir({
      'notes/a.md': '# 杂记\n\n另见 [[c|另一篇]]，它讲 Pod 的重启。\n',
      'notes/b.md': '# Pod 笔记\n\n**Pod**：最小的调度单位。\n',
      'notes/c.md': '# 其他\n\n别的。\n',
    });
    const graph = await loadGraph(dir, { layout: false });
    const b = graph.notes!.find((n) => n.file === 'notes/b.md')!;
    const list = buildBacklinkIndex(graph, '/').notes.get(b.id)!;
    expect(list[0]!.places[0]).toMatchObject({ via: 'name', text: 'Pod', before: '另见 另一篇，它讲 ' });
  });
});

describe('buildBacklinkIndex: two notes about one concept', () => {
  it('lists a link to one of them on that note\'s page only (and on the concept\'s page), not on the other note\'s', async () => {
    const dir = await contentDir({
      'notes/04-探针.md': '# 探针：liveness、readiness、startup\n\n**探针**：kubelet 定期检查容器的手段。\n',
      'notes/探针笔记.md': '# 探针笔记\n\n**探针**：检查容器健康的方式。\n',
      'notes/05-滚动更新.md': '# 滚动更新\n\n和就绪探针配合，见 [[04-探针]]。\n',
    });
    const graph = await loadGraph(dir, { layout: false });
    const byFile = (f: string) => graph.notes!.find((n) => n.file === f)!;
    expect(byFile('notes/04-探针.md').home).toBeDefined();
    expect(byFile('notes/探针笔记.md').home).toBe(byFile('notes/04-探针.md').home);
    const idx = buildBacklinkIndex(graph, '/');
    const lines = (f: string) => (idx.notes.get(byFile(f).id) ?? []).flatMap((b) => b.places.map((p) => `${b.file}:${p.line}:${p.via}`));
    expect(lines('notes/04-探针.md')).toContain('notes/05-滚动更新.md:3:link');
    expect(lines('notes/探针笔记.md')).not.toContain('notes/05-滚动更新.md:3:link');
    // The link still counts for the concept both notes are about (its concept page).
    const onConcept = (idx.concepts.get(byFile('notes/04-探针.md').home!) ?? []).flatMap((b) => b.places.map((p) => `${b.file}:${p.line}`));
    expect(onConcept).toContain('notes/05-滚动更新.md:3');
  });
});

describe('buildBacklinkIndex: copies of a note (issue 12 item 6)', () => {
  it('shows a sentence a draft copied once, at the note not named like a draft, with the copies\' places after "also in"', async () => {
    const chapter = '# 有状态应用\n\n和 Deployment 的区别：Deployment 里的 Pod 可以互相替换。\n\n另一句也提到 Deployment 的滚动更新。\n';
    const dir = await contentDir({
      'notes/01-deployment.md': '# Deployment 笔记\n\n**Deployment**：管理无状态应用的控制器。\n',
      'notes/02-有状态应用.md': chapter,
      // a copy (named like one) and an edited draft with one word changed
      'notes/02-有状态应用-副本.md': chapter,
      'notes/02-有状态应用（草稿）.md': chapter.replace('可以互相替换', '能够互相替换'),
      // another note's own sentence stays
      'notes/03-其他.md': '# 其他\n\n我们用 Deployment 部署。\n',
    });
    const graph = await loadGraph(dir, { layout: false });
    const home = graph.notes!.find((n) => n.file === 'notes/01-deployment.md')!.home!;
    const list = buildBacklinkIndex(graph, '/').concepts.get(home)!;
    expect(list.map((b) => b.file).sort()).toEqual(['notes/02-有状态应用.md', 'notes/03-其他.md']);
    const original = list.find((b) => b.file === 'notes/02-有状态应用.md')!;
    expect(original.places).toHaveLength(1);
    expect(original.places[0]!.alsoIn?.map((c) => `${c.file}:${c.line}`).sort()).toEqual(['notes/02-有状态应用-副本.md:3', 'notes/02-有状态应用（草稿）.md:3']);
    expect(original.places[0]!.alsoIn![0]!.note?.file).toMatch(/^notes\/02-/);
    const other = list.find((b) => b.file === 'notes/03-其他.md')!;
    expect(other.places).toHaveLength(1);
    expect(other.places.every((p) => p.alsoIn === undefined)).toBe(true);
  });

  it('keeps notes that differ in more than a word, and the same sentence naming another concept', async () => {
    const dir = await contentDir({
      'notes/01-deployment.md': '# Deployment 笔记\n\n**Deployment**：管理无状态应用的控制器。\n',
      'notes/a.md': '# A\n\n今天把服务从裸 Pod 改成了 Deployment，省心很多。\n',
      'notes/a-copy.md': '# A copy\n\n昨天在测试环境试了 Deployment 的回滚功能，效果不错。\n',
    });
    const graph = await loadGraph(dir, { layout: false });
    const home = graph.notes!.find((n) => n.file === 'notes/01-deployment.md')!.home!;
    const list = buildBacklinkIndex(graph, '/').concepts.get(home)!;
    expect(list.map((b) => b.file).sort()).toEqual(['notes/a-copy.md', 'notes/a.md']);
    expect(list.flatMap((b) => b.places).every((p) => p.alsoIn === undefined)).toBe(true);
  });

  it('keeps the same sentence in two notes that are no copies of one another (each says what it is about)', async () => {
    const shared = '启用以后 Deployment 控制器会按新的模板重新创建全部的 Pod 副本。';
    const dir = await contentDir({
      'notes/01-deployment.md': '# Deployment 笔记\n\n**Deployment**：管理无状态应用的控制器。\n',
      'notes/a.md': `# 镜像更新\n\n镜像标签改了就会触发一次滚动，旧的副本慢慢被替换掉，期间服务不中断。\n\n${shared}\n`,
      'notes/b.md': `# 配置热加载\n\nConfigMap 改了以后挂载的文件会更新，但环境变量不会变，需要重启容器才能读到。\n\n${shared}\n`,
    });
    const graph = await loadGraph(dir, { layout: false });
    const home = graph.notes!.find((n) => n.file === 'notes/01-deployment.md')!.home!;
    const list = buildBacklinkIndex(graph, '/').concepts.get(home)!;
    expect(list.map((b) => b.file).sort()).toEqual(['notes/a.md', 'notes/b.md']);
    expect(list.flatMap((b) => b.places).every((p) => p.alsoIn === undefined)).toBe(true);
  });
});
