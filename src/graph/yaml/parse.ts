/**
 * Parse a code block as (multi-document) YAML with positions. Kubernetes reads manifests with
 * YAML 1.1 semantics (`yes`/`no`/`on`/`off` are booleans, `0755` is octal), so we do too.
 * The last parse is memoised: `isYamlBlock` and `analyzeYaml` usually see the same code.
 */
import { LineCounter, parseAllDocuments } from 'yaml';
import type { Document } from 'yaml';
import { neutraliseOmissions } from './omission.ts';

export interface ParsedYaml {
  code: string;
  docs: Document.Parsed[];
  lineCounter: LineCounter;
  omittedLines: number[];
}

let last: ParsedYaml | undefined;

export function parseYamlCode(code: string): ParsedYaml {
  if (last && last.code === code) return last;
  const { text, omittedLines } = neutraliseOmissions(code);
  const lineCounter = new LineCounter();
  const all = parseAllDocuments(text, { lineCounter, version: '1.1', prettyErrors: true });
  const docs = Array.isArray(all) ? all : [];
  last = { code, docs, lineCounter, omittedLines };
  return last;
}

/** 1-based line and column of an offset within the code. */
export function positionOf(parsed: ParsedYaml, offset: number): { line: number; column: number } {
  const p = parsed.lineCounter.linePos(offset);
  return { line: p.line, column: p.col };
}
