/**
 * One tokenization for Shiki's two themes.
 *
 * Shiki's dual themes (`themes: { light, dark }`) run the TextMate grammar over the code once per
 * theme (`codeToTokensWithThemes` calls `codeToTokensBase` for each) and then align the two token
 * lists; the grammar's regex scanning is the same both times, only the colours differ. At 1,000
 * notes that second scan was about 1.5 s of the highlighting worker's 9.7 s. Here the grammar
 * runs once, with a "pair theme": for every scope path it resolves the light and the dark theme
 * exactly as vscode-textmate would (each theme's own `Theme.match`, merged over the scope path
 * the way `AttributedScopeStack.mergeAttributes` merges it) and encodes the pair of results as
 * one colour id. A token boundary then falls wherever either theme's attributes change, which
 * is where Shiki's alignment of the two tokenizations puts its boundaries. Each theme's pass of
 * Shiki's own pipeline (`codeToHtml` of `shiki/core`, unchanged: alignment, CSS variables,
 * whitespace merging, decorations, transformers, hast, serialisation) is then fed that one
 * tokenization with the theme's own colour ids put back, so the HTML is Shiki's, byte for byte:
 * tests/unit/pages/dual-theme.test.ts compares it with Shiki's two-pass output on every bundled
 * example, a generated corpus and hand-written YAML.
 *
 * What it relies on besides Shiki's public API: vscode-textmate's `Theme` (exported) and one
 * private field, `Registry._syncRegistry`, to give the grammar the pair theme (Shiki's own
 * Registry sets themes the same way). Both packages are pinned; if either ever behaves
 * differently the highlighter falls back to Shiki's two passes (`highlightExample`), and the
 * test above fails.
 */
import { codeToHast, codeToTokens as shikiCodeToTokens, splitLines, type CodeToHastOptions, type ShikiPrimitive, type ThemeRegistrationResolved } from 'shiki/core';
import { EncodedTokenMetadata, INITIAL, Registry, Theme, type IGrammar, type IRawGrammar, type IOnigLib, type StateStack } from 'shiki/textmate';
import type { RegexEngine } from 'shiki';
import yamlLangs from 'shiki/langs/yaml.mjs';
import { hastToHtml } from './hast-html.ts';

/** Resolved style of a scope path in one theme (vscode-textmate's encoding: fontStyle -1 = not set, colour id 0 = not set). */
interface Style {
  fontStyle: number;
  foregroundId: number;
  backgroundId: number;
}

/** vscode-textmate's ScopeStack as the grammar hands it to the theme. */
interface ScopePath {
  parent: ScopePath | null;
  scopeName: string;
}

/** At most 511 colour ids fit in a token's metadata (9 bits); id 0 means "not set". */
const MAX_PAIRS = 511;

/**
 * The theme the grammar tokenizes with: colour id `n` stands for the pair (light style, dark
 * style) numbered `n`. Every scope path gets an explicit style (font style none, colour = the
 * pair), so the grammar's metadata changes exactly where either theme's resolved style does.
 */
class PairTheme {
  private readonly themes: Theme[];
  private readonly defaults: Style[];
  /**
   * Each theme's full style of the scope paths of the code being tokenized (cleared for every
   * code: the grammar builds new paths for each), with their pair id. The grammar pushes a
   * scope on a path it asked about before, so a path's parent is always here.
   */
  private readonly resolved = new Map<ScopePath, { styles: Style[]; id: number }>();
  /** Pair ids by the two styles' numbers (`styleNumber`). */
  private readonly ids = new Map<number, number>();
  /** `styles[id]`: the styles of pair `id`, one per theme. */
  readonly styles: Style[][] = [[]];

  constructor(themes: Theme[]) {
    if (themes.length !== 2) throw new Error('dual-theme: two themes');
    this.themes = themes;
    this.defaults = themes.map((t) => {
      const d = t.getDefaults() as Style;
      return { fontStyle: d.fontStyle, foregroundId: d.foregroundId, backgroundId: d.backgroundId };
    });
  }

  /** Forget the paths of the previous code. */
  reset(): void {
    this.resolved.clear();
  }

