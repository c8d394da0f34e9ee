/**
 * How the vocabulary index (src/graph/vocabulary/index.ts) is built: in parts, each on first use.
 * The page chunks' copy of the module asks for kinds by name and for a field at a path of an
 * owner (src/views/field-owner.ts); they must not cost the walk of every kind's types. And the
 * part that answers `fieldAt` must give what the by-name index gives, the same objects, in
 * whichever order the parts are built.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { kindType, shapeOf } from '../../../src/graph/yaml/catalogue.ts';

type Vocab = typeof import('../../../src/graph/vocabulary/index.ts');

/** A module instance of its own (its index not built yet). */
async function fresh(): Promise<Vocab> {
  vi.resetModules();
  return import('../../../src/graph/vocabulary/index.ts');
}

/** The names of the fields of a kind's types, walked breadth-first (each type once). */
function fieldNamesOf(kind: string): Set<string> {
  const out = new Set<string>();
  const root = kindType(kind);
  if (!root) return out;
  const seen = new Set<string>();
  const queue = [root];
  for (let i = 0; i < queue.length; i++) {
    const spec = queue[i]!;
    for (const x of spec.x ?? []) out.add(x);
    for (const [name, f] of Object.entries(spec.f)) {
      out.add(name);
      let shape = shapeOf(f.t);
      while (shape.shape === 'list') shape = shapeOf((shape as { of: string }).of);
      if (shape.shape === 'object' && !seen.has((shape as { type: string }).type)) {
        seen.add((shape as { type: string }).type);
        queue.push((shape as { spec: typeof root }).spec);
      }
    }
  }
  return out;
}

const strip = (p: string) => p.replace(/\[\]/g, '');

describe('vocabulary index', () => {
  beforeEach(() => vi.resetModules());

  it('answers kinds by name and a Pod field at a path without indexing every field by name', async () => {
    const v = await fresh();
    expect(v.kindNamed('持久卷')).toBe('PersistentVolume');
    expect(v.kindNamed('PVC')).toBe('PersistentVolumeClaim');
    expect(v.isCatalogued('KubeletConfiguration')).toBe(true);
    expect(v.fieldAt('Pod', 'spec.containers[].imagePullPolicy')?.holder).toBe('Container');
    expect(v.fieldAt('Pod', 'spec.containers.tty')?.path).toBe('spec.containers[].tty');
    expect(v.fieldAt('Pod', 'spec.nope')).toBeUndefined();
    expect(v.vocabularyBuilds).toEqual({ names: 1, api: 0, config: 0, owners: 1 });
    // the by-name index, when asked for, walks the other kinds once and reuses Pod's walk
    expect(v.fieldsNamed('replicas').some((o) => o.owner === 'Deployment')).toBe(true);
    expect(v.vocabularyBuilds.api).toBe(1);
    const walked = v.vocabularyBuilds.owners;
    expect(walked).toBe(new Set(v.fieldsNamed('metadata').map((o) => o.owner)).size);
    expect(v.fieldAt('Deployment', 'spec.replicas')?.owner).toBe('Deployment');
    expect(v.vocabularyBuilds.owners).toBe(walked);
    expect(v.vocabularyBuilds.config).toBe(0);
    expect(v.configFieldsNamed('cgroupDriver')[0]?.owner).toBe('KubeletConfiguration');
    expect(v.vocabularyBuilds).toMatchObject({ names: 1, api: 1, config: 1 });
  });

  for (const first of ['fieldAt', 'fieldsNamed'] as const) {
    it(`gives at a path the occurrence a by-name lookup gives, the same object (${first} first)`, async () => {
      const v = await fresh();
      const kinds = ['Pod', 'Deployment', 'StatefulSet', 'CronJob', 'Event', 'Service', 'PersistentVolumeClaim', 'Node'];
      if (first === 'fieldAt') for (const k of kinds) v.fieldAt(k, 'metadata.name');
      let checked = 0;
      for (const kind of kinds) {
        for (const name of fieldNamesOf(kind)) {
          for (const o of v.fieldsNamed(name)) {
            if (o.owner !== kind || o.name !== name) continue;
            const byName = v.fieldsNamed(name).find((x) => x.owner === kind && strip(x.path) === strip(o.path));
            expect(v.fieldAt(kind, o.path)).toBe(byName);
            expect(v.fieldAt(kind, strip(o.path))).toBe(byName);
            checked++;
          }
        }
      }
      // (Event's fields of events.k8s.io/v1 are Event's too; Pod's `resources` of 1.32 is known by name)
      expect(v.fieldAt('Event', 'regarding')?.owner).toBe('Event');
      expect(checked).toBeGreaterThan(1000);
    });
  }
});
