/**
 * Pod-relative field paths: the Pod template inside a workload is a Pod, so
 * `spec.template.spec.containers` of a Deployment is the Pod field `spec.containers`.
 */

/** Where the Pod (template) sits in each kind that embeds one. `''` means the object is a Pod. */
export const POD_TEMPLATE_PREFIX: Readonly<Record<string, string>> = {
  Pod: '',
  PodTemplate: 'template.',
  Deployment: 'spec.template.',
  ReplicaSet: 'spec.template.',
  StatefulSet: 'spec.template.',
  DaemonSet: 'spec.template.',
  Job: 'spec.template.',
  ReplicationController: 'spec.template.',
  CronJob: 'spec.jobTemplate.spec.template.',
};

const POD_ROOTS = new Set(['spec', 'metadata', 'status']);

/**
 * The Pod-relative path of `path` in a document of `kind`, or undefined when the key is not a
 * Pod field (e.g. `spec.replicas` of a Deployment).
 */
export function toPodPath(kind: string | undefined, path: string): string | undefined {
  if (kind === undefined) return undefined;
  const prefix = POD_TEMPLATE_PREFIX[kind];
  if (prefix === undefined) return undefined;
  if (prefix === '') return path;
  if (!path.startsWith(prefix)) return undefined;
  const rest = path.slice(prefix.length);
  const dot = rest.indexOf('.');
  const root = dot < 0 ? rest : rest.slice(0, dot);
  return POD_ROOTS.has(root) ? rest : undefined;
}
