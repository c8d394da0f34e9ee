/**
 * The prose predicate table (src/graph/miner/prose-predicates.ts) and the subject rules of
 * prose.ts: every predicate's own example and look-alike, then sentences written for this test
 * (not taken from the corpora) for each kind of subject — lower-case and multi-word English terms,
 * a Latin name with a Chinese head noun, plain Chinese phrases, Chinese names glossed in English,
 * names introduced for the next clause, classifications — each with look-alikes that must define
 * nothing. Last, a whole note through the graph with `--explain` naming the rule.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { fromMarkdown } from 'mdast-util-from-markdown';
import type { Paragraph } from 'mdast';
import { loadGraph } from '../../../src/graph/index.ts';
import { chineseSubjectOk, proseContext, proseDefinitions, type ProseContext } from '../../../src/graph/miner/prose.ts';
import { INTRODUCED_CAPABILITY, PROSE_PREDICATES } from '../../../src/graph/miner/prose-predicates.ts';
import { cleanup, contentDir } from './helpers.ts';

afterAll(cleanup);

const para = (md: string) => fromMarkdown(md).children[0] as Paragraph;
const rules = (md: string, context?: ProseContext) => proseDefinitions(para(md), context ? { context } : {}).map((d) => `${d.subject}:${d.rule}`);
/** A context in which the given words recur (the rest of a chapter keeps using them). */
const using = (...words: string[]) => proseContext(words.map((w) => `${w}，${w}，${w}。`).join('\n'), []);

describe('the predicate table', () => {
  it('has a unique name, an example and a look-alike for every predicate', () => {
    const names = PROSE_PREDICATES.map((p) => p.name);
    expect(new Set(names).size).toBe(names.length);
    for (const p of [...PROSE_PREDICATES, INTRODUCED_CAPABILITY]) {
      expect(p.example[0]).toContain(p.example[1]);
      expect(p.lookAlike).not.toBe('');
      expect(['is-a', 'does']).toContain(p.strength);
    }
  });

  it.each(PROSE_PREDICATES.map((p) => [p.name, p.example[0], p.example[1]] as const))('%s defines its example: %s', (name, sentence, subject) => {
    expect(rules(sentence)).toContain(`${subject}:${name}`);
  });

  it.each([...PROSE_PREDICATES, INTRODUCED_CAPABILITY].map((p) => [p.name, p.lookAlike] as const))('%s: the look-alike "%s" defines nothing', (_name, sentence) => {
    expect(rules(sentence)).toEqual([]);
  });

  it('reads a modal after a name just introduced (prose-capability)', () => {
    expect(rules(INTRODUCED_CAPABILITY.example[0])).toEqual([`${INTRODUCED_CAPABILITY.example[1]}:prose-introduced → prose-capability`]);
  });
});

describe('more ways of saying what a thing is or does', () => {
  it.each([
    ['Kueue 可以用来给批处理作业排队。', 'Kueue:prose-purpose'],
    ['Descheduler 就像一个定期打扫的清洁工，把放错的 Pod 赶走。', 'Descheduler:prose-equivalent'],
    ['VPA 属于 autoscaler 家族里调整单个 Pod 资源的那一类。', 'VPA:prose-copula'],
    ['MIG 指一张 GPU 切成几块独立的小卡。', 'MIG:prose-copula'],
    ['Gatekeeper 的目的是在准入阶段拦下不合规的对象。', 'Gatekeeper:prose-function'],
    ['查询端用的是 Tempo，它只索引链路 ID。', 'Tempo:prose-introduced → prose-scope'],
    ['Thanos 在这里就是个长期存储。', 'Thanos:prose-copula'],
    ['In short, Kyverno allows you to write policies as YAML.', 'Kyverno:prose-english'],
    ['Flagger is used to automate canary releases.', 'Flagger:prose-english'],
    // a bare 只 before what the subject does still says its one job
    ['Falco 只盯系统调用，不管网络。', 'Falco:prose-scope'],
  ])('%s → %s', (md, expected) => {
    expect(rules(md)).toContain(expected);
  });

  it.each([
    ['副本数会取最大值，防止指标抖一下就缩容。'],
    ['Pod 指定了 nodeName 就不走调度器。'],
    ['It allows you to skip the scheduler.'],
    ['我们通过脚本来实现自动化。'],
    ['这个开关默认是 true，它决定了版本的存储。'],
    ['Grafana 只能看不能改。'],
    ['规则是这样的：frontend 只允许 gateway 访问，backend 只允许 frontend 访问。'],
    ['我们最后换成了 Cilium，它会比原来快一点。'],
    // rules3: a bare 只 before a verb of setting or changing, or with 一下, is no scope
    ['Redis 只设 maxmemory 不设淘汰策略。'],
    ['升级时 Grafana 只改一下数据源的地址。'],
    ['网关那层 Envoy 只留了一个监听端口。'],
  ])('%s defines nothing', (md) => {
    expect(rules(md)).toEqual([]);
  });
});

