/**
 * prec37 (docs/miner.md, "prec37"): a Chinese word before a known Latin name (label-rules.ts
 * `chinese-modifier-latin-head`) as the title of a diary's entry is the part of the chapter about the
 * name, no new term (heading-shapes.ts NUMBERED_SECTION_SHAPES). Counted on the dev sets: 3 false
 * positives in 3 sets, no label lost (by an outline's number it lost dev's `### 4.2 默认 StorageClass`). Notes written for this test,
 * with look-alikes that must stay as they were.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { numberedSectionTitle } from '../../../src/graph/miner/heading-shapes.ts';
import { byTitle, cleanup, mineNotes as mine } from './helpers.ts';

afterAll(cleanup);

const DIARY = [
  '# 存储扩容演练日记',
  '',
  '## Day 5：临时 Secret',
  '',
  '给迁移脚本建了一个只放一晚的 Secret，明天演练完就删掉。',
  '',
  '### 第 3 天：扩容 PVC',
  '',
  '压测写满了 50Gi，把容量改成 100Gi 之后等 external-resizer 处理，文件系统也跟着变大了。',
  '',
  '### 4.2 默认 StorageClass',
  '',
  '集群里标了 `storageclass.kubernetes.io/is-default-class` 的那个类，PVC 不写类名时就用它。',
];

const LOOK_ALIKES = [
  '# RBAC 笔记',
  '',
  '## 聚合 ClusterRole',
  '',
  '聚合 ClusterRole 靠 aggregationRule 的标签选择器，把别的 ClusterRole 的规则合到自己身上，控制器会自动填 rules。',
  '',
  '## 默认 StorageClass',
  '',
  '默认 StorageClass 是集群里标了 `storageclass.kubernetes.io/is-default-class` 的那个类，PVC 不写类名时就用它。',
];

describe('prec37: numberedSectionTitle', () => {
  it('a Chinese modifier before a Latin name: a diary’s day; a Latin name and a Chinese head: an outline number only', () => {
    expect(numberedSectionTitle('chinese-modifier-latin-head', 'Day 5：演练 Restore')).toBe(true);
    expect(numberedSectionTitle('chinese-modifier-latin-head', '第 3 天：扩容 PVC')).toBe(true);
    expect(numberedSectionTitle('latin-with-chinese-head', '三、kubeconfig 文件')).toBe(true);
    // look-alikes: no number, an outline's number (dev's `### 4.2 默认 StorageClass` is a label), a diary's day over the
    // other shape (prec35's `第 2 天：Multi-Attach error`), another shape
    expect(numberedSectionTitle('chinese-modifier-latin-head', '4.2 默认 StorageClass')).toBe(false);
    expect(numberedSectionTitle('chinese-modifier-latin-head', '聚合 ClusterRole')).toBe(false);
    expect(numberedSectionTitle('chinese-modifier-latin-head', 'E. 默认 StorageClass')).toBe(false);
    expect(numberedSectionTitle('latin-with-chinese-head', '第 2 天：Multi-Attach error')).toBe(false);
    expect(numberedSectionTitle('glossed', '3.2 席位（Seat）')).toBe(false);
  });

  it('`## Day 5：临时 Secret`, `### 第 3 天：扩容 PVC` make no terms; `### 4.2 默认 StorageClass` and unnumbered `## 聚合 ClusterRole`, `## 默认 StorageClass` still do', async () => {
    const g = await mine({ 'notes/diary.md': DIARY });
    for (const t of ['临时 Secret', '扩容 PVC']) expect(g.concepts.find((c) => c.title === t)).toBeUndefined();
    expect(byTitle(g, '默认 StorageClass')).toBeDefined();
    const h = await mine({ 'notes/rbac.md': LOOK_ALIKES });
    expect(byTitle(h, '聚合 ClusterRole')).toBeDefined();
    expect(byTitle(h, '默认 StorageClass')).toBeDefined();
  });
});
