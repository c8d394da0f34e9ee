/**
 * struct24 (docs/miner.md, "struct24"): what hangs where in a folder of free-form chapters with no
 * map. A field a chapter explains for its subject hangs under that subject (its owner and fieldPath
 * stay); a chapter whose title names nothing is about what its headings name; a diary's genre words
 * before a colon are no subject; a name written `中文 English` is one glossed name. Notes written for
 * this test, each case with a look-alike that must stay as it was.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { loadGraph } from '../../../src/graph/index.ts';
import { titleNames } from '../../../src/graph/mining.ts';
import { questionSubjects } from '../../../src/graph/miner/question-subjects.ts';
import { spacedGloss } from '../../../src/graph/stages/mine.ts';
import { byTitle, cleanup, contentDir, parentTitle, mineNotes as mine } from './helpers.ts';

afterAll(cleanup);


const POD = [
  '# 初识 Pod',
  '',
  '**Pod：**Kubernetes 里最小的调度单位，一个 Pod 里可以有一个或多个容器。',
  '',
  '**containers：**Pod 里的容器列表，每个容器写镜像和端口。',
  '',
  '**restartPolicy：**容器退出后要不要重启，Always、OnFailure、Never 三种。',
];

const SCHEDULING = [
  '# 调度：nodeSelector、亲和性、污点与容忍',
  '',
  '调度就是决定 Pod 跑在哪个节点上，本章按机制来记。',
  '',
  '## nodeSelector',
  '',
  '**nodeSelector：**最简单的调度方式，按节点标签选节点。',
  '',
  '## 亲和性',
  '',
  '**affinity：**比 nodeSelector 更灵活的调度规则，分节点亲和和 Pod 亲和。',
  '',
  '**nodeAffinity：**节点亲和性，可以写必须满足和尽量满足两种规则。',
  '',
  '## 污点和容忍',
  '',
  '**tolerations（容忍）：**写在 Pod 上，表示这个 Pod 能容忍哪些污点。',
];

const CONFIGMAP = [
  '# ConfigMap 配置管理',
  '',
  '**ConfigMap：**用来存放非机密的配置数据，键值对的形式。',
  '',
  '## 使用方式',
  '',
  '**envFrom：**把 ConfigMap 里所有的键一次性注入成环境变量。',
  '',
  '**restartPolicy：**容器退出后要不要重启，改了配置想生效就得重启。',
];

const DIARY = [
  '# 排错日记',
  '',
  '这一章记录我在测试集群里折腾存储的几天。',
  '',
  '## 第 1 天：PVC 一直 Pending',
  '',
  '**PersistentVolumeClaim：**用户对存储的申请，写明要多大、什么访问模式。',
  '',
  '## 第 2 天：删不掉的 PVC',
  '',
  '删的时候卡在 Terminating，describe 一看有个 finalizer。',
  '',
  '**kubernetes.io/pvc-protection：**一个 finalizer，只要还有 Pod 在用这个 PVC，就不让它真正被删除。',
  '`kubernetes.io/pvc-protection` 挡住了删除，把用它的 Pod 删掉以后 `kubernetes.io/pvc-protection` 就被移除了。',
  '',
  '## 第 3 天：回收策略',
  '',
  '**persistentVolumeReclaimPolicy：**PV 被释放后怎么处理，Retain 保留数据，Delete 连底层存储一起删。',
];

describe('a field explained for the chapter\'s subject hangs under the subject', () => {
  it('a scheduling chapter next to a Pod chapter: nodeSelector, affinity, tolerations under 调度, still Pod fields', async () => {
    const g = await mine({ 'notes/01-Pod.md': POD, 'notes/06-调度.md': SCHEDULING });
    const home = g.notes!.find((n) => n.file === 'notes/06-调度.md')!.home!;
    for (const f of ['nodeSelector', 'affinity', 'tolerations']) {
      expect(byTitle(g, f).parent, f).toBe(home);
      expect(byTitle(g, f).owner ?? 'Pod').toBe('Pod');
    }
    expect(byTitle(g, 'tolerations').fieldPath).toBe('spec.tolerations');
    // (a field under a field of the same chapter stays there)
    expect(parentTitle(g, 'nodeAffinity')).toBe('affinity');
  });

  it('look-alike: the Pod chapter\'s own fields stay under Pod', async () => {
    const g = await mine({ 'notes/01-Pod.md': POD, 'notes/06-调度.md': SCHEDULING });
    expect(parentTitle(g, 'containers')).toBe('Pod');
    expect(parentTitle(g, 'restartPolicy')).toBe('Pod');
  });

  it('look-alike: a section about the owner kind keeps the field with the owner', async () => {
    const g = await mine({
      'notes/01-Pod.md': POD,
      'notes/06-调度.md': [...SCHEDULING, '', '## Pod 里还能写什么', '', '**priorityClassName：**Pod 的优先级类名，资源不够时决定谁先被抢占。'],
    });
    expect(parentTitle(g, 'priorityClassName')).toBe('Pod');
  });

  it('a ConfigMap chapter: envFrom, whose definition names ConfigMap, under ConfigMap; restartPolicy, which does not, not', async () => {
    const g = await mine({ 'notes/07-配置.md': CONFIGMAP });
    expect(parentTitle(g, 'envFrom')).toBe('ConfigMap');
    expect(byTitle(g, 'envFrom').fieldPath).toBe('spec.containers[].envFrom');
    expect(parentTitle(g, 'restartPolicy')).not.toBe('ConfigMap');
  });

  it('a ConfigMap chapter next to a Pod chapter: envFrom under ConfigMap, not under the other chapter\'s containers', async () => {
    const g = await mine({ 'notes/01-Pod.md': POD, 'notes/07-配置.md': CONFIGMAP });
    expect(parentTitle(g, 'envFrom')).toBe('ConfigMap');
  });
});

describe('a chapter whose title names nothing is about what its headings name', () => {
  it('# 排错日记 with 第 N 天 sections about a PVC: home PersistentVolumeClaim, the finalizer under it', async () => {
    const g = await mine({ 'notes/08-排错日记.md': DIARY });
    expect(g.notes![0]!.home).toBe(byTitle(g, 'PersistentVolumeClaim').id);
    expect(parentTitle(g, 'kubernetes.io/pvc-protection')).toBe('PersistentVolumeClaim');
  });

  it('look-alike: one heading naming the kind is no subject (the first thing defined, a neighbour, as before)', async () => {
    const g = await mine({ 'notes/08-排错日记.md': DIARY.map((l) => l.replace('删不掉的 PVC', '删不掉了')) });
    expect(parentTitle(g, 'kubernetes.io/pvc-protection')).not.toBe('PersistentVolumeClaim');
  });

  it('a diary\'s genre words before a colon are no subject: 排错日记：容器网络 is about 容器网络', () => {
    expect(titleNames('排错日记：容器网络')[0]).toBe('容器网络');
    expect(titleNames('值班日记：日志丢了又爆了')[0]).toBe('日志丢了又爆了');
    expect(titleNames('排查记录：DNS 超时')[0]).toBe('DNS 超时');
    // look-alike: a subject before the colon stays
    expect(titleNames('网络排错：从 Pod 到 Service')[0]).toBe('网络排错');
  });
});

describe('a name written 中文 English is one glossed name', () => {
  it('**存储卷 Volume：** is the term 存储卷（Volume） with both names', async () => {
    const g = await mine({ 'notes/卷.md': ['# 卷', '', '**存储卷 Volume：**Pod 里声明的一块存储，容器可以挂载。', '', '**节点压力驱逐 Node-pressure Eviction：**kubelet 在节点资源不足时主动驱逐 Pod。'] });
    const v = byTitle(g, '存储卷（Volume）');
    expect([v.titleZh, v.titleEn]).toEqual(['存储卷', 'Volume']);
    expect(byTitle(g, '节点压力驱逐（Node-pressure Eviction）').titleEn).toBe('Node-pressure Eviction');
  });

  it('look-alikes: a qualifier before a name, a kind, an ecosystem project, a short word', () => {
    expect(spacedGloss('存储卷 Volume')).toEqual({ label: '存储卷 Volume', zh: '存储卷', en: 'Volume' });
    expect(spacedGloss('原生 Sidecar')).toBeUndefined();
    expect(spacedGloss('无头的 Service')).toBeUndefined();
    expect(spacedGloss('有状态应用 StatefulSet')).toBeUndefined();
    expect(spacedGloss('网络插件 Calico')).toBeUndefined();
    expect(spacedGloss('节点上的 kubelet')).toBeUndefined();
  });
});

describe('a root under AREA_THRESHOLD branches is grouped when the notes make it a list of words', () => {
  /** A concept note of a kind (its area is the kind's) with no parent: a branch of the root with no child. */
  const kindNote = (kind: string) => `---\nid: k-${kind.toLowerCase()}\ntitle: ${kind}\nkind: object\n---\n\n${kind} 的说明。\n`;
  const KINDS = ['Deployment', 'StatefulSet', 'DaemonSet', 'Job', 'CronJob', 'ReplicaSet', 'Service', 'Ingress', 'EndpointSlice', 'NetworkPolicy', 'IngressClass', 'PersistentVolume', 'PersistentVolumeClaim', 'StorageClass', 'VolumeAttachment', 'CSIDriver'];

  it('16 single kinds of three areas: grouped into those areas', async () => {
    const g = await loadGraph(await contentDir(Object.fromEntries(KINDS.map((k) => [`concepts/${k}.md`, kindNote(k)]))), { layout: false });
    const top = g.concepts.filter((c) => c.parent === g.root);
    expect(top.length).toBeLessThan(KINDS.length);
    expect(top.every((c) => c.id.startsWith('area-'))).toBe(true);
  });

  it('an area that would hold one branch is none: that branch stays on the root', async () => {
    const g = await loadGraph(await contentDir(Object.fromEntries([...KINDS, 'ClusterRole'].map((k) => [`concepts/${k}.md`, kindNote(k)]))), { layout: false });
    expect(g.concepts.find((c) => c.title === 'ClusterRole')!.parent).toBe(g.root);
    expect(g.concepts.find((c) => c.title === 'Deployment')!.parent).not.toBe(g.root);
  });

  it('look-alike: 16 single words no area gathers (all 其他) stay as they are', async () => {
    const files = Object.fromEntries(Array.from({ length: 16 }, (_, i) => [`concepts/w${i}.md`, `---\nid: w-${i}\ntitle: 随手记 ${i}\nkind: term\n---\n\n一段说明。\n`]));
    const g = await loadGraph(await contentDir(files), { layout: false });
    expect(g.concepts.filter((c) => c.parent === g.root)).toHaveLength(16);
  });

  it('look-alike: 16 kinds each with a child (chapters\' homes with their concepts) stay as they are', async () => {
    const files: Record<string, string> = {};
    for (const k of KINDS) {
      files[`concepts/${k}.md`] = kindNote(k);
      files[`concepts/${k}-part.md`] = `---\nid: p-${k.toLowerCase()}\ntitle: ${k} 的要点\nkind: term\nparent: k-${k.toLowerCase()}\n---\n\n要点。\n`;
    }
    const g = await loadGraph(await contentDir(files), { layout: false });
    expect(g.concepts.filter((c) => c.parent === g.root)).toHaveLength(KINDS.length);
  });
});

