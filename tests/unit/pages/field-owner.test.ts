/**
 * The owner kind in a field concept's page header (src/views/field-owner.ts): the kind's concept
 * when the graph has one (by title, else by alias), the kind alone otherwise; Pod, the model's
 * default, only where the Pod has the path.
 */
import { describe, expect, it } from 'vitest';
import type { Concept, Graph } from '../../../src/graph/model.ts';
import { fieldOwner } from '../../../src/views/field-owner.ts';
import { concept } from './graph-fixture.ts';

const graphOf = (concepts: Concept[]): Graph => ({
  version: 1,
  root: concepts[0]!.id,
  concepts,
  edges: [],
  examples: [],
  diagnostics: [],
  files: [],
  assets: [],
  stats: { files: 0, concepts: concepts.length, edges: 0, examples: 0, warnings: 0, errors: 0 },
});

describe('fieldOwner', () => {
  const storageClass = concept('storageclass', { title: 'StorageClass', kind: 'object', aliases: ['存储类', 'sc'] });
  const pvPvc = concept('pv-and-pvc', { title: 'Persistent Volume & Persistent Volume Claim', kind: 'object', aliases: ['PV', 'PVC', 'PersistentVolumeClaim'] });
  const pod = concept('pod', { title: 'Pod', kind: 'object' });
  const vbm = concept('vbm', { title: 'volumeBindingMode', kind: 'field', owner: 'StorageClass', fieldPath: 'volumeBindingMode' });

  it('links the owner kind to the concept titled by it', () => {
    const g = graphOf([pod, storageClass, vbm]);
    expect(fieldOwner(g, vbm)).toEqual({ kind: 'StorageClass', concept: storageClass });
  });

  it('finds the kind by an alias when no title names it, and prefers a title over an alias', () => {
    const access = concept('access-modes', { title: 'accessModes', kind: 'field', owner: 'PersistentVolumeClaim', fieldPath: 'spec.accessModes' });
    expect(fieldOwner(graphOf([pod, pvPvc, access]), access)).toEqual({ kind: 'PersistentVolumeClaim', concept: pvPvc });
    const pvc = concept('pvc', { title: 'PersistentVolumeClaim', kind: 'object' });
    expect(fieldOwner(graphOf([pod, pvPvc, pvc, access]), access)?.concept?.id).toBe('pvc');
  });

  it('links a kind no catalogue knows to the object concept titled by it', () => {
    const relay = concept('relay', { title: 'Relay', kind: 'object' });
    const budget = concept('relay-retry-budget', { title: 'retryBudget', kind: 'field', owner: 'Relay', fieldPath: 'spec.routes[].retryBudget' });
    expect(fieldOwner(graphOf([pod, relay, budget]), budget)).toEqual({ kind: 'Relay', concept: relay });
    const relayTerm = concept('relay-term', { title: 'Relay', kind: 'term' });
    expect(fieldOwner(graphOf([pod, relayTerm, budget]), budget)).toEqual({ kind: 'Relay' });
  });

  it('gives the kind alone when the graph has no concept for it (not a term that happens to share the word)', () => {
    const term = concept('storage-class-term', { title: 'StorageClass', kind: 'term' });
    expect(fieldOwner(graphOf([pod, term, vbm]), vbm)).toEqual({ kind: 'StorageClass' });
  });

  it('reads a missing owner as Pod only where the Pod has the path', () => {
    const hostNetwork = concept('host-network', { title: 'hostNetwork', kind: 'field', fieldPath: 'spec.hostNetwork' });
    const image = concept('image', { title: 'image', kind: 'field', fieldPath: 'spec.containers[].image' });
    const strategy = concept('rolling-update', { title: 'Rolling update', kind: 'term', fieldPath: 'spec.strategy' });
    const g = graphOf([pod, hostNetwork, image, strategy]);
    expect(fieldOwner(g, hostNetwork)).toEqual({ kind: 'Pod', concept: pod });
    expect(fieldOwner(g, image)).toEqual({ kind: 'Pod', concept: pod });
    // spec.strategy is a Deployment's: no owner rather than a wrong one
    expect(fieldOwner(g, strategy)).toBeUndefined();
  });

  it('has nothing for a concept without a field path, and never links a page to itself', () => {
    expect(fieldOwner(graphOf([pod, storageClass]), storageClass)).toBeUndefined();
    const odd = concept('sc-self', { title: 'StorageClass', kind: 'object', owner: 'StorageClass', fieldPath: 'provisioner' });
    expect(fieldOwner(graphOf([odd]), odd)).toEqual({ kind: 'StorageClass' });
  });

  it('knows configuration kinds as owners', () => {
    const kubelet = concept('kubelet-config', { title: 'KubeletConfiguration', kind: 'object' });
    const cgroup = concept('cgroup-driver', { title: 'cgroupDriver', kind: 'field', owner: 'KubeletConfiguration', fieldPath: 'cgroupDriver' });
    expect(fieldOwner(graphOf([pod, kubelet, cgroup]), cgroup)).toEqual({ kind: 'KubeletConfiguration', concept: kubelet });
  });
});
