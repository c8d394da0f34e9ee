/**
 * rules23 (docs/miner.md, "rules23"): recall of fields. A reference rubric over a sort of named
 * things (`参数速查：`) lists them one by one, so its items' labels are read (a `key=value` label
 * names its field); `子字段` heads a table of fields; a path written from the object's root whose
 * parent a custom kind of the note shows holding fields is that kind's field. Notes written for
 * this test, not taken from the corpora, with look-alikes that must not change.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../../src/graph/model.ts';
import { loadGraph } from '../../../src/graph/index.ts';
import { listRole } from '../../../src/graph/miner/definitions.ts';
import { cleanup, contentDir } from './helpers.ts';

afterAll(cleanup);

const note = (...lines: string[]) => lines.join('\n') + '\n';
const mine = async (...lines: string[]): Promise<Graph> => loadGraph(await contentDir({ 'notes/n.md': note(...lines) }), { layout: false });
const titled = (g: Graph, title: string) => g.concepts.filter((c) => c.title === title).map((c) => `${c.kind}|${c.owner ?? ''}|${c.fieldPath ?? ''}`);

describe('listRole: a reference rubric over a sort of named things', () => {
  it.each([
    ['参数速查：', undefined],
    ['常用命令一览：', undefined],
    ['注解清单：', undefined],
    // a rubric over no sort of named things still lists checks or pitfalls
    ['上线前的检查清单：', 'attributes'],
    ['踩坑汇总：', 'attributes'],
    ['这个参数的缺点：', 'attributes'],
  ])('%s → %s', (lead, role) => {
    expect(listRole(lead)).toBe(role);
  });

  it('reads the items of such a list, a key=value label naming its field', async () => {
    const g = await mine(
      '# 给容器降权',
      '',
      '## securityContext',
      '',
      '容器级的 `securityContext` 控制进程以什么身份运行。参数速查：',
      '',
      '- **runAsNonRoot=true：** 镜像的用户是 root 时 kubelet 拒绝启动容器。',
      '- **readOnlyRootFilesystem=true：** 根文件系统只读，要写的目录另挂 emptyDir。',
      '- **allowPrivilegeEscalation**：能否通过 setuid 拿到比父进程更多的权限。',
    );
    expect(titled(g, 'runAsNonRoot')).toEqual([expect.stringMatching(/^field\|.*securityContext\.runAsNonRoot$/)]);
    expect(titled(g, 'readOnlyRootFilesystem')).toEqual([expect.stringMatching(/^field\|.*securityContext\.readOnlyRootFilesystem$/)]);
    expect(titled(g, 'allowPrivilegeEscalation')).toEqual([expect.stringMatching(/^field\|.*securityContext\.allowPrivilegeEscalation$/)]);
  });

  it('leaves the items of a checklist alone', async () => {
    const g = await mine(
      '# 发布',
      '',
      '上线前的检查清单：',
      '',
      '- **镜像标签**：不用 latest；',
      '- **回滚预案**：上一版的清单留着。',
    );
    expect(titled(g, '镜像标签')).toEqual([]);
    expect(titled(g, '回滚预案')).toEqual([]);
  });
});

describe('field-table: a table headed 子字段', () => {
  it('reads each row as a field under the section\'s field', async () => {
    const g = await mine(
      '# 容器的安全设置',
      '',
      '## seccompProfile',
      '',
      '`seccompProfile` 决定容器能用哪些系统调用。',
      '',
      '| 子字段 | 含义 |',
      '|---|---|',
      '| `type` | RuntimeDefault、Localhost 或 Unconfined |',
      '| `localhostProfile` | type 为 Localhost 时，节点上配置文件的相对路径 |',
    );
    expect(titled(g, 'localhostProfile')).toEqual([expect.stringMatching(/^field\|.*seccompProfile\.localhostProfile$/)]);
  });
});

describe('a rooted path under a parent a custom kind of the note holds', () => {
  const example = [
    '```yaml',
    'apiVersion: shelf.example.dev/v1',
    'kind: BookShelf',
    'metadata:',
    '  name: demo',
    'spec:',
    '  layout:',
    '    rows: 3',
    '  color: blue',
    '```',
  ];
  const shelf = (...rows: string[]) => mine('# BookShelf 笔记', '', ...example, '', '| 字段 | 作用 |', '|---|---|', '| `spec.layout.rows` | 书架有几层 |', ...rows);
  it('is the kind\'s field under that parent', async () => {
    const g = await shelf('| `spec.layout.slotsPerRow` | 每层放几本书，默认 20 |');
    expect(titled(g, 'slotsPerRow')).toEqual(['field|BookShelf|spec.layout.slotsPerRow']);
  });

  it('is no field under a parent the examples give a value', async () => {
    const g = await shelf('| `spec.color.shade` | 颜色深浅 |', '| `spec.material` | 木头还是金属 |');
    expect(titled(g, 'shade')).toEqual([]);
    // right under spec, in a table of keys below the kind's example: the kind's field as written
    // (resolve5, unplaced-keys.ts; rules23 left it out, and the resolver then dropped the key)
    expect(g.concepts.filter((c) => c.fieldPath === 'spec.material' && c.owner === 'BookShelf').map((c) => c.title)).toEqual(['material']);
  });
});
