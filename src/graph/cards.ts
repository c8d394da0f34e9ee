/**
 * Self-check cards in notes (issue 15): a block quote that opens with the callout marker
 * `[!question]` followed by the question on the same line; the rest of the block quote is the
 * answer. The callout syntax is read by `@r4ai/remark-callout` (Obsidian / GitHub-alert style
 * callouts), run on each card's block quote only, so it also prepares the rendering: the quote
 * becomes `<details class="self-check-card">` with the question as its `<summary>` and the
 * answer folded inside. Other callouts (`[!note]` …) are read by callouts.ts.
 *
 *   ## 自测
 *
 *   > [!question] Deployment 的滚动更新靠什么实现？ {#rolling}
 *   > Deployment 控制器为新的 Pod 模板创建一个新的 ReplicaSet …
 *
 * Card ids (stable across edits of the answer; see docs/content-format.md "Self-check cards"):
 * `<concept id>/<explicit id>` when the question line ends with `{#id}`, else
 * `<concept id>/q-<hash of the question text>`. Editing the answer never changes the id;
 * editing the question changes a hash id (the learner's scheduling is carried over by the
 * progress store's re-attachment rule) but not an explicit one.
 *
 * This module finds and checks cards in one parsed note; stages/cards.ts decides which concept
 * each card belongs to and renders it.
 */
import type { Blockquote, Heading, Paragraph, PhrasingContent, Root, RootContent, Text } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { remarkCallout } from '@r4ai/remark-callout';
import { distance } from 'fastest-levenshtein';
import type { SourceRef } from './model.ts';
import type { DiagnosticSink } from './diagnostics.ts';
import { hash8 } from './util.ts';

/** Headings of a self-check section: `## 自测`, `## Self-check` (and a few spellings of them). */
export const SELF_CHECK_HEADING = /^(自测|自测题|自我检测|自我测试|self[-\s]?check|self[-\s]?test|review questions?)$/iu;

/** An explicit card id: `{#id}` at the end of the question line. */
const EXPLICIT_ID = /\s*\{#([^}]*)\}\s*$/u;
export const CARD_ID_RE = /^[a-z0-9][a-z0-9-]*$/;

/** The marker on the first line of a block quote: `[!type]`, an optional fold sign, the rest. */
const MARKER = /^\[!([^\]\s]*)\]([+-]?)(.*)$/u;

/** The transform that turns one card's block quote into `<details>` / `<summary>` / answer. */
const toDetails = remarkCallout.call(undefined as never, {
  root: () => ({ tagName: 'details', properties: { className: ['self-check-card'] } }),
  title: () => ({ tagName: 'summary', properties: { className: ['self-check-question'] } }),
  body: () => ({ tagName: 'div', properties: { className: ['self-check-answer'] } }),
  callouts: ['question'],
  onUnknownCallout: (c) => (c.type.toLowerCase() === 'question' ? { ...c, type: 'question' } : undefined),
}) as unknown as (tree: Root) => void;

/** One card found in a note, before it is given a concept. */
export interface FoundCard {
  /** The block quote, now rendered as the card (its `data` carries the HTML element names). */
  node: Blockquote;
  /** The question's inline content (without the marker and the explicit id). */
  question: PhrasingContent[];
  /** The question as plain text, whitespace collapsed. */
  questionText: string;
  /** The answer's blocks. */
  answer: RootContent[];
  /** The answer as plain text, whitespace collapsed (its hash lets a learner's schedule follow an edited question). */
  answerText: string;
  /** `{#id}` written at the end of the question line, when valid. */
  explicitId?: string;
  at: SourceRef;
  /** Line of the heading the card sits under (0 when none). */
  headingLine: number;
}

function positionOf(node: { position?: { start: { line: number; column: number } } }, file: string): SourceRef {
  return { file, line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 };
}

