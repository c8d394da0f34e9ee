/**
 * YAML examples: parse a fenced code block, find every key with its path and position, map
 * paths to Pod-relative field paths, look fields up in the Kubernetes field catalogue and check
 * the manifest against the API schema.
 *
 * Positions: a `YamlKey`'s `line`/`column` are 1-based within the code. A `Diagnostic`'s
 * `line`/`column` are in the note file: `source.line` is the note line of the code's FIRST
 * line (the line after the opening fence) and `source.column` the note column where the code's
 * text starts (1 unless the fence is indented, e.g. inside a list item), so a finding at code
 * line L, column C is reported at note line `source.line + L - 1`, column `source.column + C - 1`.
 */
import { isAlias, isMap, isScalar, isSeq } from 'yaml';
import type { Document, Node as YamlNode } from 'yaml';
import type { Diagnostic, SourceRef, YamlKey } from '../model.ts';
import { parseYamlCode, positionOf } from './parse.ts';
import type { ParsedYaml } from './parse.ts';
import { toPodPath } from './pod-path.ts';

export interface YamlAnalysis {
  /** `kind` of each document. */
  kinds: string[];
  keys: YamlKey[];
  /** Distinct Pod-relative (else manifest) field paths, sorted. */
  fieldPaths: string[];
  /** Positions are in the note file (source.line + line within code - 1). */
  diagnostics: Diagnostic[];
}

const YAML_TAGS = new Set(['yaml', 'yml']);
/** A key as people write them in manifests and config files: no spaces, no shell syntax. */
const PLAIN_KEY = /^[A-Za-z_][\w.\-/]*$/;

/** True when a fenced block should be treated as YAML: tagged yaml/yml, or untagged and parses as a YAML mapping that looks like a manifest or config (not shell or command output). */
export function isYamlBlock(lang: string, code: string): boolean {
  const l = lang.trim().toLowerCase();
  if (YAML_TAGS.has(l)) return true;
  if (l !== '') return false;
  if (!code.includes(':')) return false;
  const parsed = parseYamlCode(code);
  if (parsed.docs.length === 0) return false;
  let sawMap = false;
  for (const doc of parsed.docs) {
    if (doc.errors.length) return false;
    const c = doc.contents;
    if (c === null) continue;
    if (!isMap(c)) return false;
    sawMap = true;
  }
  if (!sawMap) return false;
  const first = parsed.docs.find((d) => d.contents !== null)!;
  return looksLikeYamlMapping(first.contents as YamlNode);
}

function looksLikeYamlMapping(node: YamlNode): boolean {
  if (!isMap(node) || node.items.length === 0) return false;
  let hasManifestKey = false;
  let hasNested = false;
  let lowerCamel = 0;
  for (const pair of node.items) {
    const name = keyName(pair.key);
    if (name === undefined || !PLAIN_KEY.test(name)) return false;
    if (name === 'apiVersion' || name === 'kind') hasManifestKey = true;
    if (/^[a-z]/.test(name)) lowerCamel++;
    if (isMap(pair.value) || isSeq(pair.value)) hasNested = true;
  }
  if (hasManifestKey) return true;
  // Command output such as `Name: nginx` / `Events:` uses capitalised labels.
  if (lowerCamel !== node.items.length) return false;
  return hasNested || node.items.length >= 2;
}

function keyName(key: unknown): string | undefined {
  if (isScalar(key)) {
    if (typeof key.source === 'string') return key.source;
    if (key.value === null || key.value === undefined) return undefined;
    return String(key.value);
  }
  return undefined;
}

function scalarString(node: unknown): string | undefined {
  return isScalar(node) && typeof node.value === 'string' ? node.value : undefined;
}

/** `kind` of a document, or undefined. */
function documentKind(doc: Document.Parsed): string | undefined {
  const c = doc.contents;
  if (!isMap(c)) return undefined;
  return scalarString(c.get('kind', true));
}

/** A document with no `kind` whose top level has `spec:` is read as a Pod fragment. */
function fragmentKind(doc: Document.Parsed): string | undefined {
  const c = doc.contents;
  if (!isMap(c)) return undefined;
  if (c.has('apiVersion')) return undefined;
  return c.has('spec') ? 'Pod' : undefined;
}

