/**
 * Stage `mine`: read each free-form note as a Kubernetes reader would.
 *
 * 1. Index every concept by name; register the API things the graph already has (`object:Pod`,
 *    `field:Pod:spec.hostAliases`, `state:Pod:Pending`) so nothing mined duplicates them.
 * 2. Per note: its outline (sections, YAML fences), the definition candidates (miner/
 *    definitions.ts), each resolved (miner/resolve.ts) to a known concept, an API object, a
 *    field with its path, a state, a new term or nothing; the note's home (what its title is
 *    about); passages for the excerpts; same-section concepts are `related` (unless the API puts
 *    them at different owners and the text does not tie them: miner/api-apart.ts).
 * 3. Running text naming known concepts: the note mentions them.
 * 4. Every mined concept is tied in: without a map.md the mined concepts form the tree (a note's
 *    topic under the root, objects under it, fields and states under their object; nothing under a
 *    kind or field it is no part of: `homeOf`); with a map
 *    they stay off the curated tree and the object mentions its fields and states.
 */
import { isDeepStrictEqual } from 'node:util';
import { toString } from 'mdast-util-to-string';
import type { Heading, RootContent } from 'mdast';
import {
  addProvenance,
  effectiveKind,
  named,
  newNode,
  sortedNodes,
  type BuildContext,
  type Doc,
  type Node,
  type MinedPrerequisite,
  type NoteInfo,
  type Provenance,
} from '../build-context.ts';
import { displayTitle, escapeRegExp, hasCjk, idFor, normKey, slugify, splitBilingual } from '../labels.ts';
import { headingTitle, noteId, titleNames, titleSubtitle, type Passage } from '../mining.ts';
import { cautionLead } from '../summaries.ts';
import { initialsOf } from '../names.ts';
import type { Edge, MentionContext, SourceRef } from '../model.ts';
import type { FindingText } from '../diagnostics.ts';
import { assignHeadingIds } from '../markdown.ts';
import { hash8, lineColumnAt } from '../util.ts';
import { configFieldsNamed, DEFAULT_OWNER, fieldAt, fieldByPath, fieldsNamed, isCatalogued, kindNamed, PHASE_FIELD, type FieldOccurrence, type StateOccurrence } from '../vocabulary/index.ts';
import type { Candidate } from '../miner/definitions.ts';
import { atShallowestPlace, kindsPrinted, siblingField } from '../miner/field-place.ts';
import { configId, readNoteAlone, type NoteReading } from '../note-reading.ts';
import { isEcosystemName } from '../vocabulary/ecosystem.ts';
import { POD_TEMPLATE_PREFIX } from '../yaml/pod-path.ts';
import { definerCollector, definerConfig } from '../miner/definer.ts';
import { isCodeName } from '../miner/code-names.ts';
import { spellsAbbreviation } from '../miner/gloss-shapes.ts';
import { kindsIn, sectionAt, sectionChain, type Section } from '../miner/outline.ts';
import { fragmentKeyOwner } from '../miner/fragment-owner.ts';
import { headingNameHead, headingNamesApart, headingNotAName, headingOverSeries, latinBeforeChineseHead } from '../miner/heading-shapes.ts';
import { abbreviationGloss, fieldOfCompactName, fieldOfOneWord, glossPaired, sameStateKey, sameThing, strategyTypeOf, type ConceptNames } from '../miner/same-thing.ts';
import { SHARED_META_FIELD, sharedMetaField } from '../miner/object-keys.ts';
import { ENUM_VALUE_TABLE, enumValueTable, tableCompleted } from '../miner/setting-tables.ts';
import { toolFileKeys } from '../miner/tool-files.ts';
import { withIntroduced, withoutNamingLead } from '../miner/definitions.ts';
import { FIELD_GLOSS_RULE, fieldGlossNames, glossedHeadingAliases } from '../miner/field-gloss.ts';
import { commonFieldWord } from '../miner/field-owner.ts';
import type { FenceAnalysis } from '../examples.ts';
import { precedingExampleKinds } from '../miner/path-owner.ts';
import { joinedPath } from '../miner/cr-field-owner.ts';
import { fragmentJoin, kindFamily, noteKindChildPath, noteKindPath, noteKinds, noteKindsIn } from '../miner/note-kinds.ts';
import { proseNamedKinds } from '../miner/prose-kinds.ts';
import { kubectlResourceTypes } from '../miner/kind-evidence.ts';
import { projectKindsDeclared, type ProjectKind } from '../miner/project-kinds.ts';
import { cacheReading, keepWithTree, keptWithTree } from '../parse-files.ts';
import { headingLabel, onlyStateField, splitGloss, type Decision, type KnownConcept, type ResolveContext } from '../miner/resolve.ts';
import { BOLD_OPENER_RULES, CATEGORY_HEADING, conjuncts, DEFINING_RULES, notAConcept, openerKey } from '../miner/label-rules.ts';
import { correctedName, rightNameFor } from '../miner/corrections.ts';
import { NAME_FRAGMENT_RULE, fragmentOf } from '../miner/name-fragments.ts';
import { glossedComponent } from '../miner/component-names.ts';
import { PARAGRAPH_HOLDER_RULE, placeNamedByParagraph } from '../miner/paragraph-holder.ts';
import { branchOf, outlineBranches } from '../miner/outline-branches.ts';
import { groupsOfField, holderGroupOf, holdersNamedIn, NEAREST_HOLDER_RULE, openingName, OUTLINE_PARENT_RULE, placeUnderHolder, placeUnderParent } from '../miner/holder-chain.ts';
import { sortOfKind } from '../miner/kind-sorts.ts';
import { englishWordNamesMinedTerm, headNounOf, mapKeyNamesKind, nameSpans, notThatSort, type NameSpan } from '../miner/mentions.ts';
import { rebuildTree } from './map-tree.ts';
import { AREA_WORDS, titleJoinsAreas, titleNamesNoArea } from '../miner/title-areas.ts';
import { noHomeByDefault, titleTool } from '../miner/title-tool.ts';
import { contextDoc, mentionContext, nameInBlock, sentenceIn, sentenceStarts, type ContextDoc } from '../mention-context.ts';
import { CENSUS_PHRASINGS, DEPENDENCY_PHRASINGS, dependencyCensus, mayStateDependency, notADependency, readDependencies, type NamedSpan } from '../miner/dependencies.ts';
import { apiApart, apiPlace } from '../miner/api-apart.ts';
import { notAnAliasOf, notAnotherName, sameSeries } from '../miner/alias-shapes.ts';
import { beginMineMemo, endMineMemo, keepMineEntry, noteMentions, noteResolver } from './mine-memo.ts';
import { JOINED_TITLE, TITLE_GLOSSARY_RULE, joinedGlossaryTitle, titleGlossaryName } from '../miner/title-glossary.ts';
import { TITLE_JOINED_KIND, TITLE_SUBTITLE_KIND, joinedTitleKinds, subtitleKind } from '../miner/title-kinds.ts';
import { kindOnlyInLatinName } from '../miner/title-kind-names.ts';
import { kindsOfNote, namesOtherKindsField } from '../miner/mention-owner.ts';
import { peerOfLooseHome } from '../miner/peer-kinds.ts';
import { inSpans, preferDefinitions, summaryCalloutSpans } from '../miner/summary-callouts.ts';
import { propertyBlockLines } from '../miner/property-block.ts';
import { isExamName, isReferenceTitle, isSheetTitle, sheetToolName } from '../miner/reference-titles.ts';
import { isRecordTitle } from '../miner/record-titles.ts';
import { DATE_TITLE, isDateTitle } from '../miner/date-titles.ts';
import { glossaryEntriesNamed } from '../vocabulary/zh-glossary.ts';
import { FIELD_ZH_NAMES, fieldsOfZhName } from '../vocabulary/field-zh-names.ts';
import { checkDelta, deltaDecision, diffProjection, keepRecord, mineDeltaCounts, patchDigest, recordingCheck, mineDeltaMode, mineDeltaSetting, noteDeltaCheck, PatchRecorder, previousRecord, projectMineState, quietly, stepInput, type DeltaCheck, type MineRecord } from './mine-patch.ts';
import { TrackedRecorder } from './mine-track.ts';
import { materialiseMineState, NotMaterialisable, type MineTables } from './mine-state.ts';
import { compactKey, ENUM_FIELD_RULE, explainedEnumFields, holdingPaths, sharedPlaces, SHARED_EXAMPLE_HOLDERS, valueFieldsOf, writtenZhName, zhFieldNames, zhFieldStems, type PlacedField } from '../miner/field-values.ts';
import { fieldTitle } from '../miner/field-titles.ts';

/** A bold label as its text appears in the note's plain text (no colon, no spaces). */
function stripColonKey(label: string): string {
  return label.normalize('NFKC').replace(/[\s:：]+$/u, '').replace(/\s+/g, '');
}

/** Same-section `related` edges go pairwise up to this many concepts, then as a chain. */
const MAX_RELATED_CLIQUE = 12;

export function mineNotes(ctx: BuildContext): void {
  const { nodes, index } = ctx;
  for (const node of sortedNodes(nodes)) index.add(named(node));
  registerIdentities(ctx);
  const keywords = keywordIndex(ctx);
  const used = new Set<string>();
  const notes = ctx.docs.filter((d) => d.role === 'note');
  // (with the disk cache, each note's resolutions and spans are kept across builds: mine-memo.ts, perf57)
  beginMineMemo(ctx.root, ctx.parseCache);
  // (perf60/perf61: with the delta mode on, each note's step is recorded as its global patch and local
  // part, and one note changed may take the previous result: mine-patch.ts, mine-state.ts)
  const deltaMode = mineDeltaMode(ctx.parseCache !== undefined);
  if (deltaMode !== 'off') {
    const fold = foldWithDelta(ctx, notes, used, keywords, deltaMode);
    // (perf69: each note's mentions kept in the record; after a take, an unchanged note's applied again)
    const mentions = mentionsAfterFold(ctx, notes, fold);
    // (a record kept in the process, not only written to the disk cache at once: a copy, which the later stages cannot change)
    keepRecord({ ...fold.rec, mentions: mineDeltaSetting() === 'default' ? mentions : structuredClone(mentions) }, ctx.parseCache);
  } else {
    for (const doc of notes) mineNote(ctx, doc, used, keywords);
    for (const doc of notes) mentionsIn(ctx, doc);
  }
  endMineMemo(ctx.root);
  titleGenericFields(ctx);
  tieIn(ctx);
  ctx.noteFiles = new Set(ctx.docs.map((d) => d.file));
}

/** fix32a: a mined field whose own key is a generic word is titled with its holder (miner/field-titles.ts). */
function titleGenericFields(ctx: BuildContext): void {
  for (const n of ctx.nodes.values()) {
    if (!n.mined || n.kind !== 'field' || n.fieldPath === undefined) continue;
    const title = fieldTitle(n.fieldPath, n.title);
    if (title !== undefined) n.title = title;
  }
}

/**
 * perf61/perf62: the fold with the delta mode on (mine-patch.ts). The previous load's record (the
 * disk cache's; with a mode set by the env or a test, this process's first) names each note's input
 * and patches and holds `S_N`. Every step is recorded at the cost of what it touches
 * (mine-track.ts `TrackedRecorder`, perf62). When the notes are the same in the same order, the state
 * before them is the same and exactly one note k's input differs, the `take` mode (the default for a
 * load with the disk cache) decides after k's step: when k's global patch is the old one
 * (`deltaDecision`) it takes `S_N` with k's local part (mine-state.ts) instead of folding the notes
 * after k. The `check` mode also records every step as the whole projection's difference
 * (`PatchRecorder`), counts any step the two recordings disagree on as a violation, folds every
 * note, and on a delta decision takes `S_N` the same way and compares it with the fold's state.
 */
function foldWithDelta(ctx: BuildContext, notes: readonly Doc[], used: Set<string>, keywords: ReadonlyMap<string, readonly string[]>, mode: 'check' | 'take'): FoldResult {
  const extras = () => ({ homeHow: homeHow.get(ctx), stateFields: stateFields.get(ctx), pinnedHolders: pinnedHolders.get(ctx), used });
  const tables: MineTables = {
    setHomeHow: (m) => (m ? homeHow.set(ctx, m) : homeHow.delete(ctx)),
    setStateFields: (m) => (m ? stateFields.set(ctx, m) : stateFields.delete(ctx)),
    setPinnedHolders: (m) => (m ? pinnedHolders.set(ctx, m) : pinnedHolders.delete(ctx)),
    used,
  };
  const full = mode === 'check' ? new PatchRecorder(ctx, extras) : undefined;
  const recorder = new TrackedRecorder(ctx, extras);
  const recording: string[] = [];
  try {
    if (full && full.initial !== recorder.initial) recording.push('recording: the state before the notes');
    const prev = previousRecord(ctx.root, ctx.parseCache);
    const files = notes.map((d) => d.file);
    let k = -1;
    if (prev && prev.initial === recorder.initial && prev.steps.length === files.length && prev.steps.every((s, i) => s.file === files[i])) {
      const changed: number[] = [];
      notes.forEach((d, i) => {
        if (stepInput(d.text) !== prev.steps[i]!.input) changed.push(i);
      });
      if (changed.length === 1) k = changed[0]!;
    }
    const take = mode === 'take' && k >= 0;
    for (let i = 0; i < notes.length; i++) {
      const doc = notes[i]!;
      mineNote(ctx, doc, used, keywords);
      recorder.step(doc.file, doc.text);
      if (full) {
        full.step(doc.file, doc.text);
        const [a, b] = [full.steps[i]!, recorder.steps[i]!];
        if (patchDigest(a.global) !== b.global) recording.push(`recording: global patch of ${doc.file}`);
        if (patchDigest(a.local) !== b.local) recording.push(`recording: local part of ${doc.file}`);
      }
      if (take && i === k) {
        const decision = deltaDecision(prev!, recorder.initial, recorder.steps, files);
        if (decision.path !== 'delta') continue;
        const localK = recorder.localOf(doc.file);
        if (!takePrevious(ctx, prev!, doc.file, tables)) continue;
        recorder.uninstall();
        const steps = [...prev!.steps];
        steps[k] = recorder.steps[k]!;
        const check: DeltaCheck = { decision, violations: [] };
        noteDeltaCheck(check);
        // (the notes after k: their mine entries kept, their stored spans for mentionsIn; their readings not needed)
        const config = configId(definerConfig());
        for (const later of notes.slice(k + 1)) {
          if (ctx.fences.get(later.file) === later.fences && !definerCollector()) keepMineEntry(ctx.root, later.file, later.text, config);
          delete later.reading;
          delete later.readingLater; // (perf63: never unpacked)
        }
        return { rec: { root: ctx.root, initial: recorder.initial, steps, finalGlobal: prev!.finalGlobal, finalLocal: withLocal(prev!.finalLocal, doc.file, localK) }, prev: prev!, taken: k, check };
      }
    }
    const tracked = recorder.finish();
    const rec = full ? full.finish() : tracked;
    if (full) {
      if (diffProjection(rec.finalGlobal, tracked.finalGlobal) !== '[]') recording.push('recording: the final state');
      if (diffProjection(rec.finalLocal, tracked.finalLocal) !== '[]') recording.push('recording: the final local part');
      Object.assign(recordingCheck, { steps: full.steps.length, violations: [...recording], iteratedSteps: recorder.iteratedSteps });
    }
    if (!prev) {
      if (recording.length > 0) noteDeltaCheck({ decision: { path: 'fallback', why: 'no previous record' }, violations: recording });
      return { rec };
    }
    const check = checkDelta(prev, rec);
    check.violations.push(...recording);
    if (mode === 'check' && check.decision.path === 'delta') {
      // the check: the previous result taken as the take mode would, compared with the whole fold's state
      const fold = { global: rec.finalGlobal, local: rec.finalLocal };
      const file = files[check.decision.index]!;
      if (takePrevious(ctx, prev, file, tables)) {
        const now = projectMineState(ctx, extras());
        for (const [key] of JSON.parse(diffProjection(fold.global, now.global)) as [string, unknown][]) check.violations.push(`taken state: ${key}`);
        for (const [key] of JSON.parse(diffProjection(fold.local, now.local)) as [string, unknown][]) check.violations.push(`taken local part: ${key}`);
      }
    }
    noteDeltaCheck(check);
    return { rec, prev, ...(mode === 'check' && check.decision.path === 'delta' ? { checked: check.decision.index } : {}), check };
  } finally {
    recorder.uninstall();
  }
}

/**
 * What `foldWithDelta` made: the new record (without its mentions, `mentionsAfterFold` adds them)
 * and, when the previous record was read, it and the decision's check; `taken`: the changed note's
 * index when the previous result was taken (`S_N` is the previous load's); `checked`: the same index
 * when the check mode decided delta (the whole fold ran; its mentions are compared with the previous).
 */
interface FoldResult {
  rec: MineRecord;
  prev?: MineRecord;
  taken?: number;
  checked?: number;
  check?: DeltaCheck;
}

/** Mentions computed and applied again, counted in this process for tests (perf69). */
export const mentionCounts = { found: 0, applied: 0 };

/**
 * perf69: every note's running-text mentions (`mentionsIn`), in the notes' order, after the fold.
 * When the previous result was taken (`fold.taken`: the global state is the previous load's `S_N`
 * and every other note's local part is its previous one), a note other than the changed one reads
 * exactly what it read in the load that made the previous record, so its `MentionsOut` there is
 * applied again instead of being found anew; the changed note's is found. A record without
 * mentions (an older format) or with a census of dependencies on (a bench) finds every note's.
 * The check mode finds every note's and counts any note whose mentions differ from the previous
 * record's as a violation of the delta claim.
 */
function mentionsAfterFold(ctx: BuildContext, notes: readonly Doc[], fold: FoldResult): MentionsOut[] {
  const stored = fold.prev && validMentions(fold.prev.mentions, notes.length) ? fold.prev.mentions : undefined;
  // (a record kept in the process is applied as a copy: this load's later stages must not change it)
  const before = stored && mineDeltaSetting() !== 'default' ? structuredClone(stored) : stored;
  const reuse = before && fold.taken !== undefined && !dependencyCensus() ? fold.taken : undefined;
  const outs: MentionsOut[] = [];
  for (let i = 0; i < notes.length; i++) {
    const doc = notes[i]!;
    if (reuse !== undefined && i !== reuse) {
      const out = before![i]!;
      applyMentions(ctx, doc, out);
      outs.push(out);
      mentionCounts.applied++;
      continue;
    }
    const out = mentionsIn(ctx, doc);
    outs.push(out);
    mentionCounts.found++;
    if (before && fold.checked !== undefined && i !== fold.checked && fold.check && !sameMentions(out, before[i]!)) {
      if (fold.check.violations.length === 0) mineDeltaCounts.violated++;
      fold.check.violations.push(`mentions: ${doc.file}`);
    }
  }
  return outs;
}

/** Whether a record's `mentions` is one `MentionsOut` per note (`n`). */
function validMentions(m: unknown, n: number): m is MentionsOut[] {
  return Array.isArray(m) && m.length === n && m.every((o) => o !== null && typeof o === 'object' && Array.isArray(o.mentions) && Array.isArray(o.prov) && Array.isArray(o.links) && Array.isArray(o.contexts) && Array.isArray(o.prereqs));
}

/** Two notes' mentions the same data (the check mode; strings compared by value, not by V8's representation). */
export function sameMentions(a: MentionsOut, b: MentionsOut): boolean {
  return isDeepStrictEqual(a, b);
}

/**
 * perf62: `S_N`'s local part after a previous result is taken with `file`'s part from this load —
 * the order the taken state projects in (stages/mine-state.ts: the passages where they were, the
 * file's findings after the others').
 */
function withLocal(prev: ReadonlyMap<string, string>, file: string, live: ReadonlyMap<string, string>): Map<string, string> {
  const out = new Map<string, string>();
  const pk = `passages:${file}`;
  const dk = `diagnostics:${file}`;
  for (const [key, v] of prev) {
    if (key === pk) {
      const p = live.get(pk);
      if (p !== undefined) out.set(key, p);
    } else if (key !== dk) out.set(key, v);
  }
  for (const [key, v] of live) if (!out.has(key)) out.set(key, v);
  return out;
}

/** `S_N` of `prev` made live in `ctx`, `file`'s local part kept as this load made it; false (the context unchanged) when it cannot be. */
function takePrevious(ctx: BuildContext, prev: MineRecord, file: string, tables: MineTables): boolean {
  try {
    materialiseMineState(ctx, prev.finalGlobal, prev.finalLocal, tables, { liveFiles: new Set([file]) });
  } catch (err) {
    if (!(err instanceof NotMaterialisable)) throw err;
    mineDeltaCounts.notMaterialised++;
    return false;
  }
  mineDeltaCounts.taken++;
  return true;
}

// ---- identities ---------------------------------------------------------------------------