  private idOf(styles: Style[]): number {
    // fontStyle -1..15, colour ids below 512 (the metadata's 9 bits; background 8): 22 bits per style.
    const n = (s: Style): number => ((s.fontStyle + 1) << 17) | (s.foregroundId << 8) | s.backgroundId;
    const key = n(styles[0]!) * 0x400000 + n(styles[1]!);
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.styles.length;
      if (id > MAX_PAIRS) throw new Error('dual-theme: more than 511 distinct style pairs');
      this.ids.set(key, id);
      this.styles.push(styles);
    }
    return id;
  }

  /** Each theme's full style of `path`: its parent's, overridden by what the theme's matching rule sets (AttributedScopeStack.mergeAttributes). */
  private entry(path: ScopePath): { styles: Style[]; id: number } {
    let e = this.resolved.get(path);
    if (!e) {
      const parent = path.parent === null ? this.defaults : this.entry(path.parent).styles;
      const styles = [0, 1].map((i) => {
        const m = this.themes[i]!.match(path as never) as Style | null;
        const p = parent[i]!;
        if (m === null) return p;
        return {
          fontStyle: m.fontStyle !== -1 ? m.fontStyle : p.fontStyle,
          foregroundId: m.foregroundId !== 0 ? m.foregroundId : p.foregroundId,
          backgroundId: m.backgroundId !== 0 ? m.backgroundId : p.backgroundId,
        };
      });
      e = { styles, id: this.idOf(styles) };
      this.resolved.set(path, e);
    }
    return e;
  }

  // The ThemeProvider interface vscode-textmate's grammar calls.
  match(path: ScopePath | null): Style {
    return { fontStyle: 0, foregroundId: path === null ? this.idOf(this.defaults) : this.entry(path).id, backgroundId: 1 };
  }
  getDefaults(): Style {
    return { fontStyle: 0, foregroundId: this.idOf(this.defaults), backgroundId: 1 };
  }
  getColorMap(): string[] {
    return [];
  }
}

interface LineResult {
  line: string;
  tokens: Uint32Array;
  ruleStack: StateStack;
}

/** vscode-textmate's StateStackImpl and AttributedScopeStack, as far as `LineMemo` reads them. */
interface StackFrame {
  parent: StackFrame | null;
  depth: number;
  ruleId: number;
  endRule: string | null;
  beginRuleCapturedEOL: boolean;
  nameScopesList: AttributedScopes | null;
  contentNameScopesList: AttributedScopes | null;
}
interface AttributedScopes {
  parent: AttributedScopes | null;
  scopePath: ScopePath;
  tokenAttributes: number;
}

function sameScopePath(a: ScopePath | null, b: ScopePath | null): boolean {
  for (; a !== b; a = a.parent, b = b!.parent) if (!a || !b || a.scopeName !== b.scopeName) return false;
  return true;
}

function sameScopes(a: AttributedScopes | null, b: AttributedScopes | null): boolean {
  for (; a !== b; a = a.parent, b = b!.parent) if (!a || !b || a.tokenAttributes !== b.tokenAttributes || !sameScopePath(a.scopePath, b.scopePath)) return false;
  return true;
}

/**
 * Every field of two grammar states that tokenizing a line reads, compared frame by frame (the
 * rule, its end pattern with its back-references filled in, whether the begin captured the end of
 * line, and both scope lists with their theme attributes: stricter than vscode-textmate's own
 * `equals`). Only `_enterPos` / `_anchorPos` are left out: the tokenizer resets them at the start
 * of every line (`StateStackImpl.reset`).
 */
function sameState(x: StateStack, y: StateStack): boolean {
  let a = x as unknown as StackFrame | null;
  let b = y as unknown as StackFrame | null;
  for (; a !== b; a = a.parent, b = b!.parent) {
    if (!a || !b) return false;
    if (a.depth !== b.depth || a.ruleId !== b.ruleId || a.endRule !== b.endRule || a.beginRuleCapturedEOL !== b.beginRuleCapturedEOL) return false;
    if (!sameScopes(a.nameScopesList, b.nameScopesList) || !sameScopes(a.contentNameScopesList, b.contentNameScopesList)) return false;
  }
  return true;
}

/** Lines remembered before the memo starts afresh (a few tens of MB at most; the 1,000-note bench corpus has about 2,500 distinct lines in their states). */
const LINE_MEMO_LIMIT = 200_000;

