/**
 * rules26: the shapes of a list item's (or a paragraph's) opening label that make it a name by how
 * it is written, whatever the list it stands in. Pure functions of a string, read by definitions.ts;
 * the unit tests (tests/unit/graph/miner-rules26.test.ts) run examples and look-alikes.
 *
 *   codeNameBySpelling  `` - `auditID`：… ``, `` - `system-cluster-critical`：… ``: a code span spelt as an
 *                       identifier no value of a field is spelt like (a lower-case word with a capital
 *                       inside, lower-case words joined by hyphens, or (rules25b) words joined by
 *                       underscores: CODE_NAME_SPELLINGS) is a name of its own, a new term
 *                       when nothing known has it; a capitalised word (`Never`, `RollingUpdate`) or a
 *                       plain word (`none`, `files`) is as often a field's value or a field, and a
 *                       name with an ordinal (`web-0`) one object's name.
 *   boldNameBySpelling  `2. **WaitForCacheSync**：…` under `**注意**：`, `- **版本偏差策略（version skew
 *                       policy）**：…` under `升级前的检查清单：`: a bold label spelt as a proper name
 *                       (capitals inside a word, or several capitalised words) or a name given in two
 *                       languages with an English name of several words is a concept even where the
 *                       list is one of remarks or checks, whose other labels (`**有过期时间**`,
 *                       `**绑定受众（audience）**`) say something about the thing the list is about.
 */
import { closingParen } from '../title-names.ts';
import { fieldsNamed } from '../vocabulary/index.ts';

/** A spelling of a code span that no value of a field has: a name, an example of it, a look-alike. */
export interface CodeNameSpelling {
  name: string;
  test: RegExp;
  example: string;
  lookAlike: string;
}

/**
 * The spellings that make a code span opening an item with a colon a name of its own (the unit
 * tests run each example and look-alike):
 *   camel          a lower-case word with a capital inside (`auditID`, `objectRef`)
 *   hyphen-joined  lower-case words joined by hyphens (`kubelet-config`); not an object's name with an
 *                  ordinal (`web-0`, `mysql-1`)
 *   snake          rules25b: words joined by underscores, lower-case first (`kube_pod_status_phase`,
 *                  `node_memory_MemAvailable_bytes`, `retention_period`): a metric, a tool's setting
 *   upper-snake    rules25b: the same in capitals (`WARM_IP_TARGET`, `CAP_NET_ADMIN`): an environment
 *                  variable, a capability
 * The API spells no field and no value with underscores (fields are camelCase, values capitalised
 * words or plain words). Counted before they were built (all dev sets, such a span opening a list
 * item with a colon, outside fences): 36 labelled (2 found before) / 1 unlabelled (`limit_by` of an API
 * gateway's plugin), in 7 sets; none in dev…dev38 (docs/miner.md "rules25b").
 */
export const CODE_NAME_SPELLINGS: readonly CodeNameSpelling[] = [
  { name: 'camel', test: /^[a-z][a-z0-9]*[A-Z][A-Za-z0-9]*$/, example: 'requestURI', lookAlike: 'OnFailure' },
  { name: 'hyphen-joined', test: /^[a-z][a-z0-9]*(?:-[a-z][a-z0-9]*)+$/, example: 'node-local-dns', lookAlike: 'web-0' },
  { name: 'snake', test: /^[a-z][a-z0-9]*(?:_[A-Za-z0-9]+)+$/, example: 'kube_pod_status_phase', lookAlike: '_total' },
  { name: 'upper-snake', test: /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/, example: 'WARM_IP_TARGET', lookAlike: 'Foo_Bar' },
];

/** The test of one spelling of CODE_NAME_SPELLINGS, by its name (for rules that take some of them). */
export function codeSpellingTest(name: string): RegExp {
  const s = CODE_NAME_SPELLINGS.find((k) => k.name === name);
  if (!s) throw new Error(`no code-name spelling named ${name}`);
  return s.test;
}

/** The spelling (CODE_NAME_SPELLINGS) that makes a code span a name of its own, or undefined. */
export function codeNameSpelling(code: string): string | undefined {
  const text = code.trim();
  return CODE_NAME_SPELLINGS.find((s) => s.test.test(text))?.name;
}

export function codeNameBySpelling(code: string): boolean {
  return codeNameSpelling(code) !== undefined;
}

/** Capitals inside one word (`WaitForCacheSync`, `PodDisruptionBudget`), or two to four capitalised words (`Pod Security Admission`). */
const PROPER_NAME = /^(?:[A-Z][a-z0-9]+[A-Z][A-Za-z0-9]*|[A-Z][A-Za-z0-9]*(?: [A-Z][A-Za-z0-9]*){1,3})$/;
/** An English name of several words (`version skew policy`). */
const ENGLISH_NAME = /^[A-Za-z][A-Za-z0-9-]*(?: [A-Za-z][A-Za-z0-9-]*){1,4}$/;
/** A Chinese character. */
const HAN = /[\u3400-\u9fff]/u;

export function boldNameBySpelling(label: string): boolean {
  const text = label.normalize('NFKC').trim().replace(/[:：]\s*$/u, '');
  const gloss = closingParen(text);
  const core = gloss ? gloss.before : text;
  if (PROPER_NAME.test(core)) return true;
  // `版本偏差策略（version skew policy）`: a Chinese name with its English name of several words
  return gloss !== undefined && HAN.test(core) && [...core].length <= 10 && ENGLISH_NAME.test(gloss.inside.trim());
}

/**
 * rules39: `- **shareProcessNamespace=true：** 让 Pod 内所有容器…` under `以前的土办法：`: a bold label
 * that sets a Kubernetes field to a value names the field (label conventions, "`key=value` terms")
 * even in a list of ways or remarks — the way is to set that field, and the item says what it does.
 * The key must be a field of the API as spelt there (`restartPolicy`, `spec.activeDeadlineSeconds`),
 * not a project's annotation or a flag (`sidecar.istio.io/inject=false`, `--v=4`).
 */
const SETS_FIELD = /^`?((?:[a-z][A-Za-z0-9]*(?:\[\])?\.)*[a-z][A-Za-z0-9]*)\s*=\s*[^=\s`]+`?$/;

/**
 * lead43: `三种方式：` then `2. **envFrom**：整个 ConfigMap 的键全部变成环境变量…`: a bold label spelt
 * exactly as a field of the API, a lower-case word with a capital inside (`envFrom`, `timeoutSeconds`),
 * names that field even in a list of ways or remarks — the way is that field. A plain lower-case
 * word (`env`, `command`, `exec`) stays the list's way or remark, as before: it is as often an
 * everyday word or an action as the field of the same spelling.
 */
const CAMEL_FIELD = /^[a-z][a-z0-9]*[A-Z][A-Za-z0-9]*$/;

export function boldNamesField(label: string): boolean {
  const name = label.normalize('NFKC').trim().replace(/[:：]\s*$/u, '').trim().replace(/^`|`$/g, '');
  return CAMEL_FIELD.test(name) && fieldsNamed(name).some((o) => o.name === name);
}

export function boldSetsField(label: string): boolean {
  const m = SETS_FIELD.exec(label.normalize('NFKC').trim().replace(/[:：]\s*$/u, '').trim());
  if (!m) return false;
  const name = m[1]!.split('.').pop()!.replace(/\[\]$/, '');
  return fieldsNamed(name).some((o) => o.name === name);
}