/** Collapse whitespace and normalise, so a re-wrapped line keeps its hash. */
export function normalizeCardText(text: string): string {
  return text.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

/** `pod/q-1a2b3c4d` or `pod/logical` (see the module comment). */
export function cardId(conceptId: string, explicitId: string | undefined, questionText: string): string {
  return `${conceptId}/${explicitId ?? `q-${hash8(normalizeCardText(questionText))}`}`;
}

/** 8 hex digits of the answer's normalised text. */
export function answerHash(answerText: string): string {
  return hash8(normalizeCardText(answerText));
}

function isEmptyBlock(b: RootContent): boolean {
  return b.type === 'paragraph' && toString(b).trim() === '' && !b.children.some((c) => c.type === 'image');
}

/** Is `[!type]` read by this module: a card, or a marker probably meant to be one (callouts.ts leaves these alone)? */
export function isCardMarkerType(type: string): boolean {
  return type.toLowerCase() === 'question' || nearQuestion(type);
}

/** A marker that is probably meant to be `[!question]` (a typo, another common name). */
function nearQuestion(type: string): boolean {
  const t = type.toLowerCase();
  return ['q', 'quiz', 'card', 'flashcard', 'faq', 'ask', '问题', '自测', '提问'].includes(t) || (t.length >= 5 && distance(t, 'question') <= 2);
}

/**
 * The cards of one note, in document order. Malformed cards (a marker with no question, no
 * answer, a bad explicit id, a misspelt marker) are reported to `diags` and left as ordinary
 * block quotes. Transforms each card's block quote in place for rendering.
 */
export function findCards(tree: Root, file: string, diags: DiagnosticSink): FoundCard[] {
  const headings: { line: number; node: Heading }[] = [];
  for (const c of tree.children) if (c.type === 'heading') headings.push({ line: c.position?.start.line ?? 0, node: c });
  const headingLineBefore = (line: number): number => {
    let h = 0;
    for (const x of headings) if (x.line < line) h = x.line;
    return h;
  };
  const out: FoundCard[] = [];
  // Every block quote in document order (preorder, as unist-util-visit walks, without its
  // per-node arrays of ancestors: this runs over every note on every load); a card's own block
  // quote is not walked into, anything else is, with the children it has after `readCard`.
  const walk = (node: Root | RootContent): void => {
    if (node.type === 'blockquote') {
      const card = readCard(node, file, diags);
      if (card) {
        out.push({ ...card, headingLine: headingLineBefore(card.at.line) });
        return;
      }
    }
    if ('children' in node) for (let i = 0; i < node.children.length; i++) walk(node.children[i]!);
  };
  walk(tree);
  return out;
}

function readCard(bq: Blockquote, file: string, diags: DiagnosticSink): Omit<FoundCard, 'headingLine'> | undefined {
  const para = bq.children[0];
  if (!para || para.type !== 'paragraph') return undefined;
  const first = para.children[0];
  if (!first || first.type !== 'text') return undefined;
  const firstLine = first.value.split('\n')[0]!;
  const m = MARKER.exec(firstLine);
  if (!m) return undefined;
  const at = positionOf(bq, file);
  const type = m[1]!;
  if (type.toLowerCase() !== 'question') {
    if (nearQuestion(type)) {
      diags.warn('card-marker', at, { key: 'finding.card-not-marker', vars: { type } },
        { key: 'finding.hint.card-not-marker' });
    }
    return undefined;
  }
  const rest = m[3]!;
  if (rest !== '' && !/^\s/u.test(rest)) {
    diags.warn('card-marker', at, { key: 'finding.card-no-space', vars: { line: firstLine.slice(0, 40) } },
      { key: 'finding.hint.card-no-space' });
    return undefined;
  }
  if (para.position && bq.position && para.position.start.line !== bq.position.start.line) {
    diags.warn('card-marker', at, { key: 'finding.card-marker-not-first' },
      { key: 'finding.hint.card-marker-not-first' });
    return undefined;
  }
  const original = structuredClone(bq);
  const restore = (): undefined => {
    Object.assign(bq, original);
    if (!original.data) delete bq.data;
    return undefined;
  };
  toDetails({ type: 'root', children: [bq] });
  const summary = bq.children[0] as Paragraph | undefined;
  if ((bq.data as { hName?: string } | undefined)?.hName !== 'details' || !summary) {
    diags.warn('card-marker', at, { key: 'finding.card-unreadable' },
      { key: 'finding.hint.card-unreadable' });
    return restore();
  }
  // Obsidian's fold sign (`[!question]-`) and the default title ("Question") are not a question.
  const question = summary.children;
  const last = question[question.length - 1];
  let explicitId: string | undefined;
  if (last?.type === 'text') {
    const idm = EXPLICIT_ID.exec(last.value);
    if (idm) {
      const written = idm[1]!.trim();
      last.value = last.value.slice(0, idm.index);
      if (last.value === '') question.pop();
      if (CARD_ID_RE.test(written)) explicitId = written;
      else {
        diags.warn('card-id', at, { key: 'finding.card-id', vars: { id: written } },
          { key: 'finding.hint.card-id' });
      }
    }
  }
  const titleText = normalizeCardText(toString(summary));
  const noQuestion = titleText === '' || (rest.trim() === '' && titleText.toLowerCase() === 'question');
  if (noQuestion) {
    diags.warn('card-no-question', at, { key: 'finding.card-no-question' },
      { key: 'finding.hint.card-no-question' });
    return restore();
  }
  const body = bq.children[1] as Blockquote | undefined;
  const answer = (body?.children ?? []).filter((b) => !isEmptyBlock(b as RootContent)) as RootContent[];
  if (answer.length === 0) {
    diags.warn('card-no-answer', at, { key: 'finding.card-no-answer', vars: { question: titleText.slice(0, 40) } },
      { key: 'finding.hint.card-no-answer' });
    return restore();
  }
  if (body) body.children = answer as Blockquote['children'];
  const q: Omit<FoundCard, 'headingLine'> = {
    node: bq,
    question: question as PhrasingContent[],
    questionText: titleText,
    answer,
    answerText: normalizeCardText(answer.map((b) => (b.type === 'code' ? b.value : toString(b))).join(' ')),
    at,
  };
  if (explicitId) q.explicitId = explicitId;
  return q;
}

/** Gives a card its id on the rendered element (`data-card-id`, for the page's scripts). */
export function markCardId(card: FoundCard, id: string): void {
  const data = (card.node.data ??= {}) as { hProperties?: Record<string, unknown> };
  data.hProperties = { ...(data.hProperties ?? {}), dataCardId: id };
}

/** Is this heading the heading of a self-check section? */
export function isSelfCheckHeading(h: Heading | Text | string): boolean {
  const text = typeof h === 'string' ? h : toString(h);
  return SELF_CHECK_HEADING.test(text.replace(/[：:]\s*$/u, '').trim());
}
