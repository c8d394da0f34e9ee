/**
 * rules34 (thirty-fourth session; docs/miner.md "rules34"): a table row whose first cell is a command's name, alone or
 * before placeholders (`| \`kubectl get\` | 列出一类资源 |`, `| kubectl cordon <node> | 标记不可调度 |`), explained in
 * another cell, is a term of the note whatever the header says — table-shapes.ts commandRowName, definitions.ts
 * `table-command-row`. The chapter below was written for this test, in the writer's own words.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../../src/graph/model.ts';
import { runStages } from '../../../src/graph/load.ts';
import { commandRowName } from '../../../src/graph/miner/table-shapes.ts';
import { cleanup, contentDir, mineNotes } from './helpers.ts';

afterAll(cleanup);

const find = (g: Graph, title: string) => g.concepts.find((c) => c.title === title);
const explains = (text: string) => /[\u4e00-\u9fff]{2,}/u.test(text);

const CHEAT_SHEET = [
  '# 运维小抄：每天敲的命令',
  '',
  '值班时最常用的几条，按"先看再动"排。',
  '',
  '| 子命令 | 干嘛的 | 例子 |',
  '| --- | --- | --- |',
  '| `kubectl top` | 看节点和 Pod 的实时 CPU、内存 | `kubectl top pod -A` |',
  '| `kubectl annotate` | 给对象加或改注解 | `kubectl annotate pod web a=b` |',
  '| kubectl taint <node> | 给节点加污点，不带参数就是看用法 | — |',
  '',
  '## 节点维护',
  '',
  '| 命令 | 效果 |',
  '| --- | --- |',
  '| `kubectl cordon <node>` | 标记节点不可调度，已有 Pod 不动 |',
  '| `kubectl uncordon <node>` | 恢复可调度 |',
  '',
  '## 不是命令名的行',
  '',
  '| 写法 | 说明 |',
  '| --- | --- |',
  '| `kubectl get pods -o wide` | 多显示节点和 IP |',
  '| `kubectl logs --previous` | 看上一次崩溃前的日志 |',
  '| `kubectl rollout status deploy/web` | 等发布完成 |',
  '',
  '| 命令 | 次数 |',
  '| --- | --- |',
  '| `kubectl describe` | 12 |',
];

describe('commandRowName', () => {
  it('reads a command\'s name in a first cell, plain or in code, alone or before placeholders, when another cell explains it', () => {
    expect(commandRowName('kubectl get', ['列出一类资源的概要信息'], explains)).toBe('kubectl get');
    expect(commandRowName('`kubectl port-forward`', ['把本机端口转发到 Pod'], explains)).toBe('kubectl port-forward');
    expect(commandRowName('kubeadm certs renew', ['续期控制面证书'], explains)).toBe('kubeadm certs renew');
    expect(commandRowName('kubectl cordon <node>', ['标记不可调度'], explains)).toBe('kubectl cordon');
    expect(commandRowName('kubectl cnpg promote <cluster> <instance>', ['把一个备库提升为主库'], explains)).toBe('kubectl cnpg promote');
  });

  it('leaves a command line with arguments or flags, a flagged command, a bare tool, no explaining cell, and a phrase', () => {
    expect(commandRowName('kubectl get pods -o wide', ['多显示节点和 IP'], explains)).toBeUndefined();
    expect(commandRowName('kubectl rollout status deploy/web', ['等发布完成'], explains)).toBeUndefined();
    expect(commandRowName('kubectl logs --previous', ['看上一次的日志'], explains)).toBeUndefined();
    expect(commandRowName('kubectl drain <node> --force', ['强制驱逐'], explains)).toBeUndefined();
    expect(commandRowName('kubectl', ['命令行工具'], explains)).toBeUndefined();
    expect(commandRowName('kubectl get', ['12', '`-o wide`'], explains)).toBeUndefined();
    expect(commandRowName('kubectl 集成', ['都支持'], explains)).toBeUndefined();
  });
});

describe('the chapter (fails on the base: no rule read these rows)', () => {
  it('the commands of the two tables are terms; command lines, flagged commands and an unexplained row are not', async () => {
    const g = await mineNotes({ 'notes/cheat.md': CHEAT_SHEET });
    for (const name of ['kubectl top', 'kubectl annotate', 'kubectl taint', 'kubectl cordon', 'kubectl uncordon']) {
      expect(find(g, name), name).toMatchObject({ kind: 'term' });
    }
    for (const title of ['kubectl get pods -o wide', 'kubectl get', 'kubectl logs --previous', 'kubectl logs', 'kubectl rollout status', 'kubectl describe']) {
      expect(find(g, title), title).toBeUndefined();
    }
  });

  it('says which rule read the row (--explain)', async () => {
    const dir = await contentDir({ 'notes/cheat.md': CHEAT_SHEET.join('\n') + '\n' });
    const ctx = await runStages(dir, { layout: false });
    const c = ctx.graph!.concepts.find((x) => x.title === 'kubectl cordon')!;
    expect((ctx.provenance.get(c.id) ?? []).map((p) => p.rule).join(' ')).toMatch(/table-command-row/u);
  });
});
