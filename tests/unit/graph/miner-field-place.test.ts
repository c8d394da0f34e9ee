/**
 * One concept per place of a same-named field (src/graph/miner/field-place.ts): the words that
 * set a field at one place of the API, written for this test (not the corpora), look-alikes that
 * give no place, then whole notes that explain a field of one name at two places.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { loadGraph } from '../../../src/graph/index.ts';
import { fieldAtPlace, placeAfter, placeBefore, placeInGloss, type FieldPlace } from '../../../src/graph/miner/field-place.ts';
import { labelPathGloss } from '../../../src/graph/miner/definitions.ts';
import { cleanup, contentDir } from './helpers.ts';

afterAll(cleanup);

const show = (p: FieldPlace | undefined) => (p === undefined ? 'none' : 'holder' in p ? `holder:${p.holder}` : 'kind' in p ? `kind:${p.kind}` : `parent:${p.parent}`);

describe('placeBefore / placeAfter / placeInGloss', () => {
  it.each([
    ['这里说的是容器级的 ', 'holder:container'],
    ['要改的是 Pod 级别的 ', 'holder:pod'],
    ['在 init 容器上的 ', 'holder:init-container'],
    ['给 Deployment 用的 ServiceAccount 的 ', 'kind:ServiceAccount'],
    ['规则的 to 里再写一个 ', 'parent:to'],
    ['老写法要在 SA 的 ', 'kind:ServiceAccount'],
  ])('before %s → %s', (before, expected) => {
    expect(show(placeBefore(before))).toBe(expected);
  });

  it.each([
    // a place in an earlier clause says nothing about this name
    '容器级的设置先放一边，',
    // a genitive of a word that names no kind nor holder
    '这个团队的 ',
    // a plain word with 里 that is no field
    '文档里放一个 ',
    '',
  ])('before %s → none', (before) => {
    expect(show(placeBefore(before))).toBe('none');
  });

  it.each([
    [' 其实也能挂在 ServiceAccount 上', 'kind:ServiceAccount'],
    [' 要写在 init 容器里', 'holder:init-container'],
  ])('after %s → %s', (after, expected) => {
    expect(show(placeAfter(after))).toBe(expected);
  });

  it.each([' 决定了失败后怎么处理', '：写在哪里都行，后面再说它挂在 SA 上'])('after %s → none', (after) => {
    expect(show(placeAfter(after))).toBe('none');
  });

  it.each([
    ['ServiceAccount 级', 'kind:ServiceAccount'],
    ['容器级别', 'holder:container'],
    ['Pod 层面', 'holder:pod'],
  ])('gloss %s → %s', (gloss, expected) => {
    expect(show(placeInGloss(gloss))).toBe(expected);
  });

  it.each(['默认 Always', '镜像拉取凭据', 'Pod'])('gloss %s → none', (gloss) => {
    expect(show(placeInGloss(gloss))).toBe('none');
  });
});

describe('fieldAtPlace', () => {
  it('turns a place into the path the API has there, or nothing', () => {
    expect(fieldAtPlace('restartPolicy', { holder: 'init-container', cue: 't' }, [])?.path).toBe('spec.initContainers[].restartPolicy');
    expect(fieldAtPlace('restartPolicy', { holder: 'pod', cue: 't' }, [])?.path).toBe('spec.restartPolicy');
    expect(fieldAtPlace('imagePullSecrets', { kind: 'ServiceAccount', cue: 't' }, [])?.owner).toBe('ServiceAccount');
    expect(fieldAtPlace('podSelector', { parent: 'from', cue: 't' }, ['NetworkPolicy'])?.path).toBe('spec.ingress[].from[].podSelector');
    // no such place in the API
    expect(fieldAtPlace('fsGroup', { holder: 'container', cue: 't' }, [])).toBeUndefined();
    expect(fieldAtPlace('replicas', { kind: 'ServiceAccount', cue: 't' }, [])).toBeUndefined();
  });
});

describe('labelPathGloss', () => {
  it('reads a path glossing the short label a paragraph opens with', () => {
    expect(labelPathGloss('**Pod 层**（', '）：管整个 Pod')).toBe(true);
    expect(labelPathGloss('容器这一级（', '）: 只管一个容器')).toBe(true);
  });
  it('leaves an aside in running text', () => {
    expect(labelPathGloss('它们在业务容器（', '）启动前运行')).toBe(false);
    expect(labelPathGloss('先说一句，后面这些都写在容器（', '）：里')).toBe(false);
  });
});

const defined = async (files: Record<string, string>) => {
  const g = await loadGraph(await contentDir(files));
  return g.notes![0]!.defines.map((id) => g.concepts.find((c) => c.id === id)!).filter((c) => c.kind === 'field').map((c) => `${c.id} ${c.owner ?? 'Pod'}:${c.fieldPath}`);
};

describe('a whole note', () => {
  it('mines two fields for one name explained at two places, each with its own id', async () => {
    const fields = await defined({
      'notes/重启.md': [
        '# 重启策略',
        '',
        '**restartPolicy（Pod 级）：** 整个 Pod 的容器退出后要不要重启，取值 Always、OnFailure、Never。',
        '',
        '**restartPolicy（init 容器级）：** 只能写 Always，写了之后这个 init 容器就变成一直运行的辅助容器。',
        '',
      ].join('\n'),
    });
    expect(fields).toEqual(expect.arrayContaining(['restart-policy Pod:spec.restartPolicy', 'pod-spec-init-containers-restart-policy Pod:spec.initContainers[].restartPolicy']));
  });

  it('reads the parent field from the list item that holds the name', async () => {
    const fields = await defined({
      'notes/np.md': [
        '# 网络策略字段',
        '',
        '- **podSelector**：这条 NetworkPolicy 管哪些 Pod。',
        '- **egress**：出站规则。',
        '  - **to**：允许去的地方，每一项可以是：',
        '    - `podSelector`：同一命名空间里带某些标签的 Pod',
        '',
      ].join('\n'),
    });
    expect(fields.map((f) => f.split(' ')[1])).toEqual(expect.arrayContaining(['NetworkPolicy:spec.podSelector', 'NetworkPolicy:spec.egress[].to[].podSelector']));
  });

  it('keeps one concept when nothing places the second mention', async () => {
    const fields = await defined({
      'notes/重启.md': ['# 重启策略', '', '**restartPolicy：** 容器退出后要不要重启。', '', '再说一遍，`restartPolicy` 是说重启的，默认 Always。', ''].join('\n'),
    });
    expect(fields.filter((f) => f.includes('restartPolicy'))).toHaveLength(1);
  });
});

/** Titles of the concepts a one-note content folder defines. */
const titles = async (lines: string[]) => {
  const g = await loadGraph(await contentDir({ 'notes/n.md': lines.join('\n') }));
  return g.notes![0]!.defines.map((id) => g.concepts.find((c) => c.id === id)!).map((c) => [c.title, ...c.aliases].join('|'));
};

