/**
 * lead48 (docs/miner.md "Lead (forty-eighth session)"): a container's states set out one by one (`- Waiting —— …`,
 * `- Running —— …`, `- Terminated —— …`) are states of the field most of the list's values share — a container's state,
 * not the Pod's phase nor a Node's — with no kind in sight; and a field the API has at two sibling places
 * (`state` / `lastState`, `ingress` / `egress`) is placed under the path the note writes just before it
 * (written-place.ts). Notes written for this test, not taken from the corpora.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { List } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { runStages } from '../../../src/graph/load.ts';
import { explainConcept } from '../../../src/graph/explain.ts';
import { listStatesAlone } from '../../../src/graph/miner/alone-names.ts';
import { siblingUnderWritten, WRITTEN_ROOT_PATH } from '../../../src/graph/miner/written-place.ts';
import { NAMED_WAY_SHAPE, namedWayLabel, listRole } from '../../../src/graph/miner/definitions.ts';
import type { RootContent } from 'mdast';
import { fieldAt } from '../../../src/graph/vocabulary/index.ts';
import { cleanup, contentDir } from './helpers.ts';

afterAll(cleanup);

const listOf = (md: string) => fromMarkdown(md).children.find((n): n is List => n.type === 'list')!;
const stagesOf = async (...lines: string[]) => runStages(await contentDir({ 'notes/n.md': lines.join('\n') + '\n' }), { layout: false });

describe('listStatesAlone: the field most of the values share', () => {
  it('gives a container state list the container state, a phase list the phase, and no field on a tie', () => {
    const states = listStatesAlone(listOf('- Waiting：还没跑起来。\n- Running：正在运行。\n- Terminated：已经结束。'));
    expect(states.map((x) => [x.name, x.field])).toEqual([
      ['Waiting', 'Pod status.containerStatuses[].state'],
      ['Running', 'Pod status.containerStatuses[].state'],
      ['Terminated', 'Pod status.containerStatuses[].state'],
    ]);
    const phases = listStatesAlone(listOf('- Pending：还没调度上。\n- Running：至少一个容器在跑。\n- Failed：有容器失败退出。'));
    expect(phases.find((x) => x.name === 'Running')!.field).toBe('Pod status.phase');
    // (two values only, both a Pod phase and a Node phase: no field the list decides)
    const tied = listStatesAlone(listOf('- Pending：还没好。\n- Running：在跑。'));
    expect(tied.map((x) => x.field)).toEqual([undefined, undefined]);
  });
});

describe('siblingUnderWritten: the sibling place under the path written just before', () => {
  const lastRunning = fieldAt('Pod', 'status.containerStatuses[].lastState.running.startedAt')!;
  const egressPorts = fieldAt('NetworkPolicy', 'spec.egress[].ports')!;
  it('moves a field to the sibling place the nearest related path names, keeps it under its own', () => {
    expect(siblingUnderWritten(lastRunning, [['status.containerStatuses[].state']])?.path).toBe('status.containerStatuses[].state.running.startedAt');
    expect(siblingUnderWritten(egressPorts, [['spec.podSelector'], ['spec.ingress']])?.path).toBe('spec.ingress[].ports');
    expect(siblingUnderWritten(egressPorts, [['spec.egress'], ['spec.ingress']])).toBe(egressPorts);
  });
  it('makes no choice where the nearest line writes both siblings', () => {
    expect(siblingUnderWritten(egressPorts, [['spec.ingress', 'spec.egress']])).toBe(egressPorts);
    const ingressPorts = fieldAt('NetworkPolicy', 'spec.ingress[].ports')!;
    expect(siblingUnderWritten(ingressPorts, [['spec.ingress', 'spec.egress'], ['spec.egress']])).toBe(ingressPorts);
  });
  it('leaves a field when no written path relates, or the API has no such sibling', () => {
    expect(siblingUnderWritten(egressPorts, [['spec.podSelector']])).toBeUndefined();
    expect(siblingUnderWritten(egressPorts, [['status.phase']])).toBeUndefined();
    expect(siblingUnderWritten(lastRunning, [['status.containerStatuses[].image']])).toBeUndefined();
    expect(siblingUnderWritten(egressPorts, [['spec']])).toBeUndefined();
  });
  it('finds paths from an object root as writers spell them, not other dotted words', () => {
    const found = (s: string) => [...s.matchAll(WRITTEN_ROOT_PATH)].map((m) => m[0]);
    expect(found('写在 status.containerStatuses[].state 里，或 spec.ingress[0].from')).toEqual(['status.containerStatuses[].state', 'spec.ingress[0].from']);
    expect(found('见 app.properties 和 kubernetes.io/tls、spec 字段')).toEqual([]);
  });
});

describe('namedWayLabel: a step or practice named in Chinese with its English name', () => {
  const listsOf = (md: string) => {
    const blocks = fromMarkdown(md).children;
    const i = blocks.findIndex((n) => n.type === 'list');
    return { role: listRole(fromMarkdown(md).children[i - 1] ? md.split('\n\n')[0]! : ''), items: (blocks[i] as List).children as RootContent[] };
  };
  it('reads the example\'s names in a ways list, and none of the look-alikes', () => {
    const ex = listsOf(NAMED_WAY_SHAPE.example);
    expect(ex.role).toBe('ways');
    expect(ex.items.map((it) => namedWayLabel(it)?.replace(/\s*\(.*$/, ''))).toEqual([...NAMED_WAY_SHAPE.gives]);
    for (const l of NAMED_WAY_SHAPE.lookAlikes) {
      const x = listsOf(l);
      expect(x.role, l).toBe('ways');
      expect(x.items.map((it) => namedWayLabel(it)), l).toEqual(x.items.map(() => undefined));
    }
  });
});

describe('in a note', () => {
  it('reads the scheduler\'s two named phases under 分两步', async () => {
    const ctx = await stagesOf(
      '# 调度',
      '',
      'kube-scheduler 给每个 Pod 选一个节点，分两步：',
      '',
      '1. **过滤（Filter）**：把不满足条件的节点去掉，比如资源不够。',
      '2. **打分（Score）**：给剩下的节点打分，分最高的胜出。',
      '',
      '注入配置有两种方式：',
      '',
      '- **环境变量**：逐个键引用。',
      '- **卷**：每个键一个文件。',
    );
    const g = ctx.graph!;
    const titles = g.concepts.map((c) => c.title);
    // (titled as written, the English name glossed: `过滤（Filter）`, as any bold label with its gloss)
    for (const t of ['过滤', '打分']) expect(titles.some((x) => x.startsWith(t)), t).toBe(true);
    for (const t of ['环境变量', '卷']) expect(titles, t).not.toContain(t);
  });

  it('types Waiting / Running / Terminated as container states and places startedAt under state', async () => {
    const ctx = await stagesOf(
      '# 容器状态',
      '',
      '每个容器还有自己的状态，写在 `status.containerStatuses[].state` 里：',
      '',
      '- Waiting —— 还没跑起来，比如在拉镜像。',
      '- Running —— 正在运行，`startedAt` 记录开始的时间。',
      '- Terminated —— 已经结束，`exitCode` 是退出码。',
    );
    const g = ctx.graph!;
    for (const t of ['Waiting', 'Running', 'Terminated']) expect(g.concepts.find((c) => c.title === t)?.kind, t).toBe('state');
    const started = g.concepts.find((c) => c.title === 'startedAt')!;
    expect(started.fieldPath).toBe('status.containerStatuses[].state.running.startedAt');
    expect(g.concepts.find((c) => c.title === 'exitCode')!.fieldPath).toBe('status.containerStatuses[].state.terminated.exitCode');
    expect(explainConcept(ctx, started.id)).toContain('written-sibling-place');
  });

  it('places ports under the ingress item it is nested in, and leaves lastState where the note writes it', async () => {
    const ctx = await stagesOf(
      '# NetworkPolicy',
      '',
      'NetworkPolicy 用来控制 Pod 之间的流量。',
      '',
      '- **spec.podSelector**：选中哪些 Pod。',
      '- **spec.ingress**：入站规则，每条规则里：',
      '  - `from`：允许谁访问。',
      '  - `ports`：允许访问的端口和协议。',
      '- **spec.egress**：出站规则，写法和 ingress 一样，只是用 `to` 代替 `from`。',
      '',
      '## 上一次的状态',
      '',
      '重启过的容器在 `status.containerStatuses[].lastState` 里留着上一次的状态，`finishedAt` 是它结束的时间。',
    );
    const g = ctx.graph!;
    expect(g.concepts.find((c) => c.title === 'ports')?.fieldPath).toBe('spec.ingress[].ports');
    expect(g.concepts.find((c) => c.title === 'finishedAt')?.fieldPath).toBe('status.containerStatuses[].lastState.terminated.finishedAt');
  });
});
