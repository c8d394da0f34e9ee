/**
 * Where in an object a field is set, when the API has a field of that name at several places
 * (`restartPolicy` of the Pod and of an init container, `podSelector` of a NetworkPolicy and of
 * a peer, `securityContext` at Pod and container level, `imagePullSecrets` of a Pod and of a
 * ServiceAccount). A chapter that explains both explains two fields: the resolver (resolve.ts)
 * reads the place from the words around the name, in this order:
 *
 * 1. a level or holder written right before the name in its clause: `容器级的 restartPolicy`,
 *    `ServiceAccount 的 imagePullSecrets`, `init 容器上的 restartPolicy`, `from 里放一个空的
 *    podSelector` (a parent field);
 * 2. the place written right after it: `imagePullSecrets 也可以挂在 SA 上`, `X 写在 Pod 级`;
 * 3. the name's gloss: `**imagePullSecrets（ServiceAccount 级）：**`;
 * 4. the field an enclosing list item explains (`- **from**：…` above `` - `podSelector`：… ``).
 *
 * The words are data (PLACE_HOLDERS, the cue patterns); turning a place into a path asks the API
 * catalogue (`fieldAt`), so a place the API does not have is no place.
 */
import type { List, ListItem, Paragraph, PhrasingContent, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { configFieldsNamed, fieldAt, fieldsNamed, kindNamed, type FieldOccurrence } from '../vocabulary/index.ts';

/** A place a note gives a field: a holder inside the Pod, a kind, or the field it sits in. */
export type FieldPlace = { holder: HolderName; cue: string } | { kind: string; cue: string } | { parent: string; cue: string };

type HolderName = 'pod' | 'container' | 'init-container';

/**
 * Words for the parts of a Pod a field is set on, most specific first, with the path prefix the
 * Pod's fields have there (the API's `spec.initContainers[]` and `spec.containers[]` hold the same
 * Container type, so the catalogue lists one of them only: the prefix decides).
 */
export const PLACE_HOLDERS: readonly { name: HolderName; re: RegExp; prefix: string }[] = [
  { name: 'init-container', re: /(?:init|Init|INIT)\s*容器|initContainers?|初始化容器/u, prefix: 'spec.initContainers[].' },
  { name: 'container', re: /(?<![A-Za-z])(?:容器|containers?)(?![A-Za-z])/u, prefix: 'spec.containers[].' },
  { name: 'pod', re: /(?<![A-Za-z])Pod(?![A-Za-z])/u, prefix: 'spec.' },
];

/** A word naming where a field sits: a holder word, a kind (`ServiceAccount`, `SA`) or a field. */
const PLACE_WORD = String.raw`((?:init|Init)\s*容器|初始化容器|容器|[A-Za-z][A-Za-z0-9]*)`;

/**
 * Before the name, in its clause: `<place> 级(别)的`, `<place> 层面的`, `<place> 上的`, `<place>
 * 里的`, `<kind> 的` (a genitive), and a parent field with a place word and a few words of
 * setting (`from 里放一个空的`).
 */
const BEFORE_LEVEL = new RegExp(`${PLACE_WORD}\\s*(?:级别?|层面?)\\s*(?:的|上的|里的)?\\s*$`, 'u');
const BEFORE_ON = new RegExp(`${PLACE_WORD}\\s*(?:上|里|中|下面?)的\\s*$`, 'u');
const BEFORE_GENITIVE = /([A-Za-z][A-Za-z0-9]*)\s*的\s*$/u;
const BEFORE_PARENT = /([a-z][A-Za-z0-9]*)\s*(?:里|中|下面?|里面)\s*(?:放|写|加|填|再写|再放)?\s*(?:一个|一条|一项|个)?\s*(?:空的|空)?\s*$/u;
/**
 * rules39: a holder named as the place, then a verb of setting, then the field set to a value
 * (`在 initContainers 里的某个容器上单独写 \`restartPolicy: Always\``, `注入到 \`initContainers\` 里并带上
 * \`restartPolicy: Always\``): the words between the place and the verb (a few) say which item of it.
 */
const BEFORE_SET_IN = new RegExp(`${PLACE_WORD}\`?\\s*(?:里|上|中)[^，。；,;：:]{0,10}?(?:写上?|带上|加上?|设置?|配上|声明)\\s*$`, 'u');
/** After the name: `也可以挂在 SA 上`, `写在 init 容器里`, `设在 Pod 级`. */
const AFTER_PLACE = new RegExp(`^[^，。；：,;:]{0,6}?(?:挂|写|设|放|加|配|定义)(?:在|到)\\s*${PLACE_WORD}\\s*(?:级别?|层面?)?\\s*(?:上|里|中|这一?级)?`, 'u');
/** A gloss that is only a level: `（ServiceAccount 级）`, `（Pod 级别）`, `（容器层面）`. */
const GLOSS_LEVEL = new RegExp(`^${PLACE_WORD}\\s*(?:级别?|层面?|上)$`, 'u');

function placeOfWord(word: string, cue: string, parentOk: boolean): FieldPlace | undefined {
  const w = word.trim();
  for (const h of PLACE_HOLDERS) if (new RegExp(`^(?:${h.re.source})$`, 'u').test(w)) return { holder: h.name, cue };
  const kind = /^[A-Z]/.test(w) ? kindNamed(w) : undefined;
  if (kind) return { kind, cue };
  if (parentOk && /^[a-z][A-Za-z0-9]*$/.test(w) && (fieldsNamed(w).length > 0 || configFieldsNamed(w).length > 0)) return { parent: w, cue };
  return undefined;
}

/** The places the words right before a name (its clause, up to the name) give. */
export function placeBefore(before: string): FieldPlace | undefined {
  const clause = before.split(/[。；;！!？?，,：:]/u).pop() ?? '';
  const level = BEFORE_LEVEL.exec(clause);
  if (level) return placeOfWord(level[1]!, 'level', false);
  const on = BEFORE_ON.exec(clause);
  if (on) return placeOfWord(on[1]!, 'on', false);
  const gen = BEFORE_GENITIVE.exec(clause);
  if (gen) {
    const p = placeOfWord(gen[1]!, 'genitive', false);
    if (p && !('holder' in p && p.holder !== 'pod')) return p;
  }
  const parent = BEFORE_PARENT.exec(clause);
  if (parent) return placeOfWord(parent[1]!, 'parent', true);
  const setIn = BEFORE_SET_IN.exec(clause);
  if (setIn) {
    const p = placeOfWord(setIn[1]!, 'set-in', false);
    if (p && 'holder' in p) return p;
  }
  return undefined;
}

/**
 * rules39: a field set to a value in code (`\`restartPolicy: Always\``, `\`hostNetwork=true\``) right
 * after a holder and a verb of setting (BEFORE_SET_IN): the key, when the API has it at that place.
 */
export function fieldSetAt(before: string, code: string): { key: string; field: FieldOccurrence } | undefined {
  const m = /^([a-z][A-Za-z0-9]*)\s*(?::\s+|=)\s*\S+$/.exec(code.trim());
  if (!m) return undefined;
  const clause = before.split(/[。；;！!？?，,：:]/u).pop() ?? '';
  const setIn = BEFORE_SET_IN.exec(clause);
  const place = setIn ? placeOfWord(setIn[1]!, 'set-in', false) : undefined;
  if (!place || !('holder' in place)) return undefined;
  const field = fieldAtPlace(m[1]!, place, []);
  return field ? { key: m[1]!, field } : undefined;
}

/** The place the words right after a name give (`… 也可以挂在 SA 上`). */
export function placeAfter(after: string): FieldPlace | undefined {
  const m = AFTER_PLACE.exec(after);
  return m ? placeOfWord(m[1]!, 'after', false) : undefined;
}

/** The place a gloss that is only a level gives (`ServiceAccount 级`). */
export function placeInGloss(gloss: string): FieldPlace | undefined {
  const m = GLOSS_LEVEL.exec(gloss.normalize('NFKC').trim());
  return m ? placeOfWord(m[1]!, 'gloss', false) : undefined;
}

/**
 * The field of this name at the place, for the kinds the context is about (`owners`, most
 * specific first); undefined when the API has no such field there. `keyed` gives the field a
 * YAML example of the note sets for a kind, when the kind has the name at several places.
 */
export function fieldAtPlace(name: string, place: FieldPlace, owners: readonly string[], keyed?: (kind: string) => FieldOccurrence | undefined): FieldOccurrence | undefined {
  if ('holder' in place) {
    const h = PLACE_HOLDERS.find((x) => x.name === place.holder)!;
    return fieldAt('Pod', `${h.prefix}${name}`);
  }
  if ('kind' in place) {
    // where the note's example of the kind sets it, else the kind's one place for the name (the
    // catalogue lists a type once: `scaleUp` and `scaleDown` share one entry)
    const fromExample = keyed?.(place.kind);
    if (fromExample) return fromExample;
    const occs = [...fieldsNamed(name), ...configFieldsNamed(name)].filter((o) => o.owner === place.kind && o.name === name);
    if (occs.length > 1) return undefined;
    return occs[0] ?? fieldAt(place.kind, name) ?? fieldAt(place.kind, `spec.${name}`);
  }
  for (const o of owners) {
    for (const p of [...fieldsNamed(place.parent), ...configFieldsNamed(place.parent)]) {
      if (p.owner !== o) continue;
      const occ = fieldAt(o, `${p.path}.${name}`);
      if (occ) return occ;
    }
  }
  return undefined;
}

/**
 * A field at the shallowest place its owner has the name (`spec.restartPolicy`, not
 * `spec.initContainers[].restartPolicy`): the field that takes the name's short id; a deeper
 * place always takes an id with its path, whichever note is read first.
 */
export function atShallowestPlace(f: FieldOccurrence): boolean {
  const depth = (p: string) => p.split('.').length;
  const own = [...fieldsNamed(f.name), ...configFieldsNamed(f.name)].filter((o) => o.owner === f.owner);
  return own.length === 0 || depth(f.path) <= Math.min(...own.map((o) => depth(o.path)));
}

/** The chain of list items that hold `node` inside `blocks`, outermost first. */
export function enclosingItems(blocks: readonly RootContent[], node: RootContent): ListItem[] {
  const walk = (bs: readonly RootContent[], chain: ListItem[]): ListItem[] | undefined => {
    for (const b of bs) {
      if (b === node) return chain;
      if (b.type === 'list') {
        for (const item of (b as List).children) {
          if (item === (node as unknown)) return chain;
          const hit = walk(item.children as RootContent[], [...chain, item]);
          if (hit) return hit;
        }
      } else if (b.type === 'blockquote') {
        const hit = walk(b.children as RootContent[], chain);
        if (hit) return hit;
      }
    }
    return undefined;
  };
  return walk(blocks, []) ?? [];
}

/** The name a list item opens with, bold or in code, before its colon (`**from**：`, `` `to`: ``). */
export function itemLabel(item: ListItem): string | undefined {
  const p = item.children[0];
  if (!p || p.type !== 'paragraph') return undefined;
  const first = p.children[0];
  if (!first || (first.type !== 'strong' && first.type !== 'inlineCode')) return undefined;
  const label = (first.type === 'inlineCode' ? first.value : toString(first)).replace(/[:：]\s*$/u, '').trim();
  const next = p.children[1];
  const colon = /[:：]\s*$/u.test(first.type === 'inlineCode' ? '' : toString(first)) || (next?.type === 'text' && /^\s*[:：]/u.test(next.value));
  return colon && /^[a-z][A-Za-z0-9]*$/.test(label) ? label : undefined;
}

/**
 * The parent field an enclosing list item explains, nearest first (`- **from**：…` holding
 * `` - `podSelector`：… ``); the candidate's own item is not its parent.
 */
export function parentItemFields(blocks: readonly RootContent[], node: RootContent, name: string): string[] {
  const chain = enclosingItems(blocks, node);
  const own = chain[chain.length - 1];
  const ownLabel = own ? itemLabel(own) : undefined;
  const items = ownLabel === name ? chain.slice(0, -1) : chain;
  return items.map(itemLabel).filter((x): x is string => x !== undefined && x !== name).reverse();
}

/** A field a list's lead-in names as the one its items sit in: a written name or path, maybe of a kind. */
export interface LeadInParent {
  written: string;
  /** The kind a capitalised word before the name gives (`Cluster 的`). */
  kind?: string;
  /** The field a lower-case word before the name gives (`egress 的`). */
  within?: string;
}

/** A name or path in a code span: `to`, `limitResponse.queuing`, `status.recommendation.containerRecommendations[]`. */
const LEAD_IN_PATH = /^[a-z][A-Za-z0-9]*(?:\[\])?(?:\.[a-z][A-Za-z0-9]*(?:\[\])?)*$/;
/** The word right before it that names where it sits: `egress 的`, `Cluster 的`, `ingress 里的`. */
const LEAD_IN_OWNER = /(?<![A-Za-z0-9])([A-Za-z][A-Za-z0-9]*)\s*(?:的|里的|中的|下的)\s*$/u;

/**
 * rules20: the fields a paragraph that leads into a list names as the place of the list's items
 * (`egress 的 \`to\` 还能写这几种：`, `\`spec.strategy.rollingUpdate\` 下面有两个参数：`): the
 * paragraph ends in a colon, each code span in it that is a field's name or path is a place, the
 * last first; a lower-case word with 的 right before the span is the field it sits in (`egress`),
 * a capitalised one the kind (`Cluster 的 \`spec.affinity\``). Whether the API or the note has the
 * field there is the resolver's question.
 */
export function leadInParents(lead: Paragraph): LeadInParent[] {
  if (!/[:：]\s*$/u.test(toString(lead))) return [];
  const out: LeadInParent[] = [];
  let before = '';
  for (const n of lead.children) {
    if (n.type === 'inlineCode' && LEAD_IN_PATH.test(n.value.trim())) {
      const code = n.value.trim().replace(/\[\]$/, '');
      const clause = before.split(/[。；;！!？?，,：:、]/u).pop() ?? '';
      const owner = LEAD_IN_OWNER.exec(clause)?.[1];
      if (owner === undefined) out.push({ written: code });
      else out.push(/^[A-Z]/.test(owner) ? { written: code, kind: owner } : { written: code, within: owner });
    }
    before += toString(n);
  }
  return out.reverse();
}

/** The paragraph's plain text before and after the child that starts at (line, column). */
export function aroundPosition(p: Paragraph, line: number, column: number, name: string): { before: string; after: string; at: number } | undefined {
  let before = '';
  const kids: PhrasingContent[] = p.children;
  for (let k = 0; k < kids.length; k++) {
    const n = kids[k]!;
    const s = n.position?.start;
    const e = n.position?.end;
    if (!s || !e) return undefined;
    const startsHere = s.line === line && s.column === column;
    const inside = (s.line < line || (s.line === line && s.column <= column)) && (e.line > line || (e.line === line && e.column > column));
    if (startsHere || (inside && n.type !== 'text')) {
      let after = '';
      for (let j = k + 1; j < kids.length && after.length < 40; j++) after += toString(kids[j]!);
      return { before, after, at: k };
    }
    if (inside && n.type === 'text') {
      // a name inside running text: offset by lines and columns within the node
      const lines = n.value.split('\n');
      const li = line - s.line;
      if (li >= lines.length) return undefined;
      // (a continuation line's indentation is not in the node's value: the name is found on its line)
      const inLine = li === 0 ? column - s.column : lines[li]!.indexOf(name);
      if (inLine < 0) return undefined;
      const offset = lines.slice(0, li).reduce((a, l) => a + l.length + 1, 0) + inLine;
      return { before: before + n.value.slice(0, offset), after: n.value.slice(offset + (n.value.startsWith(name, offset) ? name.length : 0)), at: k };
    }
    before += toString(n);
  }
  return undefined;
}

/**
 * A kubectl command that prints an object: `kubectl get <type> [name] -o yaml|json|jsonpath=…`,
 * `kubectl edit <type> …` (`<type>` a resource type as kubectl takes it: singular, plural, short
 * name, `type.group`, `type/name`). What it prints is an object of that kind, so the fields the
 * text then reads off it (`metadata.managedFields`, `ownerReferences`) are that kind's.
 */
const PRINTS_OBJECT = /\bkubectl[ \t]+(?:-[\w-]+(?:[= ][^\s|;&#]+)?[ \t]+)*(get|edit)[ \t]+([a-z][\w.-]*(?:\/[\w.-]+)?)((?:[ \t]+[^\s|;&#]+)*)/gu;
const OUTPUT_OBJECT = /(?:^|[ \t])(?:-o|--output)(?:[ \t]+|=)['"]?(?:yaml|json|jsonpath|go-template)\b/u;

/** The kind a resource type names as kubectl takes it (`rs`, `pods`, `deployment.apps`, `pvc/data-0`), or undefined. */
export function kindOfResourceType(type: string): string | undefined {
  const t = type.split('/')[0]!.split('.')[0]!;
  if (t.length < 2) return undefined;
  const tries = [t, t.replace(/ies$/, 'y'), t.replace(/(?:ses|xes|ches|shes)$/, (m) => m.slice(0, -2)), t.replace(/s$/, '')];
  for (const x of tries) {
    const k = kindNamed(x);
    if (k !== undefined) return k;
  }
  return undefined;
}

/** The kinds of the objects the kubectl commands of a piece of code print, in order (`kubectl get deploy web -o yaml` → Deployment). */
export function kindsPrinted(code: string): string[] {
  const out: string[] = [];
  for (const m of code.matchAll(PRINTS_OBJECT)) {
    if (m[1] === 'get' && !OUTPUT_OBJECT.test(m[3] ?? '')) continue;
    const k = kindOfResourceType(m[2]!);
    if (k !== undefined && !out.includes(k)) out.push(k);
  }
  return out;
}

/** A name spelt like a field of an object (`excludedNamespaces`, `nameSuffix`), not a kind, key or value. */
const FIELD_NAME_SHAPE = /^[a-z][a-z0-9]*(?:[A-Z][a-z0-9]*)+$|^[a-z]{2,}$/;

/**
 * rules10: the field a name joined to a placed field in one label stands for (`**namePrefix /
 * nameSuffix：**`, `**includedNamespaces / excludedNamespaces**：…`): two names given one
 * explanation are things of one sort, so the name is the field beside the placed one — the same
 * owner, the same parent path. The catalogue's field at that path when the API has one; else a field
 * the catalogue does not know (a custom resource's, placed as its partner is). A name spelt otherwise
 * (a kind, a key, a value, a phrase) or the partner's own name is no sibling.
 */
export function siblingField(partner: FieldOccurrence, name: string): FieldOccurrence | undefined {
  if (!FIELD_NAME_SHAPE.test(name) || name === partner.name || kindNamed(name) !== undefined) return undefined;
  const cut = partner.path.lastIndexOf('.');
  const path = `${cut >= 0 ? partner.path.slice(0, cut + 1) : ''}${name}`;
  return fieldAt(partner.owner, path) ?? { name, owner: partner.owner, path, holder: partner.holder, type: '' };
}

/**
 * rules22: the kinds a field's definition says all have it — two kinds joined by a conjunction in
 * its first sentence, with at most a place word or the field's path between the first kind and the
 * conjunction (`ConfigMap 和 Secret 顶层都有这个字段`, `StorageClass 顶层和 PV 的 \`spec.mountOptions\`
 * 都有`, `把 ConfigMap 或 Secret 设成不可变`). The definition explains the field at both places, as
 * the label conventions list a field explained at two places twice. Returns the field at each of the
 * two kinds (each kind's one place for the name, `fieldAtPlace`), or nothing when a kind lacks it or
 * has it at several places, or the words between the kinds are more than a place (`Pod 用 Secret
 * 和…`: one kind uses the other).
 */
const JOINED_KINDS = /^\s*(?:顶层|级别?|上|里)?\s*(?:的\s*`[^`]+`\s*)?(?:和|与|或|跟|及|以及|、|\/)\s*$/u;
export function jointPlaces(sentence: string, name: string): FieldOccurrence[] {
  // (the kinds named, in order: whole words, not a capital inside a path, `spec.mountOptions`)
  const kinds = [...sentence.matchAll(/[A-Za-z][\w.]*/g)].flatMap((m) => {
    const kind = /^[A-Z]/.test(m[0]) ? kindNamed(m[0]) : undefined;
    return kind ? [{ kind, at: m.index, end: m.index + m[0].length }] : [];
  });
  for (let i = 0; i + 1 < kinds.length; i++) {
    const { kind: ka, end } = kinds[i]!;
    const { kind: kb, at } = kinds[i + 1]!;
    if (ka === kb || !JOINED_KINDS.test(sentence.slice(end, at))) continue;
    const both = [ka, kb].map((kind) => fieldAtPlace(name, { kind, cue: 'joint' }, []));
    if (both[0] && both[1]) return [both[0], both[1]];
  }
  return [];
}
