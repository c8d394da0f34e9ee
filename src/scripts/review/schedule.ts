/**
 * Spaced repetition for the self-check cards: a thin, pure wrapper around ts-fsrs (the FSRS
 * algorithm) over the progress store's `CardEntry` (no DOM, no clock: `now` is passed in), and
 * the review queue: which cards are due, which new cards to introduce today (a daily limit),
 * counts per branch, and the session filters (a branch, concepts marked "learning").
 */
import { createEmptyCard, fsrs, Rating, State, type Card, type Grade } from 'ts-fsrs';
import { newCardsPerDay, type CardEntry, type CardState, type ProgressData } from '../progress/store.ts';
import type { CardsData, ReviewCard } from '../../views/cards.ts';

/** The default number of new cards per day (the reader can change it: `newCardsPerDay` in the store). */
export { NEW_CARDS_PER_DAY } from '../progress/store.ts';

/** 1 Again, 2 Hard, 3 Good, 4 Easy (the keys of the review page). */
export type ReviewGrade = 1 | 2 | 3 | 4;
export const GRADES: readonly ReviewGrade[] = [1, 2, 3, 4];
export const GRADE_NAMES: Record<ReviewGrade, 'again' | 'hard' | 'good' | 'easy'> = { 1: 'again', 2: 'hard', 3: 'good', 4: 'easy' };

const GRADE_RATING: Record<ReviewGrade, Grade> = { 1: Rating.Again, 2: Rating.Hard, 3: Rating.Good, 4: Rating.Easy };
const STATE_NAMES: Record<State, CardState> = {
  [State.New]: 'new',
  [State.Learning]: 'learning',
  [State.Review]: 'review',
  [State.Relearning]: 'relearning',
};
const STATE_VALUES: Record<CardState, State> = { new: State.New, learning: State.Learning, review: State.Review, relearning: State.Relearning };

// Default FSRS parameters; no fuzz, so a schedule is reproducible (tests, two devices).
const scheduler = fsrs({ enable_fuzz: false });

function toFsrs(entry: CardEntry | undefined, now: Date): Card {
  if (!entry) return createEmptyCard(now);
  const card: Card = {
    ...createEmptyCard(now),
    due: new Date(entry.due),
    stability: entry.stability,
    difficulty: entry.difficulty,
    scheduled_days: entry.scheduledDays,
    learning_steps: entry.learningSteps,
    reps: entry.reps,
    lapses: entry.lapses,
    state: STATE_VALUES[entry.state],
  };
  if (entry.lastReview) card.last_review = new Date(entry.lastReview);
  return card;
}

function fromFsrs(card: Card, before: CardEntry | undefined, now: Date, answerHash: string | undefined): CardEntry {
  const e: CardEntry = {
    due: card.due.toISOString(),
    stability: card.stability,
    difficulty: card.difficulty,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: STATE_NAMES[card.state],
    introducedAt: before?.introducedAt ?? now.toISOString(),
    updatedAt: now.toISOString(),
  };
  if (card.last_review) e.lastReview = card.last_review.toISOString();
  const hash = answerHash ?? before?.answerHash;
  if (hash !== undefined) e.answerHash = hash;
  return e;
}

/** The card's schedule after the reader rated it `grade` at `now` (a new card when `entry` is undefined). */
export function rateCard(entry: CardEntry | undefined, grade: ReviewGrade, now: Date, answerHash?: string): CardEntry {
  const { card } = scheduler.next(toFsrs(entry, now), now, GRADE_RATING[grade]);
  return fromFsrs(card, entry, now, answerHash);
}

/** When the card would be due next for each grade (the buttons show it). */
export function previewDue(entry: CardEntry | undefined, now: Date): Record<ReviewGrade, Date> {
  const preview = scheduler.repeat(toFsrs(entry, now), now);
  return { 1: preview[Rating.Again].card.due, 2: preview[Rating.Hard].card.due, 3: preview[Rating.Good].card.due, 4: preview[Rating.Easy].card.due };
}

/** "10 min", "3 d": a due time relative to now, short. */
export function intervalLabel(due: Date, now: Date, units: { min: string; h: string; d: string; mo: string }): string {
  const minutes = Math.max(1, Math.round((due.getTime() - now.getTime()) / 60_000));
  if (minutes < 60) return `${minutes} ${units.min}`;
  const hours = Math.round(minutes / 60);
  if (hours < 24) return `${hours} ${units.h}`;
  const days = Math.round(hours / 24);
  if (days < 60) return `${days} ${units.d}`;
  return `${Math.round(days / 30)} ${units.mo}`;
}

