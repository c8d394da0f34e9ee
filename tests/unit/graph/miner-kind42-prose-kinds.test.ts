/**
 * kind42 (docs/miner.md "kind42", issue 12 item 1): a note that declares no custom kind in an example or a CRD but
 * names one as a resource of the API — its lower-case plural (`widgetsets`, `widgetsets/status`), `kubectl get` of
 * it, an ownerReference to it — has that kind in its context, so crd41's standard fields are its. Kinds and notes
 * written for the test (demo.example.com is no project's group). Look-alikes name no kind.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { FenceAnalysis } from '../../../src/graph/examples.ts';
import { PROSE_KINDS, proseNamedKinds, resourcePlurals, unknownKindName } from '../../../src/graph/miner/prose-kinds.ts';
import { byTitle, cleanup, mineNotes } from './helpers.ts';

afterAll(cleanup);

const note = (lines: string[]) => ({ 'notes/widget.md': ['# status 子资源问答', '', ...lines] });
const glossary = [
  '## 术语',
  '',
  '**conditions：** status 里的一个列表，每一项说明对象的一个方面当前是否成立。',
  '',
  '**observedGeneration：** 控制器处理完一次调和后写回 status 的计数，和 generation 对比就知道有没有跟上。',
];
const fence = (value: string, docKinds: string[] = []): FenceAnalysis => ({ node: { type: 'code', value }, docKinds, docApiVersions: [], keys: [] }) as unknown as FenceAnalysis;

describe('kind42: the kind a note names as a resource, in its context', () => {
  it('the plural resource name beside the name: crd41 makes the standard status the kind\'s', async () => {
    const g = await mineNotes(note(['打开 status 子资源之后，API Server 会给 WidgetSet 多出一个 `/status` 端点（`widgetsets` 和 `widgetsets/status` 是两个资源）。', '', ...glossary]));
    const c = byTitle(g, 'conditions');
    expect(c.kind).toBe('field');
    expect(c.owner).toBe('WidgetSet');
    expect(c.fieldPath).toBe('status.conditions');
    expect(byTitle(g, 'observedGeneration').owner).toBe('WidgetSet');
  });

  it('an ownerReference to the kind in an example of another object', async () => {
    const g = await mineNotes(
      note([
        '控制器创建的 StatefulSet 会带上指向 WidgetSet 的引用：',
        '',
        '```yaml',
        'metadata:',
        '  ownerReferences:',
        '  - apiVersion: demo.example.com/v1',
        '    kind: WidgetSet',
        '    name: shop',
        '    controller: true',
        '```',
        '',
        ...glossary,
      ]),
    );
    expect(byTitle(g, 'conditions').owner).toBe('WidgetSet');
  });

  it('without such a shape (the name only in prose) the reading is unchanged: no custom owner', async () => {
    const g = await mineNotes(note(['控制器会把 WidgetSet 的进度写回去。', '', ...glossary]));
    expect(byTitle(g, 'conditions').owner).not.toBe('WidgetSet');
  });

  it('a note that declares a custom kind in an example keeps its own kinds (the prose reading is not added)', async () => {
    const g = await mineNotes(
      note([
        '```yaml',
        'apiVersion: demo.example.com/v1',
        'kind: GadgetPool',
        'metadata:',
        '  name: pool',
        'spec:',
        '  capacity: 10',
        '```',
        '',
        '另外还有 `kubectl get widgetsets` 能看到 WidgetSet。',
        '',
        ...glossary,
      ]),
    );
    expect(byTitle(g, 'conditions').owner).toBe('GadgetPool');
  });
});

describe('kind42: the shapes as data', () => {
  it('reads the plural, kubectl and an object reference', () => {
    expect(proseNamedKinds('给 WidgetSet 多出一个端点，`widgetsets/status` 单独授权。', [])).toEqual(['WidgetSet']);
    expect(proseNamedKinds('查看 GadgetPool：`kubectl get gadgetpool -n demo`', [])).toEqual(['GadgetPool']);
    expect(proseNamedKinds('`kubectl -n demo describe rollouts` 看 Rollout 的事件', [])).toEqual(['Rollout']);
    const ref = 'metadata:\n  ownerReferences:\n  - apiVersion: demo.example.com/v1\n    kind: WidgetSet\n    name: shop\n';
    expect(proseNamedKinds(`StatefulSet 指向 WidgetSet\n${ref}`, [fence(ref)])).toEqual(['WidgetSet']);
  });

  it('look-alikes that name no kind', () => {
    // (a one-word name: its plural is an English word)
    expect(proseNamedKinds('Image 是构建出来的，images 存在仓库里。', [])).toEqual([]);
    // (a spelling of a built-in kind's plural, an enum value, the API's own kinds)
    expect(proseNamedKinds('EndPoint 就是 `endpoints`，LoadBalancer 类型会分配 loadbalancers，Deployment 与 deployments。', [])).toEqual([]);
    // (RBAC's subjects: no stored object)
    expect(proseNamedKinds('K8s 里没有 User 这种对象，`kubectl get users` 会报错。', [])).toEqual([]);
    // (a reference to a kind of Kubernetes' own group; the document's own kind at the top)
    const subject = 'subjects:\n- apiGroup: rbac.authorization.k8s.io\n  kind: GroupThing\n';
    expect(proseNamedKinds(`GroupThing\n${subject}`, [fence(subject)])).toEqual([]);
    const rbacRef = 'roleRef:\n  apiVersion: rbac.authorization.k8s.io/v1\n  kind: ClusterThing\n';
    expect(proseNamedKinds(`ClusterThing\n${rbacRef}`, [fence(rbacRef)])).toEqual([]);
    const top = 'apiVersion: demo.example.com/v1\nkind: WidgetSet\n';
    expect(proseNamedKinds(`WidgetSet\n${top}`, [fence(top, ['WidgetSet'])])).toEqual([]);
  });

  it('helpers', () => {
    expect(resourcePlurals('Policy')).toContain('policies');
    expect(resourcePlurals('Ingress')).toContain('ingresses');
    expect(unknownKindName('Deployment')).toBe(false);
    expect(unknownKindName('User')).toBe(false);
    expect(unknownKindName('WidgetSet')).toBe(true);
    expect(PROSE_KINDS.compound.test('WidgetSet')).toBe(true);
    expect(PROSE_KINDS.compound.test('Widget')).toBe(false);
  });
});
