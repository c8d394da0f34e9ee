/**
 * Card schedules in the progress store (version 2, migration from 1, export/import, re-attachment),
 * the FSRS wrapper, and the review settings (new cards per day: optional within version 2, so values
 * stored before it existed read unchanged; validated, kept by reconcile, exported, merged on import).
 */
import { describe, expect, it } from 'vitest';
import {
  clampNewCardsPerDay,
  emptyProgress,
  mergeProgress,
  newCardsPerDay,
  NEW_CARDS_PER_DAY,
  NEW_CARDS_PER_DAY_MAX,
  parseExportFile,
  readProgress,
  reattachCards,
  reconcile,
  setCardEntry,
  setConceptState,
  setNewCardsPerDay,
  toExportFile,
  writeProgress,
  type CardEntry,
  type StorageLike,
} from '../../../src/scripts/progress/store.ts';
import { buildQueue, conceptsWithDueCards, dueCounts, introducedToday, previewDue, rateCard } from '../../../src/scripts/review/schedule.ts';
import type { CardsData } from '../../../src/views/cards.ts';

class FakeStorage implements StorageLike {
  map = new Map<string, string>();
  getItem(k: string) {
    return this.map.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    this.map.set(k, v);
  }
  removeItem(k: string) {
    this.map.delete(k);
  }
}

const T0 = new Date('2026-03-02T09:00:00.000Z');
const later = (d: Date, ms: number) => new Date(d.getTime() + ms);
const DAY = 86_400_000;

const cards: CardsData = {
  version: 1,
  branches: [
    { id: 'workloads', title: '工作负载' },
    { id: 'network', title: '网络' },
  ],
  concepts: [
    { id: 'pod', title: 'Pod', branch: 'workloads', url: '/concepts/pod/' },
    { id: 'service', title: 'Service', branch: 'network', url: '/concepts/service/' },
  ],
  cards: [
    { id: 'pod/q-00000001', concept: 'pod', question: 'a', answer: 'a', answerHash: 'aaaaaaaa', n: 0 },
    { id: 'pod/q-00000002', concept: 'pod', question: 'b', answer: 'b', answerHash: 'bbbbbbbb', n: 1 },
    { id: 'pod/q-00000003', concept: 'pod', question: 'c', answer: 'c', answerHash: 'cccccccc', n: 2 },
    { id: 'service/q-00000004', concept: 'service', question: 'd', answer: 'd', answerHash: 'dddddddd', n: 0 },
  ],
};

