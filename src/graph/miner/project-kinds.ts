/**
 * rules36: a project's API kinds declared in the note's own YAML, and their fields.
 *
 * A Kubernetes expert reading a chapter about Istio, Knative, Argo, Karpenter, Crossplane … knows
 * that the `kind:` written in the note's YAML under an `apiVersion` whose group is not one of
 * Kubernetes' own (`networking.istio.io/v1`, `serving.knative.dev/v1`) is an API kind of that
 * project, and that the keys of that YAML are that kind's fields. Two readings here, both pure
 * functions of their input so the unit tests can run examples and look-alikes:
 *
 * - `projectKindsDeclared`: the (kind, apiVersion) pairs a note's YAML documents declare under a
 *   group outside Kubernetes' and the component configuration APIs'. A kind declared under both a
 *   Kubernetes group and a project's (`Service` of `v1` and of `serving.knative.dev/v1` in one note)
 *   is not one of them: the name says nothing by itself there.
 * - `kindGlosses`: the abbreviations a text gives such a kind (`VS = VirtualService`,
 *   `DR（DestinationRule）`, `PeerAuthentication（PA）`): an abbreviation is two to five capitals (a
 *   digit after the first) whose letters are, in order, capitals of the kind's name
 *   (VirtualService → V, S), the first the kind's own first letter.
 *
 * `projectFieldMatches` reads a written name or path (`timeout`, `http[].retries`,
 * `tcp.maxConnections`, `spec.mtls.mode`) against one such kind's fields (the catalogue's type for
 * that apiVersion, vocabulary `projectKindFields`): the fields whose path is the written path, or
 * ends with it (a path written from a field below the root). A path written from the object's root
 * (`spec.`, `status.`) must be the whole path.
 */
import type { FieldOccurrence } from '../vocabulary/index.ts';
import { isBuiltinGroup, isConfigGroup, kindApiVersions, kindsOfGroup } from '../yaml/catalogue.ts';
import type { Paragraph, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Outline } from './outline.ts';
import type { Candidate } from './definitions.ts';
import { boldLabel } from './definitions.ts';
import { projectKindFields } from '../vocabulary/index.ts';

export interface ProjectKind {
  kind: string;
  apiVersion: string;
}

/** A kind name as Kubernetes spells kinds. */
const KIND_NAME = /^[A-Z][A-Za-z0-9]*[a-z][A-Za-z0-9]*$/;

/**
 * True for an apiVersion of a group that is neither Kubernetes' own nor a configuration API's
 * (`networking.istio.io/v1`, `cluster.x-k8s.io/v1beta1`); a `*.k8s.io` group is Kubernetes' (the
 * Gateway API's `gateway.networking.k8s.io`, the autoscaler's `autoscaling.k8s.io`), whatever the
 * catalogue files it under.
 */
export function isProjectGroup(apiVersion: string): boolean {
  if (!/^[a-z0-9-]+(?:\.[a-z0-9-]+)+\/v\d+(?:(?:alpha|beta)\d+)?$/.test(apiVersion)) return false;
  const group = apiVersion.slice(0, apiVersion.indexOf('/'));
  return !group.endsWith('.k8s.io') && !isBuiltinGroup(apiVersion) && !isConfigGroup(apiVersion);
}

/** The project kinds declared by documents (parallel lists of kinds and apiVersions), in the note's order, each once. */
export function projectKindsDeclared(docs: readonly { kinds: readonly string[]; apiVersions: readonly string[] }[]): ProjectKind[] {
  const out: ProjectKind[] = [];
  const other = new Set<string>();
  for (const d of docs) {
    for (const [i, kind] of d.kinds.entries()) {
      const v = d.apiVersions[i] ?? '';
      if (!KIND_NAME.test(kind)) continue;
      if (!isProjectGroup(v)) {
        if (v !== '') other.add(kind);
        continue;
      }
      if (!out.some((k) => k.kind === kind)) out.push({ kind, apiVersion: v });
    }
  }
  return out.filter((k) => !other.has(k.kind));
}

/** The capitals of a kind's name (`VirtualService` → VS, `EC2NodeClass` → ENC). */
function capitals(kind: string): string {
  return kind.replace(/[^A-Z0-9]/g, '');
}

/** True when `abbr` stands for the kind: its first letter the kind's, its letters capitals of the kind in order. */
export function abbreviates(abbr: string, kind: string): boolean {
  if (!/^[A-Z][A-Z0-9]{1,4}$/.test(abbr) || abbr === kind || abbr[0] !== kind[0]) return false;
  const caps = capitals(kind);
  let j = 0;
  for (const ch of abbr) {
    j = caps.indexOf(ch, j);
    if (j < 0) return false;
    j++;
  }
  return true;
}

