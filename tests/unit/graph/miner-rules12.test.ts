/**
 * rules12 (docs/miner.md, "rules12"): names in structural places — a file or directory written as a
 * path that opens the paragraph explaining it, a list introduced by a generic word of several named
 * things (`几个参数的理解：`) whose items each explain one name, the subcommands of ecosystem CLIs,
 * a command followed by how it works (的原理是, 本质上是, 只是在…), and an abbreviation spelt out by
 * one word whose capitals spell it (`VPA（VerticalPodAutoscaler）`). Sentences written for this test,
 * not taken from the corpora, with look-alikes that must not fire, then whole notes and `--explain`.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { loadGraph } from '../../../src/graph/index.ts';
import { isFilePath } from '../../../src/graph/miner/label-rules.ts';
import { listRole } from '../../../src/graph/miner/definitions.ts';
import { acronymsExpanded } from '../../../src/graph/miner/gloss-shapes.ts';
import { cleanup, contentDir } from './helpers.ts';

afterAll(cleanup);

const note = (...lines: string[]) => lines.join('\n') + '\n';
const explain = (dir: string, name: string) => spawnSync(process.execPath, ['src/cli/main.ts', 'graph', '--content', dir, '--explain', name], { encoding: 'utf8' }).stdout;

describe('isFilePath: a file or directory written as a path', () => {
  it.each(['/etc/containerd/config.toml', '/run/secrets', '/opt/cni/bin/', '~/.ssh/known_hosts', 'charts/', '`/srv/data`'])('%s is a path', (s) => {
    expect(isFilePath(s)).toBe(true);
  });
  it.each([
    // an API path of one segment, a URL, a relative path with a dot, a key written as domain/name
    '/livez',
    'https://example.com/a/b',
    './build.sh',
    'example.com/owner',
    'apps/v1',
    // words joined by a slash
    'requests / limits',
  ])('%s is no file path', (s) => {
    expect(isFilePath(s)).toBe(false);
  });
});

describe('listRole: a generic word of several named things introduces items that each explain a name', () => {
  it.each(['这几个参数的理解：', '各个配置项的说明：', '常用命令的作用：'])('%s → the items are names, explained', (lead) => {
    expect(listRole(lead)).toBeUndefined();
  });
  it.each([
    // a facet of one thing: its items are properties of it
    ['这个参数的特点：', 'attributes'],
    ['这类卷的缺点：', 'attributes'],
    ['优点：', 'attributes'],
    ['有两种方式：', 'ways'],
  ])('%s → %s', (lead, role) => {
    expect(listRole(lead)).toBe(role);
  });
});

describe('acronymsExpanded: an abbreviation spelt out by one word whose capitals spell it', () => {
  it.each([
    ['挂卷之前，控制器先建一个 VA（VolumeAttachment，卷挂载记录）。', 'VA', 'VolumeAttachment', '卷挂载记录'],
    ['扩缩容交给 VPA（VerticalPodAutoscaler）来做。', 'VPA', 'VerticalPodAutoscaler', undefined],
  ])('%s', (text, name, expansion, chinese) => {
    const found = acronymsExpanded(text).find((a) => a.name === name);
    expect(found?.expansion).toBe(expansion);
    expect(found?.chinese).toBe(chinese);
  });
  it.each([
    // a word with one capital spells nothing; capitals that do not spell the abbreviation
    '先建一个 SA（Service）再说。',
    '这里的 RS（ReplicationController）已经淘汰了。',
    '容器名写在 Pod（PodSpec）里。',
  ])('%s spells no abbreviation out', (text) => {
    expect(acronymsExpanded(text)).toEqual([]);
  });
});

describe('rules12 in a whole note', () => {
  it('a path opening the paragraph that explains it is a term; a path in passing is not', async () => {
    const dir = await contentDir({
      'notes/n.md': note(
        '# 节点上的目录',
        '',
        '- `/etc/cni/net.d`：网络插件的配置放在这里，kubelet 按文件名顺序取第一个。',
        '- **/opt/cni/bin**：插件的可执行文件，版本要和配置对得上。',
        '- `charts/`：依赖的子 chart 解压后放的目录。',
        '',
        '日志默认写到 `/var/lib/agent/logs`，出问题先去那里看。',
        '',
        '- `/livez`：健康检查的地址。',
      ),
    });
    const g = await loadGraph(dir, { layout: false });
    const titles = g.concepts.map((c) => c.title);
    expect(titles).toEqual(expect.arrayContaining(['/etc/cni/net.d', '/opt/cni/bin', 'charts/']));
    expect(g.concepts.find((c) => c.title === '/opt/cni/bin')?.kind).toBe('term');
    expect(titles).not.toContain('/var/lib/agent/logs');
    expect(titles).not.toContain('/livez');
    const id = g.concepts.find((c) => c.title === '/etc/cni/net.d')!.id;
    expect(explain(dir, id)).toMatch(/file-term/);
  });

  it('the fields of an example explained one by one after `几个字段的理解：` are fields; a list of one field\'s properties is not read', async () => {
    const dir = await contentDir({
      'notes/n.md': note(
        '# 缓存集群',
        '',
        '```yaml',
        'apiVersion: cache.example.io/v1',
        'kind: CacheCluster',
        'metadata:',
        '  name: demo',
        'spec:',
        '  shards: 3',
        '  evictionPolicy: lru',
        '```',
        '',
        '这几个字段的理解：',
        '',
        '- **shards**：分片数，改大以后数据会重新分布。',
        '- **evictionPolicy**：内存满了以后先淘汰哪些键。',
        '',
        '这个字段的特点：',
        '',
        '- **只能改大**：缩小分片要先迁移数据。',
      ),
    });
    const g = await loadGraph(dir, { layout: false });
    const shards = g.concepts.find((c) => c.title === 'shards');
    expect(shards?.kind).toBe('field');
    expect(g.concepts.find((c) => c.title === 'evictionPolicy')?.kind).toBe('field');
    expect(g.concepts.some((c) => c.title === '只能改大')).toBe(false);
  });

  it('a subcommand of an ecosystem tool explained like a kubectl command is a term; one run in passing is not', async () => {
    const dir = await contentDir({
      'notes/n.md': note(
        '# 备份工具',
        '',
        '- `velero backup describe`：看一次备份包含哪些资源、有没有报错。',
        '',
        '`velero schedule create` 的原理是建一个 Schedule 对象，控制器按 cron 表达式定时生成 Backup。',
        '',
        '先跑了一遍 `velero version` 确认客户端和服务端版本一致，然后开始。',
      ),
    });
    const g = await loadGraph(dir, { layout: false });
    const titles = g.concepts.map((c) => c.title);
    expect(titles).toEqual(expect.arrayContaining(['velero backup describe', 'velero schedule create']));
    expect(titles).not.toContain('velero version');
  });

  it('how a command works (的原理是, 本质上是, 只是在…) explains it; a statement about its output does not', async () => {
    const dir = await contentDir({
      'notes/n.md': note(
        '# 节点维护',
        '',
        '`kubectl set env` 的原理是改 Pod 模板里的 env，模板一变就触发一次滚动更新。',
        '',
        '`kubectl certificate deny` 只是在 CSR 的 status 里加一个 Denied 条件，不会删除它。',
        '',
        '`kubectl get nodes` 的输出里有一列 STATUS。',
      ),
    });
    const g = await loadGraph(dir, { layout: false });
    const titles = g.concepts.map((c) => c.title);
    expect(titles).toEqual(expect.arrayContaining(['kubectl set env', 'kubectl certificate deny']));
    expect(titles).not.toContain('kubectl get nodes');
  });
});
