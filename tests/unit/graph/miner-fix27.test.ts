/**
 * fix27 (docs/miner.md, "fix27"): the QA findings on two real users' chapters (qa45, qa46), as general
 * rules, on chapters written for this test (tests/fixtures/fix27, one folder a case; never the QA's).
 * Each case has a look-alike that must stay as it was.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../../src/graph/model.ts';
import { zhFieldNames, enumFieldConcept, explainedEnumFields } from '../../../src/graph/miner/field-values.ts';
import { peerOfLooseHome } from '../../../src/graph/miner/peer-kinds.ts';
import { inSummaryCallout, labelLine, preferDefinitions } from '../../../src/graph/miner/summary-callouts.ts';
import { maskWikiTargets, nameSpans } from '../../../src/graph/miner/mentions.ts';
import { correctedName } from '../../../src/graph/miner/corrections.ts';
import { fieldAt } from '../../../src/graph/vocabulary/index.ts';
import { byTitle, cleanup, hasEdge, parentTitle, mineNotes, fixtureChapters } from './helpers.ts';

afterAll(cleanup);

const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/fix27');

/** A fixture folder's chapters as notes (file → lines). */
const chapters = (dir: string): Record<string, string[]> => fixtureChapters(path.join(FIXTURES, dir));

const mine = (dir: string): Promise<Graph> => mineNotes(chapters(dir));
const find = (g: Graph, title: string) => g.concepts.find((c) => c.title === title);
const excerptLines = (g: Graph, title: string) => byTitle(g, title).excerpts.map((e) => e.source.line);

describe('fix27 finding 1: a Chinese name of the QoS class names qosClass', () => {
  it('the glossary name with its category word swapped (`QoS 等级`, `QoS 类别`)', () => {
    const names = zhFieldNames('qosClass');
    for (const n of ['qos类', 'qos等级', 'qos类别', 'qos级别']) expect(names).toContain(n);
    expect(zhFieldNames('type')).toEqual([]);
  });

  it('`## QoS 等级` over the three bold classes: the field, the classes under it', async () => {
    const g = await mine('f1a');
    expect(byTitle(g, 'qosClass')).toMatchObject({ kind: 'field', fieldPath: 'status.qosClass' });
    for (const v of ['Guaranteed', 'Burstable', 'BestEffort']) expect(parentTitle(g, v)).toBe('qosClass');
  });

  it('`| QoS 类别 | … |` over the classes: the field; LimitRange is no part of a field', async () => {
    const g = await mine('f1b');
    expect(byTitle(g, 'qosClass').kind).toBe('field');
    const lr = find(g, 'LimitRange');
    if (lr !== undefined) expect(['requests', 'limits', 'qosClass']).not.toContain(parentTitle(g, 'LimitRange'));
  });

  it('look-alike: the three words without any name of the field make no field', async () => {
    const g = await mine('f1x');
    expect(find(g, 'qosClass')).toBeUndefined();
  });
});

describe('fix27 finding 2: an enum field set only in the YAML example holds the values the prose explains', () => {
  it('the holder stands for a field whose own name is a bare word (`strategy` for `strategy.type`)', () => {
    const occ = fieldAt('Deployment', 'spec.strategy.type')!;
    expect(enumFieldConcept(occ)?.name).toBe('strategy');
    expect(enumFieldConcept(fieldAt('Service', 'spec.type')!)).toBeUndefined();
    expect(explainedEnumFields([['Recreate'], ['RollingUpdate']], 'no name here', () => true).map((o) => o.name)).toContain('strategy');
    expect(explainedEnumFields([['Recreate'], ['RollingUpdate']], 'no name here')).toEqual([]);
  });

  it('Deployment `strategy: {type: Recreate}`: Recreate and RollingUpdate under `strategy`', async () => {
    const g = await mine('f2b');
    expect(byTitle(g, 'strategy')).toMatchObject({ kind: 'field', fieldPath: 'spec.strategy' });
    expect(parentTitle(g, 'Recreate')).toBe('strategy');
  });

  it('StatefulSet `updateStrategy: {type: OnDelete}`: the values under `updateStrategy`', async () => {
    const g = await mine('f2a');
    expect(byTitle(g, 'updateStrategy')).toMatchObject({ kind: 'field', fieldPath: 'spec.updateStrategy' });
    expect(parentTitle(g, 'OnDelete')).toBe('updateStrategy');
  });

  it('look-alike: the values with no YAML and no field name make no field', async () => {
    const g = await mine('f2x');
    expect(g.concepts.some((c) => c.fieldPath === 'spec.strategy' || c.fieldPath === 'spec.strategy.type')).toBe(false);
  });
});

