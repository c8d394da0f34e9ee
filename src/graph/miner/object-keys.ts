/**
 * The keys every Kubernetes object or manifest has, one home for the miner's modules (definitions.ts, field-prose.ts,
 * question-subjects.ts, resolve.ts). A leaf module: question-subjects.ts needs them and definitions.ts imports it.
 */

/** Keys of every object: explaining one explains the object's name or kind, not a concept. */
export const UNIVERSAL_KEYS: ReadonlySet<string> = new Set(['apiVersion', 'kind', 'metadata', 'name', 'namespace', 'spec', 'status']);
/** Keys every manifest has: setting them in an example does not explain them. */
export const BOILERPLATE_KEYS: ReadonlySet<string> = new Set(['apiVersion', 'kind', 'metadata', 'name', 'namespace', 'labels', 'annotations', 'spec', 'status', 'containers', 'image', 'matchLabels', 'items', 'data']);
