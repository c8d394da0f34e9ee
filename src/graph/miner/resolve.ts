/**
 * What a candidate label names, decided as a Kubernetes reader would: an existing concept (by
 * name, alias, field path, initials), an API kind (`object`), a field of the kind the context
 * is about (`field`, with its path), a phase value (`state`), a new `term`, or nothing (and
 * which rule said so).
 */
import { kindInPlace, kindInstance } from './kind-in-place.ts';
import { projectKeyOfSetting } from './project-keys.ts';
import { settingLabelKey } from './setting-labels.ts';
import { closingParen, dropRemarkGloss, hasCjk, isClearTerm, isGenericLabel, isRemark, keyOfKeyValue, lastFieldSegment, nameCandidates, normKey, stripColon } from '../labels.ts';
import {
  DEFAULT_OWNER,
  declaredFieldAt,
  fieldAt,
  fieldByPath,
  configFieldsNamed,
  fieldsByPath,
  fieldsNamed,
  writtenPath,
  isConfigKind,
  isCatalogued,
  isEcosystemKind,
  isEnumValue,
  projectKindFields,
  isListField,
  kindNamed,
  volumeSourceNamed,
  patternNamed,
  PHASE_FIELD,
  statesNamed,
  type FieldOccurrence,
  type StateOccurrence,
} from '../vocabulary/index.ts';
import { namedThing, CATEGORY_LABEL } from '../vocabulary/k8s-names.ts';
import { SIBLING_HOLDER_RULE, headingHolderField, siblingHolderField } from './sibling-holder.ts';
import { toString } from 'mdast-util-to-string';
import { WRITTEN_PLACE_SHAPE, writtenSiblingPlace } from './written-place.ts';
import { VALUE_AMONG_SIBLINGS, valueAmongSiblings } from './field-values.ts';
import { passingName } from './passing-names.ts';
import type { List, ListItem, Paragraph, RootContent } from 'mdast';
import type { Candidate } from './definitions.ts';
import { headingName } from './heading-name.ts';
import { componentHeading, datedLabel, NUMBERED_SECTION_PHRASE, numberedRubricBeforeColon, numberedSectionTitle, properNameOpensSection, rubricBeforeName } from './heading-shapes.ts';
import { ROOTED_IN_PROSE, STATUS_FIELD_PATH, headingNameAlone, headingTermPhrase, type SectionOpening } from './alone-names.ts';
import { markedText, textKinds } from './note-kinds.ts';
import { groupKindsIn, projectFieldMatches, type ProjectKind } from './project-kinds.ts';
import { kindsOfProject } from '../yaml/catalogue.ts';
import { childOfPathBetween, isSchemaKeywordPath } from './kind-sayings.ts';
import { isEcosystemName } from '../vocabulary/ecosystem.ts';
import { KNOWN_NAME_ATTRIBUTE, knownNameAttribute } from './alias-shapes.ts';
import { headingNamesObjects, leadInNamesObjects, listedByKubectl } from './kind-evidence.ts';
import { KEYWORD_THRESHOLD } from './definer.ts';
import { RUBRIC_ALONE, glossNames, headingSubjectName } from './definitions.ts';
import { afterRubric, leadingRubric } from './rubrics.ts';
import { BOILERPLATE_KEYS, OBJECT_META_FIELD, objectMetaField } from './object-keys.ts';
import { PROSE_PREDICATES } from './prose-predicates.ts';
import { toolFileKey, unplacedInNoteKind, unplacedKey } from './unplaced-keys.ts';
import { explainedOpener } from './explained-openers.ts';
import { commandActs, commandExplainedAfter, isCommandName, isFlaggedCommand, isToolCommand } from './command-tools.ts';
import { componentKindsIn, kindsIn, sectionChain, type Section } from './outline.ts';
import { KIND_SPELLING, clauseSubjectKind, labelKindOf, objectSaidBefore, pathOwnerEvidence, precedingExampleKinds, type PathOwnerCue, type PathOwnerEvidence } from './path-owner.ts';
import { AMBIGUOUS_PATH_OWNER, ambiguousPathOwner } from './ambiguous-path-owner.ts';
import { HEADING_KIND_PATH, headingKindPathOwner } from './heading-kind-path.ts';

export { clauseSubjectKind };
import { aroundPosition, enclosingItems, fieldAtPlace, itemLabel, jointPlaces, leadInParents, parentItemFields, placeAfter, placeBefore, placeInGloss, type FieldPlace } from './field-place.ts';
import { boldQuestion, questionSubjects } from './question-subjects.ts';
import { boldLabelName } from './bold-name-clauses.ts';
import { isCodeName } from './code-names.ts';
import { fieldsOfZhName } from '../vocabulary/field-zh-names.ts';
import { commonFieldWord, ownerUnseen } from './field-owner.ts';
import { crdExampleKey, CRD_EXAMPLE_KEY, CRD_LIST_KEYS, CRD_TABLE_KEYS, KIND_IN_DEFINITION, kindWrittenInDefinition, listItemKey, tableKeyPath } from './crd-example-key.ts';
import { DOTTED_PATH, FIELD_WORD, ROOT_SEGMENTS, ROOTED_PATH, headingRootedPath, joinedPath, lastSegment, leadInRootedPath, siblingsAgree, siblingsPrefix, writtenRootedPath } from './cr-field-owner.ts';
import { CATEGORY_HEADING, CLUSTER_COMPONENTS, EXPLAINS_COMMAND, GRADED_RECORD, conjuncts, glossedGenericWord, glossedHeading, headingTermShape, isFileName, isFilePath, isQualifiedKey, gradedRecord, notAConcept, notATermInNote, rubricHead } from './label-rules.ts';
import { conditionSetOut } from './condition-types.ts';
import { valueSpellingSkips } from './value-spelling.ts';
import { CUSTOM_OWNER_AMBIGUOUS, customOwnerAmbiguity, customOwnerHintKey } from './custom-owner-ambiguous.ts';
import { customKindInSight, STANDARD_OBJECT_FIELD, STANDARD_TABLE_KEYS, standardFieldOwner, standardKeyPath } from './standard-object-fields.ts';
import type { FindingText } from '../diagnostics.ts';

export type Decision =
  | { type: 'concept'; id: string; name: string; rule: string; field?: FieldOccurrence; homeField?: FieldOccurrence; alsoAt?: FieldOccurrence[] }
  | { type: 'object'; kind: string; name: string; rule: string; /** typing46: other names its label glosses it with (`VirtualMachine（VM）`). */ aliases?: string[] }
  | { type: 'field'; field: FieldOccurrence; name: string; rule: string; placed?: boolean; alsoAt?: FieldOccurrence[] }
  | { type: 'ambiguous-field'; name: string; owners: string[]; rule: string; /** diag40: the finding's hint, when the reading has its own (custom-owner-ambiguous.ts). */ hint?: FindingText }
  | { type: 'state'; state: StateOccurrence; name: string; rule: string }
  | { type: 'term'; title: string; rule: string; kind?: 'pattern'; aliases?: string[]; homeField?: FieldOccurrence; keywordOf?: readonly string[] }
  | { type: 'none'; rule: string; why: string };

/** What the resolver needs to know about a concept already in the graph. */
export interface KnownConcept {
  id: string;
  kind: string;
  /** For fields and states: the kind they belong to (Pod when the note does not say). */
  owner?: string;
  fieldPath?: string;
  /** For states: the field they are a value of (`status.phase` unless said otherwise). */
  stateField?: string;
  /** Its names as written (title, other-language titles, aliases). */
  names?: string[];
  /** A map item nobody gave a kind. */
  untyped?: boolean;
}

export interface ResolveContext {
  /** The concept a name stands for in the graph (title, alias, field path, initials…). */
  lookup(names: readonly string[]): string | undefined;
  /** A concept whose initials are this abbreviation (`PV` → "Persistent Volume & …"), if only one. */
  byInitials(abbrev: string): string | undefined;
  known(id: string): KnownConcept | undefined;
  /** Kinds the context is about, most specific first (the candidate's section, its fences, the note). */
  owners(c: Candidate): readonly string[];
  /** Kinds the candidate's own section (and the sections it is in) is about: titles and examples. */
  sectionOwners(c: Candidate): readonly string[];
  /** The nearest YAML key of the note with this name set for this kind (or in a fragment of it). */
  keyNamed(name: string, line: number, owner: string): { path: string } | undefined;
  /** keys10: whether a name is a key of a tool's file the note fences (tool-files.ts; no manifest's own key). */
  isToolKey?(name: string): boolean;
  /** A field concept this note already defined under this name. */
  noteField(name: string): string | undefined;
  /** Number of distinct known concepts (or API kinds) a label names. */
  knownNamesIn(label: string): number;
  /**
   * The concept notes whose `keywords` list this name, when no concept has it as a name (rules13):
   * a word a knowledgeable author listed as worth finding, evidence that a name the note explains
   * is a concept of its own. Never an identity: the name does not attach to them.
   */
  keywordOf?(name: string): readonly string[] | undefined;
  /**
   * State fields the section's own state values point to without doubt (`Waiting` is only a
   * container state): an ambiguous value there (`Running`) is read as a value of the same field.
   */
  sectionStateFields(c: Candidate): ReadonlySet<string>;
  /** How many paragraphs of the note open with this bold label (label-rules.ts `openerKey`). */
  boldOpenings?(label: string): number;
  /** How often a word occurs in the note's text outside the paragraphs this bold label opens. */
  usesElsewhere?(label: string, word: string): number;
  /** Characters of the note's plain text. */
  noteLength?(): number;
  /**
   * The kinds the note's own YAML documents declare (`kind: Gateway`), the note's dictionary for
   * kinds and keys the API catalogue does not know (a custom resource's).
   */
  noteDocKinds?(): ReadonlySet<string>;
  /** rules36: the project kinds the note's YAML declares (project-kinds.ts `projectKindsDeclared`), in the note's order. */
  projectKinds?(): readonly ProjectKind[];
  /** rules30: the API version the note's YAML declares a kind under (`monitoring.coreos.com/v1` for `kind: Prometheus`), if it declares it. */
  declaredApiVersion?(kind: string): string | undefined;
  /**
   * The note's own custom kinds (miner/note-kinds.ts: declared by its examples under a group no
   * catalogue describes, or defined by a CRD in it): true for one of them.
   */
  isNoteKind?(kind: string): boolean;
  /** crd41: the note's own custom kinds (note-kinds.ts), in the note's order. */
  noteKindNames?(): readonly string[];
  /** The path of the note's custom kind `owner` that a written name or path names (note-kinds.ts `noteKindPath`), if any. */
  noteKindPath?(owner: string, written: string): string | undefined;
  /** The path of a field `name` inside the note's custom kind's field that `parent` (a written name or path) names (note-kinds.ts `noteKindChildPath`). */
  noteKindChild?(owner: string, parent: string, name: string): string | undefined;
  /** The note's custom kinds that have a path the written name or path names. */
  noteKindsWith?(written: string): readonly string[];
  /** The note's custom kind a compound kind name belongs with (note-kinds.ts `kindFamily`: `PipelineRun` beside `Pipeline`). */
  noteKindFamily?(name: string): string | undefined;
  /** The note's title (its `#` heading, frontmatter title or file name). */
  noteTitle?(): string;
  /** The API kinds the note names anywhere (its text, headings and examples). */
  noteNamedKinds?(): ReadonlySet<string>;
  /** rules41: whether the note (its text, headings and examples) holds this word, as a word of its own. */
  noteHasWord?(word: string): boolean;
  /**
   * The kinds of the objects the candidate's section shows printed by kubectl (`kubectl get deploy
   * web -o yaml`, field-place.ts `kindsPrinted`), nearest first; none when the candidate is a key
   * of an example that declares its own kind.
   */
  shownKinds?(c: Candidate): readonly string[];
  /** rules45: the kinds the nearest YAML example of the note ending before this line declares (path-owner.ts `precedingExampleKinds`, over the whole note). */
  exampleKindsBefore?(line: number): readonly string[];
  /** typing46: the resource types the note's text gives kubectl (`kubectl get chaosresult` → chaosresult; kind-evidence.ts). */
  noteKubectlTypes?(): ReadonlySet<string>;
}

const MAX_SHALLOW_DEPTH = 2;
/** Without a YAML key or a written path, a field is read only this close to the top of its kind. */
const MAX_CONTEXT_DEPTH = 3;

function pathDepth(path: string): number {
  return path.split('.').length;
}

/** The label of a heading without numbering, lead-in or subtitle (heading-name.ts). */
export const headingLabel = headingName;

/** `key=value`, `key: value` → key; other labels unchanged. */
function keyOf(label: string): string | undefined {
  return keyOfKeyValue(label);
}

function isAbbreviation(s: string): boolean {
  return /^[A-Z][A-Z0-9]{1,5}s?$/.test(s);
}

function genitive(label: string): { owner: string; rest: string } | undefined {
  const m = /^([A-Za-z][A-Za-z0-9]*)\s*的\s*(.+)$/u.exec(label);
  if (!m) return undefined;
  const owner = kindNamed(m[1]!);
  return owner ? { owner, rest: m[2]!.trim() } : undefined;
}

/** `StorageClass（SC，存储类）` → core `StorageClass`, glosses `SC`, `存储类`; other labels unchanged. */
export function splitGloss(label: string): { core: string; glosses: string[] } {
  const m = closingParen(label);
  if (!m || m.before === '') return { core: label, glosses: [] };
  return { core: m.before, glosses: glossNames(m.inside) };
}

/** `拓扑分布约束 topologySpreadConstraints` → [`topologySpreadConstraints`, `拓扑分布约束`]; else []. */
function bilingualParts(label: string): string[] {
  const m = /^([\u3400-\u9fff][^A-Za-z]*?)\s*([A-Za-z][\w.-]*(?: [A-Za-z][\w.-]*)?)$/u.exec(label) ??
    /^([A-Za-z][\w.-]*(?: [A-Za-z][\w.-]*)?)\s*([\u3400-\u9fff][^A-Za-z]*)$/u.exec(label);
  // `subPath 的坑` is about subPath, not a Chinese name of it.
  if (!m || /^的|的$/u.test(m[1]!.trim()) || /^的|的$/u.test(m[2]!.trim())) return [];
  const [a, b] = [m[1]!.trim(), m[2]!.trim()];
  const [latin, zh] = /[A-Za-z]/.test(a) ? [a, b] : [b, a];
  // Only a field name with its Chinese name (`节点亲和性 nodeAffinity`); `静态 Pod` is a kind of Pod.
  return /^[a-z]+[A-Z]\w*$/.test(latin) ? [latin, zh] : [];
}

/** Words before a name in a subtitle that leave the name (`配合 Headless Service`, `关于 X`). */
const SUBTITLE_LEAD = /^(配合|搭配|使用|用|通过|基于|关于|有关|即|也就是|——|—|-)\s*/u;

/**
 * The other names a heading may give when its main part names nothing: the part after a
 * question (`Pod 是怎么"死"的？优雅退出`) and the part after a colon (`固定的网络标识：配合
 * Headless Service`).
 */
export function headingAlternatives(raw: string): string[] {
  // (not NFKC yet: it would turn the full-width colon into an ASCII one)
  const s = raw.replace(/\s+/g, ' ').trim();
  const out: string[] = [];
  const q = /[?？]\s*([^?？]+)$/u.exec(s);
  if (q) out.push(q[1]!.trim());
  // a subtitle colon: full width, or ASCII with a space after (`ndots:5` is no subtitle)
  const colon = /^.+?(?:：|:\s)\s*(.+)$/u.exec(s);
  if (colon) out.push(colon[1]!.replace(SUBTITLE_LEAD, '').trim());
  return out.map((x) => x.normalize('NFKC').trim()).filter((x) => x !== '' && !/[?？]/.test(x));
}

export function resolveCandidate(c: Candidate, rc: ResolveContext): Decision {
  const d = decideCandidate(c, rc);
  // prec35 (object-keys.ts OBJECT_META_FIELD): an object's `apiVersion` or `metadata.name`, however it was read, is no concept
  if (d.type === 'field' && objectMetaField(d.field.path)) return { type: 'none', rule: OBJECT_META_FIELD.name, why: OBJECT_META_FIELD.why };
  return d;
}

function decideCandidate(c: Candidate, rc: ResolveContext): Decision {
  // rubric46: `**方案 A：kubectl convert 批量转换**`, `**现象 2：发布时偶发 502**`: a bold label behind a numbered rubric
  // names what follows the rubric; Chinese words there are read for a name they are, not made a new term, as a
  // heading's subtitle is (rules22, below; rubrics.ts)
  if (c.form === 'bold' && c.rule.startsWith('bold')) {
    const rest = afterRubric(c.label);
    if (rest !== c.label) c = { ...c, label: rest, newTerm: c.newTerm && !hasCjk(rest) };
  }
  // rules29: a bold question set as a heading (`**Q7：Matrix generator 是什么？**` over its answer) asks
  // about what a question heading would (question-subjects.ts)
  if (boldQuestion(c)) {
    for (const asked of questionSubjects(c.label)) {
      const d = resolveLabel({ ...c, form: 'heading', label: asked.name, rule: 'heading-question', newTerm: true, ...(asked.owner ? { owner: asked.owner } : {}) }, rc);
      if (d.type !== 'none') return { ...d, rule: `bold question (${asked.rule}) → ${d.rule}` };
    }
  }
  // answers26: a question set as a paragraph after a marker (`**问：**X 是什么？` over `答：…`) asks about what
  // the same question in bold or as a heading would; a question about no name is nothing
  if (c.rule === 'question-paragraph') {
    for (const asked of questionSubjects(c.label)) {
      const d = resolveLabel({ ...c, form: 'heading', label: asked.name, rule: 'heading-question', newTerm: true, ...(asked.owner ? { owner: asked.owner } : {}) }, rc);
      if (d.type !== 'none') return { ...d, rule: `question paragraph (${asked.rule}) → ${d.rule}` };
    }
    return { type: 'none', rule: 'question-asks-no-name', why: 'a question set as a paragraph that asks about no one name' };
  }
  // kinds30 (crd-example-key.ts): a definition whose first sentence writes `kind: X` defines an object of kind X
  const written = definitionKind(c);
  if (written !== undefined) {
    const { core, glosses } = splitGloss(c.label);
    const others = [...new Set([core, ...glosses])].filter((a) => a !== written && a !== '');
    const d = resolveLabel({ ...c, label: written }, rc);
    if (d.type === 'object') return { ...d, aliases: [...new Set([...(d.aliases ?? []), ...others])], rule: `${KIND_IN_DEFINITION.name} → ${d.rule}` };
  }
  // bold6: `**和 nodeAffinity 比：**`, `**Lease 并不是锁**：`, `` **`exec.probe` 插件**： ``: a bold label
  // that is a name and a clause about it, or a name in code and its sort, is read as the name
  // (bold-name-clauses.ts); the whole label when the name names nothing
  if (c.form === 'bold' && BOLD_NAME_RULES.has(c.rule)) {
    const named = boldLabelName(c.label, boldOpeningCode(c));
    if (named !== undefined) {
      const d = resolveLabel({ ...c, label: named.name }, rc);
      if (d.type !== 'none') return { ...d, rule: `bold-name (${named.shape}) → ${d.rule}` };
    }
  }
  // qa50: a name a joined question asks about and its answer explains (`Q3：A 和 B 有什么区别？`, `问：A、B 分别管什么？`:
  // definitions.ts joinedQuestionNames) is read as a joined heading's name its section explains
  if (c.rule === 'question-joined') {
    const d = resolveLabel({ ...c, form: 'heading', rule: 'heading-joined' }, rc);
    return d.type === 'none' ? d : { ...d, rule: `question (joined) → ${d.rule}` };
  }
  if (c.form !== 'heading' || c.rule !== 'heading') return resolveLabel(c, rc);
  // rubric46: `### Step 1 — AdmissionConfiguration`, `## Part D — 用 ValidatingAdmissionPolicy 限制 registry`,
  // `## 问题三：CRD 的 storedVersions`: a heading behind a numbered rubric (rubrics.ts) names what follows the rubric,
  // read as the part after a heading's colon is (rules22's subtitle, below): a question asked there, a Latin name set
  // off, Chinese words read for a name they are
  const led = leadingRubric(c.label);
  if (led !== undefined && led.rest !== '') {
    for (const asked of questionSubjects(led.rest)) {
      const d = resolveLabel({ ...c, label: asked.name, rule: 'heading-question', newTerm: true, ...(asked.owner ? { owner: asked.owner } : {}) }, rc);
      if (d.type !== 'none') return { ...d, rule: `rubric → question (${asked.rule}) → ${d.rule}` };
    }
    const setOff = /[?？]/.test(led.rest) || /[A-Za-z]/.test(led.rest);
    const d = resolveLabel({ ...c, label: led.rest, rule: setOff ? 'heading-subtitle' : 'heading-subtitle-phrase' }, rc);
    return d.type === 'none' ? d : { ...d, rule: `rubric → ${d.rule}` };
  }
  // `### Q4：ndots 是什么意思？`: a question heading asking what one name is defines it (label-rules.ts QUESTION_SUBJECT)
  for (const asked of questionSubjects(c.label)) {
    const d = resolveLabel({ ...c, label: asked.name, rule: 'heading-question', newTerm: true, ...(asked.owner ? { owner: asked.owner } : {}) }, rc);
    if (d.type !== 'none') return { ...d, rule: `question (${asked.rule}) → ${d.rule}` };
  }
  // rules40: `经典事故：volume node affinity conflict`: the rubric before the colon names nothing (the name
  // after it is a heading-presents candidate of its own: heading-shapes.ts)
  if (rubricBeforeName(c.label)) return { type: 'none', rule: 'rubric-heading', why: 'a rubric before the name its section is about' };
  const alts = headingAlternatives(c.label);
  // rules22: a Chinese phrase set off by a colon after the heading's main part (`3 月 5 日：第一次用临时容器`,
  // `seccomp：限制系统调用`, `考点 4：更新策略`, `Route 的 status：排障第一站`) says what the section does
  // or what happened, not a name of its own: it is read for a name it is (a known name, a glossed
  // or Latin-headed term), not made a term by being set off. (After a question, `Pod 是怎么"死"的？
  // 优雅退出`, the part is the answer's name and stays set off.)
  const question = /[?？]/.test(c.label);
  const viaAlt = (alt: string): Decision => {
    const setOff = question || /[A-Za-z]/.test(alt);
    const again = resolveLabel({ ...c, label: alt, rule: setOff ? 'heading-subtitle' : 'heading-subtitle-phrase' }, rc);
    return again.type === 'none' ? again : { ...again, rule: `subtitle → ${again.rule}` };
  };
  // `固定的网络标识：配合 Headless Service`: a Latin name after the colon is what the heading names
  for (const alt of alts) {
    if (hasCjk(alt) || !/[A-Za-z]/.test(alt)) continue;
    const d = viaAlt(alt);
    if (d.type !== 'none') return d;
  }
  // `初识容器状态：Waiting / Running / Terminated`: a Chinese heading whose subtitle lists several
  // names groups them (each is read from the heading's parts); it names none of its own.
  const main = headingLabel(c.label);
  const subtitle = /^.+?(?:：|:\s)\s*(.+)$/u.exec(c.label.replace(/\s+/g, ' ').trim())?.[1];
  if (subtitle !== undefined && !/[A-Za-z]/.test(main) && conjuncts(subtitle.normalize('NFKC').trim()).length > 1) {
    return { type: 'none', rule: 'grouping-heading', why: 'a heading whose subtitle lists several names groups them and names none itself' };
  }
  const d = resolveLabel(c, rc);
  if (d.type !== 'none') return d;
  for (const alt of alts) {
    const again = viaAlt(alt);
    if (again.type !== 'none') return again;
  }
  return d;
}

