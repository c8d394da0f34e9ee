/**
 * rules19 (docs/miner.md, "rules19"): precision on notes the rules were not read against. A kind
 * of the API that a note uses throughout is its vocabulary, not a name the learned scorer adds;
 * a heading `<name> <rubric>` is about the name, not a term of its own. The notes and headings are
 * made up for this test; each rule has a look-alike that still passes.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { loadGraph } from '../../../src/graph/index.ts';
import { ALL_FEATURES, FREQUENT_KIND_MENTIONS, kindUsedThroughout, learnable } from '../../../src/graph/miner/definer.ts';
import { notAConcept, rubricHead } from '../../../src/graph/miner/label-rules.ts';
import { titleNames } from '../../../src/graph/mining.ts';
import { headingSubjectName } from '../../../src/graph/miner/definitions.ts';
import { cleanup, contentDir } from './helpers.ts';

afterAll(cleanup);

/** A feature vector with the named features set (mentions: the number of times the name occurs). */
function vector(set: Record<string, number | boolean>, mentions: number): number[] {
  const x = ALL_FEATURES.map(() => 0);
  for (const [k, v] of Object.entries(set)) x[ALL_FEATURES.indexOf(k)] = Number(v);
  x[ALL_FEATURES.indexOf('mentions')] = Math.log1p(mentions);
  return x;
}

describe('a kind the note uses throughout', () => {
  const kind = { 'api-kind': true, latin: true, 'pascal-case': true, 'cue-purpose': true };
  it('is not added by the scorer once it is used FREQUENT_KIND_MENTIONS times', () => {
    expect(kindUsedThroughout(vector(kind, FREQUENT_KIND_MENTIONS))).toBe(true);
    expect(learnable(vector(kind, FREQUENT_KIND_MENTIONS + 5))).toBe(false);
    // used a few times and explained: the scorer may add it
    expect(kindUsedThroughout(vector(kind, 3))).toBe(false);
    expect(learnable(vector(kind, 3))).toBe(true);
  });

  it('an acronym of a kind or a name that is no kind is not held back however often it occurs', () => {
    expect(kindUsedThroughout(vector({ ...kind, acronym: true, 'pascal-case': false }, 40))).toBe(false);
    expect(kindUsedThroughout(vector({ latin: true, 'camel-case': true, 'cue-colon': true }, 40))).toBe(false);
  });

  it('in a note: the kind a chapter is full of does not become a concept of it by one sentence', async () => {
    const uses = Array.from({ length: 12 }, (_, i) => `- 第 ${i + 1} 台机器上的 **Pod** 被驱逐后，Pod 又被调度回来。`).join('\n');
    const text = `# 机房搬迁的一周\n\n## 搬迁当天\n\n${uses}\n\n## 复盘\n\n这次搬迁里 Pod（一个或多个容器）用来承载每一个服务进程，Pod 负责把容器绑在一起。\n`;
    const titles = async (body: string) => (await loadGraph(await contentDir({ 'notes/n.md': body }))).concepts.map((c) => c.title);
    expect(await titles(text)).not.toContain('Pod');
    // the same explanation in a note that uses the kind a few times: a concept
    const few = `# 机房搬迁的一周\n\n## 复盘\n\n这次搬迁里 **Pod**（一个或多个容器）用来承载每一个服务进程，Pod 负责把容器绑在一起。\n`;
    expect(await titles(few)).toContain('Pod');
  });
});

