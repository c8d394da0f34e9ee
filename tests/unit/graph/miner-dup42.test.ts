/**
 * dup42 (docs/miner.md, "dup42"): one concept, not two. A state value a note explains for two owners (`Bound` of a
 * PV and of a PVC) is one state; a Latin name with a Chinese head word after it (`Spot 实例`) is the name itself; a
 * command's subcommand word (`drain`) is the command (`kubectl drain`). The merged names become aliases. Names and
 * notes written for this test, not taken from the corpora.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { loadGraph } from '../../../src/graph/index.ts';
import { HEAD_WORDS, SUBCOMMAND_TOOLS, headWordTitle, sameStateKey, sameThing, subcommandTitle, type ConceptNames } from '../../../src/graph/miner/same-thing.ts';
import { cleanup, contentDir } from './helpers.ts';

afterAll(cleanup);

const note = (...lines: string[]) => lines.join('\n') + '\n';
const graphOf = async (...lines: string[]) => loadGraph(await contentDir({ 'notes/n.md': note(...lines) }), { layout: false });
const term = (title: string, more: Partial<ConceptNames> = {}): ConceptNames => ({ title, aliases: [], kind: 'term', ...more });

describe('dup42: a Latin name with a Chinese head word', () => {
  it('is the name without the head word', () => {
    expect(headWordTitle(term('Spot 实例'), term('Spot'))).toBe('Spot');
    expect(headWordTitle(term('Operator 模式', { kind: 'pattern' }), term('Operator', { kind: 'pattern' }))).toBe('Operator');
    expect(headWordTitle(term('sidecar 容器'), term('Sidecar'))).toBe('Sidecar');
    // a field by its key
    expect(headWordTitle(term('handler 名字'), { title: 'handler', aliases: [], kind: 'field', fieldPath: 'handler' })).toBe('handler');
    expect(headWordTitle(term('QoS 类'), term('QoS'))).toBe('QoS');
    expect(sameThing(term('Spot 实例'), term('Spot'))).toEqual({ rule: 'head-word', via: 'Spot' });
  });

  it('reads only the head words of its table, and only one way', () => {
    expect(HEAD_WORDS).toContain('实例');
    // (the controller of a kind, a quota of a scheduler: other things; not head words)
    expect(headWordTitle(term('Endpoints 控制器'), { title: 'Endpoints', aliases: [], kind: 'object' })).toBeUndefined();
    expect(headWordTitle(term('CFS 配额'), term('CFS'))).toBeUndefined();
    // (the bare name is not folded into the headed one; a name that only shares a word stays apart)
    expect(headWordTitle(term('Spot'), term('Spot 实例'))).toBeUndefined();
    expect(headWordTitle(term('Spot Fleet 实例'), term('Spot'))).toBeUndefined();
    expect(headWordTitle(term('实例'), term('Spot'))).toBeUndefined();
  });
});

describe('dup42: a subcommand word and its command', () => {
  it('is the command when both are terms', () => {
    expect(SUBCOMMAND_TOOLS).toContain('kubectl');
    expect(subcommandTitle(term('drain'), term('kubectl drain'))).toBe(true);
    expect(sameThing(term('patch'), term('kubectl patch'))).toEqual({ rule: 'subcommand-word', via: 'patch' });
    // (a field of that word is another thing; another tool's word, or the command itself, is not the subcommand)
    expect(subcommandTitle(term('template'), { title: 'helm template', aliases: [], kind: 'field', fieldPath: 'spec.template' })).toBe(false);
    expect(subcommandTitle(term('drain'), term('kubectl cordon'))).toBe(false);
    expect(subcommandTitle(term('kubectl drain'), term('drain'))).toBe(false);
    expect(subcommandTitle(term('drain'), term('mytool drain'))).toBe(false);
  });
});

describe('dup42: a state value of two owners', () => {
  it('keys states by their value as written', () => {
    expect(sameStateKey('Bound')).toBe(sameStateKey(' Bound'));
    expect(sameStateKey('Bound')).not.toBe(sameStateKey('Pending'));
  });

  it('makes one state of a value the note explains for a PV and a PVC', async () => {
    const g = await graphOf(
      '# PV 与 PVC 的状态',
      '',
      '| 对象 | 状态 | 含义 |',
      '|---|---|---|',
      '| PV | **Available** | 空闲，还没被绑定 |',
      '| PV | **Bound** | 已和某个 PVC 绑定 |',
      '| PV | **Released** | PVC 被删了，资源还没回收 |',
      '| PVC | **Pending** | 还没找到合适的 PV |',
      '| PVC | **Bound** | 已绑定 |',
      '| PVC | **Lost** | 绑定的 PV 没了 |',
    );
    const defined = (g.notes ?? []).find((n) => n.file === 'notes/n.md')!.defines.map((id) => g.concepts.find((c) => c.id === id)!);
    const states = defined.filter((c) => c.kind === 'state');
    expect(states.filter((c) => c.title === 'Bound')).toHaveLength(1);
    expect(states.map((c) => c.title).sort()).toEqual(['Available', 'Bound', 'Lost', 'Pending', 'Released']);
  });
});

describe('dup42: a note with a headed name and a subcommand word', () => {
  it('keeps one page for each', async () => {
    const g = await graphOf(
      '# 节点维护',
      '',
      '**Spot 实例**：云厂商低价出售的闲置算力，随时可能被回收。',
      '',
      '**Spot**：可被回收的实例的总称，本文说的都是它。',
      '',
      '**kubectl drain**：把节点上的 Pod 驱逐干净，再标记为不可调度。',
      '',
      'drain 是维护节点前的第一步，它会尊重 PDB。',
    );
    const titles = g.concepts.map((c) => c.title);
    expect(titles.filter((t) => /^Spot/.test(t))).toHaveLength(1);
    const spot = g.concepts.find((c) => /^Spot/.test(c.title))!;
    expect([spot.title, ...spot.aliases]).toEqual(expect.arrayContaining(['Spot', 'Spot 实例']));
    expect(titles).not.toContain('drain');
  });
});
