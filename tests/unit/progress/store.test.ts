import { describe, expect, it } from 'vitest';
import {
  activeStates,
  backupKey,
  emptyProgress,
  mergeProgress,
  parseExportFile,
  progressStorageKey,
  readProgress,
  reconcile,
  setConceptState,
  stateOf,
  summarize,
  toExportFile,
  writeProgress,
  type ProgressData,
  type ProgressGraph,
  type StorageLike,
} from '../../../src/scripts/progress/store.ts';

/** A Map-backed Storage; `failWrites` simulates a full or disabled localStorage. */
class FakeStorage implements StorageLike {
  map = new Map<string, string>();
  failWrites = false;
  getItem(key: string): string | null {
    return this.map.has(key) ? this.map.get(key)! : null;
  }
  setItem(key: string, value: string): void {
    if (this.failWrites) throw new Error('QuotaExceededError');
    this.map.set(key, String(value));
  }
  removeItem(key: string): void {
    this.map.delete(key);
  }
}

const T1 = new Date('2024-05-01T10:00:00.000Z');
const T2 = new Date('2024-05-02T10:00:00.000Z');
const T3 = new Date('2024-05-03T10:00:00.000Z');

/** root → workloads(topic){pod, deployment(prereq pod), tty(prereq pod, deployment)}, security(topic){rbac, admission(topic, prereq rbac)} */
const graph: ProgressGraph = {
  version: 1,
  root: 'root',
  branches: [
    { id: 'workloads', title: '作业管理', titleEn: 'Workloads' },
    { id: 'security', title: '安全', titleEn: 'Security' },
  ],
  concepts: [
    { id: 'root', title: 'Root', kind: 'topic', order: 0, branch: 'root', prerequisites: [] },
    { id: 'workloads', title: '作业管理', kind: 'topic', order: 1, branch: 'workloads', prerequisites: [] },
    { id: 'pod', title: 'Pod', kind: 'object', order: 2, branch: 'workloads', prerequisites: [] },
    { id: 'deployment', title: 'Deployment', kind: 'object', order: 3, branch: 'workloads', prerequisites: ['pod'] },
    { id: 'tty', title: 'tty', kind: 'field', order: 4, branch: 'workloads', prerequisites: ['pod', 'deployment'] },
    { id: 'security', title: '安全', kind: 'topic', order: 5, branch: 'security', prerequisites: [] },
    { id: 'rbac', title: 'RBAC', kind: 'object', order: 6, branch: 'security', prerequisites: ['gone-prereq'] },
    // A deeper topic is a concept to learn like any other.
    { id: 'admission', title: '准入控制', kind: 'topic', order: 7, branch: 'security', prerequisites: ['rbac'] },
  ],
};

function withStates(entries: Record<string, [ProgressData['states'][string]['state'], Date]>): ProgressData {
  let d = emptyProgress();
  for (const [id, [state, at]] of Object.entries(entries)) d = setConceptState(d, id, state, at);
  return d;
}

describe('storage key', () => {
  it('contains the base path so two sites on one origin do not share progress', () => {
    expect(progressStorageKey('/')).toBe('k8smap:/:progress');
    expect(progressStorageKey('/k8s-map/')).toBe('k8smap:/k8s-map/:progress');
    expect(progressStorageKey('/a/')).not.toBe(progressStorageKey('/b/'));
  });
});

describe('read and write', () => {
  it('round-trips through storage and starts empty when nothing is stored', () => {
    const s = new FakeStorage();
    const key = progressStorageKey('/k8s-map/');
    expect(readProgress(s, key)).toEqual({ data: emptyProgress() });
    const d = setConceptState(emptyProgress(), 'pod', 'learned', T1);
    expect(writeProgress(s, key, d)).toBe(true);
    const back = readProgress(s, key);
    expect(back.problem).toBeUndefined();
    expect(back.data.states.pod).toEqual({ state: 'learned', updatedAt: '2024-05-01T10:00:00.000Z' });
    expect(JSON.parse(s.getItem(key)!)).toMatchObject({ version: 2, states: { pod: { state: 'learned' } }, orphans: {}, cards: {} });
  });

  it('reports an unreadable stored value and backs it up before the first overwrite', () => {
    const s = new FakeStorage();
    const key = 'k';
    s.setItem(key, '{"version":1,"states":{"pod":{"state":"done","updatedAt":"x"}}}');
    const r = readProgress(s, key);
    expect(r.data).toEqual(emptyProgress());
    expect(r.problem?.code).toBe('wrong-shape');
    expect(r.problem?.detail).toContain('states["pod"].state');
    writeProgress(s, key, setConceptState(r.data, 'tty', 'learning', T1));
    expect(s.getItem(backupKey(key))).toContain('"done"');
    expect(readProgress(s, key).data.states.tty?.state).toBe('learning');
  });

  it('says so when storage refuses to write', () => {
    const s = new FakeStorage();
    s.failWrites = true;
    expect(writeProgress(s, 'k', emptyProgress())).toBe(false);
  });

  it('treats a stored future version as unreadable rather than guessing', () => {
    const s = new FakeStorage();
    s.setItem('k', JSON.stringify({ version: 3, states: {} }));
    expect(readProgress(s, 'k').problem?.code).toBe('wrong-version');
  });
});

