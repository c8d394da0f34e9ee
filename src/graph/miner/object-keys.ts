/**
 * The keys every Kubernetes object or manifest has, one home for the miner's modules (definitions.ts, field-prose.ts,
 * question-subjects.ts, resolve.ts). A leaf module: question-subjects.ts needs them and definitions.ts imports it.
 */

/** Keys of every object: explaining one explains the object's name or kind, not a concept. */
export const UNIVERSAL_KEYS: ReadonlySet<string> = new Set(['apiVersion', 'kind', 'metadata', 'name', 'namespace', 'spec', 'status']);
/** Keys every manifest has: setting them in an example does not explain them. */
export const BOILERPLATE_KEYS: ReadonlySet<string> = new Set(['apiVersion', 'kind', 'metadata', 'name', 'namespace', 'labels', 'annotations', 'spec', 'status', 'containers', 'image', 'matchLabels', 'items', 'data']);

/**
 * prec35: the fields every object has for its type and its name, `apiVersion` and `metadata.name`, are no
 * concept of a note that names them (`apiVersion 是 \`kubelet.config.k8s.io/v1beta1\``, `CRD 的 \`metadata.name\`
 * 必须是 <plural>.<group>`): the note says which version or name one object has, not what the field is. Counted
 * on all 104 dev sets, each chapter alone (base 24e84696): 19 false positives in 15 sets, 1 label lost (dev39's
 * Pod primer explains `apiVersion`) and 2 wrong types (a nested `name` read at `metadata.name`). Not `kind`
 * (CRD's `spec.names.kind` and the tool kind are read at it: 1 false positive, 4 wrong types) nor
 * `metadata.namespace` (labelled in 5 chapters). Read where the resolver's decision is final (resolve.ts).
 */
export const OBJECT_META_FIELD = {
  name: 'object-meta-field',
  paths: new Set<string>(['apiVersion', 'metadata.name']),
  why: "an object's apiVersion or metadata.name: a value of one object, not a concept of the note",
} as const;

/** The field path (no owner) is one of OBJECT_META_FIELD's. */
export function objectMetaField(path: string): boolean {
  return OBJECT_META_FIELD.paths.has(path);
}

/**
 * prec36: a field under an object's `metadata` (`metadata.finalizers`, `metadata.labels`, `metadata.ownerReferences`)
 * is ObjectMeta's, one field whatever object the note shows it on: two fields of one note at the same such path under
 * two owners (`Deployment` of a `kubectl get deploy -o yaml` and `PersistentVolumeClaim` of `kubernetes.io/pvc-protection`)
 * are one concept, the first the note made (stages/mine.ts joinSharedMetaFields). Counted on all 107 dev sets, each
 * chapter alone (base 768b5691): 5 duplicates in 4 sets (dev13, dev47 and its draft, dev75, dev80), no label lost;
 * other paths shared by two owners are not (`spec.selector` of a Deployment and a Service, `spec.suspend` of a Job and
 * a CronJob, `immutable` of a ConfigMap and a Secret: 13 found twice against 9 duplicates).
 */
export const SHARED_META_FIELD = {
  name: 'shared-meta-field',
  path: /^metadata\.[A-Za-z]/,
  why: "a field under an object's metadata is ObjectMeta's: one concept whatever object the note shows it on",
} as const;

/** The field path (no owner) is under an object's metadata (SHARED_META_FIELD). */
export function sharedMetaField(path: string): boolean {
  return SHARED_META_FIELD.path.test(path);
}
