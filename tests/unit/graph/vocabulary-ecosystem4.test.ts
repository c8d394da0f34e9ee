/**
 * vocab4 (docs/miner.md): the custom resources of Prometheus Operator, External Secrets, Sealed
 * Secrets, Karpenter and Traefik, read from their @kubernetes-models packages under the same gate
 * as the CNCF projects (vocabulary/index.ts header). The notes below are written for this test.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { loadGraph } from '../../../src/graph/index.ts';
import { fieldAt, fieldByPath, fieldsByPath, fieldsNamed, isCatalogued, isEcosystemKind, isEnumValue, kindNamed } from '../../../src/graph/vocabulary/index.ts';
import { ecosystemProject, kindApiVersion, kindType, typeDocUrl } from '../../../src/graph/yaml/catalogue.ts';
import { apiFacts } from '../../../src/views/docs-links.ts';
import { usedByWhatItDoes } from '../../../src/graph/miner/prose.ts';
import { cleanup, contentDir } from './helpers.ts';

afterAll(cleanup);

describe('the projects vocab4 adds', () => {
  it('are projects of the catalogue, at the apiVersions their packages give', () => {
    expect(ecosystemProject('monitoring.coreos.com/v1')).toBe('Prometheus Operator');
    expect(ecosystemProject('external-secrets.io/v1')).toBe('External Secrets');
    expect(ecosystemProject('bitnami.com/v1alpha1')).toBe('Sealed Secrets');
    expect(ecosystemProject('karpenter.sh/v1')).toBe('Karpenter');
    expect(ecosystemProject('karpenter.k8s.aws/v1')).toBe('Karpenter');
    expect(ecosystemProject('traefik.io/v1alpha1')).toBe('Traefik');
    expect(kindApiVersion('ExternalSecret')).toBe('external-secrets.io/v1');
    expect(kindApiVersion('NodePool')).toBe('karpenter.sh/v1');
  });

  it('leave out the alpha and beta kinds of a project that has GA ones', () => {
    // Prometheus Operator's ScrapeConfig/PrometheusAgent/AlertmanagerConfig, External Secrets'
    // PushSecret, Karpenter's NodeOverlay; Sealed Secrets and Traefik have only v1alpha1 kinds
    for (const k of ['ScrapeConfig', 'PrometheusAgent', 'AlertmanagerConfig', 'PushSecret', 'ClusterPushSecret', 'NodeOverlay']) {
      expect(kindApiVersion(k), k).toBeUndefined();
      expect(kindNamed(k), k).toBeUndefined();
    }
    expect(kindApiVersion('SealedSecret')).toBe('bitnami.com/v1alpha1');
    // the PVC template a Prometheus embeds is no kind of its own
    expect(kindApiVersion('EmbeddedPersistentVolumeClaim')).toBeUndefined();
  });

  it('name their compound kinds like built-in ones', () => {
    for (const k of ['ServiceMonitor', 'PodMonitor', 'PrometheusRule', 'ThanosRuler', 'ExternalSecret', 'ClusterSecretStore', 'SecretStore', 'SealedSecret', 'NodePool', 'NodeClaim', 'EC2NodeClass', 'IngressRoute', 'IngressRouteTCP', 'TraefikService']) {
      expect(kindNamed(k), k).toBe(k);
      expect(isCatalogued(k), k).toBe(true);
      expect(isEcosystemKind(k), k).toBe(true);
    }
    expect(kindNamed('service monitor')).toBe('ServiceMonitor');
  });

  it('do not name their one-word kinds, nor read fields under them', () => {
    // the program, another tool's kind or an everyday word: Prometheus, Alertmanager, a probe,
    // a middleware; TLSOption and TLSStore are spelt as one word (no lower case before a capital)
    for (const k of ['Prometheus', 'Alertmanager', 'Probe', 'Middleware', 'TLSOption', 'TLSStore']) {
      expect(kindNamed(k), k).toBeUndefined();
      expect(isCatalogued(k), k).toBe(false);
      expect(fieldAt(k, 'spec'), k).toBeUndefined();
    }
  });

  it('keep their fields out of the by-name index', () => {
    for (const name of ['serviceMonitorSelector', 'refreshInterval', 'secretStoreRef', 'encryptedData', 'consolidationPolicy', 'amiSelectorTerms', 'entryPoints']) {
      expect(fieldsNamed(name), name).toEqual([]);
    }
    // a name built-in kinds have too stays theirs alone
    expect(fieldsNamed('interval').some((o) => o.owner === 'ServiceMonitor')).toBe(false);
    expect(fieldsNamed('limits').some((o) => o.owner === 'NodePool')).toBe(false);
    expect(fieldsByPath('spec.endpoints').some((o) => o.owner === 'ServiceMonitor')).toBe(false);
    expect(isEnumValue('WhenEmptyOrUnderutilized')).toBe(false);
  });

  it('find their fields under an owner the note names', () => {
    expect(fieldAt('ServiceMonitor', 'spec.endpoints[].interval')).toMatchObject({ owner: 'ServiceMonitor', name: 'interval' });
    expect(fieldByPath('spec.encryptedData', ['SealedSecret'])).toMatchObject({ owner: 'SealedSecret', path: 'spec.encryptedData' });
    expect(fieldByPath('spec.refreshInterval', ['ExternalSecret'])).toMatchObject({ owner: 'ExternalSecret' });
    expect(fieldAt('NodePool', 'spec.disruption.consolidationPolicy')).toMatchObject({ owner: 'NodePool', name: 'consolidationPolicy' });
    expect(fieldByPath('spec.encryptedData', ['Pod'])).toBeUndefined();
  });

  it('link each kind to a project reference, never to the Kubernetes one', () => {
    const urls = ['ServiceMonitor', 'ExternalSecret', 'SealedSecret', 'NodePool', 'EC2NodeClass', 'IngressRoute'].map((k) => typeDocUrl(kindType(k)!));
    for (const u of urls) expect(u).toMatch(/^https:\/\/(github\.com\/(prometheus-operator|bitnami-labs)\/|external-secrets\.io\/|karpenter\.sh\/|doc\.traefik\.io\/)/);
    // a concept titled by a one-word kind gets no API facts (no link to the project)
    expect(apiFacts({ id: 'prometheus', kind: 'object', title: 'Prometheus', aliases: [] } as never)).toBeUndefined();
    expect(apiFacts({ id: 'servicemonitor', kind: 'object', title: 'ServiceMonitor', aliases: [] } as never)?.kind).toBe('ServiceMonitor');
  });

  it('are introduced by what they do, unlike built-in kinds', () => {
    expect(usedByWhatItDoes('SecretStore')).toBe(false);
    expect(usedByWhatItDoes('Deployment')).toBe(true);
  });
});

describe('a note about a project kind', () => {
  const body = (...lines: string[]) => lines.join('\n') + '\n';

  it('types the fields its example sets and its prose names, with the example kind as owner', async () => {
    const dir = await contentDir({
      'notes/同步云上的密钥.md': body(
        '# 同步云上的密钥',
        '',
        'ExternalSecret 描述要从外部系统取哪些值、生成什么样的 Secret。',
        '',
        '```yaml',
        'apiVersion: external-secrets.io/v1',
        'kind: ExternalSecret',
        'metadata:',
        '  name: app-db',
        'spec:',
        '  refreshInterval: 30m',
        '  secretStoreRef:',
        '    name: vault-backend',
        '    kind: SecretStore',
        '  target:',
        '    name: app-db',
        '```',
        '',
        '`refreshInterval`：多久重新拉取一次，设成 0 只在创建时同步。',
        '',
        '`secretStoreRef`：指向取值用的 Store。',
      ),
    });
    const g = await loadGraph(dir, { layout: false });
    const byTitle = new Map(g.concepts.map((c) => [c.title, c]));
    expect(byTitle.get('ExternalSecret')?.kind).toBe('object');
    expect(byTitle.get('refreshInterval')).toMatchObject({ kind: 'field', fieldPath: 'spec.refreshInterval' });
    expect(byTitle.get('secretStoreRef')).toMatchObject({ kind: 'field', fieldPath: 'spec.secretStoreRef' });
  });

  it('makes no project field of a word a note without the kind uses', async () => {
    const dir = await contentDir({
      'notes/探针的间隔.md': body(
        '# 探针的间隔',
        '',
        '```yaml',
        'apiVersion: v1',
        'kind: Pod',
        'metadata:',
        '  name: web',
        'spec:',
        '  containers:',
        '  - name: web',
        '    image: nginx',
        '```',
        '',
        '`refreshInterval`：我们自己的脚本里刷新缓存的间隔。',
      ),
    });
    const g = await loadGraph(dir, { layout: false });
    const c = g.concepts.find((x) => x.title === 'refreshInterval');
    expect(c?.kind).not.toBe('field');
    expect(c?.fieldPath).toBeUndefined();
  });
});
