/**
 * rules31: the kind a path written from an object's root (`spec.nodeTaints`, `status.creationTime`)
 * belongs to, read from the context around it when the words right before the path name none
 * (resolve.ts `ownerNamedPath` reads those). The evidence, nearest first:
 *
 * 1. `label`: the bold label opening the paragraph or list item whose definition's line holds the
 *    path, spelt as a kind (`- **ResourceFlavor（资源风味）**：…；\`spec.nodeTaints\` 声明…`);
 * 2. `sentence`: an earlier sentence of the same paragraph that says which object it is about, the
 *    kind as the complement (`最顶层的对象是 Cluster。它…\`spec.controlPlaneRef\` 指向…`);
 * 3. `example`: the kinds the nearest YAML example before the path in the same section declares
 *    (`kind: VolumeSnapshot` above `\`status.restoreSize\` 则是…`);
 * 4. `heading`: the kinds the section's heading (or an enclosing one) names;
 * 5. `note`: the kinds the note's title names.
 *
 * The first piece of evidence that names any kind decides; when it names two kinds or more the
 * owner is ambiguous and nothing is guessed (resolve.ts keeps its own reading, which ends in the
 * existing diagnostic). Pure functions of the parsed blocks and texts, so the unit tests run
 * examples and look-alikes; resolve.ts checks the kind against the API catalogue.
 */
import { toString } from 'mdast-util-to-string';
import type { RootContent } from 'mdast';
import type { FenceAnalysis } from '../examples.ts';
import { closingParen, stripColon } from '../labels.ts';

/** A name spelt as a kind: PascalCase, letters and digits, a lower-case letter somewhere (`Workload`, `HNCConfiguration`). */
export const KIND_SPELLING = /^[A-Z][A-Za-z0-9]*[a-z][A-Za-z0-9]*$/;

/** A name spelt as a kind opening a clause (the text's start or a clause mark before it), then what it is or does. */
const CLAUSE_SUBJECT = /(?:^|[，,；;。：:！!？?])\s*(?:[-*+>]\s+)?([A-Z][A-Za-z0-9]*[a-z][A-Za-z0-9]*)(?=\s*(?:对象|资源)?\s*[\u4e00-\u9fff])/gu;

/**
 * rules27: the kind whose name opens the last clause of the words before a path that any name
 * spelt as a kind opens (`Machine 是对一台机器的声明。它的关键字段有：` → Machine), undefined
 * when there is none. A later clause opened by another kind's name (an API kind's too) takes over.
 */
export function clauseSubjectKind(before: string): string | undefined {
  let last: string | undefined;
  for (const m of before.normalize('NFKC').matchAll(CLAUSE_SUBJECT)) last = m[1];
  return last;
}

export type PathOwnerCue = 'label' | 'sentence' | 'example' | 'heading' | 'note';

export interface PathOwnerEvidence {
  cue: PathOwnerCue;
  /** The kinds this piece of evidence names (one: an owner; several: ambiguous). */
  kinds: string[];
}

/**
 * The kind of the bold label opening `block` (a paragraph, or a list item's first paragraph),
 * gloss and colon dropped, when `line` is the label's line (the definition the label opens) and
 * the label is spelt as a kind. `**ResourceFlavor（资源风味）**：` → ResourceFlavor.
 */
export function labelKindOf(block: RootContent | undefined, line: number): string | undefined {
  let p = block;
  if (p?.type === 'listItem') p = p.children[0];
  if (!p || p.type !== 'paragraph' || p.position?.start.line !== line) return undefined;
  const label = p.children[0];
  if (label?.type !== 'strong') return undefined;
  const raw = toString(label).normalize('NFKC').trim();
  const next = p.children[1];
  const colon = stripColon(raw) !== raw || (next?.type === 'text' && /^\s*[：:]/u.test(next.value.normalize('NFKC')));
  if (!colon) return undefined;
  const bare = stripColon(raw).trim();
  const name = (closingParen(bare)?.before ?? bare).trim();
  return KIND_SPELLING.test(name) ? name : undefined;
}

/** `对象是 Cluster`, `资源就是 Rollout`, `对象叫 Machine`: an object said to be a kind, the kind as the complement, ending its clause. */
const OBJECT_IS = /(?:对象|资源|CR)[ \t]*(?:就是|也是|是|叫做|叫|为)[ \t]*([A-Z][A-Za-z0-9]*[a-z][A-Za-z0-9]*)(?=[ \t]*(?:[。；;，,！!]|$))/gu;

/**
 * The kind the words before a path (in its paragraph) say the paragraph's object is, as a
 * complement (`最顶层的对象是 Cluster。它…：` → Cluster); undefined when none, or when a later clause
 * is opened by another name spelt as a kind (that clause has a subject of its own).
 */
export function objectSaidBefore(before: string): string | undefined {
  const text = before.normalize('NFKC');
  let said: { kind: string; at: number } | undefined;
  for (const m of text.matchAll(OBJECT_IS)) said = { kind: m[1]!, at: m.index };
  if (!said) return undefined;
  const later = clauseSubjectKind(text.slice(said.at + 1));
  return later === undefined || later === said.kind ? said.kind : undefined;
}

/** The kinds the nearest YAML example that declares any, ending before `line`, declares (in order, once each). */
export function precedingExampleKinds(fences: readonly FenceAnalysis[], line: number): string[] {
  let best: FenceAnalysis | undefined;
  for (const f of fences) {
    if (f.endLine >= line || !f.docKinds.some((k) => k !== '')) continue;
    if (!best || f.line > best.line) best = f;
  }
  return best ? [...new Set(best.docKinds.filter((k) => k !== ''))] : [];
}

/** The evidence for a path's owner, nearest first, as far as the first piece that names a kind. */
export function pathOwnerEvidence(input: {
  label?: string | undefined;
  sentence?: string | undefined;
  exampleKinds: readonly string[];
  headingKinds: readonly string[];
  noteKinds: readonly string[];
}): PathOwnerEvidence | undefined {
  if (input.label !== undefined) return { cue: 'label', kinds: [input.label] };
  if (input.sentence !== undefined) return { cue: 'sentence', kinds: [input.sentence] };
  if (input.exampleKinds.length > 0) return { cue: 'example', kinds: [...input.exampleKinds] };
  if (input.headingKinds.length > 0) return { cue: 'heading', kinds: [...input.headingKinds] };
  if (input.noteKinds.length > 0) return { cue: 'note', kinds: [...input.noteKinds] };
  return undefined;
}
