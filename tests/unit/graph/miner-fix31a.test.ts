/**
 * fix31a (docs/miner.md, "fix31a"): the QA's miner findings on a user's 语雀 / Typora / 有道云 / Joplin
 * chapters (qa51), as general rules, on chapters written for this test (tests/fixtures/fix31a, one
 * folder a case; never the QA's). Look-alikes (`…x`) and cases right before (`t8c`) must stay as they were.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../../src/graph/model.ts';
import { parseMarkdown, pairInlineHtml, renderHtml } from '../../../src/graph/markdown.ts';
import { enumValueTable } from '../../../src/graph/miner/setting-tables.ts';
import { headingHolderField, openingNames, siblingHolderField } from '../../../src/graph/miner/sibling-holder.ts';
import { fieldsNamed } from '../../../src/graph/vocabulary/index.ts';
import { byTitle, cleanup, fixtureChapters, mineNotes, parentTitle } from './helpers.ts';

afterAll(cleanup);

const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/fix31a');
const mine = (dir: string): Promise<Graph> => mineNotes(fixtureChapters(path.join(FIXTURES, dir)));
const titles = (g: Graph): string[] => g.concepts.filter((c) => c.id !== g.root).map((c) => c.title);

describe('fix31a item 2: a table of a field\'s sorts next to a kind the note defines (no YAML)', () => {
  it('`**Service** 是…` over `| 类型 | 适用场景 |`: the four Service types are terms under Service', async () => {
    const g = await mine('t2a');
    for (const v of ['ClusterIP', 'NodePort', 'LoadBalancer', 'ExternalName']) {
      expect(byTitle(g, v).kind).toBe('term');
      expect(parentTitle(g, v)).toBe('Service');
    }
  });

  it('a chapter titled after Service (its home), `| type | … |`: the same', async () => {
    const g = await mine('t2b');
    for (const v of ['ClusterIP', 'NodePort', 'LoadBalancer']) expect(parentTitle(g, v)).toBe('Service');
  });

  it('look-alike: the same rows in a diary that defines no Service stay no concepts', async () => {
    const g = await mine('t2x');
    expect(titles(g)).toEqual([]);
  });

  it('the rule reads the kinds it is given', () => {
    expect(enumValueTable(['ClusterIP', 'NodePort', 'LoadBalancer'], new Set(['Service']), '类型')?.path).toBe('spec.type');
    expect(enumValueTable(['ClusterIP', 'NodePort', 'LoadBalancer'], new Set(['Pod']), '类型')).toBeUndefined();
  });
});

describe('fix31a item 3: a list of a field\'s values, a field the note\'s YAML sets, explains the field', () => {
  it('`- Exact：…` items under `## 匹配方式`, an Ingress example setting `pathType`: the field pathType under Ingress; its values no concepts', async () => {
    const g = await mine('t3a');
    const f = byTitle(g, 'pathType');
    expect(f.owner).toBe('Ingress');
    expect(f.fieldPath).toBe('spec.rules[].http.paths[].pathType');
    expect(titles(g).filter((t) => ['Exact', 'Prefix', 'ImplementationSpecific'].includes(t))).toEqual([]);
  });

  it('a numbered list of Retain / Delete / Recycle over a PV example: persistentVolumeReclaimPolicy', async () => {
    const g = await mine('t3b');
    expect(byTitle(g, 'persistentVolumeReclaimPolicy').fieldPath).toBe('spec.persistentVolumeReclaimPolicy');
  });

  it('look-alike: the imagePullPolicy values listed with no YAML setting the field stay unlabelled, no concept', async () => {
    const g = await mine('t3x');
    expect(titles(g)).toEqual([]);
  });
});

describe('fix31a item 7: a probe parameter no container or probe context places', () => {
  it('`periodSeconds` beside `initialDelaySeconds` and `failureThreshold` under `# 健康检查`: the probe\'s, like its siblings', async () => {
    const g = await mine('t7a');
    expect(byTitle(g, 'periodSeconds').fieldPath).toBe('spec.containers[].livenessProbe.periodSeconds');
    expect(byTitle(g, 'initialDelaySeconds').fieldPath).toBe('spec.containers[].livenessProbe.initialDelaySeconds');
  });

  it('`## 存活探针` over `**periodSeconds**`: livenessProbe\'s, under it', async () => {
    const g = await mine('t7c');
    expect(byTitle(g, 'periodSeconds').fieldPath).toBe('spec.containers[].livenessProbe.periodSeconds');
    expect(parentTitle(g, 'periodSeconds')).toBe('livenessProbe');
  });

  it('`## 就绪探针` (already right): readinessProbe\'s', async () => {
    const g = await mine('t7b');
    expect(byTitle(g, 'periodSeconds').fieldPath).toBe('spec.containers[].readinessProbe.periodSeconds');
  });

  it('look-alike: `periodSeconds` among HPA behavior fields stays the HPA\'s', async () => {
    const g = await mine('t7x');
    const f = byTitle(g, 'periodSeconds');
    expect(f.owner).toBe('HorizontalPodAutoscaler');
    expect(f.fieldPath).toBe('spec.behavior.scaleDown.policies[].periodSeconds');
  });

  it('the rules: siblings of one holder type, a heading naming one probe', () => {
    const occs = fieldsNamed('periodSeconds');
    const tree = parseMarkdown('- **initialDelaySeconds**：…\n- **periodSeconds**：…\n- `failureThreshold`：…\n');
    expect(openingNames(tree.children)).toEqual(['initialDelaySeconds', 'periodSeconds', 'failureThreshold']);
    expect(siblingHolderField('periodSeconds', occs, tree.children)?.holder).toBe('Probe');
    const one = parseMarkdown('- **initialDelaySeconds**：…\n- **periodSeconds**：…\n');
    expect(siblingHolderField('periodSeconds', occs, one.children)).toBeUndefined();
    expect(headingHolderField(occs, ['存活探针'])?.holder).toBe('Probe');
    expect(headingHolderField(occs, ['缩容策略'])).toBeUndefined();
  });
});

describe('fix31a item 8: text inside `<font>` / `<span style>` wrappers reads as the page shows it', () => {
  it('Typora `<font color=…>**iptables 模式**：…</font>`: the three kube-proxy modes are terms', async () => {
    const g = await mine('t8a');
    for (const v of ['iptables', 'ipvs', 'nftables']) expect(byTitle(g, v).kind).toBe('term');
  });

  it('有道云 `<span style="…">**IPVS 模式**：…</span>`: the same', async () => {
    const g = await mine('t8b');
    expect(byTitle(g, 'ipvs').kind).toBe('term');
    expect(byTitle(g, 'nftables').kind).toBe('term');
  });

  it('already right with the wrapper (cgroup drivers): unchanged', async () => {
    const g = await mine('t8c');
    expect(titles(g).sort()).toEqual(['cgroupfs 驱动', 'systemd 驱动']);
  });

  it('the wrapper\'s tags leave the tree, the page is the same HTML', () => {
    const text = '<font color=red>**IPVS 模式**：用内核。</font>\n\n<span style="color:#c00">提醒</span> 和 <u>下划线</u>\n';
    const before = renderHtml(parseMarkdown(text));
    const tree = parseMarkdown(text);
    pairInlineHtml(tree);
    const p = tree.children[0]!;
    if (p.type !== 'paragraph') throw new Error('paragraph');
    expect(p.children[0]!.type).toBe('strong');
    expect(p.children.some((k) => k.type === 'html')).toBe(false);
    const after = renderHtml(tree);
    expect(after.replace(/<u>下划线<\/u>/, '下划线')).toBe(before);
    expect(after).toContain('<u>下划线</u>');
  });
});
