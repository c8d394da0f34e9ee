/**
 * place45 (docs/miner.md, "place45"): a kind explained inside another kind's chapter hangs under
 * that chapter's subject (the kind its title names), not at the root as a branch of one concept;
 * a kind the title names as well is the subject's sibling (reader11, struct23 keep theirs).
 * Notes written for this test, each case with a look-alike that must stay as it was.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../../src/graph/model.ts';
import { loadGraph } from '../../../src/graph/index.ts';
import { byTitle, cleanup, contentDir, parentTitle } from './helpers.ts';

afterAll(cleanup);

const note = (...lines: string[]) => lines.join('\n') + '\n';
const mineAs = async (file: string, ...lines: string[]): Promise<Graph> => loadGraph(await contentDir({ [file]: note(...lines) }), { layout: false });

const DEPLOYMENT = [
  '# Deployment 和滚动更新',
  '',
  '**Deployment**：管理一组无状态 Pod 副本的控制器，负责发布新版本和回滚。',
  '',
  '它下面其实还有一层 **ReplicaSet**：Deployment 管 ReplicaSet，ReplicaSet 管 Pod。每次改 Pod 模板都会生成一个新的 ReplicaSet。',
  '',
  '## 扩缩容',
  '',
  '自动扩缩容用 **HPA（HorizontalPodAutoscaler）**：根据 CPU、内存或者自定义指标调整副本数。',
];

const SERVICE = [
  '# Service 和 Ingress',
  '',
  '**Service**：把一组 Pod 暴露成一个稳定的网络端点，通过标签选择器选中后端 Pod。',
  '',
  '**EndpointSlice**：记录 Service 后端 Pod 地址的对象，代替老的 Endpoints。',
  '',
  '## Ingress',
  '',
  '**Ingress**：集群外的 HTTP 流量按域名和路径转发到不同的 Service。',
];

describe('a kind explained in another kind\'s chapter hangs under that chapter\'s subject', () => {
  it('# Deployment 和滚动更新: ReplicaSet and HPA under Deployment, not root branches', async () => {
    const g = await mineAs('notes/02-Deployment和滚动更新.md', ...DEPLOYMENT);
    expect(parentTitle(g, 'ReplicaSet')).toBe('Deployment');
    expect(parentTitle(g, 'HorizontalPodAutoscaler')).toBe('Deployment');
  });

  it('# Service 和 Ingress: EndpointSlice under Service; Ingress, named by the title too, beside it', async () => {
    const g = await mineAs('notes/04-Service和Ingress.md', ...SERVICE);
    expect(parentTitle(g, 'EndpointSlice')).toBe('Service');
    expect(byTitle(g, 'Ingress').parent).toBe(byTitle(g, 'Service').parent);
  });

  it('look-alike: # ConfigMap 和 Secret: Secret beside ConfigMap', async () => {
    const g = await mineAs('notes/03-ConfigMap和Secret.md',
      '# ConfigMap 和 Secret',
      '',
      '**ConfigMap**：存放非敏感配置的键值对，可以作为环境变量或者文件挂进 Pod。',
      '',
      '## Secret',
      '',
      '**Secret**：和 ConfigMap 类似，存放密码、令牌这类敏感数据，值是 base64 编码的。',
    );
    expect(byTitle(g, 'Secret').parent).not.toBe(byTitle(g, 'ConfigMap').id);
    expect(byTitle(g, 'Secret').parent).toBe(byTitle(g, 'ConfigMap').parent);
  });

  it('look-alike: a title naming no kind (# 权限控制, home the first kind): RoleBinding beside Role', async () => {
    const g = await mineAs('notes/06-权限.md',
      '# 权限控制',
      '',
      '**Role：**某个命名空间里的一组权限规则，说明能对哪些资源做哪些操作。',
      '',
      '**RoleBinding：**把 Role 授予某个用户、组或者 ServiceAccount，只在同一个命名空间里生效。',
    );
    expect(byTitle(g, 'RoleBinding').parent).not.toBe(byTitle(g, 'Role').id);
  });
});
