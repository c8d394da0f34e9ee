/**
 * rules28 (docs/miner.md, "rules28"): a paragraph that opens on a command's name and goes on in Chinese explains
 * the command, whatever verb it uses (`` `kubeadm upgrade plan` 不会改任何东西，它只是检查… ``,
 * `` `etcdutl snapshot restore` 不碰正在运行的 etcd… ``), unless what follows is the command's output (`的`, `里`),
 * the reader's own act with it (`看到`, `确认`), its failing (`报`, `一直`) or the name in passing (`也`, `和`):
 * command-tools.ts NOT_THE_COMMANDS_EXPLANATION, read by resolve.ts `opensExplanation` in a paragraph of its own (not a
 * step's or a checklist item's: `ownParagraph`).
 * Chapters written for this test in new words, each with look-alikes that must keep their reading.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { loadGraph } from '../../../src/graph/index.ts';
import { NOT_THE_COMMANDS_EXPLANATION, commandExplainedAfter } from '../../../src/graph/miner/command-tools.ts';
import { cleanup, contentDir } from './helpers.ts';

afterAll(cleanup);

const note = (...lines: string[]) => lines.join('\n') + '\n';
const build = async (files: Record<string, string>) => loadGraph(await contentDir(files), { layout: false });
type G = Awaited<ReturnType<typeof build>>;
const titles = (g: G) => g.concepts.filter((c) => c.id !== g.root).map((c) => c.title);

describe('what follows a command opening its paragraph', () => {
  it.each(NOT_THE_COMMANDS_EXPLANATION.map((a) => [a.start, a.example] as const))('not its explanation: %s', (start, example) => {
    const after = example.replace(/^`[^`]+`/, '');
    expect(after.trimStart().startsWith(start)).toBe(true);
    expect(commandExplainedAfter(after)).toBe(false);
  });
  it.each([
    ' 不会改任何东西，只检查能升到哪些版本。',
    ' 通过 gRPC 连到一个成员，把键空间导出成文件。',
    ' 在工作节点上只做一件事：拉新的 kubelet 配置。',
    ' 逐个替换控制平面的静态 Pod 清单。',
    ' 把包钉在当前版本。',
  ])('its explanation: %s', (after) => expect(commandExplainedAfter(after)).toBe(true));
  it.each([' ', '：', ' --all 一次全部续签。', ' v1.31 才是真正动手。'])('not Chinese right after the name: %j', (after) => expect(commandExplainedAfter(after)).toBe(false));
});

describe('a command opening its paragraph is a term when the paragraph explains it', () => {
  it('commands explained with verbs of their own are terms', async () => {
    const g = await build({
      'notes/upgrade.md': note('# 控制平面升级笔记', '',
        '`kubeadm upgrade plan` 不会改任何东西，它只检查当前版本能升到哪些版本，并列出每个组件的目标版本。', '',
        '`etcdctl snapshot save` 通过 gRPC 连到一个 etcd 成员，把整个键空间导出成一个快照文件。', '',
        '`kubeadm upgrade apply` 逐个替换控制平面的静态 Pod 清单，每换一个都等它健康了才换下一个。'),
    });
    expect(titles(g)).toEqual(expect.arrayContaining(['kubeadm upgrade plan', 'etcdctl snapshot save', 'kubeadm upgrade apply']));
  });
  it('look-alikes: the output of a command, the reader looking, the name in passing stay unmade', async () => {
    const g = await build({
      'notes/look.md': note('# 排查记录', '', '发布卡住以后先看状态。', '',
        '`kubectl get pods` 的 STATUS 列不完全等于 phase。', '',
        '`kubectl describe node` 里能看到 Conditions 和最近的事件。', '',
        '`kubectl get events` 看到一串 FailedScheduling。', '',
        '`helm status` 和 `helm history` 都看过了，没有异常。'),
    });
    for (const t of ['kubectl get pods', 'kubectl describe node', 'kubectl get events', 'helm status']) expect(titles(g)).not.toContain(t);
  });
  it('look-alike: a command opening a step or a checklist item is the reader\'s act, whatever follows', async () => {
    const g = await build({
      'notes/steps.md': note('# 恢复演练', '', '恢复完按顺序检查：', '',
        '1. `kubectl cnpg status` 等到实例全部 healthy', '2. `kubectl delete pod` 之后观察新 Pod 能不能起来', '',
        '- [ ] `velero restore describe` 逐条核对 warnings 和 errors'),
    });
    for (const t of ['kubectl cnpg status', 'kubectl delete pod', 'velero restore describe']) expect(titles(g)).not.toContain(t);
  });
});
