/**
 * Build-time syntax highlighting of YAML examples with Shiki.
 *
 * - Dual themes as CSS variables (`--shiki-light`, `--shiki-dark`): github-light-default and
 *   github-dark-default, the GitHub pair whose colours all pass WCAG AA on our code background;
 *   the page's CSS picks one from the site theme, so the code reads well in both.
 * - Every key of `example.keys` (line/column within the code) becomes a link: to the concept
 *   page whose field path matches, else to the field in the Kubernetes API reference. Keys carry
 *   `data-*` attributes (field path, type, description) that the tooltip script shows; with
 *   `descriptionId` (a site build) the description is only referenced, `data-desc-id`, and its
 *   text ships once per site in key-descriptions.json (src/views/key-descriptions.ts).
 * - Lines with schema findings get a class and a marker that points at the finding's entry in
 *   the list below the code.
 *
 * All text reaches HTML through hast, escaped by hast-util-to-html or by hast-html.ts (which
 * writes exactly what hast-util-to-html writes, for the trees Shiki builds), never by concatenation.
 */
import { createHighlighter } from 'shiki';
import { createJavaScriptRegexEngine } from 'shiki/engine/javascript';
import type { DecorationItem, HighlighterGeneric, ShikiTransformer } from 'shiki';
import type { Element } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { Diagnostic, YamlExample, YamlKey } from '../graph/model.ts';
import { displayCode } from '../views/example-code.ts';
import { createDualThemeTokenizer, type DualThemeTokenizer } from './dual-theme.ts';
import { colourClasses, PRE_COLOURS } from './token-colours.ts';

export const LIGHT_THEME = 'github-light-default';
export const DARK_THEME = 'github-dark-default';

type Highlighter = HighlighterGeneric<'yaml', typeof LIGHT_THEME | typeof DARK_THEME>;
let highlighterPromise: Promise<Highlighter> | undefined;
let dualPromise: Promise<DualThemeTokenizer | undefined> | undefined;
const engine = createJavaScriptRegexEngine();

/**
 * Shiki with its JavaScript RegExp engine (the YAML grammar's patterns transpiled to native
 * regexes) rather than the default Oniguruma-in-WebAssembly: the same tokens — the HTML of all
 * 1,997 examples of the 1,000-note bench corpus and of every bundled example is byte-identical
 * under both, tests/unit/pages/highlight.test.ts keeps checking the bundled ones — at about
 * three quarters of the CPU time, and no WebAssembly module to load in each thread.
 */
function getHighlighter(): Promise<Highlighter> {
  highlighterPromise ??= createHighlighter({ themes: [LIGHT_THEME, DARK_THEME], langs: ['yaml'], engine }) as Promise<Highlighter>;
  return highlighterPromise;
}

/**
 * The same highlighter with one grammar pass for both themes (dual-theme.ts): Shiki's HTML,
 * byte for byte, at about half the tokenizing. Undefined if it cannot be set up (then every
 * example takes Shiki's two passes).
 */
function getDualTokenizer(): Promise<DualThemeTokenizer | undefined> {
  dualPromise ??= getHighlighter()
    .then((h) => createDualThemeTokenizer(h, engine, [LIGHT_THEME, DARK_THEME]))
    .catch((err: unknown) => {
      console.warn(`k8s-skill-map: one-pass highlighting is not available (${String(err)}); every example takes Shiki's two passes (same output, slower).`);
      return undefined;
    });
  return dualPromise;
}

/** One schema finding as the page shows it. */
export interface FindingView {
  /** Element id of the finding's list entry. */
  id: string;
  diagnostic: Diagnostic;
  /** 1-based line within the code, or undefined when the finding lies outside the code. */
  codeLine?: number;
}

export interface HighlightedExample {
  /** `<pre class="shiki …">` markup. */
  html: string;
  findings: FindingView[];
  /** Number of keys that became links. */
  linkedKeys: number;
}

export interface HighlightOptions {
  /** URL of a concept's page, or undefined when there is no such page. */
  conceptHref: (id: string) => string | undefined;
  /** Title shown in a key's tooltip for a concept link. */
  conceptTitle?: (id: string) => string | undefined;
  /** Prefix of element ids (unique per example on a page). */
  idPrefix: string;
  /** aria-label of the marker on a line with a finding, per severity. */
  markerLabel?: { error: string; warning: string };
  /** id of the element that lists the findings (the `<pre>` is described by it). */
  findingsListId?: string;
  /** Keys linking to this concept get the extra class `yaml-key--current`. */
  currentConceptId?: string;
  /**
   * The id of a description in the site's key-descriptions.json (src/views/key-descriptions.ts):
   * a key whose description has one carries `data-desc-id` instead of the text. Without it (or
   * for a text it does not know) the key carries the text itself, `data-desc`.
   */
  descriptionId?: (description: string) => string | undefined;
}