describe('lower-case and multi-word English subjects', () => {
  it.each([
    ['digest 则是镜像清单内容的哈希值。', 'digest:prose-copula'],
    ['quota 相当于给每个团队划的一块地。', 'quota:prose-equivalent'],
    ['sidecar injector 负责给 Pod 加一个代理容器。', 'sidecar injector:prose-role'],
    ['pull-through cache 专门在本地缓存公共镜像。', 'pull-through cache:prose-scope'],
    ['默认的 three-way merge 是客户端算补丁的办法。', 'three-way merge:prose-copula'],
    ['比如 CAP_CHOWN 允许改文件的属主。', 'CAP_CHOWN:prose-permits'],
    ['chroot_dir 负责指明新的根目录。', 'chroot_dir:prose-role'],
  ])('%s → %s', (md, expected) => {
    expect(rules(md)).toContain(expected);
  });

  it('takes one plain word with a predicate of doing only when the chapter keeps using it', () => {
    expect(rules('stern 只管把多个 Pod 的日志合在一起看。')).toEqual([]);
    expect(rules('stern 只管把多个 Pod 的日志合在一起看。', using('stern'))).toEqual(['stern:prose-scope']);
  });

  it.each([
    ['tag 是 latest。'],
    ['tag 是 v1.2，别再用 latest 了。'],
    ['image 是 nginx 的那个容器先起来了。'],
    ['The nice thing about diff is that it shows the defaults.'],
    ['registry 是对外的。'],
  ])('%s defines nothing', (md) => {
    expect(rules(md)).toEqual([]);
  });
});

describe('a Latin name with a Chinese head noun', () => {
  it('is one concept, and a name-like Latin part is another name of it', () => {
    const [d] = proseDefinitions(para('HTTP-02 验证是 ACME 的一种挑战方式，要在 80 端口上回应。'));
    expect(d).toMatchObject({ subject: 'HTTP-02 验证', rule: 'prose-copula', aliases: ['HTTP-02'], shape: 'latin-head' });
    expect(rules('systemd 驱动决定 kubelet 通过谁去管 cgroup。')).toEqual(['systemd 驱动:prose-action']);
    expect(rules('test 命名空间是给测试同学随便折腾的地方。')).toEqual(['test 命名空间:prose-copula']);
  });

  it('not with a noun that is no kind of thing (`etcd 集群`), nor a noun read as a verb', () => {
    expect(rules('etcd 集群是三个成员组成的。')).toEqual([]);
    expect(rules('DNS 记录是根据 Service 生成的。')).toEqual([]);
  });
});

