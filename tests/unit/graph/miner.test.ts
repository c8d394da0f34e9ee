/**
 * The note miner, rule by rule, on notes written for these tests (topics the fixtures do not
 * use: Job, Namespace, NetworkPolicy, CronJob, ConfigMap), and the vocabulary it reads with.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { loadGraph } from '../../../src/graph/index.ts';
import type { Graph } from '../../../src/graph/model.ts';
import { fieldAt, fieldsNamed, isEnumValue, kindNamed, statesNamed } from '../../../src/graph/vocabulary/index.ts';
import { CATEGORY_HEADING, headingTermShape, notAConcept } from '../../../src/graph/miner/label-rules.ts';
import { noteId, titleNames } from '../../../src/graph/mining.ts';
import { mergeCopies, similarity } from '../../../src/graph/excerpts.ts';
import { cleanup, concept, contentDir, diag, hasEdge } from './helpers.ts';

afterAll(cleanup);

const fence = (lang: string, ...lines: string[]) => ['```' + lang, ...lines, '```'].join('\n');
const note = (...lines: string[]) => lines.join('\n') + '\n';
const byTitle = (g: Graph, title: string) => g.concepts.find((c) => c.title === title);
const defines = (g: Graph, file: string) => g.notes!.find((n) => n.file === file)!.defines;

describe('vocabulary', () => {
  it('knows API kinds by name, spaced name, kubectl short name and Chinese name, catalogued or not', () => {
    expect(kindNamed('PVC')).toBe('PersistentVolumeClaim');
    expect(kindNamed('persistent volume claim')).toBe('PersistentVolumeClaim');
    expect(kindNamed('deploy')).toBe('Deployment');
    expect(kindNamed('网络策略')).toBe('NetworkPolicy');
    expect(kindNamed('CustomResourceDefinition')).toBe('CustomResourceDefinition');
    expect(kindNamed('Lease')).toBe('Lease');
    expect(kindNamed('节点')).toBeUndefined(); // too common a word to be read as Node
  });

  it('finds a field wherever the API has it, with its owner and path, any case, singular or plural', () => {
    expect(fieldsNamed('BackoffLimit').map((o) => `${o.owner}:${o.path}`)).toContain('Job:spec.backoffLimit');
    expect(fieldsNamed('Toleration')[0]).toMatchObject({ owner: 'Pod', path: 'spec.tolerations' });
    // the Pod template of a workload is the Pod's: no `Deployment:spec.template.spec.*` paths
    expect(fieldsNamed('hostPID').map((o) => o.owner)).toEqual(['Pod']);
    expect(fieldAt('Pod', 'spec.initContainers[].command')).toMatchObject({ name: 'command', owner: 'Pod' });
    expect(fieldAt('Service', 'spec.nope')).toBeUndefined();
  });

  it('reads the values of status.phase as states of their kind, and knows other enum values', () => {
    expect(statesNamed('Terminating').map((s) => s.owner)).toEqual(['Namespace']);
    expect(statesNamed('Bound').map((s) => s.owner).sort()).toEqual(['PersistentVolume', 'PersistentVolumeClaim']);
    expect(isEnumValue('OnFailure')).toBe(true);
    expect(isEnumValue('backoffLimit')).toBe(false);
  });
});

describe('label rules (data, each with a name)', () => {
  it.each([
    ['HOW', 'generic-label'],
    ['缺点：', 'generic-label'],
    ['有点', 'generic-misspelling'],
    ['Exmaple', 'generic-misspelling'],
    ['怎样配置探针', 'question'],
    ['Pod 为什么会被驱逐？', 'question'],
    ['这个字段决定了很多事情，非常重要', 'sentence'],
    ['--replicas=3', 'command-flag'],
    ['kubectl rollout undo deploy/web', 'command-line'],
    ['三种探针', 'quantified'],
    ['几个常用参数', 'quantified'],
    ['第二天', 'sequence-marker'],
    ['第三天：', 'sequence-marker'],
    ['Lesson 2', 'sequence-marker'],
    ['方案二', 'sequence-marker'],
    // the lead, ninth session: a step's title after its number is not a name, whatever its words
    ['Step 4 RBAC + 校验', 'numbered-step'],
    ['step 2 配置 webhook：', 'numbered-step'],
    ['STEP 3 写 Role 对象', 'numbered-step'],
    ['步骤二 提交 CertificateSigningRequest', 'numbered-step'],
    ['/var/lib/kubelet', 'path-or-url'],
    ['example.com/team-label', 'qualified-key'],
    ['true', 'scalar-literal'],
    ['`False`：', 'scalar-literal'],
    ['null', 'scalar-literal'],
  ])('%s is not a concept (%s)', (label, rule) => {
    expect(notAConcept(label)?.name).toBe(rule);
  });

  it.each(['第三方', 'Phase', '阶段', 'Step Functions', 'StepCA 签发', 'backoffLimit', 'Headless Service', 'successfulJobsHistoryLimit', 'userspace 模式', '临时容器', 'trueNorth', 'Off'])('%s passes', (label) => {
    expect(notAConcept(label)).toBeUndefined();
  });

  it('knows the shapes of a heading that names a term, and headings that name a group', () => {
    expect(headingTermShape('kube-dns')?.name).toBe('latin-name');
    expect(headingTermShape('IPVS')?.name).toBe('latin-name');
    expect(headingTermShape('Common mistakes')).toBeUndefined(); // English prose, not a name
    expect(headingTermShape('userspace 模式')?.name).toBe('latin-with-chinese-head');
    expect(headingTermShape('GitOps 做法')?.name).toBe('latin-with-chinese-head');
    expect(notAConcept('GitOps 做法')).toBeUndefined();
    // a clause: the name and what it serves as
    expect(notAConcept('maxSurge 做灰度')?.name).toBe('clause');
    expect(notAConcept('ConfigMap 当开关')?.name).toBe('clause');
    expect(notAConcept('当前 Pod')).toBeUndefined();
    expect(headingTermShape('临时 Container')?.name).toBe('chinese-modifier-latin-head');
    expect(headingTermShape('暂停与恢复')).toBeUndefined();
    expect(CATEGORY_HEADING.test('容器级别的参数')).toBe(true);
    expect(CATEGORY_HEADING.test('CronJob 的字段')).toBe(true);
    expect(CATEGORY_HEADING.test('并发策略')).toBe(false);
  });

  it('reads what a chapter title is about', () => {
    expect(titleNames('第3章 Job：一次性任务（草稿）')[0]).toBe('Job');
    expect(titleNames('Kubernetes 网络：CNI 与 Service')[0]).toBe('网络');
    expect(titleNames('ConfigMap 与 Secret 学习笔记')).toEqual(expect.arrayContaining(['ConfigMap', 'Secret']));
  });

  it('gives a note a readable, stable, unique id from its path', () => {
    expect(noteId('notes/调度/亲和性 与 污点（草稿）.md', new Set())).toBe('调度-亲和性-与-污点-草稿');
    expect(noteId('notes/Job: Basics.md', new Set())).toBe('job-basics');
    const clash = noteId('notes/job basics.md', new Set(['job-basics']));
    expect(clash).toMatch(/^job-basics-[0-9a-f]{8}$/);
    expect(noteId('notes/job basics.md', new Set(['job-basics']))).toBe(clash);
  });
});

describe('a chapter alone in notes/: objects, fields with paths, states, edges', () => {
  const job = note(
    '# Job 复习',
    '',
    '**Job** 是一次性任务的控制器：Pod 跑完就结束，不会一直重启。',
    '',
    '## Job 的几个参数',
    '',
    '- **backoffLimit**：失败以后最多重试几次，超过就把整个 Job 标记为失败。',
    '- `completions`：一共要成功跑完多少个 Pod 才算完成。',
    '- **parallelism=2**：同一时刻最多跑两个 Pod。',
    '',
    fence('yaml', 'apiVersion: batch/v1', 'kind: Job', 'metadata:', '  name: pi', 'spec:', '  backoffLimit: 4',
      '  activeDeadlineSeconds: 120', '  template:', '    spec:', '      restartPolicy: Never', '      containers:',
      '      - name: pi', '        image: perl:5.34'),
    '',
    '上面的 `activeDeadlineSeconds` 给整个 Job 设了总时限，到点还没跑完就全部停掉。',
    '',
    '**优点：**写起来简单。',
    '',
    '**有点：**手滑打错的小标题，也不是概念。',
    '',
    '### 为什么 Job 的 Pod 不能用 Always？',
    '',
    '因为 Always 会让跑完的容器再启动。',
    '',
    '## Namespace 的状态',
    '',
    '**Active**：正常可用。',
    '',
    '**Terminating**：正在删除，里面的对象还没清理干净。',
  );

  it('finds the object the chapter is about, its fields with owner and path, and states of the right kind', async () => {
    const g = await loadGraph(await contentDir({ 'notes/job.md': job }));
    expect(g.notes![0]).toMatchObject({ id: 'job', title: 'Job 复习', home: 'job' });
    expect(concept(g, 'job')).toMatchObject({ kind: 'object', title: 'Job', parent: 'root' });
    expect(concept(g, 'job-backoff-limit')).toMatchObject({ kind: 'field', owner: 'Job', fieldPath: 'spec.backoffLimit', parent: 'job' });
    expect(concept(g, 'job-completions')).toMatchObject({ kind: 'field', owner: 'Job', fieldPath: 'spec.completions' });
    // `parallelism=2` names the field, never a concept titled with the value
    expect(concept(g, 'job-parallelism')).toMatchObject({ kind: 'field', fieldPath: 'spec.parallelism' });
    expect(g.concepts.some((c) => c.title.includes('='))).toBe(false);
    // a key the YAML sets and the prose names: the Job's field, not the Pod's field of that name
    expect(concept(g, 'job-active-deadline-seconds')).toMatchObject({ owner: 'Job', fieldPath: 'spec.activeDeadlineSeconds' });
    expect(concept(g, 'namespace-phase-terminating')).toMatchObject({ kind: 'state', owner: 'Namespace', title: 'Terminating' });
    expect(concept(g, 'namespace-phase-active').kind).toBe('state');
    for (const bad of ['优点', '有点']) expect(byTitle(g, bad)).toBeUndefined();
    expect(g.concepts.some((c) => c.title.includes('为什么'))).toBe(false);
    expect(defines(g, 'notes/job.md')).toEqual(expect.arrayContaining(['job', 'job-backoff-limit', 'namespace-phase-active']));
  });

  it('ties every mined concept in: home mentions, same-section related, the tree under the object', async () => {
    const g = await loadGraph(await contentDir({ 'notes/job.md': job }));
    expect(hasEdge(g, 'mentions', 'job', 'job-backoff-limit')).toBe(true);
    expect(g.edges.some((e) => e.type === 'related' && [e.from, e.to].sort().join() === ['job-backoff-limit', 'job-completions'].join())).toBe(true);
    expect(hasEdge(g, 'child', 'job', 'job-backoff-limit')).toBe(true);
    const linked = new Set(g.edges.flatMap((e) => [e.from, e.to]));
    expect(g.concepts.filter((c) => c.id !== g.root && !linked.has(c.id)).map((c) => c.id)).toEqual([]);
    const ex = g.examples[0]!;
    expect(ex.conceptIds).toEqual(expect.arrayContaining(['job', 'job-backoff-limit', 'job-active-deadline-seconds']));
  });

  it('says so when a field belongs to several kinds and nothing says which', async () => {
    const g = await loadGraph(await contentDir({ 'notes/扩缩.md': note('# 扩缩', '', '**replicas**：期望同时运行的副本个数。') }));
    const [d] = diag(g, 'ambiguous-field');
    expect(d).toMatchObject({ severity: 'warning', file: 'notes/扩缩.md', line: 3 });
    expect(d!.message).toContain('replicas');
    const c = byTitle(g, 'replicas')!;
    expect(c.kind).toBe('field');
    expect(c.fieldPath).toBeUndefined();
  });

  it('places a field of several kinds by the path its definition writes', async () => {
    // `partition` is a field of the StatefulSet's update strategy and of several volume sources;
    // the definition spells the path out, so neither a guess nor a diagnostic is needed
    const g = await loadGraph(await contentDir({ 'notes/升级.md': note('# 分批升级', '', '**partition**：写在 `rollingUpdate.partition`，序号不小于它的副本才会换成新模板。') }));
    expect(diag(g, 'ambiguous-field')).toEqual([]);
    expect(byTitle(g, 'partition')).toMatchObject({ kind: 'field', owner: 'StatefulSet', fieldPath: 'spec.updateStrategy.rollingUpdate.partition' });
  });

  it('reads root in a note as a word, not as the generated root of the map', async () => {
    const g = await loadGraph(await contentDir({ 'notes/身份.md': note('# 容器身份', '', '映射打开以后，容器里的 root 就是宿主机上一个普通的 UID，不再是真正的 root。', '', '**runAsNonRoot**：要求容器进程不以 root 身份运行。') }));
    const root = concept(g, g.root);
    expect(root.aliases).not.toContain('root');
    expect(g.edges.filter((e) => (e.from === g.root || e.to === g.root) && e.type !== 'child')).toEqual([]);
    expect(byTitle(g, 'runAsNonRoot')).toMatchObject({ kind: 'field' });
  });

  it('takes the name an object of a kind is given for that object, not a concept', async () => {
    const g = await loadGraph(await contentDir({ 'notes/有序.md': note('# 有序副本', '', '副本按序号创建，第三个 Pod 叫 `redis-2`，它的 PVC 也跟着叫 `data-redis-2`。这种一个接一个建副本的方式叫 **有序启动**。') }));
    expect(byTitle(g, 'redis-2')).toBeUndefined();
    expect(byTitle(g, 'data-redis-2')).toBeUndefined();
    expect(byTitle(g, '有序启动')).toBeDefined();
  });
});

describe('next to a map: attaching, aliases, mentions, copies', () => {
  const map = note('- 技能图谱 {#k8s}', '  - Horizontal Pod Autoscaler（水平扩缩） {#hpa-stub}', '  - Container Network Interface（容器网络接口） {#cni}', '  - [Sidecar](concepts/sidecar.md)');
  const sidecar = note('---', 'id: sidecar', 'title: Sidecar', 'kind: pattern', '---', '边车。');

  it('attaches a short name to what the map has (kind short name, initials) and keeps it as an alias', async () => {
    const g = await loadGraph(await contentDir({
      'map.md': map,
      'concepts/sidecar.md': sidecar,
      'notes/扩缩与网络.md': note('# 扩缩与网络', '', '**HPA**：按照指标自动调整副本数。', '', '**CNI**：给 Pod 配网络的插件接口。'),
    }));
    expect(concept(g, 'hpa-stub').aliases).toContain('HPA');
    expect(concept(g, 'hpa-stub').kind).toBe('object');
    expect(concept(g, 'cni').aliases).toContain('CNI');
    expect(g.concepts.filter((c) => ['HPA', 'CNI'].includes(c.title))).toEqual([]);
    // mined concepts stay off the curated tree
    expect(g.concepts.filter((c) => c.source.file.startsWith('notes/')).every((c) => c.parent === undefined)).toBe(true);
  });

  it('makes running text that names a known concept a mentions edge', async () => {
    const g = await loadGraph(await contentDir({
      'map.md': map,
      'concepts/sidecar.md': sidecar,
      'notes/日志.md': note('# 日志采集', '', '**日志代理**：采集容器日志的进程，一般放在 Sidecar 里和业务容器一起跑。'),
    }));
    const agent = byTitle(g, '日志代理')!;
    expect(hasEdge(g, 'mentions', agent.id, 'sidecar')).toBe(true);
    expect(g.notes![0]!.mentions).toContain('sidecar');
  });

  it('shows a passage copied into a draft once, with "also in" the copy', async () => {
    const body = (word: string) => note('# NetworkPolicy', '', `**NetworkPolicy**：按标签${word}哪些 Pod 之间可以通信的规则，默认全部放行。`);
    const g = await loadGraph(await contentDir({
      'notes/网络策略.md': body('限定'),
      'notes/网络策略（草稿）.md': body('规定'),
      'notes/网络策略 copy.md': body('限定'),
    }));
    const np = concept(g, 'network-policy');
    expect(np.excerpts).toHaveLength(1);
    expect(np.excerpts[0]!.source.file).toBe('notes/网络策略.md');
    expect(np.excerpts[0]!.alsoIn!.map((s) => s.file).sort()).toEqual(['notes/网络策略 copy.md', 'notes/网络策略（草稿）.md']);
  });
});

describe('copies of passages', () => {
  it('measures how alike two passages are and merges only near-identical ones', () => {
    expect(similarity('abcdef', 'abcdef')).toBe(1);
    expect(similarity('默认全部放行的规则', '默认全部拒绝的规则')).toBeLessThan(0.9);
    const ex = (file: string, text: string) => ({ source: { file, line: 3, column: 1 }, html: '', text, blocks: [] });
    const merged = mergeCopies([ex('notes/b.md', '一段很长的说明文字，讲的是同一件事情。'), ex('notes/a.md', '完全不同的另一段话。')]);
    expect(merged).toHaveLength(2);
    expect(merged.every((e) => e.alsoIn === undefined)).toBe(true);
  });

  it('counts character pairs as two-unit substrings would, astral characters and repeats included', () => {
    // Dice over pairs of UTF-16 units, counted with substrings: the reference the measure must equal.
    const pairs = (s: string) => {
      const m = new Map<string, number>();
      for (let i = 0; i + 1 < s.length; i++) m.set(s.slice(i, i + 2), (m.get(s.slice(i, i + 2)) ?? 0) + 1);
      return m;
    };
    const dice = (a: string, b: string) => {
      const B = pairs(b);
      let common = 0;
      for (const [k, n] of pairs(a)) common += Math.min(n, B.get(k) ?? 0);
      return (2 * common) / (a.length - 1 + (b.length - 1));
    };
    const texts = ['aaaa', 'aaab', '𠀀𠀁𠀀𠀁x', '𠀁𠀀𠀁𠀀x', '容器🙂容器🙂', '容器🙂容器😀', 'ab\u0000ab', 'abab', '\uD840\uD840'];
    for (const a of texts) for (const b of texts) if (a !== b) expect(similarity(a, b), `${a} ~ ${b}`).toBeCloseTo(dice(a, b), 12);
  });
});

describe('definition rules (where a note defines something)', async () => {
  const { parseMarkdown } = await import('../../../src/graph/markdown.ts');
  const { outlineNote } = await import('../../../src/graph/miner/outline.ts');
  const { findCandidates } = await import('../../../src/graph/miner/definitions.ts');
  const { analyzeFence } = await import('../../../src/graph/examples.ts');
  const { codeNodes } = await import('../../../src/graph/fences.ts');
  const found = (text: string) => {
    const tree = parseMarkdown(text);
    const fences = codeNodes(tree).map((c) => analyzeFence(c, 'n.md')).filter((f) => f !== undefined);
    return findCandidates(outlineNote(tree, 'n.md', fences), 'n.md').map((c) => `${c.rule}:${c.label}${c.owner ? `@${c.owner}` : ''}`);
  };

  it.each([
    ['**CronJob** 就是按时间表创建 Job 的控制器。', 'bold-copula:CronJob'],
    ['**探针（Probe）**检查容器是否健康。', 'bold-gloss:探针（Probe）'],
    ['**Init 容器**\n\n在应用容器之前运行。', 'bold-only:Init 容器'],
    ['- `schedule`：Cron 格式的时间表。', 'code-colon:schedule'],
    ['`spec.concurrencyPolicy` 决定上一次还没跑完时怎么办。', 'code-subject:spec.concurrencyPolicy'],
    ['看到的 `ImagePullBackOff` 就是拉镜像失败后在退避。', 'code-copula:ImagePullBackOff'],
    ['这种做法称为**金丝雀发布**，先放一小部分流量。', 'naming:金丝雀发布'],
    ['在 CronJob 里叫 `jobTemplate`，写法和 Job 一样。', 'naming:jobTemplate@CronJob'],
    ['是否挂载由 `spec.automountServiceAccountToken` 决定。', 'field-cue:spec.automountServiceAccountToken'],
    ['Node 的 Ready 就是 kubelet 报告健康。', 'genitive-copula:Ready@Node'],
  ])('%s', (text, expected) => {
    expect(found(text)).toContain(expected);
  });

  it('does not take the name of one object for a concept (名叫 `x` 的…, 叫 `x` 的…)', () => {
    expect(found('只允许读名叫 `team-settings` 的那个 ConfigMap。').filter((c) => c.startsWith('naming'))).toEqual([]);
    expect(found('每个节点上都有一个叫 `cni0` 的网桥。').filter((c) => c.startsWith('naming'))).toEqual([]);
  });

  it('reads the rows of a table of phases as states, and a section heading as a candidate', () => {
    const c = found(note('## Job 的状态', '', '| 状态 | 含义 |', '| --- | --- |', '| Complete | 全部完成 |', '| Failed | 重试用完 |'));
    expect(c).toEqual(expect.arrayContaining(['heading:Job 的状态', 'phase-table:Complete', 'phase-table:Failed']));
  });

  it('takes a YAML key named in the prose of its section as explained, but not a key=value sample', () => {
    const c = found(note('## 并发', '', fence('yaml', 'apiVersion: batch/v1', 'kind: CronJob', 'spec:', '  startingDeadlineSeconds: 30', '  suspend: true'),
      '', '错过时间点以后还能补跑多久，看 `startingDeadlineSeconds`；`suspend: true` 只是写法示例。'));
    expect(c).toContain('yaml-explained:startingDeadlineSeconds');
    expect(c).not.toContain('yaml-explained:suspend');
  });
});

describe('--explain', () => {
  it('prints where a concept was defined, aliased and mentioned, with the rule', async () => {
    const { spawnSync } = await import('node:child_process');
    const dir = await contentDir({
      'notes/cron.md': note('# CronJob 入门', '', '## 并发策略', '', '`spec.concurrencyPolicy` 决定上一次还没跑完时新的一次怎么办。', '', '另一段里又提到 `concurrencyPolicy`。'),
    });
    const r = spawnSync(process.execPath, ['src/cli/main.ts', 'graph', '--content', dir, '--explain', 'concurrencyPolicy'], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('kind field, field CronJob: spec.concurrencyPolicy');
    // (fix31b: `并发策略` is the field's Chinese name, vocabulary/field-zh-names.ts: the heading names the field itself)
    expect(r.stdout).toMatch(/defined\s+\S*notes\/cron\.md:3:1\s+"并发策略"\s+\[heading → field-zh-name → api-field\]/);
    expect(r.stdout).toMatch(/defined\s+\S*notes\/cron\.md:5:1 .*\[code-subject → known-name\]/);
    expect(r.stdout).toMatch(/alias\s+\S*notes\/cron\.md:3:1\s+"并发策略"\s+\[field-zh-name → api-field\]/);
    const missing = spawnSync(process.execPath, ['src/cli/main.ts', 'graph', '--content', dir, '--explain', 'nothing-here'], { encoding: 'utf8' });
    expect(missing.status).toBe(1);
  });
});

describe('owner of a concept note\'s field path', () => {
  it('takes `owner:` from the frontmatter (a kind), and warns about one that is not', async () => {
    const g = await loadGraph(await contentDir({
      'map.md': '- Root {#root}\n  - [R](concepts/r.md)\n  - [S](concepts/s.md)\n',
      'concepts/r.md': '---\nid: deploy-replicas\ntitle: replicas\nkind: field\nfieldPath: spec.replicas\nowner: deploy\n---\n副本数。\n',
      'concepts/s.md': '---\nid: s\ntitle: S\nowner: Gadget\n---\n正文\n',
      'notes/d.md': note('# Deployment 笔记', '', '- `replicas`：期望的副本数，写在 Deployment 上。'),
    }));
    expect(concept(g, 'deploy-replicas')).toMatchObject({ owner: 'Deployment', fieldPath: 'spec.replicas' });
    // the note's Deployment `replicas` is that concept, not a new one
    expect(g.concepts.filter((c) => c.title === 'replicas').map((c) => c.id)).toEqual(['deploy-replicas']);
    expect(diag(g, 'frontmatter-unknown-owner')).toMatchObject([{ file: 'concepts/s.md', line: 4 }]);
  });
});

describe('odd notes', () => {
  it('never crashes or mines nonsense from empty, broken or huge labels', async () => {
    const odd = ['', '# ', '****', '**：**', '** **：x', '| phase |\n| --- |\n| |\n| Pending |', '- `` ：x', '> **`x`**：y', '**a** 是',
      '`spec.` 决定', '`[]` 决定', 'x 的 y 就是', '## 先搞懂：', '**（）**：x', '叫**', '叫 `` `', '```yaml\n---\n---\nkind:\n```\n',
      '- - - **x**：y', '**' + 'a'.repeat(5000) + '**：x', '**' + '中'.repeat(3000) + '**：x', 'x '.repeat(20000)];
    const files: Record<string, string> = {};
    odd.forEach((text, i) => (files[`notes/n${i}.md`] = text));
    const g = await loadGraph(await contentDir(files));
    expect(g.stats.errors).toBe(0);
    expect(g.concepts.filter((c) => c.id !== g.root)).toEqual([]);
    expect(g.notes).toHaveLength(odd.length);
  });
});

describe('headings in English', () => {
  it('makes English words before a known name a term, but not an English section title', async () => {
    const g = await loadGraph(await contentDir({
      'notes/p.md': note('# Pod 杂记', '', '**Pod** 是最小的调度单位。', '', '## Static Pod', '', '由 kubelet 直接从本地目录拉起来的 Pod。', '',
        '## Common mistakes', '', '把 Deployment 管理的 Pod 手动删掉以为能停服务。'),
    }));
    expect(byTitle(g, 'Static Pod')?.kind).toBe('term');
    expect(byTitle(g, 'Common mistakes')).toBeUndefined();
  });
});

describe('kinds, values and "X 的坑"', () => {
  it('reads an API kind as the object even where a field takes it as a value, and "X 的坑" as about X', async () => {
    const g = await loadGraph(await contentDir({
      'notes/入口.md': note('# Pod 与入口复习', '', '**Ingress**：按域名和路径把 HTTP 请求转到后端的七层规则。', '',
        '**hostPath 的坑**：Pod 调度到别的节点以后，之前写进去的文件就看不到了。'),
    }));
    expect(concept(g, 'ingress')).toMatchObject({ kind: 'object' });
    expect(byTitle(g, 'hostPath')).toMatchObject({ kind: 'field', fieldPath: 'spec.volumes[].hostPath' });
    expect(g.concepts.some((c) => c.title.includes('的坑'))).toBe(false);
  });

  it('reads "X 坑" without 的 as about X too: no concept named after the pitfall', async () => {
    const g = await loadGraph(await contentDir({
      'notes/排障.md': note('# 排障杂记', '', '- **emptyDir 坑**：Pod 删除后数据跟着没了，别拿它存要留的东西。', '',
        '- **UDP 坑**：连接跟踪表里的旧条目会把包送到已经不存在的后端。'),
    }));
    expect(byTitle(g, 'emptyDir')).toMatchObject({ kind: 'field' });
    expect(g.concepts.some((c) => /坑/.test(c.title))).toBe(false);
  });
});
