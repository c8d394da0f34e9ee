/**
 * fix29b (issue 12 item 3): a chapter titled as a reference sheet or an exam's review (`CKA 考试速查`,
 * `kubectl 备忘录`, `CKAD 考前小抄`, `Cheat Sheet`) gathers many things, none its subject. When its
 * title names no concept it defines and its headings name none either, the older fallback made
 * the first (or the most written) thing it defines its home — in a cheat sheet a detail from a list
 * item (`podSelector` in a pitfalls list), and every other concept of the chapter hung under that
 * detail. Such a chapter has no home (stages/mine.ts): its concepts hang where their own kinds put
 * them (`podSelector` under NetworkPolicy), and no topic is made of the title (topics47: a title
 * naming no broad area makes none; a topic `CKA 考试` was tried and counted 6+ unlabelled topics on
 * the dev sets). A title naming a concept it defines (`ConfigMap 速查`), a tool (`Helm 小抄`) or an
 * area keeps the home those rules give. Rules are data: the genre words and the exams below.
 */

export const REFERENCE_TITLE = {
  name: 'title-reference',
  why: 'a title that calls the chapter a reference sheet or an exam review: the chapter gathers many things, none of them its home',
  /** Genre words that end such a title (Chinese and English). */
  genre: /(?:速查表?|速记|备忘录?|小抄|考点|考前|汇总|一览|大全|cheat\s*-?\s*sheet|quick\s+reference|refcard)\s*$/iu,
  /** Exams whose name in a title makes it a review of the exam (`CKA 备考`, `CKS Day 3`). */
  exams: /(?<![A-Za-z])(?:CKA|CKAD|CKS|KCNA|KCSA)(?![A-Za-z])/u,
} as const;

/** Whether a title (as written) calls the chapter a reference sheet or an exam review. */
export function isReferenceTitle(title: string): boolean {
  const t = title.normalize('NFKC').trim();
  return REFERENCE_TITLE.genre.test(t) || REFERENCE_TITLE.exams.test(t);
}


/**
 * lead51: a title the author wrote that calls the chapter a sheet by its genre word (`# 容器状态与 reason 速查表`,
 * `# 存储排查备忘`), not only by an exam's name (`调度与资源（CKA 复习笔记）` keeps its topic 调度, labelled on the dev sets):
 * the phrase before the genre word names what the sheet gathers, no area of the map, so no topic is made of it.
 */
export function isSheetTitle(title: string): boolean {
  return REFERENCE_TITLE.genre.test(title.normalize('NFKC').trim());
}

/** lead51: whether a title's phrase is an exam's name and nothing more (`CKA`, `CKS KCSA`): an exam is no concept of the API. */
export function isExamName(phrase: string): boolean {
  const t = phrase.normalize('NFKC').trim();
  return t !== '' && t.replace(new RegExp(REFERENCE_TITLE.exams.source, 'gu'), '').replace(/[\s/、&+·]+/gu, '') === '';
}

/** lead51: a sheet's phrase that is one Latin name and no exam (`# Karmada 速查表`): the sheet is about that tool, a term. */
export function sheetToolName(phrase: string): string | undefined {
  const t = phrase.normalize('NFKC').trim();
  return /^[A-Za-z][A-Za-z0-9.-]*$/u.test(t) && !isExamName(t) ? t : undefined;
}