/** safeHttpUrl's answers by input: the catalogue has a few hundred distinct doc links, repeated on every key of every example. */
const safeUrls = new Map<string, string | undefined>();

/** Only http(s) links from the field catalogue become hrefs. */
export function safeHttpUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  if (safeUrls.has(url)) return safeUrls.get(url);
  let safe: string | undefined;
  try {
    const u = new URL(url);
    safe = u.protocol === 'https:' || u.protocol === 'http:' ? u.href : undefined;
  } catch {
    safe = undefined;
  }
  safeUrls.set(url, safe);
  return safe;
}

/**
 * Length (in UTF-16 units) of the key that starts at `start` in `line`: a quoted key up to
 * its closing quote, a plain key up to the `:` that ends it (trailing spaces dropped).
 * 0 when no key starts there.
 */
export function keyLength(line: string, start: number): number {
  if (start < 0 || start >= line.length) return 0;
  const q = line[start];
  if (q === '"' || q === "'") {
    for (let i = start + 1; i < line.length; i++) {
      if (q === '"' && line[i] === '\\') {
        i++;
        continue;
      }
      if (line[i] === q) {
        if (q === "'" && line[i + 1] === "'") {
          i++;
          continue;
        }
        return i + 1 - start;
      }
    }
    return 0;
  }
  let end = start;
  for (let i = start; i < line.length; i++) {
    const c = line[i];
    if (c === ':' && (i + 1 === line.length || /[\s,\]}]/.test(line[i + 1]!))) break;
    if (c === ',' || c === '}' || c === ']' || c === '{' || c === '[') break;
    if (c === '#' && i > start && /\s/.test(line[i - 1]!)) break;
    end = i + 1;
  }
  while (end > start && /\s/.test(line[end - 1]!)) end--;
  return end - start;
}

/** Where a key's link should go: its concept page, else the API reference. */
export function keyTarget(key: YamlKey, conceptHref: (id: string) => string | undefined): { href: string; kind: 'concept' | 'doc' } | undefined {
  const concept = key.conceptId !== undefined ? conceptHref(key.conceptId) : undefined;
  if (concept) return { href: concept, kind: 'concept' };
  const doc = safeHttpUrl(key.docUrl);
  if (doc) return { href: doc, kind: 'doc' };
  return undefined;
}

/** The code as highlighted: one trailing newline dropped so no empty last line shows (one home: the excerpt view counts the same lines). */
export { displayCode };

/**
 * Whether the highlighted code's text is the example's code exactly (no carriage return, no
 * trailing newline for `displayCode` to drop): then the copy button needs no `data-code` of its
 * own (a second copy of the code, about 1 KB of an average concept page) and copies the `<pre>`'s
 * text without its finding markers (scripts/yaml/copy.ts `shownCode`).
 */
export function copyShowsCode(code: string): boolean {
  return displayCode(code) === code;
}

/** Key decorations (links or focusable spans) for Shiki. */
export function keyDecorations(example: YamlExample, opts: HighlightOptions): DecorationItem[] {
  const lines = displayCode(example.code).split('\n');
  const seen = new Set<string>();
  const out: DecorationItem[] = [];
  const keys = [...example.keys].sort((a, b) => a.line - b.line || a.column - b.column);
  for (const key of keys) {
    const text = lines[key.line - 1];
    if (text === undefined) continue;
    const start = key.column - 1;
    const len = keyLength(text, start);
    if (len === 0) continue;
    const where = `${key.line}:${key.column}`;
    if (seen.has(where)) continue;
    seen.add(where);
    const target = keyTarget(key, opts.conceptHref);
    const hasInfo = key.type !== undefined || key.description !== undefined;
    if (!target && !hasInfo) continue;
    const current = opts.currentConceptId !== undefined && key.conceptId === opts.currentConceptId && target?.kind === 'concept';
    const properties: Record<string, string | number> = {
      class: `yaml-key${target ? ` yaml-key--${target.kind}` : ''}${current ? ' yaml-key--current' : ''}`,
      'data-field': key.path,
    };
    if (key.type) properties['data-type'] = key.type;
    if (key.description) {
      const id = opts.descriptionId?.(key.description);
      if (id !== undefined) properties['data-desc-id'] = id;
      else properties['data-desc'] = key.description;
    }
    if (key.enum) properties['data-enum'] = key.enum.join(', ');
    if (target) {
      properties.href = target.href;
      if (target.kind === 'concept' && key.conceptId !== undefined) {
        const title = opts.conceptTitle?.(key.conceptId);
        if (title) properties['data-concept'] = title;
      } else {
        properties.rel = 'noopener external';
      }
    } else {
      properties.tabindex = 0;
    }
    out.push({
      start: { line: key.line - 1, character: start },
      end: { line: key.line - 1, character: start + len },
      tagName: target ? 'a' : 'span',
      properties,
    });
  }
  return out;
}