describe('setConceptState', () => {
  it('does not mutate its input and records the time', () => {
    const a = emptyProgress();
    const b = setConceptState(a, 'pod', 'learning', T1);
    expect(a.states).toEqual({});
    expect(stateOf(b, 'pod')).toBe('learning');
    expect(stateOf(b, 'nope')).toBe('not-started');
    const c = setConceptState(b, 'pod', 'not-started', T2);
    expect(c.states.pod).toEqual({ state: 'not-started', updatedAt: T2.toISOString() });
  });

  it('rejects an unknown state', () => {
    expect(() => setConceptState(emptyProgress(), 'pod', 'done' as never, T1)).toThrow(/unknown progress state/);
  });

  it('brings an orphan back when set again', () => {
    const d: ProgressData = { version: 2, states: {}, orphans: { old: { state: 'learned', updatedAt: T1.toISOString() } }, cards: {} };
    const e = setConceptState(d, 'old', 'learning', T2);
    expect(e.orphans).toEqual({});
    expect(e.states.old?.state).toBe('learning');
  });
});

describe('reconcile (content rebuilds)', () => {
  it('keeps ids that left the map aside and restores them when they come back', () => {
    const d = withStates({ pod: ['learned', T1], removed: ['learning', T2] });
    const r = reconcile(d, ['pod', 'tty']);
    expect(Object.keys(r.states)).toEqual(['pod']);
    expect(r.orphans.removed).toEqual({ state: 'learning', updatedAt: T2.toISOString() });
    expect(activeStates(r)).toEqual({ pod: 'learned' });
    const back = reconcile(r, ['pod', 'removed']);
    expect(back.orphans).toEqual({});
    expect(back.states.removed?.state).toBe('learning');
  });

  it('keeps the newer entry when an id is both a state and an orphan', () => {
    const d: ProgressData = {
      version: 2,
      states: { x: { state: 'learning', updatedAt: T1.toISOString() } },
      orphans: { x: { state: 'learned', updatedAt: T2.toISOString() } },
      cards: {},
    };
    expect(reconcile(d, ['x']).states.x?.state).toBe('learned');
    expect(reconcile(d, []).orphans.x?.state).toBe('learned');
  });
});

