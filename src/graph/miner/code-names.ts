/**
 * rules38: names that come from code — what notes about writing controllers and operators explain
 * by name: the markers controller-gen reads, the identifiers of a Go library called by package, the
 * methods of a builder, the targets of a scaffolded Makefile. Pure functions of a string, read by
 * definitions.ts (a code span or bold label opening its paragraph) and resolve.ts (such a name is one
 * thing, never a statement about the known words inside it); the unit tests
 * (tests/unit/graph/miner-rules38.test.ts) run examples and look-alikes.
 *
 *   marker          `+kubebuilder:validation:Minimum`, `+optional`, `+listType=map`, `+genclient`:
 *                   a comment marker of the code generators (controller-gen, the Kubernetes
 *                   code-generator), a `+` and a name, colon-separated segments, an optional value.
 *                   Its segments (`kubebuilder`, `validation`) are no concepts it relates.
 *   go-qualified    `meta.SetStatusCondition`, `ctrl.Result`, `mgr.GetAPIReader()`: a package (or
 *                   a receiver) of two letters or more, a dot and an exported identifier (capital
 *                   first), with empty parentheses or none. A field path's segments are lower-case
 *                   (`spec.replicas`), so this spelling is Go's, not the API's. A one-letter receiver
 *                   (`r.Update()`, `r.Get()`) is a method called on a variable, named in passing.
 *   go-call         `For()`, `Owns()`, `Hub()`: an exported method written with its empty parentheses.
 *   make-target     `make manifests`, `make generate`: a target of the Makefile a controller scaffold
 *                   writes (kubebuilder, operator-sdk), the tool and one lower-case target word.
 *
 * Sources: book.kubebuilder.io (markers, the generated Makefile's targets), the controller-runtime
 * and apimachinery Go references (pkg.go.dev), the Go specification (exported identifiers).
 */
import { isQualifiedKey } from './label-rules.ts';

export type CodeNameShape = 'marker' | 'go-qualified' | 'go-call' | 'make-target';

const SHAPES: readonly { shape: CodeNameShape; spelling: RegExp }[] = [
  { shape: 'marker', spelling: /^\+[a-z][A-Za-z0-9-]*(?::[A-Za-z][A-Za-z0-9-]*)*(?:=[^\s`]+)?$/ },
  { shape: 'go-qualified', spelling: /^[a-z][a-z0-9]+\.[A-Z][A-Za-z0-9]*(?:\(\))?$/ },
  { shape: 'go-call', spelling: /^[A-Z][A-Za-z0-9]*\(\)$/ },
  { shape: 'make-target', spelling: /^make [a-z][a-z0-9-]*$/ },
];

/** The shape of a name spelt as code (module comment), or none. */
export function codeNameShape(label: string): CodeNameShape | undefined {
  const text = label.normalize('NFKC').trim().replace(/^`+|`+$/g, '').replace(/[:：]\s*$/u, '').trim();
  return SHAPES.find((s) => s.spelling.test(text))?.shape;
}

export function isCodeName(label: string): boolean {
  return codeNameShape(label) !== undefined;
}

/**
 * Other spellings writers give a Go name: without its parentheses (`mgr.GetAPIReader()` →
 * `mgr.GetAPIReader`), and the identifier without its package when it is a word of several
 * capitals (`workqueue.DefaultControllerRateLimiter` → `DefaultControllerRateLimiter`; not `ctrl.Result`
 * → `Result`, a word too plain to stand for it). None for the other shapes.
 */
export function codeNameAliases(label: string): string[] {
  const text = label.normalize('NFKC').trim().replace(/^`+|`+$/g, '');
  const shape = codeNameShape(text);
  if (shape !== 'go-qualified' && shape !== 'go-call') return [];
  const out: string[] = [];
  const bare = text.replace(/\(\)$/, '');
  if (bare !== text) out.push(bare);
  const ident = bare.split('.').pop()!;
  if (shape === 'go-qualified' && /^[A-Z][a-z0-9]+[A-Z][A-Za-z0-9]*$/.test(ident)) out.push(ident);
  return out;
}

/**
 * What follows a code name opening its paragraph without a colon when the paragraph explains it
 * (`` `meta.SetStatusCondition` 按 type 查找… ``, `` `For()` 是主资源… ``, `` - `make manifests` 生成 CRD… ``):
 * a Chinese word that is no genitive, conjunction or place (`` `suite_test.go` 的关键部分： ``,
 * `` `r.Update()` 和… ``, `` `Owns()` 里… ``).
 */
export const CODE_NAME_EXPLAINED = /^\s*(?![的和与及或跟、里中下内上])[\u4e00-\u9fff]/u;


/**
 * A name joined after a Go name that writes its package once (`controllerutil.AddFinalizer /
 * RemoveFinalizer`): a bare exported identifier there is in the same package. Likewise (the
 * twenty-third session's code series) a bare key after a domain/name key that writes its prefix once
 * (`` `node.kubernetes.io/memory-pressure`、`disk-pressure` `` → `node.kubernetes.io/disk-pressure`).
 * Any other part is returned as written (`hostIPC` after `hostNetwork`, `Owns()` after `For()`).
 */
export function qualifiedLike(first: string, part: string): string {
  if (part === first) return part;
  if (isQualifiedKey(first) && /^[a-z0-9][a-z0-9.-]*$/.test(part.trim())) return `${first.trim().split('/')[0]}/${part.trim()}`;
  if (codeNameShape(first) !== 'go-qualified' || !/^[A-Z][A-Za-z0-9]*(?:\(\))?$/.test(part.trim())) return part;
  return `${first.trim().split('.')[0]}.${part.trim()}`;
}
