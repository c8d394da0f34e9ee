import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { GIT_LOG_ARGS, gitHeadState, isoDay, parseGitLog, readGitDates } from '../../../src/lib/git-dates.ts';

describe('readGitDates', () => {
  it('asks git once for the whole notes folder and keeps each file’s newest commit date', () => {
    const calls: [string[], string][] = [];
    const out =
      '\x1e2024-05-02T09:00:00+08:00\0\nconcepts/pod.md\0notes/第1章 Pod.md\0' +
      '\x1e2024-05-01T12:00:00+08:00\0\nconcepts/pod.md\0map.md\0';
    const dates = readGitDates('/notes', (args, cwd) => {
      calls.push([args, cwd]);
      return out;
    });
    expect(calls).toEqual([[GIT_LOG_ARGS, path.resolve('/notes')]]);
    expect(dates.get('concepts/pod.md')).toBe('2024-05-02T09:00:00+08:00');
    expect(dates.get('notes/第1章 Pod.md')).toBe('2024-05-02T09:00:00+08:00');
    expect(dates.get('map.md')).toBe('2024-05-01T12:00:00+08:00');
    expect(dates.get('new.md')).toBeUndefined();
  });

  it('gives no dates when git fails or answers nonsense', () => {
    expect(
      readGitDates('/a', () => {
        throw new Error('fatal: not a git repository');
      }).size,
    ).toBe(0);
    expect(parseGitLog('garbage').size).toBe(0);
    expect(parseGitLog('\x1enot-a-date\0\na.md\0').size).toBe(0);
    // A commit that changed no file under the folder (e.g. a merge) lists none.
    expect(parseGitLog('\x1e2024-05-01T12:00:00Z\0').size).toBe(0);
  });

  it('works against real git: dates per file, relative to the notes folder, none outside a repository', () => {
    const repo = mkdtempSync(path.join(tmpdir(), 'k8smap-gitdate-'));
    const git = (date: string, ...args: string[]) =>
      execFileSync('git', args, {
        cwd: repo,
        env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@t', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@t', GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date },
      });
    mkdirSync(path.join(repo, 'content', 'notes'), { recursive: true });
    writeFileSync(path.join(repo, 'README.md'), 'x');
    writeFileSync(path.join(repo, 'content', 'map.md'), '- a');
    writeFileSync(path.join(repo, 'content', 'notes', '第1章 Pod（草稿）.md'), 'x');
    git('2024-01-02T10:00:00+08:00', 'init', '-q');
    git('2024-01-02T10:00:00+08:00', 'add', '-A');
    git('2024-01-02T10:00:00+08:00', 'commit', '-q', '--no-gpg-sign', '-m', 'one');
    writeFileSync(path.join(repo, 'content', 'notes', '第1章 Pod（草稿）.md'), 'y');
    writeFileSync(path.join(repo, 'README.md'), 'y');
    git('2024-03-05T23:30:00-05:00', 'commit', '-q', '--no-gpg-sign', '-am', 'two');
    writeFileSync(path.join(repo, 'content', 'map.md'), 'changed, not committed');
    writeFileSync(path.join(repo, 'content', 'new.md'), 'never committed');

    const dates = readGitDates(path.join(repo, 'content'));
    expect(Object.fromEntries(dates)).toEqual({
      'map.md': '2024-01-02T10:00:00+08:00',
      'notes/第1章 Pod（草稿）.md': '2024-03-05T23:30:00-05:00',
    });

    const outside = mkdtempSync(path.join(tmpdir(), 'k8smap-gitdate-'));
    writeFileSync(path.join(outside, 'x.md'), 'x');
    expect(readGitDates(outside).size).toBe(0);
    expect(readGitDates(path.join(outside, 'missing')).size).toBe(0);
  });

  it('gitHeadState (the dev server reuses the dates while it is the same) changes with every change of what git log reports', () => {
    const repo = mkdtempSync(path.join(tmpdir(), 'k8smap-gitstate-'));
    const noGit = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('GIT_')));
    const git = (date: string, ...args: string[]) =>
      execFileSync('git', args, {
        cwd: repo,
        env: { ...noGit, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@t', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@t', GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date },
      });
    const content = path.join(repo, 'content');
    const state = () => gitHeadState(content, noGit);
    mkdirSync(path.join(content, 'notes'), { recursive: true });
    writeFileSync(path.join(content, 'map.md'), '- a');
    // Not in a repository (a temporary folder): 'none', and git finds no dates either.
    expect(state()).toBe('none');
    expect(readGitDates(content).size).toBe(0);
    git('2024-01-02T10:00:00+08:00', 'init', '-q', '-b', 'main');
    const unborn = state();
    expect(unborn).toMatch(/unborn/);
    git('2024-01-02T10:00:00+08:00', 'add', '-A');
    git('2024-01-02T10:00:00+08:00', 'commit', '-q', '--no-gpg-sign', '-m', 'one');
    const one = state();
    expect(one).not.toBe(unborn);
    // Saving a note changes no date and not the state.
    writeFileSync(path.join(content, 'map.md'), '- b');
    expect(state()).toBe(one);
    git('2024-02-02T10:00:00+08:00', 'commit', '-q', '--no-gpg-sign', '-am', 'two');
    const two = state();
    expect(two).not.toBe(one);
    // Packed refs: the same commit, the same state.
    git('2024-02-02T10:00:00+08:00', 'pack-refs', '--all');
    expect(state()).toBe(two);
    git('2024-02-02T10:00:00+08:00', 'reset', '-q', '--hard', 'HEAD~1');
    expect(state()).toBe(one);
    git('2024-02-02T10:00:00+08:00', 'checkout', '-q', '--detach', 'HEAD');
    const detached = state();
    expect(detached).toMatch(/^.*\n[0-9a-f]{40}\n/);
    expect(detached).not.toBe(one);
    // Anything git may be told from the environment: not read here (the caller runs git).
    expect(gitHeadState(content, { ...noGit, GIT_DIR: path.join(repo, '.git') })).toBeUndefined();
    // A linked worktree: its own HEAD, the shared refs.
    git('2024-02-02T10:00:00+08:00', 'worktree', 'add', '-q', '-b', 'side', path.join(repo, 'wt'), 'main');
    const wt = gitHeadState(path.join(repo, 'wt', 'content'), noGit);
    expect(wt).toMatch(/refs\/heads\/side [0-9a-f]{40}/);
    expect(gitHeadState(path.join(repo, 'wt', 'content'), noGit)).toBe(wt);
  });

  it('isoDay keeps the committed calendar day', () => {
    expect(isoDay('2024-05-01T23:30:00-07:00')).toBe('2024-05-01');
  });
});
