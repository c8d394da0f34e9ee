/**
 * rules44: more of the ways a note says that a name spelt as a kind is an API object (a custom
 * resource of the project the chapter is about), read the way a Kubernetes expert reads them.
 * `textKinds` (note-kinds.ts, rules27) reads a name right before the noun (`PodGroup CRD`,
 * `Machine 是…的对象`); writers also put a demonstrative between, point back with a pronoun, or
 * name a few kinds and then call them all CRDs:
 *
 *   `**ENIConfig** 这个 CRD`, `\`Foo\` 这类资源`         a demonstrative between the name and the noun
 *   `…落到 **PolicyReport** 里。它是一个 CRD（…）`     the one kind-spelt name (bold or code) of the
 *                                                      sentence before `它是…CRD` is what 它 is
 *   `\`AClass\`（…）、\`A\`（…）、\`AContent\`（…）。这些 CRD …`   every kind-spelt name in bold or code of
 *                                                      the sentence before a plural demonstrative
 *
 * The words are data (below); `kindsSaid` returns the names with their offsets, and textKinds
 * applies its own filters (a kind the API knows, a negation before the name).
 */
import { escapeRegExp } from '../labels.ts';

/** Nouns that say "an API object" (the same as rules27's, with 自定义资源). */
export const OBJECT_NOUNS: readonly string[] = ['自定义资源', '对象', '资源', 'CRD', 'CR'];

/** Demonstratives and classifiers a writer puts between a name and the noun: `X 这个 CRD`, `X 这类资源`. */
export const SINGLE_DEMONSTRATIVES: readonly string[] = ['这个', '这种', '这类', '这一类', '这样的', '这一种'];

/** Plural demonstratives pointing back at the names just listed: `这些 CRD`, `这三个资源`, `以上几种对象`. */
export const PLURAL_DEMONSTRATIVES: readonly string[] = ['这些', '这几个', '这几种', '这几类', '这两个', '这两种', '这三个', '这三种', '这四个', '以上几个', '以上几种', '上面这些', '上面几个'];

/** A pronoun opening a sentence that says what the thing before is: `它是一个 CRD`, `它也是…的自定义资源`. */
export const PRONOUNS: readonly string[] = ['它', '这个资源', '这个对象'];

const alt = (xs: readonly string[]) => xs.map(escapeRegExp).join('|');
const NOUN = `(?:${alt(OBJECT_NOUNS)})(?![A-Za-z])`;
/** A name spelt as a kind, bold or in code or plain (group 1). */
const KIND_WORD = String.raw`(?<![A-Za-z0-9_./-])(?:\*\*|\x60)?([A-Z][A-Za-z0-9]*[a-z][A-Za-z0-9]*)(?:\*\*|\x60)?(?![A-Za-z0-9_/-])`;
/** A name spelt as a kind in bold or code only (group 1): the names a writer marks. */
const MARKED_KIND = String.raw`(?:\*\*|\x60)([A-Z][A-Za-z0-9]*[a-z][A-Za-z0-9]*)(?:[（(][^）)\n]{0,30}[）)])?(?:\*\*|\x60)`;

const DEMONSTRATIVE_SAYING = new RegExp(`${KIND_WORD}[ \\t]*(?:${alt(SINGLE_DEMONSTRATIVES)})[ \\t]*${NOUN}`, 'gu');
/** `它是一个 CRD`, `它是 Kyverno 的 CRD`, `它也是一种自定义资源` at a sentence's start. */
const PRONOUN_SAYING = new RegExp(`(?:^|[。！？!?；;]\\s*)(?:${alt(PRONOUNS)})[ \\t]*(?:也|就|其实|本身)?[ \\t]*是[ \\t]*(?:一个|一种|一类)?[^，。；,;：:\\n]{0,16}?${NOUN}`, 'gmu');
/** `这些 CRD`, `这三个资源` */
const PLURAL_SAYING = new RegExp(`(?:${alt(PLURAL_DEMONSTRATIVES)})[ \\t]*${NOUN}`, 'gu');

