/**
 * Fields and API kinds named in the middle of running text (src/graph/miner/field-clauses.ts and
 * the rules field-prose, field-genitive, field-agent, kind-prose in field-prose.ts; the note's own
 * example as the dictionary of a custom resource in resolve.ts). Sentences written for this test,
 * each with a look-alike that must not change.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { loadGraph } from '../../../src/graph/index.ts';
import type { Graph } from '../../../src/graph/model.ts';
import {
  FIELD_PREDICATES,
  KIND_PREDICATES,
  LOCATION,
  PATH_GLOSS,
  PATH_LOCATION,
  PATH_SET,
  PROSE_PATH,
  agentVerb,
  fieldPredicate,
  genitiveOwner,
  kindPredicate,
  laterClause,
} from '../../../src/graph/miner/field-clauses.ts';
import { definerConfig, setDefiner } from '../../../src/graph/miner/definer.ts';
import { soleOwner } from '../../../src/graph/miner/field-prose.ts';
import { WELL_KNOWN_CATEGORY } from '../../../src/graph/miner/resolve.ts';
import { cleanup, contentDir } from './helpers.ts';

afterAll(cleanup);

const note = (...lines: string[]) => lines.join('\n') + '\n';
const defined = (g: Graph) => g.notes![0]!.defines.map((id) => g.concepts.find((c) => c.id === id)!);
const byTitle = (g: Graph, title: string) => defined(g).find((c) => c.title === title);
const alone = async (md: string) => loadGraph(await contentDir({ 'notes/n.md': md }), { layout: false });

describe('field-clauses tables', () => {
  it('names every predicate, and reads a predicate after the subject', () => {
    for (const t of [...FIELD_PREDICATES, ...KIND_PREDICATES]) expect(t.name).toMatch(/^[a-z-]+$/);
    expect(fieldPredicate(' 决定了镜像什么时候拉取')?.name).toBe('decides');
    expect(fieldPredicate(' 限定可以访问的端口')?.name).toBe('limits');
    expect(fieldPredicate('，填的是集群的域名')?.name).toBe('holds');
    expect(fieldPredicate(' 写允许的来源')?.name).toBe('holds');
    expect(fieldPredicate(' 可以进一步限制副本数')?.name).toBe('decides');
    // a value or a place written into the field, not what it holds
    expect(fieldPredicate(' 写成 8080 就行')).toBeUndefined();
    expect(fieldPredicate(' 写进了配置文件')).toBeUndefined();
    // a copula that asks or says what it cannot do does not define
    expect(fieldPredicate(' 是谁')).toBeUndefined();
    expect(fieldPredicate(' 是不能改的')).toBeUndefined();
    expect(fieldPredicate(' 就是靠它实现的')).toBeUndefined();
    expect(fieldPredicate(' 是集群里唯一的名字')?.name).toBe('copula');
    // what each item of a list field puts together
    expect(fieldPredicate(' 里的每一项把一个集群、一个用户和默认命名空间绑在一起')?.name).toBe('joins');
    expect(fieldPredicate(' 把数据写进磁盘')).toBeUndefined();
  });

  it('reads a field written as the means of a verb', () => {
    expect(agentVerb(' 选择自己属于哪一类')?.name).toBe('selects');
    expect(agentVerb(' 列出要监听的端口')?.name).toBe('lists');
    expect(agentVerb(' 一起决定保留多久')?.name).toBe('decides');
    expect(agentVerb(' 把数据写进去')).toBeUndefined();
  });

  it('finds the owner named in a genitive, and nothing in a genitive of another word', () => {
    expect(genitiveOwner('还有 StorageClass 的 ')).toBe('StorageClass');
    expect(genitiveOwner('Node 上的 ')).toBe('Node');
    expect(genitiveOwner('PVC 里的 ')).toBe('PersistentVolumeClaim');
    expect(genitiveOwner('每个节点的 ')).toBe('Node');
    expect(genitiveOwner('用 OpenAPI 的 ')).toBeUndefined();
    expect(genitiveOwner('它的 ')).toBeUndefined();
    // a lower-case word is no kind as written
    expect(genitiveOwner('node 的 ')).toBeUndefined();
    // a kind the note's example declares
    expect(genitiveOwner('BackupPlan 的 ', new Set(['BackupPlan']))).toBe('BackupPlan');
  });

  it('reads a path gloss, a later clause with an anaphor and a location', () => {
    expect(PATH_GLOSS.exec('（`status.addresses`）记录…')?.[1]).toBe('status.addresses');
    expect(PATH_GLOSS.exec('（地址列表）记录…')).toBeNull();
    expect(laterClause(' 一起配，后者规定回收到哪里')?.name).toBe('later-clause, decides');
    expect(laterClause(' 一起配，然后重启 kubelet')).toBeUndefined();
    expect(LOCATION.re.test(' 里声明要用的存储类')).toBe(true);
    expect(LOCATION.re.test(' 里面出错了')).toBe(false);
  });

  it('reads a kind explained in passing, and the category words of well-known keys', () => {
    expect(kindPredicate('，记录每个命名空间的用量')?.name).toBe('records');
    expect(kindPredicate(' 相当于旧版的升级')?.name).toBe('means');
    expect(kindPredicate(' 是否存在')).toBeUndefined();
    expect(WELL_KNOWN_CATEGORY['well-known-taint']!.test('内存不足时加上的污点')).toBe(true);
    expect(WELL_KNOWN_CATEGORY['well-known-taint']!.test('内存不足')).toBe(false);
  });
});

describe('fields named mid-sentence in a note', () => {
  it('reads the owner named in a genitive (field-genitive), and leaves a plain mention alone', async () => {
    const g = await alone(note(
      '# 回收策略',
      '',
      '持久卷用完以后怎么处理，要看 PersistentVolume 的 persistentVolumeReclaimPolicy 决定：留着还是删掉。',
      '',
      '顺便一提，PersistentVolume 的 storageClassName 我们一般不手写。',
    ));
    expect(byTitle(g, 'persistentVolumeReclaimPolicy')).toMatchObject({ kind: 'field', owner: 'PersistentVolume', fieldPath: 'spec.persistentVolumeReclaimPolicy' });
    // named with its owner, but nothing explains it
    expect(byTitle(g, 'storageClassName')).toBeUndefined();
  });

  it('reads a path gloss after a Chinese owner word', async () => {
    const g = await alone(note(
      '# 节点的地址',
      '',
      '每个节点的 addresses（`status.addresses`）记录了它的内网 IP 和主机名。',
    ));
    expect(byTitle(g, 'addresses')).toMatchObject({ kind: 'field', owner: 'Node', fieldPath: 'status.addresses' });
  });

  it('reads a field the next clause explains through an anaphor, of the kind the example shows', async () => {
    const g = await alone(note(
      '# 镜像回收',
      '',
      '~~~yaml',
      'apiVersion: kubelet.config.k8s.io/v1beta1',
      'kind: KubeletConfiguration',
      'imageGCHighThresholdPercent: 80',
      '~~~',
      '',
      '阈值不能只写一个，必须配合 imageGCLowThresholdPercent 一起配，后者规定回收到磁盘占用多少为止。',
      '',
      '另外还要留意 imageMinimumGCAge 一起配，然后重启 kubelet。',
    ));
    expect(byTitle(g, 'imageGCLowThresholdPercent')).toMatchObject({ kind: 'field', owner: 'KubeletConfiguration', fieldPath: 'imageGCLowThresholdPercent' });
    // field-prose does not read imageMinimumGCAge (no clause explains it); since mention10 a camelCase field of a
    // configuration kind the note shows is that kind's field wherever the note names it (config-mentions.ts:
    // the design sets label such mentions 41 times against 18)
    expect(byTitle(g, 'imageMinimumGCAge')).toMatchObject({ kind: 'field', owner: 'KubeletConfiguration' });
  });

  it('takes a custom resource example as the dictionary of its keys, and its kind as an object', async () => {
    const g = await alone(note(
      '# 备份计划',
      '',
      '**BackupPlan**：备份工具自带的自定义资源，描述一份定时备份。',
      '',
      '```yaml',
      'apiVersion: backup.example.io/v1',
      'kind: BackupPlan',
      'metadata:',
      '  name: nightly',
      '  labels:',
      '    team: storage',
      'spec:',
      '  schedule: "0 2 * * *"',
      '  keepLast: 7',
      '  target:',
      '    bucket: s3://backups',
      '```',
      '',
      '它通过 schedule 决定什么时候跑，keepLast 限定最多保留几份；target 下面的 bucket 写成自己的桶名就行。',
      '',
      'team 是我们组的名字。',
    ));
    expect(byTitle(g, 'BackupPlan')).toMatchObject({ kind: 'object' });
    expect(byTitle(g, 'schedule')).toMatchObject({ kind: 'field', owner: 'BackupPlan', fieldPath: 'spec.schedule' });
    expect(byTitle(g, 'keepLast')).toMatchObject({ kind: 'field', owner: 'BackupPlan', fieldPath: 'spec.keepLast' });
    // `写成` gives a value, not what the key is; a label key is data, not a field
    expect(byTitle(g, 'bucket')).toBeUndefined();
    expect(byTitle(g, 'team')?.kind).not.toBe('field');
  });

  it('does not make a plain key a field where the sentence is about something else', async () => {
    const g = await alone(note(
      '# 路由',
      '',
      '```yaml',
      'apiVersion: v1',
      'kind: Service',
      'metadata:',
      '  name: web',
      'spec:',
      '  ports:',
      '  - name: http',
      '    port: 80',
      '    targetPort: 8080',
      '```',
      '',
      '转发时用 OpenAPI 的 port 声明一个入口，也可以用 name 精确到某个端口。',
    ));
    expect(byTitle(g, 'port')).toBeUndefined();
    expect(byTitle(g, 'name')).toBeUndefined();
  });

  it('reads a field set in a location clause of the example that sets it', async () => {
    const g = await alone(note(
      '# 有状态应用的卷',
      '',
      '~~~yaml',
      'apiVersion: apps/v1',
      'kind: StatefulSet',
      'metadata:',
      '  name: db',
      'spec:',
      '  serviceName: db',
      '  volumeClaimTemplates:',
      '  - metadata:',
      '      name: data',
      '~~~',
      '',
      '每个副本要自己的盘，就在 volumeClaimTemplates 里声明一份 PVC 模板。',
    ));
    expect(byTitle(g, 'volumeClaimTemplates')).toMatchObject({ kind: 'field', owner: 'StatefulSet', fieldPath: 'spec.volumeClaimTemplates' });
  });

  it('gives a field of several kinds the one kind the note names, and warns when the note names none', async () => {
    const named = await alone(note(
      '# 驱逐的节奏',
      '',
      '节点失联以后，Pod 不会马上被赶走。',
      '',
      '**tolerationSeconds=60：**容忍某个污点的时长，到点以后才被驱逐。',
    ));
    // (a Pod field carries no owner: Pod is the default)
    expect(byTitle(named, 'tolerationSeconds')).toMatchObject({ kind: 'field', fieldPath: 'spec.tolerations[].tolerationSeconds' });
    expect(byTitle(named, 'tolerationSeconds')?.owner ?? 'Pod').toBe('Pod');
    expect(named.diagnostics.some((d) => d.code === 'ambiguous-field')).toBe(false);
    const none = await alone(note(
      '# 容忍的时长',
      '',
      '**tolerationSeconds=60：**容忍某个污点的时长，到点以后才被驱逐。',
    ));
    expect(none.diagnostics.some((d) => d.code === 'ambiguous-field')).toBe(true);
  });
});

describe('kinds explained in passing (kind-prose)', () => {
  it('reads a kind with its class word or one the sentence calls an object, and not a core kind said something about', async () => {
    const g = await alone(note(
      '# 配额',
      '',
      '每个命名空间还可以有一个 ResourceQuota 对象，记录这个命名空间能用多少资源。这里的 LimitRange 是管理员建的资源，规定单个容器的默认上限。',
      '',
      '而 Pod 是会被重建的，这里的 Deployment 表示我们上周改过的那一版。',
    ));
    expect(byTitle(g, 'ResourceQuota')).toMatchObject({ kind: 'object' });
    expect(byTitle(g, 'LimitRange')).toMatchObject({ kind: 'object' });
    expect(byTitle(g, 'Pod')).toBeUndefined();
    expect(byTitle(g, 'Deployment')).toBeUndefined();
  });
});

describe('well-known keys in list items', () => {
  it('defines a taint key whose item names its category, not one whose item glosses its value', async () => {
    const g = await alone(note(
      '# 内置污点',
      '',
      '- `node.kubernetes.io/disk-pressure`：磁盘快满时控制器加上的污点。',
      '- `node.kubernetes.io/pid-pressure`：进程太多；',
    ));
    expect(byTitle(g, 'node.kubernetes.io/disk-pressure')).toMatchObject({ kind: 'term' });
    expect(byTitle(g, 'node.kubernetes.io/pid-pressure')).toBeUndefined();
  });
});

describe('kinds of custom resources without the API vocabulary', () => {
  it('reads a manifest the reader writes (written-manifest), not a name after another verb', async () => {
    const g = await alone(note(
      '# 定时扩容',
      '',
      '装好组件以后，再写一个 ScheduledScaler，在里面声明目标副本数和时间段。',
      '',
      '以前我们用过一个 LegacyScaler，后来删掉了。',
    ));
    expect(byTitle(g, 'ScheduledScaler')).toMatchObject({ kind: 'object' });
    expect(byTitle(g, 'LegacyScaler')).toBeUndefined();
  });

  it('reads a kind with 这个资源 before its predicate, and not a kind with no predicate', async () => {
    const g = await alone(note(
      '# 入口',
      '',
      'IngressClass 这个资源本身只描述由哪个控制器处理。后来大家都在讨论 Ingress 和别的方案。',
    ));
    expect(byTitle(g, 'IngressClass')).toMatchObject({ kind: 'object' });
    expect(byTitle(g, 'Ingress')).toBeUndefined();
  });

  it('reads a label spelt as a kind whose definition calls it an object, and not one defined otherwise', async () => {
    const g = await alone(note(
      '# 备份',
      '',
      '**RestorePoint**：命名空间级别的对象，代表一次可以回滚到的备份。',
      '',
      '**RestoreWindow**：每天允许恢复的时间段。',
    ));
    expect(byTitle(g, 'RestorePoint')).toMatchObject({ kind: 'object' });
    expect(byTitle(g, 'RestoreWindow')?.kind).not.toBe('object');
  });
});

describe('two names explained together', () => {
  it('reads both fields of a pair that 分别 explains, and not a pair that is only listed', async () => {
    const g = await alone(note(
      '# 滚动更新',
      '',
      '~~~yaml',
      'apiVersion: apps/v1',
      'kind: Deployment',
      'metadata:',
      '  name: web',
      'spec:',
      '  strategy:',
      '    rollingUpdate:',
      '      maxSurge: 1',
      '      maxUnavailable: 0',
      '  minReadySeconds: 5',
      '  revisionHistoryLimit: 3',
      '~~~',
      '',
      'rollingUpdate 里面有 maxSurge 和 maxUnavailable 两项，分别限制多出来和少掉的副本数。',
      '',
      '另外 minReadySeconds 和 revisionHistoryLimit 我们一般不改，保持默认。',
    ));
    expect(byTitle(g, 'maxSurge')).toMatchObject({ kind: 'field', owner: 'Deployment', fieldPath: 'spec.strategy.rollingUpdate.maxSurge' });
    expect(byTitle(g, 'maxUnavailable')).toMatchObject({ kind: 'field', owner: 'Deployment', fieldPath: 'spec.strategy.rollingUpdate.maxUnavailable' });
    expect(byTitle(g, 'minReadySeconds')).toBeUndefined();
    expect(byTitle(g, 'revisionHistoryLimit')).toBeUndefined();
  });

  it('reads two kinds called objects and told apart by 前者, not two kinds only named together', async () => {
    const g = await alone(note(
      '# 存储对象',
      '',
      '卷由 PersistentVolume 和 PersistentVolumeClaim 两种对象表示，前者描述真实的存储，后者是用户的申请。',
      '',
      '我们还比较过 StatefulSet 和 DaemonSet 两种写法，前者是给数据库用的。',
    ));
    expect(byTitle(g, 'PersistentVolume')).toMatchObject({ kind: 'object' });
    expect(byTitle(g, 'PersistentVolumeClaim')).toMatchObject({ kind: 'object' });
    expect(byTitle(g, 'StatefulSet')).toBeUndefined();
    expect(byTitle(g, 'DaemonSet')).toBeUndefined();
  });
});

describe('an owner the sentence leaves open', () => {
  it('warns when two kinds the paragraph names both have the field, and reads the one a genitive names', async () => {
    const open = await alone(note(
      '# 旧版本',
      '',
      'Deployment 和 StatefulSet 都可以用 revisionHistoryLimit 控制留下多少个旧版本。',
    ));
    const w = open.diagnostics.find((d) => d.code === 'ambiguous-field');
    expect(w?.message).toContain('revisionHistoryLimit');
    expect(byTitle(open, 'revisionHistoryLimit')?.fieldPath).toBeUndefined();
    const named = await alone(note(
      '# 旧版本',
      '',
      '我们的 StatefulSet 也写了，不过 Deployment 的 revisionHistoryLimit 控制留下多少个旧的 ReplicaSet。',
    ));
    expect(byTitle(named, 'revisionHistoryLimit')).toMatchObject({ kind: 'field', owner: 'Deployment', fieldPath: 'spec.revisionHistoryLimit' });
    expect(named.diagnostics.some((d) => d.code === 'ambiguous-field')).toBe(false);
  });
});

describe('owners carried by the text', () => {
  it('reads the kind a demonstrative stands for, a parallel clause of the same sentence, and a field written as where things go', async () => {
    const g = await alone(note(
      '# 调度器配置',
      '',
      '先准备一份 KubeSchedulerConfiguration。这份配置的 percentageOfNodesToScore 决定找到多少可行节点就停，parallelism 则规定同时跑几个调度线程。',
      '',
      '各个插件的开关都写在 KubeSchedulerConfiguration 的 profiles 里。',
    ));
    expect(byTitle(g, 'percentageOfNodesToScore')).toMatchObject({ kind: 'field', owner: 'KubeSchedulerConfiguration', fieldPath: 'percentageOfNodesToScore' });
    expect(byTitle(g, 'parallelism')).toMatchObject({ kind: 'field', owner: 'KubeSchedulerConfiguration', fieldPath: 'parallelism' });
    expect(byTitle(g, 'profiles')).toMatchObject({ kind: 'field', owner: 'KubeSchedulerConfiguration', fieldPath: 'profiles' });
  });

  it('does not carry an owner into another sentence, nor read an object\'s own keys', async () => {
    const g = await alone(note(
      '# 调度器配置',
      '',
      '先准备一份 KubeSchedulerConfiguration。这份配置的 percentageOfNodesToScore 决定找到多少可行节点就停。另外 parallelism 则规定的东西我们没动过。',
      '',
      '这些字段都写在 Pod 的 spec 里。',
    ));
    expect(byTitle(g, 'percentageOfNodesToScore')).toMatchObject({ kind: 'field' });
    expect(byTitle(g, 'parallelism')).toBeUndefined();
    expect(byTitle(g, 'spec')).toBeUndefined();
  });
});

describe('a key quoted with its value', () => {
  it('reads a plain key of another section\'s example written as YAML before a predicate, not one quoted without', async () => {
    const example = ['~~~yaml', 'apiVersion: apps/v1', 'kind: Deployment', 'metadata:', '  name: web', 'spec:', '  paused: true', '  replicas: 2', '~~~', ''];
    const g = await alone(note('# 发布', '', '## 例子', '', ...example, '## 解释', '', '其中 paused: true 表示暂停滚动更新。', '', '另外 replicas: 2 就够用了。'));
    expect(byTitle(g, 'paused')).toMatchObject({ kind: 'field', owner: 'Deployment', fieldPath: 'spec.paused' });
    expect(byTitle(g, 'replicas')).toBeUndefined();
  });
});

describe('a field named as a bound', () => {
  it('reads a camelCase field ending a clause after 不超过, not one the clause goes on about', async () => {
    const example = ['~~~yaml', 'apiVersion: kubelet.config.k8s.io/v1beta1', 'kind: KubeletConfiguration', 'evictionHard:', '  memory.available: "200Mi"', '~~~', ''];
    const g = await alone(note('# 驱逐', '', ...example, '软驱逐时给 Pod 的终止时间不超过 evictionMaxPodGracePeriod。', '', '镜像回收后的占用率不超过 imageGCLowThresholdPercent 的一半。'));
    expect(byTitle(g, 'evictionMaxPodGracePeriod')).toMatchObject({ kind: 'field', owner: 'KubeletConfiguration', fieldPath: 'evictionMaxPodGracePeriod' });
    // not read as a bound; since mention10 a field of the note's KubeletConfiguration named in passing (config-mentions.ts)
    expect(byTitle(g, 'imageGCLowThresholdPercent')).toMatchObject({ kind: 'field', owner: 'KubeletConfiguration' });
  });
});

describe('a field introduced inside its owner, a kind written as where the settings go', () => {
  it('reads X 里还有一个 **field** 字段：…, not a bold name without its owner', async () => {
    const g = await alone(note(
      '# Webhook',
      '',
      'ValidatingWebhookConfiguration 里还有一个 **failurePolicy** 字段：webhook 不可用时是放行还是拒绝。',
      '',
      '另外还有一个 **matchPolicy**，我们没用过。',
    ));
    expect(byTitle(g, 'failurePolicy')).toMatchObject({ kind: 'field', owner: 'ValidatingWebhookConfiguration', fieldPath: 'webhooks[].failurePolicy' });
    expect(byTitle(g, 'matchPolicy')).toBeUndefined();
  });

  it('reads a kind the example declares written as where the settings go, not a kind without an example', async () => {
    const g = await alone(note(
      '# 代理',
      '',
      '代理模式和各种超时都写在 KubeProxyConfiguration 里：',
      '',
      '~~~yaml',
      'apiVersion: kubeproxy.config.k8s.io/v1alpha1',
      'kind: KubeProxyConfiguration',
      'mode: ipvs',
      '~~~',
      '',
      '节点上的参数则写在 KubeletConfiguration 里，这里不展开。',
    ));
    expect(byTitle(g, 'KubeProxyConfiguration')).toMatchObject({ kind: 'object' });
    expect(byTitle(g, 'KubeletConfiguration')).toBeUndefined();
  });
});

describe('an item of a list field', () => {
  it('reads 每个 <singular> for the list key the example sets, not a singular with no such key', async () => {
    const g = await alone(note(
      '# 备份目标',
      '',
      '```yaml',
      'apiVersion: backup.example.io/v1',
      'kind: BackupPlan',
      'metadata:',
      '  name: nightly',
      'spec:',
      '  targets:',
      '  - bucket: s3://a',
      '```',
      '',
      '每个 target 由一个桶和一个前缀组成。每条 route 由一个路径组成。',
    ));
    expect(byTitle(g, 'targets')).toMatchObject({ kind: 'field', owner: 'BackupPlan', fieldPath: 'spec.targets' });
    expect(byTitle(g, 'route')).toBeUndefined();
    expect(byTitle(g, 'routes')).toBeUndefined();
  });
});

describe('a field only one kind has (field-sole-owner, rules2)', () => {
  it('finds the one API kind, else the one configuration kind, and nothing for a name several kinds have', () => {
    expect(soleOwner('hostIPC')).toBe('Pod');
    expect(soleOwner('volumeBindingMode')).toBe('StorageClass');
    // the REST API before the configuration APIs (kubeadm's nodeRegistration has one too)
    expect(soleOwner('imagePullPolicy')).toBe('Pod');
    expect(soleOwner('evictionHard')).toBe('KubeletConfiguration');
    expect(soleOwner('selector')).toBeUndefined();
    expect(soleOwner('protocol')).toBeUndefined();
    expect(soleOwner('notAFieldAnywhere')).toBeUndefined();
  });

  it('reads a camelCase field of one kind explained in a note that shows no example of it', async () => {
    const g = await alone(note('# 笔记', '', '我们的节点都在同一个机房。shareProcessNamespace 决定了同一个 Pod 的容器能不能互相看到进程。'));
    expect(byTitle(g, 'shareProcessNamespace')).toMatchObject({ kind: 'field', fieldPath: 'spec.shareProcessNamespace' });
    // look-alikes: a name several kinds have, a name only mentioned, a plain word (the rules
    // alone: the learned scorer may still propose a name with a defining word after it)
    setDefiner({ ...definerConfig(), mode: 'off' });
    try {
      const other = await alone(note('# 笔记', '', 'minReadySeconds 决定了新副本要稳定多久才算可用。', '', '记得把 shareProcessNamespace 打开再试一次。', '', 'storage 决定了数据放在哪里。'));
      expect(defined(other).map((c) => c.title)).toEqual([]);
    } finally {
      setDefiner(undefined);
    }
  });
});

describe('a configuration field only one kind has (field-sole-owner, rules2)', () => {
  it('is read so only where the paragraph or heading names its component or kind', async () => {
    const g = await alone(note('# 节点', '', '新节点上 kubelet 的 evictionPressureTransitionPeriod 决定了压力解除后要等多久才撤掉污点。'));
    expect(byTitle(g, 'evictionPressureTransitionPeriod')).toMatchObject({ kind: 'field', owner: 'KubeletConfiguration' });
    setDefiner({ ...definerConfig(), mode: 'off' });
    try {
      const other = await alone(note('# 节点', '', '新节点上 evictionPressureTransitionPeriod 决定了压力解除后要等多久才撤掉污点。'));
      expect(defined(other).map((c) => c.title)).toEqual([]);
    } finally {
      setDefiner(undefined);
    }
  });
});

describe('a field glossed in parentheses (gloss, rules2)', () => {
  it('reads a Chinese name, a description or a default in parentheses, not an aside', () => {
    expect(fieldPredicate('（容忍时长）能让 Pod 多待一会儿')?.name).toBe('gloss');
    expect(fieldPredicate('（默认 30 秒）之后再强杀')?.name).toBe('gloss');
    expect(fieldPredicate('（需要的话再配一个 tolerations）一起用')).toBeUndefined();
    expect(fieldPredicate('（比如 2 个）就够了')).toBeUndefined();
    expect(fieldPredicate('（默认 /var/log/app）里的文件')).toBeUndefined();
    expect(fieldPredicate('（v1.30）')).toBeUndefined();
  });

  it('reads what a field set to a value does', () => {
    expect(fieldPredicate(' 为 true 时，容器会共享主机的网络')?.name).toBe('when-set');
    expect(fieldPredicate(' 为 0 的时候不会重试')?.name).toBe('when-set');
    expect(fieldPredicate(' 为准')).toBeUndefined();
  });

  it('reads a camelCase field with its gloss wherever it stands, not one whose parentheses hold an aside', async () => {
    const g = await alone(note('# 节点', '', '## kubelet 的驱逐', '', '1. 可用内存低于 evictionHard（硬驱逐阈值）时立刻驱逐；', '2. hostPID 为 true 时，容器能看到宿主机上的所有进程。'));
    expect(byTitle(g, 'evictionHard')).toMatchObject({ kind: 'field' });
    expect(byTitle(g, 'hostPID')).toMatchObject({ kind: 'field', fieldPath: 'spec.hostPID' });
    // (no kubelet in the heading: where the note names the component, mention10 reads evictionHard as its field in passing)
    const other = await alone(note('# 节点', '', '## 驱逐', '', '1. 可用内存低于 evictionHard（比如 100Mi）就够了；', '2. 把日志写到 terminationMessagePath（默认 /dev/termination-log）里。'));
    expect(defined(other).map((c) => c.title)).toEqual([]);
  });
});

describe('a field written as its path in running text (field-path, rules2)', () => {
  it('reads the path tables: a place, a value set, and not a path said nothing of', () => {
    expect(PATH_LOCATION.re.test(' 里引用那个 Secret')).toBe(true);
    expect(PATH_LOCATION.re.test(' 里的内容很长')).toBe(false);
    expect(PATH_SET.re.test(' 设成 false 就行')).toBe(true);
    expect(PATH_SET.re.test(' 设成多少合适')).toBe(false);
    // the shape only (a file name has it too; the catalogue then finds no field at that path)
    expect([...'改 spec.replicas 或 config.yaml，再看 status.readyReplicas 和 acme.io/x'.matchAll(PROSE_PATH)].map((m) => m[1])).toEqual(['spec.replicas', 'config.yaml', 'status.readyReplicas']);
  });

  it('reads a path with its owner in a genitive, the only kind that has it, or a kind of the paragraph', async () => {
    const g = await alone(note(
      '# 笔记',
      '',
      '要让服务只走本节点的后端，把 Service 的 spec.internalTrafficPolicy 设成 Local。',
      '',
      '控制器每次滚动都会更新 status.observedGeneration，意思是它已经看到了最新的 spec。',
      '',
      '挂载时在 spec.volumes[].projected 里列出要合并的几个来源。',
    ));
    expect(byTitle(g, 'internalTrafficPolicy')).toMatchObject({ kind: 'field', owner: 'Service', fieldPath: 'spec.internalTrafficPolicy' });
    expect(byTitle(g, 'projected')).toMatchObject({ kind: 'field', fieldPath: 'spec.volumes[].projected' });
    // observedGeneration: many kinds have status.observedGeneration, the paragraph names none
    expect(byTitle(g, 'observedGeneration')).toBeUndefined();
  });

  it('leaves a path mentioned in passing, in an aside, or with no predicate', async () => {
    setDefiner({ ...definerConfig(), mode: 'off' });
    try {
      const g = await alone(note(
        '# 笔记',
        '',
        '我顺手看了一眼 Service 的 spec.internalTrafficPolicy，没改。',
        '',
        '滚动更新时流量不受影响（除非 spec.internalTrafficPolicy 设成 Local）。',
        '',
        'Service 写一行 spec.internalTrafficPolicy: Local 就能用上。',
      ));
      expect(defined(g).filter((c) => c.kind === 'field')).toEqual([]);
    } finally {
      setDefiner(undefined);
    }
  });
});
