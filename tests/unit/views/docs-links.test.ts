/**
 * Every official-docs link the site emits is either from the API reference (the field catalogue)
 * or a kubernetes.io page recorded in src/views/docs-links-verified.json, checked against the
 * site's source (kubernetes/website).
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadGraph } from '../../../src/graph/index.ts';
import { indexGraph } from '../../../src/graph/graph-index.ts';
import { catalogueKinds, DOC_BASE, kindType, typeDocUrl } from '../../../src/graph/yaml/catalogue.ts';
import { apiFacts, CURATED_DOCS, descriptionPieces, docsLinks, VERIFIED_DOCS_PATHS, type DocsLink } from '../../../src/views/docs-links.ts';
import { conceptPageData } from '../../../src/views/concept-page.ts';
import verified from '../../../src/views/docs-links-verified.json' with { type: 'json' };
import type { Concept } from '../../../src/graph/model.ts';

const ZH = 'https://kubernetes.io/zh-cn/docs/';

/** Where Hugo builds `/docs/<path>` from: `<path>.md` or `<path>/_index.md`. */
const sourceFor = (lang: string, p: string): string[] => {
  const base = `content/${lang}/docs/${p.replace(/\/$/, '')}`;
  return [`${base}.md`, `${base}/_index.md`];
};

