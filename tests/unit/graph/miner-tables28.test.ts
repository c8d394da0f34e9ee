/**
 * tables28 (twenty-eighth session; docs/miner.md "tables28"): names an expert labels in tables —
 * a quick-reference table of concepts, parts or measures under a header that does not say "a sort
 * of" (`| 概念 | 一句话解释 |`, `| 组件 | 说明 |`, `| 指标 | 含义 |`: table-shapes.ts
 * QUICK_REFERENCE_HEADERS, definitions.ts `table-concept-row`), a glossed first cell
 * (`Error Budget（错误预算）`, glossedCellName), and a comparison table with one compared thing per
 * column (`| 维度 | Flagger | Argo Rollouts |`, comparedColumns, `table-compared-column`). The four
 * fixture chapters (tests/fixtures/tables28) were written for this test, in the writer's own words.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../../src/graph/model.ts';
import { runStages } from '../../../src/graph/load.ts';
import { everydayEnglish } from '../../../src/graph/miner/english-words.ts';
import { COMPARED_FIRST_HEADER, QUICK_REFERENCE_HEADERS, comparedColumns, glossedCellName, quickReference } from '../../../src/graph/miner/table-shapes.ts';
import { shortFormOf } from '../../../src/graph/miner/definitions.ts';
import { cleanup, contentDir, mineNotes, fixtureChapters } from './helpers.ts';

afterAll(cleanup);

const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/tables28');

/** A fixture folder's chapters as notes (file → lines). */
const chapters = (dir: string): Record<string, string[]> => fixtureChapters(path.join(FIXTURES, dir));
const mine = (dir: string): Promise<Graph> => mineNotes(chapters(dir));
const find = (g: Graph, title: string) => g.concepts.find((c) => c.title === title);

describe('QUICK_REFERENCE_HEADERS (data) and quickReference', () => {
  it.each(QUICK_REFERENCE_HEADERS.map((q) => [q.example, q.name]))('%s (%s) beside a column saying what each is', (header) => {
    expect(quickReference([header, '说明'])).toBeDefined();
    expect(quickReference([header, '一句话解释', '我的备注'])).toBeDefined();
  });
  it.each([
    // no column says what each one is (a version skew, a target, a scope)
    [['组件', '允许的偏差（以 kube-apiserver 为基准）']],
    [['指标', '我们的目标']],
    [['概念', '作用范围']],
    // another first header: values, criteria, a sort of its own (rules42 reads those)
    [['取值', '含义']],
    [['维度', '说明']],
    [['术语', '一句话']],
    [['概念']],
  ])('not %j', (headers) => {
    expect(quickReference(headers)).toBeUndefined();
  });
});

describe('glossedCellName: a first cell that glosses a name', () => {
  it.each([
    ['Error Budget（错误预算）', 'Error Budget', ['错误预算']],
    ['存活探针（livenessProbe）', 'livenessProbe', ['存活探针']],
    ['`Endpoints`（端点）', 'Endpoints', ['端点']],
    ['runc（默认）', 'runc', []],
  ])('%s', (cell, name, aliases) => {
    expect(glossedCellName(cell, everydayEnglish)).toEqual({ name, aliases });
  });
  it.each(['runtime-class-manager（前身 kwasm-operator）', 'kube-apiserver（HA 多实例之间）', '内嵌 SQLite（默认）', 'Pod 级别', 'Surge Pod', '挂 PVC 给 Ray / 训练 Pod（可选）'])('not %s', (cell) => {
    expect(glossedCellName(cell, everydayEnglish)).toBeUndefined();
  });
});

describe('comparedColumns: one compared thing per column', () => {
  it('names each column after the criteria column', () => {
    expect(comparedColumns(['维度', 'Flagger', 'Argo Rollouts'], everydayEnglish)).toEqual([
      { col: 1, name: 'Flagger' },
      { col: 2, name: 'Argo Rollouts' },
    ]);
    expect(comparedColumns(['', 'kopia', 'restic'], everydayEnglish).map((c) => c.name)).toEqual(['kopia', 'restic']);
    expect(comparedColumns(['对比项', 'Kong (KIC)', 'runc（默认）'], everydayEnglish).map((c) => c.name)).toEqual(['Kong', 'runc']);
  });
  it('not a table whose columns are phrases, values of a row header, or a project list', () => {
    expect(comparedColumns(['', '普通容器', 'init 容器'], everydayEnglish)).toEqual([]);
    expect(comparedColumns(['项目', 'EKS', 'GKE'], everydayEnglish)).toEqual([]);
    expect(comparedColumns(['组件', '说明', '备注'], everydayEnglish)).toEqual([]);
    expect(comparedColumns(['维度', 'Flagger'], everydayEnglish)).toEqual([]);
    expect(COMPARED_FIRST_HEADER.test('项目')).toBe(false);
  });
});

