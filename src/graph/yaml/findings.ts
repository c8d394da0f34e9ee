/**
 * Messages and fix hints for schema findings in YAML examples. Positions here are within the
 * code; `analyzeYaml` turns them into note positions. Each message and hint is a key of
 * finding-texts.json with its parts (`said`, `hinted`): the CLI prints its English, pages show it
 * in the reader's language.
 */
import { closest, distance } from 'fastest-levenshtein';
import { displayTypeName } from './catalogue.ts';
import type { FieldSpec, TypeSpec } from './catalogue.ts';
import { localText, type FindingKey, type FindingText } from '../diagnostics.ts';
import type { LocalText } from '../model.ts';

export interface Finding {
  code:
    | 'yaml-syntax'
    | 'yaml-type'
    | 'yaml-enum'
    | 'yaml-unknown-field'
    | 'yaml-missing-field'
    | 'yaml-api-version'
    | 'yaml-unknown-kind';
  message: string;
  /** The message as a key of finding-texts.json and its parts (pages show it in the reader's language). */
  text?: LocalText;
  /** How to fix it, in English (the CLI's). */
  hint?: string;
  /** The hint as a key of finding-texts.json and its parts, like `text`. */
  hintText?: LocalText;
  line: number;
  column: number;
}

/** `message` (English, the CLI's) and `text` of a finding. */
export function said(key: FindingKey, vars: Record<string, string>, parts?: Record<string, FindingKey>): Pick<Finding, 'message' | 'text'> {
  const { english, text } = localText({ key, vars, ...(parts ? { parts } : {}) });
  return { message: english, text };
}

/** `hint` (English, the CLI's) and `hintText` of a finding. */
export function hinted(h: FindingText): Pick<Finding, 'hint' | 'hintText'> {
  const { english, text } = localText(h);
  return { hint: english, hintText: text };
}

/** The closest candidate that is plausibly a typo of `word`, if any. */
export function suggest(word: string, candidates: readonly string[]): string | undefined {
  if (candidates.length === 0) return undefined;
  const lower = word.toLowerCase();
  const sameCase = candidates.find((c) => c.toLowerCase() === lower);
  if (sameCase) return sameCase;
  const best = closest(word, candidates as string[]);
  const d = distance(word.toLowerCase(), best.toLowerCase());
  const limit = Math.max(2, Math.floor(Math.min(word.length, best.length) / 3));
  if (d <= limit) return best;
  // A missing plural or suffix (`hostAlias` → `hostAliases`).
  if (word.length >= 4 && best.toLowerCase().startsWith(lower)) return best;
  // A missing prefix (`Prefix` → `PathPrefix`), when only one candidate ends that way.
  if (word.length >= 5) {
    const ends = candidates.filter((c) => c.toLowerCase().endsWith(lower));
    if (ends.length === 1) return ends[0];
  }
  return undefined;
}

/**
 * Whether two names differ only in letter case (`hostnetwork` → `hostNetwork`): only then does a
 * hint say that names are case-sensitive (`verb` → `verbs` is a misspelling, not a case difference).
 */
export const differsOnlyInCase = (a: string, b: string): boolean => a !== b && a.toLowerCase() === b.toLowerCase();

const lastSegment = (path: string) => path.slice(path.lastIndexOf('.') + 1).replace(/(\[\])+$/, '');

/** What a YAML value is (`a string`, `字符串`): the part of finding-texts.json that names its shape. */
const SHAPE_PARTS: Record<string, FindingKey> = {
  string: 'finding.part.string',
  integer: 'finding.part.integer',
  number: 'finding.part.number',
  boolean: 'finding.part.boolean',
  null: 'finding.part.null',
  list: 'finding.part.list',
  object: 'finding.part.object',
};

/** What a field of type `t` expects, as a part of finding-texts.json (its `{type}`: `t`). */
function expectedPart(t: string): FindingKey {
  if (t.startsWith('[]')) return 'finding.part.list-of';
  if (t.startsWith('map[string]')) return 'finding.part.mapping-of';
  if (t === 'IntOrString') return 'finding.part.int-or-string';
  if (t === 'Quantity') return 'finding.part.quantity';
  if (t === 'Time' || t === 'MicroTime') return 'finding.part.timestamp';
  if (t === 'Duration') return 'finding.part.duration';
  return SHAPE_PARTS[t] ?? 'finding.part.mapping-of';
}