describe('a copula whose complement is a quantity', () => {
  it('measures the subject rather than defining it', () => {
    expect(rules('根证书签出来以后，CA 是十年，叶子证书只有一年。')).toEqual([]);
    expect(rules('TTL 是 30 秒，过期就重新解析。')).toEqual([]);
    expect(rules('默认的 gracePeriod 是 30s，可以改。')).toEqual([]);
  });

  it('but 一个/一种 still open a definition, and a name before a number is still read', () => {
    expect(rules('CA 是一个负责签发证书的机构，集群里所有组件都信任它。')).toEqual(['CA:prose-copula']);
    expect(rules('Lease 是一种很轻的 API 对象，节点每 10 秒续一次。')).toEqual(['Lease:prose-copula']);
  });
});

describe('plain Chinese subjects', () => {
  it.each([
    ['快照可以理解为某一时刻全部数据的一份拷贝。', '快照:prose-understood'],
    ['灰度发布说白了就是先给一小部分用户放新版本。', '灰度发布:prose-copula'],
    ['热迁移本质上是把内存页一遍遍拷到新机器上。', '热迁移:prose-copula'],
    ['所谓预热，就是在切流量之前先把缓存填满。', '预热:prose-so-called'],
  ])('%s → %s', (md, expected) => {
    expect(rules(md)).toContain(expected);
  });

  it('after the bare 是, only a phrase the chapter keeps using', () => {
    expect(rules('影子流量是一种把线上请求复制一份发给新版本的测试方式。')).toEqual([]);
    expect(rules('影子流量是一种把线上请求复制一份发给新版本的测试方式。', using('影子流量'))).toEqual(['影子流量:prose-copula']);
    // a contrast saying who does what is no definition
    expect(rules('限流是网关挡请求，熔断是客户端不再发请求。', using('限流', '熔断'))).toEqual([]);
  });

  it.each([
    ['原因就是证书过期了。'],
    ['这个办法就是重启一下。'],
    ['区别就是一个按连接一个按请求。'],
    ['绑定就是一对一的。'],
    ['没有就是选择器写错了。'],
    ['创建出来就是三个 PVC。'],
    ['架构就是 amd64 或 arm64。'],
    ['命令式和声明式是两种用法。'],
    ['真正干活就是节点上的 kubelet。'],
    ['内容其实就是一份 JSON。'],
    ['镜像也没指定就是 root。'],
    ['第一件事就是备份。'],
    ['中间是仓库路径。'],
    ['控制面组件就是这么跑起来的。'],
  ])('%s defines nothing', (md) => {
    expect(rules(md, using('原因', '办法', '区别', '绑定', '架构', '内容', '中间'))).toEqual([]);
  });

  it('checks the phrase itself', () => {
    expect(['快照', '灰度发布', '联合文件系统', '写时复制'].every(chineseSubjectOk)).toBe(true);
    expect(['问题', '这个东西', '我们的做法', '在节点上', '查下来', '镜像由若干镜像层', '两个元素'].some(chineseSubjectOk)).toBe(false);
  });
});

describe('Chinese names glossed in English (prose-gloss)', () => {
  it.each([
    ['每次写入都会触发写时复制（copy-on-write）：先拷贝再改。', '写时复制:prose-gloss'],
    ['它是一种联合文件系统（union filesystem），把几层目录叠在一起。', '联合文件系统:prose-gloss'],
    ['升级要遵守版本偏差策略（version skew policy），不能跳版本。', '版本偏差策略:prose-gloss'],
  ])('%s → %s', (md, expected) => {
    expect(rules(md)).toContain(expected);
  });

  it('keeps the English name as another name', () => {
    const d = proseDefinitions(para('两个节点之间要做时钟同步（clock sync）才行。')).find((x) => x.rule === 'prose-gloss');
    expect(d).toMatchObject({ subject: '时钟同步', aliases: ['clock sync'] });
  });

  it.each([
    ['这个值可以是集群级别（Cluster）。'],
    ['每种资源都有独立的层级（hierarchy）。'],
    ['控制器（PersistentVolume controller）会给 PVC 找合适的 PV。'],
    ['这一步叫包改写（NAT）。'],
    ['资源多的时候用可分配量（Allocatable）算。'],
  ])('%s names nothing', (md) => {
    expect(rules(md).filter((r) => r.endsWith('prose-gloss'))).toEqual([]);
  });
});

