/**
 * edges34 (issue 12): a dependency written in a note's running text, read as a `prerequisite`
 * edge between the two concepts it names — "HPA 依赖 metrics-server 提供的指标", "要先装好 CSI
 * 驱动才能用 StorageClass", "X requires Y".
 *
 * A sentence is read with each concept name it holds replaced by a token (`\uE000` + its index +
 * `\uE001`), so a phrasing is one regular expression over the sentence whose groups `A` and `B`
 * are tokens: `B` is the prerequisite (learn or install it first), `A` the concept that needs it.
 * The phrasings are data (`DEPENDENCY_PHRASINGS`, the ones built; `CENSUS_PHRASINGS`, every
 * phrasing counted on the dev sets, bench/edges34-dependency-census.mjs), each with the precision
 * it reached on a judged sample (bench/edges34-dependency-judged.tsv). A gap between a name and
 * the cue crosses no other name and no clause break, so the sides are the names nearest the cue.
 *
 * Look-alikes that never fire (`NOT_A_DEPENDENCY`): a negated cue (`不依赖`, `不需要先`, `无需`,
 * `doesn't require`), a question (`？`, `吗`), and a sentence that compares the two (`比`, `相比`,
 * `而不是`). A name that is no concept is no token: a dependency on a non-concept gives nothing.
 */

export interface DependencyPhrasing {
  /** The rule's name (`--explain` prints it). */
  name: string;
  /** Over the tokenised sentence; groups `A` (needs) and `B` (the prerequisite) match a token each. */
  re: RegExp;
  /** An example it reads (tests), and the precision it reached on the judged sample. */
  example: string;
  precision?: string;
}

/** A token of the tokenised sentence: the name with index `k` among the sentence's names. */
const T = '\uE000\\d+\uE001';
/** What may stand between a name and the cue: no other name, no clause break. */
const GAP = (n: number): string => `[^\uE000\uE001，,；;。：:！!？?（(）)·|\\n]{0,${n}}?`;
/** The census's wide gap: anything but another name, to 40 characters. */
const WIDE = `[^\uE000\uE001]{0,40}?`;
const A = `(?<A>${T})`;
const B = `(?<B>${T})`;

function phrase(name: string, source: string, example: string, precision?: string): DependencyPhrasing {
  return { name, re: new RegExp(source, 'gu'), example, ...(precision ? { precision } : {}) };
}

/**
 * Every phrasing counted on the dev sets (the census); those reaching ≥ 0.9 precision on the
 * judged sample are `DEPENDENCY_PHRASINGS`. Kept here so the census and the rule read the same
 * table.
 */