const ABBR = String.raw`[A-Z][A-Z0-9]{1,4}`;
const NAME = String.raw`[A-Z][A-Za-z0-9]*[a-z][A-Za-z0-9]*`;
const B = String.raw`(?<![A-Za-z0-9_./-])`;
const E = String.raw`(?![A-Za-z0-9_/-])`;
/** `VS = VirtualService`, `VS=VirtualService`, `VS：VirtualService` is not one (a label). */
const EQUALS = new RegExp(`${B}(${ABBR})\\s*[=＝]\\s*\`?(${NAME})\`?${E}`, 'gu');
/** `VirtualService = VS` */
const EQUALS_BACK = new RegExp(`${B}\`?(${NAME})\`?\\s*[=＝]\\s*(${ABBR})${E}`, 'gu');
/** `DestinationRule（DR）`, `DestinationRule (DR)`, `` `DestinationRule`（DR，目标规则） `` */
const PAREN_AFTER = new RegExp(`${B}\`?(${NAME})\`?\\s*[（(]\\s*(${ABBR})\\s*[，,、）)]`, 'gu');
/** `DR（DestinationRule）` */
const PAREN_BEFORE = new RegExp(`${B}(${ABBR})\\s*[（(]\\s*\`?(${NAME})\`?\\s*[，,、）)]`, 'gu');

export interface KindGloss {
  kind: string;
  abbreviation: string;
  /** Offset of the match in the text. */
  offset: number;
}

/** The abbreviations the text gives the kinds (`VS = VirtualService`), each pair once, in the text's order. */
export function kindGlosses(text: string, kinds: readonly string[]): KindGloss[] {
  const out: KindGloss[] = [];
  if (kinds.length === 0) return out;
  const s = text.normalize('NFKC');
  const take = (kind: string, abbr: string, offset: number) => {
    if (!kinds.includes(kind) || !abbreviates(abbr, kind)) return;
    if (!out.some((g) => g.kind === kind && g.abbreviation === abbr)) out.push({ kind, abbreviation: abbr, offset });
  };
  for (const m of s.matchAll(EQUALS)) take(m[2]!, m[1]!, m.index);
  for (const m of s.matchAll(EQUALS_BACK)) take(m[1]!, m[2]!, m.index);
  for (const m of s.matchAll(PAREN_AFTER)) take(m[1]!, m[2]!, m.index);
  for (const m of s.matchAll(PAREN_BEFORE)) take(m[2]!, m[1]!, m.index);
  return out.sort((a, b) => a.offset - b.offset);
}

/** Keys every object has or that hold free-form data: no field of the kind of their own here. */
const OBJECT_KEYS = new Set(['apiVersion', 'kind', 'metadata', 'name', 'namespace', 'labels', 'annotations', 'spec', 'status']);

/** A written path as the catalogue spells paths (no list marks, indices, leading dot or trailing colon). */
function cleanPath(written: string): string {
  return written.normalize('NFKC').trim().replace(/^\./, '').replace(/\[[^\]]*\]/g, '').replace(/[:：]$/, '');
}

/**
 * The fields of a project kind (its fields as `projectKindFields` gives them) that a written name or
 * path names: the field whose path is the written path, or ends with it; a path written from the
 * object's root must be the whole path. Never the object's own keys (`metadata`, `labels` …) nor
 * one of `metadata`'s fields.
 */
export function projectFieldMatches(written: string, fields: readonly FieldOccurrence[]): FieldOccurrence[] {
  const clean = cleanPath(written);
  if (!/^[A-Za-z][\w-]*(?:\.[A-Za-z][\w-]*)*$/.test(clean)) return [];
  const segs = clean.split('.');
  if (OBJECT_KEYS.has(segs[segs.length - 1]!)) return [];
  const rooted = segs.length > 1 && (segs[0] === 'spec' || segs[0] === 'status');
  const paths = pathsWithoutListMarks(fields);
  const tail = `.${clean}`;
  return fields.filter((_, i) => {
    const p = paths[i]!;
    if (p.startsWith('metadata.') || OBJECT_KEYS.has(p)) return false;
    return p === clean || (!rooted && p.endsWith(tail));
  });
}

/**
 * perf48: the fields' paths without list marks (`http[].route` → `http.route`), in the list's order,
 * once per list: a project kind's list (vocabulary `projectKindFields`, memoised) is read for every
 * name a note declaring the kind resolves. The list must not change after it is first read.
 */
const listFreePaths = new WeakMap<readonly FieldOccurrence[], readonly string[]>();
export function pathsWithoutListMarks(fields: readonly FieldOccurrence[]): readonly string[] {
  let paths = listFreePaths.get(fields);
  if (!paths) listFreePaths.set(fields, (paths = fields.map((o) => o.path.replace(/\[\]/g, ''))));
  return paths;
}

function paragraphsOf(blocks: readonly RootContent[]): Paragraph[] {
  const out: Paragraph[] = [];
  for (const b of blocks) {
    if (b.type === 'paragraph') out.push(b);
    else if (b.type === 'list') for (const item of b.children) out.push(...paragraphsOf(item.children));
    else if (b.type === 'blockquote') out.push(...paragraphsOf(b.children));
  }
  return out;
}

