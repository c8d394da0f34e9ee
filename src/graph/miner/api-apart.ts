/**
 * struct23: whether the API says two concepts a note defines side by side belong to different
 * owners, so that sitting in one section does not make them `related`.
 *
 * A note's consecutive definitions are `related` (stages/mine.ts): `**PersistentVolumeClaim：**`
 * then `**accessModes：**` then `**StorageClass：**`. For API things the catalogue knows who owns
 * what: `accessModes` is a field of PersistentVolumeClaim and PersistentVolume, not of
 * StorageClass, so StorageClass ~ accessModes is no relation; PersistentVolume ~ accessModes is
 * (the PV has the field too). Two concepts are apart when each is an API kind or a field with its
 * path (`apiPlace`), both owners are catalogued kinds, they are not the same owner, neither owner
 * has the other's field (at its path or a path ending with it: Deployment has Pod's `nodeSelector`
 * under `spec.template`), and no field names the other's kind (`storageClassName` refers to
 * StorageClass, `priorityClassName` to PriorityClass, `…secretKeyRef.optional` to Secret). The note's text can still tie them: a pair
 * whose passages name each other, or that one sentence of the section names together, stays related
 * (stages/mine.ts `namesOther`, `namedTogether`: taints and tolerations, explained through each other). Terms, topics, states and uncatalogued kinds are never apart.
 */
import { normKey } from '../labels.ts';
import { DEFAULT_OWNER, fieldAt, fieldByPath, isCatalogued, kindNamed } from '../vocabulary/index.ts';

/** What the apart test reads of a concept. */
export interface ApiThing {
  kind?: string;
  title: string;
  titleEn?: string;
  fieldPath?: string;
  owner?: string;
}

/** An API kind (`{ kind: 'StorageClass' }`) or a field of one (`{ kind: 'PersistentVolumeClaim', path: 'spec.accessModes' }`). */
export interface ApiPlace {
  kind: string;
  path?: string;
}

/** Where the API puts a concept: its kind, or its field's owner and path; undefined for anything else. */
export function apiPlace(n: ApiThing): ApiPlace | undefined {
  if (n.kind === 'field') return n.fieldPath !== undefined ? { kind: n.owner ?? DEFAULT_OWNER, path: n.fieldPath } : undefined;
  if (n.kind !== 'object') return undefined;
  const kind = kindNamed(n.title) ?? (n.titleEn !== undefined ? kindNamed(n.titleEn) : undefined);
  return kind !== undefined ? { kind } : undefined;
}

/**
 * Where a workload kind holds another kind's object (`spec.template` of a Deployment is a Pod's,
 * `spec.jobTemplate` of a CronJob a Job's): a Pod's `spec.nodeSelector` is also the Deployment's
 * `spec.template.spec.nodeSelector`.
 */
const TEMPLATE_ROOTS: readonly string[] = ['spec.template.', 'spec.jobTemplate.', 'spec.jobTemplate.spec.template.'];

/** Whether `owner` has the field at `path`, at a path ending with it, or in a template it holds. */
function owns(owner: string, path: string): boolean {
  return fieldByPath(path, [owner]) !== undefined || TEMPLATE_ROOTS.some((root) => fieldAt(owner, root + path) !== undefined);
}

/** Whether the field at `path` names the kind (`spec.storageClassName` names StorageClass; so does a step of its path, `…secretKeyRef.optional` Secret). */
function namesKind(path: string, kind: string): boolean {
  return path.replace(/\[\]/g, '').split('.').some((step) => normKey(step).includes(normKey(kind)));
}

/** True when the API says `a` and `b` belong to different owners (see the header). */
export function apiApart(a: ApiThing, b: ApiThing): boolean {
  const pa = apiPlace(a);
  const pb = apiPlace(b);
  if (pa === undefined || pb === undefined || pa.kind === pb.kind) return false;
  if (!isCatalogued(pa.kind) || !isCatalogued(pb.kind)) return false;
  if (pa.path === undefined && pb.path === undefined) return false;
  for (const [x, y] of [[pa, pb], [pb, pa]] as const) {
    if (x.path === undefined) continue;
    if (owns(y.kind, x.path) || namesKind(x.path, y.kind)) return false;
  }
  return true;
}
