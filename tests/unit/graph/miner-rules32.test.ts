/**
 * rules32: names brought into running text with their sort written after them, where the sentence
 * says what that one does (src/graph/miner/sort-instances.ts, `prose-sort-instance`): sentences
 * written for this test (not the corpora), look-alikes that must not fire, then whole notes.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { loadGraph } from '../../../src/graph/index.ts';
import { INSTANCE_SORTS, instancesWithTheirSort } from '../../../src/graph/miner/sort-instances.ts';
import { cleanup, contentDir } from './helpers.ts';

afterAll(cleanup);

const found = (s: string) => instancesWithTheirSort(s).map((k) => `${k.name}:${k.sort.sort}`);

describe('instancesWithTheirSort', () => {
  it.each([
    // the clause's subject, what it does right after the sort
    ['升级以后，SecretScrubber 准入插件会把请求里的明文密码换成引用。', 'SecretScrubber:准入插件'],
    ['镜像一律要签名：由 SignatureGate 准入控制器检查每个新 Pod 的镜像。', 'SignatureGate:准入控制器'],
    ['kube-controller-manager 里的 leasegc 控制器把过期的 Lease 删掉。', 'leasegc:控制器'],
    ['它的 Watcher 进程拦截容器发出的系统调用。', 'Watcher:进程'],
    ['调度器里的 GangSort 插件先把同组的 Pod 排到一起。', 'GangSort:插件'],
    ['GangWait 阶段把凑不齐的组挡在门外。', 'GangWait:阶段'],
    // past a gloss and a comma, 它 or a verb of doing
    ['集群默认开启 QuotaGuard 准入插件（admission plugin），它在创建时核对配额。', 'QuotaGuard:准入插件'],
    ['另外还有 TenantPin 准入插件，限制租户的 Pod 只落在自己的节点上。', 'TenantPin:准入插件'],
    // an extension point may be spelt like an everyday word
    ['最后是 Reserve 的邻居：而 Permit 扩展点会让 Pod 在这里等同组的伙伴。', 'Permit:扩展点'],
    // a condition put on a thing, the sentence going on about it
    ['配额不够时控制器先加一个 QuotaHeld condition，等别的 Workload 让出资源再去掉。', 'QuotaHeld:condition'],
    ['内存吃紧时节点被打上 SwapPressure 状况，kubelet 按优先级挑 Pod 驱逐。', 'SwapPressure:状况'],
  ])('%s → %s', (s, expected) => {
    expect(found(s)).toEqual([expected]);
  });

  it.each([
    // an API kind's own controller or plugin
    'Deployment 控制器会为每次模板变化建一个新的 ReplicaSet。',
    'EndpointSlice 控制器把就绪的端点写进切片。',
    // an abbreviation in capitals: a class of things
    'CNI 插件负责给 Pod 分配 IP。',
    // a component of the ecosystem or of the control plane
    'kubelet 进程发起探测请求。',
    '一个 kube-scheduler 进程可以带多套配置。',
    // a lower-case English word
    'iptables 里用 recent 模块记住来源地址。',
    'quota 控制器统计每个命名空间的用量。',
    // described as a sort of thing, not named
    '容器本质上是一个普通的 Sandbox 进程，只是套了几层限制。',
    // not the clause's subject
    '它在 GangWait 阶段处理超时。',
    '开了 TenantPin 准入插件时，Pod 的 nodeSelector 会被改写。',
    '用 recentx 模块实现会话保持。',
    '过期的令牌会被 controller-manager 里的 tokensweep 控制器删掉。',
    // nothing said of it, or only what it is set to
    '它的 Watcher 进程。',
    'GangSort 插件的参数写在 pluginConfig 里。',
    'leasegc 控制器创建的对象带着 ownerReferences。',
    '这时 QuotaHeld condition 为 False，message 写着原因。',
    // after a semicolon ending a clause about another subject
    '节点控制器会自动打上污点；而 TaintGrace 准入插件会给 Pod 加上容忍。',
    // an aside, an enumeration
    '调度有好几步（比如 GangSort 插件会先排队），这里不展开。',
    '另有 Filter、GangWait 阶段，由默认插件实现。',
    // a condition named without the sentence going on
    'Job 上出现 QuotaHeld condition。',
  ])('%s → none', (s) => {
    expect(found(s)).toEqual([]);
  });

  it('reads each name of a parallel enumeration after a semicolon', () => {
    expect(found('原理是：GangSort 阶段把同组的 Pod 排在一起；GangWait 阶段把凑不齐的组挡在门外。')).toEqual(['GangSort:阶段', 'GangWait:阶段']);
  });

  it('keeps its sorts as data with a label kind and positions', () => {
    for (const s of INSTANCE_SORTS) {
      expect(s.kind).toBe('term');
      expect(s.positions.length).toBeGreaterThan(0);
    }
    // a sort that ends another is listed after it (准入插件 before 插件)
    const words = INSTANCE_SORTS.map((s) => s.sort);
    expect(words.indexOf('准入插件')).toBeLessThan(words.indexOf('插件'));
  });
});

describe('a whole note', () => {
  it('makes a term of an instance with its sort as another name, also inside a bold label\'s definition', async () => {
    const dir = await contentDir({
      'notes/tenancy.md': [
        '# 多租户的准入',
        '',
        '租户之间要隔开。kube-controller-manager 里的 leasegc 控制器把过期的 Lease 删掉，这样节点心跳不会堆积。',
        '',
        '- **沙箱运行时**：给不可信的负载用。它的 Watcher 进程拦截容器发出的系统调用，在用户态处理。',
        '',
        'EndpointSlice 控制器把就绪的端点写进切片。',
        '',
      ].join('\n'),
    });
    const g = await loadGraph(dir);
    const defined = g.notes![0]!.defines.map((id) => g.concepts.find((c) => c.id === id)!);
    const titles = defined.map((c) => c.title);
    expect(titles).toEqual(expect.arrayContaining(['leasegc', 'Watcher', '沙箱运行时']));
    expect(titles).not.toContain('EndpointSlice 控制器');
    const term = defined.find((c) => c.title === 'leasegc')!;
    expect(term.kind).toBe('term');
    expect(term.aliases).toContain('leasegc 控制器');
  });
});
