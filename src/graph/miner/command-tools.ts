import { PROSE_PREDICATES } from './prose-predicates.ts';

/**
 * rules35: the command-line tools of the Kubernetes ecosystem beyond those rules10 and rules12 listed
 * (label-rules.ts `COMMAND_TOOLS`), whose subcommands notes explain the way they explain kubectl's
 * (`` `clusterctl init` 往管理集群里装… ``, `` `karmadactl join`：把成员集群注册为… ``, `` `trivy image`
 * 会拉取镜像… ``, `` `minikube tunnel` 把… ``). Each is the main command-line interface of a project a
 * learner meets on the way to or around a cluster: local and managed clusters (kind, minikube, k3d,
 * eksctl, kops, talosctl), cluster lifecycle and fleets (clusterctl, karmadactl, vcluster), the
 * network's and the policy engines' own CLIs (calicoctl, kyverno, kubescape, kube-bench), the supply
 * chain (trivy, cosign, syft, grype) and controller scaffolding (kubebuilder, operator-sdk).
 * Source: each project's CLI reference (kind.sigs.k8s.io, minikube.sigs.k8s.io, k3d.io, eksctl.io,
 * kops.sigs.k8s.io, talos.dev, cluster-api.sigs.k8s.io clusterctl, karmada.io karmadactl,
 * vcluster.com, docs.tigera.io calicoctl, kyverno.io CLI, kubescape.io, aquasecurity kube-bench and
 * trivy, sigstore cosign, anchore syft and grype, book.kubebuilder.io, sdk.operatorframework.io).
 *
 * Not the host's general tools (`docker`, `systemctl`, `make`, `git`): the notes run them in passing
 * and label none of their subcommands; a name is read as a command only with one to three
 * lower-case subcommand words after the tool, nothing else (label-rules.ts `isCommandName`).
 */
export const ECOSYSTEM_TOOLS: readonly string[] = [
  'kind', 'minikube', 'k3d', 'eksctl', 'kops', 'talosctl',
  'clusterctl', 'karmadactl', 'vcluster',
  'calicoctl', 'kyverno', 'kubescape', 'kube-bench',
  'trivy', 'cosign', 'syft', 'grype',
  'kubebuilder', 'operator-sdk',
];

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
