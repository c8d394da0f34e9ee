/**
 * rules37: a project's keys and its components in running text (src/graph/miner/project-keys.ts):
 * a domain/name key in a code span as a sentence's subject, a project's key set to a value opening
 * the paragraph that explains it, an environment variable after its sort, a component named with
 * 这个 and the sort of running part it is. Sentences written for this test (not the corpora),
 * look-alikes that must not fire, then whole notes.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { loadGraph } from '../../../src/graph/index.ts';
import { componentsRunAs, componentsWithThisSort, envVarsAfterTheirSort, keyOfCodeSpan, projectKeyOfSetting } from '../../../src/graph/miner/project-keys.ts';
import { cleanup, contentDir } from './helpers.ts';

afterAll(cleanup);

describe('keyOfCodeSpan', () => {
  it.each([
    ['rollout.acme.dev/max-surge', 'rollout.acme.dev/max-surge'],
    ['queue.acme.io/priority', 'queue.acme.io/priority'],
  ])('%s → %s', (s, expected) => {
    expect(keyOfCodeSpan(s)).toBe(expected);
  });
  it.each([
    'serving.acme.dev/v1', // an API group and version
    'batch.acme.io/v1beta2',
    'gpu.example.com/shared', // a domain reserved for examples
    'queue.acme.io/priority: "high"', // a key set to a value (valuesWithEffect reads those)
    'spec.template.metadata', // a path
    'acme/tool', // no domain
  ])('%s → none', (s) => {
    expect(keyOfCodeSpan(s)).toBeUndefined();
  });
});

describe('projectKeyOfSetting', () => {
  it.each([
    ['mesh.acme.io/mode=node-proxy', 'mesh.acme.io/mode'],
    ['proxy.acme.dev/inject=false', 'proxy.acme.dev/inject'],
    ['proxy.acme.dev/inject: "false"', 'proxy.acme.dev/inject'],
    ['mesh-injection=enabled', 'mesh-injection'],
  ])('%s → %s', (s, expected) => {
    expect(projectKeyOfSetting(s)).toBe(expected);
  });
  it.each([
    'hostNetwork=true', // a camelCase key is a field, for the field rules
    '--dry-run=client', // a flag
    'mesh.acme.io/mode', // no value set
    'replicas=3',
  ])('%s → none', (s) => {
    expect(projectKeyOfSetting(s)).toBeUndefined();
  });
});

describe('envVarsAfterTheirSort', () => {
  // (flat text: code spans without their backticks; every name here stands in one)
  const vars = (s: string, code: string[]) => envVarsAfterTheirSort(s, (at) => code.some((c) => { const i = s.indexOf(c); return i >= 0 && at >= i && at < i + c.length; })).map((v) => v.name);
  it.each([
    ['给网关配上环境变量 FAST_RELOAD=true，它就会热加载路由，不再重启进程。', ['FAST_RELOAD=true'], 'FAST_RELOAD'],
    ['绑定对象会把目标地址以环境变量 SINK_URL 注入到你的 Deployment 里，程序读它发事件。', ['SINK_URL'], 'SINK_URL'],
    ['- 环境变量 SHARD_INDEX 由控制器给每个 Pod 自动注入，程序里直接读。', ['SHARD_INDEX'], 'SHARD_INDEX'],
    // the sort after a name spelt with underscores (no code span needed)
    ['MESH_DIFF_TOOL 环境变量用来指定外部对比程序，默认用系统自带的。', [], 'MESH_DIFF_TOOL'],
  ])('%s → %s', (s, code, expected) => {
    expect(vars(s, code)).toEqual([expected]);
  });
  it.each([
    // the means of something else
    ['插件启动时，客户端通过环境变量 PLUGIN_CONTEXT 把集群信息传给它。', ['PLUGIN_CONTEXT']],
    // the sentence stops at the name
    ['别忘了设环境变量 HOME_DIR。', ['HOME_DIR']],
    // an aside
    ['代理会重启（老版本要手动设环境变量 LEGACY_MODE，现在不用了）。', ['LEGACY_MODE']],
    // an enumeration
    ['容器里能看到环境变量 POD_NAME、POD_IP，都是 Downward API 注入的。', ['POD_NAME', 'POD_IP']],
    // not in a code span
    ['再加一个环境变量 DEBUG_LEVEL 就能看到更多日志。', []],
    // a bare name and a comma (rules15 reads nothing said of it)
    ['- 环境变量 SHARD_INDEX，控制器给每个 Pod 自动注入。', ['SHARD_INDEX']],
    // the sort after the name, as a means
    ['想换工具的话，可以通过 MESH_DIFF_TOOL 环境变量换成自己喜欢的。', []],
    ['MESH_DIFF_TOOL 环境变量的值会被原样传给子进程。', []],
    // a lower-case word after the sort
    ['环境变量 path 决定了去哪里找命令。', ['path']],
  ])('%s → none', (s, code) => {
    expect(vars(s, code)).toEqual([]);
  });
});

describe('componentsWithThisSort', () => {
  const names = (s: string) => componentsWithThisSort(s).map((c) => c.name);
  it.each([
    ['备份卷的原理是 volume-agent 这个 DaemonSet 挂载宿主机的 Pod 目录，直接读文件。', 'volume-agent'],
    ['新建 Pod 时由 sidecar-injector 这个 webhook 往 Pod 里加代理容器。', 'sidecar-injector'],
    ['它和 mesh-init 这个 init 容器配合：后者先改写 iptables。', 'mesh-init'],
    ['入口流量落在 edge-gateway 这个独立部署的 Envoy 上，再按路由转发。', 'edge-gateway'],
    ['没有 log-shipper 这个进程，节点上的日志就没人收。', 'log-shipper'],
  ])('%s → %s', (s, expected) => {
    expect(names(s)).toEqual([expected]);
  });
  it.each([
    // objects a user names in the example, not parts of a project
    'db-replica-1 这个 Pod 删了重建，挂的还是原来的卷。',
    '更新 orders-rw 这个 Service 的 selector，让它指向新主库。',
    '配置存在 cluster-settings 这个 ConfigMap 里。',
    '我们用 monitoring-stack 这个 Helm chart 装的监控。',
    // no 这个: the name in passing
    '集群里还跑着 metrics-agent，不用管它。',
    // an aside
    '流量先到网关（也就是 edge-gateway 这个 Deployment）再转发。',
    // a plain word, not a hyphenated name
    'agent 这个进程负责上报心跳。',
  ])('%s → none', (s) => {
    expect(names(s)).toEqual([]);
  });
});

describe('componentsRunAs', () => {
  const names = (s: string) => componentsRunAs(s).map((c) => c.name);
  it.each([
    ['采集这边，node-metrics 以 DaemonSet 的方式跑在每个节点上，暴露主机指标。', 'node-metrics'],
    ['一般会部署 disk-provisioner（本地卷供应器）：它以 DaemonSet 运行，扫描每个节点的约定目录。', 'disk-provisioner'],
    ['queue-manager 作为 Deployment 部署在控制面命名空间里，只跑一个副本。', 'queue-manager'],
  ])('%s → %s', (s, expected) => {
    expect(names(s)).toEqual([expected]);
  });
  it.each([
    // a plain word is a part's role, not its name
    'server 以 Deployment 跑在 backup 命名空间，一切操作都是 CR。',
    // no workload it runs as
    'node-metrics 以很低的开销运行。',
    // an aside
    '指标从节点来（node-metrics 以 DaemonSet 运行），再汇总。',
  ])('%s → none', (s) => {
    expect(names(s)).toEqual([]);
  });
});

describe('a whole note', () => {
  it('makes terms of a project\'s keys, settings, environment variables and components explained in prose', async () => {
    const dir = await contentDir({
      'notes/mesh.md': [
        '# 某网格的笔记',
        '',
        '## 扩缩注解',
        '',
        '先说两个注解。`rollout.acme.dev/max-surge` 是一次最多多起几个 Pod，默认 1。`rollout.acme.dev/probe` 决定用哪种探测方式：http 或 tcp。',
        '',
        '## 节点模式',
        '',
        '**mesh.acme.io/mode=node-proxy**：这个标签让节点上的代理接管 Pod 的流量，Pod 里不再需要 sidecar。',
        '',
        '## 注入',
        '',
        '新建 Pod 时由 sidecar-injector 这个 webhook 往 Pod 里加代理容器。升级到新版后给控制面配上环境变量 `NATIVE_PROXY=true`，代理就会以原生 sidecar 的方式注入。',
        '',
        '老版本的清单里还有 `legacy.acme.io/mode`。插件通过环境变量 `PLUGIN_CONTEXT` 拿到集群信息。',
        '',
      ].join('\n'),
    });
    const g = await loadGraph(dir);
    const titles = g.notes![0]!.defines.map((id) => g.concepts.find((c) => c.id === id)!.title);
    expect(titles).toEqual(expect.arrayContaining(['rollout.acme.dev/max-surge', 'rollout.acme.dev/probe', 'mesh.acme.io/mode', 'sidecar-injector', 'NATIVE_PROXY']));
    expect(titles).not.toContain('legacy.acme.io/mode');
    expect(titles).not.toContain('PLUGIN_CONTEXT');
    expect(titles).not.toContain('mesh.acme.io/mode=node-proxy');
    for (const t of ['rollout.acme.dev/max-surge', 'mesh.acme.io/mode', 'sidecar-injector', 'NATIVE_PROXY']) {
      expect(g.concepts.find((c) => c.title === t)!.kind).toBe('term');
    }
  });
});
