/**
 * fix31a: a task list item (`- [ ] 配置自定义指标（prometheus-adapter）`, `- [x] …`) is a step the author
 * still has to take or has taken, not a definition. A name glossed inside it (`中文（English）`) names
 * the task, which a gloss rule would make a term of. Counted on all 89 dev sets (docs/miner.md,
 * "fix31a"): 102 task items in 20 chapters; the concepts mined from them alone are 5 labels
 * (a `hostPath`, `tolerations`, `nodeAffinity` explained in a runbook's items, two domain/name keys)
 * against 3 false positives or duplicates, so task items are not vetoed as a whole. None of those
 * came from a gloss rule: only the gloss rules are vetoed there.
 */
import type { ListItem, RootContent } from 'mdast';
import { enclosingItems } from './field-place.ts';

export const TODO_ITEM_GLOSS = {
  name: 'todo-item-gloss',
  why: 'a name glossed inside a task list item names the task, not a term',
  /** The candidate rules a task item vetoes: those that read `中文（English）` or `English（中文）` glosses in running text. */
  rules: ['prose-gloss', 'prose-gloss-mixed', 'prose-latin-glossed', 'prose-acronym-expanded'] as readonly string[],
} as const;

/** The task list item (`- [ ]` / `- [x]`) a block is in, nearest first, or undefined. */
export function todoItemOf(sectionBlocks: readonly RootContent[], node: RootContent | undefined): ListItem | undefined {
  if (node === undefined) return undefined;
  const own = node.type === 'listItem' ? [node] : enclosingItems(sectionBlocks, node);
  const item = own[own.length - 1];
  return item !== undefined && typeof item.checked === 'boolean' ? item : undefined;
}

/** Whether a candidate of rule `rule` whose block is `node` is vetoed as a task item's gloss. */
export function todoGlossVeto(rule: string, sectionBlocks: readonly RootContent[], node: RootContent | undefined): boolean {
  return TODO_ITEM_GLOSS.rules.includes(rule) && todoItemOf(sectionBlocks, node) !== undefined;
}
