/**
 * rules31, `prose-clause-path`: paths under an object's spec, each written in code at the start of
 * a clause of one sentence and followed by its own Chinese predicate (`\`spec.pools\` 选地址池，不写就是
 * 全部；\`spec.nodes\` 限定哪些节点可以宣告；\`spec.nics\` 可以限定网卡。`). A writer who walks through
 * an object's fields one clause each is explaining each field, whatever the verb; prose.ts reads a
 * code span as a subject only before the predicates it knows (PROSE_PREDICATES).
 *
 * Two such clauses in the sentence at least (one alone may be a value or a step, `\`spec.x\` 改完
 * 就生效`), clauses cut at `；` / `;` (a comma goes on about the same field). Only paths under
 * `spec`: rules25 counted the shape over the sets, and with any code span (`labels`, `hostIPC`,
 * values) it made as many false positives as labels. Where the path belongs is the resolver's
 * (resolve.ts, path-owner.ts: the kind label whose definition holds the sentence, first).
 */
import type { FlatParagraph, ProseDefinition } from './prose.ts';

/** A path under an object's spec (`spec.nodeTaints`, `spec.resourceGroups[].flavors`). */
const SPEC_PATH = /^spec(?:\.[A-Za-z][A-Za-z0-9]*(?:\[\])?)+$/;
/** What ends a sentence. */
const SENTENCE_END = /[。！？!?\n]/u;
/** What ends a clause (or a sentence, or a label's colon before the first clause). */
const CLAUSE_START = /[；;。！？!?\n：:]\s*$/u;
/** A Chinese predicate right after the path (not a gloss, a colon, a value or another code span). */
const PREDICATE_AFTER = /^\s*[\u4e00-\u9fff]/u;

/** The spec paths opening two clauses or more of one sentence of the paragraph, as prose definitions. */
export function pathsOpeningClauses(flat: FlatParagraph): ProseDefinition[] {
  const bySentence = new Map<number, ProseDefinition[]>();
  const { text } = flat;
  for (const piece of flat.pieces) {
    if (piece.kind !== 'code') continue;
    const path = text.slice(piece.from, piece.to).trim();
    if (!SPEC_PATH.test(path)) continue;
    const before = text.slice(0, piece.from);
    if (!(before.trim() === '' || CLAUSE_START.test(before))) continue;
    if (!PREDICATE_AFTER.test(text.slice(piece.to))) continue;
    let start = piece.from;
    while (start > 0 && !SENTENCE_END.test(text[start - 1]!)) start--;
    let end = piece.to;
    while (end < text.length && !SENTENCE_END.test(text[end]!)) end++;
    const list = bySentence.get(start) ?? [];
    list.push({ subject: path, form: 'code', rule: 'prose-clause-path', aliases: [], sentence: text.slice(start, end).trim(), offset: piece.from, shape: 'code' });
    bySentence.set(start, list);
  }
  return [...bySentence.values()].filter((l) => l.length >= 2).flat();
}
