/**
 * rules21 (docs/miner.md, "rules21"): a custom kind described by its fields in its own definition,
 * a field of the note's custom kind listed beside the fields its example sets, the directives of a block-structured configuration explained in running text, and a chart's text
 * and template files opening a list item. Sentences and notes written for this test, not taken from
 * the corpora, each with look-alikes that must not give the same reading.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { loadGraph } from '../../../src/graph/index.ts';
import { kindDefinedByFields } from '../../../src/graph/miner/resolve.ts';
import { blockDirectives } from '../../../src/graph/miner/config-directives.ts';
import { isFileName } from '../../../src/graph/miner/label-rules.ts';
import { cleanup, contentDir } from './helpers.ts';

afterAll(cleanup);

const note = (...lines: string[]) => lines.join('\n') + '\n';
/** The first block of some Markdown, a list's first item for a list. */
const firstBlock = (md: string) => {
  const b = fromMarkdown(md).children[0];
  return b?.type === 'list' ? b.children[0] : b;
};
/** The concepts of a note written in these lines, as their kind, or `owner:fieldPath` for fields (a Pod's owner is left out of the graph). */
const conceptsOf = async (...lines: string[]) => {
  const g = await loadGraph(await contentDir({ 'notes/n.md': note(...lines) }), { layout: false });
  return (title: string) => g.concepts.filter((c) => c.title === title).map((c) => (c.kind === 'field' ? `${c.owner ?? 'Pod'}:${c.fieldPath ?? ''}` : c.kind));
};

describe('kindDefinedByFields: a label spelt as a kind whose definition goes on about its spec', () => {
  it.each([
    ['- **RepoMirror**：每个仓库建一个，`spec.upstream` 指向源仓库；`status.lastSync` 记录上次同步的时间。', 'RepoMirror'],
    ['**QuotaPolicy**：`spec.limits[]` 列出每个团队的上限。', 'QuotaPolicy'],
    ['- **BackupJobTemplate：** 集群级的模板，`spec.retention` 决定保留几份。', 'BackupJobTemplate'],
  ])('%s → %s', (md, kind) => {
    expect(kindDefinedByFields(firstBlock(md))).toBe(kind);
  });

  it.each([
    // ObjectMeta is every object's: it says nothing of the label's own fields
    '- **Terminating**：看到 `metadata.deletionTimestamp` 不为空就显示这个。',
    // a kind the API knows is read from the catalogue
    '- **ResourceQuota**：按命名空间限额，`spec.hard` 里写上限。',
    // the path is the object of a verb in passing, not a clause of its own
    '- **RepoMirror**：镜像同步对象，通过 `spec.upstream` 指定源仓库。',
    // a Chinese label, and a label with no colon
    '- **镜像同步**：每个仓库一个，`spec.upstream` 指向源仓库。',
    '**RepoMirror** 每个仓库一个，`spec.upstream` 指向源仓库。',
    // the path on a later line belongs to no label
    '**RepoMirror**：每个仓库一个。\n`spec.upstream` 指向源仓库。',
  ])('%s → none', (md) => {
    expect(kindDefinedByFields(firstBlock(md))).toBeUndefined();
  });
});

describe('a custom kind no example shows, described by its fields', () => {
  it('makes the label an object and its paths its fields', async () => {
    const found = await conceptsOf(
      '# 镜像同步工具笔记',
      '',
      '这个工具装好之后会多出两种资源：',
      '',
      '- **RepoMirror**：每个仓库建一个，`spec.upstream` 指向源仓库；`spec.interval` 决定多久同步一次。',
      '- **MirrorSchedule**：全局只有一个，`spec.window` 决定只在夜里同步。',
    );
    expect(found('RepoMirror')).toEqual(['object']);
    expect(found('upstream')).toEqual(['RepoMirror:spec.upstream']);
    expect(found('interval')).toEqual(['RepoMirror:spec.interval']);
    expect(found('window')).toEqual(['MirrorSchedule:spec.window']);
  });

  it('a label whose definition names no path of its own stays a term, and a path after another kind stays that kind\'s', async () => {
    const found = await conceptsOf(
      '# 镜像同步工具笔记',
      '',
      '- **RepoMirror**：镜像同步的规则，每个仓库写一条，多久同步一次由控制器决定。',
      '- **MirrorPolicy**：集群级单例，Pod 通过 `spec.runtimeClassName` 选择运行时。',
    );
    expect(found('RepoMirror')).not.toContain('object');
    expect(found('MirrorPolicy')).not.toContain('object');
    expect(found('runtimeClassName').every((f) => f.startsWith('Pod:'))).toBe(true);
  });
});

