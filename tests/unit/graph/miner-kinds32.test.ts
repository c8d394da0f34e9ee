/**
 * kinds32 (docs/miner.md, "kinds32"): a word that is a field's name but used as an ordinary word —
 * written capitalised as a label or a heading (`**Ready**：`, `### Source（…）`, `**Operator：**`), or a
 * lower-case word of English the subtitles do not rank as everyday (`revision`) — is the deep field
 * its lower-case spelling names only where a field on its path is named in the note (rules41's
 * owner-in-sight test, widened by `WORD_FIELD_FORMS`). Notes written for this test (made-up
 * tool `skiff`, a node check-up, a hook note), not taken from any corpus, each with a look-alike
 * that keeps its field.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { loadGraph } from '../../../src/graph/index.ts';
import { fieldWord, ownerUnseen, WORD_FIELD_FORMS } from '../../../src/graph/miner/field-owner.ts';
import { cleanup, contentDir } from './helpers.ts';

afterAll(cleanup);

const note = (...lines: string[]) => lines.join('\n') + '\n';
const graphOf = async (...lines: string[]) => loadGraph(await contentDir({ 'notes/n.md': note(...lines) }), { layout: false });
type G = Awaited<ReturnType<typeof graphOf>>;
const byTitle = (g: G, re: RegExp) => g.concepts.filter((c) => re.test(c.title));
const fieldsNamed = (g: G, name: string) => g.concepts.filter((c) => c.kind === 'field' && (c.fieldPath ?? '').split('.').pop()!.replace(/\[\]$/, '') === name);

describe('WORD_FIELD_FORMS: which names are words for the owner-in-sight test', () => {
  it('reads a capitalised word as its lower-case word, and any word of English, not names', () => {
    expect(WORD_FIELD_FORMS.name).toBe('word-owner-unseen');
    expect(fieldWord('Ready')).toBe('ready');
    expect(fieldWord('Source')).toBe('source');
    expect(fieldWord('revision')).toBe('revision');
    expect(fieldWord('Manager')).toBe('manager');
    // camelCase, an acronym, a name that is no English, a capitalised camelCase word: names
    expect(fieldWord('maxSurge')).toBeUndefined();
    expect(fieldWord('HostAliases')).toBeUndefined();
    expect(fieldWord('PVC')).toBeUndefined();
    expect(fieldWord('kubelet')).toBeUndefined();
    // rules41's everyday words are still words
    expect(fieldWord('controller')).toBe('controller');
  });

  it('a capitalised or less common word placed by a guess needs the fields on its path named', () => {
    const none = () => false;
    expect(ownerUnseen('Ready', 'api-field', 'status.containerStatuses[].ready', none)).toBe(true);
    expect(ownerUnseen('Ready', 'api-field', 'status.containerStatuses[].ready', (w) => w === 'containerStatuses')).toBe(false);
    // (these wider words lose the reading only when no field on the way is named: `gitRepo` alone places `revision`)
    expect(ownerUnseen('revision', 'api-field-note-kind', 'spec.volumes[].gitRepo.revision', none)).toBe(true);
    expect(ownerUnseen('revision', 'api-field-note-kind', 'spec.volumes[].gitRepo.revision', (w) => w === 'gitRepo')).toBe(false);
    // (rules41's everyday words keep its test: any field on the way unnamed)
    expect(ownerUnseen('source', 'api-field', 'spec.volumes[].ephemeral.source', (w) => w === 'volumes')).toBe(true);
    // a field at a kind's top, a place written out or read off an example: unchanged
    expect(ownerUnseen('Secrets', 'api-field', 'secrets', none)).toBe(false);
    expect(ownerUnseen('Ready', 'yaml-key', 'status.containerStatuses[].ready', none)).toBe(false);
    expect(ownerUnseen('HostAliases', 'api-field', 'spec.hostAliases', none)).toBe(false);
    // a field of an object type the owner has at several places (`exec`, an ExecAction in a probe and in a hook)
    // is left to the rules that re-place it among them (fix30b's `## 启动探针 startupProbe`)
    expect(ownerUnseen('exec', 'api-field', 'spec.containers[].livenessProbe.exec', none, ['spec.containers[].lifecycle.postStart.exec'])).toBe(false);
    expect(ownerUnseen('exec', 'api-field', 'spec.containers[].livenessProbe.exec', none)).toBe(true);
  });
});

describe('a word used as a word is no deep field', () => {
  it('a release tool’s `revision` defined in bold is a term, not a volume source’s revision', async () => {
    const g = await graphOf(
      '# skiff 发布工具笔记',
      '',
      '团队用 skiff 发布，推完会等新的 Pod 全部就绪才算成功。',
      '',
      '**revision（发布序号）：** skiff 每推送一次就加一，回滚时指定它就能回到那一版。',
      '',
      '**channel：** 一组环境共用的发布通道，比如 staging 和 prod。',
    );
    expect(fieldsNamed(g, 'revision')).toEqual([]);
    expect(byTitle(g, /^revision/).map((c) => c.kind)).toEqual(['term']);
  });

  it('the same word with the fields on its path named is still the field (all of them, or one: `gitRepo` without `volumes`)', async () => {
    const all = await graphOf(
      '# 老的 gitRepo 卷',
      '',
      'Pod 的 `spec.volumes` 里以前可以写 `gitRepo` 卷，它在 Pod 启动时把一个仓库克隆进卷里，现在已经废弃。',
      '',
      '**revision：** 克隆后要检出的提交号，不写就用默认分支的最新提交。',
    );
    expect(fieldsNamed(all, 'revision').map((c) => c.fieldPath)).toEqual(['spec.volumes[].gitRepo.revision']);
    const one = await graphOf(
      '# 老的 gitRepo 卷',
      '',
      '`gitRepo` 卷已经废弃，但老集群的 Pod 里还能看到，它在启动时把一个仓库克隆进卷里。',
      '',
      '**revision：** 克隆后要检出的提交号，不写就用默认分支的最新提交。',
    );
    expect(fieldsNamed(one, 'revision').map((c) => c.fieldPath)).toEqual(['spec.volumes[].gitRepo.revision']);
  });

  it('a node condition written capitalised in bold is a term, not a container status’s flag', async () => {
    const g = await graphOf(
      '# 节点体检',
      '',
      '节点对象的状况列表里，我最先看这几项：',
      '',
      '- **Ready**：kubelet 报告自己一切正常、能接新 Pod；变成 Unknown 多半是心跳断了。',
      '- **DiskPressure**：镜像盘或根分区快满了，kubelet 会开始回收镜像。',
    );
    expect(fieldsNamed(g, 'ready')).toEqual([]);
    expect(byTitle(g, /^Ready$/).map((c) => c.kind)).toEqual(['term']);
  });

  it('a container’s lifecycle in a Pod note that shows its containers stays the field', async () => {
    const g = await graphOf(
      '# 容器钩子',
      '',
      '```yaml',
      'apiVersion: v1',
      'kind: Pod',
      'metadata:',
      '  name: hooks',
      'spec:',
      '  containers:',
      '  - name: app',
      '    image: nginx:1.27',
      '```',
      '',
      '**lifecycle：** 容器上挂启动后和停止前两个钩子的地方。',
    );
    expect(fieldsNamed(g, 'lifecycle').map((c) => c.fieldPath)).toEqual(['spec.containers[].lifecycle']);
  });
});
