/**
 * rules29 (docs/miner.md, "rules29"): names a note's structure presents as a question's subject —
 * more phrasings of a question heading (what a name does or is for, why it is needed, a name alone), the same questions set as bold paragraphs over their answers, and an
 * answer's bold label read after its `A：` / `答：` marker. Notes written for this test, not taken
 * from the corpora, with look-alikes that must not change.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { Paragraph } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Graph } from '../../../src/graph/model.ts';
import { loadGraph } from '../../../src/graph/index.ts';
import { parseMarkdown } from '../../../src/graph/markdown.ts';
import { answerBody, askedName, boldQuestion, questionSubjects } from '../../../src/graph/miner/question-subjects.ts';
import { cleanup, contentDir } from './helpers.ts';

afterAll(cleanup);

const note = (...lines: string[]) => lines.join('\n') + '\n';
const mine = async (...lines: string[]): Promise<Graph> => loadGraph(await contentDir({ 'notes/n.md': note(...lines) }), { layout: false });
const titles = (g: Graph) => g.concepts.map((c) => c.title);
const asked = (q: string) => questionSubjects(q).map((x) => `${x.name}|${x.rule}`);

describe('questionSubjects: what a name does or is for (what-for)', () => {
  it.each([
    ['Q3：admissionReviewVersions 管的是什么？', 'admissionReviewVersions|what-for'],
    ['terminationGracePeriodSeconds 管的是谁？', 'terminationGracePeriodSeconds|what-for'],
    ['Q2：imagefs 到底检查了什么？', 'imagefs|what-for'],
    ['0x05 OOMKilled 是怎么来的？', 'OOMKilled|what-for'],
    ['Q6：kube-router 是怎么工作的？', 'kube-router|what-for'],
    ['Q1：Argo Workflows 解决了什么问题？', 'Argo Workflows|what-for'],
    ['Q4：Bound token 有哪些来源？', 'Bound token|what-for'],
    ['Q5：引导令牌是拿来干嘛的？', '引导令牌|what-for'],
    ['Q9：ingressClassName 什么时候起作用？', 'ingressClassName|what-for'],
    ['Prometheus 在这里扮演什么角色？', 'Prometheus|what-for'],
    ['问：租约时长到底影响什么？', '租约时长|what-for'],
    // a name with a Chinese head noun
    ['X.509 客户端证书是怎么认证的？', 'X.509 客户端证书|what-for'],
    ['pause 容器是干嘛的？', 'pause 容器|what-is'],
    // a genitive: its Latin second part, or the name of a Chinese facet
    ['Q1：Service 的 externalTrafficPolicy 是什么？', 'externalTrafficPolicy|what-is'],
    ['Q2：Vault Agent 的原理是什么？', 'Vault Agent|what-is'],
  ])('%s → %s', (q, want) => {
    expect(asked(q)).toEqual([want]);
  });

  it.each([
    // a phrase, a demonstrative, the writer's situation, a time or place after a name
    '探针到底在探什么？',
    'Q3：这个对象有哪些关键字段？',
    'Q4：镜像拉不下来怎么办？',
    'Q9：Ingress 之后是什么？',
    'Q4：imagePullPolicy 默认值是什么？',
    // an everyday English word alone is as often the writer's word
    '2. token 是怎么来的？',
    // a kind after a genitive is a kind of the thing before it
    'Q1：type=LoadBalancer 的 Service 是怎么工作的？',
  ])('%s asks about no name', (q) => {
    expect(questionSubjects(q)).toEqual([]);
  });
});

describe('questionSubjects: why a name is needed, a name alone', () => {
  it.each([
    ['为什么需要 Operator？', 'Operator|why-needed'],
    ['Q1：Pod 已经有 IP 了，为什么还要 Service？', 'Service|why-needed'],
    ['Q2：有了 LoadBalancer 为什么还要 Gateway？', 'Gateway|why-needed'],
    ['Q6：为什么要关掉 enableServiceLinks？', 'enableServiceLinks|why-needed'],
    ['4.1 为什么要内容哈希？', '内容哈希|why-needed'],
    ['Day 3：为什么需要 EndpointSlice？', 'EndpointSlice|why-needed'],
    ['**Q7：Webhook token 认证？**'.replace(/\*/g, ''), 'Webhook token 认证|bare-name'],
  ])('%s → %s', (q, want) => {
    expect(asked(q)).toEqual([want]);
  });

  it.each([
    // a verb or an adjective of two or three characters after 要, the writer, a clause
    '1.1 为什么要关心？',
    '2.1 为什么要多阶段？',
    '为什么要自己写控制器？',
    '为什么 Pod 里的程序需要身份？',
    // a subject before 为什么 (rules29 found none in the sets that was a name; a Chinese one is as often a clause)
    '改了配置为什么不生效？',
    'kube-proxy 为什么还要 conntrack？',
    // a name alone only as the whole question and without a question word; never a Chinese phrase
    'Q8：HTTPS 怎么配？',
    'Q7：subPath 有什么坑？',
    'Q9：一句话总结？',
    // pairs are left (their names are found by their own definitions)
    'Q5：ErrImagePull 和 ImagePullBackOff 有什么区别？',
  ])('%s asks about no name', (q) => {
    expect(questionSubjects(q)).toEqual([]);
  });

  it('a heading that is no question names no bare name', () => {
    expect(questionSubjects('gzip 和 zstd')).toEqual([]);
    expect(questionSubjects('Webhook token 认证')).toEqual([]);
  });

  it('askedName reads a glossed name by its name', () => {
    expect(askedName('多租户（multi-tenancy）')).toBe('多租户');
    expect(askedName('这个参数')).toBeUndefined();
  });
});

