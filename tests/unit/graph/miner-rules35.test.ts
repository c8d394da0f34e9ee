/**
 * rules35 (docs/miner.md, "rules35"): the ecosystem's own command-line tools, commands explained one
 * by one inside another command's definition, and file paths opening their explanation that are long
 * or hold a placeholder segment. Sentences and notes written for this test, not taken from the
 * corpora, each with look-alikes that must not give the same reading.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { loadGraph } from '../../../src/graph/index.ts';
import { COMMAND_TOOLS, commandOfItsOwn, ECOSYSTEM_TOOLS, isCommandName } from '../../../src/graph/miner/command-tools.ts';
import { isFilePath, notAConcept } from '../../../src/graph/miner/label-rules.ts';
import { isClearTerm } from '../../../src/graph/labels.ts';
import { cleanup, contentDir } from './helpers.ts';

afterAll(cleanup);

const note = (...lines: string[]) => lines.join('\n') + '\n';
/** The kinds of the concepts titled `title` in a note written in these lines. */
const conceptsOf = async (...lines: string[]) => {
  const g = await loadGraph(await contentDir({ 'notes/n.md': note(...lines) }), { layout: false });
  return (title: string) => g.concepts.filter((c) => c.title === title).map((c) => c.kind);
};

describe('ECOSYSTEM_TOOLS: the CLIs of the projects around a cluster are command tools', () => {
  it('every one is among the command tools, and the host tools are not', () => {
    for (const t of ECOSYSTEM_TOOLS) expect(COMMAND_TOOLS).toContain(t);
    for (const t of ['docker', 'systemctl', 'make', 'git']) expect(COMMAND_TOOLS).not.toContain(t);
  });

  it.each(['clusterctl move', 'karmadactl unjoin', 'trivy fs', 'kind create cluster', 'minikube service', 'cosign verify', 'kubebuilder create api'])('%s is a command', (name) => {
    expect(isCommandName(name)).toBe(true);
  });

  it.each([
    'trivy image --severity HIGH nginx:1.27', // a command line with flags and arguments
    'kind', // the tool alone
    'docker build', // a host tool
    'make deploy',
  ])('%s is no command name', (name) => {
    expect(isCommandName(name)).toBe(false);
  });

  it('a subcommand of an ecosystem tool opening an item with a colon is a term', async () => {
    const of = await conceptsOf('# 多集群', '', '- `karmadactl unjoin`：把成员集群从控制面摘掉，集群里的工作负载保留。', '- `docker login`：登录镜像仓库。', '', '排查时先 `docker ps -a` 看一眼容器还在不在。');
    expect(of('karmadactl unjoin')).toEqual(['term']);
    // a host tool's command is a term too where it opens its own explanation (resolve5,
    // command-tools.ts EXPLAINED_TOOLS: dev59's labels list docker's commands so), not where it is run in passing
    expect(of('docker login')).toEqual(['term']);
    expect(of('docker ps -a')).toEqual([]);
  });

  it('an ecosystem command saying what running it does opens its own definition', async () => {
    const of = await conceptsOf('# 供应链', '', '在流水线里扫一遍镜像。', '', '`cosign sign` 会给镜像打上签名并推到仓库里。');
    expect(of('cosign sign')).toEqual(['term']);
  });
});

describe('commandOfItsOwn: commands explained one after another in one paragraph', () => {
  const text = '`vcluster create` 在宿主集群的一个命名空间里起一个虚拟集群；`vcluster connect` 以端口转发的方式连上它，再切换 kubeconfig。';
  it('a command in code opening its clause after a semicolon, with a command predicate, is its own', () => {
    const at = text.indexOf('`vcluster connect`');
    expect(commandOfItsOwn({ form: 'code', shape: 'command', rule: 'command-effect', offset: at }, text)).toBe(true);
  });

  it.each([
    // after a comma: what the reader sees while the first thing runs
    [{ form: 'code', shape: 'command', rule: 'command-effect', offset: 8 }, '装好以后 Pod 还在等，`kubectl get pod` 显示 Init:1/2。'],
    // in plain text
    [{ form: 'text', shape: 'command', rule: 'command-effect', offset: 3 }, '先装好；kubectl get pod 显示 Init:1/2。'],
    // another predicate than one said of commands
    [{ form: 'code', shape: 'command', rule: 'prose-copula', offset: 3 }, '先装好；`kubectl get pod` 是最常用的。'],
    // a field, not a command (fieldOfItsOwn's)
    [{ form: 'code', shape: 'code', rule: 'command-effect', offset: 3 }, '先装好；`spec.x` 会把…'],
  ])('%o in %s is not', (d, t) => {
    expect(commandOfItsOwn(d, t)).toBe(false);
  });

  // (a colon further on makes the paragraph's opener a label whose definition runs to the end: definitions.ts definesOther)
  it('in a note, each command of such a paragraph is a term; one named in passing is not', async () => {
    const of = await conceptsOf(
      '# 虚拟集群',
      '',
      '`vcluster create` 往宿主集群的一个命名空间里装一个虚拟集群；`vcluster connect` 以端口转发的方式连上它；真正部署应用还是靠 `kubectl apply`。一个坑：删掉那个命名空间，虚拟集群也就没了。',
    );
    expect(of('vcluster create')).toEqual(['term']);
    expect(of('vcluster connect')).toEqual(['term']);
    expect(of('kubectl apply')).toEqual([]);
  });
});

describe('file paths opening their explanation: long ones and placeholder segments', () => {
  it.each(['/proc/<pid>/root', '/var/lib/kubelet/pods/<uid>/volumes', '/etc/containerd/conf.d/99-registry-mirrors.toml'])('%s is a file path', (p) => {
    expect(isFilePath(p)).toBe(true);
  });

  it.each(['/healthz', 'https://example.com/a/b', '/<pid>', './x/y'])('%s is not', (p) => {
    expect(isFilePath(p)).toBe(false);
  });

  it('a long path is no sentence and may be a term; a long phrase still is one', () => {
    const long = '/etc/kubernetes/manifests/extra/kube-apiserver-audit.yaml';
    expect(long.length).toBeGreaterThan(40);
    expect(notAConcept(long)?.name).not.toBe('sentence');
    expect(isClearTerm(long)).toBe(true);
    expect(isClearTerm('/etc/kubernetes 下面的这个目录里放着控制平面所有静态 Pod 的清单文件和各个组件用的证书')).toBe(false);
    // a directory's long path is a place (rules6)
    expect(isClearTerm('/var/lib/kubelet/pods/<uid>/volumes/kubernetes.io~csi/x')).toBe(false);
  });

  it('in a note, such paths opening an item or a bold label are terms; the same path in passing is not', async () => {
    const of = await conceptsOf(
      '# 节点上的文件',
      '',
      '- `/etc/containerd/conf.d/99-registry-mirrors.toml`：运维脚本写的镜像加速配置，containerd 启动时合并进去。',
      '',
      '**/proc/<pid>/root：** 某个进程眼里的根目录，进容器排查时拿来翻它的文件。',
      '',
      '排查时也常看 `/var/lib/kubelet/pods/<uid>/volumes` 下面的东西。',
    );
    expect(of('/etc/containerd/conf.d/99-registry-mirrors.toml')).toEqual(['term']);
    expect(of('/proc/<pid>/root')).toEqual(['term']);
    expect(of('/var/lib/kubelet/pods/<uid>/volumes')).toEqual([]);
  });
});
