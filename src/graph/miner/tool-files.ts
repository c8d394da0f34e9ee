/**
 * keys10: the keys of a tool's own settings file the note shows in a fence — Fluent Bit's classic
 * configuration (`[INPUT]` / `Mem_Buf_Limit  50MB`), Loki's or Vector's YAML, a CNI plugin's JSON,
 * containerd's TOML, a Spring `application.properties` — read with the format's parser, not with
 * patterns over the code: YAML with `yaml` (every document), JSON with `JSON.parse`, TOML with
 * `smol-toml`, and INI-like files (sections, `key = value`, Fluent Bit's `Key  value` under a
 * section, properties) with the reader below, the one format of these no parser package here reads.
 *
 * A Kubernetes manifest (a document with `apiVersion` and `kind`) is no tool's file: its keys are the
 * API's or a custom kind's fields, which the resolver places by other means (`manifest`); a tool's
 * file held in a ConfigMap's `data` (`fluent-bit.conf: |`, `loki.yaml: |`) is read as that file.
 *
 * What it is for (resolve.ts `toolKeyTerm`): a writer who sets out a tool's keys one by one in a key
 * list (`` - `Mem_Buf_Limit`：这个 input 在内存里最多缓冲多少… ``) after showing them in the tool's
 * file is explaining that tool's settings, whatever their spelling (`Mem_Buf_Limit`, `DB`,
 * `retention_period`): spellings the resolver otherwise refuses in key lists, where lower-case and
 * capitalised names are as often values and kinds (unplaced-keys.ts).
 */
import { isMap as isYamlMap, isScalar, isSeq, parseAllDocuments, type Document } from 'yaml';
import { parse as parseToml } from 'smol-toml';
import type { RootContent } from 'mdast';

/** How a fence's keys were read: a tool's file of some syntax, a Kubernetes manifest, or nothing. */
export type FenceSyntax = 'yaml' | 'json' | 'toml' | 'ini' | 'manifest' | 'none';

export interface FenceKey {
  /** The key as the file writes it. */
  name: string;
  /** Its dotted path in the file (an INI key under its section). */
  path: string;
  syntax: Exclude<FenceSyntax, 'none'>;
}

/** Fence languages that are programs, queries, shells or markup: no settings file. */
const NOT_A_FILE = /^(?:bash|sh|shell|console|zsh|fish|terminal|cmd|powershell|ps1|go|golang|python|py|js|javascript|ts|typescript|java|c|cpp|rust|rego|cel|diff|sql|promql|logql|dockerfile|docker|makefile|xml|html|log|mermaid|vrl|lua|hcl|cue|nginx|caddy|corefile)$/i;
/**
 * Languages whose fences may hold any of the files: read as YAML first, then as INI-like. (Not `text`:
 * writers tag a command's output so, `Name:  x` lines a YAML reader takes for keys.)
 */
const UNTAGGED = /^(?:ini|conf|cfg|properties|fluent|fluentbit|fluent-bit|)$/i;

function walkKeys(v: unknown, prefix: string, syntax: FenceKey['syntax'], out: FenceKey[]): void {
  if (Array.isArray(v)) {
    for (const x of v) walkKeys(x, prefix, syntax, out);
    return;
  }
  if (v === null || typeof v !== 'object' || v instanceof Date) return;
  for (const [k, x] of Object.entries(v as Record<string, unknown>)) {
    const path = prefix === '' ? k : `${prefix}.${k}`;
    out.push({ name: k, path, syntax });
    walkKeys(x, path, syntax, out);
  }
}

/**
 * An INI-like file's keys: `[section]` lines, then `key = value` or `key: value` (properties), or
 * under a section `Key  value` (Fluent Bit's classic files). Undefined when the text has neither a
 * section nor two assignments, or a line of something else before its first section.
 */
