#!/usr/bin/env node
/**
 * Concept-graph benchmark (`node bench/graph.bench.mjs`, also run by `npm run bench`).
 *
 * Generates synthetic content folders of 100, 1,000 and 10,000 notes mixing the three input
 * kinds (a map.md outline, concept notes with frontmatter, free-form Chinese chapter notes with
 * bold definitions, headings, wiki links, YAML fences in ``` and ~~~, indented in list items,
 * with `...` lines and several documents, and shell snippets) into a temp folder, then runs
 * `loadGraph` on each. Every measurement runs in a fresh child process, so peak memory (max
 * RSS) belongs to that run alone.
 *
 * Baselines measured in the same run on the same files:
 *   - read+parse:  read every note and parse it with remark (gfm + cjk-friendly), nothing else;
 *   - read+render: the same plus remark-rehype → rehype-sanitize → rehype-stringify.
 * Prints wall time per note, CPU time (user+system, steadier when the machine is busy), peak RSS
 * and the ratios (of CPU times). Target: 10,000 notes under 20 s.
 * Not a test: nothing fails on time. `BENCH_SIZES=100,1000` picks the sizes.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { loadavg, cpus } from 'node:os';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { rng } from './lib/rng.mjs';

const SELF = fileURLToPath(import.meta.url);
const ROOT = path.resolve(path.dirname(SELF), '..');

// ---- child mode: one measurement ---------------------------------------------------------------
if (process.argv[2] === '--child') {
  const [, , , mode, dir] = process.argv;
  // Module loading is not timed: only the work on the notes.
  let t0 = performance.now();
  let cpu0 = process.cpuUsage();
  let detail = {};
  if (mode === 'graph') {
    const { loadGraph } = await import(path.join(ROOT, 'src/graph/index.ts'));
    t0 = performance.now();
    cpu0 = process.cpuUsage();
    const g = await loadGraph(dir);
    detail = g.stats;
  } else {
    const { readdirSync } = await import('node:fs');
    const { unified } = await import('unified');
    const remarkParse = (await import('remark-parse')).default;
    const remarkGfm = (await import('remark-gfm')).default;
    const cjk = (await import('remark-cjk-friendly')).default;
    const cjkStrike = (await import('remark-cjk-friendly-gfm-strikethrough')).default;
    const parser = unified().use(remarkParse).use(remarkGfm).use(cjk).use(cjkStrike).freeze();
    let render;
    if (mode === 'render') {
      const remarkRehype = (await import('remark-rehype')).default;
      const rehypeSanitize = (await import('rehype-sanitize')).default;
      const rehypeStringify = (await import('rehype-stringify')).default;
      render = unified().use(remarkRehype).use(rehypeSanitize).use(rehypeStringify).freeze();
    }
    t0 = performance.now();
    cpu0 = process.cpuUsage();
    const files = readdirSync(dir, { recursive: true }).filter((f) => String(f).endsWith('.md'));
    let bytes = 0;
    for (const f of files) {
      const text = readFileSync(path.join(dir, String(f)), 'utf8');
      const tree = parser.parse(text);
      bytes += text.length;
      if (render) bytes += render.stringify(render.runSync(tree)).length;
    }
    detail = { files: files.length, chars: bytes };
  }
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  process.stdout.write(JSON.stringify({ ms, cpuMs: (cpu.user + cpu.system) / 1000, maxRssKb: process.resourceUsage().maxRSS, detail }));
  process.exit(0);
}

// ---- corpus generation ---------------------------------------------------------------------------

const EN = ['host', 'network', 'process', 'volume', 'mount', 'image', 'pull', 'policy', 'restart', 'grace', 'period', 'node', 'selector', 'affinity', 'toleration', 'account', 'security', 'context', 'readiness', 'liveness', 'probe', 'lifecycle', 'resource', 'limit', 'label', 'owner', 'finalizer', 'replica', 'daemon', 'cron', 'endpoint', 'secret', 'storage', 'claim', 'priority', 'topology', 'spread', 'alias', 'scheduler', 'informer', 'webhook', 'quota', 'taint', 'eviction', 'rollout', 'surge', 'revision'];
const ZH = ['宿主机', '网络', '进程', '命名空间', '共享', '存储卷', '挂载', '容器', '镜像', '拉取', '策略', '重启', '宽限期', '节点', '选择器', '亲和性', '容忍', '安全', '上下文', '探针', '生命周期', '钩子', '资源', '限制', '标签', '副本', '守护进程', '定时', '端点', '密钥', '持久化', '优先级', '拓扑', '调度器', '控制器', '配额', '污点', '驱逐', '滚动', '版本'];
const SENTENCES = [
  '这个字段决定了容器在节点上的行为，实际用的时候要结合业务场景来判断。',
  '很多人第一次接触的时候会把它和 Deployment 的同名字段搞混，其实两者作用的层级完全不同。',
  'kubelet 会定期检查这个状态，一旦发现不一致，就会按照声明的期望值去修正。',
  '如果集群规模比较大，建议先在测试环境验证，再逐步推广到生产环境。',
  '注意它只在 Pod 创建时生效，之后修改需要重建 Pod。',
  '这里的设计体现了 Kubernetes “声明式 API” 的思想：你只描述结果，过程交给控制器。',
];
const GENERIC = ['注意', '实际工作中', '例如', 'WHY', '总结', '小结', '提示'];

function generate(dir, n, seed = 7) {
  const rand = rng(seed);
  const pick = (a) => a[Math.floor(rand() * a.length)];
  const para = (k) => Array.from({ length: k }, () => pick(SENTENCES)).join('');
  const camel = (ws) => ws.map((w, i) => (i === 0 ? w : w[0].toUpperCase() + w.slice(1))).join('');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(path.join(dir, 'concepts'), { recursive: true });
  mkdirSync(path.join(dir, 'notes'), { recursive: true });

  const nConcepts = Math.max(1, Math.round((n - 1) * 0.4));
  const nNotes = n - 1 - nConcepts;
  const nBranches = Math.max(2, Math.round(Math.sqrt(nConcepts) / 2));
  const concepts = [];
  for (let i = 0; i < nConcepts; i++) {
    const words = [pick(EN), pick(EN), pick(EN)];
    const kind = pick(['field', 'field', 'object', 'state', 'pattern', 'term']);
    const id = `c${i}-${words.join('-')}`;
    const title = kind === 'field' ? camel(words) : words.map((w) => w[0].toUpperCase() + w.slice(1)).join(' ');
    concepts.push({ id, title, zh: pick(ZH) + pick(ZH), kind, branch: i % nBranches, words, fieldPath: kind === 'field' ? `spec.${camel(words)}` : undefined });
  }
  // map.md: root → branches → half the concepts (linked or by id); the rest hang by `parent:`.
  let map = '# 技能图谱\n\n- Kubernetes 技能图谱 {#k8s}\n';
  const onMap = new Set();
  for (let b = 0; b < nBranches; b++) {
    map += `  - Branch ${b}（分支 ${b}）\n`;
    concepts.forEach((c, i) => {
      if (c.branch !== b || i % 2 === 1) return;
      onMap.add(c.id);
      map += i % 4 === 0
        ? `    - [${c.title}（${c.zh}）](concepts/${c.id}.md)\n`
        : `    - ${c.title}（${c.zh}） {#${c.id}}\n`;
    });
    map += `    - Shared label（共享标签）\n`; // the same label in every branch → prefixed ids
  }
  writeFileSync(path.join(dir, 'map.md'), map);

  const yamlBlock = (c, fence = '```', lang = 'yaml', indent = '') => {
    const field = c.fieldPath ? camel(c.words) : 'hostNetwork';
    const lines = [
      `${fence}${lang}`, 'apiVersion: v1', 'kind: Pod', 'metadata:', `  name: demo-${c.words[0]}`, 'spec:',
      `  ${field}: true`, '  ...', '  containers:', '  - name: app', '    image: nginx:1.27', `${fence}`,
    ];
    return lines.map((l) => indent + l).join('\n');
  };

  concepts.forEach((c, i) => {
    const fm = ['---', `id: ${c.id}`, `title: ${c.title}`, `titleZh: ${c.zh}`, `aliases: [${c.words.join('-')}]`, `kind: ${c.kind}`];
    if (!onMap.has(c.id)) {
      const p = concepts[i - 1];
      fm.push(`parent: ${p && onMap.has(p.id) ? p.id : 'k8s'}`);
    }
    if (c.fieldPath) fm.push(`fieldPath: ${c.fieldPath}`);
    if (i > 2) fm.push(`prerequisites: [${concepts[i - 1 - Math.floor(rand() * Math.min(i - 1, 20))].id}]`);
    if (i > 5) fm.push(`related: [${concepts[Math.floor(rand() * i)].id}]`);
    if (c.kind === 'state' && i > 0) fm.push('transitions:', `  - to: ${concepts[i - 1].id}`, '    label: 状态变化');
    fm.push('---', '');
    const other = concepts[Math.floor(rand() * nConcepts)];
    let body = `# ${c.title}\n\n${para(3)}参见 [[${other.id}]]。\n\n## 用法\n\n${para(2)}\n\n`;
    if (i % 2 === 0) body += yamlBlock(c) + '\n\n';
    body += `**${pick(GENERIC)}：**${para(1)}\n\n- ${para(1)}\n- ${para(1)}\n`;
    writeFileSync(path.join(dir, 'concepts', `${c.id}.md`), fm.join('\n') + body);
  });

  for (let k = 0; k < nNotes; k++) {
    const home = concepts[Math.floor(rand() * nConcepts)];
    const a = concepts[Math.floor(rand() * nConcepts)];
    const b = concepts[Math.floor(rand() * nConcepts)];
    const f = concepts[Math.floor(rand() * nConcepts)];
    let t = `# ${home.title} 笔记\n\n> ${para(1)}\n\n## WHAT\n\n**${a.title}：**${para(2)}\n\n`;
    t += `**${b.words.join('-')}**：${para(1)}写法如下：\n\n${yamlBlock(b, '~~~', '')}\n\n`;
    t += `**${pick(GENERIC)}：**${para(1)}\n\n`;
    t += `**新术语 ${k}：**${para(1)}\n\n`;
    t += `## ${f.title}\n\n${para(2)}\n\n1. 先写清单：\n\n${yamlBlock(f, '```', 'yaml', '   ')}\n\n2. 再执行命令：\n\n   \`\`\`bash\n   kubectl apply -f pod.yaml\n   kubectl get pods -w\n   \`\`\`\n\n`;
    t += `### 多文档\n\n\`\`\`yaml\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n---\napiVersion: v1\nkind: Pod\nmetadata:\n  name: b\nspec:\n  containers:\n  - name: c\n    image: busybox\n\`\`\`\n\n`;
    t += `相关：[[${a.id}]]、[[${b.id}|${b.zh}]]。\n`;
    writeFileSync(path.join(dir, 'notes', `第${k}章 ${home.zh}（草稿）.md`), t);
  }
  return { concepts: nConcepts, notes: nNotes };
}

// ---- driver ----------------------------------------------------------------------------------------
function measure(mode, dir) {
  const r = spawnSync(process.execPath, [SELF, '--child', mode, dir], { encoding: 'utf8', maxBuffer: 1 << 24 });
  if (r.status !== 0) throw new Error(`${mode} child failed:\n${r.stderr}`);
  return JSON.parse(r.stdout);
}

const sizes = (process.env.BENCH_SIZES || '100,1000,10000').split(',').map(Number);
const base = path.join(tmpdir(), `k8smap-graph-bench-${process.pid}`);
const fmtMs = (ms) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`);
const mb = (kb) => `${(kb / 1024).toFixed(0)} MB`;
console.log(
  `loadGraph on synthetic corpora (each run in a fresh process; peak = max RSS; module loading not timed)\n` +
    `machine: ${cpus().length} cores, load average ${loadavg().map((x) => x.toFixed(1)).join(' ')} at start (timings scale with load)\n`,
);
console.log('notes   | loadGraph wall  per note |  CPU time | read+parse (CPU) | read+render (CPU) | graph/parse | graph/render | peak RSS graph / parse');
try {
  for (const n of sizes) {
    const dir = path.join(base, String(n));
    const info = generate(dir, n);
    const g = measure('graph', dir);
    const p = measure('parse', dir);
    const r = measure('render', dir);
    const perNote = g.ms / n;
    console.log(
      `${String(n).padStart(6)}  | ${fmtMs(g.ms).padStart(9)} ${`${perNote.toFixed(2)} ms`.padStart(11)} | ${fmtMs(g.cpuMs).padStart(9)} | ` +
        `${`${fmtMs(p.ms)} (${fmtMs(p.cpuMs)})`.padStart(16)} | ${`${fmtMs(r.ms)} (${fmtMs(r.cpuMs)})`.padStart(17)} | ` +
        `${`${(g.cpuMs / p.cpuMs).toFixed(2)}×`.padStart(11)} | ${`${(g.cpuMs / r.cpuMs).toFixed(2)}×`.padStart(12)} | ${mb(g.maxRssKb)} / ${mb(p.maxRssKb)}`,
    );
    console.log(
      `        (${info.concepts} concept notes, ${info.notes} free-form notes, 1 map; graph: ${g.detail.concepts} concepts, ` +
        `${g.detail.edges} edges, ${g.detail.examples} examples, ${g.detail.warnings} warnings, ${g.detail.errors} errors)`,
    );
    console.log(`        load average now ${loadavg()[0].toFixed(1)}`);
    if (n === 10_000) console.log(`        target 10,000 notes < 20 s: ${g.ms < 20_000 ? 'met' : 'NOT met'} (${fmtMs(g.ms)})`);
  }
} finally {
  rmSync(base, { recursive: true, force: true });
}
