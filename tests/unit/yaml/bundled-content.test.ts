/**
 * Issue 14: every YAML example of the bundled notes validates with 0 findings, and
 * `npm run check` reports 0 errors and 0 warnings. This fails as soon as a bundled note (also
 * one added later) gains a finding, and says which file, line and code.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatDiagnostics, loadGraph } from '../../../src/graph/index.ts';
import type { Graph } from '../../../src/graph/model.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const content = `${root}content`;
let g: Graph;

beforeAll(async () => {
  g = await loadGraph(content);
}, 120_000);

describe('bundled content', () => {
  it('has YAML examples, and every one of them has 0 diagnostics', () => {
    expect(g.examples.length).toBeGreaterThan(20);
    const withFindings = g.examples.filter((e) => e.diagnostics.length > 0);
    expect(formatDiagnostics(withFindings.flatMap((e) => e.diagnostics)), 'YAML findings in bundled notes').toBe('');
  });

  it('has 0 errors and 0 warnings of any kind', () => {
    expect(formatDiagnostics(g.diagnostics), 'diagnostics of the bundled notes').toBe('');
    expect(g.stats.errors).toBe(0);
    expect(g.stats.warnings).toBe(0);
  });

  it('npm run check agrees: exit 0 and a summary with 0 warnings, 0 errors', () => {
    const r = spawnSync(process.execPath, ['src/cli/main.ts', 'check', '--content', 'content'], { cwd: root, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^\d+ files, \d+ concepts, \d+ edges, \d+ examples( \(\d+ manifests not checked: no schema\))?, 0 warnings, 0 errors\n$/);
  }, 120_000);
});