describe('a Chinese name glossed with a code name (prose-gloss-code)', () => {
  it('names the code, with the Chinese as another name', () => {
    const d = proseDefinitions(para('扩容前有一个冷却时间（`cooldownPeriod`），这段时间里不会再缩容。')).find((x) => x.rule === 'prose-gloss-code');
    expect(d).toMatchObject({ subject: 'cooldownPeriod', form: 'code', aliases: ['冷却时间'] });
  });

  it('not the means of something else, a plain word, nor a command', () => {
    expect(rules('LB 会通过健康检查端口（`healthCheckNodePort`）剔除节点。').filter((r) => r.includes('gloss'))).toEqual([]);
    expect(rules('先看一下名字（`name`）。').filter((r) => r.includes('gloss'))).toEqual([]);
    expect(rules('再看数据目录（`--data-dir`）。').filter((r) => r.includes('gloss'))).toEqual([]);
  });
});

describe('a marked copula before the way a thing works', () => {
  it('reads 就是在… / 则是把… as what the subject is, but not a way of doing that ends in 的', () => {
    expect(rules('DNS-02 验证就是在域名的 TXT 记录里放一个值让 CA 来查。')).toEqual(['DNS-02 验证:prose-copula']);
    expect(rules('滚动发布则是把旧副本一个个换成新副本。', using('滚动发布'))).toEqual(['滚动发布:prose-copula']);
    expect(rules('kubeadm 就是用静态 Pod 把组件跑起来的——这时候 API Server 还没起来。')).toEqual([]);
    expect(rules('备份就是用 `etcdctl snapshot save` 把数据存成一个文件。')).toEqual([]);
  });
});

describe('names introduced for the next clause', () => {
  it.each([
    ['根文件系统由 fuse-overlayfs 提供，它是一种在用户态实现的联合文件系统。', 'fuse-overlayfs:prose-introduced → prose-copula'],
    ['很多集群会配一个 image mirror，它专门在本地缓存公共镜像。', 'image mirror:prose-introduced → prose-scope'],
    ['凭据来自 hostAliases，这个字段写在 Pod 的 spec 里。', 'hostAliases:prose-anaphor → prose-located'],
    ['最后交给 yq 处理，yq 本身跟集群无关，就是个命令行的 YAML 处理器。', 'yq:prose-elided → prose-copula'],
    ['Traefik Mesh 是一个轻量的服务网格，相当于只管东西向流量的 Traefik。', 'Traefik Mesh:prose-elided → prose-equivalent'],
  ])('%s → %s', (md, expected) => {
    expect(rules(md)).toContain(expected);
  });

  it.each([
    ['再配一个，它会更稳。'],
    ['我们最后选了 Calico，它会更稳。'],
    ['它本身跟集群无关，就是个小问题。'],
    ['问题出在 kubelet 上，这个字段很少有人改。'],
    ['local 卷必须写节点亲和性，调度器因此知道盘在哪。'],
    ['Envoy 内置的准入插件，负责检查请求。'],
  ])('%s defines nothing', (md) => {
    expect(rules(md)).toEqual([]);
  });
});

describe('classifications (prose-kinds-of)', () => {
  it('reads each item of `分成两类：A…；B…` as a kind', () => {
    const ctx = using('令牌');
    expect(rules('认证方式一般分成两类：静态令牌写在一个文件里；动态令牌由服务按需签发。', ctx)).toEqual(['静态令牌:prose-kinds-of', '动态令牌:prose-kinds-of']);
  });

  it('not the items of a list of problems, nor without a word the chapter keeps using', () => {
    expect(rules('问题分两类：配置写错了；权限不够。', using('问题'))).toEqual([]);
    expect(rules('认证方式一般分成两类：静态令牌写在一个文件里；动态令牌由服务按需签发。')).toEqual([]);
  });
});