interface WalkContext {
  parsed: ParsedYaml;
  /** Kind used for Pod-relative paths (the document's kind, or the fragment's assumed kind). */
  pathKind: string | undefined;
  keys: YamlKey[];
  seen: Set<YamlNode>;
}

function walk(node: unknown, path: string, ctx: WalkContext): void {
  if (isAlias(node)) return;
  if (isMap(node)) {
    if (ctx.seen.has(node)) return;
    ctx.seen.add(node);
    for (const pair of node.items) {
      const name = keyName(pair.key);
      if (name === undefined || name === '<<') continue;
      const keyNode = pair.key as YamlNode;
      const p = path ? `${path}.${name}` : name;
      const offset = keyNode.range ? keyNode.range[0] : 0;
      const { line, column } = positionOf(ctx.parsed, offset);
      const key: YamlKey = { path: p, line, column };
      const podPath = toPodPath(ctx.pathKind, p);
      if (podPath !== undefined) key.podPath = podPath;
      ctx.keys.push(key);
      walk(pair.value, p, ctx);
    }
  } else if (isSeq(node)) {
    if (ctx.seen.has(node)) return;
    ctx.seen.add(node);
    for (const item of node.items) walk(item, `${path}[]`, ctx);
  }
}

const SYNTAX_HINTS: Record<string, string> = {
  BAD_INDENT: 'Check the indentation: indent with spaces and align the keys of one mapping.',
  TAB_AS_INDENT: 'Indent YAML with spaces, not tabs.',
  DUPLICATE_KEY: 'Remove or rename the repeated key; Kubernetes rejects duplicate keys.',
  MISSING_CHAR: 'Close the quote or bracket that was opened on this line.',
  BLOCK_AS_IMPLICIT_KEY: 'Check the indentation of this line and the next: keys of one mapping must line up.',
  MULTILINE_IMPLICIT_KEY: 'A key must fit on one line; check for a missing colon or a stray indentation.',
};

function syntaxDiagnostics(parsed: ParsedYaml, doc: Document.Parsed, source: SourceRef): Diagnostic[] {
  if (doc.errors.length === 0) return [];
  const err = doc.errors[0]!;
  const pos = err.linePos?.[0] ?? positionToLinePos(parsed, err.pos[0]);
  const firstLine = err.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
  const more = doc.errors.length > 1 ? ` (${doc.errors.length - 1} more error${doc.errors.length > 2 ? 's' : ''} follow from it)` : '';
  return [
    {
      severity: 'warning',
      code: 'yaml-syntax',
      message: `YAML syntax error: ${firstLine}${more}`,
      hint:
        SYNTAX_HINTS[err.code] ??
        'Fix the YAML near this line, or tag the fence with another language if it is not YAML.',
      ...notePosition(source, pos.line, pos.col),
    },
  ];
}

function positionToLinePos(parsed: ParsedYaml, offset: number): { line: number; col: number } {
  const p = positionOf(parsed, offset);
  return { line: p.line, col: p.column };
}

/** Note-file position of code line/column (see the module comment). */
export function notePosition(source: SourceRef, line: number, column: number): SourceRef {
  return {
    file: source.file,
    line: source.line + line - 1,
    column: (source.column > 0 ? source.column : 1) + column - 1,
  };
}

/** `source` is where the code's first line sits in its note. */
export function analyzeYaml(code: string, source: SourceRef): YamlAnalysis {
  const parsed = parseYamlCode(code);
  const kinds: string[] = [];
  const keys: YamlKey[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const doc of parsed.docs) {
    const kind = documentKind(doc);
    if (kind !== undefined) kinds.push(kind);
    const ctx: WalkContext = {
      parsed,
      pathKind: kind ?? fragmentKind(doc),
      keys,
      seen: new Set(),
    };
    walk(doc.contents, '', ctx);
    diagnostics.push(...syntaxDiagnostics(parsed, doc, source));
  }
  const fieldPaths = [...new Set(keys.map((k) => k.podPath ?? k.path))].sort();
  return { kinds, keys, fieldPaths, diagnostics };
}
