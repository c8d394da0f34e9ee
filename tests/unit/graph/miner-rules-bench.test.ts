/**
 * The pure parts of bench/miner-rules.mjs (docs/miner.md, "audit8"): a concept's provenance read
 * into rule and resolution, each mined concept's outcome from a chapter's score, tallies per rule
 * and set, and the split of a rule's tally into the sets present when it was written and the
 * sets that entered later.
 */
import { describe, expect, it } from 'vitest';
import { clearlyWorse, conceptOutcomes, parseWhy, precisionOf, primaryRule, splitByEntry, tallyBy } from '../../../bench/lib/miner-rules.mjs';
import { scoreChapter } from '../../../bench/lib/miner-score.mjs';

describe('parseWhy / primaryRule', () => {
  it('reads each entry: line, the first step as rule, the last as resolution, without details', () => {
    expect(parseWhy('22:prose-copula → prose-copula-term → pattern-name 1:title')).toEqual([
      { line: 22, rule: 'prose-copula', resolution: 'pattern-name' },
      { line: 1, rule: 'title', resolution: 'title' },
    ]);
    expect(parseWhy('13:heading → question (what-is) → heading-question-name')[0]).toEqual({ line: 13, rule: 'heading', resolution: 'heading-question-name' });
    expect(parseWhy('44:field-prose (location) → known-name')[0]?.rule).toBe('field-prose');
    expect(parseWhy('18:learned-keyword → learned-keyword-term ← keyword (容器 of container-basics)')[0]).toEqual({
      line: 18,
      rule: 'learned-keyword',
      resolution: 'learned-keyword-term',
    });
  });
  it('the first entry made the concept; none when there is no provenance', () => {
    expect(primaryRule('7:heading → question (what-is-prefix) → yaml-key 9:bold-colon → same-note-field')).toEqual({ rule: 'heading', resolution: 'yaml-key' });
    expect(primaryRule('')).toEqual({ rule: '(none)', resolution: '(none)' });
  });
});

describe('conceptOutcomes', () => {
  it('found, wrong type, false positive and duplicate as the chapter score says', () => {
    const concepts = [
      { id: 'a', title: 'Pod', kind: 'object', why: '1:bold-colon → api-kind' },
      { id: 'b', title: 'Pod 对象', kind: 'object', aliases: ['Pod'], why: '5:prose-copula → known-name' },
      { id: 'c', title: 'replicas', kind: 'term', why: '9:path-mention → api-field-path' },
      { id: 'd', title: '老式', kind: 'term', why: '19:text-naming → text-naming-term' },
    ];
    const labels = { concepts: [{ name: 'Pod', kind: 'object' }, { name: 'replicas', kind: 'field', fieldPath: 'spec.replicas', owner: 'Deployment' }] };
    const out = conceptOutcomes(concepts, scoreChapter(concepts, labels));
    expect(out.map((o) => [o.title, o.outcome])).toEqual([
      ['Pod', 'found'],
      ['Pod 对象', 'dup'],
      ['replicas', 'wrong-type'],
      ['老式', 'fp'],
    ]);
  });
});

describe('tallies and the date split', () => {
  type Outcome = 'found' | 'wrong-type' | 'fp' | 'dup';
  const rec = (set: string, rule: string, outcome: Outcome) => ({ set, rule, outcome });
  const records = [
    rec('dev', 'a', 'found'),
    rec('dev', 'a', 'found'),
    rec('dev2', 'a', 'fp'),
    rec('dev3', 'a', 'dup'),
    rec('dev3', 'a', 'wrong-type'),
    rec('dev3', 'b', 'found'),
  ];
  it('counts by key and by set', () => {
    const t = tallyBy(records, (r) => r.rule);
    expect(t.get('a')!.all).toEqual({ found: 2, 'wrong-type': 1, fp: 1, dup: 1 });
    expect(t.get('a')!.bySet.get('dev3')).toEqual({ found: 0, 'wrong-type': 1, fp: 0, dup: 1 });
    expect(t.get('b')!.all.found).toBe(1);
    expect(tallyBy(records, (r) => (r.rule === 'b' ? undefined : r.rule)).has('b')).toBe(false);
  });
  it('entity precision counts wrong types as right; typed precision does not', () => {
    expect(precisionOf({ found: 2, 'wrong-type': 1, fp: 1, dup: 0 })).toEqual({ n: 4, precision: 0.75, typedPrecision: 0.5 });
    expect(precisionOf({ found: 0, 'wrong-type': 0, fp: 0, dup: 0 }).n).toBe(0);
  });
  it('splits design sets from later sets, leaving out sets of unknown entry', () => {
    const t = tallyBy(records, (r) => r.rule).get('a')!;
    const split = splitByEntry(t.bySet, (s) => (s === 'dev' ? true : s === 'dev2' ? false : s === 'dev3' ? false : undefined));
    expect(split.design).toEqual({ found: 2, 'wrong-type': 0, fp: 0, dup: 0 });
    expect(split.later).toEqual({ found: 0, 'wrong-type': 1, fp: 1, dup: 1 });
    expect(split.sets).toEqual({ design: 1, later: 2, laterFp: 2 });
    const some = splitByEntry(t.bySet, (s) => (s === 'dev' ? true : undefined));
    expect(some.sets).toEqual({ design: 1, later: 0, laterFp: 0 });
  });
  it('clearly worse: enough later outputs and a later precision under the threshold', () => {
    const split = (found: number, fp: number) => ({ design: { found: 9, 'wrong-type': 0, fp: 1, dup: 0 }, later: { found, 'wrong-type': 0, fp, dup: 0 }, sets: { design: 1, later: 1, laterFp: 1 } });
    expect(clearlyWorse(split(4, 5))).toBe(true);
    expect(clearlyWorse(split(2, 3))).toBe(false);
    expect(clearlyWorse(split(6, 3))).toBe(false);
    expect(clearlyWorse(split(6, 3), { below: 0.7 })).toBe(true);
  });
});