/**
 * Note line of the code's first line. `example.source` is where the fence starts (model.ts), so
 * the code begins on the next line; diagnostics are positioned in the note file.
 */
export function firstCodeLine(example: YamlExample): number {
  return example.source.line + 1;
}

/** Findings mapped from note lines to code lines, in code order. */
export function mapFindings(example: YamlExample, idPrefix: string): FindingView[] {
  const nLines = displayCode(example.code).split('\n').length;
  const first = firstCodeLine(example);
  return [...example.diagnostics]
    .sort((a, b) => a.line - b.line || a.column - b.column || a.code.localeCompare(b.code))
    .map((d, i) => {
      // (inc55: a fence an include read lines into says where each line came from)
      const origin = example.lineOrigins?.findIndex((o) => o.file === d.file && o.line === d.line);
      const codeLine = origin !== undefined ? origin + 1 : d.line - first + 1;
      return {
        id: `${idPrefix}-finding-${i + 1}`,
        diagnostic: d,
        codeLine: codeLine >= 1 && codeLine <= nLines ? codeLine : undefined,
      };
    });
}

function findingsTransformer(findings: FindingView[], opts: HighlightOptions): ShikiTransformer {
  const byLine = new Map<number, FindingView[]>();
  for (const f of findings) {
    if (f.codeLine === undefined) continue;
    const list = byLine.get(f.codeLine) ?? [];
    list.push(f);
    byLine.set(f.codeLine, list);
  }
  // The code's lines, split once (not once per line: that was quadratic in the example's length).
  let source: string | undefined;
  let sourceLines: string[] = [];
  return {
    name: 'k8smap:findings',
    pre(node) {
      this.addClassToHast(node, 'yaml-code');
      if (opts.findingsListId && findings.length > 0) node.properties['aria-describedby'] = opts.findingsListId;
    },
    line(node, line) {
      if (this.source !== source) {
        source = this.source;
        sourceLines = source.split('\n');
      }
      const text = sourceLines[line - 1] ?? '';
      if (text.trim() === '...') this.addClassToHast(node, 'line--omitted');
      const list = byLine.get(line);
      if (!list) return;
      const worst = list.some((f) => f.diagnostic.severity === 'error') ? 'error' : 'warning';
      this.addClassToHast(node, ['line--finding', `line--${worst}`]);
      for (const f of list) {
        const sev = f.diagnostic.severity;
        const index = findings.indexOf(f) + 1;
        const marker: Element = {
          type: 'element',
          tagName: 'a',
          properties: {
            className: ['finding-marker', `finding-marker--${sev}`],
            href: `#${f.id}`,
            'aria-describedby': f.id,
            'aria-label': `${opts.markerLabel?.[sev] ?? sev} ${index}`,
            'data-finding': index,
            // Not part of the example's text: a full-text result would read `type: Rolling!1`.
            'data-pagefind-ignore': '',
          },
          children: [{ type: 'text', value: `${sev === 'error' ? '✕' : '!'}${index}` }],
        };
        node.children.push(marker);
      }
    },
  };
}

