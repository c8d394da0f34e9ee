/**
 * scripts/lib/reference-page.mjs: the struct types of a generated configuration API reference
 * page of kubernetes/website (a page written for this test in the generator's form).
 */
import { describe, expect, it } from 'vitest';
import { readReferencePage } from '../../../scripts/lib/reference-page.mjs';

const page = `---
title: test
---
## \`Thing\`     {#example-config-k8s-io-v1-Thing}

<table class="table">
<thead><tr><th width="30%">Field</th><th>Description</th></tr></thead>
<tbody>
<tr><td><code>apiVersion</code><br/>string</td><td><code>example.config.k8s.io/v1</code></td></tr>
<tr><td><code>kind</code><br/>string</td><td><code>Thing</code></td></tr>
<tr><td><code>apiVersion</code><br/>
<code>string</code>
</td><td><p>a real field called apiVersion</p></td></tr>
<tr><td><code>parts</code> <B>[Required]</B><br/>
<a href="#example-config-k8s-io-v1-Part"><code>[]Part</code></a>
</td><td><p>…</p></td></tr>
<tr><td><code>timeout</code><br/>
<a href="https://pkg.go.dev/k8s.io/apimachinery/pkg/apis/meta/v1#Duration"><code>meta/v1.Duration</code></a>
</td><td><p>…</p></td></tr>
<tr><td><code>labels</code><br/>
<code>map[string]string</code>
</td><td><p>…</p></td></tr>
<tr><td><code>taints</code><br/>
<a href="https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.30/#taint-v1-core"><code>[]core/v1.Taint</code></a>
</td><td><p>…</p></td></tr>
</tbody>
</table>

## \`Part\`     {#example-config-k8s-io-v1-Part}

<table class="table">
<thead><tr><th width="30%">Field</th><th>Description</th></tr></thead>
<tbody>
<tr><td><code>size</code><br/>
<code>int32</code>
</td><td><p>…</p></td></tr>
</tbody>
</table>
`;

describe('readReferencePage', () => {
  it('reads each type\'s fields in order, with their types; TypeMeta rows (type as bare text) are left out', () => {
    const types: Map<string, { key: string; type: unknown }[]> = readReferencePage(page, 'example-config-k8s-io-v1-', 'test.md');
    expect([...types.keys()]).toEqual(['Thing', 'Part']);
    expect(types.get('Thing')).toEqual([
      { key: 'apiVersion', type: { scalar: 'string' } },
      { key: 'parts', type: { list: { local: 'Part' } } },
      { key: 'timeout', type: { qualified: 'k8s.io/apimachinery/pkg/apis/meta/v1.Duration' } },
      { key: 'labels', type: { map: { scalar: 'string' } } },
      { key: 'taints', type: { list: { core: 'Taint' } } },
    ]);
    expect(types.get('Part')).toEqual([{ key: 'size', type: { scalar: 'int32' } }]);
  });

  it('a row without a type is an error naming the page, the type and the field', () => {
    const broken = page.replace('<code>int32</code>', 'int32');
    expect(() => readReferencePage(broken, 'example-config-k8s-io-v1-', 'test.md')).toThrow('test.md: Part.size has no type');
  });
});
