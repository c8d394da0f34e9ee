/**
 * veto9: a name the note explains right where it opens a paragraph. The rules that propose fields
 * and known names mark their candidates as no new term (`newTerm: false`); the resolver keeps such a
 * candidate only as a field it can place or a concept the graph knows, and drops the rest
 * (`not-a-new-term`). A code span that opens its paragraph and is followed at once by a predicate
 * that says what it is (`` `cmctl` 是 cert-manager 的命令行工具 ``, `` `window` 可以是 `today`… ``,
 * `` `renew-certificate` 会重新生成根证书 ``, `` `runProperties` 控制 probe 怎么跑 ``) is the subject
 * the paragraph explains, whatever its spelling: a CLI, a setting of another tool, a key of a
 * custom resource, a value written as code. Where the same code span is followed by anything else
 * it is merely used (`` `kubectl get pod` 的 STATUS 列… ``, `` `kubectl get dv` 能看到 PHASE ``,
 * `` `keadm join` 一直失败 ``, `` `go.mod` 先单独 COPY ``): those stay dropped.
 *
 * Read from the resolver's vetoes of `code-subject` candidates over the 59 design sets at 9a2aa58
 * (`node bench/miner-misses.mjs --vetoes --json F` then `node bench/veto-shapes.mjs F`; a label's name
 * the chapter missed / found / no label's): followed by a defining predicate 19 / 1 / 3 in 16 sets
 * (是 8/0/2, 可以 3/0/0, 会 2/0/0, 表示, 指, 声明, 控制, 负责, 的意思是 1/0/0 each; the three without
 * a label: `mysql-read` 是普通 ClusterIP Service, `public` 是 trust domain, `<pending>` 的意思就是…);
 * `能看到` / `看到` after it 2 / 0 / 7 (what a command's output shows is read, not the command
 * explained); every other `code-subject` line 20 / 0 / 63. docs/miner.md "veto9".
 */
import type { Paragraph, RootContent } from 'mdast';

/** A predicate that says what the name before it is or does: a copula, a meaning, a role, a capability. */
export const DEFINING_PREDICATE = /^\s*(?:[（(][^）)]{0,30}[）)]\s*)?(?:其实|本质上|实际上)?(?:就是|是|指的是|指|表示|代表|的意思(?:就)?是|控制|决定|指定|声明|负责|用来|用于|会|可以)/u;

/** The rules whose candidate is a new term when the paragraph it opens goes on with the predicate given. */
export const EXPLAINED_OPENER_RULES: Readonly<Record<string, RegExp>> = {
  // a code span opening a paragraph without a colon (definitions.ts readParagraph)
  'code-subject': DEFINING_PREDICATE,
};

/**
 * The text right after a code span that opens the candidate's first paragraph and writes `label`
 * (its value trimmed), or undefined when the paragraph does not open with it.
 */
export function textAfterOpeningCode(blocks: readonly RootContent[], label: string): string | undefined {
  const p = blocks[0];
  if (!p || p.type !== 'paragraph') return undefined;
  const [first, next] = (p as Paragraph).children;
  if (!first || first.type !== 'inlineCode' || first.value.normalize('NFKC').trim() !== label.normalize('NFKC').trim()) return undefined;
  return next !== undefined && next.type === 'text' ? next.value : '';
}

/** Whether a rule's candidate opens its paragraph and is explained there at once (EXPLAINED_OPENER_RULES). */
export function explainedOpener(rule: string, blocks: readonly RootContent[], label: string): boolean {
  const predicate = EXPLAINED_OPENER_RULES[rule.split(/[\s(→]/)[0]!];
  if (!predicate) return false;
  const after = textAfterOpeningCode(blocks, label);
  return after !== undefined && predicate.test(after);
}