describe('a bold question set as a heading over its answer', () => {
  it('boldQuestion: a paragraph that is only a bold question', () => {
    expect(boldQuestion({ form: 'bold', rule: 'bold-only', label: 'Q2：Sidecar 容器是什么？' })).toBe(true);
    expect(boldQuestion({ form: 'bold', rule: 'bold-only', label: 'Sidecar 容器' })).toBe(false);
    expect(boldQuestion({ form: 'bold', rule: 'bold-colon', label: 'Q2：Sidecar 容器是什么？' })).toBe(false);
  });

  it('defines the name a bold question asks about, not the question, and nothing for a question about a phrase', async () => {
    const g = await mine(
      '# 面试题：流水线',
      '',
      '**Q1：Fan-out trigger 是什么？**',
      '',
      '答：一个事件同时触发多条流水线，每条各跑各的，互不等待。',
      '',
      '**Q2：流水线卡住了怎么办？**',
      '',
      '答：先看最后一步的日志，多半是凭据过期。',
    );
    expect(titles(g)).toContain('Fan-out trigger');
    expect(titles(g).filter((t) => /[?？]|卡住/.test(t))).toEqual([]);
  });
});

describe('question headings: a short name of a concept the note defines under the question', () => {
  it('attaches `Karp 影响什么` to the concept `Karp scheduler` defined above instead of making a second one', async () => {
    const g = await mine(
      '# 调度笔记',
      '',
      '## 1. 调度器',
      '',
      '**Karp scheduler（卡普调度器）**：按批次给 Pod 挑节点的调度器，写在 `spec.schedulerName` 里。',
      '',
      '### 1.1 Karp 影响什么',
      '',
      '它决定同一批 Pod 落在哪些节点上，也决定抢占时先动谁。',
    );
    expect(titles(g)).toContain('Karp scheduler（卡普调度器）');
    expect(titles(g)).not.toContain('Karp');
  });
});

describe('answerBody: an answer read after its marker', () => {
  const firstParagraph = (md: string) => parseMarkdown(md).children[0] as Paragraph;
  it.each([
    ['A：**Fan-out trigger** 就是一个事件触发多条流水线。', 'Fan-out trigger'],
    ['**答：** **Fan-out trigger** 就是一个事件触发多条流水线。', 'Fan-out trigger'],
  ])('%s opens with its bold label', (md, label) => {
    const p = answerBody(firstParagraph(md));
    expect(p.children[0]!.type).toBe('strong');
    expect(toString(p.children[0]!)).toBe(label);
  });

  it.each([
    // running text or a code span after the marker, and a paragraph with no marker, are unchanged
    '答：`pods insecure` 是让插件回答 Pod 的 A 记录。',
    '答：先看日志。',
    '**Fan-out trigger** 就是一个事件触发多条流水线。',
  ])('%s is read as it is', (md) => {
    const p = firstParagraph(md);
    expect(answerBody(p)).toBe(p);
  });

  it('defines the bold name an answer opens with', async () => {
    const g = await mine(
      '# 面试题',
      '',
      '**Q3：一次事件怎么触发多条流水线？**',
      '',
      'A：**Fan-out trigger** 就是一个事件同时触发多条流水线，每条各跑各的。',
      '',
      '**Q4：重试几次？**',
      '',
      'A：**三次**，之后报警。',
    );
    expect(titles(g)).toContain('Fan-out trigger');
    expect(titles(g)).not.toContain('三次');
  });
});
