/**
 * Fields explained in running text (rule `field-prose`): a name the context says is a field,
 * written as the subject of a clause that explains it —
 *
 *   其中 mode 决定代理模式 …          (a key the section's YAML example sets)
 *   clusterCIDR 填的是集群 Pod 的网段   (a key of the example, bare in the text)
 *   与之相对的 `evictionSoft` 是软驱逐阈值  (a field of the kind the note's example shows)
 *   类似的还有 `kubeReserved`，它是给…预留的
 *   最后提一句 percentageOfNodesToScore：在大集群里…
 *
 * Two kinds of evidence make the name a field, never the word alone: either the section's YAML
 * example sets a key spelt exactly so (with the kind it belongs to), or the name is spelt like a field
 * (camelCase) and is a field of a kind a YAML example of the note shows. The clause must explain
 * it: a predicate right after the name (EXPLAINS), and before it the start of a clause or a
 * genitive (`配置里的 leaderElection`). Mentions inside a list of names, an aside in
 * parentheses, a flag (`--mode`), a `key=value`, a path or a code span holding more than the
 * name (`hostPath:`, `clusterIP: None`) are not subjects. The bold and code labels that open a
 * paragraph are the other rules' (bold-colon, code-subject …); a name another candidate of the
 * section already has is left to it.
 *
 * `command-prose`: a command in a code span that a clause in the middle of a paragraph says the
 * use of (`` `kubectl config use-context` 用来切换当前上下文 ``). Only a purpose (用来, 用于,
 * 负责, 的作用是) counts there: `` `kubectl get users` 是不存在的 `` or `` `kubectl top` 能看… ``
 * do not define the command.
 */
import { demonstrativeKinds } from './kind-sayings.ts';
import type { Paragraph, RootContent } from 'mdast';
import type { OwnedKey } from '../examples.ts';
import type { Outline, Section } from './outline.ts';
import { componentKindsIn, kindsIn, sectionChain } from './outline.ts';
import type { Candidate } from './definitions.ts';
import { BOILERPLATE_KEYS, UNIVERSAL_KEYS } from './object-keys.ts';
import { flattenParagraph } from './prose.ts';
import { isCommandName } from './command-tools.ts';
import { configFieldsNamed, fieldByPath, fieldsByPath, fieldsNamed, isConfigKind, kindNamed } from '../vocabulary/index.ts';
import { sentenceAround } from '../mention-context.ts';
import { PATH_LOCATION, PATH_SET, PROSE_PATH, AGENT_BEFORE, SET_BEFORE, SET_THEN, CLASSIFIES_AS_OBJECT, KIND_NOUN, KIND_SUBJECT_BEFORE, KIND_WRITTEN_IN_AFTER, MANIFEST_BEFORE, VALUE_AFTER, LOCATION, LOCATION_BEFORE, PATH_GLOSS, BOUND_AFTER, BOUND_BEFORE, WRITTEN_IN_AFTER, WRITTEN_IN_BEFORE, agentVerb, anaphorOwner, coordinatedPairs, leadPairs, RESPECTIVELY, fieldPredicate, framedGenitive, genitiveOwner, kindPredicate, laterClause } from './field-clauses.ts';

/** Before the subject: the start of the text or of a clause, a clause opener, or a genitive. */
const SUBJECT_BEFORE = /(?:^|[，,。；;：:！？!?]|其中|另外|此外|这里|此处|而|则|还有|以及|的|最关键的是|最重要的是|[A-Za-z]\s*[里中]|[里中](?:还|也)?有一?个)\s*$/u;
/** The start of a clause, where a weak predicate (field-clauses.ts) also explains a plain word. */
const CLAUSE_BEFORE = /(?:^|[，,。；;：:！？!?）)]|其中|另外|此外|[A-Za-z]\s*[里中])\s*$/u;

/** After a command in the middle of a paragraph: a purpose. */
const COMMAND_PURPOSE = /^\s*(?:主要)?(?:用来|用于|可以用来|负责|的作用(?:就)?是)/u;

/** Before it: the start of the text or of a clause. */
const CLAUSE_START = /(?:^|[，,。；;！？!?]|其中|另外|此外|而|还有)\s*$/u;

