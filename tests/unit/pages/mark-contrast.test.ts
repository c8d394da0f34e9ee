/**
 * qa48: a highlight (`==重点==`, `<mark>`) on a note page had the browser's colours: yellow with
 * black text, and a link inside it (the site links concept names) in the dark theme's light blue
 * on that yellow, about 1.3:1. The theme gives `<mark>` its own background, the text colour of the
 * theme on it, and a link inside it that colour too (its underline still says it is a link).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const css = readFileSync(new URL('../../../src/styles/global.css', import.meta.url), 'utf8');

/** The custom properties of the first rule whose selector starts with `selector`. */
function tokens(selector: string): Record<string, string> {
  const at = css.indexOf(`${selector} {`);
  expect(at, selector).toBeGreaterThanOrEqual(0);
  const body = css.slice(at, css.indexOf('}', at));
  return Object.fromEntries([...body.matchAll(/(--[\w-]+):\s*(#[0-9a-f]{6})/gi)].map((m) => [m[1]!, m[2]!.toLowerCase()]));
}

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
const contrast = (a: string, b: string): number => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
};

describe('highlights in both themes', () => {
  const light = tokens(':root');
  const dark = tokens(":root[data-theme='dark']");
  const systemDark = tokens("  :root:not([data-theme='light'])");

  it('have a background of the theme with its text colour readable on it (WCAG AA, 4.5:1)', () => {
    for (const [name, t] of [['light', light], ['dark', dark], ['system dark', { ...dark, ...systemDark }]] as const) {
      expect(t['--mark-bg'], name).toBeDefined();
      expect(contrast(t['--fg']!, t['--mark-bg']!), name).toBeGreaterThanOrEqual(4.5);
    }
    expect(systemDark['--mark-bg']).toBe(dark['--mark-bg']);
  });

  it('show a link inside them in the text colour, not the link colour', () => {
    expect(css).toMatch(/\nmark \{[^}]*background: var\(--mark-bg\);[^}]*color: var\(--fg\);/);
    expect(css).toMatch(/\nmark a \{ color: inherit; \}/);
  });
});
