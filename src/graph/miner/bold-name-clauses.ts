/**
 * bold6: a bold label that is a name and a clause about it, or a name set in code and the sort it is,
 * read as the name (resolve.ts `resolveCandidate`), the way topics47's `heading-name-head` reads a
 * heading of a Latin name and a Chinese head. Each shape gives the name the writer is explaining; the
 * rest of the label says something about it, and makes no name of its own:
 *
 * - `compare`: the label sets the name against the thing the passage is about (`**和 nodeAffinity
 *   比：**`, `**跟 ReplicaSet 相比**：`): the passage explains the name by the contrast.
 * - `negate`: the label says what the name is not, or not quite (`**PodDisruptionBudget 不等于高可用**：`,
 *   `**Lease 并不是锁**`): a comparison the other way; the name is what is being explained.
 * - `code-head`: the name set in code and a Chinese head after the code (`` **`exec.probe` 插件**： ``,
 *   `` **`sidecar.istio.io/inject` 注解**： ``): the writer marked where the name ends, and the head says
 *   which sort of thing it is. (A plain `iptables 模式`, `loop 插件` is labelled as the whole: the
 *   head is part of the name there, and no shape here reads it.)
 *
 * Not a clause that says what the name does (`force 不会移除 finalizer`: 不会 is no copula, and the
 * passage is about what happens, not about the name), nor a genitive facet (`DaemonSet 的钱`).
 */

/** A Latin name of one to three words, as the shapes take it (dots, slashes, dashes, digits inside). */
const LATIN_NAME = String.raw`([A-Za-z][\w./+-]*(?: [A-Za-z][\w./+-]*){0,2})`;

export interface BoldNameShape {
  readonly name: 'compare' | 'negate' | 'code-head';
  /** The label (NFKC, without its colon and code marks unless `code`) it takes; group 1 is the name. */
  readonly re: RegExp;
  /** The name must be the code span the bold opens with. */
  readonly code?: boolean;
}

export const BOLD_NAME_SHAPES: readonly BoldNameShape[] = [
  { name: 'compare', re: new RegExp(`^(?:和|与|跟|同)\\s*${LATIN_NAME}\\s*(?:比|相比|比较|对比)$`, 'u') },
  { name: 'negate', re: new RegExp(`^${LATIN_NAME}\\s*(?:并)?(?:不完全|不一定|不总是|不|并非)(?:等于|等同于|就是|是)\\s*\\S.*$`, 'u') },
  { name: 'code-head', re: new RegExp(`^${LATIN_NAME}\\s*[\\u4e00-\\u9fff]{1,6}$`, 'u'), code: true },
];

/**
 * The name a bold label gives by one of BOLD_NAME_SHAPES, and the shape; `code` is the text of the
 * code span the bold opens with, if it does (the label itself is read without code marks).
 */
export function boldLabelName(label: string, code?: string): { name: string; shape: BoldNameShape['name'] } | undefined {
  const s = label.normalize('NFKC').replace(/\s+/g, ' ').trim().replace(/\s*[:：]$/u, '').replace(/`/g, '').trim();
  for (const shape of BOLD_NAME_SHAPES) {
    const m = shape.re.exec(s);
    if (!m) continue;
    const name = m[1]!.trim();
    if (shape.code && (code === undefined || code.normalize('NFKC').trim() !== name)) continue;
    return { name, shape: shape.name };
  }
  return undefined;
}