describe('store version 2: card schedules', () => {
  it('reads a version 1 value as version 2 with no cards, keeping every state, and writes version 2', () => {
    const s = new FakeStorage();
    const v1 = {
      version: 1,
      states: { pod: { state: 'learning', updatedAt: T0.toISOString() } },
      orphans: { gone: { state: 'learned', updatedAt: T0.toISOString() } },
    };
    s.setItem('k', JSON.stringify(v1));
    const r = readProgress(s, 'k');
    expect(r.problem).toBeUndefined();
    expect(r.data).toEqual({ version: 2, states: v1.states, orphans: v1.orphans, cards: {} });
    const next = setCardEntry(r.data, 'pod/q-00000001', rateCard(undefined, 3, T0, 'aaaaaaaa'));
    expect(writeProgress(s, 'k', next)).toBe(true);
    const stored = JSON.parse(s.getItem('k')!);
    expect(stored.version).toBe(2);
    expect(stored.states).toEqual(v1.states);
    expect(Object.keys(stored.cards)).toEqual(['pod/q-00000001']);
    expect(readProgress(s, 'k').data).toEqual(next);
  });

  it('refuses a version 1 value with cards, and malformed card entries, naming the field', () => {
    const s = new FakeStorage();
    s.setItem('k', JSON.stringify({ version: 1, states: {}, orphans: {}, cards: {} }));
    expect(readProgress(s, 'k').problem?.detail).toContain('unexpected key "cards"');
    const good = rateCard(undefined, 3, T0);
    const bad: [Partial<Record<keyof CardEntry, unknown>>, string][] = [
      [{ due: 'soon' }, '.due'],
      [{ reps: 1.5 }, '.reps'],
      [{ stability: -1 }, '.stability'],
      [{ state: 'done' }, '.state: "done"'],
      [{ answerHash: 'xyz' }, '.answerHash'],
    ];
    for (const [patch, where] of bad) {
      s.setItem('k', JSON.stringify({ version: 2, states: {}, orphans: {}, cards: { 'pod/q-1': { ...good, ...patch } } }));
      const r = readProgress(s, 'k');
      expect(r.problem?.code).toBe('wrong-shape');
      expect(r.problem?.detail).toContain(`cards["pod/q-1"]${where}`);
    }
  });

  it('exports card schedules and an import merges them (newer updatedAt wins); version 1 files still import', () => {
    const a = rateCard(undefined, 3, T0, 'aaaaaaaa');
    const b = rateCard(undefined, 1, T0, 'bbbbbbbb');
    const mine = setCardEntry(setCardEntry(emptyProgress(), 'pod/q-00000001', a), 'pod/q-00000002', b);
    const file = toExportFile(mine, 'http://x/', later(T0, 1000));
    expect(file.version).toBe(2);
    const parsed = parseExportFile(JSON.stringify(file));
    if (!parsed.ok) throw new Error(parsed.error.detail);
    expect(parsed.value.cards).toEqual(mine.cards);
    // Into an empty browser: the same schedules.
    expect(mergeProgress(emptyProgress(), parsed.value.states, parsed.value.cards).data.cards).toEqual(mine.cards);
    // Into a browser that rated card 2 later: that one is kept.
    const b2 = rateCard(b, 3, later(T0, DAY));
    const other = setCardEntry(emptyProgress(), 'pod/q-00000002', b2);
    const m = mergeProgress(other, parsed.value.states, parsed.value.cards);
    expect(m.cards).toEqual({ added: ['pod/q-00000001'], updated: [], kept: ['pod/q-00000002'] });
    expect(m.data.cards['pod/q-00000002']).toEqual(b2);
    const v1 = parseExportFile(JSON.stringify({ format: 'k8smap-progress', version: 1, site: 's', exportedAt: T0.toISOString(), states: {} }));
    expect(v1.ok && v1.value.cards).toEqual({});
  });

  it('re-attaches a schedule to the card whose question was edited (same answer), or to the one card left', () => {
    const entry = rateCard(undefined, 3, T0, 'bbbbbbbb');
    // Card 2's question was edited: new id, same answer hash.
    const edited = cards.cards.map((c) => (c.id === 'pod/q-00000002' ? { ...c, id: 'pod/q-0000000f' } : c));
    const before = setCardEntry(setCardEntry(emptyProgress(), 'pod/q-00000002', entry), 'pod/q-00000001', rateCard(undefined, 3, T0, 'aaaaaaaa'));
    const after = reattachCards(before, edited);
    expect(after.cards['pod/q-0000000f']).toEqual(entry);
    expect(after.cards['pod/q-00000002']).toBeUndefined();
    // Question and answer both edited: the concept's only unscheduled card takes it when nothing else is lost.
    const both = edited.map((c) => (c.id === 'pod/q-0000000f' ? { ...c, answerHash: '12345678' } : c));
    const only = setCardEntry(before, 'pod/q-00000003', rateCard(undefined, 3, T0, 'cccccccc'));
    expect(reattachCards(only, both).cards['pod/q-0000000f']).toEqual(entry);
    // Two unscheduled cards and no answer match: ambiguous, the schedule stays under its old id.
    const ambiguous = reattachCards(before, both);
    expect(ambiguous).toBe(before);
    // Never across concepts; nothing lost: same object.
    expect(reattachCards(before, cards.cards)).toBe(before);
  });
});

