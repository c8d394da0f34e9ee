/**
 * The set-up the disk-cache tests share (disk-cache, whole-graph-cache, render-entries,
 * mine-entries): the cache turned on for the test (vitest.config.ts turns it off for every other
 * test file), process warnings collected instead of printed, temporary folders removed, and the
 * module state a load leaves (kept parses, the definer, the default cache folder) reset.
 */
import { afterEach, beforeEach, vi } from 'vitest';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { keepParsedFiles } from '../../../src/graph/parse-files.ts';
import { setDefaultCacheDir } from '../../../src/graph/disk-cache.ts';
import { setDefiner } from '../../../src/graph/miner/definer.ts';

/** The browser-test fixture site: concept notes, free-form notes, YAML, a map. */
export const SITE = path.resolve(import.meta.dirname, '../../fixtures/site');

/**
 * Registers the hooks; `temp(prefix)` makes a folder removed after the test, `copyOf(dir)` a copy
 * of a content folder in one, and `warnings` holds the test's process warnings (emptied before each).
 */
export function cacheHarness(name: string): { temp: (prefix: string) => string; copyOf: (from: string) => string; warnings: string[] } {
  const temps: string[] = [];
  const warnings: string[] = [];
  const envBefore = process.env.K8SMAP_CACHE;
  beforeEach(() => {
    process.env.K8SMAP_CACHE = 'on';
    warnings.length = 0;
    vi.spyOn(process, 'emitWarning').mockImplementation(((w: string | Error) => {
      warnings.push(String(w));
    }) as typeof process.emitWarning);
  });
  afterEach(() => {
    vi.restoreAllMocks();
    keepParsedFiles(false);
    setDefiner(undefined);
    setDefaultCacheDir(undefined);
    if (envBefore === undefined) delete process.env.K8SMAP_CACHE;
    else process.env.K8SMAP_CACHE = envBefore;
    for (const d of temps.splice(0)) rmSync(d, { recursive: true, force: true });
  });
  const temp = (prefix: string): string => {
    const dir = mkdtempSync(path.join(tmpdir(), prefix));
    temps.push(dir);
    return dir;
  };
  const copyOf = (from: string): string => {
    const dir = temp(`k8smap-${name}-content-`);
    cpSync(from, dir, { recursive: true });
    return dir;
  };
  return { temp, copyOf, warnings };
}
