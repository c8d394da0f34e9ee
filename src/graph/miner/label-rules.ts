/**
 * What a bold label or a heading can name: the rules that say a label is NOT a concept, and the
 * shapes a heading must have to be read as the name of a new term. Rules are data (a name, a
 * reason, a test); `--explain` and the unit tests refer to them by name.
 */
import { hasCjk, isGenericLabel, normKey, stripColon } from '../labels.ts';

export interface LabelRule {
  /** Stable name, printed by `--explain`. */
  name: string;
  /** Why a label it matches is not a concept. */
  why: string;
  test(label: string): boolean;
}

const CJK = '\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff';
const CJK_RUN = new RegExp(`[${CJK}]+`, 'gu');

/**
 * Generic labels misspelt the way a Chinese input method misspells them (a homophone picked
 * from the candidate list): they are as generic as the word meant. Each entry: typo → meant.
 */
export const GENERIC_MISSPELLINGS: Readonly<Record<string, string>> = {
  有点: '优点',
  优是: '优势',
  却点: '缺点',
  缺陷点: '缺点',
  主意: '注意',
  注以: '注意',
  注意是项: '注意事项',
  总节: '总结',
  列如: '例如',
  比入: '比如',
  备住: '备注',
  提是: '提示',
  考典: '考点',
};

/** Latin generic labels, for one-letter typos (`Waring`, `Exmaple`, `Sumary`). */
const LATIN_GENERIC = ['warning', 'example', 'summary', 'important', 'attention', 'caution', 'overview', 'reference', 'question', 'answer', 'conclusion', 'introduction', 'background', 'advantages', 'disadvantages', 'drawbacks', 'remark', 'remarks'];

function oneEditApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1 || a === b) return false;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i++;
      j++;
      continue;
    }
    if (++edits > 1) return false;
    if (a.length > b.length) i++;
    else if (b.length > a.length) j++;
    else if (a[i + 1] === b[j] && a[i] === b[j + 1]) {
      i += 2;
      j += 2;
    } else {
      i++;
      j++;
    }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}

const QUESTION = /[?？]|^(why|how|what|when|which|who|where)\b|什么|怎么|怎样|为什么|为啥|如何|干嘛|干什么|哪些|哪个|哪里|多少|是否|吗$|呢$/iu;
const SENTENCE_PUNCT = /[，。；！,;!…]|\.\.\.|[.。]$/u;
const QUANTIFIED = /^(一个|一种|一些|几个|几种|各种|所有|全部|多个|常见的?|常用的?|主要的?|其他|其它|另外|另一种|更多)|^[一二三四五六七八九十两\d]+\s*(个|种|类|条|步|点|关|张|件|层|大)|几个|几种|一张|一些/u;

