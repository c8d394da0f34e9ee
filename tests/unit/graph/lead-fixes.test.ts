/**
 * Small general fixes the lead made after looking at built sites from free-form notes: each is a
 * reading an expert would never get wrong. Sentences written for this test.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { loadGraph } from '../../../src/graph/index.ts';
import { dropRemarkGloss } from '../../../src/graph/labels.ts';
import { titleNames } from '../../../src/graph/mining.ts';
import { cleanup, contentDir } from './helpers.ts';

afterAll(cleanup);

const note = (...lines: string[]) => lines.join('\n') + '\n';

describe('bold words of emphasis are not names', () => {
  it('a logical word in capitals (AND, OR, NOT) set in bold mid-sentence is no term; a bold proper name still is', async () => {
    const dir = await contentDir({
      'notes/n.md': note(
        '# 标签选择',
        '',
        '- 多个条件之间是 **OR**，满足一个就行；',
        '- 同一组里的表达式之间是 **AND**，必须全部满足；',
        '- 写成 NotIn 时表示 **NOT**，标签不在列表里才选中。',
        '',
        '组件之间通过 **Admission Review** 交换请求和应答。',
      ),
    });
    const g = await loadGraph(dir, { layout: false });
    const titles = g.concepts.map((c) => c.title);
    expect(titles).not.toContain('OR');
    expect(titles).not.toContain('AND');
    expect(titles).not.toContain('NOT');
    expect(titles).toContain('Admission Review');
  });
});

describe('remarks in parentheses are not names', () => {
  it.each([
    ['OrderedReady（默认）', 'OrderedReady'],
    ['nodeSelectorTerms 的逻辑（必考）', 'nodeSelectorTerms 的逻辑'],
    ['Guaranteed（重点，最高优先级）', 'Guaranteed（最高优先级）'],
    ['hostUsers (optional)', 'hostUsers'],
    ['SidecarContainers（1.29 beta）', 'SidecarContainers'],
    ['StorageClass（SC，存储类）', 'StorageClass（SC，存储类）'],
    ['探针（Probe）', '探针（Probe）'],
  ])('%s → %s', (label, out) => expect(dropRemarkGloss(label)).toBe(out));

  it('a term glossed with a remark takes neither the remark as its Chinese name nor as an alias', async () => {
    const dir = await contentDir({
      'notes/n.md': note(
        '# 有状态应用',
        '',
        'podManagementPolicy 决定 Pod 的创建顺序，有两个取值：',
        '',
        '- **OrderedReady（默认）**：按序号一个一个创建，前一个就绪才建下一个。',
        '- **Parallel（推荐）**：同时创建，不等前一个。',
        '',
        '会话保持 sessionAffinity 可以是 **None（默认）** 或 **ClientIP**。',
      ),
    });
    const g = await loadGraph(dir, { layout: false });
    const names = g.concepts.flatMap((c) => [c.title, c.titleZh ?? '', ...c.aliases]);
    expect(names).not.toContain('默认');
    expect(names).not.toContain('推荐');
    const ordered = g.concepts.find((c) => c.title.startsWith('OrderedReady'));
    expect(ordered?.title).toBe('OrderedReady');
    expect(ordered?.aliases ?? []).not.toContain('None');
  });
});

describe('a facet of two names joined by a conjunction is no concept', () => {
  it('`X 与 Y 的逻辑` opens a passage about both X and Y; `Pod 的生命周期` still gives a term', async () => {
    const dir = await contentDir({
      'notes/n.md': note(
        '# 亲和性',
        '',
        '**nodeSelectorTerms 与 matchExpressions 的逻辑：** 多个 term 之间满足一个即可，同一个 term 里的表达式要全部满足。',
        '',
        '**requests 和 limits 的区别：** 前者给调度器看，后者在运行时限制容器。',
        '',
        '**Pod 的生命周期：** 从 Pending 到 Succeeded 或 Failed 的整个过程。',
      ),
    });
    const g = await loadGraph(dir, { layout: false });
    const titles = g.concepts.map((c) => c.title);
    expect(titles.some((t) => t.includes('的逻辑'))).toBe(false);
    expect(titles.some((t) => t.includes('的区别'))).toBe(false);
    expect(titles.some((t) => t.includes('生命周期'))).toBe(true);
  });
});

describe('what a chapter is about, when its title opens with the kind of note it is', () => {
  it.each([
    ['实验记录：用 StatefulSet 跑 MySQL 一主两从', 'StatefulSet'],
    ['面试题：Service 的四种类型', 'Service'],
    ['Day 3: ConfigMap 热更新', 'ConfigMap'],
  ])('%s → %s', (title, kind) => {
    expect(titleNames(title).some((n) => n.includes(kind))).toBe(true);
  });
  it('keeps the lead where it names the subject', () => {
    expect(titleNames('第3章 Job：一次性任务（草稿）')[0]).toBe('Job');
    expect(titleNames('Kubernetes 网络：CNI 与 Service')[0]).toBe('网络');
  });
  it('a note titled that way gets its object, and its fields hang under it', async () => {
    const dir = await contentDir({
      'notes/n.md': note(
        '# 实验记录：用 StatefulSet 跑 Redis 集群',
        '',
        '## podManagementPolicy',
        '',
        '默认是 OrderedReady，按序号一个一个创建；改成 Parallel 以后所有 Pod 同时创建。',
      ),
    });
    const g = await loadGraph(dir, { layout: false });
    const sts = g.concepts.find((c) => c.title === 'StatefulSet');
    expect(sts?.kind).toBe('object');
    const pmp = g.concepts.find((c) => c.fieldPath === 'spec.podManagementPolicy');
    expect(pmp?.parent).toBe(sts?.id);
  });
});

describe('a dotted path of another data structure names no API field', () => {
  it('a policy input path or a chart value path is not the API field its last segment spells; an API path still is', async () => {
    const dir = await contentDir({
      'notes/n.md': note(
        '# 策略引擎入门',
        '',
        '规则里能读到的输入：',
        '',
        '- `input.review.object`：这次请求提交上来的对象；',
        '- `input.review.operation`：请求的操作类型；',
        '- `.Values.image.tag`：chart 里镜像标签的取值；',
        '- `spec.template.spec.nodeSelector`：Deployment 模板里的节点选择。',
      ),
    });
    const g = await loadGraph(dir, { layout: false });
    const fields = g.concepts.filter((c) => c.kind === 'field').map((c) => c.title);
    // `object` is a field of HorizontalPodAutoscaler's metrics, `operation` of ManagedFieldsEntry:
    // neither is what these paths mean; `tag` is no field at all
    expect(fields).not.toContain('object');
    expect(fields).not.toContain('operation');
    expect(fields).toContain('nodeSelector');
  });
});

describe('a name the title already shows is not shown again', () => {
  it('previews, state diagrams and --explain take the other names from one place', async () => {
    const { otherTitleNames } = await import('../../../src/graph/title-names.ts');
    const { conceptPreview } = await import('../../../src/views/preview-index.ts');
    const { stateLabels } = await import('../../../src/views/state-diagram.ts');
    expect(otherTitleNames({ title: 'Audit（审计）', titleZh: '审计' })).toEqual([]);
    expect(otherTitleNames({ title: 'Audit', titleZh: '审计' })).toEqual(['审计']);
    // A state box: each name once, the UI language's first (Chinese; English after the switch).
    expect(stateLabels({ title: 'Pending（等待调度）', titleZh: '等待调度', parent: 'pod-phase' })).toEqual({ zh: '等待调度\nPending', en: 'Pending\n等待调度' });
    expect(stateLabels({ title: 'Pending', titleZh: '等待调度', parent: 'pod-phase' })).toEqual({ zh: '等待调度\nPending', en: 'Pending\n等待调度' });
    expect(stateLabels({ title: 'Pending', parent: 'pod-phase' })).toEqual({ zh: 'Pending', en: 'Pending' });
    const dir = await contentDir({
      'notes/n.md': note('# 策略审计', '', '**Audit（审计）**：定期把集群里已有的对象拿出来重新检查一遍，结果写进 status。'),
    });
    const g = await loadGraph(dir, { layout: false });
    const audit = g.concepts.find((c) => c.title.startsWith('Audit'));
    expect(audit?.titleZh).toBe('审计');
    expect(conceptPreview(audit!, new Map()).zh).toBeUndefined();
  });
});

describe('a title naming its subject in Chinese and in English', () => {
  it('`探针 Probe 学习笔记` is about the topic 探针（Probe）, which its fields hang under; `静态 Pod 笔记` is no topic 静态（Pod）', async () => {
    const dir = await contentDir({
      'notes/a.md': note(
        '# 探针 Probe 学习笔记',
        '',
        '**livenessProbe：** 失败就重启容器。',
        '',
        '**readinessProbe：** 失败就把 Pod 从 Service 的端点里摘掉。',
      ),
    });
    const g = await loadGraph(dir, { layout: false });
    const topic = g.concepts.find((c) => c.titleEn === 'Probe');
    expect(topic?.kind).toBe('topic');
    expect(topic?.titleZh).toBe('探针');
    expect(g.concepts.find((c) => c.title === 'livenessProbe')?.parent).toBe(topic?.id);
    const other = await contentDir({ 'notes/b.md': note('# 静态 Pod 笔记', '', '**staticPodPath：** kubelet 从这个目录读取静态 Pod 的清单。') });
    const g2 = await loadGraph(other, { layout: false });
    expect(g2.concepts.some((c) => c.title.startsWith('静态（'))).toBe(false);
  });
});

describe('one concept per name across notes, and ids that are names', () => {
  it('a term spelt like a field (Downward API / downwardAPI) defined in two notes is one term; its Chinese gloss becomes an alias', async () => {
    const dir = await contentDir({
      'notes/a.md': note(
        '# 把 Pod 信息交给容器',
        '',
        '**Downward API（向下 API）**：让容器不经过 API Server 就能读到自己 Pod 的名字、标签和资源限制。',
        '',
        '既可以用环境变量的 fieldRef 注入，也可以挂成一个卷：',
        '',
        '```yaml',
        'volumes:',
        '- name: podinfo',
        '  downwardAPI:',
        '    items:',
        '    - path: labels',
        '      fieldRef: {fieldPath: metadata.labels}',
        '```',
        '',
        '卷里的 `downwardAPI` 字段列出要写成文件的信息，`items` 里每一项是一个文件。',
      ),
      'notes/b.md': note(
        '# 卷的种类',
        '',
        '**Downward API**：把 Pod 自身的元数据写成文件，投射卷可以把它和 Secret、ConfigMap 合成一个目录。',
        '',
        '**emptyDir**：随 Pod 创建的临时目录，Pod 删除时一起清掉。',
      ),
    });
    const g = await loadGraph(dir, { layout: false });
    expect(g.concepts.find((c) => c.kind === 'field' && c.fieldPath === 'spec.volumes[].downwardAPI')).toBeDefined();
    const terms = g.concepts.filter((c) => c.kind === 'term' && /downward api/i.test(c.title));
    expect(terms.map((c) => c.id)).toEqual(['downward-api']);
    expect([terms[0]!.titleZh, ...terms[0]!.aliases]).toContain('向下 API');
  });

  it('a field named like a kind takes its path as its id, never `<kind>-2`', async () => {
    const dir = await contentDir({
      'notes/v.md': note(
        '# 把凭据挂进 Pod',
        '',
        '**Secret**：保存密码、令牌这类敏感数据的对象。',
        '',
        '```yaml',
        'apiVersion: v1',
        'kind: Pod',
        'metadata:',
        '  name: app',
        'spec:',
        '  containers:',
        '  - name: app',
        '    image: nginx',
        '    volumeMounts:',
        '    - {name: creds, mountPath: /etc/creds}',
        '  volumes:',
        '  - name: creds',
        '    secret:',
        '      secretName: db-pass',
        '```',
        '',
        '卷里的 `secret` 字段写要挂载的 Secret 名字（`secretName`），每个键变成目录里的一个文件。',
      ),
    });
    const g = await loadGraph(dir, { layout: false });
    const ids = g.concepts.map((c) => c.id);
    expect(ids.filter((id) => /-\d+$/.test(id))).toEqual([]);
    const field = g.concepts.find((c) => c.kind === 'field' && c.fieldPath === 'spec.volumes[].secret');
    expect(field?.id).toBe('pod-spec-volumes-secret');
    expect(g.concepts.find((c) => c.title === 'Secret' && c.kind === 'object')?.id).toBe('secret');
  });
});

describe('a rubric inside a bold label', () => {
  it('`**术语：X** —— …` and `**概念：X（gloss）**：…` define X, not a concept titled with the rubric', async () => {
    const dir = await contentDir({
      'notes/n.md': note(
        '# 规则引擎笔记',
        '',
        '**术语：rulebook-agent** —— 跑在每个节点上的守护进程，把集中下发的规则翻译成本地的过滤表。',
        '',
        '**概念：规则快照（rule snapshot）**：某一时刻全部规则的只读副本，agent 重启后先加载它。',
      ),
    });
    const g = await loadGraph(dir, { layout: false });
    const titles = g.concepts.map((c) => c.title);
    expect(titles).toContain('rulebook-agent');
    expect(titles.some((t) => t.startsWith('规则快照'))).toBe(true);
    expect(titles.filter((t) => /术语|概念/.test(t))).toEqual([]);
  });
});

describe('a field hangs under the field that holds it', () => {
  it('without a map, a container field sits under `containers` and a nested field under its holder, not every one under the Pod', async () => {
    const dir = await contentDir({
      'notes/容器字段.md': note(
        '# 容器的几个字段',
        '',
        '~~~',
        'apiVersion: v1',
        'kind: Pod',
        'metadata:',
        '  name: web',
        'spec:',
        '  containers:',
        '  - name: app',
        '    image: nginx:1.27',
        '    imagePullPolicy: IfNotPresent',
        '    securityContext:',
        '      capabilities:',
        '        drop: ["ALL"]',
        '~~~',
        '',
        '**Pod**：Kubernetes 里最小的调度单位，一组共享网络和存储的容器。',
        '',
        '**containers**：Pod 里跑的容器列表，至少要有一个。',
        '',
        '**imagePullPolicy**：什么时候去仓库拉镜像，IfNotPresent 表示本地没有才拉。',
        '',
        '**capabilities**：给进程加上或去掉 Linux 能力，drop 掉 ALL 是最稳妥的起点。',
        '',
        '**restartPolicy**：容器退出以后 kubelet 要不要把它重新拉起来。',
      ),
    });
    const g = await loadGraph(dir, { layout: false });
    const byPath = (p: string) => g.concepts.find((c) => c.kind === 'field' && c.fieldPath === p);
    const containers = byPath('spec.containers');
    const pull = byPath('spec.containers[].imagePullPolicy');
    const caps = byPath('spec.containers[].securityContext.capabilities');
    const restart = byPath('spec.restartPolicy');
    expect(containers && pull && caps && restart).toBeTruthy();
    const pod = g.concepts.find((c) => c.kind === 'object' && c.title === 'Pod')!;
    expect(containers!.ancestors.at(-1)).toBe(pod.id);
    expect(pull!.ancestors.at(-1)).toBe(containers!.id);
    // No concept for the container's securityContext: the nearest holder the notes have.
    expect(caps!.ancestors.at(-1)).toBe(containers!.id);
    expect(restart!.ancestors.at(-1)).toBe(pod.id);
  });
});

describe('a diary entry is dated, not named', () => {
  it('bold labels and headings that open on a date or a diary day make no concept; a name after a number still does', async () => {
    const dir = await contentDir({
      'notes/值班.md': note(
        '# 值班记录',
        '',
        '## 5月3日 周二 09:10|Ingress 全部 502',
        '',
        '排查下来是 Ingress Controller 的 Pod 被驱逐了。',
        '',
        '### D7 周日 — 收尾',
        '',
        '把告警阈值调回去。',
        '',
        '**6 月 1 日**：升级到新版本以后 CoreDNS 的缓存命中率下降。',
        '',
        '## Part 2 CoreDNS',
        '',
        'CoreDNS 是集群里的 DNS 服务器，给 Service 名字解析出 ClusterIP。',
      ),
    });
    const g = await loadGraph(dir, { layout: false });
    const names = g.concepts.flatMap((c) => [c.title, ...c.aliases]).join(' | ');
    expect(names).not.toMatch(/月\s*\d+\s*日|D7|周日|周二/u);
    expect(g.concepts.map((c) => c.title)).toContain('CoreDNS');
  });
});

describe('one table of date forms for diary headings and dated labels', () => {
  it('a heading dated any way a diary dates it names its section apart; numbered parts only as headings', async () => {
    const { datedLabel, headingNamesApart } = await import('../../../src/graph/miner/heading-shapes.ts');
    const opener = ['terminationGracePeriodSeconds'];
    const body = '`terminationGracePeriodSeconds` 是删除 Pod 时留给进程收尾的秒数。';
    for (const heading of ['7月9号 又是优雅退出', '2025年7月9日 复盘', 'D4 星期四：收尾', '周六加班', 'Day 3 停机窗口', '第二天'])
      expect(headingNamesApart(heading, opener, body), heading).toBe('diary-entry');
    for (const label of ['7月9号 又是优雅退出', '2025年7月9日 复盘', 'D4 星期四：收尾', '周六加班'])
      expect(datedLabel(label), label).toBe(true);
    // a numbered part dates nothing: the name after its number is still a name
    for (const label of ['Day 3 停机窗口', 'Part 1 CoreDNS', 'Step 2 kubeadm init', '优雅退出', 'D4'])
      expect(datedLabel(label), label).toBe(false);
    expect(headingNamesApart('优雅退出', opener, body)).not.toBe('diary-entry');
  });
});

describe('a note is about the name its title opens with', () => {
  it('a name of several Latin words in the title is the note\'s home, not the first object its sections define', async () => {
    const dir = await contentDir({
      'notes/kr.md': note(
        '# Kube Router 课程笔记：BGP 与服务代理',
        '',
        '## 一、用到的对象',
        '',
        '### NetworkPolicy',
        '',
        '**NetworkPolicy**：按标签选中 Pod、只放行列出来的流量的 API 对象。',
        '',
        '## 二、它是什么',
        '',
        '**Kube Router**：一个把 Pod 网络、Service 代理和网络策略放进同一个进程里的网络插件，用 BGP 宣告各节点的 Pod 网段。',
      ),
    });
    const g = await loadGraph(dir, { layout: false });
    const byTitle = new Map(g.concepts.map((c) => [c.title, c]));
    const kr = byTitle.get('Kube Router');
    expect(kr).toBeDefined();
    expect(byTitle.get('NetworkPolicy')?.parent).toBe(kr!.id);
  });
});

describe('names and paths inside regular expressions are literal', () => {
  it('escapeRegExp makes any text a literal pattern', async () => {
    const { escapeRegExp } = await import('../../../src/graph/labels.ts');
    for (const x of ['a(b', 'x.y*', '[0]', 'c++', 'a|b', '${x}', 'back\\slash'])
      expect(new RegExp(`^${escapeRegExp(x)}$`).test(x), x).toBe(true);
    expect(new RegExp(escapeRegExp('a.b')).test('axb')).toBe(false);
  });
});

describe('a capitalised common word is not the field another note spelt in lower case', () => {
  it('Operator, the pattern, stays apart from the tolerations field operator; the field keeps its spelling', async () => {
    const dir = await contentDir({
      'notes/a-taints.md': note(
        '# 污点与容忍',
        '',
        '~~~',
        'apiVersion: v1',
        'kind: Pod',
        'metadata:',
        '  name: gpu-job',
        'spec:',
        '  containers:',
        '  - name: main',
        '    image: busybox',
        '  tolerations:',
        '  - key: gpu',
        '    operator: Exists',
        '    effect: NoSchedule',
        '~~~',
        '',
        '`operator` 写 `Exists` 时不用填 value，只要 key 对上就容忍。',
      ),
      'notes/b-operator.md': note(
        '# 自定义控制器',
        '',
        '**Operator**：把某个软件的运维经验（部署、备份、升级）写成一个控制器，配合 CRD 一起用的模式。',
      ),
    });
    const g = await loadGraph(dir, { layout: false });
    const field = g.concepts.find((c) => c.fieldPath === 'spec.tolerations[].operator');
    expect(field).toBeDefined();
    expect(field!.aliases).not.toContain('Operator');
    const pattern = g.concepts.find((c) => c.title === 'Operator');
    expect(pattern).toBeDefined();
    expect(pattern!.kind).not.toBe('field');
  });
});