describe('a question heading whose subject is a clause yields no concept', () => {
  it('为什么要有启动探针 / 为什么要聊多租户 / 三个组件分别是什么 / 平台工程到底在做什么: no subject', () => {
    for (const q of ['为什么要有启动探针', '为什么要聊多租户', '三个组件分别是什么？', '平台工程到底在做什么？']) expect(questionSubjects(q), q).toEqual([]);
  });

  it('look-alikes: a name that opens with such a character, a name asked about', () => {
    expect(questionSubjects('为什么需要有状态应用？').map((x) => x.name)).toEqual(['有状态应用']);
    expect(questionSubjects('Q1：有了 PSA，为什么还要策略引擎？').map((x) => x.name)).toEqual(['策略引擎']);
    expect(questionSubjects('什么是双栈').map((x) => x.name)).toEqual(['双栈']);
  });

  it('a chapter with `### 为什么要有启动探针` makes no term 有启动探针; startupProbe stays', async () => {
    const g = await mine({ 'notes/探针.md': [
      '# 探针问答', '', '## 启动探针', '', '**startupProbe：**启动探针，启动慢的应用用它。', '',
      '### 为什么要有启动探针', '', '因为有的应用启动很慢，存活探针会在它起来之前把它杀掉。',
    ] });
    expect(g.concepts.map((c) => c.title)).not.toContain('有启动探针');
    expect(g.concepts.map((c) => c.title)).toContain('startupProbe');
  });
});
