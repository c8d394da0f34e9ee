/**
 * Names introduced with their English name in parentheses (src/graph/miner/gloss-shapes.ts):
 * the shape functions on sentences written for this test (not the corpus), each with look-alikes
 * that must not fire, then the rules through proseDefinitions and a whole note.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { fromMarkdown } from 'mdast-util-from-markdown';
import type { Paragraph } from 'mdast';
import { loadGraph } from '../../../src/graph/index.ts';
import { boldGlossed, englishGloss, kindsWithInitials, mixedGlossedNames } from '../../../src/graph/miner/gloss-shapes.ts';
import { chineseSubjectOk, proseDefinitions } from '../../../src/graph/miner/prose.ts';
import { cleanup, contentDir } from './helpers.ts';

afterAll(cleanup);

const para = (md: string) => fromMarkdown(md).children[0] as Paragraph;
const rules = (md: string) => proseDefinitions(para(md)).map((d) => `${d.subject}:${d.rule}`);

describe('englishGloss: an English name, not an identifier, a value or a remark', () => {
  it.each([
    ['sandbox', 'sandbox'],
    ['leader election', 'leader election'],
    ['desired state，通常就是 spec', 'desired state'],
    ['TTL-after-finished controller', 'TTL-after-finished controller'],
  ])('%s → %s', (raw, gloss) => expect(englishGloss(raw)).toBe(gloss));
  it.each(['imagePullPolicy', 'PDB', 'true', '0644', 'Cluster', '比如 nginx', '/var/lib/kubelet', 'a b c d e f', 'calico-node、cilium', 'fluent-bit / filebeat'])('%s → none', (raw) => {
    expect(englishGloss(raw)).toBeUndefined();
  });
});

describe('mixedGlossedNames: a Latin word with a Chinese head or modifier, glossed in English', () => {
  it.each([
    ['调度器会先检查 Node 亲和（node affinity）再打分。', 'Node 亲和', 'node affinity'],
    ['集群里有一个 DNS 缓存（dns cache），每个节点一份。', 'DNS 缓存', 'dns cache'],
    ['日志先写进 ring 缓冲区（ring buffer）再落盘。', 'ring 缓冲区', 'ring buffer'],
    ['这种 Pod 叫临时 Pod（ephemeral Pod），调试完就删。', '临时 Pod', 'ephemeral Pod'],
    ['给每个租户一个独立 namespace（dedicated namespace）。', '独立 namespace', 'dedicated namespace'],
    ['依赖的那个叫父 chart（parentchart），放在上一层。', '父 chart', 'parentchart'],
  ])('%s → %s', (text, name, gloss) => {
    expect(mixedGlossedNames(text)).toEqual([expect.objectContaining({ name, gloss })]);
  });

  it.each([
    // a place or a time after the Latin word, not a head noun
    'Pod 里（in the pod）的进程看不到宿主机。',
    'kubelet 启动时（on startup）会读这个文件。',
    // a predicate, not a head: the sentence goes on about the Latin word
    'Ingress 是七层（layer seven）的入口。',
    // a one-word gloss that is a field of the API names the field
    '先看 Service 类型（type），再看端口。',
    // the gloss is longer than the name on its left: short for more than it says
    '存储插件里的 node 部分（CSI node plugin）跑在每个节点上。',
    // a Chinese word before a Latin word the gloss does not repeat: no name of the two
    '我们部署了 Redis（an in-memory store）。',
    '用一个 Deployment（a workload）就够了。',
    // an identifier, an abbreviation or a value in the parentheses
    '限制写在 Pod 规格（spec.containers）里。',
    '预算对象 PDB 配额（PDB）要先建。',
    '挂载模式 RWO 模式（true）',
    // instances listed in the parentheses, not the English name
    '先起两个 web 副本（web-0、web-1）再扩容。',
    '网络用的是 CNI 插件（flannel / cilium）。',
  ])('%s → none', (text) => {
    expect(mixedGlossedNames(text)).toEqual([]);
  });
});

describe('boldGlossed: a bold name with its English name inside or right after the bold', () => {
  it.each([
    ['滚动发布（rolling release）', '，一批一批换。', '滚动发布', 'rolling release'],
    ['冷启动', '（cold start）：第一次拉镜像很慢。', '冷启动', 'cold start'],
    ['独占 CPU（exclusive CPU）：', '给延迟敏感的进程。', '独占 CPU', 'exclusive CPU'],
  ])('**%s**%s → %s', (raw, after, name, gloss) => {
    expect(boldGlossed(raw, after)).toEqual({ name, gloss });
  });
  it.each([
    ['不要这样做', '，很危险。'],
    ['滚动发布', '，一批一批换（比如每次两个）。'],
    ['rollout', '（rolling release）'],
    ['副本数（replicas）', '要写对。'],
    ['网络插件', '（calico、cilium）二选一。'],
  ])('**%s**%s → none', (raw, after) => {
    expect(boldGlossed(raw, after)).toBeUndefined();
  });
});

describe('kindsWithInitials: an API kind written out, its initials in parentheses', () => {
  it.each([
    ['先建一个 ResourceQuota（RQ）限制命名空间的总量。', 'ResourceQuota', 'RQ'],
    ['新版本里 ValidatingAdmissionPolicy（VAP）可以直接写 CEL。', 'ValidatingAdmissionPolicy', 'VAP'],
    ['几个 PersistentVolumeClaim（PVCs）一起删。', 'PersistentVolumeClaim', 'PVC'],
  ])('%s → %s', (text, name, initials) => {
    expect(kindsWithInitials(text)).toEqual([expect.objectContaining({ name, gloss: initials })]);
  });
  it.each([
    // the initials are not the kind's capitals
    '挂一个 PersistentVolume（PVC）也行。',
    // not a kind of the API (a product, a Go type)
    'GitLab 的 CodeOwners（CO）文件也能这么用。',
    'client-go 的 SharedInformerFactory（SIF）省连接。',
    // a kind glossed with a word, or a kind in a code span's path
    '每个 Deployment（部署）都有一个 ReplicaSet。',
    '看 apps/DaemonSet（DS）的历史。',
  ])('%s → none', (text) => {
    expect(kindsWithInitials(text)).toEqual([]);
  });
});

describe('chineseSubjectOk: a phrase ending on an adverb opens a clause', () => {
  it.each(['基本', '值一般', '端口通常', '结果大概'])('%s is no name', (s) => expect(chineseSubjectOk(s)).toBe(false));
  it.each(['镜像仓库', '快照', '期望状态'])('%s can be a name', (s) => expect(chineseSubjectOk(s)).toBe(true));
  it('so `基本就是…` defines nothing, and a name before the same copula still does', () => {
    expect(rules('单副本再配一个预算，基本就是不让驱逐。')).toEqual([]);
    expect(rules('快照就是某一时刻卷里数据的只读副本。')).toContain('快照:prose-copula');
  });
});

describe('the rules in running prose', () => {
  it('prose-gloss-mixed: the mixed name, its gloss another name', () => {
    const [d] = proseDefinitions(para('为了省内存，节点上会跑一个 image 缓存（image cache）。'));
    expect(d).toMatchObject({ subject: 'image 缓存', rule: 'prose-gloss-mixed', aliases: ['image cache'] });
  });
  it('prose-kind-initials: the kind, its initials another name', () => {
    const [d] = proseDefinitions(para('扩缩容交给 HorizontalPodAutoscaler（HPA），它按指标改副本数。'));
    expect(d).toMatchObject({ subject: 'HorizontalPodAutoscaler', rule: 'prose-kind-initials', aliases: ['HPA'] });
  });
  it('prose-bold-gloss: mid-sentence, and inside another bold label\'s definition', () => {
    expect(rules('升级分两步：先做**控制面升级（control plane upgrade）**，再逐个升级节点。')).toContain('控制面升级:prose-bold-gloss');
    expect(rules('**单机模式：** 只有一个实例。与之相对的是 **集群模式（cluster mode）**：三个实例组成一组。')).toContain('集群模式:prose-bold-gloss');
    expect(rules('磁盘是**持久资源**（durable）：断电了数据还在。')).toContain('持久资源:prose-bold-gloss');
  });
  it('a bold emphasis inside another label\'s definition, with no gloss, stays part of it', () => {
    expect(rules('**单机模式：** 只有一个实例，这种方式**不推荐**上生产，也**别**拿来压测。').filter((r) => r.includes('prose-bold'))).toEqual([]);
  });
});

describe('a whole note', () => {
  it('makes terms of glossed names, with their English names as aliases', async () => {
    const dir = await contentDir({
      'notes/runtime.md': [
        '# 节点上的运行时',
        '',
        'kubelet 先让运行时建一个 Pod 沙盒（pod sandbox），再往里面放业务容器。',
        '',
        '**运行时：** 真正起容器的程序。它底下还有一层**低层运行时（low-level runtime）**，负责和内核打交道。',
        '',
      ].join('\n'),
    });
    const g = await loadGraph(dir);
    const titles = g.notes![0]!.defines.map((id) => g.concepts.find((c) => c.id === id)!.title);
    expect(titles).toEqual(expect.arrayContaining(['Pod 沙盒', '低层运行时']));
    const sandbox = g.concepts.find((c) => c.title === 'Pod 沙盒')!;
    expect(sandbox.kind).toBe('term');
    expect(sandbox.aliases).toContain('pod sandbox');
  });
});
