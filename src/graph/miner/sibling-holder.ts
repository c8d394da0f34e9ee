/**
 * fix31a: a field name several types hold (`periodSeconds`: a probe's and an HPA scaling policy's),
 * explained beside other fields that only one of those types holds (`initialDelaySeconds`,
 * `failureThreshold`: a probe's), is that type's field: the labels place it where its siblings are.
 * A chapter that explains a probe's parameters under a heading naming no container or probe
 * (`# 健康检查`, a list of bold names) left it without an owner or a path (`ambiguous-field`), while
 * its siblings got the probe's. Pure functions of the section's blocks and the catalogue; read by
 * resolve.ts before it calls a name ambiguous. Tests: tests/unit/graph/miner-fix31a.test.ts.
 */
import type { RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { fieldsNamed, isConfigKind, type FieldOccurrence } from '../vocabulary/index.ts';
import { groupsOfField, holdersNamedIn } from './holder-chain.ts';

export const SIBLING_HOLDER_RULE = {
  name: 'sibling-holder-type',
  /** Sibling names, each a field of exactly one holder type, that must agree on that type. */
  minSiblings: 2,
} as const;

/** The name a block opens on: its first bold run or code span (`- **periodSeconds**：…`, `` `timeoutSeconds`：… ``). */
function openingName(b: RootContent): string | undefined {
  const p = b.type === 'listItem' ? b.children[0] : b;
  if (!p || p.type !== 'paragraph') return undefined;
  const first = p.children[0];
  if (!first || (first.type !== 'strong' && first.type !== 'inlineCode')) return undefined;
  const text = (first.type === 'inlineCode' ? first.value : toString(first)).replace(/[:：\s]+$/u, '').trim();
  return /^[A-Za-z][A-Za-z0-9]*$/.test(text) ? text : undefined;
}

/** The names the blocks of a section open on, its lists' items one by one. */
export function openingNames(blocks: readonly RootContent[]): string[] {
  const out: string[] = [];
  for (const b of blocks) {
    if (b.type === 'list') for (const it of b.children) { const n = openingName(it); if (n) out.push(n); }
    else { const n = openingName(b); if (n) out.push(n); }
  }
  return out;
}

/**
 * Of `inDoubt` (the places of `name` in the API), the one whose holder type the section's other
 * opening names are fields of, each of that one type only; undefined when no type gathers
 * SIBLING_HOLDER_RULE.minSiblings of them, two types do, or the type holds the name at two places.
 */
export function siblingHolderField(name: string, inDoubt: readonly FieldOccurrence[], blocks: readonly RootContent[]): FieldOccurrence | undefined {
  const holders = new Set(inDoubt.map((o) => o.holder));
  if (holders.size < 2) return undefined;
  const count = new Map<string, number>();
  for (const sib of new Set(openingNames(blocks))) {
    if (sib === name) continue;
    const types = new Set(fieldsNamed(sib).filter((o) => o.name === sib && !isConfigKind(o.owner)).map((o) => o.holder));
    if (types.size !== 1) continue;
    const t = [...types][0]!;
    if (holders.has(t)) count.set(t, (count.get(t) ?? 0) + 1);
  }
  const agreed = [...count].filter(([, n]) => n >= SIBLING_HOLDER_RULE.minSiblings).map(([t]) => t);
  if (agreed.length !== 1) return undefined;
  const at = inDoubt.filter((o) => o.holder === agreed[0]);
  return at.length === 1 ? at[0] : undefined;
}

/**
 * fix31a: of `inDoubt`, the one place under a holder group (holder-chain.ts NEAREST_HOLDER_RULE: the
 * probes, the hooks) whose member a heading of the section chain names (`## 存活探针` over
 * `**periodSeconds**：…`); undefined when no place or two do. The nearest-holder rule then moves it to
 * the named member (mine.ts).
 */
export function headingHolderField(inDoubt: readonly FieldOccurrence[], titles: readonly string[]): FieldOccurrence | undefined {
  const hits = inDoubt.filter((o) => groupsOfField(o).some((g) => titles.some((t) => holdersNamedIn(t, g)?.one !== undefined)));
  return hits.length === 1 ? hits[0] : undefined;
}
