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
    const list = idx.get('pod')!;
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
    expect(idx.get('writer')).toBeUndefined();
  });
});