describe('fix27 finding 3: a heading over the name its section gives is that name, not the opener\'s other name', () => {
  it('`## Headless Service` over `clusterIP: None 的 Service 叫 **Headless Service**`: its own concept, related to clusterIP', async () => {
    const g = await mine('f3a');
    const hs = byTitle(g, 'Headless Service');
    const cip = byTitle(g, 'clusterIP');
    {
      expect(cip.aliases).not.toContain('Headless Service');
      expect(hasEdge(g, 'related', cip.id, hs.id) || hasEdge(g, 'related', hs.id, cip.id)).toBe(true);
    }
    expect(hs.id).not.toBe(cip?.id);
  });

  it('`## 原生边车` over `` `restartPolicy: Always` 的 init 容器被称为 **原生边车容器** ``: the heading opens the longer name', async () => {
    const g = await mine('f3b');
    expect(byTitle(g, 'restartPolicy').aliases).not.toContain('原生边车');
    expect(find(g, '原生边车容器')).toBeDefined();
  });

  it('look-alike: `## 镜像拉取策略` over `imagePullPolicy` 决定…: still the field\'s other name', async () => {
    const g = await mine('f3x');
    expect(byTitle(g, 'imagePullPolicy').aliases).toContain('镜像拉取策略');
  });
});

describe('fix27 finding 4: a parameter table after an example of several probes is every probe\'s', () => {
  it('`## readinessProbe` over an example of both probes, then `| 参数 | 含义 |`: sharedPaths', async () => {
    const g = await mine('f4a');
    expect(byTitle(g, 'periodSeconds').sharedPaths?.length).toBe(2);
  });

  it('look-alike: `## livenessProbe 的参数` over an example of one probe stays that probe\'s', async () => {
    const g = await mine('f4x');
    expect(byTitle(g, 'initialDelaySeconds').sharedPaths).toBeUndefined();
  });
});

describe('fix27 finding 5: a callout titled by a field\'s name explains that field', () => {
  it('`> [!note] startingDeadlineSeconds` and `` > [!tip] `schedule` ``: CronJob fields', async () => {
    const g = await mine('f5a');
    expect(byTitle(g, 'startingDeadlineSeconds')).toMatchObject({ kind: 'field', fieldPath: 'spec.startingDeadlineSeconds' });
    expect(byTitle(g, 'schedule')).toMatchObject({ kind: 'field', fieldPath: 'spec.schedule' });
  });

  it('look-alike: a callout titled 提示 or by a word the API does not have makes nothing', async () => {
    const g = await mine('f5x');
    expect(find(g, 'overlapping')).toBeUndefined();
    expect(find(g, '提示')).toBeUndefined();
  });
});

describe('fix27 finding 6: patterns after a loose home that is a pattern are its peers', () => {
  it('data', () => {
    expect(peerOfLooseHome('pattern', 'pattern')).toBe(true);
    expect(peerOfLooseHome('pattern', 'term')).toBe(false);
    expect(peerOfLooseHome('object', 'object')).toBe(false);
  });

  it('边车, 大使, 适配器 in a numbered list: siblings, none under another', async () => {
    const g = await mine('f6a');
    const sidecar = g.concepts.find((c) => c.title.includes('Sidecar'))!;
    for (const t of ['Ambassador', 'Adapter']) {
      const c = g.concepts.find((x) => x.title.includes(t))!;
      expect(c.parent).toBe(sidecar.parent);
    }
  });

  it('bold labels in paragraphs: siblings too', async () => {
    const g = await mine('f6b');
    const a = g.concepts.find((c) => c.title.includes('Ambassador'));
    const s = g.concepts.find((c) => c.title.includes('Sidecar'));
    if (a && s) expect(a.parent).not.toBe(s.id);
  });
});

describe('fix27 finding 7: a table headed by a field over its values names the field', () => {
  it('`| imagePullPolicy | … |` over Always / IfNotPresent / Never', async () => {
    const g = await mine('f7a');
    expect(byTitle(g, 'imagePullPolicy')).toMatchObject({ kind: 'field' });
  });

  it('`| dnsPolicy | … |` over ClusterFirst / Default / None', async () => {
    const g = await mine('f7b');
    expect(byTitle(g, 'dnsPolicy')).toMatchObject({ kind: 'field', fieldPath: 'spec.dnsPolicy' });
  });

  it('look-alike: `| replicas | … |` over numbers (no enum values) makes nothing from the table', async () => {
    const g = await mine('f7x');
    expect(find(g, 'replicas')).toBeUndefined();
  });
});

