/**
 * mention10 (docs/miner.md, "mention10"): a field of a component configuration API named in passing
 * is that kind's field where the note names the kind or a component that reads it
 * (miner/config-mentions.ts); and the counter of vocabulary names by position
 * (bench/lib/vocab-mentions.mjs). Notes written for this test, not taken from the corpora.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { loadGraph } from '../../../src/graph/index.ts';
import { CONFIG_MENTION_RULES } from '../../../src/graph/miner/config-mentions.ts';
import { linesOf, occurrences, positionOf, shapeAt, writtenTokens, yamlKeysOf } from '../../../bench/lib/vocab-mentions.mjs';
import { normKey } from '../../../bench/lib/miner-score.mjs';
import { cleanup, contentDir } from './helpers.ts';

afterAll(cleanup);

const note = (...lines: string[]) => lines.join('\n') + '\n';
const graphOf = async (...lines: string[]) => loadGraph(await contentDir({ 'notes/n.md': note(...lines) }), { layout: false });
const field = (g: Awaited<ReturnType<typeof graphOf>>, name: string) => g.concepts.find((c) => c.kind === 'field' && (c.title === name || c.fieldPath?.split('.').pop() === name));

describe('CONFIG_MENTION_RULES', () => {
  const [rule] = CONFIG_MENTION_RULES;
  const whole = (re: RegExp, s: string) => [...s.matchAll(re)].some((m) => m[0] === s);
  it('a lower camelCase name, bare or set to a value in its code span; a path only in code', () => {
    expect(whole(rule!.token, 'containerLogMaxSize')).toBe(true);
    expect(whole(rule!.token, 'users')).toBe(false);
    expect(whole(rule!.token, 'KubeletConfiguration')).toBe(false);
    expect(CONFIG_MENTION_RULES[1]).toMatchObject({ lookup: 'path', codeOnly: true });
    expect(whole(CONFIG_MENTION_RULES[1]!.token, 'apiServer.extraArgs')).toBe(true);
    expect(rule!.valueInCode.test(': 10Mi')).toBe(true);
    expect(rule!.valueInCode.test('=true')).toBe(true);
    expect(rule!.valueInCode.test('.size')).toBe(false);
  });
});

describe('the mine stage reads a configuration field named in passing', () => {
  it('a kubelet setting set to a value in a diary, the kubelet named', async () => {
    const g = await graphOf(
      '# 周二：磁盘又满了',
      '',
      '查下来是 kubelet 的轮转太慢：节点上配的是 `containerLogMaxSize: 50Mi`，一天就写满了，下周统一改小。',
    );
    const f = field(g, 'containerLogMaxSize');
    expect(f?.owner).toBe('KubeletConfiguration');
    expect(f?.fieldPath).toBe('containerLogMaxSize');
  });
  it('fields of the audit Policy listed in prose above a `kind: Policy` example', async () => {
    const g = await graphOf(
      '# 审计策略',
      '',
      '匹配条件可以写 userGroups 这些，都没写就匹配全部；顶层的 omitManagedFields 设为 true 更省空间。',
      '',
      '~~~yaml',
      'apiVersion: audit.k8s.io/v1',
      'kind: Policy',
      'rules:',
      '  - level: None',
      '    userGroups: ["system:nodes"]',
      '~~~',
    );
    expect(field(g, 'userGroups')?.owner).toBe('Policy');
    expect(field(g, 'omitManagedFields')?.owner).toBe('Policy');
  });
  it('not where the note names neither the kind nor a component that reads it', async () => {
    const g = await graphOf('# 周二：磁盘又满了', '', '查下来是轮转太慢：配的是 `containerLogMaxSize: 50Mi`，一天就写满了。');
    expect(field(g, 'containerLogMaxSize')).toBeUndefined();
  });
  it('not names listed as examples of what the configuration holds', async () => {
    const g = await graphOf(
      '# kubeadm 配置',
      '',
      '**InitConfiguration** 只描述执行 init 的这一个节点，比如它的 advertiseAddress 和 bootstrapTokens。',
      '',
      'kubeadm 的 podSubnet、serviceSubnet 分别是 Pod 和 Service 的网段。',
    );
    expect(field(g, 'advertiseAddress')).toBeUndefined();
    expect(field(g, 'bootstrapTokens')).toBeUndefined();
    expect(field(g, 'podSubnet')?.owner).toBe('ClusterConfiguration');
  });
  it('a path of a configuration kind in a code span, the kind named', async () => {
    const g = await graphOf(
      '# 打开审计',
      '',
      '更稳的做法是写进 kubeadm 的 ClusterConfiguration，用 `apiServer.extraArgs` 和 `apiServer.extraVolumes`，这样升级时不会被覆盖。',
    );
    for (const path of ['apiServer.extraArgs', 'apiServer.extraVolumes']) {
      expect(g.concepts.find((c) => c.kind === 'field' && c.fieldPath === path)?.owner).toBe('ClusterConfiguration');
    }
  });
  it('not in an aside in parentheses, unless the aside names the kind', async () => {
    const g = await graphOf(
      '# kubelet 的镜像与驱逐',
      '',
      '硬阈值通过 kubelet 的 `--eviction-hard`（或配置文件里的 `evictionHard`）设置。',
      '',
      '拉镜像要排队（KubeletConfiguration 里的 `serializeImagePulls`，默认 true），大镜像会堵住别的 Pod。',
    );
    expect(field(g, 'evictionHard')).toBeUndefined();
    expect(field(g, 'serializeImagePulls')?.owner).toBe('KubeletConfiguration');
  });
  it('not the terms of a sum', async () => {
    const g = await graphOf('# kubelet 预留', '', 'kubelet 的预留之和等于 kubeReserved + systemReserved + 驱逐阈值。');
    expect(field(g, 'kubeReserved')).toBeUndefined();
    expect(field(g, 'systemReserved')).toBeUndefined();
  });
  it('not a name the REST API has a field of (read by the other rules), nor a path', async () => {
    const g = await graphOf('# kubelet 调优', '', 'kubelet 重启后 `schedulerName` 没变，`apiServer.extraArgs` 也没动。');
    expect(g.concepts.find((c) => c.fieldPath === 'schedulerName' && c.owner === 'KubeSchedulerConfiguration')).toBeUndefined();
    expect(field(g, 'extraArgs')).toBeUndefined();
  });
});

describe('vocab-mentions: where a note writes a name', () => {
  it('positions of a line', () => {
    expect(positionOf('## omitStages 怎么写', 3, 10)).toBe('heading');
    expect(positionOf('| `omitStages` | 说明 |', 3, 10)).toBe('table-first');
    expect(positionOf('- `omitStages`：说明', 3, 10)).toBe('item-lead');
    expect(positionOf('可以用 `omitStages` 去掉', 5, 10)).toBe('code-prose');
    expect(positionOf('可以用 omitStages 去掉', 4, 10)).toBe('plain');
  });
  it('shapes of running text: a value set, a gloss, an enumeration', () => {
    const kv = '按 `containerLogMaxSize: 10Mi` 轮转';
    expect(shapeAt(kv, kv.indexOf('container'), 'containerLogMaxSize'.length)).toBe('kv');
    const gloss = '从哪个 IP 来（sourceIPs）';
    expect(shapeAt(gloss, gloss.indexOf('source'), 9)).toBe('gloss');
    const en = '可以按 users、userGroups、verbs 来匹配';
    expect(shapeAt(en, en.indexOf('userGroups'), 10)).toBe('enum');
  });
  it('occurrences: lines outside fences, the subject, the YAML key', () => {
    const lines = linesOf(note('omitStages 是要跳过的阶段。', '~~~yaml', 'omitStages:', '  - RequestReceived', '~~~'));
    const o = occurrences(lines, 'omitStages', yamlKeysOf(lines, normKey), normKey);
    expect(o).toMatchObject({ lines: 1, subject: true, yamlKey: true, best: 'para-lead' });
    expect(writtenTokens(linesOf(note('| `level` | 说明 |', '- users：谁', '用 `verbs` 匹配')))).toEqual(['level', 'users', 'verbs']);
  });
});
