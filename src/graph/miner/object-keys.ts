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
