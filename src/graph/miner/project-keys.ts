/**
 * rules37: the names an ecosystem project gives to what its users set and run — its annotation and
 * label keys, its configuration keys and environment variables, its components — explained in
 * running prose. Pure functions of a string and small tables of words, so the unit tests
 * (tests/unit/graph/miner-rules37.test.ts) run examples and look-alikes; prose.ts reads them.
 */
import { EXAMPLE_DOMAIN, GROUP_VERSION } from './key-sort-before.ts';
import { isQualifiedKey } from './label-rules.ts';

/**
 * A code span that is a key written as domain/name (`` `autoscaling.acme.dev/target` ``), as a
 * subject of running prose: the key, or undefined for anything else — an API group and version
 * (`serving.acme.dev/v1`), a key under a domain reserved for examples, a key set to a value
 * (`` `x.io/y: "true"` ``, read by prose.ts `valuesWithEffect`).
 */
export function keyOfCodeSpan(value: string): string | undefined {
  const v = value.trim();
  if (!/^[a-z0-9][\w.-]*\.[a-z]{2,}\/[\w.-]*\w$/u.test(v)) return undefined;
  if (!isQualifiedKey(v) || GROUP_VERSION.test(v) || EXAMPLE_DOMAIN.test(v)) return undefined;
  return v;
}

/** A label or configuration key spelt lower-case with hyphens (`istio-injection`, `enable-scale-to-zero`): never a field of an API, whose fields are camelCase. */
export const HYPHENATED_KEY = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)+$/u;

/**
 * The key of a setting written `key=value` or `key: value` (`istio.io/dataplane-mode=ambient`,
 * `sidecar.acme.io/inject: "false"`, `mesh-injection=enabled`), when the key is a project's: a
 * domain/name key, or a hyphenated lower-case key. A camelCase key (`shareProcessNamespace=true`) is
 * a field, read by the field rules; a flag (`--dry-run=client`) is no key.
 */
export function projectKeyOfSetting(label: string): string | undefined {
  const m = /^`?([a-z0-9][\w./-]*?)\s*(?:=|:\s*)\s*["']?[^\s"'=:]+["']?`?$/u.exec(label.trim());
  if (!m) return undefined;
  const key = m[1]!;
  return keyOfCodeSpan(key) ?? (HYPHENATED_KEY.test(key) ? key : undefined);
}

/** The words a writer names an environment variable's sort with, before it or right after it. */
export const ENV_SORTS_BEFORE = ['环境变量', 'env var', 'env variable', 'environment variable'] as const;

