/**
 * A definition whose paragraph announces a list (`… 有三种取值：`, `… as follows:`) keeps that list in its excerpt,
 * though the list's items define names of their own: before, the excerpt ended on the colon (seen on qa52's DaemonSet
 * note, `spec.updateStrategy.type 有两种：`, and on the bundled Pod chapter's imagePullPolicy and hostNetwork).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { loadGraph } from '../../../src/graph/index.ts';
import { cleanup, concept, contentDir } from './helpers.ts';

afterAll(cleanup);

const NOTE = `# 第五章 工作负载的几个字段

## 重启

**restartPolicy：** 容器退出后要不要重启，它的取值如下：

- \`Always\`：总是重启，Deployment 只允许这个值；
- \`OnFailure\`：只在非零退出时重启；
- \`Never\`：从不重启。

## 服务发布

\`spec.externalTrafficPolicy\` 决定外部流量怎么转发，分两类：

- **Cluster**：可以转到任意节点上的 Pod，会丢掉客户端源 IP；
- **Local**：只转到本节点的 Pod，保留源 IP。

## 拉镜像

**imagePullSecrets：** 拉私有镜像时用的 Secret 列表。

- **注意**：Secret 必须和 Pod 在同一个命名空间。

## 探针

**terminationGracePeriodSeconds：**

- \`preStop\`：先执行的钩子。
`;

describe('an announced list stays in the excerpt', () => {
  it('takes the list after a bold definition that ends on a colon (取值如下：)', async () => {
    const g = await loadGraph(await contentDir({ 'notes/工作负载字段.md': NOTE }));
    const [ex] = concept(g, 'restart-policy').excerpts;
    expect(ex!.html).toContain('<code>OnFailure</code>');
    expect(ex!.text).toContain('从不重启');
  });

  it('takes the list after a code-span subject that ends on a colon (分两类：)', async () => {
    const g = await loadGraph(await contentDir({ 'notes/工作负载字段.md': NOTE }));
    const c = g.concepts.find((x) => x.fieldPath === 'spec.externalTrafficPolicy');
    expect(c).toBeDefined();
    expect(c!.excerpts[0]!.html).toContain('<strong>Local</strong>');
  });

  it('leaves out a list after a definition that does not announce it (ends on 。)', async () => {
    const g = await loadGraph(await contentDir({ 'notes/工作负载字段.md': NOTE }));
    const [ex] = concept(g, 'image-pull-secrets').excerpts;
    expect(ex!.text).toContain('Secret 列表');
    expect(ex!.text).not.toContain('同一个命名空间');
  });

  it('does not count a bold label alone with its colon as an announcement', async () => {
    const g = await loadGraph(await contentDir({ 'notes/工作负载字段.md': NOTE }));
    const c = g.concepts.find((x) => x.fieldPath?.endsWith('terminationGracePeriodSeconds'));
    for (const ex of c?.excerpts ?? []) expect(ex.text).not.toContain('先执行的钩子');
  });
});