describe('rules5 false-positive shapes', () => {
  it('reads no path of an enumeration one by one (cue before, or a word of examples after)', async () => {
    const t = await titles(['# 取值', '', '这个字段可填的值，支持的有 `spec.hostname`、`status.qosClass` 这种只读的、`metadata.uid` 和 `spec.priority`。', '', '另外 `status.startTime`、`spec.subdomain` 这类写法也常见。', '']);
    expect(t.filter((x) => /hostname|qosClass|uid|priority|startTime|subdomain/.test(x))).toEqual([]);
  });

  it('still reads a path the sentence is about', async () => {
    const t = await titles(['# 调度', '', 'Pod 的 `status.nominatedNodeName` 被设成抢占成功的那个节点名。', '']);
    expect(t.some((x) => x.startsWith('nominatedNodeName'))).toBe(true);
  });

  it('reads no definition of a known thing that 只 restricts to a check, but still one of what it is for', async () => {
    const restricted = await titles(['# 认证', '', '请求进来以后，webhook 只校验令牌的签名，别的不管。', '', 'Fluentd 只认这一种日志格式。', '']);
    expect(restricted.filter((x) => /webhook|Fluentd/i.test(x))).toEqual([]);
    const job = await titles(['# 日志', '', 'Stern 只管把多个 Pod 的日志合在一起看。', '']);
    expect(job.some((x) => x.startsWith('Stern'))).toBe(true);
  });

  it('reads no definition of the platform or its client from what they do, only from what they are', async () => {
    const does = await titles(['# 账号', '', 'Kubernetes 把用户分成普通用户和服务账号两种。', '', 'kubectl 会把输出变成表格。', '']);
    expect(does.filter((x) => /^(Kubernetes|kubectl)/i.test(x))).toEqual([]);
    const isa = await titles(['# 工具', '', 'kubectl 是 Kubernetes 的命令行客户端，几乎所有操作都靠它。', '']);
    expect(isa.some((x) => /^kubectl/.test(x))).toBe(true);
  });

  it('names a bold term by the part before a gloss in its own language, the gloss an alias', async () => {
    const t = await titles(['# 模式', '', '**边车容器（辅助容器）：** 和主容器一起跑，给它补日志、代理这些能力。', '', '**存储类（StorageClass）：** 动态创建卷的模板。', '']);
    expect(t).toContain('边车容器|辅助容器');
    expect(t.some((x) => x.startsWith('StorageClass') || x.includes('存储类'))).toBe(true);
  });
});

describe('configuration fields listed under a lead-in', () => {
  const table = (leadIn: string) => ['# 节点磁盘', '', leadIn, '', '| 字段 | 作用 |', '| --- | --- |', '| `evictionPressureTransitionPeriod` | 压力消失后要等多久才撤掉节点状况 |', '| `serializeImagePulls` | 一次只拉一个镜像 |', ''];
  const fields = async (lines: string[]) => {
    const g = await loadGraph(await contentDir({ 'notes/n.md': lines.join('\n') }));
    return g.notes![0]!.defines.map((id) => g.concepts.find((c) => c.id === id)!).filter((c) => c.kind === 'field').map((c) => `${c.owner}:${c.fieldPath}`);
  };

  it('takes the one configuration kind the lead-in names, by its component or its kind', async () => {
    expect(await fields(table('这些开关都在 kubelet 的配置文件里：'))).toEqual(expect.arrayContaining(['KubeletConfiguration:evictionPressureTransitionPeriod', 'KubeletConfiguration:serializeImagePulls']));
    expect(await fields(table('写进 KubeletConfiguration：'))).toHaveLength(2);
  });

  it('leaves the rows alone when neither the lead-in nor the title names the kind', async () => {
    expect(await fields(table('常用的几个参数：'))).toEqual([]);
  });
});
