/**
 * resolve5 (docs/miner.md, "resolve5"): rule candidates the resolver lost. A key the note sets out
 * and explains that no kind places is a term of the note when it is spelt as a key (unplaced-keys.ts).
 * Names and notes written for this test, not taken from the corpora.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { loadGraph } from '../../../src/graph/index.ts';
import { keySpelling, unplacedKey } from '../../../src/graph/miner/unplaced-keys.ts';
import { isToolCommand } from '../../../src/graph/miner/command-tools.ts';
import { cleanup, contentDir } from './helpers.ts';

afterAll(cleanup);

const note = (...lines: string[]) => lines.join('\n') + '\n';
const graphOf = async (...lines: string[]) => loadGraph(await contentDir({ 'notes/n.md': note(...lines) }), { layout: false });
const titles = (g: Awaited<ReturnType<typeof graphOf>>) => g.concepts.map((c) => c.title);

describe('keySpelling: how a key is spelt', () => {
  it('a written path, camelCase, lower case, an environment variable', () => {
    expect(keySpelling('spec.retryBudget')).toBe('dotted');
    expect(keySpelling('limits.gpuSlices')).toBe('dotted');
    expect(keySpelling('drainGraceWindow')).toBe('camel');
    expect(keySpelling('`warmPoolSize`')).toBe('camel');
    expect(keySpelling('CACHE_DIR_ROOT')).toBe('upper');
    expect(keySpelling('shards')).toBe('lower');
  });
  it('not a host, a domain, a file, a version or a sentence', () => {
    expect(keySpelling('mirror.example.com')).toBeUndefined();
    expect(keySpelling('gateway.svc.cluster.local')).toBeUndefined();
    expect(keySpelling('values.yaml')).toBeUndefined();
    expect(keySpelling('go.mod')).toBeUndefined();
    expect(keySpelling('v1.4')).toBeUndefined();
    expect(keySpelling('重试预算')).toBeUndefined();
    expect(keySpelling('run the job')).toBeUndefined();
    expect(keySpelling('OK')).toBeUndefined();
  });
});

describe('unplacedKey: which rule admits which spelling', () => {
  it('a table of keys takes camelCase, paths and plain lower-case keys', () => {
    expect(unplacedKey('field-table', 'warmPoolSize')).toBe('camel');
    expect(unplacedKey('field-table', 'shards')).toBe('lower');
  });
  it('a key list takes paths and environment variables, not a plain word or a capitalised one', () => {
    expect(unplacedKey('code-colon', 'spec.retryBudget')).toBe('dotted');
    expect(unplacedKey('code-colon', 'CACHE_DIR_ROOT')).toBe('upper');
    expect(unplacedKey('code-colon', 'shards')).toBeUndefined();
    expect(unplacedKey('code-colon', 'Ready')).toBeUndefined();
  });
  it('a path in prose is admitted only as a path', () => {
    expect(unplacedKey('path-mention', 'status.shardMap')).toBe('dotted');
    expect(unplacedKey('path-mention', 'shardMap')).toBeUndefined();
  });
  it('rules that propose no keys admit nothing', () => {
    expect(unplacedKey('bold-colon', 'warmPoolSize')).toBeUndefined();
    expect(unplacedKey('heading', 'spec.retryBudget')).toBeUndefined();
  });
});

describe('the mine stage keeps an explained key nothing places', () => {
  it('a key list below a custom resource\'s example: its written path is that kind\'s field', async () => {
    const g = await graphOf(
      '# QueueScaler 笔记',
      '',
      '```yaml',
      'apiVersion: scaling.acme.dev/v1',
      'kind: QueueScaler',
      'metadata:',
      '  name: orders',
      '```',
      '',
      '几个关键字段：',
      '',
      '- `spec.drainWindow`：缩容前等队列排空的最长时间，超过就强制缩。',
      '- `spec.lagTarget`：每个副本平均能扛的积压条数。',
    );
    const fields = g.concepts.filter((c) => c.kind === 'field').map((c) => `${c.owner}:${c.fieldPath}`);
    expect(fields).toEqual(expect.arrayContaining(['QueueScaler:spec.drainWindow', 'QueueScaler:spec.lagTarget']));
  });
  it('a key list of a chart\'s values: the written path is a term', async () => {
    const g = await graphOf(
      '# 装日志采集器',
      '',
      '几个常改的 values：',
      '',
      '- `collector.flushInterval`：多久把缓冲区刷到后端一次。',
      '- `collector.bufferLimit`：缓冲区最多占多少内存。',
    );
    expect(titles(g)).toEqual(expect.arrayContaining(['collector.flushInterval', 'collector.bufferLimit']));
  });
  it('a table of keys with what each does', async () => {
    const g = await graphOf(
      '# 构建参数',
      '',
      '| 参数 | 说明 |',
      '| --- | --- |',
      '| `cacheFromRegistry` | 从哪个仓库拉缓存层，不写就不用远程缓存 |',
      '| `layerBudget` | 单个镜像最多允许多少层 |',
    );
    expect(titles(g)).toEqual(expect.arrayContaining(['cacheFromRegistry', 'layerBudget']));
  });
  it('not a plain word in a key list', async () => {
    const g = await graphOf(
      '# 插件配置',
      '',
      '- `verbose`：打印更多日志。',
      '- `quiet`：什么都不打印。',
    );
    expect(titles(g)).not.toContain('verbose');
    expect(titles(g)).not.toContain('quiet');
  });
});

describe('isToolCommand: a command of a tool the rules do not list', () => {
  it('the tool, subcommand words and mode flags', () => {
    expect(isToolCommand('ip link')).toBe(true);
    expect(isToolCommand('`virtctl pause vm`')).toBe(true);
    expect(isToolCommand('**docker buildx ls**：')).toBe(true);
    expect(isToolCommand('dapr list -k')).toBe(true);
  });
  it('not a command line with arguments, nor the tool alone, nor another tool', () => {
    expect(isToolCommand('ip addr add 10.0.0.2/24 dev eth0')).toBe(false);
    expect(isToolCommand('docker run --rm -it alpine')).toBe(false);
    expect(isToolCommand('docker')).toBe(false);
    expect(isToolCommand('systemctl restart kubelet')).toBe(false);
  });
});

describe('the mine stage keeps a command its passage explains', () => {
  it('a bold command of the host network tools with a colon', async () => {
    const g = await graphOf(
      '# 排查节点网络',
      '',
      '- **ip link**：列出本机所有网卡，veth 对的两端都能在这里看到。',
      '- **ip addr**：看每块网卡上配的地址。',
    );
    expect(titles(g)).toEqual(expect.arrayContaining(['ip link', 'ip addr']));
  });
  it('a code span of a project CLI opening its sentence', async () => {
    const g = await graphOf('# 虚拟机运维', '', '`virtctl pause` 会把虚拟机的 vCPU 冻住，内存保留，恢复时不用重新开机。');
    expect(titles(g)).toContain('virtctl pause');
  });
  it('not a command line with arguments', async () => {
    const g = await graphOf('# 排查节点网络', '', '- **ip addr add 10.0.0.2/24 dev eth0**：手工给网卡配地址。');
    expect(titles(g).some((t) => t.startsWith('ip addr'))).toBe(false);
  });
});
