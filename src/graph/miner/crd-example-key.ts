/**
 * kinds30: a custom resource's key explained right after the note's example of it is that
 * resource's field, at the example's path, before any same-named field of a Kubernetes kind
 * (docs/miner.md, "kinds30").
 *
 * A chapter about a custom resource (an operator's `RabbitmqCluster`, Ray's `RayCluster`, a
 * database operator's `Cluster`) shows it in a YAML example under a group no catalogue describes
 * and then explains its keys: `` `storageClassName`：每个节点 PVC 的存储类 ``, `` `updateStrategy`：… ``,
 * `## components`. Many of those keys share their name with a field of a built-in kind
 * (PersistentVolumeClaim's `storageClassName`, StatefulSet's `updateStrategy`, Event's
 * `source.component`), and the resolver used to read the built-in one first whenever the
 * sentence or the section named that kind in passing (`每个节点 PVC 的大小和存储类`). An expert reads
 * the example: the key is set there, under the custom kind, so it is that kind's field at that path.
 *
 * The evidence, all of it from the note (`crdExampleKey` below, a pure function):
 *   - the nearest YAML example above the candidate that declares a kind declares exactly one, and
 *     it is one of the note's own custom kinds (note-kinds.ts: a group no catalogue describes);
 *   - that kind belongs to the candidate's section (the example is in the section or a section
 *     it is in, or the section's heading names the kind) — an example three sections back is not
 *     "next to" the explanation;
 *   - the candidate's own words name no other kind as the owner (`Pod 的 storageClassName`);
 *   - the example sets the key: a bare name at the nearest place it is set
 *     (`spec.persistence.storageClassName`), a path from the root exactly as written.
 * The names every object or list item has (`name`, `kind`, `apiVersion`) are not read this way:
 * they say nothing of one kind.
 */

/** The rule, as data (named for `--explain` and the tests). */
export const CRD_EXAMPLE_KEY = {
  name: 'crd-example-key',
  /** Candidate forms read: a code span, a bold label, a heading (not running text). */
  forms: new Set<string>(['code', 'bold', 'heading']),
  /** Keys every object or list item has: no evidence of one kind. */
  skipNames: new Set<string>(['apiVersion', 'kind', 'name', 'metadata', 'spec', 'status']),
  /** A bare key (`storageClassName`) or a path from the root (`spec.updateStrategy`). */
  bareKey: /^[a-z][A-Za-z0-9]*$/,
  rootedPath: /^(?:spec|status)(?:\.[A-Za-z][\w-]*(?:\[\d*\])?)+$/,
} as const;

export interface CrdExampleKeyInput {
  /** The name as the candidate writes it (`storageClassName`, `spec.updateStrategy`). */
  name: string;
  /** The candidate's form (`code`, `bold`, `heading`, `text`). */
  form: string;
  /** The kinds the nearest YAML example above the candidate declares. */
  exampleKinds: readonly string[];
  /** Whether a kind is one of the note's own custom kinds that no catalogue or API describes. */
  isCustomKind: (kind: string) => boolean;
  /** The kinds of the candidate's section chain (its examples, its headings). */
  sectionKinds: readonly string[];
  /** The kind the candidate's own words name as the owner, if any. */
  namedOwner?: string | undefined;
  /** The path of the key the note's nearest example of `kind` sets under this name, if any. */
  keyPath: (kind: string) => string | undefined;
  /** The path of the kind that a written path names exactly, if its examples set it. */
  exactPath: (kind: string, written: string) => string | undefined;
}

/** The custom kind and path a key explained next to its example has, or undefined. */
export function crdExampleKey(input: CrdExampleKeyInput): { owner: string; path: string } | undefined {
  const r = CRD_EXAMPLE_KEY;
  if (!r.forms.has(input.form)) return undefined;
  const bare = r.bareKey.test(input.name);
  const rooted = !bare && r.rootedPath.test(input.name);
  if (!bare && !rooted) return undefined;
  if (bare && r.skipNames.has(input.name)) return undefined;
  if (input.exampleKinds.length !== 1) return undefined;
  const kind = input.exampleKinds[0]!;
  if (!input.isCustomKind(kind) || !input.sectionKinds.includes(kind)) return undefined;
  if (input.namedOwner !== undefined && input.namedOwner !== kind) return undefined;
  if (rooted) {
    const path = input.exactPath(kind, input.name);
    return path === undefined ? undefined : { owner: kind, path };
  }
  const path = input.keyPath(kind);
  if (path === undefined || path.startsWith('metadata.')) return undefined;
  const last = (path.split('.').pop() ?? path).replace(/\[\]$/, '');
  return last === input.name ? { owner: kind, path } : undefined;
}

