/**
 * YAML examples: every YAML fence of a note is analysed once (`analyzeFence`, the YAML analyser
 * of src/graph/yaml) and becomes a YamlExample (`buildExample`) attached to the concepts whose
 * fields it sets. The miner reads the same analysis (which kinds a fence shows, which fields it
 * sets) before the concepts are known.
 */
import type { Code } from 'mdast';
import type { SourceRef, YamlExample } from './model.ts';
import { analyzeYaml, isYamlBlock, type YamlAnalysis } from './yaml/analyze.ts';
import { slugify } from './labels.ts';
import { hash8, uniqueSorted } from './util.ts';
import { DEFAULT_OWNER } from './vocabulary/index.ts';

export function exampleId(file: string, line: number): string {
  const stem = file.replace(/\.(md|markdown)$/i, '').split('/').pop() ?? '';
  const s = slugify(stem).slice(0, 32).replace(/-+$/, '');
  return `${s || 'note'}-${hash8(file)}-${line}`;
}

/** A key of a fence with the kind its path is relative to, when the fence says. */
export interface OwnedKey {
  /** Last segment (`hostAliases`). */
  name: string;
  /** Owner-relative path (Pod-relative for Pod fields), `[]` for list items. */
  path: string;
  /** `Pod` for Pod fields (also inside a workload's template); the document's kind otherwise; undefined in a fragment without `kind`. */
  owner?: string;
  /** 1-based line of the key within the code. */
  line: number;
  /** Inside a free-form map (labels, annotations, data): not a field. */
  data: boolean;
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

/** Analyse a code node, or undefined when it is not YAML. */
export function analyzeFence(node: Code, file: string): FenceAnalysis | undefined {
  const lang = (node.lang ?? '').trim();
  if (!isYamlBlock(lang, node.value)) return undefined;
  const line = node.position?.start.line ?? 1;
  const column = node.position?.start.column ?? 1;
  const codeAt: SourceRef = { file, line: line + 1, column };
  let analysis: YamlAnalysis;
  try {
    analysis = analyzeYaml(node.value, codeAt);
  } catch (err) {
    // The analyser must never take the whole build down; report and keep the example bare.
    analysis = {
      kinds: [],
      keys: [],
      fieldPaths: [],
      unchecked: [],
      diagnostics: [{
        severity: 'warning', code: 'yaml-analysis-failed', file, line, column,
        message: `could not analyse this YAML example: ${(err as Error).message}`,
        hint: 'Report this as a bug with the YAML that caused it.',
      }],
    };
  }
  const { docKinds, docApiVersions, docOfLine } = documentsOf(node.value);
  const dataPaths = new Set(analysis.fieldPaths);
  const keys: OwnedKey[] = analysis.keys.map((k) => {
    const owned = k.podPath ?? k.path;
    const name = (k.path.split('.').pop() ?? '').replace(/\[\]$/, '');
    const kind = docKinds[docOfLine(k.line)] || undefined;
    const out: OwnedKey = { name, path: owned, line: k.line, data: !dataPaths.has(owned) };
    if (k.podPath !== undefined) out.owner = DEFAULT_OWNER;
    else if (kind !== undefined) out.owner = kind;
    return out;
  });
  return { node, file, lang, line, endLine: node.position?.end.line ?? line, analysis, docKinds, docApiVersions, keys };
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
  return example;
}
