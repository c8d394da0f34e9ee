/**
 * Stage `cards`: the self-check cards of every note (cards.ts finds and checks them), each
 * given to a concept and an id, and rendered. A card in a concept note belongs to that note's
 * concept. A card in a free-form note belongs to the concept of the section it sits in: the
 * section that holds the `## 自测` heading (or the card itself), as the miner read it (a heading
 * passage), going up through the parent headings, else the note's own concept. A card that
 * belongs to no concept is reported and left out. Runs after `link` (wiki links inside cards are
 * links already) and before `render` (the concept bodies render the cards folded).
 *
 * Card ids are unique across the notes. A card written again in another note with the same
 * question and answer (a draft copy of a chapter, a chapter quoted) is the same card: it keeps
 * the id, is reviewed once and is reported (`card-copy`); with another answer it gets a suffix,
 * as a second card of one id in one note does (`card-duplicate-id`). A note named like a draft
 * or copy is read after the others, so it is the one reported.
 */
import type { Heading } from 'mdast';
import type { BuildContext, Doc } from '../build-context.ts';
import type { Card } from '../model.ts';
import { answerHash, cardId, findCards, isSelfCheckHeading, markCardId, type FoundCard } from '../cards.ts';
import { renderHtml } from '../markdown.ts';
import { DRAFT_NAME } from '../excerpts.ts';

export function collectCards(ctx: BuildContext): void {
  const { nodes, diags } = ctx;
  // Every card id given so far, in any note, with the card it was given to.
  const seen = new Map<string, Card>();
  // A draft or copy (named like one, excerpts.ts DRAFT_NAME) after the notes it copies, wherever it
  // sorts (`…-草稿.md` before `….md`): the chapter keeps its cards, the copy is the one reported.
  const docs = [...ctx.docs].sort((a, b) => Number(DRAFT_NAME.test(a.file)) - Number(DRAFT_NAME.test(b.file)));
  for (const doc of docs) {
    if (doc.status !== 'ok' && doc.role === 'concept') continue;
    let owner: string | undefined;
    if (doc.role === 'concept') {
      const id = ctx.noteConcept.get(doc.file);
      // A concept note that lost its id to another note (duplicate-id) is not rendered: skip it.
      if (id === undefined || nodes.get(id)?.doc !== doc) continue;
      owner = id;
    }
    const found = findCards(doc.tree, doc.file, diags);
    if (found.length === 0) continue;
    const sectionConcept = owner === undefined ? sectionConcepts(ctx, doc) : undefined;
    for (const f of found) {
      const concept = owner ?? sectionConcept!(f.headingLine);
      if (concept === undefined) {
        diags.warn('card-no-concept', f.at, { key: 'finding.card-no-concept', vars: { question: f.questionText.slice(0, 40) } },
          { key: 'finding.hint.card-no-concept' });
        continue;
      }
      let id = cardId(concept, f.explicitId, f.questionText);
      const hash = answerHash(f.answerText);
      const before = seen.get(id);
      if (before && before.source.file !== f.at.file && before.answerHash === hash && before.questionText === f.questionText) {
        // The same card in another note: one card, shown on both pages, reviewed once.
        diags.warn('card-copy', f.at, { key: 'finding.card-copy', vars: { at: `${before.source.file}:${before.source.line}` } },
          { key: 'finding.hint.card-copy' });
        markCardId(f, id);
        continue;
      }
      if (before) {
        let k = 2;
        while (seen.has(`${id}-${k}`)) k++;
        const newId = `${id}-${k}`;
        const elsewhere = before.source.file !== f.at.file;
        const key = elsewhere ? 'finding.card-duplicate-elsewhere' : f.explicitId ? 'finding.card-duplicate-id' : 'finding.card-duplicate-question';
        diags.warn('card-duplicate-id', f.at,
          { key, vars: { id, newId, line: String(before.source.line), at: `${before.source.file}:${before.source.line}` } },
          { key: f.explicitId ? 'finding.hint.card-own-id' : 'finding.hint.card-other-question' });
        id = newId;
      }
      markCardId(f, id);
      const card: Card = {
        id,
        concept,
        question: inlineHtml(f),
        questionText: f.questionText,
        answer: renderHtml(f.answer),
        answerHash: hash,
        source: f.at,
      };
      if (f.explicitId) card.explicitId = true;
      seen.set(id, card);
      ctx.cards.push(card);
    }
  }
}

function inlineHtml(f: FoundCard): string {
  return renderHtml([{ type: 'paragraph', children: f.question }]).replace(/^<p>/, '').replace(/<\/p>\s*$/, '');
}

/**
 * For a free-form note: the concept of the section a card sits in, from the line of the heading
 * before it (0: none). A self-check heading stands for the section it is part of.
 */
function sectionConcepts(ctx: BuildContext, doc: Doc): (headingLine: number) => string | undefined {
  const headings: { line: number; depth: number; node: Heading }[] = [];
  for (const c of doc.tree.children) if (c.type === 'heading') headings.push({ line: c.position?.start.line ?? 0, depth: c.depth, node: c });
  const passages = ctx.notePassages.get(doc.file) ?? [];
  const home = ctx.noteHome.get(doc.file) ?? undefined;
  // The note's title heading (its first `#`, as noteTitle reads it): its section is the note itself.
  const titleLine = headings.find((h) => h.depth === 1)?.line;
  const homeOk = home !== undefined && ctx.nodes.has(home);
  // The concept a section is about: the passage of its heading, else the first passage that
  // starts in it before the next heading (a section `## ClusterIP` that opens with a bold definition).
  // The title's section is the note's own concept: a chapter written as prose, with no `##` before
  // its `## 自测`, is about its home, not about the first thing it defines.
  const conceptAt = (i: number): string | undefined => {
    const line = headings[i]!.line;
    const end = headings[i + 1]?.line ?? Infinity;
    const ok = passages.filter((p) => ctx.nodes.has(p.conceptId));
    const own = ok.find((p) => p.at.line === line)?.conceptId;
    if (own !== undefined) return own;
    if (line === titleLine && homeOk) return home;
    return ok.find((p) => p.at.line > line && p.at.line < end)?.conceptId;
  };
  return (headingLine) => {
    let i = headings.findIndex((h) => h.line === headingLine);
    let depth = Infinity;
    while (i >= 0) {
      const h = headings[i]!;
      if (h.depth < depth) {
        depth = h.depth;
        if (!isSelfCheckHeading(h.node)) {
          const c = conceptAt(i);
          if (c !== undefined) return c;
        }
      }
      i--;
    }
    return homeOk ? home : undefined;
  };
}