describe('a field of the note\'s custom kind listed beside the fields its example sets', () => {
  const example = ['```yaml', 'apiVersion: sync.example.io/v1', 'kind: MirrorJob', 'metadata:', '  name: nightly', 'spec:', '  source: s3://bucket/data', '  target: /data', '  schedule:', '    hour: 2', '```', ''];

  it('places the one the example leaves out where its siblings are', async () => {
    const found = await conceptsOf(
      '# 同步任务笔记',
      '',
      '## MirrorJob',
      '',
      ...example,
      '- `source`：从哪里拉数据；',
      '- `target`：拉下来放到哪个目录；',
      '- `bandwidthLimit`：限速，不写就不限。',
    );
    expect(found('bandwidthLimit')).toEqual(['MirrorJob:spec.bandwidthLimit']);
  });

  it('places nothing after one sibling, siblings at two places, or a list that comes before the example', async () => {
    const one = await conceptsOf('# 同步任务笔记', '', '## MirrorJob', '', ...example, '- `source`：从哪里拉数据；', '- `bandwidthLimit`：限速，不写就不限。');
    expect(one('bandwidthLimit').some((f) => f.startsWith('MirrorJob:'))).toBe(false);
    const two = await conceptsOf('# 同步任务笔记', '', '## MirrorJob', '', ...example, '- `source`：从哪里拉数据；', '- `hour`：几点开始；', '- `bandwidthLimit`：限速，不写就不限。');
    expect(two('bandwidthLimit').some((f) => f.startsWith('MirrorJob:'))).toBe(false);
    // the list before the example, not after it: it explains no example
    const before = await conceptsOf('# 同步任务笔记', '', '## MirrorJob', '', '- `source`：从哪里拉数据；', '- `target`：拉下来放到哪个目录；', '- `bandwidthLimit`：限速，不写就不限。', '', ...example);
    expect(before('bandwidthLimit').some((f) => f.startsWith('MirrorJob:'))).toBe(false);
  });
});

describe('blockDirectives: the directives of a block-structured configuration in a fence', () => {
  const caddy = ['app.example.org {', '    encode gzip', '    file_server', '    reverse_proxy /api/* backend:9000 {', '        lb_policy first', '    }', '}'].join('\n');

  it('reads the word opening each line of a block configuration', () => {
    expect(blockDirectives('', caddy)).toEqual(['encode', 'file_server', 'reverse_proxy', 'lb_policy']);
    expect(blockDirectives('caddyfile', caddy)).toEqual(['encode', 'file_server', 'reverse_proxy', 'lb_policy']);
  });

  it.each([
    // a YAML, shell or JSON fence is no such configuration, whatever its lines look like
    ['yaml', caddy],
    ['bash', caddy],
    ['', '{\n  "encode": "gzip"\n}'],
    // lines without a block: a resolver file, a list of settings
    ['', 'nameserver 10.96.0.10\nsearch default.svc.cluster.local\noptions ndots:5'],
    // pseudo-code with assignments opens a block but sets variables, it names no directive
    ['', 'for {\n  want := read()\n}'],
  ])('%s fence %j → none', (lang, code) => {
    expect(blockDirectives(lang, code)).toEqual([]);
  });
});

describe('directives of the note\'s configuration explained in running text', () => {
  const fence = ['```', 'app.example.org {', '    encode gzip', '    file_server', '    reverse_proxy /api/* backend:9000', '    log', '}', '```'];

  it('reads each directive that opens a clause with what it does', async () => {
    const found = await conceptsOf(
      '# Caddy 反向代理笔记',
      '',
      ...fence,
      '',
      '`encode` 负责压缩响应；`file_server` 直接返回静态文件，reverse_proxy 插件把 /api 开头的请求转给后端。log 打开访问日志。',
    );
    expect(found('encode')).toEqual(['term']);
    expect(found('file_server')).toEqual(['term']);
    expect(found('reverse_proxy 插件')).toEqual(['term']);
    expect(found('log')).toEqual(['term']);
  });

  it('reads nothing without the configuration, nor a directive in the middle of a clause, an argument or a genitive', async () => {
    const without = await conceptsOf('# Caddy 反向代理笔记', '', '`encode` 负责压缩响应；`file_server` 直接返回静态文件。');
    // veto9: without the configuration no directive is read, but a code span that opens its
    // paragraph and is said there what it does (`encode` 负责…) is a term of its own
    // (explained-openers.ts: 19 labels / 3 none over the design sets); `file_server`, in the
    // middle of the sentence, is still nothing
    expect(without('encode')).toEqual(['term']);
    expect(without('file_server')).toEqual([]);
    const found = await conceptsOf(
      '# Caddy 反向代理笔记',
      '',
      ...fence,
      '',
      '我们先给站点加上 `encode`，压缩算法用 `gzip` 就够了。`file_server` 的根目录默认是当前目录。',
    );
    expect(found('encode')).toEqual([]);
    expect(found('gzip')).toEqual([]);
    expect(found('file_server')).toEqual([]);
  });
});

describe('a chart\'s text and template files by name', () => {
  it.each(['_helpers.tpl', 'NOTES.txt', 'admin.conf', 'values.yaml'])('%s is a file name', (name) => {
    expect(isFileName(name)).toBe(true);
  });

  it.each(['__init__.tpl', '_', 'notes.txt/', 'templates/NOTES.txt', 'README.md'])('%s is none', (name) => {
    expect(isFileName(name)).toBe(false);
  });

  it('makes a term of one opening a list item with what it is', async () => {
    const found = await conceptsOf(
      '# 打包一个 chart',
      '',
      '- `_helpers.tpl`：放公共的命名模板，别的模板用 include 引用，它自己不会渲染出清单。',
      '- `NOTES.txt`：装完以后打印给用户看的提示，也能用模板语法。',
    );
    expect(found('_helpers.tpl')).toEqual(['term']);
    expect(found('NOTES.txt')).toEqual(['term']);
  });
});
