/**
 * fp42: a name said in passing is not defined. Issue 12 item 4 asks a new `term` for evidence of a
 * definition; these are readings of a prose rule's sentence (or of the name itself) where an
 * expert sees that the sentence does not define the name the rule read as its subject, whatever
 * predicate follows it. Data: each entry has the rules it applies to, the test, what `--explain`
 * prints, a case it turns away and a look-alike it keeps (tests/unit/graph/miner-fp42-passing-names.test.ts
 * runs both for every entry). Counted over all 122 dev sets before being built (docs/miner.md `## fp42`):
 *
 *   everyday-word-said-of  a lower-case word of English (english-words.ts `englishWord`: `audit`,
 *                          `warn`, `restore`, `conventions`, `properties`) that a sentence says
 *                          something of (`audit 表示允许创建…`, `restore 的本质是…`, `conventions 的意思是…`,
 *                          a YAML key named in the prose, an aside in parentheses after it, `也就是 root`):
 *                          a word of the writer's sentence or a value of a setting, not a name the note
 *                          introduces. Only after the readings where the counts hold (the rules below);
 *                          prose-copula, the learned scorer, tables and bold labels define such words about
 *                          as often as not (`release 是 chart 在集群里的一次具体安装`, `**generator**：…`).
 *   compared-name          the sentence first sets the name against another (`这一点跟 K8s 不同：K8s 是…`,
 *                          `和 phase 不一样，phase 是…`, `和以前 Docker 的格式对比一下：docker 是…`): what
 *                          follows says how the name differs from the thing the passage is about, it
 *                          describes the other side of a comparison, not a concept the note introduces.
 *
 * The sentence is the one the prose rule kept as its evidence (prose.ts, found with Intl.Segmenter
 * by mention-context.ts `sentenceAround`); nothing here splits text of its own beyond that.
 */
import { englishWord } from './english-words.ts';
import { escapeRegExp } from '../labels.ts';

export interface PassingNameRule {
  /** Printed by `--explain` as the resolution. */
  name: string;
  why: string;
  /** The candidate rules it reads. */
  rules: RegExp;
  /**
   * Where resolve.ts asks: `candidate` before the name is looked up (the sentence defines nothing,
   * whatever the name turns out to be), `new-term` only where the name would become a new term
   * (a field or a known concept of that spelling is read as before).
   */
  stage: 'candidate' | 'new-term';
  /** True when the sentence does not define the name (`label`: the name as the rule read it, `sentence`: its evidence). */
  test: (label: string, sentence: string | undefined) => boolean;
  /** A name and sentence the entry turns away. */
  example: [label: string, sentence: string];
  /** A name and sentence it keeps. */
  lookAlike: [label: string, sentence: string];
}

/** The name set against another before it is said of again (`跟 X 不同：X 是…`); see PASSING_NAMES. */
export function comparedBefore(label: string, sentence: string | undefined): boolean {
  if (sentence === undefined || label.trim() === '') return false;
  const name = escapeRegExp(label.trim());
  const re = new RegExp(`(?:跟|和|与|同)[^，,。；;：:！!？?]{0,6}?${name}[^，,。；;：:！!？?]{0,16}?(?:很|完全|有点|不太)?(?:不同|不一样|相比|对比|有区别)`, 'iu');
  const m = re.exec(sentence);
  if (!m) return false;
  // (the name again after the comparison: the clause the rule read is about the compared side)
  return new RegExp(name, 'iu').test(sentence.slice(m.index + m[0].length));
}

/** A lower-case word of English, one word (`audit`, `properties`): see PASSING_NAMES. */
export function everydayWordName(label: string): boolean {
  const w = label.replace(/^[`'"]+|[`'"]+$/g, '').trim();
  return /^[a-z]+$/.test(w) && englishWord(w);
}

export const PASSING_NAMES: readonly PassingNameRule[] = [
  {
    name: 'everyday-word-said-of',
    why: 'a word of English the sentence says something of (a word of the sentence or a value of a setting), not a name the note introduces',
    rules: /^(?:prose-represents|prose-meaning|prose-design|prose-kinds|prose-paren-gloss|text-naming-apposition|yaml-explained)$/,
    stage: 'new-term',
    test: (label) => everydayWordName(label),
    example: ['audit', '模式有三种：enforce 表示违规的 Pod 直接拒绝创建；audit 表示允许创建，但在审计日志里加一条注解。'],
    lookAlike: ['kubelet', 'kubelet 表示节点上的代理进程。'],
  },
  {
    name: 'compared-name',
    why: 'the sentence sets the name against another (跟 X 不同：X 是…): it describes the other side of a comparison, no concept of the note',
    rules: /^prose-/,
    stage: 'candidate',
    test: (label, sentence) => comparedBefore(label, sentence),
    example: ['F5', '这一点和 F5 很不一样：F5 是一台真实的设备在转发，而这里每个节点都是一台负载均衡器。'],
    lookAlike: ['F5', 'F5 是一家做负载均衡设备的厂商，和 Nginx 很不一样。'],
  },
];

/** The entry that says the candidate's sentence does not define its name, if one. */
export function passingName(stage: PassingNameRule['stage'], rule: string, label: string, sentence: string | undefined): PassingNameRule | undefined {
  return PASSING_NAMES.find((p) => p.stage === stage && p.rules.test(rule) && p.test(label, sentence));
}
