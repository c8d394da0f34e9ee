/**
 * The component configuration APIs as Kubernetes vocabulary (src/graph/vocabulary/config.ts),
 * the field-prose rule (src/graph/miner/field-prose.ts), commands and files as terms and runbook
 * step headings (src/graph/miner/label-rules.ts): sentences and notes written for this test, not
 * the corpus, each with a look-alike that must not change.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { loadGraph } from '../../../src/graph/index.ts';
import type { Graph } from '../../../src/graph/model.ts';
import { configFieldsNamed, fieldAt, fieldsNamed, isConfigKind, kindNamed } from '../../../src/graph/vocabulary/index.ts';
import { CONFIG_SOURCES, configApiVersion } from '../../../src/graph/vocabulary/config.ts';
import { isFileName, notAConcept } from '../../../src/graph/miner/label-rules.ts';
import { isCommandName } from '../../../src/graph/miner/command-tools.ts';
import { cleanup, contentDir } from './helpers.ts';

afterAll(cleanup);

const note = (...lines: string[]) => lines.join('\n') + '\n';
const defined = (g: Graph) => g.notes![0]!.defines.map((id) => g.concepts.find((c) => c.id === id)!);
const byTitle = (g: Graph, title: string) => defined(g).find((c) => c.title === title);
const alone = async (md: string) => loadGraph(await contentDir({ 'notes/n.md': md }), { layout: false });

describe('configuration vocabulary', () => {
  it('knows the configuration kinds, their apiVersions and where they come from', () => {
    for (const k of ['KubeletConfiguration', 'KubeProxyConfiguration', 'KubeSchedulerConfiguration', 'ClusterConfiguration', 'InitConfiguration', 'JoinConfiguration', 'EncryptionConfiguration', 'AdmissionConfiguration']) {
      expect(kindNamed(k)).toBe(k);
      expect(isConfigKind(k)).toBe(true);
    }
    expect(configApiVersion('ClusterConfiguration')).toBe('kubeadm.k8s.io/v1beta4');
    expect(CONFIG_SOURCES.some((s) => s.includes('staging/src/k8s.io/kubelet/config/v1beta1/types.go@'))).toBe(true);
    // the kubeconfig file's kind is an ordinary word: known from a YAML example only
    expect(isConfigKind('Config')).toBe(true);
    expect(kindNamed('Config')).toBeUndefined();
  });

  it('gives configuration fields their paths, apart from the REST API fields', () => {
    expect(fieldAt('ClusterConfiguration', 'networking.podSubnet')).toMatchObject({ owner: 'ClusterConfiguration', path: 'networking.podSubnet' });
    expect(fieldAt('KubeSchedulerConfiguration', 'profiles.pluginConfig')).toMatchObject({ path: 'profiles[].pluginConfig' });
    expect(fieldAt('KubeletConfiguration', 'cgroupDriver')).toMatchObject({ owner: 'KubeletConfiguration', path: 'cgroupDriver' });
    expect(configFieldsNamed('podSubnet').map((o) => o.owner)).toEqual(['ClusterConfiguration']);
    // a scheduler plugin's `args` is the kind `<plugin>Args`: the key belongs to the one that has it
    expect(fieldAt('KubeSchedulerConfiguration', 'profiles[].pluginConfig[].args.scoringStrategy')).toMatchObject({ owner: 'NodeResourcesFitArgs', path: 'scoringStrategy' });
    expect(fieldAt('KubeSchedulerConfiguration', 'profiles[].pluginConfig[].args.noSuchKey')).toBeUndefined();
    // the REST API's vocabulary does not grow: `taints` is still only the Node's (and the kubeadm
    // field of the same name is read where the context is kubeadm's)
    expect(fieldsNamed('taints').every((o) => !isConfigKind(o.owner))).toBe(true);
    expect(configFieldsNamed('taints').map((o) => o.owner)).toContain('InitConfiguration');
  });
});

describe('configuration kinds and fields in a note', () => {
  it('reads a KubeletConfiguration example: the kind is an object, the fields explained are fields with paths', async () => {
    const g = await alone(note(
      '# 节点上的 kubelet',
      '',
      '**KubeletConfiguration**：kubelet 读取的配置文件类型。',
      '',
      '~~~yaml',
      'apiVersion: kubelet.config.k8s.io/v1beta1',
      'kind: KubeletConfiguration',
      'cgroupDriver: systemd',
      'podPidsLimit: 4096',
      'registerWithTaints:',
      '- key: dedicated',
      '  effect: NoSchedule',
      '~~~',
      '',
      '**cgroupDriver：**和容器运行时一致的 cgroup 驱动。',
      '',
      '其中 podPidsLimit 限制每个 Pod 里能开的进程数。',
    ));
    expect(byTitle(g, 'KubeletConfiguration')).toMatchObject({ kind: 'object' });
    expect(byTitle(g, 'cgroupDriver')).toMatchObject({ kind: 'field', fieldPath: 'cgroupDriver' });
    expect(byTitle(g, 'podPidsLimit')).toMatchObject({ kind: 'field', fieldPath: 'podPidsLimit' });
  });

  it('keeps a core field where the context is the core API, and a configuration field where it is the configuration', async () => {
    const core = await alone(note(
      '# 节点',
      '',
      '~~~yaml',
      'apiVersion: v1',
      'kind: Node',
      'metadata:',
      '  name: n1',
      'spec:',
      '  taints:',
      '  - key: dedicated',
      '    effect: NoSchedule',
      '~~~',
      '',
      '**taints**：节点上的污点，打上以后不容忍的 Pod 不会调度过来。',
    ));
    expect(byTitle(core, 'taints')).toMatchObject({ kind: 'field', fieldPath: 'spec.taints' });
    const kubeadm = await alone(note(
      '# kubeadm 初始化',
      '',
      '~~~yaml',
      'apiVersion: kubeadm.k8s.io/v1beta4',
      'kind: InitConfiguration',
      'nodeRegistration:',
      '  taints: []',
      '~~~',
      '',
      '**taints**：注册节点时打上的污点，写成空列表就不给控制平面节点打污点。',
    ));
    const t = byTitle(kubeadm, 'taints');
    expect(t).toMatchObject({ kind: 'field', fieldPath: 'nodeRegistration.taints' });
  });

  it('does not read a word as a configuration field where no context names the configuration', async () => {
    // `crashLoopBackOff` is a KubeletConfiguration field, `etcd` a ClusterConfiguration one: not here
    const g = await alone(note(
      '# 排障',
      '',
      '`crashLoopBackOff` 是容器反复崩溃重启时 kubelet 给的等待原因。',
    ));
    expect(defined(g).filter((c) => c.kind === 'field')).toEqual([]);
  });
});

describe('a configuration field defined where no context names its kind', () => {
  it('is the field of the one kind that has it', async () => {
    const g = await alone(note('# 笔记', '', '**cgroupDriver**：用哪种 cgroup 驱动，要和容器运行时一致。'));
    expect(byTitle(g, 'cgroupDriver')).toMatchObject({ kind: 'field', fieldPath: 'cgroupDriver' });
  });

  it('is an ambiguous field, with a warning that names the kinds and a path, when several kinds have it', async () => {
    const g = await alone(note('# 笔记', '', '**clientConnection**：组件连接 apiserver 用的 kubeconfig 和限速设置。'));
    const w = g.diagnostics.find((d) => d.code === 'ambiguous-field');
    expect(w?.message).toContain('KubeProxyConfiguration');
    expect(w?.message).toContain('KubeSchedulerConfiguration');
    expect(w?.hint).toMatch(/\(Kube\w+Configuration: clientConnection\)/);
  });

  it('is not read from a plain word or a name in passing', async () => {
    const g = await alone(note('# 笔记', '', '**etcd**：集群的键值存储。', '', '它的 `crashLoopBackOff` 是一种等待原因。'));
    expect(defined(g).filter((c) => c.kind === 'field')).toEqual([]);
    expect(g.diagnostics.filter((d) => d.code === 'ambiguous-field')).toEqual([]);
  });
});

describe('a section about a component is about its configuration', () => {
  it('reads the fields a section headed by the component defines, without an example', async () => {
    const g = await alone(note('# 节点调优', '', '## kubelet 的几个参数', '', '**maxPods**：一个节点最多能跑多少个 Pod。', '', '**podPidsLimit**：每个 Pod 最多能开多少个进程。'));
    expect(byTitle(g, 'maxPods')).toMatchObject({ kind: 'field', fieldPath: 'maxPods' });
    expect(byTitle(g, 'podPidsLimit')).toMatchObject({ kind: 'field', fieldPath: 'podPidsLimit' });
  });

  it('picks the kind of a field several configuration kinds have from the heading, not from a passing mention', async () => {
    const headed = await alone(note('# 组件调优', '', '## kube-proxy 的几个参数', '', '**clientConnection**：连接 apiserver 用的 kubeconfig 和限速。'));
    expect(byTitle(headed, 'clientConnection')).toMatchObject({ kind: 'field', owner: 'KubeProxyConfiguration', fieldPath: 'clientConnection' });
    const mentioned = await alone(note('# 组件调优', '', '## 几个参数', '', '**clientConnection**：kube-proxy 连接 apiserver 用的 kubeconfig 和限速。'));
    expect(byTitle(mentioned, 'clientConnection')?.owner).toBeUndefined();
    expect(mentioned.diagnostics.some((d) => d.code === 'ambiguous-field')).toBe(true);
  });
});

describe('field-prose: fields explained in running text next to the example', () => {
  const example = [
    '~~~yaml',
    'apiVersion: kubeproxy.config.k8s.io/v1alpha1',
    'kind: KubeProxyConfiguration',
    'mode: ipvs',
    'ipvs:',
    '  scheduler: lc',
    '~~~',
    '',
  ];

  it('reads a key of the section\'s example that a clause explains', async () => {
    const g = await alone(note('# 代理', '', '## 配置', '', ...example, '这里 mode 决定 kube-proxy 用哪种代理模式；scheduler 是 IPVS 选后端的算法。'));
    expect(byTitle(g, 'mode')).toMatchObject({ kind: 'field', fieldPath: 'mode' });
    expect(byTitle(g, 'scheduler')).toMatchObject({ kind: 'field', fieldPath: 'ipvs.scheduler' });
  });

  it('names the rule, the place and the sentence in --explain', async () => {
    const dir = await contentDir({ 'notes/n.md': note('# 代理', '', '## 配置', '', ...example, '文件写好以后，其中 mode 决定 kube-proxy 用哪种代理模式。') });
    const r = spawnSync(process.execPath, ['src/cli/main.ts', 'graph', '--content', dir, '--explain', 'mode'], { encoding: 'utf8' });
    expect(r.stdout).toContain('field KubeProxyConfiguration: mode');
    expect(r.stdout).toMatch(/notes\/n\.md:13:11 +"mode" +\[field-prose \(decides\) → yaml-key\]/);
    expect(r.stdout).toContain('sentence: "文件写好以后，其中 mode 决定 kube-proxy 用哪种代理模式。"');
  });

  it('reads a field named as what decides something (field-agent), also set by an example of another section', async () => {
    const dir = await contentDir({ 'notes/n.md': note('# 代理', '', '## 原理', '', '负载均衡算法配合 strictARP 一起决定二层的行为。', '', '## 配置', '', ...example.slice(0, 6), '  strictARP: true', '~~~', '', '转发用哪种实现由 mode 决定，这是最常改的一项。') });
    const g = await loadGraph(dir, { layout: false });
    expect(byTitle(g, 'mode')).toMatchObject({ kind: 'field', fieldPath: 'mode' });
    expect(byTitle(g, 'strictARP')).toMatchObject({ kind: 'field', fieldPath: 'ipvs.strictARP' });
    const r = spawnSync(process.execPath, ['src/cli/main.ts', 'graph', '--content', dir, '--explain', 'strictARP'], { encoding: 'utf8' });
    expect(r.stdout).toMatch(/notes\/n\.md:5:\d+ +"strictARP" +\[field-agent \(decides\) → yaml-key\]/);
  });

  it('leaves an agent that is no field of an example alone (由 运维 决定, 由 timeout 决定)', async () => {
    const g = await alone(note('# 代理', '', '## 配置', '', ...example, '升级窗口由运维决定，重试间隔由 timeout 决定。'));
    expect(defined(g).filter((c) => c.kind === 'field')).toEqual([]);
  });

  it('leaves mentions alone: lists of names, asides, YAML in code, words the example does not set', async () => {
    const g = await alone(note(
      '# 代理', '', '## 配置', '', ...example,
      '文件里有 mode、ipvs、scheduler 几项（其中 mode 是必须的），`mode: ipvs` 那一行最常改，timeout 是另一回事。',
    ));
    expect(defined(g).filter((c) => c.kind === 'field')).toEqual([]);
  });
});

describe('commands and files a paragraph explains', () => {
  it('tells a command name from a command line', () => {
    expect(isCommandName('kubectl cordon')).toBe(true);
    expect(isCommandName('etcdctl snapshot save')).toBe(true);
    expect(isCommandName('kubectl drain node-2 --ignore-daemonsets')).toBe(false);
    expect(isCommandName('kubectl get pod -o wide')).toBe(false);
    expect(notAConcept('kubectl drain node-2 --ignore-daemonsets')?.name).toBe('command-line');
    expect(notAConcept('kubectl uncordon')).toBeUndefined();
    expect(isFileName('admin.conf')).toBe(true);
    expect(isFileName('/etc/kubernetes/admin.conf')).toBe(false);
  });

  it('makes an explained command or file a term, and leaves a bare mention alone', async () => {
    const g = await alone(note(
      '# 节点维护',
      '',
      '**kubectl uncordon：**把节点重新标记为可调度。',
      '',
      '`etcdctl snapshot save` 会把当前数据存成一个快照文件。',
      '',
      '- `controller-manager.conf`：控制器管理器访问 apiserver 用的 kubeconfig。',
      '',
      '`kubectl get nodes` 的 STATUS 列能看到 SchedulingDisabled。',
      '',
      '`kubeadm upgrade plan` 也会列出可以升级到的版本。',
    ));
    const terms = defined(g).filter((c) => c.kind === 'term').map((c) => c.title);
    expect(terms).toEqual(expect.arrayContaining(['kubectl uncordon', 'etcdctl snapshot save', 'controller-manager.conf']));
    expect(terms).not.toContain('kubectl get nodes');
    expect(terms).not.toContain('kubeadm upgrade plan');
  });

  it('names the rule in --explain', async () => {
    // a kubectl command is a named thing of the vocabulary (k8s-names.json): its rule says so and
    // names the source; another tool's command is a command term
    const dir = await contentDir({ 'notes/n.md': note('# 维护', '', '**kubectl uncordon：**把节点重新标记为可调度。', '', '**kubeadm certs renew：**用现有的 CA 重新签发证书。') });
    const r = spawnSync(process.execPath, ['src/cli/main.ts', 'graph', '--content', dir, '--explain', 'kubectl uncordon'], { encoding: 'utf8' });
    expect(r.stdout).toMatch(/notes\/n\.md:3:\d+ .*\[bold-colon → k8s-name \(kubectl command, kubernetes\/website \S+@[0-9a-f]{7}\)\]/);
    const k = spawnSync(process.execPath, ['src/cli/main.ts', 'graph', '--content', dir, '--explain', 'kubeadm certs renew'], { encoding: 'utf8' });
    expect(k.stdout).toMatch(/notes\/n\.md:5:\d+ .*\[bold-colon → command-term\]/);
  });
});

describe('runbook step headings', () => {
  it.each(['检查证书有效期', '续签证书', '切换集群', '用配置文件初始化集群', '查看日志', '下线一台节点'])('%s is a step, not a name', (h) => {
    expect(notAConcept(h)?.name).toBe('task-step');
  });
  it.each(['配置文件', '升级策略', '用户和组', '优雅退出', '灾难恢复', '卷扩容'])('%s is not read as a step', (h) => {
    expect(notAConcept(h)?.name).not.toBe('task-step');
  });
});

describe('what a title is about', () => {
  it('reads a component named by the title as a term, and a context word as no object', async () => {
    const g = await alone(note('# kube-proxy', '', '**conntrack 表**：内核记录连接的表，满了就会丢包。'));
    expect(g.concepts.find((c) => c.title === 'kube-proxy')).toMatchObject({ kind: 'term' });
    const h = await alone(note('# 节点上的组件', '', '**conntrack 表**：内核记录连接的表，满了就会丢包。'));
    expect(h.concepts.find((c) => c.title === 'Node')).toBeUndefined();
  });

  it('still makes the one API kind a sentence-like title names the note\'s object', async () => {
    const g = await alone(note('# 把 Pod 的一生捋一遍：从创建到删除', '', '**优雅终止**：删除时先发 SIGTERM，等宽限期结束再强制结束。'));
    expect(g.concepts.find((c) => c.title === 'Pod')).toMatchObject({ kind: 'object' });
  });
});

