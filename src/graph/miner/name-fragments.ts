/**
 * fix28: a part of a longer API name is no term of its own (issue 12 item 4). A chapter explaining
 * `requiredDuringSchedulingIgnoredDuringExecution` goes on to say what its second half means
 * (`IgnoredDuringExecution 表示 Pod 运行之后…`): that half is a piece of the field's name, read
 * as a word, not a new concept. The rule (`NAME_FRAGMENT_RULE`): a new term whose name is a
 * PascalCase word of two humps or more that the note writes, elsewhere, inside a longer
 * identifier, starting mid-word at a hump (after a lower-case letter or a digit), where the longer
 * identifier is a name the API has (a field, an enum value, a state), makes no concept. A name
 * that only opens a longer one (`ReadWriteOnce` in `ReadWriteOncePod`) is a name of its own, and so
 * is a name the API has itself (`NodePort`, `LoadBalancer` inside `allocateLoadBalancerNodePorts`;
 * `BestEffort`): measured on the dev sets, those are values the chapters explain. Only a name read
 * in running text (a bold label or a list lead sets a name out: dev22 bolds `IgnoredDuringExecution`
 * and its labels list it; the QA's chapter only writes it in a sentence).
 */
import { fieldsNamed, isEnumValue, kindNamed, statesNamed } from '../vocabulary/index.ts';

export const NAME_FRAGMENT_RULE = {
  name: 'name-fragment',
  /** The shape of a name that can be a fragment: two PascalCase humps or more. */
  fragment: /^[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]+)+$/,
  example: { name: 'IgnoredDuringExecution', text: '`requiredDuringSchedulingIgnoredDuringExecution`：硬性要求' },
  lookAlike: { name: 'ReadWriteOnce', text: '`ReadWriteOncePod`：只能被一个 Pod 挂载' },
} as const;

/** The longer API name of the note that `name` is a part of, mid-word (see the module comment). */
export function fragmentOf(name: string, text: string): string | undefined {
  if (!NAME_FRAGMENT_RULE.fragment.test(name) || apiName(name)) return undefined;
  for (const m of text.matchAll(/[A-Za-z][A-Za-z0-9]*/g)) {
    const word = m[0];
    if (word.length <= name.length) continue;
    let at = word.indexOf(name, 1);
    while (at > 0) {
      if (/[a-z0-9]/.test(word[at - 1]!) && apiName(word)) return word;
      at = word.indexOf(name, at + 1);
    }
  }
  return undefined;
}

function apiName(word: string): boolean {
  const lower = word[0]!.toLowerCase() + word.slice(1);
  return fieldsNamed(word).length > 0 || fieldsNamed(lower).length > 0 || isEnumValue(word) || statesNamed(word).length > 0 || kindNamed(word) !== undefined;
}