function identityKinds(n: Node): string[] {
  const names = [n.title, n.titleEn ?? '', ...n.aliases];
  const out: string[] = [];
  for (const name of names) {
    const parts = name.split(/\s+(?:&|and)\s+|\s*[&＆与]\s*/u);
    for (const p of [splitBilingual(name).en ?? name, ...(parts.length > 1 ? parts : [])]) {
      const k = p ? kindNamed(p.trim()) : undefined;
      if (k && !out.includes(k)) out.push(k);
    }
  }
  return out;
}

/** The API things concept notes and the map already stand for. */
function registerIdentities(ctx: BuildContext): void {
  const { nodes, identities } = ctx;
  const ordered = sortedNodes(nodes).sort((a, b) => Number(!a.doc) - Number(!b.doc));
  const kindOf = new Map<string, string>();
  for (const n of ordered) {
    const kind = n.kind;
    if (kind === undefined || kind === 'object' || kind === 'topic') {
      for (const k of identityKinds(n)) {
        if (!identities.has(`object:${k}`)) identities.set(`object:${k}`, n.id);
        if (!kindOf.has(n.id)) kindOf.set(n.id, k);
      }
    }
    if (n.fieldPath) {
      const key = `field:${n.owner ?? DEFAULT_OWNER}:${n.fieldPath}`;
      if (!identities.has(key)) identities.set(key, n.id);
    }
  }
  for (const n of ordered) {
    if (n.kind !== 'state') continue;
    const ownerId = [...n.ancestors].reverse().find((a) => kindOf.has(a));
    const owner = n.owner ?? (ownerId ? kindOf.get(ownerId) : undefined);
    if (owner === undefined) continue;
    if (owner !== DEFAULT_OWNER && n.owner === undefined) n.owner = owner;
    for (const v of [n.title, n.titleEn ?? '']) {
      if (v && /^[A-Za-z]+$/.test(v)) {
        const key = `state:${owner}:${v}`;
        if (!identities.has(key)) identities.set(key, n.id);
      }
    }
  }
}

/**
 * The concept notes' `keywords` by normKey (rules13): the concepts that list each word, in id
 * order. Keywords are never names (content1); the resolver reads them only as evidence that a name
 * a note explains is a concept of its own (resolve.ts `keywordEvidence`).
 */
function keywordIndex(ctx: BuildContext): ReadonlyMap<string, readonly string[]> {
  const out = new Map<string, string[]>();
  for (const n of sortedNodes(ctx.nodes)) {
    for (const k of n.keywords ?? []) {
      const key = normKey(k);
      const ids = out.get(key) ?? [];
      if (key !== '' && !ids.includes(n.id)) out.set(key, [...ids, n.id]);
    }
  }
  return out;
}

// ---- one note -------------------------------------------------------------------------------

interface NoteState {
  doc: Doc;
  note: NoteInfo;
  home?: string;
  /** The home is the first object, topic or concept the note defines, or the one it writes most, not what its title names (Node.homeLoose). */
  homeLoose?: boolean;
  /** fix29b: a reference sheet's or exam review's title: no home from the fallbacks (miner/reference-titles.ts). */
  homeReference?: boolean;
  /** fix30b: the note's title is a date (miner/date-titles.ts): its home comes from its body. */
  homeDated?: boolean;
  homeKind?: string;
  branch: string;
  passages: Passage[];
  fields: Map<string, string>;
  sectionDefs: Map<Section, string[]>;
  /** The concepts this note made (not found): the only ones dups1's merge may fold into another. */
  minted: Set<string>;
}

function uniqueId(nodes: Map<string, Node>, base: string): string {
  if (!nodes.has(base)) return base;
  for (let k = 2; ; k++) if (!nodes.has(`${base}-${k}`)) return `${base}-${k}`;
}

function kindSlug(kind: string): string {
  return slugify(kind) || kind.toLowerCase();
}

function mintNode(ctx: BuildContext, st: NoteState | undefined, id: string, title: string, at: SourceRef): Node {
  const node = newNode(id, title, at);
  node.mined = true;
  node.branch = st?.branch ?? ctx.rootId;
  if (st?.home) node.home = st.home;
  ctx.nodes.set(id, node);
  st?.minted.add(id);
  return node;
}

function ensureObject(ctx: BuildContext, st: NoteState | undefined, kind: string, at: SourceRef): string {
  const key = `object:${kind}`;
  const known = ctx.identities.get(key);
  if (known) {
    const n = ctx.nodes.get(known);
    if (n && n.kind === undefined && !n.doc) n.kind = 'object';
    return known;
  }
  const node = mintNode(ctx, st, uniqueId(ctx.nodes, kindSlug(kind)), kind, at);
  node.kind = 'object';
  ctx.identities.set(key, node.id);
  ctx.index.add(named(node));
  return node.id;
}

function ensureField(ctx: BuildContext, st: NoteState, f: FieldOccurrence, at: SourceRef): string {
  const key = `field:${f.owner}:${f.path}`;
  const known = ctx.identities.get(key);
  if (known) return known;
  const base = f.owner === DEFAULT_OWNER ? slugify(f.name) : `${kindSlug(f.owner)}-${slugify(f.name)}`;
  let id = base;
  // A field takes its path as its id where its name is taken: by another concept, or by a
  // kind's id, which the kind may claim later in the build (`secret` for a volume source,
  // `cluster-role` for a `role` field of a `Cluster`): never `secret-2`.
  if (ctx.nodes.has(id) || kindNamed(id) !== undefined || !atShallowestPlace(f)) id = `${kindSlug(f.owner)}-${slugify(f.path.replace(/\[\]/g, ''))}`;
  const node = mintNode(ctx, st, uniqueId(ctx.nodes, id), f.name, at);
  node.kind = 'field';
  node.fieldPath = f.path;
  if (f.owner !== DEFAULT_OWNER) node.owner = f.owner;
  ctx.identities.set(key, node.id);
  ctx.index.add(named(node));
  return node.id;
}

function ensureLooseField(ctx: BuildContext, st: NoteState, name: string, at: SourceRef): string {
  const key = `field:?:${name}`;
  const known = ctx.identities.get(key);
  if (known) return known;
  const node = mintNode(ctx, st, uniqueId(ctx.nodes, slugify(name) || `field-${hash8(name)}`), name, at);
  node.kind = 'field';
  ctx.identities.set(key, node.id);
  ctx.index.add(named(node));
  return node.id;
}

/** The identity of a state: `state:Pod:Pending` for a phase, with the field for other states. */
function stateKey(s: StateOccurrence): string {
  return s.field === PHASE_FIELD ? `state:${s.owner}:${s.value}` : `state:${s.owner}:${s.field}:${s.value}`;
}

/**
 * struct26: how each note home was found: `named` when some note's title, headings or subject named
 * it, `loose` when every note whose home it is only fell back on it (struct23 `homeLoose`).
 */
const homeHow = new WeakMap<BuildContext, Map<string, 'loose' | 'named'>>();

/** State concepts that are values of another field than the phase (a container's `state`). */
const stateFields = new WeakMap<BuildContext, Map<string, string>>();

function ensureState(ctx: BuildContext, st: NoteState, s: StateOccurrence, at: SourceRef): string {
  const key = stateKey(s);
  const known = ctx.identities.get(key);
  if (known) return known;
  const base = s.field === PHASE_FIELD || s.type === undefined ? `${kindSlug(s.owner)}-phase-${slugify(s.value)}` : `${slugify(s.type)}-${slugify(s.value)}`;
  const node = mintNode(ctx, st, uniqueId(ctx.nodes, base), s.value, at);
  node.kind = 'state';
  if (s.owner !== DEFAULT_OWNER) node.owner = s.owner;
  if (s.field !== PHASE_FIELD) {
    const m = stateFields.get(ctx) ?? new Map<string, string>();
    m.set(node.id, s.field);
    stateFields.set(ctx, m);
  }
  ctx.identities.set(key, node.id);
  ctx.index.add(named(node));
  return node.id;
}

function ensureTerm(ctx: BuildContext, st: NoteState, title: string, at: SourceRef, kind: 'term' | 'topic' | 'pattern'): string {
  const clean = title.normalize('NFKC').replace(/\s+/g, ' ').trim();
  const found = ctx.index.lookup([clean], st.branch);
  // The resolver found nothing the name can stand for: a field or an object of the same letters
  // (`Downward API` / `downwardAPI`) is another thing.
  const fk = found !== undefined ? ctx.nodes.get(found) : undefined;
  // (alias25: a concept the content declares a term stays one though it names the field that sets it:
  // the bundled `Rolling update` is `spec.strategy`'s term, and `**RollingUpdate**：` in a note is it)
  const isNamedTerm = (n: Node | undefined): boolean => n !== undefined && (n.fieldPath === undefined || (n.doc !== undefined && n.kind === 'term')) && !['field', 'object', 'state'].includes(effectiveKind(n));
  if (found && isNamedTerm(fk)) return found;
  // The lookup prefers the field (`downwardAPI`) to a term of the same letters that an earlier
  // note made (`Downward API`), and a glossed title (`Downward API（向下 API）`) is not the bare
  // name's key: that term is this one, not a new one for each note.
  const spaced = spacedGloss(clean);
  const bi = spaced ?? splitBilingual(clean);
  const parts = bi.en && bi.zh ? [bi.en, bi.zh] : [];
  const same = [clean, ...parts].flatMap((n) => ctx.index.named(n)).map((c) => ctx.nodes.get(c.id)).filter(isNamedTerm);
  if (same.length > 0) {
    const term = (same.find((n) => n!.branch === st.branch) ?? same[0])!;
    for (const n of parts) addAlias(ctx, term.id, n, at, 'same-term');
    return term.id;
  }
  let id = bi.en && !hasCjk(bi.en) ? idFor(bi.en, kind) : `${kind}-${hash8(normKey(clean))}`;
  if (ctx.nodes.has(id)) id = `${id}-${kind}`;
  const node = mintNode(ctx, st, uniqueId(ctx.nodes, id), spaced ? `${spaced.zh}（${spaced.en}）` : displayTitle(clean), at);
  if (bi.zh && bi.zh !== clean) node.titleZh = bi.zh;
  if (bi.en && bi.en !== clean) node.titleEn = bi.en;
  for (const o of bi.others ?? []) if (!node.aliases.includes(o)) node.aliases.push(o);
  // dups1: `CloudNativePG (CNPG)`, `AWS Load Balancer Controller (AWS LBC)`: a Latin gloss spelling the
  // name's capitals is its abbreviation, another name (`dockershim（Docker）` is no such gloss)
  const abbr = bi.en && !bi.zh ? abbreviationGloss(clean) : undefined;
  if (abbr !== undefined && !node.aliases.includes(abbr)) node.aliases.push(abbr);
  node.kind = kind;
  node.isTerm = kind === 'term';
  ctx.index.add(named(node));
  return node.id;
}

/**
 * struct24: a name written in Chinese and then in English with only a space between
 * (`**存储卷 Volume：**`, `节点压力驱逐 Node-pressure Eviction`) is the glossed name `存储卷（Volume）`:
 * two spellings of one concept, each a name of it (titleZh, titleEn), as the parenthesised gloss
 * is. Not when the Chinese part is short or ends in a particle or a word of relation (`原生 Sidecar`,
 * `静态 Pod`, `存储的 Linux`: it qualifies the English name), nor when the English part is a kind
 * or an ecosystem project (`网络插件 Calico`: what a tool is, then the tool) or starts in lower case.
 * (The resolver has already found no concept the label names: this only titles a new term.)
 */
export function spacedGloss(label: string): { label: string; zh: string; en: string; others?: string[] } | undefined {
  const m = /^([\u4e00-\u9fff]{3,8})\s+([A-Z][A-Za-z0-9-]*(?: [A-Za-z][A-Za-z0-9-]*){0,2})$/u.exec(label);
  if (!m) return undefined;
  const [zh, en] = [m[1]!, m[2]!];
  if (/[的之与和及跟对在中里上下内外间]$/u.test(zh)) return undefined;
  if (kindNamed(en) !== undefined || isEcosystemName(en)) return undefined;
  return { label, zh, en };
}

function known(ctx: BuildContext, id: string): KnownConcept | undefined {
  const n = ctx.nodes.get(id);
  if (!n) return undefined;
  const k: KnownConcept = { id, kind: effectiveKind(n), names: [n.title, n.titleZh ?? '', n.titleEn ?? '', ...n.aliases].filter((x) => x !== '') };
  if (n.kind === undefined && !n.doc) k.untyped = true;
  if (n.fieldPath !== undefined) k.fieldPath = n.fieldPath;
  if (n.fieldPath !== undefined || n.kind === 'state') {
    const owner = n.owner ?? (n.kind === 'state' ? stateOwner(ctx, n) : DEFAULT_OWNER);
    if (owner !== undefined) k.owner = owner;
  }
  const sf = stateFields.get(ctx)?.get(id);
  if (sf !== undefined) k.stateField = sf;
  return k;
}

function stateOwner(ctx: BuildContext, n: Node): string | undefined {
  if (n.owner !== undefined) return n.owner;
  for (const v of [n.title, n.titleEn ?? '']) {
    if (v && ctx.identities.get(`state:${DEFAULT_OWNER}:${v}`) === n.id) return DEFAULT_OWNER;
  }
  return undefined;
}

/**
 * Lines between a line of prose and a fence (0 inside it): the list right after a long example
 * is next to that example, however far its opening line is.
 */
/** The code blocks among (and inside) a section's blocks, with their lines. */
function codeBlocksOf(blocks: readonly RootContent[]): { value: string; line: number; endLine: number }[] {
  const out: { value: string; line: number; endLine: number }[] = [];
  const walk = (n: RootContent): void => {
    if (n.type === 'code') out.push({ value: n.value, line: n.position?.start.line ?? 0, endLine: n.position?.end.line ?? 0 });
    else if ('children' in n) for (const k of n.children as RootContent[]) walk(k);
  };
  for (const b of blocks) walk(b);
  return out;
}

function spanDistance(f: { line: number; endLine: number }, line: number): number {
  return line < f.line ? f.line - line : line > f.endLine ? line - f.endLine : 0;
}

/** Kinds the fences of a list say they show (their documents' kinds; Pod for Pod fields). */
/** fix31a: the API kinds whose object concept the note defines or has for its home (`object:Service` → Service). */
function noteObjectKinds(ctx: BuildContext, st: { note: NoteInfo; home?: string | null }): string[] {
  const out: string[] = [];
  for (const [key, id] of ctx.identities) {
    if (key.startsWith('object:') && (st.note.defines.has(id) || st.home === id)) out.push(key.slice('object:'.length));
  }
  return out;
}

function fenceKinds(f: { docKinds: string[]; keys: { owner?: string }[] }): string[] {
  const out = f.docKinds.filter((k) => k !== '');
  if (f.keys.some((k) => k.owner === DEFAULT_OWNER) && !out.includes(DEFAULT_OWNER)) out.push(DEFAULT_OWNER);
  for (const k of f.keys) if (k.owner && !out.includes(k.owner)) out.push(k.owner);
  return out;
}

/**
 * The note's outline, title and definition candidates (note-reading.ts). A large folder's parse
 * workers read each note next to parsing it (`doc.reading`, with the definer configuration of
 * the load); in `astro dev` (parse results kept, parse-files.ts) the reading is kept with the
 * note's tree and read again only when the note changed (or the definer's configuration did);
 * candidates point into the tree, so the reading is kept with a copy of the tree as it is now,
 * before the rest of the miner and later stages change it.
 */
function readNote(doc: Doc, fences: FenceAnalysis[]): NoteReading {
  const cacheable = fences === doc.fences && !definerCollector();
  const config = configId(definerConfig());
  const kept = cacheable ? keptWithTree<NoteReading>(doc.tree, 'mine') : undefined;
  if (kept && kept.config === config) return kept;
  // (perf63: a disk cache hit's reading is unpacked here, when asked: `readingLater`)
  const given = cacheable ? (doc.reading ?? doc.readingLater?.()) : undefined;
  const parsed = given?.config === config ? given : undefined;
  const reading = parsed ?? readNoteAlone(doc.tree, doc.file, fences, doc.fm.title);
  delete doc.reading; // (not needed after this load's mining: the load's memory need not hold it)
  delete doc.readingLater;
  if (cacheable) keepWithTree(doc.tree, 'mine', reading);
  // (the disk cache stores a parse result with the reading it waited for)
  if (cacheable && !parsed) cacheReading(doc.tree, reading);
  return reading;
}

/**
 * resolve5: what the mine stage did with each candidate and which concepts it folded into others,
 * for the misses bench (bench/miner-misses.mjs `--buckets`: why a rule's candidate for a label was
 * lost). Off unless a tracer is set; the build never sets one.
 */
export type MineTrace =
  | { kind: 'candidate'; file: string; line: number; column: number; label: string; rule: string; decision: Decision['type']; decisionRule: string; name?: string; fate: string; id?: string }
  | { kind: 'merge'; file: string; from: string; to: string; rule: string };
let mineTracer: ((t: MineTrace) => void) | undefined;
export function setMineTracer(fn: ((t: MineTrace) => void) | undefined): void {
  mineTracer = fn;
}
/** Whether a tracer is set (load.ts: a load that must trace runs the mine stage, never takes a stored graph). */
export function mineTracing(): boolean {
  return mineTracer !== undefined;
}
function traceCandidate(c: Candidate, d: Decision, fate: string, id?: string): void {
  if (!mineTracer) return;
  const name = d.type === 'term' ? d.title : d.type === 'object' ? d.kind : d.type === 'none' ? undefined : d.type === 'field' ? d.field.path : d.name;
  mineTracer({ kind: 'candidate', file: c.at.file, line: c.at.line, column: c.at.column, label: c.label, rule: c.rule, decision: d.type, decisionRule: d.rule, ...(name !== undefined ? { name } : {}), fate, ...(id !== undefined ? { id } : {}) });
}

/** A candidate that became no concept, kept for `--explain` when the load asks (explain.ts explainAbsent). */
function reject(ctx: BuildContext, c: Candidate, d: Decision): void {
  if (d.type === 'none') ctx.rejections?.push({ at: c.at, label: c.label, proposedBy: c.rule, rule: d.rule, why: d.why });
}

/**
 * lead51: the one API kind a note defines whose own passage names the term `home` (a term the note
 * defines), undefined when the note defines no kind or several, or the kind's passage does not name it.
 */
function featureKind(st: NoteState, home: Node, homeable: readonly Node[]): string | undefined {
  if (home.kind !== 'term' || !st.note.defines.has(home.id)) return undefined;
  const kinds = homeable.filter((n) => n.kind === 'object');
  if (kinds.length !== 1) return undefined;
  const names = namesOf(home).filter((x) => x.trim() !== '');
  return st.passages.some((p) => p.conceptId === kinds[0]!.id && names.some((x) => proseOf(p.blocks).includes(x))) ? kinds[0]!.id : undefined;
}

/** rules29: the concept the note defines whose name is `name` and more words (`QoS` → `QoS class`), if one. */
function longerName(ctx: BuildContext, defines: ReadonlySet<string>, name: string): string | undefined {
  const k = normKey(name);
  for (const id of defines) {
    const n = ctx.nodes.get(id);
    if (n && [n.title, n.titleEn ?? ''].some((t) => t.startsWith(`${name} `) && normKey(t) !== k)) return id;
  }
  return undefined;
}