/**
 * kinds30: a settings table of a custom kind — a table whose first column lists bare keys (`| \`nameSuffix\` |
 * 所有资源名加后缀 |`), written where the note shows the kind in examples. An expert reads the table as
 * one kind's settings when its rows are keys one custom kind's examples set, at one place: the rows
 * the examples leave out are that kind's too, at the same place (`nameSuffix`, `commonAnnotations`
 * beside `resources`, `namePrefix`, `images` of a Kustomization), and a row another kind's example
 * happens to set (`replicas` in a Deployment patch) is still the table's kind's.
 */
export const CRD_TABLE_KEYS = {
  name: 'crd-table-keys',
  /** The least number of other rows that must be keys the kind's examples set, at one place. */
  minAgreeing: 2,
  /** …and the least share of the table's key rows they must be (a table of another kind's fields that shares two keys is not this kind's). */
  minShare: 1 / 3,
  /** A row's key: one field name. */
  key: /^[a-z][A-Za-z0-9]*$/,
} as const;

/**
 * The place (`''` for the root, `spec.configuration.migrations`) the rows of a table of keys sit at
 * in one kind, read from the rows the kind's examples set (`pathOf(row)`: the kind's path for a key,
 * if its examples set it): each such row votes for the path it leaves; the place
 * `CRD_TABLE_KEYS.minAgreeing` rows other than `name` agree on, when one place has the most votes and
 * they are a share `CRD_TABLE_KEYS.minShare` of the table's key rows. Returns the path of `name` there, or
 * where the kind's examples set it, if that is there or in a field enclosing it.
 */
export function tableKeyPath(
  rows: readonly string[],
  name: string,
  pathOf: (key: string) => string | undefined,
  r: { minAgreeing: number; minShare: number; key: RegExp } = CRD_TABLE_KEYS,
): string | undefined {
  if (!r.key.test(name)) return undefined;
  const keys = [...new Set(rows.filter((x) => r.key.test(x)))];
  const votes = new Map<string, number>();
  for (const k of keys) {
    if (k === name) continue;
    const p = pathOf(k);
    if (p === undefined) continue;
    const segs = p.split('.');
    if (segs[segs.length - 1]!.replace(/\[\]$/, '') !== k) continue;
    const prefix = segs.slice(0, -1).join('.');
    votes.set(prefix, (votes.get(prefix) ?? 0) + 1);
  }
  const best = [...votes.entries()].sort((a, b) => b[1] - a[1]);
  if (best.length === 0 || best[0]![1] < r.minAgreeing || (best.length > 1 && best[1]![1] === best[0]![1])) return undefined;
  if (best[0]![1] < keys.length * r.minShare) return undefined;
  const prefix = best[0]![0];
  // (a row the kind's examples set at the table's place or in a field enclosing it stays where they
  // set it: `retentionPolicy` at `spec.backup` in a table whose other rows sit in
  // `spec.backup.barmanObjectStore`; set in another branch, `spec.externalClusters[]…`, it is the table's)
  const own = pathOf(name);
  if (own !== undefined && (own.split('.').pop() ?? '').replace(/\[\]$/, '') === name) {
    const parent = own.split('.').slice(0, -1).join('.');
    if (parent === prefix || parent === '' || prefix.startsWith(`${parent}.`)) return own;
  }
  return prefix === '' ? name : `${prefix}.${name}`;
}

