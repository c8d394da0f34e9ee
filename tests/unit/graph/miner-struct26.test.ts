/**
 * struct26 (docs/miner.md, "struct26"): an enum value hangs under its field and a field whose values
 * a chapter explains is a concept (QA F8); a field explained for several sibling holders of one type
 * says so and hangs beside them (F6); a title that is the Chinese name of a Kubernetes term makes
 * that concept the chapter's home (F9). Notes written for this test (not the QA's), each case with a
 * look-alike that must stay as it was.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { explainedEnumFields, holdingPaths, sharedPlaces, valueFieldsOf } from '../../../src/graph/miner/field-values.ts';
import { titleGlossaryName } from '../../../src/graph/miner/title-glossary.ts';
import { byTitle, cleanup, parentTitle, mineNotes as mine, homeTitle } from './helpers.ts';

afterAll(cleanup);


const STRATEGY = [
  '# 工作负载升级方式',
  '',
  'Deployment 换镜像时怎么替换旧 Pod，由 `spec.strategy` 决定。',
  '',
  '**strategy：**Deployment 的更新策略，决定新旧副本怎么交接。',
  '',
  '**Recreate：**把旧副本全部停掉以后再拉起新副本，中间服务不可用。',
  '',
  '**RollingUpdate：**分批替换，新副本就绪一个再停一个旧的，是默认做法。',
];

const QOS = [
  '# 内存紧张时谁先走',
  '',
  'kubelet 驱逐 Pod 时先看它的 QoS Class，再看用量超出 requests 多少。',
  '',
  '**Guaranteed：**每个容器的 CPU、内存都写了 requests 和 limits 且两者相同。',
  '',
  '**Burstable：**写了 requests，但不满足上一条。',
  '',
  '**BestEffort：**一个容器都没写 requests 和 limits，最先被驱逐。',
  '',
  '`kubectl describe pod` 的输出里有 QoS Class 一行。',
];

const PROBES = [
  '# 容器自检',
  '',
  '**livenessProbe：**检查进程是否卡死，失败就重启容器。',
  '',
  '**readinessProbe：**检查能否接流量，失败就把 Pod 摘出 Endpoints。',
  '',
  '**startupProbe：**启动期间的检查，成功之前前两种都不执行。',
  '',
  '## 三种都能写的参数',
  '',
  '**initialDelaySeconds：**容器启动后隔多久开始第一次检查。',
  '',
  '**periodSeconds：**每隔多少秒检查一次。',
];

describe('struct26: enum values under their field (QA F8)', () => {
  it('a Deployment strategy value hangs under strategy, not beside it', async () => {
    const g = await mine({ 'notes/strategy.md': STRATEGY });
    expect(parentTitle(g, 'Recreate')).toBe('strategy');
    expect(parentTitle(g, 'RollingUpdate')).toBe('strategy');
    expect(byTitle(g, 'Recreate').kind).toBe('term');
  });

  it('the QoS classes make their field when the chapter names it, and hang under it', async () => {
    const g = await mine({ 'notes/qos.md': QOS });
    const field = byTitle(g, 'qosClass');
    expect(field).toMatchObject({ kind: 'field', fieldPath: 'status.qosClass' });
    for (const v of ['Guaranteed', 'Burstable', 'BestEffort']) expect(parentTitle(g, v)).toBe('qosClass');
    expect(homeTitle(g, 'notes/qos.md')).not.toBe('Guaranteed');
  });

  it('look-alike: values whose field the chapter never names make no field (`type` is no compound name)', async () => {
    const g = await mine({ 'notes/release.md': ['# 发布方式', '', '**Recreate：**先停旧的再起新的。', '', '**RollingUpdate：**一批一批替换，type 默认就是它。'] });
    expect(g.concepts.some((c) => c.fieldPath === 'spec.strategy.type')).toBe(false);
    expect(parentTitle(g, 'Recreate')).not.toBe('type');
  });

  it('look-alike: a term the note names after the field stands for it: no second concept, the values under it', async () => {
    const g = await mine({
      'notes/qos2.md': ['# 驱逐笔记', '', '**QoS 类：**kubelet 给 Pod 分的等级，看 QoS Class 就知道。', '', '**Guaranteed：**requests 等于 limits。', '', '**BestEffort：**什么都没写。'],
    });
    expect(g.concepts.some((c) => c.fieldPath === 'status.qosClass')).toBe(false);
    expect(parentTitle(g, 'Guaranteed')).toBe('QoS 类');
  });

  it('look-alike: one value is no explained field', async () => {
    const g = await mine({ 'notes/qos1.md': ['# 驱逐笔记', '', '**BestEffort：**没写 requests 和 limits 的 Pod，QoS Class 最低。'] });
    expect(g.concepts.some((c) => c.fieldPath === 'status.qosClass')).toBe(false);
  });
});

describe('struct26: a field shared by sibling holders (QA F6)', () => {
  it('the probe parameters explained for all three probes say so and hang beside the probes', async () => {
    const g = await mine({ 'notes/probes.md': PROBES });
    const d = byTitle(g, 'initialDelaySeconds');
    expect(d.fieldPath).toBe('spec.containers[].livenessProbe.initialDelaySeconds');
    expect(d.sharedPaths).toEqual([
      'spec.containers[].livenessProbe.initialDelaySeconds',
      'spec.containers[].readinessProbe.initialDelaySeconds',
      'spec.containers[].startupProbe.initialDelaySeconds',
    ]);
    for (const f of ['initialDelaySeconds', 'periodSeconds']) expect(['livenessProbe', 'readinessProbe', 'startupProbe']).not.toContain(parentTitle(g, f));
    expect(parentTitle(g, 'periodSeconds')).toBe(parentTitle(g, 'livenessProbe'));
  });

  it('look-alike: a parameter under a heading naming one probe is that probe’s', async () => {
    const g = await mine({
      'notes/probes.md': [
        '# 容器自检',
        '',
        '**livenessProbe：**检查进程是否卡死，失败就重启容器。',
        '',
        '**readinessProbe：**检查能否接流量。',
        '',
        '## livenessProbe 的参数',
        '',
        '**initialDelaySeconds：**存活检查开始前等待的秒数。',
      ],
    });
    expect(byTitle(g, 'initialDelaySeconds').sharedPaths).toBeUndefined();
    expect(parentTitle(g, 'initialDelaySeconds')).toBe('livenessProbe');
  });

  it('a probe that another chapter only fell back on as its home stays beside its siblings', async () => {
    const g = await mine({
      'notes/01-checks.md': PROBES,
      'notes/02-tuning.md': ['# 慢服务的调优记录', '', '**livenessProbe：**一开始只配了它，启动阶段总被杀。', '', '**failureThreshold：**启动阶段调到 30。'],
    });
    expect(homeTitle(g, 'notes/02-tuning.md')).toBe('livenessProbe');
    expect(parentTitle(g, 'livenessProbe')).toBe(parentTitle(g, 'readinessProbe'));
    expect(parentTitle(g, 'livenessProbe')).toBe('容器自检');
  });

  it('sharedPlaces: siblings of the holder’s type that the note explains, the own path first', () => {
    const probe = (p: string) => ({ owner: 'Pod', path: `spec.containers[].${p}`, names: [p] });
    const f = { owner: 'Pod', path: 'spec.containers[].readinessProbe.periodSeconds' };
    expect(sharedPlaces(f, [probe('livenessProbe'), probe('readinessProbe')])).toEqual([
      'spec.containers[].readinessProbe.periodSeconds',
      'spec.containers[].livenessProbe.periodSeconds',
    ]);
    // one holder only; a sibling of another type (`resources` has no periodSeconds)
    expect(sharedPlaces(f, [probe('readinessProbe')])).toBeUndefined();
    expect(sharedPlaces(f, [probe('readinessProbe'), probe('resources')])).toBeUndefined();
    // a heading naming one of them
    expect(sharedPlaces(f, [probe('livenessProbe'), probe('readinessProbe')], 'readinessProbe 参数')).toBeUndefined();
    expect(sharedPlaces(f, [probe('livenessProbe'), probe('readinessProbe')], '探测参数')).toHaveLength(2);
    // list holders of one type are things apart (`restartPolicy` of an init container, a native sidecar)
    const list = (p: string) => ({ owner: 'Pod', path: `spec.${p}`, names: [p] });
    expect(sharedPlaces({ owner: 'Pod', path: 'spec.initContainers[].restartPolicy' }, [list('containers'), list('initContainers')])).toBeUndefined();
  });
});

describe('struct26: a title that is a Chinese name of a Kubernetes term (QA F9)', () => {
  it('`# 探针` over the three probes makes the probe concept the home', async () => {
    const g = await mine({
      'notes/05-探针.md': ['# 探针', '', '## 存活探针', '', '**livenessProbe：**失败就重启容器。', '', '## 就绪探针', '', '**readinessProbe：**失败就不接流量。'],
    });
    const home = byTitle(g, '探针（Probe）');
    expect(home.kind).toBe('term');
    expect(homeTitle(g, 'notes/05-探针.md')).toBe('探针（Probe）');
    expect(parentTitle(g, 'livenessProbe')).toBe('探针（Probe）');
  });

  it('a file named 亲和性.md without a `#` title is about affinity, a term (the field keeps its name)', async () => {
    const g = await mine({
      'notes/亲和性.md': ['亲和性决定 Pod 愿意和谁待在一起。', '', '**nodeAffinity：**按节点标签选节点。', '', '**podAntiAffinity：**把副本分散开。'],
    });
    expect(homeTitle(g, 'notes/亲和性.md')).toBe('亲和性');
    expect(parentTitle(g, 'podAntiAffinity')).toBe('亲和性');
  });

  it('look-alike: an area title stays an area topic, and a name the chapter never writes again makes nothing', async () => {
    expect(titleGlossaryName(['网络'], '网络 网络')).toBeUndefined();
    expect(titleGlossaryName(['探针'], '**livenessProbe：**失败就重启。')).toBeUndefined();
    expect(titleGlossaryName(['探针'], '存活探针')).toEqual({ zh: '探针', en: 'Probe', title: '探针（Probe）' });
    expect(titleGlossaryName(['亲和性'], '亲和性')).toMatchObject({ title: '亲和性' });
    // a kind's Chinese name is read as the kind elsewhere, or left a context (`节点`: Node)
    expect(titleGlossaryName(['持久卷'], '持久卷')).toBeUndefined();
    expect(titleGlossaryName(['节点'], '新节点上')).toBeUndefined();
  });
});

describe('struct26 helpers', () => {
  it('valueFieldsOf / explainedEnumFields / holdingPaths', () => {
    expect(valueFieldsOf(['Guaranteed']).map((o) => `${o.owner}:${o.path}`)).toEqual(['Pod:status.qosClass']);
    expect(valueFieldsOf(['guaranteed'])).toEqual([]);
    expect(explainedEnumFields([['Guaranteed'], ['BestEffort']], '看 QoS Class').map((o) => o.path)).toEqual(['status.qosClass']);
    expect(explainedEnumFields([['Guaranteed'], ['BestEffort']], '没写字段名')).toEqual([]);
    expect(explainedEnumFields([['Recreate'], ['RollingUpdate']], 'type 字段')).toEqual([]);
    expect(holdingPaths('spec.strategy.type')).toEqual(['spec.strategy.type', 'spec.strategy']);
  });
});
