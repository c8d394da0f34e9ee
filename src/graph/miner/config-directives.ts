/**
 * rules21: the directives of a block-structured configuration file a note shows in a fence — a
 * Corefile (`.:53 {` … `errors` … `forward . /etc/resolv.conf {` … `}`), an nginx or Caddy
 * configuration — and that its running text then explains one by one (`` `errors` 输出错误日志；
 * `health` 在 8080 提供存活检查 ``, `cache 插件按秒缓存应答`). Such a file names its parts by a
 * lower-case word opening each line, arguments after it; the writer who goes through them is
 * explaining the parts of the example, as a YAML example's keys explained in prose are
 * (yaml-explained). prose.ts `directivesExplained` reads the clauses; this module reads the fences.
 *
 * A fence counts when it is no YAML, JSON, shell or program (by its language tag) and holds a block:
 * a line ending in `{` after a name or address (`.:53 {`, `server {`) and a line that is only `}`.
 */
import type { Root, RootContent } from 'mdast';

/** Fence languages that are no block-structured configuration (their lines are keys, commands or code). */
const NOT_A_CONFIG = /^(?:ya?ml|json|jsonc|bash|sh|shell|console|zsh|fish|powershell|ps1|go|golang|python|py|js|javascript|ts|typescript|java|c|cpp|rust|rego|cel|diff|sql|promql|dockerfile|docker|makefile|toml|ini|properties|xml|html|log)$/i;
/** A line opening a block: a name or address, arguments, then `{` (`.:53 {`, `health {`, `server {`). */
const BLOCK_OPEN = /^\s*[^\s{}#]+(?:[ \t]+[^\s{}#]+)*[ \t]*\{\s*$/;
/** A line closing a block. */
const BLOCK_CLOSE = /^\s*\}\s*;?\s*$/;
/** A line of a program or pseudo-code, not of a configuration: an assignment or a call (`want := read()`, `x = 1`). */
const PROGRAM_LINE = /:=|^\s*[A-Za-z_][\w.]*\s*=(?!=)|[A-Za-z_]\w*\([^)]*\)\s*$/;
/** A directive line: a lower-case word, then arguments (not an assignment, a key with a colon or a call). */
const DIRECTIVE_LINE = /^\s*([a-z][a-z0-9_]*)(?=[ \t{;]|$)(?![ \t]*(?::=|=|:(?!\d)|\())/;

/** The directive names of one fence's code, or none when it is no block-structured configuration. */
export function blockDirectives(lang: string, code: string): string[] {
  if (NOT_A_CONFIG.test(lang.trim())) return [];
  const lines = code.split('\n');
  if (!lines.some((l) => BLOCK_OPEN.test(l)) || !lines.some((l) => BLOCK_CLOSE.test(l)) || lines.some((l) => PROGRAM_LINE.test(l))) return [];
  const out: string[] = [];
  for (const l of lines) {
    const m = DIRECTIVE_LINE.exec(l);
    if (m && !out.includes(m[1]!)) out.push(m[1]!);
  }
  return out;
}

/** The directives of every block-structured configuration fenced anywhere in a note (lists and quotes included). */
export function noteDirectives(tree: Root | { children: readonly RootContent[] }): ReadonlySet<string> {
  const out = new Set<string>();
  const walk = (nodes: readonly RootContent[]) => {
    for (const n of nodes) {
      if (n.type === 'code') for (const d of blockDirectives(n.lang ?? '', n.value)) out.add(d);
      else if ('children' in n && Array.isArray(n.children)) walk(n.children as RootContent[]);
    }
  };
  walk(tree.children);
  return out;
}
