/**
 * The layers of src/ import one way (see README, "How the project is organised"):
 *
 *   graph  ←  views  ←  lib  ←  components / layouts / pages
 *                   ↖  scripts (browser)  ↙
 *
 * - src/graph (the engine) imports nothing else from src/;
 * - src/views imports only the engine;
 * - src/lib (build-side services) imports the engine, the views, the UI strings and the settings;
 * - src/i18n (the UI strings) imports only the engine's model (`fillPlaceholders`);
 * - src/scripts (browser code) imports views and the engine's model only, and nothing reachable
 *   from a browser script may pull in Node built-ins, Astro modules or build-side code;
 * - components, layouts and pages sit on top; `<script>` blocks in .astro files are browser code
 *   too and import only from src/scripts.
 * This test reads every source file's imports (static, dynamic and re-exports; `import type`
 * is erased by TypeScript and only has to respect the layer order) and fails on any import that
 * runs back up a layer.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SRC = path.join(ROOT, 'src');

/** Engine parts browser code must never reach by value (paths under src/). */
const BUILD_ONLY = ['graph/vocabulary', 'graph/miner', 'graph/yaml/catalogue.json', 'graph/yaml/catalogue.ts'];

/** Which layers each layer may import (by value; type-only imports may also reach these). */
const ALLOWED: Record<string, string[]> = {
  graph: ['graph'],
  // the UI string tables are data (no code): views name things with them (src/views/concept-names.ts)
  views: ['views', 'graph', 'i18n/en.json', 'i18n/zh-CN.json'],
  lib: ['lib', 'views', 'graph', 'i18n', 'site-config.ts'],
  scripts: ['scripts', 'views', 'graph/model.ts'],
  components: ['components', 'lib', 'views', 'scripts', 'graph', 'i18n', 'styles'],
  layouts: ['layouts', 'components', 'lib', 'views', 'scripts', 'graph', 'i18n', 'styles'],
  pages: ['layouts', 'components', 'lib', 'views', 'scripts', 'graph', 'i18n'],
  integrations: ['integrations', 'lib'],
  i18n: ['i18n', 'graph/model.ts'],
  cli: ['cli', 'graph', 'site-config.ts'],
  'content.config.ts': ['lib'],
  'site-config.ts': [],
};

interface Import {
  from: string;
  spec: string;
  typeOnly: boolean;
  /** Code in an .astro `<script>` block (runs in the browser). */
  browser: boolean;
}

function walk(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...walk(p));
    else if (/\.(ts|mts|astro)$/.test(e.name) && !e.name.endsWith('.d.ts')) out.push(p);
  }
  return out;
}

const IMPORT_RE = /(?:^|[\n;])\s*(import|export)\s+(type\s+)?([^'";]*?)\s*from\s*['"]([^'"]+)['"]|(?:^|[\n;])\s*import\s*['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;

export function importsOf(code: string, from: string, browser: boolean): Import[] {
  const out: Import[] = [];
  for (const m of code.matchAll(IMPORT_RE)) {
    if (m[4] !== undefined) {
      const clause = m[3] ?? '';
      // `import { type A, type B } from` is type-only too; `export *` / `export {}` re-export values.
      const braces = /^\{([^}]*)\}$/.exec(clause.trim());
      const allTyped = braces !== null && braces[1]!.split(',').map((s) => s.trim()).filter(Boolean).every((s) => s.startsWith('type '));
      out.push({ from, spec: m[4], typeOnly: m[2] !== undefined || allTyped, browser });
    } else {
      out.push({ from, spec: (m[5] ?? m[6])!, typeOnly: false, browser });
    }
  }
  return out;
}

/** Server code and browser code of a source file. */
function importsOfFile(file: string): Import[] {
  const text = readFileSync(file, 'utf8');
  if (!file.endsWith('.astro')) return importsOf(text, file, false);
  const fm = /^---\n([\s\S]*?)\n---/.exec(text);
  const out = fm ? importsOf(fm[1]!, file, false) : [];
  const tag = /<script\b([^>]*)>/g;
  for (let m = tag.exec(text); m; m = tag.exec(text)) {
    const attrs = m[1]!;
    if (attrs.trimEnd().endsWith('/')) continue; // <script … /> has no code
    const end = text.indexOf('</script>', tag.lastIndex);
    const code = text.slice(tag.lastIndex, end === -1 ? undefined : end);
    if (!/is:inline|type="application\/json"|set:html/.test(attrs)) out.push(...importsOf(code, file, true));
  }
  return out;
}

