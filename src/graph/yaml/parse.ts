/**
 * Parse a code block as (multi-document) YAML with positions. Kubernetes reads manifests with
 * YAML 1.1 semantics (`yes`/`no`/`on`/`off` are booleans, `0755` is octal), so we do too.
 * The last parse is memoised: `isYamlBlock` and `analyzeYaml` usually see the same code.
 *
 * Before parsing, omission lines (`...`) and Helm template actions are neutralised at the same
 * length; an excerpt cut from inside a manifest that climbs back out of its first lines' level is
 * parsed under placeholder parents, which are dropped again (excerpt.ts). Positions are always
 * those of the code as written.
 */
import { LineCounter, parseAllDocuments } from 'yaml';
import type { Document } from 'yaml';
import { dropPlaceholders, liftExcerpt, neutraliseTemplates } from './excerpt.ts';
import { neutraliseOmissions } from './omission.ts';

export interface ParsedYaml {
  code: string;
  docs: Document.Parsed[];
  lineCounter: LineCounter;
  omittedLines: number[];
  /** The code held Helm template actions: its values are not the author's, and it need not be YAML as written. */
  templated: boolean;
  /** Placeholder lines parsed above the code (an excerpt lifted into place): subtracted from every line. */
  lineShift: number;
}

let last: ParsedYaml | undefined;

const parseAll = (text: string): { docs: Document.Parsed[]; lineCounter: LineCounter } => {
  const lineCounter = new LineCounter();
  const all = parseAllDocuments(text, { lineCounter, version: '1.1', prettyErrors: true });
  return { docs: Array.isArray(all) ? all : [], lineCounter };
};

export function parseYamlCode(code: string): ParsedYaml {
  if (last && last.code === code) return last;
  const omitted = neutraliseOmissions(code);
  const { text, templated } = neutraliseTemplates(omitted.text);
  let { docs, lineCounter } = parseAll(text);
  let lineShift = 0;
  if (docs.some((d) => d.errors.length > 0)) {
    const lifted = liftExcerpt(text);
    if (lifted) {
      const again = parseAll(lifted.text);
      if (again.docs.length === 1 && again.docs[0]!.errors.length === 0 && dropPlaceholders(again.docs[0]!)) {
        ({ docs, lineCounter } = again);
        lineShift = lifted.lines;
      }
    }
  }
  last = { code, docs, lineCounter, omittedLines: omitted.omittedLines, templated, lineShift };
  return last;
}

/** 1-based line and column of an offset within the code (as written: placeholder lines not counted). */
export function positionOf(parsed: ParsedYaml, offset: number): { line: number; column: number } {
  const p = parsed.lineCounter.linePos(offset);
  const line = p.line - parsed.lineShift;
  return line >= 1 ? { line, column: p.col } : { line: 1, column: 1 };
}
