/**
 * rules28: names explained in running text. A domain/name key brought in by the sort of key it
 * is, written before it (src/graph/miner/key-sort-before.ts, `prose-key-sort`): sentences written
 * for this test (not the corpora), look-alikes that must not fire, then whole notes.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { loadGraph } from '../../../src/graph/index.ts';
import { keyIsTheLabelsMeans, keysAfterTheirSort } from '../../../src/graph/miner/key-sort-before.ts';
import { cleanup, contentDir } from './helpers.ts';

afterAll(cleanup);

const keys = (s: string) => keysAfterTheirSort(s).map((k) => `${k.key}:${k.sort}`);

describe('keysAfterTheirSort', () => {
  it.each([
    ['想跳过某个卷，就给 Pod 加注解 backup.acme.io/skip-volumes，值写卷名，多个用逗号隔开。', 'backup.acme.io/skip-volumes:注解'],
    ['批任务的 Pod 靠标签 queue.acme.dev/group 认出自己属于哪一组。', 'queue.acme.dev/group:标签'],
    ['在命名空间上打标签 mesh.acme.io/inject: enabled，之后新建的 Pod 都会被注入代理。', 'mesh.acme.io/inject:标签'],
    ['证书放在一个类型为 kubernetes.io/tls 的 Secret 里，键名固定。', 'kubernetes.io/tls:类型为'],
    ['以前用的是注解 ingress.acme.io/class，这个注解后来废弃了。', 'ingress.acme.io/class:注解'],
    ['维修时给节点打污点 ops.acme.io/repair:NoExecute，上面的 Pod 会被赶走。', 'ops.acme.io/repair:污点'],
    ['删除前控制器先检查 finalizer storage.acme.io/protect 是否还在，在就不放行。', 'storage.acme.io/protect:finalizer'],
    ['The controller reads the annotation rollout.acme.dev/pause and stops the rollout.', 'rollout.acme.dev/pause:annotation'],
  ])('%s → %s', (s, expected) => {
    expect(keys(s)).toEqual([expected]);
  });

  it.each([
    // the sentence stops at the key: named, nothing said of it
    '别忘了给命名空间加标签 policy.acme.io/enforce=。',
    '最后再加一个注解 team.acme.io/owner。',
    // an aside in parentheses
    '开启方式换了（老版本用注解 traffic.acme.io/hints，已废弃）。',
    // an enumeration: each key is named in passing
    '常见的有标签 zone.acme.io/a、zone.acme.io/b，按需选。',
    '节点上有标签 zone.acme.io/a 和 zone.acme.io/b 两种。',
    // the key is a place the sentence puts something in
    '上一次的配置存在注解 tool.acme.io/last-config 里，整份 JSON 原样放进去。',
    // an API group and version is no key
    '这个类型是 events.acme.io/v1 里的一个对象，很小。',
    // a domain reserved for examples: an illustration, not a key of any project
    '比如给节点打污点 gpu.example.com/dedicated:NoSchedule，普通 Pod 就进不来。',
    // the clause says a name is the key: the key is another name of it
    'rollout pause 是写在对象上的注解 rollout.acme.io/pause，值为 true 时控制器停下。',
    // no sort before the key
    '把 zone.acme.io/a 写进 nodeSelector 就行，调度器会照办。',
  ])('%s → none', (s) => {
    expect(keys(s)).toEqual([]);
  });
});

describe('a whole note', () => {
  it('makes a term of a key brought in by its sort, in a paragraph and inside a bold label\'s definition', async () => {
    const dir = await contentDir({
      'notes/keys.md': [
        '# 备份工具',
        '',
        '默认不备份卷。想备某个卷，就给 Pod 加注解 `backup.acme.io/volumes`，值为卷名列表，逗号分隔。',
        '',
        '**按需注入：** 默认不给 Pod 注入代理。在 Pod 模板上加注解 `mesh.acme.io/inject: "true"`，之后新建的 Pod 会被 webhook 注入代理容器。',
        '',
        '**发布暂停：** 用注解 `rollout.acme.io/pause` 让控制器停在当前批次，删掉注解才继续。',
        '',
        '老的清单里还能看到注解 `legacy.acme.io/mode`。',
        '',
      ].join('\n'),
    });
    const g = await loadGraph(dir);
    const titles = g.notes![0]!.defines.map((id) => g.concepts.find((c) => c.id === id)!.title);
    expect(titles).toEqual(expect.arrayContaining(['backup.acme.io/volumes', 'mesh.acme.io/inject']));
    expect(titles).not.toContain('legacy.acme.io/mode');
    // (the key in the first clause of a label's definition is how the label is done: the label is the concept)
    expect(titles).toContain('发布暂停');
    expect(titles).not.toContain('rollout.acme.io/pause');
    const term = g.concepts.find((c) => c.title === 'backup.acme.io/volumes')!;
    expect(term.kind).toBe('term');
  });
});

describe('keyIsTheLabelsMeans', () => {
  it('is the first clause after the label\'s colon, not a later one', () => {
    const text = '按需注入： 在 Pod 上加注解 mesh.acme.io/inject，之后新建的 Pod 会被注入代理。';
    expect(keyIsTheLabelsMeans(text, text.indexOf('mesh.acme.io'))).toBe(true);
    const later = '端点切片： 把端点切成多片。它通过标签 acme.io/service-name 关联到 Service。';
    expect(keyIsTheLabelsMeans(later, later.indexOf('acme.io/'))).toBe(false);
    const noLabel = '给 Pod 加注解 mesh.acme.io/inject，之后新建的 Pod 会被注入代理。';
    expect(keyIsTheLabelsMeans(noLabel, noLabel.indexOf('mesh.acme.io'))).toBe(false);
  });
});
