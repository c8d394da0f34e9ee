import { describe, expect, it } from 'vitest';
import { colourClasses, PRE_COLOURS, themeTokenColours, tokenColoursCss, tokenColoursPlugin, TOKEN_THEMES } from '../../../src/lib/token-colours.ts';
import { DARK_THEME, LIGHT_THEME } from '../../../src/lib/highlight.ts';

describe('token colour classes', () => {
  it('are built from the themes the highlighter uses', () => {
    expect(TOKEN_THEMES.light.name).toBe(LIGHT_THEME);
    expect(TOKEN_THEMES.dark.name).toBe(DARK_THEME);
  });

  it("list each theme's foreground and every rule's colour once, lower-cased", () => {
    const theme = {
      name: 't',
      colors: { 'editor.foreground': '#ABCDEF' },
      tokenColors: [{ settings: { foreground: '#111111' } }, { settings: { fontStyle: 'italic' } }, { settings: { foreground: '#abcdef' } }, { settings: { foreground: '#222222' } }, { settings: { foreground: '#111111' } }],
    };
    expect(themeTokenColours(theme)).toEqual(['#abcdef', '#111111', '#222222']);
    for (const t of [TOKEN_THEMES.light, TOKEN_THEMES.dark]) {
      const colours = themeTokenColours(t);
      expect(colours.length).toBeGreaterThan(5);
      for (const rule of t.tokenColors ?? []) if (rule.settings.foreground) expect(colours).toContain(rule.settings.foreground.toLowerCase());
    }
  });

  it('give a pair of known colours two classes, in any case, and nothing for an unknown colour', () => {
    const light = themeTokenColours(TOKEN_THEMES.light);
    const dark = themeTokenColours(TOKEN_THEMES.dark);
    expect(colourClasses(light[2]!.toUpperCase(), dark[3]!)).toBe('sl2 sd3');
    expect(colourClasses(light[0]!, '#123456')).toBeUndefined();
    expect(colourClasses('#123456', dark[0]!)).toBeUndefined();
  });

  it('have one rule each in the stylesheet, setting the colour the class stands for', () => {
    const css = tokenColoursCss();
    const rules = [...css.matchAll(/^\.yaml-code \.(s[ld]\d+)\{--shiki-(light|dark):(#[0-9a-f]{6})\}$/gm)];
    // every line but the first, the block's own colours (below)
    expect(rules.length).toBe(css.trim().split('\n').length - 1);
    const light = themeTokenColours(TOKEN_THEMES.light);
    const dark = themeTokenColours(TOKEN_THEMES.dark);
    expect(rules.length).toBe(light.length + dark.length);
    expect(new Set(rules.map((r) => r[1])).size).toBe(rules.length);
    for (const [, cls, theme, colour] of rules) {
      const list = theme === 'light' ? light : dark;
      expect(`s${theme![0]}${list.indexOf(colour!)}`).toBe(cls);
    }
  });

  it("set the block's own colours on .yaml-code: each theme's editor foreground and background, as Shiki writes them on the <pre>", () => {
    expect(tokenColoursCss().split('\n')[0]).toBe(`.yaml-code{${PRE_COLOURS}}`);
    const fg = (t: typeof TOKEN_THEMES.light) => (t as { colors?: Record<string, string> }).colors?.['editor.foreground']?.toLowerCase();
    const bg = (t: typeof TOKEN_THEMES.light) => (t as { colors?: Record<string, string> }).colors?.['editor.background']?.toLowerCase();
    expect(PRE_COLOURS).toBe(`--shiki-light:${fg(TOKEN_THEMES.light)};--shiki-dark:${fg(TOKEN_THEMES.dark)};--shiki-light-bg:${bg(TOKEN_THEMES.light)};--shiki-dark-bg:${bg(TOKEN_THEMES.dark)}`);
    expect(PRE_COLOURS).toMatch(/^--shiki-light:#[0-9a-f]{6};--shiki-dark:#[0-9a-f]{6};--shiki-light-bg:#[0-9a-f]{6};--shiki-dark-bg:#[0-9a-f]{6}$/);
  });

  it('are served as the virtual stylesheet', () => {
    const plugin = tokenColoursPlugin();
    const id = plugin.resolveId('virtual:token-colours.css');
    expect(id).toBeDefined();
    expect(plugin.load(id!)).toBe(tokenColoursCss());
    expect(plugin.resolveId('virtual:other.css')).toBeUndefined();
  });
});
