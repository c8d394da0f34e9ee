/** YAML examples: every YAML fence of a note becomes a YamlExample via the YAML analyser. */
import type { Code } from 'mdast';
import type { SourceRef, YamlExample } from './model.ts';
import { analyzeYaml, isYamlBlock, type YamlAnalysis } from './yaml/analyze.ts';
import { slugify } from './labels.ts';
import { hash8, uniqueSorted } from './util.ts';

export function exampleId(file: string, line: number): string {
  const stem = file.replace(/\.(md|markdown)$/i, '').split('/').pop() ?? '';
  const s = slugify(stem).slice(0, 32).replace(/-+$/, '');
  return `${s || 'note'}-${hash8(file)}-${line}`;
}

/**
 * Build the example for a code node, or undefined when it is not YAML. `conceptFor(path)`
 * gives the concepts whose `fieldPath` is `path`; `extra` are the concepts of the note or
 * passage the fence sits in.
 */
export function buildExample(
  node: Code,
  file: string,
  conceptFor: (fieldPath: string) => readonly string[],
  extra: readonly string[],
): YamlExample | undefined {
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
  const keys = analysis.keys.map((k) => {
    if (k.conceptId !== undefined) return k;
    const ids = conceptFor(k.podPath ?? k.path);
    const fallback = ids.length === 0 && k.podPath ? conceptFor(k.path) : ids;
    return fallback.length > 0 ? { ...k, conceptId: fallback[0] } : k;
  });
  const ids = new Set<string>(extra);
  for (const fp of analysis.fieldPaths) for (const id of conceptFor(fp)) ids.add(id);
  for (const k of keys) if (k.conceptId) ids.add(k.conceptId);
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
