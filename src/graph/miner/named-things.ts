/**
 * `k8s-name-subject`: a named thing of Kubernetes (vocabulary/k8s-names.ts) that a sentence or a
 * list item explains — `AlwaysPullImages 默认不开，它会…`, `**VolumeBinding** 在调度时检查…`,
 * `还有 node.kubernetes.io/instance-type，它记录…`, `**kubernetes.io/os** 与 **kubernetes.io/arch**：…`.
 * The name is the subject: it opens the paragraph or a clause (after a lead-in word such as 还有),
 * and what follows says what it is or does (a colon, a predicate from EXPLAINING, or a comma and
 * `它`). A name in any other place (the object of a verb, inside a list of names, in parentheses)
 * is a mention, left to the mention rules: it never becomes a concept here.
 *
 * Rules as data: LEAD_INS, EXPLAINING and PAIR_JOINERS are the whole of it; the tests in
 * tests/unit/graph/named-things.test.ts hold positive and look-alike cases.
 */
import type { Paragraph, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { namedThing, type NamedThing } from '../vocabulary/k8s-names.ts';
import { sentenceAround } from '../mention-context.ts';

/** Words that may stand before the subject of a clause. */
export const LEAD_INS = /^(还有|另外|此外|其中|而|最后|以及|至于|再如|比如|例如)?\s*$/u;
/** What makes the words after the name an explanation of it. */
export const EXPLAINING = new RegExp(
  '^\\s*(准入控制器|准入插件|调度插件|插件|扩展点|模式|标签|污点|注解)?\\s*' +
    '([:：]|[^。；;]{0,8}[，,]\\s*它|是|指|就是|表示|负责|会|能|用来|用于|实现|检查|处理|记录|决定|限制|拒绝|读取|保证|让|把|给|只|在.{0,12}(检查|时|阶段))',
  'u',
);
/** `A 和 B：`: two names explained together. */
export const PAIR_JOINERS = /^\s*(和|与|及|以及|、|\/)\s*$/u;

export interface NamedSubject {
  thing: NamedThing;
  /** The name as written. */
  written: string;
  /** Offset in the paragraph's plain text. */
  offset: number;
  /** The sentence that explains it. */
  sentence: string;
}

const TOKEN = /kubectl\s+[a-z][a-z-]*[a-z]|[A-Za-z][A-Za-z0-9.\-/]*[A-Za-z0-9]/g;
/** Where a subject may start: a sentence, a line, or after a colon that introduces what follows. */
const CLAUSE_START = /[。！？!?\n：:]/u;

/** The named things a paragraph's plain text explains as subjects. */
export function namedSubjects(text: string): NamedSubject[] {
  const out: NamedSubject[] = [];
  const tokens: { written: string; offset: number; thing: NamedThing | undefined }[] = [];
  for (const m of text.matchAll(TOKEN)) tokens.push({ written: m[0], offset: m.index!, thing: namedThing(m[0]) });
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.thing) continue;
    const before = clauseBefore(text, t.offset);
    const afterStart = t.offset + t.written.length;
    let after = text.slice(afterStart).replace(/^[`"”’]+/u, '');
    // `A 和 B：…`: the first of a pair is explained by what follows the second
    const next = tokens[i + 1];
    const joiner = next ? text.slice(afterStart, next.offset).replace(/[`"“”‘’]/gu, '') : '';
    const pairFirst = next?.thing !== undefined && PAIR_JOINERS.test(joiner);
    if (pairFirst) after = text.slice(next!.offset + next!.written.length);
    const prev = tokens[i - 1];
    const pairSecond = prev?.thing !== undefined && PAIR_JOINERS.test(text.slice(prev.offset + prev.written.length, t.offset).replace(/[`"“”‘’]/gu, ''));
    const subject = isSubject(before, t.offset) || (pairSecond && isSubject(clauseBefore(text, prev!.offset), prev!.offset));
    if (!subject || !EXPLAINING.test(after.replace(/^[`"”’]+/u, ''))) continue;
    // `kubectl auth can-i 会…`: a longer command than the one the vocabulary names
    if (t.thing.category === 'kubectl-command' && /^\s+[a-z][a-z-]*/.test(text.slice(afterStart))) continue;
    out.push({ thing: t.thing, written: t.written, offset: t.offset, sentence: sentenceAt(text, t.offset) });
  }
  return out;

  /** The words before a name (back to the clause start) leave it the clause's subject. */
  function isSubject(before: string, offset: number): boolean {
    const semi = Math.max(...[...before.matchAll(/[；;]/gu)].map((m) => m.index!), -1);
    if (semi >= 0) {
      // a clause after a semicolon has a subject of its own only in a parallel enumeration, the
      // clause before it opening with a named thing too (`kubectl explain 能…；kubectl
      // api-resources 会…`, `iptables 模式下…；ipvs 模式把…`), not after another subject (`…；而 X 会…`)
      const clauseStart = offset - before.length;
      const opens = tokens.some((x) => x.thing && x.offset >= clauseStart && x.offset < clauseStart + semi && LEAD_INS.test(text.slice(clauseStart, x.offset).replace(/[`"“‘*]/gu, '')));
      if (!opens) return false;
      before = before.slice(semi + 1);
    }
    return LEAD_INS.test(before.replace(/[`"“‘*]/gu, ''));
  }
}

/** The text from the start of the name's clause (a semicolon does not end it: see isSubject). */
function clauseBefore(text: string, offset: number): string {
  let k = offset;
  while (k > 0 && !CLAUSE_START.test(text[k - 1]!)) k--;
  return text.slice(k, offset);
}

/** The sentence around a name (Intl.Segmenter, as the other prose rules find sentences). */
function sentenceAt(text: string, offset: number): string {
  const [a, b] = sentenceAround(text, offset, offset + 1);
  return text.slice(a, b).trim();
}

/** Every paragraph of some blocks, list items included (not inside code or tables). */
export function paragraphsOf(blocks: readonly RootContent[]): Paragraph[] {
  const out: Paragraph[] = [];
  const walk = (n: RootContent): void => {
    if (n.type === 'paragraph') out.push(n);
    else if (n.type === 'list' || n.type === 'listItem' || n.type === 'blockquote') for (const c of n.children) walk(c as RootContent);
  };
  for (const b of blocks) walk(b);
  return out;
}

/** Plain text of a paragraph, as the rule reads it. */
export function paragraphText(p: Paragraph): string {
  return toString(p);
}
