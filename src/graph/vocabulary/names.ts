/**
 * Other names of API kinds that notes use. Data, not code: each table says where it comes from.
 */

/**
 * kubectl short names (the SHORTNAMES column of `kubectl api-resources`, Kubernetes 1.30),
 * without the ones that are ordinary words or too short to be read as a name in a note
 * (`no`, `po`, `ev`, `ep`, `cs`, `pc`, `ing`, `limits`, `quota`).
 */
export const KIND_SHORT_NAMES: Readonly<Record<string, string>> = {
  svc: 'Service',
  deploy: 'Deployment',
  rs: 'ReplicaSet',
  ds: 'DaemonSet',
  sts: 'StatefulSet',
  rc: 'ReplicationController',
  cj: 'CronJob',
  pv: 'PersistentVolume',
  pvc: 'PersistentVolumeClaim',
  sc: 'StorageClass',
  cm: 'ConfigMap',
  sa: 'ServiceAccount',
  ns: 'Namespace',
  hpa: 'HorizontalPodAutoscaler',
  pdb: 'PodDisruptionBudget',
  netpol: 'NetworkPolicy',
  crd: 'CustomResourceDefinition',
  crds: 'CustomResourceDefinition',
  csr: 'CertificateSigningRequest',
  // served until the kind was removed (1.25)
  psp: 'PodSecurityPolicy',
};

/**
 * Chinese names of API kinds as the Chinese Kubernetes documentation (kubernetes.io/zh-cn)
 * writes them. Only names that cannot mean anything else: 服务, 节点, 任务, 角色, 部署, 密钥
 * and 命名空间 (also a Linux namespace) are left out.
 */
export const KIND_CHINESE_NAMES: Readonly<Record<string, string>> = {
  持久卷: 'PersistentVolume',
  持久卷申领: 'PersistentVolumeClaim',
  持久卷声明: 'PersistentVolumeClaim',
  存储类: 'StorageClass',
  服务账号: 'ServiceAccount',
  服务账户: 'ServiceAccount',
  守护进程集: 'DaemonSet',
  副本集: 'ReplicaSet',
  有状态集: 'StatefulSet',
  水平Pod自动扩缩器: 'HorizontalPodAutoscaler',
  Pod干扰预算: 'PodDisruptionBudget',
  网络策略: 'NetworkPolicy',
  资源配额: 'ResourceQuota',
  限制范围: 'LimitRange',
  集群角色: 'ClusterRole',
  角色绑定: 'RoleBinding',
  集群角色绑定: 'ClusterRoleBinding',
  定制资源定义: 'CustomResourceDefinition',
  自定义资源定义: 'CustomResourceDefinition',
  优先级类: 'PriorityClass',
  运行时类: 'RuntimeClass',
  端点切片: 'EndpointSlice',
};

/**
 * Chinese words that name an API kind when they give the context of a passage (a heading, the
 * sentence defining a term), although they are too common to be read as the kind's name
 * (`节点亲和性` is about nodes, but `节点` alone in a bold label is not the object Node).
 */
export const KIND_CONTEXT_WORDS: Readonly<Record<string, string>> = {
  节点: 'Node',
};

/**
 * Well-known design patterns of Kubernetes, each with the other names notes use. Sources: the
 * Kubernetes documentation (the "Controllers" concept page for the controller pattern, "Operator
 * pattern", "Sidecar containers") and the multi-container patterns of Burns & Oppenheimer,
 * "Design patterns for container-based distributed systems" (HotCloud 2016): sidecar,
 * ambassador, adapter. Each name also stands for the pattern with 模式 / pattern / 容器 /
 * container after it (`Sidecar 模式`, `大使容器`). A bare "controller" is a component, not
 * the pattern: only "控制器模式" / "controller pattern" name that one. The two release patterns
 * the Kubernetes documentation describes for Deployments ("Canary deployments" in "Managing
 * Workloads"; blue/green, switching a Service's selector between two complete Deployments):
 * canary and blue-green, as notes name them (金丝雀发布, 蓝绿部署).
 */
export const PATTERN_NAMES: Readonly<Record<string, readonly string[]>> = {
  sidecar: ['Sidecar', '边车'],
  ambassador: ['Ambassador', '大使'],
  adapter: ['Adapter', '适配器'],
  controller: ['controller pattern', '控制器模式'],
  operator: ['Operator', 'operator pattern'],
  canary: ['Canary', 'canary deployment', 'canary release', '金丝雀', '金丝雀发布', '金丝雀部署'],
  'blue-green': ['blue-green', 'blue/green', 'blue-green deployment', 'blue/green deployment', '蓝绿发布', '蓝绿部署'],
};

/**
 * Components whose name gives the context of their configuration kind: a section or a
 * definition about `kubelet` is about KubeletConfiguration's fields (`**maxPods**：…` under
 * `## kubelet 的参数`). Context only: `kubelet` never names the kind. Source: the kinds each
 * component reads (kubernetes.io reference pages "kubelet Configuration (v1beta1)",
 * "kube-proxy Configuration (v1alpha1)", "kube-scheduler Configuration (v1)", "kubeadm
 * Configuration (v1beta4)").
 */
export const COMPONENT_CONFIG_KINDS: Readonly<Record<string, readonly string[]>> = {
  kubelet: ['KubeletConfiguration'],
  'kube-proxy': ['KubeProxyConfiguration'],
  'kube-scheduler': ['KubeSchedulerConfiguration'],
  kubeadm: ['ClusterConfiguration', 'InitConfiguration', 'JoinConfiguration'],
};