export const CENSUS_PHRASINGS: readonly DependencyPhrasing[] = [
  // A 依赖 B / A 依赖于 B / A 依靠 B / A 离不开 B
  // (the subject right before the verb, an adverb at most: `StatefulSet 强依赖`; further back the nearest
  // name is in a modifier, `Service 和滚动更新都依赖 Ready`; `X 依赖的 Y` is a thing Y that X has)
  phrase('zh-depends-on', `${A}${GAP(3)}(?:依赖于?|依靠|离不开|仰赖)(?!的)${GAP(8)}${B}`, 'HPA 依赖 metrics-server 提供的指标', '4 / 4'),
  // 先 B 才 A / 要先装好 B 才能用 A / 先有 B 再有 A
  phrase('zh-first-then', `先${GAP(8)}${B}${GAP(10)}(?:才能|才可以|才会|才|再|然后|之后才)${GAP(10)}${A}`, '要先装好 CSI 驱动才能用 StorageClass'),
  // A 需要先 B / A 必须先 B / A 前要先 B
  phrase('zh-needs-first', `${A}${GAP(10)}(?:需要先|必须先|要先|得先|需先|须先)${GAP(8)}${B}`, '用 StorageClass 之前需要先部署 CSI 驱动'),
  // 使用 A 之前，先 B （the clause break after 之前 is allowed）
  phrase('zh-before-first', `${A}${GAP(6)}(?:之前|以前|前)[，,]?${GAP(4)}(?:需要|必须|要|得|请)?先${GAP(8)}${B}`, '使用 Ingress 之前，先部署 Ingress Controller'),
  // A 的前提是 B / B 是 A 的前提
  phrase('zh-premise-is', `${A}${GAP(8)}(?:的前提(?:条件)?是|前提是)${GAP(8)}${B}`, 'PVC 绑定的前提是有可用的 PV'),
  phrase('zh-is-premise', `${B}${GAP(8)}是${GAP(8)}${A}${GAP(6)}的(?:前提|先决条件|基础)`, 'CNI 插件是 Pod 网络的前提'),
  // A 需要 B 才能 …
  phrase('zh-needs-to', `${A}${GAP(8)}(?:需要|必须有|要有|得有)${GAP(8)}${B}${GAP(10)}(?:才能|才可以|才会)`, 'Ingress 需要一个 Ingress Controller 才能生效'),
  // A 需要 B (no 才能: broader)
  phrase('zh-needs', `${A}${GAP(8)}(?:需要|必须有)${GAP(8)}${B}`, 'Pod 需要 ServiceAccount'),
  // English
  phrase('en-requires', `${A}${GAP(12)}\\b(?:requires|require|required)\\b${GAP(12)}${B}`, 'A VolumeSnapshot requires a CSI driver'),
  phrase('en-depends-on', `${A}${GAP(12)}\\b(?:depends|depend|relies|rely)\\s+(?:up)?on\\b${GAP(12)}${B}`, 'HPA depends on metrics-server'),
  phrase('en-needs-to', `${A}${GAP(12)}\\b(?:needs|need)\\b${GAP(12)}${B}${GAP(16)}\\bto\\b`, 'Ingress needs an Ingress Controller to work'),
  phrase('en-required-for', `${B}${GAP(12)}\\b(?:is|are|must be)\\s+(?:required|needed|installed|deployed)\\s+(?:for|before)\\b${GAP(12)}${A}`, 'metrics-server is required for HPA'),
  // wide readings, for the census only: the names nearest the cue anywhere in the sentence (a clause break allowed)
  phrase('wide-depends-on', `${A}${WIDE}(?:依赖于?|依靠|离不开|仰赖)${WIDE}${B}`, '…'),
  phrase('wide-needs-first', `${A}${WIDE}(?:需要先|必须先|要先|得先|需先|须先)${WIDE}${B}`, '…'),
  phrase('wide-first-then', `先${WIDE}${B}${WIDE}(?:才能|才可以|才会|再|然后)${WIDE}${A}`, '…'),
  phrase('wide-premise-is', `${A}${WIDE}前提(?:条件)?是${WIDE}${B}`, '…'),
  phrase('wide-is-premise', `${B}${WIDE}是${WIDE}${A}${WIDE}的(?:前提|先决条件)`, '…'),
  phrase('wide-needs-to', `${A}${WIDE}(?:需要|必须有|要有|得有)${WIDE}${B}${WIDE}(?:才能|才可以|才会)`, '…'),
  phrase('wide-en', `${A}${WIDE}\\b(?:requires?|required|depends?\\s+on|relies\\s+on|needs?)\\b${WIDE}${B}`, '…'),
];

/**
 * The phrasings built: ≥ 0.9 precision on the judged pairs (bench/edges34-dependency-precision.mjs).
 * On all 101 dev sets only `zh-depends-on` reached it (4 of 4); `zh-is-premise` read 1 (right: too
 * few to measure); the others none right (zh-first-then 0 / 8: a `先 X 再 Y` is an order of steps;
 * zh-needs 0 / 5, zh-needs-first 0 / 3, zh-before-first 0 / 3); the English ones read nothing.
 */
export const BUILT_PHRASINGS: ReadonlySet<string> = new Set<string>(['zh-depends-on']);

