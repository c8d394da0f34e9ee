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
