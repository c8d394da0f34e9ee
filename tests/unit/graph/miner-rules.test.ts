/**
 * The miner's rules by error category, each on text written for this test (not the corpus):
 * labels that are no concepts (remarks, clauses, times, versions, facets, misspellings), lists
 * whose items are no concepts, names mentioned in passing, and what a label resolves to
 * (container states, patterns, volume sources, fields written in a list field, removed kinds).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { loadGraph } from '../../../src/graph/index.ts';
import type { Graph } from '../../../src/graph/model.ts';
import { anchorWords, homophones, misspeltGeneric, notAConcept, notATermInNote, slashedNames, wordsOf } from '../../../src/graph/miner/label-rules.ts';
import { inPassing, LOCATIVE_AFTER, listRole } from '../../../src/graph/miner/definitions.ts';
import { headingAlternatives } from '../../../src/graph/miner/resolve.ts';
import { fieldByPath, kindNamed, patternNamed, statesNamed, volumeSourceNamed } from '../../../src/graph/vocabulary/index.ts';
import { cleanup, contentDir } from './helpers.ts';

afterAll(cleanup);

const note = (...lines: string[]) => lines.join('\n') + '\n';
const fence = (...lines: string[]) => ['```yaml', ...lines, '```'].join('\n');
const defined = (g: Graph) => g.notes![0]!.defines.map((id) => g.concepts.find((c) => c.id === id)!);
const titles = (g: Graph) => defined(g).map((c) => c.title);

describe('labels that are no concepts, by cause', () => {
  it.each([
    ['我的排错顺序', 'personal-remark'],
    ['个人看法', 'personal-remark'],
    ['咱们踩的雷', 'personal-remark'],
    ['升级之后', 'circumstance'],
    ['Pod 重建的时候', 'circumstance'],
    ['Evict 时的顺序', 'circumstance'],
    ['v1.27 起', 'version-note'],
    ['1.31 GA', 'version-note'],
    ['其实很简单', 'clause'],
    ['已经弃用的', 'clause'],
    ['把配置挂进去', 'clause'],
    ['权限不对', 'clause'],
    // an adverb and a modal the segmenter reads as one word (也要, 都得, 还能)
    ['升级也要平滑', 'clause'],
    ['日志都得留', 'clause'],
    ['证书还能续', 'clause'],
    ['默认值', 'facet-label'],
    ['取值', 'facet-label'],
    ['简单小结', 'generic-phrase'],
    ['总结一下', 'generic-phrase'],
    ['p.s.', 'generic-label'],
    ['一般来讲', 'discourse-marker'],
    ['严格地说', 'discourse-marker'],
    ['整体而言', 'discourse-marker'],
  ])('%s (%s)', (label, rule) => {
    expect(notAConcept(label)?.name).toBe(rule);
  });

  it('reads misspelt generic labels by sound, as an input method mistypes them', () => {
    expect(homophones('笔计', '笔记')).toBe(true); // bǐjì
    expect(misspeltGeneric('总洁')).toBe('总结'); // zǒngjié
    expect(misspeltGeneric('备往')).toBeUndefined(); // not read alike
    expect(misspeltGeneric('实践中')).toBeUndefined(); // itself generic, not a misspelling
    expect(notAConcept('考典')?.name).toBe('generic-misspelling');
  });

  it.each(['还原点', '可用区', '能力集', '有状态服务', '容器运行时', '没有标签的 Pod', '定时任务', '节点亲和性', '滚动更新', '基于角色的访问控制', 'Pod 拓扑分布约束', '就绪探针', '服务发现'])(
    '%s is a name',
    (label) => {
      expect(notAConcept(label)).toBeUndefined();
    },
  );

  it('splits labels into words with Intl.Segmenter', () => {
    expect(wordsOf('我的排错步骤')).toContain('我的');
  });
});

describe('lists whose items are no concepts', () => {
  it('knows a list of ways or steps, and a list of attributes, by the words that introduce it', () => {
    expect(listRole('镜像可以用三种方式推送：')).toBe('ways');
    expect(listRole('升级大致分三步：')).toBe('ways');
    expect(listRole('# 导出日志：两种方法')).toBe('ways');
    expect(listRole('这类卷的优点：')).toBe('attributes');
    expect(listRole('调度分为两个阶段：')).toBeUndefined();
    expect(listRole('几个关键字段：')).toBeUndefined();
  });

  it('does not make the items of such a list concepts, but keeps a list of fields', async () => {
    const g = await loadGraph(await contentDir({
      'notes/cm.md': note(
        '# ConfigMap 速记',
        '',
        '把配置交给容器有两种方式：',
        '',
        '- **环境变量注入**：启动时读一次。',
        '- **文件挂载**：改了会同步到文件。',
        '',
        'ConfigMap 的几个字段：',
        '',
        '- `immutable`：设成 true 以后内容不能再改。',
        '- `binaryData`：放二进制内容，值是 base64。',
      ),
    }));
    expect(titles(g)).toEqual(expect.arrayContaining(['immutable', 'binaryData']));
    expect(titles(g)).not.toContain('环境变量注入');
    expect(titles(g)).not.toContain('文件挂载');
  });
});

describe('names mentioned in passing', () => {
  it('tells an aside or the object of a verb from what a sentence is about', () => {
    expect(inPassing('（也可以用 ', '）')).toBe(true);
    expect(inPassing('在 Deployment 里写 ', ' 就行')).toBe(true);
    expect(inPassing('改 Job 的 ', ' 即可')).toBe(true);
    expect(inPassing('', ' 决定了失败多少次后放弃')).toBe(false);
    expect(inPassing('通过 ', ' 控制并发数')).toBe(false); // says what it does
    expect(inPassing('可以用 ', '：')).toBe(false); // introduces what follows
  });

  it('defines a field whose root path a sentence is about, not one it only uses', async () => {
    const g = await loadGraph(await contentDir({
      'notes/job.md': note(
        '# Job 排查',
        '',
        'Job 的 `status.succeeded` 记录已经成功结束的 Pod 个数。',
        '',
        '想多跑几次，直接改 Job 的 `spec.completions` 就行。',
      ),
    }));
    const c = defined(g).find((x) => x.title === 'succeeded');
    expect(c).toMatchObject({ kind: 'field', owner: 'Job', fieldPath: 'status.succeeded' });
    expect(titles(g)).not.toContain('completions');
  });
});

describe('what a label resolves to', () => {
  it('knows container states, design patterns, volume sources, removed kinds and paths through repeated types', () => {
    expect(statesNamed('Waiting').map((s) => s.field)).toEqual(['status.containerStatuses[].state']);
    expect(patternNamed('边车模式')).toBe('sidecar');
    expect(patternNamed('控制器')).toBeUndefined(); // a component, not the pattern
    expect(volumeSourceNamed('emptyDir 卷')?.path).toBe('spec.volumes[].emptyDir');
    expect(volumeSourceNamed('Projected Volume')?.path).toBe('spec.volumes[].projected');
    expect(kindNamed('psp')).toBe('PodSecurityPolicy');
    expect(fieldByPath('ephemeralContainers[].targetContainerName', ['Pod'])?.path).toBe('spec.ephemeralContainers[].targetContainerName');
    expect(headingAlternatives('怎么在线调试？临时容器')).toEqual(['临时容器']);
    expect(headingAlternatives('本节目标：配合 Kustomize')).toEqual(['Kustomize']);
    expect(headingAlternatives('ndots:5 的影响')).toEqual([]);
  });

  it('reads a chapter on container states, patterns and parameters as an expert would', async () => {
    const g = await loadGraph(await contentDir({
      'notes/容器.md': note(
        '# 容器重启排查笔记',
        '',
        '## 容器自己的状态',
        '',
        '每个容器的状态记在 `status.containerStatuses[].state` 里，三选一：',
        '',
        '**Terminated**：进程已经退出，带着退出码。',
        '',
        '**Running**：进程正在跑。',
        '',
        '**Waiting**：还没起来，例如在拉镜像。',
        '',
        '## 多容器',
        '',
        '> **Adapter（适配器模式）**：把业务的指标换成监控系统认识的格式。',
        '',
        '## 探测参数',
        '',
        fence('containers:', '- name: web', '  image: nginx', '  readinessProbe:', '    periodSeconds: 5'),
        '',
        '| 参数 | 默认值 | 说明 |',
        '| --- | --- | --- |',
        '| periodSeconds | 10 | 隔多久探一次 |',
        '| failureThreshold | 3 | 连续失败几次才算失败 |',
        '',
        '## 重启以后去哪看？日志保留',
        '',
        '**我的习惯：**先看事件，再看上一次的日志。',
        '',
        '**1.28 以后：**日志轮转更细了。',
        '',
        '**单位：**秒。',
      ),
    }));
    const by = (t: string) => defined(g).find((c) => c.title === t);
    for (const s of ['Terminated', 'Running', 'Waiting']) expect(by(s)?.kind, s).toBe('state');
    // a container's Running is not the Pod phase Running
    expect(by('Running')!.id).not.toBe('pod-phase-running');
    expect(by('state')).toMatchObject({ kind: 'field', fieldPath: 'status.containerStatuses[].state' });
    expect(defined(g).find((c) => c.title.startsWith('Adapter'))?.kind).toBe('pattern');
    expect(by('periodSeconds')).toMatchObject({ kind: 'field', fieldPath: 'spec.containers[].readinessProbe.periodSeconds' });
    expect(by('failureThreshold')?.kind).toBe('field');
    expect(by('日志保留')?.kind).toBe('term');
    for (const bad of ['我的习惯', '1.28 以后', '单位']) expect(titles(g)).not.toContain(bad);
  });

  it('takes names given in plain text, a term written in a list field, and a kind spelt as a kind', async () => {
    const g = await loadGraph(await contentDir({
      'notes/pod.md': note(
        '# Pod 补充',
        '',
        '## 调试',
        '',
        '**调试容器**：写在 `spec.ephemeralContainers` 里的容器，临时加进正在运行的 Pod。',
        '',
        '## 卷',
        '',
        '**secret 卷**：把 Secret 的每个键挂成一个文件。',
        '',
        '**注意：**Secret 只是编码过的数据，谁能读它要靠 RBAC 管。',
        '',
        '镜像拉取时用到的凭证，这一步叫 image pull secret（拉取凭证）。',
      ),
    }));
    const by = (t: string) => defined(g).find((c) => c.title === t);
    expect(by('ephemeralContainers')).toMatchObject({ kind: 'field', fieldPath: 'spec.ephemeralContainers' });
    expect(by('ephemeralContainers')!.aliases).toContain('调试容器');
    expect(by('secret')).toMatchObject({ kind: 'field', fieldPath: 'spec.volumes[].secret' });
    expect(by('Secret')?.kind).toBe('object');
    expect(defined(g).some((c) => c.title.startsWith('image pull secret'))).toBe(true);
  });
});

describe('bold labels judged by how the note uses them', () => {
  it('turns down a Chinese label that heads several paragraphs, or stands alone as a heading', () => {
    expect(notATermInNote('隐患', { rule: 'bold-colon', openings: 3 })?.name).toBe('repeated-label');
    expect(notATermInNote('隐患', { rule: 'bold-colon', openings: 1 })).toBeUndefined();
    // Latin letters carry technical content of their own
    expect(notATermInNote('RBAC', { rule: 'bold-colon', openings: 2 })).toBeUndefined();
    expect(notATermInNote('上线复盘', { rule: 'bold-only', openings: 1 })?.name).toBe('bold-heading');
    expect(notATermInNote('Headless Service', { rule: 'bold-only', openings: 1 })).toBeUndefined();
    expect(notATermInNote('排查步骤', { rule: 'bold-colon', openings: 1 })?.name).toBe('generic-head');
    expect(notATermInNote('处理方法', { rule: 'bold-colon', openings: 1 })?.name).toBe('generic-head');
    expect(notATermInNote('最小权限原则', { rule: 'bold-colon', openings: 1 })).toBeUndefined();
  });

  it('turns down a Chinese label none of whose words the rest of a chapter uses', () => {
    const chapter = '滚动发布时，新版本的镜像按摘要固定，发布失败就回滚到上一个镜像。'.repeat(40);
    const uses = (w: string) => chapter.split(w).length - 1;
    const use = { rule: 'bold-colon', openings: 1, usesElsewhere: uses, noteLength: chapter.length };
    expect(notATermInNote('顺口溜', use)?.name).toBe('unanchored-label');
    expect(notATermInNote('灰度发布', use)).toBeUndefined(); // 发布 is the chapter's word
    expect(notATermInNote('镜像摘要', use)).toBeUndefined(); // 镜像 (the dictionary splits it: 镜|像)
    expect(anchorWords('镜像摘要')).toContain('镜像');
    // a snippet is too short to judge a label by its vocabulary
    expect(notATermInNote('顺口溜', { ...use, noteLength: 200 })).toBeUndefined();
  });

  it('veto38: names set out side by side with a spaced slash are names; words and phrases so joined are not', () => {
    expect(slashedNames('build image / run image')).toEqual(['build image', 'run image']);
    expect(slashedNames('MemoryPressure / DiskPressure / PIDPressure：')).toEqual(['MemoryPressure', 'DiskPressure', 'PIDPressure']);
    expect(slashedNames('Custom Metrics API / External Metrics API')).toHaveLength(2);
    expect(slashedNames('ifindex / iflink')).toEqual(['ifindex', 'iflink']);
    // look-alikes: everyday words, Chinese parts, phrases, an unspaced slash (a path, a version, a pair of one thing)
    for (const l of ['up / down', 'by / without', 'in / out', '复盘 / 改进项', '节点 / hostNetwork 的流量', '优点 / 缺点 一句话版本', 'autoscaling/v2', 'range/end', 'Init:N/M', 'ClusterIP', 'includedPaths / excludedPaths', 'archiveMode / coldStorage', 'minReplicas / maxReplicas']) expect(slashedNames(l)).toBeUndefined();
  });

  it('veto38: a bold label setting out names with a spaced slash defines each of them', async () => {
    const g = await loadGraph(await contentDir({
      'notes/build.md': note(
        '# 不用 Docker daemon 构建镜像',
        '',
        '- **build image / run image**：编译用一个基础镜像，运行用另一个更精简的基础镜像。',
        '- **up / down**：进程是否活着。',
        '- **复盘 / 改进项**：下次构建前先清缓存。',
        '',
        'Buildpacks 读源码，挑合适的 buildpack 编译，最后把产物放进运行镜像。',
      ),
    }));
    const t = titles(g);
    expect(t).toEqual(expect.arrayContaining(['build image', 'run image']));
    for (const bad of ['up', 'down', '复盘', '改进项']) expect(t).not.toContain(bad);
  });

  it('mines a checklist note: the rubric labels are structure, the defined names are concepts', async () => {
    const g = await loadGraph(await contentDir({
      'notes/audit.md': note(
        '# 节点巡检记录',
        '',
        '## 1. 镜像',
        '',
        '**隐患：**好几个 Deployment 用的镜像标签是 latest，回滚时不知道回到哪一版。',
        '',
        '**处理：**统一改成带版本号的标签。',
        '',
        '**镜像摘要**：镜像内容的 sha256 值，写成 `image@sha256:…` 就能钉死一个版本。',
        '',
        '## 2. 日志',
        '',
        '**隐患：**容器日志不轮转，节点磁盘被写满。',
        '',
        '**处理：**在 kubelet 上打开日志轮转。',
        '',
        '**复盘随笔**',
        '',
        '这次巡检花了两天，主要时间在对照清单。',
        '',
        '**大体来说：**问题都不复杂，难的是没人记得当初为什么这样配。',
        '',
        '**后续动作：**',
        '',
        '- 镜像标签写进发布规范；',
        '- 每月检查一次节点磁盘。',
      ),
    }));
    const t = titles(g);
    expect(t).toContain('镜像摘要');
    for (const bad of ['隐患', '处理', '复盘随笔', '大体来说', '后续动作']) expect(t).not.toContain(bad);
  });

  it('does not define names listed as examples or named as a place', async () => {
    expect(LOCATIVE_AFTER.test(' 下面的每一项')).toBe(true);
    expect(LOCATIVE_AFTER.test(' 里。')).toBe(true);
    expect(LOCATIVE_AFTER.test(' 里可以写多个端口')).toBe(false);
    expect(LOCATIVE_AFTER.test(' 元素里，是“且”')).toBe(true);
    const g = await loadGraph(await contentDir({
      'notes/probe.md': note(
        '# Pod 探针补充',
        '',
        '## 探针参数',
        '',
        fence('apiVersion: v1', 'kind: Pod', 'metadata:', '  name: web', 'spec:', '  containers:', '  - name: web', '    image: nginx', '    livenessProbe:', '      httpGet:', '        path: /healthz', '        port: 8080', '      periodSeconds: 5', '      timeoutSeconds: 2', '      failureThreshold: 3'),
        '',
        '几个间隔参数都能调，比如 `periodSeconds`、`timeoutSeconds`。',
        '',
        '`httpGet` 下面的字段和 Service 端口的写法一样。',
        '',
        '`failureThreshold` 决定连续失败几次才算失败。',
      ),
    }));
    const t = titles(g);
    expect(t).toContain('failureThreshold');
    for (const bad of ['periodSeconds', 'timeoutSeconds', 'httpGet']) expect(t).not.toContain(bad);
  });

  it('takes the field a definition says its thing is recorded in', async () => {
    const g = await loadGraph(await contentDir({
      'notes/debug.md': note(
        '# Pod 调试',
        '',
        '**调试容器：**排障时临时加进 Pod 的容器，记录在 Pod 的 `spec.ephemeralContainers` 里，删不掉。',
      ),
    }));
    const f = defined(g).find((c) => c.fieldPath === 'spec.ephemeralContainers');
    expect(f?.aliases).toContain('调试容器');
  });
});

describe('headings that group, keys written as paths, objects listed by name, release patterns', () => {
  it('reads them as an expert would', async () => {
    const g = await loadGraph(await contentDir({
      'notes/rollout.md': note(
        '# 发布与存储杂记',
        '',
        '## 三种探针状态：Success / Failure / Unknown',
        '',
        '探针每次检查只会得到这三个结果之一。',
        '',
        '## 证书',
        '',
        '**example.com/cert-bundle**：团队约定的一种 Secret 类型，放整条证书链。',
        '',
        '## 卷',
        '',
        '副本起来以后就是 `cache-web-0`、`cache-web-1` 两个 PVC，各挂各的。',
        '',
        '上面 web 的端口叫 `http`，探针按名字引用它。',
        '',
        '## 发布',
        '',
        '**蓝绿部署**：两套完整的 Deployment 同时在跑，改 Service 的 selector 一次切过去。',
      ),
    }));
    const t = titles(g);
    for (const bad of ['三种探针状态', '探针状态', 'cert-bundle', 'cache-web-0', 'http']) expect(t.some((x) => x.startsWith(bad))).toBe(false);
    expect(defined(g).find((c) => c.title === '蓝绿部署')?.kind).toBe('pattern');
    expect(patternNamed('金丝雀发布')).toBe('canary');
  });
});

describe('which place a field name has', () => {
  it('reads a list after a long example with that example, and the field a definition says it sits in', async () => {
    const g = await loadGraph(await contentDir({
      'notes/prio.md': note(
        '# 调度杂记',
        '',
        '## 容忍',
        '',
        fence('apiVersion: v1', 'kind: Pod', 'metadata:', '  name: a', 'spec:', '  containers:', '  - name: a', '    image: nginx', '  tolerations:', '  - key: gpu', '    operator: Equal', '    value: "true"', '    effect: NoSchedule'),
        '',
        '## 优先级',
        '',
        fence('apiVersion: scheduling.k8s.io/v1', 'kind: PriorityClass', 'metadata:', '  name: high', 'value: 5000', 'globalDefault: false', 'description: 线上', 'preemptionPolicy: Never', '# 多写几行注释', '# 让这个例子长一些', '# 像真实笔记那样'),
        '',
        '- **value**：优先级数值，越大越先调度。',
        '',
        fence('apiVersion: v1', 'kind: Pod', 'metadata:', '  name: b', 'spec:', '  priorityClassName: high', '  containers:', '  - name: b', '    image: nginx'),
        '',
        '## 环境变量',
        '',
        '**optional**：引用缺失时也能启动。在 `secretKeyRef` 下加上 `optional: true` 即可。',
      ),
    }));
    const byPath = (p: string) => defined(g).find((c) => c.fieldPath === p);
    expect(byPath('value')).toMatchObject({ kind: 'field', owner: 'PriorityClass' });
    expect(byPath('spec.containers[].env[].valueFrom.secretKeyRef.optional')?.kind).toBe('field');
  });
});