describe('FSRS scheduling and the review queue', () => {
  it('schedules by grade: Again soon, Easy latest; the due date moves forward with each Good', () => {
    const p = previewDue(undefined, T0);
    expect(p[1].getTime()).toBeLessThan(p[3].getTime());
    expect(p[3].getTime()).toBeLessThanOrEqual(p[4].getTime());
    expect(p[4].getTime() - T0.getTime()).toBeGreaterThanOrEqual(DAY);
    let e = rateCard(undefined, 3, T0);
    expect(e.reps).toBe(1);
    expect(e.introducedAt).toBe(T0.toISOString());
    let t = new Date(e.due);
    const gaps: number[] = [];
    for (let i = 0; i < 4; i++) {
      const next = rateCard(e, 3, t);
      gaps.push(Date.parse(next.due) - t.getTime());
      e = next;
      t = new Date(e.due);
    }
    expect(gaps[3]!).toBeGreaterThan(gaps[1]!);
    expect(e.introducedAt).toBe(T0.toISOString());
    expect(e.state).toBe('review');
    const lapse = rateCard(e, 1, t);
    expect(lapse.lapses).toBe(1);
    expect(lapse.state).toBe('relearning');
  });

  it('introduces new cards up to the daily limit, lists due ones, filters by branch and by "learning"', () => {
    let data = emptyProgress();
    const q0 = buildQueue(cards, data, T0, {}, 2);
    expect(q0.fresh.map((c) => c.id)).toEqual(['pod/q-00000001', 'pod/q-00000002']);
    expect(q0.moreNew).toBe(2);
    data = setCardEntry(data, 'pod/q-00000001', rateCard(undefined, 4, T0));
    expect(introducedToday(data, T0)).toBe(1);
    const q1 = buildQueue(cards, data, T0, {}, 2);
    expect(q1.fresh.map((c) => c.id)).toEqual(['pod/q-00000002']);
    expect(q1.due).toEqual([]);
    // Days later the first card is due and the limit is fresh again.
    const t = later(T0, 30 * DAY);
    const q2 = buildQueue(cards, data, t, {}, 2);
    expect(q2.due.map((c) => c.id)).toEqual(['pod/q-00000001']);
    expect(q2.fresh).toHaveLength(2);
    expect(conceptsWithDueCards(cards, data, t)).toEqual(new Set(['pod']));
    expect(buildQueue(cards, data, t, { branch: 'network' }, 2).fresh.map((c) => c.id)).toEqual(['service/q-00000004']);
    expect(buildQueue(cards, data, t, { learningOnly: true }, 2).fresh).toEqual([]);
    const learning = { ...data, states: { service: { state: 'learning' as const, updatedAt: T0.toISOString() } } };
    expect(buildQueue(cards, learning, t, { learningOnly: true }, 2).fresh.map((c) => c.id)).toEqual(['service/q-00000004']);
    const counts = dueCounts(cards, data, t);
    expect(counts.all.due).toBe(1);
    expect(counts.branches.map((b) => [b.id, b.counts.due, b.counts.total])).toEqual([
      ['workloads', 1, 3],
      ['network', 0, 1],
    ]);
  });
});

// ---------------------------------------------------------------------------------------------
// Review settings: new cards per day

const T1 = new Date('2026-03-02T10:00:00.000Z');

const manyCards = (n: number): CardsData => ({
  version: 1,
  branches: [{ id: 'workloads', title: '工作负载' }],
  concepts: [{ id: 'pod', title: 'Pod', branch: 'workloads', url: '/concepts/pod/' }],
  cards: Array.from({ length: n }, (_, i) => {
    const h = i.toString(16).padStart(8, '0');
    return { id: `pod/q-${h}`, concept: 'pod', question: `q${i}`, answer: `a${i}`, answerHash: h, n: i };
  }),
});