/** typing46: counts after names joined together, `A 和 B 两种只读资源`, `A、B、C 三个 CRD` (the names a count sums up). */
export const COUNT_WORDS: readonly string[] = ['两', '三', '四', '五', '几'];
export const COUNT_CLASSIFIERS: readonly string[] = ['个', '种', '类'];
/** The words that join names in a list: `、`, `和`, `与`, `及`, `以及`, a comma. */
export const JOINING_WORDS: readonly string[] = ['、', '和', '与', '及', '以及', '，', ','];
/** A name spelt as a kind, as KIND_WORD, without a group (for lists of them). */
const KIND_WORD_UNCAPTURED = String.raw`(?<![A-Za-z0-9_./-])(?:\*\*|\x60)?[A-Z][A-Za-z0-9]*[a-z][A-Za-z0-9]*(?:\*\*|\x60)?(?![A-Za-z0-9_/-])`;
const JOINED_KINDS = `${KIND_WORD_UNCAPTURED}(?:[ \\t]*(?:${alt(JOINING_WORDS)})[ \\t]*${KIND_WORD_UNCAPTURED})+`;
const COUNTED_SAYING = new RegExp(`(${JOINED_KINDS})[ \\t]*(?:共|一共|总共)?[ \\t]*(?:${alt(COUNT_WORDS)})[ \\t]*(?:${alt(COUNT_CLASSIFIERS)})[^，。；,;：:\\n\x60*]{0,6}?${NOUN}`, 'gu');

/** The sentence of `text` that ends right before `at` (after the previous 。！？ or line break). */
function sentenceBefore(text: string, at: number): { text: string; start: number } {
  let end = at;
  while (end > 0 && /[\s。！？!?；;]/u.test(text[end - 1]!)) end--;
  let start = end;
  while (start > 0 && !/[。！？!?\n]/u.test(text[start - 1]!)) start--;
  return { text: text.slice(start, end), start };
}

