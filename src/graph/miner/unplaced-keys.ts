/**
 * resolve5: a key the note explains that no kind places. The rules that propose fields (a table of
 * keys, a `` - `key`：… `` item, a path written in prose, a key of the note's YAML explained after it)
 * mark their candidates as no new term (`newTerm: false`): the resolver keeps them only as a field of
 * a kind it can place, or a concept the graph knows. A key of a custom resource, a Helm chart, a
 * config file or an event's envelope that nothing places was then dropped (`not-a-new-term`), though
 * the writer set it out and explained it. A Kubernetes reader takes such a name as a key of whatever
 * the passage configures: when it is spelt as a key is — a written path (`spec.nameResolution`,
 * `requests.storage`), a camelCase identifier (`workersToDelete`), and in a table of keys or a key
 * list an environment variable (`TARGETPLATFORM`) — it is a term of the note.
 *
 * The table says which rule admits which spelling. Read from the resolver's vetoes of rule candidates
 * over the 53 design sets (`node bench/miner-misses.mjs --vetoes`: a label's name the chapter missed /
 * found / no label's), at the base of resolve5:
 *   field-table     camel 9/0/0, dotted 5/0/0, lower 9/1/3
 *   code-colon      dotted 11/1/0, upper 5/0/0 (camel is placed already; lower 6/2/13 and PascalCase
 *                   5/1/28 are values and kinds as often: not admitted)
 *   path-mention    dotted 17/3/6
 *   field-cue       camel 6/0/2 (dotted 3/0/2: files and other tools' paths, `cgroup.subtree_control`)
 *   yaml-explained  camel 5/0/0; dotted: names8 (a flat dotted key of the YAML, kept whole)
 *   code-subject    camel 2/0/0, dotted 6/1/7 (lower 7/1/4 and command lines 12/1/38: not admitted)
 *   prose-both, prose-copula  dotted 4/0/1
 */
import { isFileName, isQualifiedKey } from './label-rules.ts';
import { TITLE_KEY } from './setting-tables.ts';

export type KeySpelling = 'camel' | 'dotted' | 'lower' | 'upper' | 'title';

/** How a name is spelt when it is a key: a written path, camelCase, lower case, an environment variable. */
export function keySpelling(name: string): KeySpelling | undefined {
  const n = name.normalize('NFKC').replace(/^[`*]+|[`*]+$/g, '').trim();
  if (isFileName(n) || isQualifiedKey(n)) return undefined;
  // `spec.nameResolution`, `requests.storage`, `os.version`: segments of letters; not a host or a
  // domain (`example.com`, `svc.cluster.local`) nor a version (`v1.2`), nor a Go selector
  // (`builder.WithPredicates`, `ctrl.Result`: a key below the first segment starts in lower case)
  if (/^[A-Za-z][\w-]*(?:\.[a-z][\w-]*)+$/.test(n)) {
    const last = n.split('.').pop()!.toLowerCase();
    return HOST_ENDINGS.has(last) ? undefined : 'dotted';
  }
  if (/^[a-z][a-z0-9]*(?:[A-Z][a-z0-9]*)+$/.test(n)) return 'camel';
  // tables7: `Mem_Buf_Limit`, `Refresh_Interval` (setting-tables.ts)
  if (TITLE_KEY.test(n)) return 'title';
  if (/^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*$/.test(n) && n.length >= 4) return 'upper';
  if (/^[a-z][a-z0-9]*(?:[_-][a-z0-9]+)*$/.test(n)) return 'lower';
  return undefined;
}

/** Last segments that make a dotted name a host, a domain or a file (`go.mod`, `install.sh`), not a key. */
const HOST_ENDINGS: ReadonlySet<string> = new Set(['com', 'io', 'org', 'net', 'dev', 'local', 'cn', 'svc', 'internal', 'cloud', 'sh', 'py', 'go', 'mod', 'sum', 'lock', 'md', 'txt', 'json', 'yaml', 'yml', 'toml', 'conf', 'log']);

/** The spellings each field-proposing rule admits as a term when nothing places the key (see above). */
export const UNPLACED_KEY_RULES: Readonly<Record<string, readonly KeySpelling[]>> = {
  // (tables7: and a key of a tool's file spelt in capitalised words or as an environment variable, setting-tables.ts)
  'field-table': ['camel', 'dotted', 'lower', 'title', 'upper'],
  // rules27: a camelCase row of a table whose header does not say it holds keys (definitions.ts KEY_ROW_SPELLINGS)
  'table-key-row': ['camel'],
  // table37: a column headed as fields, not the first (definitions.ts `table-field-column`): a table of keys as well
  'table-field-column': ['camel', 'dotted'],
  'code-colon': ['dotted', 'upper'],
  'path-mention': ['dotted'],
  'field-cue': ['camel'],
  // (names8: and a key the YAML writes with dots of its own, `com.openfaas.scale.max`: definitions.ts yamlExplained)
  'yaml-explained': ['camel', 'dotted'],
  'code-subject': ['camel', 'dotted'],
  'prose-both': ['dotted'],
  'prose-copula': ['dotted'],
};

