/**
 * rules43 (issue 12 item 4, docs/miner.md "rules43"): a title that writes a kind's English name only as a word of a
 * longer Latin name — `Pod Security Admission 检查`, `CoreDNS & Pod DNS 自问自答`, `Gateway API 进阶`, `把 Node API
 * 部署到 K8s`, `order-service 上 K8s 的排障日记`, `kube-state-metrics 和 node-exporter` — names that longer thing, not
 * the kind: the note is not about the object Pod, Gateway, Node or Service for it (stages/mine.ts, the fallback that
 * makes a title's one kind the note's home). outline.ts `kindsIn` reads each word of such a name (and a lowercase
 * word after a hyphen) as a kind of its own, which the section owners want; a title's home does not.
 *
 * Counted over all 125 dev sets (the title-only object concepts of each chapter alone, docs/miner.md "rules43"):
 * such a title made a false positive 11 times in 9 writers' sets and a label once (dev74's `Gateway API 面试题整理`).
 * Rules are data: the shapes of the neighbour that joins the kind's word to a longer name.
 */
export const TITLE_KIND_IN_NAME = {
  name: 'title-kind-in-name',
  why: "a title's kind written only as a word of a longer Latin name (Pod Security Admission, Gateway API, order-service): the title names that name, not the kind",
  /** what before the kind's word joins it to a name: a Latin word and a hyphen (`order-service`, `node-exporter`) */
  before: /[A-Za-z0-9]-$/u,
  /**
   * what after it does: a hyphen and a Latin word (`node-exporter`), or a space and a capitalised Latin word
   * (`Pod Security`, `Gateway API`, `Node API`, `Pod DNS`)
   */
  after: /^(?:-[A-Za-z0-9]|[ \t]+[A-Z][A-Za-z0-9])/u,
} as const;

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Whether `phrase` (a title's phrase) writes the kind `kind` (its English name, a plural `s` allowed, any case) only
 * as a word of a longer Latin name (TITLE_KIND_IN_NAME). A phrase that does not write it in Latin letters at all (a
 * Chinese name of the kind) is left as it was: false. A word after it that is itself a kind's name (`Job CronJob`)
 * does not join them: `kindNamed` says which.
 */
export function kindOnlyInLatinName(phrase: string, kind: string, kindNamed: (word: string) => string | undefined): boolean {
  const text = phrase.normalize('NFKC');
  const spots = [...text.matchAll(new RegExp(`(?<![A-Za-z0-9.])${escapeRe(kind)}s?(?![A-Za-z0-9])`, 'giu'))];
  if (spots.length === 0) return false;
  return spots.every((m) => {
    const before = text.slice(0, m.index);
    const after = text.slice(m.index! + m[0].length);
    if (TITLE_KIND_IN_NAME.before.test(before)) return true;
    if (!TITLE_KIND_IN_NAME.after.test(after)) return false;
    const next = /^[ \t-]*([A-Za-z0-9]+)/u.exec(after)?.[1] ?? '';
    return kindNamed(next) === undefined;
  });
}