/** Before the sort: the variable is the means of something else (`通过环境变量 X 传给插件`), not what the sentence is about. */
const MEANS_BEFORE = /(?:通过|经由|借助|靠|用)\s*$/u;
const ENV_NAME = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*$/u;
/** A value set on it right after (`=true`, `: "1"`). */
const ENV_VALUE = /^(?:\s*[:=]\s*(?:"[^"\n]*"|'[^'\n]*'|[^\s，。；,;：:（(、]*))?/u;
/** After the name: one of an enumeration, a place it is in, or the end of the sentence. */
const ENV_NOT_SAID = /^\s*(?:[、]|和|或|及|以及|里|中|内|的|[。.；;！!？?]|$)/u;

export interface NamedAfterSort {
  name: string;
  /** Offset of the name in the text. */
  index: number;
  /** Offset just past the name (a value set on it not included). */
  end: number;
}

/**
 * rules37 `prose-env-sort`: an environment variable a project sets or reads, brought into a sentence
 * by its sort and the sentence going on to say what it does: `给 istiod 配上环境变量
 * \`ENABLE_X=true\`，Istio 就会…`, `把 sink 地址以环境变量 \`K_TARGET\` 注入到…`, `- 环境变量
 * \`JOB_INDEX\` 由控制器自动注入`; or, a name spelt with underscores, with the sort right after it
 * (`DIFF_TOOL 环境变量用来指定外部程序`). `text` is the paragraph's flat text (code spans without backticks),
 * `isCode(at)` whether an offset is inside a code span: a name after its sort must be one. Not read: the means
 * of something else (`通过环境变量 \`X\` 把信息传给插件`), an aside in parentheses, a name the
 * sentence stops at, one of an enumeration, a place (`环境变量 \`X\` 里`), a bare name followed by a comma
 * (`环境变量 \`X\`，程序启动时读一次`: rules15's look-alike, though the corpus labels that shape).
 */
export function envVarsAfterTheirSort(text: string, isCode: (at: number) => boolean): NamedAfterSort[] {
  const out: NamedAfterSort[] = [];
  const sortRe = new RegExp(`(?:${ENV_SORTS_BEFORE.join('|')})\\s*`, 'giu');
  for (const m of text.matchAll(sortRe)) {
    const at = m.index! + m[0].length;
    const name = /^[A-Za-z][A-Za-z0-9_]*/u.exec(text.slice(at))?.[0];
    if (name === undefined || !ENV_NAME.test(name) || name.length < 2 || !isCode(at)) continue;
    if (MEANS_BEFORE.test(text.slice(Math.max(0, m.index! - 4), m.index!)) || inAsideAt(text, m.index!)) continue;
    const rest = text.slice(at + name.length);
    const value = ENV_VALUE.exec(rest)![0];
    const after = rest.slice(value.length);
    // (a bare name and a comma, `环境变量 \`X\`，程序启动时读一次`: rules15 reads nothing said of it)
    if (ENV_NOT_SAID.test(after) || (value === '' && /^\s*[，,]/u.test(after))) continue;
    out.push({ name, index: at, end: at + name.length });
  }
  // `KUBE_DIFF_TOOL 环境变量用来指定…`: the sort written after a name spelt with underscores
  for (const m of text.matchAll(ENV_NAME_THEN_SORT)) {
    const at = m.index!;
    if (MEANS_BEFORE.test(text.slice(Math.max(0, at - 4), at)) || inAsideAt(text, at) || /^\s*(?:[，,]|$)/u.test(text.slice(at + m[0].length)) || ENV_NOT_SAID.test(text.slice(at + m[0].length))) continue;
    if (out.some((o) => o.index === at)) continue;
    out.push({ name: m[1]!, index: at, end: at + m[1]!.length });
  }
  return out;
}

/** An environment variable spelt with underscores, then its sort (`X_Y 环境变量`, `X_Y 这个环境变量`). */
const ENV_NAME_THEN_SORT = new RegExp(`(?<![\\w])([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)\\s*(?:这个)?\\s*(?:${ENV_SORTS_BEFORE.join('|')})`, 'gu');

/** Whether an offset sits inside parentheses opened earlier in its sentence. */
function inAsideAt(text: string, at: number): boolean {
  const start = Math.max(text.lastIndexOf('。', at), text.lastIndexOf('\n', at));
  const before = text.slice(start + 1, at);
  return (before.match(/[（(]/gu) ?? []).length > (before.match(/[）)]/gu) ?? []).length;
}

/**
 * The sorts of a project's running parts a writer names after `这个` (`node-agent 这个 DaemonSet`,
 * `proxy-injector 这个 webhook`, `mesh-init 这个 init 容器`, `edge-gateway 这个独立部署的 Envoy`): a
 * workload, a container, a process, a proxy. Not the objects a user names (a Pod, a Service, a
 * ConfigMap, a PVC, a chart: `mysql-1 这个 Pod`, `pg-main-rw 这个 Service`), which are instances in
 * the example, not parts of a project. Envoy is here as the proxy many projects deploy.
 */
export const COMPONENT_SORTS = ['DaemonSet', 'Deployment', 'StatefulSet', 'webhook', 'init 容器', 'sidecar 容器', 'sidecar', '初始化容器', '容器', '组件', '守护进程', '进程', '代理', 'proxy', 'Envoy', '控制器', '调度器', 'agent'] as const;

/** A component's name: lower-case words joined by hyphens (`node-agent`, `linkerd2-proxy`). */
const COMPONENT_NAME = /(?<![\w./:-])([a-z][a-z0-9]*(?:-[a-z0-9]+)+)(?![\w./:-])/gu;
const THIS_SORT = new RegExp(`^\\s*(?:这个|这一个)\\s*(?:[\\u4e00-\\u9fff]{1,8}的\\s*)?(?:${COMPONENT_SORTS.map((s) => s.replace(/ /g, '\\s*')).join('|')})(?![A-Za-z])`, 'u');

/**
 * rules37 `prose-component-this`: a project's component named with `这个` and the sort of running
 * part it is (COMPONENT_SORTS), anywhere in a sentence: `原理是 node-agent 这个 DaemonSet 挂载宿主机
 * 的目录`, `由 mesh-injector 这个 webhook 在 Pod 创建时注入代理`, `绑定在 edge-gateway 这个独立部署的
 * Envoy 上`. Pointing at the name and saying what sort of part it is presents it as a thing of its
 * own (prose.ts THIS_CATEGORY reads the same at a clause's start, for more sorts). Not in an aside.
 */
export function componentsWithThisSort(text: string): NamedAfterSort[] {
  const out: NamedAfterSort[] = [];
  for (const m of text.matchAll(COMPONENT_NAME)) {
    const at = m.index!;
    const end = at + m[1]!.length;
    if (!THIS_SORT.test(text.slice(end)) || inAsideAt(text, at)) continue;
    out.push({ name: m[1]!, index: at, end });
  }
  return out;
}

/** The workloads a project's component runs as. */
export const COMPONENT_WORKLOADS = ['DaemonSet', 'Deployment', 'StatefulSet', '静态 Pod', 'sidecar'] as const;
const RUNS_AS = new RegExp(`^\\s*(?:[（(][^（）()]{1,40}[）)])?\\s*(?:[：:，,]\\s*它)?\\s*(?:也|则|会|都|就)?\\s*(?:以|作为)\\s*(?:一个)?\\s*(?:${COMPONENT_WORKLOADS.map((s) => s.replace(/ /g, '\\s*')).join('|')})\\s*(?:的?(?:方式|形式))?\\s*(?:运行|部署|跑|常驻)`, 'u');

/**
 * rules37 `prose-component-runs`: a project's component said to run as a workload, the way a reader
 * of the cluster meets it: `node-metrics 以 DaemonSet 的方式跑在每个节点上，…`, `一般会部署
 * disk-provisioner（本地卷供应器）：它以 DaemonSet 运行，扫描…`. The name is spelt like a component
 * (lower-case words joined by hyphens: a plain word, `server 以 Deployment 跑在…`, is a part's
 * role, not its name). Not in an aside.
 */
export function componentsRunAs(text: string): NamedAfterSort[] {
  const out: NamedAfterSort[] = [];
  for (const m of text.matchAll(COMPONENT_NAME)) {
    const at = m.index!;
    const end = at + m[1]!.length;
    if (!RUNS_AS.test(text.slice(end)) || inAsideAt(text, at)) continue;
    out.push({ name: m[1]!, index: at, end });
  }
  return out;
}
