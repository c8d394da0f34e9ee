/**
 * fix30b (docs/miner.md, "fix30b"): the QA's findings on a user's Logseq and Obsidian chapters (qa50), as
 * general rules, on chapters written for this test (tests/fixtures/fix30b, one folder a case, Logseq
 * pages and journals kept in their folders; never the QA's). Look-alikes (`…x`) must stay as they were.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../../src/graph/model.ts';
import { isDateTitle } from '../../../src/graph/miner/date-titles.ts';
import { withoutLongerNames } from '../../../src/graph/miner/field-values.ts';
import { holdersNamedIn, NEAREST_HOLDER_RULE, openingName, placeUnderHolder, placeUnderParent } from '../../../src/graph/miner/holder-chain.ts';
import { fieldAt } from '../../../src/graph/vocabulary/index.ts';
import { runStages } from '../../../src/graph/load.ts';
import { byTitle, cleanup, contentDir, homeTitle, mineNotes, parentTitle } from './helpers.ts';

afterAll(cleanup);

const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/fix30b');

/** A fixture folder's chapters as notes, their sub-folders kept (`journals/2024_05_20.md` → `notes/journals/2024_05_20.md`). */
function chapters(dir: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  const walk = (rel: string): void => {
    for (const f of readdirSync(path.join(FIXTURES, dir, rel)).sort()) {
      const r = rel === '' ? f : `${rel}/${f}`;
      if (statSync(path.join(FIXTURES, dir, r)).isDirectory()) walk(r);
      else out[`notes/${r}`] = readFileSync(path.join(FIXTURES, dir, r), 'utf8').replace(/\n$/, '').split('\n');
    }
  };
  walk('');
  return out;
}
const mine = (dir: string): Promise<Graph> => mineNotes(chapters(dir));
const titled = (g: Graph, title: string) => g.concepts.filter((c) => c.title === title);

describe('fix30b finding 1: a field\'s values are tied to the field the note names, decided with the catalogue\'s enum values', () => {
  it('a name written only as the tail of a longer API name is not written', () => {
    expect(withoutLongerNames('PV 的 persistentVolumeReclaimPolicy 决定', 'reclaimPolicy')).not.toMatch(/reclaimPolicy/i);
    expect(withoutLongerNames('存储类的 `reclaimPolicy` 和 .reclaimPolicy', 'reclaimPolicy')).toBe('存储类的 `reclaimPolicy` 和 .reclaimPolicy');
    expect(withoutLongerNames('按 Pod 的 QoS Class 决定', 'qosClass')).toBe('按 Pod 的 QoS Class 决定');
  });

  it('Logseq: Retain / Delete / Recycle under a `persistentVolumeReclaimPolicy::` bullet hang under the PV\'s field; no StorageClass `reclaimPolicy` is made', async () => {
    const g = await mine('f1a');
    const field = byTitle(g, 'persistentVolumeReclaimPolicy');
    expect(field.fieldPath).toBe('spec.persistentVolumeReclaimPolicy');
    for (const v of ['Retain', 'Delete', 'Recycle']) expect(parentTitle(g, v)).toBe('persistentVolumeReclaimPolicy');
    expect(titled(g, 'reclaimPolicy')).toEqual([]);
  });

  it('Markdown: bold values under a sentence naming `persistentVolumeReclaimPolicy`: the same, no `reclaimPolicy`', async () => {
    const g = await mine('f1b');
    expect(parentTitle(g, 'Retain')).toBe('persistentVolumeReclaimPolicy');
    expect(parentTitle(g, 'Delete')).toBe('persistentVolumeReclaimPolicy');
    expect(titled(g, 'reclaimPolicy')).toEqual([]);
  });

  it('next to a map whose concept stands for both PV and PVC: the PV chapter\'s field is still made and tied to its values', async () => {
    const files: Record<string, string> = {
      'map.md': '- Root {#root}\n  - 存储 {#storage}\n    - PV 与 PVC {#pv-and-pvc}\n',
      'concepts/pv-and-pvc.md': ['---', 'id: pv-and-pvc', 'title: PV 与 PVC', 'aliases: [PV, PVC, PersistentVolume, PersistentVolumeClaim]', 'kind: object', '---', '', '# PV 与 PVC', '', '卷和对卷的申领。', ''].join('\n'),
    };
    for (const [f, l] of Object.entries(chapters('f1a'))) files[f] = l.join('\n') + '\n';
    const ctx = await runStages(await contentDir(files), { layout: false });
    const g = ctx.graph!;
    const field = g.concepts.find((c) => c.fieldPath === 'spec.persistentVolumeReclaimPolicy')!;
    expect(field).toBeDefined();
    for (const v of ['Retain', 'Delete', 'Recycle']) expect(g.edges.some((e) => e.from === field.id && e.to === byTitle(g, v).id)).toBe(true);
    expect(titled(g, 'reclaimPolicy')).toEqual([]);
  });

  it('look-alike: a StorageClass chapter that writes `reclaimPolicy` itself keeps the class\'s field', async () => {
    const g = await mine('f1c');
    expect(byTitle(g, 'reclaimPolicy').fieldPath).toBe('reclaimPolicy');
    expect(parentTitle(g, 'reclaimPolicy')).toBe('StorageClass');
  });

  it('look-alike: values only listed under the field, not explained, are no concepts', async () => {
    const g = await mine('f1x');
    for (const v of ['Retain', 'Delete', 'Recycle']) expect(titled(g, v)).toEqual([]);
  });
});

