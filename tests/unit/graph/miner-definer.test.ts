/**
 * The learned definition scorer (src/graph/miner/definer.ts): candidate generation, features,
 * scoring and how its candidates join the rules'. Every sentence here was written for this test.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { parseMarkdown } from '../../../src/graph/markdown.ts';
import {
  ALL_FEATURES,
  cleanName,
  combineCandidates,
  describeScore,
  featuresOf,
  nameCandidates,
  noteFacts,
  scoreFeatures,
  scoreNames,
  trailingName,
  setDefiner,
  type DefinerWeights,
} from '../../../src/graph/miner/definer.ts';
import { outlineNote } from '../../../src/graph/miner/outline.ts';
import { sentenceStarts } from '../../../src/graph/mention-context.ts';
import shipped from '../../../src/graph/miner/definer-weights.json' with { type: 'json' };

const note = (...lines: string[]) => {
  const text = lines.join('\n') + '\n';
  return { tree: parseMarkdown(text), file: 'notes/x.md', title: 'x', fences: [] };
};
const feature = (x: number[], name: string) => x[ALL_FEATURES.indexOf(name)];

afterEach(() => setDefiner(undefined));

describe('candidates', () => {
  const n = note(
    '# 标题',
    '## 亲和性 nodeAffinity',
    '**污点（Taint）**：打在节点上的标记。',
    '- `tolerationSeconds`：容忍多久。',
    '- 其他说明：没什么。',
    '调度器会读取 backoffLimit，而 kube-proxy 负责转发；这是 the normal way。',
    '',
    '| 阶段 | 含义 |',
    '| --- | --- |',
    '| Pending | 还没调度 |',
  );
  const cands = nameCandidates(n);
  const keys = [...cands.keys()];

  it('finds names in headings, bold, code, glosses, openers, table first cells and Latin identifiers', () => {
    for (const k of ['亲和性nodeaffinity', 'nodeaffinity', '污点', 'taint', 'tolerationseconds', '其他说明', 'backofflimit', 'kubeproxy', 'pending']) expect(keys).toContain(k);
  });
  it('leaves everyday English words and the # title out', () => {
    expect(keys).not.toContain('normal');
    expect(keys).not.toContain('way');
    expect(keys).not.toContain('标题');
  });
  it('keeps the two names of a gloss together', () => {
    expect(cands.get('taint')!.occurrences[0]!.gloss).toBe('污点');
    expect(cands.get('污点')!.occurrences.some((o) => o.gloss === 'Taint')).toBe(true);
  });
  it('splits a glossed label into its names', () => {
    const c = nameCandidates(note('**PodDisruptionBudget（PDB，干扰预算）**：限制自愿驱逐。'));
    expect(c.get('poddisruptionbudget')!.occurrences[0]!.gloss).toBe('PDB');
    expect(c.has('pdb')).toBe(true);
    expect(c.has('干扰预算')).toBe(true);
    expect(c.has('poddisruptionbudget(pdb,干扰预算)')).toBe(false);
  });
  it('reads the Chinese name of a gloss back to a function word (Intl.Segmenter words)', () => {
    expect(trailingName('容器里改文件时会发生写时复制')).toBe('写时复制');
    expect(trailingName('合并成单一的统一层级')).toBe('统一层级');
    const c = nameCandidates(note('改文件时会发生写时复制（copy-on-write）：先拷贝再改。'));
    expect(c.get('写时复制')!.occurrences[0]!.gloss).toBe('copy-on-write');
  });
  it('counts plain-text uses of a Chinese name, nested names too', () => {
    const c = nameCandidates(note('**写时复制**：先拷贝再改。', '', '写时复制很省空间，复制也快。'));
    expect(c.get('写时复制')!.plainMentions).toBe(2);
    expect(c.get('写时复制')!.occurrences.map((o) => o.form)).toEqual(['bold', 'text']);
  });
  it('takes decoration off a label', () => {
    expect(cleanName('`shareProcessNamespace=true`：')).toBe('shareProcessNamespace');
    expect(cleanName('Pending：')).toBe('Pending');
    expect(cleanName('“动态供给”')).toBe('动态供给');
  });
});

describe('features', () => {
  it('read the cue after a name in its own sentence only', () => {
    const n = note('backoffLimit 是失败重试的上限。别的句子里 restartCount 出现了，它是别的东西。');
    const cands = nameCandidates(n);
    const facts = noteFacts(n, cands);
    const a = featuresOf(cands.get('backofflimit')!, facts);
    const b = featuresOf(cands.get('restartcount')!, facts);
    expect(feature(a, 'cue-copula')).toBe(1);
    expect(feature(a, 'subject')).toBe(1);
    expect(feature(b, 'cue-copula')).toBe(0);
    expect(feature(b, 'subject')).toBe(0);
  });
  it('say what a name is by its spelling and the vocabulary', () => {
    const n = note('`Deployment` 和 `imagePullPolicy` 与 `ETCD` 与 kubectl drain。', '', '## 存储类');
    const cands = nameCandidates(n);
    const facts = noteFacts(n, cands);
    const f = (k: string) => featuresOf(cands.get(k)!, facts);
    expect(feature(f('deployment'), 'api-kind')).toBe(1);
    expect(feature(f('imagepullpolicy'), 'api-field')).toBe(1);
    expect(feature(f('imagepullpolicy'), 'camel-case')).toBe(1);
    expect(feature(f('etcd'), 'acronym')).toBe(1);
    expect(feature(f('存储类'), 'cjk')).toBe(1);
    expect(feature(f('存储类'), 'heading-h2')).toBe(1);
  });
  it('read what the clause after a name says about it (context features, definer-context.json)', () => {
    const n = note(
      'gadgetMode 标记的是要用哪种模式，只有两种取值。',
      '另外，flagPolicy 这个字段决定了失败时怎么办。',
      '用 spreadLimit 把数量压低，再看 widgetCount、portCount 这些数字；别把 sizeCap 写错。',
      '它们在所有应用容器（`holderList`）之前运行。',
    );
    const cands = nameCandidates(n);
    const facts = noteFacts(n, cands);
    const f = (k: string, name: string) => feature(featuresOf(cands.get(k)!, facts), name);
    // a subject followed by a predicate of function (标记, 决定), after a connective too
    expect(f('gadgetmode', 'clause-subject')).toBe(1);
    expect(f('gadgetmode', 'subj-function')).toBe(1);
    expect(f('flagpolicy', 'subj-function')).toBe(1);
    expect(f('flagpolicy', 'topic-marked')).toBe(1);
    expect(f('gadgetmode', 'topic-marked')).toBe(0);
    // the instrument of a clause; items of an enumeration; an object; an aside in parentheses
    expect(f('spreadlimit', 'instrument')).toBe(1);
    expect(f('spreadlimit', 'clause-subject')).toBe(0);
    expect(f('widgetcount', 'enumerated')).toBe(1);
    expect(f('portcount', 'enumerated')).toBe(1);
    expect(f('widgetcount', 'subj-function')).toBe(0);
    expect(f('sizecap', 'object-of-verb')).toBe(1);
    expect(f('sizecap', 'object-only')).toBe(1);
    expect(f('holderlist', 'in-parens')).toBe(1);
    expect(f('holderlist', 'clause-subject')).toBe(0);
  });
  it('are computed only for weights that use them (or for a collector)', () => {
    const n = note('gadgetMode 标记的是要用哪种模式。', '另外，flagPolicy 这个字段决定了失败时怎么办。');
    const cands = nameCandidates(n);
    const facts = noteFacts(n, cands);
    // weights of the recipe shipped before learn2 (scripts/train-definer.mjs --recipe nine) name no context feature
    const w: DefinerWeights = { features: ['bias', 'bold', 'cue-copula', 'latin'], weights: [-1, 2, 2, 0.5], threshold: 0.5, vetoThreshold: 0 };
    const byKey = (scored: ReturnType<typeof scoreNames>, k: string) => scored.find((s) => s.cand.key === k)!;
    // weights that name no context feature: the vector leaves them at 0, the score is the same
    expect(w.features.some((x) => x === 'clause-subject')).toBe(false);
    const plain = byKey(scoreNames(cands, facts, w), 'gadgetmode');
    expect(feature(plain.features, 'clause-subject')).toBe(0);
    expect(plain.p).toBe(scoreFeatures(featuresOf(cands.get('gadgetmode')!, facts), w).p);
    // weights that weigh one get them all
    const withContext: DefinerWeights = { ...w, features: [...w.features, 'clause-subject'], weights: [...w.weights, 1] };
    const read = byKey(scoreNames(cands, facts, withContext), 'gadgetmode');
    expect(feature(read.features, 'clause-subject')).toBe(1);
    expect(feature(read.features, 'subj-function')).toBe(1);
  });
  it('read a table row with a describing column and a definition list', () => {
    const n = note('| 名字 | 作用 |', '| --- | --- |', '| alphaMode | 控制重试的次数 |', '| betaMode | |', '', '- gammaKey：第一个键。', '- deltaKey：第二个键。');
    const cands = nameCandidates(n);
    const facts = noteFacts(n, cands);
    const f = (k: string, name: string) => feature(featuresOf(cands.get(k)!, facts), name);
    expect(f('alphamode', 'row-described')).toBe(1);
    expect(f('alphamode', 'table-described')).toBe(1);
    expect(f('betamode', 'row-described')).toBe(0);
    expect(f('gammakey', 'def-list')).toBe(1);
  });
  it('keep the rule families apart from the text features', () => {
    const n = note('**Pod** 是最小的调度单位。');
    const rule = { rule: 'bold-copula', label: 'Pod', form: 'bold' as const, at: { file: 'notes/x.md', line: 1, column: 1 }, section: outlineNote(n.tree, n.file, []).sections[0]!, blocks: [], endLine: 1, newTerm: true, aliases: [] };
    const plain = nameCandidates(n);
    const ruled = nameCandidates(n, [rule]);
    const facts = noteFacts(n, plain);
    const a = featuresOf(plain.get('pod')!, facts);
    const b = featuresOf(ruled.get('pod')!, facts);
    expect(feature(a, 'rule:bold')).toBe(0);
    expect(feature(b, 'rule:bold')).toBe(1);
    expect(a.slice(0, ALL_FEATURES.indexOf('rule:bold'))).toEqual(b.slice(0, ALL_FEATURES.indexOf('rule:bold')));
  });
  it('splits sentences with Intl.Segmenter and at a Chinese semicolon', () => {
    expect(sentenceStarts('甲是乙。丙是丁；戊')).toEqual([0, 4, 8]);
  });
});

describe('scoring', () => {
  const w: DefinerWeights = { features: ['bias', 'cue-copula', 'english-word'], weights: [-1, 3, -2], threshold: 0.5, vetoThreshold: 0.2 };
  it('is a sigmoid of the weighted features, with contributions largest first', () => {
    const x = ALL_FEATURES.map((f) => (f === 'bias' || f === 'cue-copula' ? 1 : 0));
    const s = scoreFeatures(x, w);
    expect(s.p).toBeCloseTo(1 / (1 + Math.exp(-2)), 10);
    expect(s.contributions.map((c) => c.feature)).toEqual(['cue-copula', 'bias']);
    expect(describeScore(s)).toBe('p 0.88: +3.00 cue-copula');
  });
  it('adds learned candidates for accepted names no rule proposed (union) and drops rejected rule candidates (veto)', () => {
    const n = note('backoffLimit 是失败重试的上限。', '', 'widget 出现了。');
    const outline = outlineNote(n.tree, n.file, []);
    const cands = nameCandidates(n);
    const scored = scoreNames(cands, noteFacts(n, cands), w);
    const union = combineCandidates([], scored, { mode: 'union', weights: w }, outline, n.file);
    expect(union.map((c) => `${c.label}:${c.rule}`)).toEqual(['backoffLimit:learned']);
    expect(union[0]!.evidence).toMatch(/^p 0\.88: \+3\.00 cue-copula/);
    const rule = { rule: 'prose-copula', label: 'widget', form: 'text' as const, at: { file: n.file, line: 3, column: 1 }, section: outline.sections[0]!, blocks: [], endLine: 3, newTerm: true, aliases: [] };
    const withRule = scoreNames(nameCandidates(n, [rule]), noteFacts(n, cands), { ...w, vetoThreshold: 0.3 });
    expect(combineCandidates([rule], withRule, { mode: 'union', weights: w }, outline, n.file).map((c) => c.label)).toContain('widget');
    expect(combineCandidates([rule], withRule, { mode: 'veto', weights: { ...w, vetoThreshold: 0.3 } }, outline, n.file).map((c) => c.label)).not.toContain('widget');
    expect(combineCandidates([rule], withRule, { mode: 'off', weights: w }, outline, n.file)).toEqual([rule]);
  });
  it('adds only names with evidence of an explanation, and no key of the YAML that no kind has', () => {
    // weights that accept anything bold or any key of the example: only the guards can say no
    const eager: DefinerWeights = { features: ['bias', 'bold', 'yaml-key'], weights: [-1, 4, 4], threshold: 0.5, vetoThreshold: 0 };
    const n = {
      ...note('另外还有一个 **matchPolicy**，我们没用过。', '', '这里写错了一个字段（`replicaz`）：', '', '**failurePolicy**：调用失败时怎么办。'),
      fences: [{ keys: [{ name: 'replicaz' }] }] as never,
    };
    const outline = outlineNote(n.tree, n.file, []);
    const cands = nameCandidates(n);
    const facts = { ...noteFacts(n, cands), yamlKeys: new Set(['replicaz']) };
    const scored = scoreNames(cands, facts, eager);
    expect(scored.find((s) => s.cand.name === 'matchPolicy')!.p).toBeGreaterThan(0.5);
    expect(scored.find((s) => s.cand.name === 'replicaz')!.p).toBeGreaterThan(0.5);
    const added = combineCandidates([], scored, { mode: 'union', weights: eager }, outline, n.file).map((c) => c.label);
    expect(added).toEqual(['failurePolicy']);
    // the weights say which features count as evidence: the subject of an explaining clause does
    const m = note('另外还有一个 **matchPolicy**，我们没用过。', '', '**servePolicy** 标记的是对外提供哪个版本。');
    const mc = nameCandidates(m);
    const ms = scoreNames(mc, noteFacts(m, mc), eager);
    const mo = outlineNote(m.tree, m.file, []);
    expect(combineCandidates([], ms, { mode: 'union', weights: eager }, mo, m.file).map((c) => c.label)).toEqual([]);
    // (names are scored with the weights they are combined with, as the miner does: evidence that
    // names a context feature makes scoreNames compute the context features)
    const withSubject = { ...eager, evidence: ['cue-colon', 'subj-function'] };
    const ws = scoreNames(mc, noteFacts(m, mc), withSubject);
    expect(combineCandidates([], ws, { mode: 'union', weights: withSubject }, mo, m.file).map((c) => c.label)).toEqual(['servePolicy']);
  });
  it('with a companion scorer (hybrid): either scorer adds a name it accepts, the companion scores the rules\' candidates', () => {
    // two made-up scorers: one accepts names in bold, the other names glossed in parentheses
    const boldOnly: DefinerWeights = { features: ['bias', 'bold'], weights: [-2, 4], threshold: 0.5, vetoThreshold: 0 };
    const parenOnly: DefinerWeights = { features: ['bias', 'cue-paren'], weights: [-2, 4], threshold: 0.5, vetoThreshold: 0 };
    const n = note('**fooPolicy**：失败时怎么办。', '', '集群里还跑着 Barbox（一个在用户态拦截系统调用的运行时）。', '', 'bazMode 我们没用过。');
    const outline = outlineNote(n.tree, n.file, []);
    const cands = nameCandidates(n);
    const facts = noteFacts(n, cands);
    const alone = scoreNames(cands, facts, boldOnly);
    expect(combineCandidates([], alone, { mode: 'union', weights: boldOnly }, outline, n.file).map((c) => c.label)).toEqual(['fooPolicy']);
    const both = { ...boldOnly, companion: parenOnly };
    const scored = scoreNames(cands, facts, both);
    expect(scored.find((s) => s.cand.name === 'Barbox')!.p2).toBeGreaterThan(0.5);
    expect(combineCandidates([], scored, { mode: 'union', weights: both }, outline, n.file).map((c) => c.label)).toEqual(['fooPolicy', 'Barbox']);
    // a rule's candidate carries the companion's score (rules13's keyword band reads it)
    const rule = { rule: 'prose-copula', label: 'Barbox', form: 'text' as const, at: { file: n.file, line: 3, column: 1 }, section: outline.sections[0]!, blocks: [], endLine: 3, newTerm: false, aliases: [] };
    const withRule = scoreNames(nameCandidates(n, [rule]), facts, both);
    const kept = combineCandidates([rule], withRule, { mode: 'union', weights: both }, outline, n.file);
    expect(kept.find((c) => c.rule === 'prose-copula')!.score).toBe(withRule.find((s) => s.cand.name === 'Barbox')!.p2);
  });
  it('ships weights for every feature it names, in a known mode', () => {
    expect(['off', 'union', 'veto', 'alone']).toContain(shipped.mode);
    expect(shipped.weights.length).toBe(shipped.features.length);
    for (const f of shipped.features) expect(ALL_FEATURES).toContain(f);
    // (the companion: recipe nine, sixteenth session)
    const companion = (shipped as { companion?: DefinerWeights }).companion;
    expect(companion).toBeDefined();
    expect(companion!.weights.length).toBe(companion!.features.length);
    for (const f of companion!.features) expect(ALL_FEATURES).toContain(f);
  });
  it('ships weights trained on the design sets only (learn2: never on the out-of-sample dev39 … dev44)', () => {
    const trained = shipped.trained as { recipe?: string; sets: string[] };
    expect(trained.recipe).toBe('hybrid');
    expect(trained.sets.length).toBeGreaterThanOrEqual(50);
    for (const s of ['dev39', 'dev40', 'dev41', 'dev42', 'dev43', 'dev44']) expect(trained.sets).not.toContain(s);
  });
  it('ships the weights a fresh training gives (features and weights in step with the code)', () => {
    const r = spawnSync(process.execPath, ['scripts/train-definer.mjs', '--check'], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  }, 600_000);
});