/**
 * The grammar's result for a line is a function of the line and the state it starts in (the
 * state at the end of the line before; the first line's is `INITIAL`). YAML manifests repeat
 * lines (`apiVersion: v1`, `kind: Pod`, `metadata:`, `  name: nginx`, `spec:` …) in the same
 * states across examples, so each (state, line) is tokenized once per thread and its tokens
 * reused. States are interned: a state the grammar returns that equals one seen before
 * (`sameState`) is replaced by that one, so a state can be looked up by identity. The tokens are
 * the same as a fresh tokenization's (their colours are style-pair ids that `PairTheme` never
 * forgets); they are only read (the replay copies them).
 */
class LineMemo {
  private byState = new Map<StateStack, Map<string, LineResult>>();
  /** Interned states by depth and top rule (a few per key). */
  private states = new Map<number, StateStack[]>();
  private size = 0;
  private readonly limit: number;
  /** How many lines came from the memo and how many were tokenized (tests, benchmarks). */
  readonly counts = { hits: 0, misses: 0 };

  private readonly tokenize: (line: string, state: StateStack) => LineResult;

  constructor(tokenize: (line: string, state: StateStack) => LineResult, limit: number) {
    this.tokenize = tokenize;
    this.limit = limit;
  }

  line(line: string, state: StateStack): LineResult {
    let lines = this.byState.get(state);
    const known = lines?.get(line);
    if (known) {
      this.counts.hits++;
      return known;
    }
    this.counts.misses++;
    const r = this.tokenize(line, state);
    const out: LineResult = { line, tokens: r.tokens, ruleStack: this.intern(r.ruleStack) };
    if (this.size >= this.limit) {
      this.byState = new Map();
      this.states = new Map();
      this.size = 0;
      lines = undefined;
    }
    if (!lines) this.byState.set(state, (lines = new Map()));
    lines.set(line, out);
    this.size++;
    return out;
  }

  private intern(state: StateStack): StateStack {
    const top = state as unknown as StackFrame;
    const key = top.depth * 0x100000 + top.ruleId;
    let list = this.states.get(key);
    if (!list) this.states.set(key, (list = []));
    for (const s of list) if (sameState(s, state)) return s;
    list.push(state);
    return state;
  }
}

export interface DualThemeTokenizer {
  /** `highlighter.codeToHtml(code, options)` with one tokenization (options: `lang: 'yaml'`, `themes` as given to `createDualThemeTokenizer`). */
  codeToHtml(code: string, options: CodeToHastOptions): string;
  /** Lines taken from the line memo and lines tokenized, so far (`LineMemo`). */
  readonly lineCounts: { readonly hits: number; readonly misses: number };
}

/**
 * A tokenizer for YAML in the two themes `themeNames` (light first), for `primitive`, a Shiki
 * highlighter (it is a ShikiPrimitive) that has both themes and YAML loaded. `lineMemoLimit`:
 * lines kept in the line memo (`LineMemo`) before it starts afresh.
 */
