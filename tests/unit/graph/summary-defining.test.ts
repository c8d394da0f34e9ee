/**
 * A concept known only from notes is summed up by the passage that defines it (its name opens
 * the passage's heading or its lead paragraph as a term), not by an earlier passage that only
 * names it inside another concept's definition (summaries.ts, definesConcept).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { definesConcept } from '../../../src/graph/summaries.ts';
import { loadGraph } from '../../../src/graph/index.ts';
import { cleanup, contentDir } from './helpers.ts';

afterAll(cleanup);

const parse = (md: string) => unified().use(remarkParse).parse(md).children;
const names = (title: string, extra: { titleZh?: string; aliases?: string[]; fieldPath?: string } = {}) => ({ title, aliases: [], ...extra });

describe('definesConcept', () => {
  const volumes = names('volumes', { fieldPath: 'spec.volumes', aliases: ['卷列表'] });
  it('takes a passage whose lead paragraph opens with the name as a defined term', () => {
    expect(definesConcept({ blocks: parse('- **volumes**：Pod 里可挂载的存储卷清单，容器用 volumeMounts 引用其中一个。\n') }, volumes)).toBe('term');
    expect(definesConcept({ blocks: parse('spec.volumes 是一个列表，每一项声明一个卷。\n') }, volumes)).toBe('term');
    expect(definesConcept({ blocks: parse('**卷列表（volumes）**：Pod 级别声明的全部卷。\n') }, volumes)).toBe('term');
  });
  it('takes a passage under a heading that is the name (numbering and a gloss aside) whose text names it, after a defined term', () => {
    expect(definesConcept({ heading: '3.2 volumes（卷）', blocks: parse('这一节讲清楚 volumes 里的卷从哪里来。\n') }, volumes)).toBe('heading');
    // a paragraph under the heading about something else (it does not name the concept) is no explanation of it
    expect(definesConcept({ heading: '3.2 volumes', blocks: parse('Operator 会把生成的文件写到节点上。\n') }, volumes)).toBe(false);
  });
  it('leaves a passage that defines another thing and names the concept in passing', () => {
    const other = parse('**临时卷（Ephemeral Volume）**：跟着 Pod 一起创建和删除的卷，同样写在 spec.volumes 里。\n');
    expect(definesConcept({ heading: '二、临时卷', blocks: other }, volumes)).toBe(false);
    // a longer word that starts with the name is no naming of it
    expect(definesConcept({ blocks: parse('volumesFrom：老版本 Docker 的写法。\n') }, volumes)).toBe(false);
  });
});

describe('a mined concept\'s summary', () => {
  it('comes from the passage that defines it, even when a passage that mentions it is read first', async () => {
    const dir = await contentDir({
      'notes/a-init.md': [
        '# 初始化容器笔记',
        '',
        '## 一、Init 容器',
        '',
        '**Init 容器（Init Container）**：写在 Pod 的 spec.initContainers 列表里的容器。它们在全部应用容器（spec.containers）启动前依次运行，前一个成功退出后才轮到下一个。',
        '',
        '```yaml',
        'apiVersion: v1',
        'kind: Pod',
        'metadata:',
        '  name: demo',
        'spec:',
        '  initContainers:',
        '  - name: wait-db',
        '    image: busybox',
        '  containers:',
        '  - name: app',
        '    image: nginx',
        '```',
        '',
      ].join('\n'),
      'notes/b-pod.md': [
        '# Pod 的字段',
        '',
        '## 字段',
        '',
        '- **containers**：应用容器的列表（spec.containers），至少要写一个，每个都要有 name 和 image。',
        '- **volumes**：Pod 级别声明的卷。',
        '',
      ].join('\n'),
    });
    const g = await loadGraph(dir, { layout: false, cache: false });
    const c = g.concepts.find((x) => x.fieldPath === 'spec.containers');
    expect(c, g.concepts.map((x) => `${x.id}:${x.fieldPath ?? ''}`).join(', ')).toBeDefined();
    // both passages are on its page, the one that defines it first (fix33a, stages/concepts.ts DEFINING_PLACE:
    // the Init container note only mentions it), so the page opens on what its summary is taken from
    expect(c!.excerpts.map((e) => e.source.file)).toEqual(['notes/b-pod.md', 'notes/a-init.md']);
    // (struct23: without the bold label that opens the definition, `containers：`)
    expect(c!.summary).toMatch(/^应用容器的列表/);
    // the Init container itself is still summed up by its own passage
    expect(g.concepts.find((x) => x.title.startsWith('Init'))?.summary).toMatch(/^写在 Pod 的 spec\.initContainers 列表里的容器/);
  });
});

describe('afterQuestion (lead37): a summary opening with a question and its answer is the answer', () => {
  it('takes the answer after 答 / 回答 / A and leaves everything else', async () => {
    const { afterQuestion } = await import('../../../src/graph/summaries.ts');
    expect(afterQuestion('immutable 有什么用？答： 把 ConfigMap 设成 immutable: true 以后就不能再改。')).toBe('把 ConfigMap 设成 immutable: true 以后就不能再改。');
    expect(afterQuestion('Q：SLSA 是啥？ A：一套供应链安全等级框架。')).toBe('一套供应链安全等级框架。');
    expect(afterQuestion('placement 有关系吗? 回答: 没有。')).toBe('没有。');
    // lead39: an answer label opening the paragraph, its question a paragraph of its own before it
    expect(afterQuestion('答：装 cert-manager，它会自动申请和续期证书。')).toBe('装 cert-manager，它会自动申请和续期证书。');
    expect(afterQuestion('A: 一套供应链安全等级框架。')).toBe('一套供应链安全等级框架。');
    // (no answer label; the question alone; two sentences before the question; an empty answer; a word
    // that only starts like the label: 答案 / Answer / ABAC)
    for (const keep of ['immutable 有什么用？把它设成 true 就不能改。', 'immutable 有什么用？', 'ConfigMap 很常用。immutable 有什么用？答：不能再改。', 'immutable 有什么用？答：', '答：', '答案：就是 42。', 'ABAC：基于属性的访问控制。', 'Answer: 42']) {
      expect(afterQuestion(keep), keep).toBe(keep);
    }
  });

  it('a Q&A pair in one paragraph sums up the concept by its answer', async () => {
    const dir = await contentDir({
      'notes/qa.md': ['# ConfigMap 问答', '', '## 问答', '', '**问：** `immutable` 有什么用？', '**答：** 把 ConfigMap 设成 immutable 以后就不能再改，kubelet 也不用再 watch 它。', ''].join('\n'),
    });
    const g = await loadGraph(dir);
    const c = g.concepts.find((x) => x.title === 'immutable');
    if (c !== undefined) expect(c.summary).toBe('把 ConfigMap 设成 immutable 以后就不能再改，kubelet 也不用再 watch 它。');
    else expect.fail(`no immutable concept: ${g.concepts.map((x) => x.title).join(', ')}`);
  });

  it('an answer whose question is a bold paragraph of its own is summed up without its answer label (lead39)', async () => {
    const dir = await contentDir({
      'notes/ingress.md': ['# Ingress 笔记', '', '## 问答', '', '**问：证书过期了怎么办？**', '', '答：装 cert-manager，它会根据 Certificate 对象自动申请和续期，把证书写进 tls 引用的 Secret。', ''].join('\n'),
    });
    const g = await loadGraph(dir);
    const c = g.concepts.find((x) => x.title === 'cert-manager');
    if (c !== undefined) expect(c.summary).toMatch(/^装 cert-manager，它会根据 Certificate/);
    else expect.fail(`no cert-manager concept: ${g.concepts.map((x) => x.title).join(', ')}`);
  });
});

describe('withListAfter (lead39): a summary that leads into a list says what the list holds', () => {
  const blocksOf = (md: string) => parse(md) as import('mdast').RootContent[];
  it('adds the items\' labels when every item opens with one, else the items\' text', async () => {
    const { withListAfter } = await import('../../../src/graph/summaries.ts');
    const modes = blocksOf('accessModes 有四种：\n\n1. ReadWriteOnce（RWO）：只能被一个节点读写挂载；\n2. ReadOnlyMany（ROX）：可以被多个节点只读挂载。\n');
    expect(withListAfter('accessModes 有四种：', modes[0] as import('mdast').Paragraph, modes)).toBe('accessModes 有四种：ReadWriteOnce（RWO）、ReadOnlyMany（ROX）。');
    const plain = blocksOf('上一次没跑完时怎么处理，三种做法：\n\n- 允许同时跑；\n- 跳过这一次\n');
    expect(withListAfter('上一次没跑完时怎么处理，三种做法：', plain[0] as import('mdast').Paragraph, plain)).toBe('上一次没跑完时怎么处理，三种做法：允许同时跑；跳过这一次。');
  });
  it('leaves a summary that ends otherwise, or whose lead is followed by no list', async () => {
    const { withListAfter } = await import('../../../src/graph/summaries.ts');
    const code = blocksOf('改成下面这样：\n\n```yaml\na: 1\n```\n\n- 不相干的列表\n');
    expect(withListAfter('改成下面这样：', code[0] as import('mdast').Paragraph, code)).toBe('改成下面这样：');
    const ended = blocksOf('accessModes 有四种。\n\n- RWO：一个节点\n');
    expect(withListAfter('accessModes 有四种。', ended[0] as import('mdast').Paragraph, ended)).toBe('accessModes 有四种。');
    // (a paragraph that is not one of the passage's blocks: nothing to follow)
    expect(withListAfter('有四种：', blocksOf('有四种：\n')[0] as import('mdast').Paragraph, modesless())).toBe('有四种：');
  });
  const modesless = () => blocksOf('- RWO：一个节点\n');
});

describe('lead40: a paragraph that leads into a table or list after it is one passage with it', () => {
  const gfm = async (md: string) => {
    const { default: remarkGfm } = await import('remark-gfm');
    return unified().use(remarkParse).use(remarkGfm).parse(md).children as import('mdast').RootContent[];
  };
  const table = '| type | 用途 |\n| --- | --- |\n| Opaque | 默认类型，任意数据 |\n| kubernetes.io/service-account-token | ServiceAccount 的令牌 |\n';
  it('withListAfter adds a table\'s first-column names, one per body row', async () => {
    const { withListAfter } = await import('../../../src/graph/summaries.ts');
    const b = await gfm(`Secret 的 type 字段决定了它的用途，常见的有：\n\n${table}`);
    expect(withListAfter('Secret 的 type 字段决定了它的用途，常见的有：', b[0] as import('mdast').Paragraph, b)).toBe('Secret 的 type 字段决定了它的用途，常见的有：Opaque、kubernetes.io/service-account-token。');
    // (a first column of phrases or sentences is no list of names: the summary stays as it is)
    const phrases = await gfm('排查顺序如下：\n\n| 步骤 | 命令 |\n| --- | --- |\n| 先看事件，再看日志。 | kubectl describe |\n');
    expect(withListAfter('排查顺序如下：', phrases[0] as import('mdast').Paragraph, phrases)).toBe('排查顺序如下：');
    const truth = await gfm('Pod 级优先于 SA 级：\n\n| Pod | SA | 结果 |\n| --- | --- | --- |\n| true | false | 挂载 |\n| false | true | 不挂载 |\n| true | true | 挂载 |\n');
    expect(withListAfter('Pod 级优先于 SA 级：', truth[0] as import('mdast').Paragraph, truth)).toBe('Pod 级优先于 SA 级：');
  });
  it('withIntroduced joins a colon-ended paragraph and the list or table right after it, nothing else', async () => {
    const { withIntroduced } = await import('../../../src/graph/miner/definitions.ts');
    const b = await gfm(`常见的有：\n\n${table}\n后面的段落。\n`);
    expect(withIntroduced(b, [b[0]!]).map((x) => x.type)).toEqual(['paragraph', 'table']);
    const list = await gfm('分成两种：\n\n- 硬性要求\n- 尽量满足\n');
    expect(withIntroduced(list, [list[0]!]).map((x) => x.type)).toEqual(['paragraph', 'list']);
    // look-alikes: no colon; a code block after it; a passage of several blocks already
    const noColon = await gfm(`常见的有这些。\n\n${table}`);
    expect(withIntroduced(noColon, [noColon[0]!]).map((x) => x.type)).toEqual(['paragraph']);
    const code = await gfm('改成下面这样：\n\n```yaml\na: 1\n```\n');
    expect(withIntroduced(code, [code[0]!]).map((x) => x.type)).toEqual(['paragraph']);
    expect(withIntroduced(b, [b[0]!, b[2]!]).length).toBe(2);
  });
  it('a field explained in prose that leads into a table shows the table and sums up by its names', async () => {
    const dir = await contentDir({
      'notes/secret.md': ['# 配置管理', '', '## Secret', '', 'Secret 用来放密码、token 这些敏感数据。', '', 'Secret 的 type 字段决定了它的用途，常见的有：', '', table, '```yaml', 'apiVersion: v1', 'kind: Secret', 'metadata:', '  name: db', 'type: Opaque', 'stringData:', '  password: x', '```', ''].join('\n'),
    });
    const g = await loadGraph(dir);
    const c = g.concepts.find((x) => x.title === 'type' && x.kind === 'field');
    if (c === undefined) expect.fail(`no type field: ${g.concepts.map((x) => `${x.title}/${x.kind}`).join(', ')}`);
    expect(c.summary).toBe('Secret 的 type 字段决定了它的用途，常见的有：Opaque、kubernetes.io/service-account-token。');
    expect(c.excerpts[0]?.html).toContain('<table>');
  });
});