describe('the verified list of kubernetes.io pages', () => {
  it('records for each page the date, the repository and the source files its URL is built from', () => {
    expect(verified.repository).toBe('https://github.com/kubernetes/website');
    expect(verified.checked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(verified.base).toBe(ZH);
    expect(verified.pages.length).toBeGreaterThan(0);
    for (const page of verified.pages) {
      expect(page.path, page.path).toMatch(/^[a-z0-9-]+(\/[a-z0-9-]+)*\/$/);
      expect(sourceFor('zh-cn', page.path)).toContain(page.zhSource);
      expect(sourceFor('en', page.path)).toContain(page.enSource);
      expect(page.zhCommit).toMatch(/^[0-9a-f]{40}$/);
    }
    expect(new Set(verified.pages.map((p) => p.path)).size).toBe(verified.pages.length);
  });

  it('holds every page of the curated table', () => {
    for (const [id, p] of Object.entries(CURATED_DOCS)) expect(VERIFIED_DOCS_PATHS.has(p), `${id} → ${p} is not verified`).toBe(true);
  });

  it('an unverified page is never linked', () => {
    const c = { id: 'kubectl', kind: 'topic', title: 'kubectl', aliases: [] } as unknown as Concept;
    expect(docsLinks(c)).toEqual([{ url: `${ZH}reference/kubectl/`, source: 'docs' }]);
    const unknown = { ...c, id: 'not-in-the-table' } as Concept;
    expect(docsLinks(unknown)).toEqual([]);
  });
});

describe('docs links on the pages of the bundled content', () => {
  it('are from the API reference or in the verified list: on stub pages, and for any concept that becomes one', async () => {
    const graph = await loadGraph(path.resolve('content'), { layout: false });
    const index = indexGraph(graph);
    const apiPages = new Set(catalogueKinds().flatMap((k) => {
      const spec = kindType(k);
      return spec ? [typeDocUrl(spec).replace(/#.*$/, '')] : [];
    }));
    const check = (where: string, d: DocsLink): void => {
      if (d.source === 'docs') {
        expect(d.url.startsWith(ZH), `${where}: ${d.url}`).toBe(true);
        expect(VERIFIED_DOCS_PATHS.has(d.url.slice(ZH.length)), `${where}: ${d.url} is not verified`).toBe(true);
      } else {
        // A kind's reference page, or the section of the type that holds a field.
        expect(d.url.startsWith(DOC_BASE) || apiPages.has(d.url.replace(/#.*$/, '')), `${where}: ${d.url}`).toBe(true);
      }
    };
    const emitted = { api: 0, docs: 0 };
    const possible = { api: 0, docs: 0 };
    for (const c of graph.concepts) {
      const page = conceptPageData(index, c.id)!;
      for (const d of page.stub?.docs ?? []) (emitted[d.source]++, check(`${c.id} (stub page)`, d));
      // The same concept without a note (a note removed, or another content folder with these ids).
      for (const d of docsLinks(c, apiFacts(c, page.ancestors))) (possible[d.source]++, check(c.id, d));
    }
    expect(emitted.docs).toBeGreaterThan(0);
    expect(possible.docs).toBe(Object.keys(CURATED_DOCS).filter((id) => index.byId.has(id)).length);
    expect(possible.api).toBeGreaterThan(20);
  }, 60_000);
});

describe('API facts of ecosystem kinds', () => {
  const object = (title: string): Concept => ({ id: title.toLowerCase(), title, titleEn: title, aliases: [], kind: 'object' }) as unknown as Concept;

  it('a compound kind name links to the project’s API reference', () => {
    expect(apiFacts(object('VirtualService'))).toMatchObject({ kind: 'VirtualService', doc: { url: 'https://istio.io/latest/docs/reference/config/networking/', source: 'api' } });
    expect(apiFacts(object('Cilium Network Policy'))?.kind).toBe('CiliumNetworkPolicy');
  });

  it('a one-word name is not taken for a project’s kind (OpenShift’s Route is not Knative’s)', () => {
    for (const t of ['Route', 'Certificate', 'Application', 'Kustomization']) expect(apiFacts(object(t)), t).toBeUndefined();
    expect(apiFacts(object('Service'))?.doc.url).toContain('service-resources/service-v1/');
  });
});

describe('API facts of a field: the kind that has its path', () => {
  const object = (title: string): Concept => ({ id: title.toLowerCase(), title, titleEn: title, aliases: [], kind: 'object' }) as unknown as Concept;
  const field = (title: string, fieldPath: string, owner?: string): Concept =>
    ({ id: title.toLowerCase(), title, aliases: [], kind: 'field', fieldPath, ...(owner ? { owner } : {}) }) as unknown as Concept;

  it('reports Pod for a Pod path mined under another kind, never the ancestor that lacks the path', () => {
    // A chapter's ServiceAccount section explains the Pod's spec.automountServiceAccountToken.
    const facts = apiFacts(field('automountServiceAccountToken', 'spec.automountServiceAccountToken'), [object('ServiceAccount')]);
    expect(facts).toMatchObject({ kind: 'Pod', type: 'boolean' });
    // The ServiceAccount's own field is top-level: under its kind, that kind.
    expect(apiFacts(field('automountServiceAccountToken', 'automountServiceAccountToken'), [object('ServiceAccount')])).toMatchObject({ kind: 'ServiceAccount', type: 'boolean' });
  });

  it('looks the path up under the field\'s own owner first, then its ancestors', () => {
    // DaemonSet and StatefulSet both have spec.updateStrategy: the field's own owner wins over the section's kind.
    expect(apiFacts(field('updateStrategy', 'spec.updateStrategy', 'DaemonSet'), [object('StatefulSet')])?.kind).toBe('DaemonSet');
    expect(apiFacts(field('updateStrategy', 'spec.updateStrategy'), [object('StatefulSet')])?.kind).toBe('StatefulSet');
    // A path no kind on the way has: nothing rather than a wrong owner.
    expect(apiFacts(field('nothing', 'spec.noSuchField', 'ConfigMap'), [object('Secret')])).toBeUndefined();
  });
});

describe('descriptionPieces (an API description\'s web addresses as links)', () => {
  it('cuts "More info: https://…" into text and the address, without the sentence\'s closing punctuation', () => {
    const text = 'Restart policy for all containers within the pod. Default to Always. More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle/#restart-policy';
    expect(descriptionPieces(text)).toEqual([
      { text: 'Restart policy for all containers within the pod. Default to Always. More info: ' },
      { text: 'https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle/#restart-policy', url: 'https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle/#restart-policy' },
    ]);
    expect(descriptionPieces('See https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds.')).toEqual([
      { text: 'See ' },
      { text: 'https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds', url: 'https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds' },
      { text: '.' },
    ]);
  });

  it('leaves a description without an address whole, and no javascript: or other scheme becomes one', () => {
    expect(descriptionPieces('Name of the container.')).toEqual([{ text: 'Name of the container.' }]);
    expect(descriptionPieces('javascript:alert(1) and ftp://x.example')).toEqual([{ text: 'javascript:alert(1) and ftp://x.example' }]);
    expect(descriptionPieces('')).toEqual([]);
  });
});

describe('descriptionPieces: the Markdown of a project CRD\'s description (qa44)', () => {
  it('shows `code` spans as code and \\*any\\* as *any*, as the cert-manager ClusterIssuer describes itself', () => {
    const text = 'A ClusterIssuer represents a certificate issuing authority which can be\nreferenced as part of `issuerRef` fields.\nIt is similar to an Issuer, however it is cluster-scoped and therefore can\nbe referenced by resources that exist in \\*any\\* namespace, not just the same\nnamespace as the referent.';
    const pieces = descriptionPieces(text);
    expect(pieces).toEqual([
      { text: 'A ClusterIssuer represents a certificate issuing authority which can be\nreferenced as part of ' },
      { text: 'issuerRef', code: true },
      { text: ' fields.\nIt is similar to an Issuer, however it is cluster-scoped and therefore can\nbe referenced by resources that exist in *any* namespace, not just the same\nnamespace as the referent.' },
    ]);
  });

  it('keeps other backslashes, links an address after a code span, and takes no address out of code', () => {
    expect(descriptionPieces('key HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet, pattern ^\\d{3}$')).toEqual([{ text: 'key HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet, pattern ^\\d{3}$' }]);
    expect(descriptionPieces('Set `url` to `https://a.example/x`. More info: https://cert-manager.io/docs/')).toEqual([
      { text: 'Set ' },
      { text: 'url', code: true },
      { text: ' to ' },
      { text: 'https://a.example/x', code: true },
      { text: '. More info: ' },
      { text: 'https://cert-manager.io/docs/', url: 'https://cert-manager.io/docs/' },
    ]);
    // an unpaired backtick is text
    expect(descriptionPieces('one ` alone')).toEqual([{ text: 'one ` alone' }]);
  });
});