describe('fix27 finding 8: a wiki-link\'s target is no mention', () => {
  it('masks the target, keeps the label and the columns', () => {
    expect(maskWikiTargets('见 [[01-调度#nodeSelector|节点选择]]。')).toBe(`见 [[${' '.repeat('01-调度#nodeSelector'.length)}|节点选择]]。`);
    expect(maskWikiTargets('![[图.png]] and nodeSelector')).toContain('nodeSelector');
    expect(maskWikiTargets('no link')).toBe('no link');
  });

  it('`[[01-调度#nodeSelector|节点选择]]` in the storage chapter: not a mention of nodeSelector there', async () => {
    const g = await mine('f8a');
    const ns = byTitle(g, 'nodeSelector');
    const storage = g.notes!.find((n) => n.file.endsWith('02-存储.md'))!;
    expect(storage.mentions ?? []).not.toContain(ns.id);
  });

  it('the spans of running text skip a target', () => {
    const tree = { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', value: '见 [[a#nodeSelector|x]] 与 hostPID', position: { start: { line: 1, column: 1 }, end: { line: 1, column: 30 } } }] }] } as never;
    const spans = nameSpans(tree, 'x.md').map((s) => s.text);
    expect(spans).not.toContain('nodeSelector');
    expect(spans).toContain('hostPID');
  });
});

describe('fix27 finding 9: `X 下面不能用 Y` says Y is wrong there', () => {
  it('the shape', () => {
    expect(correctedName('第一次 apply 就报错了，envFrom 下面不能用 configMapKeyRef：', 'configMapKeyRef')).toBe('not-allowed-under');
    expect(correctedName('volumeMounts 里不能写 storageClassName', 'storageClassName')).toBe('not-allowed-under');
    expect(correctedName('改了 immutable 的 ConfigMap 之后，不能用 kubectl edit 再改它。', 'kubectl')).toBeUndefined();
  });

  it('chapter: no storageClassName from the warning; a definition elsewhere keeps it', async () => {
    const bad = await mine('f9a');
    expect(find(bad, 'storageClassName')).toBeUndefined();
    const good = await mine('f9x');
    expect(find(good, 'storageClassName')).toBeDefined();
  });
});

describe('fix27 finding 10: a summary callout is no definition when the note has one', () => {
  it('data', () => {
    const lines = ['> [!tip] 小结', '> requests 管调度', '', '> [!warning] 易错', '> limits 写错'];
    expect(inSummaryCallout(lines, 2)).toBe(true);
    expect(inSummaryCallout(lines, 5)).toBe(false);
    expect(inSummaryCallout(['> [!abstract]', '> x'], 2)).toBe(true);
    expect(labelLine('limits').test('**limits**：运行时上限')).toBe(true);
    expect(labelLine('limits').test('- **limits：** 上限')).toBe(true);
    expect(labelLine('limits').test('limits 是上限')).toBe(false);
  });

  it('passages: the callout gives way to the label line, kept when there is none', () => {
    const lines = ['> [!tip] 小结', '> requests 管调度，limits 管上限。', '', '**requests**：调度', '**limits**：上限'];
    const p = (conceptId: string, line: number, endLine: number) => ({ conceptId, at: { file: 'x.md', line, column: 1 }, endLine, blocks: [] });
    const out = preferDefinitions([p('limits', 2, 2), p('requests', 4, 5)], lines, (id) => [id]);
    expect(out.filter((x) => x.conceptId === 'limits').map((x) => x.at.line)).toEqual([4]);
    expect(preferDefinitions([p('x', 2, 2)], lines, (id) => [id]).map((x) => x.at.line)).toEqual([2]);
  });

  it('`> [!tip] 小结` then `**requests**：…\\n**limits**：…`: both excerpts are the definitions', async () => {
    const g = await mine('f10a');
    expect(excerptLines(g, 'limits')).not.toContain(4);
    expect(excerptLines(g, 'requests')).not.toContain(4);
  });

  it('look-alike: `> [!summary]` over kinds the list then defines: the kinds\' excerpts are their items (as on the base)', async () => {
    const g = await mine('f10b');
    expect(excerptLines(g, 'ResourceQuota')).not.toContain(4);
  });
});
