/**
 * perf48: the mine stage's work kept or skipped without changing an answer — the note's text
 * squashed once for every pair of names (same-thing.ts glossPaired), a project kind's paths
 * without list marks read once per list (project-kinds.ts), and the sayings of kinds not read in
 * a text without an object noun or a count (kind-sayings.ts kindsSaid).
 */
import { describe, expect, it } from 'vitest';
import { kindsSaid } from '../../../src/graph/miner/kind-sayings.ts';
import { pathsWithoutListMarks, projectFieldMatches } from '../../../src/graph/miner/project-kinds.ts';
import { glossPaired } from '../../../src/graph/miner/same-thing.ts';
import type { FieldOccurrence } from '../../../src/graph/vocabulary/index.ts';

describe('glossPaired over several notes in turn', () => {
  const first = '限流的门槛叫突发上限（`burstLimit`），超过就排队。';
  const second = '这里只说突发上限，和 burstLimit 的关系后面再讲。';
  it('answers for the text it is given, not the text asked about before', () => {
    expect(glossPaired(first, '突发上限', 'burstLimit')).toBe(true);
    expect(glossPaired(second, '突发上限', 'burstLimit')).toBe(false);
    expect(glossPaired(first, '突发上限', 'burstLimit')).toBe(true);
    // (the same text again, another pair)
    expect(glossPaired(first, '门槛', 'burstLimit')).toBe(false);
  });
  it('still leaves out a pair found only inside a longer name of the note', () => {
    const text = '我们用的是非阻塞重试（non-blocking retry），不是别的。';
    expect(glossPaired(text, '阻塞重试', 'non-blocking retry', ['非阻塞重试'])).toBe(false);
    expect(glossPaired(text, '非阻塞重试', 'non-blocking retry', ['非阻塞重试'])).toBe(true);
  });
});

describe('pathsWithoutListMarks', () => {
  const occ = (path: string): FieldOccurrence => ({ name: path.split('.').pop()!.replace(/\[\]$/, ''), owner: 'Gizmo', path, holder: 'GizmoSpec', type: 'string' });
  const fields = [occ('spec.routes[].match[].prefix'), occ('spec.timeout'), occ('status.phase')];
  it('gives each path without its list marks, in the list order, the same array for the same list', () => {
    expect(pathsWithoutListMarks(fields)).toEqual(['spec.routes.match.prefix', 'spec.timeout', 'status.phase']);
    expect(pathsWithoutListMarks(fields)).toBe(pathsWithoutListMarks(fields));
  });
  it('leaves projectFieldMatches as it was: a tail of a path, or a rooted path whole', () => {
    expect(projectFieldMatches('prefix', fields).map((f) => f.path)).toEqual(['spec.routes[].match[].prefix']);
    expect(projectFieldMatches('match[].prefix', fields).map((f) => f.path)).toEqual(['spec.routes[].match[].prefix']);
    expect(projectFieldMatches('spec.match.prefix', fields)).toEqual([]);
    expect(projectFieldMatches('spec.timeout', fields).map((f) => f.path)).toEqual(['spec.timeout']);
  });
});

describe('kindsSaid without an object noun or a count', () => {
  it('finds nothing in a text that names no object', () => {
    expect(kindsSaid('先把 **Gadget** 和 **Widget** 两个都装上，再看日志。')).toEqual([]);
  });
  it('reads the counted shape only where a count is written', () => {
    expect(kindsSaid('装好以后会多出 `Gadget`、`Widget` 三种资源。').map((s) => s.name)).toEqual(['Gadget', 'Widget']);
    expect(kindsSaid('装好以后会多出 `Gadget`、`Widget` 这些资源。').map((s) => s.name)).toEqual(['Gadget', 'Widget']);
  });
});
