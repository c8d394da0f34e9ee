/**
 * prec33 (docs/miner.md, "prec33"): two false-positive shapes counted on every readable dev set —
 * a glossary's or a question list's genre words at the end of a title (`多租户术语表`, `批处理相关面试题整理`)
 * taken into the topic's name, and a heading naming one object of a kind (`最小的 Pod`, `写第一个 Job`)
 * taken as a term. Notes written for this test, each case with look-alikes that must stay as they were.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { INSTANCE_MARKERS, kindInPlace, kindInstance } from '../../../src/graph/miner/kind-in-place.ts';
import { titleNames } from '../../../src/graph/mining.ts';
import { kindNamed } from '../../../src/graph/vocabulary/index.ts';
import { byTitle, cleanup, homeTitle, mineNotes as mine } from './helpers.ts';

afterAll(cleanup);

const GLOSSARY = [
  '# 网络术语表',
  '',
  '**CNI：**容器网络接口，kubelet 通过它调用网络插件给 Pod 配网卡和 IP。',
  '',
  '**kube-proxy：**每个节点上的代理，把 Service 的虚拟 IP 翻译成转发规则。',
  '',
  '**Ingress：**集群入口的七层路由规则，需要一个 Ingress 控制器来实现。',
];

const QUESTIONS = [
  '# 存储相关面试题整理',
  '',
  '### Q1：PV 和 PVC 是什么关系？',
  '',
  '答：PVC 是对存储的申请，PV 是集群里真正的一块存储，控制器把两者绑定起来。',
  '',
  '### Q2：StorageClass 做什么？',
  '',
  '答：StorageClass 描述一类存储，PVC 写上它的名字就能动态创建 PV。',
];

const EXAMPLES = [
  '# Job 和 CronJob 实验',
  '',
  '## 一、写第一个 Job',
  '',
  '先写一个算圆周率的 Job，跑完就退出。',
  '',
  '~~~',
  'apiVersion: batch/v1',
  'kind: Job',
  'metadata:',
  '  name: pi',
  'spec:',
  '  template:',
  '    spec:',
  '      restartPolicy: Never',
  '      containers:',
  '      - name: pi',
  '        image: perl',
  '~~~',
  '',
  '## 二、暂停整个 CronJob',
  '',
  '把 CronJob 的 `suspend` 设成 true，之后的调度都不会再创建 Job。',
  '',
  '### 2.1 最小的 Pod',
  '',
  '排查的时候我会先跑一个最小的 Pod 看看镜像能不能拉下来。',
  '',
  '## 三、静态 Pod',
  '',
  '静态 Pod 由节点上的 kubelet 直接管理，不经过 API Server 创建。',
];

describe('prec33: genre words at the end of a title are not the topic', () => {
  it('titleNames drops 术语表 / 词汇表 / 术语 / 相关 as it drops 笔记 or 面试题', () => {
    expect(titleNames('多租户术语表')[0]).toBe('多租户');
    expect(titleNames('弹性伸缩术语速记（双十一备战版）')[0]).toBe('弹性伸缩');
    expect(titleNames('批处理相关面试题整理（Indexed Job、配额）')[0]).toBe('批处理');
    expect(titleNames('调度相关面试题整理')[0]).toBe('调度');
    expect(titleNames('存储词汇表')[0]).toBe('存储');
    // look-alikes: a genre word inside the subject, a subject with no genre word
    expect(titleNames('术语卡片：更新策略、PDB 与反亲和')[0]).toBe('术语卡片');
    // a glossary word alone before the colon is not stripped to nothing (no subject before it)
    expect(titleNames('术语表：指标、抓取与告警路由')[0]).toBe('术语表');
    expect(titleNames('Pod 安全标准与 PodSecurity 准入')[0]).toBe('Pod 安全标准与 PodSecurity 准入');
    expect(titleNames('K8s 存储：PV、PVC 与 StorageClass')[0]).toBe('存储');
  });

  it('a glossary titled `网络术语表` is about the area 网络, not a topic `网络术语表`', async () => {
    const g = await mine({ 'notes/glossary.md': GLOSSARY });
    expect(g.concepts.find((c) => c.title === '网络术语表')).toBeUndefined();
    expect(byTitle(g, 'kube-proxy')).toBeDefined();
  });

  it('a question list titled `存储相关面试题整理` makes no topic `存储相关`', async () => {
    const g = await mine({ 'notes/questions.md': QUESTIONS });
    expect(g.concepts.find((c) => c.title === '存储相关')).toBeUndefined();
    expect(homeTitle(g, 'notes/questions.md')).not.toBe('存储相关');
  });
});

describe('prec33: a heading naming one object of a kind is no term', () => {
  it('kindInstance: a superlative, a classifier or 新的 before a known name; sorts of a kind stay names', () => {
    const known = (n: string) => kindNamed(n) !== undefined;
    expect(kindInstance('最小的 Pod', known)).toBe('Pod');
    expect(kindInstance('最简单的 Pod', known)).toBe('Pod');
    expect(kindInstance('写第一个 Job', known)).toBe('Job');
    expect(kindInstance('写一个最基本的 HPA', known)).toBe('HPA');
    expect(kindInstance('暂停整个 CronJob', known)).toBe('CronJob');
    expect(kindInstance('验证新的 Deployment', known)).toBe('Deployment');
    // look-alikes that stay names
    expect(kindInstance('静态 Pod', known)).toBeUndefined();
    expect(kindInstance('默认 StorageClass', known)).toBeUndefined();
    expect(kindInstance('不可调度的 Pod', known)).toBeUndefined();
    expect(kindInstance('聚合 ClusterRole', known)).toBeUndefined();
    expect(kindInstance('裸 Pod', known)).toBeUndefined();
    // an unknown name after the marker is not judged here
    expect(kindInstance('最小的 Foo', known)).toBeUndefined();
    // struct25's place words are kindInPlace's, not these
    expect(kindInPlace('最小的 Pod', known)).toBeUndefined();
    expect(INSTANCE_MARKERS.length).toBeGreaterThan(0);
  });

  it('`写第一个 Job`, `暂停整个 CronJob`, `最小的 Pod` make no term; `静态 Pod` still does', async () => {
    const g = await mine({ 'notes/jobs.md': EXAMPLES });
    for (const t of ['写第一个 Job', '暂停整个 CronJob', '最小的 Pod']) expect(g.concepts.find((c) => c.title === t)).toBeUndefined();
    expect(byTitle(g, '静态 Pod')).toBeDefined();
  });
});
