/**
 * A map without map.md groups the generated root's branches under areas when there are more than
 * AREA_THRESHOLD of them (stages/areas.ts): the user's folders first, else the Kubernetes area of
 * each branch, else 其他.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { loadGraph } from '../../../src/graph/index.ts';
import type { Graph } from '../../../src/graph/model.ts';
import { AREA_THRESHOLD, KUBERNETES_AREAS } from '../../../src/graph/vocabulary/areas.ts';
import { areaOfKind, areaOfName, folderOf } from '../../../src/graph/stages/areas.ts';
import { ID_PATTERN } from '../../../src/graph/labels.ts';
import { indexGraph } from '../../../src/graph/graph-index.ts';
import { buildMapData } from '../../../src/views/map-data.ts';
import { conceptPageData } from '../../../src/views/concept-page.ts';
import { cleanup, concept, contentDir, hasEdge } from './helpers.ts';

afterAll(cleanup);

/** A concept note with no parent: it hangs under the generated root. */
function conceptNote(id: string, title: string, kind: string, body = '一段说明。'): string {
  return `---\nid: ${id}\ntitle: ${title}\nkind: ${kind}\n---\n\n${body}\n`;
}

/** `n` plain terms nothing places (`词语 1` … `词语 n`), as concept notes at the top of concepts/. */
function fillers(n: number, prefix = 'concepts'): Record<string, string> {
  const out: Record<string, string> = {};
  for (let i = 1; i <= n; i++) out[`${prefix}/filler-${i}.md`] = conceptNote(`filler-${i}`, `随手记 ${i}`, 'term');
  return out;
}

function rootKids(g: Graph): string[] {
  return g.concepts.filter((c) => c.parent === g.root).map((c) => c.id);
}

const parentOf = (g: Graph, id: string): string | undefined => concept(g, id).parent;

describe('areas: the threshold', () => {
  it('leaves a root of AREA_THRESHOLD branches as it is', async () => {
    const g = await loadGraph(await contentDir(fillers(AREA_THRESHOLD)), { layout: false });
    expect(rootKids(g)).toHaveLength(AREA_THRESHOLD);
    expect(g.concepts.some((c) => c.id.startsWith('area-'))).toBe(false);
  });

  it('groups one branch more', async () => {
    const g = await loadGraph(await contentDir(fillers(AREA_THRESHOLD + 1)), { layout: false });
    // nothing places a plain term: one area, 其他, holds them all
    expect(rootKids(g)).toEqual(['area-other']);
    const other = concept(g, 'area-other');
    expect(other).toMatchObject({ kind: 'topic', title: 'Other', titleZh: '其他', titleEn: 'Other' });
    expect(g.concepts.filter((c) => c.parent === 'area-other')).toHaveLength(AREA_THRESHOLD + 1);
    expect(hasEdge(g, 'child', 'area-other', 'filler-1')).toBe(true);
    expect(concept(g, 'filler-1').ancestors).toEqual([g.root, 'area-other']);
  });
});

