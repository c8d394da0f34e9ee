/**
 * What makes a word a name and where a subject may stand (src/graph/miner/english-words.ts,
 * prose.ts): lower-case Latin words that are no everyday English, subjects placed inside what was
 * just named (`里面的 X`), quoted glosses, introductions ending in a colon, names set in bold
 * mid-paragraph, names described in parentheses, and tables of parts (definitions.ts
 * `table-role`). Every sentence here was written for this test (none is taken from a corpus),
 * each rule with look-alikes that must define nothing.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { fromMarkdown } from 'mdast-util-from-markdown';
import type { Paragraph } from 'mdast';
import { loadGraph } from '../../../src/graph/index.ts';
import type { Graph } from '../../../src/graph/model.ts';
import { everydayEnglish, rareLatinWord } from '../../../src/graph/miner/english-words.ts';
import { boldName, proseDefinitions } from '../../../src/graph/miner/prose.ts';
import { textColonLabel } from '../../../src/graph/miner/definitions.ts';
import { keyOfKeyValue } from '../../../src/graph/labels.ts';
import { isQualifiedKey, notAConcept } from '../../../src/graph/miner/label-rules.ts';
import { QUESTION_SHAPES, questionSubjects } from '../../../src/graph/miner/question-subjects.ts';
import { cleanup, contentDir } from './helpers.ts';

afterAll(cleanup);

const para = (md: string) => fromMarkdown(md).children[0] as Paragraph;
const rules = (md: string) => proseDefinitions(para(md)).map((d) => `${d.subject}:${d.rule}`);
const note = (...lines: string[]) => lines.join('\n') + '\n';
const defined = (g: Graph) => g.notes![0]!.defines.map((id) => g.concepts.find((c) => c.id === id)!.title);

describe('everyday English and names (SUBTLEX-US frequencies)', () => {
  it.each(['release', 'list', 'watch', 'tag', 'note', 'tips', 'lists', 'watching'])('%s is everyday English', (w) => {
    expect(everydayEnglish(w)).toBe(true);
    expect(rareLatinWord(w)).toBe(false);
  });
  it.each(['kubelet', 'etcd', 'jq', 'resync', 'informer', 'overlayfs', 'workqueue'])('%s is a name', (w) => {
    expect(rareLatinWord(w)).toBe(true);
  });
  it('does not read a plural, a capitalised word or a short token as a lower-case name', () => {
    expect(rareLatinWord('informers')).toBe(false);
    expect(rareLatinWord('Informer')).toBe(false); // capitalised words are names by their spelling already
    expect(rareLatinWord('x')).toBe(false);
  });
});

describe('lower-case names as subjects', () => {
  it.each([
    ['workqueue 负责把同一个 key 的多次变化合并成一次处理。', 'workqueue:prose-role'],
    ['lsof 可以用来查看进程打开了哪些文件。', 'lsof:prose-purpose'],
  ])('%s → %s', (md, expected) => {
    expect(rules(md)).toContain(expected);
  });
  it.each([
    'list 负责把结果返回给调用方。', // an everyday word with a does-predicate is no name
    'registry 是对外的。', // 是…的 says how it is
    'watch 会一直开着。',
  ])('%s defines nothing', (md) => {
    expect(rules(md)).toEqual([]);
  });
});

describe('where a subject may stand', () => {
  it('reads a Latin subject placed inside what was just named (里面的, 其中的, 这个)', () => {
    expect(rules('控制器进程里面的 workqueue 负责去重和限速。')).toContain('workqueue:prose-role');
    expect(rules('这个 Stern 只管把多个 Pod 的日志合在一起。')).toContain('Stern:prose-scope');
  });
  it('does not read a Chinese phrase or a plain word there', () => {
    expect(rules('里面的东西负责什么我也不清楚。')).toEqual([]);
    expect(rules('这个 list 负责返回结果。')).toEqual([]);
  });
  it('reads a name introduced before a colon, then taken up by 它', () => {
    expect(rules('还有个常被忽略的 crun：它是一个用 C 写的 OCI 运行时。')).toContain('crun:prose-introduced → prose-copula');
    expect(rules('还有个问题：它是怎么来的。')).toEqual([]);
  });
  it('reads a quoted Chinese gloss after a marked copula, not a quoted value after the bare 是', () => {
    expect(rules('kustomize 说白了就是“给 YAML 打补丁的工具”。')).toContain('kustomize:prose-copula');
    expect(rules('Pod 的状态说白了就是"Running"。')).toEqual([]);
  });
});

describe('names introduced, then said what they are', () => {
  it('reads a clause that leaves out the name the clause before introduced (有个 X，是一个…)', () => {
    expect(rules('排查网络时我们有个 netshoot，是一个装满调试工具的镜像。')).toContain('netshoot:prose-introduced → prose-copula');
  });
  it('reads 它是一个/另一种 after any clause that ends on a name', () => {
    expect(rules('日志这块最近也常见 Vector，它是另一种采集器。')).toContain('Vector:prose-introduced → prose-copula');
  });
  it('does not read a plain word or a comment as introduced', () => {
    expect(rules('排查网络时我们有个习惯，是一个好习惯。')).toEqual([]);
    expect(rules('最近也常见 Vector，它很快。')).toEqual([]);
    expect(rules('最近也常见这个问题，它是另一种情况。')).toEqual([]);
  });
  it('reads a name past an adverb of time before its predicate', () => {
    expect(rules('Kueue 已经内置在一些发行版里。')).toContain('Kueue:prose-runs-as');
    expect(rules('日志已经内置在镜像里。')).toEqual([]);
  });
  it('reads a name glossed in Chinese and explained after a colon (prose-glossed-colon)', () => {
    expect(rules('常见的办法是 warm-pool（预热池）：先放几个占位 Pod 占着资源。')).toContain('warm-pool:prose-glossed-colon');
    expect(rules('比如 Pod（容器组）：这个先不讲。')).toEqual([]); // an API kind
    expect(rules('副本数设成 3（三个）：够用了。')).toEqual([]);
  });
});

describe('names set in bold mid-paragraph', () => {
  it('knows which bold phrases can be names', () => {
    expect(boldName('弹性扩容：')).toEqual({ name: '弹性扩容', aliases: [], colon: true });
    expect(boldName('原地升级（in-place upgrade）')).toEqual({ name: '原地升级', aliases: ['in-place upgrade'], colon: false });
    expect(boldName('注意')).toBeUndefined();
    expect(boldName('不要')).toBeUndefined();
    expect(boldName('这一点')).toBeUndefined();
    expect(boldName('我们为什么要这样做')).toBeUndefined();
  });
  it('reads a bold name explained after its colon, anywhere in a sentence', () => {
    expect(rules('流量突增时靠**预热扩容**：提前拉起一批空闲副本。')).toContain('预热扩容:prose-bold-colon');
  });
  it('reads a bold name opening a clause after a semicolon', () => {
    expect(rules('前一种靠人工处理；**自动修复**则是控制器发现异常后自己重建 Pod。')).toContain('自动修复:prose-copula');
  });
  it('leaves a bold phrase inside another label\'s definition, a generic label and emphasis alone', () => {
    expect(rules('**Ingress** 就是给集群外的流量一个**统一的入口**：按域名和路径分发。')).toEqual([]);
    expect(rules('改之前一定要**注意**：先备份。')).toEqual([]);
    expect(rules('这一步**千万别跳过**，否则会丢数据。')).toEqual([]);
  });
});

describe('names described in parentheses', () => {
  it('reads a name followed by what it is', () => {
    expect(rules('日志最后写进 loki（一个只索引标签的日志存储）里。')).toContain('loki:prose-paren-gloss');
    expect(rules('镜像里装了 `dumb-init`（一种很小的 init 进程），负责转发信号。')).toContain('dumb-init:prose-paren-gloss');
  });
  it('leaves an API kind, an everyday word and a quantity alone', () => {
    expect(rules('调度器把 Pod（一个或多个容器）放到节点上。')).toEqual([]);
    expect(rules('请求先到 gateway 的 web（一个前端服务）上。')).toEqual([]);
    expect(rules('超时设成 timeout（一般 30 秒）即可。')).toEqual([]);
  });
});

describe('bold definitions one per line of a paragraph', () => {
  it('reads each line\'s bold label, the first by definitions.ts and the others as prose', async () => {
    const g = await loadGraph(await contentDir({
      'notes/n.md': note('# 打包', '', '**Bundle：**打包好的一组清单。', '**Overlay：**按环境叠加在 Bundle 上的补丁。', '**注意：**别提交密钥。'),
    }), { layout: false });
    const titles = defined(g);
    expect(titles).toEqual(expect.arrayContaining(['Bundle', 'Overlay']));
    expect(titles).not.toContain('注意');
  });
});

describe('tables of parts and what they do', () => {
  it('makes each part a term, with the rule named in --explain', async () => {
    const dir = await contentDir({
      'notes/n.md': note(
        '# 日志采集',
        '',
        '| 组件 | 跑在哪里 | 作用 |',
        '| --- | --- | --- |',
        '| fluent-bit | 每个节点 | 读容器日志文件并转发 |',
        '| `vector-aggregator` | 集群里 | 汇总、过滤后写进存储 |',
        '',
        '| type | 含义 |',
        '| --- | --- |',
        '| json-file | 默认的日志驱动 |',
        '',
        '| 插件 | 备注 |',
        '| --- | --- |',
        '| Calico | 支持网络策略 |',
      ),
    });
    const g = await loadGraph(dir, { layout: false });
    const titles = defined(g);
    expect(titles).toEqual(expect.arrayContaining(['fluent-bit', 'vector-aggregator']));
    // a table of values or types, and a table of parts without a what-it-does column, define nothing
    expect(titles).not.toContain('json-file');
    expect(titles).not.toContain('Calico');
    const r = spawnSync(process.execPath, ['src/cli/main.ts', 'graph', '--content', dir, '--explain', 'fluent-bit'], { encoding: 'utf8' });
    expect(r.stdout).toMatch(/notes\/n\.md:5:\d+\s+"fluent-bit"\s+\[table-role/);
  });
});

describe('lists of kinds', () => {
  it('makes each kind named in two languages a term, and leaves bare values and cases alone', async () => {
    const g = await loadGraph(await contentDir({
      'notes/n.md': note(
        '# 镜像拉取',
        '',
        '拉取镜像的策略一共三种：',
        '',
        '- 懒加载拉取（Lazy Pull）先拉清单，用到哪层再取哪层。',
        '- 预热拉取（Prefetch）则在调度之前就把镜像放到节点上。',
        '- Plain 把整个镜像一次拉下来。',
        '',
        '出问题一般有两种情况：',
        '',
        '- 镜像仓库（Registry）连不上。',
      ),
    }), { layout: false });
    const titles = defined(g);
    expect(titles).toEqual(expect.arrayContaining(['懒加载拉取', '预热拉取']));
    expect(titles).not.toContain('Plain');
    expect(titles).not.toContain('镜像仓库');
  });
});

describe('a name spelt like a type, given by a naming verb with what sort of thing it is', () => {
  it('reads 叫 X 的队列 when X is spelt like a type and the noun is a part of a program', async () => {
    const { namesGiven } = await import('../../../src/graph/miner/naming-verbs.ts');
    const given = (t: string) => namesGiven(t).map((x) => x.name);
    expect(given('变化先放进一个叫 RingBuffer 的队列，再慢慢处理。')).toEqual(['RingBuffer']);
    expect(given('限速交给一个叫 tokenBucket 的组件。')).toEqual(['tokenBucket']);
    // an instance's name: a plain word, an API kind after 的, a thing a user runs
    expect(given('我建了一个叫 web 的队列。')).toEqual([]);
    expect(given('一个叫 MyApp 的 Deployment 起不来。')).toEqual([]);
    expect(given('我们起了一个叫 webApp 的服务。')).toEqual([]);
  });
});

describe('an English word in running text and a term mined from the capitalised word', () => {
  it('is no mention of it, while a name by its spelling and the term as spelt still are', async () => {
    const g = await loadGraph(await contentDir({
      'notes/a.md': note('# 发布', '', '**Snapshot：**一次发布留下的只读记录。', '', '**Kubeflux：**一个调度插件。'),
      'notes/b.md': note('# 存储', '', '卷的 snapshot 由存储后端保存，kubeflux 也在用。'),
      'notes/c.md': note('# 回看', '', '再看一眼 Snapshot 的列表。'),
    }), { layout: false });
    const mentioned = (file: string) => g.notes!.find((n) => n.file === file)!.mentions.map((id) => g.concepts.find((c) => c.id === id)!.title);
    // `snapshot` (an English word) is not the mined `Snapshot`; `kubeflux` (no English word) still
    // names `Kubeflux`; `Snapshot` as spelt names it
    expect(mentioned('notes/b.md')).toEqual(['Kubeflux']);
    expect(mentioned('notes/c.md')).toEqual(['Snapshot']);
  });
  it('leaves concepts not mined, and words that are no English, as they were', async () => {
    const { englishWordNamesMinedTerm } = await import('../../../src/graph/miner/mentions.ts');
    expect(englishWordNamesMinedTerm('revision', { title: 'Revision', aliases: [], mined: true, kind: 'term' })).toBe(true);
    expect(englishWordNamesMinedTerm('revision', { title: 'Revision', aliases: ['revision'], mined: true, kind: 'term' })).toBe(false);
    expect(englishWordNamesMinedTerm('service', { title: 'Service', aliases: [], kind: 'object' })).toBe(false);
    expect(englishWordNamesMinedTerm('kubeflux', { title: 'Kubeflux', aliases: [], mined: true, kind: 'term' })).toBe(false);
  });
});

describe('keys written as domain/name and plain-text labels by their spelling (rules2)', () => {
  it('tells a domain/name key from a path or URL', () => {
    expect(isQualifiedKey('example.com/owner')).toBe(true);
    expect(isQualifiedKey('https://example.com/owner')).toBe(false);
    expect(isQualifiedKey('/etc/kubernetes/pki')).toBe(false);
    expect(isQualifiedKey('example.com/owner 这个注解')).toBe(false);
    expect(notAConcept('example.com/owner')?.name).toBe('qualified-key');
    expect(notAConcept('https://example.com/x')?.name).toBe('path-or-url');
    expect(notAConcept('acme.io/x 类型')?.name).toBe('path-or-url');
  });

  it('reads the plain-text label of a file, a key or a command opening its paragraph, nothing else', () => {
    expect(textColonLabel(para('backup.yaml：备份任务的配置，每晚读一次。'))).toBe('backup.yaml');
    expect(textColonLabel(para('acme.io/tier：给 Pod 分级用的注解。'))).toBe('acme.io/tier');
    expect(textColonLabel(para('kubectl cordon: 把节点标成不可调度。'))).toBe('kubectl cordon');
    // look-alikes: a Chinese label, a YAML line, a sentence with a colon, a colon with nothing after
    expect(textColonLabel(para('优点：简单。'))).toBeUndefined();
    expect(textColonLabel(para('image:nginx 就行'))).toBeUndefined();
    expect(textColonLabel(para('我们把 backup.yaml 改了：加了一行。'))).toBeUndefined();
    expect(textColonLabel(para('backup.yaml：'))).toBeUndefined();
  });

  it('defines a domain/name key or a file that opens its explanation, and not one named in passing', async () => {
    const g = await loadGraph(await contentDir({
      'notes/n.md': note(
        '# 自定义注解与文件',
        '',
        '- **acme.io/backup-policy：** 告诉备份控制器这个卷要不要备份。',
        '- backup.yaml：备份任务的配置，控制器每晚读一次。',
        '',
        '顺便说一句，我们给所有卷都打了 acme.io/backup-policy，也把 restore.yaml 放进了仓库。',
      ),
    }), { layout: false });
    expect(defined(g)).toEqual(expect.arrayContaining(['acme.io/backup-policy', 'backup.yaml']));
    expect(defined(g)).not.toContain('restore.yaml');
    const other = await loadGraph(await contentDir({
      'notes/n.md': note('# 注解', '', '我们给所有卷都打了 acme.io/backup-policy，值是 daily。', '', '- 相关文件在 /etc/acme/backup.yaml：每晚读一次。'),
    }), { layout: false });
    expect(defined(other).filter((t) => /acme|backup/.test(t))).toEqual([]);
  });

  it('defines a label key that is also a taint when its item says it is a taint (or a label), not when it glosses a value', async () => {
    const g = await loadGraph(await contentDir({
      'notes/n.md': note('# 控制平面', '', '- `node-role.kubernetes.io/control-plane`：kubeadm 给控制平面节点加的污点，普通 Pod 默认不会调度上去。'),
    }), { layout: false });
    expect(defined(g)).toContain('node-role.kubernetes.io/control-plane');
    const other = await loadGraph(await contentDir({
      'notes/n.md': note('# 控制平面', '', '- `node-role.kubernetes.io/control-plane`：这台机器是控制平面。'),
    }), { layout: false });
    expect(defined(other)).not.toContain('node-role.kubernetes.io/control-plane');
  });
});

describe('the key of a key=value form (one home: labels.ts keyOfKeyValue)', () => {
  it('names the key, hyphens and dots included, only when a value follows', () => {
    expect(keyOfKeyValue('enableServiceLinks=false')).toBe('enableServiceLinks');
    expect(keyOfKeyValue('preferred-context=staging')).toBe('preferred-context');
    expect(keyOfKeyValue('dnsConfig.options: ndots')).toBe('dnsConfig.options');
    expect(keyOfKeyValue('ports[].name=http')).toBe('ports[].name');
    // look-alikes: no value, a colon with no space (a URL, a YAML line as written), a Chinese label, a flag
    expect(keyOfKeyValue('enableServiceLinks=')).toBeUndefined();
    expect(keyOfKeyValue('http://example.com')).toBeUndefined();
    expect(keyOfKeyValue('注意: 别删')).toBeUndefined();
    expect(keyOfKeyValue('--dry-run=client')).toBeUndefined();
  });
});

describe('question headings that ask what one name is (QUESTION_SHAPES, rules2; more shapes in rules29)', () => {
  it.each(QUESTION_SHAPES.map((q) => [q.name, q.example, q.lookAlike] as const))('%s: reads its example, not its look-alike', (_, example, lookAlike) => {
    expect(questionSubjects(example).length).toBeGreaterThan(0);
    expect(questionSubjects(lookAlike)).toEqual([]);
  });

  it('reads the name of one question among two, strips a value, and leaves pairs and questions about a phrase alone', () => {
    expect(questionSubjects('Q2：集群外的域名怎么转发？upstream 是什么？')).toEqual([{ name: 'upstream', rule: 'what-is' }]);
    expect(questionSubjects('### 3. maxSkew=1 是什么意思？')).toEqual([]); // (the heading marks are no part of the label)
    expect(questionSubjects('3. maxSkew=1 是什么意思？')).toEqual([{ name: 'maxSkew', rule: 'what-is' }]);
    // (rules29: a why-question about a name asks about it: question-subjects.ts)
    expect(questionSubjects('为什么需要 Operator？')).toEqual([{ name: 'Operator', rule: 'why-needed' }]);
    expect(questionSubjects('`requests` 和 `limits` 是干嘛的？')).toEqual([]);
    expect(questionSubjects('探针到底在探什么？')).toEqual([]);
  });

  it('defines the name a question heading asks about, and nothing for a question about a phrase', async () => {
    const g = await loadGraph(await contentDir({
      'notes/n.md': note('# 问答', '', '### Q1：upstream 是什么？', '', '答：上游服务器，转发不了的查询交给它。', '', '### Q2：这个插件到底是干嘛的？', '', '答：缓存。'),
    }), { layout: false });
    expect(defined(g)).toContain('upstream');
    expect(defined(g).filter((t) => /插件/.test(t))).toEqual([]);
  });
});
