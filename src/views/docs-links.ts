/**
 * Where a reader can read more about a concept: the official Kubernetes documentation. Two
 * sources, and never a guessed URL:
 * - the field catalogue (src/graph/yaml/catalogue.ts, generated from the Kubernetes API types):
 *   an API kind's reference page (`…/kubernetes-api/workload-resources/pod-v1/#Pod`) and, for a
 *   field, the reference section of the type holding it, with the field's type and description;
 * - a curated table of concept ids → kubernetes.io (zh-cn) concept/task pages. Each page is
 *   checked against the site's source (the kubernetes/website repository) and recorded, with
 *   the date and the source file, in docs-links-verified.json; a page not recorded there is
 *   never linked (tests/unit/views/docs-links.test.ts). Ids not in the table get no docs link
 *   rather than a guess.
 * Pure (no Astro, no DOM); used by the concept-page view for reader-facing stubs.
 */
import type { Concept } from '../graph/model.ts';
import { catalogueKinds, isDistinctEcosystemKind, isEcosystemKind, kindType, resolveField, typeDocUrl } from '../graph/yaml/catalogue.ts';
import verified from './docs-links-verified.json' with { type: 'json' };

export interface DocsLink {
  url: string;
  /** `api`: the Kubernetes API reference; `docs`: a kubernetes.io concept or task page. */
  source: 'api' | 'docs';
}

export interface ApiFacts {
  /** The API kind (`Pod`) of an object, or the kind a field belongs to. */
  kind: string;
  /** `kubectl explain`-style type of a field. */
  type?: string;
  /** The API's own description of the field or kind. */
  description?: string;
  doc: DocsLink;
}

const ZH_DOCS = 'https://kubernetes.io/zh-cn/docs/';

/** The kubernetes.io page paths (relative to /zh-cn/docs/) checked against the site's source. */
export const VERIFIED_DOCS_PATHS: ReadonlySet<string> = new Set(verified.pages.map((p) => p.path));

/**
 * Curated: concept ids of the bundled map (and any notes that use the same ids) → the
 * kubernetes.io page about them. Only pages that exist in the zh-cn docs and are recorded in
 * docs-links-verified.json (check the page's source file in kubernetes/website first).
 * (`metrics-monitoring`, etcd's metrics, used to point at the resource metrics pipeline page,
 * which is about Metrics Server — Pod and node resource metrics — not etcd: that page now
 * belongs to `metrics-server`.)
 */
export const CURATED_DOCS: Readonly<Record<string, string>> = {
  k8s: 'concepts/overview/',
  'kubernetes-architecture': 'concepts/architecture/',
  networking: 'concepts/cluster-administration/networking/',
  storage: 'concepts/storage/',
  volumes: 'concepts/storage/volumes/',
  'volume-plugins': 'concepts/storage/volumes/',
  scheduler: 'concepts/scheduling-eviction/kube-scheduler/',
  'multiple-scheduler': 'tasks/extend-kubernetes/configure-multiple-schedulers/',
  'custom-scheduler': 'tasks/extend-kubernetes/configure-multiple-schedulers/',
  etcd: 'tasks/administer-cluster/configure-upgrade-etcd/',
  'etcd-admin': 'tasks/administer-cluster/configure-upgrade-etcd/',
  'kube-dns': 'concepts/services-networking/dns-pod-service/',
  probes: 'tasks/configure-pod-container/configure-liveness-readiness-startup-probes/',
  'lifecycle-hooks': 'concepts/containers/container-lifecycle-hooks/',
  'pod-phase': 'concepts/workloads/pods/pod-lifecycle/',
  'garbage-collection': 'concepts/architecture/garbage-collection/',
  kubectl: 'reference/kubectl/',
  'metrics-server': 'tasks/debug/debug-cluster/resource-metrics-pipeline/',
  runtime: 'setup/production-environment/container-runtimes/',
  'kubernetes-security': 'concepts/security/',
  troubleshooting: 'tasks/debug/',
  installation: 'setup/',
  'api-server': 'reference/command-line-tools-reference/kube-apiserver/',
  'controller-manager': 'reference/command-line-tools-reference/kube-controller-manager/',
};

const squash = (s: string): string => s.replace(/[\s_-]+/g, '').toLowerCase();

let kindsBySquashed: Map<string, string> | undefined;
/**
 * The catalogue kind a name denotes (`Pod`, `pod`, `Horizontal Pod Autoscaler`, `VirtualService`),
 * if any. An ecosystem project's one-word kind (`Route`, `Certificate`) is not: the name may be
 * another project's or an everyday word (`isDistinctEcosystemKind`).
 */
export function catalogueKindNamed(name: string): string | undefined {
  kindsBySquashed ??= new Map(catalogueKinds().filter((k) => !isEcosystemKind(k) || isDistinctEcosystemKind(k)).map((k) => [squash(k), k]));
  return kindsBySquashed.get(squash(name));
}