/** `src/views/map-data.ts` → layer `views`; top-level files are their own layer. */
function layerOf(abs: string): string {
  const rel = path.relative(SRC, abs).split(path.sep);
  return rel.length === 1 ? rel[0]! : rel[0]!;
}

function allowed(layer: string, target: string): boolean {
  const rel = path.relative(SRC, target).split(path.sep).join('/');
  return (ALLOWED[layer] ?? []).some((a) => rel === a || rel.startsWith(`${a}/`) || layerOf(target) === a);
}

function resolve(from: string, spec: string): string | undefined {
  if (!spec.startsWith('.')) return undefined;
  return path.resolve(path.dirname(from), spec);
}

const files = walk(SRC);
const all = files.flatMap(importsOfFile);

describe('layers', () => {
  it('finds the imports it checks (the parser works on this code base)', () => {
    expect(files.length).toBeGreaterThan(80);
    expect(all.filter((i) => i.spec.startsWith('.')).length).toBeGreaterThan(200);
    expect(importsOf("import type { A } from './a.ts';\nimport { type B, type C } from './b.ts';\nimport { D } from './d.ts';\nexport { E } from './e.ts';\nconst x = import('./f.ts');", 'x', false)).toEqual([
      { from: 'x', spec: './a.ts', typeOnly: true, browser: false },
      { from: 'x', spec: './b.ts', typeOnly: true, browser: false },
      { from: 'x', spec: './d.ts', typeOnly: false, browser: false },
      { from: 'x', spec: './e.ts', typeOnly: false, browser: false },
      { from: 'x', spec: './f.ts', typeOnly: false, browser: false },
    ]);
  });

  it('no import runs back up a layer', () => {
    const wrong: string[] = [];
    for (const imp of all) {
      const target = resolve(imp.from, imp.spec);
      if (!target) continue;
      const layer = layerOf(imp.from);
      if (imp.browser) continue; // checked below
      if (!allowed(layer, target)) wrong.push(`${path.relative(ROOT, imp.from)} → ${imp.spec}${imp.typeOnly ? ' (type)' : ''}`);
    }
    expect(wrong).toEqual([]);
  });

  it('browser code reaches no Node built-in, Astro module or build-side code', () => {
    const browserRoots = new Set<string>();
    const wrong: string[] = [];
    for (const imp of all) {
      if (!imp.browser) continue;
      const target = resolve(imp.from, imp.spec);
      if (!target || !path.relative(SRC, target).startsWith(`scripts${path.sep}`)) wrong.push(`${path.relative(ROOT, imp.from)} <script> → ${imp.spec}`);
      else browserRoots.add(target);
    }
    for (const f of files) if (path.relative(SRC, f).startsWith(`scripts${path.sep}`)) browserRoots.add(f);
    const seen = new Set<string>();
    const stack = [...browserRoots];
    const byFile = new Map<string, Import[]>();
    for (const imp of all) {
      const list = byFile.get(imp.from);
      if (list) list.push(imp);
      else byFile.set(imp.from, [imp]);
    }
    while (stack.length > 0) {
      const f = stack.pop()!;
      if (seen.has(f)) continue;
      seen.add(f);
      for (const imp of (byFile.get(f) ?? []).filter((i) => !i.browser)) {
        if (imp.typeOnly) continue;
        if (/^(node:|astro:|astro\/|@astrojs\/)/.test(imp.spec) || ['fs', 'path', 'child_process', 'yaml', 'shiki', '@dagrejs/dagre'].includes(imp.spec)) {
          wrong.push(`${path.relative(ROOT, f)} → ${imp.spec} (reached from browser code)`);
          continue;
        }
        const target = resolve(f, imp.spec);
        if (!target) continue;
        const layer = layerOf(target);
        const rel = path.relative(SRC, target).split(path.sep).join('/');
        if (!['scripts', 'views', 'graph'].includes(layer)) wrong.push(`${path.relative(ROOT, f)} → ${imp.spec} (build-side code reached from browser code)`);
        // The API catalogue, the vocabulary and the miner are megabytes of build-side data and code:
        // a view's value import of them would put them in a page's bundle.
        else if (BUILD_ONLY.some((p) => rel === p || rel.startsWith(`${p}/`))) wrong.push(`${path.relative(ROOT, f)} → ${imp.spec} (${rel}: build-side data reached from browser code)`);
        else if (existsSync(target)) stack.push(target);
      }
    }
    expect(wrong).toEqual([]);
  });
});