function typeHint(t: string, got: string, text: string | undefined): FindingText {
  if (t === 'boolean') return { key: 'finding.hint.boolean' };
  if (t === 'integer' || t === 'number') {
    return { key: got === 'string' && text !== undefined && /^["'].*["']$/.test(text) ? 'finding.hint.unquote-number' : 'finding.hint.number' };
  }
  if (t === 'Duration') {
    return got === 'integer' || got === 'number' ? { key: 'finding.hint.duration-unit', vars: { text: text ?? '' } } : { key: 'finding.hint.duration-string' };
  }
  if (t === 'string' || t === 'Time' || t === 'MicroTime') {
    return got === 'object' || got === 'list' ? { key: 'finding.hint.single-value' } : { key: 'finding.hint.quote-string', vars: { text: text ?? '' } };
  }
  if (t.startsWith('[]')) return { key: 'finding.hint.list' };
  if (t.startsWith('map[string]')) return { key: 'finding.hint.map' };
  if (t === 'IntOrString' || t === 'Quantity') return { key: 'finding.hint.int-or-string' };
  return { key: 'finding.hint.nested' };
}

/** The parts of a type message: what the field expects, and what it got when that has a name (`a string`). */
function typeParts(t: string, got: string): { vars: Record<string, string>; parts: Record<string, FindingKey> } {
  const gotPart = SHAPE_PARTS[got];
  return { vars: { type: t, ...(gotPart ? {} : { got }) }, parts: { expected: expectedPart(t), ...(gotPart ? { got: gotPart } : {}) } };
}

export function typeFinding(
  path: string,
  t: string,
  got: string,
  text: string | undefined,
  line: number,
  column: number,
): Finding {
  const field = lastSegment(path) || 'value';
  const { vars, parts } = typeParts(t, got);
  return {
    code: 'yaml-type',
    ...said(text !== undefined ? 'finding.yaml-type-value' : 'finding.yaml-type', { field, ...vars, ...(text !== undefined ? { value: text } : {}) }, parts),
    ...hinted(typeHint(t, got, text)),
    line,
    column,
  };
}

/** A string in the wrong format for its type: a Go duration (`Duration`) or a quantity (`Quantity`). */
export function formatFinding(path: string, t: 'Duration' | 'Quantity', value: string, line: number, column: number): Finding {
  const field = lastSegment(path) || 'value';
  return {
    code: 'yaml-type',
    ...said('finding.yaml-format', { field, value, type: t }, { expected: expectedPart(t) }),
    ...hinted(t === 'Duration' ? durationHint(value) : quantityHint(value)),
    line,
    column,
  };
}

function durationHint(value: string): FindingText {
  const days = /^\s*(\d+)\s*d\s*$/.exec(value);
  if (days) return { key: 'finding.hint.duration-days', vars: { hours: Number(days[1]) * 24 } };
  if (/\s/.test(value.trim()) || value !== value.trim()) return { key: 'finding.hint.duration-spaces', vars: { value: value.replace(/\s+/g, '') } };
  if (value.trim() === '') return { key: 'finding.hint.duration-empty' };
  return { key: 'finding.hint.duration-units' };
}

function quantityHint(value: string): FindingText {
  const m = /^\s*([+-]?[\d.]+)\s*([KMGTPE])[bB]\s*$/.exec(value);
  if (m) return { key: 'finding.hint.quantity-b', vars: { binary: `${m[1]}${m[2]}i`, decimal: `${m[1]}${m[2] === 'K' ? 'k' : m[2]}` } };
  const k = /^\s*([+-]?[\d.]+)K\s*$/.exec(value);
  if (k) return { key: 'finding.hint.quantity-k', vars: { decimal: `${k[1]}k`, binary: `${k[1]}Ki` } };
  return { key: 'finding.hint.quantity' };
}

export function enumFinding(field: string, value: string, allowed: readonly string[], line: number, column: number): Finding {
  const near = suggest(value, allowed);
  return {
    code: 'yaml-enum',
    ...said(near ? 'finding.yaml-enum-near' : 'finding.yaml-enum', { field, value, allowed: allowed.join(', '), ...(near ? { near } : {}) }),
    ...hinted(near ? { key: 'finding.hint.enum-near', vars: { field, near } } : { key: 'finding.hint.enum', vars: { allowed: allowed.join(', ') } }),
    line,
    column,
  };
}

export function unknownFieldFinding(
  name: string,
  holder: TypeSpec,
  holderName: string,
  line: number,
  column: number,
  explain: string,
  config?: { kind: string; apiVersion: string },
): Finding {
  const near = suggest(name, [...Object.keys(holder.f), ...(holder.x ?? [])]);
  // A configuration file is no API object: `kubectl explain` does not know it.
  const check: FindingText = config
    ? config.apiVersion
      ? { key: 'finding.hint.check-config-version', vars: { kind: config.kind, apiVersion: config.apiVersion } }
      : { key: 'finding.hint.check-config', vars: { kind: config.kind } }
    : { key: 'finding.hint.check-explain', vars: { explain } };
  return {
    code: 'yaml-unknown-field',
    ...said(near ? 'finding.yaml-unknown-field-near' : 'finding.yaml-unknown-field', { name, holder: holderName, ...(near ? { near } : {}) }),
    ...hinted(near ? { key: differsOnlyInCase(name, near) ? 'finding.hint.rename-case' : 'finding.hint.rename', vars: { near } } : check),
    line,
    column,
  };
}

export function missingFieldFinding(
  name: string,
  field: FieldSpec,
  holderName: string,
  line: number,
  column: number,
  path: string,
): Finding {
  return {
    code: 'yaml-missing-field',
    ...said(path ? 'finding.yaml-missing-field-at' : 'finding.yaml-missing-field', { holder: holderName, name, ...(path ? { path } : {}) }),
    // Only reported in documents without `...` lines, so suggesting `...` never asks for what
    // the author already did.
    ...hinted({ key: 'finding.hint.add-field', vars: { name, type: displayTypeName(field.t) } }),
    line,
    column,
  };
}

/** An apiVersion Kubernetes stopped serving for this kind (`extensions/v1beta1` Ingress). */
export function removedApiFinding(
  apiVersion: string,
  kind: string,
  removed: { use: string; removedIn?: string; kindRemoved: boolean },
  line: number,
  column: number,
): Finding {
  const version = removed.removedIn ? { version: removed.removedIn } : undefined;
  if (removed.kindRemoved) {
    return {
      code: 'yaml-api-version',
      ...said(version ? 'finding.yaml-kind-removed-in' : 'finding.yaml-kind-removed', { kind, apiVersion, ...version }),
      ...hinted({ key: 'finding.hint.use-instead', vars: { use: removed.use } }),
      line,
      column,
    };
  }
  return {
    code: 'yaml-api-version',
    ...said(version ? 'finding.yaml-api-removed-in' : 'finding.yaml-api-removed', { kind, apiVersion, ...version }),
    ...hinted({ key: 'finding.hint.api-removed', vars: { use: removed.use, resource: kind.toLowerCase() } }),
    line,
    column,
  };
}

/** A known kind under an apiVersion of a Kubernetes API group that never served it. */
export function apiVersionFinding(apiVersion: string, kind: string, use: string, line: number, column: number): Finding {
  return {
    code: 'yaml-api-version',
    ...said('finding.yaml-api-not-served', { kind, apiVersion }),
    ...hinted({ key: 'finding.hint.api-group', vars: { use } }),
    line,
    column,
  };
}

/** A component configuration kind written with an apiVersion that is not where the component reads it (`v1` KubeletConfiguration). */
export function configApiVersionFinding(apiVersion: string, kind: string, known: string, line: number, column: number): Finding {
  return {
    code: 'yaml-api-version',
    ...said('finding.yaml-config-api-version', { kind, apiVersion, known }),
    ...hinted({ key: 'finding.hint.config-api-version', vars: { known } }),
    line,
    column,
  };
}

/** A kind a Kubernetes API group does not serve, close to one it does (`Deploymnet`). */
export function unknownKindFinding(kind: string, apiVersion: string, near: string, line: number, column: number): Finding {
  return {
    code: 'yaml-unknown-kind',
    ...said('finding.yaml-unknown-kind', { kind, apiVersion, near }),
    ...hinted({ key: differsOnlyInCase(kind, near) ? 'finding.hint.kind-case' : 'finding.hint.kind', vars: { near } }),
    line,
    column,
  };
}