describe('review settings: new cards per day', () => {
  it('loads version 2 data stored before the setting existed unchanged, with the default', () => {
    const s = new FakeStorage();
    const old = {
      version: 2,
      states: { pod: { state: 'learning', updatedAt: T0.toISOString() } },
      orphans: {},
      cards: { 'pod/q-00000001': rateCard(undefined, 3, T0, '00000001') },
    };
    s.setItem('k', JSON.stringify(old));
    const r = readProgress(s, 'k');
    expect(r.problem).toBeUndefined();
    expect(r.data).toEqual(old); // no `review` key added
    expect(newCardsPerDay(r.data)).toBe(NEW_CARDS_PER_DAY);
    // Saving other changes leaves the key out: the value still reads on a site without the setting.
    writeProgress(s, 'k', setConceptState(r.data, 'pod', 'learned', T1));
    expect(Object.keys(JSON.parse(s.getItem('k')!))).toEqual(['version', 'states', 'orphans', 'cards']);
    // Version 1 data too.
    s.setItem('k', JSON.stringify({ version: 1, states: {}, orphans: {} }));
    expect(newCardsPerDay(readProgress(s, 'k').data)).toBe(NEW_CARDS_PER_DAY);
  });

  it('stores the setting, reads it back, keeps it through other changes and reconcile', () => {
    const s = new FakeStorage();
    const set = setNewCardsPerDay(emptyProgress(), 3, T0);
    expect(set.review).toEqual({ newCardsPerDay: 3, updatedAt: T0.toISOString() });
    expect(writeProgress(s, 'k', set)).toBe(true);
    const back = readProgress(s, 'k').data;
    expect(newCardsPerDay(back)).toBe(3);
    const changed = reconcile(setCardEntry(setConceptState(back, 'gone', 'learned', T1), 'pod/q-1', rateCard(undefined, 3, T1)), ['pod']);
    expect(changed.orphans.gone).toBeDefined();
    expect(newCardsPerDay(changed)).toBe(3);
  });

  it('clamps what a reader types to a whole number in range; refuses a bad stored value, naming the field', () => {
    expect(clampNewCardsPerDay('7')).toBe(7);
    expect(clampNewCardsPerDay('2.6')).toBe(3);
    expect(clampNewCardsPerDay(-4)).toBe(0);
    expect(clampNewCardsPerDay('1000')).toBe(NEW_CARDS_PER_DAY_MAX);
    expect(clampNewCardsPerDay('')).toBeUndefined();
    expect(clampNewCardsPerDay('abc')).toBeUndefined();
    expect(setNewCardsPerDay(emptyProgress(), 500, T0).review?.newCardsPerDay).toBe(NEW_CARDS_PER_DAY_MAX);
    const s = new FakeStorage();
    for (const [review, where] of [
      [{ newCardsPerDay: 2.5, updatedAt: T0.toISOString() }, 'review.newCardsPerDay: 2.5'],
      [{ newCardsPerDay: 101, updatedAt: T0.toISOString() }, 'review.newCardsPerDay: 101'],
      [{ newCardsPerDay: 5 }, 'review.updatedAt'],
      [{ newCardsPerDay: 5, updatedAt: T0.toISOString(), extra: 1 }, 'unexpected key "extra"'],
      [7, 'review must be an object'],
    ] as const) {
      s.setItem('k', JSON.stringify({ version: 2, states: {}, orphans: {}, cards: {}, review }));
      const r = readProgress(s, 'k');
      expect(r.problem?.code).toBe('wrong-shape');
      expect(r.problem?.detail).toContain(where);
    }
  });

  it('is exported only when set, and an import takes the newer setting', () => {
    const none = toExportFile(emptyProgress(), 'http://x/', T1);
    expect('review' in none).toBe(false);
    const mine = setNewCardsPerDay(emptyProgress(), 4, T0);
    const file = toExportFile(mine, 'http://x/', T1);
    expect(file.review).toEqual({ newCardsPerDay: 4, updatedAt: T0.toISOString() });
    const parsed = parseExportFile(JSON.stringify(file));
    if (!parsed.ok) throw new Error(parsed.error.detail);
    expect(parsed.value.review).toEqual(file.review);
    // Into a fresh browser: taken.
    const fresh = mergeProgress(emptyProgress(), parsed.value.states, parsed.value.cards, parsed.value.review);
    expect(fresh.review).toBe('updated');
    expect(newCardsPerDay(fresh.data)).toBe(4);
    // Into a browser whose setting is newer: kept.
    const newer = setNewCardsPerDay(emptyProgress(), 20, T1);
    const m = mergeProgress(newer, parsed.value.states, parsed.value.cards, parsed.value.review);
    expect(m.review).toBe('kept');
    expect(newCardsPerDay(m.data)).toBe(20);
    // A file without the setting leaves it alone.
    expect(newCardsPerDay(mergeProgress(newer, {}, {}, undefined).data)).toBe(20);
    // A malformed setting in a file is an error that names it.
    const bad = parseExportFile(JSON.stringify({ ...file, review: { newCardsPerDay: -1, updatedAt: T0.toISOString() } }));
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error.detail).toContain('review.newCardsPerDay');
  });

  it('limits the new cards of a session (and the counts) to the stored setting, counting those introduced today', () => {
    const cards = manyCards(30);
    expect(buildQueue(cards, emptyProgress(), T0).fresh).toHaveLength(NEW_CARDS_PER_DAY);
    let data = setNewCardsPerDay(emptyProgress(), 3, T0);
    let q = buildQueue(cards, data, T0);
    expect(q.fresh.map((c) => c.n)).toEqual([0, 1, 2]);
    expect(q.moreNew).toBe(27);
    expect(dueCounts(cards, data, T0).all.fresh).toBe(3);
    // Two introduced today leave room for one more.
    data = setCardEntry(setCardEntry(data, cards.cards[0]!.id, rateCard(undefined, 3, T0)), cards.cards[1]!.id, rateCard(undefined, 3, T0));
    expect(buildQueue(cards, data, T1).fresh).toHaveLength(1);
    // 0: no new cards at all.
    expect(buildQueue(cards, setNewCardsPerDay(data, 0, T1), T1).fresh).toHaveLength(0);
  });
});

