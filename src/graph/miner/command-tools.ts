import { stripColon } from '../labels.ts';
import { PROSE_PREDICATES } from './prose-predicates.ts';

/**
 * bold6: the one home of the names of command-line tools. Each tool is written down once, with what
 * the miner uses it for; the lists and regexes the rules read are derived from this table, and no
 * other module spells a tool's name for those uses.
 *
 * What a tool is used for (`uses`):
 * - `command`: its subcommands are commands the candidate rules read as names (`kubectl drain`,
 *   `etcdctl snapshot save`, `istioctl analyze`, `clusterctl init`): isCommandName, isFlaggedCommand,
 *   prose.ts commandOf. The list (`COMMAND_TOOLS`) is a feature of the learned scorer.
 * - `explained`: its subcommands are read as terms by the resolver only, where the label opens the
 *   passage that explains it (`**ip netns**：…`, `` `virtctl migrate` 会… ``): isToolCommand.
 * - `shell-line`: a label that opens with it and an argument or flag is a command line, not a name
 *   (label-rules.ts `command-line`), unless it is a command's name.
 *
 * Where a tool comes from (`group`), as the rounds listed them:
 * - `kubernetes` (rules10): Kubernetes's own tools, whose subcommands notes explain as steps
 *   (kubernetes.io/docs/reference/kubectl, …/setup-tools/kubeadm, etcd.io/docs operations guide,
 *   cri-tools, helm.sh/docs/helm, containerd's nerdctl and ctr).
 * - `ecosystem` (rules12): the CLIs of the ecosystem projects study notes cover, explained the same
 *   way (`` - `istioctl analyze`：… ``, `` `flux reconcile` 本质上是… ``). Source: each project's CLI
 *   reference (istio.io istioctl, linkerd.io CLI, velero.io CLI, docs.cilium.io cilium and hubble
 *   CLIs, fluxcd.io flux CLI, argo-cd.readthedocs.io argocd CLI, kubectl.docs.kubernetes.io
 *   kustomize, sealed-secrets kubeseal, tekton.dev tkn, docs.ceph.com ceph, docs.crossplane.io
 *   crossplane CLI, cert-manager.io cmctl).
 * - `around-cluster` (rules35): the main CLI of a project a learner meets on the way to or around a
 *   cluster, whose subcommands notes explain the way they explain kubectl's (`` `clusterctl init`
 *   往管理集群里装… ``, `` `karmadactl join`：把成员集群注册为… ``, `` `trivy image` 会拉取镜像… ``,
 *   `` `minikube tunnel` 把… ``): local and managed clusters (kind, minikube, k3d, eksctl, kops,
 *   talosctl), cluster lifecycle and fleets (clusterctl, karmadactl, vcluster), the network's and the
 *   policy engines' own CLIs (calicoctl, kyverno, kubescape, kube-bench), the supply chain (trivy,
 *   cosign, syft, grype) and controller scaffolding (kubebuilder, operator-sdk). Source: each
 *   project's CLI reference (kind.sigs.k8s.io, minikube.sigs.k8s.io, k3d.io, eksctl.io,
 *   kops.sigs.k8s.io, talos.dev, cluster-api.sigs.k8s.io clusterctl, karmada.io karmadactl,
 *   vcluster.com, docs.tigera.io calicoctl, kyverno.io CLI, kubescape.io, aquasecurity kube-bench and
 *   trivy, sigstore cosign, anchore syft and grype, book.kubebuilder.io, sdk.operatorframework.io).
 * - `project` (resolve5): the main CLIs of projects study notes on Kubernetes explain, which the
 *   candidate rules do not read as commands (KubeVirt's virtctl, KubeEdge's keadm, OpenYurt's
 *   yurtadm, Dapr's dapr, K3s's k3s, Knative's kn; each project's CLI reference).
 * - `host`: the node's own tools. Those notes on the node's network and images explain subcommand by
 *   subcommand are `explained` (iproute2's `ip` and `bridge`, docker, podman, buildah; man pages
 *   ip(8), bridge(8), docs.docker.com CLI reference); general tools run in passing (`systemctl`,
 *   `curl`, `iptables`) only mark a command line: their subcommands take arguments (`systemctl
 *   restart kubelet`) and name nothing of their own. `sudo` is no tool but opens command lines the
 *   same way.
 *
 * A name is a command only as the tool and one to three lower-case subcommand words (and, for
 * isFlaggedCommand and isToolCommand, mode flags without a value); arguments make a command line.
 */
