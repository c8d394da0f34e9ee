/** The CLI: `check` exit codes and output, `graph --json`. Runs the real entry point with Node. */
import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { COURSE, cleanup, contentDir, MINIMAL_MAP } from './helpers.ts';
import { parseArgs } from '../../../src/cli/main.ts';

afterAll(cleanup);

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const run = (...args: string[]) =>
  spawnSync(process.execPath, ['src/cli/main.ts', ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });

describe('cli', () => {
  it('check: clean content exits 0 with the summary line', () => {
    const r = run('check', '--content', COURSE);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^14 files, 25 concepts, \d+ edges, 3 examples, 0 warnings, 0 errors\n$/);
  });

  it('check: errors print file:line:col and exit 1', async () => {
    const dir = await contentDir({ 'map.md': MINIMAL_MAP, 'concepts/pod.md': '---\nid: pod\nrelated: [rot]\n---\n' });
    const r = run('check', '--content', dir);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('/concepts/pod.md:3:11 error dangling-reference related "rot" is not a concept\n  hint: Did you mean "root"?\n');
    expect(r.stdout).toMatch(/1 errors\n$/);
  });

  it('graph --json prints the whole graph on stdout, identical across runs', () => {
    const a = run('graph', '--content', COURSE, '--json');
    const b = run('graph', '--content', COURSE, '--json');
    expect(a.status).toBe(0);
    expect(a.stdout).toBe(b.stdout);
    const g = JSON.parse(a.stdout);
    expect(g.root).toBe('k8s');
    expect(g.stats.concepts).toBe(25);
  });

  it('--explain of a name that is no concept says where the miner read it and which rule said no', async () => {
    const dir = await contentDir({
      // (rules29: `第二天：什么是 QoS？` now asks about QoS, a question about a phrase names nothing)
      'notes/n.md': '# 镜像笔记\n\n## 第二天：镜像拉不下来怎么办？\n\n先看 Pod 的事件，多半是仓库凭据过期。\n',
    });
    const r = run('graph', '--content', dir, '--explain', '第二天');
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^no concept "第二天": the miner read it once and made no concept of it\n/);
    expect(r.stderr).toMatch(/notes\/n\.md:3:1 {2}"第二天：镜像拉不下来怎么办？" {2}\[heading → sequence-marker\] a place in a sequence/);
    const none = run('graph', '--content', dir, '--explain', 'hostAliases');
    expect(none.status).toBe(1);
    expect(none.stderr).toMatch(/^no concept "hostAliases": no rule of the miner proposed it/);
  });

  it('--timings prints the time of every stage on stderr, leaving stdout as it was', () => {
    const r = run('check', '--content', COURSE, '--timings');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^14 files, 25 concepts/);
    const names = r.stderr.trim().split('\n').map((l) => l.split(/\s+/)[0]);
    expect(names).toEqual(['read', 'parse', 'conceptNotes', 'mapTree', 'yaml', 'mine', 'areas', 'link', 'examples', 'cards', 'render', 'validate', 'edges', 'concepts', 'layout', 'assemble', 'total']);
  });

  it('rejects unknown options', () => {
    const r = run('check', '--bogus');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('unknown option --bogus');
  });

  it('names the option a misspelt one meant (qa46: `--contnet`, an em dash from a phone keyboard)', () => {
    expect(parseArgs(['check', '--contnet', '/tmp/x'])).toMatch(/^unknown option --contnet \(did you mean --content\?\)\n/);
    expect(parseArgs(['check', '\u2014content', '/tmp/x'])).toMatch(/^unknown option \u2014content \(did you mean --content\?\)\n/);
    expect(parseArgs(['graph', '--jsno'])).toMatch(/^unknown option --jsno \(did you mean --json\?\)\n/);
    expect(parseArgs(['check', '--bogus'])).toMatch(/^unknown option --bogus\n/);
  });

  it('a folder written without --content is not an option: the message says how to pass it', () => {
    expect(parseArgs(['check', '/tmp/运维 笔记'])).toMatch(/^unknown argument \/tmp\/运维 笔记: to read the notes of a folder, write --content \/tmp\/运维 笔记\n/);
  });
});
