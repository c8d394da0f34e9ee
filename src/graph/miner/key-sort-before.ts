/**
 * rules28, `prose-key-sort`: a key written as domain/name (label-rules.ts `isQualifiedKey`) brought
 * into a sentence by the sort of key it is, written before it, and the sentence going on to say
 * something more: `给 Pod 加注解 \`backup.acme.io/volumes\`，值为卷名列表`, `靠标签
 * \`kubernetes.io/service-name\` 关联到 Service`, `类型是 \`kubernetes.io/tls\`，里面必须有…`,
 * `Pod 用标签 \`queue.acme.dev/group\` 加入组`. Naming the sort before the key is how a writer
 * introduces a label, an annotation, a taint, a finalizer or a Secret type as a thing of its own;
 * key-shapes.ts (`prose-key-category`) reads the sort written after the key.
 *
 * Not read: a key inside an aside in parentheses (`（1.27 之前的注解是 \`x\`）`), one of an
 * enumeration (`标签 \`a\`、\`b\``), a key the sentence stops at (`需要命名空间标签 \`x=\`。`: named,
 * not said anything of), a key that is a place the sentence puts something in (`存在注解 \`x\` 里`),
 * a key a clause says a Latin name is (`sync wave 是写在资源上的注解 \`x\``: another name of that name),
 * an API group and version (`events.k8s.io/v1`), a key under a domain reserved for examples
 * (`example.com`, RFC 2606: an illustration, not a key of any project). A value set on the key
 * (`: "true"`, `=data`, `:NoSchedule`) is skipped before the rest of the sentence is read. A pure
 * function of a paragraph's flat text, so the unit tests run examples and look-alikes; prose.ts
 * reads it.
 */
import { inAside } from './key-shapes.ts';
import { isQualifiedKey } from './label-rules.ts';

/** The sorts of key a writer names before one (the noun may follow a verb: `加注解`, `打上标签`, `类型为`). */
export const KEY_SORTS_BEFORE = ['注解', '标签', '污点', '注释', '类型是', '类型为', '类型', 'finalizer', 'annotation', 'label', 'taint'] as const;

const SORT_BEFORE = new RegExp(`(?:${KEY_SORTS_BEFORE.join('|')})\\s*$`, 'iu');
const KEY = /(?<![\w./-])[a-z0-9][\w.-]*\.[a-z]{2,}\/[\w.-]*\w(?![\w/])/giu;
/** An API group and version (`events.k8s.io/v1`, `kueue.x-k8s.io/v1beta1`), not a key. */
export const GROUP_VERSION = /\/v\d+(?:(?:alpha|beta)\d*)?$/;
/** Domains reserved for examples (RFC 2606): `example.com`, `demo.example.org`, `x.test`. */
export const EXAMPLE_DOMAIN = /(?:^|\.)(?:example\.(?:com|org|net)|[\w-]+\.(?:example|test|invalid))\//i;
/** A value set on the key, right after it: `: "true"`, `=data,logs`, `:NoSchedule`, `: enabled`. */
const VALUE = /^(?:\s*[:=]\s*(?:"[^"\n]*"|'[^'\n]*'|[^\s，。；,;：:（(、]*))?/u;
/** After the key: one of an enumeration, or a place the key is (`注解 x 里`). */
const NOT_SAID = /^\s*(?:[、]|和|或|及|以及|里|中|内)/u;
/** A clause whose subject, a Latin name, the copula says is the key (`sync wave 是写在资源上的注解 x`): the key is another name of it. */
const NAME_IS = /^\s*[A-Za-z][\w .-]*?\s*(?:则|就|其实|也)?是/u;
/** The sentence stops right after the key. */
const STOPS = /^\s*(?:[。.；;！!？?]|$)/u;

export interface KeyAfterSort {
  key: string;
  /** The sort written before it. */
  sort: string;
  /** Offset of the key in the text. */
  index: number;
}

/** Keys written as domain/name, after the sort of key they are, in a sentence that goes on about them. */
export function keysAfterTheirSort(text: string): KeyAfterSort[] {
  const out: KeyAfterSort[] = [];
  for (const m of text.matchAll(KEY)) {
    const key = m[0];
    const at = m.index!;
    const sort = SORT_BEFORE.exec(text.slice(Math.max(0, at - 12), at));
    if (!sort || !isQualifiedKey(key) || GROUP_VERSION.test(key) || EXAMPLE_DOMAIN.test(key) || inAside(text, at)) continue;
    // `标签 \`a\`、\`b\``: the key before it in an enumeration is as much in passing
    const head = text.slice(0, at - sort[0].length);
    if (/[、]\s*$/u.test(head)) continue;
    // `rollout pause 是写在对象上的注解 \`x\``: the clause's subject is what the key is, defined there
    if (NAME_IS.test(head.slice(Math.max(...[...'，,；;。：:！!？?\n'].map((ch) => head.lastIndexOf(ch))) + 1))) continue;
    const rest = text.slice(at + key.length);
    const after = rest.slice(VALUE.exec(rest)![0].length);
    if (NOT_SAID.test(after) || STOPS.test(after)) continue;
    out.push({ key, sort: sort[0].trim(), index: at });
  }
  return out;
}

/** Where a clause ends. */
const CLAUSE_END = /[，,。；;！!？?\n]/u;

/**
 * Inside the definition a label opens (`**按需注入：** 在 Pod 上加注解 \`x\`，…`), a key in the first
 * clause after the label's colon is how the label is done — the label is the key's effect, and the
 * key another name of it — not a second thing the paragraph explains; further on (`…。它通过标签
 * \`x\` 关联到 Service`) it is a key of its own. `text` is the paragraph's flat text, `at` the key's offset.
 */
export function keyIsTheLabelsMeans(text: string, at: number): boolean {
  const colon = text.search(/[:：]/u);
  if (colon < 0 || colon > at) return false;
  const end = text.slice(colon + 1).search(CLAUSE_END);
  return end < 0 || at < colon + 1 + end;
}