export type ToolUse = 'command' | 'explained' | 'shell-line';
export type ToolGroup = 'kubernetes' | 'ecosystem' | 'around-cluster' | 'project' | 'host';

export interface CommandTool {
  readonly name: string;
  readonly group: ToolGroup;
  readonly uses: readonly ToolUse[];
}

const tools = (group: ToolGroup, uses: readonly ToolUse[], names: string): CommandTool[] => names.split(' ').map((name) => ({ name, group, uses }));

export const TOOLS: readonly CommandTool[] = [
  ...tools('kubernetes', ['command', 'shell-line'], 'kubectl kubeadm etcdctl'),
  ...tools('kubernetes', ['command'], 'etcdutl'),
  ...tools('kubernetes', ['command', 'shell-line'], 'crictl helm'),
  ...tools('kubernetes', ['command'], 'nerdctl ctr'),
  ...tools('ecosystem', ['command'], 'istioctl linkerd velero cilium hubble flux argocd kustomize kubeseal tkn ceph crossplane cmctl'),
  ...tools('around-cluster', ['command'], 'kind minikube k3d eksctl kops talosctl clusterctl karmadactl vcluster calicoctl kyverno kubescape kube-bench trivy cosign syft grype kubebuilder operator-sdk'),
  ...tools('project', ['explained'], 'virtctl keadm yurtadm dapr k3s kn'),
  ...tools('host', ['explained', 'shell-line'], 'ip'),
  ...tools('host', ['explained'], 'bridge'),
  ...tools('host', ['explained', 'shell-line'], 'docker'),
  ...tools('host', ['explained'], 'podman buildah'),
  ...tools('host', ['shell-line'], 'sudo curl systemctl iptables ipvsadm'),
];

const namesFor = (keep: (t: CommandTool) => boolean): readonly string[] => TOOLS.filter(keep).map((t) => t.name);

/** Tools whose subcommands the candidate rules read as commands (a feature of the learned scorer). */
export const COMMAND_TOOLS: readonly string[] = namesFor((t) => t.uses.includes('command'));
/** rules35's part of COMMAND_TOOLS: the CLIs of the projects around a cluster. */
export const ECOSYSTEM_TOOLS: readonly string[] = namesFor((t) => t.group === 'around-cluster');
/** Tools whose commands the resolver alone reads as terms, where the label opens their explanation. */
export const EXPLAINED_TOOLS: readonly string[] = namesFor((t) => t.uses.includes('explained'));
/** Tools (and `sudo`) that, followed by an argument or a flag, open a command line. */
export const SHELL_LINE_TOOLS: readonly string[] = namesFor((t) => t.uses.includes('shell-line'));

const alternation = (names: readonly string[]): string => names.join('|');

/** One of COMMAND_TOOLS, the whole string (prose.ts: the first word of a command line). */
export const COMMAND_TOOL = new RegExp(`^(?:${alternation(COMMAND_TOOLS)})$`);
const COMMAND_NAME = new RegExp(`^(?:${alternation(COMMAND_TOOLS)})(?: [a-z][a-z-]*){1,3}$`);
const FLAGGED_COMMAND = new RegExp(`^(?:${alternation(COMMAND_TOOLS)})(?: [a-z][a-z-]*){1,3}(?: --?[a-z][a-z-]*){1,2}$`);
const TOOL_COMMAND = new RegExp(`^(?:${alternation(EXPLAINED_TOOLS)})(?: [a-z][a-z-]*){1,3}(?: --?[a-z][a-z-]*){0,2}$`);
/** A command line: a prompt (`$ `, `# `), or a SHELL_LINE_TOOLS tool and an argument or a flag. */
export const SHELL_LINE = new RegExp(`^\\s*(\\$\\s|#\\s|(${alternation(SHELL_LINE_TOOLS)})\\s+[-a-z])`);

