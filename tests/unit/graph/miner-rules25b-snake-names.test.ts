/**
 * rules25b: names spelt with underscores (item-shapes.ts CODE_NAME_SPELLINGS `snake`): a metric, a
 * tool's setting, an environment variable, a capability. A code span so spelt opening a list item
 * with a colon is a new term (`code-colon`), also in a list of remarks (`我的理解：`); a table row whose
 * first cell is so spelt, lower-case first, and whose other cells explain it in words is one too
 * (`table-snake-row`); a name of one identifier so spelt is one name however long (labels.ts isClearTerm).
 * docs/miner.md "rules25b".
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../../src/graph/model.ts';
import { loadGraph } from '../../../src/graph/index.ts';
import { CODE_NAME_SPELLINGS, codeNameBySpelling, codeNameSpelling } from '../../../src/graph/miner/item-shapes.ts';
import { cleanup, contentDir } from './helpers.ts';

afterAll(cleanup);

const note = (...lines: string[]) => lines.join('\n') + '\n';
const mine = async (...lines: string[]): Promise<Graph> => loadGraph(await contentDir({ 'notes/n.md': note(...lines) }), { layout: false });
const defined = (g: Graph) => {
  const n = g.notes?.find((x) => x.file === 'notes/n.md');
  const byId = new Map(g.concepts.map((c) => [c.id, c]));
  return (n?.defines ?? []).map((id) => byId.get(id)!).filter(Boolean);
};
const titles = (g: Graph) => defined(g).map((c) => c.title);

describe('CODE_NAME_SPELLINGS: each example is its spelling, each look-alike none', () => {
  it.each(CODE_NAME_SPELLINGS.map((s) => [s.name, s.example, s.lookAlike]))('%s: %s, not %s', (name, example, lookAlike) => {
    expect(codeNameSpelling(example)).toBe(name);
    expect(codeNameBySpelling(lookAlike)).toBe(false);
  });

  it.each([
    ['kube_pod_container_status_restarts_total', 'snake'],
    ['node_memory_MemAvailable_bytes', 'snake'],
    ['retention_period', 'snake'],
    ['WARM_IP_TARGET', 'upper-snake'],
    ['CAP_NET_ADMIN', 'upper-snake'],
    // not names spelt so: an empty segment, a capitalised word before, a path, a value, a flag
    ['a__b', undefined],
    ['Foo_bar', undefined],
    ['_total', undefined],
    ['spec.node_name', undefined],
    ['OnFailure', undefined],
    ['--max_pods', undefined],
  ])('%s → %s', (code, spelling) => {
    expect(codeNameSpelling(code)).toBe(spelling);
  });
});

describe('a code span spelt with underscores opening an item with a colon is a new term', () => {
  it('metrics listed with what each counts', async () => {
    const g = await mine(
      '# kube-state-metrics 常用指标',
      '',
      '排查 Pod 时常看的几条：',
      '',
      '- `kube_pod_container_status_restarts_total`：容器累计重启次数，配合 `increase()` 找反复重启的容器',
      '- `kube_job_status_failed`：失败的 Job 数',
      '- `kube_pod_container_status_last_terminated_reason`：上次终止原因，`OOMKilled` 就是从这里看',
      '',
      '重启策略的取值：',
      '',
      '- `Always`：容器退出就重启；',
      '- `OnFailure`：只在非零退出码时重启。',
    );
    const t = titles(g);
    expect(t).toContain('kube_pod_container_status_restarts_total');
    expect(t).toContain('kube_job_status_failed');
    expect(defined(g).find((c) => c.title === 'kube_job_status_failed')?.kind).toBe('term');
    // one identifier however long (labels.ts isClearTerm: longer than 40 characters)
    expect(t).toContain('kube_pod_container_status_last_terminated_reason');
    // values of a field stay out (rules26)
    expect(t).not.toContain('Always');
    expect(t).not.toContain('OnFailure');
  });

  it('also in a list of remarks, where a plain value or a bold remark is no concept', async () => {
    const g = await mine(
      '# VPC CNI 的 warm pool',
      '',
      '这部分文档写得很绕，我的理解：',
      '',
      '- `WARM_IP_TARGET`：按 IP 个数留余量，设了它就会覆盖按整张网卡留的行为。',
      '- `MINIMUM_IP_TARGET`：节点起来时至少先拿这么多个 IP。',
      '- `true`：打开以后更省 IP。',
      '- **更省 IP**：但 EC2 API 调用更频繁。',
    );
    const t = titles(g);
    expect(t).toContain('WARM_IP_TARGET');
    expect(t).toContain('MINIMUM_IP_TARGET');
    expect(t).not.toContain('true');
    expect(t).not.toContain('更省 IP');
  });
});

describe('table-snake-row: a table row whose first cell is spelt with underscores and explained', () => {
  it('makes each such row a term, under any header; a row explained by no words makes nothing, nor a capital one', async () => {
    const g = await mine(
      '# Ceph 的水位',
      '',
      '| 水位 | 默认 | 到了会怎样 |',
      '| --- | --- | --- |',
      '| nearfull_ratio | 0.85 | 只是 HEALTH_WARN 提醒 |',
      '| `full_ratio` | 0.95 | 集群拒绝写入 |',
      '',
      '| 项 | 值 |',
      '| --- | --- |',
      '| osd_max_backfills | 1 |',
      '',
      '| 能力 | 作用 |',
      '| --- | --- |',
      '| NET_RAW | 原始套接字（ping） |',
    );
    const t = titles(g);
    expect(t).toContain('nearfull_ratio');
    expect(t).toContain('full_ratio');
    expect(t).not.toContain('osd_max_backfills');
    // (a table of capabilities or variables is a catalogue, labelled one row in two on the dev sets)
    expect(t).not.toContain('NET_RAW');
  });
});
