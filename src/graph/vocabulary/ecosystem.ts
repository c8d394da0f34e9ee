/**
 * Well-known tools, components and projects of the Kubernetes ecosystem whose names are written
 * in lower case (`etcd`, `kubelet`, `containerd`, `crictl`). Typing evidence only: a name in this
 * list may be read as the subject of a definition in running prose (miner/prose.ts), where a
 * plain lower-case English word (`label`, `leader`, `chart`) may not. It never makes a concept on
 * its own — the note still has to explain the name. Names with a capital, a hyphen or a digit
 * (`Velero`, `cert-manager`, `k3s`) are name-like by their spelling and need no entry.
 *
 * Sources: the Kubernetes components page (kubernetes.io/docs/concepts/overview/components),
 * "Container Runtimes" and "Tools" pages of the documentation, the etcd documentation, and the
 * CNCF landscape for graduated and incubating projects whose names are lower case.
 */
export const ECOSYSTEM_LOWERCASE_NAMES: readonly string[] = [
  // control plane and node components, and their command-line tools
  'etcd', 'etcdctl', 'etcdutl', 'kubelet', 'kubectl', 'kubeadm', 'kubebuilder', 'kustomize',
  // container runtimes and their tools
  'containerd', 'dockershim', 'runc', 'crun', 'runsc', 'crictl', 'nerdctl', 'podman', 'buildah', 'skopeo', 'buildkit',
  // networking, service mesh, DNS
  'calico', 'cilium', 'flannel', 'istio', 'linkerd', 'envoy', 'coredns', 'metallb', 'traefik',
  // observability
  'prometheus', 'alertmanager', 'grafana', 'cadvisor', 'fluentd', 'loki', 'jaeger', 'thanos',
  // delivery, packaging, backup, local clusters
  'helm', 'velero', 'argocd', 'flux', 'harbor', 'minikube', 'kubespray', 'kops', 'keda', 'knative', 'tekton', 'gvisor',
];

const SET = new Set(ECOSYSTEM_LOWERCASE_NAMES);

/** True when `word` (any case) is a well-known ecosystem name written in lower case. */
export function isEcosystemName(word: string): boolean {
  return SET.has(word.toLowerCase());
}
