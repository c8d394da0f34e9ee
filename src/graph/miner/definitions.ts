/**
 * Where a free-form note defines or explains something: each rule below finds candidate labels
 * with the passage that explains them. The rules are data (a name and a finder); which concept a
 * candidate names is decided later (resolve.ts), with the Kubernetes vocabulary and the graph.
 *
 *   bold-colon      **HostAliases：**定义了…  /  **PV**：描述…
 *   bold-copula     **Pod** 是…  /  **Service** 就是…
 *   bold-gloss      **kube-scheduler**（调度器）只做一件事…
 *   bold-only       a paragraph that is only **ClusterIP**, explained by what follows
 *   question-paragraph  **问：**X 是什么？ / 问：…？ / Q3：…？ over its answer (answers26; resolved as a bold question)
 *   code-colon      - `replicas`：期望的副本数…   (a field, kind or state; never a new term)
 *                   - `TARGETOS` / `TARGETARCH`：…  (each span of a series: may be a new term, leadingCodeSeries)
 *   code-subject    `spec.containers[].imagePullPolicy` 决定…  /  重启策略 `restartPolicy` 是…
 *   code-name-subject `meta.SetStatusCondition` 按 type 查找…  (rules38: a name spelt as code, code-names.ts)
 *   code-copula     …看到的 `CrashLoopBackOff` 就是…
 *   naming          这个过程叫**动态供给**  /  Deployment 里叫 `strategy`  /  就是 `pod-template-hash`
 *   field-cue       由 `spec.type` 决定  /  更新策略字段是 `spec.updateStrategy`
 *   genitive-copula PVC 的 Pending 就是…
 *   phase-table     the rows of a table about a phase (`| Pending | … |`)
 *   field-table     the rows of a table of fields or parameters (`| 参数 | 默认值 | 含义 |`)
 *   table-bold-cell a row whose first cell is a bold name (`| **Parallel** | 同时创建… |`)
 *   table-named-row a row of a table of named things of one sort (`| 变量 | 含义 |`, `| condition | 意思 |`)
 *   table-reason-row a row naming a reason a container's state gives (`| ImagePullBackOff | Waiting | 拉镜像失败后退避 |`)
 *   table-command-row a row naming a command, alone or before placeholders (`| \`kubectl get\` | 列出资源 |`, rules34)
 *   abbreviation-table a row of a table of abbreviations: the name spelt out (`| RWO | ReadWriteOnce | … |`, table-shapes.ts)
 *   glossary-table  a row of a table giving Latin names their Chinese names (`| Foreground | 前台级联删除 | … |`, rules38)
 *   english-glossary-table  a row of a table giving Chinese names their English names (`| 边车 | sidecar | … |`, rules39)
 *   table-concept-row a row of a quick-reference table of concepts, parts, measures (`| 概念 | 一句话解释 |`, tables28)
 *   table-compared-column a column of a comparison table (`| 维度 | Cluster Autoscaler | Karpenter |`, tables28)
 *   text-naming     这就是探针（Probe） / 这部分叫 IPAM / 名为 PodSecurity / 即 copy-up: a name
 *                   given in plain text by a naming verb (the table in naming-verbs.ts)
 *   bold-name       通过 **TokenRequest API** 申请: a proper name set in bold mid-sentence
 *   existential     PV 的 status 里多了一个 `lastPhaseTransitionTime`，记录…
 *   subject-copula  Secret 只是 base64 编码: an API kind as the subject of a defining sentence
 *   apposition      **Indexed 模式**，即 `completionMode: Indexed`
 *   heading         ## 2.1 capacity  /  ### iptables 模式
 *   heading-joined  ## cordon / drain / uncordon, each name then explained in the section
 *   yaml-explained  a key a YAML example sets, named in the prose of the same section
 *   prose-*         a definition in running prose, no bold (prose.ts, predicates in
 *                   prose-predicates.ts): \`Velero 是一个…\`, \`metrics-server 负责…\`,
 *                   \`所谓 CRD，就是…\`, \`快照可以理解为…\`, \`写时复制（copy-on-write）\`,
 *                   \`X, which stands for …\`
 */
import type { Paragraph, PhrasingContent, RootContent, Table, TableCell, TableRow } from 'mdast';
import { isCallout, isTabCallout } from '../callouts.ts';
import { toString } from 'mdast-util-to-string';
import type { SourceRef } from '../model.ts';
import type { OwnedKey } from '../examples.ts';
import { isGenericLabel, isRemark, normKey, stripColon } from '../labels.ts';
import { headingName } from './heading-name.ts';
import { headingExplainedBelow, headingPresents } from './heading-shapes.ts';
import { enumFieldsOf, fieldsNamed, kindNamed, patternNamed, statesNamed } from '../vocabulary/index.ts';
import type { Outline, Section } from './outline.ts';
import { CODE_NAME_EXPLAINED, codeNameAliases, isCodeName, qualifiedLike } from './code-names.ts';
import { anchorWords, conjuncts, isFileName, isQualifiedKey, notAConcept, rubricHead, slashedNames } from './label-rules.ts';
import { everydayEnglish } from './english-words.ts';
import { namesAnObject, namesGiven } from './naming-verbs.ts';
import { pathAsMeans, pathExplainedInProse, stateAlongside, statesEnumerated, stateEntered, stateReadBold } from './field-clauses.ts';
import { flattenParagraph, nameLike, openingName, proseContext, proseDefinitions, type ProseContext } from './prose.ts';
import { noteDirectives } from './config-directives.ts';
import { commandOfItsOwn, isCommandName } from './command-tools.ts';
import { boldNameBySpelling, boldNamesField, boldSetsField, codeNameBySpelling, codeNameSpelling, codeSpellingTest } from './item-shapes.ts';
import { fieldSetAt, kindOfResourceType } from './field-place.ts';
import { keyIsTheLabelsMeans } from './key-sort-before.ts';
import { pathsOpeningClauses } from './clause-paths.ts';
import { abbreviatedName, abbreviationColumns, commandRowName, comparedColumns, englishColumns, englishRowName, fieldColumn, fieldColumnAlias, fieldColumnName, glossaryColumns, glossedCellName, glossedRowName, namesOfASort, objectWithSettings, quickReference, reasonRowName, sortRowName } from './table-shapes.ts';
import { SETTING_HEADER, phaseColumnTable, phaseName, valueName, valueTable } from './setting-tables.ts';
import { ANSWER_MARKER, answerBody, joinedQuestionSubject, markedQuestion, questionSubjects, withoutAnswerMarker } from './question-subjects.ts';
import { BOILERPLATE_KEYS, UNIVERSAL_KEYS } from './object-keys.ts';
import { LIST_REASON_SHAPE, LIST_STATE_SHAPE, PARAGRAPH_STATE_SHAPE, listNamesAlone, paragraphStatesAlone, plainLeadGloss, listReasonsAlone, listStatesAlone } from './alone-names.ts';
import { fromPlainText, withPlainPaths } from './plain-paths.ts';
import { EQUALS_SHAPE, equalsExpansion, equalsName } from './equals-shapes.ts';

export type CandidateForm = 'bold' | 'code' | 'heading' | 'table' | 'text';

export interface Candidate {
  /** Name of the rule that found it (printed by --explain). */
  rule: string;
  /** The text naming the concept, as written. */
  label: string;
  form: CandidateForm;
  at: SourceRef;
  section: Section;
  /** The passage that explains it (rendered as an excerpt). */
  blocks: RootContent[];
  endLine: number;
  /** It may become a new `term` when it names nothing known. */
  newTerm: boolean;
  /** What the rule can only name. */
  expect?: 'field' | 'state';
  /** tables7: a row of a table headed as a kind's phases (`| phase | 含义 |`): a phase of the note's own kind when no API kind has it (setting-tables.ts). */
  phaseColumn?: boolean;
  /**
   * tables7: a row of a table of a setting's values (`| 级别 | 说明 |`): resolved only after the note's
   * other candidates, and only when at least half of the table's values are concepts of the note
   * (setting-tables.ts tableCompleted); `valueRows` is the number of the table's values.
   */
  completes?: { valueRows: number; names: readonly string[] };
  /** lead48: the status field (`owner path`) the values set out beside this one share (alone-names.ts listStatesAlone). */
  stateField?: string;
  /** The kind named right there (`PVC 的 Pending`, `Deployment 里叫 \`strategy\``). */
  owner?: string;
  /** Several kinds the context names equally have the field (field-prose.ts): the build says so instead of picking one. */
  ambiguousOwners?: string[];
  /** Other names given right there (`（DS，守护进程集）`, a heading naming the same thing). */
  aliases: string[];
  /** A YAML key that sets this field (yaml-explained). */
  key?: OwnedKey;
  /** True for the first candidate found in the top blocks of its section (heading aliases). */
  opensSection?: boolean;
  /** A field path the definition says the thing is written in (`写在 \`spec.initContainers\` 里`). */
  fieldHome?: string;
  /** The sentence that defines it, for rules that read running prose (printed by --explain). */
  evidence?: string;
  /** The names of a label joining several (`**A / B：**`), this one among them (a field beside its partner: mine.ts). */
  joined?: string[];
  /** The name is the `kind:` of a YAML document of the note that the API does not know (a custom resource). */
  customKind?: boolean;
  /**
   * A name the learned scorer found explained somewhere but scored under its threshold (definer.ts
   * `combineCandidates`, rule `learned-keyword`): a concept only when concept notes list it as a
   * keyword (resolve.ts `keywordEvidence`, rules13), else nothing.
   */
  keywordOnly?: boolean;
  /** The learned scorer's probability for the name, on a rule's candidate that names only known things (definer.ts `combineCandidates`). */
  score?: number;
}

const MAX_DEFINITION_BLOCKS = 6;
const MAX_SECTION_BLOCKS = 12;

/** Words after a bold term or code span that make it the subject of a definition. */
export const COPULA = /^\s*(是|指|就是|即|表示|用于|用来|——|—|–|-\s|is\b|are\b|means\b|refers to\b)/;
/** Copulas strict enough to be read after a code span in the middle of a sentence. */
export const STRICT_COPULA = /^\s*(就是|是指|指的是|意思是|即|也就是)/;
/** Verbs that name the bold or code span after them (`叫**动态供给**`, `简称 \`RC\``). */
export const NAMING_VERB = /(叫做?|称为|称作|简称|全称是?|又叫|也叫|俗称|就叫|所谓的?|算同?一个|就是)\s*$/;
/** Words before a code span that say it is a field (`字段是 \`x\``, `由 \`x\` 决定`). */
export const FIELD_CUE_BEFORE = /(字段(是|叫|为)?|对应(的)?字段|对应|由)\s*$/;
export const FIELD_CUE_AFTER = /^\s*(字段|决定|控制|指定|设置)/;
/** `PVC 的 Pending 就是…`: a kind's phase value or field defined in a sentence. */
const GENITIVE_COPULA = /(?:^|[。！？!?；;])\s*([A-Za-z][A-Za-z0-9]*)\s*的\s*([A-Za-z][A-Za-z0-9]*)\s*(?:就是|是指|指的是|是|指|表示)/u;
/** Table headers that make the rows phase values. */
const PHASE_HEADER = /^(phase|阶段|状态|status|state|pod\s*phase|值|取值)$/i;

function startOf(n: { position?: { start: { line: number; column: number } } }, file: string): SourceRef {
  return { file, line: n.position?.start.line ?? 1, column: n.position?.start.column ?? 1 };
}

function endLineOf(nodes: readonly RootContent[], fallback: number): number {
  let end = fallback;
  for (const n of nodes) end = Math.max(end, n.position?.end.line ?? end);
  return end;
}

interface Finder {
  file: string;
  section: Section;
  out: Candidate[];
  /** Kinds of the note's YAML documents that the API does not know (custom resources: `Certificate`). */
  customKinds: ReadonlySet<string>;
  /** The whole note's text and headings, for the evidence of prose subjects (prose.ts). */
  prose: ProseContext;
  /** rules21: the directives of the block-structured configurations the note fences (config-directives.ts). */
  directives?: ReadonlySet<string>;
  /** fix31a: the keys the note's YAML sets (their names), for VALUE_LIST_FIELD_RULE. */
  yamlKeys?: ReadonlySet<string>;
}

/** Split `（DS，守护进程集）` into names. */
export function glossNames(gloss: string): string[] {
  // (`OrderedReady（默认）`: a remark on the name is no other name of it)
  // (rules41: `（简称 netns）`, `（下文简称 SA）`: the word that introduces the other name is no part of it)
  return gloss.split(/[，,、;；/]/).map((s) => s.trim().replace(GLOSS_NAMING_LEAD, '').trim()).filter((s) => s !== '' && [...s].length <= 24 && !isRemark(s));
}

/**
 * rules41: words that introduce another name inside a gloss (`简称`, `下文简称`, `全称`, `又称`, `也叫`,
 * `俗称`, `英文`, `缩写`): the name is what follows them. (lead38: a former name too, `ServiceLB（原名 Klipper LB）`:
 * the dev label's other name is `Klipper LB`; not `前身`, a predecessor is another thing.)
 */
export const GLOSS_NAMING_WORDS: readonly string[] = ['下文简称', '以下简称', '简称', '全称', '又称', '又叫', '也叫', '也称', '俗称', '英文名?', '缩写为?', '简写为?', '原名', '旧名', '曾用名'];
const GLOSS_NAMING_LEAD = new RegExp(`^(?:${GLOSS_NAMING_WORDS.join('|')})\\s*[:：]?\\s*(?=\\S)`, 'u');

/** dups1: a name without the word that introduced it in a gloss (`简称 CAPI` → `CAPI`); other names unchanged. */
export function withoutNamingLead(name: string): string {
  return name.trim().replace(GLOSS_NAMING_LEAD, '').trim();
}

function firstText(p: Paragraph, from: number): string {
  const n = p.children[from];
  return n && n.type === 'text' ? n.value : '';
}

/**
 * rules41: a gloss inside a name, before its last word (`tc（traffic control）hook`, `封装（tunnel）模式`,
 * `IPAM(IP Address Management) 插件`): the words before the gloss and the head after it are the
 * name; the gloss explains the first part. The head is one Latin word or one to four Chinese
 * characters, and the part before it has no clause of its own.
 */
const GLOSS_INSIDE = /^([A-Za-z][\w.-]*|[\u4e00-\u9fff]{1,6})\s*[（(]([^（）()]{1,30})[）)]\s*([A-Za-z][\w-]*|[\u4e00-\u9fff]{1,4})$/u;

export function unglossedInside(label: string): string {
  const m = GLOSS_INSIDE.exec(label.trim());
  if (!m) return label;
  const [, before, , head] = m;
  const cjk = (x: string) => /[\u4e00-\u9fff]/u.test(x);
  return cjk(before!) && cjk(head!) ? `${before}${head}` : `${before} ${head}`;
}

/** A rubric that announces a definition, then a colon and the name, all in one bold label. */
export const RUBRIC_IN_BOLD = /^(?:术语|名词|名词解释|概念|定义|term|definition)\s*[:：]\s*(\S.*)$/iu;
/** rules41: the same rubric words alone in a bold label (`**术语**`, `**概念：**`). */
export const RUBRIC_ALONE = /^(?:术语|名词|名词解释|概念|定义|term|definition)$/iu;

/** The bold label a paragraph opens with, and how it reads. */
export function boldLabel(p: Paragraph): { rule: string; label: string; gloss: string[] } | undefined {
  const first = p.children[0];
  if (!first || first.type !== 'strong') return undefined;
  const label = toString(first).trim();
  if (label === '') return undefined;
  // `**术语：cloud-controller-manager** —— …`, `**概念：veth pair（…）**：…`: a rubric word and its
  // colon inside the bold say that the name after them is being defined
  const rubric = RUBRIC_IN_BOLD.exec(label);
  if (rubric) return { rule: 'bold-colon', label: stripColon(rubric[1]!), gloss: [] };
  let after = firstText(p, 1);
  // rules41: `**术语**：cloud-controller-manager —— …`: the rubric word alone in bold, and the name it
  // announces after its colon, up to a dash or a second colon (a rubric heading a list is read as before)
  if (RUBRIC_ALONE.test(stripColon(label))) {
    const named = /^\s*[:：]?\s*([^\s—–:：，,。；;][^—–:：，,。；;]{0,40}?)\s*(?:——|—|–|--|[:：])/u.exec(after);
    if (named && (/[:：]\s*$/.test(label) || /^\s*[:：]/.test(after))) return { rule: 'bold-colon', label: named[1]!.trim(), gloss: [] };
  }
  const only = p.children.length === 1 || (p.children.length === 2 && after.trim() === '');
  if (/[:：]\s*$/.test(label) || /^\s*[:：]/.test(after)) return { rule: 'bold-colon', label: unglossedInside(stripColon(label)), gloss: [] };
  const gloss: string[] = [];
  const g = /^\s*[（(]([^（）()]{1,40})[）)]\s*/.exec(after);
  if (g) {
    gloss.push(...glossNames(g[1]!));
    after = after.slice(g[0].length);
    if (/^\s*[:：]/.test(after)) return { rule: 'bold-colon', label, gloss };
    return { rule: 'bold-gloss', label, gloss };
  }
  if (only) return { rule: 'bold-only', label: stripColon(label), gloss };
  if (COPULA.test(after)) return { rule: 'bold-copula', label, gloss };
  // `**探针（Probe）**检查…`: a name given in two languages is being introduced.
  if (/[（(][^（）()]+[）)]$/.test(label) && after.trim() !== '') return { rule: 'bold-gloss', label, gloss };
  return undefined;
}

/** The passage of a definition at `i` in `siblings`: it and what illustrates it right after. */
function definitionBlocks(siblings: readonly RootContent[], i: number, takeParagraphs: boolean): RootContent[] {
  const blocks: RootContent[] = [siblings[i]!];
  for (let j = i + 1; j < siblings.length && blocks.length < MAX_DEFINITION_BLOCKS; j++) {
    const b = siblings[j]!;
    if (b.type === 'heading' || b.type === 'thematicBreak') break;
    if (b.type === 'paragraph' && (!takeParagraphs || opensDefinition(b))) break;
    // (a list right after a paragraph that announces it, `` `spec.updateStrategy.type` 有两种： ``, is what the
    // paragraph says, though its items define names of their own: the excerpt would end on the colon)
    if (b.type === 'list' && listOpensDefinition(b) && !(j === i + 1 && announcesList(siblings[i]!))) break;
    blocks.push(b);
  }
  return blocks;
}

