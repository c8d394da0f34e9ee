/**
 * topics47: which chapter titles name a **broad area** of Kubernetes, and so make a `topic`.
 *
 * The label format (tests/corpus/miner/README.md) gives a chapter one `topic` only when its title
 * names a broad area (工作负载, 存储, 网络, 调度, 资源管理). A title written in Chinese that names
 * no area — an operation (`迁移`, `节点缩容`, `优雅停机`), a situation (`证书过期`), a question
 * (`节点从哪来`), a description (`慢启动应用的探针`), one of several things it lists (`节点标签`,
 * `镜像拉取`) — is the subject of that one note, not a branch of the map: the note has a page of
 * its own and the map shows its concepts, so a concept named after the title only adds a node no
 * reader looks for. Such a note's concepts keep a home: the concept its title names, else the
 * first object it defines, else the first thing it defines (stages/mine.ts).
 *
 * The areas are those of the Kubernetes documentation (kubernetes.io/zh-cn/docs: the sections of
 * its concepts and tasks — 工作负载, 服务与联网, 存储, 配置, 安全, 策略, 调度与驱逐, 集群管理 with
 * 日志架构, 指标, 自动扩缩, 审计, 准入控制, 认证, 鉴权, 多租户, 监控/日志/调试, 有状态应用; 集群架构
 * with its 控制平面, the setup's 高可用 topologies, and 容器; the tasks' 管理集群, 管理 TLS 证书, 管理 Secret: the management of something) and the
 * categories of the cloud-native landscape a note names as a field of work (可观测性, 服务网格,
 * 混沌工程 and 韧性, 边缘计算, 持续交付, 供应链安全, 成本). A title phrase naming one of them,
 * alone or qualified (`容器日志`, `节点自动扩缩容`, `GPU 资源管理`, `KubeVirt 网络`), is an area.
 * Words of a single object or operation (节点, 集群, 镜像, 升级, 备份) are not areas on their own.
 */
/**
 * The broad areas of Kubernetes, as the Chinese documentation names the sections of its
 * concepts (kubernetes.io/zh-cn/docs/concepts/: 工作负载, 服务、负载均衡和联网, 存储, 配置,
 * 安全, 策略, 调度、抢占和驱逐, 集群管理, 扩展 Kubernetes) and the words notes use for them.
 * A title phrase ending in one (`集群网络`, `K8s 存储`) is about that area and names its topic
 * (stages/mine.ts `areaOf`).
 */
export const AREA_WORDS: readonly string[] = ['工作负载', '网络', '联网', '存储', '配置', '安全', '策略', '调度', '资源管理', '集群管理', '扩展'];

export const BROAD_AREA_WORDS: readonly string[] = [
  // the documentation's concept sections
  ...AREA_WORDS,
  // the other concept sections (集群架构, 容器) and the tasks' way of naming an area of work: the
  // management of something (管理集群, 管理 TLS 证书, 管理 Secret, 管理巨页)
  '集群架构', '架构', '控制平面', '高可用', '容器', '管理',
  // the sections under them and the tasks' chapters
  '服务发现', '负载均衡', '流量管理', '有状态应用', '无状态应用', '批处理',
  '日志', '指标', '监控', '可观测', '扩缩容', '自动扩缩', '弹性伸缩', '排错', '排障', '故障排查', '调试', '运维',
  '认证', '鉴权', '授权', '访问控制', '准入控制', '审计', '多租户',
  // fields of work of the cloud-native landscape
  '服务网格', '混沌工程', '韧性', '边缘计算', '持续交付', '持续集成', '供应链', '成本',
];

/**
 * A Chinese title phrase that names no broad area (no word of BROAD_AREA_WORDS in it): the title
 * makes no topic. Phrases without Chinese are names (`Karmada`, `LitmusChaos`) and are not judged here.
 */
export function titleNamesNoArea(phrase: string): boolean {
  const p = phrase.normalize('NFKC').replace(/\s+/g, '');
  if (!/[\u4e00-\u9fff]/u.test(p)) return false;
  return !BROAD_AREA_WORDS.some((w) => p.includes(w));
}

/**
 * lead50: a title phrase joining names of two broad areas or more (`存储与调度笔记`, `Windows 网络与存储`,
 * `临时存储和配置注入`) names no one topic: neither area is the chapter's subject (the first one was made its topic, and
 * the other area's concepts hung under it). `parts` are the phrase's conjuncts (label-rules.ts `conjuncts`).
 */
export function titleJoinsAreas(parts: readonly string[]): boolean {
  return parts.length > 1 && parts.filter((c) => /[\u4e00-\u9fff]/u.test(c) && !titleNamesNoArea(c)).length > 1;
}