function mineNote(ctx: BuildContext, doc: Doc, used: Set<string>, keywords: ReadonlyMap<string, readonly string[]>): void {
  const { nodes, index } = ctx;
  const file = doc.file;
  const fences = ctx.fences.get(file) ?? [];
  const reading = readNote(doc, fences);
  const { outline, title } = reading;
  // fix28: a Notion page's property block (`Status: 进行中` under the title) is metadata: no name is read in it (miner/property-block.ts)
  const props = propertyBlockLines(doc.tree, doc.text);
  const candidates = props ? reading.candidates.filter((c) => c.at.line < props.start || c.at.line > props.end) : reading.candidates;
  const id = noteId(file, used);
  used.add(id);
  const note: NoteInfo = { id, title, file, headings: assignHeadingIds(doc.tree, { mark: false }), defines: new Set(), mentions: new Set() };
  ctx.notes.set(file, note);
  const st: NoteState = { doc, note, branch: ctx.rootId, passages: [], fields: new Map(), sectionDefs: new Map(), minted: new Set() };
  const titleAt: SourceRef = { file, line: 1, column: 1 };

  // The note's home: what its title names, when the graph or the API knows it.
  // The file name speaks only for a note without a title of its own.
  // fix30b: a date (a journal's `2024-03-12`, a daily note's `3月12日`) names nothing: the home comes from the body (miner/date-titles.ts)
  const dated = isDateTitle(title) && (doc.fm.title === undefined || isDateTitle(doc.fm.title));
  if (dated) st.homeDated = true;
  // lead50: a title the author wrote — a `#` heading or the frontmatter's — and not one taken from the file name; a
  // heading is written also when the file is named after it (`第六章 调度：Pod 落到哪个节点上.md` opening with that `#`
  // heading: before, the two being equal read as a file name, and the chapter got no topic from its title)
  const written = !dated && (headingTitle(doc.tree) !== '' || doc.fm.title !== undefined);
  const titleSources = dated ? [] : (written ? [title, doc.fm.title ?? ''] : [title]).filter((t) => t !== '');
  const homeNames = titleSources.flatMap((t) => titleNames(t));
  for (const name of homeNames) {
    const existing = index.lookup([name]);
    if (existing && existing !== ctx.rootId) {
      st.home = existing;
      break;
    }
    const kind = kindNamed(name);
    if (kind) {
      st.home = ensureObject(ctx, undefined, kind, titleAt);
      break;
    }
  }
  // A title that is a sentence (`把 Pod 的一生捋一遍：…`) is still about the one API kind it names.
  if (!st.home) {
    // (named: `节点管理` gives the context Node, it does not make the note about the object Node)
    const kinds = [...new Set(titleSources.flatMap((t) => {
      const phrase = titleNames(t)[0] ?? t;
      // (rules43: nor one written only as a word of a longer Latin name, `Pod Security Admission`, `order-service`: miner/title-kind-names.ts)
      return kindsIn(phrase, { contextWords: false }).filter((k) => !kindOnlyInCompounds(phrase, k) && !kindOnlyInLatinName(phrase, k, kindNamed));
    }))];
    if (kinds.length === 1) st.home = ensureObject(ctx, undefined, kinds[0]!, titleAt);
  }
  if (st.home) setHome(ctx, st, st.home);

  const sectionStates = new Map<Section, Set<string>>();
  let noteText: string | undefined;
  // The examples a line of prose reads with: its own section's first (nearest first), then its
  // enclosing sections', then those above it (the prose explains what it follows), then below.
  const fenceOrder = new Map<number, typeof fences>();
  const fenceByDistance = (line: number) => {
    const hit = fenceOrder.get(line);
    if (hit) return hit;
    const chain = sectionChain(sectionAt(outline.sections, line));
    const rank = (f: (typeof fences)[number]) => {
      const i = chain.findIndex((s) => s.fences.includes(f));
      return i >= 0 ? i : f.line < line ? chain.length : chain.length + 1;
    };
    const out = [...fences].sort((a, b) => rank(a) - rank(b) || spanDistance(a, line) - spanDistance(b, line) || a.line - b.line);
    fenceOrder.set(line, out);
    return out;
  };
  // How many paragraphs each bold label opens in this note (a rubric repeats; a concept is defined once).
  const openings = new Map<string, number>();
  for (const c of candidates) {
    if (c.form !== 'bold' || !BOLD_OPENER_RULES.has(c.rule)) continue;
    const k = openerKey(c.label);
    openings.set(k, (openings.get(k) ?? 0) + 1);
  }
  let plainText: string | undefined;
  let docKinds: Set<string> | undefined;
  let toolKeys: ReadonlySet<string> | undefined;
  let projectKinds: ProjectKind[] | undefined;
  // the custom kinds the note's examples declare or define (miner/note-kinds.ts)
  const custom = noteKinds(fences);
  let namedKinds: Set<string> | undefined;
  let words: Set<string> | undefined;
  let kubectlTypes: Set<string> | undefined;
  // kind42: the custom kinds a note that declares none names as resources of the API (miner/prose-kinds.ts)
  let proseKinds: readonly string[] | undefined;
  // (perf48: the kinds `owners` reads in the title and in a candidate's first paragraph, once each)
  let titleKindsNamed: readonly string[] | undefined;
  const paragraphKindsNamed = new Map<RootContent, readonly string[]>();
  const occurrences = (text: string, word: string) => (word === '' ? 0 : text.split(word).length - 1);
  // (mine-memo.ts NOTE_ONLY: the answers of sectionOwners, keyNamed, isToolKey, sectionStateFields,
  // boldOpenings, usesElsewhere, noteLength, noteDocKinds and noteNamedKinds depend on this note
  // alone; a method that reads the graph must not be in that list)
  const rc: ResolveContext = {
    boldOpenings: (label) => openings.get(openerKey(label)) ?? 0,
    noteLength: () => (plainText ??= toString(doc.tree).normalize('NFKC').replace(/\s+/g, '')).length,
    usesElsewhere: (label, word) => {
      plainText ??= toString(doc.tree).normalize('NFKC').replace(/\s+/g, '');
      const own = stripColonKey(label);
      // the label's own openings hold the word too: they are not a use elsewhere
      return occurrences(plainText, word) - (openings.get(openerKey(label)) ?? 0) * occurrences(own, word);
    },
    lookup: (names) => index.lookup(names, st.branch),
    byInitials: (abbr) => {
      const id = index.byInitials(abbr);
      if (id === undefined || abbr.replace(/s$/, '').length > 2) return id;
      // Two letters stand for too many things (PS, IP, OS): the note must spell the words out.
      const n = nodes.get(id)!;
      noteText ??= toString(doc.tree).toLowerCase();
      const text = noteText;
      const spelled = [n.title, n.titleEn ?? '', ...n.aliases].some((name) => {
        const words = name.split(/[\s-]+/).filter((w) => /^[A-Za-z]/.test(w));
        return initialsOf(name) === abbr.replace(/s$/, '').toUpperCase() && words.every((w) => text.includes(w.toLowerCase()));
      });
      return spelled ? id : undefined;
    },
    known: (cid) => known(ctx, cid),
    sectionOwners: (c) => {
      const out: string[] = [];
      for (const sec of sectionChain(c.section)) {
        for (const f of sec.fences) for (const k of fenceKinds(f)) if (!out.includes(k)) out.push(k);
        for (const k of sec.kinds) if (!out.includes(k)) out.push(k);
      }
      return out;
    },
    owners: (c) => {
      const out: string[] = [];
      const add = (k: string | undefined) => {
        if (k && !out.includes(k)) out.push(k);
      };
      add(c.owner);
      for (const f of [...c.section.fences].sort((a, b) => spanDistance(a, c.at.line) - spanDistance(b, c.at.line) || a.line - b.line)) for (const k of fenceKinds(f)) add(k);
      for (const s of sectionChain(c.section)) for (const k of s.kinds) add(k);
      // the kinds the defining sentence itself names (`打在**节点**上的标记`)
      const first = c.blocks[0];
      if (first && first.type === 'paragraph') {
        // (perf48: read once per paragraph of the note, not once per candidate it holds)
        let named = paragraphKindsNamed.get(first);
        if (!named) {
          const text = toString(first);
          // (and the note's own custom kinds it names: `IPAddressPool 的 spec.addresses`)
          paragraphKindsNamed.set(first, (named = [...kindsIn(text), ...noteKindsIn(text, custom)]));
        }
        for (const k of named) add(k);
      }
      for (const f of fenceByDistance(c.at.line)) for (const k of fenceKinds(f)) add(k);
      add(st.homeKind);
      for (const k of (titleKindsNamed ??= kindsIn(title))) add(k);
      return out;
    },
    keyNamed: (name, line, owner) => {
      const lower = name.toLowerCase();
      for (const f of fenceByDistance(line)) {
        for (const k of f.keys) {
          if (k.data || k.name.toLowerCase() !== lower) continue;
          // (rules45: a fragment cut from a custom kind shown whole above is that kind's, cr-field-owner.ts)
          const joined = k.owner === undefined ? fragmentJoin(f) : undefined;
          if (joined) return joined.kind === owner ? { path: joinedPath(joined.prefix, k.path) } : undefined;
          // A fragment without `kind` is rooted at the object: its paths must fit the kind exactly.
          if (k.owner === owner || (k.owner === undefined && fieldAt(owner, k.path))) return { path: k.path };
          // (rules31: a fragment cut below the root of a kind the note's examples declare is that
          // kind's, and no farther key of the name is this one: miner/fragment-owner.ts)
          const cut = k.owner === undefined ? fragmentKeyOwner(k, (docKinds ??= new Set(fences.flatMap((x) => x.docKinds).filter((x) => x !== '')))) : undefined;
          if (cut) return cut.owner === owner ? { path: cut.path } : undefined;
        }
      }
      return undefined;
    },
    isToolKey: (name) => (toolKeys ??= toolFileKeys(doc.tree)).has(name),
    noteField: (name) => st.fields.get(name.toLowerCase()),
    noteTitle: () => title,
    isNoteKind: (kind) => custom.has(kind),
    noteKindNames: () => (custom.size > 0 ? [...custom.keys()] : (proseKinds ??= proseNamedKinds(doc.text, fences, (kubectlTypes ??= kubectlResourceTypes(doc.text))))),
    noteKindPath: (owner, written) => {
      const k = custom.get(owner);
      return k ? noteKindPath(k, written) : undefined;
    },
    noteKindChild: (owner, parent, name) => {
      const k = custom.get(owner);
      return k ? noteKindChildPath(k, parent, name) : undefined;
    },
    noteKindFamily: (name) => kindFamily(name, custom),
    noteKindsWith: (written) => [...custom.values()].filter((k) => noteKindPath(k, written) !== undefined).map((k) => k.kind),
    exampleKindsBefore: (line) => precedingExampleKinds(fences, line),
    noteKubectlTypes: () => (kubectlTypes ??= kubectlResourceTypes(doc.text)),
    noteDocKinds: () => (docKinds ??= new Set(fences.flatMap((f) => f.docKinds).filter((k) => k !== ''))),
    projectKinds: () => (projectKinds ??= projectKindsDeclared(fences.map((f) => ({ kinds: f.docKinds, apiVersions: f.docApiVersions })))),
    declaredApiVersion: (kind) => fences.flatMap((f) => f.docKinds.map((k, i) => (k === kind ? f.docApiVersions[i] : undefined))).find((v) => v !== undefined && v !== ''),
    noteNamedKinds: () => (namedKinds ??= new Set([...kindsIn(`${title}\n${toString(doc.tree)}`), ...fences.flatMap((f) => fenceKinds(f))])),
    noteHasWord: (word) => {
      words ??= new Set(doc.text.normalize('NFKC').match(/[A-Za-z][A-Za-z0-9]*/g) ?? []);
      return words.has(word);
    },
    shownKinds: (c) => {
      // (a key of an example that declares its kind is that kind's)
      const key = c.key;
      // (key lines are the example's own: the fences holding such a key)
      if (key && fences.some((f) => f.docKinds.some((k) => k !== '') && f.keys.some((k) => k === key || (k.line === key.line && k.path === key.path && k.name === key.name)))) return [];
      const out: string[] = [];
      for (const sec of sectionChain(c.section)) {
        const codes = codeBlocksOf(sec.blocks).sort((a, b) => spanDistance(a, c.at.line) - spanDistance(b, c.at.line) || a.line - b.line);
        for (const code of codes) for (const k of kindsPrinted(code.value)) if (!out.includes(k)) out.push(k);
        if (out.length > 0) break;
      }
      return out;
    },
    sectionStateFields: (c) => {
      let set = sectionStates.get(c.section);
      if (!set) {
        set = new Set();
        for (const x of candidates) {
          if (x.section !== c.section) continue;
          const f = onlyStateField(headingLabel(x.label));
          if (f !== undefined) set.add(f);
        }
        sectionStates.set(c.section, set);
      }
      return set;
    },
    keywordOf: (name) => {
      const of = keywords.get(normKey(name));
      // (a name some concept has, the bundled ones' or one mined before, is that concept: resolveName)
      return of === undefined || index.lookup([name], st.branch) !== undefined ? undefined : of;
    },
    knownNamesIn: (label) => {
      // distinct names, not concepts: `RoleBinding 引用 ClusterRole` relates two things even where
      // one concept stands for both
      const names = new Set<string>();
      for (const m of label.matchAll(/[A-Za-z][A-Za-z0-9-]*/g)) {
        if (index.lookup([m[0]]) !== undefined || kindNamed(m[0]) !== undefined) names.add(normKey(m[0]));
      }
      return names.size;
    },
  };

  // (in astro dev, a candidate's decision is reused while every question it asked gets the same answer: mine-memo.ts)
  const lines = doc.text.split('\n');
  const resolver = noteResolver(ctx.root, file, doc.text, configId(definerConfig()), fences === doc.fences && !definerCollector(), candidates, rc);

  // Candidates section by section: a heading that names nothing by itself waits for the
  // definition that opens its section (`### 镜像拉取策略` then `` `imagePullPolicy` 决定… ``).
  const bySection = new Map<Section, Candidate[]>();
  for (const c of candidates) {
    const list = bySection.get(c.section);
    if (list) list.push(c);
    else bySection.set(c.section, [c]);
  }
  // tables7: the rows of a table of values wait until the note's other candidates are applied (setting-tables.ts)
  const completing: Candidate[] = [];
  for (const [section, list] of bySection) {
    let pendingHeading: { c: Candidate; d: Decision } | undefined;
    /** The decisions for the parts of joined labels (`**A / B：**`), in the order of the section. */
    const decided = new Map<Candidate, Decision>();
    let opener: string | undefined;
    /** reader11: the concepts the section's candidates made, with the rule that proposed each (seriesAfter). */
    const made: { rule: string; cid: string }[] = [];
    let openerRule: string | undefined;
    for (const c of list) {
      if (c.completes) {
        completing.push(c);
        continue;
      }
      let d = resolver.resolve(c);
      // neg26: `envFrom 下面写 configMapKeyRef 是错的`: a name its own sentence says is wrong where it is written
      // is no concept from that sentence (miner/corrections.ts); a label the writer sets out as a definition is judged as ever
      if (d.type !== 'none' && !DEFINING_RULES.has(c.rule)) {
        const line = lines[c.at.line - 1] ?? '';
        const corrected = correctedName(line, c.label);
        if (corrected !== undefined) {
          d = { type: 'none', rule: 'corrected-name', why: `its sentence says this name is wrong where it is written (${corrected}), a mistake the note warns about` };
          // (`…是错的，应该用 configMapRef`: the right name the sentence gives is the field it explains, when the API places it)
          const right = rightNameFor(line, c.label);
          if (right !== undefined) {
            const { score: _score, keywordOnly: _kw, ...base } = c;
            const rc2: Candidate = { ...base, label: right, rule: 'corrected-to', form: 'code', newTerm: false, expect: 'field', aliases: [], evidence: line.trim() };
            const rd = resolver.resolve(rc2);
            if (rd.type === 'field') traceCandidate(rc2, rd, 'applied', apply(ctx, st, rc2, rd));
          }
        }
      }
      // fix28: `topologyKey` in a paragraph about podAntiAffinity is that term's, not topologySpreadConstraints' (miner/paragraph-holder.ts)
      // (a place the nearest YAML example gave, `yaml-key`, stays: the example shows where the key is set)
      if (d.type === 'field' && c.blocks[0] !== undefined && c.key === undefined && !d.rule.includes('yaml-key')) {
        const placed = placeNamedByParagraph(d.field, c.section.title, toString(c.blocks[0]));
        if (placed !== undefined) d = { ...d, field: placed, rule: `${d.rule} → ${PARAGRAPH_HOLDER_RULE.name}` };
      }
      // fix30b: a probe's handler or parameter (`httpGet` under `- readinessProbe:: …`, or under `## startupProbe`) is
      // the field of the holder named nearest to it, not the catalogue's first (livenessProbe) (miner/holder-chain.ts)
      let pinned = false;
      // fix31b: `exec` under `preStop` after `exec` under `postStart` is preStop's field, not the note's first
      // field of the name (`same-note-field`): a handler under each hook is a field of that hook
      if (c.key === undefined) d = sameNameOtherHolder(ctx, st, c, d, lines, fences);
      if (c.key === undefined) [d, pinned] = nearestHolder(st, c, d, lines, fences);
      // fix28: `调度器（kube-scheduler）` is the component kube-scheduler, 调度器 its other name (miner/component-names.ts)
      if (d.type === 'term' && d.kind === undefined) {
        const comp = glossedComponent(d.title, [...c.aliases, ...(d.aliases ?? [])]);
        if (comp !== undefined) d = { ...d, title: comp, aliases: [d.title, ...(d.aliases ?? []).filter((a) => a !== comp)], rule: `${d.rule} → component-glossed` };
      }
      // fix28: `IgnoredDuringExecution`, a piece of `requiredDuringSchedulingIgnoredDuringExecution` the note writes, is no term (miner/name-fragments.ts)
      // (a name the writer sets out in bold or as a label is judged as ever: dev22 bolds it, and labels it)
      if (d.type === 'term' && c.form !== 'bold' && !DEFINING_RULES.has(c.rule)) {
        const longer = fragmentOf(d.title, doc.text);
        if (longer !== undefined) d = { type: 'none', rule: NAME_FRAGMENT_RULE.name, why: `a part of the longer name ${longer} the note writes, not a name of its own` };
      }
      // `**A / B：**`: a part no rule placed is the field beside a part placed as a field (field-place.ts siblingField)
      if (d.type === 'none' && c.joined) d = besideJoined(c, d, decided);
      if (c.joined) decided.set(c, d);
      if (c.rule === 'heading' && (d.type === 'term' || d.type === 'none')) {
        pendingHeading = { c, d };
        continue;
      }
      if (d.type === 'none') reject(ctx, c, d);
      const cid = apply(ctx, st, c, d);
      traceCandidate(c, d, d.type === 'none' ? 'rejected' : 'applied', cid);
      if (pinned && cid !== undefined) (pinnedHolders.get(ctx) ?? pinnedHolders.set(ctx, new Set()).get(ctx)!).add(cid);
      // `写在 \`status.qosClass\` 里`: the field that holds the term's value is explained with it
      if ((d.type === 'term' || d.type === 'concept') && d.homeField) apply(ctx, st, { ...c, rule: 'field-home' }, { type: 'field', field: d.homeField, name: d.homeField.name, rule: 'field-home' });
      // rules22: `ConfigMap 和 Secret 顶层都有这个字段`: the definition explains the field at both kinds
      if (d.type === 'field' || d.type === 'concept') for (const f of d.alsoAt ?? []) apply(ctx, st, { ...c, rule: 'field-joint-place' }, { type: 'field', field: f, name: f.name, rule: 'field-joint-place', placed: true });
      if (cid && c.opensSection && opener === undefined && firstBlockOf(section, c)) [opener, openerRule] = [cid, c.rule];
      if (cid) made.push({ rule: c.rule, cid });
    }
    if (pendingHeading) {
      const { c } = pendingHeading;
      let { d } = pendingHeading;
      const label = headingLabel(c.label);
      // fix27: `## QoS 等级` over the classes it lists: the heading is the Chinese name of the field whose
      // values its section defines (field-values.ts zhFieldNames): that field, with the heading as its other name
      const zhField = d.type === 'term' || d.type === 'none' ? enumFieldNamedZh(ctx, made, label, st.note.defines) : undefined;
      if (zhField !== undefined) d = { type: 'field', field: zhField, name: label, rule: ENUM_FIELD_ZH_RULE };
      const nameLike = !notAConcept(label) && !CATEGORY_HEADING.test(label) && (d.type === 'term' || d.rule === 'heading-not-a-name' || d.rule === 'not-a-term');
      // (rules29: so is the name a question heading asks about, `Q4：XRD、Composition … 是什么关系？`, and a
      // short form of a name the note defines, `QoS 影响什么` under `**QoS class**：…`: question-subjects.ts)
      if (zhField !== undefined) traceCandidate(c, d, 'applied', apply(ctx, st, c, d));
      else if (d.type === 'term' && (d.rule.startsWith('subtitle') || d.rule.startsWith('question'))) {
        // A name the heading sets off (`…？临时容器`, `…：配合 Headless Service`) is the opener's
        // other name when the opener is that thing, else a term of its own.
        const o = opener !== undefined ? ctx.nodes.get(opener) : undefined;
        const same = o !== undefined && [o.title, o.titleZh ?? '', o.titleEn ?? '', ...o.aliases].some((n) => normKey(splitGloss(n).core) === normKey(d.title) || normKey(n) === normKey(d.title));
        const already = ctx.index.lookup([d.title], st.branch) ?? (d.rule.startsWith('question') ? longerName(ctx, st.note.defines, d.title) : undefined);
        if (opener && same) {
          addAlias(ctx, opener, d.title, c.at, 'heading-alias');
          traceCandidate(c, d, 'heading-alias-of-opener', opener);
        } else if (already !== undefined && st.note.defines.has(already)) {
          addProvenance(ctx, already, { at: c.at, role: 'alias', rule: 'heading-alias', label: d.title });
          traceCandidate(c, d, 'heading-already-defined', already);
        } else traceCandidate(c, d, 'applied', apply(ctx, st, c, d));
      } else if (opener && nameLike && definedBelow(ctx, made, opener, label) !== undefined) {
        // fix27: `## Headless Service` over `` `clusterIP: None` 的 Service 叫 **Headless Service** ``: the heading
        // names what its section defines by that name, not the section's opener (no other name of clusterIP)
        const below = definedBelow(ctx, made, opener, label)!;
        addProvenance(ctx, below, { at: c.at, role: 'alias', rule: 'heading-names-defined', label });
        traceCandidate(c, d, 'heading-names-defined', below);
      } else if (opener && nameLike && !namesApart(ctx, section, c.label, opener) && !(seriesAfter(ctx, opener, openerRule, made) && headingOverSeries(c.label, openerNames(ctx, opener)))) {
        // a glossed heading gives its parts, and only when one of them is the opener's name (field-gloss.ts)
        // (alias35: an unglossed heading that is a sentence, or a name in the opener's language sharing nothing
        // with its names, is no other name of it: heading-shapes.ts headingNotAName)
        const names = openerNames(ctx, opener);
        const parts = glossedHeadingAliases(label, names) ?? (headingNotAName(label, names, sectionText(section)) !== undefined ? [] : undefined);
        for (const a of parts ?? [label]) addAlias(ctx, opener, a, c.at, 'heading-alias');
        traceCandidate(c, d, parts !== undefined && parts.length === 0 ? 'heading-dropped' : 'heading-alias-of-opener', opener);
      } else if (d.type === 'term') {
        // `## 扩展资源（Extended Resource）` over a section whose text defined 扩展资源: the gloss is
        // another name of that concept, not a second concept (rules9, glossed headings)
        const { core, glosses } = splitGloss(d.title);
        const already = glosses.length > 0 ? ctx.index.lookup([core], st.branch) : undefined;
        if (already !== undefined && st.note.defines.has(already)) {
          for (const g of glosses) addAlias(ctx, already, g, c.at, 'heading-alias');
          traceCandidate(c, d, 'heading-gloss-of-defined', already);
        } else traceCandidate(c, d, 'applied', apply(ctx, st, c, d));
      } else {
        if (d.type === 'none') reject(ctx, c, d);
        traceCandidate(c, d, d.type === 'none' ? 'rejected' : 'heading-dropped');
      }
    }
  }

  // tables7: a table of values at least half of which the note took as concepts: its other rows too
  for (const c of completing) {
    const defined = c.completes!.names.filter((n) => {
      const id = ctx.index.lookup([n], st.branch);
      return id !== undefined && st.note.defines.has(id);
    }).length;
    const mine = ctx.index.lookup([c.label], st.branch);
    // (fix29: the values of one field of a kind the note's YAML declares, ClusterIP … under `kind: Service`: setting-tables.ts)
    const table = c.blocks[0];
    const header = table?.type === 'table' ? toString(table.children[0]?.children[0] ?? { type: 'text', value: '' }) : '';
    // (fix31a: or of a kind the note itself defines or is about, `**Service** 是…` over `| 类型 | 说明 |` with no YAML)
    const tableKinds = new Set([...(docKinds ??= new Set(fences.flatMap((f) => f.docKinds).filter((k) => k !== ''))), ...noteObjectKinds(ctx, st)]);
    const enumField = enumValueTable(c.completes!.names, tableKinds, header);
    const taken = tableCompleted(c.completes!.valueRows, defined) || enumField !== undefined;
    const node = mine !== undefined ? ctx.nodes.get(mine) : undefined;
    const own = node !== undefined ? st.passages.filter((p) => p.conceptId === mine) : [];
    if (taken && mine !== undefined && st.note.defines.has(mine) && own.length > 0 && own.every((p) => cautionLead(p.blocks, node!))) {
      // head43: a row of a table the note takes whose value the note defined elsewhere only by a caution (`| ClusterIP |
      // 默认值，只能集群内部访问 |` and, further down, `注意：ClusterIP 是 ping 不通的！`) is one more passage of that concept:
      // its own row says what it is (summaries.ts definingSummary), no second concept
      const p: Passage = { conceptId: mine, at: c.at, endLine: c.endLine, blocks: c.blocks };
      if (c.section.title !== '') p.heading = c.section.title;
      st.passages.push(p);
      traceCandidate(c, { type: 'none', rule: 'row-of-defined', why: 'a row of the table whose value the note defined elsewhere: a passage of that concept' }, 'row-of-defined', mine);
      continue;
    }
    if (!taken || (mine !== undefined && st.note.defines.has(mine))) {
      traceCandidate(c, { type: 'none', rule: 'table-not-completed', why: 'too few of the table\'s values are concepts of the note' }, 'rejected');
      continue;
    }
    // (and the field they are values of, named by its own compound name, which the note's YAML sets: their holder)
    if (enumField !== undefined && /[a-z][A-Z]/.test(enumField.name) && !ctx.identities.has(`field:${enumField.owner}:${enumField.path}`)) {
      const fd: Decision = { type: 'field', field: enumField, name: enumField.name, rule: ENUM_VALUE_TABLE.name };
      traceCandidate(c, fd, 'applied', apply(ctx, st, { ...c, label: enumField.name, newTerm: false }, fd));
    }
    const d = resolver.resolve(c);
    if (d.type === 'none') reject(ctx, c, d);
    traceCandidate(c, d, d.type === 'none' ? 'rejected' : 'applied', apply(ctx, st, c, d));
  }

  // dups1: a term the note made under a name it gave another concept (miner/same-thing.ts)
  joinSameThings(ctx, st);
  // prec36: `metadata.finalizers` shown on a Deployment and on a PVC is one field, ObjectMeta's (miner/object-keys.ts)
  joinSharedMetaFields(ctx, st);
  // dup42: `Bound` of a PV and of a PVC, `Running` of a Pod and of a container: one state the note explains (miner/same-thing.ts)
  joinSameStates(ctx, st);

  // struct26: a field whose values the note defines as terms and whose name it writes (`QoS Class`
  // over `**Guaranteed：**`, `**Burstable：**` …) is a concept of the note; its values are no home
  const valueTerms = enumFieldsOfNote(ctx, st);

  // A home not found yet: a concept the note defines that its title names, else a topic named
  // by the title, else the first thing the note defines.
  if (!st.home) {
    // Words of what the title says the note is about (`RBAC 权限控制` → RBAC), not its subtitle.
    const head = titleSources.map((t) => titleNames(t)[0] ?? '').filter((t) => t !== '');
    // (singular and plural alike: a note titled `Volume` is about the field `volumes`)
    const one = (k: string) => k.replace(/s$/, '');
    const latinWords = (t: string) => [...t.matchAll(/[A-Za-z][A-Za-z0-9-]*/g)].map((m) => one(normKey(m[0])));
    const heads = head.map((t) => ` ${latinWords(t).join(' ')} `);
    const defined = [...note.defines];
    // A Latin name of one word or of several in a row (`Knative Serving 课程笔记` is about Knative
    // Serving, not the first object its sections define): the name that comes first in the title
    // wins, then the longer (`Argo CD GitOps 入门`: Argo CD), then the first defined.
    const placeInTitle = (x: string): [number, number] | undefined => {
      const w = latinWords(x);
      if (w.length === 0 || !/^[a-z0-9]+$/.test(normKey(x))) return undefined;
      // (`Argo CD` is also the title's one word `ArgoCD`)
      for (const [i, h] of heads.entries()) {
        const at = [h.indexOf(` ${w.join(' ')} `), h.indexOf(` ${one(normKey(x))} `)].filter((a) => a >= 0);
        if (at.length > 0) return [i * 10_000 + Math.min(...at), w.length];
      }
      return undefined;
    };
    let byTitle: string | undefined;
    let best: [number, number] | undefined;
    for (const d of defined) {
      const n = nodes.get(d)!;
      for (const x of [n.title, n.titleEn ?? '', ...n.aliases]) {
        const p = placeInTitle(x);
        if (p && (!best || p[0] < best[0] || (p[0] === best[0] && p[1] > best[1]))) [byTitle, best] = [d, p];
      }
    }
    let home = byTitle;
    // (fix30b: how a home the title does not name was found, for `--explain`; 'title' otherwise)
    let homeRule: string | undefined;
    // struct25: a label or annotation key the title does not name is a detail of what it labels, no
    // chapter's subject (`kubernetes.io/arch` in a chapter on mixed nodes: miner/title-tool.ts)
    const homeable = defined.map((d) => nodes.get(d)!).filter((n) => !noHomeByDefault(n.title) && !valueTerms.has(n.id));
    // A lead of plain words before a colon that names nothing the note defines (`每个节点一个：DaemonSet`):
    // the concept whose name the whole subtitle is, before the most written or the first defined one
    // (not loose). Not a subtitle of several names (`对比：Flannel vs Calico vs Cilium`: peers) nor a
    // sentence that mentions one (`第 1～3 周，JVM 内存和容器 limit 打架`).
    const subtitles = new Set(titleSources.map((t) => titleSubtitle(t)).filter((t): t is string => t !== undefined).map((t) => normKey(t)));
    const subtitleHome = (): string | undefined => (subtitles.size > 0 ? homeable.find((n) => namesOf(n).some((x) => subtitles.has(normKey(x))))?.id : undefined);
    // A topic only from a title the author wrote (a `#` heading or frontmatter), not a file name (`written`, above).
    // struct26: a title that is the Chinese name of a Kubernetes term (`# 探针`, `亲和性.md`) the
    // chapter writes again is about that concept (miner/title-glossary.ts): the home, not loose
    if (!home && defined.length > 0) {
      const g = titleGlossaryName(head, bodyOf(doc));
      if (g !== undefined) {
        const own = homeable.find((n) => namesOf(n).some((x) => normKey(x) === normKey(g.en) || normKey(x) === normKey(g.zh)));
        home = own?.id ?? ctx.index.lookup([g.zh], st.branch) ?? ensureTerm(ctx, st, g.title, titleAt, 'term');
        addProvenance(ctx, home, { at: titleAt, role: 'about', rule: TITLE_GLOSSARY_RULE.name, label: title });
      } else {
        // fix28: `# 污点与容忍`, two glossary names joined: the pair is the chapter's subject, a topic (miner/title-glossary.ts)
        const pair = joinedGlossaryTitle(head, bodyOf(doc));
        if (pair !== undefined) {
          home = ctx.index.lookup([pair], st.branch) ?? ensureTerm(ctx, st, pair, titleAt, 'topic');
          addProvenance(ctx, home, { at: titleAt, role: 'about', rule: JOINED_TITLE.name, label: title });
        }
      }
    }
    // fix29b: a reference sheet's or an exam review's title (`CKA 考试速查`, `节点维护小抄`, the file's
    // name too) names no concept it defines: the chapter has no home rather than the first or most
    // written detail it defines (a list item's `podSelector`); its concepts hang where their own
    // kinds put them, and no topic is made of the title (topics47: a title naming no broad area
    // makes none). (miner/reference-titles.ts)
    // lead37: a subtitle that is exactly one API kind's name (`# 第九章 有状态应用：StatefulSet`) names the chapter's
    // subject, before a topic made of the plain words before the colon (miner/title-kinds.ts)
    if (!home && written) {
      const kind = titleSources.map((t) => subtitleKind(titleSubtitle(t))).find((k) => k !== undefined);
      // (a kind the note defines is the subtitle's home as before, `title-subtitle`)
      if (kind !== undefined && (home = subtitleHome()) !== undefined) homeRule = 'title-subtitle';
      else if (kind !== undefined) {
        home = ensureObject(ctx, st, kind, titleAt);
        addProvenance(ctx, home, { at: titleAt, role: 'about', rule: TITLE_SUBTITLE_KIND.name, label: title });
      }
    }
    const reference = (): boolean => {
      // (only a sheet that defines one thing: with several, the others hung under the detail but kept
      // their edges through it; without a home 6 concepts of 4 dev sets were left with none)
      if (defined.length !== 1 || !isReferenceTitle(title)) return false;
      st.homeReference = true;
      return true;
    };
    if (!home && defined.length > 0 && written) {
      const named = homeNames.find((n) => isTopicName(n));
      const bilingual = named === undefined ? bilingualTopicName(ctx, homeNames[0]) : undefined;
      const found = named ?? bilingual;
      // topics47: a Chinese title phrase that names no broad area (`迁移`, `节点缩容`, `节点从哪来`)
      // makes no topic (miner/title-areas.ts); the note's concepts take the home below. A bilingual
      // title whose Chinese part only asks about the English name (`节点为什么会变成 NotReady`) is
      // about that name: a term. (A Chinese name glossed in English, `探针 Probe`, names its subject.)
      const asked = bilingual !== undefined ? askedName(bilingual) : undefined;
      // fp41: a record's title (`调试日记：…`, `新租户上线 checklist`, `… Runbook`) names an event or a
      // task, no topic, unless its phrase is an area (`排错日记：容器网络`) (miner/record-titles.ts)
      const record = found !== undefined && isRecordTitle(title) && areaOf(found) === undefined;
      // lead51: so does a sheet's (`# 容器状态与 reason 速查表`, `# 存储排查备忘`) or an exam's name alone (`# CKA 备考速查`),
      // fix29b above; a sheet of one Latin name (`# Karmada 速查表`) is about that tool, a term (miner/reference-titles.ts)
      const sheet = found !== undefined && areaOf(found) === undefined && (isSheetTitle(title) || isExamName(found));
      const sheetTool = sheet ? sheetToolName(found!) : undefined;
      // lead50: a title joining two areas (`存储与调度笔记`) makes a topic of neither (miner/title-areas.ts)
      const joined = homeNames[0] !== undefined && titleJoinsAreas(conjuncts(homeNames[0]));
      const phrase = (named !== undefined && titleNamesNoArea(named)) || asked !== undefined || record || (sheet && sheetTool === undefined) || joined ? undefined : found;
      if (asked !== undefined) {
        home = ensureTerm(ctx, st, asked, titleAt, 'term');
        addProvenance(ctx, home, { at: titleAt, role: 'about', rule: 'title-asks', label: title });
      } else if (found !== undefined && phrase === undefined) {
        // the home: the concept the note defines whose names share most words with the title
        // (`节点缩容：Cluster Autoscaler scale-down vs Karpenter consolidation` → consolidation)
        home = titleWordsHome(title, homeable);
        if (home === undefined && (home = subtitleHome()) !== undefined) homeRule = 'title-subtitle';
        if (home === undefined && !reference()) {
          // (only what the text names most: a neighbour too, struct23 `homeLoose`)
          home = mostWrittenHome(doc.text, noteHeadings(doc), homeable);
          st.homeLoose = home !== undefined;
          homeRule = 'most-written';
        }
      }
      if (phrase) {
        // `集群网络` is the area 网络: the topic takes the area's name, the phrase is another name
        const area = areaOf(phrase);
        // a map branch of the same area (`Kubernetes 安全`) is that topic already
        // a component's name (`kube-proxy`, `etcd`) is no area: the note is about that tool, a term
        const component = area === undefined && (isComponentName(phrase) || sheetTool !== undefined);
        home = (area !== undefined ? areaTopic(ctx, area) : undefined) ?? ensureTerm(ctx, st, area ?? phrase, titleAt, component ? 'term' : 'topic');
        addProvenance(ctx, home, { at: titleAt, role: 'about', rule: area ? 'title-topic → area' : sheetTool !== undefined ? 'title-sheet-tool' : component ? 'title-component' : 'title-topic', label: title });
        if (area) addAlias(ctx, home, phrase, titleAt, 'title-topic');
      }
    }
    // struct25: a title naming one tool and what is done with it (`kubeadm 部署集群`, `Fluent Bit
    // 日志采集实践`, `从 Docker Compose 迁移到 Kubernetes`), the tool written again in the chapter, is
    // about that tool, not about the first detail the note defines (`cgroup 驱动`, a Compose key);
    // a tool before a task of the cluster (`kubeadm 集群升级`) gives way (miner/title-tool.ts)
    // (not when the title, subtitle included, names a concept the note defines: `从 Docker 到
    // Kubernetes：容器、镜像与 Pod` is about Pod)
    const tool = home === undefined && written && !homeable.some((n) => namedByTitle(titleSources, n)) ? titleTool(head[0] ?? '', bodyOf(doc)) : undefined;
    if (tool !== undefined && tool.subject === undefined) {
      home = ensureTerm(ctx, st, tool.name, titleAt, 'term');
      addProvenance(ctx, home, { at: titleAt, role: 'about', rule: tool.rule.name, label: title });
    }
    if (home === undefined) {
      // struct24: what the sections are about when several headings name it (`## 第 1 天：PVC 一直
      // Pending`, `## 第 2 天：删不掉的 PVC` under `# 排错日记`), not the first thing defined: the
      // chapter's subject, so its concepts hang under it as under a home its title names
      home = headingsHome(noteHeadings(doc), homeable);
      if (home !== undefined) addProvenance(ctx, home, { at: titleAt, role: 'about', rule: 'headings-subject', label: title });
      else if (dated) {
        // fix30b: a day's page is about what its entries name most, as a diary titled by its genre is (`# 排错日记`)
        // (a kind or topic it writes most first: its other concepts are then its neighbours or parts, never a kind under a term)
        const apiOrTopic = homeable.filter((n) => ['object', 'topic'].includes(n.kind ?? ''));
        home = mostWrittenHome(doc.text, noteHeadings(doc), apiOrTopic) ?? mostWrittenHome(doc.text, noteHeadings(doc), homeable) ?? apiOrTopic[0]?.id ?? homeable[0]?.id;
        st.homeLoose = home !== undefined;
        homeRule = `${DATE_TITLE.name} → body`;
      } else if ((home = subtitleHome()) !== undefined) {
        homeRule = 'title-subtitle';
      } else if (!reference()) {
        home = homeable.find((n) => ['object', 'topic'].includes(n.kind ?? ''))?.id ?? homeable[0]?.id;
        st.homeLoose = home !== undefined;
        homeRule = 'first-defined';
      }
    }
    // lead51: a term the title names that is what the note's one API kind does (`# 滚动更新` over `**Deployment：**…负责
    // 版本的滚动更新…` and `**滚动更新：**…`): the chapter is about that kind's feature, the kind its home, the term under it
    const feature = home !== undefined && !st.homeLoose ? featureKind(st, nodes.get(home)!, homeable) : undefined;
    if (feature !== undefined) [home, homeRule] = [feature, 'title-feature → kind'];
    if (home) setHome(ctx, st, home, homeRule);
  }
  if (st.home) {
    note.home = st.home;
    note.defines.add(st.home);
    for (const d of note.defines) {
      const n = nodes.get(d)!;
      if (n.mined && n.home === undefined && d !== st.home) {
        n.home = st.home;
        // (fix27: a pattern after a loose home that is a pattern is its peer, even when the home's passage,
        // a list of the patterns, names it: miner/peer-kinds.ts)
        if (st.homeLoose && (peerOfLooseHome(effectiveKind(nodes.get(st.home)!), effectiveKind(n)) || !termOfHome(ctx, st, n))) n.homeLoose = true;
        // (fix30b: a day's page: its entries are apart, so a concept its home's passage does not name is no part of a term home either)
        if (st.homeDated && n.homeLoose) n.homeDated = true;
      }
      if (n.mined && n.home === st.home && d !== st.home && !st.homeLoose && !n.homeLoose && fieldOfSubject(ctx, st, n)) n.homeSubject = true;
      if (n.mined && n.home === st.home && d !== st.home && namedByTitle(titleSources, n)) n.homeTitled = true;
    }
  }
  // rules36: a later kind the written title joins to the kind before it (`# Job / CronJob 错题本`: CronJob) is a concept
  // the note defines, related to that kind (else to the home) (miner/title-kinds.ts)
  if (written) {
    for (const { kind, before } of titleSources.flatMap((t) => joinedTitleKinds(t))) {
      const prev = ctx.identities.get(`object:${before}`);
      const anchor = prev !== undefined && note.defines.has(prev) ? prev : st.home;
      if (anchor === undefined) continue;
      const id = ensureObject(ctx, undefined, kind, titleAt);
      if (id === anchor || note.defines.has(id)) continue;
      note.defines.add(id);
      addProvenance(ctx, id, { at: titleAt, role: 'about', rule: TITLE_JOINED_KIND.name, label: title });
      ctx.minedEdges.push({ from: anchor, to: id, type: 'related', source: titleAt });
    }
  }
  ctx.noteHome.set(file, st.home ?? null);
  // struct26: a home the note only fell back on (its first or most written concept) is noted as such
  if (st.home !== undefined) {
    const m = homeHow.get(ctx) ?? new Map<string, 'loose' | 'named'>();
    if (m.get(st.home) !== 'named') m.set(st.home, st.homeLoose ? 'loose' : 'named');
    homeHow.set(ctx, m);
  }
  // fix27: a summary callout's restatement gives way to the note's own label line for the name (miner/summary-callouts.ts)
  // (fix28: the callouts the parse marked, 语雀's `:::tips 小结` among them, not the source's `> [!type]` lines re-read)
  const summaries = summaryCalloutSpans(doc.tree);
  ctx.notePassages.set(file, dedupePassages(preferDefinitions(st.passages, lines, (id) => { const n = nodes.get(id); return n ? [...namesOf(n), fieldKeyOf(n) ?? ''] : []; }, (line) => inSpans(summaries, line))));

  markSectionObjects(ctx, st);

  // Concepts defined in one section belong together, unless the API says they belong to different
  // owners and their text does not tie them (struct23, miner/api-apart.ts: StorageClass and a PVC's
  // accessModes defined one after the other are no relation).
  for (const [section, ids] of st.sectionDefs) {
    for (const uniq of outlineGroups(st, section, [...new Set(ids)])) relateInSection(ctx, st, file, section, uniq);
  }
}

