/**
 * View: the self-check cards (`cards.json`), what the review page (`/review/`) and the map's
 * "cards due" colouring read in the browser: every card of the Graph with its concept's names
 * and branch, question and answer as sanitised HTML with real URLs. Built once per build; the
 * browser imports only the types. Scheduling is not here: it lives with the learner's progress
 * in the browser (src/scripts/progress/store.ts, src/scripts/review/schedule.ts).
 */
import type { Graph } from '../graph/model.ts';
import { names } from './progress-data.ts';
import { conceptPath, resolveBaseLinks } from './urls.ts';

/** Version of the `cards.json` shape. */
export const CARDS_DATA_VERSION = 1;

export interface ReviewCard {
  /** Stable card id (`pod/q-1a2b3c4d`, `pod/why-pod`): the key of its schedule in the progress store. */
  id: string;
  concept: string;
  /** Sanitised inline HTML. */
  question: string;
  /** Sanitised HTML. */
  answer: string;
  /** 8 hex digits of the answer text (re-attaches a schedule when the question was edited). */
  answerHash: string;
  /** Position of the card among its concept's cards (0-based). */
  n: number;
}

export interface CardConcept {
  id: string;
  title: string;
  titleEn?: string;
  branch: string;
  /** The concept's page. */
  url: string;
}

export interface CardsData {
  version: typeof CARDS_DATA_VERSION;
  /** Children of the root that have cards, in map order. */
  branches: { id: string; title: string; titleEn?: string }[];
  /** Concepts that have cards, in learning order. */
  concepts: CardConcept[];
  /** In learning order of their concepts, then as written. */
  cards: ReviewCard[];
}

export function buildCardsData(graph: Graph, base: string): CardsData {
  const cards = graph.cards ?? [];
  const byId = new Map(graph.concepts.map((c) => [c.id, c]));
  const withCards = new Set(cards.map((c) => c.concept));
  const concepts: CardConcept[] = graph.concepts
    .filter((c) => withCards.has(c.id))
    .map((c) => ({ id: c.id, ...names(c), branch: c.branch, url: conceptPath(base, c.id) }));
  const branchIds = new Set(concepts.map((c) => c.branch));
  const branches = graph.concepts
    .filter((c) => c.parent === graph.root && c.id !== graph.root && branchIds.has(c.id))
    .map((c) => ({ id: c.id, ...names(c) }));
  // The root's own cards (a concept note of the root) form a branch of their own.
  if (branchIds.has(graph.root)) {
    const r = byId.get(graph.root);
    if (r) branches.unshift({ id: r.id, ...names(r) });
  }
  const count = new Map<string, number>();
  const out: ReviewCard[] = cards.map((c) => {
    const n = count.get(c.concept) ?? 0;
    count.set(c.concept, n + 1);
    return {
      id: c.id,
      concept: c.concept,
      question: resolveBaseLinks(c.question, base),
      answer: resolveBaseLinks(c.answer, base),
      answerHash: c.answerHash,
      n,
    };
  });
  return { version: CARDS_DATA_VERSION, branches, concepts, cards: out };
}

/** Number of cards per concept id (a concept page looks its own count up). */
export function cardCounts(data: CardsData): Map<string, number> {
  const out = new Map<string, number>();
  for (const c of data.cards) out.set(c.concept, (out.get(c.concept) ?? 0) + 1);
  return out;
}

/** A card the build found but could not give a concept (`card-no-concept`): in no review. */
export interface UnplacedCard {
  /** The note (content-relative path). */
  file: string;
  /** The line of its `> [!question]`. */
  line: number;
  /** The question as the finding quotes it (its first 40 characters). */
  question: string;
}

/**
 * The cards of the notes that belong to no concept, in file and line order: the review page
 * of notes whose every card is one of these says where they are, not that there are none.
 */
export function unplacedCards(graph: Pick<Graph, 'diagnostics'>): UnplacedCard[] {
  return graph.diagnostics
    .filter((d) => d.code === 'card-no-concept')
    .map((d) => ({ file: d.file, line: d.line, question: String(d.text?.vars?.question ?? '') }))
    .sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
}
