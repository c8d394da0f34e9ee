/** Names: bilingual labels, slugs, name candidates, generic labels, clear terms. */
import { describe, expect, it } from 'vitest';
import { displayTitle, isClearTerm, isGenericLabel, nameCandidates, normKey, slugify, splitBilingual } from '../../../src/graph/labels.ts';

describe('splitBilingual', () => {
  it.each([
    ['Deployment（常规作业发布）', 'Deployment', '常规作业发布'],
    ['Deployment (常规作业发布)', 'Deployment', '常规作业发布'],
    ['容器组（Pod）', 'Pod', '容器组'],
    // a gloss that spells the abbreviation out and names it in Chinese
    ['CRI（Container Runtime Interface 容器运行时接口）', 'CRI', '容器运行时接口'],
    ['CSI（Container Storage Interface，容器存储接口）', 'CSI', '容器存储接口'],
    // …but Latin words that are not the abbreviation spelt out stay in the Chinese name
    ['OVS（Open vSwitch 虚拟交换机）', 'OVS', 'Open vSwitch 虚拟交换机'],
    ['OpenContrail（SDN 网络方案，现名 Tungsten Fabric）', 'OpenContrail', 'SDN 网络方案，现名 Tungsten Fabric'],
    ['Kubernetes Skill Map（Kubernetes 技能图谱）', 'Kubernetes Skill Map', 'Kubernetes 技能图谱'],
    ['dockershim（Docker）', 'dockershim', undefined],
    ['Service', 'Service', undefined],
    ['容器镜像', undefined, '容器镜像'],
  ])('%s', (label, en, zh) => {
    const b = splitBilingual(label);
    expect(b.en).toBe(en);
    expect(b.zh).toBe(zh);
  });

  it('keeps the spelt-out name as another name', () => {
    expect(splitBilingual('CSI（Container Storage Interface，容器存储接口）').others).toEqual(['Container Storage Interface']);
    expect(splitBilingual('CRI（Container Runtime Interface 容器运行时接口）').others).toEqual(['Container Runtime Interface']);
    expect(splitBilingual('Deployment（常规作业发布）').others).toBeUndefined();
  });
});

describe('slugify', () => {
  it.each([
    ['Rolling update', 'rolling-update'],
    ['hostAliases', 'host-aliases'],
    ['HostAliases', 'host-aliases'],
    ['CRI-O', 'cri-o'],
    ['Kubernetes CI/CD', 'kubernetes-ci-cd'],
    ['macvlan/ipvlan', 'macvlan-ipvlan'],
    ['容器', ''],
    // a short abbreviation with one small letter is one word
    ['QoS', 'qos'],
    ['eBPF', 'ebpf'],
    ['gRPC 探针', 'grpc'],
    ['IPv4/IPv6 双栈', 'ipv4-ipv6'],
    ['QoS(Quality of Service)', 'qos-quality-of-service'],
    // …camel-case names stay split, short ones too
    ['podIP', 'pod-ip'],
    ['hostPID', 'host-pid'],
    ['runAsUser', 'run-as-user'],
    ['fsGroup', 'fs-group'],
    ['IPVS', 'ipvs'],
  ])('%s → %s', (name, slug) => expect(slugify(name)).toBe(slug));
});

describe('normKey', () => {
  it('ignores case, spaces, hyphens and full-width forms', () => {
    expect(normKey('HostAliases')).toBe(normKey('host-aliases'));
    expect(normKey('Ｐｏｄ')).toBe('pod');
    expect(normKey('Init Containers')).toBe(normKey('initContainers'));
  });
});

describe('nameCandidates', () => {
  it.each([
    ['shareProcessNamespace=true', 'shareProcessNamespace'],
    ['hostNetwork: true', 'hostNetwork'],
    ['HostAliases：', 'HostAliases'],
    ['PV（PersistentVolume）', 'PersistentVolume'],
    ['2.1 Pending 状态', 'Pending'],
    ['一、Pod 详解', 'Pod'],
    ['Pod 进阶：字段与生命周期', 'Pod'],
    ['spec.containers[].lifecycle', 'lifecycle'],
    ['`restartPolicy`', 'restartPolicy'],
  ])('%s names %s', (label, name) => expect(nameCandidates(label)).toContain(name));
});

describe('generic labels and clear terms', () => {
  it.each(['WHAT', 'Why', 'HOW：', '注意', '注意：', '实际工作中', '例如', '总结', '小结', '比如', '说明', '提示', 'Note', 'Q1', '第一步', '1.'])(
    '%s is generic',
    (label) => {
      expect(isGenericLabel(label)).toBe(true);
      expect(isClearTerm(label)).toBe(false);
    },
  );
  // a reminder: a rubric, not a name (dev30); a pitfall named by its subject is read as about it (miner.test.ts)
  it.each(['版本提醒：', '重要提醒', '坑', '自问自答', '问答：'])('%s is generic', (label) => expect(isGenericLabel(label)).toBe(true));
  it.each(['拓扑感知提示', 'conntrack', 'Pod 坑位'])('%s is not generic', (label) => expect(isGenericLabel(label)).toBe(false));
  it.each(['PVC', 'Downward API', '静态 Pod', 'CrashLoopBackOff', 'PV（PersistentVolume）'])('%s is a clear term', (label) =>
    expect(isClearTerm(label)).toBe(true),
  );
  it.each(['为什么我总是记不住这些字段，是不是应该多练习几遍？', '这是一个非常非常长的句子它根本不可能是一个术语名字而只是一段用粗体强调的话而已真的', 'a b c d e f g h', '...'])(
    '%s is not a term',
    (label) => expect(isClearTerm(label)).toBe(false),
  );
});

describe('displayTitle', () => {
  it.each([
    ['容器镜像(Container Image)', '容器镜像（Container Image）'],
    ['Headless Service(无头服务)', 'Headless Service（无头服务）'],
    ['QoS(Quality of Service)', 'QoS (Quality of Service)'],
    ['QoS (Quality of Service)', 'QoS (Quality of Service)'],
    ['Exit Code 137', 'Exit Code 137'],
    ['f(x)', 'f(x)'],
    ['Pod', 'Pod'],
  ])('%s → %s', (title, out) => expect(displayTitle(title)).toBe(out));
});