/**
 * lead40: a passage that is one paragraph of its section announcing the list or table right after it
 * (`Secret 的 type 字段决定了它的用途，常见的有：` then `| Opaque | … |`, `nodeAffinity … 它分成两种：` then a
 * table of the two; `announcesList`, as `definitionBlocks` reads a definition's) takes that list or
 * table with it, whatever rule found the concept in the paragraph: its excerpt shows what the
 * sentence introduces instead of stopping at its colon, and its summary takes the list's or table's
 * names (summaries.ts `withListAfter`). Any other passage is as it was. The paragraph is found
 * among the section's blocks by its place in the file.
 */
export function withIntroduced(sectionBlocks: readonly RootContent[], blocks: RootContent[]): RootContent[] {
  const p = blocks.length === 1 ? blocks[0]! : undefined;
  if (p?.type !== 'paragraph' || p.position === undefined) return blocks;
  const at = sectionBlocks.findIndex((b) => b.type === 'paragraph' && b.position?.start.line === p.position!.start.line && b.position.start.column === p.position!.start.column);
  const next = at >= 0 ? sectionBlocks[at + 1] : undefined;
  if (next === undefined || (next.type !== 'list' && next.type !== 'table')) return blocks;
  return announcesList(p) ? [p, next] : blocks;
}

/** A paragraph whose text ends on a colon after more than its opening label: it announces what follows. */
function announcesList(p: RootContent): boolean {
  if (p.type !== 'paragraph') return false;
  const text = toString(p).trim();
  const label = boldLabel(p)?.label ?? leadingCode(p)?.value ?? '';
  return /[:：]$/u.test(text) && text.replace(/[:：]$/u, '').trim().length > label.length + 1;
}

function opensDefinition(p: RootContent): boolean {
  return p.type === 'paragraph' && (boldLabel(p) !== undefined || leadingCode(p) !== undefined);
}

function listOpensDefinition(list: RootContent): boolean {
  if (list.type !== 'list') return false;
  const firstBlock = list.children[0]?.children[0];
  return firstBlock !== undefined && opensDefinition(firstBlock);
}

/**
 * `\`replicas\`：…` / `\`x\`（默认）：…` / `\`x\` 决定…` at the start of a paragraph; also
 * `重启策略 \`restartPolicy\` 是…` when the Chinese words before the code are the section's name.
 */
function leadingCode(p: Paragraph, sectionName = ''): { value: string; colon: boolean; after: string; alias?: string; locative?: boolean } | undefined {
  let i = 0;
  let alias: string | undefined;
  const first = p.children[0];
  if (first && first.type === 'text' && p.children[1]?.type === 'inlineCode') {
    const t = first.value.trim();
    if (t === '' || normKey(t) !== normKey(sectionName)) return undefined;
    alias = t;
    i = 1;
  }
  const code = p.children[i];
  if (!code || code.type !== 'inlineCode') return undefined;
  let after = firstText(p, i + 1);
  const paren = /^\s*[（(][^（）()]{0,20}[）)]/.exec(after);
  if (paren) after = after.slice(paren[0].length);
  const colon = /^\s*[:：]/.test(after);
  const out: { value: string; colon: boolean; after: string; alias?: string; locative?: boolean } = { value: code.value.trim(), colon, after };
  if (alias) out.alias = alias;
  if (!colon && LOCATIVE_AFTER.test(after)) out.locative = true;
  return out;
}

/**
 * Code series (twenty-third session, docs/miner.md "rules23 (twenty-third session)"): code spans
 * opening a paragraph or list item, joined by one of SERIES_JOINERS, then a colon (`` - `TARGETOS` /
 * `TARGETARCH`：目标平台拆开的 os 和 arch ``, `` - `node_load1` / `node_load5`：系统负载 ``,
 * `` - `apply-component`、`apply-object`：… ``): the writer sets out several names at once and the item
 * explains them together, as `**A / B**：` does for bold (conjuncts). `等` may close the series
 * (`` `a` / `b` 等： ``). Counted before it was built (there): such a part is labelled 61 times in 69
 * on dev45–dev71 and 18 in 27 on dev…dev38 (the others: flags, which the resolver refuses, the tails of
 * a well-known taint's key, and names beside a labelled one).
 */
export const SERIES_JOINERS: readonly string[] = ['/', '／', '、', ',', '，'];
const SERIES_JOINER = new RegExp(`^\\s*(?:${SERIES_JOINERS.map((j) => j.replace(/[/]/g, '\\/')).join('|')})\\s*$`, 'u');
const SERIES_END = /^\s*(?:等)?\s*[:：]/u;

/** rules25b: a code span opening the paragraph with a colon, spelt as a name of its own (item-shapes.ts codeNameBySpelling). */
function codeNamedLead(p: Paragraph): boolean {
  const lead = leadingCode(p);
  return lead !== undefined && lead.colon && lead.alias === undefined && codeNameBySpelling(lead.value);
}

/** The code spans of such a series (two or more), or undefined. */
export function leadingCodeSeries(p: Paragraph): string[] | undefined {
  const kids = p.children;
  const names: string[] = [];
  let k = 0;
  for (;;) {
    const code = kids[k];
    if (!code || code.type !== 'inlineCode') return undefined;
    names.push(code.value.trim());
    const next = kids[k + 1];
    if (!next || next.type !== 'text') return undefined;
    if (SERIES_END.test(next.value)) return names.length >= 2 && names.every((n) => n !== '') ? names : undefined;
    if (!SERIES_JOINER.test(next.value)) return undefined;
    k += 2;
  }
}

/** The plain-text label opening a paragraph with a colon, when it is a name by its spelling (a file, a domain/name key, a command), and something follows. */
export function textColonLabel(p: Paragraph): string | undefined {
  const first = p.children[0];
  if (!first || first.type !== 'text') return undefined;
  // the name, then a full-width colon or an ASCII colon with a space (`image:nginx` is YAML, not a label)
  const m = /^\s*([^\s：:，。；,;][^：:，。；,;\n]{0,60}?)\s*(?:：|:\s)\s*(?=\S)/u.exec(first.value);
  if (!m) return undefined;
  const name = m[1]!.trim();
  return isFileName(name) || isQualifiedKey(name) || isCommandName(name) ? name : undefined;
}

function push(f: Finder, c: Omit<Candidate, 'section' | 'aliases'> & { aliases?: string[] }): void {
  f.out.push({ ...c, section: f.section, aliases: c.aliases ?? [] });
}

/** Words before a code span saying where a thing is written (`写在`, `定义在`, `位于`). */
const HOME_BEFORE = /(写在|定义在|声明在|配置在|放在|位于|记录在|保存在|存放在)\s*([A-Za-z0-9\u4e00-\u9fff]{1,16}\s*的)?\s*$/u;
const HOME_AFTER = /^\s*(里|中|下|之中|里面|当中)/u;

/** The field path a definition says the defined thing is written in, if it says one. */
export function fieldHomeIn(p: Paragraph): string | undefined {
  const kids = p.children;
  for (let k = 1; k < kids.length; k++) {
    const n = kids[k]!;
    if (n.type !== 'inlineCode') continue;
    const before = kids[k - 1]!.type === 'text' ? (kids[k - 1] as { value: string }).value : '';
    const after = kids[k + 1]?.type === 'text' ? (kids[k + 1] as { value: string }).value : '';
    if (HOME_BEFORE.test(before) && HOME_AFTER.test(after) && /^[A-Za-z][\w.[\]]*$/.test(n.value.trim())) return n.value.trim();
  }
  return undefined;
}

/**
 * Candidates in one paragraph (`siblings[i]`). `noOpener`: the paragraph opens an item of a
 * list of ways or attributes, whose label is no concept (its inline names still count).
 */
function paragraphCandidates(f: Finder, siblings: readonly RootContent[], i: number, noOpener = false): void {
  // rules29: an answer's paragraph (`A：**List generator** 就是…`) is read after its marker
  // (question-subjects.ts); its candidates' passages are the note's own paragraph
  const own = siblings[i] as Paragraph;
  const body = answerBody(own);
  const start = f.out.length;
  // answers26: `**问：**X 是什么？` / `问：…？` / `Q3：…？` over its answer (`答：…`): a question set as a
  // paragraph asks about what the same question as a heading would (question-subjects.ts markedQuestion;
  // resolved as a bold question is)
  const question = noOpener ? undefined : markedQuestion(own);
  if (question !== undefined) {
    const blocks = answerBlocks(siblings, i);
    push(f, { rule: 'question-paragraph', label: question, form: 'text', at: startOf(own, f.file), blocks, endLine: endLineOf(blocks, startOf(own, f.file).line), newTerm: true });
  }
  // qa50: `问：A 和 B 有什么区别？`, `**Q4 A、B 分别是什么？**` over an answer explaining each name
  const asked = noOpener ? undefined : (question ?? openingBoldQuestion(own));
  if (asked !== undefined) joinedQuestionNames(f, siblings, i, asked);
  readParagraph(f, siblings, i, body, noOpener);
  if (body !== own) for (const c of f.out.slice(start)) c.blocks = c.blocks.map((b) => (b === body ? own : b));
}

/** qa50: the question a paragraph opens with in bold (`**Q14 A 和 B 有什么区别？** A：…`, `**A 和 B 的区别？**`), or undefined. */
function openingBoldQuestion(p: Paragraph): string | undefined {
  const first = p.children[0];
  if (first?.type !== 'strong') return undefined;
  const text = toString(first).trim();
  return /[?？]$/u.test(text) ? text : undefined;
}

/**
 * qa50: a question in a paragraph asking about each of several joined names (question-subjects.ts
 * JOINED_QUESTION_SHAPES): the names its answer explains one by one (joinedHeadingNames over the text
 * after the question in its paragraph and the blocks of the answer after it), each a candidate
 * `question-joined` (resolve.ts reads it as a joined heading's name).
 */
function joinedQuestionNames(f: Finder, siblings: readonly RootContent[], i: number, question: string): void {
  const asked = joinedQuestionSubject(question);
  if (asked === undefined) return;
  const own = siblings[i] as Paragraph;
  const whole = toString(own);
  const at = whole.indexOf(question);
  const after = at >= 0 ? whole.slice(at + question.length).replace(/^[\s*]+/u, '') : '';
  const blocks = answerBlocks(siblings, i);
  const answer: RootContent[] = [...(after !== '' ? [{ type: 'paragraph', children: [{ type: 'text', value: after }] } as Paragraph] : []), ...blocks.slice(1)];
  const start = startOf(own, f.file);
  for (const name of joinedHeadingNames(asked.subject, answer, { wholeName: true })) {
    push(f, { rule: 'question-joined', label: name, form: 'text', at: start, blocks, endLine: endLineOf(blocks, start.line), newTerm: true });
  }
}

/** answers26: a question paragraph and its answer: the blocks after it up to a heading, a rule or the next question. */
function answerBlocks(siblings: readonly RootContent[], i: number): RootContent[] {
  const blocks: RootContent[] = [siblings[i]!];
  for (let j = i + 1; j < siblings.length && blocks.length < MAX_DEFINITION_BLOCKS; j++) {
    const b = siblings[j]!;
    if (b.type === 'heading' || b.type === 'thematicBreak') break;
    if (b.type === 'paragraph' && (markedQuestion(b) !== undefined || boldLabel(b)?.rule === 'bold-only')) break;
    blocks.push(b);
  }
  return blocks;
}

