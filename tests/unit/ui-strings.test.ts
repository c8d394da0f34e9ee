/**
 * The UI-string tables browser scripts import (`virtual:ui-strings/<name>`, src/lib/ui-strings.ts):
 * each holds exactly the keys under its prefixes, in both languages; every literal key a script
 * looks up is in its table; the virtual modules resolve through the plugin (this test imports
 * them the way the scripts do); an unknown table is a clear error.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import en from 'virtual:ui-strings/en';
import progress from 'virtual:ui-strings/progress';
import search from 'virtual:ui-strings/search';
import preview from 'virtual:ui-strings/preview';
import yaml from 'virtual:ui-strings/yaml';
import { uiStringTable, uiStringsModuleSource, uiStringsPlugin, type UiStrings } from '../../src/lib/ui-strings.ts';
import { UI_STRINGS } from '../../src/i18n/index.ts';
import contentLabels from '../../src/graph/content-labels.json' with { type: 'json' };
import findingTexts from '../../src/graph/finding-texts.json' with { type: 'json' };

const ROOT = path.resolve(import.meta.dirname, '../..');
const strings = UI_STRINGS as UiStrings;
const src = (f: string): string => readFileSync(path.join(ROOT, 'src/scripts', f), 'utf8');
/** The literal keys passed to `fn('…')` in a source text. */
const keysOf = (code: string, fn: string): string[] => [...code.matchAll(new RegExp(`\\b${fn}\\('([^']+)'`, 'g'))].map((m) => m[1]!);

describe('UI-string tables', () => {
  it('the language switch gets the whole English table, with the labels the engine writes into notes', () => {
    expect(en).toEqual({ ...UI_STRINGS.en, ...contentLabels.en, ...findingTexts.en });
    for (const table of [contentLabels, findingTexts]) {
      expect(Object.keys(table.en).sort()).toEqual(Object.keys(table['zh-CN']).sort());
      for (const k of Object.keys(table.en)) expect(UI_STRINGS.en, `${k} has one home`).not.toHaveProperty(k);
    }
  });

  it("the findings' messages have the same placeholders in zh-CN and en", () => {
    const names = (s: string): string[] => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();
    const zh = findingTexts['zh-CN'] as Record<string, string>;
    for (const [k, text] of Object.entries(findingTexts.en)) {
      expect(k.startsWith('finding.'), k).toBe(true);
      expect(names(zh[k]!), k).toEqual(names(text));
      expect(zh[k], `${k} is translated`).not.toBe(text);
    }
  });

  it('each table holds exactly the keys under its prefixes, in zh-CN and en', () => {
    const cases = [
      [progress, ['progress.']],
      [search, ['search.']],
      [preview, ['preview.', 'concept.kind.', 'progress.state.', 'concept.status.']],
      [yaml, ['yaml.tip.', 'yaml.copied', 'yaml.copyFailed']],
    ] as const;
    for (const [table, prefixes] of cases) {
      for (const lang of ['zh-CN', 'en'] as const) {
        const want = Object.keys(strings[lang]).filter((k) => prefixes.some((p) => k.startsWith(p))).sort();
        expect(want.length).toBeGreaterThan(1);
        expect(Object.keys(table[lang]).sort()).toEqual(want);
        for (const k of want) expect(table[lang][k]).toBe(strings[lang][k]);
      }
    }
    // Much smaller than the whole file: only what the script needs ships with it.
    expect(Object.keys(yaml.en).length).toBeLessThan(Object.keys(strings.en).length / 20);
    expect(uiStringTable(strings, 'search')).toEqual(search);
  });

  it('every literal key the browser scripts look up is in their table', () => {
    const progressCode = ['progress/picker.ts', 'progress/ui-control.ts', 'progress/ui-page.ts', 'progress/ui-next.ts', 'review/ui.ts', 'map/skill-map.ts', 'map/cards-due.ts'].map(src).join('\n');
    const used: [Record<string, string>, string[]][] = [
      [progress['zh-CN'], keysOf(progressCode, 'pt')],
      [search['zh-CN'], keysOf(src('search/ui.ts'), 's')],
      [preview['zh-CN'], keysOf(src('preview.ts'), 'str')],
      [yaml['zh-CN'], [...keysOf(src('yaml/tooltip.ts'), 'str'), 'yaml.copied', 'yaml.copyFailed']],
    ];
    for (const [table, keys] of used) {
      expect(keys.length).toBeGreaterThan(1);
      expect(keys.filter((k) => !(k in table))).toEqual([]);
    }
  });

  it('an unknown table is a clear build error', () => {
    expect(uiStringsModuleSource(strings, 'nope')).toBeUndefined();
    const plugin = uiStringsPlugin();
    const id = plugin.resolveId('virtual:ui-strings/nope');
    expect(id).toBeDefined();
    expect(plugin.resolveId('./other.ts')).toBeUndefined();
    expect(() => plugin.load.call({ addWatchFile: () => {} }, id!)).toThrow(/no such UI-string table \(known: en, search, progress, preview, yaml, images\)/);
  });
});