/**
 * A term the note made under a heading (or the nearest of its headings that names a kind at all)
 * naming exactly one object the note defines, not the note's home: `kubernetes.io/tls` under
 * `## Secret 的类型` in a chapter about ConfigMap and Secret is Secret's part (Node.sectionObject).
 * Latin names as whole words only; a heading naming two kinds names no one of them.
 */
function markSectionObjects(ctx: BuildContext, st: NoteState): void {
  const { nodes } = ctx;
  const objects = [...st.note.defines].map((id) => nodes.get(id)).filter((n): n is Node => n !== undefined && effectiveKind(n) === 'object');
  if (objects.length < 2) return;
  const latin = new Map(objects.map((o) => [o.id, namesOf(o).filter((x) => /^[A-Za-z][A-Za-z0-9 .-]*$/.test(x))]));
  const objectOf = (section: Section): string | undefined => {
    for (let s: Section | undefined = section; s !== undefined && s.depth > 0; s = s.parent) {
      const named = objects.filter((o) => says(s!.title, latin.get(o.id)!));
      if (named.length > 0) return named.length === 1 && ownsHeading(s.title, latin.get(named[0]!.id)!) ? named[0]!.id : undefined;
    }
    return undefined;
  };
  for (const [section, ids] of st.sectionDefs) {
    const obj = objectOf(section);
    if (obj === undefined || obj === st.home) continue;
    for (const id of new Set(ids)) {
      if (id === obj || !st.minted.has(id)) continue;
      const n = nodes.get(id);
      if (n !== undefined && effectiveKind(n) === 'term' && n.home !== obj) n.sectionObject ??= obj;
    }
  }
}

