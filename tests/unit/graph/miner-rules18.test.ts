/**
 * rules18 (docs/miner.md, "rules18"): structural shapes — a Latin name set in bold mid-sentence with
 * what it is in Chinese in parentheses (`prose-bold-described`), the list that answers a Q&A
 * (`答：` then `- **x**：…`) read as any list and not as a thing's attributes, and a heading that is
 * an English name written in capitalised words, glossed with its Chinese name. Sentences written for
 * this test, not taken from the corpora, with look-alikes that must not fire, then whole notes.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { loadGraph } from '../../../src/graph/index.ts';
import { boldDescribed } from '../../../src/graph/miner/gloss-shapes.ts';
import { headingSubjectName, listRole } from '../../../src/graph/miner/definitions.ts';
import { glossedHeading, notAConcept } from '../../../src/graph/miner/label-rules.ts';
import { cleanup, contentDir } from './helpers.ts';

afterAll(cleanup);

const note = (...lines: string[]) => lines.join('\n') + '\n';
const explain = (dir: string, name: string) => spawnSync(process.execPath, ['src/cli/main.ts', 'graph', '--content', dir, '--explain', name], { encoding: 'utf8' }).stdout;
const titles = async (text: string) => (await loadGraph(await contentDir({ 'notes/n.md': text }), { layout: false })).concepts.map((c) => c.title);

describe('boldDescribed: a bold Latin name and what it is, in Chinese, right after the bold', () => {
  it.each([
    ['Quillmark', '（给镜像打水印的小工具）', 'Quillmark', '给镜像打水印的小工具'],
    ['tarsync', '（增量打包命令行，常配合 cron 用）', 'tarsync', '增量打包命令行，常配合 cron 用'],
    ['Lantern Relay', '（把告警转发到群里的网关）', 'Lantern Relay', '把告警转发到群里的网关'],
  ])('**%s**%s', (raw, after, name, description) => {
    expect(boldDescribed(raw, `${after}，后面还有话。`)).toEqual({ name, description });
  });
  it.each([
    // a remark or a version in the parentheses says nothing about what the thing is
    ['Strict', '（默认）'],
    ['Strict', '（默认开启）'],
    ['Strict', '（推荐用这个）'],
    ['Strict', '（1.31 起）'],
    // no Chinese words: an aside, not a description
    ['Quillmark', '（v2）'],
    ['Quillmark', '（IPv6）'],
    // a Chinese bold phrase is an emphasis, and nothing right after the bold is no description
    ['只加不减', '（并集）'],
    ['Quillmark', ' 是一个工具（给镜像打水印）'],
  ])('**%s**%s is no described name', (raw, after) => {
    expect(boldDescribed(raw, after)).toBeUndefined();
  });
});

describe('prose-bold-described in a whole note', () => {
  it('names listed in bold with their descriptions inside another label\'s definition are terms of their own', async () => {
    const dir = await contentDir({
      'notes/n.md': note(
        '# 镜像水印流水线笔记',
        '',
        '**水印流水线**：我们组自己搭的一套发布前检查，由 **Quillmark**（给镜像打水印的小工具）和 **Lantern Relay**（把告警转发到群里的网关）两部分组成，出问题先看 Relay 的日志。',
        '',
        '打包时顺手交给 **tarsync**（增量打包命令行）处理，这一步很快。',
      ),
    });
    const g = await loadGraph(dir, { layout: false });
    const names = g.concepts.map((c) => c.title);
    expect(names).toEqual(expect.arrayContaining(['Quillmark', 'Lantern Relay', 'tarsync']));
    expect(explain(dir, 'Quillmark')).toContain('prose-bold-described');
  });

  it('a Chinese phrase in bold with a remark in parentheses stays an emphasis', async () => {
    const names = await titles(note('# 网络策略随记', '', '几条策略之间是**叠加**（只加不减）的关系，没有先后顺序，写多了也不会互相覆盖，这一点和防火墙规则很不一样。'));
    expect(names).not.toContain('叠加');
  });
});

describe('listRole: the answer of a Q&A is no list of attributes', () => {
  it.each(['答：', 'A：', '**答：**', '回答：'])('%s opens a list read as any list', (lead) => {
    expect(listRole(lead)).toBeUndefined();
  });
  it.each(['优点：', '这种做法的缺点：'])('%s still opens a list of attributes', (lead) => {
    expect(listRole(lead)).toBe('attributes');
  });

  it('the bold labels of a list answering a question are defined', async () => {
    const text = note(
      '# 面试题：自研队列控制器',
      '',
      '### Q2：QueueSet 资源里有哪些关键字段？',
      '',
      '```yaml',
      'apiVersion: example.io/v1',
      'kind: QueueSet',
      'metadata:',
      '  name: demo',
      'spec:',
      '  shardCount: 4',
      '  drainTimeout: 30s',
      '```',
      '',
      '答：',
      '- **shardCount**：分片数，每个分片一个消费者 Pod。',
      '- **drainTimeout**：缩容时等消费者把手上的消息处理完的最长时间。',
    );
    const names = await titles(text);
    expect(names).toEqual(expect.arrayContaining(['shardCount', 'drainTimeout']));
    // the same list after `特点：` is a list of attributes: its labels are no concepts
    const attributes = await titles(text.replace('答：', 'QueueSet 的特点：').replace('**shardCount**', '**分片可调**').replace('**drainTimeout**', '**缩容温和**'));
    expect(attributes).not.toContain('分片可调');
    expect(attributes).not.toContain('缩容温和');
  });
});

describe('glossedHeading: English words written as a name, glossed with their Chinese name', () => {
  it.each([
    ['Sidecar Broker（边车代理）', 'Sidecar Broker', '边车代理'],
    ['Lease Keeper Loop（租约守护循环）', 'Lease Keeper Loop', '租约守护循环'],
  ])('%s → %s / %s', (heading, core, gloss) => {
    expect(glossedHeading(heading)).toEqual({ core, gloss });
  });
  it.each([
    // not every word capitalised: a phrase
    'Common mistakes（常见错误）',
    'Quick start guide（快速上手）',
    // one word alone is not read by this shape, nor a remark as the gloss
    'Overview（概览）',
    'Sidecar Broker（默认）',
  ])('%s is no glossed name', (heading) => {
    expect(glossedHeading(heading)).toBeUndefined();
  });

  it('such a heading names a term in a whole note', async () => {
    const names = await titles(note('# 组件拆解', '', '## 一、两类组件', '', '### 1.1 Sidecar Broker（边车代理）', '', '- 和业务容器同 Pod 部署，拦截出站请求；', '- 负责重试和熔断。', ''));
    expect(names.some((n) => n.startsWith('Sidecar Broker'))).toBe(true);
  });
});

describe('headingSubjectName: a name with a word presenting it is what the heading is about', () => {
  it.each([
    ['Quillmark 架构', 'Quillmark'],
    ['Zephyrd 自身', 'Zephyrd'],
    ['TOML 示例', 'TOML'],
    ['LeaseKeeper 家族', 'LeaseKeeper'],
    ['kube-widget 这一层', 'kube-widget'],
  ])('%s → %s', (heading, name) => {
    expect(headingSubjectName(heading)).toBe(name);
  });
  // a Chinese head that makes a kind of the name, one word after it: still a name of its own
  it.each(['Zephyrd 模式', 'Quillmark 驱动', 'Zephyrd 插件'])('%s is a kind of the name, not about it', (heading) => {
    expect(headingSubjectName(heading)).toBeUndefined();
  });

  it('in a whole note such a heading makes no term of its own', async () => {
    const names = await titles(note('# 水印工具', '', '**Quillmark**：给镜像打水印的小工具，跑在流水线里。', '', '## Quillmark 架构', '', 'Quillmark 分成采集端和签发端两部分，采集端跑在每个构建节点上。', ''));
    expect(names).toContain('Quillmark');
    expect(names).not.toContain('Quillmark 架构');
  });
});

describe('a day of the week dates a diary section', () => {
  it.each(['周三', '星期五', '礼拜天'])('%s is a place in a sequence', (l) => {
    expect(notAConcept(l)?.name).toBe('sequence-marker');
  });
  it.each(['周期', '周边'])('%s is no weekday', (l) => {
    expect(notAConcept(l)?.name).not.toBe('sequence-marker');
  });
  it('in a whole note the weekday of a heading is no term', async () => {
    const names = await titles(note('# 迁移日记', '', '## 周二：把旧集群的卷迁过来', '', '先在新集群建好存储类，再一个个 PVC 对着迁。', '', '## 周四：回滚演练', '', '演练了一次回滚，十分钟内恢复。', ''));
    expect(names).not.toContain('周二');
    expect(names).not.toContain('周四');
  });
});

describe('a code span that is a YAML line opening an item is judged by its key', () => {
  it('a long value does not make `key: value` a sentence', async () => {
    const names = await titles(
      note(
        '# 本地存储类',
        '',
        '```yaml',
        'apiVersion: storage.k8s.io/v1',
        'kind: StorageClass',
        'metadata:',
        '  name: lab-local',
        'provisioner: example.com/static-local-disk-provisioner',
        'volumeBindingMode: WaitForFirstConsumer',
        '```',
        '',
        '- `provisioner: example.com/static-local-disk-provisioner`：谁来创建卷；这里的供给器只认事先准备好的磁盘。',
      ),
    );
    expect(names).toContain('provisioner');
  });
});
