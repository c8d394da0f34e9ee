/**
 * The miner's vocabulary and the ecosystem projects' custom resources (vocabulary/index.ts,
 * header): a compound kind name (`VirtualService`) is an API kind, a one-word one
 * (`Application`, `Kustomization`) is not; their fields are found only relative to an owner the
 * note names, never by name alone, so `pause`, `tag` or `destination` in a note about Pods make
 * no custom-resource field.
 */
import { describe, expect, it } from 'vitest';
import { fieldAt, fieldByPath, fieldsByPath, fieldsNamed, isCatalogued, isEnumValue, kindNamed } from '../../../src/graph/vocabulary/index.ts';

describe('ecosystem kinds in the vocabulary', () => {
  it('names compound kinds, like built-in ones', () => {
    for (const k of ['VirtualService', 'DestinationRule', 'CiliumNetworkPolicy', 'ScaledObject', 'GitRepository', 'HelmRelease', 'ClusterIssuer']) {
      expect(kindNamed(k), k).toBe(k);
      expect(isCatalogued(k), k).toBe(true);
    }
    expect(kindNamed('virtual service')).toBe('VirtualService');
  });

  it('does not name one-word kinds (everyday words, or another tool’s kind)', () => {
    for (const k of ['Application', 'Certificate', 'Rollout', 'Workflow', 'Kustomization', 'Sidecar', 'Trigger', 'Revision']) {
      expect(kindNamed(k), k).toBeUndefined();
      expect(isCatalogued(k), k).toBe(false);
      expect(fieldAt(k, 'spec'), k).toBeUndefined();
    }
    // Kubernetes' own kinds of the same name as a project's keep theirs
    expect(kindNamed('Service')).toBe('Service');
    expect(fieldAt('Service', 'spec.clusterIP')?.holder).toBe('ServiceSpec');
  });
});

describe('ecosystem fields: by owner only', () => {
  it('are not in the by-name index', () => {
    expect(fieldsNamed('pause').some((o) => o.owner === 'Rollout')).toBe(false);
    expect(fieldsNamed('hosts').some((o) => o.owner === 'VirtualService')).toBe(false);
    expect(fieldsNamed('endpointSelector')).toEqual([]);
    expect(fieldsByPath('spec.http')).toEqual([]);
    // a built-in field of the same name is still found
    expect(fieldsNamed('replicas').some((o) => o.owner === 'Deployment')).toBe(true);
  });

  it('add no enum values', () => {
    expect(isEnumValue('ROUND_ROBIN')).toBe(false); // Istio's load balancer
    expect(isEnumValue('LEAST_REQUEST')).toBe(false);
  });

  it('are found under an owner the note names', () => {
    expect(fieldAt('VirtualService', 'spec.http[].route[].destination.host')).toMatchObject({ owner: 'VirtualService', name: 'host', type: 'string' });
    expect(fieldAt('CiliumNetworkPolicy', 'spec.endpointSelector')).toMatchObject({ owner: 'CiliumNetworkPolicy', path: 'spec.endpointSelector' });
    expect(fieldByPath('spec.http', ['VirtualService'])).toMatchObject({ owner: 'VirtualService', path: 'spec.http' });
    expect(fieldByPath('minReplicaCount', ['ScaledObject'])).toMatchObject({ owner: 'ScaledObject', path: 'spec.minReplicaCount' });
    expect(fieldByPath('spec.http', ['Pod'])).toBeUndefined();
  });
});
