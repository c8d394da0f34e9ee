/**
 * rules49 (docs/miner.md "rules49"): a sentence whose clauses, split by `；`, open on a name one after another, at
 * least three of them and at least one saying with 是 what its name is, sets the names out one by one — each opening
 * name is explained there, also where its clause's verb is no predicate of the table (`…；etcd 是保存全部集群状态的
 * 分布式键值库；kube-scheduler 给未调度的 Pod 选节点；kube-controller-manager 运行各种内置控制器。`: prose.ts SEMICOLON_RUN,
 * rule `prose-run`). Two clauses, or a run with no 是, are not enough (counted: 2 clauses 109 found / 8 missed / 43
 * no label's; no 是 67 / 14 / 40).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { fromMarkdown } from 'mdast-util-from-markdown';
import type { Paragraph } from 'mdast';
import type { Graph } from '../../../src/graph/model.ts';
import { loadGraph } from '../../../src/graph/index.ts';
import { SEMICOLON_RUN, flattenParagraph, namesOpeningARun, proseDefinitions } from '../../../src/graph/miner/prose.ts';
import { cleanup, contentDir } from './helpers.ts';

afterAll(cleanup);

const para = (md: string) => fromMarkdown(md).children[0] as Paragraph;
const opening = (md: string) => namesOpeningARun(flattenParagraph(para(md))).map((o) => o.subject.value);
const note = (...lines: string[]) => lines.join('\n') + '\n';
const mine = async (...lines: string[]): Promise<Graph> => loadGraph(await contentDir({ 'notes/n.md': note(...lines) }), { layout: false });
const titles = (g: Graph) => g.concepts.map((c) => c.title);

describe('namesOpeningARun: the names a semicolon run sets out', () => {
  it('its example gives every name opening a clause, its look-alike (no 是) none', () => {
    expect(opening(SEMICOLON_RUN.example[0])).toEqual(SEMICOLON_RUN.example[1]);
    expect(opening(SEMICOLON_RUN.lookAlike)).toEqual([]);
  });
  it.each([
    // code spans, a gloss between a name and its clause, the first clause after the sentence's colon
    ['kubeconfig 有三段：`clusters` 是 apiserver 地址；`users` 放客户端证书；`contexts` 把两者配成对。', ['clusters', 'users', 'contexts']],
    ['default 是没指定 namespace 时的去处；kube-system（系统）放系统组件；kube-public 所有人都可读。', ['default', 'kube-system', 'kube-public']],
    // two clauses only
    ['etcd 是键值库；kube-scheduler 给 Pod 选节点。', []],
    // a clause opening on a plain Chinese word breaks nothing but is not a name of the run; two names are too few
    ['etcd 是键值库；调度器给 Pod 选节点；kube-controller-manager 运行控制器。', []],
    // a name followed by its genitive or a joiner is no clause about it
    ['etcd 是键值库；kube-scheduler 的插件很多；kube-proxy 和 CNI 一起管网络；kubelet 管容器。', []],
    // the run ends at the full stop
    ['etcd 是键值库；kubelet 管容器。kube-proxy 管转发；CoreDNS 管解析。', []],
  ] as const)('%s → %o', (md, names) => {
    expect(opening(md)).toEqual(names);
  });
  it('proseDefinitions reads the names no predicate took as prose-run, and keeps the copula for the one that has it', () => {
    const rules = proseDefinitions(para(SEMICOLON_RUN.example[0])).map((d) => `${d.subject}:${d.rule}`);
    expect(rules).toContain('etcd:prose-copula');
    expect(rules).toContain('kube-scheduler:prose-run');
    expect(rules).toContain('kube-controller-manager:prose-run');
  });
});

describe('a semicolon run in a note', () => {
  it('gives each component a concept, and nothing for the same clauses with no 是 or only two', async () => {
    const g = await mine('# 期末复习', '', '**Q1 控制平面有哪些组件？**', SEMICOLON_RUN.example[0]);
    const t = titles(g);
    for (const name of SEMICOLON_RUN.example[1]) expect(t).toContain(name);
    expect(g.concepts.find((c) => c.title === 'kube-scheduler')?.kind).toBe('term');
    const other = titles(await mine('# 期末复习', '', '**Q1 控制平面有哪些组件？**', SEMICOLON_RUN.lookAlike, '', 'etcd 是键值库；kube-proxy 把 Service 翻译成规则。'));
    expect(other).not.toContain('kube-scheduler');
    expect(other).not.toContain('kube-controller-manager');
    expect(other).not.toContain('kube-proxy');
  });
});