/** kinds30: the kind `X` a bold or code label's definition writes as `kind: X` in its first sentence, when the label is not that kind's name already. */
function definitionKind(c: Candidate): string | undefined {
  if ((c.form !== 'bold' && c.form !== 'code') || !KIND_IN_DEFINITION.rules.has(c.rule)) return undefined;
  let p = c.blocks[0];
  if (p && p.type === 'listItem') p = p.children[0];
  if (!p || p.type !== 'paragraph') return undefined;
  const text = markedText(p).normalize('NFKC');
  const at = text.indexOf(c.label.normalize('NFKC'));
  if (at < 0) return undefined;
  const kind = kindWrittenInDefinition(text.slice(at + c.label.length).replace(/^[*`]*[ \t]*[:：]?/u, ''));
  // (a field's definition writing another object's kind, `**ownerReferences：** 镜像 Pod 的 owner 是 \`kind: Node\``, is about the field)
  const core = splitGloss(c.label).core;
  if (kind === undefined || normKey(kind) === normKey(core) || fieldsNamed(core).length > 0 || configFieldsNamed(core).length > 0) return undefined;
  return kind;
}

/** bold6: the rules of a bold label opening its passage that bold-name-clauses.ts reads. */
const BOLD_NAME_RULES: ReadonlySet<string> = new Set(['bold-colon', 'bold-only', 'bold-copula', 'bold-gloss']);

/** The code span a candidate's bold label opens with (`` **`a.b` 组件**： `` → `a.b`), if it does. */
function boldOpeningCode(c: Candidate): string | undefined {
  const first = c.blocks[0];
  if (first === undefined) return undefined;
  const stack: unknown[] = [first];
  while (stack.length > 0) {
    const n = stack.shift() as { type?: string; children?: unknown[] };
    if (n.type === 'strong') {
      const k = (n.children ?? [])[0] as { type?: string; value?: string } | undefined;
      return k?.type === 'inlineCode' ? k.value : undefined;
    }
    if (n.children) stack.unshift(...n.children);
  }
  return undefined;
}

/** The text of the first paragraph of a candidate's passage (a heading's section), or ''. */
function firstParagraphText(c: Candidate): string {
  const first = c.blocks.find((b) => b.type === 'paragraph');
  return first !== undefined && c.blocks.indexOf(first) <= 1 ? toString(first) : '';
}

/** heads8: the section's first block, a paragraph's text and whether it opens on running text (not a bold or code label). */
function sectionOpening(c: Candidate): SectionOpening {
  const first = c.blocks[0];
  if (!first || first.type !== 'paragraph') return { text: '', plain: false };
  return { text: toString(first), plain: first.children[0]?.type === 'text' };
}

/** rules40: the decision for a heading naming a component by its sort (componentHeading). */
function componentDecision(component: { name: string; gloss?: string }, rc: ResolveContext): Decision {
  const gloss = component.gloss !== undefined && !isRemark(component.gloss) && isClearTerm(component.gloss) ? component.gloss : undefined;
  for (const name of [component.name, ...(gloss !== undefined ? [gloss] : [])]) {
    const id = rc.lookup([name]);
    const k = id !== undefined ? rc.known(id) : undefined;
    if (id !== undefined && k !== undefined && k.fieldPath === undefined && !['state', 'field', 'object'].includes(k.kind)) return { type: 'concept', id, name, rule: 'heading-component → known-name' };
  }
  return asTerm(gloss !== undefined ? `${component.name}（${gloss}）` : component.name, 'heading-component');
}

/**
 * rules22: the components every Kubernetes note names at work (label-rules.ts CLUSTER_COMPONENTS:
 * `kubelet 会…`, `apiserver 把…`, `client-go 提供…`) are the agents of sentences about something
 * else. A predicate that says what a subject does (prose-predicates.ts strength `does`) makes no
 * definition of one; one that says what it is (`kubelet 是…`), a bold label or a heading still does,
 * and so does a paragraph going through three components or more, each with what it does.
 */
const DOES_PREDICATES: ReadonlySet<string> = new Set(PROSE_PREDICATES.filter((p) => p.strength === 'does').map((p) => p.name));
function componentAtWork(c: Candidate, name: string): boolean {
  const last = c.rule.split(' → ').pop() ?? c.rule;
  if (!DOES_PREDICATES.has(last) || !CLUSTER_COMPONENTS.has(normKey(name))) return false;
  // (a paragraph going through the components, three or more, says what each one does: `kube-apiserver
  // 是唯一的入口…。kube-controller-manager 负责…。kube-scheduler 只管…`)
  const first = c.blocks[0];
  if (first && first.type === 'paragraph' && componentsNamed(toString(first)) >= 3) return false;
  // fix29: the component explained, not at work (COMPONENT_EXPLAINED)
  return componentExplained(c, name) === undefined;
}

/**
 * fix29: what tells a component explained from a component doing something in passing (the veto above).
 *   heading-about  the section's heading names the component (`# 二、kube-proxy 的三种代理模式` over
 *                  `kube-proxy 运行在每个节点上，负责…`): the section is about it, and its first sentence
 *                  about what it does is its definition.
 *   glossed        the sentence glosses it (`kube-proxy（节点上的网络代理）负责…`, `网络代理（kube-proxy）…`):
 *                  the writer gives its other name, as one introduces a thing.
 * In passing (`## Deployment 扩容` over `kube-scheduler 负责把新 Pod 放到节点上`) neither holds.
 */
export const COMPONENT_EXPLAINED: readonly { name: 'heading-about' | 'glossed'; test: (c: Candidate, name: string) => boolean }[] = [
  { name: 'heading-about', test: (c, name) => headingAbout(c.section.title, name) },
  {
    name: 'glossed',
    test: (c, name) => {
      const first = c.blocks[0];
      if (!first || first.type !== 'paragraph') return false;
      const text = toString(first).normalize('NFKC');
      const n = escapeRe(name);
      // (a short other name, not a remark in brackets: `kubelet（数据来自 cAdvisor / CRI stats）`)
      const m = new RegExp(`(?<![\\w-])${n}\\s*[(（]([^)）]{2,12})[)）]|[(（]\\s*${n}\\s*[)）]`, 'iu').exec(text);
      return m !== null && !/[/，,、:：]|来自|见|注/u.test(m[1] ?? '');
    },
  },
];

/**
 * What a heading about a component says after its name (COMPONENT_EXPLAINED `heading-about`): nothing, or
 * what it is, how it works, its modes (`kube-proxy 的三种代理模式`, `kube-scheduler 的两个阶段`, `etcd 简介`).
 * A heading naming a part of it (`kubelet 的资源指标端点`), a task on it (`把 etcd 备份到…`) or a question
 * (`kubelet 会自己续吗？`) is about something else.
 */
export const COMPONENT_HEADING_TAILS: readonly string[] = ['是什么', '简介', '介绍', '详解', '入门', '概述', '原理', '工作原理', '作用', '职责', '架构', '工作方式', '工作流程', '流程', '模式', '代理模式', '阶段', '组成'];
const HEADING_NUMBER = /^(?:第?[一二三四五六七八九十\d]+[、.．:：章节]\s*|\d+(?:\.\d+)*\s+|[（(][一二三四五六七八九十\d]+[)）]\s*)/u;

/**
 * head43: a heading asking how the component works, the question form of `工作原理` (`四、kube-proxy 是怎么转发的`,
 * `kube-scheduler 是如何选节点的？`, `etcd 怎么工作`): the cleft `是…的` around how it does one thing, or how it
 * works. A task on it (`kube-proxy 怎么配置`, `etcd 怎么备份`), a trouble (`kubelet 起不来怎么办`) or a yes/no
 * question (`kubelet 会自己续吗？`) is about something else.
 */
export const COMPONENT_HOW_TAILS: readonly { name: 'how-cleft' | 'how-works'; re: RegExp }[] = [
  { name: 'how-cleft', re: /^(?:到底|究竟|又)?是(?:怎么|怎样|如何)[\u4e00-\u9fff]{1,6}的[？?]?$/u },
  { name: 'how-works', re: /^(?:到底|究竟|又)?(?:是)?(?:怎么|怎样|如何)(?:工作|运作|运行|实现)的?[？?]?$/u },
];

function headingAbout(title: string, name: string): boolean {
  const t = title.normalize('NFKC').replace(/[*`]/g, '').replace(/^[^\p{L}\p{N}]+/u, '').trim().replace(HEADING_NUMBER, '').trim();
  const m = new RegExp(`^${escapeRe(name)}(?![\\w-])\\s*(.*)$`, 'iu').exec(t);
  if (!m) return false;
  const tail = m[1]!.replace(/^的\s*/u, '').replace(/^(?:[一二三四五六七八九十两几\d]+\s*[种个类大])/u, '').trim();
  return tail === '' || COMPONENT_HEADING_TAILS.some((w) => tail.endsWith(w) && tail.length <= w.length + 2) || COMPONENT_HOW_TAILS.some((h) => h.re.test(tail));
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The shape by which a component a sentence has at work is explained there, or undefined. */
export function componentExplained(c: Candidate, name: string): (typeof COMPONENT_EXPLAINED)[number]['name'] | undefined {
  return COMPONENT_EXPLAINED.find((r) => r.test(c, name))?.name;
}

/**
 * How many of the cluster's components a text names (each once; `apiserver` inside `kube-apiserver` is
 * not another) as the subjects of its clauses (rules41: at the text's start or after a full stop, a
 * semicolon, a comma or a colon): a paragraph going through the components names each as what acts,
 * not in passing (`存在 etcd 里`, `` `kubectl get secret` ``).
 */
function componentsNamed(text: string): number {
  const found = new Set<string>();
  for (const m of text.matchAll(/(?<=(?:^|[。；;，,：:！？!?\n])\s*)[A-Za-z][\w-]*(?:\s+Server)?/g)) {
    const k = normKey(m[0]);
    if (CLUSTER_COMPONENTS.has(k)) found.add(k === normKey('API Server') ? normKey('apiserver') : k);
  }
  return found.size;
}

function resolveLabel(c: Candidate, rc: ResolveContext): Decision {
  let label = dropRemarkGloss(c.form === 'heading' ? headingLabel(c.label) : stripColon(c.label.normalize('NFKC').replace(/\s+/g, ' ').trim()));
  const { core, glosses } = splitGloss(label);
  // rules41: `**术语**`, `概念` alone: a rubric announcing names, itself none (definitions.ts RUBRIC_ALONE)
  // (a diary's dated entry, `3 月 20 日`, `D10 周三 — 复盘`: a day, not a name)
  if (c.form !== 'code' && datedLabel(c.label)) return { type: 'none', rule: 'dated-label', why: 'a diary or log entry opening on its date: a day, not a name' };
  if (RUBRIC_ALONE.test(core.trim())) return { type: 'none', rule: 'rubric-alone', why: 'a rubric word announcing the names defined after it, no name itself' };
  // rules47: `**R-01（必须）**：`, a handbook's rule by its ID and grade (label-rules.ts GRADED_RECORD; read before the
  // grade is dropped as a remark)
  if (gradedRecord(c.form === 'heading' ? headingLabel(c.label) : c.label)) return { type: 'none', rule: GRADED_RECORD.name, why: GRADED_RECORD.why };
  // rules40: `### Route controller（路由控制器）`, `### VXLAN backend`: a heading naming a component by
  // its sort (heading-shapes.ts componentHeading) is that component, never a field `controller` of
  // the kind its first word names nor the kind itself; a term, or the term, pattern or topic of
  // that name already known
  const component = c.form === 'heading' && c.rule === 'heading' && !c.keywordOnly ? componentHeading(label) : undefined;
  if (component) {
    const d = resolveLabel({ ...c, rule: 'heading-component' }, rc);
    const k = d.type === 'concept' ? rc.known(d.id) : undefined;
    if (d.type === 'term' || (k !== undefined && k.fieldPath === undefined && !['state', 'field', 'object'].includes(k.kind))) return d;
    return componentDecision(component, rc);
  }
  if (componentAtWork(c, core)) return { type: 'none', rule: 'component-at-work', why: 'a component of the cluster doing something in a sentence about something else, not explained' };
  // fp42: `这一点跟 K8s 不同：K8s 是…`: the sentence sets the name against another, it defines nothing (passing-names.ts)
  const compared = passingName('candidate', c.rule, core, c.evidence);
  if (compared) return { type: 'none', rule: compared.name, why: compared.why };
  if (valuesListed(c)) return { type: 'none', rule: 'values-listed', why: 'a list item of code spans only, under a lead-in that names the values a field takes: values, not names it explains' };
  // (a name the scorer left under its threshold is read only as a keyword: below)
  const named = c.expect === 'state' || c.keywordOnly ? undefined : namedThingDecision(core, rc, c.form, c);
  if (named) {
    // `**NodeName**：`, `**NodeAffinity**：` in a note about Pods name the fields (`HostAliases`
    // names hostAliases): a plugin or mode that is also a field's name is the named thing only
    // when the label says what it is (`NodeAffinity 插件`) or the context is the component's
    // configuration (a KubeSchedulerConfiguration / KubeProxyConfiguration example).
    const camel = core.replace(/^`+|`+$/g, '').replace(/^[A-Z]/, (x) => x.toLowerCase());
    const sayso = /插件|扩展点|模式|plugin|mode|extension point/i.test(core) || rc.owners(c).some((o) => o === 'KubeSchedulerConfiguration' || o === 'KubeProxyConfiguration');
    if (sayso || (fieldsNamed(camel).length === 0 && configFieldsNamed(camel).length === 0)) return named;
  }
  // rules37: `**istio.io/dataplane-mode=ambient**：…`, `**mesh-injection=enabled：**…`: a project's key
  // set to a value, opening the paragraph that explains the setting, names the key (project-keys.ts)
  const setKey = c.form === 'bold' || c.form === 'code' ? projectKeyOfSetting(core) : undefined;
  if (setKey !== undefined && namedThing(setKey) === undefined && opensExplanation(c, core)) return asTerm(setKey, 'project-key-setting');
  // rules18: a code span that is a YAML line (`` `provisioner: kubernetes.io/no-provisioner` ``) is
  // judged by its key, which is what it names: a long value does not make it a sentence
  // rules29: so is a bold label that sets a camelCase key to one value (`**terminationMessagePolicy=FallbackToLogsOnError：**`)
  const setting = c.form === 'bold' || c.form === 'code' ? settingLabelKey(core) : undefined;
  const codeKey = c.form === 'code' ? keyOf(core) : setting;
  const rejected = notAConcept(codeKey ?? core);
  // `- **kubernetes.io/tls：**…`, `` - `example.com/owner`：… ``: a key written as domain/name that
  // opens the paragraph explaining it (a Secret type, an annotation, a finalizer) is a term; in
  // passing it stays a value (a named thing of the vocabulary in a code span is read above, by
  // the category its item names)
  // (recall46: a heading that is the key or the file alone, `### dapr.io/enabled`, `### .dockerignore`, over its section: alone-names.ts)
  const aloneHeading = c.form === 'heading' && c.rule === 'heading' && headingNameAlone(c.label, firstParagraphText(c))?.shape === 'heading-key-or-file';
  const keyOpener = rejected?.name === 'qualified-key' && namedThing(core) === undefined && (opensExplanation(c, core) || aloneHeading);
  // `- **/var/log/pods**：…`, `` - `templates/`：… ``: a file or directory written as a path that
  // opens the paragraph explaining it is a term, like a file name below (rules12); in passing it
  // stays a path
  const pathOpener = rejected?.name === 'path-or-url' && ((isFilePath(core) && opensExplanation(c, core)) || aloneHeading);
  // resolve5: `**ip netns**：…`, `` `virtctl migrate` 会… ``: a command of a tool the rules do not know,
  // opening the passage that explains it (command-tools.ts `EXPLAINED_TOOLS`)
  const toolCommand = (c.form === 'bold' || c.form === 'code') && isToolCommand(core) && opensExplanation(c, core);
  // rules40 (fortieth session): `**Background（后台删除）**：…`: a generic word glossed with a Chinese name is a name (label-rules.ts GLOSSED_GENERIC_WORD)
  const glossedGeneric = rejected?.name === 'generic-label' && glossedGenericWord(core, glosses);
  if (rejected && !keyOpener && !pathOpener && !toolCommand && !glossedGeneric) return { type: 'none', rule: rejected.name, why: rejected.why };
  // a name the scorer found explained but too weakly to make a concept alone: a new term only as a
  // keyword of concept notes, never attached to them or to anything its words name (rules13)
  if (c.keywordOnly) return newTermOrNone(c, label, rc);
  if (keyOpener) {
    c = { ...c, newTerm: true };
    delete c.expect;
  }
  // `**kubectl drain：**…`, `` `kubeadm certs renew` 会… ``, `` - `admin.conf`：… ``: a command or a
  // file the paragraph it opens explains is a term (when nothing known has the name)
  const commandOrFile = isCommandName(core) || isFlaggedCommand(core) || toolCommand ? 'command' : isFileName(core) || pathOpener ? 'file' : undefined;
  if (commandOrFile !== undefined && opensExplanation(c, core)) {
    c = { ...c, newTerm: true };
    delete c.expect;
  }
  // rules27: `` - `etcd.yaml`：etcd，集群唯一的持久化存储… ``: a file named after what it runs, whose
  // item names that first and then says what it is, explains the thing it runs, not the file
  const runs = commandOrFile === 'file' ? fileRuns(c, core) : undefined;
  if (runs !== undefined) {
    const d = resolveLabel({ ...c, label: runs, rule: c.rule, newTerm: true }, rc);
    return d.type === 'none' ? asTerm(runs, 'file-runs') : { ...d, rule: `file-runs → ${d.rule}` };
  }
  if (c.form === 'heading' && conjuncts(label).length > 1 && !keyOpener) {
    return { type: 'none', rule: 'conjunction', why: 'a heading joining several things names none of them alone' };
  }
  // `**includedNamespaces / excludedNamespaces**：…`: the rules read each part of such a label
  // (definitions.ts); the learned scorer, which reads names whole, does not make the whole one
  // concept. One token with a slash in it is one name (`autoscaling/v2`, `range/end`).
  if (c.rule === 'learned' && /\s/.test(label.trim()) && conjuncts(label).length > 1 && !['path-or-url', 'qualified-key'].includes(notAConcept(label)?.name ?? '')) {
    return { type: 'none', rule: 'conjunction', why: 'a label joining several things names none of them alone' };
  }
  // The kinds the context is about, computed when a name needs them.
  const gen = genitive(label);
  if (gen) label = gen.rest;
  // `subPath 的坑`, `Service 的作用`, `UDP 坑`: about the thing, which the note does not define anew.
  const about = /^(.+?)\s*的\s*(.+)$/u.exec(label) ?? /^(.+?)\s+(坑)$/u.exec(label);
  if (about && isGenericLabel(about[2]!)) {
    label = about[1]!.trim();
    c = { ...c, newTerm: false };
  }
  let ownerList: readonly string[] | undefined;
  const owners = (): readonly string[] => {
    if (ownerList === undefined) {
      const base = rc.owners(c);
      ownerList = gen ? [gen.owner, ...base.filter((o) => o !== gen.owner)] : base;
    }
    return ownerList;
  };
  const key = keyOf(label);
  // its own names first, then the names given right after it (`**动态供给**（Dynamic Provisioning）`)
  // (a heading glossed in parentheses, `审计阶段（Stage）`, names the whole Chinese name: the gloss
  // translates all of it, so no shorter name is read from it, `审计`)
  const glossedHead = c.form === 'heading' && key === undefined ? glossedHeading(label) : undefined;
  // (rules21: a configuration's directive with its sort, `kubernetes 插件`, is that part of the file,
  // never the thing its bare word names elsewhere, Kubernetes)
  const allNames = key !== undefined ? [key] : glossedHead ? [label, glossedHead.core, ...glosses] : c.rule === 'prose-directive' ? [label] : [...new Set([...nameCandidates(label), ...bilingualParts(core), ...glosses, ...c.aliases.filter((a) => a !== label)])];
  // `input.review.object` (a policy's input), `.Values.image.tag` (a chart's values): a dotted path
  // that ends no path of the API names no API field by its last segment
  const foreign = foreignPath(label, owners);
  const names = foreign === undefined ? allNames : allNames.filter((n) => n !== foreign);
  if (names.length === 0) return { type: 'none', rule: 'no-name', why: 'nothing left to name' };

  // `**Init 容器**：写在 \`spec.initContainers\` 里的容器`: the items of a list field, which is
  // what the term names. A scalar field only holds the term's value (QoS class → qosClass):
  // the term is defined, and the field with it.
  let homeField: FieldOccurrence | undefined;
  if (c.fieldHome !== undefined && key === undefined) {
    const home = fieldFor(c.fieldHome, { ...c, expect: 'field' }, rc, owners);
    if (home?.type === 'field' && isListField(home.field)) return { ...home, name: core, rule: 'field-home' };
    if (home?.type === 'field') homeField = home.field;
  }
  const withHome = (d: Decision): Decision => (homeField && (d.type === 'term' || d.type === 'concept') ? { ...d, homeField } : d);
  for (const name of names) {
    const d = resolveName(name, c, rc, owners);
    // rules41: `### 字段级 marker（validation）`: an English word glossing a heading's or a label's
    // name in parentheses translates that name; read as a field no kind places, it is no field
    // (and no diagnostic): the label is judged by its name
    if (d?.type === 'ambiguous-field' && name !== core && glosses.includes(name) && !/^`/.test(name)) continue;
    if (d) return withHome(withJointPlaces(d, c, rc));
  }
  // recall46: a custom kind's path in running text that nothing above placed
  const prosePath = key === undefined ? customProsePath(label, c, rc) ?? unplacedRootedPath(label, c, rc) : undefined;
  if (prosePath) return withHome(prosePath);
  // fix31b `field-zh-name`: `**重启策略**：…`, `### 镜像拉取策略`: a field's Chinese name (vocabulary/field-zh-names.ts)
  // with no English name nearby names that field; a name of one field per kind only where the context names that kind
  const zhField = key === undefined ? zhNamedField(core, c, rc, owners) : undefined;
  if (zhField) return withHome(zhField);
  if (key !== undefined) {
    // `key=value` whose key is no field: the value may name a concept (`mode=ipvs`).
    const value = label.slice(label.search(/=|:\s/) + 1).trim();
    const id = value !== '' ? rc.lookup([value]) : undefined;
    if (id) return { type: 'concept', id, name: value, rule: 'key-value-value' };
    // rules29: `**honorLabels=true：**…`, `` - `doNotTrack: true`：… ``: a camelCase key set to one value,
    // opening the passage that explains it, names the key — a term of the note when nothing places it
    // (setting-labels.ts; as an unplaced key of a table of keys, unplaced-keys.ts)
    if (setting !== undefined && setting === key && opensExplanation(c, core)) return asTerm(setting, 'setting-label');
    return { type: 'none', rule: 'key-value', why: 'a key=value form whose key is no field and whose value names no concept' };
  }
  const d = newTermOrNone(c, label, rc);
  if (d.type === 'term' && commandOrFile !== undefined && c.newTerm) d.rule = `${commandOrFile}-term`;
  else if (d.type === 'term' && keyOpener) d.rule = 'qualified-key-term';
  return withHome(d);
}

/** fix31b: the field a Chinese field name names (FIELD_ZH_NAMES), resolved as its English name is; the Chinese name is its other name. */
export const FIELD_ZH_NAME_RULE = { name: 'field-zh-name' } as const;
function zhNamedField(core: string, c: Candidate, rc: ResolveContext, owners: () => readonly string[]): Decision | undefined {
  const entries = fieldsOfZhName(core);
  if (entries.length === 0) return undefined;
  const os = owners();
  const fits = entries.length === 1 ? entries : entries.filter((e) => e.owner !== undefined && os.includes(e.owner));
  if (fits.length !== 1) return undefined;
  const { field, owner } = fits[0]!;
  const d = resolveName(field, { ...c, label: field, expect: 'field' }, rc, owner !== undefined ? () => [owner, ...os.filter((o) => o !== owner)] : owners);
  if (d === undefined || (d.type !== 'field' && d.type !== 'concept')) return undefined;
  if (d.type === 'field' && owner !== undefined && d.field.owner !== owner) return undefined;
  return { ...d, name: core.trim(), rule: `${FIELD_ZH_NAME_RULE.name} → ${d.rule}` } as Decision;
}

/**
 * `k8s-name`: a named thing of Kubernetes (vocabulary/k8s-names.ts: an admission plugin, a
 * scheduler plugin or extension point, a kube-proxy mode, a well-known label or taint) in a place
 * that explains it (the candidate rules only offer such places: a bold label, a heading, a list
 * item, a defining sentence) is a `term` under its canonical spelling — or the concept that
 * already has the name. An API kind of the same name (`ServiceAccount`, `ResourceQuota`) stays the
 * object. The rule names the category and the source file, for `--explain`.
 */
/** The words that name the category of a well-known key in the sentence that defines it. */
export const WELL_KNOWN_CATEGORY: Readonly<Record<string, RegExp>> = {
  'well-known-label': /标签|\blabel\b/iu,
  'well-known-annotation': /注解|\bannotation\b/iu,
  'well-known-taint': /污点|\btaint\b/iu,
};

/**
 * The candidate's own clause (after the key and its colon, up to the sentence's end) names the
 * key's category: one of the categories, when the key is both (a label key that is also a taint's,
 * `node-role.kubernetes.io/control-plane`：…的污点).
 */
function namesItsCategory(c: Candidate, categories: readonly string[]): boolean {
  const res = categories.map((k) => WELL_KNOWN_CATEGORY[k]).filter((re): re is RegExp => re !== undefined);
  const p = c.blocks[0];
  // (a list item's label with a colon, the form a definition takes: `` - `key`：…的污点 ``)
  // (`` `x` 这个标签 ``: prose-key-category found the category right after the key, key-shapes.ts)
  // (rules28 `` 加注解 `x`，… ``: prose-key-sort found the sort right before it, key-sort-before.ts)
  if (res.length > 0 && (c.rule === 'prose-key-category' || c.rule === 'prose-key-sort')) return c.evidence === undefined || res.some((re) => re.test(c.evidence!));
  if (res.length === 0 || c.rule !== 'code-colon' || !p || p.type !== 'paragraph' || p.children[0]?.type !== 'inlineCode') return false;
  const rest = toString({ type: 'paragraph', children: p.children.slice(1) } as typeof p).replace(/^[\s:：]+/u, '');
  const clause = rest.split(/[。；;]/u)[0] ?? '';
  return res.some((re) => re.test(clause)) || leadInNamesCategory(p, c.section.blocks, categories);
}

/**
 * rules37 `key-list-lead-in`: a well-known key opening an item of a list (`` - `kubernetes.io/hostname`：节点主机名 ``) is
 * defined, not a value, when the sentence that leads into the list names the keys' category for all its items
 * (`几个系统自带的标签（kubelet 或云厂商会自动打上）：`, `kubelet 启动时会自动给节点打一些标签，…这三个：`). The lead-in is running text
 * (it opens on plain words, not on a bold or code label: `**topologyKey**：用哪个**节点标签**…` over the same keys
 * defines the field, whose values they are) and ends on a colon. Counted over all dev sets before it was built
 * (bench/list-leads37.mjs `qkey/code/intro-leads/…`, docs/miner.md "rules37"): a lead-in naming labels 1 found / 5
 * missed / 0 no label's (dev59, dev111: two writers), annotations 3 / 0 / 0 (dev14); one naming taints 0 / 8 / 6 (dev76
 * labels the built-in taints, `dev` written alike does not): left (`categories`). Data: the shape, its example and
 * look-alikes (miner-rules37-key-lead-in.test.ts).
 */
export const KEY_LIST_LEAD_IN = {
  name: 'key-list-lead-in',
  takes: "a well-known label or annotation key opening an item of a list whose lead-in, running text ending on a colon, names the keys' category",
  example: '几个系统自带的标签（kubelet 或云厂商会自动打上）：\n\n- `kubernetes.io/hostname`：节点主机名，每个节点唯一。\n- `topology.kubernetes.io/zone`：节点所在的可用区。\n',
  gives: ['kubernetes.io/hostname', 'topology.kubernetes.io/zone'],
  lookAlikes: [
    // a bold label's definition over the keys: they are its values
    '**topologyKey**：用哪个**节点标签**来划分范围：\n\n- `kubernetes.io/hostname`：同一个节点就算在一起。\n- `topology.kubernetes.io/zone`：同一个可用区就算在一起。\n',
    // a lead-in that names no category
    '`topologyKey` 常写的两个值：\n\n- `kubernetes.io/hostname`：同一个节点就算在一起。\n- `topology.kubernetes.io/zone`：同一个可用区就算在一起。\n',
    // a lead-in that names the category and goes on, no colon before the list
    '调度器只认节点标签。\n\n- `kubernetes.io/hostname`：同一个节点就算在一起。\n- `topology.kubernetes.io/zone`：同一个可用区就算在一起。\n',
  ],
  /** The lead-in ends on a colon: it leads into the list. */
  leadsIn: /[:：]\s*$/u,
  /**
   * The categories a lead-in defines keys by: labels and annotations. Not taints: the built-in taints listed under
   * `…会自动给节点加污点…：` are labels in dev76 and no label in `dev`, written alike (0 found / 8 missed / 6 no label's).
   */
  categories: ['well-known-label', 'well-known-annotation'] as readonly string[],
} as const;

/** The paragraph an item of a list of the section opens with, read under its list's lead-in (KEY_LIST_LEAD_IN). */
function leadInNamesCategory(p: Paragraph, blocks: readonly RootContent[], categories: readonly string[]): boolean {
  const res = categories.filter((k) => KEY_LIST_LEAD_IN.categories.includes(k)).map((k) => WELL_KNOWN_CATEGORY[k]!);
  if (res.length === 0) return false;
  const at = blocks.findIndex((b) => b.type === 'list' && b.children.some((it) => it.children[0] === p));
  const lead = at > 0 ? blocks[at - 1] : undefined;
  if (lead?.type !== 'paragraph' || lead.children[0]?.type !== 'text') return false;
  const text = toString(lead);
  return KEY_LIST_LEAD_IN.leadsIn.test(text) && res.some((re) => re.test(text));
}

function namedThingDecision(label: string, rc: ResolveContext, form: Candidate['form'], c: Candidate): Decision | undefined {
  const thing = namedThing(label);
  if (!thing || kindNamed(thing.name)) return undefined;
  // a label or taint key in a code span (`- \`kubernetes.io/hostname\`：…`) is a value of the
  // label or taint its item glosses (`节点没就绪`), unless the item says what kind of thing the key
  // is (`…时加的污点`, `…的标签`): then it is defined (WELL_KNOWN_CATEGORY)
  if (form === 'code' && thing.category.startsWith('well-known-') && !namesItsCategory(c, thing.taint ? [thing.category, 'well-known-taint'] : [thing.category])) return undefined;
  const rule = `k8s-name (${CATEGORY_LABEL[thing.category]}, ${thing.source})`;
  const written = label.normalize('NFKC').trim().replace(/^`+|`+$/g, '');
  const existing = rc.lookup(written === thing.name ? [thing.name] : [thing.name, written]);
  // a plugin is not the field or object whose name it shares once spaces and case are gone
  // (NodeAffinity and the field nodeAffinity's "Node affinity", LimitRanger and LimitRange)
  const k = existing ? rc.known(existing) : undefined;
  if (existing && k && !['field', 'object', 'state'].includes(k.kind)) return { type: 'concept', id: existing, name: thing.name, rule };
  return { type: 'term', title: thing.name, rule, ...(written !== thing.name ? { aliases: [written] } : {}) };
}

function resolveName(name: string, c: Candidate, rc: ResolveContext, owners: () => readonly string[]): Decision | undefined {
  // The field this very note defined under the name: the same word in one chapter is one concept.
  // (A written path names one place: it is resolved as written; a kind spelt as the kind,
  // `Secret`, is the object, not the note's `secret` field.)
  if (c.expect !== 'state' && !name.includes('.') && !(c.expect !== 'field' && kindNamed(name) === name)) {
    const last = name.replace(/\[\]$/, '');
    // (lead38: nor is a name spelt as an enum value, `NodePort`, the note's `nodePort` field: value-spelling.ts)
    const own = rc.noteField(last);
    const ownKnown = own !== undefined ? rc.known(own) : undefined;
    const mine = own !== undefined && ownKnown !== undefined && valueSpellingSkips(last)?.(ownKnown) === true ? undefined : own;
    const occs = mine ? fieldsNamed(last) : [];
    // (rules36: a field of a project kind the note declares is in no by-name index: the note's own
    // field of the name is the one a bare mention means, `traffic` after Route's `spec.traffic`)
    const mineKnown = mine ? rc.known(mine) : undefined;
    if (mine && occs.length === 0 && mineKnown?.kind === 'field' && mineKnown.owner !== undefined && isEcosystemKind(mineKnown.owner) && (rc.projectKinds?.() ?? []).length > 0) {
      return { type: 'concept', id: mine, name, rule: 'same-note-field' };
    }
    if (mine && occs.length > 0) {
      // unless the words around this name set it at another place of the API than the note's
      // field (`容器级的 restartPolicy` after the Pod's, field-place.ts): a second field
      const placed = leadInField(last, c, rc, owners) ?? placedField(last, c, rc, owners);
      const k = rc.known(mine);
      if (placed && !(placed.field.path === k?.fieldPath && placed.field.owner === (k?.owner ?? DEFAULT_OWNER))) {
        return { type: 'field', field: placed.field, name, rule: `field-place (${placed.cue})`, placed: true };
      }
      // unless this section is about another kind that has the field (`suspend` of a CronJob
      // after `suspend` of a Job)
      const strong = ['code-colon', 'bold-colon', 'bold-only', 'bold-copula', 'bold-gloss', 'heading'].includes(c.rule);
      const here = strong ? rc.sectionOwners(c).find((o) => occs.some((x) => x.owner === o)) : undefined;
      if (here === undefined || here === (rc.known(mine)?.owner ?? DEFAULT_OWNER)) return { type: 'concept', id: mine, name, rule: 'same-note-field' };
    }
  }
  // rules27: a path written as it stands for a field this note already gave a custom kind
  // (`spec.priority` in prose after the table of PropagationPolicy's fields that placed it): that
  // field, not the one API kind's that has such a path (unless a kind the context is about has it)
  if (c.expect !== 'state' && ROOTED_PATH.test(name) && fieldByPath(name, owners()) === undefined) {
    const mine = rc.noteField(lastFieldSegment(name).replace(/\[\d*\]$/, ''));
    const k = mine ? rc.known(mine) : undefined;
    const custom = k?.owner !== undefined && kindNamed(k.owner) === undefined && !isCatalogued(k.owner) && !isConfigKind(k.owner);
    // (not where the words give the path another kind: `Machine 的 \`spec.version\`` after KubeadmControlPlane's)
    const placed = custom && k?.kind === 'field' ? ownerNamedPath(name, c, rc) : undefined;
    const elsewhere = placed?.type === 'field' && placed.field.owner !== k?.owner;
    if (mine && k?.kind === 'field' && custom && !elsewhere && k.fieldPath === name.replace(/\[\d*\]/g, '[]').replace(/\[\]$/, '')) return { type: 'concept', id: mine, name, rule: 'same-note-path' };
  }
  let stateDone = false;
  let state: StateOccurrence | undefined;
  const getState = () => {
    if (!stateDone) {
      stateDone = true;
      state = c.expect !== 'field' ? stateFor(name, c, owners, rc) : undefined;
    }
    return state;
  };
  let fieldDone = false;
  let field: Decision | undefined;
  const getField = () => {
    if (!fieldDone) {
      fieldDone = true;
      // (rules21: a configuration's directive, `ready` of a Corefile, is no field of the API named alike)
      field = c.expect !== 'state' && c.rule !== 'prose-directive' && !getState() ? fieldFor(name, c, rc, owners) : undefined;
    }
    return field;
  };
  const existing = rc.lookup([name]);
  if (existing) {
    const k = rc.known(existing);
    // A term, topic or pattern without a field path takes any reading of the name.
    const plain = k !== undefined && k.fieldPath === undefined && !['state', 'field', 'object'].includes(k.kind) && c.expect === undefined;
    // `## Schedule` in a note whose table of CRDs made the custom kind Schedule: a capitalised name
    // that is an object of the note, and only a field of something else in lower case, is the object
    const customObject = k !== undefined && k.kind === 'object' && c.expect === undefined && /^[A-Z]/.test(name) && kindNamed(name) === undefined && (k.names ?? []).includes(name);
    if (k && !spellingDiffers(name, k, c) && !configFieldApart(name, k, getField) && (plain || customObject || compatible(k, c, getState(), getField()))) {
      const f = k.untyped && k.fieldPath === undefined && !getState() ? getField() : undefined;
      return { type: 'concept', id: existing, name, rule: 'known-name', ...(f?.type === 'field' ? { field: f.field } : {}) };
    }
  }
  // `Pod conditions`, `Node status`, `Pod readiness gate`: a kind and, in lower case, the words of
  // one of its top fields (`conditions` → `status.conditions`), as English names a kind's field
  if (c.expect !== 'state') {
    const apposed = kindFieldPhrase(name);
    if (apposed) return { type: 'field', field: apposed, name, rule: 'kind-field-phrase' };
  }
  // `ServiceMonitor 是…的自定义资源` where the note's YAML has `kind: ServiceMonitor`: a custom
  // resource's kind, an object although the API the vocabulary knows has no such kind.
  if (c.customKind && name === c.label && c.expect === undefined) return { type: 'object', kind: name, name, rule: 'custom-kind' };
  // `**VolumeSnapshot**：…` where the note's YAML has `kind: VolumeSnapshot` that the API
  // vocabulary does not know: the note's example is the dictionary (spelt as the example spells it)
  if (c.expect !== 'field' && c.expect !== 'state' && kindNamed(name) === undefined && /^[A-Z][a-z]/.test(name) && rc.noteDocKinds?.().has(name)) {
    return { type: 'object', kind: name, name, rule: 'note-example-kind' };
  }
  // rules36: `**Route（路由）**：…` in a note whose YAML declares `kind: Service` of
  // `serving.knative.dev/v1`: a one-word kind the catalogue serves in the group of a project kind the
  // note declares (rules44: or in another group of the same project, cert-manager's acme group) is that
  // project's kind, although the word alone is no kind (vocabulary's gate);
  // not the name of a tool (`Prometheus` of monitoring.coreos.com is the server before the kind)
  if (c.expect === undefined && kindNamed(name) === undefined && /^[A-Z][a-z]/.test(name) && getState() === undefined && !isEcosystemName(name) && rc.projectKinds?.().some((k) => kindsOfProject(k.apiVersion).includes(name))) {
    return { type: 'object', kind: name, name, rule: 'project-group-kind' };
  }
  // `ConstraintTemplate 定义了…` where the note's CRD (or a project's definition of a kind) names
  // `spec.names.kind: K8sRequiredLabels`: a kind the note itself defines (note-kinds.ts)
  if (c.expect !== 'field' && c.expect !== 'state' && kindNamed(name) === undefined && rc.isNoteKind?.(name)) {
    return { type: 'object', kind: name, name, rule: 'note-defined-kind' };
  }
  // `Issuer` in a note whose example declares `kind: ClusterIssuer`, `SecretStore` beside
  // `ClusterSecretStore`: Kubernetes names a cluster-scoped kind after its namespaced twin
  // (Role/ClusterRole), so the twin of a kind the note's examples declare is a kind too
  if (c.expect === undefined && kindNamed(name) === undefined && rc.noteDocKinds && isClusterTwin(name, rc.noteDocKinds())) {
    return { type: 'object', kind: name, name, rule: 'cluster-twin-kind' };
  }
  // `TaskRun` in a note whose examples declare `kind: Task` (tekton.dev), `PodVolumeBackup` beside
  // `kind: Backup` (velero.io): a project names its kinds after each other, so a compound name
  // built on a kind the note declares is a kind of the same project
  // (not a value some field enumerates, `ClusterIP` beside `kind: Cluster`)
  if (c.expect === undefined && kindNamed(name) === undefined && !isEnumValue(name) && rc.noteKindFamily?.(name) !== undefined && fieldsNamed(name).length === 0) {
    return { type: 'object', kind: name, name, rule: 'note-kind-family' };
  }
  // `**VolumeSnapshotContent**：集群级别的对象，…`: a name spelt as a kind (two capitalised words at
  // least) whose definition's first clause says what it is, an object or resource, is a custom
  // resource's kind although neither the API nor the note's examples know it
  if (c.expect === undefined && kindNamed(name) === undefined && /^[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]+)+$/.test(name) && definedAsObject(c, name)) {
    return { type: 'object', kind: name, name, rule: 'defined-as-object' };
  }
  // typing46: `**StorageProfile：** …` in a note that writes `kubectl edit storageprofile x`, or
  // `- **WidgetSet（WS）**：…` under `装好后会多出一堆 CRD，最重要的两个：` (or a heading `## 几个 CRD`):
  // a name spelt as a kind (two capitalised words at least) that kubectl takes as a resource type in
  // the note, or that a list of one sort, objects, holds, is that object (kind-evidence.ts)
  if (c.expect === undefined && kindNamed(name) === undefined && /^[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]+)+$/.test(name) && !isEnumValue(name) && getState() === undefined && fieldsNamed(name).length === 0) {
    const rule = objectEvidence(c, name, rc);
    if (rule) {
      const { glosses } = splitGloss(stripColon(c.label.normalize('NFKC').replace(/\s+/g, ' ').trim()));
      const aliases = glosses.filter((g) => /^[A-Za-z][A-Za-z0-9-]{1,7}$/.test(g));
      return { type: 'object', kind: name, name, rule, ...(aliases.length > 0 ? { aliases } : {}) };
    }
  }
  // rules21: `- **HNCConfiguration**：集群级单例，\`spec.resources[]\` 决定…`: a name spelt as a kind that
  // neither the API, a catalogue nor the note's examples know, whose definition's line goes on with
  // clauses about paths from an object's root (`spec.…`, `status.…`), is the kind those fields are of
  if (c.expect === undefined && DEFINITION_LABELS.has(c.rule) && kindDefinedByFields(c.blocks[0]) === name && !isEnumValue(name) && getState() === undefined) {
    return { type: 'object', kind: name, name, rule: 'defined-by-fields' };
  }
  // rules27: `一个叫 AdmissionReview 的对象`, `打印一个 **ExecCredential** 对象`, `Machine 的 \`status.phase\``,
  // `**ResourceBinding（\`work.karmada.io/v1alpha2\`）**`: the candidate's own paragraph says the name
  // (spelt as a kind no API or catalogue knows) is an object, or is the cluster-scoped twin of one it
  // says so of (`ClusterResourceBinding` beside it)
  if (c.expect === undefined && kindNamed(name) === undefined && !isEnumValue(name) && getState() === undefined) {
    const said = paragraphKinds(c);
    if (said.has(name) || isClusterTwin(name, said)) return { type: 'object', kind: name, name, rule: 'note-text-kind' };
  }
  // `configMap 卷`, `hostPath volume`: a volume of that type, the Pod's volume source field.
  if (c.expect !== 'state') {
    const vs = volumeSourceNamed(name);
    if (vs) return { type: 'field', field: vs, name, rule: 'volume-source' };
  }
  const st = getState();
  if (c.expect === 'state') return st ? { type: 'state', state: st, name, rule: 'phase-value' } : customPhase(name, c, rc, owners);
  if (st) return { type: 'state', state: st, name, rule: 'phase-value' };
  // An API kind, even where another field takes its name as a value (`Ingress` in policyTypes).
  // In plain text a kind is written as one (`binding` is a step, `Binding` the object).
  if (c.expect !== 'field') {
    const kind = kindNamed(name);
    const spelledAsField = /^[a-z]/.test(name) && kind !== name && fieldsNamed(name).some((o) => o.name === name);
    if (kind && !spelledAsField && !(c.form === 'text' && /^[a-z]/.test(name))) return { type: 'object', kind, name, rule: 'api-kind' };
  }
  // An enum value (`Always`, `ClusterIP`, `Recreate`) is a value of a field, not the field.
  const enumValue = isEnumValue(name) && /^[A-Z]/.test(name);
  const f = getField();
  if (f && !enumValue) return f;
  if (isAbbreviation(name)) {
    const id = rc.byInitials(name);
    if (id) return { type: 'concept', id, name, rule: 'initials' };
  }
  return undefined;
}

/**
 * tables7: a row of a table headed as a kind's phases (`| phase | 含义 |`, setting-tables.ts) that no
 * API kind has as a phase is a phase of the note's own kind the passage is about (`ImportScheduled` of
 * a DataVolume, `Provisioned` of a Machine): a state of that kind. None when the note has no kind of
 * its own in the context.
 */
function customPhase(name: string, c: Candidate, rc: ResolveContext, owners: () => readonly string[]): Decision | undefined {
  if (c.phaseColumn !== true) return undefined;
  const owner = owners().find((o) => rc.isNoteKind?.(o) === true);
  if (owner === undefined) return undefined;
  return { type: 'state', state: { value: name, owner, field: PHASE_FIELD }, name, rule: 'custom-phase' };
}

/**
 * `Pod conditions` → Pod `status.conditions`, `Node status` → Node `status`, `Pod readiness gate`
 * → Pod `spec.readinessGates`: an API kind followed by lower-case words that, joined in camelCase
 * (a singular finds the plural field), are a field of that kind at its top (the object, its spec
 * or its status). A capitalised phrase (`Pod Overhead`, `Pod Security Admission`) names a feature
 * or a term, not the field, and a phrase that is itself a kind's name (`Service account`) is that
 * kind.
 */
export function kindFieldPhrase(name: string): FieldOccurrence | undefined {
  const m = /^([A-Z][A-Za-z0-9]*)\s+([a-z]+(?:\s+[a-z]+){0,2})$/.exec(name.normalize('NFKC').trim());
  if (!m || kindNamed(name) !== undefined) return undefined;
  const kind = kindNamed(m[1]!);
  if (kind === undefined || kind !== m[1]) return undefined;
  const camel = m[2]!.split(/\s+/).map((w, i) => (i === 0 ? w : w[0]!.toUpperCase() + w.slice(1))).join('');
  const occ = fieldsNamed(camel).filter((o) => o.owner === kind && /^(?:(?:spec|status)\.)?[A-Za-z0-9]+$/.test(o.path));
  return occ.length === 1 ? occ[0] : undefined;
}

/**
 * A field of a component configuration kind the context is about (`scheduler` of
 * KubeProxyConfiguration's `ipvs`, `cgroupDriver` of KubeletConfiguration) is not a known term or
 * topic that an ordinary word or phrase names (the Scheduler topic, alias `scheduler`; Cgroups,
 * alias `cgroup driver`); only a concept that lists the field's own camelCase name takes it
 * (Image GC lists `imageGCHighThresholdPercent`).
 */
function configFieldApart(name: string, k: KnownConcept, getField: () => Decision | undefined): boolean {
  if (k.fieldPath !== undefined || k.kind === 'field' || configFieldsNamed(name).length === 0) return false;
  const f = getField();
  if (f?.type !== 'field' || !isConfigKind(f.field.owner)) return false;
  return !(/[a-z][A-Z]/.test(name) && (k.names ?? []).includes(name));
}

/**
 * Kubernetes spells kinds in PascalCase and fields in camelCase, as one word: `Secret` (the
 * object) is not the note's `secret` field, `configMap` (a field) is not the object ConfigMap,
 * and `Downward API` (two words) is not the field `downwardAPI`, although the name index, which
 * ignores case and spaces, finds one for the other.
 */
function spellingDiffers(name: string, k: KnownConcept, c: Candidate): boolean {
  if (k.kind === 'field' && k.fieldPath !== undefined && c.expect !== 'field') {
    if (kindNamed(name) === name || /\s/.test(name.trim())) return true;
  }
  const asField = /^[a-z]/.test(name) && fieldsNamed(name).some((o) => o.name === name) && kindNamed(name) !== name;
  if (k.kind === 'object' && asField) return true;
  // `operator` (a field, as written) is not the concept whose alias is `Operator`
  if (asField && k.fieldPath === undefined && k.kind !== 'field' && k.names !== undefined && !k.names.includes(name)) return true;
  // and the other way: `Operator` (a capitalised common word, not code, no spelling the field was
  // given) is not the field `operator` another note defined; it is read afresh (the Operator pattern)
  if (k.kind === 'field' && c.expect !== 'field' && c.form !== 'code' && /^[A-Z][a-z]+$/.test(name) && commonFieldWord(name.toLowerCase()) && k.names !== undefined && !k.names.includes(name)) return true;
  return false;
}

function compatible(k: KnownConcept, c: Candidate, state: StateOccurrence | undefined, field: Decision | undefined): boolean {
  if (state) {
    if (k.kind === 'state') return (k.owner === undefined || k.owner === state.owner) && (k.stateField ?? PHASE_FIELD) === state.field;
    return k.kind !== 'field' && k.kind !== 'object';
  }
  if (field && field.type === 'field') {
    const f = field.field;
    if (k.fieldPath !== undefined) return k.fieldPath === f.path && (k.owner ?? 'Pod') === f.owner;
    return k.kind !== 'object' && k.kind !== 'state';
  }
  if (c.expect === 'field') return k.kind !== 'object' && k.kind !== 'state';
  return true;
}

function stateFor(name: string, c: Candidate, ownersOf: () => readonly string[], rc: ResolveContext): StateOccurrence | undefined {
  const occs = statesNamed(name).filter((s) => s.value === name || s.value.toLowerCase() === name.toLowerCase() && /^[A-Z]/.test(name));
  if (occs.length === 0) return undefined;
  // values37: `**Failed**` beside `**Complete**` and `**Suspended**`: one of a kind's conditions set out, not a phase
  if (c.expect !== 'state' && conditionSetOut(name, c.section) !== undefined) return undefined;
  // lead48: a status field's values set out one by one (`- Waiting —— …` `- Running —— …` `- Terminated —— …`,
  // list-state-colon and its paragraph twin) are the values of the field most of them share (a container's state, not
  // the Pod's phase nor a Node's), as plainly as a bold label names one: a state of a kind with no kind in sight when
  // the label conventions give that kind's values as states (STATE_KINDS_ALONE), else where the context names the kind
  if (c.stateField !== undefined && STATES_SET_OUT.has(c.rule)) {
    const s = occs.find((x) => `${x.owner} ${x.field}` === c.stateField);
    if (s && (STATE_KINDS_ALONE.has(s.owner) || ownersOf().includes(s.owner))) return s;
  }
  const pick = (list: readonly StateOccurrence[]) => {
    if (list.length < 2) return list[0];
    const near = rc.sectionStateFields(c);
    return list.find((x) => near.has(x.field)) ?? list.find((x) => x.field === PHASE_FIELD) ?? list[0];
  };
  for (const o of ownersOf()) {
    const s = pick(occs.filter((x) => x.owner === o));
    if (s) return s;
  }
  // Only one kind has this state (`Succeeded`, `Released`) and the note defines it; a kind whose phase is a
  // state only where the context names it (values37: Namespace's `Terminating`) is not read so
  const distinct = new Set(occs.map((s) => s.owner));
  if (distinct.size === 1 && STATE_KINDS_ALONE.has([...distinct][0]!) && (c.form === 'bold' || c.form === 'table' || c.form === 'heading')) return pick(occs);
  return undefined;
}

/** The rules that read a status field's values set out one by one, each explained (alone-names.ts LIST_STATE_SHAPE). */
const STATES_SET_OUT: ReadonlySet<string> = new Set(['list-state-colon', 'paragraph-state-colon']);

/**
 * values37: the kinds whose states a value names with no kind in sight, by the label conventions (`state` for the
 * values of the Pod phase, the PV and PVC phases and a container's state). A phase of another kind (Namespace's
 * `Active` / `Terminating`) is its state only where the context names that kind (`对 Namespace 来说它是真正的 phase`);
 * elsewhere the word (`**Terminating**：不是 Pod phase，只是 kubectl 显示的状态`) is a term. Counted over every dev
 * set (bench/values37.mjs, docs/miner.md "values37"): `Terminating` is labelled a term in 12 chapters of 10 sets
 * (typed a state in 4 of them), a state in 1, where its section names Namespace.
 */
export const STATE_KINDS_ALONE: ReadonlySet<string> = new Set(['Pod', 'PersistentVolume', 'PersistentVolumeClaim']);

/** The one state field a value belongs to, when it belongs to one only (`Waiting`). */
export function onlyStateField(label: string): string | undefined {
  const fields = new Set(statesNamed(label).filter((s) => s.value === label).map((s) => s.field));
  return fields.size === 1 ? [...fields][0] : undefined;
}

/**
 * rules41: `## AKS：system / user node pool`, `### target type：instance vs ip`: a part of a heading
 * after its colon is one of the things the words before the colon name (a value, a variant), not
 * the heading's subject.
 */
function partAfterColon(c: Candidate, name: string): boolean {
  const t = (c.section.at.line === c.at.line && c.section.title !== '' ? c.section.title : c.label).normalize('NFKC');
  const colon = t.search(/[:：]/u);
  return colon >= 0 && t.indexOf(name, colon) > colon;
}

function fieldFor(name: string, c: Candidate, rc: ResolveContext, ownersOf: () => readonly string[]): Decision | undefined {
  const d = fieldOfName(name, c, rc, ownersOf) ?? childOfWrittenPath(name, c, rc, ownersOf);
  // rules41 (field-owner.ts): a common word is a field only where its owner is in sight
  if (d?.type === 'ambiguous-field' && commonFieldWord(name) && c.rule === 'heading-part' && partAfterColon(c, name)) return { type: 'none', rule: 'common-word-unplaced', why: 'a common word that several kinds have as a field and nothing around it places: a word, not a field' };
  // (no field: the name is then read as any other word, a term where its place explains it)
  if (d?.type === 'field' && rc.noteHasWord && ownerUnseen(name, d.rule, d.field.path, rc.noteHasWord, sameTypePlaces(d.field))) return undefined;
  // (rules44: a keyword of a CRD's schema, below `openAPIV3Schema`, is a term named as written)
  if (d?.type === 'field' && isSchemaKeywordPath(d.field.path)) return { type: 'term', title: name, rule: `${d.rule} → schema-keyword` };
  // (lead48 written-place.ts: a sibling place the note writes the path of just before the name, `state` not `lastState`)
  const sibling = d?.type === 'field' ? writtenSiblingPlace(d.field, d.rule, c.section, c.at, c.key !== undefined) : undefined;
  const placed = d?.type === 'field' && sibling ? { ...d, field: sibling, rule: `${d.rule} → ${WRITTEN_PLACE_SHAPE.name}` } : d;
  const shown = placed?.type === 'field' ? onShownObject(placed, c, rc) : placed;
  return customOwnerInDoubt(standardFieldOfNoteKind(shown, c, rc) ?? shown, c, rc);
}

/**
 * crd41 (standard-object-fields.ts): a field every object has (`metadata.finalizers`,
 * `status.conditions`, `status.observedGeneration`) that the catalogue alone gave a built-in kind,
 * or left among several at one path, in a note about one custom kind: that kind's, at the same path.
 */
function standardFieldOfNoteKind(d: Decision | undefined, c: Candidate, rc: ResolveContext): Decision | undefined {
  if ((d?.type !== 'field' && d?.type !== 'ambiguous-field') || rc.noteKindNames === undefined) return undefined;
  const noteKinds = rc.noteKindNames();
  if (noteKinds.length === 0) return undefined;
  const name = d.type === 'field' ? d.field.name : d.name;
  const picked = d.type === 'field' ? [d.field.owner] : d.owners;
  const paths = d.type === 'field' ? [d.field.path] : fieldsNamed(name).filter((o) => picked.includes(o.owner)).map((o) => o.path);
  const sectionKinds = sectionKindsOf(c);
  const input = { paths, picked, rule: d.rule, sectionKinds, declaredKinds: [...(rc.noteDocKinds?.() ?? [])], definitionKinds: definitionNamedKinds(c), noteKinds };
  const got = standardFieldOwner(input);
  if (got === undefined) return undefined;
  const field: FieldOccurrence = { name: lastFieldSegment(got.path), owner: got.owner, path: got.path, holder: got.owner, type: '' };
  return { type: 'field', field, name, rule: STANDARD_OBJECT_FIELD.name };
}

/** The kinds the candidate's section (and the sections it is in) declares in examples, then names in headings: a fragment the reading took for a Pod shows no Pod. */
function sectionKindsOf(c: Candidate): string[] {
  const out: string[] = [];
  for (const s of sectionChain(c.section)) for (const k of s.fences.flatMap((f) => f.docKinds)) if (k !== '' && !out.includes(k)) out.push(k);
  for (const s of sectionChain(c.section)) for (const k of s.kinds) if (!out.includes(k)) out.push(k);
  return out;
}

/**
 * kind43 (standard-object-fields.ts `STANDARD_TABLE_KEYS`): a row of a table of a standard place's keys (a
 * condition's `type`, `status`, `reason`, `lastTransitionTime`) in a note about one custom kind — declared, or named
 * in prose only where none is declared (`noteKindNames`) — is that kind's field at the standard path, where the
 * table readers of the kind's examples place nothing. Not read where the owner is in doubt: two custom kinds and a
 * section about neither, or another kind with that field declared or named by the section or by the table's lead-in
 * (`Pod 的 condition 有这几个字段：`).
 */
function standardTableKeyField(name: string, c: Candidate, rc: ResolveContext): Decision | undefined {
  const r = STANDARD_TABLE_KEYS;
  const table = c.blocks[0];
  if (c.form !== 'table' || c.rule !== 'field-table' || table?.type !== 'table' || rc.noteKindNames === undefined || !r.key.test(name)) return undefined;
  const noteKinds = rc.noteKindNames();
  if (noteKinds.length === 0) return undefined;
  const rows = table.children.slice(1).map((row) => toString(row.children[0] ?? { type: 'text', value: '' }).trim().replace(/^`|`$/g, ''));
  const path = tableKeyPath(rows, name, standardKeyPath, r);
  if (path === undefined || !STANDARD_OBJECT_FIELD.paths.has(path)) return undefined;
  const sectionKinds = sectionKindsOf(c);
  const owner = customKindInSight(sectionKinds, noteKinds);
  if (owner === undefined) return undefined;
  const at = c.section.blocks.indexOf(table);
  const lead = at > 0 && c.section.blocks[at - 1]!.type === 'paragraph' ? kindsIn(toString(c.section.blocks[at - 1]!), { contextWords: false }) : [];
  if ([...sectionKinds, ...lead].some((k) => k !== owner && fieldsNamed(lastFieldSegment(path)).some((o) => o.owner === k && o.path === path))) return undefined;
  return { type: 'field', field: { name: lastFieldSegment(path), owner, path, holder: owner, type: '' }, name: lastFieldSegment(path), rule: r.name };
}

/** diag40: the API kinds the candidate's own paragraph or list item names (`Pod 通过 \`spec.schedulerName\` 选择…`, `CRD 的作用范围`). */
function definitionNamedKinds(c: Candidate): string[] {
  const first = c.blocks[0];
  return first && (first.type === 'paragraph' || first.type === 'listItem') ? kindsIn(toString(first), { contextWords: false }) : [];
}

/**
 * diag40 (custom-owner-ambiguous.ts): a field the catalogue or the context's order alone gave a kind,
 * in a section about a custom kind of the note whose examples and schema lack the name: several
 * owners, no guess (an `ambiguous-field`, with a hint fitted to what the note already shows).
 */
function customOwnerInDoubt(d: Decision | undefined, c: Candidate, rc: ResolveContext): Decision | undefined {
  if ((d?.type !== 'field' && d?.type !== 'ambiguous-field') || rc.isNoteKind === undefined) return d;
  const name = d.type === 'field' ? d.field.name : d.name;
  const exampleKinds = sectionChain(c.section).flatMap((s) => s.fences).flatMap((f) => f.docKinds).filter((k) => k !== '');
  const doubt = customOwnerAmbiguity({
    name,
    picked: d.type === 'field' ? [d.field.owner] : d.owners,
    rule: d.rule,
    sectionKinds: rc.sectionOwners(c),
    exampleKinds,
    definitionKinds: definitionNamedKinds(c),
    isCustomKind: (k) => rc.isNoteKind?.(k) === true,
    customHas: (k, name) => rc.noteKindPath?.(k, name) !== undefined || rc.keyNamed(name, c.at.line, k) !== undefined,
  });
  if (doubt === undefined) return d;
  const kind = doubt.owners[0]!;
  const other = d.type === 'field' ? d.field.owner : d.owners[0]!;
  return { type: 'ambiguous-field', name, owners: doubt.owners, rule: CUSTOM_OWNER_AMBIGUOUS.name, hint: { key: customOwnerHintKey(doubt.cue), vars: { name, kind, other } } };
}

/** kinds32: the owner's other places of a field of the same object type (`exec`, an ExecAction in a probe and in a hook), for `ownerUnseen`. */
function sameTypePlaces(f: FieldOccurrence): string[] {
  if (!/^[A-Z]/.test(f.type)) return [];
  return fieldsNamed(f.name).filter((o) => o.owner === f.owner && o.type === f.type && o.path !== f.path).map((o) => o.path);
}

/**
 * rules44: a bare name in code that its paragraph writes inside a path from an object's root written
 * just before it (`它的 \`spec.source\` 二选一：\`persistentVolumeClaimName\` 表示…`, `靠 \`spec.preemption\`。
 * 其中 \`reclaimWithinCohort\`…`; kind-sayings.ts `childOfPathBetween`), where no other reading made it a
 * field: the parent path is read as the path itself would be (its owner from the context), and the
 * name is its child — at a kind the catalogue describes only where the API has that child.
 */
function childOfWrittenPath(name: string, c: Candidate, rc: ResolveContext, ownersOf: () => readonly string[]): Decision | undefined {
  if (!/^[a-z][A-Za-z0-9]*$/.test(name) || c.form !== 'code') return undefined;
  let p = c.blocks[0];
  if (p?.type === 'listItem') p = p.children[0];
  if (!p || p.type !== 'paragraph') return undefined;
  const around = aroundPosition(p, c.at.line, c.at.column, name);
  if (!around) return undefined;
  let between = '';
  for (let k = around.at - 1; k >= 0; k--) {
    const n = p.children[k]!;
    if (n.type === 'inlineCode' && ROOTED_PATH.test(n.value.trim().replace(/\[\]$/, ''))) {
      if (!childOfPathBetween(between)) return undefined;
      const parentPath = n.value.trim().replace(/\[\d*\]/g, '').replace(/\[\]$/, '');
      const parent = fieldOfName(parentPath, c, rc, ownersOf);
      if (parent?.type !== 'field') return undefined;
      const owner = parent.field.owner;
      const path = `${parent.field.path.replace(/\[\]$/, '')}.${name}`;
      if (isCatalogued(owner) || isConfigKind(owner) || kindNamed(owner) !== undefined) {
        const occ = fieldAt(owner, path);
        return occ ? { type: 'field', field: occ, name, rule: 'child-of-written-path' } : undefined;
      }
      return { type: 'field', field: { name, owner, path, holder: owner, type: '' }, name, rule: 'child-of-written-path' };
    }
    between = toString(n) + between;
    if (between.length > 80) return undefined;
  }
  return undefined;
}

/**
 * `metadata.managedFields` read off `kubectl get deploy web -o yaml`: a field of an object's
 * metadata (ObjectMeta, which every kind has at the same place) names no kind by itself, so the
 * context's first kind (or a fragment's default, Pod) is a guess. Unless the words name the kind
 * (the rule's owner, a genitive label or one right before the name) or one of the note's examples
 * declares it (`kind: X`), it is
 * the field of the object the section shows printed by kubectl (`shownKinds`), when that kind has it.
 */
function onShownObject(d: Decision & { type: 'field' }, c: Candidate, rc: ResolveContext): Decision {
  if (!d.field.path.startsWith('metadata.') || c.owner !== undefined || genitive(stripColon(c.label.normalize('NFKC').trim()))) return d;
  // (an owner one of the note's examples declares, `kind: ConfigMap`, is no guess; nor one the
  // words right before the name give, `Job 的 metadata.finalizers`)
  if (rc.noteDocKinds?.().has(d.field.owner)) return d;
  const words = c.form === 'heading' ? undefined : wordsAround(c, c.label);
  const before = words ? placeBefore(words.before) : undefined;
  if (before && 'kind' in before) return d;
  for (const k of rc.shownKinds?.(c) ?? []) {
    if (k === d.field.owner) return d;
    const occ = fieldAt(k, d.field.path);
    if (occ) return { ...d, field: occ, rule: `${d.rule} → shown-object` };
  }
  return d;
}

/**
 * rules22: one name at several kinds that is one field of one type — the same holder type at each
 * (HTTPRoute's and GRPCRoute's `filters[].requestHeaderModifier.set`, both HTTPHeaderFilter's; every
 * kind's `metadata.managedFields`, ObjectMeta's) — leaves no doubt about what the field is, only
 * about whose example it is: the kind the context names first among them (the section's, then the
 * note's in the order it names them), else the Pod's (as paths default to). Undefined when the
 * holders differ (`ports` of a Service and of a container are two fields) or the context names none
 * of the kinds and the Pod is not one of them.
 */
function oneTypeField(occs: readonly FieldOccurrence[], owners: readonly string[]): FieldOccurrence | undefined {
  const holder = occs[0]?.holder;
  if (!holder || occs.some((o) => o.holder !== holder)) return undefined;
  for (const o of owners) {
    const occ = occs.find((x) => x.owner === o);
    if (occ) return occ;
  }
  return occs.find((x) => x.owner === DEFAULT_OWNER);
}

/**
 * rules22: a field whose definition (the paragraph a bold label or a heading opens; a code span
 * in a sentence, `PV 和 PVC 的 \`volumeMode\` 必须一致`, says where it is compared, not what it is)
 * says in its first sentence that two kinds have it (field-place.ts `jointPlaces`) is explained at
 * both: the other kind's field comes with the decision (`alsoAt`). Only when the field decided is
 * one of the two, so the sentence is about this field's places.
 */
function withJointPlaces(d: Decision, c: Candidate, rc: ResolveContext): Decision {
  if ((d.type !== 'field' && d.type !== 'concept') || (c.form !== 'bold' && c.form !== 'heading')) return d;
  const first = c.blocks[0];
  if (!first || first.type !== 'paragraph') return d;
  // (the field decided, or the field concept the name already is: the note's own, a heading's)
  const known = d.type === 'concept' ? rc.known(d.id) : undefined;
  const field = d.type === 'field' ? d.field : known?.kind === 'field' && known.fieldPath !== undefined ? { owner: known.owner ?? DEFAULT_OWNER, path: known.fieldPath, name: lastFieldSegment(known.fieldPath) } : undefined;
  if (!field) return d;
  const sentence = toString(first).normalize('NFKC').split(/[。；;！!？?]/u)[0] ?? '';
  const both = jointPlaces(sentence, field.name);
  if (!both.some((f) => f.owner === field.owner && f.path === field.path)) return d;
  const others = both.filter((f) => f.owner !== field.owner);
  return others.length > 0 ? { ...d, alsoAt: others } : d;
}

/** fix29b: the rule that places a field by the kind its own section's heading names (`--explain` prints it). */
export const HEADING_KIND_FIELD = {
  name: 'api-field-heading-kind',
  why: 'the heading over the definition names one kind, which has the field at one place: that place (a deep one too)',
} as const;

/** fix29b: the one place of `name` in the one kind the candidate's section heading names that has it (HEADING_KIND_FIELD). */
export function headingKindField(name: string, c: { section: Pick<Candidate['section'], 'kinds' | 'title'> }, occs: readonly FieldOccurrence[]): FieldOccurrence | undefined {
  // (a kind written as the first word of a longer English name, `Pod Security Standards`, is not named)
  const inName = (k: string) => new RegExp(`(?<![A-Za-z])${k}s?\\s+[A-Za-z]`).test(c.section.title) && !new RegExp(`(?<![A-Za-z])${k}s?(?!\\s*[A-Za-z])`).test(c.section.title);
  const kinds = c.section.kinds.filter((k) => !inName(k) && occs.some((x) => x.owner === k && x.name === name));
  if (kinds.length !== 1) return undefined;
  const mine = occs.filter((x) => x.owner === kinds[0] && x.name === name);
  return mine.length === 1 ? mine[0] : undefined;
}

function fieldOfName(name: string, c: Candidate, rc: ResolveContext, ownersOf: () => readonly string[]): Decision | undefined {
  // several kinds the sentence's paragraph names have the field: not a guess, a diagnostic
  if (c.ambiguousOwners && c.ambiguousOwners.length > 1) return { type: 'ambiguous-field', name, owners: c.ambiguousOwners, rule: 'owner-ambiguous' };
  const lastName = (name.split('.').pop() ?? name).replace(/\[\]$/, '');
  // (the list's lead-in names the field the item's field sits in: a place as written, first)
  const led = leadInField(name, c, rc, ownersOf);
  if (led) return { type: 'field', field: led.field, name, rule: `api-field-placed (${led.cue})` };
  // fix29: `| command | … |` in a table of a container's fields is the container's, not the nearest YAML's hook
  const held = tableRowsField(name, c, rc, ownersOf);
  if (held) return held;
  // rules45 (cr-field-owner.ts): a custom resource's field a list or a heading places under a path
  const listed = customListField(name, c, rc);
  if (listed) return listed;
  // kinds30 (crd-example-key.ts): a custom kind's key explained next to the note's example of it
  const crdKey = crdExampleKeyField(name, c, rc) ?? crdTableKeyField(name, c, rc) ?? crdListKeyField(name, c, rc) ?? standardTableKeyField(name, c, rc);
  if (crdKey) return crdKey;
  // rules36: a field of a project's kind the note's YAML declares (`VirtualService` of
  // networking.istio.io), read from the catalogue's type for that API version (project-kinds.ts)
  const project = projectKindField(name, c, rc, ownersOf);
  if (project) return project;
  const fromExample = exampleField(name, c, rc, ownersOf);
  if (fromExample) return fromExample;
  const ownerOnly = ownerOnlyField(name, lastName, c, rc, ownersOf);
  if (ownerOnly) return ownerOnly;
  const sibling = siblingField(name, c, rc, ownersOf);
  if (sibling) return sibling;
  if (fieldsNamed(lastName).length === 0 && !c.key && !configFieldsNamed(lastName).some((o) => ownersOf().includes(o.owner))) {
    return name === lastName ? configFieldWithoutContext(name, c, rc) : undefined;
  }
  const owners = ownersOf();
  const rule = c.key ? 'yaml-key' : 'api-field';
  // A key a YAML example of the section sets: the note shows where the field is.
  if (c.key) {
    const k = c.key;
    const occ = k.owner ? fieldAt(k.owner, k.path) : owners.map((o) => fieldAt(o, k.path)).find((x) => x !== undefined);
    if (occ) return { type: 'field', field: occ, name, rule };
  }
  // A path as written (`spec.containers[].imagePullPolicy`, `spec.paused`).
  if (name.includes('.')) {
    const occ = fieldByPath(name, owners);
    if (occ) return { type: 'field', field: occ, name: occ.name, rule: 'api-field-path' };
    const all = fieldsByPath(name);
    const distinct = [...new Set(all.map((o) => o.owner))];
    if (distinct.length === 1) return { type: 'field', field: all[0]!, name: all[0]!.name, rule: 'api-field-path' };
    const oneType = distinct.length > 1 ? oneTypeField(all, owners) : undefined;
    if (oneType) return { type: 'field', field: oneType, name: oneType.name, rule: 'api-field-path-one-type' };
    // kinds31 (ambiguous-path-owner.ts): the context names one of the note's custom kinds: its path
    const custom = distinct.length > 1 ? ambiguousPathField(name, distinct, c, rc) : undefined;
    if (custom) return custom;
    if (distinct.length > 1) return { type: 'ambiguous-field', name: all[0]!.name, owners: distinct, rule: 'api-field-path' };
    return undefined;
  }
  // Field names are one word: `Downward API` is not the field `downwardAPI`.
  if (/\s/.test(name)) return undefined;
  // `容器级的 securityContext`, `imagePullSecrets（ServiceAccount 级）`, `` `podSelector` `` in the
  // item of `from`: the words around the name set it at one place of the API (field-place.ts)
  const placed = placedField(name, c, rc, ownersOf);
  if (placed) return { type: 'field', field: placed.field, name, rule: `api-field-placed (${placed.cue})` };
  // the component configuration kinds' fields count only for a kind the context is about, and
  // only as spelt (camelCase): a capitalised `PreFilter`, `Score`, `QueueSort` names the extension
  // point or plugin that the field (`profiles[].plugins.preFilter`) configures
  const occs = [...fieldsNamed(name), ...configFieldsNamed(name).filter((o) => owners.includes(o.owner) && (o.name === name || !/^[A-Z]/.test(name)))];
  if (occs.length === 0) return undefined;
  // `**optional**：…在 \`configMapKeyRef\` 下加上 \`optional: true\``: the definition names the
  // field it sits in, which picks one of the places the name has.
  // `**partition**：\`rollingUpdate.partition\`，…`: the definition writes the field's own path,
  // which places it (at the context's kind first, else at the one kind the path fits)
  if (occs.length > 1) {
    for (const path of ownPathsNamedIn(c, name)) {
      const occ = fieldByPath(path, owners) ?? onlyOwner(fieldsByPath(path));
      if (occ) return { type: 'field', field: occ, name, rule: 'api-field-own-path' };
    }
  }
  const parents = parentFieldsNamedIn(c, name);
  if (parents.size > 0 && occs.length > 1) {
    for (const o of owners) {
      const occ = occs.find((x) => x.owner === o && parents.has(parentSegment(x.path)));
      if (occ) return { type: 'field', field: occ, name, rule: 'api-field-parent' };
    }
  }
  const under = occs.length > 1 ? headingParentField(c, name) : undefined;
  if (under !== undefined) {
    for (const o of owners) {
      const occ = occs.find((x) => x.owner === o && parentSegment(x.path) === under);
      if (occ) return { type: 'field', field: occ, name, rule: 'api-field-heading-parent' };
    }
    const only = onlyOwner(occs.filter((x) => parentSegment(x.path) === under));
    if (only) return { type: 'field', field: only, name, rule: 'api-field-heading-parent' };
  }
  const exact = occs.some((o) => o.name === name);
  // `StorageClass 的 volumeBindingMode`: the kind named right there, where it has the field at
  // one shallowest place (at two, the context decides below)
  if (c.owner !== undefined && exact) {
    const mine = occs.filter((o) => o.owner === c.owner && o.name === name);
    const key = rc.keyNamed(name, c.at.line, c.owner);
    const keyed = key ? fieldAt(c.owner, key.path) : undefined;
    if (keyed) return { type: 'field', field: keyed, name, rule: 'yaml-key' };
    if (mine.length === 1 || (mine.length > 1 && pathDepth(mine[0]!.path) < pathDepth(mine[1]!.path))) return { type: 'field', field: mine[0]!, name, rule: 'api-field-owner-named' };
  }
  // `CSI`, `DNS`: an acronym, not the field `csi`.
  if (!exact && isAbbreviation(name)) return undefined;
  // Capitalised single words (`User`, `Group`) are fields only near the top of a kind the context is about.
  const loose = !exact && !/[a-z][A-Z]/.test(name) && !/^[A-Z][a-z]+[A-Z]/.test(name);
  // The kind whose YAML in this note sets it (nearest first), then the kinds the context is about.
  for (const o of owners) {
    const key = rc.keyNamed(name, c.at.line, o);
    const occ = key ? fieldAt(o, key.path) : undefined;
    if (occ && !(loose && pathDepth(occ.path) > MAX_SHALLOW_DEPTH + 1)) return { type: 'field', field: occ, name, rule: 'yaml-key' };
  }
  // fix29b: the candidate's own section heading names one kind that has the field at exactly one
  // place (`## Deployment` over `` `maxUnavailable`：… ``): that place, however deep (the depth limit
  // below is for kinds the context only implies); a kind with two places, or two kinds, stay open
  const headed = headingKindField(name, c, occs);
  if (exact && headed) return { type: 'field', field: headed, name, rule: HEADING_KIND_FIELD.name };
  for (const o of owners) {
    const occ = occs.find((x) => x.owner === o);
    if (!occ || pathDepth(occ.path) > MAX_CONTEXT_DEPTH) continue;
    if (loose && pathDepth(occ.path) > MAX_SHALLOW_DEPTH + 1) continue;
    return { type: 'field', field: occ, name, rule };
  }
  // The component configuration APIs' fields (config.ts) are read only where the context is
  // about their kind (above: a YAML example's `kind`, the section): elsewhere `taints` is the
  // Node's, not kubeadm's nodeRegistration's, and `etcd` or `crashLoopBackOff` are no fields.
  const free = occs.filter((o) => !isConfigKind(o.owner));
  if (free.length === 0) return configFieldWithoutContext(name, c, rc);
  const distinct = [...new Set(free.map((o) => o.owner))];
  const shallow = free[0]!;
  if (distinct.length === 1 && (exact || pathDepth(shallow.path) <= MAX_SHALLOW_DEPTH)) return { type: 'field', field: shallow, name, rule };
  // Fields every object has at the same place (metadata.labels): the Pod's, as paths default to.
  if (free.every((o) => o.path === shallow.path) && free.some((o) => o.owner === 'Pod') && exact) {
    return { type: 'field', field: free.find((o) => o.owner === 'Pod')!, name, rule };
  }
  // of several kinds, the one kind among them the note names (`tolerationSeconds` in a note about
  // Pods and nodes: the Pod's, not a RuntimeClass's or a ResourceClaim's the note never names)
  const named = rc.noteNamedKinds?.();
  const inNote = named ? distinct.filter((o) => named.has(o)) : [];
  if (exact && inNote.length === 1 && (c.form === 'code' || c.form === 'heading' || c.form === 'bold')) {
    const occ = free.find((o) => o.owner === inNote[0] && o.name === name)!;
    if (occ) return { type: 'field', field: occ, name, rule: 'api-field-note-kind' };
  }
  if (exact && (c.form === 'code' || c.form === 'heading' || c.form === 'bold')) {
    // (of the kinds the note names, when it names several: those are the ones in doubt)
    const inDoubt = free.filter((o) => o.name === name && (inNote.length < 2 || inNote.includes(o.owner)));
    const oneType = oneTypeField(inDoubt, [...owners, ...(named ?? [])]);
    if (oneType) return { type: 'field', field: oneType, name, rule: `${rule}-one-type` };
    // fix31a: the type the section's other fields are of (`periodSeconds` beside `initialDelaySeconds`, `failureThreshold`: a probe's)
    const titles: string[] = [];
    for (let s: Section | undefined = c.section; s !== undefined; s = s.parent) if (s.title !== '') titles.push(s.title);
    const sibling = headingHolderField(inDoubt, titles) ?? siblingHolderField(name, inDoubt, c.section.blocks);
    if (sibling) return { type: 'field', field: sibling, name, rule: SIBLING_HOLDER_RULE.name };
    return { type: 'ambiguous-field', name: shallow.name, owners: inNote.length > 1 ? inNote : distinct, rule };
  }
  return undefined;
}

/**
 * The field a candidate's own words place (field-place.ts): the kind the rule found named right
 * there, a genitive label (`SA 的 imagePullSecrets`), the words right before or after the name
 * in its clause, a gloss that is a level (`（ServiceAccount 级）`), the field an enclosing list
 * item explains. Only a place the API has for the name counts; the cue is kept for `--explain`.
 */
function placedField(name: string, c: Candidate, rc: ResolveContext, ownersOf: () => readonly string[]): { field: FieldOccurrence; cue: string } | undefined {
  if (!/^[a-z][A-Za-z0-9]*$/.test(name)) return undefined;
  const places: FieldPlace[] = [];
  if (c.owner !== undefined) places.push({ kind: c.owner, cue: 'owner-named' });
  const raw = c.label.normalize('NFKC').replace(/\s+/g, ' ').trim();
  const gen = genitive(stripColon(raw));
  if (gen) places.push({ kind: gen.owner, cue: 'genitive' });
  const words = wordsAround(c, name);
  if (words) {
    const b = placeBefore(words.before);
    if (b) places.push(b);
    const a = placeAfter(words.after);
    if (a) places.push(a);
  }
  for (const g of [...splitGloss(stripColon(raw)).glosses, ...c.aliases]) {
    const p = placeInGloss(g);
    if (p) places.push(p);
  }
  const first = c.blocks[0];
  if (first && c.form !== 'heading') for (const parent of parentItemFields(c.section.blocks, first, name)) places.push({ parent, cue: 'item' });
  if (places.length === 0) return undefined;
  const owners = ownersOf();
  for (const p of places) {
    const field = fieldAtPlace(name, p, owners, (kind) => {
      const key = rc.keyNamed(name, c.at.line, kind);
      return key ? fieldAt(kind, key.path) : undefined;
    });
    if (field) return { field, cue: p.cue };
  }
  return undefined;
}

/** The words of the candidate's paragraph (or heading) before and after its name. */
function wordsAround(c: Candidate, name: string): { before: string; after: string } | undefined {
  if (c.form === 'heading') {
    // (a name a heading holds: the words of the whole heading)
    const t = (c.section.at.line === c.at.line && c.section.title !== '' ? c.section.title : c.label).normalize('NFKC');
    const i = t.indexOf(name);
    return i < 0 ? undefined : { before: t.slice(0, i), after: t.slice(i + name.length) };
  }
  let p = c.blocks[0];
  if (p && p.type === 'listItem') p = p.children[0];
  if (!p || p.type !== 'paragraph') return undefined;
  return aroundPosition(p, c.at.line, c.at.column, c.label);
}

/**
 * A field of a kind whose fields the vocabulary finds only relative to their owner (an ecosystem
 * project's custom resource, vocabulary/index.ts), where the context has that kind: a key its
 * YAML example in the note sets (`refreshInterval` under `kind: ExternalSecret`), or a path
 * written out (`spec.encryptedData` beside a SealedSecret). The by-name index has no such name,
 * so the lookups after this one would stop before asking the context's kinds.
 */
function ownerOnlyField(name: string, lastName: string, c: Candidate, rc: ResolveContext, ownersOf: () => readonly string[]): Decision | undefined {
  if (fieldsNamed(lastName).length > 0 || !/^[a-z][A-Za-z0-9]*$/.test(lastName)) return undefined;
  // (the context's kinds in order, up to one the catalogue does not describe: that one's fields
  // are its examples' keys, exampleField)
  // (rules30: a one-word project kind the note's YAML declares under the API version the catalogue
  // describes, `kind: Prometheus` of `monitoring.coreos.com/v1`, is read from the catalogue too)
  const readers: ((path: string) => FieldOccurrence | undefined)[] = [];
  for (const o of ownersOf()) {
    const declared = isCatalogued(o) || name.includes('.') ? undefined : rc.declaredApiVersion?.(o);
    if (!isCatalogued(o) && (declared === undefined || declaredFieldAt(o, declared, 'spec') === undefined)) break;
    const at = (path: string) => (declared === undefined ? fieldAt(o, path) : declaredFieldAt(o, declared, path));
    readers.push(at);
    if (name.includes('.')) {
      const occ = fieldByPath(name, [o]);
      if (occ) return { type: 'field', field: occ, name: occ.name, rule: 'api-field-path' };
      continue;
    }
    const key = rc.keyNamed(name, c.at.line, o);
    const occ = key ? at(key.path) : undefined;
    if (occ) return { type: 'field', field: occ, name, rule: 'yaml-key' };
  }
  if (name.includes('.')) return undefined;
  // rules30: a field right under the spec of one of those kinds, though no example of the note
  // sets it (`triggers` of a ScaledObject the section is about); when two of them have it
  // (`refreshInterval` of an ExternalSecret and of a SecretStore), no guess
  const tops = readers.map((at) => at(`spec.${name}`)).filter((x): x is FieldOccurrence => x !== undefined);
  return tops.length === 1 ? { type: 'field', field: tops[0]!, name, rule: 'api-field-spec' } : undefined;
}

/**
 * rules36: the field of a project's kind that a written name or path names (`**timeout**：
 * \`http[].timeout\``, `` `tcp.maxConnections`：… ``, `` `spec.servers[]` 声明… ``), where the note's
 * YAML declares that kind under a project's API version the catalogue describes (project-kinds.ts):
 * the context's kinds are read in order, and the first that has the name decides. A kind of
 * Kubernetes before it that has the name keeps it (the existing readings); a project kind with
 * several places for the name is narrowed by the definition's own path (`http[].timeout`), the
 * note's YAML key of that kind, or the parent field the definition names; still several, no guess.
 */
function projectKindField(name: string, c: Candidate, rc: ResolveContext, ownersOf: () => readonly string[]): Decision | undefined {
  const declared = rc.projectKinds?.() ?? [];
  if (declared.length === 0 || c.expect === 'state') return undefined;
  const lastName = (name.split('.').pop() ?? name).replace(/\[\d*\]$/, '');
  if (!/^[A-Za-z][\w-]*$/.test(lastName)) return undefined;
  const bare = !name.includes('.');
  // (a key listed among several, `它支持 \`exact\`、\`prefix\`、\`not\``, is an option named, not explained)
  if (bare && c.rule === 'yaml-explained' && inCodeEnumeration(c)) return undefined;
  const strip = (p: string) => p.replace(/\[\]/g, '');
  // the paths the definition itself writes for the name (`**timeout**：\`http[].timeout\``)
  const own = definitionPaths(c).map((v) => writtenPath(v)).filter((v) => v.includes('.') && v.split('.').pop() === lastName);
  // (a kind of the same group the section's heading names comes first: `### Configuration` in a
  // note declaring Knative's Service, where `status.latestCreatedRevisionName` is the Configuration's)
  // (of several such kinds the heading names, `Issuer 与 ClusterIssuer`, those the note declares)
  let headed = groupKindsIn(sectionChain(c.section).map((sec) => sec.title).join('\n'), declared);
  if (headed.length > 1 && headed.some((h) => declared.some((k) => k.kind === h.kind))) headed = headed.filter((h) => declared.some((k) => k.kind === h.kind));
  // (and the kind the rule found named right there, `**Route**：…\`status.url\``)
  const named = c.owner !== undefined ? groupKindsIn(c.owner, declared).filter((k) => k.kind === c.owner) : [];
  const kinds = [...named, ...headed, ...declared].filter((k, i, all) => all.findIndex((x) => x.kind === k.kind) === i);
  for (const o of [...headed.map((h) => h.kind), ...ownersOf()]) {
    const pk = kinds.find((k) => k.kind === o);
    if (!pk) {
      // (a kind of Kubernetes the context is about that has the field comes first)
      if (isCatalogued(o) && !isEcosystemKind(o) && (bare ? fieldsNamed(lastName).some((x) => x.owner === o) : fieldByPath(name, [o]) !== undefined)) return undefined;
      continue;
    }
    const fields = projectKindFields(pk.kind, pk.apiVersion);
    if (fields.length === 0) continue;
    let m = projectFieldMatches(name, fields);
    if (m.length === 0) continue;
    // what the note itself writes for the name: its own path, a YAML key of the kind, a key of a
    // fragment of the section without `kind` whose path ends the field's
    const key = rc.keyNamed(lastName, c.at.line, o);
    const fragment = sectionChain(c.section).flatMap((sec) => sec.fences).flatMap((f) => f.keys).filter((k) => !k.data && k.owner === undefined && k.name === lastName && k.path.includes('.')).map((k) => strip(k.path));
    // (the most exact first: the kind's own key, the definition's path, a fragment's key)
    const byKey = key === undefined ? [] : m.filter((x) => strip(x.path) === strip(key.path));
    const byOwn = m.filter((x) => own.some((v) => strip(x.path) === v || strip(x.path).endsWith(`.${v}`)));
    const byFragment = m.filter((x) => fragment.some((v) => strip(x.path).endsWith(`.${v}`)));
    const supported = [byKey, byOwn, byFragment].find((l) => l.length > 0);
    if (supported) m = supported;
    else if (bare) {
      // a bare name the note writes nowhere else: near the top of the kind's spec only (a field of
      // its status or of a condition, `status.conditions[].type`, is any kind's)
      m = m.filter((x) => x.path.startsWith('spec.') && pathDepth(x.path) <= MAX_CONTEXT_DEPTH);
    }
    // (a path written from below the root, `tcp.maxConnections`, names its shallowest place, the
    // same settings repeated per subset or port lying deeper)
    if (m.length > 1 && !bare && pathDepth(m[0]!.path) < pathDepth(m[1]!.path)) m = [m[0]!];
    if (m.length > 1) {
      const parents = parentFieldsNamedIn(c, lastName);
      const byParent = m.filter((x) => parents.has(parentSegment(x.path)));
      if (byParent.length > 0) m = byParent;
    }
    if (m.length !== 1) return undefined;
    // (a bare name nothing in the note places, which another project kind the section shows has
    // near the top of its spec too, `refreshInterval` of an ExternalSecret and a SecretStore: no guess)
    const near = rc.sectionOwners(c);
    if (!supported && bare && kinds.some((k) => k.kind !== o && near.includes(k.kind) && projectFieldMatches(name, projectKindFields(k.kind, k.apiVersion)).some((x) => x.path.startsWith('spec.') && pathDepth(x.path) <= MAX_CONTEXT_DEPTH))) return undefined;
    return { type: 'field', field: m[0]!, name: m[0]!.name, rule: 'project-kind-field' };
  }
  return undefined;
}

/** The candidate's code span is one of three or more code spans joined by `、` (and a last `和`/`或`). */
function inCodeEnumeration(c: Candidate): boolean {
  const p = c.blocks[0];
  if (!p || p.type !== 'paragraph') return false;
  const kids = p.children;
  const k = kids.findIndex((n) => n.type === 'inlineCode' && n.position?.start.line === c.at.line && n.position.start.column === c.at.column);
  if (k < 0) return false;
  const joiner = (n: (typeof kids)[number] | undefined) => n?.type === 'text' && /^\s*(?:、|和|或|及|以及)\s*$/u.test(n.value);
  let from = k;
  while (from >= 2 && joiner(kids[from - 1]) && kids[from - 2]?.type === 'inlineCode') from -= 2;
  let to = k;
  while (to + 2 < kids.length && joiner(kids[to + 1]) && kids[to + 2]?.type === 'inlineCode') to += 2;
  return (to - from) / 2 + 1 >= 3;
}

/**
 * A key of a YAML example of the note whose kind the API catalogue does not know (a custom
 * resource: `gatewayClassName` of a `kind: Gateway` the catalogue lacks, `deletionPolicy` of a
 * VolumeSnapshotClass): the field at the path the example gives, spelt exactly as the example
 * spells it. Kinds of the context are tried in order; a kind the catalogue knows is left to it,
 * unless the note declares a kind of that name itself (note-kinds.ts). A written path goes to the
 * note's custom kinds as `ownerNamedPath` and `notePathField` say (docs/miner.md, "crd8").
 */
function exampleField(name: string, c: Candidate, rc: ResolveContext, ownersOf: () => readonly string[]): Decision | undefined {
  // (a kind the catalogue describes is read from it, unless the note's own example declares a kind
  // of that name under a group the catalogue does not know: Crossplane's Configuration is not Knative's)
  const noteKind = (o: string) => rc.isNoteKind?.(o) === true;
  const catalogued = (o: string) => (isCatalogued(o) || isConfigKind(o)) && !noteKind(o);
  if (name.includes('.')) return ownerNamedPath(name, c, rc) ?? contextPathField(name, c, rc) ?? notePathField(name, rc, ownersOf, catalogued) ?? notePathUnderParent(name, rc, ownersOf, catalogued) ?? tableRowPath(name, c, rc) ?? headingKindPathField(name, c, rc);
  if (!/^[a-z][A-Za-z0-9]*$/.test(name)) return undefined;
  // (an object's metadata is the API's ObjectMeta, its labels and annotations free-form data)
  const occFor = (owner: string, path: string): FieldOccurrence => ({ name, owner, path, holder: owner, type: '' });
  if (c.key && c.key.owner && c.key.name === name && !c.key.path.startsWith('metadata.') && !catalogued(c.key.owner)) {
    // (rules27: named in a paragraph about another kind the paragraph says is an object, `Machine
    // 是…。它的关键字段有：\`spec.clusterName\`` above a MachineHealthCheck's example: that kind's)
    const subject = subjectKind(c, rc);
    if (subject !== undefined && subject !== c.key.owner && !catalogued(subject) && paragraphKinds(c).has(subject)) {
      return { type: 'field', field: occFor(subject, c.key.path), name, rule: 'note-text-subject' };
    }
    return { type: 'field', field: occFor(c.key.owner, c.key.path), name, rule: 'note-example-key' };
  }
  for (const o of ownersOf()) {
    if (catalogued(o)) {
      // a kind the catalogue knows and that has the field comes first
      if (fieldsNamed(name).some((x) => x.owner === o) || configFieldsNamed(name).some((x) => x.owner === o)) return undefined;
      continue;
    }
    const key = rc.keyNamed(name, c.at.line, o);
    if (key && !key.path.startsWith('metadata.') && (key.path.split('.').pop() ?? '').replace(/\[\]$/, '') === name) return { type: 'field', field: occFor(o, key.path), name, rule: 'note-example-key' };
    // (a property of the schema of a kind the note defines, `spec.cronSpec` of a CRD's kind; not a
    // key every object or selector has, `name`, `labels`)
    const defined = BOILERPLATE_KEYS.has(name) ? undefined : rc.noteKindPath?.(o, name);
    if (defined !== undefined) return { type: 'field', field: occFor(o, defined), name, rule: 'note-kind-path' };
  }
  // a name no API kind has as a field, which one custom kind of the note sets: that kind's
  if (fieldsNamed(name).length === 0 && configFieldsNamed(name).length === 0 && !BOILERPLATE_KEYS.has(name)) {
    const kinds = rc.noteKindsWith?.(name) ?? [];
    const path = kinds.length === 1 ? rc.noteKindPath?.(kinds[0]!, name) : undefined;
    if (path !== undefined) return { type: 'field', field: occFor(kinds[0]!, path), name, rule: 'note-kind-field' };
  }
  return undefined;
}

/** `Schedule 对象的`, `CephCluster 的`, `MachineDeployment 资源里的`: a kind named right before a name. */
const KIND_BEFORE = /(?<![A-Za-z0-9])([A-Z][A-Za-z0-9]*[a-z][A-Za-z0-9]*)\s*(?:对象|资源|CR)?\s*(?:的|里的|中的)\s*$/u;

/**
 * `Schedule 对象的 \`spec.template\``: a path written right after a custom kind that the words name
 * as its owner (a kind of the note's examples or definitions, or an object the note already made of
 * a kind no catalogue describes) is that kind's, at the path as written from the object's root.
 */
function ownerNamedPath(name: string, c: Candidate, rc: ResolveContext): Decision | undefined {
  if (!ROOTED_PATH.test(name) || c.form === 'heading') return undefined;
  const words = wordsAround(c, c.label);
  const named = words ? KIND_BEFORE.exec(words.before)?.[1] : undefined;
  // (rules21: else the kind whose definition's line the path opens a clause of, `**HNCConfiguration**：…`)
  const defined = named === undefined && words !== undefined && OPENS_CLAUSE.test(words.before) ? kindDefinedByFields(c.blocks[0], c.at.line) : undefined;
  // (rules27: else the kind that is the subject of the paragraph's last clause opened by a kind's
  // name, one the paragraph says is an object or the note declares: `Machine 是…。它的关键字段有：
  // \`spec.providerID\`…`, `KubeadmControlPlane 就是它的对象，\`spec.replicas\` 决定…`)
  const said = paragraphKinds(c);
  const bySubject = named === undefined && defined === undefined ? subjectKind(c, rc, words) : undefined;
  const owner = named ?? defined ?? bySubject;
  if (owner === undefined || kindNamed(owner) !== undefined || isCatalogued(owner) || isConfigKind(owner)) return undefined;
  if (defined === undefined && bySubject === undefined && rc.isNoteKind?.(owner) !== true && !said.has(owner)) {
    const id = rc.lookup([owner]);
    if (id === undefined || rc.known(id)?.kind !== 'object') return undefined;
  }
  // (a path written with its list marker, `spec.resources[]`, names the list field itself)
  const path = rc.noteKindPath?.(owner, name) ?? name.replace(/\[\d*\]/g, '[]').replace(/\[\]$/, '');
  const last = (path.split('.').pop() ?? path).replace(/\[\]$/, '');
  return { type: 'field', field: { name: last, owner, path, holder: owner, type: '' }, name: last, rule: 'note-kind-owner-named' };
}

/**
 * rules31: a path from the object's root whose words name no owner (`ownerNamedPath`): the kind
 * the context says, nearest evidence first (path-owner.ts: the bold kind label whose definition
 * holds it, a sentence of its paragraph saying which object it is about, the nearest YAML example
 * before it in its section, the section's heading, the note's title). Evidence naming two kinds
 * or more decides nothing (the readings after this one stay, with their diagnostic). A kind the
 * API or a catalogue describes must have the path; another kind takes it as written.
 */
/** Whether the candidate's position is a code span holding `name` (not a label it was read from). */
function codeSpanAt(c: Candidate, name: string): boolean {
  let p = c.blocks[0];
  if (p && p.type === 'listItem') p = p.children[0];
  if (!p || p.type !== 'paragraph') return false;
  const at = aroundPosition(p, c.at.line, c.at.column, c.label)?.at;
  const n = at === undefined ? undefined : p.children[at];
  return n?.type === 'inlineCode' && n.value.trim() === name;
}

/** The evidence of the path's own definition or paragraph (path-owner.ts). */
const NEAR_OWNER_CUES: ReadonlySet<PathOwnerCue> = new Set(['label', 'sentence']);

/** rules31 (path-owner.ts): the context's evidence for the owner of a path from the root, nearest first. */
function pathContextEvidence(name: string, c: Candidate, rc: ResolveContext, words = wordsAround(c, c.label)): PathOwnerEvidence | undefined {
  // (a label counts where the path opens a clause of its definition, `**QuotaPool**：…；\`spec.x\` 限定…`,
  // not inside an aside or after another kind, and where the label is a kind: the API's, a
  // catalogue's, one the note's examples declare or its text says is an object; not a value or a
  // part, `**LoadBalancer**：`, `**Listener**：`)
  const labelKind = words !== undefined && OPENS_CLAUSE.test(words.before) && codeSpanAt(c, name) ? labelKindOf(c.blocks[0], c.at.line) : undefined;
  const isKind = (k: string) => kindNamed(k) !== undefined || isCatalogued(k) || isConfigKind(k) || rc.isNoteKind?.(k) === true || rc.noteDocKinds?.().has(k) === true || paragraphKinds(c).has(k);
  return pathOwnerEvidence({
    label: labelKind !== undefined && isKind(labelKind) && !isEnumValue(labelKind) ? labelKind : undefined,
    sentence: words ? objectSaidBefore(words.before) : undefined,
    exampleKinds: precedingExampleKinds(c.section.fences, c.at.line),
    headingKinds: sectionChain(c.section).find((s) => s.kinds.length > 0)?.kinds ?? [],
    noteKinds: kindsIn(rc.noteTitle?.() ?? ''),
  });
}

/**
 * kinds31 (ambiguous-path-owner.ts): a path from the root that several API kinds have, none of
 * the context's, in a passage whose context names one of the note's own custom kinds: that kind's
 * field as written (the catalogue alone would leave it without an owner).
 */
function ambiguousPathField(name: string, apiOwners: readonly string[], c: Candidate, rc: ResolveContext): Decision | undefined {
  if (c.form === 'heading' || c.form === 'table' || !ROOTED_PATH.test(name)) return undefined;
  const owner = ambiguousPathOwner({
    name,
    apiOwners,
    evidence: pathContextEvidence(name, c, rc),
    isCustomKind: (k) => kindNamed(k) === undefined && !isCatalogued(k) && !isConfigKind(k) && (rc.isNoteKind?.(k) === true || rc.noteDocKinds?.().has(k) === true || paragraphKinds(c).has(k)),
    shown: (k) => rc.noteKindPath?.(k, name) !== undefined,
  });
  if (owner === undefined) return undefined;
  const path = rc.noteKindPath?.(owner, name) ?? writtenRootedPath(name);
  const last = lastSegment(path);
  return { type: 'field', field: { name: last, owner, path, holder: owner, type: '' }, name: last, rule: AMBIGUOUS_PATH_OWNER.name };
}

/**
 * kinds35 (heading-kind-path.ts): a path from the root no API kind has, which no reading above
 * placed, under a heading naming one of the note's custom kinds: that kind's field, as written
 * (the prose rules would otherwise make the path a term).
 */
function headingKindPathField(name: string, c: Candidate, rc: ResolveContext): Decision | undefined {
  if (HEADING_KIND_PATH.skipForms.has(c.form)) return undefined;
  const words = wordsAround(c, c.label);
  const owner = headingKindPathOwner({
    name,
    ...(words ? { sentence: `${words.before.split(/[。！？!?；;\n]/u).pop() ?? ''}${c.label}${words.after.split(/[。！？!?；;\n]/u)[0] ?? ''}` } : {}),
    sectionKinds: c.section.kinds,
    apiOwners: fieldsByPath(name).length,
    isCustomKind: (k) => kindNamed(k) === undefined && !isCatalogued(k) && !isConfigKind(k) && (rc.isNoteKind?.(k) === true || rc.noteDocKinds?.().has(k) === true),
  });
  if (owner === undefined) return undefined;
  const path = rc.noteKindPath?.(owner, name) ?? writtenRootedPath(name);
  const last = lastSegment(path);
  return { type: 'field', field: { name: last, owner, path, holder: owner, type: '' }, name: last, rule: HEADING_KIND_PATH.name };
}

function contextPathField(name: string, c: Candidate, rc: ResolveContext): Decision | undefined {
  if (!ROOTED_PATH.test(name) || c.form === 'heading' || c.form === 'table') return undefined;
  const words = wordsAround(c, c.label);
  // (a label counts where the path opens a clause of its definition, `**QuotaPool**：…；\`spec.x\` 限定…`,
  // not inside an aside or after another kind, and where the label is a kind: the API's, a
  // catalogue's, one the note's examples declare or its text says is an object; not a value or a
  // part, `**LoadBalancer**：`, `**Listener**：`)
  const evidence = pathContextEvidence(name, c, rc, words);
  if (evidence === undefined || evidence.kinds.length !== 1) return undefined;
  const written = evidence.kinds[0]!;
  const kind = kindNamed(written) ?? written;
  if (kindNamed(written) !== undefined || isCatalogued(kind) || isConfigKind(kind)) {
    // (farther evidence about a kind the catalogue describes is the context's kinds, `owners`, which
    // the readings after this one try in their own order)
    if (!NEAR_OWNER_CUES.has(evidence.cue)) return undefined;
    const occ = fieldByPath(name, [kind]);
    return occ ? { type: 'field', field: occ, name: occ.name, rule: `context-path-owner (${evidence.cue})` } : undefined;
  }
  const shown = rc.noteKindPath?.(kind, name);
  // (evidence farther than the paragraph, an example, a heading, the title, places a path no API
  // kind has that is a status, which no example shows, or one the note's examples of the kind set:
  // `\`spec.dataSource\`` after a VolumeSnapshotClass example is the PVC's, and a spec path the
  // example leaves out is often another version's, `旧写法 \`spec.targetCluster\``)
  if (!NEAR_OWNER_CUES.has(evidence.cue) && (fieldsByPath(name).length > 0 || (shown === undefined && !name.startsWith('status.')))) return undefined;
  const path = shown ?? name.replace(/\[\d*\]/g, '[]').replace(/\[\]$/, '');
  const last = (path.split('.').pop() ?? path).replace(/\[\]$/, '');
  return { type: 'field', field: { name: last, owner: kind, path, holder: kind, type: '' }, name: last, rule: `context-path-owner (${evidence.cue})` };
}

/**
 * rules27: the kind a candidate's clause is about, by `clauseSubjectKind`, when its paragraph says
 * that kind is an object, or the note's examples declare it with the path written (and no kind is
 * named right before the name).
 */
function subjectKind(c: Candidate, rc: ResolveContext, words = c.form === 'heading' ? undefined : wordsAround(c, c.label)): string | undefined {
  if (words === undefined || KIND_BEFORE.test(words.before)) return undefined;
  const subject = clauseSubjectKind(words.before);
  if (subject === undefined) return undefined;
  // (a kind the note's examples declare only for a path they give it: `VolumeSnapshotClass 没有
  // spec`, the content's `spec.deletionPolicy` after it is another kind's)
  return paragraphKinds(c).has(subject) || (rc.isNoteKind?.(subject) === true && rc.noteKindPath?.(subject, c.label) !== undefined) ? subject : undefined;
}

/** rules27: the kinds the candidate's first block says are objects (note-kinds.ts `textKinds`), once per block. */
const saidKinds = new WeakMap<object, ReadonlySet<string>>();
function paragraphKinds(c: Candidate): ReadonlySet<string> {
  const first = c.blocks[0];
  if (!first || c.form === 'heading' || first.type === 'heading' || first.type === 'code' || first.type === 'table') return EMPTY_KINDS;
  let s = saidKinds.get(first);
  if (!s) saidKinds.set(first, (s = textKinds(first)));
  return s;
}
const EMPTY_KINDS: ReadonlySet<string> = new Set();

/**
 * A path written in a note (`spec.addresses`, `spec.tasks[].runAfter`) that a custom kind of the
 * note has (note-kinds.ts): the first kind of the context that has the path decides, whether the
 * note or the catalogue describes it (`spec.addresses` after an IPAddressPool example is not the
 * Gateway API's); where no kind of the context has it, the one custom kind of the note that does.
 */
function notePathField(name: string, rc: ResolveContext, ownersOf: () => readonly string[], catalogued: (o: string) => boolean): Decision | undefined {
  if (!/^[A-Za-z][\w-]*(?:\[\d*\])?(?:\.[A-Za-z][\w-]*(?:\[\d*\])?)+$/.test(name) || rc.noteKindsWith === undefined) return undefined;
  const mine = rc.noteKindsWith(name);
  if (mine.length === 0) return undefined;
  const last = (name.split('.').pop() ?? name).replace(/\[\d*\]$/, '');
  const field = (owner: string): Decision => ({ type: 'field', field: { name: last, owner, path: rc.noteKindPath!(owner, name)!, holder: owner, type: '' }, name: last, rule: 'note-kind-path' });
  for (const o of ownersOf()) {
    if (mine.includes(o)) return field(o);
    if (catalogued(o) && fieldByPath(name, [o])) return undefined;
  }
  if (mine.length === 1 && fieldByPath(name, ownersOf()) === undefined) return field(mine[0]!);
  return undefined;
}

/**
 * rules23: a path written from the object's root (`spec.placement.spreadConstraints` in a table of
 * fields) that no custom kind of the note sets itself, but whose parent (`spec.placement`) a custom
 * kind's examples show holding fields: the field under that parent, of the first kind of the
 * context that has the parent, else of the one custom kind that has it. The parent must lie below
 * `spec` or `status` (any kind has a `spec`), and a catalogued kind of the context that has the
 * whole path keeps it.
 */
function notePathUnderParent(name: string, rc: ResolveContext, ownersOf: () => readonly string[], catalogued: (o: string) => boolean): Decision | undefined {
  if (!ROOTED_PATH.test(name) || rc.noteKindsWith === undefined || rc.noteKindChild === undefined) return undefined;
  const clean = name.replace(/\[\d*\]/g, '');
  const cut = clean.lastIndexOf('.');
  const parent = clean.slice(0, cut);
  const last = clean.slice(cut + 1);
  if (!parent.includes('.')) return undefined;
  const mine = rc.noteKindsWith(parent);
  if (mine.length === 0) return undefined;
  const field = (owner: string): Decision | undefined => {
    const path = rc.noteKindChild!(owner, parent, last);
    return path === undefined ? undefined : { type: 'field', field: { name: last, owner, path, holder: owner, type: '' }, name: last, rule: 'note-kind-parent-path' };
  };
  for (const o of ownersOf()) {
    if (mine.includes(o)) return field(o);
    if (catalogued(o) && fieldByPath(name, [o])) return undefined;
  }
  if (mine.length === 1 && fieldByPath(name, ownersOf()) === undefined) return field(mine[0]!);
  return undefined;
}

/**
 * `Issuer` when the note declares `kind: ClusterIssuer`, `ClusterSecretStore` when it declares
 * `kind: SecretStore`: a PascalCase name that is the namespaced or the cluster-scoped twin of a
 * kind the note's examples declare (`Cluster` + the name).
 */
export function isClusterTwin(name: string, declared: ReadonlySet<string>): boolean {
  if (!/^[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]+)*$/.test(name)) return false;
  if (declared.has(`Cluster${name}`)) return true;
  const m = /^Cluster([A-Z][a-z0-9]+(?:[A-Z][a-z0-9]+)*)$/.exec(name);
  return m !== null && declared.has(m[1]!);
}

/** The first clause of a bold or code label's definition ends in 对象 / 资源 (`集群级别的对象`). */
export const DEFINED_AS_OBJECT = /(?:对象|资源|CRD|custom resource|API object)$/iu;

function definedAsObject(c: Candidate, name: string): boolean {
  if (!['bold-colon', 'code-colon', 'bold-copula', 'bold-name'].includes(c.rule)) return false;
  const p = c.blocks[0];
  if (!p || p.type !== 'paragraph') return false;
  // the label (a paragraph's first, or one line's of a paragraph of such lines) and its line
  const i = p.children.findIndex((n) => (n.type === 'strong' || n.type === 'inlineCode') && stripColon((n.type === 'inlineCode' ? n.value : toString(n)).normalize('NFKC')).trim() === name);
  // (rules44: or a label opening a sentence of its own inside the paragraph, after 。！？:
  // `**教训**：…。**PyTorchJob**：Kubeflow Training Operator 的 CRD，…`)
  if (i < 0 || (i > 0 && !/(?:\n|[。！？!?])\s*$/u.test(toString(p.children[i - 1]!)))) return false;
  const rest = toString({ type: 'paragraph', children: p.children.slice(i + 1) } as typeof p).split('\n')[0]!.replace(/^[\s:：]+/u, '').replace(/^(?:是|就是|指)\s*/u, '');
  return DEFINED_AS_OBJECT.test((rest.split(/[，,。；;！!？?]/u)[0] ?? '').trim());
}

/** Labels of their own that define a name (a bold or code label, a bold name in passing, a bold gloss). */
const OWN_LABEL_RULES = new Set(['bold-colon', 'code-colon', 'bold-copula', 'bold-name', 'bold-only', 'bold-gloss']);

/**
 * typing46: the way the note shows that a label's name (spelt as a kind no API, catalogue or example
 * knows) is an object, beyond its own sentence (kind-evidence.ts): kubectl takes it, or an abbreviation
 * its label glosses, as a resource type somewhere in the note (`kubectl-listed-kind`); or it opens an
 * item of a list whose lead-in (or whose section's heading) names the sort, CRDs or objects
 * (`sort-list-kind`). Undefined when neither.
 */
function objectEvidence(c: Candidate, name: string, rc: ResolveContext): string | undefined {
  if (!OWN_LABEL_RULES.has(c.rule)) return undefined;
  const { core, glosses } = splitGloss(stripColon(c.label.normalize('NFKC').replace(/\s+/g, ' ').trim()));
  if (core !== name) return undefined;
  const types = rc.noteKubectlTypes?.();
  if (types && listedByKubectl(name, glosses, types)) return 'kubectl-listed-kind';
  // (the label opens an item of a list at the top of its section: `- **WidgetSet（WS）**：…`)
  const list = c.section.blocks.find((b): b is List => b.type === 'list' && b.children.some((i) => i.position?.start.line === c.at.line));
  const item = list?.children.find((i) => i.position?.start.line === c.at.line);
  const opening = item?.children[0];
  if (!list || opening?.type !== 'paragraph' || opening.children[0]?.type !== 'strong') return undefined;
  if (splitGloss(stripColon(toString(opening.children[0]).normalize('NFKC').trim())).core !== name) return undefined;
  const at = c.section.blocks.indexOf(list);
  const lead = at > 0 && c.section.blocks[at - 1]!.type === 'paragraph' ? c.section.blocks[at - 1]! : undefined;
  if ((lead !== undefined && leadInNamesObjects(toString(lead))) || (at === 0 && headingNamesObjects(c.section.title))) return 'sort-list-kind';
  return undefined;
}

/** The words before a name leave it opening its clause (the line's start or a clause mark, then spaces). */
const OPENS_CLAUSE = /(?:^|[，,；;。：:])\s*$/u;

/**
 * rules21: the kind a definition describes by its fields. A paragraph (or a list item's) opening
 * with a bold label spelt as a kind that neither the API, a catalogue nor a configuration API knows,
 * then a colon, whose first line has a clause opened by a code span that is a path from an object's
 * root (`- **Workload**：Kueue 为每个 Job 建一个，\`spec.podSets\` 描述…`): only an object has a `spec`
 * or a `status`, and the writer explains the label's. `line`, when given, must be the label's line
 * (a path further down belongs to the paragraph's next line, or to no label).
 */
export function kindDefinedByFields(block: RootContent | undefined, line?: number): string | undefined {
  let p = block;
  if (p?.type === 'listItem') p = p.children[0];
  if (!p || p.type !== 'paragraph') return undefined;
  const first = p.position?.start.line;
  if (line !== undefined && first !== line) return undefined;
  const [label, ...rest] = p.children;
  if (label?.type !== 'strong') return undefined;
  const raw = toString(label).normalize('NFKC').trim();
  const name = stripColon(raw).trim();
  const colon = name !== raw || (rest[0]?.type === 'text' && /^\s*[：:]/u.test(rest[0].value.normalize('NFKC')));
  if (!colon || !KIND_SPELLING.test(name) || kindNamed(name) !== undefined || isCatalogued(name) || isConfigKind(name)) return undefined;
  let before = '';
  for (const n of rest) {
    if (n.type === 'inlineCode' && ROOTED_PATH.test(n.value.trim()) && OPENS_CLAUSE.test(before.replace(/^\s*[：:]/u, ''))) return name;
    const t = n.type === 'inlineCode' ? n.value : toString(n);
    if (t.includes('\n')) return undefined;
    before += t;
  }
  return undefined;
}

/** Labels that open a definition of what they name. */
const DEFINITION_LABELS = new Set(['bold-colon', 'code-colon', 'bold-only', 'bold-copula', 'bold-gloss', 'heading']);

/**
 * A field name only the configuration kinds have, defined under its own label where no context
 * names the kind (`**cgroupDriver**：…` with no KubeletConfiguration example or heading): the
 * field of the one kind that has it; of several (`**clientConnection**`: kube-proxy's and
 * kube-scheduler's), an ambiguous field the build warns about. Only names spelt like a field
 * (camelCase): `etcd` or `mode` in a label are not read so.
 */
/** fix29b: a configuration field the sentence saying it places by naming its kind or component (`--explain` prints it). */
export const CONFIG_FIELD_SENTENCE = {
  name: 'config-field-sentence',
  why: 'a camelCase name only one configuration kind has, in a sentence naming that kind or its component (kubelet): its field',
} as const;

function configFieldWithoutContext(name: string, c: Candidate, rc: ResolveContext): Decision | undefined {
  if (!/^[a-z]+[A-Z][A-Za-z0-9]*$/.test(name)) return undefined;
  const occs = configFieldsNamed(name).filter((o) => o.name === name);
  const owners = [...new Set(occs.map((o) => o.owner))];
  // a row of a table or an item of a list (`| \`imageGCHighThresholdPercent\` | … |`) whose one
  // configuration kind the lead-in before it or the note's title names, by the kind or its
  // component (`参数写在 kubelet 的配置文件里：`): that kind's field
  if (!DEFINITION_LABELS.has(c.rule)) {
    if (owners.length !== 1) return undefined;
    const where = [rc.noteTitle?.() ?? '', leadInOf(c)].join('\n');
    const named = new Set([...kindsIn(where), ...componentKindsIn(where)]);
    if (named.has(owners[0]!)) return { type: 'field', field: occs[0]!, name, rule: 'config-field-lead-in' };
    // fix29b: the sentence that says it (a prose rule's evidence) names the kind or its component
    // (`日志轮转由 kubelet 负责：\`containerLogMaxSize\` 默认 10Mi`): that kind's field, not a new term
    const said = c.evidence ?? '';
    return said !== '' && [...kindsIn(said), ...componentKindsIn(said)].includes(owners[0]!) ? { type: 'field', field: occs[0]!, name, rule: CONFIG_FIELD_SENTENCE.name } : undefined;
  }
  if (owners.length === 1) return { type: 'field', field: occs[0]!, name, rule: 'config-field' };
  if (owners.length > 1) return { type: 'ambiguous-field', name, owners, rule: 'config-field' };
  return undefined;
}

/** The paragraph right before the candidate's table or list in its section (its lead-in), or ''. */
function leadInOf(c: Candidate): string {
  const lead = leadInBlock(c);
  return lead ? toString(lead) : '';
}

/**
 * rules27: the name a file's item gives first when it is the file's own name without its extension
 * (`` `kube-scheduler.yaml`：kube-scheduler，给…选节点 ``), set off by a comma or a semicolon from
 * what is said of it; undefined otherwise (`` `Chart.yaml`：chart 的元数据 ``).
 */
function fileRuns(c: Candidate, file: string): string | undefined {
  const name = file.replace(/^`+|`+$/g, '');
  const stem = /^([A-Za-z][\w-]*)\.[A-Za-z0-9]+$/.exec(name)?.[1];
  const words = stem === undefined || c.form === 'heading' ? undefined : wordsAround(c, c.label);
  if (stem === undefined || words === undefined) return undefined;
  const after = words.after.normalize('NFKC').replace(/^[`*\s]*[：:][`*\s]*/u, '');
  return after.startsWith(stem) && /^\s*[，,；;]/u.test(after.slice(stem.length)) ? stem : undefined;
}

/** A lead-in naming the values a field takes (`常用值：`, `可选值有：`, `取值如下：`, `支持的值：`). */
const VALUES_LEAD_IN = /(?:值|取值)(?:有|包括|如下|是)?\s*[：:]\s*$/u;
/** What an item that only lists code spans holds besides them: separators and an aside in parentheses. */
const LIST_SEPARATORS = /^[\s、，,；;。和或及]*$/u;

/**
 * rules27: `**fieldPath：** … 常用值：` above `` - `metadata.name`、`metadata.namespace` ``: an item
 * of a list that holds only code spans (joined by 、 or commas, an aside in parentheses allowed),
 * under a lead-in naming a field's values, lists values that field takes (the Downward API's paths a
 * variable can take); it explains none of them.
 */
function valuesListed(c: Candidate): boolean {
  if (c.form !== 'code') return false;
  let item = c.blocks[0];
  if (item?.type === 'listItem') item = item.children[0];
  if (item?.type !== 'paragraph' || !VALUES_LEAD_IN.test(leadInOf(c).normalize('NFKC').trim())) return false;
  let rest = '';
  let codes = 0;
  for (const n of item.children) {
    if (n.type === 'inlineCode') codes++;
    else rest += toString(n);
  }
  return codes > 0 && LIST_SEPARATORS.test(rest.normalize('NFKC').replace(/[（(][^）)]*[）)]/gu, ''));
}

/** The paragraph right before the candidate's table or list in its section, and that table or list. */
function leadInBlock(c: Candidate): Paragraph | undefined {
  const first = c.blocks[0];
  if (!first) return undefined;
  const blocks = c.section.blocks;
  for (let i = 1; i < blocks.length; i++) {
    const b = blocks[i]!;
    const holds = b === first || (b.type === 'list' && (b.children.includes(first as ListItem) || enclosingItems([b], first).length > 0));
    if (holds && (b.type === 'table' || b.type === 'list')) {
      const lead = blocks[i - 1]!;
      return lead.type === 'paragraph' ? lead : undefined;
    }
  }
  return undefined;
}

/**
 * rules20: a field an item of a list opens with, placed by the list's lead-in (field-place.ts
 * `leadInParents`): `egress 的 \`to\` 还能写：` above `` - `nodes`：… `` is the field
 * `spec.egress[].to[].nodes`, however deep that is. The item must open with the name and sit in
 * the list the lead-in leads into (not in a list nested deeper: its parent item places it). The
 * place counts only where the API (or, for the note's own custom kind, its examples) has a field
 * of the name under the lead-in's field: at the kind the lead-in names, else the context's kinds.
 */
function leadInField(name: string, c: Candidate, rc: ResolveContext, ownersOf: () => readonly string[]): { field: FieldOccurrence; cue: string } | undefined {
  if (!/^[a-z][A-Za-z0-9]*$/.test(name) || (c.form !== 'code' && c.form !== 'bold')) return undefined;
  const first = c.blocks[0];
  if (!first) return undefined;
  const chain = enclosingItems(c.section.blocks, first);
  const own = first.type === 'listItem' ? first : chain.pop();
  if (!own || chain.length > 0 || itemLabel(own) !== name) return undefined;
  const lead = leadInBlock(c);
  if (!lead) return undefined;
  for (const p of leadInParents(lead)) {
    const kind = p.kind === undefined ? undefined : (kindNamed(p.kind) ?? (rc.isNoteKind?.(p.kind) ? p.kind : undefined));
    if (p.kind !== undefined && kind === undefined) continue;
    for (const o of kind !== undefined ? [kind] : ownersOf()) {
      const field = childField(o, p.within, p.written, name, rc);
      if (field) return { field, cue: 'lead-in' };
    }
  }
  return undefined;
}

/** rules45: a list item's opening label in code or bold followed by a colon (a path or a field's name), else undefined. */
function itemOpening(item: ListItem): string | undefined {
  const p = item.children[0];
  if (!p || p.type !== 'paragraph') return undefined;
  const first = p.children[0];
  if (!first || (first.type !== 'strong' && first.type !== 'inlineCode')) return undefined;
  const raw = first.type === 'inlineCode' ? first.value : toString(first);
  const next = p.children[1];
  const colon = (first.type !== 'inlineCode' && /[:：]\s*$/u.test(raw)) || (next?.type === 'text' && /^\s*[:：]/u.test(next.value));
  return colon ? raw.replace(/[:：]\s*$/u, '').trim() : undefined;
}

/** rules45: the one custom kind (the note's own, no catalogue's) the nearest YAML example above the line declares. */
function exampleCustomKind(line: number, rc: ResolveContext): string | undefined {
  const kinds = (rc.exampleKindsBefore?.(line) ?? []).filter((k) => rc.isNoteKind?.(k) === true && !isCatalogued(k) && !isConfigKind(k) && kindNamed(k) === undefined);
  return kinds.length === 1 ? kinds[0] : undefined;
}

/** kinds30 (crd-example-key.ts): the custom kind's field at the path its example next to the candidate sets. */
function crdExampleKeyField(name: string, c: Candidate, rc: ResolveContext): Decision | undefined {
  if (rc.isNoteKind === undefined || rc.exampleKindsBefore === undefined) return undefined;
  const exact = (owner: string, written: string) => {
    const p = rc.noteKindPath?.(owner, written);
    return p !== undefined && p.replace(/\[\]/g, '') === written.replace(/\[\d*\]/g, '') ? p : undefined;
  };
  const hit = crdExampleKey({
    name,
    form: c.form,
    exampleKinds: rc.exampleKindsBefore(c.at.line),
    isCustomKind: (k) => rc.isNoteKind?.(k) === true && !isCatalogued(k) && !isConfigKind(k) && kindNamed(k) === undefined,
    sectionKinds: rc.sectionOwners(c),
    // (the kind the candidate's own words name right before it, `StatefulSet 的 \`updateStrategy\``)
    namedOwner: c.owner ?? KIND_BEFORE.exec(wordsAround(c, name)?.before.normalize('NFKC') ?? '')?.[1],
    keyPath: (k) => rc.keyNamed(name, c.at.line, k)?.path,
    exactPath: exact,
  });
  if (hit === undefined) return undefined;
  const last = lastSegment(hit.path);
  return { type: 'field', field: { name: last, owner: hit.owner, path: hit.path, holder: hit.owner, type: '' }, name: last, rule: CRD_EXAMPLE_KEY.name };
}

/** kinds30 (crd-example-key.ts `tableKeyPath`): a row of a table of keys, most of which one custom kind's examples set at one place. */
function crdTableKeyField(name: string, c: Candidate, rc: ResolveContext): Decision | undefined {
  const table = c.blocks[0];
  if (c.form !== 'table' || c.rule !== 'field-table' || table?.type !== 'table' || rc.noteKindsWith === undefined || rc.noteKindPath === undefined) return undefined;
  if (!CRD_TABLE_KEYS.key.test(name)) return undefined;
  const rows = table.children.slice(1).map((r) => toString(r.children[0] ?? { type: 'text', value: '' }).trim().replace(/^`|`$/g, ''));
  const kinds = [...new Set(rows.flatMap((r) => (CRD_TABLE_KEYS.key.test(r) ? rc.noteKindsWith!(r) : [])))].filter((k) => !isCatalogued(k) && !isConfigKind(k) && kindNamed(k) === undefined);
  const found: { owner: string; path: string }[] = [];
  for (const k of kinds) {
    const path = tableKeyPath(rows, name, (key) => rc.noteKindPath!(k, key));
    if (path !== undefined) found.push({ owner: k, path });
  }
  if (found.length !== 1) return undefined;
  const { owner, path } = found[0]!;
  const last = lastSegment(path);
  return { type: 'field', field: { name: last, owner, path, holder: owner, type: '' }, name: last, rule: CRD_TABLE_KEYS.name };
}

/** The key a list item opens with (crd-example-key.ts `listItemKey`). */
function itemKeyOf(item: ListItem): string | undefined {
  const p = item.children[0];
  if (!p || p.type !== 'paragraph') return undefined;
  const first = p.children[0];
  const next = p.children[1];
  const opening = first?.type === 'inlineCode' ? { form: 'code' as const, text: first.value } : first?.type === 'strong' ? { form: 'bold' as const, text: toString(first) } : undefined;
  return listItemKey(opening, next === undefined ? undefined : p.children.slice(1, 4).map((n) => (n.type === 'inlineCode' ? n.value : toString(n))).join(''));
}

/** kinds31 (crd-example-key.ts `CRD_LIST_KEYS`): an item of a list of keys, most of which one custom kind of the section sets at one place. */
function crdListKeyField(name: string, c: Candidate, rc: ResolveContext): Decision | undefined {
  const r = CRD_LIST_KEYS;
  if (!r.forms.has(c.form) || !r.key.test(name) || rc.noteKindsWith === undefined || rc.noteKindPath === undefined) return undefined;
  const first = c.blocks[0];
  if (!first) return undefined;
  const own = first.type === 'listItem' ? first : enclosingItems(c.section.blocks, first).pop();
  if (!own || itemKeyOf(own) !== name) return undefined;
  // (the list holding the item: a top-level list of the section, or one nested in the item enclosing it)
  const holders: readonly RootContent[] = (enclosingItems(c.section.blocks, own).pop()?.children as RootContent[] | undefined) ?? c.section.blocks;
  const list = holders.find((b): b is List => b.type === 'list' && b.children.includes(own));
  if (!list) return undefined;
  const rows = list.children.map(itemKeyOf).filter((l): l is string => l !== undefined);
  // (the one kind of the nearest example above, in an earlier section too: a list before the example explains none, rules21)
  const above = rc.exampleKindsBefore?.(c.at.line) ?? [];
  const near = new Set(above.length === 1 ? above : []);
  const kinds = [...new Set(rows.flatMap((row) => rc.noteKindsWith!(row)))].filter((k) => near.has(k) && rc.isNoteKind?.(k) === true && !isCatalogued(k) && !isConfigKind(k) && kindNamed(k) === undefined);
  const found: { owner: string; path: string }[] = [];
  for (const k of kinds) {
    const path = tableKeyPath(rows, name, (key) => rc.noteKindPath!(k, key), r);
    if (path !== undefined) found.push({ owner: k, path });
  }
  if (found.length !== 1) return undefined;
  const { owner, path } = found[0]!;
  const last = lastSegment(path);
  return { type: 'field', field: { name: last, owner, path, holder: owner, type: '' }, name: last, rule: r.name };
}

/**
 * rules45 (cr-field-owner.ts): a custom resource's field that a list or a heading places, its kind
 * the custom kind of the nearest YAML example above (the note's own kind):
 *   - an item written as a path from the root, in a list whose other items are (two at least) paths
 *     that kind's examples set: the kind's field as written (`spec.replicas` beside `spec.persistence.storage`);
 *   - an item opening with a bare name under a lead-in that closes on a path from the root and a
 *     colon, or under a heading that is such a path: the field inside that path — at the path the
 *     examples give, else as written where the path is a status (no example shows a status) or the
 *     examples set one of the item's siblings inside it;
 *   - a heading that is a path from the root: the kind's field as written, where the examples set
 *     that path or one inside it, or it is a status.
 */
function customListField(name: string, c: Candidate, rc: ResolveContext): Decision | undefined {
  if (rc.isNoteKind === undefined || rc.noteKindPath === undefined) return undefined;
  const field = (owner: string, path: string): Decision => {
    const last = lastSegment(path);
    return { type: 'field', field: { name: last, owner, path, holder: owner, type: '' }, name: last, rule: 'custom-kind-list' };
  };
  const exact = (owner: string, written: string) => {
    const p = rc.noteKindPath!(owner, written);
    return p !== undefined && p.replace(/\[\]/g, '') === written.replace(/\[\d*\]/g, '') ? p : undefined;
  };
  // (a heading that is a path from the root: the field it names)
  if (c.form === 'heading') {
    const path = headingRootedPath(c.section.at.line === c.at.line && c.section.title !== '' ? c.section.title : c.label);
    if (path === undefined || writtenRootedPath(name) !== path) return undefined;
    const owner = exampleCustomKind(c.at.line, rc);
    if (owner === undefined) return undefined;
    const shown = exact(owner, path);
    // (a field right under the root, or inside a field the examples set)
    const parent = path.replace(/\[\]/g, '').split('.').slice(0, -1).join('.');
    if (shown === undefined && !ROOT_SEGMENTS.includes(parent) && exact(owner, parent) === undefined) return undefined;
    return field(owner, shown ?? path);
  }
  if (c.form !== 'code' && c.form !== 'bold') return undefined;
  const first = c.blocks[0];
  if (!first) return undefined;
  const chain = enclosingItems(c.section.blocks, first);
  const own = first.type === 'listItem' ? first : chain.pop();
  if (!own || chain.length > 0 || itemOpening(own) !== name) return undefined;
  const list = c.section.blocks.find((b): b is List => b.type === 'list' && b.children.includes(own));
  if (!list) return undefined;
  const owner = exampleCustomKind(c.at.line, rc);
  if (owner === undefined) return undefined;
  const others = list.children.filter((it) => it !== own).map(itemOpening).filter((l): l is string => l !== undefined && l !== name);
  if (ROOTED_PATH.test(name.replace(/\[\]$/, ''))) {
    if (!siblingsAgree(others, (p) => exact(owner, p) !== undefined)) return undefined;
    return field(owner, exact(owner, name) ?? writtenRootedPath(name));
  }
  // (items written as paths from below the root, `beam.color`: below the prefix the items the examples set agree on)
  if (DOTTED_PATH.test(name)) {
    const prefix = siblingsPrefix(others, (p) => rc.noteKindPath!(owner, p));
    if (prefix === undefined) return undefined;
    const own = rc.noteKindPath(owner, name);
    const path = own !== undefined && own.replace(/\[\]/g, '').endsWith(name.replace(/\[\d*\]/g, '')) ? own : joinedPath(prefix, writtenRootedPath(name));
    return field(owner, path);
  }
  if (!FIELD_WORD.test(name)) return undefined;
  const lead = leadInBlock(c);
  // (a lead-in that names a custom kind in bold, `**术语：Verdict** —— … 在 \`status.outcome\` 下：`, is about that kind)
  const leadKinds = lead ? [...new Set(lead.children.filter((n) => n.type === 'strong').flatMap((n) => toString(n).normalize('NFKC').match(/[A-Z][A-Za-z0-9]*[a-z][A-Za-z0-9]*/g) ?? []))].filter((k) => kindNamed(k) === undefined && !isCatalogued(k) && !isConfigKind(k)) : [];
  const parent = (lead ? leadInRootedPath(lead.children.map((n) => ({ code: n.type === 'inlineCode', text: n.type === 'inlineCode' ? n.value : toString(n) }))) : undefined) ?? (c.section.blocks.indexOf(list) >= 0 ? headingRootedPath(c.section.title) : undefined);
  if (parent === undefined) return undefined;
  const leadPath = lead !== undefined && leadInRootedPath(lead.children.map((n) => ({ code: n.type === 'inlineCode', text: n.type === 'inlineCode' ? n.value : toString(n) }))) === parent;
  if (leadPath && leadKinds.length === 1 && leadKinds[0] !== owner && rc.isNoteKind(leadKinds[0]!) !== true) return field(leadKinds[0]!, `${parent}.${name}`);
  const shown = rc.noteKindChild?.(owner, parent, name);
  if (shown !== undefined) return field(owner, shown);
  const siblingShown = others.some((o) => FIELD_WORD.test(o) && exact(owner, `${parent}.${o}`) !== undefined);
  if (!parent.startsWith('status.') && !siblingShown) return undefined;
  return field(owner, `${parent}.${name}`);
}

/**
 * recall46 (alone-names.ts ROOTED_IN_PROSE): a status field written as its path in running text (`status.printableStatus`,
 * `status.outcome`) that no other reading placed, below an example of one custom kind: that kind's status field (no
 * example shows a status, so the path is read as written). A fallback: read only when the path would otherwise be
 * dropped as naming nothing new. Not a path under spec (a field the example does not set is as often another kind's,
 * a policy's overriders, a binding's target cluster) nor deeper under status (`status.migrationState.failureReason`
 * belongs to the object the note reads, not always the one its example shows).
 */
function customProsePath(name: string, c: Candidate, rc: ResolveContext): Decision | undefined {
  if (!ROOTED_IN_PROSE.includes(c.rule) || rc.noteKindPath === undefined) return undefined;
  const path = writtenRootedPath(name);
  if (!STATUS_FIELD_PATH.test(path)) return undefined;
  const owner = exampleCustomKind(c.at.line, rc);
  if (owner === undefined) return undefined;
  const p = path;
  return { type: 'field', field: { name: lastSegment(p), owner, path: p, holder: owner, type: '' }, name: lastSegment(p), rule: 'custom-kind-prose-path' };
}

/**
 * resolve5 (unplaced-keys.ts): a path from the root (`status.url`, `spec.nameResolution`) that a
 * field-proposing rule admits as an unplaced key, below an example of one of the note's own custom
 * kinds: that kind's field as written. Read only where nothing placed it and it would otherwise be a
 * term of the note (a path no example of the kind sets is as often another kind's; a term would be
 * no nearer: the name is the field's either way).
 */
function unplacedRootedPath(name: string, c: Candidate, rc: ResolveContext): Decision | undefined {
  // (a path in running prose, `path-mention`, is as often another object's the passage reads: not placed so)
  if (c.newTerm || c.rule.startsWith('path-mention') || unplacedKey(c.rule, name) !== 'dotted') return undefined;
  const path = writtenRootedPath(name);
  if (!ROOTED_PATH.test(path)) return undefined;
  const owner = exampleCustomKind(c.at.line, rc);
  if (owner === undefined) return undefined;
  // (not below a key the kind's examples give a plain value, `color: blue` for `spec.color.shade`: a
  // value holds no fields, so the path is not that kind's as written)
  const cut = path.lastIndexOf('.');
  const parent = path.slice(0, cut);
  if (parent.includes('.') && rc.noteKindPath?.(owner, parent) !== undefined && rc.noteKindChild?.(owner, parent, path.slice(cut + 1)) === undefined) return undefined;
  return { type: 'field', field: { name: lastSegment(path), owner, path, holder: owner, type: '' }, name: lastSegment(path), rule: 'unplaced-key-path' };
}

/** The kinds a YAML example right above a block sets (`kind: X` of its documents), with at most one paragraph between them. */
function kindsShownAbove(blocks: readonly RootContent[], block: RootContent): string[] {
  const i = blocks.indexOf(block);
  for (let k = i - 1; k >= Math.max(0, i - 2); k--) {
    const b = blocks[k]!;
    if (b.type === 'code') return [...b.value.matchAll(/^kind:[ \t]*([A-Za-z][A-Za-z0-9]*)[ \t]*$/gm)].map((m) => m[1]!);
    if (b.type !== 'paragraph') return [];
  }
  return [];
}

/**
 * fix29 (`table-rows-holder`): a field named in the first column of a table of fields (`| 字段 | 含义 |`)
 * whose other rows are fields of one holder (`image`, `imagePullPolicy`, `args`: a container's) is that
 * holder's field too, where the nearest YAML sets the name somewhere else (`command` under a `postStart`
 * hook's `exec`): the table corrects the example's place, nothing more.
 * The holder is the parent path the other rows have at one owner (TABLE_ROWS_HOLDER.minRows of them at
 * least, every row but one: a table of one holder's fields, not a mix of a Pod's and its containers').
 * fix30 narrowed it (on all dev sets it lost 2 right types and gained none): the name is its row's whole
 * first cell (`| runAsUser / runAsGroup / runAsNonRoot | ✓ | ✓ |`, a row of a table comparing a Pod's and
 * its containers' levels, is no such row); a row whose first cell is not one field name counts as a row
 * not at the holder; and the rule acts only on a name the note's YAML sets (nearest first, as `yaml-key` reads
 * it) under none of the table's holders (a name no YAML sets, or set where the table says, keeps the other
 * rules' place).
 */
export const TABLE_ROWS_HOLDER = { name: 'table-rows-holder', minRows: 2 } as const;

function tableRowsField(name: string, c: Candidate, rc: ResolveContext, ownersOf: () => readonly string[]): Decision | undefined {
  const t = c.blocks[0];
  if (c.rule !== 'field-table' || t?.type !== 'table' || !/^[a-z][A-Za-z0-9]*$/.test(name)) return undefined;
  const firstCells = t.children.slice(1).map((r) => toString(r.children[0] ?? { type: 'text', value: '' }).trim().replace(/^`|`$/g, ''));
  if (!firstCells.includes(name)) return undefined;
  const rows = firstCells.filter((r) => r !== name);
  const fieldRows = rows.filter((r) => /^[a-z][A-Za-z0-9]*$/.test(r));
  if (fieldRows.length < TABLE_ROWS_HOLDER.minRows) return undefined;
  const parent = (p: string): string => p.slice(0, Math.max(0, p.lastIndexOf('.')));
  for (const o of ownersOf()) {
    const mine = fieldsNamed(name).filter((x) => x.owner === o && x.name === name);
    if (mine.length === 0) continue;
    const count = new Map<string, number>();
    for (const r of fieldRows) for (const p of new Set(fieldsNamed(r).filter((x) => x.owner === o && x.name === r).map((x) => parent(x.path)))) count.set(p, (count.get(p) ?? 0) + 1);
    const most = Math.max(0, ...count.values());
    if (most < TABLE_ROWS_HOLDER.minRows || most < rows.length - 1) continue;
    const holders = new Set([...count].filter(([, n]) => n === most).map(([p]) => p));
    // (only where the note's YAML sets it, nearest first, and not under one of the table's holders: there its place stands)
    // (the catalogue gives a shared type's field once, `livenessProbe.periodSeconds` for every probe: the YAML's
    // place is the table's holder when it is a field of the same type, `readinessProbe.periodSeconds`)
    const key = c.key !== undefined && (c.key.owner === undefined || c.key.owner === o) ? c.key : rc.keyNamed(name, c.at.line, o);
    const occ = mine.find((x) => holders.has(parent(x.path)));
    if (key === undefined || occ === undefined || holders.has(parent(key.path)) || fieldAt(o, key.path)?.holder === occ.holder) return undefined;
    return { type: 'field', field: occ, name, rule: TABLE_ROWS_HOLDER.name };
  }
  return undefined;
}

/**
 * rules21: a field an item of a list opens with, where the list comes right after a YAML example
 * of one of the note's own custom kinds (a paragraph between them at most) and the other items of
 * the list open with fields that example's kind has, all at one place (`spec.` below a `kind:
 * Backup` example: `` - `ttl`：… ``, `` - `snapshotVolumes`：… `` and `` - `defaultVolumesToFsBackup`：… ``, the
 * last set in no example): the writer goes through that kind's fields one by one, so the name
 * is the kind's field at the same place. Two other items at least must be the kind's fields, all at
 * one place; only a kind no catalogue describes (a catalogued kind's fields are the catalogue's) and a name
 * spelt as a field.
 */
function siblingField(name: string, c: Candidate, rc: ResolveContext, ownersOf: () => readonly string[]): Decision | undefined {
  if (!/^[a-z][A-Za-z0-9]*$/.test(name) || (c.form !== 'code' && c.form !== 'bold') || rc.noteKindPath === undefined) return undefined;
  const first = c.blocks[0];
  if (!first) return undefined;
  const own = first.type === 'listItem' ? first : enclosingItems(c.section.blocks, first).pop();
  if (!own || itemLabel(own) !== name) return undefined;
  const list = c.section.blocks.find((b): b is List => b.type === 'list' && b.children.includes(own));
  const shown = list ? kindsShownAbove(c.section.blocks, list) : [];
  if (!list || shown.length === 0) return undefined;
  const others = list.children.filter((it) => it !== own).map(itemLabel).filter((l): l is string => l !== undefined && l !== name);
  if (others.length < 2) return undefined;
  for (const o of ownersOf()) {
    if (!shown.includes(o) || rc.isNoteKind?.(o) !== true || rc.noteKindPath(o, name) !== undefined) continue;
    const parents = new Set<string>();
    let placed = 0;
    for (const l of others) {
      const path = rc.noteKindPath(o, l);
      if (path === undefined) continue;
      placed++;
      parents.add(path.slice(0, Math.max(0, path.length - l.length - 1)));
    }
    if (placed < 2 || parents.size !== 1) continue;
    const parent = [...parents][0]!;
    const path = parent === '' ? name : `${parent}.${name}`;
    return { type: 'field', field: { name, owner: o, path, holder: o, type: '' }, name, rule: 'note-kind-sibling' };
  }
  return undefined;
}

/**
 * rules27: a path from the object's root in the first column of a table that comes right after a
 * YAML example of one of the note's custom kinds (a paragraph between them at most), where two other
 * rows at least are paths that example's kind has as written (`spec.resourceSelectors`,
 * `spec.placement.clusterAffinity` below a `kind: PropagationPolicy` example, then `spec.priority`,
 * set in no example): the table goes through that kind's fields, so the path is its field as written,
 * not the one API kind's that has such a path (the Pod's `spec.priority`).
 */
function tableRowPath(name: string, c: Candidate, rc: ResolveContext): Decision | undefined {
  const table = c.blocks[0];
  if (c.form !== 'table' || table?.type !== 'table' || !ROOTED_PATH.test(name) || rc.noteKindPath === undefined) return undefined;
  const shown = kindsShownAbove(c.section.blocks, table);
  const rows = table.children.slice(1).map((r) => toString(r.children[0] ?? { type: 'text', value: '' }).trim().replace(/^`|`$/g, '')).filter((r) => r !== name && ROOTED_PATH.test(r));
  for (const o of shown) {
    if (rc.isNoteKind?.(o) !== true || isCatalogued(o) || isConfigKind(o)) continue;
    if (rows.filter((r) => rc.noteKindPath!(o, r)?.replace(/\[\]/g, '') === r.replace(/\[\d*\]/g, '')).length < 2) continue;
    const path = name.replace(/\[\d*\]/g, '[]').replace(/\[\]$/, '');
    const last = (path.split('.').pop() ?? path).replace(/\[\]$/, '');
    return { type: 'field', field: { name: last, owner: o, path, holder: o, type: '' }, name: last, rule: 'note-kind-table-row' };
  }
  return undefined;
}

/** The field `name` of kind `owner` inside the field the written name or path names (`within` the field it sits in). */
function childField(owner: string, within: string | undefined, written: string, name: string, rc: ResolveContext): FieldOccurrence | undefined {
  const parentPath = within !== undefined ? `${within}.${written}` : written;
  if (rc.isNoteKind?.(owner) || !(isCatalogued(owner) || isConfigKind(owner))) {
    const path = rc.noteKindChild?.(owner, parentPath, name);
    return path !== undefined ? { name, owner, path, holder: owner, type: '' } : undefined;
  }
  // (the parent as written, from the object's root or a path it ends; else through the kind's
  // field of its first segment: the catalogue lists a type shared by two fields once, so
  // `scaleUp.policies` is found by walking from `scaleUp`)
  const heads = new Set<string>();
  const rooted = fieldByPath(parentPath, [owner]);
  if (rooted) heads.add(rooted.path);
  for (const o of fieldsByPath(parentPath)) if (o.owner === owner) heads.add(o.path);
  const [head, ...rest] = writtenPath(parentPath).split('.');
  for (const o of [...fieldsNamed(head!), ...configFieldsNamed(head!)]) if (o.owner === owner) heads.add([o.path, ...rest].join('.'));
  for (const h of heads) {
    const occ = fieldAt(owner, `${h}.${name}`);
    if (occ) return occ;
  }
  return undefined;
}

/** The candidate opens its paragraph and the words after it explain it (a colon, 会…, 用来…, 是…). */
function opensExplanation(c: Candidate, label: string): boolean {
  // (a row of a table of named things, definitions.ts `table-named-row` and rules42's `table-sort-row`, rules25b's `table-snake-row`, is the name with what it is)
  if (c.rule === 'text-colon' || c.rule === 'text-equals' || c.rule === 'prose-key-category' || c.rule === 'prose-key-sort' || c.rule.startsWith('prose-key-subject') || c.rule === 'table-named-row' || c.rule === 'table-sort-row' || c.rule === 'table-concept-row' || c.rule === 'table-snake-row') return true;
  if (c.form !== 'bold' && c.form !== 'code') return false;
  if (c.rule === 'bold-colon' || c.rule === 'code-colon') return true;
  const p = c.blocks[0];
  if (!p || p.type !== 'paragraph') return false;
  const first = p.children[0];
  if (!first || (first.type !== 'inlineCode' && first.type !== 'strong')) return false;
  const text = first.type === 'inlineCode' ? first.value : toString(first);
  if (stripColon(text.normalize('NFKC')).trim() !== label) return false;
  const next = p.children[1];
  // `` `kubectl logs` 读的是… ``: also what the command predicates (prose-predicates.ts) read
  // (rules37: `` `x.acme.dev/metric` 决定看什么指标 ``: a key written as domain/name, what any name's predicates read)
  return next !== undefined && next.type === 'text' && (EXPLAINS_COMMAND.test(next.value) || (isCommandName(label) && (PROSE_PREDICATES.some((pr) => pr.only === 'commands' && pr.re.test(next.value.trimStart())) || commandActs(next.value) || (commandExplainedAfter(next.value) && ownParagraph(p)))) || (first.type === 'inlineCode' && isQualifiedKey(label) && PROSE_PREDICATES.some((pr) => (pr.only === undefined || pr.only === 'names' || pr.only === 'settings') && pr.re.test(next.value.trimStart()))));
}

/**
 * rules28: a paragraph of its own, not a list item's or a quote's (it starts the line): a command opening a step or a
 * checklist item (`` 2. `kubectl cnpg status` 等到 healthy ``, `` - [ ] `velero restore describe` 逐条看 ``) is the
 * reader's act, whatever follows it; only a paragraph of its own is read by command-tools.ts commandExplainedAfter.
 */
function ownParagraph(p: RootContent): boolean {
  return p.position?.start.column === 1;
}

/** The candidate's paragraph is only its bold label (and a colon). */
function paragraphIsLabel(c: Candidate): boolean {
  const p = c.blocks[0];
  if (c.form !== 'bold' || !p || p.type !== 'paragraph' || p.children[0]?.type !== 'strong') return false;
  return p.children.slice(1).every((n) => n.type === 'text' && /^[\s:：]*$/u.test(n.value));
}

/**
 * The last segment of a label written as a dotted path (`input.review.object` → `object`) when the
 * path ends no field path of the API: no kind's path ends with it and none of the context's kinds
 * has it (from its root, spec or status, or through its template). Such a path belongs to another data structure (a policy's
 * input document, a chart's values, a JSON document), so its last segment is no API field.
 */
function foreignPath(label: string, owners: () => readonly string[]): string | undefined {
  const path = stripColon(label.normalize('NFKC').trim()).replace(/^`+|`+$/g, '');
  if (!/^\.?[A-Za-z][\w]*(\[\d*\])?(\.[A-Za-z][\w]*(\[\d*\])?)+$/.test(path)) return undefined;
  if (fieldsByPath(path).length > 0 || fieldByPath(path, owners()) !== undefined) return undefined;
  // (a path of a custom kind of the context, through its template: NodePool's `spec.template.spec.requirements`)
  const clean = writtenPath(path);
  if (owners().some((o) => fieldAt(o, clean) !== undefined)) return undefined;
  return lastFieldSegment(path);
}

/** The field a path's last field sits in: `spec.containers[].env[].valueFrom.configMapKeyRef.optional` → configMapKeyRef. */
function parentSegment(path: string): string {
  const parts = path.split('.');
  return (parts[parts.length - 2] ?? '').replace(/\[\]$/, '');
}

/**
 * rules23: the field a table of fields sits under when its section's heading is that field's name
 * alone (`## seccompProfile` over `| 子字段 | 含义 |`): each row is a field inside it.
 */
function headingParentField(c: Candidate, name: string): string | undefined {
  if (c.form !== 'table') return undefined;
  const title = headingName(c.section.title);
  return /^[a-z][A-Za-z0-9]*$/.test(title) && title !== name ? title : undefined;
}

/** Names written in code in the paragraph that defines a bold or code label, other than the label itself. */
function parentFieldsNamedIn(c: Candidate, name: string): Set<string> {
  const out = new Set<string>();
  for (const v of definitionPaths(c)) {
    const last = v.split('.').pop()?.replace(/\[\]$/, '');
    if (last && last !== name) out.add(last);
  }
  return out;
}

/** Paths of two or more segments the definition's code spans write ending in the name itself. */
function ownPathsNamedIn(c: Candidate, name: string): string[] {
  return definitionPaths(c).filter((v) => v.includes('.') && v.split('.').pop()?.replace(/\[\]$/, '') === name);
}

/** The leading path of each code span in the first paragraph of a bold or code definition. */
function definitionPaths(c: Candidate): string[] {
  const first = c.blocks[0];
  if ((c.form !== 'bold' && c.form !== 'code') || !first || first.type !== 'paragraph') return [];
  const out: string[] = [];
  for (const n of first.children) {
    if (n.type !== 'inlineCode') continue;
    const v = /^([A-Za-z][\w.[\]]*)/.exec(n.value.trim())?.[1];
    if (v) out.push(v.replace(/\.$/, ''));
  }
  return out;
}

/** The occurrence when all of them are one kind's (the shallowest), else none. */
function onlyOwner(occs: readonly FieldOccurrence[]): FieldOccurrence | undefined {
  return occs.length > 0 && occs.every((o) => o.owner === occs[0]!.owner) ? occs[0] : undefined;
}

/**
 * A candidate whose rule names only known concepts (`newTerm: false`: a table cell, `X 是…` in
 * running text) whose name is a keyword of concept notes (rules13): the author of those notes
 * listed it as a word worth finding, so the note's passage explains a concept of its own, a new
 * term related to them. The name as written, or its core without a gloss.
 */
function keywordEvidence(label: string, rc: ResolveContext): { keyword: string; of: readonly string[] } | undefined {
  if (!rc.keywordOf) return undefined;
  const clean = label.replace(/^[`'"“‘《]+|[`'"”’》]+$/g, '').trim();
  for (const name of new Set([clean, splitGloss(clean).core])) {
    // a name spelt as an API field or kind (`maxUnavailable`, `kind`, `operator`, `finalizer` of
    // `finalizers`) is that field or kind where the note uses it: a keyword spelt so is no evidence
    // of a term (spellingDiffers; `Operator`, capitalised, is no field)
    if ((/^[a-z]/.test(name) && (fieldsNamed(name).length > 0 || configFieldsNamed(name).length > 0)) || kindNamed(name) === name) continue;
    const of = name === '' ? undefined : rc.keywordOf(name);
    if (of && of.length > 0) return { keyword: name, of };
  }
  return undefined;
}

/** A key the Kubernetes API or a component configuration kind has under this name (keys10: no tool's own key). */
function apiKeyNamed(name: string): boolean {
  return fieldsNamed(name).length > 0 || configFieldsNamed(name).length > 0;
}

function newTermOrNone(c: Candidate, label: string, rc: ResolveContext): Decision {
  // (a name the scorer finds too weakly explained even for a keyword is not read as one: definer.ts KEYWORD_THRESHOLD)
  const keyword = c.newTerm || (c.score !== undefined && c.score < KEYWORD_THRESHOLD) ? undefined : keywordEvidence(label, rc);
  if (!keyword && c.keywordOnly) return { type: 'none', rule: 'not-a-keyword', why: 'the learned scorer scored it under its threshold, and no concept note lists it as a keyword' };
  // resolve5: a key the note sets out and explains that no kind places (`spec.nameResolution`, a
  // table of keys' `workersToDelete`) is a term of the note (unplaced-keys.ts)
  // (not where the context is one of the note's own custom kinds: there the key is that kind's field
  // at a place the resolver could not find, and a term would name it under the wrong kind)
  // (veto9: but a table of keys' rows are terms there too, unplaced-keys.ts UNPLACED_IN_NOTE_KIND)
  // (keys10: or, in a key list, a key of the note's own tool file that no API field has, whatever
  // its spelling: `- \`Mem_Buf_Limit\`：…` after Fluent Bit's configuration, unplaced-keys.ts toolFileKey)
  const key = !c.newTerm && !keyword && (unplacedInNoteKind(c.rule) || !rc.owners(c).some((o) => rc.isNoteKind?.(o) === true)) ? (unplacedKey(c.rule, label) ?? (rc.isToolKey ? toolFileKey(c.rule, label, rc.isToolKey, apiKeyNamed) : undefined)) : undefined;
  // veto9: a code span that opens its paragraph and is said there what it is (`` `cmctl` 是… ``,
  // `` `window` 可以是… ``) is the subject the paragraph explains, a term (explained-openers.ts)
  const opener = !c.newTerm && !keyword && key === undefined && explainedOpener(c.rule, c.blocks, c.label);
  if (!c.newTerm && !keyword && key === undefined && !opener) return { type: 'none', rule: 'not-a-new-term', why: `${c.rule} names only known concepts or Kubernetes fields` };
  // fp42: `audit 表示允许创建…`, `conventions 的意思是…`: a word of English a sentence says something of
  // is no new term, unless concept notes list it as a keyword (passing-names.ts)
  const passing = keyword ? undefined : passingName('new-term', c.rule, label, c.evidence);
  if (passing) return { type: 'none', rule: passing.name, why: passing.why };
  const d = termOrNone(c, label, rc, key !== undefined);
  if (key !== undefined && d.type === 'term') return { ...d, rule: `unplaced-key (${key}) → ${d.rule}` };
  if (opener && d.type === 'term') return { ...d, rule: `explained-opener → ${d.rule}` };
  if (!keyword || d.type !== 'term') return d;
  return { ...d, rule: `${d.rule} ← keyword (${keyword.keyword} of ${keyword.of.join(', ')})`, keywordOf: keyword.of };
}

function termOrNone(c: Candidate, label: string, rc: ResolveContext, unplacedKey = false): Decision {
  const clean = label.replace(/^[`'"“‘《]+|[`'"”’》]+$/g, '').trim();
  if (isEnumValue(clean) && c.form === 'code') return { type: 'none', rule: 'enum-value', why: 'a value of a field' };
  // prec34: `Fail 就是拒绝请求，Ignore 就是放行` after `failurePolicy 决定…`: a value among its siblings, said of beside its field (field-values.ts)
  if (VALUE_AMONG_SIBLINGS.rules.test(c.rule) && isEnumValue(clean) && c.blocks[0] !== undefined && valueAmongSiblings(clean, toString(c.blocks[0])) !== undefined) return { type: 'none', rule: VALUE_AMONG_SIBLINGS.name, why: VALUE_AMONG_SIBLINGS.why };
  // (a command names one thing: `kubectl cordon` is no statement about kubectl and cordon; nor is
  // a domain/name key, `statefulset.kubernetes.io/pod-name`, one about StatefulSet and Pod, nor
  // (names8) a key spelt as one, `com.openfaas.scale.max`, one about scale and max)
  const oneKey = unplacedKey && !/\s/.test(clean);
  if (!/的/.test(clean) && !oneKey && !isCommandName(clean) && !isToolCommand(clean) && !isQualifiedKey(clean) && !isCodeName(clean) && rc.knownNamesIn(splitGloss(clean).core) >= 2) return { type: 'none', rule: 'relation', why: 'a statement about several known concepts' };
  // fix30: `Pod IP`: an API kind's address or id (alias-shapes.ts KNOWN_NAME_ATTRIBUTE), no concept of its own
  if (knownNameAttribute(splitGloss(clean).core, (n) => kindNamed(n) !== undefined) !== undefined) return { type: 'none', rule: KNOWN_NAME_ATTRIBUTE.name, why: 'a known concept\'s address or id (X IP, X ID), not a concept' };
  // `nodeSelectorTerms 与 matchExpressions 的逻辑`, `requests 和 limits 的区别`: a facet of two names
  // joined by a conjunction is what the passage says about both, not a third thing
  const facetOf = /^(.+?(?:与|和|跟|及|以及|对比|vs\.?)\s*.+?)\s*的\s*[\u4e00-\u9fff]{1,6}$/iu.exec(splitGloss(clean).core)?.[1];
  if (facetOf !== undefined) {
    const named = [...facetOf.matchAll(/[A-Za-z][A-Za-z0-9-]*/g)].filter((m) => rc.knownNamesIn(m[0]) > 0 || fieldsNamed(m[0]).length > 0);
    if (new Set(named.map((m) => normKey(m[0]))).size >= 2) return { type: 'none', rule: 'relation', why: 'a facet of several names joined by a conjunction (X 与 Y 的区别), not a concept' };
  }
  if (c.form === 'heading') {
    if (CATEGORY_HEADING.test(clean)) return { type: 'none', rule: CATEGORY_HEADING.name, why: CATEGORY_HEADING.why };
    let shape = headingTermShape(clean);
    // (`运行时参数（runtime options）`: a group of things glossed is still a group)
    if (shape?.name === 'glossed' && CATEGORY_HEADING.test(glossedHeading(clean)!.core)) shape = undefined;
    // the name a question heading asks about (QUESTION_SUBJECT: Latin-led, one thing) is a name by its place
    if (!shape && c.rule === 'heading-question') shape = { name: 'question-name', test: () => true };
    // a name of a joined heading its section explains (definitions.ts joinedHeadingNames) is a name by its place
    if (!shape && c.rule === 'heading-joined') shape = { name: 'joined-name', test: () => true };
    // rules34: a name a longer heading presents (heading-shapes.ts) is a name by its place
    if (!shape && c.rule === 'heading-presents') shape = { name: 'presented-name', test: () => true };
    // rules40: `## 二、Calico` over `Calico 的核心思想：…`: one capitalised word its section opens on
    if (!shape && c.rule === 'heading' && /^[A-Z][a-z]{2,}$/.test(clean) && properNameOpensSection(clean, firstParagraphText(c))) shape = { name: 'proper-name', test: () => true };
    // recall46: `### daprd`, `## 5. Actors`, `### dapr.io/enabled`: a heading that is one name alone over the section about it (alone-names.ts)
    if (!shape && c.rule === 'heading') {
      const alone = headingNameAlone(c.label, firstParagraphText(c));
      if (alone !== undefined && normKey(alone.name) === normKey(splitGloss(clean).core)) shape = { name: alone.shape.replace(/^heading-/, 'alone-'), test: () => true };
    }
    // neg26: `### kubectl rollout history`, `## helm install`: a command's name alone (a tool and its subcommand
    // words, command-tools.ts) is a name, whatever its last word (`history`, `status`, `logs` are rubrics of
    // English headings, alone-names.ts ENGLISH_RUBRIC_LAST, not of a command)
    if (!shape && c.rule === 'heading' && (isCommandName(clean) || isFlaggedCommand(clean) || isToolCommand(clean))) shape = { name: 'command-name', test: () => true };
    // `Headless Service`, `Static Pod`: English words before a known name are a kind of it.
    if (!shape && /^[A-Za-z][\w.+-]*( [A-Za-z][\w.+-]*){1,2}$/.test(clean)) {
      const head = clean.split(' ').pop()!;
      if (rc.lookup([head]) !== undefined || kindNamed(head) !== undefined) shape = { name: 'latin-name', test: () => true };
    }
    // heads8: `### scratch space`, `### 2. Line filter`, `### raylet` over a section that opens by explaining it (alone-names.ts headingTermPhrase)
    if (!shape && c.rule === 'heading') {
      const phrase = headingTermPhrase(c.label, sectionOpening(c));
      if (phrase !== undefined && normKey(phrase) === normKey(splitGloss(clean).core)) shape = { name: 'term-phrase', test: () => true };
    }
    // `etcd 快照备份`: a phrase about the name (two words or more), not a kind of it (`iptables 模式`);
    // the heading-subject candidate attaches the section to the name itself
    // (rules19) `YAML 示例`, `prod overlay 示例`: a rubric after a name that is no name of its own either
    if (shape?.name === 'latin-with-chinese-head' && (headingSubjectName(clean) !== undefined || rubricHead(/[\u4e00-\u9fff]+$/u.exec(clean)?.[0] ?? ''))) {
      return { type: 'none', rule: 'heading-about-a-name', why: 'a heading saying something about a name: the section is about the name (heading-subject)' };
    }
    // prec35: `## 2. Update 策略`, `## 三、kubeconfig 文件`: a numbered section's title, no new term (heading-shapes.ts)
    // (and `## 第 3 天：arm64 节点池`, `## 表三：Pod 反亲和`: the same name set off after a numbered rubric)
    // (prec37: and `## Day 5：演练 Restore`, `### 第 3 天：扩容 PVC`: a Chinese word before a known name in a diary's
    // entry, as the heading or as its part set off after the colon; heading-shapes.ts NUMBERED_SECTION_SHAPES)
    const ownHeading = c.rule === 'heading-subtitle' && c.section.at.line === c.at.line;
    if (
      shape !== undefined &&
      ((c.rule === 'heading' && numberedSectionTitle(shape.name, c.label)) ||
        (ownHeading && shape.name === 'latin-with-chinese-head' && numberedRubricBeforeColon(c.section.title)) ||
        (ownHeading && shape.name === 'chinese-modifier-latin-head' && numberedSectionTitle(shape.name, c.section.title)))
    ) {
      return { type: 'none', rule: NUMBERED_SECTION_PHRASE.name, why: NUMBERED_SECTION_PHRASE.why };
    }
    // struct25: `模板里的 Deployment`, `补丁里的 Service`: a kind where it appears, no new name (kind-in-place.ts)
    if (kindInPlace(clean, (name) => rc.lookup([name]) !== undefined || kindNamed(name) !== undefined) !== undefined) {
      return { type: 'none', rule: 'heading-kind-in-place', why: 'a heading naming a kind where it appears (`模板里的 Deployment`): the section shows the kind, it names nothing new' };
    }
    // prec33: `最小的 Pod`, `写第一个 Job`, `暂停整个 CronJob`: one object of a kind, an example, no new name (kind-in-place.ts)
    if (kindInstance(clean, (name) => rc.lookup([name]) !== undefined || kindNamed(name) !== undefined) !== undefined) {
      return { type: 'none', rule: 'heading-kind-instance', why: 'a heading naming one object of a kind (`最小的 Pod`, `写第一个 Job`): the section shows an example, it names nothing new' };
    }
    // `默认 StorageClass`: a kind of something known; `多文档 YAML` is not a Kubernetes concept.
    if (shape?.name === 'chinese-modifier-latin-head') {
      const head = /([A-Za-z][\w.+-]*(?: [A-Za-z][\w.+-]*)?)$/.exec(clean)![1]!;
      if (rc.lookup([head]) === undefined && kindNamed(head) === undefined) shape = undefined;
    }
    const gen = /^(.+?)\s*的\s*([A-Za-z][\w-]*)$/u.exec(clean);
    const genitiveHead = gen !== null && rc.lookup([gen[2]!]) !== undefined || (gen !== null && kindNamed(gen[2]!) !== undefined);
    // a Chinese name set off after a question (`Pod 是怎么"死"的？优雅退出`) or as a part of a joined heading
    // (audit8: not the Chinese word before a heading's colon, `## 存储：StorageClass 怎么配`, `## 安装：keadm`:
    // that is the section's rubric, the area the section is about; as a name it made 4 right concepts and
    // 15 wrong ones on the sets written after the rule, in 10 sets)
    const setOff = c.rule === 'heading-subtitle' || c.rule === 'heading-part';
    // (rules19) a rubric set off alone (`## 二、结构`, `### Velero：架构`) says which part follows, it names nothing
    const subtitled = setOff && /^[\u4e00-\u9fff]{2,8}$/u.test(clean) && !rubricHead(clean);
    if (!shape && !genitiveHead && !subtitled) return { type: 'none', rule: 'heading-not-a-name', why: 'a heading that is not shaped like a name' };
    // (a glossed heading is judged by its name, `Strategic Merge Patch（SMP，…）`, not with its gloss)
    // (rules40, fortieth session: `### Background（后台级联）`, a generic word glossed with a name, label-rules.ts GLOSSED_GENERIC_WORD)
    const glossed = shape?.name === 'glossed' ? glossedHeading(clean)! : undefined;
    if (!isClearTerm(glossed?.core ?? clean) && !(glossed && glossedGenericWord(glossed.core, [glossed.gloss]))) return { type: 'none', rule: 'not-a-term', why: 'too long or sentence-like for a term' };
    return asTerm(clean, shape ? `heading-${shape.name}` : genitiveHead ? 'heading-genitive-head' : 'heading-with-subtitle');
  }
  // `Pod 安全标准（Pod Security Standards，PSS）`: the name is judged without its gloss
  const { core, glosses } = splitGloss(clean);
  // how the note uses the label: a rubric heading several paragraphs, a bold line set as a heading
  const uses = rc.usesElsewhere;
  const noteRule = notATermInNote(clean, {
    rule: c.rule,
    openings: rc.boldOpenings?.(c.label) ?? 1,
    ...(uses ? { usesElsewhere: (w: string) => uses(c.label, w), noteLength: rc.noteLength?.() ?? 0 } : {}),
    alone: paragraphIsLabel(c),
  });
  if (noteRule) return { type: 'none', rule: noteRule.name, why: noteRule.why };
  if (!isClearTerm(core) && !glossedGenericWord(core, glosses)) return { type: 'none', rule: 'not-a-term', why: 'too long or sentence-like for a term' };
  if (!/[A-Za-z]/.test(clean) && !hasCjk(clean)) return { type: 'none', rule: 'no-letters', why: 'no letters' };
  if (glosses.some((g) => !isClearTerm(g))) return asTerm(core, `${c.rule}-term`);
  return asTerm(clean, `${c.rule}-term`);
}

/**
 * A new term, typed `pattern` when it (or a name in its gloss) is a known design pattern. A
 * title with several glosses (`X（English，ABBR）`) keeps the first as its other-language name
 * and the rest as aliases.
 */
function asTerm(label: string, rule: string): Decision {
  const { core, glosses } = splitGloss(label);
  // `Sidecar 容器（原生 sidecar）`: a gloss in the name's own language is another name of it, not
  // its other-language title: the name is the part before it, the gloss an alias when it is a name
  if (glosses.length === 1 && hasCjk(core) && hasCjk(glosses[0]!)) {
    const d: Decision & { type: 'term' } = { type: 'term', title: core, rule };
    if (isClearTerm(glosses[0]!) && !notAConcept(glosses[0]!)) d.aliases = [glosses[0]!];
    if ([core, ...glosses].some((n) => patternNamed(n) !== undefined)) {
      d.kind = 'pattern';
      d.rule = `${rule} → pattern-name`;
    }
    return d;
  }
  const title = glosses.length > 1 ? `${core}（${glosses[0]}）` : label;
  const extra = glosses.slice(1);
  const d: Decision & { type: 'term' } = { type: 'term', title, rule };
  if (extra.length > 0) d.aliases = extra;
  if ([core, ...glosses].some((n) => patternNamed(n) !== undefined)) {
    d.kind = 'pattern';
    d.rule = `${rule} → pattern-name`;
  }
  return d;
}

/** Normalised names two labels share (for tests and `--explain`). */
export function sameName(a: string, b: string): boolean {
  return normKey(a) === normKey(b);
}
