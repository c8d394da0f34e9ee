/**
 * fix27: a callout that sums the chapter up (`> [!abstract] 一句话`, `> [!tip] 小结`) restates names the
 * chapter defines elsewhere; it is no definition of them (issue 12 item 1; QA finding 10).
 *
 * A passage of a concept that stands in such a callout gives way, as the concept's excerpt, to the
 * note's own definition of the concept: a passage whose lines set the name out as a label (`**limits**：…`,
 * even as the second line of a paragraph that another label opened, `**requests**：…\n**limits**：…`).
 * When the note has no such definition the callout's passage stays (it is then all the note says).
 * Data: which callouts sum up (`SUMMARY_CALLOUTS`), and what a label line is (`labelLine`).
 */
import type { Blockquote, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { isCallout } from '../callouts.ts';
import { escapeRegExp } from '../labels.ts';
import type { Passage } from '../mining.ts';

export const SUMMARY_CALLOUTS = {
  /** Callout types (as written, lower case) that are summaries whatever their title. */
  types: ['abstract', 'summary', 'tldr'],
  /** Titles that make a callout of any type a summary. */
  titles: /^(?:小结|总结|一句话(?:总结|版本)?|要点|结论|划重点|速记|tl;?dr|summary|recap)\s*[:：]?$/i,
} as const;

const CALLOUT_HEAD = /^\s*>\s*\[!([A-Za-z-]+)\][-+]?\s*(.*)$/;

/** Whether line `line` (1-based) of `lines` stands in a summary callout. */
export function inSummaryCallout(lines: readonly string[], line: number): boolean {
  for (let i = line - 1; i >= 0; i--) {
    const l = lines[i] ?? '';
    if (!/^\s*>/.test(l)) return false;
    const m = CALLOUT_HEAD.exec(l);
    if (m) return (SUMMARY_CALLOUTS.types as readonly string[]).includes(m[1]!.toLowerCase()) || SUMMARY_CALLOUTS.titles.test(m[2]!.trim());
  }
  return false;
}

/**
 * fix28: the summary callouts of a parsed note, as the parse marked them (callouts.ts `markCallouts`:
 * `> [!summary]`, and also 语雀's `:::tips 小结`, Notion's toggles), each as its lines (1-based,
 * inclusive). The type is the one the callout styles as (`summary`, `tldr` are `abstract`), the
 * title its text (a callout written without one carries its type's label, which is no summary title).
 */
export function summaryCalloutSpans(tree: Root): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const walk = (nodes: readonly RootContent[]): void => {
    for (const n of nodes) {
      if (n.type === 'blockquote' && isCallout(n) && n.position && isSummary(n)) out.push({ start: n.position.start.line, end: n.position.end.line });
      if ('children' in n) walk(n.children as RootContent[]);
    }
  };
  walk(tree.children);
  return out;
}

function isSummary(bq: Blockquote): boolean {
  const cls = (bq.data as { hProperties?: { className?: unknown } } | undefined)?.hProperties?.className;
  const type = Array.isArray(cls) && typeof cls[1] === 'string' ? cls[1].replace(/^callout-/, '') : '';
  if ((SUMMARY_CALLOUTS.types as readonly string[]).includes(type)) return true;
  const title = bq.children[0];
  return title?.type === 'paragraph' && SUMMARY_CALLOUTS.titles.test(toString(title).trim());
}

/** Whether line `line` stands in one of these spans. */
export function inSpans(spans: readonly { start: number; end: number }[], line: number): boolean {
  return spans.some((s) => line >= s.start && line <= s.end);
}

/** A line that sets `name` out as a label: `**name**：`, `**name：**`, `- **name**:` (the name as written, case aside). */
export function labelLine(name: string): RegExp {
  const n = escapeRegExp(name);
  return new RegExp(`^\\s*(?:[-*+]\\s+|\\d+[.)]\\s+)?\\*\\*\\s*${n}\\s*(?:\\*\\*\\s*[:：]|[:：]\\s*\\*\\*)`, 'i');
}

/**
 * The passages with each concept's summary-callout passages replaced by the note's passage that sets
 * its name out as a label (`names` gives a concept's names), when there is one; else kept.
 */
export function preferDefinitions(
  passages: readonly Passage[],
  lines: readonly string[],
  names: (id: string) => readonly string[],
  inSummary: (line: number) => boolean = (line) => inSummaryCallout(lines, line),
): Passage[] {
  const out: Passage[] = [];
  const byConcept = new Map<string, Passage[]>();
  for (const p of passages) byConcept.set(p.conceptId, [...(byConcept.get(p.conceptId) ?? []), p]);
  for (const p of passages) {
    if (!inSummary(p.at.line)) {
      out.push(p);
      continue;
    }
    const own = byConcept.get(p.conceptId)!;
    const tests = names(p.conceptId).filter((x) => x.trim() !== '').map(labelLine);
    const defines = (q: Passage) => !inSummary(q.at.line) && lines.slice(q.at.line - 1, q.endLine).some((l) => tests.some((t) => t.test(l)));
    if (own.some((q) => q !== p && defines(q))) continue;
    const other = passages.find((q) => q.conceptId !== p.conceptId && defines(q));
    if (other === undefined) {
      out.push(p);
      continue;
    }
    if (!out.some((q) => q.conceptId === p.conceptId && q.at.line === other.at.line)) out.push({ ...other, conceptId: p.conceptId });
  }
  return out;
}