describe("the review page's counts per branch", () => {
  it("split today's new cards among the branches: they add up to the day's total, not the limit once per branch", () => {
    const two: CardsData = {
      version: 1,
      branches: [{ id: 'workloads', title: '工作负载' }, { id: 'network', title: '网络' }],
      concepts: [
        { id: 'pod', title: 'Pod', branch: 'workloads', url: '/concepts/pod/' },
        { id: 'service', title: 'Service', branch: 'network', url: '/concepts/service/' },
      ],
      cards: Array.from({ length: 12 }, (_, i) => {
        const h = i.toString(16).padStart(8, '0');
        const concept = i < 8 ? 'pod' : 'service';
        return { id: `${concept}/q-${h}`, concept, question: `q${i}`, answer: `a${i}`, answerHash: h, n: i };
      }),
    };
    const data = setNewCardsPerDay(emptyProgress(), 10, T0);
    const counts = dueCounts(two, data, T0);
    expect(counts.all.fresh).toBe(10);
    // The session over all branches takes the first ten new cards: eight of workloads, two of network.
    expect(counts.branches.map((b) => [b.id, b.counts.fresh, b.counts.total])).toEqual([
      ['workloads', 8, 8],
      ['network', 2, 4],
    ]);
    expect(counts.branches.reduce((n, b) => n + b.counts.fresh, 0)).toBe(counts.all.fresh);
    const fresh = buildQueue(two, data, T0).fresh;
    for (const b of counts.branches) expect(fresh.filter((c) => c.concept === (b.id === 'workloads' ? 'pod' : 'service'))).toHaveLength(b.counts.fresh);
  });
});
