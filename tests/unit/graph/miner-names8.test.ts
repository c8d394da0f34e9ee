/**
 * names8 (docs/miner.md, "names8"): a key the note's YAML writes with dots of its own is that key
 * whole (`com.acme.pool.max: "10"` under `labels:`), not its last segment (`max`, which names
 * LimitRange's field). Names and notes written for this test, not taken from the corpora.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { keyAsWritten } from '../../../src/graph/examples.ts';
import { unplacedKey } from '../../../src/graph/miner/unplaced-keys.ts';
import { loadGraph } from '../../../src/graph/index.ts';
import { cleanup, contentDir } from './helpers.ts';

afterAll(cleanup);

const note = (...lines: string[]) => lines.join('\n') + '\n';
const graphOf = async (...lines: string[]) => loadGraph(await contentDir({ 'notes/n.md': note(...lines) }), { layout: false });

describe('keyAsWritten: the key a path ends in, as the YAML writes it', () => {
  it('a nested key is its last segment, a list item\'s key too', () => {
    const keys = new Set(['spec', 'spec.containers', 'spec.containers[].name', 'spec.template', 'spec.template.metadata']);
    expect(keyAsWritten('spec.containers[].name', keys)).toBe('name');
    expect(keyAsWritten('spec.template.metadata', keys)).toBe('metadata');
    expect(keyAsWritten('spec', keys)).toBe('spec');
    expect(keyAsWritten('[].name', new Set(['[].name']))).toBe('name');
  });
  it('a key with dots of its own is the key whole, at the root or below a map', () => {
    const keys = new Set(['fn', 'fn.labels', 'fn.labels.com.acme.pool.max', 'min.sync.copies']);
    expect(keyAsWritten('fn.labels.com.acme.pool.max', keys)).toBe('com.acme.pool.max');
    expect(keyAsWritten('min.sync.copies', keys)).toBe('min.sync.copies');
  });
});

describe('a flat dotted key of the YAML explained in prose', () => {
  it('a yaml-explained key spelt with dots is admitted as an unplaced key, as a path in prose is', () => {
    expect(unplacedKey('yaml-explained', 'com.acme.pool.max')).toBe('dotted');
    expect(unplacedKey('yaml-explained', 'poolSize')).toBe('camel');
    expect(unplacedKey('yaml-explained', 'shards')).toBeUndefined();
  });
  it('is a term under its whole name, not the LimitRange field its last segment spells', async () => {
    const g = await graphOf(
      '# 函数平台笔记',
      '',
      '```yaml',
      'functions:',
      '  report:',
      '    image: registry.example.com/report:0.3',
      '    labels:',
      '      com.acme.scale.min: "1"',
      '      com.acme.scale.max: "10"',
      '```',
      '',
      '`com.acme.scale.min` / `com.acme.scale.max` 是副本上下限，平台按它们决定最少和最多起几个实例。',
    );
    const titles = g.concepts.map((c) => c.title);
    expect(titles).toContain('com.acme.scale.max');
    expect(g.concepts.filter((c) => c.kind === 'field' && c.fieldPath === 'spec.limits[].max')).toEqual([]);
  });
  it('a nested key named in prose is still read by its last segment (a field of the example\'s kind)', async () => {
    const g = await graphOf(
      '# Pod 笔记',
      '',
      '```yaml',
      'apiVersion: v1',
      'kind: Pod',
      'metadata:',
      '  name: web',
      'spec:',
      '  terminationGracePeriodSeconds: 45',
      '  containers:',
      '  - name: web',
      '    image: nginx',
      '```',
      '',
      '`spec.terminationGracePeriodSeconds` 决定删除时最多等多少秒再强杀容器。',
    );
    expect(g.concepts.some((c) => c.kind === 'field' && c.fieldPath === 'spec.terminationGracePeriodSeconds')).toBe(true);
  });
});
