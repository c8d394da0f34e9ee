/**
 * scripts/lib/zh-glossary.mjs: how scripts/build-zh-glossary.mjs reads one file of the Kubernetes
 * website's Chinese glossary (samples in tests/fixtures/zh-glossary), and the committed table it
 * generated (src/graph/vocabulary/zh-glossary.json).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { readGlossaryEntry } from '../../../scripts/lib/zh-glossary.mjs';
import data from '../../../src/graph/vocabulary/zh-glossary.json' with { type: 'json' };
import { glossaryEntriesNamed, glossaryKey } from '../../../src/graph/vocabulary/zh-glossary.ts';

const sample = (name: string): string => readFileSync(path.resolve('tests/fixtures/zh-glossary', name), 'utf8');

describe('readGlossaryEntry', () => {
  it('reads a Chinese title with the English name in parentheses, and the id', () => {
    expect(readGlossaryEntry(sample('persistent-volume.md'))).toEqual({ id: 'persistent-volume', zh: '持久卷', en: ['Persistent Volume'], aka: [] });
  });

  it('reads an English title with the Chinese name in parentheses', () => {
    expect(readGlossaryEntry(sample('api-group.md'))).toEqual({ id: 'api-group', zh: 'API 组', en: ['API Group'], aka: [] });
  });

  it('gives no entry for a title in English only', () => {
    expect(readGlossaryEntry(sample('service-account.md'))).toBeUndefined();
  });

  it('takes no English name from a translated id', () => {
    expect(readGlossaryEntry(sample('mirror-pod.md'))).toEqual({ id: '静态-pod', zh: '镜像 Pod', en: ['Mirror Pod'], aka: [] });
  });

  it('splits names in the parentheses, keeps a Chinese qualifier and reads aka as a list', () => {
    const fm = (title: string, id: string, aka = ''): string => `---\ntitle: ${title}\nid: ${id}\naka: ${aka}\n---\nbody\n`;
    expect(readGlossaryEntry(fm('容器存储接口（Container Storage Interface，CSI）', 'csi'))?.en).toEqual(['Container Storage Interface', 'CSI']);
    expect(readGlossaryEntry(fm('资源（基础设施）', 'infrastructure-resource'))).toMatchObject({ zh: '资源（基础设施）', en: ['infrastructure-resource'] });
    expect(readGlossaryEntry(fm('Pod 水平自动扩缩器', 'horizontal-pod-autoscaler', '["HPA"]'))).toEqual({ id: 'horizontal-pod-autoscaler', zh: 'Pod 水平自动扩缩器', en: ['horizontal-pod-autoscaler'], aka: ['HPA'] });
  });
});

describe('the generated table', () => {
  it('names its generator and each entry’s source file and commit', () => {
    expect(data.generator).toMatch(/^scripts\/build-zh-glossary\.mjs/);
    expect(data.source).toEqual({ repo: 'kubernetes/website', path: 'content/zh-cn/docs/reference/glossary' });
    for (const e of data.entries) {
      expect(e.path).toMatch(/^content\/zh-cn\/docs\/reference\/glossary\/[^/]+\.md$/);
      expect(e.commit).toMatch(/^[0-9a-f]{40}$/);
      expect(e.en.length).toBeGreaterThan(0);
    }
  });

  it('looks English names up by key: case, spaces, hyphens and a plural do not count', () => {
    expect(glossaryKey('PersistentVolumes')).toBe(glossaryKey('persistent-volume'));
    expect(glossaryKey('Network Policies')).toBe('networkpolicy');
    expect(glossaryKey('Ingress')).toBe('ingress');
    expect(glossaryEntriesNamed('PersistentVolumes').map((e) => e.zh)).toEqual(['持久卷']);
    expect(glossaryEntriesNamed('Toleration').map((e) => e.zh)).toEqual(['容忍度']);
    expect(glossaryEntriesNamed('namespace').map((e) => e.zh)).toEqual(['名字空间']);
    // titled in English only in the Chinese glossary: none, unless names.ts knows a Chinese name of the kind
    expect(glossaryEntriesNamed('Deployment')).toEqual([]);
    expect(glossaryEntriesNamed('ServiceAccount').map((e) => [e.id, e.zh])).toEqual([['kind:ServiceAccount', '服务账号'], ['kind:ServiceAccount', '服务账户']]);
    expect(glossaryEntriesNamed('sharesProcessNamespace')).toEqual([]);
  });
});
