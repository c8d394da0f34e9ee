/**
 * typing46: more of the ways a note shows that a name spelt as a kind is an API object, read from
 * the whole note or from the list a definition sits in, where the definition's own sentence says
 * only what the thing does (`**StorageProfile：** CDI 为每个 StorageClass 生成…`):
 *
 *   `kubectl get chaosresult`, `kubectl edit storageprofile x`,   kubectl lists, shows or edits it: only an API
 *   `kubectl get vm,vmi` (an abbreviation the label glosses)       resource is a kubectl resource type
 *   `装好后会多出一堆 CRD，最重要的两个：` above                  a list whose lead-in names the sort, CRDs,
 *   `- **WidgetSet（WS）**：…`, or a heading `## 几个 CRD`         custom resources or objects, and a colon
 *
 * The words are data (below); the resolver (resolve.ts `resolveName`) applies them only to a name
 * that neither the API, a catalogue nor the note's examples know, spelt as a kind of two words at
 * least (`StrimziPodSet`, not `Kafka`), defined by a label of its own.
 */

/** kubectl's verbs that take a resource type as their first argument. */
export const KUBECTL_RESOURCE_VERBS: readonly string[] = ['get', 'describe', 'edit', 'delete', 'explain', 'patch', 'label', 'annotate'];

/** `kubectl [flags] get <type>[,<type>…][.group][/name]`: the type list in group 1. */
const KUBECTL_RESOURCE = new RegExp(String.raw`\bkubectl\s+(?:-{1,2}[\w-]+(?:[= ][\w./-]+)?\s+)*(?:${KUBECTL_RESOURCE_VERBS.join('|')})\s+(?:-{1,2}[\w-]+(?:[= ][\w./-]+)?\s+)*([a-z][a-z0-9-]*(?:\.[a-z0-9.-]+)?(?:,[a-z][a-z0-9-]*(?:\.[a-z0-9.-]+)?)*)`, 'gu');

/** The resource types a text names after kubectl's verbs (lower case, without the group: `chaosresult`, `vm`). */
export function kubectlResourceTypes(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.normalize('NFKC').matchAll(KUBECTL_RESOURCE)) {
    for (const t of m[1]!.split(',')) {
      const type = t.split('.')[0]!;
      if (type !== '') out.add(type);
    }
  }
  return out;
}

/** The lower-case plurals a kind's resource can have (`queueclusters`, `ingresses`, `policies`). */
export function resourcePlurals(kind: string): string[] {
  const l = kind.toLowerCase();
  const out = [`${l}s`, `${l}es`];
  if (/[^aeiou]y$/.test(l)) out.push(`${l.slice(0, -1)}ies`);
  return out;
}

/** A name of two words or more (`QueueCluster`, `IPAddressPool`): its lower-case name is no English word. */
export const COMPOUND_KIND = /[a-z0-9][A-Z]|[A-Z]{2}[a-z]/;

/**
 * True when kubectl, in the note, takes the kind (its plural; its lower-case name when the name has
 * two words or more: `kubectl get image` is no `Image`) or one of the abbreviations its label glosses
 * (`VirtualMachine（VM）` → `vm`) as a resource type. kind43: the one reader of kubectl's resource
 * types, for typing46's `kubectl-listed-kind` (resolve.ts) and kind42's prose kinds (prose-kinds.ts).
 */
export function listedByKubectl(kind: string, abbreviations: readonly string[], types: ReadonlySet<string>): boolean {
  if (resourcePlurals(kind).some((p) => types.has(p)) || (COMPOUND_KIND.test(kind) && types.has(kind.toLowerCase()))) return true;
  return abbreviations.some((a) => /^[A-Za-z][A-Za-z0-9]{1,7}$/.test(a) && (types.has(a.toLowerCase()) || types.has(`${a.toLowerCase()}s`)));
}

/** Nouns of a lead-in or heading that name the sort "API object" (the lead-in may say the sort, then count: `CRD，最重要的两个：`). */
export const SORT_NOUNS_LEAD_IN: readonly string[] = ['自定义资源', 'CRD', 'CR', '对象', '资源类型', 'API 资源'];
/** In a heading only the unambiguous ones: `## 先认识几个 CRD`, `## 核心自定义资源` (a heading `资源` is about quotas as often). */
export const SORT_NOUNS_HEADING: readonly string[] = ['自定义资源', 'CRD', 'CRDs'];

const alt = (xs: readonly string[]) => xs.map((x) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s*')).join('|');
/** The sort noun in the lead-in's last sentence, then a colon closing the lead-in. */
const LEAD_IN_SORT = new RegExp(`(?:${alt(SORT_NOUNS_LEAD_IN)})(?![A-Za-z])[^。！？!?\\n]{0,16}[：:]\\s*$`, 'u');
const HEADING_SORT = new RegExp(`(?:^|[^A-Za-z])(?:${alt(SORT_NOUNS_HEADING)})(?![A-Za-z])`, 'u');
/** A lead-in that asks or denies (`有哪些 CRD 不需要装？`, `不是 CRD：`) says nothing of the items. */
const NOT_SAID = /没有|不是|并非|不属于|不需要|吗|？|\?/u;

/** Sorts that are no object, which a lead-in may name after the objects (`这些 CRD 由下面几个控制器处理：`): the items are those. */
export const OTHER_SORTS: readonly string[] = ['控制器', '组件', '进程', '字段', '插件', '命令', '工具', '参数', '服务', '容器', '节点', '步骤', '注解', '标签'];
const OTHER_SORT = new RegExp(OTHER_SORTS.join('|'), 'u');

/** True when a list's lead-in paragraph says its items are objects of a sort (`会多出一堆 CRD，最重要的两个：`). */
export function leadInNamesObjects(leadIn: string): boolean {
  const text = leadIn.normalize('NFKC').trim();
  const last = text.split(/[。！？!?\n]/u).pop() ?? '';
  const m = LEAD_IN_SORT.exec(last);
  // (the words from the sort noun to the colon name no other sort)
  return m !== null && !NOT_SAID.test(last) && !OTHER_SORT.test(m[0]);
}

/** True when a section's heading names the sort of custom resources (`先认识几个 CRD`, `核心自定义资源`), not asking about it. */
export function headingNamesObjects(heading: string): boolean {
  const text = heading.normalize('NFKC');
  return HEADING_SORT.test(text) && !NOT_SAID.test(text);
}