/**
 * fieldeq45 (issue 12 item 4): kubectl's command grammar — which words after `kubectl` are the command and which are
 * its arguments — so that a command written with an object's name (`` - `kubectl edit deploy web`：直接改线上对象 ``,
 * `` `kubectl delete job xxx` 默认会级联删除 Pod ``) is read as a command line, not as the name `kubectl edit deploy
 * web`: a lower-case name looks like a subcommand word to COMMAND_NAME. Source: the kubectl reference
 * (kubernetes.io/docs/reference/kubectl/generated/, each command's page: its subcommands and its arguments' form,
 * `kubectl edit (RESOURCE/NAME | -f FILENAME)`, `kubectl create deployment NAME --image=image`).
 *
 * Each command of the table is a path (`edit`, `rollout undo`, `create secret generic`) and what follows it:
 * - `type`: a resource type, then an object's name (`kubectl get pods`, `kubectl describe node gpu-1`). The type is
 *   part of the name the labels give (`kubectl describe quota` for `` `kubectl describe quota -n team-a` ``,
 *   `kubectl get events`, `kubectl delete pod`); a lower-case word after the type is the object's name, and the command
 *   is the path alone (`kubectl edit deploy web` → `kubectl edit`, as `kubectl rollout restart deploy/web` →
 *   `kubectl rollout restart`, the labels' name).
 * - `name`: an object's name or another argument straight after the path (`kubectl create deployment web`,
 *   `kubectl config use-context prod`, `kubectl auth can-i create pods`): the command is the path.
 * A verb the table does not hold (a plugin's: `kubectl cnpg status`, `kubectl hns tree`) keeps COMMAND_NAME's reading.
 *
 * Counted before it was built (bench/fieldeq45.mjs, docs/miner.md "fieldeq45"): over dev1–128 no kubectl label names
 * a command with a lower-case object's name in it; the labels name such a command line by its command (12 spans) or,
 * with a placeholder, as written (`kubectl create job --from=cronjob/xxx`, 6).
 */
export const KUBECTL_GRAMMAR = {
  name: 'kubectl-grammar',
  takes: 'a kubectl command line: the command is the verb, its subcommand words and (for a verb on a resource type) the type, not an object\'s name after them',
  example: '- `kubectl edit deploy web`：直接改线上对象',
  gives: ['kubectl edit'],
  keeps: ['kubectl describe node', 'kubectl get events', 'kubectl create secret docker-registry', 'kubectl rollout undo', 'kubectl config use-context', 'kubectl top pod', 'kubectl cnpg status'],
  lookAlikes: ['kubectl edit deploy web', 'kubectl delete job xxx', 'kubectl create deployment web', 'kubectl config use-context prod', 'kubectl describe pod judge-sandbox'],
} as const;