describe('export and import', () => {
  it('exports states and orphans; parsing the export gives the same entries back', () => {
    const d = reconcile(withStates({ pod: ['learned', T1], removed: ['skipped', T2] }), ['pod']);
    const file = toExportFile(d, 'http://127.0.0.1/k8s-map/', T3);
    expect(file).toMatchObject({ format: 'k8smap-progress', version: 2, site: 'http://127.0.0.1/k8s-map/', exportedAt: T3.toISOString() });
    expect(Object.keys(file.states)).toEqual(['pod', 'removed']);
    const parsed = parseExportFile(JSON.stringify(file, null, 2));
    expect(parsed.ok && parsed.value.states).toEqual(file.states);
  });

  it('import into an empty store restores the same state', () => {
    const d = withStates({ pod: ['learned', T1], deployment: ['learning', T2] });
    const parsed = parseExportFile(JSON.stringify(toExportFile(d, 's', T3)));
    if (!parsed.ok) throw new Error(parsed.error.detail);
    const m = mergeProgress(emptyProgress(), parsed.value.states);
    expect(m.data.states).toEqual(d.states);
    expect(m.added).toEqual(['deployment', 'pod']);
  });

  it('merges entry by entry: newer updatedAt wins, ties keep what is stored', () => {
    const current = withStates({ pod: ['learned', T2], tty: ['learning', T1], same: ['skipped', T1] });
    const m = mergeProgress(current, {
      pod: { state: 'learning', updatedAt: T1.toISOString() },
      tty: { state: 'learned', updatedAt: T3.toISOString() },
      same: { state: 'learned', updatedAt: T1.toISOString() },
      fresh: { state: 'learned', updatedAt: T1.toISOString() },
    });
    expect(m.data.states.pod?.state).toBe('learned');
    expect(m.data.states.tty?.state).toBe('learned');
    expect(m.data.states.same?.state).toBe('skipped');
    expect(m.data.states.fresh?.state).toBe('learned');
    expect(m).toMatchObject({ added: ['fresh'], updated: ['tty'], kept: ['pod', 'same'] });
    expect(current.states.tty?.state).toBe('learning');
  });

  it('updates an orphan in place when the imported entry is newer', () => {
    const current: ProgressData = { version: 2, states: {}, orphans: { old: { state: 'learning', updatedAt: T1.toISOString() } }, cards: {} };
    const m = mergeProgress(current, { old: { state: 'learned', updatedAt: T2.toISOString() } });
    expect(m.data.orphans.old?.state).toBe('learned');
    expect(m.data.states.old).toBeUndefined();
  });

  const valid = { format: 'k8smap-progress', version: 1, site: 's', exportedAt: T1.toISOString(), states: {} };
  const bad: [string, string, string | RegExp][] = [
    ['not json', 'not-json', /./],
    ['', 'not-json', /./],
    ['[]', 'wrong-shape', 'JSON object'],
    ['null', 'wrong-shape', 'JSON object'],
    [JSON.stringify({ ...valid, format: 'other' }), 'wrong-shape', '"format"'],
    [JSON.stringify({ ...valid, version: 3 }), 'wrong-version', 'version 3'],
    [JSON.stringify({ ...valid, version: '1' }), 'wrong-version', 'version "1"'],
    [JSON.stringify({ format: 'k8smap-progress', site: 's', exportedAt: T1.toISOString(), states: {} }), 'wrong-shape', 'missing "version"'],
    [JSON.stringify({ ...valid, extra: 1 }), 'wrong-shape', 'unexpected key "extra"'],
    [JSON.stringify({ ...valid, site: 3 }), 'wrong-shape', '"site"'],
    [JSON.stringify({ ...valid, exportedAt: 'yesterday' }), 'wrong-shape', '"exportedAt"'],
    [JSON.stringify({ ...valid, states: [] }), 'wrong-shape', 'states must be an object'],
    [JSON.stringify({ ...valid, states: { pod: 'learned' } }), 'wrong-shape', 'states["pod"] must be an object'],
    [JSON.stringify({ ...valid, states: { pod: { state: 'done', updatedAt: T1.toISOString() } } }), 'wrong-shape', 'states["pod"].state: "done"'],
    [JSON.stringify({ ...valid, states: { pod: { state: 'learned', updatedAt: '2024-13-45' } } }), 'wrong-shape', 'states["pod"].updatedAt'],
    [JSON.stringify({ ...valid, states: { pod: { state: 'learned', updatedAt: '2024-02-30T00:00:00Z!' } } }), 'wrong-shape', 'updatedAt'],
    [JSON.stringify({ ...valid, states: { pod: { state: 'learned', updatedAt: T1.toISOString(), x: 1 } } }), 'wrong-shape', 'unexpected key "x"'],
    [JSON.stringify({ ...valid, states: { '': { state: 'learned', updatedAt: T1.toISOString() } } }), 'wrong-shape', 'concept id'],
  ];
  it.each(bad)('refuses %j as %s', (text, code, detail) => {
    const r = parseExportFile(text);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe(code);
    if (typeof detail === 'string') expect(r.error.detail).toContain(detail);
    else expect(r.error.detail).toMatch(detail);
  });

  it('refuses a file that is too large before parsing it', () => {
    const r = parseExportFile(' '.repeat(5_000_001));
    expect(!r.ok && r.error.code).toBe('too-large');
  });

  it('accepts a byte-order mark and ignores nothing silently', () => {
    const r = parseExportFile('\uFEFF' + JSON.stringify({ ...valid, states: { pod: { state: 'skipped', updatedAt: '2024-05-01T10:00:00+08:00' } } }));
    expect(r.ok && r.value.states.pod?.state).toBe('skipped');
  });
});

describe('summaries', () => {
  it('counts per branch without the root and branch headings', () => {
    const d = withStates({ pod: ['learned', T1], deployment: ['learning', T1], rbac: ['skipped', T1], workloads: ['learned', T1], admission: ['learned', T1], gone: ['learned', T1] });
    const s = summarize(graph, d);
    expect(s.overall).toEqual({ total: 5, learned: 2, learning: 1, skipped: 1 });
    expect(s.branches.map((b) => [b.id, b.counts.learned, b.counts.total])).toEqual([
      ['workloads', 1, 3],
      ['security', 1, 2],
    ]);
  });

  it('counts a branch that is a concept to learn (no map.md: the notes’ Pod heads its fields)', () => {
    const noMap: ProgressGraph = {
      version: 1,
      root: 'root',
      branches: [{ id: 'pod', title: 'Pod' }, { id: 'storage', title: '存储' }],
      concepts: [
        { id: 'root', title: 'Kubernetes', kind: 'topic', order: 0, branch: 'root', prerequisites: [] },
        { id: 'pod', title: 'Pod', kind: 'object', order: 1, branch: 'pod', prerequisites: [] },
        { id: 'host-network', title: 'hostNetwork', kind: 'field', order: 2, branch: 'pod', prerequisites: [] },
        { id: 'storage', title: '存储', kind: 'topic', order: 3, branch: 'storage', prerequisites: [] },
        { id: 'pvc', title: 'PersistentVolumeClaim', kind: 'object', order: 4, branch: 'storage', prerequisites: [] },
      ],
    };
    const s = summarize(noMap, withStates({ pod: ['learned', T1], storage: ['learned', T1] }));
    // Pod is learned and counted in its own branch; the topic 存储 is a heading, not counted
    expect(s.overall).toEqual({ total: 3, learned: 1, learning: 0, skipped: 0 });
    expect(s.branches.map((b) => [b.id, b.counts.learned, b.counts.total])).toEqual([
      ['pod', 1, 2],
      ['storage', 0, 1],
    ]);
  });


});