/**
 * veto9: the rules whose unplaced keys are terms also where the context is one of the note's own
 * custom kinds. A table of keys with what each does is the writer setting the keys out one by one:
 * its rows nothing places named a label 23 times in 5 of the 59 design sets and no label's never
 * (`field-table` 23 / 1 / 0 at 9a2aa58: KubeVirt's migration settings, KServe's model fields, the
 * CloudEvents attributes in a Knative note, Tekton Chains' keys, a Ceph StorageClass's parameters);
 * a key list or a path in prose there is as often the kind's field at a place the resolver could
 * not find (resolve5), and is left to the kind.
 *
 * fields38: counted again over all 113 dev sets (`node bench/miner-misses.mjs --vetoes`, then
 * `node bench/veto-shapes.mjs F --by rule,shape`), the vetoes of the spellings a rule admits, which only this
 * gate vetoes: a key list's written path (`code-colon` dotted: `` - `spec.nameResolution`：… ``,
 * `` - `scaleStrategy.workersToDelete`：… `` beside a RayCluster's example) 7 missed / 0 found / 0 no label's in
 * 4 sets, a key the note's YAML sets explained after it that the kind's example does not hold where it is
 * read (`yaml-explained` camel: `recoveryTarget`, `nodeMaintenanceWindow`, `samplingRate`) 4 / 0 / 0 in 3 sets:
 * both admitted here too. A path in prose (`path-mention` dotted 17 / 6 / 6: `status.nodeName` of a VMI named
 * in passing), a code span's path (`code-subject` dotted 2 / 0 / 13) and a field cue (`field-cue` camel
 * 5 / 0 / 4) are not: the kind's field named in passing as often.
 */
export const UNPLACED_IN_NOTE_KIND: ReadonlySet<string> = new Set(['field-table', 'table-key-row', 'table-field-column', 'code-colon', 'yaml-explained']);

/** Whether a rule's unplaced keys are terms also in a custom kind's context (UNPLACED_IN_NOTE_KIND). */
export function unplacedInNoteKind(rule: string): boolean {
  return UNPLACED_IN_NOTE_KIND.has(rule.split(/[\s(→]/)[0]!);
}

/** A rule's candidate that names an unplaced key the note explains: a term of its own (the admitted spelling), else undefined. */
export function unplacedKey(rule: string, name: string): KeySpelling | undefined {
  const family = rule.split(/[\s(→]/)[0]!;
  const admits = UNPLACED_KEY_RULES[family];
  if (!admits) return undefined;
  const s = keySpelling(name);
  return s !== undefined && admits.includes(s) ? s : undefined;
}

/**
 * keys10: the rules whose candidate names a key of the note's own tool file (tool-files.ts: a fence
 * that is no Kubernetes manifest, read with its format's parser) that no API or configuration kind
 * has: a term of the note whatever the key's spelling (`Mem_Buf_Limit`, `DB`, `retention_period`).
 * Counted over the design sets before it was written (`node bench/miner-tool-keys.mjs --vetoes`,
 * the resolver's `not-a-new-term` vetoes naming such a key, missed / found / no label):
 *   code-colon      dev … dev38 1/0/0, dev45 … dev68 7/0/0 (the key list after the tool's file)
 *   yaml-explained  1/0/0 and 5/0/2, but 5 of the 6 labels are a custom kind's fields (typed as
 *                   fields), and the 2 are words of no label: not admitted
 */
export const TOOL_KEY_RULES: ReadonlySet<string> = new Set(['code-colon']);

/** A rule's candidate naming a key of the note's tool file that no API field has: `tool`, else undefined. */
export function toolFileKey(rule: string, name: string, isToolKey: (name: string) => boolean, apiKey: (name: string) => boolean): 'tool' | undefined {
  if (!TOOL_KEY_RULES.has(rule.split(/[\s(→]/)[0]!)) return undefined;
  const n = name.normalize('NFKC').replace(/^[`*]+|[`*]+$/g, '').trim();
  return n.length >= 2 && isToolKey(n) && !apiKey(n) ? 'tool' : undefined;
}
