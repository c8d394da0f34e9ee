/**
 * The presentation shapes of rules6 (docs/miner.md, "rules6"): an abbreviation spelt out in
 * parentheses (gloss-shapes.ts `acronymsExpanded`, rule `prose-acronym-expanded`), a domain/name
 * key however long (label-rules.ts `sentence`, labels.ts `isClearTerm`), a domain/name key opening
 * a clause (prose.ts, rule `prose-key-subject → …`), and `一个叫 X 的对象` (naming-verbs.ts
 * `TYPED_NAME`). Sentences written for this test, not taken from the corpora, each shape with
 * look-alikes that must not fire, then whole notes and `--explain`.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { fromMarkdown } from 'mdast-util-from-markdown';
import type { Paragraph } from 'mdast';
import { loadGraph } from '../../../src/graph/index.ts';
import type { Graph } from '../../../src/graph/model.ts';
import { acronymsExpanded } from '../../../src/graph/miner/gloss-shapes.ts';
import { proseDefinitions } from '../../../src/graph/miner/prose.ts';
import { notAConcept } from '../../../src/graph/miner/label-rules.ts';
import { namesGiven } from '../../../src/graph/miner/naming-verbs.ts';
import { isClearTerm } from '../../../src/graph/labels.ts';
import { cleanup, contentDir } from './helpers.ts';

afterAll(cleanup);

const para = (md: string) => fromMarkdown(md).children[0] as Paragraph;
const rules = (md: string) => proseDefinitions(para(md)).map((d) => `${d.subject}:${d.rule}`);
const note = (...lines: string[]) => lines.join('\n') + '\n';
const defined = (g: Graph) => g.notes![0]!.defines.map((id) => g.concepts.find((c) => c.id === id)!);
const explain = (dir: string, name: string) => spawnSync(process.execPath, ['src/cli/main.ts', 'graph', '--content', dir, '--explain', name], { encoding: 'utf8' }).stdout;

describe('acronymsExpanded: an abbreviation and what it stands for, in parentheses', () => {
  it.each([
    ['交换机之间跑的是 VRRP（Virtual Router Redundancy Protocol），主备切换很快。', 'VRRP', 'Virtual Router Redundancy Protocol', undefined],
    ['内核用 RCU（Read-Copy-Update，读-复制-更新）保护这张表。', 'RCU', 'Read-Copy-Update', undefined],
    ['请求先过 WAF（Web Application Firewall，网页应用防火墙）再进网关。', 'WAF', 'Web Application Firewall', '网页应用防火墙'],
    // a word with several capitals gives them all; small English words may be left out
    ['老版本靠 IPAM（IP Address Management）分地址。', 'IPAM', 'IP Address Management', undefined],
    ['登录走的是 OIDC（OpenID Connect）。', 'OIDC', 'OpenID Connect', undefined],
    ['按 SoC（Separation of Concerns）拆模块。', 'SoC', 'Separation of Concerns', undefined],
  ])('%s → %s', (text, name, expansion, chinese) => {
    expect(acronymsExpanded(text)).toEqual([expect.objectContaining({ name, expansion, ...(chinese ? { chinese } : {}) })]);
  });
  it.each([
    // the words do not spell the abbreviation
    '每个 Pod 一个 IP（IP-per-Pod），这是网络模型的前提。',
    '镜像 GC（Image Garbage Collection）五分钟跑一次。',
    // a Chinese gloss, a single English word, a value, a list of instances
    '先看 DNS（域名解析）通不通。',
    '日志量大时开 LB（Balancer）也没用。',
    '端口写 TCP（默认）就行。',
    '常见的 CNI（Calico Network Interface、Cilium）都支持。',
    // not an abbreviation: a word with one capital
    '再看 Pod（Per Object Data）这种写法，是随口编的。',
  ])('%s → none', (text) => {
    expect(acronymsExpanded(text)).toEqual([]);
  });
});

describe('prose-acronym-expanded in running prose', () => {
  it('defines the abbreviation anywhere in a sentence, its expansion and Chinese name other names', () => {
    const [d] = proseDefinitions(para('流量进来以后由 VRRP（Virtual Router Redundancy Protocol，虚拟路由冗余协议）选出主节点，再转给后端。'));
    expect(d).toMatchObject({ subject: 'VRRP', rule: 'prose-acronym-expanded', aliases: ['Virtual Router Redundancy Protocol', '虚拟路由冗余协议'] });
  });
  it('reads one inside a bold emphasis too', () => {
    expect(rules('证书里 **SAN（Subject Alternative Name）决定能用哪些域名**，别漏了。')).toContain('SAN:prose-acronym-expanded');
  });
  it('is read inside another bold label\'s definition, which then keeps its own', async () => {
    // (an expansion longer than an alias may be, 24 characters, is kept in --explain only)
    const g = await loadGraph(await contentDir({ 'notes/n.md': note('# 网络', '', '**入口防护：** 请求先过 WAF（Web Application Firewall），再进网关。') }), { layout: false });
    const titles = defined(g).map((c) => c.title);
    expect(titles).toEqual(expect.arrayContaining(['入口防护', 'WAF']));
    const waf = defined(g).find((c) => c.title === 'WAF')!;
    expect(waf.kind).toBe('term');
    expect(waf.aliases).toContain('Web Application Firewall');
  });
  it('says the rule and the sentence in --explain', async () => {
    const dir = await contentDir({ 'notes/n.md': note('# 网络', '', '两台网关之间跑 VRRP（Virtual Router Redundancy Protocol），谁抢到虚拟 IP 谁干活。') });
    const out = explain(dir, 'VRRP');
    expect(out).toMatch(/notes\/n\.md:3:\d+ +"VRRP" +\[prose-acronym-expanded → /);
    expect(out).toContain('sentence: "两台网关之间跑 VRRP（Virtual Router Redundancy Protocol），谁抢到虚拟 IP 谁干活。"');
  });
});

describe('a domain/name key is one name however long', () => {
  const long = 'autoscaling.example.com/scale-down-disabled-after-deploy';
  it('is no sentence and a clear term', () => {
    expect([...long].length).toBeGreaterThan(40);
    expect(notAConcept(long)?.name).toBe('qualified-key');
    expect(isClearTerm(long)).toBe(true);
  });
  it('while a long phrase or a long path still is no name', () => {
    expect(notAConcept('this label is set on every node that runs the agent')?.name).toBe('sentence');
    expect(isClearTerm('一个非常非常长的描述性的短语，它其实是一句完整的话而不是一个名字')).toBe(false);
    expect(isClearTerm('/var/lib/kubelet/pods/some-very-long-directory-name/volumes/x')).toBe(false);
  });
  it('so a list item opened by a long key defines it', async () => {
    const g = await loadGraph(await contentDir({ 'notes/n.md': note('# 扩缩容', '', '常用的注解：', '', `- \`${long}\`：发布后一段时间内不缩容。`, '') }), { layout: false });
    expect(defined(g).map((c) => c.title)).toContain(long);
  });
});

describe('prose-key-subject: a domain/name key opening a clause in plain text', () => {
  it.each([
    ['example.com/owner 是打在命名空间上的标签，平台组靠它找负责人。', 'example.com/owner:prose-key-subject → prose-copula'],
    ['另外，sidecar.example.io/inject 用来控制要不要注入代理。', 'sidecar.example.io/inject:prose-key-subject → prose-purpose'],
  ])('%s → %s', (md, expected) => {
    expect(rules(md)).toContain(expected);
  });
  it.each([
    // no predicate after it, or a value, or in passing
    '给命名空间打上 example.com/owner 以后再建 Pod。',
    'example.com/owner 在这里。',
    'example.com/owner 是 team-a。',
  ])('%s defines nothing', (md) => {
    expect(rules(md).filter((r) => r.includes('example.com'))).toEqual([]);
  });
  it('makes the key a term, with the rule in --explain', async () => {
    const dir = await contentDir({ 'notes/n.md': note('# 标签', '', 'example.com/owner 是打在命名空间上的标签，平台组靠它找负责人。') });
    const g = await loadGraph(dir, { layout: false });
    expect(defined(g).find((c) => c.title === 'example.com/owner')).toMatchObject({ kind: 'term' });
    expect(explain(dir, 'example.com/owner')).toMatch(/"example\.com\/owner" +\[prose-key-subject → prose-copula → qualified-key-term\]/);
  });
});

describe('一个叫 X 的对象: the name of a sort of object (naming-verbs.ts TYPED_NAME)', () => {
  const given = (s: string) => namesGiven(s).map((g) => g.name);
  it.each([
    ['控制器和 apiserver 之间传的是一个叫 LeaseRequest 的对象。', 'LeaseRequest'],
    ['最后把它打包成一个叫 BackupPolicy 的自定义资源。', 'BackupPolicy'],
    ['它会生成一个叫 TokenGrant 的 API 对象。', 'TokenGrant'],
  ])('%s → %s', (s, name) => {
    expect(given(s)).toContain(name);
  });
  it.each([
    // an instance's name is no type's spelling
    '我建了一个叫 web 的对象。',
    '集群里有一个叫 kube-root-ca.crt 的对象。',
    // a sort of thing a user runs, not an object's kind
    '我们起了一个叫 webApp 的服务。',
  ])('%s names nothing', (s) => {
    expect(given(s)).toEqual([]);
  });
});

describe('prose-this-category: a name opening a clause, then 这个 and the kind of thing it is', () => {
  it.each([
    ['另外，drainTimeout 这个参数默认是零，表示一直等。', 'drainTimeout:prose-this-field'],
    ['`spec.paused` 这个字段会让控制器先停手。', 'spec.paused:prose-this-field'],
    ['监控方面，queue_depth_total 这个指标按队列名区分。', 'queue_depth_total:prose-this-category'],
    ['查看时，kubectl rollout history 这个子命令能列出每一版。', 'kubectl rollout history:prose-this-category'],
    ['preDrain 这个钩子在节点排空前触发。', 'preDrain:prose-this-category'],
  ])('%s → %s', (md, expected) => {
    expect(rules(md)).toContain(expected);
  });
  it.each([
    // the name in the middle of a clause is an object; 这种 / 这类 point at a sort of things
    '把 topologyKey 指向 zone 这个标签。',
    'NFS 这种文件系统谁都能挂。',
    'Gatekeeper 这类策略引擎也能做。',
    // 这个 + a noun that goes on into a genitive (`这个字段的值`) is about something else of it
    'drainTimeout 这个参数的单位是秒。',
    // a Chinese phrase before 这个 is no name
    '这个问题这个参数解决不了。',
  ])('%s defines nothing', (md) => {
    expect(rules(md).filter((r) => r.includes('this-'))).toEqual([]);
  });
  it('makes a field of a name said to be a field (never a new term), and a term of a metric, with the rule in --explain', async () => {
    const dir = await contentDir({
      'notes/n.md': note(
        '# 调度',
        '',
        '~~~yaml',
        'apiVersion: v1',
        'kind: Pod',
        'metadata:',
        '  name: web',
        'spec:',
        '  schedulerName: my-scheduler',
        '  containers:',
        '  - name: web',
        '    image: nginx',
        '~~~',
        '',
        'schedulerName 这个字段决定由哪个调度器来调度这个 Pod。监控方面，queue_depth_total 这个指标按队列名区分。',
        '',
        'fooBarSetting 这个字段是我们内部脚本用的，API 里没有。',
      ),
    });
    const g = await loadGraph(dir, { layout: false });
    expect(defined(g).find((c) => c.title === 'schedulerName')).toMatchObject({ kind: 'field', fieldPath: 'spec.schedulerName' });
    expect(defined(g).find((c) => c.title === 'queue_depth_total')).toMatchObject({ kind: 'term' });
    expect(defined(g).find((c) => c.title === 'fooBarSetting')).toBeUndefined();
    expect(explain(dir, 'queue_depth_total')).toMatch(/"queue_depth_total" +\[prose-this-category → /);
  });
});

describe('prose-introduced across a full stop: the sentence before ends on the name its verb introduces', () => {
  it.each([
    ['升级前先执行 `kubeadm certs check-expiration`。它会列出每张证书的过期时间。', 'kubeadm certs check-expiration:prose-introduced → command-effect'],
    ['节点上先装 node-problem-detector。它负责把内核问题报成节点状况。', 'node-problem-detector:prose-introduced → prose-role'],
  ])('%s → %s', (md, expected) => {
    expect(rules(md)).toContain(expected);
  });
  it.each([
    // the name is not what the sentence before ends on, or no verb introduced it
    '升级前先执行 `kubeadm certs check-expiration` 看一眼。它会列出每张证书的过期时间。',
    '这一步会重启 kubelet。它会重新读配置。',
    '我们后来换成了 Cilium。它会比原来快一点。',
  ])('%s defines nothing', (md) => {
    expect(rules(md).filter((r) => r.includes('prose-introduced'))).toEqual([]);
  });
});
