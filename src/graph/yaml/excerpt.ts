/**
 * Two shapes of YAML that notes copy and that are not YAML documents as written, read so that a
 * learner gets no false "syntax error" for them:
 *
 * - **An excerpt cut from inside a manifest** whose first lines sit deeper than later ones
 *   (a container's `volumeMounts:` at eight spaces, then, after `...` or nothing, the Pod's
 *   `volumes:` at six). No parent holds the first lines, so YAML rejects the dedent. `liftExcerpt`
 *   puts placeholder parent keys above them, one per level the excerpt climbs back to; after the
 *   parse `dropPlaceholders` splices the placeholders' contents back in place, so the document is
 *   the keys the author wrote, each at its own level, and positions need only a line shift.
 * - **A Helm (Go) template** (`{{ .Values.replicaCount }}`, `{{- include … | nindent 4 }}`): not
 *   YAML until rendered. `neutraliseTemplates` turns a line that is only template actions into a
 *   comment of the same length and an action inside a line into a plain scalar of the same length,
 *   so the keys the template writes are read and every offset stays where it was. The values are
 *   not the author's (they come from values.yaml), so the caller checks no value and no syntax.
 */
import { isMap, isScalar, isSeq } from 'yaml';
import type { Document, Node as YamlNode, Pair } from 'yaml';

/** The key of a placeholder parent: not a Kubernetes key, never left in a parsed document. */
export const PLACEHOLDER_KEY = '__k8smap_excerpt_parent__';

/** A Go template action: `{{ … }}`, `{{- … -}}`, never spanning lines. */
const ACTION = /\{\{-?[^\n]*?-?\}\}/g;
/** A line that holds only template actions (and white space), like `{{- if .Values.x }}`. */
const ACTION_LINE = /^([ \t]*)(?:\{\{-?[^\n]*?-?\}\}[ \t]*)+$/;

export interface NeutralisedTemplate {
  text: string;
  /** True when the code held template actions. */
  templated: boolean;
}

/** Template actions neutralised at the same length (see the module comment). */
export function neutraliseTemplates(code: string): NeutralisedTemplate {
  if (!code.includes('{{') || !code.includes('}}')) return { text: code, templated: false };
  let templated = false;
  const lines = code.split('\n').map((line) => {
    const hasCr = line.endsWith('\r');
    const body = hasCr ? line.slice(0, -1) : line;
    const whole = ACTION_LINE.exec(body);
    if (whole) {
      templated = true;
      const indent = whole[1]!;
      return indent + '#' + ' '.repeat(body.length - indent.length - 1) + (hasCr ? '\r' : '');
    }
    if (!body.includes('{{')) return line;
    const out = body.replace(ACTION, (m) => {
      templated = true;
      return 'x'.repeat(m.length);
    });
    return out + (hasCr ? '\r' : '');
  });
  return templated ? { text: lines.join('\n'), templated } : { text: code, templated };
}

export interface LiftedExcerpt {
  /** The code with placeholder parents above it. */
  text: string;
  /** How many placeholder lines were put above the code. */
  lines: number;
}

const indentOf = (line: string): number => line.length - line.trimStart().length;
/** A line with YAML content: not blank, not only a comment. */
const isContent = (line: string): boolean => {
  const t = line.trim();
  return t !== '' && !t.startsWith('#');
};

/**
 * Placeholder parents for an excerpt whose first content line sits deeper than a later one; undefined
 * when it does not (nothing to lift), when the code holds more than one document, or when a level it
 * climbs back to opens with a list item (the excerpt's parent is a list there, which a key cannot stand
 * for; such code keeps its syntax error).
 */
export function liftExcerpt(code: string): LiftedExcerpt | undefined {
  const lines = code.split('\n').map((l) => l.replace(/\r$/, ''));
  if (lines.some((l) => /^(---|\.\.\.)(\s|$)/.test(l))) return undefined;
  const content = lines.filter(isContent);
  if (content.length < 2) return undefined;
  const first = indentOf(content[0]!);
  const levels: number[] = [];
  let floor = first;
  for (const line of content.slice(1)) {
    const n = indentOf(line);
    if (n >= floor) continue;
    // The first line at a new, shallower level: a key of the parent the excerpt left out.
    if (line.trimStart().startsWith('-')) return undefined;
    levels.push(n);
    floor = n;
  }
  if (levels.length === 0) return undefined;
  const prefix = levels
    .sort((a, b) => a - b)
    .map((n) => `${' '.repeat(n)}${PLACEHOLDER_KEY}:\n`)
    .join('');
  return { text: prefix + code, lines: levels.length };
}

const isPlaceholder = (pair: Pair): boolean => isScalar(pair.key) && pair.key.value === PLACEHOLDER_KEY;

/**
 * Splice each placeholder's mapping back into the mapping that holds it, in place and in order, so the
 * document holds the author's keys only. False when a placeholder holds something else (the lift did
 * not fit the excerpt; the caller keeps the first parse).
 */
export function dropPlaceholders(doc: Document.Parsed): boolean {
  const splice = (node: YamlNode | null): boolean => {
    if (!isMap(node)) return !isSeq(node);
    const items: Pair[] = [];
    for (const pair of node.items as Pair[]) {
      if (!isPlaceholder(pair)) {
        items.push(pair);
        continue;
      }
      const value = pair.value as YamlNode | null;
      if (value === null || (isScalar(value) && value.value === null)) continue;
      if (!isMap(value) || !splice(value)) return false;
      items.push(...(value.items as Pair[]));
    }
    node.items = items;
    return true;
  };
  return splice(doc.contents as YamlNode | null);
}
