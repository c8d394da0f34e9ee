/**
 * The broad areas of Kubernetes a map without map.md groups its branches by, when there are too
 * many to hang under the root (stages/areas.ts). They follow the sections of the Kubernetes
 * documentation's concepts (kubernetes.io/zh-cn/docs/concepts/: 工作负载; 服务、负载均衡和联网;
 * 存储; 配置; 安全; 策略 and 调度、抢占和驱逐, joined here as scheduling and resources; 集群管理;
 * 扩展 Kubernetes), plus the projects of the ecosystem around it.
 *
 * `names` are other names of the area itself. Each area says how a branch is recognised as belonging to it, in order of evidence:
 * - `groups`: API groups (an object's own, a field's or a state's owner's), matched as a suffix
 *   of the group (`networking.k8s.io` takes `gateway.networking.k8s.io`); the core group has no
 *   name, so its kinds are listed one by one in `kinds`;
 * - `kinds`: kinds listed by name (the core group's, and kinds whose group says little);
 * - `words`: words of the branch's own names (Chinese by substring, Latin as a whole word, any
 *   case); the longest word found decides between areas;
 * - `categories`: the categories of Kubernetes' named things (k8s-names.ts) the area takes.
 * Kinds of an ecosystem project's API (the catalogue's `ecosystem` groups) and the lower-case
 * names of ecosystem tools (ecosystem.ts) belong to `ecosystem`.
 *
 * The order of the list is the order of the areas on the map; `other` (其他) takes what nothing
 * places and always comes last.
 */
import type { NamedThingCategory } from './k8s-names.ts';

export interface KubernetesArea {
  /** Stable key; the area's concept id is `area-<key>`. */
  key: string;
  zh: string;
  en: string;
  /** Other names of the area itself: a chapter's topic of that name is the area (`# 集群网络` made the topic 网络). */
  names: readonly string[];
  groups: readonly string[];
  kinds: readonly string[];
  words: readonly string[];
  categories: readonly NamedThingCategory[];
}