/** The two theme colours a `style` sets, when it sets exactly `--shiki-light` and `--shiki-dark` (lower-cased), else undefined. */
function colourPair(style: unknown, extra: 'any' | 'none'): string | undefined {
  if (typeof style !== 'string') return undefined;
  let light: string | undefined;
  let dark: string | undefined;
  for (const decl of style.split(';')) {
    if (decl.trim() === '') continue;
    const colon = decl.indexOf(':');
    const name = decl.slice(0, colon).trim();
    const value = decl.slice(colon + 1).trim().toLowerCase();
    if (colon > 0 && name === '--shiki-light') light = value;
    else if (colon > 0 && name === '--shiki-dark') dark = value;
    else if (extra === 'none') return undefined;
  }
  return light !== undefined && dark !== undefined ? `${light};${dark}` : undefined;
}

/**
 * A token in the code block's own colours leaves them to the block. Shiki writes both theme
 * colours on every token (`style="--shiki-light:…;--shiki-dark:…"`, about 50 bytes) and on the
 * `<pre>`; the page's CSS colours a token with `var(--shiki-light)` / `var(--shiki-dark)`, and a
 * custom property a token does not set is the `<pre>`'s, so a token whose pair is the `<pre>`'s
 * (the default foreground: colons, plain text, a third of the tokens) shows the same without
 * its `style`. Only a style that sets nothing else is removed, and only where no element between
 * the `<pre>` and the token sets a style of its own.
 */
function inheritedColoursTransformer(): ShikiTransformer {
  return {
    name: 'k8smap:inherited-colours',
    root(root) {
      const pre = root.children.find((c): c is Element => c.type === 'element' && c.tagName === 'pre');
      const own = pre && colourPair(pre.properties.style, 'any');
      if (!pre || !own) return;
      const walk = (el: Element): void => {
        for (const child of el.children) {
          if (child.type !== 'element') continue;
          if (child.properties.style === undefined) walk(child);
          else if (tokenStyle(child.properties.style)?.pair === own) {
            delete child.properties.style;
            walk(child);
          }
        }
      };
      walk(pre);
    },
  };
}

/** What a token's `style` string says (a build has a handful of distinct ones): its exact colour pair and that pair's classes. */
interface TokenStyle {
  /** `colourPair(style, 'none')`. */
  pair: string | undefined;
  /** The pair's colour classes (token-colours.ts), when both colours have one. */
  classes: string | undefined;
}
const tokenStyles = new Map<string, TokenStyle>();

function tokenStyle(style: unknown): TokenStyle | undefined {
  if (typeof style !== 'string') return undefined;
  let known = tokenStyles.get(style);
  if (!known) {
    const pair = colourPair(style, 'none');
    const [light, dark] = pair?.split(';') ?? [];
    known = { pair, classes: light !== undefined && dark !== undefined ? colourClasses(light, dark) : undefined };
    if (tokenStyles.size < 10_000) tokenStyles.set(style, known);
  }
  return known;
}

/**
 * A token's two theme colours as classes (token-colours.ts: `sl<n> sd<n>`, set by one
 * stylesheet) instead of its `style="--shiki-light:…;--shiki-dark:…"`: only a style that sets
 * exactly the two colours, both among the themes' token colours; anything else stays inline.
 * The classes go after the element's own (a linked key's `yaml-key …`). The `<pre>` keeps its
 * style (the block's colours and backgrounds). Runs after `inheritedColoursTransformer`.
 */
function colourClassesTransformer(): ShikiTransformer {
  return {
    name: 'k8smap:colour-classes',
    root(root) {
      const pre = root.children.find((c): c is Element => c.type === 'element' && c.tagName === 'pre');
      if (!pre) return;
      const walk = (el: Element): void => {
        for (const child of el.children) {
          if (child.type !== 'element') continue;
          const classes = tokenStyle(child.properties.style)?.classes;
          if (classes) {
            // Left out by the serialiser; unlike `delete`, keeps the properties object's shape.
            child.properties.style = undefined;
            // Shiki keeps a decoration's `class` as given (a string, or a list after its own merges).
            const props: Record<string, unknown> = child.properties;
            const key = props.className !== undefined ? 'className' : 'class';
            const own = props[key];
            if (Array.isArray(own)) own.push(...classes.split(' '));
            else props[key] = own === undefined ? classes : `${String(own)} ${classes}`;
          }
          walk(child);
        }
      };
      walk(pre);
    },
  };
}

/**
 * The `<pre>`'s block colours from the stylesheet (token-colours.ts `PRE_COLOURS`, set on
 * `.yaml-code`) instead of its `style`: removed only when it is exactly those four colours, as
 * Shiki writes them for the two themes; any other `style` stays inline. The tokens' colours
 * without a `style` of their own are the `<pre>`'s either way (inheritedColoursTransformer).
 */