describe('prose subjects in a note, and --explain', () => {
  it('makes the terms and names the rule and line of each', async () => {
    const dir = await contentDir({
      'notes/fs.md': [
        '# 容器文件系统随手记',
        '',
        '容器的根文件系统一般由 overlayfs 提供，它是一种联合文件系统（union filesystem），把几层目录叠在一起。改一个下层的文件时会发生写时复制（copy-on-write）：先把文件拷到上层再改。',
        '',
        'dev 命名空间是给开发同学随便折腾的地方，删了也不心疼。问题是很多人把生产配置也放进去了。',
        '',
      ].join('\n'),
    });
    const g = await loadGraph(dir, { layout: false });
    const note = g.notes!.find((n) => n.file === 'notes/fs.md')!;
    const titles = note.defines.map((id) => g.concepts.find((c) => c.id === id)!.title);
    expect(titles).toEqual(expect.arrayContaining(['overlayfs', '写时复制', 'dev 命名空间']));
    expect(titles).not.toContain('问题');
    const id = g.concepts.find((c) => c.title === 'dev 命名空间')!.id;
    const r = spawnSync(process.execPath, ['src/cli/main.ts', 'graph', '--content', dir, '--explain', id], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/defined\s+\S*notes\/fs\.md:5:\d+\s+"dev 命名空间"\s+\[prose-copula → prose-copula-term\]/);
    const o = spawnSync(process.execPath, ['src/cli/main.ts', 'graph', '--content', dir, '--explain', 'overlayfs'], { encoding: 'utf8' });
    expect(o.stdout).toMatch(/notes\/fs\.md:3:\d+\s+"overlayfs"\s+\[prose-introduced → prose-copula/);
  });
});

describe('commands, plugins and named objects in a note, and --explain', () => {
  it('makes explained commands and plugins terms, names the rule and line, and leaves usages alone', async () => {
    const dir = await contentDir({
      'notes/ops.md': [
        '# 值班手记',
        '',
        '节点要维护时，`kubectl cordon node-7` 会把节点标成不可调度；kubectl cp 在本机和容器之间拷文件。平时用 `kubectl get pods -A` 看一眼就行。',
        '',
        'Coscheduling 插件在 Permit 阶段检查一组 Pod 是否凑齐。这部分的机制名为 PodGroup。',
        '',
      ].join('\n'),
    });
    const g = await loadGraph(dir, { layout: false });
    const note = g.notes!.find((n) => n.file === 'notes/ops.md')!;
    const titles = note.defines.map((id) => g.concepts.find((c) => c.id === id)!.title);
    expect(titles).toEqual(expect.arrayContaining(['kubectl cordon', 'kubectl cp', 'PodGroup']));
    expect(titles.some((t) => t.startsWith('Coscheduling'))).toBe(true);
    expect(titles).not.toContain('kubectl get pods');
    const explain = (name: string) => spawnSync(process.execPath, ['src/cli/main.ts', 'graph', '--content', dir, '--explain', name], { encoding: 'utf8' }).stdout;
    // The predicate rule found the explanation; the named-things vocabulary (k8s-names.json) knows
    // the command, so it resolves as `k8s-name` with its source.
    expect(explain('kubectl cordon')).toMatch(/notes\/ops\.md:3:\d+\s+"kubectl cordon"\s+\[command-effect → k8s-name \(kubectl command, /);
    expect(explain('kubectl cp')).toMatch(/notes\/ops\.md:3:\d+\s+"kubectl cp"\s+\[command-between/);
    expect(explain('PodGroup')).toMatch(/notes\/ops\.md:5:\d+\s+"PodGroup"\s+\[text-naming-named/);
  });
});
