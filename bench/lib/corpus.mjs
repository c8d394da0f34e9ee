/**
 * The synthetic notes corpus of the benchmarks (graph, build): `n` notes mixing the three input
 * kinds — a map.md outline, concept notes with frontmatter (40%), free-form Chinese chapter
 * notes (the rest) with bold definitions, headings, wiki links, YAML fences in ``` and ~~~,
 * indented in list items, with `...` lines and several documents, and shell snippets.
 * Deterministic (seeded): the same `n` and seed always write the same files.
 *
 * CLI: `node bench/lib/corpus.mjs <dir> <n>` writes one corpus.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { rng } from './rng.mjs';


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

/**
 * The term the free-form note `k` defines of its own: two or three of ZH's words and a head word,
 * unique per note (mixed radix over ZH, no draw from the seeded stream, so the rest of the corpus is
 * unchanged). Until the forty-fourth session it was `新术语 k`, which the miner rightly stopped taking
 * as a concept (a word numbered as an item of a series, rules43): the bench then mined one concept
 * fewer per free-form note and built 598 pages fewer at 1,000 notes than the sessions before.
 */
function newTerm(k) {
  const d0 = k % ZH.length;
  const d1 = Math.floor(k / ZH.length) % ZH.length;
  const d2 = Math.floor(k / (ZH.length * ZH.length));
  const third = d2 > 0 ? ZH[(d2 + d1) % ZH.length] : '';
  return `${ZH[d0]}${ZH[(d1 + d0) % ZH.length]}${third}机制`;
}

/** Writes the corpus of `n` notes into `dir` (emptied first); returns how many of each kind. */
export function generateCorpus(dir, n, seed = 7) {
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

  // `v`: the note's own variant, so that its examples differ from other notes' as real notes' do
  // (the miner's dev sets repeat 13.7% of their YAML fences, in drafts and copies; without it this
  // corpus repeated 91.5%, docs/performance.md section 25)
  const yamlBlock = (c, fence = '```', lang = 'yaml', indent = '', v = undefined) => {
    const field = c.fieldPath ? camel(c.words) : 'hostNetwork';
    const name = v === undefined ? `demo-${c.words[0]}` : `demo-${c.words[0]}-${v}`;
    const image = v === undefined ? 'nginx:1.27' : `nginx:1.${v % 28}`;
    const lines = [
      `${fence}${lang}`, 'apiVersion: v1', 'kind: Pod', 'metadata:', `  name: ${name}`, 'spec:',
      `  ${field}: true`, '  ...', '  containers:', '  - name: app', `    image: ${image}`, `${fence}`,
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
    // one note in ten is a draft copy whose examples repeat the note before it
    const v = k % 10 === 9 ? k - 1 : k;
    const home = concepts[Math.floor(rand() * nConcepts)];
    const a = concepts[Math.floor(rand() * nConcepts)];
    const b = concepts[Math.floor(rand() * nConcepts)];
    const f = concepts[Math.floor(rand() * nConcepts)];
    let t = `# ${home.title} 笔记\n\n> ${para(1)}\n\n## WHAT\n\n**${a.title}：**${para(2)}\n\n`;
    t += `**${b.words.join('-')}**：${para(1)}写法如下：\n\n${yamlBlock(b, '~~~', '', '', v)}\n\n`;
    t += `**${pick(GENERIC)}：**${para(1)}\n\n`;
    t += `**${newTerm(k)}：**${para(1)}\n\n`;
    t += `## ${f.title}\n\n${para(2)}\n\n1. 先写清单：\n\n${yamlBlock(f, '```', 'yaml', '   ', v)}\n\n2. 再执行命令：\n\n   \`\`\`bash\n   kubectl apply -f pod.yaml\n   kubectl get pods -w\n   \`\`\`\n\n`;
    t += `### 多文档\n\n\`\`\`yaml\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a-${v}\n---\napiVersion: v1\nkind: Pod\nmetadata:\n  name: b-${v}\nspec:\n  containers:\n  - name: c\n    image: busybox:1.${v % 37}\n\`\`\`\n\n`;
    t += `相关：[[${a.id}]]、[[${b.id}|${b.zh}]]。\n`;
    writeFileSync(path.join(dir, 'notes', `第${k}章 ${home.zh}（草稿）.md`), t);
  }
  return { concepts: nConcepts, notes: nNotes };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [dir, n] = process.argv.slice(2);
  if (!dir || !Number(n)) {
    console.error('usage: node bench/lib/corpus.mjs <dir> <number of notes>');
    process.exit(2);
  }
  console.log(JSON.stringify(generateCorpus(path.resolve(dir), Number(n))));
}
