/**
 * YAML examples: every YAML fence of a note is analysed once (`analyzeFence`, the YAML analyser
 * of src/graph/yaml) and becomes a YamlExample (`buildExample`) attached to the concepts whose
 * fields it sets. The miner reads the same analysis (which kinds a fence shows, which fields it
 * sets) before the concepts are known.
 */
import type { Code } from 'mdast';
import type { Diagnostic, SourceRef, YamlExample } from './model.ts';
import { analyzeYamlCode, isYamlBlock, placeFindings, untaggedManifestSyntax, type CodeAnalysis, type YamlAnalysis } from './yaml/analyze.ts';
import { hinted, said } from './yaml/findings.ts';
import { slugify } from './labels.ts';
import { boundedMemo, copyPlainData, hash8, uniqueSorted } from './util.ts';
import { DEFAULT_OWNER } from './vocabulary/index.ts';
import type { IncludedCode } from './includes.ts';

export function exampleId(file: string, line: number): string {
  const stem = file.replace(/\.(md|markdown)$/i, '').split('/').pop() ?? '';
  const s = slugify(stem).slice(0, 32).replace(/-+$/, '');
  return `${s || 'note'}-${hash8(file)}-${line}`;
}

/** A key of a fence with the kind its path is relative to, when the fence says. */
export interface OwnedKey {
  /** The key as written: its path's last segment (`hostAliases`), or a key that has dots of its own
   * whole (`com.openfaas.scale.max`, `min.insync.replicas`; names8, keyAsWritten). */
  name: string;
  /** Owner-relative path (Pod-relative for Pod fields), `[]` for list items. */
  path: string;
  /** `Pod` for Pod fields (also inside a workload's template); the document's kind otherwise; undefined in a fragment without `kind`. */
  owner?: string;
  /** 1-based line of the key within the code. */
  line: number;
  /** Inside a free-form map (labels, annotations, data): not a field. */
  data: boolean;
  /** typing46: the custom kind whose template holds the key, when `owner` is the template's kind (miner/template-kinds.ts). */
  via?: string;
}

export interface FenceAnalysis {
  node: Code;
  file: string;
  lang: string;
  /** Note line of the opening fence. */
  line: number;
  endLine: number;
  analysis: YamlAnalysis;
  /** `kind` of each document, in order ('' for a document without one). */
  docKinds: string[];
  /** `apiVersion` of each document, in order ('' for a document without one). */
  docApiVersions: string[];
  keys: OwnedKey[];
}

/** A fence's code analysed, with its documents and owned keys: all a function of the code alone (positions within the code). */
interface CodeEntry {
  /** undefined when the analyser failed (`error` says why). */
  yaml?: CodeAnalysis;
  error?: string;
  docKinds: string[];
  docApiVersions: string[];
  keys: OwnedKey[];
}

/**
 * names8: the key a path ends in, as the YAML writes it. The analyser joins keys with dots, so a key
 * that has dots of its own (a label key or a tool's setting spelt flat: `com.openfaas.scale.max: "10"`
 * under `labels:`, `min.insync.replicas: 2`) would read as its last segment (`max`), which names
 * another thing (LimitRange's `max`). Every key of a fence is in `keyPaths` with its parents, so the
 * key a path ends in is what follows the longest proper prefix that is a key's path (list items'
 * `[]` aside, the root a list's `[]`), or the whole path when no prefix is: a plain nested key keeps
 * its last segment.
 */
export function keyAsWritten(path: string, keyPaths: ReadonlySet<string>): string {
  for (let i = path.lastIndexOf('.'); i > 0; i = path.lastIndexOf('.', i - 1)) {
    const parent = path.slice(0, i).replace(/(?:\[\])+$/, '');
    // (`[].name`: a key of a list's item at the root of the document)
    if (parent === '' || keyPaths.has(parent)) return path.slice(i + 1).replace(/(?:\[\])+$/, '');
  }
  return path.replace(/(?:\[\])+$/, '');
}

