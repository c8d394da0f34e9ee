import { describe, expect, it } from 'vitest';
import { isKubernetesReference } from '../../../src/views/urls.ts';
import zh from '../../../src/i18n/zh-CN.json' with { type: 'json' };
import en from '../../../src/i18n/en.json' with { type: 'json' };

describe('isKubernetesReference: whose reference a link opens', () => {
  it("Kubernetes' own documentation", () => {
    for (const u of [
      'https://kubernetes.io/docs/reference/kubernetes-api/workload-resources/pod-v1/',
      'https://gateway-api.sigs.k8s.io/api-types/httproute/',
      'https://github.com/kubernetes/autoscaler/blob/master/vertical-pod-autoscaler/docs/api.md',
      'https://github.com/kubernetes-sigs/kustomize',
    ]) expect(isKubernetesReference(u), u).toBe(true);
  });
  it("another project's, or no URL at all", () => {
    for (const u of [
      'https://istio.io/latest/docs/reference/config/networking/',
      'https://argo-cd.readthedocs.io/en/stable/operator-manual/declarative-setup/',
      'https://github.com/kubernetes-fake/x',
      'https://kubernetes.io.example.com/docs/',
      'https://evilkubernetes.io/',
      'not a url',
    ]) expect(isKubernetesReference(u), u).toBe(false);
  });
  it('both languages label project links without naming Kubernetes', () => {
    for (const t of [zh, en] as Record<string, string>[]) {
      for (const k of ['yaml.tip.docProject', 'concept.explain.apiRefProject', 'concept.stub.apiRefProject', 'concept.stub.projectDocs']) {
        expect(t[k], k).toBeTruthy();
        expect(t[k]).not.toMatch(/Kubernetes/);
      }
    }
  });
});
