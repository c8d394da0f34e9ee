/**
 * YAML examples: parse a fenced code block, find every key with its path and position, map
 * paths to Pod-relative field paths, look fields up in the Kubernetes field catalogue and check
 * the manifest against the API schema.
 *
 * TEMPORARY interface stub (owned by the YAML/pages work): returns no keys yet.
 */
import type { Diagnostic, SourceRef, YamlKey } from '../model.ts';

export interface YamlAnalysis {
  /** `kind` of each document. */
  kinds: string[];
  keys: YamlKey[];
  /** Distinct Pod-relative (else manifest) field paths, sorted. */
  fieldPaths: string[];
  /** Positions are in the note file (source.line + line within code - 1). */
  diagnostics: Diagnostic[];
}

/** True when a fenced block should be treated as YAML: tagged yaml/yml, or untagged and parses as a YAML mapping. */
export function isYamlBlock(lang: string, code: string): boolean {
  const l = lang.toLowerCase();
  if (l === 'yaml' || l === 'yml') return true;
  if (l !== '') return false;
  return /^\s*(apiVersion|kind)\s*:/m.test(code);
}

/** `source` is where the code's first line sits in its note. */
export function analyzeYaml(code: string, source: SourceRef): YamlAnalysis {
  void code;
  void source;
  return { kinds: [], keys: [], fieldPaths: [], diagnostics: [] };
}