/**
 * lead49: the readings by which a one-word key after its kind's genitive is not taken (field-genitive): a copula (it
 * gives the value), a gloss or a colon (an aside), `holds` (what is written in it).
 */
export const GENITIVE_VALUE_READINGS: ReadonlySet<string> = new Set(['copula', 'gloss', 'colon', 'holds']);

/** A name spelt like an API field: lower camelCase (`leaderElection`), not an English word. */
const CAMEL = /^[a-z]+[A-Z][A-Za-z0-9]*$/;

const NAME = /[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*/g;

/** Keys the section's own YAML examples set, by their name (lower case). */
export function sectionKeys(section: Pick<Section, 'fences'>): Map<string, OwnedKey> {
  const keys = new Map<string, OwnedKey>();
  for (const fence of section.fences) {
    for (const k of fence.keys) {
      if (k.data || BOILERPLATE_KEYS.has(k.name) || !k.owner || keys.has(k.name.toLowerCase())) continue;
      keys.set(k.name.toLowerCase(), k);
    }
  }
  return keys;
}

/** The kinds whose field `name` is, among the kinds the note's YAML examples show. */
function ownerOf(name: string, kinds: readonly string[]): string | undefined {
  const occs = [...fieldsNamed(name), ...configFieldsNamed(name)].filter((o) => o.name === name);
  return kinds.find((k) => occs.some((o) => o.owner === k));
}

/**
 * The one kind of the API that has a field of this exact name, at any depth (`podAntiAffinity` →
 * Pod), or when no API kind has it, the one configuration kind (`imageGCHighThresholdPercent` →
 * KubeletConfiguration); undefined when none or several do (`selector`, `protocol`).
 */
export function soleOwner(name: string): string | undefined {
  // the REST API first: a configuration kind is the owner only when no API kind has the field
  // (`imagePullPolicy` is Pod's, although kubeadm's nodeRegistration has one too)
  for (const occs of [fieldsNamed(name), configFieldsNamed(name)]) {
    const owners = new Set(occs.filter((o) => o.name === name).map((o) => o.owner));
    if (owners.size > 0) return owners.size === 1 ? [...owners][0] : undefined;
  }
  return undefined;
}

/** The text names the configuration kind or a component that reads it (`kubelet` → KubeletConfiguration). */
function componentNamed(kind: string, text: string): boolean {
  return new RegExp(`(?<![\\w.-])${kind}(?![\\w.-])`).test(text) || componentKindsIn(text).includes(kind);
}

/** The sentence holding [from, to) (Intl.Segmenter, as the prose rules find sentences): the evidence --explain prints. */
export function sentenceOf(text: string, from: number, to: number): string {
  const [s, e] = sentenceAround(text, from, to);
  return text.slice(s, e).trim();
}

/**
 * Where a candidate at offset `from` of a flattened paragraph stands: its form, and its file
 * position (the start of the piece that holds it, or of the paragraph, moved past the text of the
 * piece before it, in lines and code points), section and block.
 */
export function placed(file: string, section: Section, p: Paragraph, piece: { kind: string; from: number; node: { position?: { start: { line: number; column: number } } } } | undefined, text: string, from: number) {
  const start = piece?.node.position?.start ?? p.position?.start;
  const lead = piece?.kind === 'text' ? text.slice(piece.from, from) : '';
  const breaks = lead.split('\n');
  const line = (start?.line ?? 1) + breaks.length - 1;
  const column = breaks.length > 1 ? [...breaks[breaks.length - 1]!].length + 1 : (start?.column ?? 1) + [...lead].length;
  return { form: piece?.kind === 'code' ? ('code' as const) : ('text' as const), at: { file, line, column }, section, blocks: [p], endLine: p.position?.end.line ?? line };
}

export function paragraphs(blocks: readonly RootContent[]): Paragraph[] {
  const out: Paragraph[] = [];
  for (const b of blocks) {
    if (b.type === 'paragraph') out.push(b);
    else if (b.type === 'list') for (const item of b.children) out.push(...paragraphs(item.children));
    else if (b.type === 'blockquote') out.push(...paragraphs(b.children));
  }
  return out;
}

/** `field-prose` candidates of a note, given the candidates the other rules found. */
export function fieldProseCandidates(outline: Outline, file: string, existing: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  const noteKinds = [...new Set(outline.fences.flatMap((f) => [...f.docKinds, ...f.keys.map((k) => k.owner ?? '')]).filter((k) => k !== ''))];
  // keys any YAML example of the note sets, for a name the section's own examples do not set
  // (`它的打分方式由 scoringStrategy 决定` above the KubeSchedulerConfiguration example that sets it)
  const noteKeys = sectionKeys({ fences: outline.fences } as Section);
  const noteDocKinds = new Set(outline.fences.flatMap((f) => f.docKinds).filter((k) => k !== ''));
  for (const section of outline.sections) {
    const keys = sectionKeys(section);
    const taken = new Set(existing.filter((c) => c.section === section).map((c) => c.label.toLowerCase()));
    // the section's examples first, then the note's
    const chainKinds = sectionChain(section).flatMap((s) => s.fences.flatMap((f) => f.docKinds)).filter((k) => k !== '');
    const kinds = [...new Set([...chainKinds, ...noteKinds])];
    // (a section without examples still has fields named after their owner: `StorageClass 的 …`)
    for (const p of paragraphs(section.blocks)) {
      const flat = flattenParagraph(p);
      const first = p.children[0];
      const openerEnd = first && (first.type === 'strong' || first.type === 'inlineCode') ? flat.pieces[0]!.to : -1;
      let paraKinds: string[] | undefined;
      // the owner of the field this sentence explained last (parallel clauses share it)
      let lastOwner: string | undefined;
      let lastOwnerAt = -1;
      // two names explained together (`scaleUp 和 scaleDown 两块，分别约束…`): each, by that predicate
      const paired = new Map<number, string>();
      // the other name of a lead pair: the two are explained together, so their owner is a kind that has both
      const partners = new Map<number, string>();
      for (const pair of coordinatedPairs(flat.text)) {
        const pred = fieldPredicate(pair.rest);
        if (pred && pred.name !== 'colon' && (!pred.weak || pair.names.every((n) => CAMEL.test(n)))) for (const at of pair.at) paired.set(at, `pair, ${pred.name}`);
      }
      // the same pair opening a clause with its predicate right after it (`A 和 B 控制…`, `A 和 B 分别从…取`)
      for (const pair of leadPairs(flat.text)) {
        const pred = fieldPredicate(pair.rest);
        // (not a weak verb: `- [ ] readinessProbe 和 livenessProbe 指向不同接口` checks, it does not explain)
        const reading = pred && pred.name !== 'colon' && pred.name !== 'gloss' && !pred.weak ? pred.name : RESPECTIVELY.test(pair.between) && /^\s*[\u4e00-\u9fff]/u.test(pair.rest) ? 'respectively' : undefined;
        if (reading === undefined) continue;
        pair.at.forEach((at, i) => {
          if (paired.has(at)) return;
          paired.set(at, `lead pair, ${reading}`);
          partners.set(at, pair.names[1 - i]!);
        });
      }
      for (const m of flat.text.matchAll(NAME)) {
        const written = m[0];
        const from = m.index;
        const to = from + written.length;
        const before = flat.text.slice(Math.max(0, from - 8), from);
        // `每条 rule 由三部分组成`: an item of a list field the section's example sets (`rules`)
        const item = ITEM_BEFORE.test(before) ? pluralKeyOf(written, keys) : undefined;
        const name = item ?? written;
        // (the keys of every object, `spec`, `metadata`, `name`, explain the object, not a field)
        if (from < openerEnd || taken.has(name.toLowerCase()) || UNIVERSAL_KEYS.has(name)) continue;
        const after = flat.text.slice(to, to + 48);
        if (/[-=.\/\w]$/.test(before) || /^[=.\/\w[]/.test(after)) continue;
        // `conditions（status.conditions）是…`: the path in parentheses, then the predicate
        const gloss = PATH_GLOSS.exec(after);
        const glossPath = gloss && gloss[1]!.split('.').pop()!.replace(/\[\]$/, '') === name ? gloss[1]! : undefined;
        let rest = glossPath !== undefined ? flat.text.slice(to + gloss![0].length, to + gloss![0].length + 48) : after;
        // `controller: true 表示…`: the value set is skipped, the predicate explains the field
        const valued = glossPath === undefined ? VALUE_AFTER.exec(after) : null;
        if (valued && fieldPredicate(after.slice(valued[0].length))?.name !== 'colon') rest = after.slice(valued[0].length);
        // how the clause explains it (field-clauses.ts), as a named reading
        let reading: string | undefined;
        let rule = 'field-prose';
        const agent = AGENT_BEFORE.test(before) ? agentVerb(flat.text.slice(to, to + 16)) : undefined;
        // a camelCase name set off by a full-width colon labels what follows, wherever it stands
        // (or by its gloss in parentheses: `超过 imageGCHighThresholdPercent（默认 85%）时…`)
        const labelled = CAMEL.test(name) && (/^\s*：/u.test(rest) || fieldPredicate(rest)?.name === 'gloss');
        let pred = labelled || item !== undefined || SUBJECT_BEFORE.test(before) ? fieldPredicate(rest) : undefined;
        if (pred?.weak && !CAMEL.test(name) && !CLAUSE_BEFORE.test(before)) pred = undefined;
        if (agent) [rule, reading] = ['field-agent', agent.name];
        else if (pred) reading = pred.name;
        else if (paired.has(from)) reading = paired.get(from);
        else if (LOCATION_BEFORE.test(before) && LOCATION.re.test(after)) reading = LOCATION.name;
        else if (WRITTEN_IN_BEFORE.test(flat.text.slice(Math.max(0, from - 48), from)) && WRITTEN_IN_AFTER.test(after)) reading = 'written-in';
        else if (CAMEL.test(name) && BOUND_BEFORE.test(before) && BOUND_AFTER.test(after)) reading = 'bound';
        else if (SET_BEFORE.test(before) && SET_THEN.re.test(after)) reading = SET_THEN.name;
        else reading = laterClause(after)?.name;
        if (reading === undefined) continue;
        // a name in a list of names (`clusters、users、contexts 三部分`) is not the subject
        if (/^\s*[、,，]\s*[A-Za-z]/.test(after) && !paired.has(from)) continue;
        const piece = flat.pieces.find((x) => x.from <= from && from < x.to);
        // a code span is the name only when it is nothing else (`hostPath:`, `clusterIP: None` show YAML)
        if (piece?.kind === 'code' && flat.text.slice(piece.from, piece.to).trim() !== written) continue;
        // an aside in parentheses mentions, it does not explain (`（用容器的 \`resizePolicy\` 字段控制…）`)
        const clause = flat.text.slice(flat.text.lastIndexOf('。', from) + 1, from);
        if ((clause.match(/[（(]/g)?.length ?? 0) > (clause.match(/[）)]/g)?.length ?? 0)) continue;
        // The evidence that the name is a field, never the word alone: the kind named in a
        // genitive right before it has the field; the section's example sets the key; the name is
        // spelt like a field and a kind the note's examples show has it (or another example sets it).
        const sentenceStart = Math.max(flat.text.lastIndexOf('。', from), flat.text.lastIndexOf('\n', from)) + 1;
        if (sentenceStart > lastOwnerAt) lastOwner = undefined;
        const named = genitiveOwner(flat.text.slice(Math.max(0, from - 48), from), noteDocKinds);
        // `这份配置的 defaults`: the kind named last before the demonstrative, near its top
        const anaphor = named === undefined ? anaphorOwner(flat.text.slice(Math.max(0, from - 160), from), noteDocKinds) : undefined;
        // `defaults 决定…，exemptions 则列出…`: a parallel clause of the same sentence, same owner
        const parallel = named === undefined && anaphor === undefined && lastOwner !== undefined && CLAUSE_BEFORE.test(before) ? lastOwner : undefined;
        const near = (k: string | undefined) => k !== undefined && ownsField(k, name, outline, CAMEL.test(name) ? undefined : 2) ? k : undefined;
        const namedOwner = named !== undefined && ownsField(named, name, outline) ? named : near(anaphor) ?? near(parallel);
        // (another section's key only when spelt like a field, or quoted with its value as YAML is
        // written, `controller: true 表示…`: `key`, `name` are words of any example)
        const quoted = valued !== null && rest !== after && /^\s*:/.test(valued[0]);
        const key = keys.get(name.toLowerCase()) ?? (CAMEL.test(name) || quoted ? noteKeys.get(name.toLowerCase()) : undefined);
        const keyOk = key !== undefined && key.name === name && (namedOwner === undefined || key.owner === namedOwner);
        // (the kinds the paragraph names come first, `GatewayClass 相当于…。它的 spec 里最关键的是
        // controllerName`; two of them that both have the field leave the
        // owner open, and the build says so rather than pick one: issue 12's ambiguous owner)
        paraKinds ??= kindsIn(flat.text, { contextWords: false });
        let inParagraph = !keyOk && namedOwner === undefined && CAMEL.test(name) ? paraKinds.filter((k) => ownerOf(name, [k]) !== undefined) : [];
        // (`activeDeadlineSeconds 和 backoffLimit 是…` in a paragraph naming Pod and Job: only Job has both)
        const partner = partners.get(from);
        if (inParagraph.length > 1 && partner !== undefined) {
          const both = inParagraph.filter((k) => ownerOf(partner, [k]) !== undefined);
          if (both.length === 1) inParagraph = both;
        }
        const ambiguous = inParagraph.length > 1 ? inParagraph : undefined;
        let owner = ambiguous ? undefined : namedOwner ?? (keyOk ? undefined : CAMEL.test(name) ? ownerOf(name, [...inParagraph, ...paraKinds, ...kinds]) : undefined);
        // a camelCase name that only one kind of the API or its configuration has, wherever it
        // sits in it (`podAntiAffinity` is Pod's, `serializeImagePulls` KubeletConfiguration's):
        // the catalogue decides the owner when the note shows none (rule `field-sole-owner`)
        // (a configuration kind only where the paragraph or the section's heading names its
        // component or the kind: `它的 crashLoopBackOff 是…` alone is no kubelet setting)
        let sole = !keyOk && owner === undefined && !ambiguous && CAMEL.test(name) ? soleOwner(name) : undefined;
        if (sole !== undefined && isConfigKind(sole) && !componentNamed(sole, `${section.title}\n${flat.text}`)) sole = undefined;
        if (sole !== undefined) [owner, rule] = [sole, rule === 'field-agent' ? rule : 'field-sole-owner'];
        if (!keyOk && owner === undefined && !ambiguous) continue;
        // rules9 (s20): `在 Service 的 selector 里写…`, `和 Deployment 的 matchLabels 写法一样`: a field whose only
        // evidence is its owner's genitive, framed as the clause's object (field-clauses.ts
        // GENITIVE_FRAMES): what follows is said of something else (a key of the section's example
        // written in its place, `写在 Pod 的 ephemeralContainers 里`, is still read, and so is the
        // written-in reading, `开关都写在 KubeSchedulerConfiguration 的 profiles 里`: the field is where
        // the things the sentence is about go)
        if (named !== undefined && namedOwner === named && !keyOk && rule !== 'field-agent' && reading !== 'written-in' && framedGenitive(flat.text.slice(Math.max(0, from - 48), from))) continue;
        if (namedOwner !== undefined && !keyOk && rule !== 'field-agent') rule = named !== undefined ? 'field-genitive' : anaphor !== undefined ? 'field-anaphor' : 'field-parallel';
        // lead49: a one-word key after its kind's genitive (`Pod 的 phase 是 Pending / …`, `Deployment 的 replicas 也是 2`,
        // `Deployment 的 selector（不可变字段）`) is said a value or an aside, not explained, unless a verb says what it does
        // (`Service 的 type 字段决定…`): over the dev sets these readings were 3 labels against 19 false positives
        if (rule === 'field-genitive' && !CAMEL.test(name) && GENITIVE_VALUE_READINGS.has(reading)) continue;
        const sentence = sentenceOf(flat.text, from, to);
        taken.add(name.toLowerCase());
        const settled = owner ?? (keyOk ? key!.owner : undefined);
        if (settled !== undefined) [lastOwner, lastOwnerAt] = [settled, sentenceStart];
        out.push({
          rule: `${rule} (${reading})`,
          label: glossPath ?? name,
          ...placed(file, section, p, piece, flat.text, from),
          newTerm: false,
          expect: 'field',
          aliases: item !== undefined ? [written] : [],
          evidence: sentence,
          ...(keyOk ? { key } : {}),
          ...(owner !== undefined ? { owner } : {}),
          ...(ambiguous ? { ambiguousOwners: ambiguous } : {}),
        });
      }
      paraKinds ??= kindsIn(flat.text, { contextWords: false });
      out.push(...pathCandidates(p, flat, section, file, taken, openerEnd, [...paraKinds, ...kinds], noteDocKinds));
    }
  }
  return out;
}

/**
 * `field-path`: a field written as its path in running text and explained there — a predicate of
 * FIELD_PREDICATES, the place something is set (`spec.imagePullSecrets 里引用它`), or the value it
 * is set to (`把 spec.unschedulable 设成 true`). The path must be a field of the kind named in a
 * genitive before it (`Node 的 spec.unschedulable`), of a kind the paragraph or the note's
 * examples show, or of the one kind of the API that has it.
 */
function pathCandidates(p: Paragraph, flat: ReturnType<typeof flattenParagraph>, section: Section, file: string, taken: Set<string>, openerEnd: number, kinds: readonly string[], noteDocKinds: ReadonlySet<string>): Candidate[] {
  const out: Candidate[] = [];
  for (const m of flat.text.matchAll(PROSE_PATH)) {
    const written = m[1]!;
    const from = m.index;
    const to = from + written.length;
    const name = written.split('.').pop()!.replace(/\[\]$/, '');
    if (from < openerEnd || taken.has(name.toLowerCase()) || taken.has(written.toLowerCase())) continue;
    const piece = flat.pieces.find((x) => x.from <= from && from < x.to);
    if (piece === undefined || piece.kind === 'other') continue;
    const after = flat.text.slice(to, to + 48);
    const valued = VALUE_AFTER.exec(after);
    // (a code span is the path, or the path with the value it is set to)
    if (piece.kind === 'code' && flat.text.slice(piece.from, piece.to).trim() !== written && !(valued && flat.text.slice(piece.from, piece.to).trim() === `${written}${valued[0]}`.trim())) continue;
    const rest = valued ? after.slice(valued[0].length) : after;
    const pred = fieldPredicate(rest);
    const reading = pred && pred.name !== 'colon' && !pred.weak ? pred.name : PATH_LOCATION.re.test(rest) ? PATH_LOCATION.name : PATH_SET.re.test(after) ? PATH_SET.name : undefined;
    if (reading === undefined) continue;
    // an aside in parentheses mentions, it does not explain
    const clause = flat.text.slice(flat.text.lastIndexOf('。', from) + 1, from);
    if ((clause.match(/[（(]/g)?.length ?? 0) > (clause.match(/[）)]/g)?.length ?? 0)) continue;
    const named = genitiveOwner(flat.text.slice(Math.max(0, from - 48), from), noteDocKinds);
    const candidates = named !== undefined ? [named] : kinds;
    let occ = candidates.length > 0 ? fieldByPath(written, candidates) : undefined;
    if (occ === undefined && named === undefined) {
      const all = fieldsByPath(written);
      const owners = new Set(all.map((o) => o.owner));
      if (owners.size === 1) occ = all[0];
    }
    if (occ === undefined) continue;
    taken.add(name.toLowerCase());
    out.push({
      rule: `field-path (${reading})`,
      label: occ.path,
      ...placed(file, section, p, piece, flat.text, from),
      newTerm: false,
      expect: 'field',
      aliases: [],
      evidence: sentenceOf(flat.text, from, to),
      owner: occ.owner,
    });
  }
  return out;
}

/** Before an item of a list field: `每条`, `每个`, `每一项`. */
const ITEM_BEFORE = /每一?(?:条|个|项|组)\s*$/u;

/** The list key of the section's example whose item a singular names (`rule` → `rules`, `policy` → `policies`). */
function pluralKeyOf(singular: string, keys: ReadonlyMap<string, OwnedKey>): string | undefined {
  for (const p of [`${singular}s`, `${singular}es`, singular.replace(/y$/, 'ies')]) {
    const k = keys.get(p.toLowerCase());
    if (k && k.name === p) return p;
  }
  return undefined;
}

/** The kind has a field of this name: in the API, its configuration, or the note's example of it. */
function ownsField(kind: string, name: string, outline: Outline, maxDepth = Infinity): boolean {
  const depth = (path: string) => path.split('.').length;
  if ([...fieldsNamed(name), ...configFieldsNamed(name)].some((o) => o.owner === kind && o.name === name && depth(o.path) <= maxDepth)) return true;
  return outline.fences.some((f) => f.keys.some((k) => !k.data && k.owner === kind && k.name === name && depth(k.path) <= maxDepth));
}

/** `command-prose` candidates of a note (commands a clause gives the use of). */
export function commandProseCandidates(outline: Outline, file: string, existing: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const section of outline.sections) {
    const taken = new Set(existing.filter((c) => c.section === section).map((c) => c.label));
    for (const p of paragraphs(section.blocks)) {
      const flat = flattenParagraph(p);
      flat.pieces.forEach((piece, i) => {
        if (piece.kind !== 'code' || i === 0) return;
        const name = flat.text.slice(piece.from, piece.to).trim();
        if (!isCommandName(name) || taken.has(name)) return;
        const before = flat.text.slice(Math.max(0, piece.from - 6), piece.from);
        if (!CLAUSE_START.test(before) || !COMMAND_PURPOSE.test(flat.text.slice(piece.to, piece.to + 10))) return;
        const sentence = sentenceOf(flat.text, piece.from, piece.to);
        taken.add(name);
        out.push({
          rule: 'command-prose',
          label: name,
          ...placed(file, section, p, piece, flat.text, piece.from),
          newTerm: true,
          aliases: [],
          evidence: sentence,
        });
      });
    }
  }
  return out;
}

/**
 * `kind-prose`: an API kind explained in passing, in the middle of running text —
 *
 *   这里的 VolumeAttachment 是…创建的对象，表示…     (a kind of the API, called an object)
 *   每个节点还有一个 CSINode 对象，记录…              (a kind with the class word 对象)
 *   Gateway 则代表一个真正跑起来的流量入口             (a kind the note's own YAML example declares)
 *
 * The name must be a kind as written (PascalCase, exactly as the API or the note's example spells
 * it), the subject of its clause (KIND_SUBJECT_BEFORE), and followed by an explaining predicate
 * (KIND_PREDICATES). A kind of the API needs more: the class word right after it or an explaining
 * sentence that calls it an object or resource (the core kinds `Pod`, `Service` are the subject of
 * many sentences that say something about them without explaining them); a kind the note's own
 * example declares is explained by the sentence alone. Names another candidate of the section has
 * are left to it.
 */
export function kindProseCandidates(outline: Outline, file: string, existing: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  const docKinds = new Set(outline.fences.flatMap((f) => f.docKinds).filter((k) => k !== ''));
  for (const section of outline.sections) {
    const taken = new Set(existing.filter((c) => c.section === section).map((c) => c.label.normalize('NFKC').replace(/[*`：:\s]/g, '')));
    for (const p of paragraphs(section.blocks)) {
      const flat = flattenParagraph(p);
      // two kinds explained together (`A 和 B 两种对象，前者…`): each, when the pair is called objects
      const paired = new Map<number, string>();
      for (const pair of coordinatedPairs(flat.text)) {
        const pred = kindPredicate(pair.rest);
        if (pred && pred.name !== 'written-manifest' && /对象|资源/u.test(pair.between)) for (const at of pair.at) paired.set(at, `pair, ${pred.name}`);
      }
      for (const m of flat.text.matchAll(/[A-Z][A-Za-z0-9]+/g)) {
        const name = m[0];
        const from = m.index;
        const to = from + name.length;
        if (taken.has(name)) continue;
        const declared = docKinds.has(name);
        if (!declared && kindNamed(name) !== name && !/^[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]+)+$/.test(name)) continue;
        const piece = flat.pieces.find((x) => x.from <= from && from < x.to);
        if (piece === undefined || piece.kind === 'other' || (piece.kind === 'code' && flat.text.slice(piece.from, piece.to).trim() !== name)) continue;
        const before = flat.text.slice(Math.max(0, from - 6), from);
        const manifest = MANIFEST_BEFORE.test(before);
        const pair = paired.get(from);
        // `参数写在 KubeSchedulerConfiguration 里`, for a kind the note's example declares
        const writtenIn = declared && WRITTEN_IN_BEFORE.test(before) && KIND_WRITTEN_IN_AFTER.test(flat.text.slice(to, to + 4)) ? 'written-in' : undefined;
        if (/[-=.\/\w]$/.test(before) || !(KIND_SUBJECT_BEFORE.test(before) || manifest || pair || writtenIn)) continue;
        const noun = pair ? null : KIND_NOUN.exec(flat.text.slice(to, to + 12));
        const rest = flat.text.slice(to + (noun?.[0].length ?? 0), to + 40);
        const pred = pair || writtenIn ? { name: (pair ?? writtenIn)! } : kindPredicate(rest);
        if (!pred || (pred.name === 'written-manifest') !== manifest) continue;
        const end = flat.text.slice(to).search(/[。！？!?]/u);
        const sentence = sentenceOf(flat.text, from, to);
        // (a pair is read only when it is called objects: `两种对象`)
        const classified = noun !== null || manifest || pair !== undefined || CLASSIFIES_AS_OBJECT.test(flat.text.slice(to, end < 0 ? flat.text.length : to + end));
        if (!declared && !classified) continue;
        // a manifest of a kind neither the API nor the note's examples know (a CRD's: spelt as
        // a kind, two capitalised words at least) is a custom resource's kind
        const unknownKind = manifest && !declared && kindNamed(name) !== name;
        if (!declared && kindNamed(name) !== name && !unknownKind) continue;
        taken.add(name);
        out.push({
          rule: `kind-prose (${declared && !classified ? 'note-example, ' : ''}${pred.name})`,
          label: name,
          ...placed(file, section, p, piece, flat.text, from),
          newTerm: false,
          aliases: [],
          evidence: sentence,
          ...((declared || unknownKind) && kindNamed(name) === undefined ? { customKind: true } : {}),
        });
      }
    }
  }
  return out;
}

/**
 * rules44: `kind-said` candidates: a name spelt as a kind that a paragraph calls an object with a
 * demonstrative between (`按 **ENIConfig** 这个 CRD 指定的子网来建`, `写在 \`NetworkAttachmentDefinition\`
 * 这个 CRD 里`, kind-sayings.ts `demonstrativeKinds`), once per section, where no other rule proposed
 * it: the writer says what the name is, an API object (a project's custom resource, or one of the
 * API the vocabulary knows).
 */
export function saidKindCandidates(outline: Outline, file: string, existing: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const section of outline.sections) {
    const taken = new Set(existing.filter((c) => c.section === section).map((c) => c.label.normalize('NFKC').replace(/[*`：:\s]/g, '')));
    for (const p of paragraphs(section.blocks)) {
      const flat = flattenParagraph(p);
      for (const s of demonstrativeKinds(flat.text)) {
        if (taken.has(s.name)) continue;
        const piece = flat.pieces.find((x) => x.from <= s.at && s.at < x.to);
        if (piece === undefined || (piece.kind !== 'text' && flat.text.slice(piece.from, piece.to).trim() !== s.name)) continue;
        taken.add(s.name);
        out.push({
          rule: 'kind-said',
          label: s.name,
          ...placed(file, section, p, piece, flat.text, s.at),
          newTerm: false,
          aliases: [],
          evidence: sentenceOf(flat.text, s.at, s.at + s.name.length),
          ...(kindNamed(s.name) === undefined ? { customKind: true } : {}),
        });
      }
    }
  }
  return out;
}
