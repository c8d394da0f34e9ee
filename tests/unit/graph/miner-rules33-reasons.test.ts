/**
 * rules33 (thirty-third session; docs/miner.md "rules33"): a table row whose first cell is a reason a container's
 * state gives (`| ImagePullBackOff | Waiting | 拉镜像多次失败后进入退避 |`), explained in another cell, is a term of
 * the note whatever the header says — table-shapes.ts CONTAINER_REASONS / reasonRowName, definitions.ts
 * `table-reason-row`. The chapter below was written for this test, in the writer's own words.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../../src/graph/model.ts';
import { runStages } from '../../../src/graph/load.ts';
import { CONTAINER_REASONS, reasonRowName } from '../../../src/graph/miner/table-shapes.ts';
import { cleanup, contentDir, mineNotes } from './helpers.ts';

afterAll(cleanup);

const find = (g: Graph, title: string) => g.concepts.find((c) => c.title === title);
const explains = (text: string) => /[\u4e00-\u9fff]{2,}/u.test(text);

const STATUS_TABLES = [
  '# 值班速查：Pod 起不来时看什么',
  '',
  '`kubectl get pods` 的 STATUS 列经常出现下面这些词，按出现的阶段整理一下。',
  '',
  '| 看到的状态 | 属于 | 说明 | 先查什么 |',
  '| --- | --- | --- | --- |',
  '| ContainerCreating | Waiting | 正在拉镜像、挂卷、配网络 | describe 看 Events |',
  '| `ErrImagePull` | Waiting | 这一次拉镜像失败 | 镜像名和仓库凭证 |',
  '| ImagePullBackOff | Waiting | 拉镜像失败后的退避等待 | 同上 |',
  '| RunContainerError | Waiting | 运行时启动容器失败 | 看 message |',
  '| Error | Terminated | 进程以非零退出码退出 | 看日志 |',
  '| Completed | Terminated | 进程正常退出 | Job 里是正常的 |',
  '',
  '## 事件',
  '',
  '| reason | 谁上报 | 含义 |',
  '| --- | --- | --- |',
  '| FailedScheduling | 调度器 | 没有节点满足条件 |',
  '| Evicted | kubelet | 节点压力驱逐 |',
  '',
  '## 退出码',
  '',
  '| 退出码 | 状态 | 备注 |',
  '| --- | --- | --- |',
  '| 137 | Error | 128 + 9 |',
  '| 0 | Completed | 正常 |',
];

describe('CONTAINER_REASONS (data) and reasonRowName', () => {
  it('reads every reason of the list in a first cell, plain or in code, when another cell explains it', () => {
    for (const { name } of CONTAINER_REASONS) {
      expect(reasonRowName(name, ['Waiting', '容器起不来的一种原因'], explains)).toBe(name);
      expect(reasonRowName(`\`${name}\``, ['容器起不来的一种原因'], explains)).toBe(name);
    }
  });

  it('leaves a reason no cell explains, a lower-case word, an event\'s or a Pod\'s reason, and a state', () => {
    expect(reasonRowName('OOMKilled', ['137', 'Terminated'], explains)).toBeUndefined();
    expect(reasonRowName('error', ['进程出错退出'], explains)).toBeUndefined();
    expect(reasonRowName('completed', ['正常结束'], explains)).toBeUndefined();
    expect(reasonRowName('FailedScheduling', ['没有节点满足条件'], explains)).toBeUndefined();
    expect(reasonRowName('Evicted', ['节点压力驱逐'], explains)).toBeUndefined();
    expect(reasonRowName('Waiting', ['容器还没跑起来'], explains)).toBeUndefined();
  });
});

describe('the chapter (fails on the base: no rule read these rows)', () => {
  it('the reasons of the status table are terms; the events\' reasons and a reason in another column are not', async () => {
    const g = await mineNotes({ 'notes/status.md': STATUS_TABLES });
    for (const name of ['ContainerCreating', 'ErrImagePull', 'ImagePullBackOff', 'RunContainerError', 'Error', 'Completed']) {
      expect(find(g, name), name).toMatchObject({ kind: 'term' });
    }
    expect(find(g, 'FailedScheduling')).toBeUndefined();
    expect(find(g, 'Evicted')).toBeUndefined();
  });

  it('says which rule read the row (--explain)', async () => {
    const dir = await contentDir({ 'notes/status.md': STATUS_TABLES.join('\n') + '\n' });
    const ctx = await runStages(dir, { layout: false });
    const c = ctx.graph!.concepts.find((x) => x.title === 'ImagePullBackOff')!;
    expect((ctx.provenance.get(c.id) ?? []).map((p) => p.rule).join(' ')).toMatch(/table-reason-row/u);
  });
});
