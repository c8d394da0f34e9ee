/**
 * fields39 (docs/miner.md, "fields39"): a run of paragraphs that each open with a key and a colon
 * (`**clusterSelector：** …`) after the example of a kind the note declares itself is a list of that kind's keys
 * written without markers: a key the example leaves out sits where the keys the example sets agree
 * (crd-example-key.ts `CRD_PARAGRAPH_KEYS`, read as `CRD_LIST_KEYS`' list items are). Look-alikes: a run of two,
 * a built-in kind's example, a kind named only in prose, a misspelt built-in kind. Kinds, keys and notes written
 * for this test, not taken from the corpora.
 *
 * And a `spec:` fragment the YAML reader gave to a Pod for want of a kind it fits, below a custom kind's whole
 * example, is cut from that kind (note-kinds.ts `GUESSED_POD_FRAGMENT`): its keys are the kind's paths.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { loadGraph } from '../../../src/graph/index.ts';
import { CRD_LIST_KEYS, CRD_PARAGRAPH_KEYS } from '../../../src/graph/miner/crd-example-key.ts';
import { GUESSED_POD_FRAGMENT, guessedPodFragment } from '../../../src/graph/miner/note-kinds.ts';
import { analyzeFence } from '../../../src/graph/examples.ts';
import { cleanup, contentDir } from './helpers.ts';

afterAll(cleanup);

const FENCE = '```';
const graphOf = async (...lines: string[]) => loadGraph(await contentDir({ 'notes/n.md': lines.join('\n') + '\n' }), { layout: false });
const named = (g: Awaited<ReturnType<typeof graphOf>>, name: string) => g.concepts.find((c) => c.title === name || c.fieldPath?.split('.').pop() === name);

const example = (apiVersion: string, kind: string) => [
  '# 批处理作业笔记',
  '',
  '## 最小例子',
  '',
  `${FENCE}yaml`,
  `apiVersion: ${apiVersion}`,
  `kind: ${kind}`,
  'metadata:',
  '  name: nightly',
  'spec:',
  '  retryBudget: 3',
  '  entryScript: python main.py',
  '  keepClusterAfter: true',
  FENCE,
  '',
  '## 字段',
  '',
];
const PARAGRAPHS = [
  '**retryBudget：** 作业失败后最多重跑几次，每次都重新拉起一套工作节点。',
  '',
  '**entryScript：** 提交进去真正执行的命令。',
  '',
  '**keepClusterAfter：** 作业结束后是否保留工作节点，调试时打开。',
  '',
  '**poolSelector：** 不新建工作节点，按标签挑一个已有的节点池来跑作业。',
];

describe('CRD_PARAGRAPH_KEYS', () => {
  it('a run of at least three paragraphs is a list; the rule is crd-list-keys', () => {
    expect(CRD_PARAGRAPH_KEYS.minRun).toBe(3);
    expect(CRD_PARAGRAPH_KEYS.name).toBe(CRD_LIST_KEYS.name);
  });
});

describe('the mine stage: a run of key paragraphs after a custom kind\'s example', () => {
  it('a key the example leaves out is the kind\'s field beside the keys it sets', async () => {
    const g = await graphOf(...example('batch.example.org/v1alpha1', 'NightlyRun'), ...PARAGRAPHS);
    const c = named(g, 'poolSelector');
    expect(c?.kind).toBe('field');
    expect(c?.owner).toBe('NightlyRun');
    expect(c?.fieldPath).toBe('spec.poolSelector');
  });
  it('look-alike: a run of two paragraphs is no list', async () => {
    const g = await graphOf(...example('batch.example.org/v1alpha1', 'NightlyRun'), ...PARAGRAPHS.slice(4));
    expect(named(g, 'poolSelector')?.owner).not.toBe('NightlyRun');
  });
  it('look-alike: a built-in kind\'s example, a misspelt built-in kind, a kind named only in prose', async () => {
    for (const head of [
      example('batch/v1', 'Job'),
      example('apps/v1', 'Deploymnet'),
      ['# 批处理作业笔记', '', 'NightlyRun 是 batch.example.org 的一个资源，下面是它的字段。', '', '## 字段', ''],
    ]) {
      const g = await graphOf(...head, ...PARAGRAPHS);
      const c = named(g, 'poolSelector');
      expect(c === undefined || c.kind !== 'field' || c.fieldPath !== 'spec.poolSelector').toBe(true);
    }
  });
});

describe('GUESSED_POD_FRAGMENT: a `spec:` fragment below a custom kind\'s example', () => {
  const whole = [
    '# 训练作业',
    '',
    `${FENCE}yaml`,
    'apiVersion: train.example.org/v1',
    'kind: TrainRun',
    'metadata:',
    '  name: demo',
    'spec:',
    '  workerGroups:',
    '    Worker:',
    '      replicas: 2',
    '      restartPolicy: OnFailure',
    FENCE,
    '',
    '## 弹性',
    '',
    `${FENCE}yaml`,
    ...GUESSED_POD_FRAGMENT.example.map((l) => l.replace('pytorchReplicaSpecs', 'workerGroups')),
    FENCE,
    '',
  ];
  it('the data: a fragment of no Pod field is guessed, a Pod\'s own fragment or a kind\'s document is not', () => {
    const fence = (lines: readonly string[]) => analyzeFence({ type: 'code', lang: 'yaml', value: lines.join('\n'), position: { start: { line: 1, column: 1 }, end: { line: lines.length + 2, column: 1 } } }, 'n.md')!;
    expect(guessedPodFragment(fence(GUESSED_POD_FRAGMENT.example))).toBe(true);
    for (const l of GUESSED_POD_FRAGMENT.lookAlikes) expect(guessedPodFragment(fence(l))).toBe(false);
  });
  it('its key explained in a key list is the kind\'s field at the fragment\'s path', async () => {
    const g = await graphOf(...whole, '- `rdzvBackend`：弹性训练时节点互相发现用的后端，一般写 c10d。');
    const c = named(g, 'rdzvBackend');
    expect(c?.kind).toBe('field');
    expect(c?.owner).toBe('TrainRun');
    expect(c?.fieldPath).toBe('spec.elasticPolicy.rdzvBackend');
  });
  it('look-alike: the same fragment with no custom kind above is not any kind\'s', async () => {
    const g = await graphOf('# 训练作业', '', `${FENCE}yaml`, ...GUESSED_POD_FRAGMENT.example, FENCE, '', '- `rdzvBackend`：弹性训练时节点互相发现用的后端，一般写 c10d。');
    expect(named(g, 'rdzvBackend')?.owner).toBeUndefined();
  });
});