function preColoursTransformer(): ShikiTransformer {
  return {
    name: 'k8smap:pre-colours',
    root(root) {
      const pre = root.children.find((c): c is Element => c.type === 'element' && c.tagName === 'pre');
      if (pre && typeof pre.properties.style === 'string' && pre.properties.style.toLowerCase() === PRE_COLOURS) pre.properties.style = undefined;
    },
  };
}

/**
 * Highlight one YAML example: linked keys, finding markers, dual-theme colours.
 *
 * `tokenizeTimeLimit: 0`: Shiki's default stops tokenizing a line after 500 ms and leaves the
 * rest of it as plain text, so on a loaded machine (a descheduled build thread) a line could
 * come out uncoloured in one theme — seen in a build at load average 16 (one line of the
 * publish-service page plain in the dark theme). The build's output must not depend on the load.
 */
export async function highlightExample(example: YamlExample, opts: HighlightOptions, { onePass = true }: { onePass?: boolean } = {}): Promise<HighlightedExample> {
  const highlighter = await getHighlighter();
  const dual = onePass ? await getDualTokenizer() : undefined;
  const code = displayCode(example.code);
  const findings = mapFindings(example, opts.idPrefix);
  const decorations = keyDecorations(example, opts);
  // One grammar pass for both themes when it works; Shiki's own two passes otherwise (the same HTML).
  const render = (options: Parameters<Highlighter['codeToHtml']>[1]): string => {
    if (dual) {
      try {
        return dual.codeToHtml(code, options);
      } catch {
        // fall through to Shiki's two passes, which report a real error (bad decorations) themselves
      }
    }
    return highlighter.codeToHtml(code, options);
  };
  let html: string;
  try {
    html = render({
      lang: 'yaml',
      themes: { light: LIGHT_THEME, dark: DARK_THEME },
      defaultColor: false,
      tokenizeTimeLimit: 0,
      decorations,
      transformers: [findingsTransformer(findings, opts), inheritedColoursTransformer(), colourClassesTransformer(), preColoursTransformer()],
    });
  } catch {
    // Overlapping or out-of-range decorations: show the code without key links rather than fail.
    html = render({
      lang: 'yaml',
      themes: { light: LIGHT_THEME, dark: DARK_THEME },
      defaultColor: false,
      tokenizeTimeLimit: 0,
      transformers: [findingsTransformer(findings, opts), inheritedColoursTransformer(), colourClassesTransformer(), preColoursTransformer()],
    });
    return { html, findings, linkedKeys: 0 };
  }
  return { html, findings, linkedKeys: decorations.filter((d) => d.tagName === 'a').length };
}

/** An `<a …>` start tag as the highlighter writes it (every value double-quoted, `"` escaped). */
const A_TAG = /<a((?: [^\s"'>/=]+(?:="[^"]*")?)*)>/g;
/** A concept key's class attribute up to its kind (the colour classes, token-colours.ts, may follow). */
const CONCEPT_KEY_CLASS = / class="yaml-key yaml-key--concept(?=[" ])/;

/**
 * The same highlighted example for the page of concept `currentHref` (its URL): the keys that
 * link to that page get the class `yaml-key--current`, exactly what `highlightExample` with
 * `currentConceptId` writes (a key links to its concept's page, so "links to the current page"
 * and "belongs to the current concept" pick the same keys). This replaces a second Shiki run per
 * example for each concept page that shows it; tests/unit/pages/highlight.test.ts checks it
 * against the real second run. The href is matched as the serialiser escapes it (hast-util-to-html,
 * the one Shiki uses; hast-html.ts writes the same), so URLs with `&` or quotes match too.
 */
export function markCurrentKeys(html: string, currentHref: string): string {
  const tag = toHtml({ type: 'element', tagName: 'a', properties: { href: currentHref }, children: [] });
  const hrefAttr = `${tag.slice('<a'.length, tag.indexOf('>'))} `;
  return html.replace(A_TAG, (whole: string, attrs: string) => {
    if (!`${attrs} `.includes(hrefAttr)) return whole;
    const at = CONCEPT_KEY_CLASS.exec(attrs);
    if (!at) return whole;
    const end = at.index + at[0].length;
    return `<a${attrs.slice(0, end)} yaml-key--current${attrs.slice(end)}>`;
  });
}
