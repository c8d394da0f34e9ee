import { spawnSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  CATALOGUE_SOURCE,
  catalogueKinds,
  kindApiVersion,
  lookupField,
  resolveField,
  shapeOf,
  typeSpec,
} from '../../../src/graph/yaml/catalogue.ts';
import { lookupField as lookupFromAnalyze } from '../../../src/graph/yaml/analyze.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const cataloguePath = `${root}src/graph/yaml/catalogue.json`;

describe('lookupField', () => {
  it('describes Pod fields by Pod-relative path', () => {
    const f = lookupField('spec.hostAliases');
    expect(f).toEqual({
      type: '[]HostAlias',
      description: expect.stringContaining("hosts file"),
      docUrl: 'https://kubernetes.io/docs/reference/kubernetes-api/workload-resources/pod-v1/#HostAlias',
    });
    expect(lookupField('spec.containers[].image')).toMatchObject({
      type: 'string',
      docUrl: 'https://kubernetes.io/docs/reference/kubernetes-api/workload-resources/pod-v1/#Container',
    });
    expect(lookupField('spec.containers.image')).toEqual(lookupField('spec.containers[].image'));
    expect(lookupField('spec.containers[].lifecycle.postStart')?.type).toBe('LifecycleHandler');
    expect(lookupField('metadata.labels')?.type).toBe('map[string]string');
    expect(lookupField('metadata')?.docUrl).toMatch(/common-definitions\/object-meta\/#ObjectMeta$/);
    expect(lookupField('spec.volumes')?.docUrl).toMatch(/config-and-storage-resources\/volume\/#Volume$/);
    expect(lookupField('status.phase')?.description).toMatch(/Pending/);
  });

  it('describes other kinds when asked', () => {
    expect(lookupField('spec.replicas', 'Deployment')).toMatchObject({ type: 'integer' });
    expect(lookupField('spec.replicas', 'Deployment')?.docUrl).toMatch(/workload-resources\/deployment-v1\/#DeploymentSpec$/);
    expect(lookupField('spec.schedule', 'CronJob')?.type).toBe('string');
    expect(lookupField('spec.type', 'Service')?.docUrl).toMatch(/service-resources\/service-v1\/#ServiceSpec$/);
    expect(lookupField('spec.strategy.rollingUpdate.maxSurge', 'Deployment')?.type).toBe('IntOrString');
    expect(lookupField('spec.containers[].resources.limits')?.type).toBe('map[string]Quantity');
  });

  it('returns undefined for unknown fields, free-form keys and unknown kinds', () => {
    expect(lookupField('spec.hostAlias')).toBeUndefined();
    expect(lookupField('metadata.labels.app')).toBeUndefined();
    expect(lookupField('spec.replicas')).toBeUndefined(); // not a Pod field
    expect(lookupField('spec.addresses', 'IPAddressPool')).toBeUndefined(); // MetalLB: not read
    expect(lookupField('')).toBeUndefined();
    expect(lookupField('constructor')).toBeUndefined();
    expect(lookupField('spec.__proto__')).toBeUndefined();
  });

  it('is re-exported next to analyzeYaml', () => {
    expect(lookupFromAnalyze).toBe(lookupField);
  });
});

describe('catalogue content', () => {
  it('knows required fields and enums', () => {
    expect(resolveField('spec.containers[].name')?.required).toBe(true);
    expect(resolveField('spec.containers[].image')?.required).toBe(false);
    expect(resolveField('spec.containers')?.required).toBe(true);
    expect(resolveField('spec.containers[].imagePullPolicy')?.enum).toEqual(['Always', 'IfNotPresent', 'Never']);
    expect(resolveField('spec.restartPolicy')?.enum).toEqual(['Always', 'Never', 'OnFailure']);
    expect(resolveField('spec.dnsPolicy')?.enum).toEqual(['ClusterFirst', 'ClusterFirstWithHostNet', 'Default', 'None']);
    expect(resolveField('spec.containers[].ports[].protocol')?.enum).toEqual(['SCTP', 'TCP', 'UDP']);
    expect(resolveField('spec.type', 'Service')?.enum).toEqual(['ClusterIP', 'ExternalName', 'LoadBalancer', 'NodePort']);
    expect(resolveField('apiVersion')?.enum).toBeUndefined();
  });

  it('covers core/v1, apps/v1 and batch/v1 kinds at their apiVersions', () => {
    expect(kindApiVersion('Pod')).toBe('v1');
    expect(kindApiVersion('Deployment')).toBe('apps/v1');
    expect(kindApiVersion('CronJob')).toBe('batch/v1');
    expect(kindApiVersion('Ingress')).toBe('networking.k8s.io/v1');
    expect(kindApiVersion('IPAddressPool')).toBeUndefined();
    expect(kindApiVersion('toString')).toBeUndefined();
    expect(catalogueKinds()).toEqual(expect.arrayContaining(['Pod', 'Deployment', 'ReplicaSet', 'StatefulSet', 'DaemonSet', 'Job', 'CronJob', 'Service', 'ConfigMap']));
    expect(CATALOGUE_SOURCE).toMatch(/^kubernetes-types@1\.30\.0; enums and other versions from kubernetes-models@/);
    expect(CATALOGUE_SOURCE).toMatch(/@kubernetes-models\/gateway-api@\d/);
    expect(CATALOGUE_SOURCE).toMatch(/ecosystem: @kubernetes-models\/argo-cd@\d.*@kubernetes-models\/istio@\d/);
  });

  it('resolves every field type to a known shape and every type to a reference anchor', () => {
    const data = JSON.parse(readFileSync(cataloguePath, 'utf8')) as {
      types: Record<string, { u: string; f: Record<string, { t: string }> }>;
      ecosystem: Record<string, { project: string; docs: string[] }>;
    };
    // An ecosystem project's types link to the project's API reference (one page per API group).
    const projectDocs = new Set(Object.values(data.ecosystem).flatMap((e) => e.docs));
    for (const docs of projectDocs) expect(docs).toMatch(/^https:\/\/[a-z0-9.-]+\.[a-z]+\/\S*$/);
    let fields = 0;
    for (const [name, t] of Object.entries(data.types)) {
      const bare = name.replace(/@.*$/, '');
      // Kubernetes API reference pages relative to docBase; the single-page 1.30 reference,
      // Gateway API's and the VPA's pages in full.
      // ('' stands for a project's reference, checked above)
      expect(projectDocs.has(t.u) ? '' : t.u, name).toMatch(
        new RegExp(
          `^(|[a-z-]+/[a-z0-9-]+/#${bare}|https://kubernetes\\.io/docs/reference/generated/kubernetes-api/v1\\.30/#${bare.toLowerCase()}-v[0-9a-z]+-[a-z0-9-]+|https://gateway-api\\.sigs\\.k8s\\.io/api-types/[a-z]+/|https://github\\.com/kubernetes/autoscaler/blob/master/vertical-pod-autoscaler/docs/api\\.md#${bare.toLowerCase()})$`,
        ),
      );
      for (const [f, spec] of Object.entries(t.f)) {
        fields++;
        let s = shapeOf(spec.t);
        while (s.shape === 'list' || s.shape === 'map') s = shapeOf(s.of);
        if (s.shape === 'object') expect(typeSpec(s.type), `${name}.${f}`).toBeDefined();
        else expect(s.accepts.includes('any') ? spec.t.replace(/^(\[\]|map\[string\])+/, '') : 'ok', `${name}.${f}: ${spec.t}`).toMatch(/^(ok|Object)$/);
      }
    }
    expect(fields).toBeGreaterThan(1000);
  });

  it('stays small', () => {
    // 390 KB for the 32 kinds it started with; ~760 KB with every built-in kind, Gateway API
    // and VPA (issue 14); ~1.63 MB with the ecosystem projects' 116 kinds (about 950 types, most
    // of the growth their field descriptions); ~2.07 MB with the GA kinds of Prometheus Operator,
    // External Secrets and Karpenter, Sealed Secrets and Traefik (vocab4, 25 kinds). The limit
    // catches accidental growth (e.g. full Gateway API prose, a project's whole descriptions
    // instead of their first paragraph, its alpha kinds).
    expect(statSync(cataloguePath).size).toBeLessThan(2200 * 1024);
  });

  it('is what the script builds from the installed packages', () => {
    const r = spawnSync(process.execPath, ['scripts/build-field-catalogue.mjs', '--check'], { cwd: root, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    // ~10 s of CPU (it compiles fourteen packages' declarations and probes their validators);
    // wall time grows on a busy machine.
  }, 120_000);
});
