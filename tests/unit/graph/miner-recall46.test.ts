/**
 * recall46 (docs/miner.md, "recall46"): a name written alone — a heading that is one name over the
 * section about it, a list of plain names each with a colon and what it is — and a custom kind's
 * path written in running text below its example. Names and notes written for this test, not taken
 * from the corpora.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { List } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { loadGraph } from '../../../src/graph/index.ts';
import { ALONE_SHAPES, headingNameAlone, listNamesAlone, spelledAsName } from '../../../src/graph/miner/alone-names.ts';
import { cleanup, contentDir } from './helpers.ts';

afterAll(cleanup);

const note = (...lines: string[]) => lines.join('\n') + '\n';
const graphOf = async (...lines: string[]) => loadGraph(await contentDir({ 'notes/n.md': note(...lines) }), { layout: false });
const titles = (g: Awaited<ReturnType<typeof graphOf>>) => g.concepts.map((c) => c.title);
const listOf = (md: string) => fromMarkdown(md).children.find((n): n is List => n.type === 'list')!;
const headingOf = (text: string) => {
  const [h, ...rest] = text.split('\n');
  return headingNameAlone(h!.replace(/^#+\s*/, ''), rest.join('\n'));
};

describe('ALONE_SHAPES: each example gives its name, each look-alike none', () => {
  for (const shape of ALONE_SHAPES) {
    it(shape.name, () => {
      if (shape.name === 'list-name-colon') {
        expect(listNamesAlone(listOf(shape.example)).map((x) => x.name)).toContain(shape.gives);
        for (const l of shape.lookAlikes) expect(listNamesAlone(listOf(l))).toEqual([]);
      } else if (shape.name === 'heading-term-phrase') {
        // (heads8's shape: tests/unit/graph/miner-heads8.test.ts runs it with the section's opening)
        expect(headingNameAlone(shape.example.split('\n')[0]!.replace(/^#+\s*/, ''), shape.example.split('\n')[1]!)).toBeUndefined();
      } else {
        expect(headingOf(shape.example)).toEqual({ name: shape.gives, shape: shape.name });
        for (const l of shape.lookAlikes) expect(headingOf(l)).toBeUndefined();
      }
    });
  }
});

describe('headingNameAlone: a heading that is one name', () => {
  it('takes a name the dictionary lacks when the section names it again', () => {
    expect(headingNameAlone('cri-dockerd', '`cri-dockerd` 是一层适配器。')?.name).toBe('cri-dockerd');
    expect(headingNameAlone('2.3 flanneld', '每个节点上跑一个 flanneld 进程。')?.name).toBe('flanneld');
    expect(headingNameAlone('Envoy', '网格的数据面用 Envoy 做代理。')?.name).toBe('Envoy');
  });

  it('takes a capitalised English word named again in the singular, or over a 是什么 rubric', () => {
    expect(headingNameAlone('Workflows', '一个 workflow 就是一串有状态的步骤。')?.name).toBe('Workflows');
    expect(headingNameAlone('6. Locks（分布式锁）', '**是什么：** 多个副本抢同一把锁。')?.name).toBe('Locks');
  });

  it('leaves a name the section does not take up, rubrics, kinds, lower-case English words and phrases', () => {
    expect(headingNameAlone('Envoy', '这一节先跳过，后面再补。')).toBeUndefined();
    expect(headingNameAlone('Summary', 'summary 写在最后。')).toBeUndefined();
    expect(headingNameAlone('Deployment', 'Deployment 管理 ReplicaSet。')).toBeUndefined();
    expect(headingNameAlone('replicas', 'replicas 是副本数。')).toBeUndefined();
    expect(headingNameAlone('Sidecar 模式', 'Sidecar 模式就是…')).toBeUndefined();
    expect(headingNameAlone('A/B', 'A/B 测试…')).toBeUndefined();
  });

  it('takes a domain/name key or a file alone without more', () => {
    expect(headingNameAlone('example.dev/sidecar-mode', '三个取值。')).toEqual({ name: 'example.dev/sidecar-mode', shape: 'heading-key-or-file' });
    expect(headingNameAlone('.helmignore', '打包时跳过的文件。')).toEqual({ name: '.helmignore', shape: 'heading-key-or-file' });
  });
});

describe('listNamesAlone: plain names opening list items with a colon', () => {
  it('reads names spelt as names among items of that shape', () => {
    const list = listOf('- image-syncer：把镜像推到边缘。\n- EdgeMesh：边缘之间的服务发现。\n- k0s：另一个轻量发行版。\n- 其他：略。');
    expect(listNamesAlone(list).map((x) => x.name)).toEqual(['image-syncer', 'EdgeMesh', 'k0s']);
  });

  it('leaves a lone item, actions and settings, vendors, values, capitals and the cluster’s components', () => {
    expect(listNamesAlone(listOf('- image-syncer：把镜像推到边缘。\n- 然后重启。'))).toEqual([]);
    expect(listNamesAlone(listOf('- add-nodes：加节点。\n- scale-down：缩容。\n- opt-out：不参与。'))).toEqual([]);
    expect(listNamesAlone(listOf('- Always：总是拉。\n- Never：从不拉。'))).toEqual([]);
    expect(listNamesAlone(listOf('- GCP：用注解。\n- AWS：也用注解。'))).toEqual([]);
    expect(listNamesAlone(listOf('1. kubelet：按 limits 之和设 cgroup。\n2. kube-scheduler：算上 overhead。'))).toEqual([]);
  });

  it('spelledAsName: hyphens, inner capitals, digits, words no dictionary has', () => {
    for (const w of ['edge-hub', 'OpenFunction', 'k3d', 'virtlet']) expect(spelledAsName(w)).toBe(true);
    for (const w of ['Cluster', 'TODO', 'network', 'remove-disks', 'read-only']) expect(spelledAsName(w)).toBe(false);
  });
});

describe('whole notes', () => {
  it('a heading that is one name is a term; a rubric heading and a lower-case field heading are not', async () => {
    const g = await graphOf(
      '# 边缘运行时笔记',
      '',
      '## cri-dockerd',
      '',
      '`cri-dockerd` 是 Docker Engine 的 CRI 适配器，kubelet 通过它调用 dockerd。',
      '',
      '## Summary',
      '',
      '写完再补。',
      '',
    );
    expect(titles(g)).toContain('cri-dockerd');
    expect(titles(g)).not.toContain('Summary');
  });

  it('a list of components by name gives each a term', async () => {
    const g = await graphOf(
      '# 轻量发行版',
      '',
      '## 自带的东西',
      '',
      '启动时会把下面这些一起拉起来：',
      '',
      '- edge-proxy：把请求转发到最近的节点。',
      '- MeshAgent：维护节点之间的隧道。',
      '- Helm Chart：打包方式。',
      '',
    );
    expect(titles(g)).toEqual(expect.arrayContaining(['edge-proxy', 'MeshAgent']));
  });

  it('a status path of a custom kind written in running text below its example is that kind’s field', async () => {
    const g = await graphOf(
      '# Canary 笔记',
      '',
      '```yaml',
      'apiVersion: rollout.example.dev/v1',
      'kind: TrafficShift',
      'metadata:',
      '  name: web',
      'spec:',
      '  weight: 20',
      '```',
      '',
      '切完以后看 `status.currentWeight`，它是控制器实际生效的比例。',
      '',
    );
    const f = g.concepts.find((c) => c.fieldPath === 'status.currentWeight');
    expect(f?.owner).toBe('TrafficShift');
  });

  it('leaves a spec path the example does not set', async () => {
    const g = await graphOf(
      '# Canary 笔记',
      '',
      '```yaml',
      'apiVersion: rollout.example.dev/v1',
      'kind: TrafficShift',
      'metadata:',
      '  name: web',
      'spec:',
      '  weight: 20',
      '```',
      '',
      '另一个对象的 `spec.rewriteRules` 会改写路径。',
      '',
    );
    expect(g.concepts.find((c) => c.fieldPath === 'spec.rewriteRules' && c.owner === 'TrafficShift')).toBeUndefined();
  });

  it('a dot file heading is a term', async () => {
    const g = await graphOf('# 打包', '', '## 准备', '', '### .helmignore', '', '打包时跳过的文件，写法跟 `.gitignore` 一样。', '');
    expect(titles(g)).toContain('.helmignore');
  });
});
