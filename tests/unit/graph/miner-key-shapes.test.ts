/**
 * A domain/name key presented with the kind of key it is (src/graph/miner/key-shapes.ts,
 * `prose-key-category`): sentences written for this test (not the corpora), look-alikes that must
 * not fire, then a whole note.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { loadGraph } from '../../../src/graph/index.ts';
import { keysWithCategory } from '../../../src/graph/miner/key-shapes.ts';
import { cleanup, contentDir } from './helpers.ts';

afterAll(cleanup);

const keys = (s: string) => keysWithCategory(s).map((k) => `${k.key}:${k.category}`);

describe('keysWithCategory', () => {
  it.each([
    ['调度器会读节点上的 topology.kubernetes.io/zone 标签来分散副本。', 'topology.kubernetes.io/zone:标签'],
    ['运维会给坏掉的机器打一个 example.com/broken 污点。', 'example.com/broken:污点'],
    ['控制器删对象前会先等 example.com/cleanup 这个 finalizer 被摘掉。', 'example.com/cleanup:finalizer'],
    ['创建命名空间时自动带上 kubernetes.io/metadata.name 这个自动生成的标签。', 'kubernetes.io/metadata.name:标签'],
    ['节点会被加上 node.kubernetes.io/memory-pressure 这个 NoSchedule 污点。', 'node.kubernetes.io/memory-pressure:污点'],
    ['The team adds an example.com/owner annotation to every Service.', 'example.com/owner:annotation'],
  ])('%s → %s', (s, expected) => {
    expect(keys(s)).toEqual([expected]);
  });

  it.each([
    // an aside in parentheses illustrates something else
    '旧的 ReplicaSet 不会删（RS 上有 example.com/revision 注解记着版本号）。',
    // a key with no category after it: a value written in passing
    '把 nodeSelector 写成 topology.kubernetes.io/zone=a 就行。',
    '镜像地址是 registry.example.com/team/app，记得加 tag。',
    // a URL or a path is no key
    '文档在 https://kubernetes.io/docs 的标签页里。',
    '日志在 /var/log/pods 这个目录下，按标签分。',
    // the category belongs to a later noun phrase, not to the key
    '先看 example.com/app 的值，再改 Pod 上的标签。',
  ])('%s → none', (s) => {
    expect(keys(s)).toEqual([]);
  });
});

describe('a whole note', () => {
  it('makes a term of a key presented with its category, the one named thing it is', async () => {
    const dir = await contentDir({
      'notes/keys.md': ['# 一些键', '', '批处理任务的 Pod 会带上 `batch.example.com/job-group` 标签，同一组任务共用一个值。', ''].join('\n'),
    });
    const g = await loadGraph(dir);
    const titles = g.notes![0]!.defines.map((id) => g.concepts.find((c) => c.id === id)!.title);
    expect(titles).toContain('batch.example.com/job-group');
  });

  it('reads the key inside a bold label\'s definition too, and a key naming known kinds is still one name', async () => {
    const dir = await contentDir({
      'notes/keys.md': [
        '# 节点维修',
        '',
        '**维修模式：** 管理员给节点打上 `maintenance.example.com/drain` 污点，控制器看到它就把 Pod 挪走。',
        '',
        '副本控制器会给每个 Pod 打上 `statefulset.example.com/pod-ordinal` 标签，值是序号。',
        '',
      ].join('\n'),
    });
    const g = await loadGraph(dir);
    const titles = g.notes![0]!.defines.map((id) => g.concepts.find((c) => c.id === id)!.title);
    expect(titles).toEqual(expect.arrayContaining(['维修模式', 'maintenance.example.com/drain', 'statefulset.example.com/pod-ordinal']));
  });
});