type Then = 'type' | 'name';
const grammar = (then: Then, paths: string): [string, Then][] => paths.split(' ').map((p) => [p.replace(/_/g, ' '), then]);
/** Each kubectl command path (words joined by spaces) and what follows it. */
export const KUBECTL_COMMANDS: ReadonlyMap<string, Then> = new Map([
  ...grammar('type', 'get describe delete edit label annotate patch scale expose autoscale explain wait taint debug'),
  ...grammar('type', 'rollout_history rollout_pause rollout_restart rollout_resume rollout_status rollout_undo'),
  ...grammar('type', 'set_env set_image set_resources set_selector set_serviceaccount set_subject'),
  ...grammar('name', 'logs exec attach cordon uncordon drain port-forward cp run apply diff replace kustomize events proxy version api-resources api-versions completion cluster-info cluster-info_dump top_node top_pod'),
  ...grammar('name', 'apply_edit-last-applied apply_set-last-applied apply_view-last-applied plugin_list auth_can-i auth_reconcile auth_whoami certificate_approve certificate_deny'),
  ...grammar('name', 'config_current-context config_delete-cluster config_delete-context config_delete-user config_get-clusters config_get-contexts config_get-users config_rename-context config_set config_set-cluster config_set-context config_set-credentials config_unset config_use-context config_view'),
  ...grammar('name', 'create_clusterrole create_clusterrolebinding create_configmap create_cronjob create_deployment create_ingress create_job create_namespace create_poddisruptionbudget create_priorityclass create_quota create_role create_rolebinding create_serviceaccount create_token'),
  ...grammar('name', 'create_secret_docker-registry create_secret_generic create_secret_tls create_service_clusterip create_service_externalname create_service_loadbalancer create_service_nodeport'),
]);
/** Paths that are only the start of a longer one (`rollout`, `create secret`): written alone they are the command. */
const KUBECTL_PREFIXES: ReadonlySet<string> = new Set([...KUBECTL_COMMANDS.keys()].flatMap((p) => p.split(' ').slice(0, -1).map((_, i, a) => a.slice(0, i + 1).join(' '))));

/**
 * How many words of `words` (`kubectl` and the plain lower-case words after it, up to the first argument of another
 * form) make kubectl's command, by KUBECTL_GRAMMAR; undefined when the words are no kubectl command the table holds.
 */
export function kubectlCommandLength(words: readonly string[]): number | undefined {
  if (words[0] !== 'kubectl' || words.length < 2) return undefined;
  let path = words[1]!;
  if (!KUBECTL_COMMANDS.has(path) && !KUBECTL_PREFIXES.has(path)) return undefined;
  let n = 2;
  while (n < words.length && (KUBECTL_COMMANDS.has(`${path} ${words[n]}`) || KUBECTL_PREFIXES.has(`${path} ${words[n]}`))) path += ` ${words[n++]}`;
  const then = KUBECTL_COMMANDS.get(path);
  if (then === undefined) return n; // `kubectl rollout`, `kubectl create secret`: the command's start, written alone
  const rest = words.length - n;
  // (a resource type alone is part of the name; a type and an object's name after it leave the path)
  return then === 'type' && rest === 1 ? n + 1 : n;
}

const plainWords = (label: string): string[] => stripColon(label.normalize('NFKC')).replace(/\s+/g, ' ').trim().split(' ');

/**
 * A command's name: the tool and one to three subcommand words, nothing else (`kubectl drain`,
 * `kubeadm certs check-expiration`); a command line with arguments or flags (`kubectl drain
 * node-2 --ignore-daemonsets`, `kubectl get pod -o wide`) is not one, nor a kubectl command with an object's name
 * (`kubectl edit deploy web`, KUBECTL_GRAMMAR).
 */
export function isCommandName(label: string): boolean {
  const words = plainWords(label);
  if (!COMMAND_NAME.test(words.join(' '))) return false;
  const n = kubectlCommandLength(words);
  return n === undefined || n === words.length;
}

/**
 * rules10: a command and the mode flags that make it another command (`kubectl apply -k`, `kubectl
 * logs --previous`, `kubectl config view --minify --flatten`): a command's name (isCommandName), then
 * one or two flags without a value and nothing else. A flag with a value (`--dry-run=server`, `-o
 * wide`) or an argument (`kubectl drain node-2 --force`) makes a command line, not a name.
 */
export function isFlaggedCommand(label: string): boolean {
  const words = plainWords(label);
  if (!FLAGGED_COMMAND.test(words.join(' '))) return false;
  const plain = words.filter((w) => !w.startsWith('-'));
  const n = kubectlCommandLength(plain);
  return n === undefined || n === plain.length;
}

/**
 * resolve5: a command of one of EXPLAINED_TOOLS: the tool, subcommand words, at most two mode flags
 * without a value (`dapr status -k`), nothing else; arguments (`docker buildx build --platform …`)
 * make a command line.
 */
