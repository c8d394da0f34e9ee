/**
 * The scorer and a chapter's `about:` (prec37, issue 12): a mined concept that is the chapter's own
 * subject and matches no label is neutral (neither found nor a false positive, not in `mined`);
 * anything else is scored as before.
 */
import { describe, expect, it } from 'vitest';
import { aboutKeys, aboutOnlyName, scoreChapter, totals } from '../../../bench/lib/miner-score.mjs';
import { conceptOutcomes, tallyBy } from '../../../bench/lib/miner-rules.mjs';

const pod = { id: 'pod', title: 'Pod', kind: 'object' };
const hostAliases = { id: 'ha', title: 'hostAliases', kind: 'field', owner: 'Pod', fieldPath: 'spec.hostAliases' };
const labelHostAliases = { name: 'hostAliases', kind: 'field', owner: 'Pod', fieldPath: 'spec.hostAliases' };

describe('scoreChapter with about:', () => {
  it('a mined Pod in a chapter about Pod that does not list it: neutral, not mined, not a false positive', () => {
    const s = scoreChapter([pod, hostAliases], { about: 'Pod', concepts: [labelHostAliases] });
    expect(s.neutral.map((c: { title: string }) => c.title)).toEqual(['Pod']);
    expect(s.fp).toEqual([]);
    expect(s.tp).toBe(1);
    expect(s.mined).toBe(1);
    expect(totals([s])).toMatchObject({ mined: 1, neutral: 1, precision: 1, recall: 1 });
  });

  it('without about: the same Pod is a false positive (as before)', () => {
    const s = scoreChapter([pod, hostAliases], { concepts: [labelHostAliases] });
    expect(s.neutral).toEqual([]);
    expect(s.fp.map((c: { title: string }) => c.title)).toEqual(['Pod']);
    expect(s.mined).toBe(2);
  });

  it('matched by the scorer’s normalised key: case, spaces and an alias of the concept', () => {
    const s = scoreChapter(
      [{ id: 'x', title: 'gateway api', kind: 'topic' }, { id: 'y', title: '网关', kind: 'term', aliases: ['Gateway API'] }],
      { about: 'Gateway API', concepts: [] },
    );
    expect(s.neutral).toHaveLength(2);
    expect(s.fp).toEqual([]);
  });

  it('Pod also listed: found, not neutral', () => {
    const s = scoreChapter([pod], { about: 'Pod', concepts: [{ name: 'Pod', kind: 'object' }] });
    expect(s.tp).toBe(1);
    expect(s.neutral).toEqual([]);
    expect(s.mined).toBe(1);
  });

  it('Pod listed and mined twice: the second is a duplicate, not neutral', () => {
    const s = scoreChapter([pod, { id: 'p2', title: 'Pod 对象', kind: 'object', aliases: ['Pod'] }], { about: 'Pod', concepts: [{ name: 'Pod', kind: 'object' }] });
    expect(s.duplicates).toHaveLength(1);
    expect(s.neutral).toEqual([]);
  });

  it('look-alikes stay false positives: Pods, a Pod-prefixed name, another concept', () => {
    const mined = [
      { id: 'a', title: 'Pods', kind: 'term' },
      { id: 'b', title: 'Pod 模板', kind: 'term' },
      { id: 'c', title: 'Deployment', kind: 'object' },
    ];
    const s = scoreChapter(mined, { about: 'Pod', concepts: [] });
    expect(s.neutral).toEqual([]);
    expect(s.fp.map((c: { title: string }) => c.title)).toEqual(['Pods', 'Pod 模板', 'Deployment']);
    expect(s.mined).toBe(3);
  });

  it('about: keys are normalised and empty when there is none', () => {
    expect([...aboutKeys({ about: 'Pod Security Admission' })]).toEqual(['podsecurityadmission']);
    expect(aboutKeys({}).size).toBe(0);
    expect(aboutKeys(undefined).size).toBe(0);
  });
});

describe('outcomes and tallies', () => {
  it('a neutral concept is its own outcome and no tally counts it', () => {
    const labels = { about: 'Pod', concepts: [labelHostAliases] };
    const concepts = [
      { ...pod, why: '1:title → api-kind' },
      { ...hostAliases, why: '3:bold-colon → api-field' },
    ];
    const out = conceptOutcomes(concepts, scoreChapter(concepts, labels));
    expect(out.map((o) => [o.title, o.outcome])).toEqual([
      ['Pod', 'neutral'],
      ['hostAliases', 'found'],
    ]);
    const t = tallyBy(
      out.map((o) => ({ ...o, set: 'dev' })),
      () => 'all',
    );
    expect(t.get('all')!.all).toEqual({ found: 1, 'wrong-type': 0, fp: 0, dup: 0 });
  });
});

describe('training rows (scripts/train-definer.mjs)', () => {
  const labels = { about: 'Pod', concepts: [labelHostAliases, { name: 'PersistentVolume', kind: 'object', also: ['PV'] }] };
  it('a candidate that names the chapter’s subject and no label is left out of training', () => {
    expect(aboutOnlyName('Pod', labels)).toBe(true);
    expect(aboutOnlyName('pod', labels)).toBe(true);
  });
  it('a label’s name, another name, or a look-alike stays a row', () => {
    expect(aboutOnlyName('hostAliases', labels)).toBe(false);
    expect(aboutOnlyName('PV', labels)).toBe(false);
    expect(aboutOnlyName('Pods', labels)).toBe(false);
    expect(aboutOnlyName('Deployment', labels)).toBe(false);
    expect(aboutOnlyName('Pod', { ...labels, concepts: [...labels.concepts, { name: 'Pod', kind: 'object' }] })).toBe(false);
    expect(aboutOnlyName('Pod', { concepts: [] })).toBe(false);
  });
});
