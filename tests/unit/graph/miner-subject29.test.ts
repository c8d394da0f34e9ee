/**
 * subject29: a name the note writes only with an aside that is an example, a default or a unit
 * (`evictionHard（比如 100Mi）`) is named in passing: the learned path does not add it
 * (aside-words.ts, definer.ts NOT_LEARNED `aside-in-passing`). Sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { ASIDE_WORDS, asideAfter, namedOnlyWithAside } from '../../../src/graph/miner/aside-words.ts';
import { NOT_LEARNED } from '../../../src/graph/miner/definer.ts';

describe('aside words after a name (subject29)', () => {
  it('reads an example, a default and a unit, not a gloss, a version or a value', () => {
    expect(ASIDE_WORDS.map((w) => w.name)).toEqual(['example', 'default', 'unit']);
    expect(asideAfter('（比如 100Mi）就够了；')).toBe('example');
    expect(asideAfter('` (e.g. `30s`) is enough')).toBe('example');
    expect(asideAfter('（例如 ProvisioningRequest）')).toBe('example');
    expect(asideAfter('（默认 /dev/termination-log）里。')).toBe('default');
    expect(asideAfter('（单位是秒）')).toBe('unit');
    expect(asideAfter('（硬驱逐阈值）时立刻驱逐；')).toBeUndefined();
    expect(asideAfter('（v1.30 起）')).toBeUndefined();
    expect(asideAfter('（`true`）')).toBeUndefined();
    // the aside must follow the name, not stand later in the sentence
    expect(asideAfter(' 决定了阈值（比如 100Mi）')).toBeUndefined();
  });

  it('says a name is named in passing only when every occurrence is running text with such an aside', () => {
    const aside = { form: 'text', after: '（比如 100Mi）就够了' };
    expect(namedOnlyWithAside([aside])).toBe(true);
    expect(namedOnlyWithAside([aside, { form: 'code', after: '（默认 10s）' }])).toBe(true);
    expect(namedOnlyWithAside([aside, { form: 'text', after: ' 决定了何时驱逐' }])).toBe(false);
    expect(namedOnlyWithAside([aside, { form: 'heading', after: '' }])).toBe(false);
    expect(namedOnlyWithAside([{ form: 'bold', after: '（比如 100Mi）' }])).toBe(false);
    expect(namedOnlyWithAside([])).toBe(false);
  });

  it('is a veto of the learned path', () => {
    const veto = NOT_LEARNED.find((r) => r.name === 'aside-in-passing');
    expect(veto).toBeDefined();
    const occ = (after: string) => ({ form: 'text', after }) as never;
    expect(veto!.test({ name: 'evictionHard', occurrences: [occ('（比如 100Mi）就够了')] })).toBe(true);
    expect(veto!.test({ name: 'evictionHard', occurrences: [occ('（硬驱逐阈值）时')] })).toBe(false);
  });
});
