/**
 * fix31b (docs/miner.md, "fix31b"): issue 12 items 1–4 on the findings left by fix30 / fix30b (qa49's CSDN
 * chapters, qa50's Logseq pages), as general rules, on chapters written for this test
 * (tests/fixtures/fix31b, one folder a case; never the QA's). Look-alikes (`…x`) must stay as they were.
 *   g2*  a Chinese modifier the segmenter splits (`无|头 Service` → `头 Service`)
 *   o3*  an outline's top-level bullets as sections for `related` edges
 *   h4*  a handler under each lifecycle hook is that hook's field
 *   z5*  a field named only by its Chinese name
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { afterAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../../src/graph/model.ts';
import { mixedGlossedNames, modifierPieces } from '../../../src/graph/miner/gloss-shapes.ts';
import { outlineBranches } from '../../../src/graph/miner/outline-branches.ts';
import { fieldsOfZhName } from '../../../src/graph/vocabulary/field-zh-names.ts';
import { fieldAt, fieldsNamed } from '../../../src/graph/vocabulary/index.ts';
import { fieldNameWritten } from '../../../src/graph/miner/field-values.ts';
import { FIELD_ZH_NAMES } from '../../../src/graph/vocabulary/field-zh-names.ts';
import { byTitle, cleanup, mineNotes, parentTitle } from './helpers.ts';

afterAll(cleanup);

const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/fix31b');
function chapters(dir: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const f of readdirSync(path.join(FIXTURES, dir)).sort()) out[`notes/${f}`] = readFileSync(path.join(FIXTURES, dir, f), 'utf8').replace(/\n$/, '').split('\n');
  return out;
}
const mine = (dir: string): Promise<Graph> => mineNotes(chapters(dir));
const titles = (g: Graph) => g.concepts.map((c) => c.title);
const related = (g: Graph): string[] => {
  const t = new Map(g.concepts.map((c) => [c.id, c.title]));
  return g.edges.filter((e) => e.type === 'related').map((e) => [t.get(e.from), t.get(e.to)].sort().join('~')).sort();
};

describe('fix31b item 2: a Chinese modifier the segmenter leaves in pieces is read whole (MODIFIER_PIECES)', () => {
  it.each([
    ['它靠一个无头 Service（headless Service）解析。', '无头 Service'],
    ['kubelet 会为它建一个镜像 Pod（mirror Pod）。', '镜像 Pod'],
    ['请求先过准入 Webhook（admission webhook）。', '准入 Webhook'],
    ['控制面用堆叠式 etcd（stacked etcd）部署。', '堆叠式 etcd'],
    ['这些参数叫不安全 sysctl（unsafe sysctl），默认禁用。', '不安全 sysctl'],
    ['还要写一个结构化 schema（structural schema）才行。', '结构化 schema'],
    ['数据库要跑成有状态 Service（stateful Service）。', '有状态 Service'],
  ])('%s → %s', (text, name) => {
    expect(mixedGlossedNames(text).map((g) => g.name)).toEqual([name]);
  });

  it.each([
    // a function word or verb before the modifier is never part of it
    ['这种 Pod 是静态 Pod（static Pod），不经过 API Server。', '静态 Pod'],
    ['依赖的那个叫子 chart（subchart），放在 charts 目录。', '子 chart'],
    ['另一种是转换 webhook（conversion webhook）。', '转换 webhook'],
    ['就是无头 Service（headless Service）。', '无头 Service'],
    ['一个无头 Service（headless Service）。', '无头 Service'],
  ])('look-alike: %s → %s', (text, name) => {
    expect(mixedGlossedNames(text).map((g) => g.name)).toEqual([name]);
  });

  it('look-alike: a modifier clause ending in 的 is no name, as before', () => {
    expect(mixedGlossedNames('这类参数叫命名空间化的 sysctl（namespaced sysctl）。')).toEqual([]);
  });

  it('each join names its rule', () => {
    expect(modifierPieces(['无', '头'])).toEqual({ modifier: '无头', rules: ['bound-prefix'] });
    expect(modifierPieces(['堆', '叠', '式'])).toEqual({ modifier: '堆叠式', rules: ['one-char-piece', 'one-char-piece'] });
    expect(modifierPieces(['有', '状态'])).toEqual({ modifier: '有状态', rules: ['bound-compound'] });
    expect(modifierPieces(['这', '是', '镜', '像'])).toEqual({ modifier: '镜像', rules: ['one-char-piece'] });
    expect(modifierPieces(['用', '集群'])).toEqual({ modifier: '集群', rules: [] });
  });

  it('g2a: `无头 Service（headless Service）` in prose is the concept 无头 Service, not `头 Service`', async () => {
    const g = await mine('g2a');
    expect(titles(g)).toContain('无头 Service');
    expect(titles(g)).not.toContain('头 Service');
    expect(byTitle(g, '无头 Service').aliases).toContain('headless Service');
  });

  it('g2b: 镜像 Pod and 准入 Webhook whole; 静态 Pod and 转换 Webhook as before', async () => {
    const g = await mine('g2b');
    expect(titles(g)).toEqual(expect.arrayContaining(['镜像 Pod', '准入 Webhook', '静态 Pod', '转换 Webhook']));
    expect(titles(g)).not.toContain('像 Pod');
    expect(titles(g)).not.toContain('入 Webhook');
  });
});

describe('fix31b item 3: an outline\'s top-level bullets are sections for `related` edges (OUTLINE_SECTIONS_RULE)', () => {
  const blocks = (md: string) => fromMarkdown(md).children;
  it('a body of lists (and Logseq properties) is an outline; prose beside the list is not', () => {
    expect(outlineBranches(blocks('title:: x\n\n- a\n  - b\n- c\n  - d\n'))).toEqual([{ start: 3, end: 4 }, { start: 5, end: 6 }]);
    expect(outlineBranches(blocks('- a\n  - b\n'))).toBeUndefined();
    // a flat list of definitions is no outline: its items are the definitions
    expect(outlineBranches(blocks('- **a**：x\n- **b**：y\n- **c**：z\n'))).toBeUndefined();
    // a top-level item with nothing nested stays in the common group
    expect(outlineBranches(blocks('- a\n  - b\n- c\n- d\n  - e\n'))).toEqual([{ start: 1, end: 2 }, { start: 4, end: 5 }]);
    expect(outlineBranches(blocks('说明一段。\n\n- a\n- b\n'))).toBeUndefined();
  });

  it('o3a (Logseq page): concepts under one top-level bullet are related, not those under another', async () => {
    const r = related(await mine('o3a'));
    expect(r).toEqual(expect.arrayContaining(['nodeName~nodeSelector', 'maxSkew~topologySpreadConstraints']));
    expect(r).not.toContain('nodeSelector~taints');
    expect(r).not.toContain('maxSkew~nodeName');
  });

  it('o3b (Markdown body that is one nested list): the same', async () => {
    const r = related(await mine('o3b'));
    expect(r).toEqual(['configMap~emptyDir', 'hostPath~persistentVolumeClaim']);
  });

  it('look-alike o3x: a paragraph beside the list ties them all, as before', async () => {
    const r = related(await mine('o3x'));
    expect(r).toEqual(expect.arrayContaining(['emptyDir~hostPath', 'configMap~persistentVolumeClaim']));
  });
});

describe('fix31b item 4: a handler under each lifecycle hook is that hook\'s field (SAME_NAME_OTHER_HOLDER)', () => {
  const paths = (g: Graph, title: string) => g.concepts.filter((c) => c.title === title).map((c) => c.fieldPath).sort();
  it.each(['h4a', 'h4b', 'h4c'])('%s: `exec` under postStart and again under preStop makes two fields, each under its hook', async (dir) => {
    const g = await mine(dir);
    expect(paths(g, 'exec')).toEqual(['spec.containers[].lifecycle.postStart.exec', 'spec.containers[].lifecycle.preStop.exec']);
    for (const c of g.concepts.filter((x) => x.title === 'exec')) expect(g.concepts.find((p) => p.id === c.parent)?.title).toBe(c.fieldPath!.includes('preStop') ? 'preStop' : 'postStart');
  });

  it('look-alike h4y: a field named again in prose under a question heading that names a probe stays the note\'s one field', async () => {
    const g = await mine('h4y');
    expect(paths(g, 'initialDelaySeconds')).toEqual(['spec.containers[].livenessProbe.initialDelaySeconds']);
  });

  it('look-alike h4x: one probe\'s handlers stay one field each', async () => {
    const g = await mine('h4x');
    expect(paths(g, 'exec')).toEqual(['spec.containers[].livenessProbe.exec']);
  });
});

describe('fix31b item 5: a field named only by its Chinese name (FIELD_ZH_NAMES, data)', () => {
  it('every entry names a field of the API, and a name of two fields gives each its kind', () => {
    for (const [zh, fs] of Object.entries(FIELD_ZH_NAMES)) {
      for (const f of fs) expect(fieldsNamed(f.field).length, `${zh} → ${f.field}`).toBeGreaterThan(0);
      if (fs.length > 1) for (const f of fs) expect(f.owner, zh).toBeDefined();
    }
    expect(fieldsOfZhName('镜像 拉取策略')).toEqual([{ field: 'imagePullPolicy' }]);
    expect(fieldsOfZhName('更新策略')).toEqual([]);
  });

  it('z5a: `**重启策略**：…`, `**镜像拉取策略**：…` are restartPolicy and imagePullPolicy, their Chinese names aliases', async () => {
    const g = await mine('z5a');
    expect(byTitle(g, 'restartPolicy').fieldPath).toBe('spec.restartPolicy');
    expect(byTitle(g, 'restartPolicy').aliases).toContain('重启策略');
    expect(byTitle(g, 'imagePullPolicy').fieldPath).toBe('spec.containers[].imagePullPolicy');
    expect(titles(g)).not.toContain('重启策略');
  });

  it('z5b (Logseq): `- 回收策略` over Retain / Delete / Recycle on a PV page is the PV\'s field, not the StorageClass\'s', async () => {
    const g = await mine('z5b');
    const f = byTitle(g, 'persistentVolumeReclaimPolicy');
    expect(f.fieldPath).toBe('spec.persistentVolumeReclaimPolicy');
    expect(f.aliases).toContain('回收策略');
    for (const v of ['Retain', 'Delete', 'Recycle']) expect(parentTitle(g, v)).toBe('persistentVolumeReclaimPolicy');
    expect(titles(g)).not.toContain('reclaimPolicy');
  });

  it('a Chinese name of two fields names the one whose kind the text writes, and neither where it writes both kinds or the other\'s English name', () => {
    const pv = fieldAt('PersistentVolume', 'spec.persistentVolumeReclaimPolicy')!;
    const sc = fieldAt('StorageClass', 'reclaimPolicy')!;
    const pvPage = 'PersistentVolume 的回收策略有三种：Retain、Delete、Recycle。';
    expect([fieldNameWritten(pvPage, pv), fieldNameWritten(pvPage, sc)]).toEqual([true, false]);
    const both = 'VolumeSnapshotClass 的 deletionPolicy 和 PV 的回收策略类似；StorageClass 也有这个字段。';
    expect([fieldNameWritten(both, pv), fieldNameWritten(both, sc)]).toEqual([false, false]);
    const english = 'StorageClass 里的回收策略 `persistentVolumeReclaimPolicy` 会被复制到 PV 上。';
    expect(fieldNameWritten(english, sc)).toBe(false);
  });

  it('look-alike z5y: a snapshot class compared with the PV\'s 回收策略 makes no reclaim-policy field', async () => {
    const g = await mine('z5y');
    expect(titles(g)).not.toContain('reclaimPolicy');
    expect(titles(g)).not.toContain('persistentVolumeReclaimPolicy');
  });

  it('z5c: headings `### 镜像拉取策略` / `### 重启策略` over prose about them name the fields', async () => {
    const g = await mine('z5c');
    expect(byTitle(g, 'imagePullPolicy').aliases).toContain('镜像拉取策略');
    expect(byTitle(g, 'restartPolicy').aliases).toContain('重启策略');
  });

  it('look-alike z5x: Chinese names of no one field (调度策略, 更新策略) stay terms', async () => {
    const g = await mine('z5x');
    expect(titles(g)).toEqual(expect.arrayContaining(['调度策略', '更新策略']));
    expect(g.concepts.filter((c) => c.kind === 'field')).toEqual([]);
  });
});