/** A negation right before the name: `没有 User 这种对象`. */
const NEGATED = /(?:没有|并没有|不是|并非|不存在|不需要)\s*(?:\*\*|`)?\s*$/u;

/**
 * The names a plain text (a paragraph's, code spans and bold as their text) says are objects with
 * a demonstrative between (`ENIConfig 这个 CRD`), not in a question nor under a negation, each with
 * its offset: the one shape specific enough to propose a name by itself (note-reading's
 * `saidKindCandidates`); the others only type a name another rule proposed.
 */
export function demonstrativeKinds(text: string): { name: string; at: number }[] {
  const out: { name: string; at: number }[] = [];
  for (const s of kindsSaid(text)) {
    if (!DEMONSTRATIVE_SAYING_AT.test(text.slice(s.at))) continue;
    if (NEGATED.test(text.slice(Math.max(0, s.at - 10), s.at))) continue;
    out.push(s);
  }
  return out;
}
const DEMONSTRATIVE_SAYING_AT = new RegExp(`^[A-Za-z0-9]+(?:\\*\\*|\x60)?[ \\t]*(?:${alt(SINGLE_DEMONSTRATIVES)})[ \\t]*${NOUN}`, 'u');

/**
 * perf48: every shape above ends on an object noun, and the counted one has a count before it: a
 * text without them is not read further (COUNTED_SAYING tries its list of names at every capital,
 * a second of the mine stage over the dev chapters).
 */
const ANY_NOUN = new RegExp(NOUN, 'u');
const ANY_COUNT = new RegExp(`(?:${alt(COUNT_WORDS)})[ \\t]*(?:${alt(COUNT_CLASSIFIERS)})`, 'u');

/** The names a text says are objects by the shapes above, each with its offset, in the text's order. */
export function kindsSaid(text: string): { name: string; at: number }[] {
  const out: { name: string; at: number }[] = [];
  if (!ANY_NOUN.test(text)) return out;
  for (const m of text.matchAll(DEMONSTRATIVE_SAYING)) {
    // (not a question, `有 User 这种对象吗？`: asked, not said)
    const rest = /^[^。！!\n]*/u.exec(text.slice(m.index + m[0].length))![0];
    if (/[吗？?]/u.test(rest.split(/[，,；;]/u)[0] ?? '') || /[吗？?]\s*$/u.test(rest)) continue;
    out.push({ name: m[1]!, at: m.index + m[0].indexOf(m[1]!) });
  }
  for (const m of text.matchAll(PRONOUN_SAYING)) {
    // (the pronoun's sentence must not name a kind of its own before the noun: `它是 Foo 的 CRD` is about Foo)
    const before = sentenceBefore(text, m.index + m[0].search(/\S/u) + (/^[。！？!?；;]/u.test(m[0]) ? 1 : 0));
    const marked = [...before.text.matchAll(new RegExp(MARKED_KIND, 'gu'))];
    const names = [...new Set(marked.map((x) => x[1]!))];
    if (names.length !== 1) continue;
    const last = marked[marked.length - 1]!;
    out.push({ name: names[0]!, at: before.start + last.index + last[0].indexOf(names[0]!) });
  }
  if (ANY_COUNT.test(text)) for (const m of text.matchAll(COUNTED_SAYING)) {
    // (the names joined before the count, each: two at least, none under a negation)
    if (NEGATED.test(text.slice(Math.max(0, m.index - 10), m.index))) continue;
    for (const x of m[1]!.matchAll(new RegExp(KIND_WORD, 'gu'))) out.push({ name: x[1]!, at: m.index + x.index + x[0].indexOf(x[1]!) });
  }
  for (const m of text.matchAll(PLURAL_SAYING)) {
    // (the names listed in the same sentence before the demonstrative, else in the sentence before it)
    const lineStart = Math.max(text.lastIndexOf('\n', m.index - 1), -1) + 1;
    let start = m.index;
    while (start > lineStart && !/[。！？!?]/u.test(text[start - 1]!)) start--;
    let span = { text: text.slice(start, m.index), start };
    if (![...span.text.matchAll(new RegExp(MARKED_KIND, 'gu'))].length) span = sentenceBefore(text, start);
    const marked = [...span.text.matchAll(new RegExp(MARKED_KIND, 'gu'))];
    // (a list, two names at least: one name is the singular shapes' to read)
    if (new Set(marked.map((x) => x[1]!)).size < 2) continue;
    for (const x of marked) out.push({ name: x[1]!, at: span.start + x.index + x[0].indexOf(x[1]!) });
  }
  return out.sort((a, b) => a.at - b.at);
}

/**
 * rules44: the words between a path written from an object's root and a name after it that say the
 * name is a field inside that path, in one paragraph:
 *
 *   `` `spec.source` 二选一：`a` 表示…；`b` 表示… ``   a colon right after the path (a few words before it at
 *                                                  most), the names after it in the same sentence
 *   `` 靠 `spec.preemption`。其中 `x`… ``          其中 / 里面 / 下面 opening the next clause or sentence
 */
export const CHILD_AFTER_COLON = /^[ \t]*(?:[\u4e00-\u9fff]{0,6}|(?:下面|里面|里)有)[ \t]*[：:][^。！？!?\n]*$/u;
export const CHILD_AFTER_OPENER = /^[ \t]*[。；;，,]?[ \t]*(?:其中|里面|下面|它下面)(?:的|有)?[ \t，,]*$/u;

/** True when `between` (the text from a rooted path's code span to a name's) places the name inside that path. */
export function childOfPathBetween(between: string): boolean {
  const s = between.normalize('NFKC');
  return CHILD_AFTER_COLON.test(s) || CHILD_AFTER_OPENER.test(s);
}

/**
 * rules44: a field of a CRD's schema (`spec.versions[].schema.openAPIV3Schema.x-kubernetes-list-type`,
 * `…openAPIV3Schema.dependencies`) is a keyword of OpenAPI, or one of Kubernetes' extensions to it,
 * that a schema writes at any depth: a term named as written, not a field of the CustomResourceDefinition
 * (the corpus conventions label `x-kubernetes-validations`, `x-kubernetes-list-map-keys` terms in every
 * set that explains them). `openAPIV3Schema` itself is the CRD's field.
 */
export const SCHEMA_KEYWORD_PATH = /(?:^|\.)openAPIV3Schema\.(?:[^.]+\.)*[^.]+$/;

/** True for a field path below an `openAPIV3Schema` (a schema keyword, see SCHEMA_KEYWORD_PATH). */
export function isSchemaKeywordPath(path: string): boolean {
  return SCHEMA_KEYWORD_PATH.test(path);
}
