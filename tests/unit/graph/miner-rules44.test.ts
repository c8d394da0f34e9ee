/**
 * rules44 (docs/miner.md, "rules44"): a found custom resource with the right kind — more ways a note
 * says a name spelt as a kind is an API object (kind-sayings.ts; note-kinds.ts `textKinds`), the one
 * of them that proposes the name (`kind-said`), a bold label opening a sentence mid-paragraph that is
 * defined as a CRD, and a one-word kind of another group of the same ecosystem project
 * (catalogue.ts `kindsOfProject`). Sentences and notes written for this test, each with a look-alike.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../../src/graph/model.ts';
import { loadGraph } from '../../../src/graph/index.ts';
import { childOfPathBetween, demonstrativeKinds, isSchemaKeywordPath, kindsSaid } from '../../../src/graph/miner/kind-sayings.ts';
import { textKinds } from '../../../src/graph/miner/note-kinds.ts';
import { kindsOfGroup, kindsOfProject } from '../../../src/graph/yaml/catalogue.ts';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { cleanup, contentDir } from './helpers.ts';

afterAll(cleanup);

const note = (...lines: string[]) => lines.join('\n') + '\n';
const mine = async (...lines: string[]): Promise<Graph> => loadGraph(await contentDir({ 'notes/n.md': note(...lines) }), { layout: false });
const typed = (g: Graph, title: string) => g.concepts.filter((c) => c.title === title).map((c) => `${c.kind}|${c.owner ?? ''}|${c.fieldPath ?? ''}`);
const said = (text: string) => kindsSaid(text).map((s) => s.name);
const block = (md: string) => fromMarkdown(md).children[0]!;

describe('kindsSaid: a demonstrative, a pronoun, a plural demonstrative', () => {
  it('reads a demonstrative between the name and the noun', () => {
    expect(said('告警的路由写在 `MailRoute` 这个 CRD 里。')).toEqual(['MailRoute']);
    expect(said('**QuotaBucket** 这类资源由平台团队维护。')).toEqual(['QuotaBucket']);
    expect(said('它会建一个 TunnelPeer 这种对象')).toEqual(['TunnelPeer']);
  });
  it('does not read a question', () => {
    expect(said('集群里真的有 TunnelPeer 这种对象吗？')).toEqual([]);
  });
  it('reads 它是…CRD as the one marked name of the sentence before', () => {
    expect(said('每次扫描的结果写进 **LeakReport**。它是一个 CRD，一个命名空间一份。')).toEqual(['LeakReport']);
    expect(said('结果写进 `LeakReport`。它也是 scanner 自己的自定义资源。')).toEqual(['LeakReport']);
  });
  it('leaves 它 alone when the sentence before marks two names, or none', () => {
    expect(said('**LeakReport** 和 **LeakSummary** 都有。它是一个 CRD。')).toEqual([]);
    expect(said('结果写进一张报表。它是一个 CRD。')).toEqual([]);
  });
  it('reads 这些 CRD as every marked name listed before it', () => {
    expect(said('一共三样：`TapeClass`（存储类）、`TapeJob`（一次备份）、`TapeCopy`（副本）。这些 CRD 要单独装。')).toEqual(['TapeClass', 'TapeJob', 'TapeCopy']);
    expect(said('`TapeClass`、`TapeJob` 这几个资源都是命名空间级的')).toEqual(['TapeClass', 'TapeJob']);
  });
  it('needs a list of two names at least for a plural', () => {
    expect(said('先装 `TapeClass`。这些 CRD 要单独装。')).toEqual([]);
  });
});

describe('demonstrativeKinds: the shape that proposes a name', () => {
  it('takes the demonstrative shape only, not under a negation', () => {
    expect(demonstrativeKinds('按 ProbeTarget 这个 CRD 指定的地址探测').map((s) => s.name)).toEqual(['ProbeTarget']);
    expect(demonstrativeKinds('API 里并没有 Team 这种对象，团队只是一个标签').map((s) => s.name)).toEqual([]);
    expect(demonstrativeKinds('结果写进 LeakReport。它是一个 CRD。').map((s) => s.name)).toEqual([]);
  });
});

describe('textKinds: the new sayings, with the old filters', () => {
  it('adds the names the new shapes say are objects', () => {
    expect([...textKinds(block('流量镜像的目标写在 `MirrorTarget` 这个 CRD 里。'))]).toEqual(['MirrorTarget']);
  });
  it('keeps leaving out a kind the API knows', () => {
    expect([...textKinds(block('`Deployment` 这种资源大家都熟。'))]).toEqual([]);
  });
});

describe('kindsOfProject: the kinds of every group of one ecosystem project', () => {
  it('holds the acme group\'s kinds beside cert-manager.io\'s', () => {
    expect(kindsOfGroup('cert-manager.io/v1')).not.toContain('Challenge');
    expect(kindsOfProject('cert-manager.io/v1')).toContain('Challenge');
    expect(kindsOfProject('cert-manager.io/v1')).toContain('Certificate');
  });
  it('is the group\'s own kinds for a group no project holds', () => {
    expect(kindsOfProject('example.org/v1')).toEqual(kindsOfGroup('example.org/v1'));
  });
});

describe('whole notes', () => {
  it('types a bold name an object when the next sentence says 它是一个 CRD', async () => {
    const g = await mine(
      '# 泄漏扫描',
      '',
      '## 扫描结果',
      '',
      '扫描器每跑一次，都会把发现的问题写进 **LeakReport** 里。它是一个 CRD，由扫描器的控制器维护，一个命名空间一份。',
    );
    expect(typed(g, 'LeakReport')).toEqual(['object||']);
  });
  it('keeps a bold name a term when nothing says it is an object (look-alike)', async () => {
    const g = await mine(
      '# 泄漏扫描',
      '',
      '## 扫描结果',
      '',
      '扫描器每跑一次，都会把发现的问题写进 **LeakReport** 里，一个命名空间一份，方便排查。',
    );
    expect(typed(g, 'LeakReport')).not.toContain('object||');
  });
  it('proposes a code span called 这个 CRD', async () => {
    const g = await mine('# 多网卡', '', '## 附加网络', '', '第二块网卡的配置写在 `ExtraNetwork` 这个 CRD 里，每个命名空间可以建几个。');
    expect(typed(g, 'ExtraNetwork')).toEqual(['object||']);
  });
  it('does not propose a name under a negation (look-alike)', async () => {
    const g = await mine('# 认证', '', '## 用户', '', 'Kubernetes 里并没有 Team 这种对象，团队只是证书里的一个字段。');
    expect(typed(g, 'Team')).toEqual([]);
  });
  it('types a bold label that opens a sentence mid-paragraph and is defined as a CRD', async () => {
    const g = await mine(
      '# 训练作业',
      '',
      '## 第三天',
      '',
      '**结论**：一个 worker 挂了整组都要重来。**TrainJob**：训练平台自带的 CRD，会给每个 worker 注入序号和总数。',
    );
    expect(typed(g, 'TrainJob')).toEqual(['object||']);
  });
  it('reads a one-word kind of another group of the project the note\'s YAML declares', async () => {
    const g = await mine(
      '# 证书自动签发',
      '',
      '```yaml',
      'apiVersion: cert-manager.io/v1',
      'kind: Certificate',
      'metadata:',
      '  name: web',
      'spec:',
      '  secretName: web-tls',
      '```',
      '',
      '签发卡住时往下查：**Challenge**（每个域名一次验证）记录了 ACME 服务器要求的验证方式和当前进度。',
    );
    expect(typed(g, 'Challenge')).toEqual(['object||']);
  });
});

describe('childOfPathBetween: the words that put a name inside the path before it', () => {
  it('reads a colon right after the path, and 其中 opening the next clause', () => {
    expect(childOfPathBetween(' 二选一：')).toBe(true);
    expect(childOfPathBetween('：')).toBe(true);
    expect(childOfPathBetween(' 有两种写法：`fromFile` 读文件；')).toBe(true);
    expect(childOfPathBetween('。其中 ')).toBe(true);
  });
  it('leaves a name in another sentence, or after other words, alone', () => {
    expect(childOfPathBetween('。另外 ')).toBe(false);
    expect(childOfPathBetween(' 决定了副本数，而 ')).toBe(false);
    expect(childOfPathBetween('：先说 A。然后 ')).toBe(false);
  });
});

describe('whole notes: a field written inside a rooted path', () => {
  const example = [
    '# 磁带备份',
    '',
    '```yaml',
    'apiVersion: tape.example.io/v1',
    'kind: TapeJob',
    'metadata:',
    '  name: nightly',
    'spec:',
    '  target:',
    '    claimName: data',
    '```',
    '',
  ];
  it('places the second of two choices under the path, at the kind of the example', async () => {
    const g = await mine(...example, 'TapeJob 的 `spec.target` 二选一：`claimName` 表示备份一个 PVC；`snapshotName` 表示从已有快照复制。');
    expect(typed(g, 'snapshotName')).toEqual(['field|TapeJob|spec.target.snapshotName']);
  });
  it('keeps a name after another sentence a term (look-alike)', async () => {
    const g = await mine(...example, 'TapeJob 的 `spec.target` 只能写一个。另外 `snapshotName` 表示从已有快照复制。');
    expect(typed(g, 'snapshotName')).not.toContain('field|TapeJob|spec.target.snapshotName');
  });
  it('at a kind the API describes, only a child the API has', async () => {
    const g = await mine(
      '# 发布',
      '',
      '```yaml',
      'apiVersion: apps/v1',
      'kind: Deployment',
      'metadata:',
      '  name: web',
      'spec:',
      '  replicas: 2',
      '```',
      '',
      'Deployment 的 `spec.strategy` 下面有：`rollingUpdate` 控制节奏；`surgeWindow` 表示一个不存在的字段。',
    );
    expect(typed(g, 'surgeWindow').filter((t) => t.startsWith('field'))).toEqual([]);
  });
});

describe('isSchemaKeywordPath: a keyword of a CRD schema', () => {
  it('is any path below openAPIV3Schema', () => {
    expect(isSchemaKeywordPath('spec.versions[].schema.openAPIV3Schema.x-kubernetes-preserve-unknown-fields')).toBe(true);
    expect(isSchemaKeywordPath('spec.versions[].schema.openAPIV3Schema.properties')).toBe(true);
  });
  it('is not openAPIV3Schema itself nor another field', () => {
    expect(isSchemaKeywordPath('spec.versions[].schema.openAPIV3Schema')).toBe(false);
    expect(isSchemaKeywordPath('spec.versions[].served')).toBe(false);
  });
  it('makes a schema keyword explained in a note a term', async () => {
    const g = await mine(
      '# 写 CRD 的 schema',
      '',
      '- **x-kubernetes-int-or-string**：允许一个属性既可以写数字也可以写字符串，比如端口。',
      '',
      '`versions` 里每个版本还有两个开关：',
      '',
      '- **served**：这个版本是否通过 API 提供。',
    );
    // (`versions` is named: rules41 reads a common word such as `served` as a field only where the
    // field holding it is in sight; the Chinese 版本 alone does not count yet)
    expect(typed(g, 'x-kubernetes-int-or-string')).toEqual(['term||']);
    expect(typed(g, 'served')[0]).toMatch(/^field\|CustomResourceDefinition\|/);
  });
});
