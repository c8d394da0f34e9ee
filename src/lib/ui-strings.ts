/**
 * The UI-string tables the browser scripts read, built once per build and shipped once per site:
 * each table is a virtual module (`virtual:ui-strings/<name>`) that a browser script imports, so
 * Vite bundles it into that script's hashed, cacheable chunk instead of every page inlining it.
 * Only what a script needs goes into its table: the language switch gets the whole English
 * table (any `data-i18n` key on any page may need it), the other scripts the keys under their
 * prefixes, in zh-CN and en. This module owns the tables' names, type and builder; the Vite
 * plugin (`uiStringsPlugin`, registered in astro.config.mjs and vitest.config.ts) serves them.
 *
 * The plugin reads `src/i18n/<lang>.json` itself (and watches them, so `astro dev` picks up an
 * edited string): astro.config.mjs loads this file with Node's own loader, which cannot import
 * JSON without an import attribute, and a config that needs Vite's loader breaks the Pagefind
 * hook's dynamic import after the build.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { UiLang } from '../i18n/index.ts';

/** One table: some UI strings in both languages. */
export type UiStringTable = Record<UiLang, Record<string, string>>;

/** Which keys each table holds (prefixes of UI-string keys). */
const TABLES = {
  /** Search dialog (`src/scripts/search/ui.ts`). */
  search: ['search.'],
  /** Progress widgets, the map's progress layer, the review page (`src/scripts/progress/strings.ts`). */
  progress: ['progress.'],
  /** Link previews: `preview.*`, kind names, progress states, status labels (`src/scripts/preview.ts`). */
  preview: ['preview.', 'concept.kind.', 'progress.state.', 'concept.status.'],
  /** YAML copy buttons and key tooltips (`src/scripts/yaml/index.ts`). */
  yaml: ['yaml.tip.', 'yaml.copied', 'yaml.copyFailed'],
  /** A note's image on another host that did not load (`src/scripts/remote-images.ts`). */
  images: ['note.remoteImage'],
} as const satisfies Record<string, readonly string[]>;

export type UiStringTableName = keyof typeof TABLES;

/** All UI strings, by language (`src/i18n/<lang>.json`): the table of every key. */
export type UiStrings = UiStringTable;

const LANGS: readonly UiLang[] = ['zh-CN', 'en'];
const i18nFile = (lang: UiLang): string => fileURLToPath(new URL(`../i18n/${lang}.json`, import.meta.url));

/**
 * The labels the engine writes into rendered notes (callout types, the footnotes heading; the
 * engine imports nothing from src/i18n, so they live in src/graph): UI strings too, so the
 * language switch finds their English text.
 */
const contentLabelsFile = fileURLToPath(new URL('../graph/content-labels.json', import.meta.url));
/** The findings' messages (`finding.*`: the engine writes their English for the CLI; pages show them in the reader's language). */
const findingTextsFile = fileURLToPath(new URL('../graph/finding-texts.json', import.meta.url));
const ENGINE_TABLES = [contentLabelsFile, findingTextsFile];

function readUiStrings(): UiStrings {
  const engine = ENGINE_TABLES.map((f) => JSON.parse(readFileSync(f, 'utf8')) as UiStrings);
  const read = (lang: UiLang): Record<string, string> =>
    Object.assign(JSON.parse(readFileSync(i18nFile(lang), 'utf8')) as Record<string, string>, ...engine.map((t) => t[lang]));
  return { 'zh-CN': read('zh-CN'), en: read('en') };
}

/** The keys of `table` that start with one of `prefixes`. */
function only(table: Record<string, string>, prefixes: readonly string[]): Record<string, string> {
  return Object.fromEntries(Object.entries(table).filter(([k]) => prefixes.some((p) => k.startsWith(p))));
}

/** The table `name` in zh-CN and en, out of all the strings. */
export function uiStringTable(strings: UiStrings, name: UiStringTableName): UiStringTable {
  return { 'zh-CN': only(strings['zh-CN'], TABLES[name]), en: only(strings.en, TABLES[name]) };
}

/** The source of the virtual module `virtual:ui-strings/<name>`: `en` (the whole English table, for the language switch) or a table name; undefined for an unknown name. */
export function uiStringsModuleSource(strings: UiStrings, name: string): string | undefined {
  const data = name === 'en' ? strings.en : name in TABLES ? uiStringTable(strings, name as UiStringTableName) : undefined;
  return data === undefined ? undefined : `export default ${JSON.stringify(data)};\n`;
}

const PREFIX = 'virtual:ui-strings/';
const RESOLVED = '\0' + PREFIX;

/**
 * The Vite plugin that serves the tables: `import table from 'virtual:ui-strings/progress'`.
 * An unknown name is a build error that lists the known ones.
 */
export function uiStringsPlugin(): {
  name: string;
  resolveId(id: string): string | undefined;
  load(this: { addWatchFile(file: string): void }, id: string): string | undefined;
} {
  return {
    name: 'k8smap:ui-strings',
    resolveId(id) {
      return id.startsWith(PREFIX) ? RESOLVED + id.slice(PREFIX.length) : undefined;
    },
    load(id) {
      if (!id.startsWith(RESOLVED)) return undefined;
      const name = id.slice(RESOLVED.length);
      for (const lang of LANGS) this.addWatchFile(i18nFile(lang));
      for (const f of ENGINE_TABLES) this.addWatchFile(f);
      const source = uiStringsModuleSource(readUiStrings(), name);
      if (source === undefined) {
        throw new Error(`${PREFIX}${name}: no such UI-string table (known: en, ${Object.keys(TABLES).join(', ')}); see src/lib/ui-strings.ts`);
      }
      return source;
    },
  };
}
