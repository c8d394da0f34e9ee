/** Self-check cards: parsing, ids, ownership, rendering and the diagnostics of malformed cards. */
import { afterAll, describe, expect, it } from 'vitest';
import { loadGraph } from '../../../src/graph/index.ts';
import { cardId } from '../../../src/graph/cards.ts';
import { cleanup, concept, contentDir, diag } from './helpers.ts';

afterAll(cleanup);

const MAP = '- Root {#root}\n  - Pod（容器组） {#pod}\n  - Service {#service}\n';

function podNote(cards: string): string {
  return `---\nid: pod\ntitle: Pod\n---\n\n# Pod\n\nPod 是最小的调度单位。\n\n## 自测\n\n${cards}`;
}

async function graphOf(files: Record<string, string>) {
  return loadGraph(await contentDir({ 'map.md': MAP, ...files }), { layout: false });
}

describe('self-check cards', () => {
  it('reads question, answer, concept and source of each card', async () => {
    const g = await graphOf({
      'concepts/pod.md': podNote(
        '> [!question] Pod 里的容器共享什么？\n> 网络名字空间和卷。\n> 第二行。\n\n' +
          '> [!Question] 用 `kubectl` 怎么看 Pod？\n>\n> - `kubectl get pod`\n> - `kubectl describe pod`\n',
      ),
    });
    expect(g.cards).toHaveLength(2);
    const [a, b] = g.cards!;
    expect(a!.concept).toBe('pod');
    expect(a!.questionText).toBe('Pod 里的容器共享什么？');
    expect(a!.answer).toContain('网络名字空间和卷');
    expect(a!.answer).not.toContain('[!question]');
    expect(a!.source).toEqual({ file: 'concepts/pod.md', line: 12, column: 1 });
    expect(b!.question).toBe('用 <code>kubectl</code> 怎么看 Pod？');
    expect(b!.answer).toContain('<li><code>kubectl describe pod</code></li>');
    expect(g.stats.cards).toBe(2);
    expect(g.diagnostics).toEqual([]);
  });

  it('renders cards folded on the concept page: <details> with the question as <summary>', async () => {
    const g = await graphOf({ 'concepts/pod.md': podNote('> [!question] 问题一？\n> 答案一。\n\n> [!note] 只是一个提示\n> 内容\n') });
    const body = concept(g, 'pod').body;
    expect(body).toMatch(/<details class="self-check-card" data-card-id="pod\/q-[0-9a-f]{8}">\s*<summary class="self-check-question">问题一？<\/summary>\s*<div class="self-check-answer">\s*<p>答案一。<\/p>/);
    // Other callouts are callouts (callouts.ts), not cards.
    expect(body).toContain('<div class="callout callout-note">\n<div class="callout-title">只是一个提示</div>');
    expect(body).not.toContain('[!note]');
  });

  it('keeps the id when the answer is edited, and changes it with the question unless the id is explicit', async () => {
    const one = await graphOf({ 'concepts/pod.md': podNote('> [!question] 问题？\n> 旧答案。\n') });
    const two = await graphOf({ 'concepts/pod.md': podNote('> [!question] 问题？\n> 新答案，\n> 多写了几行。\n') });
    const three = await graphOf({ 'concepts/pod.md': podNote('> [!question] 改过的问题？\n> 旧答案。\n') });
    expect(two.cards![0]!.id).toBe(one.cards![0]!.id);
    expect(two.cards![0]!.answerHash).not.toBe(one.cards![0]!.answerHash);
    expect(three.cards![0]!.id).not.toBe(one.cards![0]!.id);
    // Same answer: the store can follow the edited question by its answer hash.
    expect(three.cards![0]!.answerHash).toBe(one.cards![0]!.answerHash);
    expect(one.cards![0]!.id).toBe(cardId('pod', undefined, '问题？'));
    // Re-wrapping the question does not change its id either.
    expect(cardId('pod', undefined, '问题  一？')).toBe(cardId('pod', undefined, ' 问题 一？'));

    const e1 = await graphOf({ 'concepts/pod.md': podNote('> [!question] 问题？ {#why-pod}\n> 答案。\n') });
    const e2 = await graphOf({ 'concepts/pod.md': podNote('> [!question] 完全不同的问题？ {#why-pod}\n> 另一个答案。\n') });
    expect(e1.cards![0]!.id).toBe('pod/why-pod');
    expect(e2.cards![0]!.id).toBe('pod/why-pod');
    expect(e1.cards![0]!.explicitId).toBe(true);
    expect(e1.cards![0]!.questionText).toBe('问题？');
    expect(concept(e1, 'pod').body).not.toContain('{#why-pod}');
  });

  it('reports malformed cards with file:line:column and a hint, and shows them as plain quotes', async () => {
    const g = await graphOf({
      'concepts/pod.md': podNote(
        '> [!question]\n> 只有答案没有问题。\n\n' + // line 12
          '> [!question] 只有问题？\n\n' + // line 15
          '> [!question]没有空格？\n> 答案\n\n' + // line 17
          '> [!qustion] 拼错的标记？\n> 答案\n\n' + // line 20
          '> [!question] 坏的 id？ {#Bad_Id}\n> 答案\n\n' + // line 23
          '> [!question] 重复的问题？\n> 答案一\n\n' + // line 26
          '> [!question] 重复的问题？\n> 答案二\n', // line 29
      ),
    });
    const at = (code: string) => diag(g, code).map((d) => `${d.file}:${d.line}:${d.column}`);
    expect(at('card-no-question')).toEqual(['concepts/pod.md:12:1']);
    expect(at('card-no-answer')).toEqual(['concepts/pod.md:15:1']);
    expect(at('card-marker')).toEqual(['concepts/pod.md:17:1', 'concepts/pod.md:20:1']);
    expect(at('card-id')).toEqual(['concepts/pod.md:23:1']);
    expect(at('card-duplicate-id')).toEqual(['concepts/pod.md:29:1']);
    for (const d of g.diagnostics) {
      expect(d.severity).toBe('warning');
      expect(d.hint).toBeTruthy();
    }
    // The malformed ones are not cards; the bad id falls back to a question hash; the duplicate gets a suffix.
    expect(g.cards!.map((c) => c.questionText)).toEqual(['坏的 id？', '重复的问题？', '重复的问题？']);
    expect(g.cards![2]!.id).toBe(`${g.cards![1]!.id}-2`);
    const body = concept(g, 'pod').body;
    expect(body).toContain('只有答案没有问题。');
    expect(body.match(/<details/g)).toHaveLength(3);
  });

  it('gives a card in a free-form note to the concept of its section, else to the note home', async () => {
    const g = await graphOf({
      'concepts/pod.md': podNote('> [!question] Pod 问题？\n> 答案。\n'),
      'notes/网络.md':
        '# Service 学习笔记\n\n开头。\n\n## ClusterIP\n\n**ClusterIP**：集群内部的虚拟 IP。\n\n### 自测\n\n> [!question] ClusterIP 能从集群外访问吗？\n> 不能。\n\n## 总结\n\n> [!question] Service 解决什么问题？\n> 给一组 Pod 一个稳定的访问入口。\n',
    });
    const byQ = Object.fromEntries(g.cards!.map((c) => [c.questionText, c.concept]));
    expect(byQ['ClusterIP 能从集群外访问吗？']).toBe(g.concepts.find((c) => c.title === 'ClusterIP')?.id);
    expect(byQ['Service 解决什么问题？']).toBe('service');
    expect(diag(g, 'card-no-concept')).toEqual([]);
  });

  it('gives the cards of a chapter written as prose (no `##` before its `## 自测`) to the note, not to the first thing it defines', async () => {
    // A learner's storage chapter: one title, long paragraphs, then the self-check. Its first
    // definition (`spec.volumes`, a Pod field) is not what the chapter is about.
    const g = await loadGraph(await contentDir({
      'notes/05-存储.md':
        '# 存储：从 Volume 到 StorageClass\n\n容器重启以后文件就没了，所以需要卷。卷在 Pod 的 `spec.volumes` 里声明，再在容器的 `volumeMounts` 里挂载。\n\n' +
        '**持久卷申领（PersistentVolumeClaim，PVC）**：用户对存储的请求。\n\n**存储类（StorageClass）**：描述一类存储的模板。\n\n' +
        '## 自测\n\n> [!question] ReadWriteOnce 限制的是 Pod 还是节点？\n> 节点。\n',
    }), { layout: false });
    const home = g.notes?.[0]?.home;
    expect(home).toBeDefined();
    expect(g.concepts.find((c) => c.id === home)?.title).toBe('存储');
    expect(g.cards!.map((c) => c.concept)).toEqual([home]);
  });

  it('counts a card copied into another note (a draft copy of a chapter) once, and reports the copy', async () => {
    const chapter = (title: string) =>
      `# ${title}\n\n**Deployment**：管理无状态 Pod 的控制器。\n\n## 自测\n\n` +
      '> [!question] maxSurge 和 maxUnavailable 能同时为 0 吗？\n> 不能。\n\n> [!question] 会自动回滚吗？\n> 不会。\n';
    const g = await loadGraph(await contentDir({
      'notes/02-Deployment.md': chapter('Deployment 和滚动更新'),
      'notes/02-Deployment-草稿.md': chapter('Deployment 和滚动更新（草稿）').replace('> 不会。', '> 不会，只是标记 Progressing 为 False。'),
    }), { layout: false });
    const ids = g.cards!.map((c) => c.id);
    // Card ids are unique across notes: the review and the progress store key on them.
    expect(new Set(ids).size).toBe(ids.length);
    // Same question and answer: one card. Same question, another answer: a second card, suffixed.
    const card = (q: string, file: string) => g.cards!.find((c) => c.questionText === q && c.source.file === file);
    expect(g.cards!.map((c) => `${c.source.file} ${c.questionText}`).sort()).toEqual([
      'notes/02-Deployment-草稿.md 会自动回滚吗？', 'notes/02-Deployment.md maxSurge 和 maxUnavailable 能同时为 0 吗？', 'notes/02-Deployment.md 会自动回滚吗？',
    ]);
    const first = card('会自动回滚吗？', 'notes/02-Deployment.md')!.id;
    const suffixed = card('会自动回滚吗？', 'notes/02-Deployment-草稿.md')!.id;
    expect(suffixed).toBe(`${first}-2`);
    const at = (code: string) => diag(g, code).map((d) => `${d.file}:${d.line}:${d.column} ${d.message}`);
    // The draft (named like one, though it sorts first) is the one reported, and the one suffixed.
    expect(at('card-copy')).toEqual([
      'notes/02-Deployment-草稿.md:7:1 this card is the same as the one at notes/02-Deployment.md:7 (same question and answer): it counts as one card and is reviewed once',
    ]);
    expect(at('card-duplicate-id')).toEqual([
      `notes/02-Deployment-草稿.md:10:1 card id ${first} is already used by the card at notes/02-Deployment.md:10 (the same question, another answer); this one gets ${suffixed}`,
    ]);
    // Both note pages still show every card, each with the id the review knows it by.
    const bodies = g.notes!.map((n) => n.body).join('\n');
    const copied = card('maxSurge 和 maxUnavailable 能同时为 0 吗？', 'notes/02-Deployment.md')!.id;
    expect(bodies.match(new RegExp(`data-card-id="${copied}"`, 'g'))).toHaveLength(2);
  });

  it('reports a card in a free-form note that belongs to no concept', async () => {
    // No heading, no definition: the note is about nothing the graph knows.
    const g = await loadGraph(await contentDir({ 'notes/杂记.md': '随手记一点东西。\n\n> [!question] 这是什么？\n> 不知道。\n' }), { layout: false });
    expect(g.notes?.[0]?.home).toBeUndefined();
    expect(diag(g, 'card-no-concept').map((d) => `${d.file}:${d.line}:${d.column}`)).toEqual(['notes/杂记.md:3:1']);
    expect(g.cards).toEqual([]);
  });
});

describe('bundled content (issue 15 item 4)', () => {
  it('has at least three cards for every Pod note and one for every other concept note, all well-formed', async () => {
    const g = await loadGraph('content', { layout: false });
    expect(g.diagnostics.filter((d) => d.code.startsWith('card-'))).toEqual([]);
    const count = new Map<string, number>();
    for (const c of g.cards!) count.set(c.concept, (count.get(c.concept) ?? 0) + 1);
    const noteOf = (c: { source: { file: string } }) => c.source.file;
    const conceptNotes = g.concepts.filter((c) => c.hasNote && noteOf(c).startsWith('concepts/'));
    expect(conceptNotes.length).toBeGreaterThan(100);
    const missing = conceptNotes.filter((c) => (count.get(c.id) ?? 0) < (noteOf(c).startsWith('concepts/pod/') ? 3 : 1)).map((c) => c.id);
    expect(missing).toEqual([]);
  }, 180_000);
});