export function iniKeys(code: string): FenceKey[] | undefined {
  const keys: FenceKey[] = [];
  let section = '';
  let sections = 0;
  let assigns = 0;
  for (const raw of code.split('\n')) {
    const line = raw.replace(/\s+$/, '');
    if (/^\s*(?:[#;]|$)/.test(line)) continue;
    const sec = /^\s*\[\[?([A-Za-z_][\w.\- ]*)\]\]?\s*$/.exec(line);
    if (sec) {
      section = sec[1]!.trim();
      sections++;
      continue;
    }
    const eq = /^\s*([A-Za-z_][\w.-]*)\s*[=:](?![=:])/.exec(line);
    const ws = eq ? null : /^\s*([A-Za-z_][\w.-]*)[ \t]+\S/.exec(line);
    const name = eq?.[1] ?? (section !== '' ? ws?.[1] : undefined);
    if (name !== undefined) {
      keys.push({ name, path: section !== '' ? `${section}.${name}` : name, syntax: 'ini' });
      assigns++;
      continue;
    }
    if (sections === 0) return undefined;
  }
  return sections === 0 && assigns < 2 ? undefined : keys;
}

function yamlDocs(code: string): Document[] | undefined {
  try {
    const docs = parseAllDocuments(code);
    if (!Array.isArray(docs) || docs.length === 0 || docs.some((d) => d.errors.length > 0)) return undefined;
    return docs;
  } catch {
    return undefined;
  }
}

/** The keys of a YAML node (its tree, not its value: a template's `{{ … }}` key stays a key's text). */
function yamlKeys(node: unknown, prefix: string, syntax: FenceKey['syntax'], out: FenceKey[]): void {
  if (isSeq(node)) {
    for (const x of node.items) yamlKeys(x, prefix, syntax, out);
    return;
  }
  if (!isYamlMap(node)) return;
  for (const pair of node.items) {
    if (!isScalar(pair.key) || pair.key.value === null || typeof pair.key.value === 'object') continue;
    const k = String(pair.key.value);
    const path = prefix === '' ? k : `${prefix}.${k}`;
    out.push({ name: k, path, syntax });
    yamlKeys(pair.value, path, syntax, out);
  }
}

/** The syntax a file in a ConfigMap's data is written in, by its name's ending. */
function syntaxOfFileName(name: string): 'yaml' | 'json' | 'toml' | 'ini' {
  if (/\.ya?ml$/i.test(name)) return 'yaml';
  if (/\.json$/i.test(name)) return 'json';
  if (/\.toml$/i.test(name)) return 'toml';
  return 'ini';
}

/** Keys of a text read as one syntax (undefined when it is not written in it). */
function keysAs(syntax: 'yaml' | 'json' | 'toml' | 'ini', code: string): FenceKey[] | undefined {
  if (syntax === 'ini') return iniKeys(code);
  if (syntax === 'yaml') {
    const docs = yamlDocs(code);
    if (!docs || !docs.some((d) => isYamlMap(d.contents))) return undefined;
    const out: FenceKey[] = [];
    for (const d of docs) docKeys(d, out);
    return out;
  }
  let value: unknown;
  try {
    value = syntax === 'json' ? JSON.parse(code) : parseToml(code);
  } catch {
    return undefined;
  }
  const out: FenceKey[] = [];
  walkKeys(value, '', syntax, out);
  return out;
}

/** A YAML document's keys: a manifest's as `manifest`, and the files its ConfigMap data holds. */
function docKeys(d: Document, out: FenceKey[]): void {
  const root = d.contents;
  if (!isYamlMap(root)) return;
  const scalar = (key: string) => {
    const v = root.get(key, true);
    return isScalar(v) && typeof v.value === 'string' ? v.value : undefined;
  };
  if (scalar('apiVersion') === undefined || scalar('kind') === undefined) {
    yamlKeys(root, '', 'yaml', out);
    return;
  }
  yamlKeys(root, '', 'manifest', out);
  for (const field of ['data', 'stringData']) {
    const data = root.get(field, true);
    if (!isYamlMap(data)) continue;
    for (const pair of data.items) {
      if (!isScalar(pair.key) || !isScalar(pair.value) || typeof pair.value.value !== 'string' || !pair.value.value.includes('\n')) continue;
      out.push(...(keysAs(syntaxOfFileName(String(pair.key.value)), pair.value.value) ?? []));
    }
  }
}

/** The keys of one fence, by the syntax its language tag (or, untagged, its text) says. */
export function fenceKeys(lang: string, code: string): { syntax: FenceSyntax; keys: FenceKey[] } {
  const l = lang.trim().toLowerCase();
  const read = (syntax: 'yaml' | 'json' | 'toml' | 'ini'): { syntax: FenceSyntax; keys: FenceKey[] } | undefined => {
    const keys = keysAs(syntax, code);
    if (!keys) return undefined;
    return { syntax: syntax === 'yaml' && keys.some((k) => k.syntax === 'manifest') ? 'manifest' : syntax, keys };
  };
  const none = { syntax: 'none' as const, keys: [] };
  if (NOT_A_FILE.test(l)) return none;
  if (l === 'yaml' || l === 'yml') return read('yaml') ?? none;
  if (l === 'json' || l === 'jsonc') return read('json') ?? none;
  if (l === 'toml') return read('toml') ?? read('ini') ?? none;
  if (UNTAGGED.test(l)) return read('yaml') ?? read('ini') ?? none;
  return none;
}

/** The keys of every tool's file fenced anywhere in a note (lists and quotes included; no manifest's own keys). */
export function toolFileKeys(tree: { children: readonly RootContent[] }): ReadonlySet<string> {
  const out = new Set<string>();
  const walk = (nodes: readonly RootContent[]) => {
    for (const n of nodes) {
      if (n.type === 'code') {
        for (const k of fenceKeys(n.lang ?? '', n.value).keys) if (k.syntax !== 'manifest') out.add(k.name);
      } else if ('children' in n && Array.isArray(n.children)) walk(n.children as RootContent[]);
    }
  };
  walk(tree.children);
  return out;
}
