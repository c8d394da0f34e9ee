/**
 * topics47 (docs/miner.md, "topics47"): a chapter title that names no broad area makes no topic,
 * and the chapter's concepts still have a home. Titles and notes made up for this test.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { loadGraph } from '../../../src/graph/index.ts';
import { titleNamesNoArea } from '../../../src/graph/miner/title-areas.ts';
import { headingNameHead, latinBeforeChineseHead } from '../../../src/graph/miner/heading-shapes.ts';
import { cleanup, contentDir } from './helpers.ts';

afterAll(cleanup);

const note = (...lines: string[]) => lines.join('\n') + '\n';

describe('which title phrases name a broad area', () => {
  it('an area, alone or qualified, is one', () => {
    for (const p of ['存储', '集群网络', '多集群日志', '节点自动扩缩容', '边缘计算', 'GPU 资源管理', 'Sandbox 网络', '准入控制', '混沌工程']) expect(titleNamesNoArea(p), p).toBe(false);
  });

  it('an operation, a situation, a question, a description or an object is none', () => {
    for (const p of ['证书轮换', '回滚', '节点下线', '镜像去哪了', '大内存应用的调优', '机器重启', '备份', '多集群']) expect(titleNamesNoArea(p), p).toBe(true);
  });

  it('a Latin name is not judged here', () => {
    for (const p of ['Karmada', 'Chaos Mesh', 'Velero']) expect(titleNamesNoArea(p), p).toBe(false);
  });
});

describe('a title that names no broad area', () => {
  it('makes no topic; the concepts hang under the one the title words name', async () => {
    const dir = await contentDir({
      'notes/a.md': note(
        '# 证书轮换复盘：kubelet serving 证书',
        '',
        '**kubelet serving 证书**：kubelet 对外提供 10250 端口时用的证书，默认自签。',
        '',
        '**CSR 审批**：新证书要先有人批准，签发后 kubelet 才换上。',
      ),
    });
    const g = await loadGraph(dir, { layout: false });
    expect(g.concepts.some((c) => c.kind === 'topic' && c.title.includes('证书轮换'))).toBe(false);
    const home = g.concepts.find((c) => c.title === 'kubelet serving 证书');
    expect(home).toBeDefined();
    expect(g.notes?.[0]?.home).toBe(home!.id);
    const other = g.concepts.find((c) => c.title === 'CSR 审批');
    expect(other?.parent).toBe(home!.id);
    // no concept the note made is left without an edge
    const mined = g.concepts.filter((c) => g.notes?.[0]?.defines.includes(c.id));
    for (const c of mined) expect(g.edges.some((e) => e.from === c.id || e.to === c.id), c.title).toBe(true);
  });

  it('with no title word in common, the home is the concept the note writes most', async () => {
    const dir = await contentDir({
      'notes/e.md': note(
        '# 灰度上线复盘',
        '',
        '**Recreate**：先删掉全部旧 Pod，再建新的，中间有一段停服。',
        '',
        '**maxSurge**：滚动更新时最多比期望副本数多出几个 Pod。',
        '',
        '那天 maxSurge 写成了 0，maxSurge 和 maxUnavailable 同时为 0 时 Deployment 会被拒绝。',
      ),
    });
    const g = await loadGraph(dir, { layout: false });
    expect(g.concepts.some((c) => c.kind === 'topic' && c.id !== g.root)).toBe(false);
    const home = g.concepts.find((c) => c.id === g.notes?.[0]?.home);
    expect(home?.title).toBe('maxSurge');
  });

  it('a title naming an area still makes its topic', async () => {
    const dir = await contentDir({
      'notes/b.md': note('# 集群日志笔记', '', '**节点日志轮转**：kubelet 按大小切分容器日志文件，旧文件压缩后保留几份。'),
    });
    const g = await loadGraph(dir, { layout: false });
    const topic = g.concepts.find((c) => c.kind === 'topic' && c.title === '集群日志');
    expect(topic).toBeDefined();
    expect(g.concepts.find((c) => c.title === '节点日志轮转')?.parent).toBe(topic!.id);
  });

  it('a Chinese question about an English name is about that name', async () => {
    const dir = await contentDir({
      'notes/c.md': note('# 读书笔记：为什么总是 ErrImageNeverPull', '', '**本地镜像**：拉取策略是 Never 时，kubelet 只用节点上已经有的镜像。'),
    });
    const g = await loadGraph(dir, { layout: false });
    expect(g.concepts.some((c) => c.kind === 'topic' && c.id !== g.root)).toBe(false);
    const asked = g.concepts.find((c) => c.title === 'ErrImageNeverPull');
    expect(asked?.kind).toBe('term');
    expect(g.notes?.[0]?.home).toBe(asked!.id);
  });
});

describe('a heading `<Latin name> <Chinese head>` about a name the note defines', () => {
  it('the shape and the rules it comes from', () => {
    expect(latinBeforeChineseHead('deny-all 冲突')).toBe('deny-all');
    expect(latinBeforeChineseHead('Burst 模式')).toBe('Burst');
    expect(latinBeforeChineseHead('为什么 deny-all 冲突')).toBeUndefined();
    expect(headingNameHead('heading → heading-latin-with-chinese-head')).toBe(true);
    expect(headingNameHead('heading → subtitle → heading-latin-with-chinese-head')).toBe(true);
    // a name a longer heading presents (a list of plugins) is a name of its own
    expect(headingNameHead('heading-presents → heading-latin-with-chinese-head')).toBe(false);
  });

  it('names no second concept; a heading of that shape over a name the note does not define still does', async () => {
    const dir = await contentDir({
      'notes/d.md': note(
        '# 网络策略速查',
        '',
        '**deny-all**：一条选中所有 Pod、却不放行任何入口流量的 NetworkPolicy，装上以后命名空间里默认全部拒绝。',
        '',
        '### deny-all 冲突',
        '',
        '两条策略同时选中一个 Pod 时，放行的规则取并集，deny-all 不会盖过别的策略。',
        '',
        '### Burst 模式',
        '',
        '突发流量期间，网关临时放宽每秒请求数的上限，过后再恢复。',
      ),
    });
    const g = await loadGraph(dir, { layout: false });
    const titles = g.concepts.map((c) => c.title);
    expect(titles).toContain('deny-all');
    expect(titles).not.toContain('deny-all 冲突');
    expect(g.concepts.find((c) => c.title === 'deny-all')?.aliases ?? []).not.toContain('deny-all 冲突');
    expect(titles).toContain('Burst 模式');
  });
});
