import { describe, expect, it, beforeEach } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { clearGitDateCache, isoDay, lastCommitDate } from '../../../src/lib/git-dates.ts';

beforeEach(() => clearGitDateCache());

describe('lastCommitDate', () => {
  it('returns the date git reports, and asks git only once per file', () => {
    const calls: string[][] = [];
    const run = (args: string[], cwd: string) => {
      calls.push([...args, cwd]);
      return '2024-05-01T12:00:00+08:00\n';
    };
    expect(lastCommitDate('/notes/concepts/pod.md', run)).toBe('2024-05-01T12:00:00+08:00');
    expect(lastCommitDate('/notes/concepts/pod.md', run)).toBe('2024-05-01T12:00:00+08:00');
    expect(calls).toEqual([['log', '-1', '--format=%cI', '--', 'pod.md', '/notes/concepts']]);
  });

  it('gives undefined for an uncommitted file (empty output) or when git fails', () => {
    expect(lastCommitDate('/a/new.md', () => '')).toBeUndefined();
    expect(
      lastCommitDate('/a/b.md', () => {
        throw new Error('fatal: not a git repository');
      }),
    ).toBeUndefined();
    expect(lastCommitDate('/a/c.md', () => 'garbage')).toBeUndefined();
  });

  it('works against real git: a file outside any repository has no date', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'k8smap-gitdate-'));
    const f = path.join(dir, 'x.md');
    writeFileSync(f, 'x');
    expect(lastCommitDate(f)).toBeUndefined();
    expect(lastCommitDate(path.join(dir, 'missing', 'y.md'))).toBeUndefined();
  });

  it('isoDay keeps the committed calendar day', () => {
    expect(isoDay('2024-05-01T23:30:00-07:00')).toBe('2024-05-01');
  });
});