describe('fix30b finding 2: a date title names no concept; the home comes from the body', () => {
  it('the titles', () => {
    for (const t of ['2024-03-12', '2024_03_12', '3月12日', '2024年3月12日 周二', 'Mar 12th, 2024', '2024-05-22 学习记录', '20240312']) expect(isDateTitle(t), t).toBe(true);
    for (const t of ['2024-06-03 StatefulSet 扩容', '3 月 12 日：探针超时', 'Pod 基础', '排错日记']) expect(isDateTitle(t), t).toBe(false);
  });

  it('a Logseq journal: the home is the kind its entries write most, and --explain says it came from the body, not the title', async () => {
    const ctx = await runStages(await contentDir(Object.fromEntries(Object.entries(chapters('f2a')).map(([f, l]) => [f, l.join('\n') + '\n']))), { layout: false });
    const g = ctx.graph!;
    expect(homeTitle(g, 'notes/journals/2024_05_20.md')).toBe('HorizontalPodAutoscaler');
    const home = g.notes!.find((n) => n.file === 'notes/journals/2024_05_20.md')!.home!;
    const about = (ctx.provenance.get(home) ?? []).filter((p) => p.role === 'about' && p.at.file === 'notes/journals/2024_05_20.md');
    expect(about.map((p) => p.rule)).toEqual(['date-title → body']);
    expect(parentTitle(g, 'kubelet')).not.toBe('HorizontalPodAutoscaler');
  });

  it('an Obsidian daily note `2024-06-03.md`: a term of the afternoon\'s entry is no part of the morning\'s', async () => {
    const g = await mine('f2b');
    expect(homeTitle(g, 'notes/2024-06-03.md')).toBe('ImagePullBackOff');
    expect(parentTitle(g, 'Evicted')).not.toBe('ImagePullBackOff');
  });

  it('a `# 6月3日` page with two entry headings: the kind it writes most is its home, the title makes no topic', async () => {
    const g = await mine('f2c');
    expect(homeTitle(g, 'notes/6月3日.md')).toBe('ConfigMap');
    expect(g.concepts.filter((c) => c.kind === 'topic' && c.id !== g.root)).toEqual([]);
  });

  it('look-alike: a date before a name (`# 2024-06-03 StatefulSet 扩容`) is a title that names its subject', async () => {
    const g = await mine('f2x');
    expect(homeTitle(g, 'notes/扩容记录.md')).toBe('StatefulSet');
    expect(parentTitle(g, 'volumeClaimTemplates')).toBe('StatefulSet');
  });
});

