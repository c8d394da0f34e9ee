/**
 * audit8 (docs/miner.md, "audit8"): two shapes whose precision fell on the sets written after them.
 *   - the Chinese word before a heading's colon (`## 存储：StorageClass 怎么配`) is the section's
 *     rubric, not a name: no term of its own (a name after a question, `…？优雅退出`, still is);
 *   - `X 会自动…` (what a tool does by itself) is no defining predicate (prose-behaviour removed).
 * Notes written for this test, not taken from the corpora.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { loadGraph } from '../../../src/graph/index.ts';
import { PROSE_PREDICATES } from '../../../src/graph/miner/prose-predicates.ts';
import { cleanup, contentDir } from './helpers.ts';

afterAll(cleanup);

const note = (...lines: string[]) => lines.join('\n') + '\n';
const defined = async (...lines: string[]) => {
  const g = await loadGraph(await contentDir({ 'notes/n.md': note(...lines) }), { layout: false });
  const n = g.notes!.find((x) => x.file === 'notes/n.md')!;
  return n.defines.map((id) => g.concepts.find((c) => c.id === id)!.title);
};

describe('a Chinese rubric before a heading colon names nothing', () => {
  it.each([
    ['## 存储：StorageClass 怎么配', '存储'],
    ['## 安装：keadm 一条命令', '安装'],
    ['## 二、节点标签：靠什么把 Pod 放到对的节点上', '节点标签'],
  ])('%s', async (heading, rubric) => {
    const titles = await defined('# 数据库上 K8s 的笔记', '', heading, '', '这一节记一下我们线上踩过的坑，按出问题的顺序写。', '');
    expect(titles).not.toContain(rubric);
  });
  it('the name a question heading answers with is still a name', async () => {
    const titles = await defined('# Pod 生命周期', '', '## Pod 是怎么"死"的？优雅退出', '', '删除 Pod 时 kubelet 先发 SIGTERM，等一段宽限期再发 SIGKILL。', '');
    expect(titles).toContain('优雅退出');
  });
});

describe('what a tool does by itself defines nothing', () => {
  it('has no prose-behaviour predicate', () => {
    expect(PROSE_PREDICATES.map((p) => p.name)).not.toContain('prose-behaviour');
  });
  it('a tool said to do something automatically is no concept of the note', async () => {
    const titles = await defined('# PDB 笔记', '', 'PDB 挡不住节点宕机这种非自愿中断，只管 eviction。Strimzi 会自动给 Kafka 建 PDB，自己写 StatefulSet 就得手动加。', '');
    expect(titles).not.toContain('Strimzi');
  });
});
