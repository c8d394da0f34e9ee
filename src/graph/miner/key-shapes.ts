/**
 * `prose-key-category` (rules3): a key written as domain/name (label-rules.ts `isQualifiedKey`)
 * followed in running text by the kind of key it is — `` `statefulset.kubernetes.io/pod-name`
 * 标签 ``, `node.kubernetes.io/out-of-service 污点`, `` `example.com/cleanup` 这个 finalizer ``,
 * `kubernetes.io/metadata.name 这个自动打上的标签`. Naming the category is how a writer presents
 * the key as a thing of its own (a well-known label, a taint, an annotation, a finalizer), not as a
 * value set in passing. Not read inside an aside in parentheses (`（有 x 注解记着版本号）`), where
 * the key is an illustration of something else. A pure function of a string, so the unit tests
 * (tests/unit/graph/miner-gloss-shapes.test.ts) run examples and look-alikes; prose.ts reads it.
 */
import { isQualifiedKey } from './label-rules.ts';

/** The category nouns, Chinese and English. */
export const KEY_CATEGORIES = ['标签', '污点', '注解', '注释', 'finalizer', 'label', 'taint', 'annotation'] as const;

const KEY = '([a-z0-9][\\w.-]*\\.[a-z]{2,}\\/[\\w.-]*[\\w])';
/** Between the key and its category: a demonstrative, a short modifier ending in 的, an effect word (`NoSchedule`). */
const BETWEEN = '\\s*(?:这个|这一?类|这种|这条|一个)?\\s*(?:[\\u4e00-\\u9fff]{1,6}的)?\\s*(?:[A-Z][A-Za-z]+\\s*)?';
const KEY_CATEGORY = new RegExp(`(?<![\\w./-])${KEY}${BETWEEN}(${KEY_CATEGORIES.join('|')})`, 'gu');

export interface CategorisedKey {
  key: string;
  category: string;
  /** Offset of the key in the text. */
  index: number;
}

/** Whether an offset sits inside parentheses opened earlier in its sentence (key-sort-before.ts reads it too). */
export function inAside(text: string, at: number): boolean {
  const sentenceStart = Math.max(text.lastIndexOf('。', at), text.lastIndexOf('\n', at));
  const before = text.slice(sentenceStart + 1, at);
  const open = (before.match(/[（(]/gu) ?? []).length;
  const close = (before.match(/[）)]/gu) ?? []).length;
  return open > close;
}

/** Keys written as domain/name and followed by the category of key they are. */
export function keysWithCategory(text: string): CategorisedKey[] {
  const out: CategorisedKey[] = [];
  for (const m of text.matchAll(KEY_CATEGORY)) {
    const key = m[1]!;
    if (!isQualifiedKey(key) || inAside(text, m.index!)) continue;
    out.push({ key, category: m[2]!, index: m.index! });
  }
  return out;
}