describe('areas: flat notes by what the engine knows', () => {
  const files = {
    ...fillers(AREA_THRESHOLD),
    'concepts/deployment.md': conceptNote('deployment', 'Deployment', 'object'),
    'concepts/pvc.md': conceptNote('pvc', 'PersistentVolumeClaim', 'object'),
    'concepts/netpol.md': conceptNote('netpol', 'NetworkPolicy', 'object'),
    'concepts/role.md': conceptNote('role', 'ClusterRoleBinding', 'object'),
    'concepts/prio.md': conceptNote('prio', 'PriorityClass', 'object'),
    'concepts/mesh.md': conceptNote('mesh', 'VirtualService', 'object'),
    'concepts/dns.md': conceptNote('dns', 'CoreDNS', 'term'),
    'concepts/taint.md': conceptNote('taint', '污点与容忍', 'topic'),
    'concepts/crd.md': conceptNote('crd-notes', '写一个 Operator', 'topic'),
  };

  it('puts each branch under the area of its kind, group or words', async () => {
    const g = await loadGraph(await contentDir(files), { layout: false });
    expect(parentOf(g, 'deployment')).toBe('area-workloads');
    expect(parentOf(g, 'pvc')).toBe('area-storage');
    expect(parentOf(g, 'netpol')).toBe('area-networking');
    expect(parentOf(g, 'role')).toBe('area-security');
    expect(parentOf(g, 'prio')).toBe('area-scheduling');
    expect(parentOf(g, 'mesh')).toBe('area-ecosystem');
    expect(parentOf(g, 'dns')).toBe('area-networking');
    expect(parentOf(g, 'taint')).toBe('area-scheduling');
    expect(parentOf(g, 'crd-notes')).toBe('area-extending');
    expect(parentOf(g, 'filler-3')).toBe('area-other');
  });

  it('orders the areas as the table does, 其他 last, and gives them both names', async () => {
    const g = await loadGraph(await contentDir(files), { layout: false });
    const kids = rootKids(g);
    const order = g.concepts.filter((c) => kids.includes(c.id)).sort((a, b) => (a.order ?? 0) - (b.order ?? 0)).map((c) => c.id);
    expect(order).toEqual(['area-workloads', 'area-scheduling', 'area-networking', 'area-storage', 'area-security', 'area-extending', 'area-ecosystem', 'area-other']);
    expect(concept(g, 'area-storage')).toMatchObject({ kind: 'topic', titleZh: '存储', titleEn: 'Storage', hasNote: false });
    // every area is on the map and reached from the root
    for (const id of order) expect(hasEdge(g, 'child', g.root, id)).toBe(true);
  });

  it('builds the same graph twice', async () => {
    const dir = await contentDir(files);
    const a = await loadGraph(dir, { layout: false });
    const b = await loadGraph(dir, { layout: false });
    expect(JSON.stringify(a.concepts.map((c) => [c.id, c.parent, c.order]))).toBe(JSON.stringify(b.concepts.map((c) => [c.id, c.parent, c.order])));
  });
});

describe('areas on the map and on their pages', () => {
  it('are the map’s branches, laid out, and their pages list their branches', async () => {
    const files = {
      ...fillers(AREA_THRESHOLD),
      'concepts/deployment.md': conceptNote('deployment', 'Deployment', 'object'),
      'concepts/pvc.md': conceptNote('pvc', 'PersistentVolumeClaim', 'object'),
    };
    const g = await loadGraph(await contentDir(files));
    const data = buildMapData(g);
    const top = data.nodes.filter((n) => n.d === 1).map((n) => n.id);
    expect(top.sort()).toEqual(['area-other', 'area-storage', 'area-workloads']);
    // every node below the root is on the branch of its area (line colours, branch filter, shares)
    expect(new Set(data.nodes.filter((n) => n.d > 0).map((n) => n.b))).toEqual(new Set(top));
    expect(data.nodes.find((n) => n.id === 'area-storage')).toMatchObject({ zh: '存储', en: 'Storage', k: 'topic' });
    const page = conceptPageData(indexGraph(g), 'area-storage')!;
    expect(page.children.map((c) => c.id)).toEqual(['pvc']);
    expect(page.ancestors.map((c) => c.id)).toEqual([g.root]);
    expect(page.stub?.siblings.map((c) => c.id).sort()).toEqual(['area-other', 'area-workloads']);
    // made by the build from no file: its page says so and links no source (there is no map.md);
    // a concept of a note is no such group
    expect(page.stub?.generated).toBe(true);
    expect(conceptPageData(indexGraph(g), g.root)!.stub?.generated).toBe(true);
    expect(conceptPageData(indexGraph(g), 'pvc')!.stub).toBeUndefined();
    const mapped = await loadGraph(await contentDir({ 'map.md': '- Kubernetes {#k8s}\n  - 存储 {#storage}\n' }), { layout: false });
    expect(conceptPageData(indexGraph(mapped), 'storage')!.stub?.generated).toBe(false);
  });
});

