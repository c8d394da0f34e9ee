/**
 * rules29 (docs/miner.md, "rules29"): a setting written as the label of the passage that explains it —
 * `**honorLabels=true：**…`, `` - `doNotTrack: true`：… ``, `**terminationMessagePolicy=FallbackToLogsOnError：**…` —
 * names its key (setting-labels.ts SETTING_LABEL_SHAPES, read by resolve.ts): a field when the API places the key
 * (a long value no longer makes the label a sentence), a term of the note when nothing places it (no longer dropped
 * as `key-value`). Chapters written for this test in new words, with look-alikes that must keep their reading.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { loadGraph } from '../../../src/graph/index.ts';
import { SETTING_LABEL_SHAPES, settingLabelKey } from '../../../src/graph/miner/setting-labels.ts';
import { cleanup, contentDir } from './helpers.ts';

afterAll(cleanup);

const note = (...lines: string[]) => lines.join('\n') + '\n';
const build = async (files: Record<string, string>) => loadGraph(await contentDir(files), { layout: false });
type G = Awaited<ReturnType<typeof build>>;
const titles = (g: G) => g.concepts.filter((c) => c.id !== g.root).map((c) => c.title);

describe('a label that sets a camelCase key to one value', () => {
  it.each(SETTING_LABEL_SHAPES.map((s) => [s.name, s.example, s.key] as const))('%s: %s names %s', (_n, example, key) => {
    expect(settingLabelKey(example)).toBe(key);
    expect(settingLabelKey(`\`${example}\``)).toBe(key);
  });
  it.each(SETTING_LABEL_SHAPES.map((s) => [s.name, s.lookalike] as const))('%s, look-alike: %s', (_n, lookalike) => {
    expect(settingLabelKey(lookalike)).toBeUndefined();
  });
  it.each(['replicas', 'maxSurge=25% 和 maxUnavailable=0', 'runAsUser: 1000 之后', 'Mode=ipvs', 'spec.replicas=3'])('no setting label: %s', (label) => {
    expect(settingLabelKey(label)).toBeUndefined();
  });
});

describe('in a note', () => {
  it('a key of the API set to a long value, as a bold label, is the field', async () => {
    const g = await build({
      'notes/diary.md': note('# 值班记录', '', '## 容器退出没有原因', '',
        '**terminationMessagePolicy=FallbackToLogsOnError：**默认只读终止消息文件；改成这个值以后，文件为空且容器出错退出时，kubelet 会取日志的最后几行当作终止消息。', ''),
    });
    const c = g.concepts.find((x) => x.title === 'terminationMessagePolicy');
    expect(c, titles(g).join(', ')).toMatchObject({ kind: 'field', fieldPath: 'spec.containers[].terminationMessagePolicy' });
    expect(titles(g)).not.toContain('terminationMessagePolicy=FallbackToLogsOnError');
  });
  it('keys no kind places, set as labels that open their explanation, are terms of the note', async () => {
    const g = await build({
      'notes/hostpolicy.md': note('# 主机端点策略的三个开关', '', '几个只在主机端点上才有意义的开关：', '',
        '- `skipConntrackTable: true`：规则在连接跟踪之前生效，回包需要另外放行，适合吞吐很高的主机端点；',
        '- `beforeNatRewrite: true`：在地址转换之前匹配，用来限制节点端口的来源；', '',
        '**keepSourceLabels=true：**抓到的指标自带同名标签时，以目标自己的标签为准，不再改名。', ''),
    });
    expect(titles(g)).toEqual(expect.arrayContaining(['skipConntrackTable', 'beforeNatRewrite', 'keepSourceLabels']));
    expect(titles(g).filter((t) => /[=:]/.test(t))).toEqual([]);
  });
  it('look-alikes: settings in passing, in code or bold mid-sentence, and a flag stay unmade', async () => {
    const g = await build({
      'notes/passing.md': note('# 发布记录', '', '这次发布把 `maxSurgeCount: 2` 写进去以后就没再动过。', '',
        '- `--dry-run=client`：只在本地渲染，不发给 apiserver；', '',
        '上线前又把 **quietPeriod=30** 写死在配置里，之后没人改过。', ''),
    });
    for (const t of ['maxSurgeCount', 'dry-run', '--dry-run=client', 'quietPeriod']) expect(titles(g)).not.toContain(t);
  });
});
