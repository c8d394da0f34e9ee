/**
 * Lead, thirty-eighth session (docs/miner.md): a name spelt exactly as an API enum value is that value, not the field
 * whose name folds to the same key (`value-spelling`, src/graph/miner/value-spelling.ts): a Service chapter's
 * `| NodePort | … |` row is the type, its `- nodePort：…` item the port field, and running text's NodePort mentions the
 * type. Look-alikes: a spelling that is no enum value (`HostAliases`) still names its field. Notes written for this test.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { runStages } from '../../../src/graph/load.ts';
import { NameIndex } from '../../../src/graph/names.ts';
import { VALUE_SPELLING, valueSpellingSkips } from '../../../src/graph/miner/value-spelling.ts';
import { cleanup, contentDir } from './helpers.ts';

afterAll(cleanup);

describe('valueSpellingSkips', () => {
  it('skips the example\'s field and none of the look-alikes', () => {
    const ex = VALUE_SPELLING.example;
    expect(valueSpellingSkips(ex.name)?.(ex.field)).toBe(true);
    for (const l of VALUE_SPELLING.lookAlikes) expect(valueSpellingSkips(l.name)?.(l.field) ?? false, JSON.stringify(l)).toBe(false);
  });

  it('the name index: NodePort finds the type, not the nodePort field; nodePort and HostAliases find their fields', () => {
    const ix = new NameIndex(valueSpellingSkips);
    ix.add({ id: 'service-node-port', title: 'nodePort', aliases: [], fieldPath: 'spec.ports[].nodePort', kind: 'field', branch: 'b', rank: 1 });
    ix.add({ id: 'host-aliases', title: 'hostAliases', aliases: [], fieldPath: 'spec.hostAliases', kind: 'field', branch: 'b', rank: 2 });
    expect(ix.lookup(['NodePort'])).toBeUndefined();
    expect(ix.lookup(['nodePort'])).toBe('service-node-port');
    expect(ix.lookup(['HostAliases'])).toBe('host-aliases');
    ix.add({ id: 'node-port', title: 'NodePort', aliases: [], kind: 'term', branch: 'b', rank: 3 });
    expect(ix.lookup(['NodePort'])).toBe('node-port');
    // (an index built without the test matches by key alone, as before)
    const plain = new NameIndex();
    plain.add({ id: 'service-node-port', title: 'nodePort', aliases: [], fieldPath: 'spec.ports[].nodePort', kind: 'field', branch: 'b', rank: 1 });
    expect(plain.lookup(['NodePort'])).toBe('service-node-port');
  });
});

const service = [
  '# 第五章 服务发现：Service',
  '',
  'Service 给一组 Pod 提供一个稳定的虚拟 IP。',
  '',
  '## 四种类型',
  '',
  '| 类型 | 说明 | 典型场景 |',
  '| --- | --- | --- |',
  '| ClusterIP | 默认类型，只在集群内部可以访问 | 服务之间互相调用 |',
  '| NodePort | 在每个节点上开一个 30000-32767 的端口 | 测试环境临时暴露 |',
  '| LoadBalancer | 让云厂商创建一个外部负载均衡器 | 生产环境对外服务 |',
  '| ExternalName | 不转发流量，只返回一个 CNAME | 包装外部数据库 |',
  '',
  '## 端口',
  '',
  '~~~',
  'apiVersion: v1',
  'kind: Service',
  'metadata:',
  '  name: web',
  'spec:',
  '  type: NodePort',
  '  selector:',
  '    app: web',
  '  ports:',
  '  - port: 80',
  '    targetPort: 8080',
  '    nodePort: 30080',
  '~~~',
  '',
  '- port：Service 自己的端口；',
  '- targetPort：转发到 Pod 上的端口；',
  '- nodePort：每个节点上开的端口，只有 NodePort 和 LoadBalancer 类型才有，不写的话随机分配。',
];

describe('value-spelling in notes', () => {
  it('a Service chapter gets both the NodePort type and the nodePort field; its running text mentions the type', async () => {
    const ctx = await stagesOf({ 'svc.md': service, 'pod.md': ['# Pod 笔记', '', '**hostAliases：** 往 Pod 的 /etc/hosts 里加记录。', '', '写成 HostAliases 也是同一个字段。'] });
    const g = ctx.graph!;
    const type = g.concepts.find((c) => c.title === 'NodePort');
    const port = g.concepts.find((c) => c.title === 'nodePort');
    expect(type, 'NodePort').toBeDefined();
    expect(type!.kind).not.toBe('field');
    expect(port?.kind).toBe('field');
    expect(port?.fieldPath).toBe('spec.ports[].nodePort');
    // (the note page's text `只有 NodePort 和 LoadBalancer 类型才有` links the type, never the port field by that spelling)
    const body = g.notes!.find((n) => n.file === 'notes/svc.md')!.body ?? '';
    expect(body).toMatch(new RegExp(`href="[^"]*/concepts/${type!.id}/"[^>]*>NodePort<`));
    expect(body).not.toMatch(new RegExp(`href="[^"]*/concepts/${port!.id}/"[^>]*>NodePort<`));
    // (the look-alike: HostAliases, no enum value, still names the hostAliases field: no concept of its own)
    expect(g.concepts.filter((c) => c.title.toLowerCase() === 'hostaliases').map((c) => c.kind)).toEqual(['field']);
  });
});

async function stagesOf(notes: Record<string, string[]>) {
  return runStages(await contentDir(Object.fromEntries(Object.entries(notes).map(([f, lines]) => [`notes/${f}`, lines.join('\n') + '\n']))), { layout: false });
}