describe('areas: the user’s folders come first', () => {
  it('makes each folder an area titled by its name', async () => {
    const files: Record<string, string> = {
      ...fillers(AREA_THRESHOLD - 4, 'concepts/杂记'),
      'notes/网络/service.md': '# Service 服务发现\n\n**ClusterIP**：集群内部的虚拟地址，只在集群里能访问。\n',
      'notes/storage/pv.md': '# 持久卷笔记\n\n**回收策略**：卷被释放之后怎么处理里面的数据，比如保留或者删除。\n',
      'concepts/pvc.md': conceptNote('pvc', 'PersistentVolumeClaim', 'object'),
      'concepts/lost.md': conceptNote('lost', '一段感想', 'term'),
      'concepts/svc.md': conceptNote('svc', 'Service', 'object'),
      'notes/安全 Security/rbac.md': '# RBAC 笔记\n\n**RBAC**：基于角色的访问控制，用 Role 和 RoleBinding 给主体授权。\n',
      'concepts/sa.md': conceptNote('sa', 'ServiceAccount', 'object'),
    };
    const g = await loadGraph(await contentDir(files), { layout: false });
    const areas = rootKids(g).map((id) => concept(g, id));
    const byTitle = new Map(areas.map((a) => [a.title, a]));
    expect([...byTitle.keys()].sort()).toEqual(['Other', 'storage', '安全 Security', '杂记', '网络'].sort());
    expect(byTitle.get('网络')).toMatchObject({ kind: 'topic', titleZh: '网络' });
    expect(byTitle.get('网络')!.id).toMatch(ID_PATTERN);
    // the note's home sits in its folder's area
    const netHome = g.notes!.find((n) => n.file === 'notes/网络/service.md')!.home!;
    expect(parentOf(g, netHome)).toBe(byTitle.get('网络')!.id);
    // a flat PVC goes to the Kubernetes area Storage, which is the folder `storage`
    expect(parentOf(g, 'pvc')).toBe(byTitle.get('storage')!.id);
    expect(g.concepts.some((c) => c.id === 'area-storage' && c.title === 'Storage')).toBe(false);
    expect(parentOf(g, 'lost')).toBe('area-other');
    // a flat Service: the area 服务与网络, which goes by 网络 too, is the folder `网络`
    expect(parentOf(g, 'svc')).toBe(byTitle.get('网络')!.id);
    expect(byTitle.get('storage')!.id).toBe('area-storage');
    // a folder named in both languages: either name joins the Kubernetes area (安全与权限 goes by 安全)
    expect(parentOf(g, 'sa')).toBe(byTitle.get('安全 Security')!.id);
    expect(byTitle.get('网络')!.id).toMatch(/^area-[0-9a-f]{8}$/);
    expect(parentOf(g, 'filler-1')).toBe(byTitle.get('杂记')!.id);
  });

  it('keeps a hostile folder name as written (escaped where shown) with a URL-safe id', async () => {
    const files: Record<string, string> = {
      ...fillers(AREA_THRESHOLD, 'concepts/<img src=x onerror=alert(1)>'),
      'concepts/one.md': conceptNote('one', 'Deployment', 'object'),
    };
    const g = await loadGraph(await contentDir(files), { layout: false });
    const area = concept(g, parentOf(g, 'filler-1')!);
    expect(area.title).toBe('<img src=x onerror=alert(1)>');
    expect(area.id).toMatch(ID_PATTERN);
    expect(parentOf(g, 'one')).toBe('area-workloads');
  });
});

describe('areas: a chapter’s topic that is the area', () => {
  it('is the area’s node, not a second node of the same name', async () => {
    const files = { ...fillers(AREA_THRESHOLD), 'concepts/storage.md': conceptNote('storage-topic', '存储', 'topic'), 'concepts/pvc.md': conceptNote('pvc', 'PersistentVolumeClaim', 'object') };
    const g = await loadGraph(await contentDir(files), { layout: false });
    expect(parentOf(g, 'pvc')).toBe('storage-topic');
    expect(parentOf(g, 'storage-topic')).toBe(g.root);
    expect(concept(g, 'storage-topic')).toMatchObject({ title: '存储', titleZh: '存储', titleEn: 'Storage' });
    expect(g.concepts.some((c) => c.id === 'area-storage')).toBe(false);
  });
});