function readParagraph(f: Finder, siblings: readonly RootContent[], i: number, p: Paragraph, noOpener: boolean): void {
  const at = startOf(p, f.file);
  // rules26: a bold label spelt as a proper name (`2. **WaitForCacheSync**：…` under `**注意**：`) is
  // a concept even in a list of remarks or checks (item-shapes.ts boldNameBySpelling; rules39: or one that sets a field, boldSetsField;
  // lead43: or one spelt as a field of the API, `2. **envFrom**：…` under `三种方式：`, boldNamesField)
  // rules25b: and so is a code span spelt as a name of its own opening with a colon (`` - `WARM_IP_TARGET`：… ``
  // under `我的理解：`; item-shapes.ts CODE_NAME_SPELLINGS)
  const named = noOpener && ((p.children[0]?.type === 'strong' && (boldNameBySpelling(toString(p.children[0])) || boldSetsField(toString(p.children[0])) || boldNamesField(toString(p.children[0])))) || codeNamedLead(p));
  if (noOpener && !named && (boldLabel(p) !== undefined || leadingCode(p) !== undefined)) {
    inlineCandidates(f, p, at, true);
    textCandidates(f, p, at);
    return;
  }
  const bold = boldLabel(p);
  const before = f.out.length;
  if (bold) {
    const blocks = definitionBlocks(siblings, i, bold.rule === 'bold-only');
    // `**kubernetes.io/tls**`: a key or type written as a path has a slash, not two things
    // (rules32: a bold question asking about a name, `**问：PDB 的 minAvailable 和 maxUnavailable 怎么选？**`, is one
    // question, read whole by boldQuestion, not pairs split at 和)
    const asksAName = bold.rule === 'bold-only' && /[?？]\s*$/u.test(bold.label.trim()) && questionSubjects(bold.label).length > 0;
    const parts = asksAName || ['path-or-url', 'qualified-key'].includes(notAConcept(bold.label)?.name ?? '') ? [bold.label] : conjuncts(bold.label);
    const base = { form: 'bold' as const, at, blocks, endLine: endLineOf(blocks, at.line) };
    if (parts.length > 1 && !/[（(]/.test(bold.label)) {
      // `**hostNetwork / hostIPC / hostPID：**`: each part, never a new term made of a fragment.
      // (rules38: a part spelt as code, `**controllerutil.AddFinalizer / RemoveFinalizer**`, is a name of its own)
      // and a bare name after it is in the same package (`RemoveFinalizer` → `controllerutil.RemoveFinalizer`)
      const named = parts.map((part) => qualifiedLike(parts[0]!, part));
      // (veto38: names set out side by side, `**build image / run image**：`, are each a new term: label-rules.ts SLASHED_NAMES)
      const setOut = slashedNames(bold.label) !== undefined;
      for (const part of named) push(f, { ...base, rule: bold.rule, label: part, newTerm: setOut || isCodeName(part), joined: named });
    } else {
      const home = fieldHomeIn(p);
      push(f, { ...base, rule: bold.rule, label: bold.label, newTerm: true, aliases: bold.gloss, ...(home ? { fieldHome: home } : {}) });
    }
  }
  // code series (twenty-third session): `` - `a` / `b`：… ``: each code span of the series, as a code span opening with a colon
  const series = bold || noOpener ? undefined : leadingCodeSeries(p);
  if (series) {
    const blocks = definitionBlocks(siblings, i, false);
    const base = { form: 'code' as const, at, blocks, endLine: endLineOf(blocks, at.line) };
    // (a bare part after a domain/name key or a Go name that writes its prefix once is under that prefix:
    // code-names.ts qualifiedLike; each part a new term when nothing known places it, the series being the
    // writer's setting out: docs/miner.md "rules23 (twenty-third session)")
    const parts = series.filter((n) => !UNIVERSAL_KEYS.has(n)).map((n) => qualifiedLike(series[0]!, n));
    for (const part of parts) push(f, { ...base, rule: 'code-colon', label: part, newTerm: true, joined: parts });
  }
  const leadCode = bold || series ? undefined : leadingCode(p, headingName(f.section.title));
  // `- \`name\`：…` explains the name of something, a key every object has, not a concept
  // (`\`x\` 下面的…` says where something else is: no definition of x)
  // (rules21: a directive of the note's configuration opening a clause is the prose rule's, prose-directive)
  const directive = leadCode !== undefined && !leadCode.colon && f.directives?.has(/^[a-z][a-z0-9_]*/.exec(leadCode.value)?.[0] ?? '') === true;
  const lead = leadCode && !UNIVERSAL_KEYS.has(leadCode.value) && !leadCode.locative && !directive ? leadCode : undefined;
  if (lead) {
    const blocks = definitionBlocks(siblings, i, false);
    const c = { form: 'code' as const, at, blocks, endLine: endLineOf(blocks, at.line), label: lead.value, newTerm: false, ...(lead.alias ? { aliases: [lead.alias] } : {}) };
    // rules26: `` - `auditID`：… ``, `` - `system-cluster-critical`：… ``: a code span spelt as no
    // field's value is spelt (item-shapes.ts codeNameBySpelling) may be a new term
    // rules38: a name spelt as code (code-names.ts: a marker, a Go name, a make target) opening its
    // paragraph with a colon, or with a Chinese predicate after it, is a new term of its own
    const codeName = isCodeName(lead.value);
    const aliases = [...(lead.alias ? [lead.alias] : []), ...(codeName ? codeNameAliases(lead.value) : [])];
    if (lead.colon) push(f, { ...c, aliases, rule: 'code-colon', ...(codeNameBySpelling(lead.value) || codeName ? { newTerm: true } : {}) });
    else if (codeName && CODE_NAME_EXPLAINED.test(lead.after)) push(f, { ...c, aliases, rule: 'code-name-subject', newTerm: true });
    else push(f, { ...c, rule: 'code-subject', expect: 'field' });
  }
  // `- admin.conf：给管理员用的…`, `- example.com/owner：…`: a name by its spelling (a file, a key
  // written as domain/name, a command) as plain text opening its paragraph with a colon
  const textLabel = bold || lead ? undefined : textColonLabel(p);
  if (textLabel !== undefined) {
    const blocks = definitionBlocks(siblings, i, false);
    push(f, { form: 'text', at, blocks, endLine: endLineOf(blocks, at.line), rule: 'text-colon', label: textLabel, newTerm: true });
  }
  // eqdef44: `- drain = cordon + 驱逐；…`, `KRaft = Kafka Raft，…`: a plain Latin name defined by an equation in words
  // (equals-shapes.ts); a kind's name as the kind (`ingress = 7层入口` is Ingress, not a field spelt `ingress`)
  // (an abbreviation spelt out after `=`, `QoS = Quality of Service（…）`, has its expansion for another name)
  const opening = p.children[0]?.type === 'text' && !bold && !lead ? p.children[0].value : undefined;
  const equals = opening === undefined ? undefined : equalsName(opening);
  if (opening !== undefined && equals !== undefined) {
    const blocks = definitionBlocks(siblings, i, false);
    const expansion = equalsExpansion(equals, opening);
    push(f, { form: 'text', at, blocks, endLine: endLineOf(blocks, at.line), rule: EQUALS_SHAPE.name, label: kindNamed(equals) ?? equals, newTerm: true, ...(expansion !== undefined ? { aliases: [expansion] } : {}) });
  }
  inlineCandidates(f, p, at, lead !== undefined || bold !== undefined);
  genitiveCandidates(f, p, at);
  // the one thing this paragraph defines, if it opens with a label that is a concept
  const opened = (bold !== undefined || lead !== undefined) && f.out.length > before ? f.out[before] : undefined;
  const opener = opened && notAConcept(opened.label) === undefined && conjuncts(opened.label).length === 1 ? opened : undefined;
  textCandidates(f, p, at, opener);
  proseCandidates(f, p, before);
  statesAlongside(f, p, before);
  statesSetOut(f, p, before);
}

/**
 * lead41: the state values a paragraph sets out in a run, most of them glossed (field-clauses.ts
 * statesEnumerated: `PVC 的 phase 有 Pending（还没绑定）、Bound、Lost（绑定的 PV 没了）`), each once; the
 * kind whose states they all are, when there is one, is the owner.
 */
function statesSetOut(f: Finder, p: Paragraph, before: number): void {
  const text = flattenParagraph(p).text;
  const runs = statesEnumerated(text);
  if (runs.length === 0) return;
  const seen = new Set(f.out.slice(before).filter((c) => c.expect === 'state').map((c) => c.label));
  for (const run of runs) {
    for (const s of run) {
      if (seen.has(s.value)) continue;
      seen.add(s.value);
      const at = sourceAt(p, s.index, f.file);
      push(f, { rule: 'state-enumerated', label: s.value, form: 'text', at, blocks: [p as RootContent], endLine: p.position?.end.line ?? at.line, newTerm: false, expect: 'state', ...(s.owner ? { owner: s.owner } : {}) });
    }
  }
}

/**
 * rules39: in a paragraph that reads a state off in bold (`state-read`), the other state values it
 * reads off or enters in plain text or code (field-clauses.ts stateAlongside), each once.
 */
function statesAlongside(f: Finder, p: Paragraph, before: number): void {
  const mine = f.out.slice(before);
  if (!mine.some((c) => c.rule === 'state-read')) return;
  const seen = new Set(mine.filter((c) => c.expect === 'state').map((c) => c.label));
  const text = flattenParagraph(p).text;
  for (const m of text.matchAll(/(?<![A-Za-z`*])[A-Z][a-z]+(?![A-Za-z])/g)) {
    if (seen.has(m[0]) || !stateAlongside(text.slice(Math.max(0, m.index! - 16), m.index!), m[0])) continue;
    seen.add(m[0]);
    const at = sourceAt(p, m.index!, f.file);
    push(f, { rule: 'state-alongside', label: m[0], form: 'text', at, blocks: [p as RootContent], endLine: p.position?.end.line ?? at.line, newTerm: false, expect: 'state' });
  }
}

/**
 * Prose rules read inside the definition another label opens: each says by its shape alone that
 * the writer introduces a name of its own there, whatever the paragraph is about — a domain/name
 * key with its category (`` `x` 污点 ``, key-shapes.ts), an abbreviation spelt out
 * (`CFS（Completely Fair Scheduler）`, gloss-shapes.ts acronymsExpanded), and (rules9) a Chinese or
 * mixed name glossed with its English name (`…的节点压力驱逐（node-pressure eviction）`,
 * `TTL 控制器（TTL-after-finished controller）`: prose.ts glossedNames, gloss-shapes.ts
 * mixedGlossedNames), and (rules10) a field a value condition explains (`` `spec.x` 为 false 时… ``),
 * and (rules15) a setting said to take a value by default (`` `x` 默认 30s ``) or a list said to be
 * gone through in order (`` `rules` 从上往下匹配 ``), and (rules17) a key set to a value with what
 * the setting makes happen (`` `x: false` 保证… ``), and (rules32) a name with its sort saying what
 * it does (`它的 Watcher 进程拦截…`, sort-instances.ts).
 */
/** rules28 and rules37: a key, an environment variable or a component brought in by its sort is read inside another label's definition past the label's first clause (key-sort-before.ts `keyIsTheLabelsMeans`). */
const KEY_SORT_RULES: ReadonlySet<string> = new Set(['prose-key-sort', 'prose-env-sort', 'prose-component-this', 'prose-component-runs']);
const INSIDE_A_DEFINITION: ReadonlySet<string> = new Set(['prose-key-category', 'prose-acronym-expanded', 'prose-gloss', 'prose-latin-glossed', 'prose-gloss-mixed', 'prose-value-condition', 'prose-default-value', 'prose-in-order', 'prose-value-effect', 'prose-key-subject → prose-value-effect', 'prose-value-meaning', 'prose-key-subject → prose-value-meaning', 'prose-sort-instance']);

/**
 * rules17: inside the definition another label opens (`- **BGPPeer**：…。\`spec.myASN\` 是本端的 AS
 * 号，\`spec.peerAddress\` 是对端地址。`), a code span spelt like an API field — a field path or a
 * camelCase identifier — that a predicate of its own explains is a field the writer explains one by
 * one, not a word of the label's definition. A plain lower-case word there (`` `type` ``, `` `host` ``)
 * or a hyphenated name stays part of the definition, and so does a code span glossed by the Chinese
 * before it (prose-gloss-code: there the Chinese is more often the label's own description, `在每个
 * 节点的端口上监听（\`spec.ports[].nodePort\`）`, than another name of the field).
 */
const FIELD_SPELLING = /\.[A-Za-z]|[a-z0-9][A-Z]/;
function fieldOfItsOwn(d: { form: string; shape: string; subject: string; rule: string }): boolean {
  return d.form === 'code' && d.shape === 'code' && d.rule !== 'prose-gloss-code' && FIELD_SPELLING.test(d.subject);
}

/**
 * Inside another label's definition, a glossed name is read only when the gloss is an English name
 * of several words and the name is no modifier: `批量调度（gang scheduling）的插件` is about the
 * plugin (a glossed name followed by 的 modifies another noun), and a one-word gloss there is often
 * the API's spelling of a value named in passing (`节点的临时存储（ephemeral-storage）`).
 */
function glossedInPassing(p: Paragraph, d: { subject: string; offset: number; rule: string }): boolean {
  if (d.rule !== 'prose-gloss' && d.rule !== 'prose-gloss-mixed') return false;
  const after = flattenParagraph(p).text.slice(d.offset, d.offset + d.subject.length + 80);
  const gloss = /^[^（()）]{1,40}[（(]([^（）()]*)[）)]\s*(的)?/u.exec(after);
  return !gloss || gloss[2] !== undefined || !/[A-Za-z] +[A-Za-z]/.test(gloss[1]!);
}

/**
 * Definitions in running prose (prose.ts): `Velero 是一个…的工具`, `metrics-server 负责…`. A
 * subject this paragraph already gave by another rule is left to that rule; a paragraph opened
 * by a definition (a bold label or a code span with a colon) defines that label only.
 */
function proseCandidates(f: Finder, p: Paragraph, before: number): void {
  // `**存活探针**：kubelet 定期检查…`: the text after a label is that label's definition, and
  // the names in it are parts of it
  // (a name set in bold further on is a definition of its own: `**A：**…；**B**则是…`)
  const other = definesOther(p) >= 0;
  const had = new Set(f.out.slice(before).map((c) => normKey(c.label)));
  // (rules28: a rooted path only the path-mention rule offered may still be a prose subject, field-clauses.ts)
  const mentionedPaths = new Set(f.out.slice(before).filter((c) => c.rule === 'path-mention').map((c) => normKey(c.label)));
  // (rules31: and the spec paths opening the clauses of one sentence, clause-paths.ts)
  for (const d of [...proseDefinitions(p, { context: f.prose, ...(f.directives ? { directives: f.directives } : {}) }), ...pathsOpeningClauses(flattenParagraph(p))]) {
    // (a name of its own there too by its shape: INSIDE_A_DEFINITION; so is a field a value
    // condition explains, `` `spec.x` 为 false 时… ``: prose-value-condition)
    if (other && d.shape !== 'bold' && !fieldOfItsOwn(d) && !commandOfItsOwn(d, flattenParagraph(p).text) && !(INSIDE_A_DEFINITION.has(d.rule) && !glossedInPassing(p, d)) && !(KEY_SORT_RULES.has(d.rule) && !keyIsTheLabelsMeans(flattenParagraph(p).text, d.offset))) continue;
    // (a domain/name key with its category, `` `x` 标签 ``, is read even where another rule of the
    // paragraph offered the key as a path or a field: those rules never make a key a concept;
    // rules37: so is a key in a code span a predicate explains, `` `x.acme.dev/probe` 决定… ``)
    if ((had.has(normKey(d.subject)) && d.rule !== 'prose-key-category' && d.rule !== 'prose-key-sort' && !(d.form === 'code' && d.rule.startsWith('prose-key-subject')) && !(d.form === 'code' && mentionedPaths.has(normKey(d.subject)) && ROOTED_PATH.test(d.subject) && pathExplainedInProse(d.subject))) || (d.form === 'code' && UNIVERSAL_KEYS.has(d.subject))) continue;
    had.add(normKey(d.subject));
    const at = sourceAt(p, d.offset, f.file);
    const custom = f.customKinds.has(d.subject);
    push(f, {
      rule: d.rule,
      label: d.subject,
      form: d.form,
      at,
      blocks: [p],
      endLine: p.position?.end.line ?? at.line,
      // `Volume（卷）就是…`: a plain word the API uses as a field name (`volumes`) names that, or
      // a concept already known, never a new term
      // a command a clause explains (prose.ts `command` subjects) is a term of its own
      // a name set in bold is a label like a bold label opening a paragraph (bold-colon)
      // a name the sentence calls a field (`X 这个字段…`, prose-this-field) is a field or nothing
      // (a spec path opening a clause, prose-clause-path, is a field or nothing, as prose-this-field)
      newTerm: d.rule === 'prose-this-field' || d.rule === 'prose-clause-path' ? false : d.shape === 'command' || d.shape === 'named-thing' || d.shape === 'bold' ? true : d.form === 'text' ? custom || patternNamed(d.subject) !== undefined || !(/^[A-Za-z][a-z]+$/.test(d.subject) && fieldsNamed(d.subject).length > 0) : isIdentifier(d.subject) || (ROOTED_PATH.test(d.subject) && pathExplainedInProse(d.subject)),
      ...(d.rule === 'prose-this-field' || (d.form === 'code' && ROOTED_PATH.test(d.subject)) ? { expect: 'field' as const } : {}),
      aliases: d.aliases,
      evidence: d.sentence,
      ...(custom ? { customKind: true } : {}),
    });
  }
}

/** Where an offset of a paragraph's plain text (prose.ts flattenParagraph) is in the file. */
function sourceAt(p: Paragraph, offset: number, file: string): SourceRef {
  const flat = flattenParagraph(p);
  const piece = flat.pieces.find((x) => x.from <= offset && offset < x.to) ?? flat.pieces[0];
  const pos = piece?.node.position?.start;
  if (!piece || !pos) return startOf(p, file);
  const inside = flat.text.slice(piece.from, offset);
  const nl = inside.lastIndexOf('\n');
  const lines = inside.split('\n').length - 1;
  return { file, line: pos.line + lines, column: nl < 0 ? pos.column + inside.length : inside.length - nl };
}

/**
 * A name mentioned in passing, not explained: inside parentheses (an aside), or the object of
 * a verb (`通过 \`x\` 引用`, `在 PV 里写 \`x\``, `用 \`x\` 而不是…`). A name the sentence is
 * about stands at its start, after 的, or is followed by a colon introducing what explains it.
 */
const OBJECT_VERB = /(把|通过|经由|用|使用|写|写上|写回|写进|指向|填|填上|设|设置|设成|改|改成|修改|加|加上|添加|引用|指定|配|配上|配置|调|调小|调大|绕过)\s*$/u;
/** `改 PVC 的 \`x\``: the genitive before the name belongs to the object, the verb is before it. */
const GENITIVE_BEFORE = /[A-Za-z0-9\u3400-\u9fff]{1,16}\s*的\s*$/u;

export function inPassing(before: string, after: string): boolean {
  if (/^\s*[:：]/.test(after)) return false;
  const open = Math.max(before.lastIndexOf('（'), before.lastIndexOf('('));
  const close = Math.max(before.lastIndexOf('）'), before.lastIndexOf(')'));
  if (open > close) return true;
  // `通过 \`x\` 指定…`, `用 \`x\` 控制…`: the sentence says what x does (instrumental).
  if (/(通过|用|使用)\s*$/u.test(before) && FIELD_CUE_AFTER.test(after)) return false;
  return OBJECT_VERB.test(before) || OBJECT_VERB.test(before.replace(GENITIVE_BEFORE, ''));
}

/**
 * `- **容器级**（\`spec.containers[].securityContext\`）：只对…`: a path in parentheses right after
 * the short label a paragraph opens with, closed by the colon that starts the explanation, is
 * what the label stands for, not an aside (`应用容器（\`spec.containers\`）启动之前` is one).
 */
export function labelPathGloss(before: string, after: string): boolean {
  return /^[^，。；,;：:（）()]{1,16}[（(]\s*$/u.test(before) && /^\s*[）)]\s*[:：]/u.test(after);
}

/**
 * When a paragraph defines something (it opens with a bold label or a code span that is a
 * concept, not 注意 or WHAT), the index of the child after which its explanation starts: the
 * names there are parts of that definition. -1 when it defines nothing.
 */
function definesOther(p: Paragraph): number {
  const opener = boldLabel(p) ?? leadingCode(p);
  if (opener === undefined || notAConcept('label' in opener ? opener.label : opener.value) !== undefined) return -1;
  // `**lastState：**容器上一次…`: the colon is inside the bold, the explanation starts right after it
  const first = p.children[0];
  if (first && first.type === 'strong' && /[:：]\s*$/.test(toString(first))) return 0;
  // the label may name several things before its colon (`\`default\` / \`defaultRequest\`：`)
  const colonAt = p.children.findIndex((x) => x.type === 'text' && /[:：]/.test(x.value));
  return colonAt <= 0 ? -1 : colonAt;
}

/**
 * `比如 \`runAsUser\`、\`runAsGroup\`、\`fsGroup\``: names listed as examples (after 比如, 例如,
 * 包括, 诸如…, separated by 、 or 和) illustrate what the sentence says; none is explained.
 */
export const EXAMPLE_CUES: readonly string[] = ['比如', '例如', '譬如', '诸如', '包括', '包含', '像是', '像', '如'];
/**
 * Words that open an enumeration of what a thing accepts or offers (`支持的有 \`a\`、\`b\`、…`,
 * `可选值有`): the items are the values listed, none explained one by one.
 */
export const ENUMERATION_CUES: readonly string[] = ['支持的有', '支持的值有', '支持的字段有', '可选的有', '可选值有', '取值有', '有以下几种', '有以下这些', '有这些', '有下面这些'];
/** Words right after the last item that make the run a set of examples (`\`a\`、\`b\` 这类`). */
export const ENUMERATION_TAIL = /^\s*(?:这类|这些|这几个|这几种|之类|等等?)/u;
const EXAMPLE_CUE = new RegExp(`(?:${[...ENUMERATION_CUES, ...EXAMPLE_CUES].join('|')})\\s*[：:]?\\s*$`, 'u');
const LIST_SEPARATOR = /^[\s、，,和及与或/]*$/u;
/** A short comment on an item before the next one (`\`a\` 这种写法、\`b\``): still the same list. */
const ITEM_COMMENT = /^[^，。；,;：:！!？?]{1,12}、\s*$/u;

export function inExampleList(kids: readonly PhrasingContent[], k: number): boolean {
  let j = k - 1;
  // walk back over the earlier items of the list and the separators between them
  while (j >= 0) {
    const n = kids[j]!;
    if (n.type === 'inlineCode' || n.type === 'strong') j--;
    else if (n.type === 'text' && (LIST_SEPARATOR.test(n.value) || (ITEM_COMMENT.test(n.value) && kids[j - 1]?.type === 'inlineCode')) && j > 0) j--;
    else break;
  }
  if (j < 0) return false;
  const n = kids[j]!;
  if (n.type === 'text' && EXAMPLE_CUE.test(n.value)) return true;
  // `\`a\`、\`b\` 这类只能…`: a run of several items closed by a word of examples
  let e = k + 1;
  while (e < kids.length && (kids[e]!.type === 'inlineCode' || (kids[e]!.type === 'text' && LIST_SEPARATOR.test((kids[e] as { value: string }).value) && kids[e + 1]?.type === 'inlineCode'))) e++;
  const tail = kids[e];
  const items = kids.slice(j + 1, e).filter((x) => x.type === 'inlineCode').length;
  return items >= 2 && tail?.type === 'text' && ENUMERATION_TAIL.test(tail.value);
}

/**
 * `\`nodeSelectorTerms\` 下面的多个 term`, `只留在 \`lastState.terminated\` 里。`: a name followed by
 * a word of place and then 的 or the end of the clause is where something else is; the sentence
 * is about what is in it. (`\`hard\` 里可以限制…` goes on to say what the name holds: explained.)
 */
export const LOCATIVE_AFTER = /^\s*(元素|字段|数组|列表|对象|条目)?\s*(下面|下边|底下|里面|里边|里头|之下|之中|之内|当中|下|里|中|内)\s*(的|[，。；、,.;!！?？）)]|$)/u;

/** The text of a paragraph before / after its child `k`, within the paragraph. */
function textAround(p: Paragraph, k: number): { before: string; after: string } {
  const kids = p.children;
  let before = '';
  for (let j = 0; j < k; j++) before += toString(kids[j]!);
  let after = '';
  for (let j = k + 1; j < kids.length && after.length < 40; j++) after += toString(kids[j]!);
  return { before, after };
}

/** `A，即 \`b\``, `A，也就是 \`b\``: b is another name of A. */
const APPOSITION = /[，,]\s*(即|也就是|亦即)\s*$/u;
/** `有个 \`x\``, `多了一个 \`x\``, `新增了 \`x\``: there is an x (then what it is). */
const EXISTENTIAL = /(有个|有一个|多了一?个|多了|新增了?一?个?|加了一?个)\s*$/u;
/**
 * A proper name set in bold inside a sentence: Latin words each starting with a capital
 * (`TokenRequest API`) or one word with capitals inside (`ReadWriteOncePod`); not a plain word
 * in bold for emphasis (`**Pod**`, `**requests**`).
 */
const PROPER_NAME = /^(?:[A-Z][A-Za-z0-9]*[A-Z][A-Za-z0-9]*(?: [A-Z][A-Za-z0-9]*)*|[A-Z][A-Za-z0-9]*(?: [A-Z][A-Za-z0-9]*)+)$/;
/**
 * English words written in capitals for emphasis, not names: the logical words (`之间是 **OR**`,
 * `同时满足是 **AND**`) and modal or quantifying ones (`**MUST**`, `**NOT**`, `**ONLY**`).
 */
const EMPHASIS_WORDS: ReadonlySet<string> = new Set(['and', 'or', 'not', 'nor', 'no', 'yes', 'but', 'if', 'all', 'any', 'none', 'only', 'never', 'always', 'must', 'should', 'may', 'can', 'cannot', 'will', 'do', 'dont', 'true', 'false']);

/** Words before a naming verb that make what follows a default value (`不写就是`, `默认是`). */
const DEFAULT_VALUE_CUE = /(不写|没写|不填|没填|不设置?|没设置?|不指定|没指定|缺省|默认|否则)(的话)?\s*[，,]?\s*(就|则)?\s*$/u;

/** rules24: where a clause opens: a paragraph's start, or after a full stop, comma, semicolon or colon. */
const PLAIN_PATH_OPENS = /(?:^|[。！？；，、,;:：!?])\s*$/u;

/** A field path written from the root of an object: `spec.x`, `status.y[].z`, `metadata.w`. */
export const ROOTED_PATH = /^(spec|status|metadata)(\.[A-Za-z][A-Za-z0-9]*(\[\])?)+$/;

/** Naming verbs, strict copulas and field cues around bold or code spans inside a paragraph. */
function inlineCandidates(f: Finder, p: Paragraph, at: SourceRef, opened: boolean): void {
  // rules24: a path from an object's root written as plain text is read as one in a code span, by
  // `field-cue` and `path-mention` only (plain-paths.ts); the paragraph itself is not changed
  const starts: number[] = [];
  const split: PhrasingContent[] = [];
  for (const x of p.children) {
    starts.push(split.length);
    split.push(...withPlainPaths([x]));
  }
  const q: Paragraph = { ...p, children: split };
  const kids: PhrasingContent[] = q.children;
  const otherAt = definesOther(p);
  const partOfOther = otherAt < 0 ? otherAt : starts[otherAt]!;
  for (let k = 0; k < kids.length; k++) {
    const n = kids[k]!;
    if (n.type !== 'strong' && n.type !== 'inlineCode') continue;
    if (k === 0 && opened) continue;
    const value = (n.type === 'inlineCode' ? n.value : toString(n)).trim();
    if (value === '') continue;
    const plain = fromPlainText(n);
    const before = k > 0 && kids[k - 1]!.type === 'text' ? (kids[k - 1] as { value: string }).value : '';
    const after = kids[k + 1]?.type === 'text' ? (kids[k + 1] as { value: string }).value : '';
    const form: CandidateForm = n.type === 'strong' ? 'bold' : 'code';
    const base = { form, at: startOf(n, f.file), blocks: [p as RootContent], endLine: p.position?.end.line ?? at.line };
    const naming = plain ? null : NAMING_VERB.exec(before);
    // `名叫 \`app-config\` 的那个 ConfigMap`, `一个叫 \`default\` 的 SA`: the name of one object, not a concept.
    // `就是 \`data-web-0\`、\`data-web-1\` 两个 PVC`: an enumeration after the verb lists objects, not a name.
    const enumerated = form === 'code' && /^\s*[、，,]\s*$/.test(after) && kids[k + 2]?.type === 'inlineCode';
    // `echo 的端口叫 \`http\``: a plain lowercase word that one object's part is called (its port,
    // its image) is that object's name for it, not a concept
    const partName = form === 'code' && naming !== null && /^叫做?$|^就叫$/.test(naming[1] ?? '') && /^[a-z][a-z0-9-]*$/.test(value) && /的[\u4e00-\u9fff]{1,4}\s*$/u.test(before.slice(0, naming.index));
    const instance = /名\s*$|名字\s*$|名称\s*$/.test(before.slice(0, naming?.index ?? 0)) || /^\s*的/.test(after) || enumerated || partName || (naming !== null && namesAnObject(value, before.slice(0, naming.index)));
    // `不写就是 \`default\``, `默认就是 \`x\``: a default value, not a name being given
    const defaultValue = DEFAULT_VALUE_CUE.test(before.slice(0, naming?.index ?? 0));
    // `镜像一般叫 \`pause\``: a plain lowercase word in code after a naming verb is a literal name
    // (of an image, a file); a name in code is an identifier, a field or a kind
    const literal = form === 'code' && !isIdentifier(value) && !isApiName(value) && !/[.\[]/.test(value);
    if (naming && !instance && !defaultValue && !literal && !/不\s*$/.test(before.slice(0, naming.index))) {
      const aliases: string[] = [];
      const g = /^\s*[（(]([^（）()]{1,40})[）)]/.exec(after);
      if (g) aliases.push(...glossNames(g[1]!));
      const owner = /([A-Za-z][A-Za-z0-9]*)\s*(?:里|中|里面|里头|上)?\s*$/.exec(before.slice(0, naming.index));
      const ownerKind = owner ? kindNamed(owner[1]!) : undefined;
      push(f, { ...base, rule: 'naming', label: value, newTerm: form === 'bold' || isIdentifier(value), aliases, ...(ownerKind ? { owner: ownerKind } : {}) });
      continue;
    }
    if (form === 'code' && !plain && STRICT_COPULA.test(after) && !/不\s*$/.test(before)) {
      push(f, { ...base, rule: 'code-copula', label: value, newTerm: isIdentifier(value) });
      continue;
    }
    // `**Indexed 模式**，即 \`completionMode: Indexed\``: the code names what the bold called it
    if (form === 'code' && !plain && APPOSITION.test(before)) {
      const prev = kids[k - 2];
      const aliases = prev && prev.type === 'strong' ? [toString(prev).trim()] : [];
      push(f, { ...base, rule: 'apposition', label: value, newTerm: false, aliases });
      continue;
    }
    // `多了一个 \`lastPhaseTransitionTime\`，记录…`, `每一项有个 \`weight\``: introduced, then explained
    if (form === 'code' && !plain && EXISTENTIAL.test(before) && /^\s*[（(，,：:]/.test(after)) {
      push(f, { ...base, rule: 'existential', label: value, newTerm: false, expect: 'field' });
      continue;
    }
    // `PV 会进入 **Released** 状态`, `容器处于 \`Waiting\` 状态`: a value of a state field of the API
    // that the sentence says something enters or is in (field-clauses.ts STATE_ENTERED)
    if (!plain && stateEntered(before, value)) {
      push(f, { ...base, rule: 'state-entered', label: value, newTerm: false, expect: 'state' });
      continue;
    }
    // rules39: `注入到 \`initContainers\` 里并带上 \`restartPolicy: Always\``: a field set at a holder
    if (form === 'code' && !plain) {
      const set = fieldSetAt(kids.slice(0, k).map((x) => toString(x)).join(''), value);
      if (set) {
        push(f, { ...base, rule: 'field-set-at', label: set.key, newTerm: false, expect: 'field' });
        continue;
      }
    }
    // rules39: `容器状态是 **Terminated**`, `停在 **Waiting** 状态`: a state read off and set in bold
    if (form === 'bold' && stateReadBold(before, value)) {
      push(f, { ...base, rule: 'state-read', label: value, newTerm: false, expect: 'state' });
      continue;
    }
    // `通过 **TokenRequest API** 申请`: a proper name the writer sets in bold mid-sentence
    // (rules38: so is a name spelt as code set in bold, `用 **+kubebuilder:storageversion** 标记`, `**metav1.Condition**`)
    if (form === 'bold' && k > 0 && (PROPER_NAME.test(value) || isCodeName(value)) && !EMPHASIS_WORDS.has(value.toLowerCase()) && !(kids[k + 1]?.type === 'text' && APPOSITION.test((kids[k + 1] as { value: string }).value.slice(0, 4)))) {
      push(f, { ...base, rule: 'bold-name', label: value, newTerm: true });
      continue;
    }
    if (form === 'code' && (FIELD_CUE_BEFORE.test(before) || FIELD_CUE_AFTER.test(after))) {
      // `对应字段 \`spec.paused\`` says which field it is, even in an aside
      const around = textAround(q, k);
      if (FIELD_CUE_BEFORE.test(before) || !inPassing(around.before, around.after)) push(f, { ...base, rule: 'field-cue', label: value, newTerm: false, expect: 'field' });
      continue;
    }
    // `Pod 的 \`status.nominatedNodeName\` 被设成…`: a path from the object's root is written
    // to point at that field, which the sentence is about (unless it is mentioned in passing).
    if (form === 'code' && ROOTED_PATH.test(value)) {
      const around = textAround(q, k);
      // (`支持的有 \`metadata.name\`、\`spec.nodeName\`、…`: the items of an enumeration, not each explained)
      if (inExampleList(kids, k)) continue;
      // `Pod 通过 \`spec.runtimeClassName\` 引用 RuntimeClass`: the path is the means of a verb that
      // says what the field does (field-clauses.ts AGENT_BEFORE, AGENT_VERBS), not an object in passing
      // (read inside another label's definition too: `**IngressClass**：…Ingress 通过 \`spec.ingressClassName\` 选择…`)
      const means = pathAsMeans(around.before, around.after);
      if (means !== undefined) push(f, { ...base, rule: `path-mention (means, ${means.name})`, label: value, newTerm: false, expect: 'field' });
      // rules24: a path written plainly is read only as the subject its clause opens on (`spec.prune 为 true
      // 时…`, `PVC 创建后，status.phase 会从…`), or as the means above: mid-clause it is a place something is
      // read from or written to (`看了一眼 Service 的 spec.x`, `写一行 spec.x: Local`, `更新 status.y`)
      else if (plain && !PLAIN_PATH_OPENS.test(around.before)) continue;
      else if (partOfOther >= 0 && k > partOfOther) continue;
      // rules16: `\`status.capacity\` 还是 50Gi`: the field's value read off, not the field explained
      else if (VALUE_READ_OFF.test(around.after)) continue;
      else if (!inPassing(around.before, around.after) || labelPathGloss(around.before, around.after)) push(f, { ...base, rule: 'path-mention', label: value, newTerm: false, expect: 'field' });
    }
  }
}

/**
 * rules16: after a path, a value it still has or now has (`还是 50Gi`, `仍然是 Running`, `变成了
 * \`True\``): a number, a quoted or code value, or a capitalised word, then the clause ends.
 */
const VALUE_READ_OFF = /^\s*(?:还是|仍然是|仍是|依然是|依旧是|变成了?|变为|显示为?|等于)\s*(?:\d[\w.%]*|[`"“'][^`"”']{1,30}[`"”']|[A-Z][A-Za-z]*)\s*(?:[，,。；;！!）)]|$)/u;

function genitiveCandidates(f: Finder, p: Paragraph, at: SourceRef): void {
  for (const n of p.children) {
    if (n.type !== 'text') continue;
    const m = GENITIVE_COPULA.exec(n.value);
    if (!m) continue;
    const owner = kindNamed(m[1]!);
    if (!owner) continue;
    push(f, { rule: 'genitive-copula', label: m[2]!, form: 'text', at: startOf(n, f.file), blocks: [p], endLine: p.position?.end.line ?? at.line, newTerm: false, owner });
  }
}

/** `Secret 只是 base64 编码`: an API kind starting a sentence, then a copula and what it is. */
const SUBJECT_COPULA = /(?:^|[。！？!?；;：:]\s*)([A-Z][A-Za-z]+)\s*(只是|就是|是指|指的是|其实是|是)\s*[“"「]?(\S)/gu;
/** After a copula, words that make the sentence a comment, not what the subject is (`Pod 是会变的`). */
const NOT_A_DEFINITION_START = /^[会能要不没很都也就才还已可]/u;

/** The last definition (a bold label or a leading code span) found so far in the section. */
function lastDefinition(f: Finder): Candidate | undefined {
  for (let i = f.out.length - 1; i >= 0; i--) {
    const c = f.out[i]!;
    if (c.section !== f.section) return undefined;
    if (c.form === 'bold' || c.rule === 'code-colon' || c.rule === 'code-subject' || c.rule === 'code-name-subject') return c;
  }
  return undefined;
}

/**
 * Names given in the plain text of a paragraph. `opener`: the candidate the paragraph defines
 * (its bold label or leading code), whose other names these then are (`**过滤（Filter）**：…，
 * 老版本叫 predicates`).
 */
function textCandidates(f: Finder, p: Paragraph, at: SourceRef, opener?: Candidate): void {
  for (const n of p.children) {
    if (n.type !== 'text') continue;
    const base = { form: 'text' as const, at: startOf(n, f.file), blocks: [p as RootContent], endLine: p.position?.end.line ?? at.line };
    // naming verbs (naming-verbs.ts): `这部分叫 IPAM`, `名为 PodSecurity`, `即 copy-on-write`
    for (const { rule, name, gloss, index, inner } of namesGiven(n.value)) {
      const aliases = [...(gloss ? glossNames(gloss) : []), ...(inner ?? [])];
      // `把它叫 pause 容器`: 它 is what the section defined last
      const anaphor = /(它|它们|其|这个东西)[^，。；,;]{0,8}$/u.test(n.value.slice(0, index));
      const target = opener ?? (anaphor ? lastDefinition(f) : undefined);
      if (target) {
        target.aliases.push(name, ...aliases);
        continue;
      }
      push(f, { ...base, rule, label: name, newTerm: true, aliases });
    }
    for (const m of n.value.matchAll(SUBJECT_COPULA)) {
      if (NOT_A_DEFINITION_START.test(m[3]!) || kindNamed(m[1]!) !== m[1]) continue;
      push(f, { ...base, rule: 'subject-copula', label: m[1]!, newTerm: false });
    }
  }
}

/** Numbering before a heading's words (`2.5 `, `一、`, `3）`). */
const LEADING_NUMBER_RE = /^(?:\d+(?:\.\d+)*[.、)）]?\s*|[(（]?[一二三四五六七八九十]+[、.)）]\s*|Part\s*\d+\s*)/iu;

/** A word spelt exactly as an API kind (`LimitRange`) or field (`subdomain`) is spelt. */
function isApiName(word: string): boolean {
  return kindNamed(word) === word || fieldsNamed(word).some((o) => o.name === word);
}

/** rules39: an API kind's short name in capitals (`HPA`, `PVC`, `CRD`, `SA`), as kubectl and the notes write it. */
function kindAbbreviation(word: string): boolean {
  return /^[A-Z]{2,5}$/.test(word) && kindNamed(word) !== undefined;
}

/** A name written as code that may stand for a new term: `CrashLoopBackOff`, `pod-template-hash`. */
export function isIdentifier(s: string): boolean {
  return /^[A-Za-z][A-Za-z0-9]*(?:[-_][A-Za-z0-9]+)*$/.test(s) && /[A-Z-]/.test(s.slice(1));
}

/**
 * Table headers that make the rows fields: a table of parameters with their defaults and meaning.
 * rules40 (fortieth session): `键` is `key` in Chinese (`| 键 | 含义 | 示例 |` over a ResourceQuota's `requests.cpu`, `pods`): over the 122 dev
 * sets the tables headed `key` (dev53, dev63, dev97) give 7 labels found for 2 names of no label; the one headed `键`
 * (dev120) held 10 labels, 8 of them missed (docs/miner.md "rules40", bench/shapes40.mjs `key-header`).
 */
const FIELD_HEADER = /^(参数|参数名|字段|字段名|子字段|属性|配置项|选项|键|field|fields|parameter|parameters|key|option)$/i;

/**
 * `table-role`: a table of software parts and what each does. A column whose header names a kind
 * of part (PART_HEADER: 组件, 插件, 工具, sidecar, component …) next to a column whose header asks
 * what it does (ROLE_HEADER: 作用, 做什么, 负责什么, purpose …): each row's name in the first is
 * explained by the second. Not tables of values or types (`| type | 含义 |`), fields
 * (FIELD_HEADER) or phases: their rows are values, which the conventions leave to other rules.
 */
export const PART_HEADER = /^(?:组件|插件|工具|控制器|边车|边车容器|sidecar|sidecars|命令|程序|守护进程|项目|component|components|plugin|plugins|tool|tools|controller|controllers|command|commands)$/i;
export const ROLE_HEADER = /(?:做什么|干什么|干啥|(?:改|管|负责|处理)(?:的是)?什么|作用|用途|职责|功能|负责|description|purpose|role|what it does)/i;
/** A cell that can name a part: a Latin name (a code span's value) of up to three words. */
const PART_NAME = /^[A-Za-z][\w.\-/]*(?: [A-Za-z][\w.\-/]*){0,2}$/;

function roleTableCandidates(f: Finder, t: Table): boolean {
  const header = t.children[0];
  if (!header) return false;
  const heads = header.children.map((c) => toString(c).trim());
  const nameCol = heads.findIndex((h) => PART_HEADER.test(h));
  if (nameCol < 0 || !heads.some((h, k) => k !== nameCol && ROLE_HEADER.test(h))) return false;
  const taken = new Set<TableRow>();
  for (const row of t.children.slice(1)) {
    const label = toString(row.children[nameCol] ?? { type: 'text', value: '' }).trim().replace(/^`|`$/g, '');
    if (!PART_NAME.test(label)) continue;
    taken.add(row);
    push(f, { rule: 'table-role', label, form: 'table', at: startOf(row, f.file), blocks: [t], endLine: t.position?.end.line ?? 0, newTerm: true });
  }
  // (rules34: `| 命令 | 作用 |` over `kubectl cordon <node>`, a command's form no part's name takes)
  namedFirstCellRows(f, t, taken, 'table-command-row', commandRowName);
  return true;
}

/**
 * The rows of a table whose first cell names a thing of one sort by its spelling alone, under any header, explained in
 * another cell (`nameOf`: the first cell's text, the other cells' texts and the explaining test → the name, or
 * undefined): each a new term of the note under `rule`; not a row another table rule took (`taken`, which these join)
 * or a bold first cell (`table-bold-cell`'s). rules33 `table-reason-row` (table-shapes.ts reasonRowName: `|
 * ImagePullBackOff | Waiting | 拉镜像多次失败后进入退避 |`) and rules34 `table-command-row` (commandRowName: `|
 * \`kubectl get\` | 列出一类资源的概要信息 |`, `| kubectl cordon <node> | 标记不可调度 |`, a command's name alone or before
 * placeholders).
 */
type FirstCellName = (cell: string, others: readonly string[], explains: (text: string) => boolean) => string | undefined;
function namedFirstCellRows(f: Finder, t: Table, taken: Set<TableRow>, rule: string, nameOf: FirstCellName): void {
  for (const row of t.children.slice(1)) {
    const [cell, ...others] = row.children;
    if (!cell || taken.has(row) || cell.children.some((k) => k.type === 'strong')) continue;
    const label = nameOf(toString(cell), others.map((c) => toString(c)), (text) => EXPLAINING_CELL.test(text));
    if (label === undefined) continue;
    taken.add(row);
    push(f, { rule, label, form: 'table', at: startOf(row, f.file), blocks: [t], endLine: t.position?.end.line ?? 0, newTerm: true });
  }
}

/**
 * `kind-table`: a table whose first column's header says its rows are custom resource kinds
 * (`| CRD | 一句话 | 关键字段 |`, `| 自定义资源 | 作用 |`, `| Kind | … |`): each row's first cell
 * spelt as a kind (`Backup`, `BackupStorageLocation（BSL）`) is a kind that the other cells explain,
 * whether or not the note shows an example of it; a short name in parentheses is its alias.
 */
export const KIND_HEADER = /^(?:CRDs?|CRs?|自定义资源|自定义资源类型|custom resources?|kinds?|资源类型|CRD 名称|CRD 类型)$/i;
const KIND_CELL = /^([A-Z][A-Za-z0-9]*[a-z][A-Za-z0-9]*)\s*(?:[（(]\s*([A-Za-z][A-Za-z0-9]*)\s*[）)])?$/u;

/**
 * rules26: a first column headed only by `对象` or `资源` holds kinds when every row's first cell is
 * spelt as one (`| GlobalNetworkSet | 集群 | 同上，全局版 |`, `| Kustomization | … |`); a column
 * that also holds phrases (`| 普通 Service |`, `| STS 的 Pod |`) or resources (`| CPU |`, `| 内存 |`)
 * lists something else. Unlike `kind-table`'s headers, the table's other columns are still read by
 * the other table rules (`| 对象 | 状态 | 含义 |` holds states).
 */
export const OBJECT_HEADER = /^(?:对象|资源|API\s*对象|资源对象)$/u;

export function kindColumnCells(cells: readonly string[]): string[] {
  const kindLike = (cell: string): boolean => {
    const paren = /^(.*?)\s*[（(][^（）()]*[）)]\s*$/u.exec(cell);
    return KIND_CELL.test(cell) || kindNamed(cell) !== undefined || (paren !== null && KIND_CELL.test(paren[1]!));
  };
  if (cells.length === 0 || !cells.every(kindLike)) return [];
  return cells.filter((cell) => KIND_CELL.test(cell));
}

function objectTableCandidates(f: Finder, t: Table): Set<TableRow> {
  const took = new Set<TableRow>();
  const header = t.children[0];
  if (!header || header.children.length < 2 || !OBJECT_HEADER.test(headerWord(toString(header.children[0]!)))) return took;
  const rows = t.children.slice(1).filter((row) => row.children.slice(1).some((cell) => toString(cell).trim() !== ''));
  const cellOf = (row: TableRow) => toString(row.children[0] ?? { type: 'text', value: '' }).trim().replace(/^`|`$/g, '');
  const kinds = new Set(kindColumnCells(rows.map(cellOf)));
  for (const row of rows) {
    const cell = cellOf(row);
    if (!kinds.has(cell)) continue;
    const m = KIND_CELL.exec(cell)!;
    took.add(row);
    push(f, { rule: 'kind-table', label: m[1]!, form: 'table', at: startOf(row, f.file), blocks: [t], endLine: t.position?.end.line ?? 0, newTerm: false, ...(m[2] ? { aliases: [m[2]] } : {}), ...(kindNamed(m[1]!) === undefined ? { customKind: true } : {}) });
  }
  return took;
}

function kindTableCandidates(f: Finder, t: Table): boolean {
  const header = t.children[0];
  if (!header || header.children.length < 2 || !KIND_HEADER.test(toString(header.children[0]!).trim())) return false;
  for (const row of t.children.slice(1)) {
    const m = KIND_CELL.exec(toString(row.children[0] ?? { type: 'text', value: '' }).trim().replace(/^`|`$/g, ''));
    // (another cell must say something about it)
    if (!m || row.children.slice(1).every((cell) => toString(cell).trim() === '')) continue;
    const name = m[1]!;
    push(f, { rule: 'kind-table', label: name, form: 'table', at: startOf(row, f.file), blocks: [t], endLine: t.position?.end.line ?? 0, newTerm: false, ...(m[2] ? { aliases: [m[2]] } : {}), ...(kindNamed(name) === undefined ? { customKind: true } : {}) });
  }
  return true;
}

/**
 * `table-bold-cell` (rules9): a row whose first cell is a name set in bold, alone or with a short
 * remark in parentheses (`| **Parallel** | 同时创建… |`, `| **OrderedReady**（默认） | … |`), and
 * another cell that says something: the writer sets the name off as a bold label opening its
 * definition, one row per name. A plain first cell is not read (the labels of the sets disagree on
 * tables of values, docs/miner.md rules6); nor a table of phases, whose rows are states.
 */
function boldFirstCell(row: TableRow): string | undefined {
  const [cell, ...others] = row.children;
  if (!cell || others.every((c) => toString(c).trim() === '')) return undefined;
  const kids = cell.children.filter((k) => !(k.type === 'text' && k.value.trim() === ''));
  if (kids[0]?.type !== 'strong' || kids.length > 2) return undefined;
  if (kids[1] && !(kids[1].type === 'text' && /^\s*[（(][^（）()]{1,10}[）)]\s*$/u.test(kids[1].value))) return undefined;
  const name = stripColon(toString(kids[0]).trim());
  return name === '' ? undefined : name;
}

/**
 * `table-named-row` (rules14): a table whose first column's header names a sort of named thing
 * that is more than a field's value — a condition type, a variable of an expression language, an
 * annotation key, a call of a plugin's interface, a provider of a configuration, a QoS class
 * (NAMED_ROW_HEADERS) — and each row whose first cell is one such name (plain or code, one token)
 * and whose other cells explain it in words (EXPLAINING_CELL): the writer lists the names of that
 * sort with what each is, one row per name, as a list of bold definitions would. Headers of a
 * field's values (`值`, `取值`, `type`, `模式`, `effect`, `action`, `级别`, `exitCode`, `写法`) are
 * not among them: the label conventions leave a value only listed as a field's option unlabelled,
 * and the sets label such tables one way in one chapter and the other way in the next (rules6,
 * rules9, rules14).
 */
export const NAMED_ROW_HEADERS: readonly { sort: string; header: RegExp; bare?: boolean; kindName?: boolean; cell?: RegExp; qualified?: boolean }[] = [
  // rules31 (`qualified`): also after a word naming what has the conditions (`| 节点状况 | 为 True 的意思 |`, `| 节点
  // condition | … |`): all 95 dev sets, 8 rows in 2 sets, every one a label and missed; the one other sort so
  // qualified, `| ingress-nginx 注解 |`, 0 labels / 5 not, so only condition types take a qualifier
  { sort: 'condition type', header: /^(?:conditions?|condition\s*types?|条件类型|状况|状况类型|condition\s*类型)$/i, qualified: true },
  { sort: 'variable', header: /^(?:变量|变量名|内置变量|可用变量|variables?)$/i },
  { sort: 'annotation', header: /^(?:注解|注解名|注解键|annotations?|annotation\s*keys?)$/i },
  { sort: 'call of an interface', header: /^(?:RPCs?|gRPC|gRPC\s*方法|RPC\s*方法|接口方法|API\s*调用)$/i },
  { sort: 'provider', header: /^(?:providers?|provider\s*类型|加密提供者|提供者|提供程序)$/i },
  { sort: 'QoS class', header: /^(?:QoS|QoS\s*(?:等级|类|类别|级别)|QoS\s*class(?:es)?)$/i },
  // rules26: the garbage collector's own finalizers, written without a domain (`foregroundDeletion`,
  // `orphan`); a domain/name one (`kubernetes.io/pv-protection`, `example.com/cleanup`) is a
  // controller's key, which the sets label in one chapter and not in the next (docs/miner.md, rules26)
  { sort: 'finalizer', header: /^(?:finalizers?|finalizer\s*名(?:字|称)?)$/i, bare: true },
  // tables7: a tool's settings (`| 设置 | 默认 | 说明 |` over Longhorn's `replica-soft-anti-affinity`), setting-tables.ts
  { sort: 'setting', header: SETTING_HEADER },
  // rules26 (twenty-sixth session): a column headed by a Kubernetes kind's name alone (`| ClusterRole | 说明 |` over `cluster-admin`,
  // `edit`; `| Service | 作用 |` over an operator's `cluster1-haproxy`) lists objects of that kind by their
  // names, each with what it is. (`kindName`: the header is a kind as the API spells it, kindNamed; the kinds
  // of a CRD table, `| CRD | … |`, are kind-table's. `cell`: a row is read only when spelt as an object's name
  // is, lower-case DNS labels — not a field's value, `ClusterIP`, nor a kind.) All dev sets, before it was
  // built: 8 such rows in 2 sets, every one labelled and missed, no unlabelled row (docs/miner.md "rules26
  // (twenty-sixth session)").
  { sort: 'object of a kind', header: /^[A-Z][A-Za-z0-9]*$/, kindName: true, cell: /^[a-z0-9](?:[a-z0-9.-]*[a-z0-9])?$/ },
];

/** The sort of named thing a table's first header cell announces (NAMED_ROW_HEADERS), or undefined. */
export function namedRowSort(first: string): (typeof NAMED_ROW_HEADERS)[number] | undefined {
  const tails = qualifiedTails(first);
  return NAMED_ROW_HEADERS.find((h) => (h.header.test(first) || (h.qualified === true && tails.some((tail) => h.header.test(tail)))) && (h.kindName !== true || (kindNamed(first) === first && !KIND_HEADER.test(first))));
}

/**
 * rules31: what a header may say after one word naming whose the rows are (`节点状况`, `节点 condition`, `Pod
 * conditions`): the rest after one to four Chinese characters, or after a Latin word and a space.
 */
function qualifiedTails(first: string): string[] {
  const latin = /^[A-Za-z][A-Za-z0-9-]*\s+(\S.*)$/u.exec(first);
  if (latin) return [latin[1]!];
  const han = /^[\u4e00-\u9fff]+/u.exec(first)?.[0] ?? '';
  const tails: string[] = [];
  for (let k = 1; k <= Math.min(4, han.length); k++) {
    const tail = first.slice(k).trim();
    if (tail !== '') tails.push(tail);
  }
  return tails;
}

/** rules26: the fields a table cell joins with a slash (`max / min`, `` `minAllowed` / `maxAllowed` ``), two or three; else none. */
/**
 * rules40 (fortieth session): a cell that is one code span names one thing, slash and all (`` `count/secrets` ``, a ResourceQuota key:
 * not the two fields `count` and `secrets`); fieldsJoinedInCell reads the cells that join names (`` `max` / `min` ``,
 * `minAllowed / maxAllowed`).
 */
export function oneCodeSpan(cell: TableCell | undefined): boolean {
  return cell !== undefined && cell.children.length === 1 && cell.children[0]!.type === 'inlineCode';
}

export function fieldsJoinedInCell(cell: string): string[] {
  const parts = cell.replace(/`/g, '').split(/\s*[/／]\s*/u).map((x) => x.trim());
  return parts.length >= 2 && parts.length <= 3 && parts.every((x) => /^[A-Za-z][A-Za-z0-9]*$/.test(x)) ? parts : [];
}

/** A header with a remark in parentheses (`字段（都在 \`spec.limited\` 下）`): the header without it. */
function headerWord(cell: string): string {
  return cell.normalize('NFKC').replace(/\s*[(（][^()（）]*[)）]\s*$/u, '').trim();
}

/** A cell that explains in words: Chinese text of two characters or more (`兜底`, `新对象（DELETE 时为 null）`), not a bare value (`-997`, `32 字节` counts). */
const EXPLAINING_CELL = /[\u4e00-\u9fff]{2,}/u;
/** A first cell that is one name: a Latin token, in a code span or not (`Ready`, `oldObject`, `example.com/key`). */
const NAMED_ROW_CELL = /^[A-Za-z][\w.\-/]*[A-Za-z0-9]$/;

/** A row's first cell, plain or one code span, spelt as `spelling` (item-shapes.ts CODE_NAME_SPELLINGS), when another cell explains it in words. */
export function speltFirstCell(row: TableRow, spelling: string): string | undefined {
  const [cell, ...others] = row.children;
  if (!cell || cell.children.some((k) => k.type === 'strong')) return undefined;
  const label = toString(cell).trim().replace(/^`|`$/g, '').trim();
  if (codeNameSpelling(label) !== spelling) return undefined;
  return others.some((c) => EXPLAINING_CELL.test(toString(c))) ? label : undefined;
}

/** rules25b: a row's first cell spelt with underscores lower-case first (`snake`), when another cell explains it in words. */
export function snakeFirstCell(row: TableRow): string | undefined {
  return speltFirstCell(row, 'snake');
}

/**
 * rules27: `table-key-row` — the rows of a table that sets keys out one by one under a first header
 * that does not say they are keys (`| 概念 | 说明 |` over `sideEffects`, `| 探针 | 什么时候跑 |` over
 * `startupProbe`, `| 扩展点 | 周期 | 干什么 |` over `preFilter`, `| peer 写法 | 含义 |` over
 * `podSelector`): a first cell spelt camelCase (CODE_NAME_SPELLINGS `camel`, plain or code) that
 * another cell explains in words is a key the writer explains, as a row of a table of fields is
 * (`field-table`, which reads the tables whose header says so, FIELD_HEADER: not read again here).
 * Read only in a table no other table rule took (roles, kinds, named rows, members of a sort,
 * fields). A key nothing places is a term of the note when spelt camelCase (unplaced-keys.ts).
 * All 83 dev sets, before it was built: rows under such headers 42 found / 31 missed / 5 no label's
 * (`queryParams`, `persistentVolumeClaim`, `dataVolume`, `emptyDisk`, `mTLS`), the missed in 11 tables
 * of 8 sets (docs/miner.md "rules27").
 */
export const KEY_ROW_SPELLINGS: readonly { spelling: string; example: string; lookAlike: string }[] = [
  { spelling: 'camel', example: 'sideEffects', lookAlike: 'RollingUpdate' },
];

/**
 * First headers over which a camelCase row is no key the note explains (each with why; the unit tests
 * run the examples): a column of a thing's types lists values (`| 卷类型 | … |` over `emptyDir`,
 * `persistentVolumeClaim`), which the label conventions leave to the tables of values (rules6, rules14);
 * a column of criteria of a comparison (`| 维度 | Sidecar | Ambient |` over `mTLS`) names what is
 * compared, not a name the note explains (rules42).
 */
export const KEY_ROW_NOT_UNDER: readonly { why: string; header: RegExp; example: string }[] = [
  { why: 'types of a thing: values', header: /(?:类型|\btypes?)$/iu, example: 'volume 类型' },
  { why: 'criteria of a comparison', header: /^(?:维度|对比项|对比维度|对比|比较项)$/u, example: '对比项' },
];

/** Whether a table's first header lets its camelCase rows be keys (KEY_ROW_NOT_UNDER). */
export function keyRowHeader(first: string): boolean {
  return !FIELD_HEADER.test(first) && !KEY_ROW_NOT_UNDER.some((h) => h.header.test(first));
}

/** The key a row names by its spelling (KEY_ROW_SPELLINGS), when another cell explains it; else undefined. */
export function keyRowName(row: TableRow): string | undefined {
  for (const { spelling } of KEY_ROW_SPELLINGS) {
    const label = speltFirstCell(row, spelling);
    if (label !== undefined) return label;
  }
  return undefined;
}

function keyRowCandidates(f: Finder, t: Table, skip: ReadonlySet<TableRow>): void {
  if (!keyRowHeader(headerWord(toString(t.children[0]!.children[0] ?? { type: 'text', value: '' })))) return;
  for (const row of t.children.slice(1)) {
    if (skip.has(row)) continue;
    const label = keyRowName(row);
    if (label === undefined) continue;
    push(f, { rule: 'table-key-row', label, form: 'table', at: startOf(row, f.file), blocks: [t], endLine: t.position?.end.line ?? 0, newTerm: false, expect: 'field' });
  }
}

function namedRowCandidates(f: Finder, t: Table): boolean {
  const header = t.children[0];
  if (!header || header.children.length < 2) return false;
  const first = headerWord(toString(header.children[0]!));
  const sort = namedRowSort(first);
  if (sort === undefined) return false;
  const headers = header.children.map((c) => headerWord(toString(c)));
  for (const row of t.children.slice(1)) {
    const cell = row.children[0];
    if (!cell || cell.children.some((k) => k.type === 'strong')) continue;
    const label = toString(cell).trim().replace(/^`|`$/g, '');
    // rules50: one of the writer's objects with its settings (table-shapes.ts OBJECTS_WITH_SETTINGS)
    if (objectWithSettings(headers, label, isFieldName)) continue;
    if (!NAMED_ROW_CELL.test(label) || (sort.bare === true && label.includes('/')) || (sort.cell !== undefined && !sort.cell.test(label)) || !row.children.slice(1).some((c) => EXPLAINING_CELL.test(toString(c)))) continue;
    push(f, { rule: 'table-named-row', label, form: 'table', at: startOf(row, f.file), blocks: [t], endLine: t.position?.end.line ?? 0, newTerm: true });
  }
  return true;
}

/** A header spelt as an API field's name (`value`, `reclaimPolicy`): rules50's objects with settings. */
const isFieldName = (header: string): boolean => fieldsNamed(header).length > 0;

/**
 * `table-sort-row` (rules42, table-shapes.ts namesOfASort): a table explaining the members of one
 * sort of named thing (`| 接口 | 作用 |`, `| 操作 | 含义 |`, `| 区域 | 说明 |`): each row whose first cell
 * is spelt as a Latin name and whose other cells say something in words defines that name.
 */
function sortRowCandidates(f: Finder, t: Table, skip: ReadonlySet<TableRow>): boolean {
  const headers = t.children[0]!.children.map((c) => headerWord(toString(c)));
  if (!namesOfASort(headers)) return false;
  for (const row of t.children.slice(1)) {
    const cell = row.children[0];
    if (!cell || skip.has(row)) continue;
    // rules50: one of the writer's objects with its settings (table-shapes.ts OBJECTS_WITH_SETTINGS)
    if (objectWithSettings(headers, toString(cell), isFieldName)) continue;
    const named = rowName(toString(cell));
    if (named === undefined || !row.children.slice(1).some((c) => EXPLAINING_CELL.test(toString(c)))) continue;
    push(f, { rule: 'table-sort-row', label: named.name, form: 'table', at: startOf(row, f.file), blocks: [t], endLine: t.position?.end.line ?? 0, newTerm: true, ...(named.aliases.length > 0 ? { aliases: named.aliases } : {}) });
  }
  return true;
}

/** A table row's first cell as a name: spelt as a Latin name (sortRowName), or glossed (tables28 glossedCellName: the Latin name, the Chinese one its alias). */
function rowName(cell: string): { name: string; aliases: string[] } | undefined {
  const name = sortRowName(cell, everydayEnglish);
  return name !== undefined ? { name, aliases: [] } : glossedCellName(cell, everydayEnglish);
}

/**
 * `table-concept-row` (tables28, table-shapes.ts quickReference): a quick-reference table of the note's
 * concepts, parts, measures or resources (`| 概念 | 一句话解释 |`, `| 组件 | 说明 |`, `| 指标 | 含义 |`):
 * each row whose first cell is a Latin name or a gloss and whose other cells say something in words is a
 * concept of the note; a camelCase row is a key (rules27 `table-key-row`, a field where the context
 * places it); a row another rule took (a bold name, a kind under `资源`) is that rule's.
 */
function quickReferenceCandidates(f: Finder, t: Table, skip: ReadonlySet<TableRow>): boolean {
  if (quickReference(t.children[0]!.children.map((c) => headerWord(toString(c)))) === undefined) return false;
  for (const row of t.children.slice(1)) {
    const cell = row.children[0];
    if (!cell || skip.has(row) || !row.children.slice(1).some((c) => EXPLAINING_CELL.test(toString(c)))) continue;
    const key = keyRowName(row);
    if (key !== undefined) {
      push(f, { rule: 'table-key-row', label: key, form: 'table', at: startOf(row, f.file), blocks: [t], endLine: t.position?.end.line ?? 0, newTerm: false, expect: 'field' });
      continue;
    }
    if (cell.children.some((k) => k.type === 'strong')) continue;
    const named = rowName(toString(cell));
    if (named === undefined) continue;
    push(f, { rule: 'table-concept-row', label: named.name, form: 'table', at: startOf(row, f.file), blocks: [t], endLine: t.position?.end.line ?? 0, newTerm: true, ...(named.aliases.length > 0 ? { aliases: named.aliases } : {}) });
  }
  return true;
}

/**
 * `table-compared-column` (tables28, table-shapes.ts comparedColumns): a comparison table with one
 * compared thing per column (`| 维度 | Cluster Autoscaler | Karpenter |`) under a heading, or in a
 * chapter, whose title names it (`## Helm vs Kustomize`, `# Kong vs APISIX`): the writer says what the
 * section compares, and each column's name, when the rows below explain it in words and it is no API
 * kind (the kinds' own rules read those), is a concept of the note. All 83 dev sets, before it was
 * built: such columns the title names 47 labels (13 missed) / 1 not; columns it does not name 41 / 10
 * (clouds, runtimes, alternatives only compared) — measured without the title's condition: +8 labels,
 * +8 false positives, +7 duplicates (docs/miner.md "tables28").
 */
function comparedColumnCandidates(f: Finder, t: Table): void {
  const header = t.children[0]!;
  const columns = comparedColumns(header.children.map((c) => toString(c)), everydayEnglish);
  if (columns.length === 0) return;
  const titles: string[] = [f.file.replace(/^.*[\\/]/u, '').replace(/\.md$/u, '')];
  for (let s: Section | undefined = f.section; s !== undefined; s = s.parent) titles.push(s.title);
  const named = normKey(titles.join(' '));
  for (const { col, name } of columns) {
    if (kindNamed(name) !== undefined || !named.includes(normKey(name))) continue;
    if (!t.children.slice(1).some((row) => EXPLAINING_CELL.test(toString(row.children[col] ?? { type: 'text', value: '' })))) continue;
    push(f, { rule: 'table-compared-column', label: name, form: 'table', at: startOf(header.children[col]!, f.file), blocks: [t], endLine: t.position?.end.line ?? 0, newTerm: true });
  }
}

/** rules30 (table-shapes.ts): each row of a table of abbreviations names what it spells out (`| RWO | ReadWriteOnce | … |`). */
function abbreviationTableCandidates(f: Finder, t: Table): void {
  const headers = t.children[0]!.children.map((c) => headerWord(toString(c)));
  const cols = abbreviationColumns(headers);
  const cellText = (row: TableRow, k: number | undefined): string | undefined => (k === undefined ? undefined : toString(row.children[k] ?? { type: 'text', value: '' }));
  // rules38: a glossary, each Latin name of the first column with its Chinese name (`| 策略 | 中文 | 行为 |`)
  const glossary = cols === undefined ? glossaryColumns(headers) : undefined;
  if (glossary !== undefined) {
    for (const row of t.children.slice(1)) {
      const named = glossedRowName(cellText(row, glossary.name)!, cellText(row, glossary.chinese)!);
      if (named === undefined || kindNamed(named.name) !== undefined) continue;
      push(f, { rule: 'glossary-table', label: named.name, form: 'table', at: startOf(row, f.file), blocks: [t], endLine: t.position?.end.line ?? 0, newTerm: true, aliases: named.aliases });
    }
  }
  // rules39: the same glossary with the Chinese names first, each row's English name in a column of its own
  // (`| 术语 | 英文 / 缩写 | 一句话解释 |` over `| 边车 | sidecar | … |`)
  const english = cols === undefined && glossary === undefined ? englishColumns(headers) : undefined;
  if (english !== undefined) {
    for (const row of t.children.slice(1)) {
      const named = englishRowName(cellText(row, english.chinese) ?? '', cellText(row, english.english) ?? '');
      if (named === undefined || kindNamed(named.name) !== undefined) continue;
      push(f, { rule: 'english-glossary-table', label: named.name, form: 'table', at: startOf(row, f.file), blocks: [t], endLine: t.position?.end.line ?? 0, newTerm: true, aliases: named.aliases });
    }
  }
  if (cols === undefined) return;
  for (const row of t.children.slice(1)) {
    const named = abbreviatedName(cellText(row, cols.name)!, cellText(row, cols.abbreviation)!, cellText(row, cols.chinese));
    // (a kind spelt out is a summary of kinds, `| 控制器 | 简称 |`: kinds are defined by their own rules;
    // prec34: so is a kind spelt as kubectl's resource type, `| deployments | deploy |`, `| pods | po |`)
    if (named === undefined || kindNamed(named.name) !== undefined || kindOfResourceType(named.name) !== undefined) continue;
    push(f, { rule: 'abbreviation-table', label: named.name, form: 'table', at: startOf(row, f.file), blocks: [t], endLine: t.position?.end.line ?? 0, newTerm: true, aliases: named.aliases });
  }
}

/**
 * rules31: a first header that joins two or three header words by a slash or an enumeration comma
 * (`| 概念 / 字段 | 一句话 |`, `| 字段 / 参数 | 含义 |`, `| 对象 / 概念 | 作用 |`): the writer says the rows are
 * of either sort, so the table is read once under each side, by the rules that read that header word.
 * Read only when every side is a header word some table rule reads (JOINED_HEADER_WORDS: each with an
 * example the unit tests run): `| 动词 / 资源 |` (verbs) and `| 状态 / 现象 |` (a symptom) stay unread.
 * All 95 dev sets, before it was built (docs/miner.md "rules31"): 3 such tables in 3 sets, 20 rows, every one
 * a label, 17 missed; the tables whose sides are not all header words: 4 labels / 7 not.
 */
export const JOINED_HEADER_WORDS: readonly { name: string; test: (side: string) => boolean; example: string }[] = [
  { name: 'fields (FIELD_HEADER)', test: (h) => FIELD_HEADER.test(h), example: '字段' },
  { name: 'concepts, parts, measures (QUICK_REFERENCE_HEADERS)', test: (h) => quickReference([h, '说明']) !== undefined, example: '概念' },
  { name: 'objects (OBJECT_HEADER)', test: (h) => OBJECT_HEADER.test(h), example: '对象' },
  { name: 'kinds (KIND_HEADER)', test: (h) => KIND_HEADER.test(h), example: 'CRD' },
  { name: 'parts (PART_HEADER)', test: (h) => PART_HEADER.test(h), example: '组件' },
  { name: 'members of a sort (NAME_SORT_HEADER)', test: (h) => namesOfASort([h, '说明']), example: '术语' },
  { name: 'named rows (NAMED_ROW_HEADERS)', test: (h) => namedRowSort(h) !== undefined, example: 'condition' },
];

/** The sides of a first header joining two or three header words (JOINED_HEADER_WORDS), in order; else none. */
export function joinedHeaderSides(first: string): string[] {
  const sides = first.split(/\s*[/／、]\s*/u).map((x) => x.trim());
  if (sides.length < 2 || sides.length > 3) return [];
  return sides.every((side) => side !== '' && JOINED_HEADER_WORDS.some((w) => w.test(side))) ? sides : [];
}

/**
 * table37 `table-field-column` (table-shapes.ts fieldColumn): a column other than the first headed as fields
 * (`| 探针 | 字段 | 失败了会怎样 |`) gives each row's field, which the row's other cells explain in words; the first
 * cell, a short Chinese name under a header that is no need (`存活探针`), is its alias. All 110 dev sets, before it
 * was built (bench/table-cells37.mjs): such cells 26 labels found / 12 missed / 0 of no label.
 */
function fieldColumnCandidates(f: Finder, t: Table): void {
  const header = t.children[0]!;
  const col = fieldColumn(header.children.map((c) => toString(c)));
  if (col === undefined) return;
  const first = toString(header.children[0] ?? { type: 'text', value: '' });
  for (const row of t.children.slice(1)) {
    const label = fieldColumnName(toString(row.children[col] ?? { type: 'text', value: '' }));
    if (label === undefined || !row.children.some((c, k) => k !== col && EXPLAINING_CELL.test(toString(c)))) continue;
    const alias = fieldColumnAlias(first, toString(row.children[0] ?? { type: 'text', value: '' }));
    push(f, { rule: 'table-field-column', label, form: 'table', at: startOf(row.children[col]!, f.file), blocks: [t], endLine: t.position?.end.line ?? 0, newTerm: false, expect: 'field', ...(alias !== undefined ? { aliases: [alias] } : {}) });
  }
}

function tableCandidates(f: Finder, t: Table, phaseSection: boolean): void {
  if (!t.children[0]) return;
  fieldColumnCandidates(f, t);
  tableRowCandidates(f, t, phaseSection);
}

/** The table's rows read by its header (under each side of a joined header word in turn: the field column is read once, by tableCandidates). */
function tableRowCandidates(f: Finder, t: Table, phaseSection: boolean): void {
  const header = t.children[0];
  if (!header) return;
  const sides = joinedHeaderSides(headerWord(toString(header.children[0] ?? { type: 'text', value: '' })));
  if (sides.length > 0) {
    // the same rows under each side's header word (the rows, and so the candidates' places, are the table's own;
    // their block is the note's table, not the copy read under one side: a reading sent from a worker points
    // only to the note's own nodes)
    for (const side of sides) {
      const cell = { ...header.children[0]!, children: [{ type: 'text' as const, value: side }] };
      const read: Table = { ...t, children: [{ ...header, children: [cell, ...header.children.slice(1)] }, ...t.children.slice(1)] };
      const from = f.out.length;
      tableRowCandidates(f, read, phaseSection);
      for (let k = from; k < f.out.length; k++) {
        const c = f.out[k]!;
        if (c.blocks.includes(read)) f.out[k] = { ...c, blocks: c.blocks.map((b) => (b === read ? t : b)) };
      }
    }
    return;
  }
  if (roleTableCandidates(f, t)) return;
  if (kindTableCandidates(f, t)) return;
  const objects = objectTableCandidates(f, t);
  abbreviationTableCandidates(f, t);
  comparedColumnCandidates(f, t);
  const first = headerWord(toString(header.children[0] ?? { type: 'text', value: '' }));
  const phases = PHASE_HEADER.test(first) || phaseSection;
  const bolds = new Set<TableRow>();
  for (const row of t.children.slice(1)) {
    const label = boldFirstCell(row);
    // (in a table of phases, a bold state value is the phase-table's: `| **Bound** | … |`)
    if (label === undefined || (phases && statesNamed(label).length > 0)) continue;
    bolds.add(row);
    push(f, { rule: 'table-bold-cell', label, form: 'table', at: startOf(row, f.file), blocks: [t], endLine: t.position?.end.line ?? 0, newTerm: true });
  }
  // rules25b: `| \`container_memory_rss\` | 匿名内存 + swap cache |`, `| full_ratio | 0.95 | 集群拒绝写入 |`:
  // a row whose first cell is spelt as a name of its own by underscores, lower-case first (item-shapes.ts
  // CODE_NAME_SPELLINGS `snake`: a metric, a tool's setting), under any header, and whose other cells
  // explain it in words. (Not `upper-snake`: a table of capabilities or variables lists them as a
  // catalogue, labelled one row in two: +2 labels / +2 false positives when measured, docs/miner.md "rules25b")
  for (const row of t.children.slice(1)) {
    const label = snakeFirstCell(row);
    if (label === undefined || bolds.has(row)) continue;
    bolds.add(row);
    push(f, { rule: 'table-snake-row', label, form: 'table', at: startOf(row, f.file), blocks: [t], endLine: t.position?.end.line ?? 0, newTerm: true });
  }
  // rules33: `| ImagePullBackOff | Waiting | 拉镜像多次失败后进入退避 |` — a row whose first cell is a reason a
  // container's state gives (table-shapes.ts CONTAINER_REASONS), under any header, explained in another cell
  namedFirstCellRows(f, t, bolds, 'table-reason-row', reasonRowName);
  // rules34: `| \`kubectl get\` | 列出一类资源的概要信息 | … |` — a row whose first cell is a command's name, alone or
  // before placeholders (table-shapes.ts commandRowName), under any header, explained in another cell
  namedFirstCellRows(f, t, bolds, 'table-command-row', commandRowName);
  if (namedRowCandidates(f, t)) return;
  if (sortRowCandidates(f, t, bolds)) return;
  if (quickReferenceCandidates(f, t, new Set([...bolds, ...objects]))) return;
  if (FIELD_HEADER.test(first)) {
    for (const row of t.children.slice(1)) {
      if (bolds.has(row)) continue;
      const label = toString(row.children[0] ?? { type: 'text', value: '' }).trim().replace(/^`|`$/g, '');
      const base = { rule: 'field-table', form: 'table' as const, at: startOf(row, f.file), blocks: [t], endLine: t.position?.end.line ?? 0, newTerm: false, expect: 'field' as const };
      if (/^[A-Za-z][\w.[\]]*$/.test(label)) push(f, { ...base, label });
      else if (!oneCodeSpan(row.children[0])) {
        // rules26: `| \`max\` / \`min\` | 允许的最大 / 最小值 |`, `| minAllowed / maxAllowed | … |`: a row
        // explaining two fields at once explains each of them
        const parts = fieldsJoinedInCell(label);
        for (const part of parts) push(f, { ...base, label: part, joined: parts });
      }
    }
    return;
  }
  keyRowCandidates(f, t, bolds);
  // tables7: the rows of a table of values, each explained: of the sort its values the note defines are (setting-tables.ts)
  if (valueTable(header.children.map((c) => toString(c)))) valueRowCandidates(f, t, bolds);
  // rules30: a column of states other than the first is read in a section about phases too
  // (`## 状态速查` over `| 对象 | 状态 | 含义 |`), and then the first column is the owners'
  if ((!PHASE_HEADER.test(first) && stateColumnCandidates(f, t, bolds)) || !phases) return;
  const at = startOf(t, f.file);
  // tables7: `| phase | 含义 |` — the phases of a kind, the note's own when the API has none of that name
  const phaseColumn = phaseColumnTable(header.children.map((c) => toString(c)));
  for (const row of t.children.slice(1)) {
    const cell = row.children[0];
    if (!cell || bolds.has(row)) continue;
    const label = toString(cell).trim();
    if (!/^[A-Z][A-Za-z]+$/.test(label)) continue;
    const custom = phaseColumn && phaseName(label) && row.children.slice(1).some((c) => EXPLAINING_CELL.test(toString(c)));
    push(f, { rule: 'phase-table', label, form: 'table', at: startOf(row, f.file), blocks: [t], endLine: t.position?.end.line ?? at.line, newTerm: false, expect: 'state', ...(custom ? { phaseColumn: true } : {}) });
  }
}

/** tables7: each explained row of a table of values, to be taken when the note took at least half of them (mine.ts). */
function valueRowCandidates(f: Finder, t: Table, skip: ReadonlySet<TableRow>): void {
  const rows = t.children.slice(1).map((row) => ({ row, name: valueName(toString(row.children[0] ?? { type: 'text', value: '' })) })).filter((r) => r.name !== undefined && r.row.children.slice(1).some((c) => EXPLAINING_CELL.test(toString(c))));
  if (rows.length < 3) return;
  const names = rows.map((r) => r.name!);
  for (const { row, name } of rows) {
    if (skip.has(row)) continue;
    push(f, { rule: 'value-table-row', label: name!, form: 'table', at: startOf(row, f.file), blocks: [t], endLine: t.position?.end.line ?? 0, newTerm: true, completes: { valueRows: rows.length, names } });
  }
}

/** A header of a column of states other than the first (`| 对象 | 状态 | 含义 |`): not `值`, which any column of values has. */
const STATE_COLUMN_HEADER = /^(phase|阶段|状态|status|state|pod\s*phase)$/i;

/**
 * `phase-table` in a column other than the first (rules14): `| PV | **Released** | PVC 被删了… |`
 * under `| 对象 | 状态 | 含义 |`. Each cell of the state column that is a state the API knows is that
 * state, of the kind the row's first cell names when it names one (`PV`, `PVC`); other cells of the
 * column (`1.33 beta`, `GA，默认开启`) are not read.
 */
function stateColumnCandidates(f: Finder, t: Table, skip: ReadonlySet<TableRow>): boolean {
  const header = t.children[0]!;
  const col = header.children.findIndex((c, k) => k > 0 && STATE_COLUMN_HEADER.test(headerWord(toString(c))));
  if (col < 0) return false;
  for (const row of t.children.slice(1)) {
    if (skip.has(row)) continue;
    const label = stripColon(toString(row.children[col] ?? { type: 'text', value: '' }).trim());
    if (!/^[A-Z][A-Za-z]+$/.test(label) || statesNamed(label).length === 0) continue;
    const owner = kindNamed(toString(row.children[0] ?? { type: 'text', value: '' }).trim().replace(/^`|`$/g, ''));
    push(f, { rule: 'phase-table', label, form: 'table', at: startOf(row, f.file), blocks: [t], endLine: t.position?.end.line ?? 0, newTerm: false, expect: 'state', ...(owner ? { owner } : {}) });
  }
  return true;
}

/**
 * What a list enumerates, from the words that introduce it (the end of the paragraph before it,
 * or the heading of a section it opens):
 *   `ways`        means or steps: `两种方式：`, `分两步：`, `四种方式` — each item is a way to do
 *                 something, not a concept of its own (`**环境变量**：…`, `- \`exec\`：…`);
 *   `attributes`  a generic facet: `特点：`, `优点：`, `原因：` — each item is a property of the
 *                 thing just named (`**有过期时间**：…`), not a concept.
 */
export type ListRole = 'ways' | 'attributes';

const WAYS = /(方式|方法|办法|途径|手段|做法|步骤|几步|[一二两三四五六七八九十\d]\s*步走?)\s*$|[一二两三四五六七八九十几\d]\s*[种个类]\s*(方式|方法|办法|途径|做法)/u;

export function listRole(leadIn: string): ListRole | undefined {
  const text = leadIn.normalize('NFKC').trim();
  if (!/[:：]$/.test(text) && !/^#/.test(text)) return undefined;
  const clause = (stripColon(text.replace(/^#+\s*/, '')).split(/[，。；,;！？!?:：]/).pop() ?? '').trim();
  if (clause === '') return undefined;
  if (WAYS.test(clause)) return 'ways';
  // `特点：`, `这类卷的优点：`
  const genitive = /^(.*)的([^的]+)$/u.exec(clause);
  const head = genitive?.[2] ?? clause;
  // `逐个字段的理解：`, `几个参数的含义：`: a generic word of several named things of one sort; each
  // item names one of them and explains it (rules12), unlike `这个字段的特点：`
  if (genitive && EACH_OF_A_SORT.test(genitive[1]!.trim())) return undefined;
  // rules18: `答：` / `A：` opens the answer of a Q&A, not a list of a thing's attributes: the items
  // are read as any list's (`答：\n- **instances**：实例总数…`)
  if (ANSWER_MARKER.test(clause)) return undefined;
  // rules23: `字段速查：`, `参数一览：`: a reference rubric over a sort of named things lists them
  // one by one (`- **uid**：…`), like `各个字段的含义：`; `升级前的检查清单：` stays a list of checks
  if (SORT_REFERENCE.test(clause)) return undefined;
  if (isGenericLabel(clause) || isGenericLabel(head)) return 'attributes';
  return undefined;
}


/**
 * Several named things of one sort, taken one by one (`逐个字段`, `各个参数`, `这几个注解`, `常用命令`):
 * a list introduced by a generic word of them (`…的理解：`, `…的含义：`) explains each item's name.
 * rules22: so does a counted sort of named values (`三种动作的定义：`, `两种模式的区别：`): each item
 * is one of them (`- **Deny**：…`), unlike a facet of one thing (`这个字段的特点：`).
 */
const NAMED_SORTS = '字段|参数|配置项|选项|注解|标签|命令|子命令|插件|指标|文件|目录|环境变量';
const EACH_OF_A_SORT = new RegExp(`(?:^|[，,\\s])(?:(?:逐个|每个|各个|各|几个|这几个|这些|那些|常用的?|常见的?)\\s*(?:${NAMED_SORTS})|[一二两三四五六七八九十\\d]\\s*[种个类]\\s*(?:动作|取值|值|模式|级别|策略))$`, 'u');
/** rules23: a reference rubric over one sort of named things (`字段速查`, `参数一览`, `常用命令汇总`). */
const SORT_REFERENCE = new RegExp(`^(?:常用的?|常见的?|关键的?)?(?:${NAMED_SORTS})\\s*(?:速查|一览|清单|汇总|小抄)$`, 'u');

/**
 * `list-kinds-of`: a list introduced as the kinds of something (`删除方式一共三种：`, `分为两类：`),
 * whose items each open with a name given in two languages (a Chinese name glossed in Latin:
 * `- 后台删除（Background）是默认值…`): each item defines the kind it names. Items opening with a
 * bare Latin word (`- Orphan 把…`: a value the list gives), a plain phrase (`- 节点挂了…`) or a bold
 * or code label (their own rules) are left.
 * Not a list of cases, reasons or ways (KINDS_LEAD leaves them out; `ways` is listRole's).
 */
export const KINDS_LEAD = /(?:[一二两三四五六七八九十几]\s*(?:种|类))(?!\s*(?:情况|原因|办法|方法|问题|可能|场景|方式|做法|途径))[^，。；,;：:]{0,8}[：:]$/u;

function kindItems(f: Finder, list: RootContent): void {
  if (list.type !== 'list') return;
  for (const item of list.children) {
    const p = item.children[0];
    if (!p || p.type !== 'paragraph' || boldLabel(p) !== undefined || leadingCode(p) !== undefined) continue;
    const name = openingName(p);
    // a kind is presented as a concept by a name in two languages (`后台删除（Background）`); a bare
    // Latin word is a value the list gives (label conventions: values only listed are no concepts)
    if (!name || name.aliases.length === 0 || kindNamed(name.value) !== undefined) continue;
    const at = sourceAt(p, name.offset, f.file);
    push(f, { rule: 'list-kinds-of', label: name.value, form: name.form, at, blocks: [item as RootContent], endLine: item.position?.end.line ?? at.line, newTerm: true, aliases: name.aliases, evidence: toString(p).slice(0, 160) });
  }
}

/** recall46 `list-name-colon`: the plain names a list's items open on with a colon (alone-names.ts listNamesAlone). */
function nameItems(f: Finder, list: RootContent): void {
  if (list.type !== 'list') return;
  for (const { item, paragraph, name } of listNamesAlone(list)) {
    const offset = Math.max(0, flattenParagraph(paragraph).text.indexOf(name));
    const at = sourceAt(paragraph, offset, f.file);
    // (lead38: a gloss before the colon, `1. ReadWriteOnce（RWO）：…`, gives its other names, as a bold label's does)
    const aliases = glossNames(plainLeadGloss(paragraph));
    push(f, { rule: 'list-name-colon', label: name, form: 'text', at, blocks: [item as RootContent], endLine: item.position?.end.line ?? at.line, newTerm: true, ...(aliases.length > 0 ? { aliases } : {}) });
  }
  // rules35: `- Pending：…` beside `- Running：…`: the values of a status field set out one by one (alone-names.ts listStatesAlone)
  for (const { item, paragraph, name, field } of listStatesAlone(list)) {
    const offset = Math.max(0, flattenParagraph(paragraph).text.indexOf(name));
    const at = sourceAt(paragraph, offset, f.file);
    push(f, { rule: LIST_STATE_SHAPE.name, label: name, form: 'text', at, blocks: [item as RootContent], endLine: item.position?.end.line ?? at.line, newTerm: true, ...(field === undefined ? {} : { stateField: field }) });
  }
  // rules36: `- Completed：…` beside `- OOMKilled：…`: the reasons a container's state gives, set out one by one (alone-names.ts listReasonsAlone)
  for (const { item, paragraph, name } of listReasonsAlone(list)) {
    const offset = Math.max(0, flattenParagraph(paragraph).text.indexOf(name));
    const at = sourceAt(paragraph, offset, f.file);
    push(f, { rule: LIST_REASON_SHAPE.name, label: name, form: 'text', at, blocks: [item as RootContent], endLine: item.position?.end.line ?? at.line, newTerm: true });
  }
}

/**
 * steps27: the spellings of a key (`KEY_SPELLINGS`, data: a name, the test, an example the tests run).
 * A list under a generic lead-in (listRole `attributes`: `**解决**：`, `这段自己的理解：`) gives each item
 * as a property of what was just named, so its opening label is not read (`**有过期时间**：…`); an
 * item opening on a label spelt as a key names that key whatever the lead-in (a diary's fix
 * `**解决**：\n- **timeoutSeconds**：从 60 调回 300，它限制的是…`, fields read one by one
 * `- \`status.twins\`：…`). Counted over all dev sets (docs/miner.md "steps27"): such items under an
 * `attributes` lead-in are labels 16 times in 16 (6 of them missed for this reason, in 2 sets); the
 * items spelt otherwise (Chinese phrases, commands, `TODO`, `GPU`) stay unread.
 */
export const KEY_SPELLINGS: readonly { name: string; test: RegExp; example: string }[] = [
  // camelCase and UPPER_SNAKE are item-shapes.ts's spellings of a code name (one test for both rules)
  { name: 'camelCase', test: codeSpellingTest('camel'), example: 'responseStartTimeoutSeconds' },
  { name: 'dotted path', test: /^[a-z][A-Za-z0-9]*(?:\[\])?(?:\.[a-z][A-Za-z0-9]*(?:\[\])?)+$/, example: 'spec.properties[].visitors' },
  { name: 'UPPER_SNAKE', test: codeSpellingTest('upper-snake'), example: 'WARM_IP_TARGET' },
];

/** The label a list item opens on, bold or code, when it is spelt as a key (KEY_SPELLINGS). */
export function itemKeyLabel(item: RootContent): string | undefined {
  if (item.type !== 'listItem') return undefined;
  const p = item.children[0];
  if (!p || p.type !== 'paragraph') return undefined;
  const first = p.children[0];
  const raw = first?.type === 'inlineCode' ? first.value : first?.type === 'strong' ? toString(first) : undefined;
  if (raw === undefined) return undefined;
  const label = stripColon(raw.trim()).replace(/^`|`$/g, '');
  // the label and its colon: `**key**：…`, `` `key`：… ``, `**key：**…`
  const after = firstText(p, 1);
  if (!/[：:]\s*$/.test(raw.trim()) && !/^\s*[：:]/.test(after)) return undefined;
  return KEY_SPELLINGS.some((k) => k.test.test(label)) ? label : undefined;
}

/**
 * lead48: a list of ways or steps (listRole `ways`: `分两步：`, `常见做法：`) whose item opens on a bold Chinese name glossed
 * with its English name and a colon (`1. **过滤（Filter）**：把不满足条件的节点去掉`, `- **金丝雀发布（Canary）**：…`) names a
 * phase or a practice with a name of its own, which an expert labels; the other items of such lists (`**环境变量**：…`,
 * `- \`exec\`：…`) stay ways. Counted over all 137 dev sets (docs/miner.md "Lead (forty-eighth session)"): items of a ways
 * list opening on such a glossed bold label 4, all labels (dev39's 过滤（Filtering） / 打分（Scoring）, dev75's 金丝雀发布
 * （Canary） and its draft); a plain Chinese bold label 3 labels of 7, a Latin one 4 of 11.
 */
export const NAMED_WAY_SHAPE = {
  name: 'named-way',
  label: /^[\u4e00-\u9fff]{2,8}\s*[（(][A-Z][A-Za-z]+(?:[ -][A-Za-z]+){0,3}[）)]$/u,
  example: 'kube-scheduler 选节点分两步：\n\n1. **过滤（Filter）**：去掉不满足条件的节点。\n2. **打分（Score）**：给剩下的节点打分。',
  gives: ['过滤', '打分'],
  lookAlikes: ['注入配置有两种方式：\n\n- **环境变量**：逐个键引用。\n- **卷**：每个键一个文件。', '分两步：\n\n1. **先删 Pod（kubectl delete）**：……\n2. **再看日志**：……'],
} as const;

/** The bold glossed name an item of a ways list opens on with its colon (NAMED_WAY_SHAPE), else undefined. */
export function namedWayLabel(item: RootContent): string | undefined {
  if (item.type !== 'listItem') return undefined;
  const p = item.children[0];
  if (!p || p.type !== 'paragraph') return undefined;
  const first = p.children[0];
  if (first?.type !== 'strong') return undefined;
  const raw = toString(first).normalize('NFKC').trim();
  if (!/[：:]$/.test(raw) && !/^\s*[：:]/.test(firstText(p, 1))) return undefined;
  const label = stripColon(raw).trim();
  return NAMED_WAY_SHAPE.label.test(label) ? label : undefined;
}

/**
 * fix27: a callout titled by one field's name alone (`> [!warning] concurrencyPolicy`, `` > [!tip] `schedule` ``)
 * explains that field: a field candidate (rule `callout-title`, only a field the API or the note's YAML
 * places; never a new term). The name is spelt as a key: lowerCamel, or one lower-case word the note's
 * YAML sets (the resolver decides).
 */
export const CALLOUT_TITLE_RULE = { name: 'callout-title', key: /^[a-z][a-zA-Z0-9]{2,40}$/ } as const;

function calloutTitleField(bq: RootContent): string | undefined {
  if (bq.type !== 'blockquote') return undefined;
  const head = bq.children[0];
  if (head?.type !== 'paragraph') return undefined;
  // (a title the author did not write is the type's label, a text node carrying `data`: no name)
  if (head.children.some((c) => (c as { data?: unknown }).data !== undefined)) return undefined;
  const text = toString(head).trim().replace(/^`|`$/g, '').replace(/[:：]$/, '').trim();
  return CALLOUT_TITLE_RULE.key.test(text) ? text : undefined;
}

/**
 * fix27: a table whose first header cell is a field's name and whose rows open on values the API
 * declares for that field (`| restartPolicy | 含义 |` over `Always`, `OnFailure`, `Never`) explains the
 * field: a field candidate at the header (rule `value-table-field`), the values' home (struct26
 * `valueField`). Only a compound name (`restartPolicy`, `dnsPolicy`): `| phase | … |`, `| effect | … |`,
 * `| type | … |` over values are tables of a word the dev sets' labels do not take as the field. The rows themselves are the value tables' rules (setting-tables.ts); here only the field.
 */
export const VALUE_TABLE_FIELD_RULE = { name: 'value-table-field', minValues: 2, key: /^[a-z][a-z0-9]*[A-Z][a-zA-Z0-9]{1,40}$/ } as const;

function valueTableField(f: Finder, t: Table): void {
  const header = t.children[0];
  if (!header) return;
  const name = toString(header.children[0] ?? { type: 'text', value: '' }).trim().replace(/^`|`$/g, '');
  if (!VALUE_TABLE_FIELD_RULE.key.test(name)) return;
  const values = t.children.slice(1).map((r) => toString(r.children[0] ?? { type: 'text', value: '' }).trim().replace(/^`|`$/g, ''));
  const hits = values.filter((v) => enumFieldsOf(v).some((o) => o.name === name));
  if (hits.length < VALUE_TABLE_FIELD_RULE.minValues) return;
  const at: SourceRef = { file: f.file, line: header.position?.start.line ?? t.position?.start.line ?? 1, column: header.position?.start.column ?? 1 };
  push(f, { rule: VALUE_TABLE_FIELD_RULE.name, label: name, form: 'code', at, blocks: [t as RootContent], endLine: t.position?.end.line ?? at.line, newTerm: false, expect: 'field', evidence: `${name}: ${hits.join(', ')}` });
}

/**
 * fix31a: a list whose items open on values the API declares for one field (`` - `Exact`：… ``,
 * `` - `Prefix`：… ``, `` - `ImplementationSpecific`：… `` under `## 路径类型`), a field the note's
 * YAML sets (`pathType: Prefix`), explains that field: a field candidate at the list (rule
 * `value-list-field`; never a new term). The values themselves stay no concepts, as the labels leave
 * values that are only listed (tests/corpus/miner/README.md, "Enum values of other fields"). Counted on all
 * 89 dev sets (docs/miner.md, "fix31a"): 36 lists of three or more values of one field, the field labelled
 * in the chapter for 31; of the compound fields the note's YAML sets, every one labelled.
 * Only a compound name (VALUE_TABLE_FIELD_RULE.key), MIN_VALUES values at least and every item but one.
 */
export const VALUE_LIST_FIELD_RULE = { name: 'value-list-field', minValues: 3 } as const;

function valueListField(f: Finder, list: RootContent): void {
  if (list.type !== 'list' || f.yamlKeys === undefined || f.yamlKeys.size === 0) return;
  const opening = list.children.map((it) => {
    const p = it.children[0];
    if (p?.type !== 'paragraph') return undefined;
    const first = p.children[0];
    const text = first?.type === 'inlineCode' ? first.value : first?.type === 'strong' ? toString(first) : first?.type === 'text' ? (/^\s*([A-Za-z][A-Za-z0-9]*)\s*[:：]/.exec(first.value)?.[1] ?? '') : '';
    return text.replace(/[:：]\s*$/u, '').trim();
  });
  const count = new Map<string, Set<string>>();
  for (const v of opening) {
    if (!v) continue;
    for (const o of enumFieldsOf(v)) if (VALUE_TABLE_FIELD_RULE.key.test(o.name) && f.yamlKeys.has(o.name)) count.set(o.name, (count.get(o.name) ?? new Set()).add(v));
  }
  const best = [...count].filter(([, vs]) => vs.size >= VALUE_LIST_FIELD_RULE.minValues && vs.size >= list.children.length - 1);
  if (best.length !== 1) return;
  const [name, values] = best[0]!;
  const at: SourceRef = { file: f.file, line: list.position?.start.line ?? 1, column: list.position?.start.column ?? 1 };
  push(f, { rule: VALUE_LIST_FIELD_RULE.name, label: name, form: 'code', at, blocks: [list], endLine: list.position?.end.line ?? at.line, newTerm: false, expect: 'field', evidence: `${name}: ${[...values].join(', ')}` });
}

/** rules39: `Pending：…` then `Running：…`, one paragraph each: the values of a status field set out one by one (alone-names.ts paragraphStatesAlone). */
function paragraphStates(f: Finder, blocks: readonly RootContent[], start: number): void {
  const run: Paragraph[] = [];
  for (let k = start; k < blocks.length && blocks[k]!.type === 'paragraph'; k++) run.push(blocks[k] as Paragraph);
  for (const { paragraph, name, field } of paragraphStatesAlone(run)) {
    const offset = Math.max(0, flattenParagraph(paragraph).text.indexOf(name));
    const at = sourceAt(paragraph, offset, f.file);
    push(f, { rule: PARAGRAPH_STATE_SHAPE.name, label: name, form: 'text', at, blocks: [paragraph], endLine: paragraph.position?.end.line ?? at.line, newTerm: true, ...(field === undefined ? {} : { stateField: field }) });
  }
}

/** Walk a container's blocks (the top of a section, a list item, a quote). */
function scanBlocks(f: Finder, blocks: readonly RootContent[], phaseSection: boolean, heading?: string, noOpeners = false): void {
  for (let i = 0; i < blocks.length; i++) {
    const n = blocks[i]!;
    if (n.type === 'paragraph') {
      paragraphCandidates(f, blocks, i, noOpeners && i === 0);
      if (i === 0 || blocks[i - 1]!.type !== 'paragraph') paragraphStates(f, blocks, i);
    } else if (n.type === 'table') {
      tableCandidates(f, n, phaseSection);
      valueTableField(f, n);
    }
    else if (n.type === 'list') {
      const prev = i > 0 ? blocks[i - 1] : undefined;
      const leadIn = prev?.type === 'paragraph' ? toString(prev) : i === 0 && heading !== undefined ? `# ${heading}` : '';
      const role = listRole(leadIn);
      const enumerates = role !== undefined;
      // steps27: an item opening on a key is read under a generic lead-in too (KEY_SPELLINGS)
      // (lead48: `分两步：` then `1. **过滤（Filter）**：…`: a step named in Chinese with its English name is a named phase, read)
      for (const c of n.children) scanBlocks(f, c.children as RootContent[], phaseSection, undefined, enumerates && !(role === 'attributes' && itemKeyLabel(c as RootContent) !== undefined) && !(role === 'ways' && namedWayLabel(c as RootContent) !== undefined));
      if (!enumerates && KINDS_LEAD.test(leadIn.normalize('NFKC').trim())) kindItems(f, n);
      // recall46: `- cdi-operator：…`, `- CoreDNS：…` among items of that shape: plain names spelt as names (alone-names.ts)
      if (!enumerates) nameItems(f, n);
      valueListField(f, n);
    } else if (n.type === 'blockquote') {
      // fix27: `> [!warning] concurrencyPolicy` over what it explains: the callout's title, a field's name alone, names the body's subject
      const title = isCallout(n) && !isTabCallout(n) ? calloutTitleField(n) : undefined;
      if (title !== undefined) {
        const head = n.children[0]!;
        const at: SourceRef = { file: f.file, line: head.position?.start.line ?? n.position?.start.line ?? 1, column: head.position?.start.column ?? 1 };
        push(f, { rule: CALLOUT_TITLE_RULE.name, label: title, form: 'code', at, blocks: [n], endLine: n.position?.end.line ?? at.line, newTerm: false, expect: 'field', evidence: toString(n).slice(0, 160) });
      }
      for (const c of n.children) scanBlocks(f, [c as RootContent], phaseSection);
    } else if (n.type === 'listItem') scanBlocks(f, n.children, phaseSection);
  }
}

/** Every definition candidate of a note, in document order. */
export function findCandidates(outline: Outline, file: string): Candidate[] {
  const out: Candidate[] = [];
  const customKinds = new Set<string>();
  for (const fence of outline.fences) for (const k of fence.docKinds) if (/^[A-Z][A-Za-z0-9]+$/.test(k) && kindNamed(k) === undefined) customKinds.add(k);
  const prose = proseContext(outline.sections.map((s) => s.blocks.filter((b) => b.type !== 'code').map((b) => toString(b)).join('\n')).join('\n'), outline.sections.map((s) => s.title));
  const directives = noteDirectives({ children: outline.sections.flatMap((s) => s.blocks) });
  const yamlKeys = new Set(outline.fences.flatMap((x) => x.keys.filter((k) => !k.data).map((k) => k.name)));
  for (const section of outline.sections) {
    const f: Finder = { file, section, out, customKinds, prose, directives, yamlKeys };
    const firstIndex = out.length;
    if (section.heading && section.depth >= 2 && section.depth <= 4 && section.blocks.length > 0) {
      const blocks = section.blocks.slice(0, MAX_SECTION_BLOCKS);
      const base = { form: 'heading' as const, at: section.at, blocks, endLine: endLineOf(blocks, section.at.line) };
      push(f, { ...base, rule: 'heading', label: section.title, newTerm: true });
      // `hostname 和 subdomain`, `内置污点和"基于污点的驱逐"`: each part that is an API name or quoted
      const plain = section.title.normalize('NFKC').replace(LEADING_NUMBER_RE, '').trim();
      const wholes = [plain.replace(/\s*[:：?？].*$/u, ''), ...plain.split(/[:：?？]/u).slice(1)];
      for (const whole of wholes) {
        const parts = conjuncts(whole.trim());
        if (parts.length < 2) continue;
        for (const part of parts) {
          const quoted = /^[“"「『](.+)[”"」』]$/u.exec(part);
          if (quoted) push(f, { ...base, rule: 'heading-part', label: quoted[1]!, newTerm: true });
          // (rules39: a kind by its short name too, when every part is a Latin name, `KPA 和 HPA`, `PV 与 PVC`;
          // not in a clause, `HPA 和 replicas 打架`)
          else if (isApiName(part) || (kindAbbreviation(part) && parts.every((x) => /^[A-Za-z][\w.+-]*$/.test(x)))) push(f, { ...base, rule: 'heading-part', label: part, newTerm: false });
        }
      }
      // rules34: a glossed name, a gloss closing a clause, a name spelt as code inside a longer heading
      // (heading-shapes.ts); an API name there is the heading's own rules'
      for (const p of headingPresents(section.title)) {
        if (p.shape !== 'code-name' || !isApiName(p.label)) push(f, { ...base, rule: 'heading-presents', label: p.label, newTerm: true });
      }

    }
    const phaseSection = /phase|阶段|状态/i.test(section.title);
    const bodyFirst = out.length;
    scanBlocks(f, section.blocks, phaseSection, section.heading ? section.title : undefined);
    joinedHeading(f, section, out.slice(bodyFirst));
    explainedHeading(f, section, out.slice(bodyFirst));
    // The first definition in the first two blocks of a section opens it (a heading like
    // `镜像拉取策略` then names what it defines).
    const opener = out.slice(bodyFirst).find((c) => c.rule !== 'heading');
    if (opener) {
      const topIndex = section.blocks.findIndex((b) => containsLine(b, opener.at.line));
      if (topIndex >= 0 && topIndex <= 1) opener.opensSection = true;
    }
    yamlExplained(f, section, out.slice(firstIndex));
    headingSubject(f, section);
  }
  return withoutShortForms(out);
}

/**
 * tables28: the rules whose row or column names a table sums up by a shorter name than the note gave
 * them where it defined them (`| 概念 | … |` over `QoS` after **QoS class（服务质量类别）**：…, `| | Push |
 * Pull |` after **Push 模式**：…, a column `Kata` after **Kata Containers**：…). Measured on all 83 dev
 * sets: the seven duplicates these rules made were all such short forms (docs/miner.md "tables28").
 */
export const SHORT_FORM_TABLE_RULES: ReadonlySet<string> = new Set(['table-concept-row', 'table-compared-column']);

/** The first words of a longer name (`Kata` of `Kata Containers`, `Push` of `Push 模式`, `QoS` of `QoS class（…）`). */
export function shortFormOf(short: string, long: string): boolean {
  const a = short.normalize('NFKC').toLowerCase().trim();
  const b = long.normalize('NFKC').toLowerCase().trim();
  return a !== '' && b.length > a.length && b.startsWith(a) && /^(?:\s|[\u4e00-\u9fff（(])/u.test(b.slice(a.length));
}

/**
 * A candidate of SHORT_FORM_TABLE_RULES that names by its first words a name another rule of the note
 * gave: left to that one. (Not a heading's: a section title is no name, `## Flagger 和 Argo Rollouts 对比`.)
 */
function withoutShortForms(out: Candidate[]): Candidate[] {
  const others = out.filter((c) => !SHORT_FORM_TABLE_RULES.has(c.rule) && !c.rule.startsWith('heading')).map((c) => c.label);
  return out.filter((c) => !SHORT_FORM_TABLE_RULES.has(c.rule) || !others.some((long) => shortFormOf(c.label, long)));
}

/** A part of a joined heading shaped as a name: a Latin name of one or two words (`crictl`, `Bearer Token`, `resolv.conf`), or a Chinese name of two to six characters (`关停顺序`). */
const JOINED_PART = /^(?:[A-Za-z][\w.+-]*(?: [A-Za-z][\w.+-]*)?|[\u4e00-\u9fff]{2,6})$/u;
/** What may follow a Chinese name that is the subject of its clause: a copula or adverb, a colon, a comma, a gloss (`关停顺序反过来`, `启动顺序是：`). */
const CJK_NAME_THEN = /^\s*(?:是|就是|即|指|则|也|又|反过来|表示|用于|用来|负责|会|只|[:：，,（(])/u;
/** Where a clause begins: a paragraph's or list item's start, or after a full stop, comma or semicolon. */
const CLAUSE_BREAK = /[。！？；，,;!?]\s*/u;

/**
 * `heading-joined` (rules14): a heading that joins two or three names and nothing else
 * (`cordon / drain / uncordon`, `crictl 和 ctr`, `启动顺序和关停顺序`) names each of them when the
 * section explains each one in turn: every name opens a paragraph or list item of the section, or
 * a clause of it as its subject (followed by a Chinese word or a colon, not by 的 or another name:
 * `…；**nameSuffix** 同理加后缀`, `按上面的例子，启动顺序是：`). A heading with a facet after the names
 * (`A 和 B 的区别`: resolve.ts `relation`), a name in passing in its section (`推荐用 \`labels\``)
 * or a part that is no name (`Pod 级别和容器级别的字段`) names none of them. An everyday English
 * word among the names (`drain`, `list`) must be explained too but is not returned. Returns the
 * names, or none.
 */
export function joinedHeadingNames(heading: string, blocks: readonly RootContent[], opts: { wholeName?: boolean } = {}): string[] {
  const parts = conjuncts(heading.normalize('NFKC').trim());
  if (parts.length < 2 || parts.length > 3 || parts.some((p) => !JOINED_PART.test(p) || isGenericLabel(p) || /[的是在]/u.test(p))) return [];
  const clauses: { text: string; opens: boolean }[] = [];
  const visit = (bs: readonly RootContent[]): void => {
    for (const b of bs) {
      if (b.type === 'paragraph') {
        // (qa50: an answer's marker, `答：A 是…`, is no part of the clause it opens)
        withoutAnswerMarker(toString(b).normalize('NFKC')).split(CLAUSE_BREAK).forEach((text, k) => clauses.push({ text: text.trim(), opens: k === 0 }));
      } else if (b.type === 'list' || b.type === 'blockquote') {
        for (const c of b.children) visit(c.type === 'listItem' ? c.children : [c as RootContent]);
      }
    }
  };
  visit(blocks);
  const explained = (part: string): boolean => clauses.some(({ text, opens }) => {
    if (!text.toLowerCase().startsWith(part.toLowerCase())) return false;
    const rest = text.slice(part.length);
    // (`cordonnode` is another word; `ctr 的命名空间` is about ctr, not what it is)
    if (/^[\w.+-]/.test(rest) || /^\s*(?:的|和|与|及|、|\/)/u.test(rest)) return false;
    // (qa50, `wholeName`: a Latin word or a flag after it makes a longer name, `systemctl status kubelet：…`, `journalctl
    // -u kubelet：…` under `systemctl 和 journalctl 分别干嘛？` explain command lines, not systemctl and journalctl)
    if (opts.wholeName && /^[A-Za-z]/.test(part) && /^ +(?:[A-Za-z]|--?[A-Za-z])/.test(rest)) return false;
    // (a Chinese name has no spaces to end it: `垃圾回收器是…` is another word than 垃圾回收)
    if (/^[\u4e00-\u9fff]/u.test(part) && !CJK_NAME_THEN.test(rest)) return false;
    return opens ? rest.trim() !== '' : /^\s*(?:[:：]|[\u4e00-\u9fff])/u.test(rest);
  });
  // (an everyday English word, `list 和 watch`, `drain`, names an action as often as a thing: it must
  // be explained like the others, but is not given as a name)
  return parts.every(explained) ? parts.filter((p) => !(/^[a-z]+$/.test(p) && everydayEnglish(p))) : [];
}

/**
 * `cordon / drain / uncordon`, `crictl 和 ctr`: the names of a joined heading its section explains
 * (joinedHeadingNames), each a candidate of the heading; a name the section's own rules propose
 * already (`**步骤内分析（inline analysis）**：…` under `后台分析 vs 步骤内分析`) is left to them, as
 * the writer labelled it there.
 */
function joinedHeading(f: Finder, section: Section, body: readonly Candidate[]): void {
  if (!section.heading || section.depth < 2 || section.depth > 4 || section.blocks.length === 0) return;
  const plain = section.title.normalize('NFKC').replace(LEADING_NUMBER_RE, '').trim().replace(/\s*[:：?？].*$/u, '');
  const blocks = section.blocks.slice(0, MAX_SECTION_BLOCKS);
  const proposed = new Set(body.map((c) => normKey(c.label.replace(/\s*[（(].*$/u, ''))));
  for (const part of joinedHeadingNames(plain, blocks)) {
    if (proposed.has(normKey(part))) continue;
    push(f, { rule: 'heading-joined', label: part, form: 'heading', at: section.at, blocks, endLine: endLineOf(blocks, section.at.line), newTerm: true });
  }
  // qa50: `### Q3：A 和 B 有什么区别？`, `## A、B、C 分别是什么？` over a section explaining each name
  const asked = joinedQuestionSubject(section.title);
  if (asked === undefined) return;
  for (const part of joinedHeadingNames(asked.subject, blocks, { wholeName: true })) {
    if (proposed.has(normKey(part))) continue;
    push(f, { rule: 'question-joined', label: part, form: 'heading', at: section.at, blocks, endLine: endLineOf(blocks, section.at.line), newTerm: true });
  }
}

/**
 * rules40: `### 多阶段构建` over a first paragraph saying what 多阶段构建 is (heading-shapes.ts
 * headingExplainedBelow): the heading names the thing its section explains. A name the section's own
 * rules propose already (`**滚动更新（RollingUpdate）**：…` under `## 滚动更新`) is left to them.
 */
function explainedHeading(f: Finder, section: Section, body: readonly Candidate[]): void {
  if (!section.heading || section.depth < 2 || section.depth > 4 || section.blocks.length === 0) return;
  const first = section.blocks.find((b) => b.type === 'paragraph' || b.type === 'list' || b.type === 'blockquote');
  if (!first || (first.type !== 'paragraph' && section.blocks.indexOf(first) > 0)) return;
  const name = headingExplainedBelow(section.title, toString(first));
  if (name === undefined || isGenericLabel(name) || CATEGORY_HEADING_WORDS.test(name)) return;
  const key = normKey(name);
  // (nor a name a definition there glosses itself with: `**persistentVolumeReclaimPolicy（回收策略）**`)
  if (body.some((c) => normKey(c.label.replace(/\s*[（(].*$/u, '')) === key || normKey(stripColon(c.label)) === key || normKey(c.label).includes(key))) return;
  const blocks = section.blocks.slice(0, MAX_SECTION_BLOCKS);
  push(f, { rule: 'heading-presents', label: name, form: 'heading', at: section.at, blocks, endLine: endLineOf(blocks, section.at.line), newTerm: true });
}
/** Headings naming a group of things (label-rules.ts CATEGORY_HEADING's words): no name of one thing. */
const CATEGORY_HEADING_WORDS = /(字段|属性|参数|配置项?|选项|设置|部分|内容|概念|用法|知识点?|细节|要点|基础|进阶|相关|篇)$/u;

/**
 * `## etcd 快照备份`, `### kubeadm upgrade 的流程`: a heading whose subject is a name, followed
 * by a Chinese phrase of two words or more (or a genitive) about it. The section is about the
 * name: it attaches to the concept the name is when the note explains the name (in the
 * section's prose or before), never a new term of the whole heading, and never the command
 * (`kubeadm upgrade`) — only its first word, the tool.
 */
function headingSubject(f: Finder, section: Section): void {
  if (!section.heading || section.depth < 2 || section.depth > 4 || section.blocks.length === 0) return;
  const name = headingSubjectName(headingName(section.title));
  // API kinds are the context of their sections already (outline.ts); a name is attached only
  // when the note explains it (a definition candidate of it, in this section or before)
  if (name === undefined || kindNamed(name) !== undefined) return;
  const key = normKey(name);
  if (!f.out.some((c) => c.rule !== 'heading' && c.rule !== 'heading-subject' && normKey(c.label) === key)) return;
  const blocks = section.blocks.slice(0, MAX_SECTION_BLOCKS);
  push(f, { rule: 'heading-subject', label: name, form: 'heading', at: section.at, blocks, endLine: endLineOf(blocks, section.at.line), newTerm: false });
}

/** The name a heading is about (see headingSubject), or undefined. */
export function headingSubjectName(title: string): string | undefined {
  const m = /^([A-Za-z][\w.-]*)((?: [a-z][\w-]*)?)\s*(的)?\s*([\u4e00-\u9fff]{2,12})$/u.exec(title.normalize('NFKC').trim());
  if (!m || !nameLike(m[1]!)) return undefined;
  // one word after the name is a kind of it (`iptables 模式`) unless it is a rubric (`Velero 架构`)
  if (m[3] === undefined && anchorWords(m[4]!).length < 2 && !rubricHead(m[4]!)) return undefined;
  return m[1]!;
}

function containsLine(n: RootContent, line: number): boolean {
  return (n.position?.start.line ?? 0) <= line && line <= (n.position?.end.line ?? 0);
}

/**
 * Keys a section's YAML examples set that the section's prose names in code or bold: the note
 * explains them, so they are fields it defines.
 */
function yamlExplained(f: Finder, section: Section, already: readonly Candidate[]): void {
  if (section.fences.length === 0) return;
  const keys = new Map<string, OwnedKey>();
  for (const fence of section.fences) {
    for (const k of fence.keys) {
      if (k.data || BOILERPLATE_KEYS.has(k.name) || keys.has(k.name.toLowerCase())) continue;
      keys.set(k.name.toLowerCase(), k);
    }
  }
  if (keys.size === 0) return;
  const named = new Set(already.map((c) => c.label));
  const visit = (blocks: readonly RootContent[]): void => {
    for (const b of blocks) {
      if (b.type === 'paragraph') {
        // A paragraph defining something else (`- **tls**：… \`secretName\` 指向…`): its other
        // names are parts of that definition, mentioned in passing.
        const opener = boldLabel(b) ?? leadingCode(b);
        const other = definesOther(b);
        for (const [k, n] of b.children.entries()) {
          if (n.type !== 'inlineCode' && n.type !== 'strong') continue;
          if (k === 0 && opener !== undefined) continue;
          if (other >= 0 && k > other) continue;
          const around = textAround(b, k);
          if (inPassing(around.before, around.after) || inExampleList(b.children, k) || LOCATIVE_AFTER.test(around.after)) continue;
          const raw = (n.type === 'inlineCode' ? n.value : toString(n)).trim();
          // a bare name or path; `key=value:effect` or `apiGroup: rbac…` shows a value, not the field
          const bare = /^([A-Za-z][\w.[\]]*)$/.exec(raw)?.[1] ?? '';
          // (names8: a key the YAML writes with its dots, `com.openfaas.scale.max`, is that key whole)
          const keyName = bare.includes('.') && keys.has(bare.toLowerCase()) ? bare : (bare.split('.').pop()?.replace(/\[\]$/, '') ?? '');
          const key = keys.get(keyName.toLowerCase());
          if (!key || named.has(keyName)) continue;
          named.add(keyName);
          const at = startOf(n, f.file);
          push(f, { rule: 'yaml-explained', label: keyName, form: 'code', at, blocks: [b], endLine: b.position?.end.line ?? at.line, newTerm: false, expect: 'field', key });
        }
      } else if (b.type === 'list' || b.type === 'blockquote') {
        for (const c of b.children) visit(c.type === 'listItem' ? c.children : [c as RootContent]);
      }
    }
  };
  visit(section.blocks);
}