export const DEPENDENCY_PHRASINGS: readonly DependencyPhrasing[] = CENSUS_PHRASINGS.filter((p) => BUILT_PHRASINGS.has(p.name));

/** A sentence no phrasing reads as a dependency: negated, asked, or comparing. */
export const NOT_A_DEPENDENCY: readonly { name: string; re: RegExp }[] = [
  { name: 'negated', re: /不(?:依赖|依靠|需要|必|用|要|一定)|无需|无须|没有必要|并非|而非|不是(?:依赖|必须)|(?:doesn't|does not|don't|do not|never|no longer|without)\s+(?:\w+\s+)?(?:require|depend|rely|need)/iu },
  { name: 'question', re: /[？?]|吗[。！!]?$|么[。]?$|为什么|是否/u },
  { name: 'compares', re: /比(?!如|方)|相比|相较|而不是|不同于|instead of|rather than|compared/iu },
];

export interface NamedSpan {
  id: string;
  /** [start, end) in the sentence. */
  start: number;
  end: number;
}

export interface DependencyMatch {
  /** The prerequisite (learn or install first). */
  from: string;
  /** The concept that needs it. */
  to: string;
  rule: string;
}

/**
 * The dependencies a sentence states between the concepts named in it (`names`: sorted, not
 * overlapping), by `phrasings`. A sentence a `NOT_A_DEPENDENCY` shape matches gives none; a pair
 * of one concept with itself none.
 */
export function readDependencies(sentence: string, names: readonly NamedSpan[], phrasings: readonly DependencyPhrasing[] = DEPENDENCY_PHRASINGS, guard = true): DependencyMatch[] {
  if (names.length < 2) return [];
  if (guard && notADependency(sentence) !== undefined) return [];
  let tokenised = '';
  let at = 0;
  names.forEach((n, k) => {
    tokenised += sentence.slice(at, n.start) + `\uE000${k}\uE001`;
    at = n.end;
  });
  tokenised += sentence.slice(at);
  const out: DependencyMatch[] = [];
  const tokenIndex = (t: string): number => Number(t.slice(1, -1));
  for (const p of phrasings) {
    p.re.lastIndex = 0;
    for (const m of tokenised.matchAll(p.re)) {
      const a = names[tokenIndex(m.groups!.A!)]!;
      const b = names[tokenIndex(m.groups!.B!)]!;
      if (a.id === b.id) continue;
      if (!out.some((o) => o.from === b.id && o.to === a.id)) out.push({ from: b.id, to: a.id, rule: p.name });
    }
  }
  return out;
}

/** The `NOT_A_DEPENDENCY` shape a sentence has, if any. */
export function notADependency(sentence: string): string | undefined {
  return NOT_A_DEPENDENCY.find((n) => n.re.test(sentence.trim()))?.name;
}

/** What the census (bench/edges34-dependency-census.mjs) is told of each sentence the census phrasings read. */
export interface CensusSentence {
  at: { file: string; line: number; column: number };
  sentence: string;
  names: readonly NamedSpan[];
  /** What the census phrasings read, look-alike shapes not applied. */
  matches: DependencyMatch[];
  /** The look-alike shape that refuses the sentence, if any. */
  refused?: string;
}

let census: ((s: CensusSentence) => void) | undefined;

/** While set, the mine stage reads every sentence with the census phrasings and tells `fn` (the bench). */
export function setDependencyCensus(fn: ((s: CensusSentence) => void) | undefined): void {
  census = fn;
}

export function dependencyCensus(): ((s: CensusSentence) => void) | undefined {
  return census;
}

/** Whether a text may hold a dependency at all (a quick test before its names are looked up). */
export function mayStateDependency(text: string, phrasings: readonly DependencyPhrasing[] = DEPENDENCY_PHRASINGS): boolean {
  return phrasings.length > 0 && CUE.test(text);
}

const CUE = /依赖|依靠|离不开|仰赖|先|前提|先决|需要|必须有|要有|得有|requir|depend|rel(?:y|ies)\s+(?:up)?on|need/iu;