describe('fix30b finding 3: a probe\'s handler is the field of the probe named nearest to it', () => {
  it('the rule\'s parts', () => {
    const probes = NEAREST_HOLDER_RULE.groups[0]!;
    expect(holdersNamedIn('## 就绪探针 readinessProbe', probes)).toEqual({ one: 'readinessProbe' });
    expect(holdersNamedIn('启动探针', probes)).toEqual({ one: 'startupProbe' });
    expect(holdersNamedIn('三种探针 livenessProbe、readinessProbe 都能用', probes)).toEqual({ several: true });
    expect(holdersNamedIn('探测方式', probes)).toBeUndefined();
    expect(openingName('\t- readinessProbe:: 判断…')).toBe('readinessProbe');
    expect(openingName('  - **httpGet**：发请求')).toBe('httpGet');
    expect(openingName('- `port`')).toBe('port');
    expect(openingName('- 探测方式')).toBeUndefined();
    const live = fieldAt('Pod', 'spec.containers[].livenessProbe.httpGet')!;
    expect(placeUnderHolder(live, 'startupProbe')?.path).toBe('spec.containers[].startupProbe.httpGet');
    expect(placeUnderHolder(live, 'preStop')?.path).toBe('spec.containers[].lifecycle.preStop.httpGet');
    expect(placeUnderParent('port', 'httpGet', 'Pod')?.path).toBe('spec.containers[].livenessProbe.httpGet.port');
    expect(placeUnderParent('grpc', 'readinessProbe')?.path).toBe('spec.containers[].readinessProbe.grpc');
  });

  it('Logseq: handlers nested under `readinessProbe::` and `startupProbe::` bullets, and `path`/`port` under `httpGet::`', async () => {
    const g = await mine('f3a');
    expect(byTitle(g, 'httpGet').fieldPath).toBe('spec.containers[].readinessProbe.httpGet');
    expect(byTitle(g, 'tcpSocket').fieldPath).toBe('spec.containers[].readinessProbe.tcpSocket');
    expect(byTitle(g, 'exec').fieldPath).toBe('spec.containers[].startupProbe.exec');
    expect(byTitle(g, 'grpc').fieldPath).toBe('spec.containers[].startupProbe.grpc');
    // (fix32a: a field whose own key is a generic word is titled with its holder: `httpGet.path`, miner/field-titles.ts)
    expect(byTitle(g, 'httpGet.path').fieldPath).toBe('spec.containers[].readinessProbe.httpGet.path');
    expect(byTitle(g, 'port').fieldPath).toBe('spec.containers[].readinessProbe.httpGet.port');
    expect(byTitle(g, 'httpGet').sharedPaths).toBeUndefined();
    expect(parentTitle(g, 'httpGet')).toBe('readinessProbe');
    expect(parentTitle(g, 'exec')).toBe('startupProbe');
    expect(parentTitle(g, 'port')).toBe('httpGet');
  });

  it('Markdown: the heading over the definitions names the probe (`## 启动探针 startupProbe`, `## 就绪探针 readinessProbe`)', async () => {
    const g = await mine('f3b');
    expect(byTitle(g, 'exec').fieldPath).toBe('spec.containers[].startupProbe.exec');
    expect(byTitle(g, 'tcpSocket').fieldPath).toBe('spec.containers[].startupProbe.tcpSocket');
    expect(byTitle(g, 'httpGet').fieldPath).toBe('spec.containers[].readinessProbe.httpGet');
    expect(parentTitle(g, 'httpGet')).toBe('readinessProbe');
  });

  it('Markdown: a nested list under a bold `readinessProbe`', async () => {
    const g = await mine('f3c');
    expect(byTitle(g, 'tcpSocket').fieldPath).toBe('spec.containers[].readinessProbe.tcpSocket');
    expect(byTitle(g, 'grpc').fieldPath).toBe('spec.containers[].readinessProbe.grpc');
  });

  it('another holder group: handlers under the lifecycle hooks `postStart` / `preStop`', async () => {
    const g = await mine('f3d');
    expect(byTitle(g, 'exec').fieldPath).toBe('spec.containers[].lifecycle.postStart.exec');
    expect(byTitle(g, 'httpGet').fieldPath).toBe('spec.containers[].lifecycle.preStop.httpGet');
    expect(parentTitle(g, 'httpGet')).toBe('preStop');
  });

  it('a chapter whose own `httpGet` is preStop\'s does not mention another chapter\'s readinessProbe `httpGet`', async () => {
    const g = await mineNotes({ ...chapters('f3a'), ...chapters('f3d') });
    const probe = g.concepts.find((c) => c.fieldPath === 'spec.containers[].readinessProbe.httpGet')!;
    const hook = g.concepts.find((c) => c.fieldPath === 'spec.containers[].lifecycle.preStop.httpGet')!;
    expect(probe.id).not.toBe(hook.id);
    expect(g.notes!.find((n) => n.file === 'notes/优雅退出.md')!.mentions).not.toContain(probe.id);
  });

  it('look-alike: a bullet naming all three probes over the handlers keeps fix29b\'s shared form', async () => {
    const g = await mine('f3x');
    const h = byTitle(g, 'httpGet');
    expect(h.fieldPath).toBe('spec.containers[].livenessProbe.httpGet');
    expect(h.sharedPaths).toEqual(['spec.containers[].livenessProbe.httpGet', 'spec.containers[].readinessProbe.httpGet', 'spec.containers[].startupProbe.httpGet']);
  });

  it('look-alike: the nearest YAML example places the handler as before', async () => {
    const g = await mine('f3y');
    expect(byTitle(g, 'httpGet').fieldPath).toBe('spec.containers[].readinessProbe.httpGet');
    expect(byTitle(g, 'periodSeconds').fieldPath).toBe('spec.containers[].readinessProbe.periodSeconds');
  });
});