/** A heading that is about a kind's parts: the kind's name first, then 的 (`## Secret 的类型`, `### 2.1 Ingress 的注解`). */
function ownsHeading(title: string, names: readonly string[]): boolean {
  const t = title.normalize('NFKC').replace(/^\s*(?:[\d.]+|[一二三四五六七八九十]+)\s*[、.．)）]?\s*/u, '');
  return names.some((name) => new RegExp(`^${escapeRegExp(name)}\\s*的`, 'iu').test(t));
}

/**
 * fix31b (miner/outline-branches.ts): the concepts of a section whose body is one nested list, grouped by the
 * top-level bullet they are defined under (a concept defined under two is in both groups; one defined outside
 * the list is in a group of its own); any other section is one group.
 */
function outlineGroups(st: NoteState, section: Section, uniq: string[]): string[][] {
  if (uniq.length < 2) return [uniq];
  const branches = outlineBranches(section.blocks);
  if (branches === undefined) return [uniq];
  const groups = new Map<number, string[]>();
  const inSection = (line: number) => line >= section.at.line && line <= section.endLine;
  for (const id of uniq) {
    const at = new Set(st.passages.filter((p) => p.conceptId === id && inSection(p.at.line)).map((p) => branchOf(branches, p.at.line)));
    if (at.size === 0) at.add(-1);
    for (const b of at) (groups.get(b) ?? groups.set(b, []).get(b)!).push(id);
  }
  return [...groups.values()];
}

/** Same-section `related` edges among the concepts a section (or an outline's branch) defines. */
function relateInSection(ctx: BuildContext, st: NoteState, file: string, section: Section, uniq: string[]): void {
  const { nodes } = ctx;
  if (uniq.length < 2) return;
  let sentences: string[] | undefined;
  const named = new Map<string, string[]>();
  const names = (n: Node) => named.get(n.id) ?? named.set(n.id, callNames(ctx, file, n)).get(n.id)!;
  const together = (a: string, b: string) => {
    const [x, y] = [nodes.get(a)!, nodes.get(b)!];
    return !apiApart(x, y) || namesOther(st, x, y, names) || namedTogether((sentences ??= proseSentences(section.blocks)), x, y, names);
  };
  const pairs: [string, string][] = [];
  if (uniq.length <= MAX_RELATED_CLIQUE) {
    for (let i = 0; i < uniq.length; i++) for (let j = i + 1; j < uniq.length; j++) if (together(uniq[i]!, uniq[j]!)) pairs.push([uniq[i]!, uniq[j]!]);
  } else {
    // a chain: each to the nearest one before it that it belongs with
    for (let i = 1; i < uniq.length; i++) {
      for (let j = i - 1; j >= 0; j--) {
        if (!together(uniq[j]!, uniq[i]!)) continue;
        pairs.push([uniq[j]!, uniq[i]!]);
        break;
      }
    }
  }
  for (const [a, b] of pairs) {
    const at = nodes.get(b)!.source.file === file ? nodes.get(b)!.source : { file, line: 1, column: 1 };
    ctx.minedEdges.push({ from: a, to: b, type: 'related', source: at });
  }
}

/**
 * place45: the note's title names the concept (`# ConfigMap 和 Secret` names Secret; `# Service 和
 * Ingress` names Ingress, not IngressClass): a Latin name as a run of the title's Latin words, a
 * Chinese name as part of the title.
 */
function namedByTitle(titles: readonly string[], n: Node): boolean {
  const words = (t: string) => ` ${[...t.matchAll(/[A-Za-z][A-Za-z0-9-]*/g)].map((m) => normKey(m[0])).join(' ')} `;
  const heads = titles.map(words);
  return [n.title, n.titleEn ?? '', ...n.aliases].some((x) => {
    if (/^[\u4e00-\u9fff]{2,}$/u.test(x)) return titles.some((t) => t.includes(x));
    const w = words(x);
    return w.trim() !== '' && heads.some((h) => h.includes(w));
  });
}

/**
 * struct24: a field the note explains for what it is about rather than as a part of its owner kind
 * (Node.homeSubject): the note's home is what its title names (not loose) and is a topic, term or
 * pattern (`# 调度：…` over nodeSelector, affinity, tolerations: the labels' `about: 调度`), or a kind
 * the field's own passage names (`**envFrom：**把 ConfigMap 里所有的键…注入成环境变量` in a ConfigMap
 * chapter); and the note does not define the field's owner kind (a chapter that explains Pod keeps
 * its fields under Pod). Headings still give context: a field a section about its owner (and not
 * about the home) defines, `## Pod 里怎么写`, is the owner's.
 */
function fieldOfSubject(ctx: BuildContext, st: NoteState, n: Node): boolean {
  if (st.home === undefined || n.kind !== 'field' || n.fieldPath === undefined) return false;
  // fix29b: a reference sheet's details are their own objects' fields, not the sheet's (reference-titles.ts)
  if (st.homeReference) return false;
  const home = ctx.nodes.get(st.home);
  if (home === undefined) return false;
  const owner = n.owner ?? DEFAULT_OWNER;
  const ownerId = ctx.identities.get(`object:${owner}`);
  if (ownerId === st.home || (ownerId !== undefined && st.note.defines.has(ownerId))) return false;
  const own = st.passages.filter((p) => p.conceptId === n.id);
  const homeNames = callNames(ctx, st.note.file, home);
  if (own.some((p) => p.heading !== undefined && kindsIn(p.heading, { contextWords: false }).includes(owner) && !says(p.heading, homeNames))) return false;
  const kind = effectiveKind(home);
  if (kind === 'topic' || kind === 'term' || kind === 'pattern') return true;
  if (kind !== 'object') return false;
  return says(own.map((p) => proseOf(p.blocks)).join('\n'), homeNames);
}

/**
 * struct23: a term the note's loose home is said to have: defined after the home, whose own
 * definition names it (`**Deployment：**…负责版本的滚动更新和回滚` then `**滚动更新：**…`). It stays
 * under the home; an umbrella term above the kinds it covers (`**RBAC：**` then `**Role：**`), or
 * one the home's text never names, goes beside it.
 */
function termOfHome(ctx: BuildContext, st: NoteState, n: Node): boolean {
  if (st.home === undefined || (n.kind !== 'term' && n.kind !== 'pattern')) return false;
  const own = st.passages.filter((p) => p.conceptId === st.home);
  const first = (id: string) => Math.min(...st.passages.filter((p) => p.conceptId === id).map((p) => p.at.line));
  if (own.length === 0 || first(n.id) < first(st.home)) return false;
  return says(own.map((p) => proseOf(p.blocks)).join('\n'), callNames(ctx, st.note.file, n));
}

/** The prose of blocks (a YAML example sets another kind's fields without saying anything of them). */
function proseOf(blocks: readonly RootContent[]): string {
  return blocks.filter((x) => x.type !== 'code').map((x) => toString(x)).join('\n');
}

/**
 * The names a note's text may call a concept by: its title, English title, aliases, its field's
 * name, and the words of the labels this note defined it by with their glosses (`taints（污点）`:
 * a field keeps no Chinese alias, but the note calls it 污点).
 */
function callNames(ctx: BuildContext, file: string, n: Node): string[] {
  const labels = (ctx.provenance.get(n.id) ?? []).filter((p) => p.role === 'defined' && p.at.file === file).flatMap((p) => {
    const g = splitGloss(p.label.replace(/[:：]\s*$/u, '').trim());
    return [g.core, ...g.glosses];
  });
  return [n.title, n.titleEn, ...n.aliases, n.fieldPath?.replace(/\[\]/g, '').split('.').pop(), ...labels].filter((x): x is string => x !== undefined && x.trim().length > 1);
}

/** Whether `text` says one of `names` (a Latin name as a whole word, without case). */
function says(text: string, names: readonly string[]): boolean {
  return names.some((name) => new RegExp(/^[A-Za-z0-9]/.test(name) ? `(?<![A-Za-z0-9_])${escapeRegExp(name)}(?![A-Za-z0-9_])` : escapeRegExp(name), 'iu').test(text));
}

/** Whether the note's prose passage of one of `a`, `b` names the other (`names`: callNames of each). */
function namesOther(st: NoteState, a: Node, b: Node, names: (n: Node) => string[]): boolean {
  const textOf = (n: Node) => st.passages.filter((p) => p.conceptId === n.id).map((p) => proseOf(p.blocks)).join('\n');
  return says(textOf(a), names(b)) || says(textOf(b), names(a));
}

/** The sentences of a section's prose (table cells and list items end one too). */
function proseSentences(blocks: readonly RootContent[]): string[] {
  return proseOf(blocks).split(/[。！？!?；;\n]/u).filter((x) => x.trim() !== '');
}

/** Whether one sentence of the section names both (`targetPort 写名字，按 Pod 里同名的 containerPort 解析`). */
function namedTogether(sentences: readonly string[], a: Node, b: Node, names: (n: Node) => string[]): boolean {
  return sentences.some((x) => says(x, names(a)) && says(x, names(b)));
}

/**
 * prec36: the fields this note defines at one path under an object's metadata (miner/object-keys.ts
 * SHARED_META_FIELD) under several owners are one concept: each the note made itself is folded into the
 * one it made or named first (its first line in the note).
 */
function joinSharedMetaFields(ctx: BuildContext, st: NoteState): void {
  const first = (n: Node): number => Math.min(...(ctx.provenance.get(n.id) ?? []).filter((p) => p.at.file === st.note.file).map((p) => p.at.line), Number.MAX_SAFE_INTEGER);
  const byPath = new Map<string, Node[]>();
  for (const id of st.note.defines) {
    const n = ctx.nodes.get(id);
    if (n === undefined || effectiveKind(n) !== 'field' || n.fieldPath === undefined || !sharedMetaField(n.fieldPath)) continue;
    byPath.set(n.fieldPath, [...(byPath.get(n.fieldPath) ?? []), n]);
  }
  for (const [path, nodes] of byPath) {
    if (nodes.length < 2) continue;
    const [to, ...rest] = [...nodes].sort((a, b) => first(a) - first(b) || (a.id < b.id ? -1 : 1));
    for (const from of rest) if (st.minted.has(from.id) && ctx.nodes.has(to!.id)) mergeInto(ctx, st, from, to!, `${SHARED_META_FIELD.name} (${path})`);
  }
}

/**
 * dup42: the states this note defines under one value (miner/same-thing.ts sameStateKey) and several owners are
 * one concept: each the note made itself is folded into one it did not make, else the one it made or named first.
 */
function joinSameStates(ctx: BuildContext, st: NoteState): void {
  const first = (n: Node): number => Math.min(...(ctx.provenance.get(n.id) ?? []).filter((p) => p.at.file === st.note.file).map((p) => p.at.line), Number.MAX_SAFE_INTEGER);
  const byValue = new Map<string, Node[]>();
  for (const id of st.note.defines) {
    const n = ctx.nodes.get(id);
    if (n === undefined || effectiveKind(n) !== 'state') continue;
    const k = sameStateKey(n.title);
    byValue.set(k, [...(byValue.get(k) ?? []), n]);
  }
  for (const [value, nodes] of byValue) {
    if (nodes.length < 2) continue;
    const [to, ...rest] = [...nodes].sort((a, b) => Number(st.minted.has(a.id)) - Number(st.minted.has(b.id)) || first(a) - first(b) || (a.id < b.id ? -1 : 1));
    for (const from of rest) if (st.minted.has(from.id) && ctx.nodes.has(to!.id)) mergeInto(ctx, st, from, to!, `same-state (${value})`);
  }
}

/**
 * dups1: the terms (and patterns) this note made that the note itself says are another concept it
 * defines (miner/same-thing.ts `sameThing`: the term's name is another name the note gave that
 * concept, or the initials of its name) are folded into that concept. Each join must be the only
 * one for both sides: a term that would join two concepts, or a concept whose other names would
 * take in two terms through different names (a gloss that mixed two rows' names), joins nothing.
 */
function joinSameThings(ctx: BuildContext, st: NoteState): void {
  const defined = [...st.note.defines].map((id) => ctx.nodes.get(id)).filter((n): n is Node => n !== undefined);
  // (perf48: each concept's names, own names and names as a gloss's other side are read once per
  // note below, not once per pair of the concepts it defines; nothing changes them before the joins)
  const once = <V>(read: (n: Node) => V): ((n: Node) => V) => {
    const memo = new Map<Node, V>();
    return (n) => {
      let v = memo.get(n);
      if (v === undefined) memo.set(n, (v = read(n)));
      return v;
    };
  };
  const names = once((n: Node): ConceptNames => ({ title: n.title, ...(n.titleZh ? { titleZh: n.titleZh } : {}), ...(n.titleEn ? { titleEn: n.titleEn } : {}), aliases: n.aliases, kind: effectiveKind(n), ...(n.fieldPath ? { fieldPath: n.fieldPath } : {}) }));
  const joins: { from: Node; to: Node; rule: string; via: string }[] = [];
  // `容差（tolerance）`: a Chinese name and an English one glossing each other in the note's text
  const own = once((n: Node) => [n.title, n.titleZh ?? '', n.titleEn ?? ''].filter((x) => x !== '').map((x) => splitGloss(x).core));
  const allOwn = defined.flatMap(own);
  const theirNames = once((o: Node): string[] => {
    const segment = fieldKeyOf(o);
    // (a field of a common word, `group`, takes other names from glosses around it: only its own name counts)
    const common = effectiveKind(o) === 'field' && commonFieldWord(segment ?? o.title);
    // (unless the other name spells the field: `Node conditions` of `conditions`)
    const spells = (a: string) => segment !== undefined && new RegExp(`(?<![A-Za-z])${escapeRegExp(segment)}(?![A-Za-z])`, 'i').test(a);
    return [...own(o), ...(common ? o.aliases.filter(spells) : o.aliases), ...(segment !== undefined ? [segment] : [])];
  });
  const ownKeys = once((t: Node) => new Set(own(t).map(normKey)));
  const glossJoin = (t: Node, o: Node): { rule: string; via: string } | undefined => {
    const theirs = theirNames(o);
    // (a name the term has itself is the term's own gloss: no word of the other concept's)
    const mine = ownKeys(t);
    for (const a of own(t)) {
      for (const b of theirs.filter((x) => !mine.has(normKey(x)))) {
        if (glossPaired(st.doc.text, a, b, allOwn)) return { rule: 'gloss-pair', via: `${a}（${b}）` };
      }
    }
    return undefined;
  };
  // prec34: the lines of this note a concept was made or named on (a term and a field made on one line)
  const linesHere = once((n: Node) => new Set((ctx.provenance.get(n.id) ?? []).filter((p) => p.at.file === st.note.file).map((p) => p.at.line)));
  const oneWordJoin = (t: Node, o: Node): { rule: string; via: string } | undefined => {
    if (effectiveKind(o) !== 'field' || ![...linesHere(t)].some((l) => linesHere(o).has(l))) return undefined;
    const word = fieldOfOneWord(names(t), names(o));
    if (word !== undefined) return { rule: 'field-of-one-word', via: word };
    // prec36: `**Last State**：…` over `lastState`, `也就是 QoS class` beside `status.qosClass`: the field's key in words
    const compact = fieldOfCompactName(names(t), names(o));
    return compact === undefined ? undefined : { rule: 'field-of-compact-name', via: compact };
  };
  for (const t of defined) {
    if (!st.minted.has(t.id) || !['term', 'pattern'].includes(effectiveKind(t)) || t.fieldPath !== undefined) continue;
    const hits = defined.flatMap((o) => {
      if (o === t) return [];
      const same = sameThing(names(t), names(o)) ?? glossJoin(t, o) ?? oneWordJoin(t, o);
      return same ? [{ from: t, to: o, ...same }] : [];
    });
    if (hits.length === 1) joins.push(hits[0]!);
  }
  // rules51: `updateStrategy.type` beside `updateStrategy` (miner/same-thing.ts STRATEGY_HOLDERS): the strategy's type
  // is the strategy, one field to the reader
  for (const t of defined) {
    if (!st.minted.has(t.id) || effectiveKind(t) !== 'field') continue;
    const hits = defined.filter((o) => o !== t && strategyTypeOf(names(t), names(o)));
    if (hits.length === 1) joins.push({ from: t, to: hits[0]!, rule: 'strategy-type', via: t.title });
  }
  // topics47: `## allow-nothing 策略`, `### instancetype 冲突` over a section of a note that defines
  // `allow-nothing` (`instancetype`) itself: a heading made of a Latin name and a Chinese head (what
  // the name is, what happens to it) says which part of the note about that name follows; it names
  // no second concept (miner/heading-shapes.ts headingNameHead).
  const ownNames = (o: Node) => [...namesOf(o), fieldKeyOf(o) ?? ''].filter((x) => x !== '').flatMap((x) => [normKey(x), normKey(splitGloss(x).core)]);
  for (const t of defined) {
    if (!st.minted.has(t.id) || effectiveKind(t) !== 'term' || joins.some((j) => j.from === t)) continue;
    const made = (ctx.provenance.get(t.id) ?? []).filter((p) => p.role === 'defined');
    if (made.length === 0 || !made.every((p) => headingNameHead(p.rule))) continue;
    const latin = latinBeforeChineseHead(t.title);
    if (latin === undefined) continue;
    const hits = defined.filter((o) => o !== t && ownNames(o).includes(normKey(latin)));
    if (hits.length === 1) joins.push({ from: t, to: hits[0]!, rule: 'heading-name-head', via: t.title });
  }
  for (const j of joins) {
    // (the concept's other names take in two terms through two names: they mix two things)
    const into = joins.filter((x) => x.to === j.to);
    if (new Set(into.map((x) => normKey(x.via))).size > 1) continue;
    // (a term both absorbs and is absorbed: leave the pair)
    if (joins.some((x) => x.to === j.from) || !ctx.nodes.has(j.from.id) || !ctx.nodes.has(j.to.id)) continue;
    mergeInto(ctx, st, j.from, j.to, `${j.rule} (${j.via})`, j.rule !== 'heading-name-head');
  }
}

/** A concept's own names: title, Chinese and English titles, aliases (none empty). */
function namesOf(n: Node): string[] {
  return [n.title, n.titleZh ?? '', n.titleEn ?? '', ...n.aliases].filter((x) => x !== '');
}

/** A field's own key, the last segment of its path (`spec.volumes[]` → `volumes`); undefined for other concepts. */
function fieldKeyOf(n: Node): string | undefined {
  return n.fieldPath?.split('.').pop()!.replace(/\[\]$/, '');
}