describe('a heading of a name and a rubric', () => {
  it('a genre word, a facet, the make-up or relatives of the name, the name itself: a rubric', () => {
    for (const h of ['示例', '速记', '链速记', '对照表', '逐行解释', '类型', '架构', '家族', '全家桶', '自身', '这一层', '那一步']) expect(rubricHead(h), h).toBe(true);
    // kinds of the name stay names
    for (const h of ['模式', '驱动', '容器', '插件', '控制器', '注解', '']) expect(rubricHead(h), h).toBe(false);
  });

  it('the section is about the name, the heading is no term', async () => {
    expect(headingSubjectName('Harbor 架构')).toBe('Harbor');
    expect(headingSubjectName('nftables 模式')).toBeUndefined();
    const dir = await contentDir({
      'notes/n.md': [
        '# 私有仓库笔记',
        '',
        '**Harbor**：一个开源的镜像仓库，带权限和扫描。',
        '',
        '## Harbor 架构',
        '',
        '核心服务、数据库和存储三部分。',
        '',
        '## Manifest 示例',
        '',
        '下面贴一段拉镜像用的清单。',
        '',
        '## nftables 模式',
        '',
        'kube-proxy 的新后端，规则按集合组织，比 iptables 更新更快。',
        '',
      ].join('\n'),
    });
    const titles = (await loadGraph(dir)).concepts.map((c) => c.title);
    expect(titles).toContain('Harbor');
    expect(titles).not.toContain('Harbor 架构');
    expect(titles).not.toContain('Manifest 示例');
    // a kind of the name stays a name (the miner reads `nftables 模式` as nftables)
    expect(titles.some((t) => t.startsWith('nftables'))).toBe(true);
  });
});

describe('rubrics and diary entries set off in headings, genre leads of titles', () => {
  it('a day of the week places a heading in a diary', () => {
    for (const l of ['周一', '星期三', '礼拜天', 'Friday']) expect(notAConcept(l)?.name, l).toBe('sequence-marker');
    for (const l of ['周期', '周边', 'Sunday School Operator']) expect(notAConcept(l)?.name, l).not.toBe('sequence-marker');
  });

  // (audit8: nor is a Chinese name before the colon made one by being set off, `## 漏洞扫描：推送即扫`:
  // that shape made 4 right and 15 wrong concepts on the sets written after it; a section that
  // defines the name still does)
  it('a rubric set off alone in a heading is no term, nor a name only set off by the colon', async () => {
    const dir = await contentDir({
      'notes/n.md': ['# 镜像仓库', '', '## 架构：三个组件', '', '三个服务和一个数据库。', '', '## 漏洞扫描：推送即扫', '', '推送后自动扫描镜像，报告高危漏洞。', ''].join('\n'),
    });
    const titles = (await loadGraph(dir)).concepts.map((c) => c.title);
    expect(titles).not.toContain('架构');
    expect(titles).not.toContain('漏洞扫描');
    const defined = await contentDir({
      'notes/n.md': ['# 镜像仓库', '', '## 漏洞扫描：推送即扫', '', '**漏洞扫描**：推送后自动扫描镜像，报告高危漏洞。', ''].join('\n'),
    });
    expect((await loadGraph(defined)).concepts.map((c) => c.title)).toContain('漏洞扫描');
  });

  it('a run of genre words before a colon leads to the subject after it', () => {
    expect(titleNames('阅读笔记：Harbor 进阶')).toEqual(['Harbor']);
    expect(titleNames('CKA/CKAD 备考：准入控制')).toEqual(['准入控制']);
    expect(titleNames('CKS 备考 Day 3：审计策略')).toEqual(['审计策略']);
    expect(titleNames('Harbor 进阶阅读笔记')).toEqual(['Harbor']);
    // a subject before the colon stays the subject
    expect(titleNames('Harbor：从入门到实践')[0]).toBe('Harbor');
    // a diary, an interview or a post-mortem after the subject is the genre too, not part of it
    expect(titleNames('镜像同步踩坑日记')).toEqual(['镜像同步']);
    expect(titleNames('灰度发布面试题')).toEqual(['灰度发布']);
    expect(titleNames('Harbor 运维日记')).toEqual(['Harbor']);
  });
});

describe('a name and what it serves as, where it is, how it changes', () => {
  it('is a clause, not a name; a linking verb at the end closes an adverbial, a word containing the character stays a name', () => {
    for (const l of ['Harbor 做镜像缓存', 'webhook 属于准入', 'agent 所在的节点', 'QPS 越压越低']) expect(notAConcept(l)?.name, l).toBe('clause');
    for (const l of ['在内核层做', '越权', '做市']) expect(notAConcept(l)?.name, l).not.toBe('clause');
  });
});