function kindOf(c: Pick<Concept, 'title' | 'titleEn' | 'aliases'>): string | undefined {
  for (const n of [c.titleEn, c.title, ...c.aliases]) {
    const k = n ? catalogueKindNamed(n) : undefined;
    if (k) return k;
  }
  return undefined;
}

/**
 * What the API says about a concept: for an `object` whose name is a catalogue kind, its
 * reference page and description; for a `field` with a path, its type, description and the
 * reference section (looked up under its own owner, the nearest ancestor that is a kind, then Pod: the
 * kind reported is the one that has the path).
 */
export function apiFacts(c: Concept, ancestors: readonly Concept[] = []): ApiFacts | undefined {
  if (c.kind === 'object') {
    const kind = kindOf(c);
    const spec = kind ? kindType(kind) : undefined;
    if (!kind || !spec) return undefined;
    return { kind, ...(spec.d ? { description: spec.d } : {}), doc: { url: typeDocUrl(spec), source: 'api' } };
  }
  if (c.kind === 'field' && c.fieldPath) {
    // The kinds to look the path up under, in order: the field's own owner (a mined field's `owner`), the
    // nearest ancestor that is a kind, Pod. The kind shown is the one that has the path: a Pod field mined
    // under a ServiceAccount's section (`spec.automountServiceAccountToken`) is the Pod's, as its header says.
    const kinds: string[] = [];
    const own = c.owner ? catalogueKindNamed(c.owner) : undefined;
    if (own) kinds.push(own);
    for (const a of [...ancestors].reverse()) {
      const k = a.kind === 'object' ? kindOf(a) : undefined;
      if (k) {
        kinds.push(k);
        break;
      }
    }
    kinds.push('Pod');
    for (const kind of new Set(kinds)) {
      const info = resolveField(c.fieldPath, kind);
      if (info) return { kind, type: info.type, ...(info.description ? { description: info.description } : {}), doc: { url: info.docUrl, source: 'api' } };
    }
    return undefined;
  }
  return undefined;
}

/** Official pages to read more about a concept: the curated kubernetes.io page, then the API reference. */
export function docsLinks(c: Concept, facts?: ApiFacts): DocsLink[] {
  const out: DocsLink[] = [];
  const curated = Object.hasOwn(CURATED_DOCS, c.id) ? CURATED_DOCS[c.id] : undefined;
  if (curated && VERIFIED_DOCS_PATHS.has(curated)) out.push({ url: ZH_DOCS + curated, source: 'docs' });
  if (facts && !out.some((d) => d.url === facts.doc.url)) out.push(facts.doc);
  return out;
}

/** A piece of an API description: text, or a web address written in it (`url`). */
export interface DescriptionPiece {
  text: string;
  url?: string;
  /** Written as code (`` `issuerRef` ``): the page shows it in a `<code>`. */
  code?: true;
}

/** A web address in running text; a sentence's closing punctuation after it is not part of it. */
const WEB_ADDRESS = /https?:\/\/[^\s<>"'`]*[^\s<>"'`.,;:!?)\]]/g;

/** A code span of the Markdown the projects' CRD descriptions are written in: `` `issuerRef` `` (on one line). */
const CODE_SPAN = /`([^`\n]+)`/g;

/**
 * A Markdown escape of an emphasis mark (`\*any\*`, the only escape the catalogue's CRD descriptions
 * use: 140 of them): the mark itself. Other backslashes are text (a Windows registry path
 * `HKEY_LOCAL_MACHINE\SYSTEM`, a regular expression's `\d` in Kubernetes' own descriptions).
 */
const ESCAPE = /\\([*_])/g;

/**
 * An API description as text, code and web addresses: the Kubernetes API writes "More info:
 * https://kubernetes.io/docs/…" in plain text, which a page shows as a link
 * (components/concept/ApiDescription.astro, which lets only a safe http(s) address be one). The
 * projects' CRDs (cert-manager, Istio, Argo…) write Markdown: `` `issuerRef` `` is code and
 * `\*any\*` is `*any*`; a page showed the backticks and backslashes as written (qa44).
 */
export function descriptionPieces(text: string): DescriptionPiece[] {
  const out: DescriptionPiece[] = [];
  const prose = (part: string): void => {
    const plain = part.replace(ESCAPE, '$1');
    let at = 0;
    for (const m of plain.matchAll(WEB_ADDRESS)) {
      if (m.index > at) out.push({ text: plain.slice(at, m.index) });
      out.push({ text: m[0], url: m[0] });
      at = m.index + m[0].length;
    }
    if (at < plain.length) out.push({ text: plain.slice(at) });
  };
  let at = 0;
  for (const m of text.matchAll(CODE_SPAN)) {
    // (an escaped backtick, \`, opens no span)
    if (m.index > 0 && text[m.index - 1] === '\\') continue;
    if (m.index > at) prose(text.slice(at, m.index));
    out.push({ text: m[1]!, code: true });
    at = m.index + m[0].length;
  }
  if (at < text.length) prose(text.slice(at));
  return out;
}