export const KUBERNETES_AREAS: readonly KubernetesArea[] = [
  {
    key: 'workloads',
    zh: '工作负载',
    en: 'Workloads',
    names: ['工作负载', 'Workloads'],
    groups: ['apps', 'batch', 'autoscaling'],
    kinds: ['Pod', 'PodTemplate', 'ReplicationController'],
    words: ['工作负载', '负载', '容器', '探针', '副本', '滚动更新', '发布', '扩缩', '扩缩容', '弹性伸缩', '无状态', '有状态', '定时任务', '守护进程',
      'Pod', 'Pods', 'Workload', 'Workloads', 'Container', 'Containers', 'Probe', 'Probes', 'HPA', 'VPA', 'Rollout', 'Autoscaling'],
    categories: [],
  },
  {
    key: 'scheduling',
    zh: '调度与资源',
    en: 'Scheduling & resources',
    names: ['调度', '资源管理', '调度与资源管理', 'Scheduling'],
    groups: ['scheduling.k8s.io', 'policy', 'resource.k8s.io', 'kubescheduler.config.k8s.io'],
    kinds: ['ResourceQuota', 'LimitRange', 'Binding'],
    words: ['调度', '调度器', '亲和', '亲和性', '反亲和', '污点', '容忍', '抢占', '驱逐', '优先级', '资源', '资源管理', '配额', '拓扑', '设备',
      'Scheduler', 'Scheduling', 'Affinity', 'Taint', 'Taints', 'Toleration', 'Tolerations', 'QoS', 'Preemption', 'Eviction', 'Descheduler', 'DRA',
      'requests', 'limits', 'NUMA', 'GPU'],
    categories: ['scheduler-plugin', 'scheduler-extension-point', 'well-known-taint'],
  },
  {
    key: 'networking',
    zh: '服务与网络',
    en: 'Services & networking',
    names: ['网络', '联网', '服务、负载均衡和联网', 'Networking'],
    groups: ['networking.k8s.io', 'discovery.k8s.io', 'kubeproxy.config.k8s.io'],
    kinds: ['Service', 'Endpoints'],
    words: ['网络', '联网', '服务发现', '负载均衡', '网关', '路由', '流量', '服务网格', '域名', '端口', '双栈',
      'Service', 'Services', 'Networking', 'Network', 'DNS', 'CoreDNS', 'CNI', 'Ingress', 'Gateway', 'kube-proxy', 'iptables', 'IPVS', 'nftables',
      'eBPF', 'IPv4', 'IPv6', 'Mesh', 'mTLS', 'Envoy', 'HTTPRoute'],
    categories: ['proxy-mode'],
  },
  {
    key: 'storage',
    zh: '存储',
    en: 'Storage',
    names: ['存储', 'Storage'],
    groups: ['storage.k8s.io', 'storagemigration.k8s.io'],
    kinds: ['PersistentVolume', 'PersistentVolumeClaim'],
    words: ['存储', '卷', '持久卷', '快照', '挂载', 'Storage', 'Volume', 'Volumes', 'CSI', 'PV', 'PVC', 'StorageClass', 'Snapshot', 'NFS', 'Ceph', 'Rook'],
    categories: [],
  },
  {
    key: 'configuration',
    zh: '配置',
    en: 'Configuration',
    names: ['配置', 'Configuration'],
    groups: [],
    kinds: ['ConfigMap', 'Secret'],
    words: ['配置', '配置项', '环境变量', '密文', 'ConfigMap', 'Secret', 'Secrets', 'Configuration', 'env', 'Kustomize'],
    categories: [],
  },
  {
    key: 'security',
    zh: '安全与权限',
    en: 'Security & access',
    names: ['安全', '权限', 'Security'],
    groups: ['rbac.authorization.k8s.io', 'authentication.k8s.io', 'authorization.k8s.io', 'certificates.k8s.io', 'apiserver.config.k8s.io',
      'pod-security.admission.config.k8s.io', 'audit.k8s.io'],
    kinds: ['ServiceAccount'],
    words: ['安全', '权限', '认证', '授权', '鉴权', '证书', '加密', '审计', '准入', '沙箱', '隔离', '身份', '令牌', '最小权限',
      'Security', 'RBAC', 'Role', 'ClusterRole', 'RoleBinding', 'ServiceAccount', 'TLS', 'Token', 'OIDC', 'seccomp', 'AppArmor', 'SELinux',
      'securityContext', 'capabilities', 'PSA', 'PSS', 'Audit', 'Admission', 'cluster-admin', 'kubeconfig'],
    categories: ['admission-plugin'],
  },
  {
    key: 'cluster',
    zh: '集群运维',
    en: 'Cluster operations',
    names: ['集群管理', '运维', 'Cluster Administration'],
    groups: ['coordination.k8s.io', 'events.k8s.io', 'flowcontrol.apiserver.k8s.io', 'internal.apiserver.k8s.io', 'node.k8s.io',
      'kubelet.config.k8s.io', 'kubeadm.k8s.io', 'apiserver.k8s.io'],
    kinds: ['Node', 'Namespace', 'Event', 'ComponentStatus'],
    words: ['集群', '集群管理', '运维', '节点', '升级', '备份', '恢复', '监控', '日志', '排错', '排障', '调试', '故障', '可观测', '可观测性', '告警',
      '控制平面', '容器运行时', '运行时', '命名空间', '垃圾回收', '高可用',
      'Cluster', 'Node', 'Nodes', 'Namespace', 'etcd', 'kubeadm', 'kubelet', 'kubectl', 'apiserver', 'API Server', 'kube-apiserver',
      'containerd', 'CRI', 'cgroup', 'cgroups', 'runc', 'APF', 'Lease', 'Upgrade', 'Debug', 'Troubleshooting', 'Monitoring', 'Logging', 'Observability', 'GC'],
    categories: ['kubectl-command', 'well-known-label', 'well-known-annotation'],
  },
  {
    key: 'extending',
    zh: '扩展 Kubernetes',
    en: 'Extending Kubernetes',
    names: ['扩展', 'Extending'],
    groups: ['apiextensions.k8s.io', 'apiregistration.k8s.io', 'admissionregistration.k8s.io'],
    kinds: [],
    words: ['扩展', '自定义资源', '控制器', '调谐', '聚合', 'CRD', 'CRDs', 'Operator', 'Operators', 'Controller', 'Controllers', 'Webhook', 'Webhooks',
      'Reconcile', 'Finalizer', 'Finalizers', 'kubebuilder', 'controller-runtime', 'envtest', 'client-go', 'Informer', 'Aggregation', 'Server-Side Apply'],
    categories: [],
  },
  {
    key: 'ecosystem',
    zh: '生态项目',
    en: 'Ecosystem projects',
    names: ['生态', 'Ecosystem'],
    groups: [],
    kinds: [],
    words: ['生态', 'Helm', 'Chart', 'Istio', 'Linkerd', 'Cilium', 'Calico', 'Argo', 'Argo CD', 'ArgoCD', 'Flux', 'GitOps', 'Knative', 'KEDA', 'Karpenter',
      'Crossplane', 'Falco', 'Kyverno', 'OPA', 'Gatekeeper', 'cert-manager', 'Prometheus', 'Grafana', 'Velero', 'Harbor', 'Tekton', 'Serverless',
      'External Secrets', 'Sealed Secrets', 'CloudNativePG', 'Ambient'],
    categories: [],
  },
];

/** The area of what nothing places. */
export const OTHER_AREA = { key: 'other', zh: '其他', en: 'Other' } as const;

/** The key of the ecosystem area (kinds of projects' APIs, ecosystem tool names). */
export const ECOSYSTEM_AREA = 'ecosystem';

/**
 * How many branches the generated root of a map without map.md holds before they are grouped
 * into areas. The two halves of the mind map then stack at most 12 branch boxes each, about what
 * the curated map of the bundled content puts under any one node (11 at most); and with ten
 * Kubernetes areas, grouping fewer branches would make areas of one or two branches, a level the
 * reader must open for nothing. 20 free-form chapters (about 17 branches) are left as they are.
 */
export const AREA_THRESHOLD = 24;

/**
 * struct24: the branches one half of the mind map stacks (AREA_THRESHOLD / 2). A root of more,
 * up to AREA_THRESHOLD, is grouped into areas only when most of its branches are single concepts
 * and the areas gather them (stages/areas.ts `groupsLooseRoot`): the threshold then depends on the
 * notes, not on the count alone (place45 left dev24 and dev34 flat at 20 branches, 11 and 14 of them
 * single concepts).
 */
export const AREA_HALF = 12;

/** struct24: the branches an area holds on average for a root under AREA_THRESHOLD to be grouped (no level opened for one or two). */
export const AREA_MIN_MEMBERS = 3;
