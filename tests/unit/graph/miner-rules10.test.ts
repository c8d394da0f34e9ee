/**
 * rules10 (docs/miner.md, "rules10"): names in running text that the chapter explains. Sentences
 * written for this test, not taken from the corpora, with look-alikes that must not fire, then
 * whole notes and `--explain`.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { loadGraph } from '../../../src/graph/index.ts';
import { siblingField } from '../../../src/graph/miner/field-place.ts';
import { proseDefinitions } from '../../../src/graph/miner/prose.ts';
import { isFlaggedCommand } from '../../../src/graph/miner/command-tools.ts';
import { fromMarkdown } from 'mdast-util-from-markdown';
import type { Paragraph } from 'mdast';
import { cleanup, contentDir } from './helpers.ts';

afterAll(cleanup);

const note = (...lines: string[]) => lines.join('\n') + '\n';
const explain = (dir: string, name: string) => spawnSync(process.execPath, ['src/cli/main.ts', 'graph', '--content', dir, '--explain', name], { encoding: 'utf8' }).stdout;

describe('siblingField: the field beside a placed field, for a name joined to it in one label', () => {
  const placed = { name: 'includeLabels', owner: 'Snapshot', path: 'spec.filter.includeLabels', holder: 'SnapshotFilter', type: '' };
  it('takes the partner\'s owner and parent path', () => {
    expect(siblingField(placed, 'excludeLabels')).toMatchObject({ name: 'excludeLabels', owner: 'Snapshot', path: 'spec.filter.excludeLabels' });
  });
  it('takes the catalogue\'s field where the API has one at that path', () => {
    const f = siblingField({ name: 'successfulJobsHistoryLimit', owner: 'CronJob', path: 'spec.successfulJobsHistoryLimit', holder: 'CronJobSpec', type: 'integer' }, 'failedJobsHistoryLimit');
    expect(f).toMatchObject({ owner: 'CronJob', path: 'spec.failedJobsHistoryLimit' });
    expect(f?.type).not.toBe('');
  });
  it.each([
    ['Deployment', 'a kind'],
    ['example.com/owner', 'a key'],
    ['IfNotPresent', 'a value spelt like a type'],
    ['排除的标签', 'a Chinese phrase'],
    ['includeLabels', 'the partner itself'],
  ])('%s (%s) is no sibling', (name) => {
    expect(siblingField(placed, name)).toBeUndefined();
  });
});

describe('rules10 in a whole note: a label joining two fields', () => {
  const example = [
    '```yaml',
    'apiVersion: archive.example.io/v1',
    'kind: Snapshot',
    'metadata:',
    '  name: nightly',
    'spec:',
    '  includedPaths:',
    '    - /data',
    '  retention: 72h',
    '```',
    '',
  ];
  it('the part the example does not set is the field beside the part it sets, with the rule in --explain', async () => {
    const dir = await contentDir({
      'notes/n.md': note(
        '# 快照工具笔记',
        '',
        '先建一个快照对象。',
        '',
        ...example,
        '几个字段记一下：',
        '',
        '- **includedPaths / excludedPaths**：按目录筛选，写 `*` 表示全部目录。',
        '- **retention**：快照保留多久，过期后控制器会把快照删掉。',
      ),
    });
    const g = await loadGraph(dir, { layout: false });
    const excluded = g.concepts.find((c) => c.title === 'excludedPaths');
    expect(excluded?.kind).toBe('field');
    expect(excluded?.owner).toBe('Snapshot');
    expect(excluded?.fieldPath).toBe('spec.excludedPaths');
    expect(explain(dir, excluded!.id)).toMatch(/joined-sibling \(includedPaths\)/);
  });

  it('a joined part beside no placed field, or spelt as no field, stays unread', async () => {
    const dir = await contentDir({
      'notes/n.md': note(
        '# 快照工具笔记',
        '',
        '先建一个快照对象。',
        '',
        ...example,
        '- **archiveMode / coldStorage**：两个都是设想中的开关，现在还没有。',
        '- **includedPaths / 排除目录**：按目录筛选。',
      ),
    });
    const g = await loadGraph(dir, { layout: false });
    const titles = g.concepts.map((c) => c.title);
    expect(titles).not.toContain('archiveMode');
    expect(titles).not.toContain('coldStorage');
    expect(titles).not.toContain('排除目录');
  });
});

/** The subjects proseDefinitions reads in a one-paragraph text, with their rules. */
function defined(text: string): string[] {
  const p = fromMarkdown(text).children[0] as Paragraph;
  return proseDefinitions(p).map((d) => `${d.subject} ${d.rule}`);
}