describe('areas: a topic named by another name of the area', () => {
  it('is the area’s node too (网络 for 服务与网络)', async () => {
    const files = { ...fillers(AREA_THRESHOLD), 'concepts/net.md': conceptNote('net-topic', '网络', 'topic'), 'concepts/svc.md': conceptNote('svc', 'Service', 'object') };
    const g = await loadGraph(await contentDir(files), { layout: false });
    expect(parentOf(g, 'svc')).toBe('net-topic');
    expect(concept(g, 'net-topic')).toMatchObject({ title: '网络', titleZh: '网络', titleEn: 'Services & networking' });
    expect(g.concepts.some((c) => c.id === 'area-networking')).toBe(false);
  });
});

describe('areas: content with map.md is left alone', () => {
  it('does not group however many branches the map has', async () => {
    const items = Array.from({ length: AREA_THRESHOLD + 6 }, (_, i) => `  - Thing ${i + 1} {#thing-${i + 1}}`);
    const files = { 'map.md': ['- Root {#root}', ...items, '  - Deployment {#deployment}'].join('\n') + '\n', 'concepts/deployment.md': conceptNote('deployment', 'Deployment', 'object') };
    const g = await loadGraph(await contentDir(files), { layout: false });
    expect(rootKids(g)).toHaveLength(AREA_THRESHOLD + 7);
    expect(g.concepts.some((c) => c.id.startsWith('area-'))).toBe(false);
  });
});

describe('areas: the rules as data', () => {
  it('reads an API kind’s area from its name or its group', () => {
    expect(areaOfKind('Pod')).toBe('workloads');
    expect(areaOfKind('CronJob')).toBe('workloads'); // batch
    expect(areaOfKind('Service')).toBe('networking'); // core, by name
    expect(areaOfKind('HTTPRoute')).toBe('networking'); // gateway.networking.k8s.io, by suffix
    expect(areaOfKind('StorageClass')).toBe('storage');
    expect(areaOfKind('KubeSchedulerConfiguration')).toBe('scheduling'); // a configuration kind's group
    expect(areaOfKind('KubeletConfiguration')).toBe('cluster');
    expect(areaOfKind('ScaledObject')).toBe('ecosystem'); // a project's API
    expect(areaOfKind('NoSuchKind')).toBeUndefined();
  });

  it('reads a name’s area from its words, the longest word deciding', () => {
    expect(areaOfName('集群网络排障')).toBe('networking'); // 网络 (2) … 排障 (2): the first area of the longest
    expect(areaOfName('负载均衡入门')).toBe('networking'); // 负载均衡, not 负载
    expect(areaOfName('容器运行时')).toBe('cluster'); // 容器运行时, not 容器
    expect(areaOfName('Ingress 控制器选型')).toBe('networking');
    expect(areaOfName('NodeResourcesFit')).toBe('scheduling'); // a scheduler plugin (k8s-names)
    expect(areaOfName('velero')).toBe('ecosystem');
    expect(areaOfName('读书心得')).toBeUndefined();
    // a Latin word is whole: `Podman` is not `Pod`
    expect(areaOfName('Podman')).not.toBe('workloads');
  });

  it('knows a file’s folder under notes/ and concepts/ only', () => {
    expect(folderOf('notes/存储/pv.md')).toBe('存储');
    expect(folderOf('concepts/net/a/b.md')).toBe('net');
    expect(folderOf('notes/flat.md')).toBeUndefined();
    expect(folderOf('map.md')).toBeUndefined();
  });

  it('has unique keys and names', () => {
    const keys = KUBERNETES_AREAS.map((a) => a.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(new Set(KUBERNETES_AREAS.map((a) => a.zh)).size).toBe(keys.length);
  });
});