export const NOT_A_CONCEPT: readonly LabelRule[] = [
  { name: 'generic-label', why: 'a structural label (WHAT, 注意, 小结, 优势 …), not a concept', test: isGenericLabel },
  {
    name: 'generic-misspelling',
    why: 'a misspelt generic label (有点 for 优点, Waring for Warning)',
    test: (l) => {
      const k = normKey(stripColon(l));
      if (Object.hasOwn(GENERIC_MISSPELLINGS, k)) return true;
      return /^[a-z]{5,}$/.test(k) && LATIN_GENERIC.some((g) => oneEditApart(k, g));
    },
  },
  { name: 'command-flag', why: 'a command-line flag', test: (l) => /^\s*[-—–]{1,2}[A-Za-z]/.test(l) },
  {
    name: 'command-line',
    why: 'a command, not a name',
    test: (l) => /^\s*(\$\s|#\s|(kubectl|docker|helm|sudo|curl|crictl|systemctl|ip|iptables|ipvsadm|kubeadm|etcdctl)\s+[-a-z])/.test(l),
  },
  { name: 'question', why: 'a question', test: (l) => QUESTION.test(stripColon(l)) },
  {
    name: 'sentence',
    why: 'a sentence (punctuation inside, or too long to be a name)',
    test: (l) => {
      const s = stripColon(l.normalize('NFKC').trim());
      if (SENTENCE_PUNCT.test(s)) return true;
      // A long single identifier (`requiredDuringSchedulingIgnoredDuringExecution`) is still a name.
      if (/^[A-Za-z][\w.[\]-]*$/.test(s)) return false;
      if ([...s].length > 40 || s.split(/\s+/).length > 6) return true;
      const cjk = (s.match(CJK_RUN) ?? []).join('');
      return cjk.length > 12;
    },
  },
  { name: 'quantified', why: 'a counted phrase (几个…, 三类…, 一个最基本的…), not a name', test: (l) => QUANTIFIED.test(stripColon(l).trim()) },
  {
    name: 'path-or-url',
    why: 'a file path, URL, label key or annotation, not a concept',
    test: (l) => /:\/\/|^[~/.]\/?|\/$|^[\w.-]+\.[a-z]{2,}\/[\w./-]+/i.test(stripColon(l).trim()),
  },
  { name: 'no-letters', why: 'no letters or characters', test: (l) => !/[A-Za-z]/.test(l) && !hasCjk(l) },
];

/**
 * Headings that name a group of things (`Pod 级别的字段`, `容器的几个参数`, `基础概念`): they
 * give context to what is defined under them, but are neither a term nor another name of it.
 */
export const CATEGORY_HEADING: LabelRule = {
  name: 'category-heading',
  why: 'a heading naming a group of things (…的字段, …参数, …概念)',
  test: (l) => /(字段|属性|参数|配置项?|选项|设置|部分|内容|概念|用法|知识点?|细节|要点|基础|进阶|相关|篇)$/u.test(stripColon(l).trim()),
};

/** The first rule saying a label is not a concept, or undefined. */
const verdicts = new Map<string, LabelRule | null>();

export function notAConcept(label: string): LabelRule | undefined {
  const hit = verdicts.get(label);
  if (hit !== undefined) return hit ?? undefined;
  const rule = NOT_A_CONCEPT.find((r) => r.test(label));
  if (verdicts.size > 50_000) verdicts.clear();
  verdicts.set(label, rule ?? null);
  return rule;
}

/** `A 和 B`, `A 与 B`, `A、B`, `A & B`, `A vs B`, `A / B`: several things, not one name. */
export const CONJUNCTION = /\s*(?:[和与及、&＆/／]|以及|\bvs\.?\b|\band\b|\bor\b|或者?)\s*/iu;

/** Split a label into the things it joins, when it joins several. */
export function conjuncts(label: string): string[] {
  const parts = label.split(CONJUNCTION).map((p) => p.trim()).filter((p) => p !== '');
  return parts.length > 1 ? parts : [label];
}

/**
 * Lead-ins before a colon that introduce what follows (`先搞懂：控制器模式`, `复习：…`): the
 * name is after the colon.
 */
export const LEAD_INS = /^(先搞懂|先看看?|先回顾|回顾|复习|补充|附|附录|番外|延伸|扩展|进阶|顺便|顺带|另外|其次|最后|首先|然后|接着|再看|重点|核心|概念|基础)$/u;

export interface HeadingShape {
  name: string;
  test(label: string): boolean;
}

const LATIN_WORD = '[A-Za-z][\\w.+-]*';
/**
 * The shapes of a heading that names a new term (after numbering, lead-ins and subtitles are
 * removed). Chinese-only headings are not among them: a Chinese term needs a bold definition.
 */
export const HEADING_TERM_SHAPES: readonly HeadingShape[] = [
  // `Headless Service`, `Local PV`, `kube-proxy`, `CoreDNS`: a name, not English prose
  // (`Common mistakes`): one word at least is written like a name (see resolve.ts for known heads).
  {
    name: 'latin-name',
    test: (l) => new RegExp(`^${LATIN_WORD}( ${LATIN_WORD}){0,2}$`).test(l) && l.split(' ').some((w) => /[A-Z].*[A-Z]|[a-z][A-Z]|-|\d/.test(w.slice(0)) || /^[A-Z]{2,}/.test(w)),
  },
  // `iptables 模式`, `IPVS 模式`: a Latin name with a Chinese head noun
  { name: 'latin-with-chinese-head', test: (l) => new RegExp(`^${LATIN_WORD}( ${LATIN_WORD})?\\s*[${CJK}]{1,4}$`, 'u').test(l) },
  // `默认 StorageClass`, `静态 Pod`: a Chinese modifier before a Latin name
  { name: 'chinese-modifier-latin-head', test: (l) => new RegExp(`^[${CJK}]{1,4}\\s*${LATIN_WORD}( ${LATIN_WORD})?$`, 'u').test(l) },
];

/** The shape a heading label has, if it can name a term. */
export function headingTermShape(label: string): HeadingShape | undefined {
  return HEADING_TERM_SHAPES.find((s) => s.test(label));
}
