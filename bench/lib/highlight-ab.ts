/**
 * Highlighting of every YAML example of a notes folder, one grammar pass for both themes
 * (src/lib/dual-theme.ts) against Shiki's own two passes, in one process, alternating:
 * checks the HTML is identical for every example and prints the CPU time of each per round.
 *
 *   node bench/lib/highlight-ab.ts <notes folder>      (ROUNDS=8 by default; round 0 is warm-up)
 *
 * Plain options (no key links or findings); the unit test (tests/unit/pages/dual-theme.test.ts)
 * covers those. Exits with status 1 if any example differs.
 */
import { createHighlighter } from 'shiki';
import { createJavaScriptRegexEngine } from 'shiki/engine/javascript';
import { createDualThemeTokenizer } from '../../src/lib/dual-theme.ts';
import { DARK_THEME, LIGHT_THEME, displayCode } from '../../src/lib/highlight.ts';
import { loadGraph } from '../../src/graph/index.ts';

const graph = await loadGraph(process.argv[2]!, { layout: false });
const engine = createJavaScriptRegexEngine();
const shiki = await createHighlighter({ themes: [LIGHT_THEME, DARK_THEME], langs: ['yaml'], engine });
const dual = createDualThemeTokenizer(shiki, engine, [LIGHT_THEME, DARK_THEME]);
const options = { lang: 'yaml', themes: { light: LIGHT_THEME, dark: DARK_THEME }, defaultColor: false, tokenizeTimeLimit: 0 } as const;
const codes = graph.examples.map((e) => displayCode(e.code));
let differ = 0;
for (const c of codes) if (dual.codeToHtml(c, options) !== shiki.codeToHtml(c, options)) differ++;
console.log(`${codes.length} examples, ${differ} with different HTML`);
const cpu = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const total = { one: 0, two: 0 };
const rounds = Number(process.env.ROUNDS ?? 8);
for (let round = 0; round < rounds; round++) {
  const time = (f: (c: string) => string): number => {
    const t = cpu();
    for (const c of codes) f(c);
    return cpu() - t;
  };
  const order = round % 2 ? (['two', 'one'] as const) : (['one', 'two'] as const);
  const t: Record<string, number> = {};
  for (const which of order) t[which] = time(which === 'one' ? (c) => dual.codeToHtml(c, options) : (c) => shiki.codeToHtml(c, options));
  if (round > 0) {
    total.one += t.one!;
    total.two += t.two!;
  }
  console.log(`round ${round}: one pass ${t.one!.toFixed(0)} ms CPU, two passes ${t.two!.toFixed(0)} ms CPU, ratio ${(t.one! / t.two!).toFixed(3)}`);
}
if (rounds > 1) console.log(`one / two passes, rounds 1-${rounds - 1}: ${(total.one / total.two).toFixed(3)}`);
process.exitCode = differ ? 1 : 0;
