/**
 * A map item named as an API kind is spelled (`Service（服务）`, `Ingress（入口）`) is that object,
 * not a field of the same name in another kind (stages/mine.ts `apply`). A reader's map.md listed
 * Service and Ingress; their interview notes show an Ingress whose backend names a `service:` and
 * a NetworkPolicy with an `ingress:` list, and the map items became Ingress's
 * spec.defaultBackend.service and NetworkPolicy's spec.ingress (pages badged 字段, the wrong API
 * description). A map item named like a field stays that field (`Volumes（卷）` → spec.volumes).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { loadGraph } from '../../../src/graph/index.ts';
import { cleanup, concept, contentDir } from './helpers.ts';

afterAll(cleanup);

const MAP = `- 学习地图 {#k8s}
  - Networking（网络）
    - Service（服务） {#service}
    - Ingress（入口） {#ingress}
  - Storage（存储）
    - Volumes（卷） {#volumes}
`;

const NOTE = `# 网络面试题

## Q1：Service 有哪几种类型？

Service 给一组 Pod 一个稳定的访问入口。

## Q2：Ingress 和 Service 是什么关系？

Ingress 是七层的路由规则，按域名和路径把请求分给不同的 Service。

\`\`\`yaml
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: shop
spec:
  defaultBackend:
    service:
      name: api
      port:
        number: 80
\`\`\`

## Q3：NetworkPolicy 默认放行吗？

\`\`\`yaml
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: api
spec:
  podSelector: {}
  ingress:
    - from:
        - podSelector: {}
\`\`\`

## Q4：卷

Volumes 是 Pod 里声明的存储，容器用 volumeMounts 挂载。

\`\`\`yaml
apiVersion: v1
kind: Pod
metadata:
  name: demo
spec:
  containers:
    - name: app
      image: nginx
  volumes:
    - name: data
      emptyDir: {}
\`\`\`
`;

describe('a map item named as an API kind', () => {
  it('is that object, not a field of that name in another kind', async () => {
    const g = await loadGraph(await contentDir({ 'map.md': MAP, 'notes/网络/面试题.md': NOTE }));
    for (const id of ['service', 'ingress']) {
      const c = concept(g, id);
      expect({ id, kind: c.kind, fieldPath: c.fieldPath, owner: c.owner }).toEqual({ id, kind: 'object', fieldPath: undefined, owner: undefined });
    }
    // A map item named like a field is still that field.
    expect(concept(g, 'volumes')).toMatchObject({ kind: 'field', fieldPath: 'spec.volumes' });
  });
});
