/**
 * Diagnostics: construction, ordering and compiler-style formatting
 * (`content/concepts/pod.md:12:3 error duplicate-id …`).
 */
import { fillPlaceholders, type Diagnostic, type GraphStats, type LocalText, type Severity, type SourceRef } from './model.ts';
import path from 'node:path';
import { compareStrings } from './util.ts';
import findingTexts from './finding-texts.json' with { type: 'json' };

/** The key of a finding's message in the UI-string table (src/graph/finding-texts.json: `finding.*`, in zh-CN and en). */
export type FindingKey = keyof (typeof findingTexts)['en'];

/**
 * A finding's message (or hint) as a key of finding-texts.json, the values of its `{name}`
 * placeholders (file names, ids… from the notes) and the placeholders filled with another text of
 * the table (`parts`, see LocalText).
 */
export interface FindingText {
  key: FindingKey;
  vars?: Record<string, string | number>;
  parts?: Record<string, FindingKey>;
}

const table = (lang: 'zh-CN' | 'en'): Record<string, string> => findingTexts[lang];

/** The values of a text's placeholders in `lang`: its `vars`, and its `parts` written in that language. */
export function findingVars(vars: Record<string, string>, parts: Record<string, string> | undefined, lang: 'zh-CN' | 'en'): Record<string, string> {
  if (!parts) return vars;
  const out = { ...vars };
  for (const [name, key] of Object.entries(parts)) {
    const part = table(lang)[key];
    if (part !== undefined) out[name] = fillPlaceholders(part, vars);
  }
  return out;
}

/** A finding's message in `lang` (`{name}` placeholders filled from `vars` and `parts`); English is what the CLI prints. */
export function findingMessage(key: string, vars: Record<string, string> = {}, lang: 'zh-CN' | 'en' = 'en', parts?: Record<string, string>): string | undefined {
  const template = table(lang)[key];
  return template === undefined ? undefined : fillPlaceholders(template, findingVars(vars, parts, lang));
}

/**
 * A diagnostic's text (`text` or `hintText`) as a page shows it: in Chinese (server-rendered) and the
 * values of its placeholders for the language switch's English (`data-i18n-vars`, its parts already
 * in English). All of it is text: the page escapes it.
 */
export function pageText(lt: LocalText): { zh: string | undefined; enVars: string } {
  return { zh: findingMessage(lt.key, lt.vars, 'zh-CN', lt.parts), enVars: JSON.stringify(findingVars(lt.vars, lt.parts, 'en')) };
}

/**
 * A finding's text cut at its backticks, as a page shows it: the quoted parts (field names, a
 * card's `{#id}`) as code, the rest as text (all of it escaped by the page). Unpaired backticks
 * leave the text whole. The language switch does the same in the browser (`data-i18n-code`).
 */
export function codeSpans(text: string): { code: boolean; part: string }[] {
  const parts = text.split('`');
  if (parts.length % 2 === 0) return [{ code: false, part: text }];
  return parts.map((part, i) => ({ code: i % 2 === 1 && part !== '', part }));
}

/** A FindingText as a diagnostic keeps it (values as strings) and its English (the CLI's). */
export function localText(t: FindingText): { english: string; text: LocalText } {
  const vars = Object.fromEntries(Object.entries(t.vars ?? {}).map(([k, v]) => [k, String(v)]));
  const text: LocalText = t.parts ? { key: t.key, vars, parts: t.parts } : { key: t.key, vars };
  return { english: findingMessage(t.key, vars, 'en', t.parts)!, text };
}

/** Collects diagnostics while the graph is built. */
export class DiagnosticSink {
  readonly items: Diagnostic[] = [];

  /**
   * A finding: `message` is its English text, or a key of finding-texts.json with its parts (then the
   * diagnostic keeps both, `text`, so a page can show it in the reader's language); `hint` likewise
   * (`hint` in English, `hintText`).
   */
  add(severity: Severity, code: string, at: SourceRef, message: string | FindingText, hint?: string | FindingText): void {
    const said = typeof message === 'string' ? undefined : localText(message);
    const d: Diagnostic = { severity, code, message: said?.english ?? (message as string), file: at.file, line: at.line, column: at.column };
    if (said) d.text = said.text;
    if (typeof hint === 'string') {
      if (hint) d.hint = hint;
    } else if (hint) {
      const hinted = localText(hint);
      d.hint = hinted.english;
      d.hintText = hinted.text;
    }
    this.items.push(d);
  }

  error(code: string, at: SourceRef, message: string | FindingText, hint?: string | FindingText): void {
    this.add('error', code, at, message, hint);
  }

  warn(code: string, at: SourceRef, message: string | FindingText, hint?: string | FindingText): void {
    this.add('warning', code, at, message, hint);
  }
}

export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return (
    compareStrings(a.file, b.file) ||
    a.line - b.line ||
    a.column - b.column ||
    compareStrings(a.code, b.code) ||
    compareStrings(a.message, b.message)
  );
}

export interface FormatOptions {
  /** Prepended to every file name, e.g. `content/` so paths are relative to the working directory. */
  pathPrefix?: string;
  /** When given, a summary line is appended. */
  stats?: GraphStats;
  /** ANSI colours for the severity (default false). */
  color?: boolean;
}

export function formatSummary(stats: GraphStats): string {
  return (
    `${stats.files} files, ${stats.concepts} concepts, ${stats.edges} edges, ` +
    `${stats.examples} examples` +
    (stats.uncheckedManifests ? ` (${stats.uncheckedManifests} manifests not checked: no schema)` : '') +
    `, ${stats.warnings} warnings, ${stats.errors} errors`
  );
}

/** One diagnostic per line (`file:line:col severity code message`), an indented `hint:` line when there is a hint. */
/**
 * The `file` of a finding about the content folder itself, not a line of a file in it (the folder
 * cannot be read, it has no map.md): the CLI prints the folder, with no line and column.
 */
export const CONTENT_FOLDER = '.';

export function formatDiagnostics(diagnostics: readonly Diagnostic[], opts: FormatOptions = {}): string {
  const prefix = opts.pathPrefix ?? '';
  const paint = (sev: Severity): string => {
    if (!opts.color) return sev;
    return sev === 'error' ? `\x1b[31m${sev}\x1b[0m` : `\x1b[33m${sev}\x1b[0m`;
  };
  let out = '';
  for (const d of [...diagnostics].sort(compareDiagnostics)) {
    const where = d.file === CONTENT_FOLDER ? prefix || './' : `${prefix}${d.file}:${d.line}:${d.column}`;
    out += `${where} ${paint(d.severity)} ${d.code} ${oneLine(d.message)}\n`;
    if (d.hint) out += `  hint: ${oneLine(d.hint)}\n`;
  }
  if (opts.stats) out += formatSummary(opts.stats) + '\n';
  return out;
}

/** Keep one diagnostic on one line whatever the note text contained. */
function oneLine(s: string): string {
  return s.replace(/\s*[\r\n]+\s*/g, ' ');
}

/**
 * The prefix that turns content-relative diagnostic paths into paths a reader can open from
 * the current folder (`content/`), or the absolute folder when it lies far outside it.
 */
export function contentPathPrefix(contentDir: string, cwd: string = process.cwd()): string {
  let prefix = path.relative(cwd, contentDir).split(path.sep).join('/');
  if (prefix.startsWith('../../')) prefix = contentDir.split(path.sep).join('/');
  return prefix === '' ? '' : prefix + '/';
}
