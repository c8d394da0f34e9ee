/**
 * The prose shapes of rules7 (docs/miner.md, "rules7"): two predicates of the table in
 * prose-predicates.ts, `prose-described` (a bare 是 whose complement is a relative clause ending on
 * the noun it describes) and `prose-declares` (what a name by its spelling holds, declares or points
 * to). Sentences written for this test, not taken from the corpora, each shape with look-alikes
 * that must not fire, then a whole note and `--explain`.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { fromMarkdown } from 'mdast-util-from-markdown';
import type { Paragraph } from 'mdast';
import { loadGraph } from '../../../src/graph/index.ts';
import { proseDefinitions } from '../../../src/graph/miner/prose.ts';
import { cleanup, contentDir } from './helpers.ts';

afterAll(cleanup);

const para = (md: string) => fromMarkdown(md).children[0] as Paragraph;
const rules = (md: string) => proseDefinitions(para(md)).map((d) => `${d.subject}:${d.rule}`);
const note = (...lines: string[]) => lines.join('\n') + '\n';
const explain = (dir: string, name: string) => spawnSync(process.execPath, ['src/cli/main.ts', 'graph', '--content', dir, '--explain', name], { encoding: 'utf8' }).stdout;

describe('prose-described: 是 + a relative clause ending on the noun it describes', () => {
  it.each([
    ['SIGQUIT 是可以被进程自己捕获的信号，Go 程序收到会打出栈。', 'SIGQUIT:prose-described'],
    ['`priorityClassName` 是在 Pod 上引用优先级类的字段，不写就用默认值。', 'priorityClassName:prose-described'],
    ['example.com/team 是由平台组统一打上的命名空间标签。', 'example.com/team:prose-key-subject → prose-described'],
    ['etcd-defrag 是专门整理 etcd 碎片的小工具。', 'etcd-defrag:prose-described'],
  ])('%s → %s', (md, expected) => {
    expect(rules(md)).toContain(expected);
  });
  it.each([
    // a clause ending on 的 with no noun says how or when, not what
    '`maxSurge` 是在升级的时候改的，没什么特别。',
    'kubelet 是在节点启动以后才注册的。',
    // a noun of time, manner or cause at the end describes no thing
    'SIGTERM 是在宽限期开始时发出的。',
    'OOMKilled 是被内核杀掉的结果。',
    // a plain Chinese phrase is no name by its spelling
    '这个问题是在升级时遇到的坑。',
    // 是 + a bare verb phrase with no noun after 的
    '`drain` 是可以中途打断的，再跑一次就行。',
  ])('%s defines nothing by prose-described', (md) => {
    expect(rules(md).filter((r) => r.includes('prose-described'))).toEqual([]);
  });
});

describe('prose-declares: what a name by its spelling holds, declares or points to', () => {
  it.each([
    ['`status.loadBalancer` 保存云厂商分配的入口地址。', 'status.loadBalancer:prose-declares'],
    ['在 CRD 的 schema 里，x-kubernetes-map-type 声明一个对象按整体还是按键合并。', 'x-kubernetes-map-type:prose-declares'],
    ['`spec.allowedNamespaces` 列出可以引用这个网关的命名空间；别的一律拒绝。', 'spec.allowedNamespaces:prose-declares'],
    ['生成的对象里，spec.sealedKeys 存放每个键的密文。', 'spec.sealedKeys:prose-declares'],
  ])('%s → %s', (md, expected) => {
    expect(rules(md)).toContain(expected);
  });
  it.each([
    // a plain Chinese subject: the verbs are any sentence's
    '这个目录保存云厂商分配的证书。',
    '软链接指向真实的日志文件。',
    // the verb goes on into a noun phrase (存放的位置), a comparison or a preposition
    '`status.loadBalancer` 存放的位置在 status 下面。',
    '`spec.allowedNamespaces` 列出了，但没生效。',
    // a lower-case plain word is no name by its spelling
    'config 保存在节点上。',
  ])('%s defines nothing by prose-declares', (md) => {
    expect(rules(md).filter((r) => r.includes('prose-declares'))).toEqual([]);
  });
});

describe('rules7 in a whole note', () => {
  it('defines the names, with the rule in --explain', async () => {
    const dir = await contentDir({
      'notes/n.md': note(
        '# 信号与字段',
        '',
        '容器停止时先发信号。SIGQUIT 是可以被进程自己捕获的信号，Go 程序收到会打出栈。',
        '',
        '在 CRD 的 schema 里，x-kubernetes-map-type 声明一个对象按整体还是按键合并。',
      ),
    });
    const g = await loadGraph(dir, { layout: false });
    const names = g.notes![0]!.defines.map((id) => g.concepts.find((c) => c.id === id)!.title);
    expect(names).toEqual(expect.arrayContaining(['SIGQUIT', 'x-kubernetes-map-type']));
    expect(explain(dir, 'SIGQUIT')).toMatch(/"SIGQUIT" +\[prose-described → /);
    expect(explain(dir, 'x-kubernetes-map-type')).toMatch(/"x-kubernetes-map-type" +\[prose-declares → /);
  });
});
