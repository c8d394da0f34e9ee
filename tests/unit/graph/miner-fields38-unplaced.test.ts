/**
 * fields38 (docs/miner.md, "fields38"): beside the example of a kind the note declares itself, a key list's
 * written path (`` - `spec.warmup.batchSize`：… ``) and a key the note's YAML sets, explained after it, that the
 * kind's example does not place, are terms of the note (unplaced-keys.ts UNPLACED_IN_NOTE_KIND), as a
 * table of keys' rows were already; a path named in passing in prose and a one-word key of a list are
 * not. Kinds, keys and notes written for this test, not taken from the corpora.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { loadGraph } from '../../../src/graph/index.ts';
import { UNPLACED_IN_NOTE_KIND, unplacedInNoteKind, unplacedKey } from '../../../src/graph/miner/unplaced-keys.ts';
import { cleanup, contentDir } from './helpers.ts';

afterAll(cleanup);

const FENCE = '```';
const graphOf = async (...lines: string[]) => loadGraph(await contentDir({ 'notes/n.md': lines.join('\n') + '\n' }), { layout: false });
const titles = (g: Awaited<ReturnType<typeof graphOf>>) => g.concepts.map((c) => c.title);

const EXAMPLE = [
  '# Configuration 用法',
  '',
  `${FENCE}yaml`,
  'apiVersion: warm.example.org/v1beta1',
  // (a kind the note declares under a group of its own; the catalogue knows another kind of that name)
  'kind: Configuration',
  'metadata:',
  '  name: catalog',
  'spec:',
  '  target: redis-main',
  FENCE,
  '',
];

describe('UNPLACED_IN_NOTE_KIND', () => {
  it('a key list and a YAML key explained after it are read beside the note\'s own kind, as a table of keys is', () => {
    for (const rule of ['field-table', 'table-key-row', 'table-field-column', 'code-colon', 'yaml-explained']) expect(unplacedInNoteKind(rule)).toBe(true);
    expect(UNPLACED_IN_NOTE_KIND.has('code-colon')).toBe(true);
  });
  it('not a path in prose, a code span\'s path or a field cue (the kind\'s field named in passing as often)', () => {
    for (const rule of ['path-mention', 'code-subject', 'field-cue', 'prose-copula']) expect(unplacedInNoteKind(rule)).toBe(false);
  });
  it('the spellings each rule admits are unchanged: a key list\'s one-word key is no term', () => {
    expect(unplacedKey('code-colon', 'spec.warmup.batchSize')).toBe('dotted');
    expect(unplacedKey('code-colon', 'host')).toBeUndefined();
    expect(unplacedKey('yaml-explained', 'warmupBudget')).toBe('camel');
  });
});

describe('the mine stage beside a custom kind\'s example', () => {
  it('a key list\'s written path the example does not hold is a concept of the note', async () => {
    const g = await graphOf(
      ...EXAMPLE,
      '预热相关的几个键：',
      '',
      '- `spec.warmup.batchSize`：每批预热多少个键，默认 500。',
      '- `spec.warmup.coldStartBudget`：冷启动时最多花多少秒预热。',
    );
    expect(titles(g)).toEqual(expect.arrayContaining(['spec.warmup.batchSize', 'spec.warmup.coldStartBudget']));
  });
  it('look-alike: a path named in passing in prose', async () => {
    const g = await graphOf(...EXAMPLE, '上线那天 `status.lastWarmTime` 一直没变，后来发现是 operator 没起来。');
    expect(titles(g)).not.toContain('status.lastWarmTime');
    expect(titles(g)).not.toContain('lastWarmTime');
  });
});