/**
 * `project-kind-gloss` candidates: each project kind the note's YAML declares that a paragraph of
 * the note gives an abbreviation (`VS = VirtualService，DR = DestinationRule`, `DestinationRule（DR）`),
 * the kind with the abbreviation as its other name. A writer who abbreviates a kind is going to use
 * it: the kind is a concept of the chapter, the abbreviation one of its names, never a second one.
 */
export function projectKindCandidates(outline: Outline, file: string): Candidate[] {
  const out: Candidate[] = [];
  const declared = projectKindsDeclared(outline.fences.map((f) => ({ kinds: f.docKinds, apiVersions: f.docApiVersions })));
  const kinds = declared.map((k) => k.kind);
  if (kinds.length === 0) return out;
  const seen = new Set<string>();
  for (const section of outline.sections) {
    for (const p of paragraphsOf(section.blocks)) {
      const text = toString(p);
      for (const c of labelPaths(p, declared)) {
        const start = c.node.position?.start ?? p.position?.start ?? { line: section.at.line, column: 1 };
        out.push({
          rule: 'project-kind-label-path',
          label: c.path,
          form: 'code',
          at: { file, line: start.line, column: start.column },
          section,
          blocks: [p],
          endLine: p.position?.end.line ?? start.line,
          newTerm: false,
          expect: 'field',
          owner: c.kind,
          aliases: [],
        });
      }
      for (const g of kindGlosses(text, kinds)) {
        const key = `${g.kind} ${g.abbreviation}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const start = p.position?.start ?? { line: section.at.line, column: 1 };
        out.push({
          rule: 'project-kind-gloss',
          label: g.kind,
          form: 'text',
          at: { file, line: start.line, column: start.column },
          section,
          blocks: [p],
          endLine: p.position?.end.line ?? start.line,
          newTerm: false,
          aliases: [g.abbreviation],
          evidence: text.normalize('NFKC').slice(Math.max(0, g.offset - 20), g.offset + 60),
        });
      }
    }
  }
  return out;
}

/**
 * The kinds of the groups of the declared project kinds that a text names as a whole word (a
 * section heading `### Configuration` in a note declaring Knative's `kind: Service`), each with the
 * API version of that group the catalogue serves it under: the kind a section about it explains.
 */
export function groupKindsIn(text: string, declared: readonly ProjectKind[]): ProjectKind[] {
  const out: ProjectKind[] = [];
  if (declared.length === 0) return out;
  for (const m of text.normalize('NFKC').matchAll(/(?<![A-Za-z0-9])[A-Z][A-Za-z0-9]*[a-z][A-Za-z0-9]*(?![A-Za-z0-9])/g)) {
    const word = m[0];
    if (out.some((k) => k.kind === word)) continue;
    for (const pk of declared) {
      if (pk.kind === word) {
        out.push(pk);
        break;
      }
      const group = pk.apiVersion.slice(0, pk.apiVersion.indexOf('/'));
      if (!kindsOfGroup(pk.apiVersion).includes(word)) continue;
      const v = kindApiVersions(word).find((x) => x.startsWith(`${group}/`));
      if (v !== undefined) {
        out.push({ kind: word, apiVersion: v });
        break;
      }
    }
  }
  return out;
}

/**
 * `project-kind-label-path`: the paths from an object's root (`spec.…`, `status.…`) written in code
 * in a paragraph that a bold label naming a project kind opens (`**Route（路由）**：…对外地址写在
 * \`status.url\``), the label's kind being one the note declares or one of the same group
 * (`groupKindsIn`), and the path one that kind has: the definition of the kind walks through its
 * fields. A path the kind does not have, a label that names no such kind, make nothing.
 */
export function labelPaths(p: Paragraph, declared: readonly ProjectKind[]): { kind: string; path: string; node: RootContent }[] {
  const out: { kind: string; path: string; node: RootContent }[] = [];
  const label = boldLabel(p);
  if (!label || label.rule !== 'bold-colon' && label.rule !== 'bold-gloss') return out;
  const core = label.label.normalize('NFKC').replace(/[（(].*$/u, '').trim();
  const kind = groupKindsIn(core, declared).find((k) => k.kind === core);
  if (!kind) return out;
  const fields = projectKindFields(kind.kind, kind.apiVersion);
  for (const n of p.children) {
    if (n.type !== 'inlineCode') continue;
    const path = n.value.trim().replace(/\[\]$/, '');
    if (!/^(?:spec|status)\.[A-Za-z][\w.[\]]*$/.test(path)) continue;
    if (projectFieldMatches(path, fields).length !== 1) continue;
    if (!out.some((x) => x.path === path)) out.push({ kind: kind.kind, path, node: n as RootContent });
  }
  return out;
}
