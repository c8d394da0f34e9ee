/**
 * struct25 (docs/miner.md, "struct25"): a chapter's home when its title names a tool and what is
 * done with it (QA M3, M5, M7), a label key that is no chapter's home (M6), and a heading naming a
 * kind where it appears that is no new term (M1). Notes written for this test (not the QA's), each
 * case with a look-alike that must stay as it was.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { kindInPlace } from '../../../src/graph/miner/kind-in-place.ts';
import { noHomeByDefault, titleTool, usesOf } from '../../../src/graph/miner/title-tool.ts';
import { kindNamed } from '../../../src/graph/vocabulary/index.ts';
import { byTitle, cleanup, mineNotes as mine, homeTitle } from './helpers.ts';

afterAll(cleanup);


const KUBEADM = [
  '# kubeadm 部署集群',
  '',
  'kubeadm 帮我们做了证书、静态 Pod 和 kubeconfig 这些事，但机器准备要自己来。',
  '',
  '**swap：**kubelet 默认要求关掉 swap，否则启动失败。',
  '',
  '**cgroup 驱动：**kubelet 和容器运行时必须使用同一种 cgroup 驱动，推荐 systemd。',
  '',
  '~~~',
  'kubeadm init --pod-network-cidr=10.244.0.0/16',
  '~~~',
  '',
  'kubeadm init 结束后，按提示把 admin.conf 拷到 `~/.kube/config`，再在其他节点执行 kubeadm join。',
];

const FLUENT_BIT = [
  '# Fluent Bit 日志采集实践',
  '',
  '## 采集架构',
  '',
  '每个节点上跑一个 Fluent Bit，读取节点上的容器日志文件，加上 Pod 的元数据后发给 Loki。',
  '',
  'Fluent Bit 通常用 DaemonSet 部署，每个节点一个 Pod。',
  '',
  '## kubernetes 过滤器',
  '',
  '**kubernetes 过滤器：**Fluent Bit 的一个 FILTER 插件，去 API Server 查 Pod 的标签和注解，附加到每条日志上。',
];

const COMPOSE = [
  '# 从 Docker Compose 迁移到 Kubernetes',
  '',
  '原来的服务都写在一个 Docker Compose 文件里，这次整体搬到集群。',
  '',
  '| Compose 字段 | 在 Kubernetes 里 |',
  '| --- | --- |',
  '| `volumes` | 命名卷改成 PersistentVolumeClaim |',
  '| `depends_on` | 没有对应，用 init 容器等待依赖 |',
  '',
  'Docker Compose 里 `volumes` 挂的是宿主机目录或命名卷，到集群里一定要想清楚数据放哪。',
  '',
  '~~~',
  'services:',
  '  web:',
  '    image: nginx',
  '    volumes:',
  '      - ./html:/usr/share/nginx/html',
  '~~~',
];

const ARCH = [
  '# 异构节点',
  '',
  '`kubernetes.io/arch`：kubelet 自动打在节点上的架构标签，值是 `amd64` 或 `arm64`。',
  '',
  '调度时在 nodeSelector 里写 `kubernetes.io/arch: arm64`。`kubectl get nodes -L kubernetes.io/arch` 可以看每个节点的架构，没写 `kubernetes.io/arch` 的 Pod 可能落到跑不了的节点上。',
  '',
  '**多架构镜像：**同一个 tag 下放多个架构的镜像，拉取时按节点架构选对应的那个。',
];

const HELM = [
  '# Helm Chart 入门笔记',
  '',
  '**Release：**Chart 在集群里安装一次就是一个 Release，名字在命名空间里唯一。',
  '',
  '## 模板里的 Deployment',
  '',
  '`templates/deployment.yaml` 里写的还是普通的 Deployment，只是字段值换成了模板表达式。',
  '',
  '## 补丁里的 Service',
  '',
  '生产环境的 overlay 里把 Service 换成 LoadBalancer。',
];

describe('struct25: a title naming a tool and what is done with it', () => {
  it('a kubeadm chapter is about kubeadm, not the first detail it defines (QA M7)', async () => {
    const g = await mine({ 'notes/kubeadm.md': KUBEADM });
    expect(homeTitle(g, 'notes/kubeadm.md')).toBe('kubeadm');
    expect(byTitle(g, 'cgroup 驱动')).toBeDefined();
  });

  it('a Fluent Bit chapter is about Fluent Bit (QA M5)', async () => {
    const g = await mine({ 'notes/logs.md': FLUENT_BIT });
    expect(homeTitle(g, 'notes/logs.md')).toBe('Fluent Bit');
  });

  it('a migration chapter is about the tool it leaves, not a key of its table (QA M3)', async () => {
    const g = await mine({ 'notes/compose.md': COMPOSE });
    expect(homeTitle(g, 'notes/compose.md')).toBe('Docker Compose');
  });

  it('look-alike: a tool the chapter never writes again is no home', async () => {
    const g = await mine({ 'notes/kubeadm.md': KUBEADM.map((l) => (l.startsWith('#') ? l : l.replace(/kubeadm/g, '它'))) });
    expect(homeTitle(g, 'notes/kubeadm.md')).not.toBe('kubeadm');
  });

  it('look-alike: a subtitle naming a kind the note defines keeps that kind as the home', async () => {
    const g = await mine({
      'notes/docker.md': [
        '# 从 Docker 到 Kubernetes：容器、镜像与 Pod',
        '',
        'Docker 把应用打成镜像，Docker 在一台机器上跑容器。',
        '',
        '**Pod：**Kubernetes 里最小的调度单位，一个 Pod 里有一个或多个容器。',
        '',
        '**镜像：**应用和它的依赖打成的只读包。',
      ],
    });
    expect(homeTitle(g, 'notes/docker.md')).toBe('Pod');
  });

  it('titleTool: one tool, written twice; not two tools, kinds, the platform, or a tool before a task of the cluster', () => {
    const body = 'kubeadm init 之后 kubeadm join';
    expect(titleTool('kubeadm 部署集群', body)).toMatchObject({ name: 'kubeadm', rule: { name: 'title-tool' } });
    expect(titleTool('从 Docker Compose 迁移到 Kubernetes', 'Docker Compose … Docker Compose')?.name).toBe('Docker Compose');
    expect(titleTool('kubeadm 部署集群', 'kubeadm init')).toBeUndefined();
    expect(titleTool('Flannel 和 Calico 对比着学', 'Flannel Calico Flannel Calico')).toBeUndefined();
    expect(titleTool('Deployment 滚动更新', 'Deployment Deployment')).toBeUndefined();
    expect(titleTool('Kubernetes 网络', 'Kubernetes Kubernetes')).toBeUndefined();
    expect(titleTool('kubeadm 集群升级', body)).toMatchObject({ name: 'kubeadm', subject: '集群升级', rule: { name: 'title-tool-subject' } });
    // a part of the tool's field of work is the subject; a Latin word inside a Chinese compound is no tool
    expect(titleTool('Istio 流量管理', 'Istio Istio')).toMatchObject({ subject: '流量管理' });
    expect(titleTool('Kyverno 策略入门', 'Kyverno Kyverno')).toMatchObject({ subject: '策略入门' });
    expect(titleTool('Fluent Bit 日志采集', 'Fluent Bit Fluent Bit')).toMatchObject({ name: 'Fluent Bit', rule: { name: 'title-tool' } });
    expect(titleTool('Knative 自动扩缩容', 'Knative Knative')).toMatchObject({ subject: '自动扩缩容' });
    expect(titleTool('kubeadm 升级集群', body)).toMatchObject({ subject: '升级集群' });
    expect(titleTool('Git里的Secret与迁移', 'Git Git')).toBeUndefined();
    expect(titleTool('Knative 自动扩缩容是怎么算出副本数的', 'Knative Knative')).toBeUndefined();
    expect(titleTool('原生 Sidecar 容器', 'Sidecar Sidecar')).toBeUndefined();
    expect(titleTool('用 kubeadm 搭一个集群', body)?.name).toBe('kubeadm');
    expect(usesOf('fluent bit 和 Fluent  Bit，不是 fluent-bit', 'Fluent Bit')).toBe(2);
  });
});

describe('struct25: a label key is no chapter\'s home (QA M6)', () => {
  it('the key written most does not become the home; it stays a concept', async () => {
    const g = await mine({ 'notes/arch.md': ARCH });
    expect(homeTitle(g, 'notes/arch.md')).not.toBe('kubernetes.io/arch');
    expect(byTitle(g, 'kubernetes.io/arch')).toBeDefined();
  });

  it('noHomeByDefault: qualified keys only', () => {
    expect(noHomeByDefault('kubernetes.io/arch')).toBe(true);
    expect(noHomeByDefault('cert-manager.io/cluster-issuer')).toBe(true);
    expect(noHomeByDefault('cert-manager')).toBe(false);
    expect(noHomeByDefault('cgroup 驱动')).toBe(false);
  });
});

describe('struct25: a heading naming a kind where it appears is no term (QA M1)', () => {
  it('`模板里的 Deployment` and `补丁里的 Service` make no term titled with the heading', async () => {
    const g = await mine({ 'notes/helm.md': HELM });
    expect(g.concepts.find((c) => c.title.includes('模板里'))).toBeUndefined();
    expect(g.concepts.find((c) => c.title.includes('补丁里'))).toBeUndefined();
    expect(byTitle(g, 'Release')).toBeDefined();
  });

  it('kindInPlace: a place word before 的; a sort of a kind stays a name', () => {
    const known = (n: string) => kindNamed(n) !== undefined;
    expect(kindInPlace('模板里的 Deployment', known)).toBe('Deployment');
    expect(kindInPlace('Chart 中的 ConfigMap', known)).toBe('ConfigMap');
    expect(kindInPlace('不可调度的 Pod', known)).toBeUndefined();
    expect(kindInPlace('默认 StorageClass', known)).toBeUndefined();
    expect(kindInPlace('模板里的 Foo', known)).toBeUndefined();
  });
});
