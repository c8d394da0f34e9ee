/**
 * learn3: the way-of-writing evidence a name no rule proposed may be admitted with (definer.ts
 * WRITING_EVIDENCE: the instrument of its clause, the subject that opens its clause, a name the
 * next sentence goes on about), and the shipped weights that use it. Every sentence here was
 * written for this test.
 */
import { describe, expect, it } from 'vitest';
import { EXPLAINING_FEATURES, WRITING_EVIDENCE, definerConfig, explainedSomewhere } from '../../../src/graph/miner/definer.ts';
import shipped from '../../../src/graph/miner/definer-weights.json' with { type: 'json' };

import { feature, note, vectorOf } from './definer-note.ts';
const WIDE = [...EXPLAINING_FEATURES, ...WRITING_EVIDENCE];

describe('way-of-writing evidence (learn3)', () => {
  it('a name the clause uses as its means', () => {
    const x = vectorOf(note('每个团队的 CPU 总量，我们通过 `quotaGuard` 限制在二十核以内。'), 'quotaguard');
    expect(feature(x, 'instrument')).toBeGreaterThan(0);
    expect(explainedSomewhere(x)).toBe(false);
    expect(explainedSomewhere(x, WIDE)).toBe(true);
  });
  it('a name opening its clause as the subject of what follows', () => {
    const x = vectorOf(note('`edgeCache` 在边缘节点上缓存云端下发的元数据，断网时照样能读。'), 'edgecache');
    expect(feature(x, 'clause-subject')).toBeGreaterThan(0);
    expect(explainedSomewhere(x)).toBe(false);
    expect(explainedSomewhere(x, WIDE)).toBe(true);
  });
  it('a name the next sentence goes on about', () => {
    const x = vectorOf(note('排查那天我们临时打开了 `traceSampler`。它把采样比例从百分之一调到了全量。'), 'tracesampler');
    expect(feature(x, 'w-takes-up')).toBe(1);
    expect(explainedSomewhere(x)).toBe(false);
    expect(explainedSomewhere(x, WIDE)).toBe(true);
  });
  it('not a name used in passing: an object, an item of a list', () => {
    const a = vectorOf(note('最后我们把这批日志导进了 `lokiStack` 里，然后就下班了。'), 'lokistack');
    expect(explainedSomewhere(a, WIDE)).toBe(false);
    const b = vectorOf(note('装过的组件有 `fluentBit`、`vectorAgent` 和一个自己写的脚本。'), 'vectoragent');
    expect(explainedSomewhere(b, WIDE)).toBe(false);
  });
  it('the shipped weights admit with it, at their own threshold', () => {
    const w = definerConfig().weights;
    expect(w.evidence).toEqual(WIDE);
    expect((shipped as { evidence?: string[] }).evidence).toEqual(WIDE);
    // (learn4 raised it to 0.5 when it let the note's own YAML keys its prose explains in too)
    expect(w.threshold).toBe(0.5);
  });
});