describe('the fixture chapters (each fails on the base: the rows were no concepts there)', () => {
  it('a metrics quick-reference `| 指标 | 含义 |`: each row is a term, a gloss gives its Chinese alias', async () => {
    const g = await mine('metrics');
    for (const name of ['SLI', 'SLO', 'Error Budget', 'Burn Rate']) expect(find(g, name)?.kind, name).toBe('term');
    expect(find(g, 'Error Budget')!.aliases).toContain('错误预算');
  });

  it('a components table `| 组件 | 说明 |`: each component is a term', async () => {
    const g = await mine('parts');
    for (const name of ['cert-manager-controller', 'cert-manager-webhook', 'cainjector']) expect(find(g, name)?.kind, name).toBe('term');
  });

  it('a comparison table `| 维度 | Flagger | Argo Rollouts |` under a heading naming both: each compared tool is a term', async () => {
    const g = await mine('compare');
    for (const name of ['Flagger', 'Argo Rollouts']) expect(find(g, name)?.kind, name).toBe('term');
    // (a comparison under a heading that does not name its columns: things only compared, no concepts)
    for (const name of ['Harbor', 'Quay']) expect(find(g, name), name).toBeUndefined();
  });

  it('a `| 概念 | … |` table of a field and its values: the keys are fields with their path, the values terms under the field', async () => {
    const g = await mine('values');
    expect(find(g, 'maxSurge')).toMatchObject({ kind: 'field', fieldPath: 'spec.strategy.rollingUpdate.maxSurge' });
    expect(find(g, 'minReadySeconds')).toMatchObject({ kind: 'field', fieldPath: 'spec.minReadySeconds' });
    const type = g.concepts.find((c) => c.fieldPath === 'spec.strategy.type')!;
    for (const v of ['RollingUpdate', 'Recreate']) {
      const c = find(g, v);
      expect(c?.kind, v).not.toBe('field');
      expect(c!.parent, v).toBe(type.id);
    }
  });

  it('says which rule read the row or the column (--explain)', async () => {
    const dir = await contentDir(Object.fromEntries(Object.entries(chapters('compare')).map(([k, v]) => [k, v.join('\n') + '\n'])));
    const ctx = await runStages(dir, { layout: false });
    const c = ctx.graph!.concepts.find((x) => x.title === 'Flagger')!;
    expect((ctx.provenance.get(c.id) ?? []).map((p) => p.rule).join(' ')).toMatch(/table-compared-column/u);
  });
});

describe('look-alikes stay no concepts', () => {
  it('phrases, a value cell, a bold row, an everyday word and an API kind compared', async () => {
    const g = await mineNotes({
      'notes/n.md': [
        '# 速查',
        '',
        '| 组件 | 说明 |',
        '| --- | --- |',
        '| 控制面 | 负责调度和保存集群状态的那几个进程 |',
        '| quotaKeeper | 3 |',
        '| worker | 真正跑业务容器的机器，数量最多 |',
        '',
        '| 特性 | Deployment | StatefulSet |',
        '| --- | --- | --- |',
        '| Pod 名字 | 随机后缀，每次重建都会变 | 固定序号，重建后名字不变 |',
      ],
    });
    const titles = g.concepts.map((c) => c.title);
    expect(titles).not.toContain('控制面');
    expect(titles).not.toContain('quotaKeeper');
    expect(titles).not.toContain('worker');
    expect(g.concepts.filter((c) => c.title === 'Deployment' && c.kind !== 'object')).toEqual([]);
  });
});

describe('a table that sums up a name by its first words (SHORT_FORM_TABLE_RULES)', () => {
  it('shortFormOf', () => {
    expect(shortFormOf('Kata', 'Kata Containers')).toBe(true);
    expect(shortFormOf('Push', 'Push 模式')).toBe(true);
    expect(shortFormOf('QoS', 'QoS class（服务质量类别）')).toBe(true);
    expect(shortFormOf('Service', 'ServiceAccount')).toBe(false);
    expect(shortFormOf('Kata', 'Kata')).toBe(false);
  });
  it('a summary row naming a concept defined above by a longer name makes no second concept', async () => {
    const g = await mineNotes({
      'notes/n.md': [
        '# 发布方式',
        '',
        '**Shadow 流量**：把线上请求复制一份发给新版本，只看结果不返回给用户。',
        '',
        '## 小结',
        '',
        '| 概念 | 一句话 |',
        '| --- | --- |',
        '| Shadow | 复制请求给新版本，结果丢弃 |',
        '| Mirror Pod | 静态 Pod 在 API Server 里的只读影子 |',
      ],
    });
    const titles = g.concepts.map((c) => c.title);
    expect(titles).not.toContain('Shadow');
    expect(titles).toContain('Mirror Pod');
  });
});