export function isToolCommand(label: string): boolean {
  return TOOL_COMMAND.test(label.normalize('NFKC').replace(/^[`*\s]+|[`*\s:：]+$/gu, '').replace(/\s+/g, ' '));
}

/**
 * rules35: inside the definition another label opens (`` `clusterctl init` 往管理集群里装…；`clusterctl
 * generate cluster` 只是根据模板渲染出 YAML；`clusterctl describe cluster` 以树状显示… ``), a command
 * (prose.ts subject shape `command`: a tool and its subcommand words, or with its mode flags) that a
 * predicate said of commands only explains (prose-predicates.ts `only: 'commands'`: what running it
 * does, reads, moves, how) is a command the writer explains one by one, not a word of the first
 * label's definition — as a field spelt by the API is (definitions.ts `fieldOfItsOwn`). A command named
 * in passing there (`` 真正创建还是靠 `kubectl apply` ``) has no such predicate and stays part of it, and
 * so does one in plain text (`…，kubectl get pod 显示 Init:0/2 之类的进度`: what the reader sees there,
 * in the first label's description). The command opens its sentence or its clause after a semicolon:
 * after a comma (`` Pod 还是 Pending，`kubectl get pod` 显示 `Init:0/2` 之类的进度 ``) it is what the
 * reader sees while the first label is at work.
 */
export function commandOfItsOwn(d: { form: string; shape: string; rule: string; offset: number }, text: string): boolean {
  return d.form === 'code' && d.shape === 'command' && COMMAND_PREDICATES.has(d.rule) && SENTENCE_OPENED.test(text.slice(0, d.offset));
}

