/**
 * The review page (`/review/`): today's counts, the session's scope, and the session itself,
 * keyboard first: Space shows the answer, 1–4 rate it (Again, Hard, Good, Easy). Cards come from
 * `cards.json` (the cards view), schedules live in the progress store (client.ts), scheduling is
 * schedule.ts (ts-fsrs).
 */
import { withBase } from '../urls.ts';
import { getProgress, onProgress, replaceProgress, setCardSchedule, setReviewNewPerDay, startProgress, lastSaveFailed } from '../progress/client.ts';
import { clampNewCardsPerDay, newCardsPerDay, reattachCards } from '../progress/store.ts';
import { pt, onLang } from '../progress/strings.ts';
import { currentUiLang } from '../preferences.ts';
import type { CardsData, ReviewCard } from '../../views/cards.ts';
import { buildQueue, dueCounts, GRADE_NAMES, intervalLabel, previewDue, rateCard, type ReviewFilter, type ReviewGrade } from './schedule.ts';

/** A card rated into a learning step due within this time comes back in the same session. */
const REQUEUE_MS = 20 * 60_000;

const $ = <T extends HTMLElement>(id: string): T | null => document.getElementById(id) as T | null;

let cards: CardsData | undefined;
let queue: ReviewCard[] = [];
let current: ReviewCard | undefined;
let shown = false;
let active = false;

function units() {
  return { min: pt('progress.review.unit.min'), h: pt('progress.review.unit.h'), d: pt('progress.review.unit.d'), mo: pt('progress.review.unit.mo') };
}

function filter(): ReviewFilter {
  const branch = ($<HTMLSelectElement>('review-branch')?.value ?? '') || undefined;
  const learningOnly = $<HTMLInputElement>('review-learning')?.checked ?? false;
  return { ...(branch ? { branch } : {}), learningOnly };
}

function renderCounts(): void {
  if (!cards) return;
  const now = new Date();
  const f = filter();
  const counts = dueCounts(cards, getProgress(), now, f.learningOnly ?? false);
  const set = (root: ParentNode, c: { due: number; fresh: number }) => {
    const due = root.querySelector('[data-review-count="due"]');
    const fresh = root.querySelector('[data-review-count="fresh"]');
    if (due) due.textContent = String(c.due);
    if (fresh) fresh.textContent = String(c.fresh);
  };
  const stats = document.querySelector('.review-stats');
  if (stats) set(stats, counts.all);
  for (const b of counts.branches) {
    const row = document.querySelector(`tr[data-branch="${CSS.escape(b.id)}"]`);
    if (row) set(row, b.counts);
  }
  const q = buildQueue(cards, getProgress(), now, f);
  const n = q.due.length + q.fresh.length;
  const start = $<HTMLButtonElement>('review-start');
  if (start) {
    start.textContent = pt('progress.review.start', { count: n });
    start.disabled = n === 0;
  }
  const more = $('review-more-new');
  if (more) {
    more.textContent = q.moreNew > 0 ? pt('progress.review.moreNew', { count: q.moreNew }) : '';
    more.hidden = q.moreNew === 0;
  }
}

/** Shows the stored "new cards per day" in its input (unless the reader is editing it) and in the intro. */
function showLimit(): void {
  const limit = newCardsPerDay(getProgress());
  const input = $<HTMLInputElement>('review-new-per-day');
  if (input && document.activeElement !== input) input.value = String(limit);
  const intro = document.querySelector<HTMLElement>('[data-review-i18n]');
  if (intro) intro.textContent = pt(intro.dataset.reviewI18n!, { limit });
}

/** Saves the number typed in the input (a whole number within range; anything else puts the stored one back). */
function commitLimit(): void {
  const input = $<HTMLInputElement>('review-new-per-day');
  if (!input) return;
  const n = clampNewCardsPerDay(input.value);
  const stored = newCardsPerDay(getProgress());
  input.value = String(n ?? stored);
  if (n === undefined || n === stored) return;
  const ok = setReviewNewPerDay(n);
  const live = $('review-live');
  if (live) live.textContent = `${pt('progress.review.newPerDaySaved', { count: n })}${ok ? '' : ` ${pt('progress.saveFailed')}`}`;
}

function conceptOf(id: string) {
  return cards?.concepts.find((c) => c.id === id);
}