/** Fold concept `from` (made by this note) into `to`: its names, passages, provenance and edges. */
function mergeInto(ctx: BuildContext, st: NoteState, from: Node, to: Node, rule: string, names = true): void {
  const at = from.source;
  mineTracer?.({ kind: 'merge', file: st.note.file, from: from.id, to: to.id, rule });
  ctx.nodes.delete(from.id);
  ctx.index.remove(from.id);
  st.minted.delete(from.id);
  // (a heading about the name, `allow-nothing 策略`, is no other name of it: names = false)
  if (names) for (const n of namesOf(from)) addAlias(ctx, to.id, n, at, `same-thing: ${rule}`);
  for (const p of ctx.provenance.get(from.id) ?? []) addProvenance(ctx, to.id, p.role === 'defined' ? { ...p, rule: `${p.rule} → same-thing: ${rule}` } : p);
  ctx.provenance.delete(from.id);
  st.note.defines.delete(from.id);
  st.note.defines.add(to.id);
  for (const p of st.passages) if (p.conceptId === from.id) p.conceptId = to.id;
  for (const [sec, ids] of st.sectionDefs) st.sectionDefs.set(sec, ids.map((x) => (x === from.id ? to.id : x)));
  for (let i = ctx.minedEdges.length - 1; i >= 0; i--) {
    const e = ctx.minedEdges[i]!;
    if (e.from !== from.id && e.to !== from.id) continue;
    const f = e.from === from.id ? to.id : e.from;
    const t = e.to === from.id ? to.id : e.to;
    if (f === t) ctx.minedEdges.splice(i, 1);
    else ctx.minedEdges[i] = { ...e, from: f, to: t };
  }
  if (st.home === from.id) st.home = to.id;
  // (perf80: the nodes under `from` found without the delta recorder's marks, then each got again, which marks it, and written)
  const under = quietly(() => [...ctx.nodes].filter(([, n]) => n.home === from.id || n.parent === from.id).map(([id]) => id));
  for (const id of under) {
    const n = ctx.nodes.get(id)!;
    if (n.home === from.id) n.home = to.id;
    if (n.parent === from.id) n.parent = to.id;
  }
  for (const [k, v] of ctx.identities) if (v === from.id) ctx.identities.set(k, to.id);
}

/**
 * rules39: the heading names something else than the section's opening definition (a diary's
 * date, a kind the definition is a part of, a clause about a kind, a name the section's text says
 * what it is): miner/heading-shapes.ts headingNamesApart. The heading is then no other name of it.
 */
function namesApart(ctx: BuildContext, section: Section, title: string, opener: string): boolean {
  const names = openerNames(ctx, opener);
  if (names.length === 0) return false;
  return headingNamesApart(title, names, sectionText(section)) !== undefined;
}

/** A section's text without its code blocks. */
function sectionText(section: Section): string {
  return section.blocks.filter((b) => b.type !== 'code').map((b) => toString(b)).join('\n');
}

/** A concept's names (title, other-language titles, aliases, fieldPath) with their glosses split off. */
function openerNames(ctx: BuildContext, id: string): string[] {
  const o = ctx.nodes.get(id);
  if (!o) return [];
  return [o.title, o.titleZh ?? '', o.titleEn ?? '', ...o.aliases, ...(o.fieldPath ? [o.fieldPath] : [])].flatMap((n) => [n, splitGloss(n).core]).filter((n) => n !== '');
}

const ENUM_FIELD_ZH_RULE = 'enum-field-zh';

/** fix27 `definedBelow`: the kinds of an opener whose heading may name another thing of the section, and that thing's kinds. */
const DEFINED_BELOW: { openers: readonly string[]; named: readonly string[] } = { openers: ['field', 'object', 'state'], named: ['term', 'pattern'] };

/** fix27: the enum field whose values the section made (two or more) and whose Chinese name `label` is, if one. */
function enumFieldNamedZh(ctx: BuildContext, made: readonly { rule: string; cid: string }[], label: string, defines: ReadonlySet<string>): FieldOccurrence | undefined {
  const key = compactKey(splitGloss(label).core);
  const count = new Map<string, { occ: FieldOccurrence; n: number }>();
  for (const { cid } of made) {
    const n = ctx.nodes.get(cid);
    if (n === undefined || !isValueTerm(n)) continue;
    for (const o of valueFieldsOf(valueNames(n))) {
      if (!zhFieldNames(o.name).includes(key)) continue;
      const k = `${o.owner}\u0000${o.path}`;
      const had = count.get(k);
      if (had) had.n++;
      else count.set(k, { occ: o, n: 1 });
    }
  }
  const hits = [...count.values()].filter((x) => x.n >= ENUM_FIELD_RULE.minValues);
  // (not when the note has the field or a stand-in already: `**QoS class（服务质量类别）：**` under `## QoS 类别`
  // keeps the heading as its other name, reader11)
  return hits.length === 1 && valueFieldIn(ctx, defines, hits[0]!.occ) === undefined ? hits[0]!.occ : undefined;
}

/**
 * fix27: the concept other than the opener that the section made under the heading's name (its
 * title or core, or an other-language title): the heading names that one.
 */
function definedBelow(ctx: BuildContext, made: readonly { rule: string; cid: string }[], opener: string, label: string): string | undefined {
  const key = normKey(splitGloss(label).core);
  if (key === '') return undefined;
  // (only an API thing's section naming a term or pattern: `clusterIP` and Headless Service are two things;
  // two terms, `identity` and `Security Identity` under `## Identity`, are one thing the dups1 join reads)
  const o = ctx.nodes.get(opener);
  if (o === undefined || !DEFINED_BELOW.openers.includes(effectiveKind(o))) return undefined;
  for (const { cid } of made) {
    if (cid === opener) continue;
    const n = ctx.nodes.get(cid);
    if (n === undefined || !DEFINED_BELOW.named.includes(effectiveKind(n))) continue;
    // (the name itself, or a longer name it opens: `## 原生边车` over `**原生边车容器**`)
    if ([n.title, n.titleZh ?? '', n.titleEn ?? ''].some((x) => x !== '' && [normKey(x), normKey(splitGloss(x).core)].some((k) => k === key || (key.length >= 2 && k.startsWith(key))))) return cid;
  }
  return undefined;
}

/**
 * reader11: whether the section's opener is the first of a series: a later candidate of the section
 * proposed by the same rule (`**Role：**…` then `**RoleBinding：**…`) made another concept of the same
 * kind, not a state nor a field under the opener (`**imagePullPolicy：**…` then `**Always：**…`, a
 * term: one setting and its values).
 */
function seriesAfter(ctx: BuildContext, opener: string, rule: string | undefined, made: readonly { rule: string; cid: string }[]): boolean {
  const o = ctx.nodes.get(opener);
  return made.some(({ rule: r, cid }) => {
    if (r !== rule || cid === opener) return false;
    const n = ctx.nodes.get(cid);
    // (neg26: names of different kinds, a pattern and a term, are a series too: alias-shapes.ts SERIES_KIND_GROUPS)
    if (!n || !o || !sameSeries(effectiveKind(o), effectiveKind(n))) return false;
    return !(o.fieldPath && n.fieldPath?.startsWith(`${o.fieldPath}.`));
  });
}

/**
 * The decision for a part of a label joining several names (`**namePrefix / nameSuffix：**`) that
 * no rule placed: the field beside an earlier part of the same label decided as a field
 * (field-place.ts `siblingField`), else the part's own decision.
 */
function besideJoined(c: Candidate, d: Decision, decided: ReadonlyMap<Candidate, Decision>): Decision {
  for (const [x, other] of decided) {
    if (x.joined?.join('\n') !== c.joined!.join('\n') || x.at.line !== c.at.line || other.type !== 'field') continue;
    const field = siblingField(other.field, c.label);
    if (field) return { type: 'field', field, name: c.label, rule: `joined-sibling (${x.label})` };
  }
  return d;
}


function areaOf(phrase: string): string | undefined {
  const p = phrase.replace(/\s+/g, '');
  return AREA_WORDS.find((a) => p.length > a.length && p.endsWith(a));
}

/** A topic of the map or of a concept note whose name is the area or ends in it. */
function areaTopic(ctx: BuildContext, area: string): string | undefined {
  // (perf80: read without the delta recorder's marks: only the id is returned, nothing is written)
  for (const n of quietly(() => sortedNodes(ctx.nodes))) {
    if (n.mined || effectiveKind(n) !== 'topic' || n.id === ctx.rootId) continue;
    const names = [n.title, n.titleZh ?? '', ...n.aliases].map((x) => splitBilingual(x).zh ?? x);
    if (names.some((x) => x.replace(/\s+/g, '') === area || areaOf(x) === area)) return n.id;
  }
  return undefined;
}

/** A tool's or component's name by its spelling: one lower-case word with a hyphen or a digit, or a known ecosystem name. */
function isComponentName(name: string): boolean {
  return /^[a-z][a-z0-9]*(?:-[a-z0-9]+)+$/.test(name) || /^[a-z]+\d[a-z0-9]*$/.test(name) || isEcosystemName(name);
}

/**
 * A title that names its subject in Chinese and then in English, `探针 Probe 学习笔记` (the kind of
 * note already dropped: `探针 Probe`), as `探针（Probe）`: a topic with both names. Not when the
 * English part is a kind, a field or a concept of its own (`静态 Pod` is a kind of Pod, not its
 * Chinese name), nor for a longer Chinese phrase.
 */
function bilingualTopicName(ctx: BuildContext, phrase: string | undefined): string | undefined {
  const m = phrase ? /^([\u4e00-\u9fff]{2,8})\s+([A-Za-z][A-Za-z-]*(?: [A-Za-z][A-Za-z-]*){0,2})$/u.exec(phrase) : null;
  if (!m) return undefined;
  const [zh, en] = [m[1]!, m[2]!];
  // (`存储的 Linux 基础` is about the Linux side of storage: a Chinese part that ends in a particle
  // or a word of relation qualifies the English one, it does not translate it)
  if (/[的之与和及跟对在中里上下内外间]$/u.test(zh)) return undefined;
  if (kindNamed(en) !== undefined || fieldsNamed(en).length > 0 || configFieldsNamed(en).length > 0) return undefined;
  if (ctx.index.lookup([en]) !== undefined || notAConcept(en)) return undefined;
  return `${zh}（${en}）`;
}

/** The words of a name or title: its Latin words (two letters or more) and the pairs of Chinese characters in a row. */
function titleWords(text: string): Set<string> {
  const t = text.normalize('NFKC').toLowerCase();
  const out = new Set<string>([...t.matchAll(/[a-z][a-z0-9]+/g)].map((m) => m[0]));
  for (const run of t.match(/[\u4e00-\u9fff]+/gu) ?? []) for (let i = 0; i + 1 < run.length; i++) out.add(run.slice(i, i + 2));
  return out;
}

/**
 * topics47: the home of a note whose title made no topic: of the concepts it defines, the one whose
 * names share most words with the title (an object before a term before a field when tied, then the
 * first defined); undefined when none shares a word.
 */
function titleWordsHome(title: string, defined: readonly Node[]): string | undefined {
  const words = titleWords(title);
  const rank = (n: Node) => ({ object: 0, topic: 1, pattern: 2, term: 2, state: 3, field: 4 })[effectiveKind(n)] ?? 5;
  let best: { id: string; score: number; rank: number } | undefined;
  let tied = false;
  for (const n of defined) {
    const own = titleWords(namesOf(n).join(' '));
    const score = [...own].filter((w) => words.has(w)).length;
    if (score === 0) continue;
    if (!best || score > best.score || (score === best.score && rank(n) < best.rank)) [best, tied] = [{ id: n.id, score, rank: rank(n) }, false];
    else if (TITLE_WORDS_TIE_NAMES_NONE && score === best.score && rank(n) === best.rank && effectiveKind(n) === 'field') tied = true;
  }
  return tied ? undefined : best?.id;
}

/**
 * fix33a: a title's words that several fields share as much (`# 探针与优雅退出` and 存活探针, 就绪探针,
 * 启动探针, the probes' Chinese names: miner/field-gloss.ts) name what they have in common, none of
 * them: no home by the title's words (the next rules find it), rather than the first defined. (Ties
 * of any kind, a first version, moved the homes of 9 dev sets' chapters whose titles share a word
 * with two terms: only fields, whose Chinese names are new with field-gloss, are held.)
 */
export const TITLE_WORDS_TIE_NAMES_NONE = true;

/**
 * topics47: else the concept the note writes most often (by any of its names, a field by its own
 * name): a chapter on probes for slow starters is about its probes, not about the first object it
 * defines (`EndpointSlice`). Undefined when none is written (the first object or defined concept then).
 */
function mostWrittenHome(text: string, headings: readonly string[], defined: readonly Node[]): string | undefined {
  let best: { id: string; count: number; inHeadings: number } | undefined;
  for (const n of defined) {
    const names = homeCallNames(n);
    const count = names.reduce((sum, x) => sum + (text.split(x).length - 1), 0);
    // struct24: the headings first (what the sections are about), then the text: a diary's
    // finalizer written five times in one section is no subject of the chapter
    const inHeadings = headingsNaming(headings, n);
    if (count > 0 && (!best || inHeadings > best.inHeadings || (inHeadings === best.inHeadings && count > best.count))) best = { id: n.id, count, inHeadings };
  }
  return best?.id;
}

/** The names a home is found by in a note's text: its names and a field's own name, without glosses. */
function homeCallNames(n: Node): string[] {
  return [...new Set([...namesOf(n), fieldKeyOf(n) ?? ''].map((x) => splitGloss(x).core.trim()).filter((x) => x.length >= 2))];
}

/**
 * How many of `headings` name `n`: one of its names (a Latin name as a whole word, without case),
 * a kind also by its short or Chinese name (`PVC`, `持久卷申领`: outline.ts kindsIn).
 */
function headingsNaming(headings: readonly string[], n: Node): number {
  const kind = n.kind === 'object' ? apiPlace(n)?.kind : undefined;
  const names = homeCallNames(n);
  return headings.filter((h) => says(h, names) || (kind !== undefined && kindsIn(h, { contextWords: false }).includes(kind))).length;
}

/** struct25: a note's text without its `#` title line (what the chapter writes, not what its title says). */
function bodyOf(doc: Doc): string {
  const h1 = doc.tree.children.find((x): x is Heading => x.type === 'heading' && x.depth === 1);
  const line = h1?.position?.start.line;
  return line === undefined ? doc.text : doc.text.split('\n').filter((_, i) => i !== line - 1).join('\n');
}

/** The section headings of a note (below its `#` title), as plain text. */
function noteHeadings(doc: Doc): string[] {
  return doc.tree.children.filter((x): x is Heading => x.type === 'heading' && x.depth > 1).map((x) => toString(x));
}

/**
 * struct24: the home of a note whose title named nothing: the concept it defines that most of its
 * section headings name, when at least two name it and no other is named as often (a diary's `第 N
 * 天` sections about one PVC); a kind, topic, term or pattern, not a field or state (`token` asked
 * about in three questions of an interview chapter is a setting, not its subject); undefined
 * otherwise (the first object or concept then, as before).
 */
function headingsHome(headings: readonly string[], defined: readonly Node[]): string | undefined {
  // (a kind also by its short or Chinese name, `PVC`, `持久卷申领`: outline.ts kindsIn)
  // (a field or a state is a setting of something: a chapter's subject only when its title names it)
  const counts = defined.filter((n) => !['field', 'state'].includes(effectiveKind(n))).map((n) => ({ id: n.id, count: headingsNaming(headings, n) })).filter((c) => c.count >= 2).sort((a, b) => b.count - a.count);
  return counts.length > 0 && (counts.length === 1 || counts[0]!.count > counts[1]!.count) ? counts[0]!.id : undefined;
}

/**
 * topics47: the English name of a bilingual title phrase (`节点为什么会变成（NotReady）`, from
 * bilingualTopicName) whose Chinese part is a question or a clause about it, not its Chinese name.
 */
function askedName(phrase: string): string | undefined {
  const m = /^([\u4e00-\u9fff]+)（([A-Za-z][A-Za-z -]*)）$/u.exec(phrase);
  return m && notAConcept(m[1]!) !== undefined ? m[2]! : undefined;
}

function isTopicName(name: string): boolean {
  if (notAConcept(name) || conjuncts(name).length > 1) return false;
  if (/^[\u4e00-\u9fff]{2,8}$/u.test(name)) return true;
  return /^[A-Za-z][\w-]*( [A-Za-z][\w-]*){0,2}$/.test(name);
}

