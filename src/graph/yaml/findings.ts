/**
 * Messages and fix hints for schema findings in YAML examples. Positions here are within the
 * code; `analyzeYaml` turns them into note positions.
 */
import { closest, distance } from 'fastest-levenshtein';
import { displayTypeName } from './catalogue.ts';
import type { FieldSpec, TypeSpec } from './catalogue.ts';
import { findingMessage, type FindingKey } from '../diagnostics.ts';

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
  text?: { key: FindingKey; vars: Record<string, string> };
  hint?: string;
  line: number;
  column: number;
}

/** `message` (English, the CLI's) and `text` of a translated finding. */
function said(key: FindingKey, vars: Record<string, string>): Pick<Finding, 'message' | 'text'> {
  return { message: findingMessage(key, vars)!, text: { key, vars } };
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

const lastSegment = (path: string) => path.slice(path.lastIndexOf('.') + 1).replace(/(\[\])+$/, '');

const SHAPE_WORDS: Record<string, string> = {
  string: 'a string',
  integer: 'an integer',
  number: 'a number',
  boolean: 'a boolean',
  null: 'nothing',
  list: 'a list',
  object: 'a mapping',
};

function expectedWords(t: string): string {
  if (t.startsWith('[]')) return `a list (${t})`;
  if (t.startsWith('map[string]')) return `a mapping (${t})`;
  if (t === 'IntOrString') return 'an integer or a string (IntOrString)';
  if (t === 'Quantity') return 'a quantity such as 500m or 1Gi (Quantity)';
  if (t === 'Time' || t === 'MicroTime') return `a timestamp string (${t})`;
  if (t === 'Duration') return 'a duration such as 10s or 2m0s (Duration)';
  if (SHAPE_WORDS[t]) return SHAPE_WORDS[t]!;
  return `a mapping (${t})`;
}

function typeHint(t: string, got: string, text: string | undefined): string {
  if (t === 'boolean') return 'Write true or false.';
  if (t === 'integer' || t === 'number') {
    return got === 'string' && text !== undefined && /^["'].*["']$/.test(text)
      ? 'Remove the quotes: the field takes a number.'
      : 'Write a number without quotes.';
  }
  if (t === 'Duration') {
    return got === 'integer' || got === 'number'
      ? `Give the number a unit, as a string such as "${text ?? ''}s" (s, m, h, ms …): a bare number is not a duration.`
      : 'Write a duration string such as 30s or 1m30s on the same line as the key.';
  }
  if (t === 'string' || t === 'Time' || t === 'MicroTime') {
    return got === 'object' || got === 'list'
      ? 'Write a single value on the same line as the key.'
      : `Quote the value so YAML reads it as a string: "${text ?? ''}".`;
  }
  if (t.startsWith('[]')) return 'Write it as a YAML list: one `- item` per line, indented under the key.';
  if (t.startsWith('map[string]')) return 'Write `key: value` lines indented under the field.';
  if (t === 'IntOrString' || t === 'Quantity') return 'Write a number, or a string such as "80%" or 500m.';
  return 'Write the nested fields as indented `key: value` lines under the field.';
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
  const shown = text !== undefined ? `\`${text}\` (${SHAPE_WORDS[got] ?? got})` : SHAPE_WORDS[got] ?? got;
  return {
    code: 'yaml-type',
    message: `\`${field}\` expects ${expectedWords(t)} but got ${shown}`,
    hint: typeHint(t, got, text),
    line,
    column,
  };
}

/** A string in the wrong format for its type: a Go duration (`Duration`) or a quantity (`Quantity`). */
export function formatFinding(path: string, t: 'Duration' | 'Quantity', value: string, line: number, column: number): Finding {
  const field = lastSegment(path) || 'value';
  return {
    code: 'yaml-type',
    message: `\`${field}\` expects ${expectedWords(t)} but got \`${value}\`, which is not one`,
    hint: t === 'Duration' ? durationHint(value) : quantityHint(value),
    line,
    column,
  };
}

function durationHint(value: string): string {
  const days = /^\s*(\d+)\s*d\s*$/.exec(value);
  if (days) return `Go durations have no day unit: write ${Number(days[1]) * 24}h.`;
  if (/\s/.test(value.trim()) || value !== value.trim()) return `Write it without spaces: ${value.replace(/\s+/g, '')}.`;
  if (value.trim() === '') return 'Write a duration such as 30s, or leave the field out.';
  return 'Write numbers each followed by a unit (ns, us, ms, s, m, h), e.g. 90s or 1m30s.';
}

function quantityHint(value: string): string {
  const m = /^\s*([+-]?[\d.]+)\s*([KMGTPE])[bB]\s*$/.exec(value);
  if (m) return `Write ${m[1]}${m[2]}i (binary, ×1024) or ${m[1]}${m[2] === 'K' ? 'k' : m[2]} (decimal): quantities have no B suffix.`;
  const k = /^\s*([+-]?[\d.]+)K\s*$/.exec(value);
  if (k) return `Write ${k[1]}k (decimal, lower-case k) or ${k[1]}Ki (binary).`;
  return 'Write a number with an optional suffix: Ki, Mi, Gi … (binary), m, k, M, G … (decimal), e.g. 500m or 1Gi.';
}

export function enumFinding(field: string, value: string, allowed: readonly string[], line: number, column: number): Finding {
  const near = suggest(value, allowed);
  return {
    code: 'yaml-enum',
    ...said(near ? 'finding.yaml-enum-near' : 'finding.yaml-enum', { field, value, allowed: allowed.join(', '), ...(near ? { near } : {}) }),
    hint: near ? `Write \`${field}: ${near}\`.` : `Use one of: ${allowed.join(', ')}.`,
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
  const check = config
    ? `Check the spelling against the fields of ${config.kind}${config.apiVersion ? ` (${config.apiVersion})` : ''}; the component rejects or ignores unknown fields.`
    : `Check the spelling with \`kubectl explain ${explain}\`; Kubernetes rejects or drops unknown fields.`;
  return {
    code: 'yaml-unknown-field',
    ...said(near ? 'finding.yaml-unknown-field-near' : 'finding.yaml-unknown-field', { name, holder: holderName, ...(near ? { near } : {}) }),
    hint: near ? `Rename it to \`${near}\` (field names are case-sensitive).` : check,
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
    hint: `Add \`${name}:\` (${displayTypeName(field.t)}); if this document is an excerpt, mark the omitted lines with \`...\`.`,
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
      hint: `Use ${removed.use} instead.`,
      line,
      column,
    };
  }
  return {
    code: 'yaml-api-version',
    ...said(version ? 'finding.yaml-api-removed-in' : 'finding.yaml-api-removed', { kind, apiVersion, ...version }),
    hint: `Write \`apiVersion: ${removed.use}\` (fields may differ between versions: check \`kubectl explain ${kind.toLowerCase()} --api-version=${removed.use}\`).`,
    line,
    column,
  };
}

/** A known kind under an apiVersion of a Kubernetes API group that never served it. */
export function apiVersionFinding(apiVersion: string, kind: string, use: string, line: number, column: number): Finding {
  return {
    code: 'yaml-api-version',
    ...said('finding.yaml-api-not-served', { kind, apiVersion }),
    hint: `Write \`apiVersion: ${use}\` (\`kubectl api-resources\` lists each kind with its API group).`,
    line,
    column,
  };
}

/** A component configuration kind written with an apiVersion that is not where the component reads it (`v1` KubeletConfiguration). */
export function configApiVersionFinding(apiVersion: string, kind: string, known: string, line: number, column: number): Finding {
  return {
    code: 'yaml-api-version',
    ...said('finding.yaml-config-api-version', { kind, apiVersion, known }),
    hint: `Write \`apiVersion: ${known}\` (a configuration file's apiVersion names its component's configuration API group).`,
    line,
    column,
  };
}

/** A kind a Kubernetes API group does not serve, close to one it does (`Deploymnet`). */
export function unknownKindFinding(kind: string, apiVersion: string, near: string, line: number, column: number): Finding {
  return {
    code: 'yaml-unknown-kind',
    ...said('finding.yaml-unknown-kind', { kind, apiVersion, near }),
    hint: `Write \`kind: ${near}\` (kinds are case-sensitive).`,
    line,
    column,
  };
}
