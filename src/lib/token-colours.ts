/**
 * The highlighted examples' token colours as classes instead of inline styles.
 *
 * Shiki's dual themes (`defaultColor: false`) write both colours on every token:
 * `style="--shiki-light:#116329;--shiki-dark:#7EE787"`, 52 bytes, on about 70 tokens of an
 * average concept page (3.6 KB of its 39 KB at 1,000 bench notes; 5.4 MB of the build's HTML).
 * A theme has a dozen token colours, so each gets a short class here (`sl<n>` for the light
 * theme's n-th colour, `sd<n>` for the dark one's), and one stylesheet, built from the two themes'
 * definitions, sets the same custom properties from those classes
 * (`.yaml-code .sl6{--shiki-light:#116329}`). The page's CSS still colours a token with
 * `var(--shiki-light)` / `var(--shiki-dark)` (YamlExample.astro), so every token is drawn in the
 * colour it had.
 *
 * `colourClassesTransformer` (a Shiki transformer in highlight.ts) replaces a token's `style` only
 * when it sets exactly the two colours and both are in the tables; any other style (a colour a
 * theme could produce that is not among its token colours, a font style) stays inline as Shiki
 * wrote it, so no token can lose its colour. Shiki's own `transformerStyleToClass`
 * (@shikijs/transformers) does the same with hashed class names, but its stylesheet is known only
 * after every example is highlighted (in the build's highlighting thread, after the pages'
 * stylesheets are bundled); the themes' colours are known before.
 *
 * The stylesheet is the virtual module `virtual:token-colours.css` (`tokenColoursPlugin`,
 * registered in astro.config.mjs), imported by YamlExample.astro.
 */
import lightTheme from 'shiki/themes/github-light-default.mjs';
import darkTheme from 'shiki/themes/github-dark-default.mjs';

/** A theme as the theme modules export it (the parts read here). */
interface ThemeColours {
  name: string;
  colors?: Record<string, string>;
  tokenColors?: { settings: { foreground?: string } }[];
}

/** A theme's colours a token can be drawn in: the editor foreground, then each rule's foreground, lower-cased, first occurrence first. */
export function themeTokenColours(theme: ThemeColours): string[] {
  const out = new Set<string>();
  const fg = theme.colors?.['editor.foreground'];
  if (fg) out.add(fg.toLowerCase());
  for (const rule of theme.tokenColors ?? []) if (rule.settings.foreground) out.add(rule.settings.foreground.toLowerCase());
  return [...out];
}

/** The themes highlight.ts highlights with (its LIGHT_THEME / DARK_THEME). */
export const TOKEN_THEMES = { light: lightTheme as ThemeColours, dark: darkTheme as ThemeColours };

/** Class of each colour, by theme: `sl<n>` / `sd<n>`. */
const CLASSES = {
  light: new Map(themeTokenColours(TOKEN_THEMES.light).map((c, i) => [c, `sl${i}`])),
  dark: new Map(themeTokenColours(TOKEN_THEMES.dark).map((c, i) => [c, `sd${i}`])),
};

/** The classes for a token drawn in `light` / `dark` (any case), or undefined when either colour has none. */
export function colourClasses(light: string, dark: string): string | undefined {
  const l = CLASSES.light.get(light.toLowerCase());
  const d = CLASSES.dark.get(dark.toLowerCase());
  return l && d ? `${l} ${d}` : undefined;
}

/** A theme's colour for `key` (`editor.foreground` / `editor.background`), lower-cased as Shiki writes it. */
const themeColour = (theme: ThemeColours, key: string): string => (theme.colors?.[key] ?? '').toLowerCase();

/**
 * The `style` Shiki writes on every highlighted `<pre>` (both themes' foreground and background,
 * about 100 bytes, the same on every example of the build): `preColoursTransformer` (highlight.ts)
 * leaves it out when a `<pre>`'s is exactly this, and the stylesheet below sets it on `.yaml-code`.
 */
export const PRE_COLOURS = [
  `--shiki-light:${themeColour(TOKEN_THEMES.light, 'editor.foreground')}`,
  `--shiki-dark:${themeColour(TOKEN_THEMES.dark, 'editor.foreground')}`,
  `--shiki-light-bg:${themeColour(TOKEN_THEMES.light, 'editor.background')}`,
  `--shiki-dark-bg:${themeColour(TOKEN_THEMES.dark, 'editor.background')}`,
].join(';');

/** The stylesheet: the block's colours (PRE_COLOURS), and each class sets its theme's custom property, inside a highlighted block. */
export function tokenColoursCss(): string {
  const rules: string[] = [`.yaml-code{${PRE_COLOURS}}`];
  for (const [colour, cls] of CLASSES.light) rules.push(`.yaml-code .${cls}{--shiki-light:${colour}}`);
  for (const [colour, cls] of CLASSES.dark) rules.push(`.yaml-code .${cls}{--shiki-dark:${colour}}`);
  return rules.join('\n') + '\n';
}

const MODULE = 'virtual:token-colours.css';
const RESOLVED = '\0' + MODULE;

/** The Vite plugin serving `virtual:token-colours.css` (YamlExample.astro imports it). */
export function tokenColoursPlugin(): { name: string; resolveId(id: string): string | undefined; load(id: string): string | undefined } {
  return {
    name: 'k8smap:token-colours',
    resolveId(id) {
      return id === MODULE ? RESOLVED : undefined;
    },
    load(id) {
      return id === RESOLVED ? tokenColoursCss() : undefined;
    },
  };
}