describe('prose-value-condition: what a field does at one of its values', () => {
  it.each([
    ['`spec.suspend` 为 true 时，控制器不再创建新的任务。', 'spec.suspend'],
    ['先建好卷。`whenDeleted` 设为 Delete 时会连卷一起删掉。', 'whenDeleted'],
    ['回收器每分钟跑一次；`gcMode` 为 Aggressive 的话，镜像一过期就删。', 'gcMode'],
    ['shareNamespace 为 false 表示每个容器各有一份进程空间。', 'shareNamespace'],
  ])('%s', (text, subject) => {
    expect(defined(text).filter((x) => x.endsWith('prose-value-condition'))).toEqual([`${subject} prose-value-condition`]);
  });
  it.each([
    // a count or a plain word for a subject, a value that is no literal of the API, no condition after it
    '副本数为 3 时，控制器会再补一个。',
    'type 为 Pods 时按个数算。',
    '`spec.suspend` 为空时什么也不做。',
    '`spec.suspend` 设为 true 就行了。',
    // a name in the middle of a clause is no subject
    '回收器看 `gcMode` 是 Aggressive 的话，每分钟清理一次。',
  ])('%s reads no value condition', (text) => {
    expect(defined(text).filter((x) => x.endsWith('prose-value-condition'))).toEqual([]);
  });
});

describe('rules10 in a whole note: a value condition', () => {
  it('explains a field inside the definition a kind\'s bold label opens, with the rule in --explain', async () => {
    const dir = await contentDir({
      'notes/n.md': note(
        '# 定时任务笔记',
        '',
        '- **CronJob**：按时间表创建 Job 的对象。`spec.suspend` 为 true 时控制器不再创建新的 Job，已经在跑的不受影响。',
      ),
    });
    const g = await loadGraph(dir, { layout: false });
    const suspend = g.concepts.find((c) => c.fieldPath === 'spec.suspend');
    expect(suspend?.kind).toBe('field');
    expect(suspend?.owner).toBe('CronJob');
    expect(explain(dir, suspend!.id)).toMatch(/prose-value-condition/);
  });
});

describe('isFlaggedCommand: a command and the mode flags that make it another command', () => {
  it.each(['kubectl diff --server-side', 'helm upgrade --install', 'kubectl get --raw', 'kubeadm certs renew --all', 'kubectl drain --force --disable-eviction'])('%s', (c) => {
    expect(isFlaggedCommand(c)).toBe(true);
  });
  it.each([
    'kubectl diff', // no flag: a command's name (isCommandName)
    'kubectl get pods -o wide', // a flag with a value
    'kubectl delete --cascade=orphan',
    'kubectl drain node-7 --force', // an argument
    'kubectl port-forward -n web -p', // a flag's value
    'kubectl drain --force --delete-emptydir-data --disable-eviction', // more than two flags: a command line
    'git commit --amend', // not a Kubernetes tool
  ])('%s is no flagged command', (c) => {
    expect(isFlaggedCommand(c)).toBe(false);
  });
});

describe('rules10 in a whole note: a command with its mode flag', () => {
  it('is a term of its own where it is explained, the bare command where only the bare one is', async () => {
    const dir = await contentDir({
      'notes/n.md': note(
        '# 发布前检查',
        '',
        '`kubectl diff --server-side` 会把清单交给 apiserver 算出合并后的结果，再和集群里的对象比较。',
        '',
        '**helm upgrade --install：** 没装过就安装，装过就升级，流水线里一条命令就够了。',
        '',
        '发布时我一般直接跑 `kubectl rollout status --watch`，等它返回再继续。',
      ),
    });
    const g = await loadGraph(dir, { layout: false });
    const titles = g.concepts.map((c) => c.title);
    expect(titles).toContain('kubectl diff --server-side');
    expect(titles).toContain('helm upgrade --install');
    expect(titles).not.toContain('kubectl diff');
    // a command run in passing is no concept, with or without its flag
    expect(titles.filter((t) => t.startsWith('kubectl rollout'))).toEqual([]);
    const helm = g.concepts.find((c) => c.title === 'helm upgrade --install')!;
    expect(helm.kind).toBe('term');
    expect(explain(dir, helm.id)).toMatch(/bold-colon/);
  });
});

describe('prose-introduced: a name introduced by turning it on, deploying or creating it, taken up by 它', () => {
  it.each([
    ['部署时会先创建一个 TenantClaim 对象，它代表一次租户申请。', 'TenantClaim prose-introduced → prose-represents'],
    ['生产集群一般会开启 ImageWatcher 控制器，它负责定期扫描节点上的镜像。', 'ImageWatcher 控制器 prose-introduced → prose-role'],
    ['扩展的入口靠的是一个 RouteBinding 对象，它的作用就是把域名指给后端。', 'RouteBinding prose-introduced → prose-function'],
    ['再部署 quota-keeper（quota keeper service）：它负责按命名空间回收配额。', 'quota-keeper prose-introduced → prose-role'],
  ])('%s', (text, want) => {
    expect(defined(text)).toContain(want);
  });
  it.each([
    // a value, a built-in kind said to do something, a verb that introduces nothing (看), no 它
    '把开关设成 true，它会定期扫描节点上的镜像。',
    '先创建一个 Deployment 对象，它会滚动更新 Pod。',
    '我先看了一眼 TenantClaim 对象，它代表一次租户申请。',
    '部署时会先创建一个 TenantClaim 对象，这一步代表一次租户申请。',
  ])('%s reads no introduced name', (text) => {
    expect(defined(text).filter((x) => x.includes('prose-introduced'))).toEqual([]);
  });
});
