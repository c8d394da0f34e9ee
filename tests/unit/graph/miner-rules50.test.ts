/**
 * rules50 (docs/miner.md "rules50"): the parts of a defect report or a finding set as bold labels — `**严重程度：**`,
 * `**原因分析：**`, `**修复：**`, `**整改：**` — are a write-up's rubrics, like the incident write-up's `处理` / `改进`
 * before them (labels.ts GENERIC_LABEL_WORDS): no term. Counted over all dev sets: never a label; set as bold labels 11
 * times, 9 mined as terms at 0d2fb0b8 (false positives in dev63, dev73, dev109, dev144 and its draft). Not `环境`: as a
 * generic head it would take dev60's label `**预览环境**：`. Names these words head (`自动修复`) stay names.
 *
 * And a naming verb's Latin name whose Chinese head is a place word or a joiner (`也就是 StorageClass 中 provisioner
 * 填写的那个名字`, `也就是 NodePort 和 LoadBalancer 的流量`): the phrase goes on, no name (naming-verbs.ts
 * PHRASE_GOES_ON; three false positives at 0d2fb0b8 in three writers' sets, no label's).
 *
 * And a table of the writer's own objects with their settings (`| 名称 | 后端 | reclaimPolicy | volumeBindingMode | 用途 |`
 * over `san-gold`): a row spelt as an object's name under a table with a column headed by an API field is one object,
 * no name the note explains (table-shapes.ts OBJECTS_WITH_SETTINGS; nine false positives of the table rules at
 * 0d2fb0b8 in three writers' sets, no label's).
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../../src/graph/model.ts';
import { loadGraph } from '../../../src/graph/index.ts';
import { isGenericLabel } from '../../../src/graph/labels.ts';
import { PHRASE_GOES_ON, namesGiven } from '../../../src/graph/miner/naming-verbs.ts';
import { OBJECTS_WITH_SETTINGS, objectWithSettings } from '../../../src/graph/miner/table-shapes.ts';
import { fieldsNamed } from '../../../src/graph/vocabulary/index.ts';
import { cleanup, contentDir } from './helpers.ts';

afterAll(cleanup);

const note = (...lines: string[]) => lines.join('\n') + '\n';
const mine = async (...lines: string[]): Promise<Graph> => loadGraph(await contentDir({ 'notes/n.md': note(...lines) }), { layout: false });
const titles = (g: Graph) => g.concepts.map((c) => c.title);

describe('the parts of a defect report are generic labels', () => {
  it.each(['严重程度', '原因分析：', '修复', '整改：'])('%s is a rubric', (label) => {
    expect(isGenericLabel(label)).toBe(true);
  });

  it.each(['环境', '预览环境', '环境变量', '自动修复', '原因', '严重'])('%s is left to the other rules (a compound, or another table)', (label) => {
    // 原因 was generic before (the table's older words); the others are names or words this change does not touch
    expect(isGenericLabel(label)).toBe(label === '原因');
  });

  it('a defect report gives none of its rubrics as a term, and keeps the term the note defines', async () => {
    const g = await mine(
      '# 镜像 tag',
      '',
      '### 缺陷单 QA-871',
      '',
      '- **标题：** PR 环境中运行的不是该 PR 构建的代码',
      '- **严重程度：** 严重（测试结论无效，整轮回归要重跑）',
      '- **环境：** 测试集群 / namespace pr-4119',
      '- **原因分析：** 见下文',
      '- **修复：** 镜像 tag 改为带 commit 的名字，部署时用 digest',
      '',
      '**digest（摘要）：** 镜像 manifest 内容的 sha256，内容不变它就不变。',
    );
    const t = titles(g);
    for (const rubric of ['严重程度', '原因分析', '修复']) expect(t).not.toContain(rubric);
    expect(t.some((x) => /digest|摘要/.test(x))).toBe(true);
  });

  it('a finding\'s remedy and a diary\'s fix are no terms either', async () => {
    const g = await mine(
      '# 合规预检',
      '',
      '## 发现 1：Secret 未加密',
      '',
      '**整改：** 给 kube-apiserver 加 `--encryption-provider-config`，重启后重新写一遍所有 Secret。',
      '',
      '**修复：** 给 CI 单独建了一个 StorageClass，`volumeBindingMode: WaitForFirstConsumer`，这样 PV 会等第一个使用它的 Pod 调度后再创建。',
    );
    expect(titles(g)).not.toContain('整改');
    expect(titles(g)).not.toContain('修复');
  });
});

describe('a naming verb\'s Latin name with a place word or a joiner for its head', () => {
  const given = (text: string) => namesGiven(text).map((g) => g.name);

  it('its example gives no name, its look-alike (a noun head) keeps its name', () => {
    expect(given(PHRASE_GOES_ON.example)).toEqual([]);
    expect(given(PHRASE_GOES_ON.lookAlike)).toEqual(['in-tree 插件']);
  });

  it.each([
    ['`spec.externalTrafficPolicy` 只对从集群外进来的流量生效，也就是 NodePort 和 LoadBalancer 的流量。', []],
    ['这就是 Airflow 里 "clear failed tasks only" 的感觉。', []],
    ['这种挂载叫 Pod 上的投射卷。', []],
    // a noun head, or none, is still a name
    ['这一步叫复制上移，即 copy-up，会先拷一份完整的文件。', ['复制上移', 'copy-up']],
    ['把配置直接打进镜像里的做法称为 baked-in 配置。', ['baked-in 配置']],
  ])('%s', (text, names) => {
    expect(given(text)).toEqual(names);
  });

  it('a note gives no concept for the phrase', async () => {
    const g = await mine(
      '# CSIDriver',
      '',
      'CSIDriver 是集群级对象，用来告诉 Kubernetes 这个驱动具有哪些特性。对象的名称必须与驱动自报的名字一致，也就是 StorageClass 中 provisioner 填写的那个名字。',
    );
    expect(titles(g).filter((t) => / ?[中里上内和与及或]$/u.test(t))).toEqual([]);
  });
});

describe('a table of the writer\'s own objects with their settings', () => {
  const isField = (h: string) => fieldsNamed(h).length > 0;

  it('its example is such a row, its look-alike is not', () => {
    expect(objectWithSettings(OBJECTS_WITH_SETTINGS.example.headers, OBJECTS_WITH_SETTINGS.example.cell, isField)).toBe(true);
    expect(objectWithSettings(OBJECTS_WITH_SETTINGS.lookAlike.headers, OBJECTS_WITH_SETTINGS.lookAlike.cell, isField)).toBe(false);
  });

  it.each([
    [['名字', 'value', '用途'], '`inference-critical`', true],
    [['PriorityClass', 'value', 'preemptionPolicy', '用途'], 'batch-sla', true],
    // a name not spelt as an object's, or no column of a field
    [['名字', 'value', '用途'], 'Metaspace', false],
    [['接口', '作用'], 'instances-v2', false],
    [['ClusterRole', '说明'], 'cluster-admin', false],
    // the first column's header is not read for the field (it is the rows' sort)
    [['value', '用途'], 'san-gold', false],
  ])('%j over %s: %s', (headers, cell, yes) => {
    expect(objectWithSettings(headers, cell, isField)).toBe(yes);
  });

  it('a note\'s table of its StorageClasses gives none of them; a table of a sort\'s members still gives its names', async () => {
    const g = await mine(
      '# 存储类规划',
      '',
      '## 本行存储类规划',
      '',
      '| 名称 | 后端 | reclaimPolicy | volumeBindingMode | 用途 |',
      '|------|------|---------------|-------------------|------|',
      '| san-gold | A 厂商全闪 | Retain | WaitForFirstConsumer | 核心数据库 |',
      '| san-silver | A 厂商混闪 | Delete | Immediate | 一般应用 |',
      '',
      '## JVM 的内存区域',
      '',
      '| 区域 | 说明 |',
      '|------|------|',
      '| Metaspace | 存放类的元数据，不在堆里 |',
      '| Code Cache | JIT 编译后的机器码放在这里 |',
    );
    const t = titles(g);
    expect(t).not.toContain('san-gold');
    expect(t).not.toContain('san-silver');
    expect(t).toContain('Metaspace');
  });
});