export function createDualThemeTokenizer(primitive: ShikiPrimitive, engine: RegexEngine, themeNames: readonly [string, string], { lineMemoLimit = LINE_MEMO_LIMIT }: { lineMemoLimit?: number } = {}): DualThemeTokenizer {
  const resolved = themeNames.map((n) => primitive.getTheme(n)) as ThemeRegistrationResolved[];
  // The same construction as Shiki's Registry.setTheme, so the colour ids and maps are the same.
  const tmThemes = resolved.map((t) => Theme.createFromRawTheme(t as never));
  const colorMaps = tmThemes.map((t) => t.getColorMap());
  const pairTheme = new PairTheme(tmThemes);
  const lang = yamlLangs.find((l) => l.scopeName === 'source.yaml')!;
  const onigLib: IOnigLib = {
    createOnigScanner: (patterns) => engine.createScanner(patterns) as never,
    createOnigString: (s) => engine.createString(s) as never,
  };
  // Shiki's fork of vscode-textmate is synchronous: the grammar and the regex engine are given as they are.
  const registry = new Registry({
    onigLib: onigLib as never,
    loadGrammar: ((scopeName: string) => (scopeName === lang.scopeName ? (lang as unknown as IRawGrammar) : null)) as never,
  });
  (registry as unknown as { _syncRegistry: { setTheme(t: unknown): void } })._syncRegistry.setTheme(pairTheme);
  // As Shiki's Registry.loadLanguage configures it (balanced brackets affect the token metadata).
  const grammar = (registry.loadGrammarWithConfiguration(lang.scopeName, 1, {
    balancedBracketSelectors: lang.balancedBracketSelectors ?? ['*'],
    unbalancedBracketSelectors: lang.unbalancedBracketSelectors ?? [],
  }) as unknown) as IGrammar;

  /** The metadata of `meta` with theme `t`'s style of the pair it holds. */
  const forTheme = (meta: number, t: number): number => {
    const s = pairTheme.styles[EncodedTokenMetadata.getForeground(meta)]![t]!;
    const cleared = meta & ~(0b1111 << 11) & ~(0x1ff << 15) & ~(0xff << 24);
    return EncodedTokenMetadata.set(cleared >>> 0, 0, 8, null, s.fontStyle === -1 ? 0 : s.fontStyle, s.foregroundId, s.backgroundId);
  };

  let timeLimit = 500;
  const memo = new LineMemo((line, state) => {
    const r = grammar.tokenizeLine2(line, state, timeLimit);
    if (r.stoppedEarly) throw new Error('dual-theme: tokenizing stopped early');
    return { line, tokens: r.tokens, ruleStack: r.ruleStack };
  }, lineMemoLimit);

  return {
    lineCounts: memo.counts,
    codeToHtml(code, options) {
      // The grammar once, over the lines Shiki's tokenizer will ask for (splitLines: empty lines
      // skipped); a line already tokenized in the same state is taken from the memo.
      const lines: LineResult[] = [];
      let stack: StateStack = INITIAL;
      timeLimit = options.tokenizeTimeLimit ?? 500;
      pairTheme.reset();
      for (const [line] of splitLines(code)) {
        if (line === '') continue;
        const r = memo.line(line, stack);
        lines.push(r);
        stack = r.ruleStack;
      }
      // Each theme's pass replays that tokenization with the theme's own style ids.
      let theme = -1;
      const view: ShikiPrimitive = {
        ...primitive,
        setTheme(name) {
          theme = themeNames.indexOf(name as string);
          if (theme < 0) throw new Error(`dual-theme: unexpected theme ${String(name)}`);
          return { theme: resolved[theme]!, colorMap: colorMaps[theme]! };
        },
        getLanguage(name) {
          const real = primitive.getLanguage(name);
          const t = theme;
          let at = 0;
          const replay = {
            name: real.name,
            tokenizeLine2(line: string) {
              const r = lines[at++];
              if (!r || r.line !== line) throw new Error('dual-theme: lines out of step with Shiki');
              const tokens = new Uint32Array(r.tokens.length);
              for (let i = 0; i < tokens.length; i += 2) {
                tokens[i] = r.tokens[i]!;
                tokens[i + 1] = forTheme(r.tokens[i + 1]!, t);
              }
              return { tokens, ruleStack: r.ruleStack, stoppedEarly: false };
            },
          };
          return replay as unknown as typeof real;
        },
      };
      return codeToHtml(view, code, options);
    },
  };
}


/**
 * Shiki's `codeToHtml` (shiki/core, `src/highlight/code-to-html.ts` of @shikijs/core 4.6.0) with
 * its serialiser, hast-util-to-html's `toHtml`, replaced by `hastToHtml` (hast-html.ts: the same
 * string, faster for the trees Shiki builds). The context and the transformers' `postprocess`
 * hooks are Shiki's; transformers run in the order Shiki sorts them (`enforce`: pre, normal, post),
 * and Shiki's built-in transformers have no `postprocess`.
 */
function codeToHtml(primitive: ShikiPrimitive, code: string, options: CodeToHastOptions): string {
  const context = {
    meta: {},
    options,
    codeToHast: (c: string, o: CodeToHastOptions) => codeToHast(primitive, c, o),
    codeToTokens: (c: string, o: CodeToHastOptions) => shikiCodeToTokens(primitive, c, o),
  };
  let result = hastToHtml(codeToHast(primitive, code, options, context as never));
  const transformers = options.transformers ?? [];
  const ordered = [...transformers.filter((t) => t.enforce === 'pre'), ...transformers.filter((t) => t.enforce !== 'pre' && t.enforce !== 'post'), ...transformers.filter((t) => t.enforce === 'post')];
  for (const t of ordered) result = t.postprocess?.call(context as never, result, options) || result;
  return result;
}
