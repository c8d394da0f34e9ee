/**
 * rules37 (docs/miner.md, "rules37 (thirty-seventh session)"): a well-known key opening an item of a list
 * (`` - `kubernetes.io/hostname`：节点主机名 ``) is a term of the note when the running sentence leading into the list
 * names the keys' category (labels, annotations) and ends on a colon (`几个系统自带的标签：`, `KEY_LIST_LEAD_IN`); under a
 * bold label's definition, a lead-in naming no category or taints, or one that does not lead into the list, the keys
 * stay values (as before).
 * Notes written for this test, not taken from the corpora.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { runStages } from '../../../src/graph/load.ts';
import { KEY_LIST_LEAD_IN } from '../../../src/graph/miner/resolve.ts';
import { cleanup, contentDir } from './helpers.ts';

afterAll(cleanup);

async function titlesOf(body: string): Promise<string[]> {
  const dir = await contentDir({ 'notes/n.md': `# 节点调度笔记\n\n## 选节点\n\n${body}` });
  const ctx = await runStages(dir, { layout: false });
  return ctx.graph!.concepts.map((c) => c.title);
}

describe('key-list-lead-in: well-known keys listed under a lead-in that names their category', () => {
  it('makes the example keys terms', async () => {
    expect(await titlesOf(KEY_LIST_LEAD_IN.example)).toEqual(expect.arrayContaining([...KEY_LIST_LEAD_IN.gives]));
  });

  it('leaves the keys of each look-alike values', async () => {
    for (const l of KEY_LIST_LEAD_IN.lookAlikes) {
      const titles = await titlesOf(l);
      for (const k of KEY_LIST_LEAD_IN.gives) expect(titles, l).not.toContain(k);
    }
  });

  it('leaves taints under a lead-in that names them (the labellers disagree there)', async () => {
    const titles = await titlesOf('节点出问题时，控制平面会自动给节点加污点。我记住的几个：\n\n- `node.kubernetes.io/not-ready`：节点没就绪；\n- `node.kubernetes.io/unreachable`：节点失联。\n');
    expect(titles).not.toContain('node.kubernetes.io/not-ready');
    expect(titles).not.toContain('node.kubernetes.io/unreachable');
  });

  it('reads a lead-in that names annotations too', async () => {
    const titles = await titlesOf('ingress-nginx 常用的几个注解：\n\n- `nginx.ingress.kubernetes.io/rewrite-target`：改写转发给后端的路径。\n- `nginx.ingress.kubernetes.io/ssl-redirect`：是否把 HTTP 跳转到 HTTPS。\n');
    expect(titles).toEqual(expect.arrayContaining(['nginx.ingress.kubernetes.io/rewrite-target']));
  });
});
