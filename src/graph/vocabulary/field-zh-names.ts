/**
 * fix31b (issue 12 item 1, "a Chinese name" attaches): the Chinese names writers give API fields
 * with no English name nearby (`**重启策略**：…`, `- 回收策略` over `Retain::`), as the zh-cn
 * documentation and the labelled chapters write them. Data, not rules: each entry is a Chinese name
 * and the field name(s) it names. Only names the API makes unambiguous: one field name, or one per
 * owning kind (`回收策略` is the PersistentVolume's `persistentVolumeReclaimPolicy` and the
 * StorageClass's `reclaimPolicy`; the resolver takes it only where the note's context names one of
 * the two kinds). Left out on purpose: names of several fields of one kind or of a concept more
 * than a field (`更新策略`: Deployment's `strategy` and the StatefulSet's / DaemonSet's
 * `updateStrategy`; `副本数`, `服务质量`, `容忍度`, `亲和性`, `污点`: the glossary's concepts).
 *
 * Read by resolve.ts (`field-zh-name`) and, as glossary entries of the field names, by
 * field-values.ts `zhFieldNames` (a heading naming the field over its values, fix27).
 */
export const FIELD_ZH_NAMES: Readonly<Record<string, readonly { field: string; owner?: string }[]>> = {
  重启策略: [{ field: 'restartPolicy' }],
  镜像拉取策略: [{ field: 'imagePullPolicy' }],
  回收策略: [
    { field: 'persistentVolumeReclaimPolicy', owner: 'PersistentVolume' },
    { field: 'reclaimPolicy', owner: 'StorageClass' },
  ],
  访问模式: [{ field: 'accessModes' }],
  卷模式: [{ field: 'volumeMode' }],
  卷绑定模式: [{ field: 'volumeBindingMode' }],
  绑定模式: [{ field: 'volumeBindingMode' }],
  挂载传播: [{ field: 'mountPropagation' }],
  就绪门控: [{ field: 'readinessGates' }],
  拓扑分布约束: [{ field: 'topologySpreadConstraints' }],
  并发策略: [{ field: 'concurrencyPolicy' }],
  终止宽限期: [{ field: 'terminationGracePeriodSeconds' }],
};

const key = (s: string) => s.normalize('NFKC').replace(/\s+/g, '');
let byKey: Map<string, readonly { field: string; owner?: string }[]> | undefined;

/** The field(s) a Chinese name names (spaces aside), or none. */
export function fieldsOfZhName(zh: string): readonly { field: string; owner?: string }[] {
  byKey ??= new Map(Object.entries(FIELD_ZH_NAMES).map(([k, v]) => [key(k), v]));
  return byKey.get(key(zh)) ?? [];
}
