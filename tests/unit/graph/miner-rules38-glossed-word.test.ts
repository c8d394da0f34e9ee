/**
 * rules38 (docs/miner.md, "rules38 (thirty-eighth session)"): a heading that is one capitalised English word glossed
 * with a Chinese name (`### Recreate（重建）`, `#### Allow（允许并发）`) names a term (label-rules.ts
 * GLOSSED_WORD_HEADING, read by glossedHeading: `heading-glossed`); a remark or a rubric in the parentheses
 * (`Cluster（默认）`, `Summary（总结）`), a lower-case word, two words that are no name and a phrase in the
 * parentheses do not. A gloss that is a rubric makes no glossed heading at all any more (`Quick Compare（速查）`,
 * `周末反思（TODO）`). Headings and a note written for this test, not taken from the corpora.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { runStages } from '../../../src/graph/load.ts';
import { explainConcept } from '../../../src/graph/explain.ts';
import { GLOSSED_WORD_HEADING, glossedHeading } from '../../../src/graph/miner/label-rules.ts';
import { cleanup, contentDir } from './helpers.ts';

afterAll(cleanup);

const text = (h: string) => h.replace(/^#+\s*/, '');

describe('glossedHeading: one capitalised word glossed in Chinese', () => {
  it('reads the example and none of the look-alikes', () => {
    expect(glossedHeading(text(GLOSSED_WORD_HEADING.example))?.core).toBe(GLOSSED_WORD_HEADING.gives);
    for (const l of GLOSSED_WORD_HEADING.lookAlikes) expect(glossedHeading(text(l)), l).toBeUndefined();
  });

  it('reads no gloss that is a rubric, and glossed names as before', () => {
    expect(glossedHeading('Quick Compare（速查）')).toBeUndefined();
    expect(glossedHeading('周末反思（TODO）')).toBeUndefined();
    expect(glossedHeading('席位（Seat）')?.core).toBe('席位');
    expect(glossedHeading('Controller Plugin（控制器插件）')?.core).toBe('Controller Plugin');
  });
});

describe('heading-glossed with one word in a note', () => {
  it('makes the values terms, and --explain names the rule', async () => {
    const dir = await contentDir({
      'notes/n.md': [
        '# 定时任务的并发',
        '',
        '`concurrencyPolicy` 决定上一次还没跑完时怎么办。',
        '',
        '### Allow（允许并发）',
        '',
        '不管上一次，照样创建新的任务。',
        '',
        '### Replace（替换）',
        '',
        '删掉还在跑的那一次，换成新的。',
        '',
        '### Summary（总结）',
        '',
        '我们大多数任务用的是第二种。',
        '',
      ].join('\n'),
    });
    const ctx = await runStages(dir, { layout: false });
    const g = ctx.graph!;
    for (const t of ['Allow', 'Replace']) {
      const c = g.concepts.find((x) => x.title.startsWith(t));
      expect(c, t).toBeDefined();
      expect(explainConcept(ctx, c!.id)).toContain(GLOSSED_WORD_HEADING.name);
    }
    expect(g.concepts.find((x) => x.title.startsWith('Summary'))).toBeUndefined();
  });
});