/**
 * kinds31: the same reading for a list of a custom kind's settings — items that each open with one
 * key and a colon (`` - `backupOwnerReference`：… ``, `- **setCanaryScale**：…`), after the nearest
 * example above that declares one kind, in an earlier section too, not only right after it (rules21's
 * `note-kind-sibling`); a list before the example explains none. When most of
 * the other items are keys the kind's examples set at one place (`tableKeyPath`, the same thresholds),
 * an item the examples leave out is that kind's field at the same place (`suspend` beside
 * `backupOwnerReference` and `immediate` of a ScheduledBackup: `spec.suspend`, not the CronJob's).
 * Exactly one custom kind of the section must qualify; a list of two items is no evidence.
 */
export const CRD_LIST_KEYS = {
  name: 'crd-list-keys',
  /** Candidate forms read: the item's opening code span or bold label. */
  forms: new Set<string>(['code', 'bold']),
  minAgreeing: 2,
  minShare: 1 / 3,
  key: /^[a-z][A-Za-z0-9]*$/,
  /** An item's opening code span: a key, or a key set to a value (`` `immediate: true` ``, `` `suspend=true` ``). */
  itemCode: /^([a-z][A-Za-z0-9]*)\s*(?:[:=]\s*[^\s:=][^:=]*)?$/u,
  /** The colon that closes the item's opening name (inside a bold label or right after it). */
  colon: /[:：]\s*$/u,
  /** …or right after it, a parenthesised gloss or path between (`**setWeight**（\`steps[].setWeight\`）：`). */
  colonAfter: /^\s*(?:[（(][^（）()]*[）)]\s*)?[:：]/u,
} as const;

/**
 * The key a list item opens with (`CRD_LIST_KEYS`): a bold label or a code span, then a colon (inside
 * the label or right after it); a code span may set the key to a value. `first`: the item's first
 * inline node (`code` for a code span, `bold` for a bold label), `next`: the item's text right after it.
 */
export function listItemKey(first: { form: 'code' | 'bold'; text: string } | undefined, next: string | undefined): string | undefined {
  const r = CRD_LIST_KEYS;
  if (first === undefined) return undefined;
  const raw = first.text.trim();
  const colonInside = first.form === 'bold' && r.colon.test(raw);
  const colonAfter = next !== undefined && r.colonAfter.test(next);
  if (!colonInside && !colonAfter) return undefined;
  const text = raw.replace(r.colon, '').trim();
  if (first.form === 'bold') return r.key.test(text) ? text : undefined;
  return r.itemCode.exec(text)?.[1];
}

/**
 * kinds30: a definition that writes the kind of the thing it defines (`**kustomization.yaml：** 每个
 * Kustomize 目录的入口文件，… \`kind: Kustomization\``, `**审计策略（audit Policy）**：\`audit.k8s.io/v1\` 的
 * \`kind: Policy\``, `**kubeconfig：** … 的配置文件，\`kind: Config\``): the label names an object of that
 * kind — a file or a Chinese name for it — and an expert lists the kind, the label's names as its
 * other names. Read only in the definition's first sentence, a code span `kind: X` spelt as a kind.
 */
export const KIND_IN_DEFINITION = {
  name: 'definition-writes-kind',
  /** The label rules whose passage is the label's definition. */
  rules: new Set<string>(['bold-colon', 'code-colon', 'bold-gloss', 'bold-copula', 'bold-only']),
  /** `kind: X` in a code span (the text given marks code spans with backticks). */
  span: /`kind:[ \t]*([A-Z][A-Za-z0-9]*[a-z][A-Za-z0-9]*)[ \t]*`/u,
  /** The first sentence: up to the first full stop, question or exclamation mark (and not inside a parenthesis). */
  sentenceEnd: /[。！？!?]|\.(?:\s|$)/u,
} as const;

/** The kind a definition's first sentence writes as `kind: X` (`text`: the passage after the label, code spans in backticks). */
export function kindWrittenInDefinition(text: string): string | undefined {
  const r = KIND_IN_DEFINITION;
  const end = text.search(r.sentenceEnd);
  const first = end < 0 ? text : text.slice(0, end);
  const m = r.span.exec(first);
  if (!m) return undefined;
  // (written inside a parenthesis, `作为一种包（\`kind: Function\`，…）发布`, it is an aside about how the thing ships, not what it is)
  const before = first.slice(0, m.index);
  if ((before.match(/[（(]/gu)?.length ?? 0) > (before.match(/[）)]/gu)?.length ?? 0)) return undefined;
  return m[1];
}