/** What a kind's name may follow in a title and still be a name of its own: a connective, a preposition, the copula. */
const TITLE_KIND_BEFORE = /(?:^|[\s、，,：:/&+（(与和及跟或把从到给让对在用将是为])$/u;

/**
 * rules24: a title phrase that writes a kind's English name only after a word qualifying it
 * (`静态 Pod 与镜像 Pod`, `无头 Service`) is about that sort of the kind, not about the kind; after a
 * connective, a preposition or the copula (`容器、镜像与 Pod`, `用 StatefulSet 跑…`, `不止是 Secret`) the
 * kind is named by itself. A word after the kind is not read (`Pod 生命周期` is a compound, `StatefulSet
 * 跑…` and `StatefulSet 运维日记` are not, and only a dictionary tells them apart). A kind the phrase
 * names only in Chinese is left as it was.
 */
export function kindOnlyInCompounds(phrase: string, kind: string): boolean {
  const text = phrase.normalize('NFKC');
  const spots = [...text.matchAll(new RegExp(`(?<![A-Za-z0-9.-])${kind}s?(?![A-Za-z0-9])`, 'g'))];
  if (spots.length === 0) return false;
  return spots.every((m) => {
    const left = text.slice(0, m.index).trimEnd();
    return left !== '' && !TITLE_KIND_BEFORE.test(left);
  });
}

function setHome(ctx: BuildContext, st: NoteState, id: string, rule = 'title'): void {
  st.home = id;
  const n = ctx.nodes.get(id)!;
  st.branch = n.branch || ctx.rootId;
  if (effectiveKind(n) === 'object') st.homeKind = kindNamed(n.title) ?? kindNamed(n.titleEn ?? '') ?? st.homeKind;
  addProvenance(ctx, id, { at: { file: st.doc.file, line: 1, column: 1 }, role: 'about', rule, label: st.note.title });
}

function firstBlockOf(section: Section, c: Candidate): boolean {
  const first = section.blocks[0];
  // A list, or a table of several rows, presents several things: the heading names them all
  // (`## 纳管集群` over a table of the Push and Pull modes), not its first item.
  if (!first || first.type === 'list' || (first.type === 'table' && first.children.length > 2)) return false;
  return (first.position?.start.line ?? 0) <= c.at.line && c.at.line <= (first.position?.end.line ?? 0);
}

/**
 * The hint of an `ambiguous-field` finding: the first of its owners whose path for the name the
 * field catalogue has (the component configuration kinds', then the API's:
 * `Pod: spec.containers[].livenessProbe.timeoutSeconds`), or, when none has one, only "name the
 * kind" (a guessed `spec.<name>` sent readers to a path that does not exist).
 */
export function ambiguousFieldHint(name: string, owners: readonly string[]): FindingText {
  for (const kind of owners) {
    const path = (configFieldsNamed(name).find((o) => o.owner === kind) ?? fieldsNamed(name).find((o) => o.owner === kind))?.path;
    if (path !== undefined) return { key: 'finding.hint.ambiguous-field', vars: { kind, path } };
  }
  return { key: 'finding.hint.ambiguous-field-kind', vars: { kind: owners[0]! } };
}

/** Attach a resolved candidate: find or make its concept, keep the passage. Returns the concept id. */
function apply(ctx: BuildContext, st: NoteState, c: Candidate, d: Decision): string | undefined {
  let id: string | undefined;
  let alias: string | undefined;
  switch (d.type) {
    case 'none':
      return undefined;
    case 'concept': {
      id = d.id;
      alias = d.name;
      // A map item with no kind that a note reads as an API field is that field (`Volumes（卷）`
      // and `spec.volumes`): it takes the field's path, so no second concept is made for it. Not
      // a map item named as an API kind is spelled (`Service（服务）`, `Ingress（入口）`): that is
      // the object, not Ingress's `backend.service` nor NetworkPolicy's `spec.ingress`.
      const m = ctx.nodes.get(id)!;
      const fkey = d.field ? `field:${d.field.owner}:${d.field.path}` : undefined;
      const namesKind = [m.titleEn, m.title].some((n) => n !== undefined && kindNamed(n) === n.trim());
      if (d.field && fkey && m.kind === undefined && !m.doc && m.fieldPath === undefined && !namesKind && !ctx.identities.has(fkey)) {
        m.kind = 'field';
        m.fieldPath = d.field.path;
        if (d.field.owner !== DEFAULT_OWNER) m.owner = d.field.owner;
        ctx.identities.set(fkey, id);
        ctx.index.add(named(m));
        st.fields.set(d.field.name.toLowerCase(), id);
      }
      // A field concept found by its name (another note's) is the note's field of that name too:
      // the same word in one chapter is one concept (resolve.ts `same-note-field`).
      const last = m.kind === 'field' ? m.fieldPath?.split('.').pop()?.replace(/\[\]$/, '').toLowerCase() : undefined;
      if (last !== undefined && !st.fields.has(last)) st.fields.set(last, id);
      // A map item with no kind that a note shows is an API object (`ReplicaSet（Pod 副本集）`).
      const n = ctx.nodes.get(id)!;
      const kind = kindNamed(d.name);
      const holder = kind ? ctx.identities.get(`object:${kind}`) : undefined;
      if (kind && n.kind === undefined && !n.doc && (holder === undefined || holder === id)) {
        n.kind = 'object';
        ctx.identities.set(`object:${kind}`, id);
      }
      break;
    }
    case 'object':
      id = ensureObject(ctx, st, d.kind, c.at);
      alias = d.name;
      for (const a of d.aliases ?? []) addAlias(ctx, id, a, c.at, 'gloss');
      // lead39: the abbreviation a sentence spells out (`VPA（VerticalPodAutoscaler）`) is the kind's other name
      if (c.label !== d.name && spellsAbbreviation(c.label, d.kind)) addAlias(ctx, id, c.label, c.at, d.rule);
      break;
    case 'field':
      id = ensureField(ctx, st, d.field, c.at);
      // (a second field of the name, placed by its words, leaves the note's first for bare mentions)
      if (!(d.placed && st.fields.has(d.field.name.toLowerCase()))) st.fields.set(d.field.name.toLowerCase(), id);
      // another name of the field (`configMap 卷`, `Init 容器`), unless it is the field's own
      if (d.name !== d.field.name && !d.name.includes('.')) alias = d.name;
      // fix33a: its Chinese name in the label's brackets (`**livenessProbe（存活探针）**：`, miner/field-gloss.ts)
      for (const g of fieldGlossNames(c.label, d.field.name)) addAlias(ctx, id, g, c.at, FIELD_GLOSS_RULE.name);
      break;
    case 'ambiguous-field':
      id = ensureLooseField(ctx, st, d.name, c.at);
      st.fields.set(d.name.toLowerCase(), id);
      // (diag40: two readings of one place, `**paused**` as a code subject and as a value's effect, warn once)
      if (!ctx.diags.items.some((x) => x.code === 'ambiguous-field' && x.file === c.at.file && x.line === c.at.line && x.column === c.at.column)) {
        ctx.diags.warn('ambiguous-field', c.at,
          { key: 'finding.ambiguous-field', vars: { name: d.name, owners: `${d.owners.slice(0, 4).join(', ')}${d.owners.length > 4 ? ', …' : ''}` } },
          d.hint ?? ambiguousFieldHint(d.name, d.owners));
      }
      break;
    case 'state':
      id = ensureState(ctx, st, d.state, c.at);
      for (const g of fieldGlossNames(c.label, d.state.value)) addAlias(ctx, id, g, c.at, FIELD_GLOSS_RULE.name);
      break;
    case 'term':
      id = ensureTerm(ctx, st, d.title, c.at, d.kind ?? 'term');
      for (const a of d.aliases ?? []) addAlias(ctx, id, a, c.at, 'gloss');
      // a keyword of concept notes explained by the note: its own concept, related to them (rules13)
      for (const k of d.keywordOf ?? []) ctx.minedEdges.push({ from: id, to: k, type: 'related', source: c.at });
      break;
  }
  if (!id) return undefined;
  if (alias !== undefined) addAlias(ctx, id, alias, c.at, d.rule);
  for (const a of c.aliases) addAlias(ctx, id, a, c.at, 'gloss');
  st.note.defines.add(id);
  const defs = st.sectionDefs.get(c.section) ?? [];
  defs.push(id);
  st.sectionDefs.set(c.section, defs);
  // (lead40: a paragraph that leads into the list or table after it is one passage with it)
  const blocks = withIntroduced(c.section.blocks, c.blocks);
  const p: Passage = { conceptId: id, at: c.at, endLine: blocks === c.blocks ? c.endLine : Math.max(c.endLine, blocks[blocks.length - 1]!.position?.end.line ?? c.endLine), blocks };
  if (c.section.title !== '') p.heading = c.section.title;
  st.passages.push(p);
  addProvenance(ctx, id, { at: c.at, role: 'defined', rule: `${c.rule} → ${d.rule}`, label: c.label, ...(c.evidence !== undefined ? { evidence: c.evidence } : {}) });
  return id;
}

/** Another name for a concept, when it is a name (`PV`, `镜像拉取策略`) it does not have yet. */
function addAlias(ctx: BuildContext, id: string, raw: string, at: SourceRef, rule: string): void {
  const node = ctx.nodes.get(id);
  if (!node) return;
  // (dups1: `简称 CAPI` from a gloss a candidate carried is the name `CAPI`: definitions.ts glossNames)
  const alias = withoutNamingLead(raw.normalize('NFKC').replace(/\s+/g, ' ').trim()).replace(/^[`'"“‘《]+|[`'"”’》]+$/g, '');
  // (rules38: a Go name's other spellings, `DefaultControllerRateLimiter` of `workqueue.DefaultControllerRateLimiter()`,
  // are one identifier however long: code-names.ts codeNameAliases)
  const long = [...alias].length > 24 && !(isCodeName(node.title) && /^[A-Za-z][A-Za-z0-9.]*$/.test(alias) && alias.length <= 48);
  // (alias25: a default, a value or an amount in brackets is no other name, whichever rule read it: alias-shapes.ts)
  if (alias === '' || long || notAConcept(alias) || /[=:：]/.test(alias) || notAnotherName(alias) !== undefined) return;
  const k = normKey(alias);
  const have = [node.title, node.titleZh ?? '', node.titleEn ?? '', ...node.aliases, node.fieldPath ?? ''];
  if (have.some((h) => normKey(h) === k)) return;
  // (fix29: `IP` of ClusterIP, a piece of the concept's own name or a two-letter generic: alias-shapes.ts)
  if (notAnAliasOf(alias, have.filter((h) => h !== '')) !== undefined) return;
  if (node.fieldPath && normKey(node.fieldPath.split('.').pop()!.replace(/\[\]$/, '')) === k) return;
  node.aliases = [...node.aliases, alias];
  ctx.index.add(named(node));
  addProvenance(ctx, id, { at, role: 'alias', rule, label: alias });
}

/** Drop a passage that repeats a concept already covered by an enclosing passage of the note. */
export function dedupePassages(passages: Passage[]): Passage[] {
  const out: Passage[] = [];
  const ordered = [...passages].sort((a, b) => a.at.line - b.at.line || b.endLine - a.endLine);
  for (const p of ordered) {
    const covered = out.some((q) => q.conceptId === p.conceptId && p.at.line >= q.at.line && p.at.line <= q.endLine);
    if (!covered) out.push(p);
  }
  return out;
}

// ---- running text -----------------------------------------------------------------------------

/**
 * perf69: what one note's running text adds to the state (`mentionsIn`), in the order it was made —
 * the concepts it mentions, their provenance, the mention edges and contexts, the dependencies its
 * sentences state. Plain data (v8-serialisable): kept in the mine record (mine-patch.ts
 * `MineRecord.mentions`) so that a load that takes the previous result (`foldWithDelta`) applies an
 * unchanged note's again instead of reading its text anew.
 */
export interface MentionsOut {
  mentions: string[];
  prov: [string, Provenance][];
  links: { from: string; link: { to: string; label: string; at: SourceRef } }[];
  contexts: MentionContext[];
  prereqs: MinedPrerequisite[];
}

/** `mentionsOf` and `applyMentions`: a note's running-text mentions found and added to the state. */
function mentionsIn(ctx: BuildContext, doc: Doc): MentionsOut {
  const out = mentionsOf(ctx, doc);
  applyMentions(ctx, doc, out);
  return out;
}

/** perf69: `out` (`mentionsOf`'s for `doc`, this load's or the last one's) added to the state, in its order. */
export function applyMentions(ctx: BuildContext, doc: Doc, out: MentionsOut): void {
  const note = ctx.notes.get(doc.file)!;
  for (const id of out.mentions) note.mentions.add(id);
  for (const [id, p] of out.prov) addProvenance(ctx, id, p);
  for (const l of out.links) ctx.mentionLinks.push(l);
  for (const c of out.contexts) ctx.mentionContexts.push(c);
  for (const p of out.prereqs) ctx.minedPrerequisites.push(p);
}

/**
 * The mentions of `doc`'s running text (`MentionsOut`), reading the state and writing none of it: a
 * function of the global state after the fold, the note's own text, tree, fences and passages.
 */
function mentionsOf(ctx: BuildContext, doc: Doc): MentionsOut {
  const out: MentionsOut = { mentions: [], prov: [], links: [], contexts: [], prereqs: [] };
  const note = ctx.notes.get(doc.file)!;
  const passages = ctx.notePassages.get(doc.file) ?? [];
  // (fix29b: a reference sheet has no home; its running text's mentions go from the first concept
  // it defines, as they did when that one was its home, so none of its concepts is left without an edge)
  const home = ctx.noteHome.get(doc.file) ?? [...note.defines][0];
  const seen = new Set<string>();
  let group = -1;
  let coveredTo = -1;
  let cdoc: ContextDoc | undefined;
  let mapKeys: Set<string> | undefined;
  let noteKinds: Set<string> | undefined;
  // (in astro dev the spans and their sentences are kept while the note's text is the same: mine-memo.ts)
  const kept = noteMentions(ctx.root, doc.file, doc.text, () => nameSpans(doc.tree, doc.file));
  // (edges34: every span that names a concept, each time, for the dependencies its sentence states)
  const namedSpans: { span: NameSpan; id: string }[] = [];
  for (let i = 0; i < kept.spans.length; i++) {
    const span = kept.spans[i]!;
    if (span.group !== group) {
      group = span.group;
      coveredTo = -1;
    }
    // Inside a longer name already found (`Linux Namespace`, not also `Namespace`).
    if (span.start < coveredTo || span.text.length < 2) continue;
    const id = ctx.index.lookup([span.text]);
    if (!id || id === ctx.rootId) continue;
    const named = ctx.nodes.get(id);
    if (named && englishWordNamesMinedTerm(span.text, named)) continue;
    // (fix32a: `services` among a quota's keys names the key, not Service: mentions.ts MAP_KEY_MENTION)
    if (named && mapKeyNamesKind(span.text, (mapKeys ??= new Set((ctx.fences.get(doc.file) ?? []).flatMap((f) => f.keys.filter((k) => k.data).map((k) => k.name)))), named)) continue;
    // (fix29: `pause 容器` is a container, not the rollout's pause: mentions.ts headNounOf)
    const noun = named ? headNounOf(span.text, textAfterSpan(doc.text, span)) : undefined;
    if (noun && notThatSort(noun, namesOf(named!))) continue;
    coveredTo = span.end;
    namedSpans.push({ span, id });
    if (seen.has(id)) continue;
    seen.add(id);
    if (note.defines.has(id)) continue;
    // lead37: a field of another kind than the note's own (`updateStrategy` in a StatefulSet chapter is StatefulSet's,
    // not the DaemonSet's another chapter made): no mention of it (miner/mention-owner.ts)
    if (namesOtherKindsField(span.text, named, () => (noteKinds ??= kindsOfNote(ctx.fences.get(doc.file) ?? [], home !== undefined ? ctx.nodes.get(home) : undefined)))) continue;
    // fix30b: a name the note gives a concept of its own (preStop's `httpGet`) means that one, not another concept of
    // the same name (a readinessProbe's `httpGet` from another chapter): no mention of the other
    const key = normKey(span.text);
    if ([...note.defines].some((d) => { const n = ctx.nodes.get(d); return n !== undefined && n.kind === 'field' && namesOf(n).some((x) => normKey(x) === key); })) continue;
    out.mentions.push(id);
    out.prov.push([id, { at: span.at, role: 'mentioned', rule: 'running-text', label: span.text }]);
    const p = passages.find((x) => span.at.line >= x.at.line && span.at.line <= x.endLine);
    const from = p?.conceptId ?? home;
    if (from && from !== id) out.links.push({ from, link: { to: id, label: span.text, at: span.at } });
    const around = kept.context(i, () => mentionContext((cdoc ??= contextDoc(doc.text, doc.tree)), { at: span.at, label: span.text, hint: span.start }));
    if (around) out.contexts.push({ ...(from && from !== id ? { from } : {}), to: id, source: span.at, via: 'name', ...around });
  }
  dependenciesIn(doc, namedSpans, () => (cdoc ??= contextDoc(doc.text, doc.tree)), out.prereqs);
  return out;
}

/**
 * edges34: the dependencies the note's running text states between two concepts it names
 * ("HPA 依赖 metrics-server 提供的指标"), read by the phrasings of miner/dependencies.ts from each
 * sentence holding two names or more: a mined prerequisite (stage validate keeps it unless it
 * closes a cycle), with the rule and the sentence for `--explain`.
 */
function dependenciesIn(doc: Doc, named: readonly { span: NameSpan; id: string }[], cdocOf: () => ContextDoc, into: MinedPrerequisite[]): void {
  const census = dependencyCensus();
  const phrasings = census ? CENSUS_PHRASINGS : DEPENDENCY_PHRASINGS;
  if (named.length < 2 || phrasings.length === 0) return;
  // the names of each sentence, by block and sentence start
  const sentences = new Map<string, { text: string; src: number; names: NamedSpan[] }>();
  for (const { span, id } of named) {
    const where = nameInBlock(cdocOf(), { at: span.at, label: span.text, hint: span.start });
    if (!where || where.unit === 'heading') continue;
    const [start, end] = sentenceIn(sentenceStarts(where.text), where.text, where.idx, where.endIdx);
    const key = `${where.block}:${start}`;
    let s = sentences.get(key);
    if (!s) sentences.set(key, (s = { text: where.text.slice(start, end), src: where.src, names: [] }));
    const n = { id, start: where.idx - start, end: where.endIdx - start };
    // (a name found twice at one place, or inside another: the first, longer one stays)
    if (!s.names.some((x) => n.start < x.end && x.start < n.end)) s.names.push(n);
  }
  for (const s of sentences.values()) {
    if (s.names.length < 2 || !mayStateDependency(s.text, phrasings)) continue;
    const names = [...s.names].sort((a, b) => a.start - b.start);
    // (the sentence's place: its first name's line and column)
    const at: SourceRef = { file: doc.file, ...lineColumnAt(doc.text, s.src) };
    if (census) census({ at, sentence: s.text, names, matches: readDependencies(s.text, names, phrasings, false), refused: notADependency(s.text) });
    for (const m of readDependencies(s.text, names, DEPENDENCY_PHRASINGS)) {
      into.push({ from: m.from, to: m.to, at, rule: m.rule, sentence: s.text.replace(/\s+/g, ' ').trim() });
    }
  }
}

/** A few characters of the note's text right after a running-text span (its text node starts at `span.at`). */
function textAfterSpan(text: string, span: NameSpan): string {
  let at = 0;
  for (let line = 1; line < span.at.line; line++) {
    const nl = text.indexOf('\n', at);
    if (nl < 0) return '';
    at = nl + 1;
  }
  const from = text.indexOf(span.text, at + span.at.column - 1 + Math.max(0, span.start - 2));
  return from < 0 ? '' : text.slice(from + span.text.length, from + span.text.length + 4);
}

// ---- tying mined concepts in --------------------------------------------------------------------

/** fix30b: the fields a note placed under the holder named nearest to them (miner/holder-chain.ts): never shared. */
const pinnedHolders = new WeakMap<BuildContext, Set<string>>();

/** The list items of a note, with their lines (start, end) and first source line, outermost first. */
const noteItems = new WeakMap<Doc, { start: number; end: number; first: string }[]>();

/** The first lines of the list items `line` is nested in (not the item it opens), nearest first. */
function enclosingItems(doc: Doc, lines: readonly string[], line: number): string[] {
  let items = noteItems.get(doc);
  if (items === undefined) {
    items = [];
    const walk = (node: { type: string; children?: unknown[]; position?: { start: { line: number }; end: { line: number } } }): void => {
      if (node.type === 'code') return;
      if (node.type === 'listItem' && node.position) items!.push({ start: node.position.start.line, end: node.position.end.line, first: lines[node.position.start.line - 1] ?? '' });
      for (const ch of (node.children ?? []) as (typeof node)[]) walk(ch);
    };
    walk(doc.tree as unknown as Parameters<typeof walk>[0]);
    noteItems.set(doc, items);
  }
  return items.filter((it) => it.start < line && it.end >= line).sort((a, b) => b.start - a.start).map((it) => it.first);
}

/**
 * fix30b (miner/holder-chain.ts): the decision for a field explained under sibling holders of one type,
 * placed under the holder named nearest (parent bullets, then headings); a field its parent bullet's field
 * holds (`- httpGet:: …` over `- port:: …`) placed under it. Returns the decision and whether a holder pinned it.
 */
function nearestHolder(st: NoteState, c: Candidate, d: Decision, lines: readonly string[], fences: readonly FenceAnalysis[]): [Decision, boolean] {
  const items = enclosingItems(st.doc, lines, c.at.line);
  let field: FieldOccurrence | undefined = d.type === 'field' ? d.field : undefined;
  let rule = d.type === 'field' ? d.rule : '';
  // OUTLINE_PARENT_RULE: the parent bullet names the field that holds this one
  const parent = items.length > 0 ? openingName(items[0]!) : undefined;
  const name = d.type === 'field' ? d.field.name : d.type === 'ambiguous-field' ? d.name : d.type === 'term' && d.kind === undefined && d.homeField === undefined ? d.title : undefined;
  if (parent !== undefined && name !== undefined && /^[a-z][A-Za-z0-9]*$/.test(name) && parent !== name && !d.rule.includes('yaml-key')) {
    const now = field?.path.split('.').slice(-2, -1)[0]?.replace(/\[\]$/, '');
    if (now !== parent) {
      const under = placeUnderParent(name, parent, field?.owner);
      if (under !== undefined) [field, rule] = [under, `${d.rule} → ${OUTLINE_PARENT_RULE.name}`];
    }
  }
  if (field === undefined) return [d, false];
  const base: Decision = field === (d.type === 'field' ? d.field : undefined) ? d : { type: 'field', field, name: field.name, rule };
  if (d.rule.includes('yaml-key')) return [base, false];
  const groups = groupsOfField(field);
  if (groups.length === 0) return [base, false];
  // nearest first: the parent bullets, then the headings over the definition
  const heads = sectionChain(c.section).filter((s) => s.depth > 0);
  const sayers: { text: string; heading?: Section }[] = [...items.map((text) => ({ text })), ...heads.map((h) => ({ text: h.title, heading: h }))];
  for (const group of groups) {
    for (const sayer of sayers) {
      const said = holdersNamedIn(sayer.text, group);
      if (said === undefined) continue;
      if (said.one === undefined) break;
      // (a heading over an example of two or more of the holders, then the definition: fix27, it names none of them)
      if (sayer.heading !== undefined) {
        const from = sayer.heading.at.line;
        const stepOf = (path: string) => path.split('.').map((x) => x.replace(/\[\]$/, '')).find((x) => group.some((h) => h.field === x));
        const shown = new Set(fences.filter((f) => f.line >= from && f.endLine <= c.at.line).flatMap((f) => f.keys.map((k) => stepOf(k.path)).filter((x): x is string => x !== undefined)));
        if (shown.size >= SHARED_EXAMPLE_HOLDERS) break;
      }
      const moved = placeUnderHolder(field, said.one);
      if (moved !== undefined) return [{ type: 'field', field: moved, name: moved.name, rule: `${rule} → ${NEAREST_HOLDER_RULE.name}` }, true];
      // (already there: pinned all the same)
      if (field.path.split('.').some((s) => s.replace(/\[\]$/, '') === said.one)) return [base, true];
      break;
    }
  }
  return [base, false];
}

/**
 * fix31b `SAME_NAME_OTHER_HOLDER`: a name the note already made a field of (`same-note-field`) whose holder
 * named nearest (NEAREST_HOLDER_RULE: a parent bullet, a heading) is another member of the same group of
 * holders than the field it was first made at (`exec` under `preStop` after `exec` under `postStart`; `httpGet`
 * under `## readinessProbe` after livenessProbe's) is that holder's field: a second field, not the first again.
 */
export const SAME_NAME_OTHER_HOLDER = {
  name: 'same-name-other-holder',
  /** Only a name set out as a label (resolve.ts's strong rules): a field named again in running prose under a heading
   * that names a holder (`## Q10：startupProbe 和 initialDelaySeconds 有什么区别？`) is the note's field as before. */
  labelRules: ['code-colon', 'bold-colon', 'bold-only', 'bold-copula', 'bold-gloss', 'heading'],
} as const;
function sameNameOtherHolder(ctx: BuildContext, st: NoteState, c: Candidate, d: Decision, lines: readonly string[], fences: readonly FenceAnalysis[]): Decision {
  if (d.type !== 'concept' || d.rule !== 'same-note-field' || !(SAME_NAME_OTHER_HOLDER.labelRules as readonly string[]).includes(c.rule)) return d;
  const n = ctx.nodes.get(d.id);
  if (n?.fieldPath === undefined || n.kind !== 'field') return d;
  const first = fieldAt(n.owner ?? DEFAULT_OWNER, n.fieldPath);
  if (first === undefined || groupsOfField(first).length === 0) return d;
  const [placed, pinned] = nearestHolder(st, c, { type: 'field', field: first, name: first.name, rule: d.rule }, lines, fences);
  if (!pinned || placed.type !== 'field' || (placed.field.path === first.path && placed.field.owner === first.owner)) return d;
  return { ...placed, rule: `${placed.rule} → ${SAME_NAME_OTHER_HOLDER.name}` };
}

/** The names a term is a value by (`滚动更新（RollingUpdate）` is RollingUpdate too). */
function valueNames(n: Node): string[] {
  return [n.title, n.titleEn ?? '', ...n.aliases].filter((x) => x !== '');
}

/** A term the note defines that is no field, state or kind: a candidate enum value. */
function isValueTerm(n: Node): boolean {
  return n.mined === true && effectiveKind(n) === 'term' && n.fieldPath === undefined;
}

/**
 * struct26 (miner/field-values.ts): the enum fields whose values the note defines as terms and
 * whose name it writes become concepts of the note; returns the value terms whose field (or a field
 * holding it) the note now has: they are no home of the note.
 */
function enumFieldsOfNote(ctx: BuildContext, st: NoteState): Set<string> {
  const values = [...st.note.defines].map((d) => ctx.nodes.get(d)!).filter((n) => n !== undefined && isValueTerm(n));
  const out = new Set<string>();
  if (values.length === 0) return out;
  // one field per name: the note's own field of that name if it has one (`accessModes` of its PV,
  // though ReadWriteOnce is a value of the PVC's and a StatefulSet template's too), else the place
  // whose owner the note defines, else the only place; several places and no owner: nothing
  // (fix27: or sets the field in its YAML example, `strategy.type: Recreate`: field-values.ts enumFieldConcept)
  const placeKey = (owner: string, path: string): string => `${owner}\u0000${path.replace(/\[\]/g, '')}`;
  const shownKeys = new Set((ctx.fences.get(st.note.file) ?? []).flatMap((f) => f.keys.filter((k) => !k.data && k.owner !== undefined).map((k) => placeKey(k.owner!, k.path))));
  const explained = explainedEnumFields(values.map(valueNames), st.doc.text, (o) => shownKeys.has(placeKey(o.owner, o.path)));
  const noteKinds = new Set([...st.note.defines].map((d) => ctx.nodes.get(d)).filter((n) => n !== undefined && effectiveKind(n) === 'object').map((n) => apiPlace(n!)?.kind).filter((k) => k !== undefined));
  const ownedByNote = (o: FieldOccurrence): boolean => noteKinds.has(o.owner) || st.note.defines.has(ctx.identities.get(`object:${o.owner}`) ?? '');
  // (fix31b: the kinds the note's title and text write, and whether it writes a field only by a Chinese name)
  let namedKinds: Set<string> | undefined;
  const namedByNote = (o: FieldOccurrence): boolean => (namedKinds ??= new Set(kindsIn(`${st.note.title ?? ''}\n${st.doc.text}`))).has(o.owner);
  const zhWritten = (name: string): string | undefined => Object.keys(FIELD_ZH_NAMES).find((z) => st.doc.text.includes(z) && fieldsOfZhName(z).some((f) => f.field === name));
  const zhOnly = (name: string): boolean => !compactKey(st.doc.text).includes(compactKey(name)) && writtenZhName(st.doc.text, name) === undefined && zhFieldNames(name).some((z) => compactKey(st.doc.text).includes(z));
  for (const name of new Set(explained.map((o) => o.name))) {
    const places = explained.filter((o) => o.name === name);
    if (places.some((o) => valueFieldIn(ctx, st.note.defines, o) !== undefined)) continue;
    // (fix27: nor when the note has the enum field itself under a holder made for it: `type` of `strategy.type`)
    const inner = values.flatMap((v) => valueFieldsOf(valueNames(v))).filter((o) => places.some((p) => o.owner === p.owner && o.path.startsWith(`${p.path}.`)));
    if (inner.some((o) => valueFieldIn(ctx, st.note.defines, o) !== undefined)) continue;
    // (fix30b: or whose kind's object the note defines under another title: next to the bundled content the PV
    // chapter's PersistentVolume is the map's `PV 与 PVC`, which stands for both kinds)
    const owned = places.filter(ownedByNote);
    // (fix31b: a field named only in Chinese, `回收策略` over Retain / Delete / Recycle on a PV page, is the place
    // whose kind the note writes, and no other field's the values name is made beside it: not the StorageClass's)
    const named = owned.length === 0 && zhOnly(name) ? places.filter(namedByNote) : [];
    if (owned.length === 0 && named.length === 0 && zhOnly(name) && explained.some((o) => o.name !== name && zhOnly(o.name) && namedByNote(o))) continue;
    const occ = owned.length === 1 ? owned[0]! : named.length === 1 ? named[0]! : places.length === 1 ? places[0]! : undefined;
    if (occ === undefined) continue;
    // a value of this field, or of a field inside it (`Recreate` of `strategy.type` under `strategy`)
    const valueOfOcc = (v: Node): boolean => valueFieldsOf(valueNames(v)).some((o) => o.owner === occ.owner && (o.path === occ.path || o.path.startsWith(`${occ.path}.`)));
    const first = values.find(valueOfOcc)!;
    const id = ctx.identities.get(`field:${occ.owner}:${occ.path}`) ?? ensureField(ctx, st, occ, first.source);
    st.note.defines.add(id);
    addProvenance(ctx, id, { at: first.source, role: 'defined', rule: ENUM_FIELD_RULE.name, label: occ.name });
    // (fix27: named only by a Chinese name, `QoS 等级`: that name is its other name)
    const zhName = writtenZhName(st.doc.text, occ.name) ?? (zhOnly(occ.name) ? zhWritten(occ.name) : undefined);
    if (zhName !== undefined) addAlias(ctx, id, zhName, first.source, ENUM_FIELD_RULE.name);
    // (fix27: a field made for its values, that the text may never write by its API name, is tied to them)
    for (const v of values) if (valueOfOcc(v)) ctx.minedEdges.push({ from: id, to: v.id, type: 'related', source: v.source } satisfies Edge);
  }
  for (const v of values) if (valueField(ctx, v, st.note.defines) !== undefined) out.add(v.id);
  return out;
}

/**
 * The field concept among `defines` at an enum field's path or holding it (`strategy` for
 * `spec.strategy.type`), else one the note has under the field's own name at another place (the
 * note's PV `accessModes` for a value the PVC's `accessModes` has too).
 */
function valueFieldIn(ctx: BuildContext, defines: ReadonlySet<string>, occ: FieldOccurrence): string | undefined {
  for (const p of holdingPaths(occ.path)) {
    for (const path of p.endsWith('[]') ? [p, p.slice(0, -2)] : [p]) {
      const id = ctx.identities.get(`field:${occ.owner}:${path}`);
      if (id !== undefined && defines.has(id) && ctx.nodes.get(id)?.kind === 'field') return id;
    }
  }
  for (const d of defines) {
    const n = ctx.nodes.get(d);
    if (n?.kind === 'field' && (fieldKeyOf(n) ?? n.title) === occ.name) return d;
  }
  // a concept the note names after the field, spelt apart or by the glossary's Chinese name
  // (`QoS class（服务质量等级）`, `QoS 类` for `qosClass`): the field's stand-in, no second concept
  const key = compactKey(occ.name);
  const zh = new Set([...glossaryEntriesNamed(occ.name).map((e) => compactKey(e.zh)), ...zhFieldNames(occ.name), ...zhFieldStems(occ.name)]);
  for (const d of defines) {
    const n = ctx.nodes.get(d);
    if (n === undefined || n.kind === 'field' || n.kind === 'object' || n.kind === 'state') continue;
    const names = namesOf(n).flatMap((x) => [x, splitGloss(x).core]).map(compactKey);
    if (names.some((x) => x === key || zh.has(x))) return d;
  }
  return undefined;
}

/** struct26: the field a term is a value of, when its note has that field (or one holding it). */
function valueField(ctx: BuildContext, n: Node, defines = ctx.notes.get(n.source.file)?.defines): string | undefined {
  if (!isValueTerm(n) || defines === undefined) return undefined;
  for (const occ of valueFieldsOf(valueNames(n))) {
    const id = valueFieldIn(ctx, defines, occ);
    if (id !== undefined && id !== n.id) return id;
  }
  return undefined;
}

/**
 * struct26: a field explained for several sibling holders of one type (`periodSeconds` under
 * `## 探测参数` beside livenessProbe, readinessProbe and startupProbe): the places it is explained at
 * (its own path first), recorded on the concept; undefined for a field of one holder.
 */
function markShared(ctx: BuildContext, n: Node): void {
  if (n.kind !== 'field' || n.fieldPath === undefined) return;
  // fix30b: a field placed under the holder its parent bullet or heading names is that holder's alone
  if (pinnedHolders.get(ctx)?.has(n.id)) return;
  const note = ctx.notes.get(n.source.file);
  if (!note) return;
  const owner = n.owner ?? DEFAULT_OWNER;
  const defined: PlacedField[] = [];
  for (const d of note.defines) {
    const m = ctx.nodes.get(d);
    if (m && m.id !== n.id && m.kind === 'field' && m.fieldPath !== undefined && (m.owner ?? DEFAULT_OWNER) === owner) defined.push({ owner, path: m.fieldPath, names: [m.title, m.titleZh ?? '', m.titleEn ?? '', ...m.aliases].filter((x) => x !== '') });
  }
  const over = [...note.headings].reverse().find((h) => h.line !== undefined && h.line <= n.source.line && h.depth > 1);
  // fix27: a heading naming one probe does not make a field of its section that probe's when the section's
  // YAML example, before the field, sets two or more of the holders the note defines (`## startupProbe`
  // over an example of all three probes, then a `| 参数 | 说明 |` table of their parameters)
  const shown = new Set((ctx.fences.get(n.source.file) ?? []).filter((f) => f.line >= (over?.line ?? 0) && f.endLine <= n.source.line).flatMap((f) => f.keys.filter((k) => (k.owner ?? DEFAULT_OWNER) === owner).map((k) => k.path)));
  const heading = defined.filter((d) => shown.has(d.path)).length >= SHARED_EXAMPLE_HOLDERS ? undefined : over?.text;
  const paths = sharedPlaces({ owner, path: n.fieldPath }, defined, heading);
  if (paths !== undefined) n.sharedPaths = paths;
}

/**
 * struct26: a field or state every note only fell back on as its home, and which has a home of its own from another note.
 * fix33a: or whose owning object is in the graph (`# 健康检查` fell back on readinessProbe, the Pod chapter
 * beside it defines Pod): under that object, as the siblings the same note defines (LOOSE_HOME_UNDER_OWNER).
 */
function looseAPIHome(ctx: BuildContext, id: string, how: ReadonlyMap<string, 'loose' | 'named'> | undefined): boolean {
  if (how?.get(id) !== 'loose') return false;
  const n = ctx.nodes.get(id);
  if (n === undefined || n.mined !== true || (n.kind !== 'field' && n.kind !== 'state')) return false;
  return (n.home !== undefined && n.home !== id) || (LOOSE_HOME_UNDER_OWNER && ownerObject(ctx, n) !== undefined);
}

/**
 * fix33a (issue 12 item 1): a field or state a note only fell back on as its home (`most-written`,
 * `first-defined`: the title names no concept) hangs under its owning object when the graph has it,
 * not on the root as a branch of its own while the siblings the note defines hang under the object.
 */
export const LOOSE_HOME_UNDER_OWNER = true;

/**
 * struct26: where a shared field hangs: under the home of a chapter that explains it for its subject;
 * else beside its holders, where its own holder (else the first
 * sibling) hangs by the rules of any field (`containers` of the Pod chapter, the chapter's topic);
 * under the holder when that one is a note's home (what that chapter gathers under) or hangs on the root.
 */
/** fix29b: a shared field hangs under its first holder when the same chapter explains that holder (see sharedParent). */
export const SHARED_UNDER_OWN_HOLDER = true;

function sharedParent(ctx: BuildContext, n: Node, homes: ReadonlySet<string>): string | undefined {
  const owner = n.owner ?? DEFAULT_OWNER;
  const holders = (n.sharedPaths ?? []).map((p) => ctx.identities.get(`field:${owner}:${p.split('.').slice(0, -1).join('.')}`)).filter((id): id is string => id !== undefined && id !== n.id);
  const holder = holders[0] !== undefined ? ctx.nodes.get(holders[0]) : undefined;
  // (explained for the chapter's subject, `# 探针怎么配`: under that home, as struct24's fields are)
  if (n.homeSubject && n.home !== undefined) return n.home;
  if (holder === undefined) return ownerObject(ctx, n) ?? homeOf(ctx, n);
  if (homes.has(holder.id)) return holder.id;
  // fix29b: a holder the same chapter explains (`## 存活探针 livenessProbe` above a table of the
  // probes' parameters, the chapter's home Pod): the parameters are the probe's parts, under it (the
  // first holder, the path the field's fieldPath gives; its sharedPaths, shown on its page after
  // 也用于, name the other probes), not beside the probes under their object
  if (SHARED_UNDER_OWN_HOLDER && n.home !== undefined && holder.home === n.home) return holder.id;
  // (holders on the root, beside a loose home: under its own holder, as before, rather than a
  // root branch of its own; its sharedPaths still say it is the others' too)
  return subjectField(ctx, holder) ?? ownerObject(ctx, holder) ?? homeOf(ctx, holder) ?? holder.id;
}

function ownerObject(ctx: BuildContext, n: Node): string | undefined {
  if (n.kind !== 'field' && n.kind !== 'state') return undefined;
  if (n.kind === 'field' && n.fieldPath === undefined) return undefined;
  const owner = n.owner ?? (n.kind === 'state' ? stateOwner(ctx, n) ?? DEFAULT_OWNER : DEFAULT_OWNER);
  const id = ctx.identities.get(`object:${owner}`);
  return id !== n.id ? id : undefined;
}

/** fix28: the object a term's name says it is a sort of (`Headless Service` → Service), when the map has it. */
function sortParent(ctx: BuildContext, n: Node): string | undefined {
  if (effectiveKind(n) !== 'term') return undefined;
  const kind = sortOfKind(n.title);
  const id = kind !== undefined ? ctx.identities.get(`object:${kind}`) : undefined;
  return id !== n.id ? id : undefined;
}

function tieIn(ctx: BuildContext): void {
  const mined = sortedNodes(ctx.nodes).filter((n) => n.mined);
  for (const n of mined) markShared(ctx, n);
  if (!ctx.mapDoc) {
    // No map: the notes' concepts are the tree.
    // struct26: a field or state that is only a loose home (`# Java 应用的探针调优` fell back on
    // livenessProbe) and that another note explained under its own home (the health-check chapter's
    // topic) hangs where that note put it, beside its siblings, not as a branch of its own
    const how = homeHow.get(ctx);
    const homes = new Set([...ctx.noteHome.values()].filter((h): h is string => h !== null && !looseAPIHome(ctx, h, how)));
    for (const n of mined) {
      let parent: string | undefined;
      // struct26: an enum value under its field; a field shared by sibling holders beside them
      // (fix28: a term named as a sort of a kind, `Headless Service`, under that kind's object: miner/kind-sorts.ts)
      if (!homes.has(n.id)) parent = valueField(ctx, n) ?? (n.sharedPaths !== undefined ? sharedParent(ctx, n, homes) : subjectField(ctx, n) ?? ownerObject(ctx, n) ?? sortParent(ctx, n) ?? sectionObject(ctx, n) ?? homeOf(ctx, n));
      if (parent === undefined || parent === n.id || createsCycle(ctx, n.id, parent)) parent = ctx.rootId;
      n.parent = parent;
      n.parentAt = n.source;
    }
    rebuildTree(ctx);
    return;
  }
  for (const n of mined) {
    const obj = ownerObject(ctx, n);
    if (obj) ctx.minedEdges.push({ from: obj, to: n.id, type: 'mentions', label: n.title, source: n.source } satisfies Edge);
  }
}

/**
 * struct24: where a field hangs before its owner kind: the nearest field that holds it when that one
 * has the same home (`nodeAffinity` under `affinity`, both from the scheduling chapter), else the home
 * of a field explained for the note's subject (Node.homeSubject: `envFrom` in a ConfigMap chapter is
 * not under `containers` of the Pod chapter next to it), else the nearest field that holds it.
 */
function subjectField(ctx: BuildContext, n: Node): string | undefined {
  const enclosing = enclosingField(ctx, n);
  if (!n.homeSubject || n.home === undefined) return enclosing;
  return enclosing !== undefined && ctx.nodes.get(enclosing)?.home === n.home ? enclosing : n.home;
}

/**
 * The nearest field concept that holds `n` in the same owner: `add` (`spec.containers[].
 * securityContext.capabilities.add`) hangs under `capabilities` when the notes have it, else
 * under the container's `securityContext`, else under `containers`, as the API reference nests
 * them, instead of every one of a Pod's fields fanning out of the Pod.
 */
function enclosingField(ctx: BuildContext, n: Node): string | undefined {
  if (n.kind !== 'field' || n.fieldPath === undefined) return undefined;
  const owner = n.owner ?? DEFAULT_OWNER;
  const steps = n.fieldPath.split('.');
  for (let i = steps.length - 1; i >= 1; i--) {
    const prefix = steps.slice(0, i).join('.');
    for (const path of prefix.endsWith('[]') ? [prefix, prefix.slice(0, -2)] : [prefix]) {
      const id = ctx.identities.get(`field:${owner}:${path}`);
      if (id !== undefined && id !== n.id && ctx.nodes.get(id)?.kind === 'field') return id;
    }
  }
  return undefined;
}

/**
 * reader11: the note's home as a concept's parent, except a kind under a kind: a note about Role (or
 * whose first object became its home, `# 权限控制` over `**Role：**` and `**RoleBinding：**`) defines
 * RoleBinding beside Role, not inside it; so do ConfigMap and Secret, Job and CronJob, Gateway and
 * VirtualService. The kind goes where the home goes (undefined: the root).
 *
 * struct23: nor does anything hang under an API thing it is no part of. A field of another kind
 * (`serviceAccountName`, Pod's, in a note whose home is Role) is not under that kind, unless the
 * kind has the field too (Deployment has Pod's fields under `spec.template`). A home that is only
 * the note's first object or field (`homeLoose`: the title named nothing the note defines) is a
 * neighbour: the terms (`**RBAC：**` above `**Role：**`: an umbrella term is not a part of the kind
 * it covers), the other fields (`nodeAffinity` after `nodeSelector`) and states go beside it. A
 * home the title names (`# Deployment 滚动更新`) keeps its terms, fields and states.
 */
/** The kind the heading over a term's definition names (Node.sectionObject), while it is a concept. */
function sectionObject(ctx: BuildContext, n: Node): string | undefined {
  return n.sectionObject !== undefined && n.sectionObject !== n.id && ctx.nodes.has(n.sectionObject) ? n.sectionObject : undefined;
}

function homeOf(ctx: BuildContext, n: Node): string | undefined {
  const home = n.home !== undefined ? ctx.nodes.get(n.home) : undefined;
  if (home === undefined) return n.home;
  const homeKind = effectiveKind(home);
  // fix27: patterns after a loose home that is a pattern are its peers (miner/peer-kinds.ts)
  if (n.homeLoose && peerOfLooseHome(homeKind, effectiveKind(n))) return undefined;
  // fix30b: on a page titled by a date, a concept the home's passage does not name hangs beside the home (miner/date-titles.ts)
  if (n.homeLoose && n.homeDated) return undefined;
  if (homeKind !== 'object' && homeKind !== 'field') return n.home;
  if (n.kind === 'object' && homeKind === 'object') return n.homeLoose || n.homeTitled ? undefined : n.home;
  // fix27: a kind is no part of a field (`# 资源限制：requests 与 limits` over LimitRange and ResourceQuota)
  if (n.kind === 'object' && homeKind === 'field') return undefined;
  const place = homeKind === 'object' ? apiPlace(home) : undefined;
  // (a Pod field in a chapter about a kind that templates Pods, `tolerations` under `# DaemonSet`:
  // the kind's own field through its Pod template, `spec.template.spec.tolerations`, so under it)
  if (place !== undefined && isCatalogued(place.kind) && n.kind === 'field' && n.fieldPath !== undefined && (n.owner ?? DEFAULT_OWNER) !== place.kind && fieldByPath(n.fieldPath, [place.kind]) === undefined && !podFieldOfTemplate(n, place.kind)) return undefined;
  return n.homeLoose ? undefined : n.home;
}

/**
 * A Pod's spec field (`spec.tolerations` of owner Pod) and a kind whose objects hold a Pod template
 * (yaml/pod-path.ts): the template holds the Pod's spec, never its status (`status.phase`).
 */
function podFieldOfTemplate(n: Node, kind: string): boolean {
  return (n.owner ?? DEFAULT_OWNER) === 'Pod' && n.fieldPath?.startsWith('spec.') === true && kind !== 'Pod' && POD_TEMPLATE_PREFIX[kind] !== undefined;
}

function createsCycle(ctx: BuildContext, id: string, parent: string): boolean {
  const seen = new Set<string>([id]);
  for (let cur: string | undefined = parent; cur !== undefined; cur = ctx.nodes.get(cur)?.parent) {
    if (seen.has(cur)) return true;
    seen.add(cur);
  }
  return false;
}