function analyseCode(code: string): CodeEntry {
  let yaml: CodeAnalysis | undefined;
  let error: string | undefined;
  try {
    yaml = analyzeYamlCode(code);
  } catch (err) {
    error = (err as Error).message;
  }
  const { docKinds, docApiVersions, docOfLine } = documentsOf(code);
  const dataPaths = new Set(yaml?.fieldPaths);
  const keyPaths = new Set((yaml?.keys ?? []).map((k) => k.path));
  const keys: OwnedKey[] = (yaml?.keys ?? []).map((k) => {
    const owned = k.podPath ?? k.path;
    const name = keyAsWritten(k.path, keyPaths);
    const kind = docKinds[docOfLine(k.line)] || undefined;
    const out: OwnedKey = { name, path: owned, line: k.line, data: !dataPaths.has(owned) };
    if (k.podPath !== undefined) out.owner = DEFAULT_OWNER;
    else if (kind !== undefined) out.owner = kind;
    return out;
  });
  return { ...(yaml ? { yaml } : { error: error ?? '' }), docKinds, docApiVersions, keys };
}

/**
 * The analysis of a code, by its text: the same example is often in several notes (copies and
 * drafts of a chapter, a manifest quoted again), and is then parsed and analysed once. Each
 * fence gets its own copy (`copyPlainData`: strings such as the catalogue's field descriptions
 * stay shared, as they were), so no fence sees another's changes. At most this many codes kept.
 */
const MAX_CODES = 5000;
const analysedCode = boundedMemo(analyseCode, MAX_CODES);
/** Whether an untagged fence's code is YAML (`isYamlBlock` parses it to tell), by its text. */
const untaggedYaml = boundedMemo((code: string) => isYamlBlock('', code), MAX_CODES);

/** Analyse a code node, or undefined when it is not YAML. */
export function analyzeFence(node: Code, file: string): FenceAnalysis | undefined {
  const lang = (node.lang ?? '').trim();
  if (!(lang === '' ? untaggedYaml(node.value) : isYamlBlock(lang, node.value))) return undefined;
  const line = node.position?.start.line ?? 1;
  const column = node.position?.start.column ?? 1;
  const codeAt: SourceRef = { file, line: line + 1, column };
  const { yaml, error, docKinds, docApiVersions, keys } = copyPlainData(analysedCode(node.value));
  // The analyser must never take the whole build down (`error`): report and keep the example bare.
  const analysis: YamlAnalysis = yaml
    ? { kinds: yaml.kinds, keys: yaml.keys, fieldPaths: yaml.fieldPaths, diagnostics: placeIncluded(placeFindings(yaml.findings, codeAt), node, codeAt), unchecked: yaml.unchecked }
    : {
        kinds: [],
        keys: [],
        fieldPaths: [],
        unchecked: [],
        diagnostics: [{
          severity: 'warning', code: 'yaml-analysis-failed', file, line, column,
          ...said('finding.yaml-analysis-failed', { error: String(error) }),
          ...hinted({ key: 'finding.hint.internal' }),
        }],
      };
  return { node, file, lang, line, endLine: node.position?.end.line ?? line, analysis, docKinds, docApiVersions, keys };
}

/**
 * inc55: a fence an include put lines into (includes.ts, `IncludedCode`): each finding at the line
 * it names, in the file that line came from (the included file's line, or the note's own line,
 * which the lines read in before it no longer match), not the note's line counted through the code.
 */
function placeIncluded(diags: Diagnostic[], node: Code, codeAt: SourceRef): Diagnostic[] {
  const origins = (node.data as { included?: IncludedCode } | undefined)?.included?.origins;
  if (!origins) return diags;
  return diags.map((d) => {
    const o = origins[d.line - codeAt.line];
    if (!o) return d;
    // (an included line's column is its own: the fence's indentation is the note's)
    return { ...d, file: o.file, line: o.line, ...(o.file !== codeAt.file ? { column: d.column - (codeAt.column > 0 ? codeAt.column : 1) + 1 } : {}) };
  });
}