/** `YYYY-MM-DD` of a time in the reader's local time zone. */
export function localDay(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

/** End of the local day of `now`. */
export function endOfDay(now: Date): Date {
  const e = new Date(now);
  e.setHours(23, 59, 59, 999);
  return e;
}

/** Cards first rated today (local day): they count against the daily limit of new cards. */
export function introducedToday(data: ProgressData, now: Date): number {
  const today = localDay(now);
  return Object.values(data.cards).filter((e) => localDay(new Date(e.introducedAt)) === today).length;
}

export interface ReviewFilter {
  /** Only cards of concepts in this branch. */
  branch?: string;
  /** Only cards of concepts the reader marked "learning". */
  learningOnly?: boolean;
}

export interface ReviewQueue {
  /** Scheduled cards due by the end of today, soonest first. */
  due: ReviewCard[];
  /** New cards to introduce today (within the daily limit), in learning order. */
  fresh: ReviewCard[];
  /** New cards left beyond today's limit. */
  moreNew: number;
}

function matches(cards: CardsData, data: ProgressData, filter: ReviewFilter): (c: ReviewCard) => boolean {
  const branchOf = new Map(cards.concepts.map((c) => [c.id, c.branch]));
  return (c) =>
    (filter.branch === undefined || branchOf.get(c.concept) === filter.branch) &&
    (!filter.learningOnly || data.states[c.concept]?.state === 'learning');
}

/** Due and new cards for a session at `now` under `filter`; new cards up to the reader's daily limit (the store's setting) unless `newPerDay` is given. */
export function buildQueue(cards: CardsData, data: ProgressData, now: Date, filter: ReviewFilter = {}, newPerDay = newCardsPerDay(data)): ReviewQueue {
  const ok = matches(cards, data, filter);
  const end = endOfDay(now).getTime();
  const due: ReviewCard[] = [];
  const newCards: ReviewCard[] = [];
  for (const c of cards.cards) {
    if (!ok(c)) continue;
    const e = data.cards[c.id];
    if (!e) newCards.push(c);
    else if (Date.parse(e.due) <= end) due.push(c);
  }
  due.sort((a, b) => Date.parse(data.cards[a.id]!.due) - Date.parse(data.cards[b.id]!.due));
  const room = Math.max(0, newPerDay - introducedToday(data, now));
  return { due, fresh: newCards.slice(0, room), moreNew: Math.max(0, newCards.length - room) };
}

export interface DueCounts {
  due: number;
  fresh: number;
  total: number;
}

/**
 * Due and new-today counts over all cards and per branch (branches in `cards.branches` order). A
 * branch's new cards are its share of today's session over all branches (the daily limit is one
 * for the day, not one per branch), so the branches' counts add up to the total shown above them.
 */
export function dueCounts(cards: CardsData, data: ProgressData, now: Date, learningOnly = false): { all: DueCounts; branches: { id: string; title: string; titleEn?: string; counts: DueCounts }[] } {
  const q = buildQueue(cards, data, now, { learningOnly });
  const branchOf = new Map(cards.concepts.map((c) => [c.id, c.branch]));
  const count = (branch?: string): DueCounts => {
    const mine = (c: ReviewCard): boolean => branch === undefined || branchOf.get(c.concept) === branch;
    const total = cards.cards.filter(matches(cards, data, { ...(branch !== undefined ? { branch } : {}), learningOnly })).length;
    return { due: q.due.filter(mine).length, fresh: q.fresh.filter(mine).length, total };
  };
  return { all: count(), branches: cards.branches.map((b) => ({ ...b, counts: count(b.id) })) };
}

/** Concepts with at least one scheduled card due by `now` (the map colours them). */
export function conceptsWithDueCards(cards: Pick<CardsData, 'cards'>, data: ProgressData, now: Date): Set<string> {
  const out = new Set<string>();
  for (const c of cards.cards) {
    const e = data.cards[c.id];
    if (e && Date.parse(e.due) <= now.getTime()) out.add(c.concept);
  }
  return out;
}
