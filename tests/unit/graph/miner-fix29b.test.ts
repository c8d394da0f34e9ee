/**
 * fix29b (docs/miner.md, "fix29b"): the QA's findings on a user's 思源笔记 / 飞书 exports (qa48), as
 * general rules, on chapters written for this test (tests/fixtures/fix29b, one folder a case; never
 * the QA's). Look-alikes (`…x`) must stay as they were.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { Root } from 'mdast';
import type { Graph } from '../../../src/graph/model.ts';
import { parseMarkdown } from '../../../src/graph/markdown.ts';
import { plainTextOf, withoutHighlightMarks } from '../../../src/graph/markdown.ts';
import { markHighlights } from '../../../src/graph/highlights.ts';
import { isSpacedTag, markInlineTags, tagKey, tagsIn, tagUrlPath, withoutTags } from '../../../src/graph/tags.ts';
import { propertyTags } from '../../../src/graph/miner/property-block.ts';
import { isReferenceTitle } from '../../../src/graph/miner/reference-titles.ts';
import { ownRowText } from '../../../src/graph/summaries.ts';
import { byTitle, cleanup, diag, fixtureChapters, homeTitle, mineNotes, parentTitle } from './helpers.ts';

afterAll(cleanup);

const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/fix29b');
const chapters = (dir: string): Record<string, string[]> => fixtureChapters(path.join(FIXTURES, dir));
const mine = (dir: string): Promise<Graph> => mineNotes(chapters(dir));

describe('fix29b finding 1: a reference sheet or exam review is no detail of its lists', () => {
  it('the titles', () => {
    expect(isReferenceTitle('CKS 考前速查')).toBe(true);
    expect(isReferenceTitle('节点维护小抄')).toBe(true);
    expect(isReferenceTitle('kubectl Cheat Sheet')).toBe(true);
    expect(isReferenceTitle('CKAD 第 3 天')).toBe(true);
    expect(isReferenceTitle('Pod 的健康检查')).toBe(false);
  });

  it('an exam sheet whose only definition is a list item: no home (not `runAsNonRoot`), no topic made of the title', async () => {
    const g = await mine('f1a');
    expect(homeTitle(g, 'notes/CKS 考前速查.md')).toBeUndefined();
    expect(byTitle(g, 'runAsNonRoot').fieldPath).toBe('spec.securityContext.runAsNonRoot');
    expect(g.concepts.filter((c) => c.kind === 'topic' && c.id !== g.root).map((c) => c.title)).toEqual([]);
  });

  it('a Chinese cheat sheet (小抄): no home, not the most written `unschedulable`', async () => {
    const g = await mine('f1b');
    expect(homeTitle(g, 'notes/节点维护小抄.md')).toBeUndefined();
    expect(byTitle(g, 'unschedulable').fieldPath).toBe('spec.unschedulable');
  });

  it('a sheet whose detail is a field of an object another chapter defines: the field under that object, not a root branch of its own', async () => {
    const g = await mine('f1c');
    expect(homeTitle(g, 'notes/存储排查备忘.md')).toBeUndefined();
    expect(homeTitle(g, 'notes/动态供给.md')).toBe('StorageClass');
    expect(parentTitle(g, 'volumeBindingMode')).toBe('StorageClass');
  });

  it('look-alike: a sheet that defines several things keeps the older fallback (its concepts keep their edges through it)', async () => {
    const g = await mineNotes({ 'notes/CKA 备考速查.md': ['# CKA 备考速查', '', '- `runAsUser`：容器进程的用户 ID', '- `fsGroup`：卷文件的属组'] });
    expect(homeTitle(g, 'notes/CKA 备考速查.md')).toBe('runAsUser');
  });

  it('look-alike: a sheet whose title names what it defines keeps that home', async () => {
    const g = await mine('f1x');
    expect(homeTitle(g, 'notes/ConfigMap 速查.md')).toBe('ConfigMap');
    expect(g.concepts.filter((c) => c.kind === 'topic' && c.id !== g.root).map((c) => c.title)).toEqual([]);
  });
});

describe('fix29b finding 2: the heading over a field names its kind, however deep the place', () => {
  it('`## DaemonSet` over `maxUnavailable` in a note naming Deployment too: the DaemonSet\'s rolling update', async () => {
    const g = await mine('f2a');
    const c = byTitle(g, 'maxUnavailable');
    expect([c.owner, c.fieldPath]).toEqual(['DaemonSet', 'spec.updateStrategy.rollingUpdate.maxUnavailable']);
    expect(diag(g, 'ambiguous-field')).toEqual([]);
  });

  it('`## StatefulSet 滚动更新`: the StatefulSet\'s', async () => {
    const g = await mine('f2b');
    const c = byTitle(g, 'maxUnavailable');
    expect([c.owner, c.fieldPath]).toEqual(['StatefulSet', 'spec.updateStrategy.rollingUpdate.maxUnavailable']);
  });

  it('look-alike: a heading naming no kind, Deployment and PodDisruptionBudget in the text: still open, with a diagnostic', async () => {
    const g = await mine('f2x');
    expect(byTitle(g, 'maxUnavailable').fieldPath).toBeUndefined();
    expect(diag(g, 'ambiguous-field').map((d) => d.message)).toEqual([expect.stringContaining('maxUnavailable')]);
  });
});

describe('fix29b finding 3: the probes\' shared parameters hang under the probe the chapter explains', () => {
  it('a parameters table after an example of two probes: under the probe its fieldPath names (the one the YAML sets it in), the other in sharedPaths', async () => {
    const g = await mine('f3a');
    for (const [name, probe] of [['timeoutSeconds', 'livenessProbe'], ['successThreshold', 'readinessProbe']] as const) {
      expect(parentTitle(g, name)).toBe(probe);
      expect(byTitle(g, name).fieldPath).toBe(`spec.containers[].${probe}.${name}`);
      expect(byTitle(g, name).sharedPaths?.length).toBe(2);
    }
  });
});

describe('fix29b finding 4: a concept named by a table row is summed up by its own row', () => {
  it('the row\'s other cell alone; several cells each after its header', () => {
    const tree = parseMarkdown('| 阶段 | 说明 |\n| --- | --- |\n| Bound | 已经绑定 |\n\n| 字段 | 默认 | 作用 |\n| --- | --- | --- |\n| `periodSeconds` | 10 | 间隔 |\n');
    const names = (t: string) => ({ title: t, aliases: [] as string[] });
    expect(ownRowText(tree.children, names('Bound'))).toBe('已经绑定');
    expect(ownRowText(tree.children, names('periodSeconds'))).toBe('默认：10；作用：间隔');
    expect(ownRowText(tree.children, names('阶段'))).toBeUndefined();
  });

  it('a field\'s row that names it by the end of its path (lead37), not a row of another path ending in its name', () => {
    const tree = parseMarkdown('| 字段 | 含义 | 默认值 |\n| --- | --- | --- |\n| `updateStrategy.type` | RollingUpdate 或 OnDelete | RollingUpdate |\n| `rollingUpdate.partition` | 序号大于等于这个值的 Pod 才更新 | 0 |\n| `other.partition` | 别的 | 1 |\n');
    const field = (title: string, fieldPath: string) => ({ title, aliases: [] as string[], fieldPath });
    expect(ownRowText(tree.children, field('partition', 'spec.updateStrategy.rollingUpdate.partition'))).toBe('含义：序号大于等于这个值的 Pod 才更新；默认值：0');
    expect(ownRowText(tree.children, field('type', 'spec.updateStrategy.type'))).toBe('含义：RollingUpdate 或 OnDelete；默认值：RollingUpdate');
    expect(ownRowText(tree.children, field('partition', 'spec.partition'))).toBeUndefined();
    expect(ownRowText(tree.children, { title: 'partition', aliases: [] as string[] })).toBeUndefined();
  });

  it('PV phases: each from its row, not the header row', async () => {
    const g = await mine('f4a');
    expect(byTitle(g, 'Bound').summary).toBe('已经和某个 PVC 绑定');
    expect(byTitle(g, 'Released').summary).toBe('绑定它的 PVC 被删了，但数据还在，还不能给别人用');
  });

  it('container states, three columns', async () => {
    const g = await mine('f4b');
    expect(byTitle(g, 'Waiting').summary).toBe('含义：还没跑起来，在等什么东西；常见原因：拉镜像、等 Init 容器');
  });
});

describe('fix29b finding 5: a kubelet setting in a sentence naming kubelet is a KubeletConfiguration field', () => {
  it('imageGCHighThresholdPercent, serializeImagePulls', async () => {
    for (const [dir, name] of [['f5a', 'imageGCHighThresholdPercent'], ['f5b', 'serializeImagePulls']] as const) {
      const c = byTitle(await mine(dir), name);
      expect([c.kind, c.owner, c.fieldPath]).toEqual(['field', 'KubeletConfiguration', name]);
    }
  });

  it('look-alike: the sentence names no component: as before (no field)', async () => {
    const c = (await mine('f5x')).concepts.find((x) => x.title === 'containerLogMaxSize');
    expect(c?.kind).not.toBe('field');
  });
});

describe('fix29b finding 6: a highlighted gloss is read as a bold one', () => {
  it('the tree: a one-node highlight is a strong shown as <mark>; code and cross-node highlights are left', () => {
    const tree = parseMarkdown('通过==探针（Probe）==检查，`a==b` 和 `c==d` 不是，==**跨节点**==也不是。\n') as Root;
    expect(markHighlights(tree)).toBe(1);
    const p = tree.children[0] as { children: { type: string; data?: { hName?: string } }[] };
    expect(p.children.filter((c) => c.type === 'strong').map((c) => c.data?.hName)).toEqual(['mark', undefined]);
  });

  it('a gloss in running text and a label in a list item mine as their bold twins do', async () => {
    const a = await mine('f6a');
    expect(byTitle(a, '调谐循环').aliases).toContain('Reconcile Loop');
    const b = await mine('f6b');
    expect(byTitle(b, '边车（Sidecar）').kind).toBe('pattern');
    const body = b.notes?.[0]?.body ?? '';
    expect(body).toContain('<mark>');
    expect(body).not.toContain('==');
  });
});

describe('fix29b finding 7: summaries are plain text, without highlight marks', () => {
  it('plainTextOf / withoutHighlightMarks', () => {
    const tree = parseMarkdown('存数据，==默认不加密==，`x=="a" && y=="b"` 照写。\n');
    expect(plainTextOf(tree)).toBe('存数据，默认不加密，x=="a" && y=="b" 照写。');
    expect(withoutHighlightMarks('a ==b== c')).toBe('a b c');
  });

  it('the Secret\'s summary', async () => {
    const g = await mine('f7a');
    expect(byTitle(g, 'Secret').summary).toBe('存放密码、令牌这些敏感数据的对象，默认并不加密，只是做了 base64 编码。');
  });
});

describe('fix29b finding 8: 思源笔记 spaced tags and Notion\'s Tags property are the note\'s tags', () => {
  it('spaced tags: closed by #, two to four words, at least one letter; Obsidian tags around them as before', () => {
    expect(tagsIn('#云原生 学习# #k8s/调度#')).toEqual(['云原生 学习', 'k8s/调度']);
    expect(tagsIn('#a 和 #b')).toEqual(['a', 'b']);
    expect(tagsIn('#1 2# x')).toEqual([]);
    expect(withoutTags('标题 #学习 笔记#')).toBe('标题 ');
    expect(isSpacedTag('Pod 调度')).toBe(true);
    expect(isSpacedTag('a//b c')).toBe(false);
    expect(tagKey('Pod 调度')).toBe('pod-调度');
    expect(tagUrlPath('云原生 学习')).toBe(`tags/${encodeURIComponent('云原生-学习')}/`);
    const tree = parseMarkdown('#云原生 学习# 正文\n');
    expect(markInlineTags(tree)).toEqual(['云原生 学习']);
  });

  it('Notion\'s `Tags:` line', () => {
    const src = '# Pod 调度\n\nCreated: 2025年2月3日\nTags: k8s, Pod 调度，笔记、#考试\nStatus: 进行中\n\n正文\n';
    expect(propertyTags(parseMarkdown(src), src, () => true)).toEqual(['k8s', 'Pod 调度', '笔记', '考试']);
    const plain = '# Service\n\nService: 一个稳定的入口\n';
    expect(propertyTags(parseMarkdown(plain), plain, () => true)).toEqual([]);
  });

  it('the notes carry them (tags page, note page)', async () => {
    const a = await mine('f8a');
    expect(a.notes?.[0]?.tags).toEqual(['云原生 学习', 'k8s/调度']);
    expect(a.notes?.[0]?.body).not.toContain('学习#');
    const b = await mine('f8b');
    expect(b.notes?.[0]?.tags).toEqual(['k8s', 'Pod 调度', '笔记']);
  });
});