/**
 * For a fence `analyzeFence` does not take as YAML: the syntax error of an untagged one that is
 * plainly a manifest but does not parse (`untaggedManifestSyntax`), placed in the note, else
 * undefined. Without it a learner who breaks an untagged example sees it silently turn into plain text.
 */
export function untaggedFenceFinding(node: Code, file: string): Diagnostic | undefined {
  if ((node.lang ?? '').trim() !== '') return undefined;
  const f = untaggedManifestSyntax(node.value);
  if (!f) return undefined;
  const line = node.position?.start.line ?? 1;
  const column = node.position?.start.column ?? 1;
  const at = { file, line: line + 1, column };
  return placeIncluded(placeFindings([f], at), node, at)[0];
}

/** Documents of a YAML text (split at `---` lines) and the `kind:` and `apiVersion:` each one declares. */
function documentsOf(code: string): { docKinds: string[]; docApiVersions: string[]; docOfLine: (line: number) => number } {
  const lines = code.split('\n');
  const starts: number[] = [1];
  const docKinds: string[] = [''];
  const docApiVersions: string[] = [''];
  lines.forEach((l, i) => {
    if (/^---(\s|$)/.test(l) && i > 0) {
      starts.push(i + 2);
      docKinds.push('');
      docApiVersions.push('');
    }
    const m = /^kind:\s*["']?([A-Za-z][\w]*)["']?\s*(#.*)?$/.exec(l);
    if (m && docKinds[docKinds.length - 1] === '') docKinds[docKinds.length - 1] = m[1]!;
    const v = /^apiVersion:\s*["']?([A-Za-z0-9][\w.\-/]*)["']?\s*(#.*)?$/.exec(l);
    if (v && docApiVersions[docApiVersions.length - 1] === '') docApiVersions[docApiVersions.length - 1] = v[1]!;
  });
  const docOfLine = (line: number): number => {
    let d = 0;
    while (d + 1 < starts.length && starts[d + 1]! <= line) d++;
    return d;
  };
  return { docKinds, docApiVersions, docOfLine };
}

/**
 * The YamlExample of an analysed fence. `conceptFor(owner, path)` gives the concepts that are
 * that field (owner undefined: any owner); `extra` are the concepts of the note or passage the
 * fence sits in.
 */
export function buildExample(
  fence: FenceAnalysis,
  conceptFor: (owner: string | undefined, fieldPath: string) => readonly string[],
  extra: readonly string[],
): YamlExample {
  const { node, file, line, lang, analysis } = fence;
  const column = node.position?.start.column ?? 1;
  const ids = new Set<string>(extra);
  const keys = analysis.keys.map((k, i) => {
    const owned = fence.keys[i]!;
    if (owned.data) return k;
    let found = conceptFor(owned.owner, owned.path);
    if (found.length === 0 && k.podPath !== undefined) found = conceptFor(undefined, k.path);
    for (const id of found) ids.add(id);
    if (k.conceptId !== undefined || found.length === 0) return k;
    return { ...k, conceptId: found[0] };
  });
  const id = exampleId(file, line);
  node.data = { ...node.data, hProperties: { ...(node.data?.hProperties ?? {}), dataExampleId: id } };
  const example: YamlExample = {
    id,
    source: { file, line, column },
    lang,
    code: node.value,
    kinds: analysis.kinds,
    keys,
    fieldPaths: uniqueSorted(analysis.fieldPaths),
    conceptIds: uniqueSorted(ids),
    diagnostics: analysis.diagnostics,
  };
  if (analysis.unchecked.length > 0) example.unchecked = analysis.unchecked;
  const origins = (node.data as { included?: IncludedCode } | undefined)?.included?.origins;
  if (origins) example.lineOrigins = origins.map((o) => ({ file: o.file, line: o.line }));
  return example;
}