const SENTENCE_OPENED = /[。；;！？!?]\s*`?$/u;
const COMMAND_PREDICATES: ReadonlySet<string> = new Set(PROSE_PREDICATES.filter((pr) => pr.only === 'commands').map((pr) => pr.name));

/**
 * neg26: what a command does to the cluster's objects, said right after its name opening the paragraph
 * (`` `kubectl rollout undo` 回滚到上一个版本 ``, `` `kubectl rollout pause` 暂停发布 ``): the command is
 * explained, as by the predicates of prose-predicates.ts `command-effect` (列出, 把, 删除 …), whose verbs are
 * those of reading and moving things. These are the verbs of a rollout and of a workload's life that it lacks.
 * Read by the resolver only (resolve.ts `opensExplanation`, for a command's name): the prose rules and the
 * learned scorer's features are unchanged. Not the reader's own acts with the command (`看`, `看到`,
 * `确认`: the command used to look at something, the way the dev sets mostly write it), nor `也…` (in passing).
 */
export const COMMAND_ACTS: readonly { verb: string; example: string }[] = [
  { verb: '回滚', example: '`kubectl rollout undo` 回滚到上一个 revision。' },
  { verb: '回到', example: '`kubectl rollout undo` 回到上一个版本。' },
  { verb: '回退', example: '`helm rollback` 回退到指定的 release 版本。' },
  { verb: '撤销', example: '`kubectl rollout undo` 撤销最近一次发布。' },
  { verb: '撤回', example: '`kubectl rollout undo` 撤回到上一版。' },
  { verb: '暂停', example: '`kubectl rollout pause` 暂停发布。' },
  { verb: '恢复', example: '`kubectl rollout resume` 恢复被暂停的发布。' },
  { verb: '重建', example: '`kubectl rollout restart` 重建所有 Pod。' },
  { verb: '扩容', example: '`kubectl scale` 扩容或缩容副本数。' },
  { verb: '缩容', example: '`kubectl scale` 缩容到 0。' },
  { verb: '等待', example: '`kubectl rollout status` 等待发布完成。' },
  { verb: '更新', example: '`kubectl set image` 更新容器镜像。' },
  { verb: '排空', example: '`kubectl drain` 排空节点上的 Pod。' },
  { verb: '触发', example: '`kubectl rollout restart` 触发一次滚动重建。' },
];
const COMMAND_ACT = new RegExp(`^(?:会|能|可以|能够|则|就)?\\s*(?:(?:让|使)[^，。；,;]{1,16}?)?(?:直接|自动|一次性?|马上|立刻)?\\s*(?:${COMMAND_ACTS.map((a) => a.verb).join('|')})`, 'u');

/** Whether the text right after a command's name says what the command does to the cluster's objects (COMMAND_ACTS). */
export function commandActs(after: string): boolean {
  return COMMAND_ACT.test(after.trimStart());
}

/**
 * rules28: what a paragraph that opens on a command's name says next, when it is not the command's explanation:
 * the command's output (`的`, `里`: a column or a section of what it prints), the reader's own acts with it (`看到`,
 * `确认`), the command failing for the reader (`报`, `一直`), or the name in passing (`也`, `和`, a comma: one of
 * several, or a remark). Any other Chinese text right after the name says what the command does
 * (`` `kubeadm upgrade plan` 不会改任何东西，它只是检查… ``, `` `etcdutl snapshot restore` 不碰正在运行的 etcd… ``),
 * whatever its verb: COMMAND_ACTS and the command predicates list verbs, and a writer's verbs are open-ended.
 * Counted on the 86 dev sets (a paragraph, not a list item, opening on a code span of two to four plain words, then
 * Chinese; docs/miner.md rules28): not followed by one of these, 66 labels found / 18 missed / 5 no label's; followed
 * by one, 5 / 8 / 32. Read only in a paragraph of its own (resolve.ts `ownParagraph`): in a step or a checklist item
 * the command is the reader's act (three false positives on the dev sets when items were read too).
 */
export const NOT_THE_COMMANDS_EXPLANATION: readonly { start: string; example: string }[] = [
  { start: '的', example: '`kubectl get pod` 的 STATUS 列就是 phase。' },
  { start: '里', example: '`kubectl describe` 里看到的 Back-off 其实是退避。' },
  { start: '中', example: '`kubectl describe pod` 中 Events 一栏最有用。' },
  { start: '输出', example: '`kubectl top` 输出的是 working set。' },
  { start: '看到', example: '`kubectl describe pod` 看到：' },
  { start: '能看到', example: '`istioctl proxy-config cluster` 能看到下发的配置。' },
  { start: '可以看到', example: '`kubectl get dv` 可以看到 PHASE 和 PROGRESS。' },
  { start: '看', example: '`kubectl get pxc-backup` 看状态。' },
  { start: '查看', example: '`kubectl get events` 查看最近的事件。' },
  { start: '确认', example: '`kubectl get nodes` 确认节点都升级了。' },
  { start: '报', example: '`vela status` 报组件类型找不到。' },
  { start: '一直', example: '`keadm join` 一直失败。' },
  { start: '没用', example: '`kubectl delete` 没用，要删文件。' },
  { start: '失败', example: '`helm upgrade` 失败了。' },
  { start: '也', example: '`kubeadm upgrade apply` 也会顺手续签证书。' },
  { start: '和', example: '`snapshot status` 和 `snapshot restore` 已经废弃。' },
  { start: '与', example: '`kubectl cordon` 与 `kubectl drain` 的区别。' },
  { start: '或', example: '`kubectl edit` 或 `kubectl patch` 都行。' },
  { start: '这个', example: '`virtctl create vm` 这个挺好用的：' },
];
const NOT_EXPLAINED = new RegExp(`^(?:${NOT_THE_COMMANDS_EXPLANATION.map((a) => a.start).join('|')})`, 'u');

/** rules28: the text right after a command's name opening its paragraph explains the command: Chinese, not NOT_THE_COMMANDS_EXPLANATION. */
export function commandExplainedAfter(after: string): boolean {
  const t = after.trimStart();
  return /^\p{Script=Han}/u.test(t) && !NOT_EXPLAINED.test(t);
}
