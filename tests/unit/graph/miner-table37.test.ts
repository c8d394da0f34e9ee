/**
 * table37 (docs/miner.md, "table37"): a table column other than the first headed as fields (`| 探针 | 字段 | 失败了会怎样 |`)
 * gives each row's field, resolved from the context (the API, the note's own kind) with the row's Chinese name as an
 * alias. Notes written for this test, not taken from the corpora, each with look-alikes that must not give the reading.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { loadGraph } from '../../../src/graph/index.ts';
import { fieldColumn, fieldColumnAlias, fieldColumnName } from '../../../src/graph/miner/table-shapes.ts';
import { cleanup, contentDir } from './helpers.ts';

afterAll(cleanup);

const note = (...lines: string[]) => lines.join('\n') + '\n';
const graphOf = async (...lines: string[]) => loadGraph(await contentDir({ 'notes/n.md': note(...lines) }), { layout: false });

describe('fieldColumn: a column, not the first, headed as fields', () => {
  it.each([
    [['探针', '字段', '失败了会怎样', '什么时候用'], 1],
    [['状态', '字段', '常见取值'], 1],
    [['想做的事', '字段'], 1],
    [['能力', '写在哪', '字段'], 2],
    [['用途', '字段（都在 spec 下）', '说明'], 1],
    [['Purpose', 'Field', 'Notes'], 1],
  ])('%j → %i', (headers, col) => {
    expect(fieldColumn(headers)).toBe(col);
  });

  it.each([
    // a table of fields reads its first column (field-table); a column of where a field is written names owners or places
    [['字段', '路径', '说明']],
    [['字段', '位置', '默认值']],
    [['概念', '写在哪', '一句话']],
    [['类型', '写在哪个字段', '什么时候跑']],
    // a comparison's compared things, a column of values
    [['维度', 'CronJob', 'Argo']],
    [['模式', '取值', '说明']],
    [['字段']],
  ])('%j → none', (headers) => {
    expect(fieldColumn(headers)).toBeUndefined();
  });
});

describe('fieldColumnName: one field or path, a list item\'s key left out', () => {
  it.each([
    ['`livenessProbe`', 'livenessProbe'],
    ['`status.sync.status`', 'status.sync.status'],
    ['`spec.resourceQuotas`（scope: Tenant）', 'spec.resourceQuotas'],
    ['`subsets[]`', 'subsets'],
    ['volumeMounts[].mountPath', 'volumeMounts[].mountPath'],
    ['`spec.strategy.type`', 'spec.strategy.type'],
  ])('%s → %s', (cell, name) => {
    expect(fieldColumnName(cell)).toBe(name);
  });

  it.each([
    ['`volumeMounts[].name`'],
    ['`name`'],
    ['`spec.volumes[].name` + 卷类型'],
    ['`runAsNonRoot: true`，且 `runAsUser` 不能为 0'],
    ['`http[].mirror` / `mirrorPercentage`'],
    ['--max-pods'],
    ['3'],
    ['VS'],
    ['无'],
  ])('%s → none', (cell) => {
    expect(fieldColumnName(cell)).toBeUndefined();
  });
});

describe('fieldColumnAlias: the first cell a short Chinese name, not a need', () => {
  it('names', () => {
    expect(fieldColumnAlias('探针', '存活探针')).toBe('存活探针');
    expect(fieldColumnAlias('状态', '**同步状态**')).toBe('同步状态');
  });
  it('no names', () => {
    expect(fieldColumnAlias('想做的事', '冻结租户')).toBeUndefined();
    expect(fieldColumnAlias('需求', '失败就别重试')).toBeUndefined();
    expect(fieldColumnAlias('探针', '进程还在但已经卡死的时候用')).toBeUndefined();
    expect(fieldColumnAlias('探针', 'Liveness')).toBeUndefined();
  });
});

describe('table-field-column in a note', () => {
  it('a Pod field in the column, its Chinese name an alias', async () => {
    const g = await graphOf(
      '# 容器健康检查',
      '',
      '## 三种检查',
      '',
      '| 检查 | 字段 | 检查失败的后果 |',
      '|---|---|---|',
      '| 存活检查 | `livenessProbe` | kubelet 会杀掉容器再按重启策略拉起 |',
      '| 就绪检查 | `readinessProbe` | 从 Service 的后端摘掉，不重启 |',
    );
    const live = g.concepts.find((c) => c.title === 'livenessProbe');
    expect(live?.kind).toBe('field');
    expect(live?.fieldPath).toMatch(/livenessProbe$/);
    expect(live?.aliases ?? []).toContain('存活检查');
    expect(g.concepts.find((c) => c.title === 'readinessProbe')?.kind).toBe('field');
  });

  it('a field of the note\'s own kind, by its path', async () => {
    const g = await graphOf(
      '# Tenant 笔记',
      '',
      '```yaml',
      'apiVersion: capsule.clastix.io/v1beta2',
      'kind: Tenant',
      'metadata:',
      '  name: team-a',
      'spec:',
      '  owners:',
      '  - name: alice',
      '    kind: User',
      '```',
      '',
      '## 速查',
      '',
      '| 想做的事 | 字段 |',
      '| --- | --- |',
      '| 谁能建命名空间 | `spec.owners` |',
      '| 冻结整个租户 | `spec.cordoned` |',
    );
    const frozen = g.concepts.find((c) => c.title === 'cordoned');
    expect(frozen?.kind).toBe('field');
    expect(frozen?.fieldPath).toBe('spec.cordoned');
    // (a need is no name of the field)
    expect(frozen?.aliases ?? []).not.toContain('冻结整个租户');
  });

  it('look-alikes: a list item\'s key, a row no cell explains, a comparison, a table of commands, a table of numbers', async () => {
    const g = await graphOf(
      '# 卷和别的',
      '',
      '| 位置 | 字段 | 说明 |',
      '|---|---|---|',
      '| 容器 | `volumeMounts[].name` | 要和卷的名字对上 |',
      '',
      '| 项 | 字段 |',
      '|---|---|',
      '| A | `hostPID` |',
      '',
      '| 维度 | Deployment | StatefulSet |',
      '|---|---|---|',
      '| 字段 | `replicas` | `serviceName` |',
      '',
      '| 命令 | 字段 | 作用 |',
      '|---|---|---|',
      '| `kubectl scale` | --replicas | 改副本数 |',
      '',
      '| 节点数 | 字段 | 说明 |',
      '|---|---|---|',
      '| 3 | 110 | 每个节点默认最多这么多 Pod |',
    );
    const titles = g.concepts.map((c) => c.title);
    expect(titles).not.toContain('volumeMounts[].name');
    expect(titles).not.toContain('name');
    expect(titles).not.toContain('hostPID');
    expect(titles).not.toContain('serviceName');
    expect(titles).not.toContain('--replicas');
    expect(titles).not.toContain('110');
  });
});