function showCard(): void {
  const card = $('review-card');
  const done = $('review-done');
  const remaining = $('review-remaining');
  current = queue.shift();
  shown = false;
  if (!current) {
    active = false;
    if (card) card.hidden = true;
    if (remaining) remaining.textContent = '';
    if (done) {
      done.hidden = false;
      done.textContent = pt('progress.review.done');
      done.focus();
    }
    renderCounts();
    return;
  }
  if (done) done.hidden = true;
  if (card) card.hidden = false;
  if (remaining) remaining.textContent = pt('progress.review.remaining', { count: queue.length + 1 });
  const concept = conceptOf(current.concept);
  const link = $<HTMLAnchorElement>('review-concept-link');
  if (link) {
    link.textContent = concept ? (currentUiLang() === 'en' && concept.titleEn ? concept.titleEn : concept.title) : current.concept;
    link.href = concept?.url ?? withBase(`concepts/${encodeURIComponent(current.concept)}/`);
  }
  const badge = $('review-new-badge');
  if (badge) badge.hidden = getProgress().cards[current.id] !== undefined;
  const q = $('review-question');
  // Sanitised by the engine at build time (rehype-sanitize); links already carry the base path.
  if (q) q.innerHTML = current.question;
  const body = $('review-answer-body');
  if (body) body.innerHTML = current.answer;
  const answer = $('review-answer');
  if (answer) answer.hidden = true;
  const show = $<HTMLButtonElement>('review-show');
  if (show) {
    show.hidden = false;
    show.setAttribute('aria-expanded', 'false');
  }
  card?.setAttribute('data-card-id', current.id);
  q?.focus();
}

function showAnswer(): void {
  if (!current || shown) return;
  shown = true;
  const answer = $('review-answer');
  if (answer) answer.hidden = false;
  const show = $<HTMLButtonElement>('review-show');
  if (show) {
    show.setAttribute('aria-expanded', 'true');
    show.hidden = true;
  }
  const now = new Date();
  const preview = previewDue(getProgress().cards[current.id], now);
  for (const b of document.querySelectorAll<HTMLButtonElement>('.review-grades [data-grade]')) {
    const g = Number(b.dataset.grade) as ReviewGrade;
    const when = b.querySelector('[data-when]');
    if (when) when.textContent = intervalLabel(preview[g], now, units());
  }
  $('rv-answer-h')?.focus();
}

function rate(grade: ReviewGrade): void {
  if (!current || !shown) return;
  const now = new Date();
  const before = getProgress().cards[current.id];
  const entry = rateCard(before, grade, now, current.answerHash);
  setCardSchedule(current.id, entry);
  const due = new Date(entry.due);
  if (due.getTime() - now.getTime() <= REQUEUE_MS) queue.push(current);
  const live = $('review-live');
  if (live) {
    const saved = lastSaveFailed() ? ` ${pt('progress.saveFailed')}` : '';
    live.textContent = `${pt('progress.review.rated', { grade: pt(`progress.review.grade.${GRADE_NAMES[grade]}`), when: intervalLabel(due, now, units()) })}${saved}`;
  }
  renderCounts();
  showCard();
}

function start(): void {
  if (!cards) return;
  const q = buildQueue(cards, getProgress(), new Date(), filter());
  queue = [...q.due, ...q.fresh];
  active = true;
  const session = $('review-session');
  if (session) session.hidden = false;
  if (queue.length === 0) {
    const done = $('review-done');
    if (done) {
      done.hidden = false;
      done.textContent = pt('progress.review.nothing');
    }
    active = false;
    return;
  }
  showCard();
}

function onKey(e: KeyboardEvent): void {
  if (!active || !current || e.ctrlKey || e.metaKey || e.altKey) return;
  const t = e.target as HTMLElement | null;
  if (t && (t.closest('input, select, textarea, [contenteditable=""], [contenteditable="true"], dialog') || (t.tagName === 'A' && e.key === ' '))) return;
  if (e.key === ' ' || e.code === 'Space') {
    if (!shown) {
      e.preventDefault();
      showAnswer();
    }
    return;
  }
  if (shown && ['1', '2', '3', '4'].includes(e.key)) {
    e.preventDefault();
    rate(Number(e.key) as ReviewGrade);
  }
}

export function initReviewPage(): void {
  startProgress();
  onLang(() => {
    showLimit();
    renderCounts();
    if (active && current) {
      const remaining = $('review-remaining');
      if (remaining) remaining.textContent = pt('progress.review.remaining', { count: queue.length + 1 });
    }
  });
  fetch(withBase('cards.json'), { cache: 'no-cache' })
    .then((r) => {
      if (!r.ok) throw new Error(`cards.json: HTTP ${r.status}`);
      return r.json() as Promise<CardsData>;
    })
    .then((data) => {
      cards = data;
      const before = getProgress();
      const after = reattachCards(before, data.cards);
      if (after !== before) replaceProgress(after);
      onProgress(() => renderCounts());
    })
    .catch((err: unknown) => {
      const el = $('review-error');
      if (el) el.textContent = pt('progress.review.loadFailed', { detail: String(err) });
    });
  $('review-filter')?.addEventListener('submit', (e) => {
    e.preventDefault();
    commitLimit(); // Enter in the number box submits before its change event
    start();
  });
  $('review-new-per-day')?.addEventListener('change', commitLimit);
  onProgress(showLimit);
  $('review-branch')?.addEventListener('change', renderCounts);
  $('review-learning')?.addEventListener('change', renderCounts);
  $('review-show')?.addEventListener('click', showAnswer);
  for (const b of document.querySelectorAll<HTMLButtonElement>('.review-grades [data-grade]')) {
    b.addEventListener('click', () => rate(Number(b.dataset.grade) as ReviewGrade));
  }
  document.addEventListener('keydown', onKey);
}
